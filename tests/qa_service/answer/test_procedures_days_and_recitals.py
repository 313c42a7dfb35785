"""Rules read from the fresh sets of session 44, on documents written here:

- a procedure's row that shares the opening words of the procedure asked and goes on with
  others ("Cấp Giấy chứng nhận văn phòng đại diện, chi nhánh ..." for "thủ tục cấp giấy chứng
  nhận đăng ký hoạt động lần đầu") is another procedure's;
- "quyết định nào ban hành X": X is what the document's title or first article issues, not a
  word met in a list deep in its text;
- "... dự kiến được ban hành ngày nào" asks a day planned, which no document's own date is;
- "phòng chuyên môn nào", "Chi cục Hải quan khu vực nào" ask a body of that kind;
- "ai ký tờ trình ... đề nghị ban hành QĐ X" asks the proposal's signer, not X's;
- a time limit counted from another event ("kể từ ngày kết thúc cuộc họp" for "kể từ ngày
  được thành lập") is another step's;
- a rule with its cases ("Năm (05) ngày ... đối với A; Bảy (07) ngày ... đối với B") stays
  when the exception after it ("Trường hợp đặc biệt ... mười (10) ngày") is refused;
- "thủ tục ... thực hiện tại đâu" asks a body;
- a line labelling its heading ("Mức hỗ trợ: 60.000.000 đồng/người." under "II. MỨC HỖ TRỢ")
  is of what the headings above it name;
- "công bố kết quả ... năm 2025 vào ngày nào" times the "công bố" (a year inside the clause);
- "Theo QĐ 87/2025 ..., quyết định năm 2019 ... có hiệu lực từ ngày nào" asks another
  document's force;
- a value whose sentence writes little of what the question asks past its title, and not its
  rarest word ("nhân viên nấu ăn"), is another's;
- a recital of a proposal ("Xét Tờ trình số ... đề nghị Hội đồng nhân dân ...") gives no body
  a task;
- a document cited "về X" ("Nghị định số mấy của Chính phủ về bồi thường ...") is one whose
  own subject writes X, not one whose quoted provision names another decree on X;
- a plan's scope asked ("phạm vi toàn huyện") is not answered under another ("toàn tỉnh");
- a step's time asked ("bước Lãnh đạo UBND tỉnh ký duyệt") is not a procedure's whole time.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over


def _document(
    issuer: str, number: str, date: str, kind: str, title: str, body: str, signer: str
) -> str:
    """A document as published: its header, type line, title, body and signature."""
    return (
        f"**{issuer}**\n\nSố: {number}\n\n*Thử Nghiệm, {date}*\n\n**{kind}**\n\n**{title}**\n\n"
        f"{body}\n\n**TM. ỦY BAN NHÂN DÂN**\n**CHỦ TỊCH**\n{signer}\n"
    )


PROCEDURES = _document(
    "ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM",
    "2020/QĐ-UBND",
    "ngày 20 tháng 11 năm 2025",
    "QUYẾT ĐỊNH",
    "Công bố danh mục thủ tục hành chính lĩnh vực hoạt động khoa học và công nghệ",
    """**Điều 1.** Công bố kèm theo Quyết định này danh mục thủ tục hành chính.

**DANH MỤC THỦ TỤC HÀNH CHÍNH**

|
**STT**
|
**Tên thủ tục hành chính**
|
**Thời hạn giải quyết**
|
|
1
|
Cấp Giấy chứng nhận văn phòng đại diện, chi nhánh của tổ chức khoa học và công nghệ
|
Mười (10) ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ
|
|
2
|
Cấp lại giấy chứng nhận đăng ký tổ chức khoa học và công nghệ
|
Năm (05) ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ
|""",
    "Nguyễn Văn Thử",
)

FOREST_FIRES = _document(
    "ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM",
    "213/2025/QĐ-UBND",
    "ngày 18 tháng 11 năm 2025",
    "QUYẾT ĐỊNH",
    "Quy định cấp dự báo cháy rừng trên địa bàn tỉnh Thử Nghiệm",
    """**Điều 1.** Ban hành kèm theo Quyết định này Quy định cấp dự báo cháy rừng.

