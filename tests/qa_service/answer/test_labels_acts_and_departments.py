"""Rules read from the fresh sets of session 38, on documents written here:

- a row labelled by a kind with its own qualifier ("Bữa sáng | 20.000") does not answer the
  same kind with another ("bữa tối"), while the row the question names does;
- a date written with a blank lost ("ngày 24 tháng11 năm 2025") is the date a question names;
- the signer of a document the collection only cites, named by its number in brackets after
  its description, is not the signer of the document citing it;
- "Theo KH 980 Nghe An" names a plan and a place, no product's model;
- "Cục Thuế dẫn chiếu NĐ nào quy định chi tiết Luật X" asks the decree the letter cites, which
  guides the law, not the letter;
- "được ban hành khi xem xét tờ trình số mấy" names when, no subject;
- a procedure's name ends before how the file is lodged ("qua bưu điện thì"); "chấm dứt"
  opens a name ("chấm" is no "chậm"), and a field labelled by another act ("Cấp lại ...:
  Trong thời hạn 05 ngày") is another procedure's;
- "từ mức nào trở lên/01 đơn vị tài sản" asks a level: the "01" it is reckoned per is no value
  of the question's own, and "mức nào" names no kind of value;
- "bao nhiêu TTHC lĩnh vực X" is not answered by the count of the whole list;
- a department the question names ("Sở GD&ĐT") that a document never writes is not its;
- "văn bản số mấy của Hội X" is not answered by a document of another issuer;
- "QĐ nào sửa đơn vị tính ..." is the document whose text amends, not the one it cites as
  having issued the rule;
- "của A và B đối với xã X lần lượt" asks both cases of xã X;
- "phải trình ... Kế hoạch ... trước ngày nào" is not answered by the limit of a report;
- the routing of "tần suất nào", "đến hết ngày nào", "từ mức nào", and a programme named
  "mục tiêu quốc gia";
- initials no document writes ("NSND", "NSƯT", "HSG") stand for their words, and "cấp xã,
  phường" is one level of two cases, not a case cut at its comma;
- a sum asked "mỗi buổi" is one paid per performance, not one paid once;
- "có hiệu lực đến hết ngày nào" of a decision stating only when its force starts is not
  answered by that start.

Eighteen of the twenty-two tests fail on the start code (d518800). The other four pass over
these few documents and guard their rules: over the 377 of admin-docs the start code answered
"bữa tối" with the breakfast row, the decision of the science department for the education
department's procedures and the Government Office's letter for the association's; the fourth
guards the case splitting against the reviewer's examples.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.pipeline import _two_cases
from qa_service.answer.relations import asked_relation, mention_relations
from qa_service.answer.verify import asked_procedure_pairs, question_models, subject_phrases
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

MEALS = """**HỘI ĐỒNG NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 61/2025/NQ-HĐND

*Thử Nghiệm, ngày 20 tháng 11 năm 2025*

**NGHỊ QUYẾT**

**Quy định mức trần giá dịch vụ phục vụ học sinh nội trú**

**MỨC TRẦN GIÁ DỊCH VỤ**

|
**STT**
|
**Dịch vụ**
|
**Đơn vị tính**
|
**Mức trần**
|
|
1
|
Dịch vụ tiền ăn của học sinh
|
|
|
|
1.1
|
Bữa sáng
|
Đồng/học sinh/ngày
|
20.000
|
|
1.2
|
Bữa trưa
|
Đồng/học sinh/ngày
|
35.000
|
"""

REPEAL = """**ỦY BAN NHÂN DÂN**
**TỈNH SÔNG CŨ**

Số: 81/2025/QĐ-UBND

*Sông Cũ, ngày 24 tháng11 năm 2025*

**QUYẾT ĐỊNH**

**Bãi bỏ Quyết định số 16/2025/QĐ-UBND ngày 01/3/2025 của Ủy ban nhân dân tỉnh ban hành
quy định chức năng, nhiệm vụ của Sở Nội vụ**

**Điều 1.** Bãi bỏ Quyết định số 16/2025/QĐ-UBND ngày 01/3/2025 của Ủy ban nhân dân tỉnh.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày 05 tháng 12 năm 2025.

