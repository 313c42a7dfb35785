"""Counts of procedures by the act done to them: a count said again in words in brackets
("01 (một) thủ tục"), and a count of a lettered part of the appendix whose heading names
another act than the one asked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import (
    _part_of_other_act,
    _values,
    _values_of_other_list_act,
    past_restated_count,
    right_phrase_share,
    value_unit,
)
from qa_service.answer.question import Question, analyse
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

# A decision announcing procedures amended and repealed, counts in bold with their words in
# brackets, and an appendix in two lettered parts, each with a field heading counting its rows.
DECISION = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 91/QĐ-UBND

Thử Nghiệm, ngày 03 tháng 12 năm 2025

QUYẾT ĐỊNH

Công bố danh mục thủ tục hành chính lĩnh vực hộ tịch

**Điều 1. **Công bố kèm theo Quyết định này danh mục **09 (chín) **thủ tục hành chính được \
sửa đổi, bổ sung và **02 (hai) **thủ tục hành chính bị bãi bỏ trong lĩnh vực hộ tịch.

**Điều 2. **Quyết định có hiệu lực kể từ ngày ký.

**PHỤ LỤC**

**A. DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC
SỬA ĐỔI, BỔ SUNG**

|
**LĨNH VỰC: HỘ TỊCH (09 TTHC)**
|
|
1
|
Đăng ký khai sinh
|
|
2
|
Đăng ký kết hôn
|

**B. DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ
BÃI BỎ**

|
**LĨNH VỰC: HỘ TỊCH (02 TTHC)**
|
|
1
|
Cấp bản sao trích lục hộ tịch
|
"""

# The same announcement in another field, its appendix with the part of amended procedures
# only: the field heading's count there is all of that part.
AMENDED_ONLY = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 92/QĐ-UBND

Thử Nghiệm, ngày 04 tháng 12 năm 2025

QUYẾT ĐỊNH

Công bố danh mục thủ tục hành chính lĩnh vực công chứng

**Điều 1. **Công bố kèm theo Quyết định này danh mục **11 (mười một) **thủ tục hành chính \
được sửa đổi, bổ sung và **03 (ba) **thủ tục hành chính bị bãi bỏ trong lĩnh vực công chứng.

**Điều 2. **Quyết định có hiệu lực kể từ ngày ký.

**PHỤ LỤC**

**A. DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC
SỬA ĐỔI, BỔ SUNG**

|
**LĨNH VỰC: CÔNG CHỨNG (11 TTHC)**
|
|
1
|
Công chứng hợp đồng thế chấp
|
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("counts-by-act")
    opened = answerer_over(
        root, {"quyet-dinh-91.md": DECISION, "quyet-dinh-92.md": AMENDED_ONLY}, lexical_only=True
    )
    yield opened
    opened.close()


def _question(answerer: Answerer, text: str) -> Question:
    return analyse(answerer.corpus, route_question(text), None)


def test_the_noun_of_a_count_follows_its_words_in_brackets() -> None:
    text = "danh mục 09 (chín) thủ tục hành chính"
    end = text.index("09") + 2
    assert text[past_restated_count(text, end) :].lstrip().startswith("thủ tục")
    assert value_unit(text, end - 2, end) == "thu"
    # a bracket of other words is no count said again
    aside = "05 ngày (làm việc)"
    assert past_restated_count(aside, 2) == 2


def test_the_count_of_the_act_asked_answers(answerer: Answerer) -> None:
    question = "So thu tuc hanh chinh bi bai bo linh vuc ho tich theo QD 91 la bao nhieu?"
    q = _question(answerer, question)
    text = (
        "Công bố kèm theo Quyết định này danh mục 09 (chín) thủ tục hành chính được sửa đổi, "
        "bổ sung và 02 (hai) thủ tục hành chính bị bãi bỏ trong lĩnh vực hộ tịch."
    )
    values = _values(text)
    assert [raw for _a, _b, raw in values][:2] == ["09", "02"]
    assert _values_of_other_list_act(q, text, values) == {0}
    # what follows the bracket is what the count is said of
    assert right_phrase_share(q, text, values[1][1]) > right_phrase_share(q, text, values[0][1])
    result = answerer.ask(question)
    assert result.found, result
    assert "02" in result.answer and "09" not in result.answer


def test_a_field_count_under_a_part_of_another_act_is_not_the_one_asked(
    answerer: Answerer,
) -> None:
    corpus = answerer.corpus
    repealed = _question(answerer, "Có bao nhiêu TTHC hộ tịch bị bãi bỏ?")
    amended = _question(answerer, "Có bao nhiêu TTHC hộ tịch được sửa đổi, bổ sung?")
    plain = _question(answerer, "Lĩnh vực hộ tịch có bao nhiêu TTHC?")
    units = [corpus.units[i] for ids in corpus.doc_units.values() for i in ids]
    first = next(u for u in units if "(09 TTHC)" in u.text)
    second = next(u for u in units if "(02 TTHC)" in u.text)
    assert _part_of_other_act(corpus, repealed, first)
    assert not _part_of_other_act(corpus, repealed, second)
    assert _part_of_other_act(corpus, amended, second)
    assert not _part_of_other_act(corpus, amended, first)
    assert not _part_of_other_act(corpus, plain, first)  # no act asked: every part counts


def test_the_count_of_a_part_of_another_act_gives_way(answerer: Answerer) -> None:
    # "(11 TTHC)" counts the amended part: the repealed count is the one in Điều 1
    result = answerer.ask("Số thủ tục hành chính bị bãi bỏ trong lĩnh vực công chứng là bao nhiêu?")
    assert result.found, result
    assert "03" in result.answer and "11" not in result.answer
