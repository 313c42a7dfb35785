"""A value under the label of a sibling case of the one asked: a word pair of the question's
case followed there by another qualifier ("rừng phòng hộ" for "rừng sản xuất") or with one
set inside it ("hoàn thành xuất sắc nhiệm vụ" for "hoàn thành nhiệm vụ")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import names_sibling_case
from qa_service.answer.pipeline import analyse
from qa_service.routing import fold, route_question
from tests.qa_service.small_index import answerer_over

RULES = """ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM

Số: 81/2025/QĐ-UBND

Thử Nghiệm, ngày 03 tháng 12 năm 2025

QUYẾT ĐỊNH

Quy định mức khoán bảo vệ rừng và tiêu chí xếp loại viên chức kiểm lâm

Điều 1. Mức khoán bảo vệ rừng

a) Mức khoán bảo vệ rừng phòng hộ: 1.200.000 đồng/ha/năm.

b) Mức khoán bảo vệ rừng đặc dụng: 1.100.000 đồng/ha/năm.

Điều 2. Tiêu chí xếp loại viên chức kiểm lâm

1. Viên chức kiểm lâm được xếp loại ở mức hoàn thành xuất sắc nhiệm vụ:
Có tổng số điểm từ 90 điểm trở lên.

2. Viên chức kiểm lâm được xếp loại ở mức hoàn thành nhiệm vụ khi không đạt
tiêu chí tại khoản 1 và đạt tiêu chí sau: Có tổng số điểm từ 50 điểm trở lên.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("sibling-case-labels")
    opened = answerer_over(root, {"quyet-dinh-81.md": RULES}, lexical_only=True)
    yield opened
    opened.close()


def _names_sibling(answerer: Answerer, question: str, text: str, value: str) -> bool:
    q = analyse(answerer.corpus, route_question(question), None)
    folded = fold(text)
    return names_sibling_case(q, folded, folded.index(value), fold(RULES))


def test_a_label_of_another_qualifier_names_a_sibling(answerer: Answerer) -> None:
    question = "Mức khoán bảo vệ rừng sản xuất là bao nhiêu đồng/ha/năm?"
    assert _names_sibling(
        answerer, question, "a) Mức khoán bảo vệ rừng phòng hộ: 1.200.000 đồng/ha/năm.", "1.200"
    )
    assert not _names_sibling(
        answerer, question, "c) Mức khoán bảo vệ rừng sản xuất: 600.000 đồng/ha/năm.", "600"
    )


def test_a_qualifier_set_inside_the_asked_words_names_a_sibling(answerer: Answerer) -> None:
    question = "Viên chức cần bao nhiêu điểm để xếp loại hoàn thành nhiệm vụ?"
    assert _names_sibling(
        answerer, question, "mức hoàn thành xuất sắc nhiệm vụ: Có tổng số điểm từ 90 điểm", "90"
    )
    assert not _names_sibling(
        answerer, question, "mức hoàn thành nhiệm vụ: Có tổng số điểm từ 50 điểm", "50"
    )


def test_a_running_sentence_is_no_label(answerer: Answerer) -> None:
    # a sentence's words paraphrase the question's ("người sử dụng đất" for "người dân")
    assert not _names_sibling(
        answerer,
        "Trả kết quả đo đạc cho người dân trong bao lâu?",
        "cung cấp kết quả đo đạc cho người sử dụng đất không quá 15 ngày",
        "15 ngay",
    )


def test_the_item_of_the_case_asked_answers(answerer: Answerer) -> None:
    result = answerer.ask("viên chức kiểm lâm xếp loại hoàn thành nhiệm vụ cần bao nhiêu điểm")
    assert result.found, result
    assert "50 điểm" in (result.answer or ""), result.answer
