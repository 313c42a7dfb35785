"""Two false abstentions on a value the text states: a unit naming its subject only by a point
of its own document ("Đối tượng trẻ em quy định tại điểm a khoản 2 Điều 1 Nghị quyết này được
hưởng ...") is judged by the words written at that point when the subject asked is checked; a
value written right after a bound ("nhưng không quá 09 tháng/năm học") answers a question asking
that bound ("tối đa mấy tháng"), whatever the words before the bound say."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from indexer.units import Unit
from qa_service.answer import Answerer
from qa_service.answer.extractors import other_action
from qa_service.answer.question import analyse
from qa_service.answer.verify import (
    lacks_asked_subject,
)
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

RESOLUTION = """HỘI ĐỒNG NHÂN DÂN TỈNH KIM SƠN

Số: 44/2025/NQ-HĐND

Kim Sơn, ngày 18 tháng 11 năm 2025

NGHỊ QUYẾT

Quy định mức hỗ trợ đối với trẻ em mầm non, giáo viên mầm non ở nơi có nhiều lao động \
trên địa bàn tỉnh Kim Sơn

Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng

1. Phạm vi điều chỉnh

Nghị quyết này quy định mức hỗ trợ đối với trẻ em mầm non, giáo viên mầm non ở nơi có \
nhiều lao động.

2. Đối tượng áp dụng

a) Trẻ em đang học tại cơ sở giáo dục mầm non dân lập, tư thục có cha hoặc mẹ là công \
nhân, người lao động đang làm việc tại khu công nghiệp.

b) Giáo viên mầm non đang làm việc tại cơ sở giáo dục mầm non dân lập, tư thục.

Điều 2. Mức hỗ trợ

1. Đối tượng trẻ em quy định tại điểm a khoản 2 Điều 1 Nghị quyết này được hưởng mức hỗ \
trợ 160.000 đồng/trẻ/tháng. Thời gian hỗ trợ tính theo số tháng học thực tế nhưng không quá \
09 tháng/năm học.

2. Đối tượng giáo viên quy định tại điểm b khoản 2 Điều 1 Nghị quyết này được hưởng mức hỗ \
trợ 800.000 đồng/người/tháng.

Điều 3. Điều khoản thi hành

Nghị quyết này có hiệu lực từ ngày 28 tháng 11 năm 2025.
"""

ASKED_CHILD = (
    "Mức hỗ trợ cho trẻ mầm non con công nhân ở nơi có nhiều lao động tại Kim Sơn là bao "
    "nhiêu mỗi tháng?"
)


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("referred-subject-bound")
    opened = answerer_over(root, {"nghi-quyet-44.md": RESOLUTION}, lexical_only=True)
    yield opened
    opened.close()


def _unit_with(answerer: Answerer, phrase: str) -> Unit:
    corpus = answerer.corpus
    (doc_id,) = corpus.doc_units
    units = [corpus.units[i] for i in corpus.doc_units[doc_id]]
    return next(u for u in units if phrase in u.text)


def test_the_subject_written_at_the_referred_point_is_the_units(answerer: Answerer) -> None:
    # "con công nhân" is left once the title's words are taken off; the unit stating 160.000
    # names its subject by "điểm a khoản 2 Điều 1", whose point writes "công nhân"
    corpus = answerer.corpus
    q = analyse(corpus, route_question(ASKED_CHILD), None)
    unit = _unit_with(answerer, "160.000")
    assert not lacks_asked_subject(corpus, q, unit)


def test_a_subject_written_nowhere_still_lacks(answerer: Answerer) -> None:
    # the point referred to writes no "cán bộ quản lý": the check still refuses
    corpus = answerer.corpus
    asked = (
        "Mức hỗ trợ cho cán bộ quản lý văn thư ở nơi có nhiều lao động tại Kim Sơn là bao "
        "nhiêu mỗi tháng?"
    )
    q = analyse(corpus, route_question(asked), None)
    unit = _unit_with(answerer, "160.000")
    assert lacks_asked_subject(corpus, q, unit)


def test_the_value_named_by_reference_is_answered(answerer: Answerer) -> None:
    result = answerer.ask(ASKED_CHILD)
    assert result.found, result
    assert "160.000 đồng" in (result.answer or ""), result.answer
    assert_quotes_verbatim(answerer, result)


def test_a_value_right_after_the_asked_bound_is_no_other_action(answerer: Answerer) -> None:
    q = analyse(
        answerer.corpus,
        route_question("Trẻ mầm non ở Kim Sơn được hỗ trợ tối đa mấy tháng một năm học?"),
        None,
    )
    text = "Thời gian hỗ trợ tính theo số tháng học thực tế nhưng không quá 09 tháng/năm học."
    assert not other_action(q, text, text.index("09"))
    # another act said right before the value is still another act
    other = "Thời gian hỗ trợ tính theo số tháng học thực tế nhưng cắt giảm 09 tháng/năm học."
    assert other_action(q, other, other.index("09"))


def test_the_bound_is_answered(answerer: Answerer) -> None:
    result = answerer.ask("Trẻ mầm non ở Kim Sơn được hỗ trợ tối đa mấy tháng một năm học?")
    assert result.found, result
    assert "09 tháng" in (result.answer or ""), result.answer
    assert_quotes_verbatim(answerer, result)