**TM. ỦY BAN NHÂN DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Trần Văn Thử**
"""

TAX_PRICES = """**ỦY BAN NHÂN DÂN**
**TỈNH SÔNG CŨ**

Số: 63/2025/QĐ-UBND

*Sông Cũ, ngày 17 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Ban hành bảng giá tính thuế tài nguyên trên địa bàn tỉnh Sông Cũ năm 2026**

**Điều 1.** Ban hành kèm theo Quyết định này bảng giá tính thuế tài nguyên năm 2026.

**Điều 2.** Quyết định này có hiệu lực từ ngày 01 tháng 01 năm 2026 và thay thế Quyết
định số 26/2025/QĐ-UBND ngày 18 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh Sông Cũ ban
hành bảng giá tính thuế tài nguyên trên địa bàn tỉnh Sông Cũ năm 2025.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**

**Lê Văn Giá**
"""

TAX_LETTER = """**CỤC THUẾ**

Số: 5390/CT-CS

*Hà Nội, ngày 10 tháng 11 năm 2025*

Kính gửi: Công ty TNHH Đất Lành.

Cục Thuế nhận được văn bản của Công ty về tờ khai thuế khi làm thủ tục đất đai. Về vấn đề
này, Cục Thuế có ý kiến như sau:

Tại khoản 5 Điều 10 Nghị định số 126/2020/NĐ-CP ngày 19/10/2020 của Chính phủ quy định chi
tiết một số điều của Luật Quản lý thuế quy định người nộp thuế nộp hồ sơ khai thuế sử dụng
đất phi nông nghiệp qua cơ chế một cửa liên thông.
"""

PROPOSAL = """**VĂN PHÒNG CHÍNH PHỦ**

Số: 11521/VPCP-CN

*Hà Nội, ngày 20 tháng 11 năm 2025*

Kính gửi: Bộ Công Thương.

Xét đề nghị của Bộ Công Thương tại Tờ trình số 8799/TTr-BCT ngày 07 tháng 11 năm 2025 về
dự thảo Chỉ thị đẩy mạnh sử dụng nhiên liệu sinh học, Phó Thủ tướng có ý kiến như sau:
Bộ Công Thương hoàn thiện dự thảo Chỉ thị.
"""

ORIGIN = """**BỘ CÔNG THƯƠNG**

Số: 3362/QĐ-BCT

*Hà Nội, ngày 10 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Công bố thủ tục hành chính sửa đổi lĩnh vực xuất nhập khẩu**

**NỘI DUNG CỤ THỂ CỦA THỦ TỤC HÀNH CHÍNH**

**1. Thủ tục cấp Giấy chứng nhận xuất xứ hàng hóa (C/O) ưu đãi mẫu AK**

**Thời hạn giải quyết**

Trong thời hạn 24 giờ làm việc kể từ khi Tổ chức cấp C/O nhận được hồ sơ đề nghị cấp C/O
mẫu AK đầy đủ và hợp lệ gửi qua bưu điện, Tổ chức cấp C/O trả kết quả.
"""

EXAMINERS = """**ỦY BAN NHÂN DÂN**
**TỈNH SÔNG CŨ**

Số: 1629/QĐ-UBND

*Sông Cũ, ngày 10 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Công bố thủ tục hành chính lĩnh vực giám định tư pháp**

**NỘI DUNG CỤ THỂ**

Cấp lại Giấy đăng ký hoạt động của Văn phòng giám định tư pháp: Trong thời hạn 05 ngày
làm việc, kể từ ngày nhận được hồ sơ hợp lệ, Sở Tư pháp cấp lại Giấy đăng ký hoạt động cho
Văn phòng giám định tư pháp.
"""

ASSETS = """**CHỦ TỊCH ỦY BAN NHÂN DÂN**
**TỈNH SÔNG CŨ**

Số: 45/2025/QĐ-CTUBND

*Sông Cũ, ngày 20 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Phân cấp thẩm quyền quyết định trong quản lý, sử dụng tài sản công**

**Điều 6. Phân cấp thẩm quyền quyết định điều chuyển tài sản công**

1. Ủy ban nhân dân cấp xã quyết định điều chuyển tài sản công có nguyên giá theo sổ kế
toán dưới 01 tỷ đồng/01 đơn vị tài sản.

