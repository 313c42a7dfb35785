"""A decision publishing procedures twice: a summary table (name, time limit, the place a
dossier is lodged, fees, legal grounds) and, for each procedure under its own heading, a table
of numbered fields ("2.7 | Cơ quan thực hiện: Sở X"). "Do cơ quan nào thực hiện" is answered
by the field of the procedure asked, not by the summary row that names the procedure (its
lodging place, its time limit) nor by a field cell below another field cell read as the header
of a column."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace
from typing import cast

import pytest

from indexer.units import Unit
from qa_service.answer import Answerer
from qa_service.answer.agency import body_column, body_header_row
from tests.qa_service.small_index import answerer_over


def _fields(name: str, result: str) -> str:
    return f"""**{name}**
|
**2.1**
|
**Điều kiện thực hiện TTHC:** Không quy định.
|
|
**2.5**
|
**Thời hạn giải quyết:** 05 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ.
|
|
**2.6**
|
**Địa điểm tiếp nhận hồ sơ và trả kết quả giải quyết TTHC:**
- Trung tâm Phục vụ hành chính công tỉnh Thử Nghiệm (số 9, đường Lê Lợi).
|
|
**2.7**
|
**Cơ quan thực hiện: **Sở Công Thương.
|
|
**2.8**
|
**Đối tượng thực hiện TTHC:** Thương nhân.
|
|
**2.9**
|
**Kết quả giải quyết TTHC:** {result}
|
"""


PROCEDURES = (
    """|
**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
|
Số: 77/QĐ-UBND
|
*Thử Nghiệm, ngày 21 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
VỀ VIỆC PHÊ DUYỆT QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC XÚC TIẾN THƯƠNG MẠI
**PHẦN I. DANH MỤC THỦ TỤC HÀNH CHÍNH**
|
**TT**
|
**Mã TTHC**
|
**Tên thủ tục hành chính**
|
**Thời hạn giải quyết**
|
**Địa điểm thực hiện**
|
**Phí, lệ phí**
|
|
1
|
2.000111
|
Thủ tục đăng ký tổ chức hội chợ, triển lãm thương mại tại tỉnh
|
05 ngày làm việc kể từ khi nhận được hồ sơ đầy đủ
|
- Trung tâm Phục vụ hành chính công tỉnh Thử Nghiệm (số 9, đường Lê Lợi);
- Dịch vụ bưu chính công ích
|
Không quy định
|
|
2
|
2.000112
|
Thủ tục đăng ký sửa đổi, bổ sung nội dung tổ chức hội chợ, triển lãm thương mại
|
05 ngày làm việc kể từ khi nhận được hồ sơ đầy đủ
|
Như trên
|
Không quy định
|
**PHẦN II. NỘI DUNG QUY TRÌNH NỘI BỘ THỦ TỤC HÀNH CHÍNH**
"""
    + _fields(
        "1. Thủ tục đăng ký tổ chức hội chợ, triển lãm thương mại tại tỉnh",
        "Văn bản xác nhận đăng ký tổ chức hội chợ, triển lãm thương mại.",
    )
    + _fields(
        "2. Thủ tục đăng ký sửa đổi, bổ sung nội dung tổ chức hội chợ, triển lãm thương mại",
        "Văn bản xác nhận đăng ký sửa đổi, bổ sung nội dung tổ chức hội chợ, triển lãm.",
    )
)


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("procedure-fields")
    opened = answerer_over(root, {"qd-77.md": PROCEDURES}, lexical_only=True)
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "question",
    [
        "Ở tỉnh Thử Nghiệm, thủ tục đăng ký tổ chức hội chợ, triển lãm thương mại tại tỉnh do "
        "cơ quan nào thực hiện?",
        "TTHC dang ky sua doi, bo sung noi dung to chuc hoi cho, trien lam thuong mai o tinh Thu "
        "Nghiem do co quan nao thuc hien?",
    ],
)
def test_the_procedures_own_field_names_the_body(answerer: Answerer, question: str) -> None:
    result = answerer.ask(question)
    assert result.found, result
    assert result.answer.startswith("Sở Công Thương"), result.answer


def _row(*cells: str) -> Unit:
    # only its kind, cells and text are read of a row
    return cast(Unit, SimpleNamespace(kind="row", cells=cells, text=" | ".join(cells)))


def test_a_field_cell_is_no_column_header() -> None:
    field = _row("2.7", "**Cơ quan thực hiện: **Sở Công Thương.")
    header = _row("TT", "Tên thủ tục", "**Cơ quan thực hiện**")
    assert body_header_row([field]) is None
    assert body_header_row([header]) is header


def test_the_cell_below_a_field_is_no_body() -> None:
    field = _row("2.7", "**Cơ quan thực hiện: **Sở Công Thương.")
    result = _row("2.9", "Kết quả giải quyết TTHC: Văn bản xác nhận đăng ký.")
    assert body_column([field], result) is None
    header = _row("TT", "Tên thủ tục", "**Cơ quan thực hiện**")
    row = _row("1", "Thủ tục đăng ký hội chợ", "Sở Công Thương")
    span = body_column([header], row)
    assert span is not None and row.text[span[0] : span[1]] == "Sở Công Thương"
