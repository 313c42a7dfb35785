"""List items whose case is written in their lead-in: the numbered item above them ("2. Tổ
thẩm định" above "a) Mức 900.000 đồng ... đối với Tổ trưởng"), or the article above a sibling
article of the negated case ("Điều 3. ... không giữ chức vụ lãnh đạo" and "Điều 4. ... giữ
chức vụ lãnh đạo")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from indexer.units import Unit
from qa_service.answer import Answerer
from qa_service.answer.evidence import lead_in_share, section_denies_question
from qa_service.answer.pipeline import analyse
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

RATES = """ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM

Số: 77/2025/QĐ-UBND

Thử Nghiệm, ngày 02 tháng 12 năm 2025

QUYẾT ĐỊNH

Quy định mức chi cho hội thi sáng tạo kỹ thuật và tiêu chí xếp loại nhân viên

Điều 1. Mức chi cho Tổ thư ký, Tổ thẩm định hội thi sáng tạo kỹ thuật của tỉnh

1. Tổ thư ký (không quá 05 người)

a) Mức 250.000 đồng/người/buổi áp dụng đối với Tổ trưởng.

b) Mức 200.000 đồng/người/buổi áp dụng đối với Tổ viên.

2. Tổ thẩm định (không quá 09 người)

a) Mức 900.000 đồng/người/buổi áp dụng đối với Tổ trưởng.

b) Mức 700.000 đồng/người/buổi áp dụng đối với Tổ viên.

Điều 2. Mức chi hỗ trợ khác

Hội thi cấp huyện được chi bằng 60% mức chi của hội thi cấp tỉnh.

Điều 3. Tiêu chí xếp loại nhân viên không giữ chức vụ quản lý

1. Đạt yêu cầu

Xếp loại đạt yêu cầu khi có tổng số điểm từ 60 điểm trở lên.

Điều 4. Tiêu chí xếp loại nhân viên giữ chức vụ quản lý

1. Đạt yêu cầu

Đạt tất cả các tiêu chí sau đây thì xếp loại đạt yêu cầu:

a) Có tổng số điểm từ 70 điểm đến 85 điểm.

b) Đơn vị phụ trách hoàn thành kế hoạch năm.
"""


def _units(answerer: Answerer) -> list[Unit]:
    units = answerer.corpus.units
    return [units[i] for i in range(len(units))]


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("list-item-cases")
    opened = answerer_over(root, {"quyet-dinh-77.md": RATES}, lexical_only=True)
    yield opened
    opened.close()


def test_the_item_under_the_lead_in_the_question_names(answerer: Answerer) -> None:
    # both lists hold a "Tổ trưởng" item; the lead-in "2. Tổ thẩm định" says whose it is
    result = answerer.ask(
        "Tổ trưởng Tổ thẩm định hội thi sáng tạo kỹ thuật của tỉnh được chi bao nhiêu mỗi buổi?"
    )
    assert result.found, result
    assert "900.000" in (result.answer or ""), result.answer


def test_the_lead_in_words_count_for_the_item_only_under_it(answerer: Answerer) -> None:
    corpus = answerer.corpus
    q = analyse(corpus, route_question("Tổ viên Tổ thẩm định được chi bao nhiêu một buổi?"), None)
    by_text = {u.text: u for u in _units(answerer) if u.text.startswith("b) Mức")}
    under_named = by_text["b) Mức 700.000 đồng/người/buổi áp dụng đối với Tổ viên."]
    under_other = by_text["b) Mức 200.000 đồng/người/buổi áp dụng đối với Tổ viên."]
    assert lead_in_share(corpus, q, under_named) > 0 == lead_in_share(corpus, q, under_other)


def test_the_sibling_article_of_the_case_asked(answerer: Answerer) -> None:
    # "giữ chức vụ quản lý" is written in both articles' titles; one negates it
    result = answerer.ask(
        "Nhân viên giữ chức vụ quản lý được xếp loại đạt yêu cầu khi có tổng số điểm bao nhiêu?"
    )
    assert result.found, result
    assert "70 điểm" in (result.answer or ""), result.answer


def test_a_section_of_the_negated_case_denies_the_question(answerer: Answerer) -> None:
    corpus = answerer.corpus
    not_holding = next(u for u in _units(answerer) if u.text.startswith("Xếp loại đạt yêu cầu khi"))
    holding = next(u for u in _units(answerer) if u.text.startswith("a) Có tổng số điểm"))
    asks_holders = analyse(
        corpus, route_question("nhân viên giữ chức vụ quản lý cần mấy điểm?"), None
    )
    asks_others = analyse(
        corpus, route_question("nhân viên không giữ chức vụ quản lý cần mấy điểm?"), None
    )
    assert section_denies_question(asks_holders, not_holding)
    assert not section_denies_question(asks_holders, holding)
    assert section_denies_question(asks_others, holding)
    assert not section_denies_question(asks_others, not_holding)