**Điều 2.** Biện pháp phòng cháy ở cấp dự báo III:

a) Kiểm tra các chủ rừng;

b) Thông báo thường xuyên nội quy dùng lửa trong rừng.

**Điều 3.** Quyết định này có hiệu lực từ ngày 01 tháng 12 năm 2025.""",
    "Trần Văn Thử",
)

TAX_LETTER = """**CỤC THUẾ**

Số: 5615/CT-CS

*Hà Nội, ngày 28 tháng 11 năm 2025*

V/v chính sách thuế thu nhập cá nhân

Kính gửi: Thuế tỉnh Thử Nghiệm.

Cục Thuế nhận được công văn của Thuế tỉnh Thử Nghiệm hỏi về miễn thuế thu nhập cá nhân từ
chuyển nhượng vốn.

Bộ Tài chính đang xây dựng Thông tư hướng dẫn Luật Quản lý thuế (sửa đổi), trong đó bổ sung
chỉ tiêu miễn thuế thu nhập cá nhân từ chuyển nhượng vốn.

Tại khoản 5 Điều 17 Nghị định số 103/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định về
tiền sử dụng đất, tiền thuê đất: "Việc miễn, giảm tiền sử dụng đất khi giao đất tái định cư
thực hiện theo quy định tại Nghị định của Chính phủ về bồi thường, hỗ trợ, tái định cư khi Nhà
nước thu hồi đất."

**KT. CỤC TRƯỞNG**
**PHÓ CỤC TRƯỞNG**
Lê Thị Thử
"""

CUSTOMS_LETTER = """**CỤC HẢI QUAN**

Số: 37413/CHQ-NVTHQ

*Hà Nội, ngày 21 tháng 11 năm 2025*

V/v kê khai trị giá hải quan

Kính gửi: Công ty TNHH Thử Nghiệm Vina.

Cục Hải quan nhận được công văn số 2025-005/SAV-CHQ ngày 10/11/2025 của Công ty TNHH Thử
Nghiệm Vina đề nghị hướng dẫn việc kê khai trị giá hải quan hàng mẫu xuất khẩu.

Về vấn đề này, trị giá hải quan hàng mẫu xuất khẩu là giá bán tính đến cửa khẩu xuất.

**KT. CỤC TRƯỞNG**
**PHÓ CỤC TRƯỞNG**
Hoàng Văn Thử
"""

INNOVATION = _document(
    "ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM",
    "2817/QĐ-UBND",
    "ngày 24 tháng 11 năm 2025",
    "QUYẾT ĐỊNH",
    "Công bố thủ tục công nhận trung tâm đổi mới sáng tạo cấp tỉnh",
    """**Điều 1.** Công bố kèm theo Quyết định này thủ tục hành chính mới ban hành.

**1. Thủ tục công nhận trung tâm đổi mới sáng tạo cấp tỉnh**

- Cơ quan thực hiện: Sở Khoa học và Công nghệ.

- Thời hạn giải quyết: 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.""",
    "Phạm Văn Thử",
)

DELEGATION = _document(
    "ỦY BAN NHÂN DÂN THÀNH PHỐ THỬ NGHIỆM",
    "2568/QĐ-UBND",
    "ngày 19 tháng 11 năm 2025",
    "QUYẾT ĐỊNH",
    "Ủy quyền giải quyết thủ tục hành chính lĩnh vực thủy sản",
    """*Xét đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 512/TTr-SNNMT ngày
10 tháng 11 năm 2025.*

**Điều 1.** Ủy quyền cho Giám đốc Sở Nông nghiệp và Môi trường tiếp nhận, thẩm định và giải
quyết thủ tục công bố mở cảng cá loại II.

**Điều 2.** Quyết định này có hiệu lực từ ngày ký.""",
    "Trương Văn Thử",
)

COMPENSATION = _document(
    "CHÍNH PHỦ",
    "171/2025/NĐ-CP",
    "ngày 30 tháng 6 năm 2025",
    "NGHỊ ĐỊNH",
    "Quy định về đền bù chi phí đào tạo",
    """**Điều 10. Hội đồng xét đền bù chi phí đào tạo**

