"""The body in charge and the time of a task, read by the structure that states them: a name
broken at the end of its heading's line, a body that is only the purpose of a task, a long
field label, a time field stated in words, the day an event happened (no limit), and the
words that ask for a body after a procedure's field."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from indexer.records import Section
from qa_service.answer import Answerer
from qa_service.answer.extractors import (
    _DATE_EXPR,
    _heading_name_going_on,
    _lead_name,
    dates_an_act,
    dates_an_event,
    field_agency,
)
from qa_service.answer.question import Question, analyse
from qa_service.answer.verify import (
    procedure_words,
)
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

# "Điều 2. Giao Sở Công" / "Thương chủ trì ...": the name broken at the end of the heading line
DECISION = """ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM

Số: 02144/QĐ-UBND

Thử Nghiệm, ngày 25 tháng 11 năm 2025

QUYẾT ĐỊNH

Về việc công bố danh mục thủ tục hành chính trong lĩnh vực xuất nhập khẩu

**Điều 1. **Công bố kèm theo
Quyết định này Danh mục thủ tục hành chính trong lĩnh vực xuất nhập khẩu.
**Điều 2. **Giao Sở Công
Thương chủ trì, phối hợp với cơ quan, đơn vị có liên quan có trách nhiệm:
1. Cung cấp đúng, đầy đủ nội
dung, quy trình giải quyết thủ tục hành chính để Trung tâm Phục vụ hành chính
công tỉnh niêm yết, công khai thực hiện.
2. Rà soát quy trình nội bộ giải quyết thủ tục hành chính để tham mưu quy trình mới.
**Điều 3. **Quyết định này có hiệu lực thi hành kể từ ngày ký.
"""

# A plan whose parts state their time in words, in a field line after the body in charge
PLAN = """ỦY BAN NHÂN DÂN THÀNH PHỐ THỬ NGHIỆM

Số: 172/KH-UBND

Thử Nghiệm, ngày 18 tháng 11 năm 2025

KẾ HOẠCH

Triển khai thi hành Luật Việc làm trên địa bàn thành phố

**II. NỘI DUNG**

**1. Phổ biến, giáo dục Luật Việc làm**

- Cơ quan thực hiện: Sở Tư pháp chủ trì tổ chức phổ biến Luật Việc làm.

- Thời gian thực hiện: Năm 2025 và các năm tiếp theo.

**2. Tổ chức kiểm tra việc thi hành Luật Việc làm**

- Cơ quan thực hiện: Sở Nội vụ, các sở, ban, ngành thành phố.

- Thời gian thực hiện: Năm 2026 và các năm tiếp theo.
"""

# A letter that sets no limit: its dates are those of events and of the letter it answers
LETTER = """VĂN PHÒNG CHÍNH PHỦ

Số: 11306/VPCP-NN

Hà Nội, ngày 18 tháng 11 năm 2025

Kính gửi: Bộ Nông nghiệp và Môi trường.

Ngày 31 tháng 10 năm 2025, Văn phòng Chính phủ nhận văn bản đề ngày 29 tháng 10 năm 2025 số \
16/CV-HHTACN của Hiệp hội Thức ăn Chăn nuôi về việc tháo gỡ khó khăn trong triển khai Nghị định \
số 136/2025/NĐ-CP.

Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với Bộ Tư pháp nghiên cứu kiến nghị của Hiệp hội \
Thức ăn Chăn nuôi, báo cáo Thủ tướng Chính phủ.
"""


# A plan whose time is stated under a heading that is the time label alone
COMMUNICATION = """ỦY BAN NHÂN DÂN THÀNH PHỐ THỬ NGHIỆM

Số: 159/KH-UBND

Thử Nghiệm, ngày 19 tháng 11 năm 2025

KẾ HOẠCH

Truyền thông về giảm nghèo đa chiều trên địa bàn thành phố năm 2025

**II. ĐỐI TƯỢNG, PHẠM VI VÀ THỜI GIAN THỰC HIỆN**

**1. Đối tượng thực hiện**

Người dân, cán bộ, công chức, viên chức và toàn xã hội.

**2. Thời gian thực hiện:**

Từ nay đến hết năm 2025.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("agency-time-fields")
    documents = {
        "quyet-dinh-xuat-nhap-khau.md": DECISION,
        "ke-hoach-viec-lam.md": PLAN,
        "cong-van-thuc-an-chan-nuoi.md": LETTER,
        "ke-hoach-truyen-thong-giam-ngheo.md": COMMUNICATION,
    }
    answerer = answerer_over(root, documents, lexical_only=True)
    yield answerer
    answerer.close()


def _question(answerer: Answerer, text: str) -> Question:
    return analyse(answerer.corpus, route_question(text), None)


