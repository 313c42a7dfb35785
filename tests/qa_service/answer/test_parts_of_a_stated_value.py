"""The parts of a value a report just stated ("... 9 tháng năm 2025 tăng 6,9%. Trong đó: khu vực
A ước đạt 5,39%; khu vực B ước đạt 7,22%"): of the year and period the sentence before wrote,
so a question asking them of that period, or comparing two of them, is answered."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.evidence import constraint_factor
from qa_service.answer.question import analyse
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

REPORT = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 310/BC-UBND

Thử Nghiệm, ngày 05 tháng 11 năm 2025

BÁO CÁO

Tình hình kinh tế - xã hội của tỉnh Thử Nghiệm

I. KẾT QUẢ ĐẠT ĐƯỢC

Kinh tế duy trì đà tăng trưởng, tăng trưởng tổng sản phẩm trên địa bàn tỉnh 9 tháng \
năm 2025 tăng 6,9%. Trong đó: khu vực nông, lâm nghiệp và thủy sản ước đạt 5,39%; khu vực \
công nghiệp và xây dựng ước đạt 9,34%; khu vực dịch vụ ước đạt 7,22%.

Trong đó, số doanh nghiệp thành lập mới đạt 812 doanh nghiệp.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("parts")
    opened = answerer_over(root, {"bao-cao-310.md": REPORT}, lexical_only=True)
    yield opened
    opened.close()


def _factor(answerer: Answerer, question: str, written: str) -> float:
    corpus = answerer.corpus
    q = analyse(corpus, route_question(question), None)
    ids = [i for ids in corpus.doc_units.values() for i in ids]
    unit = next(corpus.units[i] for i in ids if written in corpus.units[i].text)
    return constraint_factor(corpus, q, unit, unit.text)


def test_a_sentence_going_on_the_one_before_is_of_its_period(answerer: Answerer) -> None:
    asked = "khu vực dịch vụ 9 tháng năm 2025 ước đạt bao nhiêu?"
    assert _factor(answerer, asked, "khu vực dịch vụ ước đạt") > 0
    # a period the sentence before does not write is still not its
    other = "khu vực dịch vụ 6 tháng năm 2025 ước đạt bao nhiêu?"
    assert _factor(answerer, other, "khu vực dịch vụ ước đạt") == 0


def test_a_sentence_opening_another_paragraph_goes_on_none(answerer: Answerer) -> None:
    # "Trong đó" opening a paragraph: the paragraph before is not its sentence
    asked = "9 tháng năm 2025 số doanh nghiệp thành lập mới là bao nhiêu?"
    assert _factor(answerer, asked, "doanh nghiệp thành lập mới") == 0


def test_two_parts_compared_for_the_period(answerer: Answerer) -> None:
    result = answerer.ask(
        "Khu vực nông lâm thủy sản và khu vực dịch vụ của tỉnh Thử Nghiệm 9 tháng 2025 "
        "ước đạt bao nhiêu %?"
    )
    assert result.found
    assert result.answer is not None
    assert "5,39%" in result.answer and "7,22%" in result.answer
    assert_quotes_verbatim(answerer, result)
