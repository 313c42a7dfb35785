"""Rules read from the fresh sets of sessions 37 and 38, on documents written here:

- one cell of a table row may state two values, each of its own case ("Phí ... loại A:
  500.000 đồng/01 hồ sơ Phí ... loại B: 1.500.000 đồng/1 hồ sơ"): both answer "loại A và
  loại B ... là bao nhiêu mỗi hồ sơ", whose "mỗi hồ sơ" is the unit of the fee, no "each";
- "bao nhiêu xã và bao nhiêu phường theo NQ ..." counts two kinds, each by its word, the
  source cited after the second being of both;
- "QĐ X bãi bỏ toàn bộ quyết định nào" asks the decision X repeals, never X itself; "bãi bỏ
  QĐ X bằng quyết định số mấy" asks the one repealing, not another one it repeals too;
- "căn cứ Luật Thuế GTGT số nào", typed without marks, asks a law's number ("số"), no
  department ("sở");
- initials typed in haste that no document writes ("BLHS", "ĐBSCL") stand for the words the
  documents write;
- the body of a procedure of another level ("... của UBND cấp xã") does not answer for the
  same procedure of the level asked ("... cấp tỉnh");
- a value a clause sets apart for a case of its own ("...; riêng các địa phương vùng đồng
  bằng sông Cửu Long ... 2,0 lần") is no answer for the general rule;
- "UBND tỉnh X ban hành kế hoạch ... với số hiệu nào" asks the plan's own number, not that of
  the decision it carries out;
- "mức phạt tù" asks a prison term, no fine;
- "vào ngày cụ thể nào" is not answered by the months a movement runs, nor "tối đa bao nhiêu
  giờ" by a system running "24/24 giờ";
- a sub-row marked by a dash in the number column ("- | Có 30 đảng viên trở xuống |
  15.000.000 đồng/chi bộ/năm") is labelled by its next cell;
- a clause numbering the articles it refers to ("tại các Điều 3, 4") states no value: the
  next unit of the document is read;
- "được Cục Thuế trích dẫn trong CV ..." and "thấp nhất và cao nhất" say how the question
  asks, not what the evidence writes;
- the grounds of a document the collection only cites are not those of the one citing it;
  "Nghị định năm 2024 nào" is not answered by a decree of 2022; a comparison of two documents
  named by number is not answered by one of them alone;
- a function word opening a clause after a comma ("PPP, đấu thầu") goes with the word after
  it among the procedure's words.

Eleven of the eighteen tests fail on the start code (23d75e9). The other seven pass there
over these few documents and guard their rules: over the 377 of admin-docs the start code
answered the fee of a row below, the row of another group, the grounds of the citing document,
the 2022 decree, the other repealed decision and one document's value for the comparison, and
abstained on the quoted decree's range.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.verify import procedure_words
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

HEADER = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: {number}

*Thử Nghiệm, ngày 20 tháng 11 năm 2025*

**{kind}**

"""

FEES = (
    HEADER.format(number="3104/QĐ-UBND", kind="QUYẾT ĐỊNH")
    + """**Công bố danh mục thủ tục hành chính lĩnh vực trang thiết bị y tế**

**DANH MỤC THỦ TỤC HÀNH CHÍNH**

|
**TT**
|
**Tên thủ tục hành chính**
|
**Thời hạn giải quyết**
|
**Phí, lệ phí**
|
|
1
|
Công bố tiêu chuẩn áp dụng đối với thiết bị y tế thuộc loại A, B
|
Ngay sau khi nhận đủ hồ sơ
|
- Phí: Phí thẩm định
công bố thiết bị y tế loại A:500.000đồng/ 01 hồ sơ
Phí thẩm định công bố
thiết bị y tế loại B: 1.500.000 đồng/1 hồ sơ
|
|
2
|
Công bố đủ điều kiện sản xuất thiết bị y tế
|
03 ngày làm việc
|
Không
|
"""
)

