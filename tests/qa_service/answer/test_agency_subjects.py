"""The body a unit writes as the subject of the asked act ("Sở Nội vụ tiếp nhận hồ sơ, thẩm
định ..."), the one of two bodies a question offers ("do A hay B tiếp nhận?"), and a group of
bodies a heading names by its kind, its members in brackets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.agency import heading_body
from qa_service.routing import fold, offered_act
from tests.qa_service.small_index import answerer_over

PROCEDURE = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 77/QĐ-UBND

Thử Nghiệm, ngày 12 tháng 11 năm 2025

QUYẾT ĐỊNH

Công bố quy trình nội bộ giải quyết thủ tục hỗ trợ người có công

QUY TRÌNH NỘI BỘ

| Bước | Nội dung | Xử lý hồ sơ | Thời gian |
| --- | --- | --- | --- |
| B1 | Liên thông lên cấp tỉnh | Cán bộ một cửa Sở Nội vụ tại Trung tâm Phục vụ hành \
chính công cấp tỉnh tiếp nhận và chuyển xử lý; Sở Nội vụ tiếp nhận hồ sơ, thẩm định và \
trình phê duyệt mức hỗ trợ người có công. | 02 ngày |

THỦ TỤC ĐĂNG KÝ NƯỚC THẢI

Cơ quan có thẩm quyền giải quyết TTHC: Ủy ban nhân dân cấp xã.

Theo quy định tại khoản 1 Điều 29 Nghị định, Chủ tịch Ủy ban nhân dân cấp xã tiếp nhận \
hồ sơ đăng ký xả nước thải của chủ cơ sở.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("agency-subjects")
    answerer = answerer_over(root, {"quy-trinh.md": PROCEDURE}, lexical_only=True)
    yield answerer
    answerer.close()


@pytest.mark.parametrize(
    ("question", "body"),
    [
        # two bodies "tiếp nhận": the one whose act goes on as the question's does
        ("Cơ quan nào tiếp nhận hồ sơ, thẩm định mức hỗ trợ người có công?", "Sở Nội vụ"),
        # a choice: the body offered that the unit says receives it, with its head's post
        ("Hồ sơ đăng ký xả nước thải do Chủ tịch UBND cấp xã hay Sở Nội vụ tiếp nhận?",
         "Chủ tịch Ủy ban nhân dân cấp xã"),
    ],
)  # fmt: skip
def test_the_subject_of_the_asked_act(answerer: Answerer, question: str, body: str) -> None:
    result = answerer.ask(question)
    assert result.found and result.answer is not None
    assert result.answer.startswith(body)


def test_the_act_a_choice_of_bodies_is_asked_for() -> None:
    asked = fold("Hồ sơ do Chủ tịch UBND xã hay Sở Xây dựng tiếp nhận hồ sơ?")
    assert offered_act(asked) == "tiep nhan ho so"
    assert offered_act(fold("Cơ quan nào tiếp nhận hồ sơ?")) == ""


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu kinh tế tỉnh):",
         "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu kinh tế tỉnh)"),
        # brackets that list no body name no group
        ("Các đơn vị có liên quan (nếu có)", None),
    ],
)  # fmt: skip
def test_a_heading_naming_a_group_of_bodies(title: str, body: str | None) -> None:
    assert heading_body(title) == body
