"""A regulation sets a report's limit for each body: the bodies report to the Sở ("Thực hiện
báo cáo ... (trước ngày 20/12 hằng năm) ... về Sở Khoa học và Công nghệ để tổng hợp"), the
Sở reports to the province ("Báo cáo Ủy ban nhân dân tỉnh ... (trước ngày 25/12 hằng năm)",
under the article of the Sở's duties). Asked when the Sở reports, the limit is the Sở's own,
not that of the bodies reporting to it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import doer_receives
from qa_service.answer.question import analyse
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

RULES = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
Số: 45/2025/QĐ-UBND
*Thử Nghiệm, ngày 12 tháng 11 năm 2025*
**QUYẾT ĐỊNH**
Ban hành Quy chế quản lý, sử dụng Hệ thống thư điện tử công vụ tỉnh Thử Nghiệm
**Điều 10. Trách nhiệm của Sở Khoa học và Công nghệ**

1.
Tham mưu Ủy ban nhân dân tỉnh thực hiện công tác quản lý, vận hành Hệ thống thư điện tử
công vụ tỉnh Thử Nghiệm.

2.
Báo cáo Ủy ban nhân dân tỉnh định kỳ 06 tháng *(trước ngày 30/6 của năm), *năm
*(trước ngày 25/12 hằng năm) *hoặc đột xuất theo yêu cầu về hoạt động và tình hình sử
dụng Hệ thống thư điện tử tỉnh Thử Nghiệm.

**Điều 11. Trách nhiệm của các cơ quan, đơn vị**

1.
Quản lý, sử dụng hộp thư điện tử công vụ của cơ quan, đơn vị theo đúng quy định.

2.
Thực hiện báo cáo định kỳ 06 tháng *(trước ngày 20/6 của năm), *năm *(trước
ngày 20/12 hằng năm), *đột xuất tình hình quản lý và sử dụng Hệ thống thư điện
tử công vụ theo yêu cầu về Sở Khoa học và Công nghệ để tổng hợp, báo cáo Ủy ban
nhân dân tỉnh.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("limit-of-the-receiver")
    opened = answerer_over(root, {"qd-45.md": RULES}, lexical_only=True)
    yield opened
    opened.close()


def test_the_limit_of_the_body_asked_not_of_those_reporting_to_it(answerer: Answerer) -> None:
    result = answerer.ask(
        "Sở Khoa học và Công nghệ báo cáo UBND tỉnh Thử Nghiệm về hệ thống thư điện tử hằng "
        "năm trước ngày nào?"
    )
    assert result.found, result
    assert "25/12" in result.answer
    assert "20/12" not in result.answer


def test_the_body_lodged_with_is_no_doer(answerer: Answerer) -> None:
    q = analyse(
        answerer.corpus,
        route_question("Sở Khoa học và Công nghệ báo cáo UBND tỉnh trước ngày nào?"),
        None,
    )
    assert doer_receives(
        q, "Thực hiện báo cáo định kỳ ... về Sở Khoa học và Công nghệ để tổng hợp."
    )
    assert not doer_receives(q, "Sở Khoa học và Công nghệ báo cáo Ủy ban nhân dân tỉnh.")
    assert not doer_receives(
        q, "Các cơ quan gửi Sở Khoa học và Công nghệ; Sở Khoa học và Công nghệ tổng hợp."
    )
