"""Rules read from the fresh sets of session 45, on documents written here:

- "Hội đồng ... họp vào ngày nào" times a meeting: a limit set for another act ("Trước ngày
  31 tháng 7 ..., Sở Y tế có văn bản thông báo ...") is not its day;
- "Bộ trưởng Bộ X đã kiện toàn ... bằng quyết định số mấy": the body acting by the document
  asked issued it, so a decision of the Thủ tướng the text cites is not the one asked;
- a day opening its sentence ("Ngày 10/10/2024, tại Công văn số ... Cục Thuế ... trả lời ...")
  is an event the document recalls, no time limit;
- "công văn nào ... viện dẫn khoản 2 Điều 9 NĐ 125/2020/NĐ-CP" asks which document cites it;
- "trong bao nhiêu năm" is not answered by days of processing;
- "cụ thể là bao nhiêu đồng" is not answered by a fee deferred to a Thông tư, whose number and
  day state no figure;
- "đơn vị, nhà thầu nào thực hiện" asks a body.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

AWARDS = """**BỘ Y TẾ THỬ NGHIỆM**

Số: 3621/QĐ-BYT

*Hà Nội, ngày 10 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Ban hành quy trình xét tặng giải thưởng Lê Hữu Thử về y dược cổ truyền**

**Điều 1.** Ban hành kèm theo Quyết định này quy trình xét tặng giải thưởng Lê Hữu Thử.

**QUY TRÌNH XÉT TẶNG**

1. Trước ngày 31 tháng 7 của năm xét tặng, Cục Quản lý Y dược cổ truyền có văn bản thông báo
về việc xét tặng giải thưởng Lê Hữu Thử gửi các cơ quan, đơn vị.

2. Tổ chức họp Hội đồng cấp Bộ xét duyệt hồ sơ của Hội đồng cơ sở trình lên. Các thành viên
Hội đồng bỏ phiếu kín.

**KT. BỘ TRƯỞNG**
**THỨ TRƯỞNG**
Nguyễn Văn Thử
"""

UNIVERSITY = """**THỦ TƯỚNG CHÍNH PHỦ**

Số: 2536/QĐ-TTg

*Hà Nội, ngày 20 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Về việc chuyển Trường Đại học Thử Nghiệm thành Đại học Thử Nghiệm**

**Điều 1.** Chuyển Trường Đại học Thử Nghiệm thành Đại học Thử Nghiệm.

**Điều 2.** Sửa đổi khoản 9 Điều 1 Quyết định số 373/QĐ-TTg ngày 01 tháng 3 năm 2013
của Thủ tướng Chính phủ ban hành danh sách các đơn vị sự nghiệp công lập trực thuộc Bộ
Công Thương.

**Điều 3.** Hội đồng trường, Hiệu trưởng của Trường Đại học Thử Nghiệm tiếp tục thực hiện
chức năng, nhiệm vụ cho đến khi Bộ trưởng Bộ Công Thương kiện toàn Hội đồng trường, Giám đốc
Đại học Thử Nghiệm.

**THỦ TƯỚNG**
Phạm Văn Thử
"""

TAX_LETTER = """**BỘ TÀI CHÍNH**
**CỤC THUẾ**

Số: 5388/CT-CS

*V/v chính sách thuế*

*Hà Nội, ngày 20 tháng 11 năm 2025*

Kính gửi: Thuế tỉnh Thử Nghiệm.

Cục Thuế nhận được công văn số 1010/TNG-KTr2 ngày 04/9/2025 của Thuế tỉnh Thử Nghiệm về
chính sách thuế đối với Công ty TNHH Thử Nghiệm Vina.

Ngày 10/10/2024, tại Công văn số 2294/CTTN-HKDCN của Cục Thuế tỉnh Thử Nghiệm cũ trả lời
vướng mắc của Công ty TNHH Thử Nghiệm Vina về đơn giá thuê đất.

Về việc xử phạt vi phạm hành chính: căn cứ khoản 2 Điều 9 Nghị định số 125/2020/NĐ-CP ngày
19/10/2020 của Chính phủ, đề nghị Thuế tỉnh Thử Nghiệm xem xét xử phạt, tính tiền chậm nộp
đối với Công ty TNHH Thử Nghiệm Vina.

**KT. CỤC TRƯỞNG**
**PHÓ CỤC TRƯỞNG**
Đặng Thị Thử
"""

PROCEDURES = """**ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM**

Số: 1486/QĐ-UBND

*Thử Nghiệm, ngày 12 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Công bố thủ tục hành chính lĩnh vực đấu thầu và khoáng sản**

**Điều 1.** Công bố kèm theo Quyết định này thủ tục hành chính lĩnh vực đấu thầu và khoáng sản.

**NỘI DUNG THỦ TỤC HÀNH CHÍNH**

1. Thủ tục cấp chứng chỉ nghiệp vụ chuyên môn về đấu thầu

