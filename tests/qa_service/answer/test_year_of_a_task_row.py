"""A plan's table of tasks states each task's year alone, in the cell under its time column
("| 3 | Xây dựng kế hoạch ... | Sở Khoa học và Công nghệ | Các sở, ban, ngành | 2026 | Kế
hoạch |"): asked in which year a task is done, that cell answers (no "năm 2026" is written)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import _year_column_cell
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

PLAN = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
Số: 179/KH-UBND
*Thử Nghiệm, ngày 20 tháng 11 năm 2025*
**KẾ HOẠCH**
Phát triển kinh tế số, xã hội số tỉnh Thử Nghiệm

**PHỤ LỤC NHIỆM VỤ**

|
**STT**
|
**Nội dung**
|
**Đơn vị thực hiện**
|
**Đơn vị phối hợp**
|
**Thời gian thực
hiện**
|
**Sản phẩm đầu ra**
|
|
**I**
|
**Phát triển nền tảng số**
|
|
1
|
Xây dựng và tổ chức triển khai kế hoạch thúc đẩy
sử dụng nền tảng số quốc gia trên địa bàn tỉnh
|
Sở Khoa học và Công nghệ
|
Các sở, ban, ngành; UBND các phường, xã
|
2026
|
Kế hoạch
|
|
2
|
Triển khai Khu công nghệ số tập trung và Khu đổi mới sáng tạo
|
Sở Khoa học và Công nghệ
|
UBND các phường, xã có liên quan
|
2026 - 2030
|
Dự án được triển khai
|
|
**II**
|
**Phát triển dữ liệu số**
|
|
1
|
Xây dựng Kế hoạch triển khai Chiến lược dữ liệu
quốc gia trên địa bàn tỉnh
|
Công an tỉnh
|
Các sở, ban, ngành; UBND các phường, xã
|
2025
|
Kế hoạch
|
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("year-of-a-task-row")
    opened = answerer_over(root, {"kh-179.md": PLAN}, lexical_only=True)
    yield opened
    opened.close()


def test_the_year_cell_of_the_task_asked(answerer: Answerer) -> None:
    result = answerer.ask(
        "Nhiệm vụ xây dựng kế hoạch thúc đẩy sử dụng nền tảng số quốc gia trên địa bàn tỉnh "
        "phải thực hiện trong năm nào?"
    )
    assert result.found, result
    assert result.answer == "2026"
    assert_quotes_verbatim(answerer, result)


def test_only_a_year_under_the_time_column(answerer: Answerer) -> None:
    rows = [u for u in answerer.corpus.units if u.kind == "row"]
    platform = next(u for u in rows if "nền tảng số quốc gia" in u.text)
    found = _year_column_cell(answerer.corpus, platform)
    assert found is not None and found[0] == "2026"
    # a span of years is the cell's whole
    spanned = next(u for u in rows if "Khu công nghệ số" in u.text)
    spanned_year = _year_column_cell(answerer.corpus, spanned)
    assert spanned_year is not None and spanned_year[0] == "2026 - 2030"
    # a text unit has no cells
    text = next(u for u in answerer.corpus.units if u.kind == "text")
    assert _year_column_cell(answerer.corpus, text) is None
