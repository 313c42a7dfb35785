"""Two cases asked a value each, placed or owned by words written after the second one
("khối 1 và khối 5 của Trường X lần lượt"): those words place both cases, each value is read
from the rows of that place; "tương ứng" and "mỗi trường bao nhiêu" ask a value of each case as
"lần lượt" does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.pipeline import _two_cases
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

RESOLUTION = """HỘI ĐỒNG NHÂN DÂN TỈNH LAM SƠN

Số: 12/2025/NQ-HĐND

Lam Sơn, ngày 05 tháng 11 năm 2025

NGHỊ QUYẾT

Quy định mức học phí các trường chất lượng cao tỉnh Lam Sơn

Điều 1. Mức học phí (đồng/học sinh/tháng) quy định tại Phụ lục kèm theo.

PHỤ LỤC

|
**STT**
|
**Tên trường**
|
**Mức thu**
|
|
**1**
|
**Trường Tiểu học Hòa Bình**
|
** **
|
|
1.1
|
Khối 1
|
4.650.000
|
|
1.2
|
Khối 2
|
4.650.000
|
|
1.3
|
Khối 3
|
4.400.000
|
|
**2**
|
**Trường Tiểu học Đông Sơn**
|
** **
|
|
2.1
|
Khối 1
|
5.500.000
|
|
2.2
|
Khối 2
|
5.300.000
|
|
2.3
|
Khối 3
|
5.000.000
|
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("qualified-cases")
    opened = answerer_over(root, {"nghi-quyet-12.md": RESOLUTION}, lexical_only=True)
    yield opened
    opened.close()


def test_words_after_the_second_case_place_both() -> None:
    cases = _two_cases("Học phí khối 1 và khối 3 của Trường Tiểu học Đông Sơn lần lượt bao nhiêu?")
    assert cases is not None
    assert cases.names == ("khối 1", "khối 3")
    assert all("Trường Tiểu học Đông Sơn" in asked for asked in cases.questions)
    # a first case placed by its own words keeps them, the second its own
    own = _two_cases("Học phí khối 1 của trường A và khối 3 của trường B lần lượt bao nhiêu?")
    assert own is not None
    assert own.names[1] == "khối 3 của trường B"


def test_each_asked_by_respective_words() -> None:
    respective = _two_cases("Học phí khối 1 và khối 2 trường Đông Sơn tương ứng là bao nhiêu?")
    assert respective is not None
    assert respective.names == ("khối 1", "khối 2 trường Đông Sơn")
    each = _two_cases(
        "Học phí khối 1 của Trường Tiểu học Hòa Bình và Trường Tiểu học Đông Sơn mỗi trường"
        " bao nhiêu?"
    )
    assert each is not None
    assert each.names == ("Trường Tiểu học Hòa Bình", "Trường Tiểu học Đông Sơn")
    assert all("mỗi" not in asked for asked in each.questions)


def test_values_read_under_the_place_of_both(answerer: Answerer) -> None:
    result = answerer.ask(
        "Học phí khối 1 và khối 3 của Trường Tiểu học Đông Sơn lần lượt là bao nhiêu?"
    )
    assert "5.500.000" in result.answer and "5.000.000" in result.answer
    assert "4.650.000" not in result.answer
    assert_quotes_verbatim(answerer, result)
