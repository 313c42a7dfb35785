"""Tasks set out by body, read by the headings that name each body: the time limit of a task
the question gives a body is the one under that body's heading, not that of the same task of
another body that reports to it. A step row that lost its empty last cells still has its body
under "Đơn vị/ người thực hiện". A code asked by "mã số bao nhiêu" is no sum of money, whatever
sum names the procedure."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.agency import body_column
from qa_service.answer.evidence import task_of_another_body
from qa_service.answer.extractors import _units_before
from qa_service.answer.question import analyse
from qa_service.answer.verify import (
    asks_money,
)
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

PLAN = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 77/QĐ-UBND

Thử Nghiệm, ngày 20 tháng 11 năm 2025

KẾ HOẠCH

Tổng kiểm kê tài sản công của tỉnh Thử Nghiệm

IV. NHIỆM VỤ CỤ THỂ

1. Nhiệm vụ của thành viên Ban Chỉ đạo

*1.2. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo*

- Làm đầu mối tập huấn, hướng dẫn thực hiện tổng kiểm kê cho các cơ quan, đơn vị.

Thời gian thực hiện: Tháng 11 - 12/2025.

- Tổng
hợp kết quả kiểm kê, báo cáo kết quả kiểm kê gửi Bộ Tài chính. Thời gian hoàn
thành: Trước ngày 31/5/2026.

*1.4. Ủy ban nhân dân các phường, xã, đặc khu*

- Thành lập Ban Chỉ đạo tổng kiểm kê tài sản cấp xã. Thời gian hoàn thành: Trước ngày
15/11/2025.

- Tổng hợp kết quả kiểm kê, báo cáo kết quả kiểm kê theo từng loại tài sản theo đúng
hướng dẫn của Bộ Tài chính; báo cáo kết quả bằng văn bản gửi về Sở Tài chính. Thời gian
hoàn thành: Trước ngày 15/4/2026.

*1.5. Đài Phát thanh và Truyền hình tỉnh*

- Xây dựng chuyên mục tuyên truyền về tổng kiểm kê tài sản công. Thời gian hoàn thành: Trước
ngày 20/12/2025.
"""

STEPS = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 88/QĐ-UBND

Thử Nghiệm, ngày 21 tháng 11 năm 2025

QUYẾT ĐỊNH

Phê duyệt quy trình nội bộ giải quyết thủ tục trợ cấp mai táng thuộc thẩm quyền của Chủ \
tịch Ủy ban nhân dân tỉnh Thử Nghiệm

QUY TRÌNH NỘI BỘ

|
**TT**
|
**Đơn vị/ người thực hiện**
|
**Nội dung công việc**
|
**Thời gian thực hiện**
|
**Mức độ Dịch vụ công**
|
|
Bước 1
|
Công chức tại Trung tâm Phục vụ hành chính công tỉnh
|
Kiểm tra, tiếp nhận hồ sơ trợ cấp mai táng.
|
04 giờ làm việc
|
Toàn trình
|
|
Bước 2
|
Lãnh đạo Phòng Chính sách xã hội
|
Phân công công chức xử lý hồ sơ trợ cấp mai táng.
|
04 giờ làm việc
|
|
Bước 3
|
Công chức Phòng Chính sách xã hội
|
Thẩm định hồ sơ, dự thảo kết quả giải quyết.
|
16 giờ làm việc
|
"""

LISTING = """BỘ THỬ NGHIỆM

Số: 99/QĐ-BTN

Hà Nội, ngày 19 tháng 11 năm 2025

QUYẾT ĐỊNH

Công bố thủ tục hành chính lĩnh vực kiểm định thuộc phạm vi quản lý của Bộ Thử Nghiệm

**THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA
ĐỔI, BỔ SUNG LĨNH VỰC KIỂM ĐỊNH**
*(Ban hành kèm theo Quyết định số 99/QĐ-BTN ngày 19 tháng 11 năm 2025)*
**2. Danh mục thủ tục hành
chính được sửa đổi**
**Thủ tục hành chính cấp tỉnh**
|
**TT**
|
**Mã TTHC**
|
**Tên thủ tục hành chính**
|
**Lĩnh vực**
|
**Cơ quan thực hiện**
|
|
1
|
1.099001
|
Cấp chứng chỉ kiểm định viên thiết bị nâng
|
Kiểm định
|
Cơ quan chuyên môn về lao động thuộc Ủy ban nhân dân cấp tỉnh
|
|
2
|
1.099002
|
Thu hồi chứng chỉ kiểm định viên thiết bị nâng
|
Kiểm định
|
Cơ quan chuyên môn về lao động thuộc Ủy ban nhân dân cấp tỉnh
|
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("tasks-by-body")
    answerer = answerer_over(
        root,
        {
            "ke-hoach-kiem-ke.md": PLAN,
            "quy-trinh-mai-tang.md": STEPS,
            "danh-muc-kiem-dinh.md": LISTING,
        },
        lexical_only=True,
    )
    yield answerer
    answerer.close()