2. Sở Tài chính quyết định điều chuyển tài sản công có nguyên giá theo sổ kế toán từ 01 tỷ
đồng trở lên/01 đơn vị tài sản.
"""

PROCEDURE_LIST = """**ỦY BAN NHÂN DÂN**
**TỈNH SÔNG CŨ**

Số: 3784/QĐ-UBND

*Sông Cũ, ngày 20 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Công bố danh mục thủ tục hành chính thuộc phạm vi quản lý của Sở Nội vụ**

**Điều 1.** Ban hành kèm theo Quyết định này Danh mục 55 thủ tục hành chính thực hiện
không phụ thuộc vào địa giới hành chính thuộc phạm vi quản lý của Sở Nội vụ.

**DANH MỤC THỦ TỤC HÀNH CHÍNH THỰC HIỆN KHÔNG PHỤ THUỘC VÀO ĐỊA GIỚI HÀNH CHÍNH**

|
**STT**
|
**Tên thủ tục hành chính**
|
|
**I**
|
**Lĩnh vực Việc làm: 25 TTHC**
|
|
1
|
Thủ tục cấp giấy phép hoạt động dịch vụ việc làm
|
|
**II**
|
**Lĩnh vực Người có công: 30 TTHC**
|
|
1
|
Thủ tục giải quyết chế độ trợ cấp ưu đãi đối với thân nhân liệt sĩ
|
"""

SCIENCE = """**ỦY BAN NHÂN DÂN**
**TỈNH SÔNG CŨ**

Số: 2488/QĐ-UBND

*Sông Cũ, ngày 19 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực hoạt động khoa học và
công nghệ thuộc thẩm quyền của Sở Khoa học và Công nghệ tỉnh Sông Cũ**

**Điều 1.** Phê duyệt 40 quy trình nội bộ giải quyết thủ tục hành chính thực hiện không
phụ thuộc địa giới hành chính thuộc thẩm quyền của Sở Khoa học và Công nghệ tỉnh Sông Cũ.
"""

FEED_LETTER = """**VĂN PHÒNG CHÍNH PHỦ**

Số: 11307/VPCP-NN

*Hà Nội, ngày 18 tháng 11 năm 2025*

Kính gửi: Bộ Nông nghiệp và Môi trường.

Văn phòng Chính phủ nhận văn bản số 17/CV-HHTACN của Hội Chăn nuôi Việt Nam - Hiệp hội Thức
ăn Chăn nuôi về việc tháo gỡ khó khăn, Phó Thủ tướng có ý kiến chỉ đạo như sau: Bộ Nông
nghiệp và Môi trường nghiên cứu kiến nghị của Hiệp hội tại văn bản nêu trên, đảm bảo theo
đúng chỉ đạo tại văn bản số 6903/VPCP-KSTT ngày 24 tháng 7 năm 2025 của Văn phòng Chính phủ.
"""

NURSING = """**ỦY BAN NHÂN DÂN**
**THÀNH PHỐ SÔNG CŨ**

Số: 71/2025/QĐ-UBND

*Sông Cũ, ngày 17 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**SỬA ĐỔI, BỔ SUNG MỘT SỐ NỘI DUNG CỦA QUYẾT ĐỊNH SỐ 49/2024/QĐ-UBND NGÀY 22/7/2024 CỦA UBND
THÀNH PHỐ SÔNG CŨ VỀ BAN HÀNH ĐỊNH MỨC KINH TẾ - KỸ THUẬT DỊCH VỤ ĐIỀU DƯỠNG NGƯỜI CÓ CÔNG**

**Điều 1.** Sửa đổi, bổ sung một số nội dung tại Phụ lục 2 Định mức kinh tế kỹ thuật dịch
vụ điều dưỡng tập trung ban hành kèm theo Quyết định số 49/2024/QĐ-UBND ngày 22/7/2024 của
UBND thành phố Sông Cũ, cụ thể: sửa đơn vị tính dịch vụ điều dưỡng tại trung tâm từ
"giờ/đối tượng/lượt" thành "giờ/đối tượng/ngày".
"""

MATCHING_FUNDS = """**HỘI ĐỒNG NHÂN DÂN**
**THÀNH PHỐ SÔNG CŨ**

Số: 36/2025/NQ-HĐND

*Sông Cũ, ngày 20 tháng 11 năm 2025*

**NGHỊ QUYẾT**

