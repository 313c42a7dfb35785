"""The partner of a named body asked ("Sở X phối hợp với cơ quan nào để Y?") when the unit of Y
is a task under a heading that names both ("1. Sở X chủ trì, phối hợp với Văn phòng Z:" /
"Xây dựng ..."): the heading's partner, quoted with the unit; partners named by their kind
("các bộ, cơ quan liên quan") up to the end of their clause; nothing for a body the heading
does not name."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

DECISION = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 1600/QĐ-UBND

Thử Nghiệm, ngày 05 tháng 11 năm 2025

QUYẾT ĐỊNH

Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực đất đai

Điều 1. Phê duyệt kèm theo Quyết định này 04 quy trình nội bộ giải quyết thủ tục hành chính.

Điều 2. Giao các cơ quan, địa phương:

1. Sở Nông nghiệp và Môi trường chủ trì, phối
hợp với Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh):
Cấu hình quy trình điện tử trong giải quyết thủ tục hành chính trên Hệ thống thông tin giải \
quyết thủ tục hành chính tỉnh; số hóa hồ sơ đất đai lưu trữ theo quy định.
Thời hạn hoàn thành không quá 05 ngày làm việc kể từ ngày ban hành Quyết định.

2. Sở Tư pháp chủ trì, phối hợp với các sở, ngành liên quan:
Rà soát, đánh giá thủ tục hành chính về chứng thực bản sao điện tử từ bản chính.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("heading-partner")
    opened = answerer_over(root, {"qd-1600.md": DECISION}, lexical_only=True)
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "partner"),
    [
        ("Sở Nông nghiệp và Môi trường phối hợp với cơ quan nào để cấu hình quy trình điện tử "
         "trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh?",
         # with the unit of the office named in brackets: the one that does the work
         "Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh)"),
        # partners named by their kind
        ("Sở Tư pháp phối hợp với những cơ quan nào để rà soát thủ tục chứng thực bản sao "
         "điện tử từ bản chính?", "các sở, ngành liên quan"),
    ],
)  # fmt: skip
def test_the_partner_the_heading_of_the_task_names(
    answerer: Answerer, question: str, partner: str
) -> None:
    result = answerer.ask(question)
    assert result.found, result
    assert result.answer == partner
    # the heading that names the partner is quoted with the task
    assert any(partner in source.quote for source in result.sources)


def test_no_partner_of_a_body_the_heading_does_not_name(answerer: Answerer) -> None:
    result = answerer.ask(
        "Sở Khoa học và Công nghệ phối hợp với cơ quan nào để cấu hình quy trình điện tử trên "
        "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh?"
    )
    assert not (result.answer or "").startswith("Văn phòng UBND tỉnh"), result
