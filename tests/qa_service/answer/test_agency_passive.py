"""The body a task is given to when the sentence says it in the passive ("do cơ quan nội vụ địa
phương xác định"), when the task is under a heading directing a body to do it ("Chỉ đạo đơn vị
cổng Thông tin điện tử X thực hiện"), and when the question's condition gives a task to another
("... do Chủ tịch giao cho X thì ... gửi sở nào")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

DECREE = """CHÍNH PHỦ

Số: 77/2025/NĐ-CP

Hà Nội, ngày 10 tháng 6 năm 2025

NGHỊ ĐỊNH

Quy định chi tiết về tạm dừng đóng quỹ bảo hiểm thất nghiệp

Điều 5. Tạm dừng đóng quỹ bảo hiểm thất nghiệp

1. Thẩm quyền xác định số lao động phải tạm thời nghỉ việc đối với doanh nghiệp thuộc Ủy \
ban nhân dân địa phương quản lý do cơ quan lao động địa phương xác định; đối với doanh nghiệp \
thuộc bộ, ngành trung ương quản lý do bộ, ngành xác định.

2. Hồ sơ đề nghị tạm dừng đóng gồm văn bản đề nghị của doanh nghiệp.
"""

RULES = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 31/QĐ-UBND

Thử Nghiệm, ngày 02 tháng 4 năm 2025

QUYẾT ĐỊNH

Ban hành Quy chế quản lý cổng dịch vụ bản đồ số tỉnh Thử Nghiệm

Điều 9. Trách nhiệm quản lý hệ thống bản đồ số

1. Văn phòng Ủy ban nhân dân tỉnh

a) Chịu trách nhiệm quản lý chung hệ thống bản đồ số;

b) Đối với các hội trực thuộc Ủy ban nhân dân tỉnh đặt tên lớp bản đồ sẽ thực hiện theo \
thỏa thuận giữa đơn vị sử dụng và đơn vị quản trị, vận hành hệ thống bản đồ số.

2. Chỉ đạo đơn vị cổng Thông tin điện tử Thử Nghiệm (thuộc Văn phòng UBND tỉnh) thực hiện.

a) Quản trị, vận hành hệ thống bản đồ số hoạt động liên tục 24 giờ mỗi ngày;

b) Sao lưu dữ liệu bản đồ số định kỳ hằng tuần.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("passive")
    answerer = answerer_over(
        root, {"nghi-dinh-tam-dung.md": DECREE, "quy-che-ban-do.md": RULES}, lexical_only=True
    )
    yield answerer
    answerer.close()


@pytest.mark.parametrize(
    ("question", "body"),
    [
        # the agent after "do" whose verb is the one asked, in the case the question states
        ("Doanh nghiệp thuộc UBND địa phương quản lý tạm dừng đóng quỹ bảo hiểm thất nghiệp "
         "thì cơ quan nào xác định số lao động phải tạm thời nghỉ việc?",
         "cơ quan lao động địa phương"),
        ("Doanh nghiệp thuộc bộ, ngành trung ương quản lý tạm dừng đóng quỹ bảo hiểm thất "
         "nghiệp thì cơ quan nào xác định số lao động phải tạm thời nghỉ việc?", "bộ, ngành"),
        # the body the heading directs to carry out the task, the manner "trực tiếp" aside
        ("Quy chế bản đồ số tỉnh Thử Nghiệm: đơn vị nào trực tiếp quản trị, vận hành hệ thống "
         "bản đồ số 24 giờ?", "cổng Thông tin điện tử Thử Nghiệm"),
    ],
)  # fmt: skip
def test_the_body_that_does_the_task(answerer: Answerer, question: str, body: str) -> None:
    result = answerer.ask(question)
    assert result.found and result.answer is not None
    assert body in result.answer


def test_a_body_named_as_owner_is_not_the_subject() -> None:
    from qa_service.answer.extractors import _lead_name

    text = "Các hội trực thuộc Ủy ban nhân dân tỉnh đặt tên lớp bản đồ sẽ thực hiện theo"
    assert _lead_name(text, text.index("thực hiện")) is None


def test_a_condition_giving_a_task_is_not_the_question() -> None:
    from types import SimpleNamespace

    from qa_service.answer.extractors import _ASKS_RECIPIENT, _asked_clause
    from qa_service.routing import route_question

    question = "Nhiệm vụ do Chủ tịch giao cho Liên hiệp hội thì dự toán gửi sở nào tổng hợp?"
    route = route_question(question)
    assert _ASKS_RECIPIENT.search(route.folded)
    asked = _asked_clause(SimpleNamespace(route=route))  # type: ignore[arg-type]
    assert asked == " du toan gui so nao tong hop?"
    assert not _ASKS_RECIPIENT.search(asked)
    # without marks "thi" may be a name ("Phạm Thị"): the whole question is read
    plain = route_question("giao bo nao chu tri, theo PTT Pham Thi Thanh Tra?")
    assert _asked_clause(SimpleNamespace(route=plain)) == plain.folded  # type: ignore[arg-type]
