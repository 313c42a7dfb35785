"""A value asked of a row or item by the label nearest it: the deputy's row ("Phó Trưởng ban")
is not the head's the question names ("Trưởng ban"), a short row the question names whole is
read though it holds few of its words, a group's heading row takes the value all its
numbered rows state alike, and an allowance asked "bao nhiêu" is a sum of money."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import _alike_sub_row, deputy_of_asked
from qa_service.answer.gazetteer import plain
from qa_service.answer.question import analyse
from qa_service.answer.verify import (
    asks_money,
)
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 30/2025/NQ-HĐND

Thử Nghiệm, ngày 10 tháng 12 năm 2025

NGHỊ QUYẾT

Quy định mức chi cho công tác tổ chức các kỳ thi trên địa bàn tỉnh Thử Nghiệm

**Điều 1.** Ban hành mức chi tổ chức các kỳ thi theo Phụ lục kèm theo.

**PHỤ LỤC**

**MỨC CHI TỔ CHỨC KỲ THI**

|
**STT**
|
**Nội dung chi**
|
**Mức chi (1.000 đồng)**
|
**Đơn vị tính**
|
|
I
|
Ban Chỉ đạo thi tốt nghiệp trung học phổ thông
|
|
|
|
|
- Trưởng ban
|
692
|
người/ngày
|
|
|
- Phó Trưởng ban
|
623
|
người/ngày
|
|
|
- Ủy viên, thư ký
|
554
|
người/ngày
|

**Điều 2.** Phụ cấp trực thi của Đại đội trưởng là 468.000 đồng/ngày, của Phó Đại đội \
trưởng là 351.000 đồng/ngày.
"""

FEES = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 41/QĐ-UBND

Thử Nghiệm, ngày 12 tháng 12 năm 2025

QUYẾT ĐỊNH

Về mức thu học phí của các trường chất lượng cao năm học 2025 - 2026

**Điều 1.** Mức thu học phí theo Phụ lục kèm theo.

**PHỤ LỤC MỨC THU HỌC PHÍ (đồng/học sinh/tháng)**

|
**STT**
|
**Trường, khối lớp**
|
**Mức thu**
|
|
1
|
Trường Tiểu học Bình An
|
|
|
1.1
|
Khối 1
|
3.700.000
|
|
1.2
|
Khối 2
|
3.700.000
|
|
2
|
Trường Trung học cơ sở Bình Minh
|
|
|
2.1
|
Khối 6
|
4.020.000
|
|
2.2
|
Khối 7
|
4.500.000
|
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("labels"),
        {"nq-30.md": RESOLUTION, "qd-41.md": FEES},
        lexical_only=True,
    )
    yield opened
    opened.close()


def _row(answerer: Answerer, label: str):  # noqa: ANN202 - a Unit
    corpus = answerer.corpus
    return next(u for u in corpus.units if u.kind == "row" and u.cells and label in u.cells)


def test_the_deputy_row_is_not_the_title_asked(answerer: Answerer) -> None:
    question = "Tien cong Truong ban Ban Chi dao thi tot nghiep THPT tinh Thu Nghiem la bao nhieu?"
    q = analyse(answerer.corpus, route_question(question), None)
    head, deputy = _row(answerer, "- Trưởng ban"), _row(answerer, "- Phó Trưởng ban")
    assert not deputy_of_asked(q, head, (0, 0))
    assert deputy_of_asked(q, deputy, (0, 0))
    # the question that names the deputy reads the deputy's row as its own
    asked = analyse(answerer.corpus, route_question("Pho truong ban duoc chi bao nhieu?"), None)
    assert not deputy_of_asked(asked, deputy, (0, 0))
    result = answerer.ask(question)
    assert result.found and "692" in (result.answer or ""), result


def test_a_deputy_in_a_sentence_label(answerer: Answerer) -> None:
    """In running text the label is the words since the value before."""
    unit = next(u for u in answerer.corpus.units if "351.000" in u.text)
    text = unit.text
    q = analyse(answerer.corpus, route_question("Dai doi truong duoc phu cap bao nhieu?"), None)
    head, deputy = text.index("468.000"), text.index("351.000")
    assert not deputy_of_asked(q, unit, (head, head + 7))
    assert deputy_of_asked(q, unit, (deputy, deputy + 7))


def test_a_heading_row_takes_the_value_its_rows_state_alike(answerer: Answerer) -> None:
    corpus = answerer.corpus
    alike = _alike_sub_row(corpus, _row(answerer, "Trường Tiểu học Bình An"))
    assert alike is not None and "Khối 1" in alike.cells
    # rows of the group that state different values: the question must name one
    assert _alike_sub_row(corpus, _row(answerer, "Trường Trung học cơ sở Bình Minh")) is None
    result = answerer.ask("Học phí của Trường Tiểu học Bình An là bao nhiêu một tháng?")
    assert result.found and "3.700.000" in (result.answer or ""), result


@pytest.mark.parametrize(
    ("question", "money"),
    [
        ("Thôn đội trưởng được phụ cấp chức vụ bao nhiêu?", True),
        ("tro cap mot lan cho dan quan thuong truc la bao nhieu", True),
        ("Người lao động được trợ cấp bao nhiêu tháng lương?", False),
    ],
)
def test_an_allowance_asked_is_money(question: str, money: bool) -> None:
    route = route_question(question)
    assert asks_money(plain(route.folded), route.question) is money
