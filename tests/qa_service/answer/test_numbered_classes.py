"""A numbered class a question names ("khoáng sản nhóm IV", "viên chức hạng II", "đường cấp
III") is the one the answer must be about: a unit stating the rule of another class of that kind
does not answer, a unit naming several classes answers each of them, and a question of several
classes is answered by a unit of one of them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import _parts
from tests.qa_service.small_index import answerer_over

PROCEDURE = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 88/QĐ-UBND

Thử Nghiệm, ngày 12 tháng 5 năm 2025

QUYẾT ĐỊNH

Công bố thủ tục công nhận kết quả thăm dò khoáng sản

Điều 1. Thời hạn giải quyết

1. Thời hạn thẩm định, công nhận kết quả thăm dò khoáng sản đối với khoáng sản nhóm I, nhóm II \
có quy mô nhỏ lẻ tối đa là 60 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.

2. Thời hạn thẩm định, công nhận kết quả thăm dò khoáng sản đối với khoáng sản nhóm III tối đa \
là 45 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("classes")
    answerer = answerer_over(root, {"khoang-san.md": PROCEDURE}, lexical_only=True)
    yield answerer
    answerer.close()


@pytest.mark.parametrize(
    ("folded", "parts"),
    [
        ("khoang san nhom iv", {("nhom", 4)}),
        ("nhom i, ii va iii", {("nhom", 1), ("nhom", 2), ("nhom", 3)}),
        ("vien chuc hang i den iii", {("hang", 1), ("hang", 2), ("hang", 3)}),
        ("du an 8 va tieu du an 1", {("du an", 8), ("tieu du an", 1)}),
        ("duong cap iv", {("cap", 4)}),
        # copies counted, a year, a code of goods: no class
        ("cap 01 ban sao", set()),
        ("giai doan 2026-2030", set()),
        ("nhom 95.04", set()),
    ],
)
def test_the_classes_a_text_names(folded: str, parts: set[tuple[str, int]]) -> None:
    assert _parts(folded) == parts


def test_the_limit_of_the_class_asked(answerer: Answerer) -> None:
    result = answerer.ask("Thời hạn công nhận kết quả thăm dò khoáng sản nhóm III là bao lâu?")
    assert result.found and result.answer is not None
    assert "45 ngày" in result.answer


def test_a_class_the_document_sets_no_limit_for_is_not_answered(answerer: Answerer) -> None:
    result = answerer.ask("Thời hạn công nhận kết quả thăm dò khoáng sản nhóm IV là bao lâu?")
    assert not result.found