1. Hội đồng xét đền bù chi phí đào tạo do người đứng đầu cơ quan quản lý công chức thành lập.

2. Hội đồng gửi biên bản họp đến đơn vị được phân cấp quản lý công chức chậm nhất 03 ngày làm
việc kể từ ngày kết thúc cuộc họp.""",
    "Đỗ Văn Thử",
)

PORTAL = _document(
    "ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM",
    "80/2025/QĐ-UBND",
    "ngày 17 tháng 11 năm 2025",
    "QUYẾT ĐỊNH",
    "Ban hành Quy chế hoạt động của Cổng Thông tin điện tử tỉnh",
    """**Điều 9. Tiếp nhận, xử lý và trả lời ý kiến hỏi đáp**

a) Thời gian trả lời trên chuyên mục Hỏi - Đáp quy định như sau:

Năm (05) ngày làm việc đối với các ý kiến thuộc thẩm quyền giải quyết; Bảy (07) ngày làm việc
đối với các ý kiến cần sự phối hợp liên ngành;

Trường hợp đặc biệt thì phải hẹn trả lời nhưng tối đa không quá mười (10) ngày làm việc kể từ
ngày tiếp nhận.""",
    "Vũ Văn Thử",
)

ARTISTS = _document(
    "HỘI ĐỒNG NHÂN DÂN TỈNH THỬ NGHIỆM",
    "64/2025/NQ-HĐND",
    "ngày 10 tháng 12 năm 2025",
    "NGHỊ QUYẾT",
    "Quy định một số chính sách đối với người hoạt động nghệ thuật",
    """**Điều 1.** Ban hành chính sách hỗ trợ tại các Phụ lục kèm theo Nghị quyết này.

**Phụ
lục IV**

**CHI HỖ TRỢ KINH PHÍ ĐÀO TẠO ĐỐI VỚI VIÊN CHỨC ĐANG
CÔNG TÁC TẠI CÁC ĐƠN VỊ NGHỆ THUẬT CỦA TỈNH THAM GIA CÁC LỚP ĐÀO TẠO
CHUYÊN NGÀNH TRÌNH ĐỘ ĐẠI HỌC**

**I. ĐỐI TƯỢNG ÁP DỤNG**

Là viên chức đang công tác tại các đơn vị nghệ thuật của tỉnh.

**II. MỨC HỖ TRỢ**

Mức hỗ trợ: 60.000.000 đồng/người.

**III. NGUỒN KINH PHÍ THỰC HIỆN**

Nguồn ngân sách cấp tỉnh.""",
    "Ngô Văn Thử",
)

LEARNING_CENTRES = _document(
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH THỬ NGHIỆM",
    "5155/SGDĐT-GDTX",
    "ngày 20 tháng 11 năm 2025",
    "CÔNG VĂN",
    "V/v đánh giá, xếp loại trung tâm học tập cộng đồng năm 2025",
    """Đề nghị Ủy ban nhân dân phường, xã thực hiện đánh giá, xếp loại trung tâm học tập cộng đồng
tại địa phương và gửi kết quả đánh giá, xếp loại về Sở Giáo dục và Đào tạo, hạn cuối ngày 15
tháng 12 hàng năm.""",
    "Lý Văn Thử",
)

CUSTOMS_RULES = _document(
    "ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM",
    "87/2025/QĐ-UBND",
    "ngày 21 tháng 11 năm 2025",
    "QUYẾT ĐỊNH",
    "Ban hành Quy định thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội",
    """**Điều 1.** Ban hành kèm theo Quyết định này Quy định thực hiện nếp sống văn minh trong việc
cưới, việc tang và lễ hội.

**Điều 2.** Quyết định này có hiệu lực từ ngày 01 tháng 12 năm 2025 và thay thế Quyết định số
12/2019/QĐ-UBND ngày 05 tháng 4 năm 2019 sửa đổi Quy định nếp sống văn minh.""",
    "Giàng Văn Thử",
)

PRESCHOOL = _document(
    "HỘI ĐỒNG NHÂN DÂN TỈNH THỬ NGHIỆM",
    "21/2025/NQ-HĐND",
    "ngày 12 tháng 11 năm 2025",
    "NGHỊ QUYẾT",
    "Quy định mức hỗ trợ đối với trẻ em mầm non, giáo viên mầm non làm việc tại nhà trẻ, lớp "
    "mẫu giáo dân lập, tư thục",
    """**Điều 1. Đối tượng áp dụng**