**Quy định tỷ lệ vốn đối ứng của ngân sách địa phương thực hiện Chương trình mục tiêu quốc
gia vùng đồng bào dân tộc thiểu số và miền núi**

**TỶ LỆ VỐN ĐỐI ỨNG**

|
**STT**
|
**Tên xã**
|
**Ngân sách thành phố (%)**
|
**Ngân sách xã (%)**
|
|
1
|
Xã Hưng Điền
|
35
|
65
|
|
2
|
Xã Phú Điền
|
40
|
60
|
"""

RULES = """**ỦY BAN NHÂN DÂN**
**TỈNH SÔNG CŨ**

Số: 103/2025/QĐ-UBND

*Sông Cũ, ngày 20 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Ban hành Quy chế phối hợp quản lý nhà nước về tín ngưỡng, tôn giáo**

**Điều 5. Chế độ báo cáo**

Định kỳ trước ngày 15/12 hằng năm, các sở, ngành báo cáo kết quả thực hiện Quy chế về Ủy
ban nhân dân tỉnh (qua Sở Dân tộc và Tôn giáo).
"""


ARTISTS = """**HỘI ĐỒNG NHÂN DÂN**
**THÀNH PHỐ SÔNG CŨ**

Số: 65/2025/NQ-HĐND

*Sông Cũ, ngày 20 tháng 11 năm 2025*

**NGHỊ QUYẾT**

**Quy định chính sách hỗ trợ nghệ sỹ, diễn viên các đơn vị nghệ thuật thành phố Sông Cũ**

**Điều 3. Hỗ trợ biểu diễn**

**1. Ngoài định mức được hưởng, Nghệ sỹ nhân dân, Nghệ sỹ ưu tú khi tham gia biểu diễn còn
được hỗ trợ thêm theo số buổi biểu diễn thực tế, gồm các mức sau đây:**

a) Mức 400.000 đồng/người/buổi áp dụng đối với Nghệ sỹ nhân dân.

b) Mức 320.000 đồng/người/buổi áp dụng đối với Nghệ sỹ ưu tú.

**Điều 4. Hỗ trợ một lần khi phải dừng biểu diễn do tai nạn**

|
**STT**
|
**Đối tượng**
|
**Mức hỗ trợ một lần (đồng)**
|
|
1
|
Nghệ sỹ ưu tú
|
90.000.000
|
|
2
|
Nghệ sỹ nhân dân
|
120.000.000
|
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("labels-acts"),
        {
            "bua-an.md": MEALS,
            "bai-bo-80.md": REPEAL,
            "gia-thue.md": TAX_PRICES,
            "cong-van-thue.md": TAX_LETTER,
            "nhien-lieu.md": PROPOSAL,
            "xuat-xu.md": ORIGIN,
            "giam-dinh.md": EXAMINERS,
            "tai-san.md": ASSETS,
            "danh-muc.md": PROCEDURE_LIST,
            "khoa-hoc.md": SCIENCE,
            "chan-nuoi.md": FEED_LETTER,
            "dieu-duong.md": NURSING,
            "doi-ung.md": MATCHING_FUNDS,
            "quy-che.md": RULES,
            "nghe-sy.md": ARTISTS,
        },
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_a_row_of_the_kind_with_another_qualifier(answerer: Answerer) -> None:
    asked = answerer.ask("NQ 61/2025/NQ-HĐND Thử Nghiệm: mức trần tiền ăn bữa trưa là bao nhiêu?")
    assert asked.found and "35.000" in (asked.answer or ""), asked.answer
    other = answerer.ask("NQ 61/2025/NQ-HĐND Thử Nghiệm: mức trần tiền ăn bữa tối là bao nhiêu?")
    assert not other.found, other.answer


def test_a_date_written_with_a_blank_lost(answerer: Answerer) -> None:
    result = answerer.ask("Ai ký QĐ 81/2025/QĐ-UBND ngày 24/11/2025 của tỉnh Sông Cũ?")
    assert result.found and "Trần Văn Thử" in (result.answer or ""), result.answer


def test_the_signer_of_a_document_only_cited(answerer: Answerer) -> None:
    result = answerer.ask(
        "QĐ bảng giá tính thuế tài nguyên năm 2025 của tỉnh Sông Cũ (QĐ 26/2025/QĐ-UBND) do ai ký?"
    )
    assert not result.found, result.answer


