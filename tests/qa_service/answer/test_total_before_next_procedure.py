"""A document of several procedure tables, each ending in a "Tổng thời gian giải quyết TTHC"
row whose value cell the conversion ran on into the next procedure's heading and table header
("**19 ngày** | Quy trình số: 03 3. Cấp lại ... | Các bước | ..."): the total asked of one
procedure is the one under its own heading, not the one of the procedure above, whose row
carries the asked procedure's name in its run-on cells; a step of the procedure named answers
the total asked by the row totalling its steps."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.evidence import row_before_heading
from qa_service.answer.extractors import _steps_total
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim


def _steps(first: str, second: str) -> str:
    """The step rows of one procedure table."""
    return f"""|
Bước 1
|
Kiểm tra, xem xét tính đầy đủ của hồ sơ, lập phiếu tiếp nhận.
|
Chuyên viên của Sở Nông nghiệp và Môi trường tại Trung tâm Phục vụ hành chính công tỉnh.
|
{first}
|
|
Bước 2
|
Thẩm định, xử lý hồ sơ, trình Lãnh đạo Sở phê duyệt.
|
Chuyên viên Phòng Quản lý môi trường
|
{second}
|
|
|
**Tổng thời gian giải quyết TTHC**
|
|
"""


_HEADER = """|
**Các bước**
|
**Nội dung công việc**
|
**Trách nhiệm thực hiện**
|
**Thời gian thực hiện (ngày làm việc)**
"""

PROCEDURES = (
    """|
**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
|
Số: 77/QĐ-UBND
|
*Thử Nghiệm, ngày 18 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
VỀ VIỆC PHÊ DUYỆT QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC TÀI NGUYÊN
**Điều 1.** Phê duyệt kèm theo Quyết định này 03 quy trình nội bộ.
**PHỤ LỤC**
QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH
**I. LĨNH
VỰC TÀI NGUYÊN: 03 QUY TRÌNH.**
**Quy
trình số: 01**
**1. Cấp phép khai thác cát sỏi lòng sông trong địa giới hành chính của tỉnh.**
"""
    + _HEADER
    + _steps("0,5 ngày", "11,5 ngày")
    + """**12 ngày**
|
**Quy
trình số: 02**
**2. Gia hạn giấy phép trồng rừng phòng hộ ven biển của tỉnh.**
"""
    + _HEADER
    + _steps("1 ngày", "18 ngày")
    + """**19 ngày**
|
**Quy
trình số: 03**
**3. Cấp lại giấy chứng nhận cơ sở nuôi ong mật của tỉnh.**
"""
    + _HEADER
    + _steps("0,5 ngày", "4,5 ngày")
    + """**5 ngày**
|
"""
)


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("total-before-next")
    opened = answerer_over(root, {"qd-77.md": PROCEDURES}, lexical_only=True)
    yield opened
    opened.close()


def test_the_asked_procedures_total_row_comes_first(answerer: Answerer) -> None:
    result = answerer.ask(
        "Tổng thời gian giải quyết TTHC gia hạn giấy phép trồng rừng phòng hộ ven biển của "
        "tỉnh Thử Nghiệm là bao lâu?"
    )
    assert result.sources, result
    # the row of the asked procedure's total, not the one above that runs on into its heading
    assert result.sources[0].quote.startswith("19 ngày"), result.sources[0]


def test_a_run_on_total_row_reads_as_its_label_and_value(answerer: Answerer) -> None:
    corpus = answerer.corpus
    rows = [corpus.units[i] for i in next(iter(corpus.doc_units.values()))]
    run_on = next(u for u in rows if u.kind == "row" and u.text.startswith("12 ngày"))
    own = row_before_heading(corpus, run_on)
    assert own is not None
    assert own.text == "Tổng thời gian giải quyết TTHC | 12 ngày"
    assert not {"gia", "han", "rung"} & own.terms  # the next procedure's name is not its own


def _procedure(number: str, name: str, steps: list[tuple[str, str]], total: str) -> str:
    """A procedure table as the Bắc Ninh conversions write one: its name in the first row,
    its steps, then the row totalling them."""
    rows = "".join(
        f"""|
**Bước {k}**
|
{work}
|
Chuyên viên xử lý hồ sơ
|
{days}
|
Hồ sơ được xử lý
|
"""
        for k, (work, days) in enumerate(steps, start=1)
    )
    return f"""|
**{number}. Thủ
tục {name}
– Mã TTHC: 1.00965{number}.H05**
|
**Thứ tự công việc**
|
**Nội dung công việc cụ thể**
|
**Đơn vị/ Người thực hiện**
|
**Thời gian thực hiện**
|
**Sản phẩm**
{rows}|
**Tổng thời gian giải quyết TTHC**
|
**{total}**
|
|
"""


INTERNAL = (
    """|
**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
|
Số: 1582/QĐ-UBND
|
**QUYẾT ĐỊNH**
VỀ VIỆC PHÊ DUYỆT QUY TRÌNH NỘI BỘ TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC ĐẦU TƯ
"""
    + _procedure(
        "1",
        "gia hạn thời hạn hoạt động của dự án đầu tư thuộc thẩm quyền của UBND cấp tỉnh",
        [
            ("Tiếp nhận hồ sơ, chuyển hồ sơ đến phòng chuyên môn.", "0,5 ngày"),
            ("Lãnh đạo Sở xem xét, ký duyệt Báo cáo thẩm định, trình UBND tỉnh.", "01 ngày"),
            ("UBND tỉnh xem xét, ban hành quyết định gia hạn.", "03 ngày"),
        ],
        "Không quá 17 ngày kể từ ngày nhận được hồ sơ hợp lệ.",
    )
    + _procedure(
        "2",
        "điều chỉnh dự án đầu tư thuộc thẩm quyền của UBND cấp tỉnh",
        [
            ("Tiếp nhận hồ sơ, chuyển hồ sơ đến phòng chuyên môn.", "0,5 ngày"),
            ("UBND tỉnh xem xét, ban hành quyết định điều chỉnh.", "05 ngày"),
        ],
        "Không quá 25 ngày kể từ ngày nhận được hồ sơ hợp lệ.",
    )
)


@pytest.fixture(scope="module")
def internal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("steps-total")
    opened = answerer_over(root, {"qd-1582.md": INTERNAL}, lexical_only=True)
    yield opened
    opened.close()


def test_the_total_time_of_a_procedure_is_the_row_under_its_steps(internal: Answerer) -> None:
    result = internal.ask(
        "Tỉnh Thử Nghiệm: theo quy trình nội bộ, tổng thời gian giải quyết thủ tục gia hạn thời "
        "hạn hoạt động của dự án đầu tư là bao nhiêu ngày?"
    )
    assert result.found, result
    assert "17 ngày" in result.answer, result.answer
    assert_quotes_verbatim(internal, result)


def test_the_row_totalling_the_steps_of_a_step_row(internal: Answerer) -> None:
    corpus = internal.corpus
    rows = [corpus.units[i] for i in next(iter(corpus.doc_units.values()))]
    rows = [u for u in rows if u.kind == "row"]
    step = next(u for u in rows if u.text.startswith("Bước 2 | Lãnh đạo Sở xem xét"))
    total = _steps_total(corpus, step)
    assert total is not None and "17 ngày" in total.text, total
    assert _steps_total(corpus, total) is None  # no step: nothing totals it