- Thời hạn giải quyết: Trong thời hạn 15 (mười lăm) ngày làm việc kể từ ngày ban hành quyết
định cấp chứng chỉ nghiệp vụ chuyên môn về đấu thầu.

2. Thủ tục công nhận kết quả thăm dò khoáng sản

- Phí: Phí thẩm định đánh giá trữ lượng khoáng sản được áp dụng theo quy định tại Thông tư số
10/2024/TT-BTC ngày 05/02/2024 của Bộ trưởng Bộ Tài chính.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
Vũ Văn Thử
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("meetings-issuers"),
        {
            "giai-thuong.md": AWARDS,
            "dai-hoc.md": UNIVERSITY,
            "thue.md": TAX_LETTER,
            "dau-thau.md": PROCEDURES,
        },
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_a_meeting_is_not_timed_by_another_acts_limit(answerer: Answerer) -> None:
    meeting = answerer.ask(
        "Theo QĐ 3621/QĐ-BYT, Hội đồng cấp Bộ xét tặng giải thưởng Lê Hữu Thử họp vào ngày nào?"
    )
    assert not meeting.found, meeting.answer
    unaccented = answerer.ask(
        "Theo QD 3621/QD-BYT, Hoi dong cap Bo xet tang giai thuong Le Huu Thu hop vao ngay nao?"
    )
    assert not unaccented.found, unaccented.answer
    notice = answerer.ask(
        "Theo QĐ 3621/QĐ-BYT, Cục Quản lý Y dược cổ truyền thông báo về việc xét tặng giải "
        "thưởng Lê Hữu Thử trước ngày nào?"
    )
    assert notice.found and "31 tháng 7" in (notice.answer or ""), notice.answer


def test_the_body_acting_by_the_document_asked_issued_it(answerer: Answerer) -> None:
    result = answerer.ask(
        "Bộ trưởng Bộ Công Thương đã kiện toàn Hội đồng trường, Giám đốc Đại học Thử Nghiệm "
        "theo QĐ 2536/QĐ-TTg bằng quyết định số mấy?"
    )
    assert not result.found, result.answer


def test_a_day_opening_its_sentence_is_an_event(answerer: Answerer) -> None:
    start = answerer.ask(
        "Theo CV 5388/CT-CS, chu kỳ ổn định đơn giá thuê đất tiếp theo của Công ty TNHH Thử "
        "Nghiệm Vina bắt đầu tính từ ngày nào?"
    )
    assert not start.found, start.answer


def test_a_document_citing_an_article_of_a_decree(answerer: Answerer) -> None:
    question = (
        "Công văn nào của Cục Thuế viện dẫn khoản 2 Điều 9 NĐ 125/2020/NĐ-CP khi đề nghị Thuế "
        "tỉnh Thử Nghiệm xem xét xử phạt Công ty TNHH Thử Nghiệm Vina?"
    )
    assert route_question(question).intent == "citing"
    result = answerer.ask(question)
    assert result.found and "5388/CT-CS" in (result.answer or ""), result.answer
    assert "1010" not in (result.answer or "")
    other_clause = answerer.ask(
        "Công văn nào của Cục Thuế viện dẫn khoản 3 Điều 9 NĐ 125/2020/NĐ-CP?"
    )
    assert not other_clause.found, other_clause.answer


def test_years_asked_are_not_answered_by_days(answerer: Answerer) -> None:
    years = answerer.ask(
        "Chứng chỉ nghiệp vụ chuyên môn về đấu thầu cấp theo QĐ 1486/QĐ-UBND Thử Nghiệm có giá "
        "trị sử dụng trong bao nhiêu năm?"
    )
    assert not years.found, years.answer
    days = answerer.ask(
        "Theo QĐ 1486/QĐ-UBND Thử Nghiệm, thời hạn giải quyết thủ tục cấp chứng chỉ nghiệp vụ "
        "chuyên môn về đấu thầu là bao nhiêu ngày?"
    )
    assert days.found and "15 (mười lăm) ngày" in (days.answer or ""), days.answer


def test_a_fee_deferred_to_a_circular_states_no_sum(answerer: Answerer) -> None:
    result = answerer.ask(
        "Mức phí thẩm định đánh giá trữ lượng khoáng sản cụ thể là bao nhiêu đồng cho thủ tục "
        "công nhận kết quả thăm dò khoáng sản theo QĐ 1486/QĐ-UBND Thử Nghiệm?"
    )
    assert not result.found, result.answer


def test_a_body_asked_by_two_kinds() -> None:
    route = route_question(
        "TB 983/TB-CT: đơn vị, nhà thầu nào thực hiện việc chuyển đổi hệ thống máy chủ?"
    )
    assert route.intent == "agency"
    # "tổ chức, cá nhân nào" asks whom a rule applies to, no body that acts
    assert route_question("Tổ chức, cá nhân nào phải nộp phí tham quan di tích?").intent != "agency"