WARDS = """**ỦY BAN THƯỜNG VỤ QUỐC HỘI**

Số: 1790/NQ-UBTVQH15

*Hà Nội, ngày 16 tháng 6 năm 2025*

**NGHỊ QUYẾT**

**Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Sông Cũ năm 2025**

**Điều 1. Sắp xếp các đơn vị hành chính cấp xã của tỉnh Sông Cũ**

1. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các xã Đông Hòa, Tây Hòa
thành xã mới có tên gọi là xã Hòa Bình.

2. Sau khi sắp xếp, tỉnh Sông Cũ có 52 đơn vị hành chính cấp xã, gồm 41 xã và
11 phường; trong đó có 40 xã, 11 phường hình thành sau sắp xếp quy định tại Điều này
và 01 xã không thực hiện sắp xếp là xã Cồn Cát.
"""

REPEAL = """**TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG**

Số: 1611/QĐ-TTPVHCC

*Thử Nghiệm, ngày 21 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Công bố danh mục thủ tục hành chính được sửa đổi trong lĩnh vực du lịch**

**Điều 1**. Công bố kèm theo Quyết định này danh mục 03 thủ tục hành chính được sửa đổi
trong lĩnh vực du lịch.

**Điều 2**. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Quyết định này bãi bỏ toàn bộ
Quyết định số 1702/QĐ-UBND ngày 27/4/2020 của Chủ tịch UBND tỉnh.

**THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI**

(Ban hành kèm theo Quyết định số 1611/QĐ-TTPVHCC ngày 21 tháng 11 năm 2025 của
Giám đốc Trung tâm Phục vụ hành chính công tỉnh)

1. Thủ tục công nhận điểm du lịch
"""

PROCEDURES = """**BỘ NỘI VỤ**

Số: 1420/QĐ-BNV

*Hà Nội, ngày 10 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Công bố thủ tục hành chính nội bộ lĩnh vực tổ chức bộ máy**

**DANH MỤC THỦ TỤC HÀNH CHÍNH NỘI BỘ**

|
**STT**
|
**Tên thủ tục hành chính**
|
**Lĩnh vực**
|
**Cơ quan thực hiện**
|
|
**I**
|
**THỦ TỤC HÀNH CHÍNH CẤP TRUNG ƯƠNG**
|
|
1
|
Thủ tục thẩm định việc chuyển giao đơn vị sự nghiệp công lập giữa các bộ, cơ quan
ngang bộ
|
Tổ chức - Biên chế
|
Bộ Nội vụ (Vụ Tổ
chức - Biên chế)
|
|
**II**
|
**THỦ TỤC HÀNH CHÍNH CẤP XÃ**
|
|
1
|
Thủ tục thẩm định thành lập đơn vị sự nghiệp công
lập thuộc thẩm quyền quyết định của Ủy ban nhân dân cấp xã
|
Tổ chức - Biên chế
|
Cơ quan chuyên môn tham mưu quản lý nhà nước về
lĩnh vực tổ chức bộ máy thuộc Ủy ban nhân dân cấp xã
|
|
2
|
Thủ tục thẩm định tổ chức lại đơn vị sự nghiệp
công lập thuộc thẩm quyền quyết định của Ủy ban nhân dân cấp xã
|
Tổ chức - Biên chế
|
Cơ quan chuyên môn tham mưu quản lý nhà nước về
lĩnh vực tổ chức bộ máy thuộc Ủy ban nhân dân cấp xã
|
"""

CRITERIA = (
    HEADER.format(number="2750/QĐ-UBND", kind="QUYẾT ĐỊNH")
    + """**Tiêu chí xác định thôn đặc biệt khó khăn giai đoạn 2026-2030 tỉnh Thử Nghiệm**

**Điều 2. Tiêu chí xác định thôn đặc biệt khó khăn**

Thôn đặc biệt khó khăn là thôn đáp ứng tiêu chí sau:

- Có tỷ lệ nghèo đa chiều cao gấp
từ 4,0 lần trở lên so với tỷ lệ nghèo đa chiều chung của cả nước; riêng các địa
phương vùng đồng bằng sông Cửu Long có tỷ lệ nghèo đa chiều cao gấp từ 2,0 lần trở
lên so với tỷ lệ nghèo đa chiều chung của cả nước.
"""
)