def test_a_body_the_task_serves_or_draws_on_leads_none() -> None:
    text = (
        "Cung cấp đúng, đầy đủ nội dung, quy trình giải quyết thủ tục hành chính để Trung tâm "
        "Phục vụ hành chính công tỉnh niêm yết, công khai thực hiện."
    )
    assert _lead_name(text, text.rindex("thực hiện")) is None
    drawn_on = (
        "Trên cơ sở đề xuất của Ban Quản lý các khu công nghệ cao và khu công nghiệp và các đơn "
        "vị, tổng hợp, tham mưu UBND Thành phố bố trí kinh phí."
    )
    assert _lead_name(drawn_on, drawn_on.index("tham mưu")) is None
    led = "Sở Tài chính chủ trì, phối hợp với các sở thực hiện."
    assert _lead_name(led, led.index("chủ trì")) == (0, "Sở Tài chính")


def test_a_name_broken_at_the_end_of_its_heading_line_goes_on() -> None:
    document = (
        "**Điều 2. **Giao Sở Công\nThương chủ trì, phối hợp với các cơ quan có trách nhiệm:\n"
        "1. Cung cấp ..."
    )
    heading = Section(1, 0, 1, "dieu", "Điều 2", "Giao Sở Công", 0, len(document))
    found = _heading_name_going_on(document, heading, "Sở Công")
    assert found is not None
    rest, end = found
    assert rest == "Thương" and document[:end].endswith("Thương chủ trì")
    whole = Section(1, 0, 1, "dieu", "Điều 2", "Giao Sở Y tế", 0, 30)
    assert _heading_name_going_on("**Điều 2. **Giao Sở Y tế\nchủ trì ...", whole, "Sở Y tế") is None


@pytest.mark.parametrize(
    "question",
    [
        "QĐ 02144/QĐ-UBND giao cơ quan nào chủ trì cung cấp nội dung, quy trình giải quyết TTHC "
        "xuất nhập khẩu để niêm yết công khai?",
        "Cơ quan nào chủ trì cung cấp nội dung, quy trình giải quyết thủ tục hành chính xuất "
        "nhập khẩu để Trung tâm Phục vụ hành chính công niêm yết?",
    ],
)
def test_the_items_below_a_broken_heading_are_its_bodys_tasks(
    answerer: Answerer, question: str
) -> None:
    result = answerer.ask(question)
    assert result.found and result.answer is not None
    assert "Sở Công Thương" in result.answer


def test_a_field_label_of_ten_words() -> None:
    line = (
        "- Cơ quan trực tiếp thực hiện giải quyết thủ tục hành chính: Ban Chỉ huy Phòng thủ dân "
        "sự cấp xã, cơ quan chuyên môn về bảo vệ môi trường cấp xã nơi xảy ra sự cố."
    )
    found = field_agency(line, "co quan nao truc tiep thuc hien giai quyet")
    assert found is not None
    assert found[0] == "Ban Chỉ huy Phòng thủ dân sự cấp xã"


@pytest.mark.parametrize(
    ("question", "words"),
    [
        (
            "qd 2776 dong nai ve thu tuc hanh chinh khoa hoc cong nghe giao don vi nao chu tri "
            "cap nhat len co so du lieu quoc gia",
            ["khoa", "hoc", "cong", "nghe"],
        ),
        ("thu tuc cap phep xay dung don vi nao giai quyet", ["cap", "phep", "xay", "dung"]),
        # "giao" opening the name of a procedure stays in it
        ("thu tuc giao dat cho ho gia dinh do co quan nao thuc hien", ["giao", "dat"]),
    ],
)
def test_the_words_asking_for_a_body_end_a_procedures_name(question: str, words: list[str]) -> None:
    assert procedure_words(question) == words


def test_a_time_field_stated_in_words(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo kế hoạch triển khai Luật Việc làm, thành phố tổ chức kiểm tra việc thi hành Luật "
        "Việc làm trong thời gian nào?"
    )
    assert result.found and result.answer is not None
    assert "Năm 2026" in result.answer


def test_the_statement_under_a_bare_time_label_heading(answerer: Answerer) -> None:
    result = answerer.ask(
        "Kế hoạch truyền thông về giảm nghèo đa chiều năm 2025 của thành phố được thực hiện "
        "trong thời gian nào?"
    )
    assert result.found and result.answer is not None
    assert "Từ nay đến hết năm 2025" in result.answer


def test_the_day_of_an_event_or_of_a_letter_is_no_limit(answerer: Answerer) -> None:
    q = _question(answerer, "Bộ NN&MT phải báo cáo Thủ tướng trước ngày nào?")
    text = LETTER.split("\n\n")[4]
    event, letter = [m for m in _DATE_EXPR.finditer(text) if "2025" in m.group()][:2]
    assert dates_an_event(text, event) and not dates_an_event(text, letter)
    assert dates_an_act(q, text, letter)
    limit = "Trước ngày 15 tháng 12 năm 2025, các bộ gửi báo cáo."
    assert not dates_an_event(limit, next(_DATE_EXPR.finditer(limit)))
    result = answerer.ask(
        "Theo công văn 11306/VPCP-NN, Bộ Nông nghiệp và Môi trường phải báo cáo Thủ tướng kết "
        "quả nghiên cứu kiến nghị của Hiệp hội Thức ăn Chăn nuôi trước ngày nào?"
    )
    assert not result.found