a) Trẻ em đang học tại nhóm trẻ, lớp mẫu giáo độc lập dân lập, tư thục có cha hoặc mẹ là
công nhân.

**Điều 2. Mức hỗ trợ**

1. Đối tượng trẻ em quy định tại điểm a Điều 1 Nghị quyết này được hưởng mức hỗ trợ 160.000
đồng/trẻ/tháng.""",
    "Trịnh Văn Thử",
)

DEFENCE_ZONE = _document(
    "HỘI ĐỒNG NHÂN DÂN TỈNH THỬ NGHIỆM",
    "74/2025/NQ-HĐND",
    "ngày 04 tháng 12 năm 2025",
    "NGHỊ QUYẾT",
    "Bãi bỏ Nghị quyết số 30/2013/NQ-HĐND về xây dựng khu vực phòng thủ tỉnh",
    """*Xét Tờ trình số 423/TTr-UBND ngày 21 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh về việc đề
nghị Hội đồng nhân dân tỉnh ban hành Nghị quyết bãi bỏ Nghị quyết số 30/2013/NQ-HĐND về xây
dựng khu vực phòng thủ tỉnh.*

**Điều 1.** Bãi bỏ Nghị quyết số 30/2013/NQ-HĐND ngày 06 tháng 12 năm 2013 về xây dựng khu vực
phòng thủ tỉnh.""",
    "Bùi Văn Thử",
)


CROPS = _document(
    "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    "5042/QĐ-BNNMT",
    "ngày 25 tháng 11 năm 2025",
    "QUYẾT ĐỊNH",
    "Công bố thủ tục hành chính lĩnh vực trồng trọt",
    """**1. Ban hành Kế hoạch chuyển đổi cơ cấu cây trồng, vật nuôi trên đất trồng lúa phạm vi toàn
tỉnh**

a) Trình tự thực hiện:

Chủ tịch Ủy ban nhân dân cấp tỉnh ban hành Kế hoạch chuyển đổi cơ cấu cây trồng, vật nuôi trên
đất trồng lúa phạm vi toàn tỉnh; thời gian ban hành trước ngày 30 tháng 11 năm trước của năm kế
hoạch.""",
    "Hà Văn Thử",
)


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("procedures-days"),
        {
            "khcn.md": PROCEDURES,
            "chay-rung.md": FOREST_FIRES,
            "thue.md": TAX_LETTER,
            "hai-quan.md": CUSTOMS_LETTER,
            "dmst.md": INNOVATION,
            "uy-quyen.md": DELEGATION,
            "den-bu.md": COMPENSATION,
            "cong-ttdt.md": PORTAL,
            "nghe-thuat.md": ARTISTS,
            "tthtcd.md": LEARNING_CENTRES,
            "nep-song.md": CUSTOMS_RULES,
            "mam-non.md": PRESCHOOL,
            "phong-thu.md": DEFENCE_ZONE,
            "trong-trot.md": CROPS,
        },
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_another_procedure_of_the_same_head(answerer: Answerer) -> None:
    other = answerer.ask(
        "Theo QĐ 2020/QĐ-UBND Thử Nghiệm, thời hạn giải quyết thủ tục cấp giấy chứng nhận đăng "
        "ký hoạt động lần đầu cho tổ chức khoa học và công nghệ là bao nhiêu ngày?"
    )
    assert not other.found, other.answer
    own = answerer.ask(
        "Theo QĐ 2020/QĐ-UBND Thử Nghiệm, thời hạn giải quyết thủ tục cấp giấy chứng nhận văn "
        "phòng đại diện của tổ chức khoa học và công nghệ là bao nhiêu ngày?"
    )
    assert own.found and "Mười (10) ngày" in (own.answer or ""), own.answer


def test_what_a_decision_issues_is_in_its_title(answerer: Answerer) -> None:
    other = answerer.ask(
        "quyet dinh nao ban hanh noi quy mau ap dung cho cac cho tren dia ban tinh Thu Nghiem?"
    )
    assert not other.found, other.answer
    own = answerer.ask("Quyết định nào ban hành quy định cấp dự báo cháy rừng tỉnh Thử Nghiệm?")
    assert own.found and "213/2025/QĐ-UBND" in (own.answer or ""), own.answer


def test_a_planned_day_is_no_documents_date(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo CV 5615/CT-CS, Thông tư hướng dẫn Luật Quản lý thuế (sửa đổi) bổ sung chỉ tiêu "
        "miễn thuế TNCN từ chuyển nhượng vốn dự kiến được ban hành ngày nào?"
    )
    assert not result.found, result.answer


def test_a_kind_of_body_asked_with_its_qualifiers(answerer: Answerer) -> None:
    office = answerer.ask(
        "Theo QĐ 2817/QĐ-UBND Thử Nghiệm, phòng chuyên môn nào của Sở KH&CN thẩm định hồ sơ "
        "công nhận trung tâm đổi mới sáng tạo cấp tỉnh?"
    )
    assert not office.found, office.answer
    branch = answerer.ask(
        "Theo CV 37413/CHQ-NVTHQ, Chi cục Hải quan khu vực nào được giao kiểm tra trị giá khai "
        "báo hàng mẫu xuất khẩu của Công ty TNHH Thử Nghiệm Vina?"
    )
    assert not branch.found, branch.answer
    body = answerer.ask(
        "Theo QĐ 2817/QĐ-UBND Thử Nghiệm, cơ quan nào thực hiện thủ tục công nhận trung tâm đổi "
        "mới sáng tạo cấp tỉnh?"
    )
    assert body.found and "Sở Khoa học và Công nghệ" in (body.answer or ""), body.answer


def test_the_signer_of_a_proposal(answerer: Answerer) -> None:
    proposal = answerer.ask(
        "Ai là người ký tờ trình của Sở Nông nghiệp và Môi trường đề nghị ban hành QĐ "
        "2568/QĐ-UBND về ủy quyền giải quyết TTHC?"
    )
    assert not proposal.found, proposal.answer
    decision = answerer.ask("Ai ký QĐ 2568/QĐ-UBND về ủy quyền giải quyết TTHC?")
    assert decision.found and "Trương Văn Thử" in (decision.answer or ""), decision.answer


def test_a_limit_counted_from_another_event(answerer: Answerer) -> None:
    other = answerer.ask(
        "Theo NĐ 171/2025/NĐ-CP, Hội đồng xét đền bù chi phí đào tạo phải tổ chức họp trong "
        "thời hạn bao nhiêu ngày kể từ ngày được thành lập?"
    )
    assert not other.found, other.answer
    own = answerer.ask(
        "Theo NĐ 171/2025/NĐ-CP, Hội đồng xét đền bù gửi biên bản họp chậm nhất bao nhiêu ngày "
        "kể từ ngày kết thúc cuộc họp?"
    )
    assert own.found and "03 ngày" in (own.answer or ""), own.answer


def test_a_rules_case_stays_when_its_exception_is_refused(answerer: Answerer) -> None:
    result = answerer.ask(
        "Trên Cổng TTĐT tỉnh Thử Nghiệm, ý kiến hỏi đáp cần sự phối hợp liên ngành phải được "
        "trả lời trong bao nhiêu ngày làm việc (QĐ 80/2025/QĐ-UBND)?"
    )
    assert result.found and "Bảy (07) ngày" in (result.answer or ""), result.answer


def test_where_a_procedure_is_carried_out_asks_a_body() -> None:
    route = route_question("Theo QĐ 2929/QĐ-UBND, thủ tục xác nhận cán bộ thực hiện tại đâu?")
    assert route.intent == "agency"


def test_a_line_labelling_its_heading(answerer: Answerer) -> None:
    result = answerer.ask(
        "Viên chức các đơn vị nghệ thuật của tỉnh Thử Nghiệm được cử đi học đại học chuyên "
        "ngành thì được hỗ trợ kinh phí đào tạo bao nhiêu theo NQ 64/2025/NQ-HĐND?"
    )
    assert result.found and "60.000.000 đồng/người" in (result.answer or ""), result.answer


def test_the_act_timed_past_a_year_in_its_clause(answerer: Answerer) -> None:
    other = answerer.ask(
        "Theo CV 5155/SGDĐT-GDTX, Sở GDĐT tỉnh Thử Nghiệm công bố kết quả xếp loại trung tâm "
        "học tập cộng đồng năm 2025 vào ngày nào?"
    )
    assert not other.found, other.answer


def test_the_force_of_a_document_of_another_year(answerer: Answerer) -> None:
    other = answerer.ask(
        "Theo QĐ 87/2025/QĐ-UBND Thử Nghiệm, quyết định năm 2019 sửa đổi Quy định nếp sống văn "
        "minh trong việc cưới, việc tang và lễ hội có hiệu lực từ ngày nào?"
    )
    assert not other.found, other.answer
    own = answerer.ask("QĐ 87/2025/QĐ-UBND Thử Nghiệm có hiệu lực từ ngày nào?")
    assert own.found and "01 tháng 12 năm 2025" in (own.answer or ""), own.answer


def test_a_value_that_misses_the_rarest_word_asked(answerer: Answerer) -> None:
    other = answerer.ask(
        "NQ 21/2025/NQ-HDND Thu Nghiem quy dinh muc ho tro cho nhan vien nau an (cap duong) o "
        "nhom tre tu thuc la bao nhieu?"
    )
    assert not other.found, other.answer
    own = answerer.ask(
        "NQ 21/2025/NQ-HĐND Thử Nghiệm quy định mức hỗ trợ đối với trẻ em mầm non là bao nhiêu?"
    )
    assert own.found and "160.000" in (own.answer or ""), own.answer


def test_a_proposals_recital_gives_no_task(answerer: Answerer) -> None:
    result = answerer.ask(
        "NQ 74/2025/NQ-HĐND Thử Nghiệm giao cơ quan nào chủ trì tham mưu xây dựng khu vực phòng "
        "thủ tỉnh?"
    )
    assert "Hội đồng nhân dân" not in (result.answer or ""), result.answer


def test_a_document_cited_about_a_subject_its_own_title_writes(answerer: Answerer) -> None:
    other = answerer.ask(
        "CV 5615/CT-CS của Cục Thuế dẫn chiếu Nghị định số mấy của Chính phủ về bồi thường, hỗ "
        "trợ, tái định cư khi Nhà nước thu hồi đất?"
    )
    assert not other.found, other.answer
    own = answerer.ask(
        "CV 5615/CT-CS của Cục Thuế dẫn chiếu Nghị định số mấy của Chính phủ về tiền sử dụng "
        "đất, tiền thuê đất?"
    )
    assert own.found and "103/2024/NĐ-CP" in (own.answer or ""), own.answer


def test_a_plan_of_another_scope(answerer: Answerer) -> None:
    other = answerer.ask(
        "Theo QD 5042/QD-BNNMT, UBND cap huyen phai ban hanh Ke hoach chuyen doi co cau cay "
        "trong, vat nuoi tren dat trong lua pham vi toan huyen truoc ngay nao?"
    )
    assert not other.found, other.answer
    own = answerer.ask(
        "Theo QĐ 5042/QĐ-BNNMT, Chủ tịch UBND cấp tỉnh ban hành Kế hoạch chuyển đổi cơ cấu cây "
        "trồng, vật nuôi trên đất trồng lúa phạm vi toàn tỉnh trước ngày nào?"
    )
    assert own.found and "30 tháng 11" in (own.answer or ""), own.answer


def test_a_steps_time_is_no_procedures_whole_time(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo QĐ 2020/QĐ-UBND Thử Nghiệm, bước Lãnh đạo UBND tỉnh ký duyệt hồ sơ thủ tục cấp "
        "lại giấy chứng nhận đăng ký tổ chức khoa học và công nghệ được mấy ngày?"
    )
    assert not result.found, result.answer
