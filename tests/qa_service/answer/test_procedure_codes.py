"""A procedure's code asked ("mã TTHC của thủ tục X") in a document of internal procedures,
each headed by its name and code ("2. Thủ tục X – Mã TTHC: 1.009646.H05"), the code now and
then on the line after its label: the code of the procedure the question names, not of one
whose name shares most of its words. A decision written here, indexed lexical-only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim


def _procedure(heading: str) -> str:
    """A procedure table as the Bắc Ninh conversions write one: the heading in its first row,
    then its header, two steps and the row totalling them."""
    return f"""**{heading}**
|
**Thứ tự công việc**
|
**Nội dung công việc cụ thể**
|
**Thời gian thực hiện**
|
|
**Bước 1**
|
Tiếp nhận hồ sơ, chuyển hồ sơ đến phòng chuyên môn.
|
0,5 ngày
|
|
**Bước 2**
|
Thẩm định hồ sơ, trình UBND tỉnh.
|
05 ngày
|
|
**Tổng thời gian giải quyết TTHC**
|
**Không quá 17 ngày kể từ ngày nhận được hồ sơ hợp lệ.**
|
"""


INTERNAL = (
    """|
**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
|
Số: 1590/QĐ-UBND
|
**QUYẾT ĐỊNH**
VỀ VIỆC PHÊ DUYỆT QUY TRÌNH NỘI BỘ TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC ĐẦU TƯ
|
"""
    + _procedure(
        "1. Thủ\ntục điều chỉnh dự án đầu tư thuộc thẩm quyền chấp thuận chủ trương đầu tư của\n"
        "UBND cấp tỉnh – Mã TTHC: 1.009646.H05"
    )
    + _procedure(
        "2. Thủ\ntục chấp thuận nhà đầu tư thuộc thẩm quyền của UBND cấp tỉnh – Mã TTHC:\n"
        "1.009642.H05"
    )
)


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("procedure-codes")
    opened = answerer_over(root, {"qd-1590.md": INTERNAL}, lexical_only=True)
    yield opened
    opened.close()


def test_the_code_on_the_line_after_the_named_procedures_label(answerer: Answerer) -> None:
    result = answerer.ask(
        "Mã TTHC của thủ tục chấp thuận nhà đầu tư thuộc thẩm quyền UBND cấp tỉnh trong quy "
        "trình nội bộ của tỉnh Thử Nghiệm là gì?"
    )
    assert result.found, result
    assert "1.009642.H05" in result.answer, result.answer
    assert_quotes_verbatim(answerer, result)


def test_the_code_written_with_the_named_procedure(answerer: Answerer) -> None:
    result = answerer.ask(
        "Mã TTHC của thủ tục điều chỉnh dự án đầu tư thuộc thẩm quyền chấp thuận chủ trương đầu "
        "tư của UBND tỉnh Thử Nghiệm là gì?"
    )
    assert result.found, result
    assert "1.009646.H05" in result.answer, result.answer