def test_task_under_the_named_bodys_heading_ranks_first(answerer: Answerer) -> None:
    # the item under "Ủy ban nhân dân các phường, xã" names "Sở Tài chính" (as the body it
    # reports to) and "Bộ Tài chính" too, and covers more of the question's words
    trace = answerer.trace(
        "Sở Tài chính tỉnh Thử Nghiệm phải tổng hợp, gửi báo cáo kết quả tổng kiểm kê tài sản "
        "công lên Bộ Tài chính trước ngày nào?"
    )
    first = trace.candidates[0].unit
    assert first.text.endswith("gửi Bộ Tài chính.")
    assert first.heading_title.startswith("Sở Tài chính")


def test_task_of_the_body_asked_for_is_not_weighed_by_heading(answerer: Answerer) -> None:
    # "cơ quan nào ...": the body is asked for, none is given: the question's words decide
    trace = answerer.trace(
        "Cơ quan nào tổng hợp kết quả kiểm kê theo từng loại tài sản, báo cáo bằng văn bản gửi "
        "về Sở Tài chính?"
    )
    assert trace.candidates[0].unit.heading_title.startswith("Ủy ban nhân dân các phường")


def test_body_of_a_step_row_that_lost_its_empty_last_cell(answerer: Answerer) -> None:
    corpus = answerer.corpus
    rows = [
        corpus.units[i]
        for ids in corpus.doc_units.values()
        for i in ids
        if corpus.units[i].kind == "row" and corpus.units[i].text.startswith("Bước 2")
    ]
    assert len(rows) == 1 and len(rows[0].cells) == 4  # the header has 5
    row = rows[0]
    span = body_column(_units_before(corpus, row), row)
    assert span is not None
    assert row.text[span[0] : span[1]] == "Lãnh đạo Phòng Chính sách xã hội"


def test_body_column_under_a_header_that_ran_on_from_the_caption(answerer: Answerer) -> None:
    # the header's first cell is the annex caption and headings run on into "TT": its column
    # names stand over the row's cells from its second cell on
    result = answerer.ask(
        "Theo danh mục kèm QĐ 99/QĐ-BTN, cơ quan nào thực hiện thủ tục cấp chứng chỉ kiểm định "
        "viên thiết bị nâng?"
    )
    assert result.found
    assert "Cơ quan chuyên môn về lao động" in (result.answer or "")


@pytest.mark.parametrize(
    ("question", "money"),
    [
        ("Thủ tục khấu trừ kinh phí bồi thường, hỗ trợ, tái định cư có mã số bao nhiêu?", False),
        ("Thu tuc khau tru kinh phi boi thuong co ma TTHC la bao nhieu", False),
        # a sum is still asked when the code is not what "bao nhiêu" asks
        ("Phí thẩm định hồ sơ mã số 1.012994 là bao nhiêu?", True),
    ],
)
def test_code_asked_before_how_much(question: str, money: bool) -> None:
    route = route_question(question)
    assert asks_money(route.folded, route.question) is money


def test_task_of_another_bodys_heading_answers_nothing(answerer: Answerer) -> None:
    # the plan gives the provincial committee no such task: the items under "Ủy ban nhân dân
    # các phường, xã, đặc khu" are the communes' tasks, whatever words they share
    result = answerer.ask(
        "Kế hoạch tổng kiểm kê tỉnh Thử Nghiệm: UBND tỉnh phải tổng hợp kết quả kiểm kê theo "
        "từng loại tài sản, báo cáo bằng văn bản chậm nhất vào ngày nào?"
    )
    assert not result.found


def test_task_of_the_bodys_own_level_still_answers(answerer: Answerer) -> None:
    # "UBND xã" is the body of "Ủy ban nhân dân các phường, xã, đặc khu"
    result = answerer.ask(
        "Kế hoạch tổng kiểm kê tỉnh Thử Nghiệm: UBND xã phải tổng hợp kết quả kiểm kê theo "
        "từng loại tài sản, báo cáo bằng văn bản gửi về Sở Tài chính trước ngày nào?"
    )
    assert result.found
    assert "15/4/2026" in (result.answer or "")


@pytest.mark.parametrize(
    ("question", "other"),
    [
        # "Đài PTTH tỉnh" is "Đài Phát thanh và Truyền hình tỉnh" written by its initials
        ("Đài PTTH tỉnh Thử Nghiệm phải xây dựng chuyên mục tuyên truyền trước ngày nào?", None),
        ("Đài Tiếng nói Việt Nam phải xây dựng chuyên mục tuyên truyền trước ngày nào?", True),
        # a question naming no body of the heading's kind
        ("Chuyên mục tuyên truyền về tổng kiểm kê phải xây dựng xong trước ngày nào?", None),
    ],
)
def test_body_of_the_headings_kind_named_otherwise(
    answerer: Answerer, question: str, other: bool | None
) -> None:
    corpus = answerer.corpus
    q = analyse(corpus, route_question(question), None)
    unit = next(u for u in corpus.units if u.text.startswith("Xây dựng chuyên mục"))
    found = task_of_another_body(q, unit)
    assert (found is not None) is bool(other)