PLAN = """**ỦY BAN NHÂN DÂN**
**TỈNH SÔNG CŨ**

Số: 7410/KH-UBND

*Sông Cũ, ngày 19 tháng 11 năm 2025*

**KẾ HOẠCH**

**Triển khai thi hành Luật sửa đổi, bổ sung một số điều của Luật Đo lường**

Thực hiện Quyết định số 2190/QĐ-TTg ngày 27 tháng 9 năm 2025 của Thủ tướng Chính phủ ban
hành Kế hoạch triển khai thi hành Luật sửa đổi, bổ sung một số điều của Luật Đo lường, Ủy
ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

Tổ chức triển khai thi hành Luật kịp thời, đồng bộ, thống nhất và hiệu quả.
"""

LAW = """**QUỐC HỘI**

Luật số: 12/2017/QH14

**BỘ LUẬT HÌNH SỰ (trích)**

**Điều 351. Tội xúc phạm Quốc kỳ, Quốc huy, Quốc ca**

Người nào cố ý xúc phạm Quốc kỳ, Quốc huy, Quốc ca, thì bị phạt cảnh cáo, cải tạo không giam
giữ đến 03 năm hoặc phạt tù từ 06 tháng đến 03 năm.
"""

MOVEMENT = (
    HEADER.format(number="318/KH-UBND", kind="KẾ HOẠCH")
    + """**Phát động phong trào thi đua chào mừng bầu cử đại biểu Quốc hội khóa XVI**

**III. THỜI GIAN TỔ CHỨC**

Thời gian tổ chức phong trào thi đua: Phong trào thi đua cao điểm được triển khai thực hiện
từ tháng 10 năm 2025 đến hết tháng 3 năm 2026.
"""
)

GRANTS = """**HỘI ĐỒNG NHÂN DÂN**
**THÀNH PHỐ HÀ NỘI**

Số: 57/2025/NQ-HĐND

*Hà Nội, ngày 20 tháng 11 năm 2025*

**NGHỊ QUYẾT**

**Quy định định mức chi hỗ trợ tổ chức đảng trong các doanh nghiệp ngoài khu vực nhà nước
trên địa bàn thành phố Hà Nội**

|
**TT**
|
**Nội dung**
|
**Chế độ chi cấp
có thẩm quyền quy định**
|
**Chế độ chi đặc
thù của Thành phố**
|
|
1
|
Chi hỗ trợ kinh phí hoạt động (Nội dung chi: hỗ
trợ kinh phí hoạt động thường xuyên của tổ chức cơ sở đảng). Định mức
chi như sau:
|
|
|
|
a
|
Đối với các tổ chức cơ sở đảng (chi bộ cơ sở, đảng
bộ cơ sở) trong doanh nghiệp ngoài khu vực nhà nước
|
|
|
|
-
|
Có 30 đảng viên trở xuống
|
|
15.000.000 đồng/chi
bộ/năm
|
|
-
|
Từ đảng viên thứ 31 đến đảng viên thứ 100
|
|
600.000 đồng/đảng
viên/năm
|
|
b
|
Tổ chức Đoàn thanh niên trong doanh nghiệp ngoài khu vực nhà nước (tương đương tổ
chức Đoàn cấp xã).
|
|
50.000.000 đồng/đơn vị/năm
|
"""


STANDARD = """**HỘI ĐỒNG NHÂN DÂN**
**THÀNH PHỐ SÔNG CŨ**

Số: 64/2025/NQ-HĐND

*Sông Cũ, ngày 20 tháng 11 năm 2025*

**NGHỊ QUYẾT**

**Quy định mức chuẩn trợ giúp xã hội và chính sách trợ giúp xã hội của thành phố Sông Cũ**

**Điều 3. Đối tượng và mức trợ cấp xã hội hằng tháng**

1. Mức trợ cấp xã hội hằng tháng: Bằng mức chuẩn trợ giúp xã hội quy định tại khoản 1 Điều 2
nhân với hệ số tương ứng của từng đối tượng quy định tại các Điều 3, 4 Nghị quyết này.

**Điều 2. Mức chuẩn trợ giúp xã hội**

1. Mức chuẩn trợ giúp xã hội của thành phố Sông Cũ
là 650.000 đồng/tháng.
"""