def test_a_plan_and_a_place_name_no_model() -> None:
    assert question_models("Theo KH 980 Nghe An trien khai ND, co quan nao chu tri?") == []
    assert question_models("Huawei Watch Fit 4 Pro giá bao nhiêu?") == ["huawei watch fit 4 pro"]


def test_the_decree_a_letter_cites_for_a_law(answerer: Answerer) -> None:
    result = answerer.ask(
        "Trong công văn 5390/CT-CS, Cục Thuế dẫn chiếu NĐ nào quy định chi tiết Luật Quản lý thuế"
        " về nộp hồ sơ khai thuế sử dụng đất phi nông nghiệp qua một cửa liên thông?"
    )
    assert result.found and "126/2020/NĐ-CP" in (result.answer or ""), result.answer


def test_when_a_letter_was_issued_names_no_subject(answerer: Answerer) -> None:
    question = (
        "van ban 11521/VPCP-CN ve day manh su dung nhien lieu sinh hoc duoc ban hanh khi xem xet"
        " to trinh so may cua Bo Cong Thuong?"
    )
    assert "xet to" not in subject_phrases(route_question(question).folded, bare=True)
    result = answerer.ask(question)
    assert result.found and "8799/TTr-BCT" in (result.answer or ""), result.answer


def test_a_procedures_name_and_its_act() -> None:
    lodged = route_question(
        "Nộp hồ sơ cấp C/O mẫu AK qua bưu điện thì trong bao lâu Tổ chức cấp C/O trả kết quả?"
    ).folded
    assert asked_procedure_pairs(lodged) == ("cap c/o", "c/o mau", "mau ak")
    ended = route_question(
        "thời hạn giải quyết TTHC chấm dứt hoạt động Văn phòng giám định tư pháp là bao lâu?"
    ).folded
    assert asked_procedure_pairs(ended)[:2] == ("cham dut", "dut hoat")


def test_a_field_labelled_by_another_act(answerer: Answerer) -> None:
    result = answerer.ask(
        "QĐ 1629/QĐ-UBND Sông Cũ: thời hạn giải quyết TTHC chấm dứt hoạt động Văn phòng giám định"
        " tư pháp là bao nhiêu ngày?"
    )
    assert not result.found, result.answer


def test_a_level_asked_per_unit(answerer: Answerer) -> None:
    question = (
        "QĐ 45/2025/QĐ-CTUBND Sông Cũ: Sở Tài chính quyết định điều chuyển tài sản công có nguyên"
        " giá theo sổ kế toán từ mức nào trở lên/01 đơn vị tài sản?"
    )
    assert route_question(question).intent == "figure"
    result = answerer.ask(question)
    assert result.found and "từ 01 tỷ đồng trở lên" in (result.answer or ""), result.answer


def test_the_count_of_a_field(answerer: Answerer) -> None:
    result = answerer.ask(
        "Danh muc kem QD 3784/QD-UBND Song Cu co bao nhieu TTHC linh vuc nguoi co cong thuc hien"
        " khong phu thuoc dia gioi?"
    )
    assert result.found and "30" in (result.answer or ""), result.answer


def test_a_department_the_document_never_writes(answerer: Answerer) -> None:
    result = answerer.ask(
        "QĐ nào của UBND tỉnh Sông Cũ phê duyệt 40 quy trình nội bộ giải quyết TTHC không phụ"
        " thuộc địa giới thuộc thẩm quyền Sở GD&ĐT?"
    )
    assert not result.found, result.answer


def test_the_document_of_the_issuer_asked(answerer: Answerer) -> None:
    result = answerer.ask(
        "CV 11307/VPCP-NN xử lý văn bản số mấy của Hội Chăn nuôi VN - Hiệp hội Thức ăn chăn nuôi?"
    )
    assert result.found and "17/CV-HHTACN" in (result.answer or ""), result.answer


def test_the_document_whose_text_amends(answerer: Answerer) -> None:
    result = answerer.ask(
        "QĐ nào của UBND TP Sông Cũ sửa đơn vị tính dịch vụ điều dưỡng tại trung tâm từ "
        '"giờ/đối tượng/lượt" thành "giờ/đối tượng/ngày"?'
    )
    assert result.found and "71/2025/QĐ-UBND" in (result.answer or ""), result.answer


