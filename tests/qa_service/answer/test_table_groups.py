"""A table row's group: a numbered row with no value over the rows numbered under it
("2 | Trường Mầm non Bình Minh" over "2.1 | Nhà trẻ | 3.900.000") names what their values
are of; rows sharing a label under several groups are told apart by it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.evidence import row_group
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

_FEES = """|
**HỘI ĐỒNG NHÂN DÂN TỈNH AN HÒA**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 71/2025/NQ-HĐND
|
*An Hòa, ngày 10 tháng 12 năm 2025*
|

**NGHỊ QUYẾT**
QUY ĐỊNH MỨC HỌC PHÍ ĐỐI VỚI CƠ SỞ GIÁO DỤC CÔNG LẬP CHẤT LƯỢNG CAO TỈNH AN HÒA

**Điều 1.** Quy định mức học phí năm học 2025-2026 đối với cơ sở giáo dục công lập chất
lượng cao tại Phụ lục kèm theo Nghị quyết này.

**Điều 2.** Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026.

**PHỤ LỤC**
MỨC HỌC PHÍ NĂM HỌC 2025-2026
*Đơn vị: Đồng/học sinh/tháng*
|
**STT**
|
**Tên đơn vị**
|
**Mức học phí năm
học 2025-2026**
|
|
**I**
|
**CƠ SỞ GIÁO DỤC CÔNG LẬP CHẤT LƯỢNG CAO**
|
** **
|
|
**1**
|
**Trường Mầm non Hoa Mai**
|
** **
|
|
1.1
|
Nhà trẻ (từ 12 tháng đến dưới 24 tháng tuổi)
|
5.200.000
|
|
1.2
|
Mẫu giáo
|
4.400.000
|
|
**2**
|
**Trường Mầm non Bình Minh**
|
** **
|
|
2.1
|
Nhà trẻ
|
3.900.000
|
|
2.2
|
Mẫu giáo
|
3.600.000
|
|
**3**
|
**Trường Tiểu học Thanh Bình**
|
** **
|
|
3.1
|
Khối 1
|
5.600.000
|
|
3.2
|
Khối 2
|
5.400.000
|
|
3.3
|
Khối 3
|
5.300.000
|
|
**4**
|
**Trường Tiểu học Đồng Tâm**
|
** **
|
|
4.1
|
Khối 1
|
4.700.000
|
|
4.2
|
Khối 2
|
4.600.000
|
|
4.3
|
Khối 3
|
4.500.000
|
"""

DOCUMENTS = {"hoc-phi-an-hoa.md": _FEES}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("table-groups")
    opened = answerer_over(root, DOCUMENTS, lexical_only=True)
    yield opened
    opened.close()


def _row(answerer: Answerer, number: str) -> object:
    return next(
        u for u in answerer.corpus.units if u.kind == "row" and u.cells and u.cells[0] == number
    )


def test_a_numbered_row_is_the_group_of_the_rows_numbered_under_it(answerer: Answerer) -> None:
    corpus = answerer.corpus
    group = row_group(corpus, _row(answerer, "2.1"))
    assert group is not None and "Bình Minh" in group.text
    group = row_group(corpus, _row(answerer, "1.2"))
    assert group is not None and "Hoa Mai" in group.text
    # a group row of its own is under the part above it, a row of a value under none
    part = row_group(corpus, _row(answerer, "1"))
    assert part is not None and "CHẤT LƯỢNG CAO" in part.text
    assert row_group(corpus, _row(answerer, "I")) is None


@pytest.mark.parametrize(
    ("question", "expected", "not_expected"),
    [
        ("học phí nhà trẻ trường mầm non Hoa Mai là bao nhiêu", "5.200.000", "3.900.000"),
        ("hoc phi mau giao truong mam non Binh Minh", "3.600.000", "4.400.000"),
    ],
)
def test_a_row_sharing_its_label_is_the_one_of_the_group_asked(
    answerer: Answerer, question: str, expected: str, not_expected: str
) -> None:
    result = answerer.ask(question)
    assert result.found
    assert expected in (result.answer or "")
    assert not_expected not in (result.answer or "")
    assert_quotes_verbatim(answerer, result)


def test_two_cases_of_one_group_named_once(answerer: Answerer) -> None:
    result = answerer.ask("hoc phi khoi 2 truong tieu hoc Dong Tam so voi khoi 3 la bao nhieu")
    assert result.found
    assert "4.600.000" in (result.answer or "")
    assert "4.500.000" in (result.answer or "")
    assert "5.300.000" not in (result.answer or "")
    assert_quotes_verbatim(answerer, result)