TAX_LETTER = """**CỤC THUẾ**

Số: 5710/CT-CS

*Hà Nội, ngày 20 tháng 11 năm 2025*

V/v chính sách tiền thuê đất

Kính gửi: Công ty TNHH Sông Cũ

Tại khoản 1 Điều 26 Nghị định số 103/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định:

*a) Tỷ lệ phần trăm (%) tính đơn giá thuê đất một
năm là từ 0,25% đến *3%.

Cục Thuế trả lời để Công ty được biết./.
"""

REPLACING = (
    HEADER.format(number="02210/QĐ-UBND", kind="QUYẾT ĐỊNH")
    + """**Công bố danh mục thủ tục hành chính lĩnh vực xuất nhập khẩu**

*Căn cứ Quyết định số 3401/QĐ-BCT ngày 18/11/2025 của Bộ trưởng Bộ Công Thương về việc công
bố thủ tục hành chính lĩnh vực xuất nhập khẩu;*

*Căn cứ Nghị định số 43/2022/NĐ-CP ngày 24 tháng 6 năm 2022 của Chính phủ quy định việc quản
lý, sử dụng và khai thác tài sản kết cấu hạ tầng;*

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 0571/QĐ-UBND
ngày 29/7/2025 của Chủ tịch UBND tỉnh Thử Nghiệm.
"""
)

REPEALING = (
    HEADER.format(number="85/2025/QĐ-UBND", kind="QUYẾT ĐỊNH")
    + """**BÃI BỎ QUYẾT ĐỊNH SỐ 57/2014/QĐ-UBND NGÀY 31/12/2014 QUY ĐỊNH VỀ QUẢN LÝ VÀ SỬ DỤNG
TẠM THỜI VỈA HÈ VÀ QUYẾT ĐỊNH SỐ 26/2019/QĐ-UBND NGÀY 02/5/2019 SỬA ĐỔI QUY ĐỊNH ĐÓ**

*Ủy ban nhân dân tỉnh Thử Nghiệm ban hành Quyết định
bãi bỏ Quyết định số 57/2014/QĐ-UBND ngày 31/12/2014 quy định về quản lý và sử dụng tạm thời
vỉa hè ngoài mục đích giao thông, Quyết định số 26/2019/QĐ-UBND ngày 02/5/2019 sửa đổi, bổ
sung một số điều của quy định về quản lý và sử dụng tạm thời vỉa hè.*

**Điều 1.** Bãi bỏ Quyết định số 57/2014/QĐ-UBND ngày 31/12/2014 của Ủy ban nhân dân tỉnh.
"""
)

OPERATION = (
    HEADER.format(number="170/2025/QĐ-UBND", kind="QUYẾT ĐỊNH")
    + """**Quy chế vận hành Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Thử Nghiệm**

**Điều 5. Trách nhiệm của doanh nghiệp cung cấp dịch vụ**

Doanh nghiệp cung cấp dịch vụ có trách nhiệm khắc phục sự cố, duy trì hệ thống vận hành
thông suốt, liên tục 24/24 giờ tất cả các ngày trong tuần.
"""
)

