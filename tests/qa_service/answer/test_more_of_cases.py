"""Two cases compared by "nhiều <what is counted> hơn" (each case maybe one short word: "xã
hay phường"), each value read from the clause that names its case before it or as the count
of the case's word ("gồm 55 xã và 09 phường"); a count of months
asked that a sum of money was refused for is answered by the length of time stated."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.pipeline import _two_cases
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

RULES = """HỘI ĐỒNG NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 21/2025/NQ-HĐND

Thử Nghiệm, ngày 02 tháng 12 năm 2025

NGHỊ QUYẾT

Quy định chế độ đối với nhân viên thú y và trẻ em mầm non

Điều 2. Bố trí nhân viên thú y

1. Mỗi đơn vị xã được bố trí bình quân không quá 03 (ba) nhân viên thú y; mỗi đơn vị \
phường được bố trí bình quân không quá 02 (hai) nhân viên thú y để thực hiện nhiệm vụ \
chăn nuôi tại xã.

Điều 3. Hỗ trợ trẻ em mầm non ở nơi có nhiều lao động

1. Trẻ em mầm non ở nơi có nhiều lao động được hưởng mức hỗ trợ 160.000 đồng/trẻ/tháng.

2. Thời gian hỗ trợ trẻ em mầm non tính theo số tháng học thực tế nhưng không quá 09 \
tháng/năm học.

Điều 4. Đơn vị hành chính sau sắp xếp

Sau khi sắp xếp, tỉnh Thử Nghiệm có 64 đơn vị hành chính cấp xã, gồm 55 xã và 09 phường.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("more_of")
    opened = answerer_over(root, {"nghi-quyet-21.md": RULES}, lexical_only=True)
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "question",
    [
        "Xã hay phường được bố trí nhiều nhân viên thú y hơn, tối đa bao nhiêu người?",
        "xa hay phuong duoc bo tri nhieu nhan vien chan nuoi thu y hon, toi da bao nhieu nguoi?",
    ],
)
def test_more_of_a_count_between_two_cases_is_a_comparison(question: str) -> None:
    assert route_question(question).intent == "compare"


def test_a_count_said_most_of_is_no_comparison() -> None:
    question = "Hai xã được bố trí ít nhất bao nhiêu nhân viên?"
    assert route_question(question).intent != "compare"


def test_two_cases_of_one_short_word_each() -> None:
    cases = _two_cases("NQ 21: xã hay phường được bố trí nhiều nhân viên thú y hơn, bao nhiêu?")
    assert cases is not None
    assert cases.names == ("xã", "phường")
    # the count compared stays in each case's question, "nhiều ... hơn" left out
    assert "nhiều" not in cases.questions[0]
    assert "nhân viên thú y" in cases.questions[0]


def test_each_case_from_the_clause_naming_it_before_its_value(answerer: Answerer) -> None:
    result = answerer.ask(
        "NQ 21/2025/NQ-HĐND: xã hay phường được bố trí nhiều nhân viên thú y hơn, "
        "tối đa bao nhiêu nhân viên?"
    )
    assert result.found
    answer = result.answer or ""
    # the phường clause ends "... tại xã": its case is named before its value, not after
    assert answer.index("03") < answer.index("02")
    assert "xã: " not in answer or "xã: Mỗi đơn vị xã" in answer
    assert_quotes_verbatim(answerer, result)


def test_months_asked_after_a_sum_refused_is_the_length_stated(answerer: Answerer) -> None:
    result = answerer.ask(
        "NQ 21/2025/NQ-HĐND: trẻ em mầm non ở nơi có nhiều lao động được hỗ trợ tối đa bao "
        "nhiêu tháng mỗi năm học?"
    )
    assert result.found
    assert "09 tháng" in (result.answer or "")
    assert "160.000" not in (result.answer or "")


def test_each_case_counted_by_its_word(answerer: Answerer) -> None:
    result = answerer.ask(
        "NQ 21/2025/NQ-HĐND: sau sắp xếp, tỉnh Thử Nghiệm có phường hay xã nhiều đơn vị hành "
        "chính hơn, bao nhiêu đơn vị?"
    )
    assert result.found
    answer = result.answer or ""
    assert "55 xã" in answer
    assert "09 phường" in answer
    assert_quotes_verbatim(answerer, result)