def test_a_place_closing_two_cases_is_of_both(answerer: Answerer) -> None:
    question = (
        "Theo NQ 36/2025/NQ-HĐND TP Sông Cũ (CT MTQG vùng đồng bào DTTS&MN), tỷ lệ vốn đối ứng"
        " của ngân sách thành phố và ngân sách xã đối với xã Hưng Điền lần lượt là bao nhiêu %?"
    )
    assert route_question(question).intent != "target"
    answer = answerer.ask(question).answer or ""
    assert "35" in answer and "65" in answer and "40" not in answer, answer


def test_the_limit_of_another_paper(answerer: Answerer) -> None:
    result = answerer.ask(
        "Sở Dân tộc và Tôn giáo Sông Cũ phải trình UBND tỉnh Kế hoạch triển khai QĐ"
        " 103/2025/QĐ-UBND trước ngày nào?"
    )
    assert not result.found, result.answer


def test_how_often_and_until_when_are_time_limits() -> None:
    assert route_question("So KH&CN sao luu du lieu he thong voi tan suat nao?").intent == (
        "deadline"
    )
    until = route_question("QĐ 2745 cho áp dụng QĐ 06/2015 về nhuận bút đến hết ngày nào?")
    assert until.intent == "deadline"


def test_initials_of_artists_and_gifted_pupils() -> None:
    assert "nghe sy nhan dan" in route_question("NSND được hỗ trợ bao nhiêu mỗi buổi?").folded
    assert "hoc sinh gioi" in route_question("giai nhat HSG cap tinh thuong bao nhieu?").folded


def test_a_level_named_by_both_its_kinds() -> None:
    cases = _two_cases(
        "Mức thưởng giải nhất học sinh giỏi cấp tỉnh và cấp xã, phường là bao nhiêu?"
    )
    assert cases is not None and cases.names == ("cấp tỉnh", "cấp xã, phường"), cases


def test_what_qualifies_one_case_stays_its_own() -> None:
    placed = _two_cases("Tỷ lệ hộ nghèo năm 2024 và năm 2025, phường Hưng Lộc là bao nhiêu?")
    assert placed is not None and placed.names == ("năm 2024", "năm 2025"), placed
    told = _two_cases(
        "Mức chi cho thành viên hội đồng và mức chi đối với người được mời tham dự lần lượt là"
        " bao nhiêu?"
    )
    assert told is not None and told.names[1].endswith("người được mời tham dự"), told


def test_amending_typed_as_sua_is_no_milk() -> None:
    assert asked_relation("quyet dinh nao sua don vi tinh dich vu dieu duong?") == (
        "amend",
        "agent",
    )
    assert ("amend", "agent") not in mention_relations("hỗ trợ chăn nuôi bò sữa theo", "")
    assert ("amend", "agent") not in mention_relations("", "về chương trình sữa học đường")


def test_a_sum_per_performance(answerer: Answerer) -> None:
    per_show = answerer.ask(
        "Theo NQ 65/2025/NQ-HĐND TP Sông Cũ, NSND và NSƯT khi tham gia biểu diễn được hỗ trợ thêm"
        " mỗi buổi lần lượt bao nhiêu?"
    )
    answer = per_show.answer or ""
    assert "400.000" in answer and "320.000" in answer, answer
    once = answerer.ask(
        "Theo NQ 65/2025/NQ-HĐND TP Sông Cũ, NSND và NSƯT phải dừng biểu diễn do tai nạn được hỗ"
        " trợ một lần bao nhiêu, so sánh hai mức?"
    )
    answer = once.answer or ""
    assert "120.000.000" in answer and "90.000.000" in answer, answer


def test_the_end_of_force_of_a_decision_that_sets_none(answerer: Answerer) -> None:
    until = answerer.ask("QĐ 81/2025/QĐ-UBND tỉnh Sông Cũ có hiệu lực đến hết ngày nào?")
    assert not until.found, until.answer
    since = answerer.ask("QĐ 81/2025/QĐ-UBND tỉnh Sông Cũ có hiệu lực từ ngày nào?")
    assert since.found and "05 tháng 12 năm 2025" in (since.answer or ""), since.answer