KARAOKE = """**BỘ TÀI CHÍNH**

Số: 115/2025/TT-BTC

*Hà Nội, ngày 20 tháng 11 năm 2025*

**THÔNG TƯ**

**Quy định mức thu phí thẩm định cấp giấy phép kinh doanh karaoke**

**Điều 4. Mức thu phí**

Mức thu phí thẩm định cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke là 1.000.000
đồng/phòng, nhưng tổng mức thu không quá 6.000.000 đồng/Giấy phép/lần thẩm định.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("cells-cases"),
        {
            "phi-thiet-bi.md": FEES,
            "sap-xep.md": WARDS,
            "bai-bo.md": REPEAL,
            "thu-tuc.md": PROCEDURES,
            "tieu-chi.md": CRITERIA,
            "ke-hoach.md": PLAN,
            "bo-luat.md": LAW,
            "thi-dua.md": MOVEMENT,
            "ho-tro.md": GRANTS,
            "muc-chuan.md": STANDARD,
            "thue-dat.md": TAX_LETTER,
            "thay-the.md": REPLACING,
            "bai-bo-via-he.md": REPEALING,
            "van-hanh.md": OPERATION,
            "karaoke.md": KARAOKE,
        },
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_two_values_in_one_cell(answerer: Answerer) -> None:
    result = answerer.ask(
        "Phí thẩm định công bố thiết bị y tế loại A và loại B theo QĐ 3104/QĐ-UBND tỉnh Thử "
        "Nghiệm là bao nhiêu mỗi hồ sơ?"
    )
    answer = result.answer or ""
    assert result.found and "500.000" in answer and "1.500.000" in answer, answer


def test_two_kinds_counted(answerer: Answerer) -> None:
    result = answerer.ask(
        "Sau sắp xếp năm 2025 tỉnh Sông Cũ có bao nhiêu xã và bao nhiêu phường theo NQ "
        "1790/NQ-UBTVQH15?"
    )
    answer = result.answer or ""
    assert result.found and "41 xã" in answer and "11 phường" in answer, answer


def test_the_decision_repealed(answerer: Answerer) -> None:
    result = answerer.ask(
        "QĐ 1611/QĐ-TTPVHCC của Trung tâm Phục vụ hành chính công bãi bỏ toàn bộ quyết định nào?"
    )
    assert result.found and "1702/QĐ-UBND" in (result.answer or ""), result.answer


def test_a_laws_number_typed_without_marks() -> None:
    assert route_question("CV 5333/CT-CS cua Cuc Thue can cu Luat Thue GTGT so nao?").intent == (
        "basis"
    )
    # a department asked by what it is given is still one
    assert route_question("so nao duoc giao chu tri ke hoach?").intent == "agency"


def test_the_body_of_another_levels_procedure(answerer: Answerer) -> None:
    result = answerer.ask(
        "QĐ 1420/QĐ-BNV: cơ quan nào thực hiện TTHC nội bộ thẩm định thành lập ĐVSNCL thuộc "
        "thẩm quyền quyết định của UBND cấp tỉnh?"
    )
    assert not result.found, result.answer
    asked = answerer.ask(
        "QĐ 1420/QĐ-BNV: cơ quan nào thực hiện TTHC nội bộ thẩm định thành lập ĐVSNCL thuộc "
        "thẩm quyền quyết định của UBND cấp xã?"
    )
    assert asked.found and "Cơ quan chuyên môn" in (asked.answer or ""), asked.answer


def test_a_value_set_apart_for_a_region(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo QĐ 2750 tỉnh Thử Nghiệm, thôn ĐBKK phải có tỷ lệ nghèo đa chiều cao gấp bao "
        "nhiêu lần tỷ lệ chung cả nước?"
    )
    assert result.found and "4,0 lần" in (result.answer or ""), result.answer
    region = answerer.ask(
        "Theo QĐ 2750 tỉnh Thử Nghiệm, thôn ĐBKK ở vùng ĐBSCL phải có tỷ lệ nghèo đa chiều "
        "cao gấp bao nhiêu lần tỷ lệ chung cả nước?"
    )
    assert region.found and "2,0 lần" in (region.answer or ""), region.answer


def test_the_plan_an_act_issued_by_its_number(answerer: Answerer) -> None:
    result = answerer.ask(
        "UBND tỉnh Sông Cũ ban hành kế hoạch triển khai thi hành Luật sửa đổi, bổ sung Luật Đo "
        "lường với số hiệu nào?"
    )
    assert result.found and "7410/KH-UBND" in (result.answer or ""), result.answer


def test_a_prison_term_is_no_fine(answerer: Answerer) -> None:
    result = answerer.ask(
        "co y xuc pham Quoc ky, Quoc huy, Quoc ca theo Dieu 351 BLHS thi muc phat tu la bao nhieu?"
    )
    assert result.found and "06 tháng đến 03 năm" in (result.answer or ""), result.answer


def test_a_span_of_months_is_no_day(answerer: Answerer) -> None:
    result = answerer.ask(
        "Hội nghị tổng kết phong trào thi đua bầu cử ĐBQH khóa XVI của tỉnh Thử Nghiệm tổ chức "
        "vào ngày cụ thể nào?"
    )
    assert not result.found, result.answer


def test_a_sub_row_marked_by_a_dash(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo NQ 57/2025 HĐND Hà Nội, tổ chức cơ sở đảng trong doanh nghiệp ngoài khu vực nhà "
        "nước có từ 30 đảng viên trở xuống được hỗ trợ kinh phí hoạt động bao nhiêu mỗi năm?"
    )
    assert result.found and "15.000.000" in (result.answer or ""), result.answer


def test_a_referring_clause_numbers_articles_no_value(answerer: Answerer) -> None:
    result = answerer.ask(
        "Muc chuan tro giup xa hoi cua TP Song Cu theo NQ 64/2025/NQ-HDND la bao nhieu?"
    )
    assert result.found and "650.000" in (result.answer or ""), result.answer


def test_how_the_source_is_cited_and_the_ends_asked(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo NĐ 103/2024/NĐ-CP được Cục Thuế trích dẫn trong CV 5710/CT-CS, tỷ lệ % tính đơn "
        "giá thuê đất một năm thấp nhất và cao nhất là bao nhiêu?"
    )
    answer = result.answer or ""
    assert result.found and "0,25%" in answer and "3%" in answer, answer


def test_the_grounds_of_a_document_only_cited(answerer: Answerer) -> None:
    result = answerer.ask(
        "QĐ 0571/QĐ-UBND ngày 29/7/2025 của Chủ tịch UBND tỉnh Thử Nghiệm căn cứ quyết định nào "
        "của Bộ Công Thương?"
    )
    assert not result.found, result.answer
    own = answerer.ask("QĐ 02210/QĐ-UBND tỉnh Thử Nghiệm căn cứ quyết định nào của Bộ Công Thương?")
    assert own.found and "3401/QĐ-BCT" in (own.answer or ""), own.answer


def test_a_document_asked_by_its_year(answerer: Answerer) -> None:
    result = answerer.ask(
        "QĐ 02210/QĐ-UBND tỉnh Thử Nghiệm căn cứ Nghị định năm 2024 nào của Chính phủ về quản "
        "lý, sử dụng và khai thác tài sản kết cấu hạ tầng?"
    )
    assert not result.found, result.answer


def test_the_document_doing_the_repeal(answerer: Answerer) -> None:
    result = answerer.ask(
        "Tỉnh Thử Nghiệm bãi bỏ QĐ 57/2014/QĐ-UBND về quản lý, sử dụng tạm thời vỉa hè bằng "
        "quyết định số mấy?"
    )
    assert result.found and "85/2025/QĐ-UBND" in (result.answer or ""), result.answer


def test_round_the_clock_is_no_time_limit(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo QĐ 170/2025/QĐ-UBND tỉnh Thử Nghiệm, doanh nghiệp cung cấp dịch vụ phải khắc phục "
        "sự cố hệ thống trong tối đa bao nhiêu giờ?"
    )
    assert not result.found, result.answer


def test_one_document_of_two_compared(answerer: Answerer) -> None:
    result = answerer.ask(
        "So sánh mức phí thẩm định cấp giấy phép karaoke theo TT 115/2025/TT-BTC với mức cũ theo "
        "TT 01/2021/TT-BTC?"
    )
    assert not result.found, result.answer


def test_a_clause_after_a_comma_names_its_own_words() -> None:
    folded = route_question(
        "QĐ 1490/QĐ-UBND phê duyệt bao nhiêu quy trình nội bộ giải quyết TTHC lĩnh vực PPP, "
        "đấu thầu lựa chọn nhà đầu tư?"
    ).folded
    assert "dau thau" in procedure_words(folded)
    assert "ppp dau" not in procedure_words(folded)
