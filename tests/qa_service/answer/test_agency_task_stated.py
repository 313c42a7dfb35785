"""A body answers "which body is charged with X" only when the task X is stated where the body
is named: in its unit, or the heading or lead-in of the list item it stands in. A body charged
with another task of the same plan (funding, another decree) answers nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.verify import (
    _words_written_whole,
)
from tests.qa_service.small_index import answerer_over

PLAN = """ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM

Số: 7360/KH-UBND

Thử Nghiệm, ngày 19 tháng 11 năm 2025

KẾ HOẠCH

Triển khai thi hành Luật Tiêu chuẩn và quy chuẩn kỹ thuật trên địa bàn tỉnh Thử Nghiệm

II. NỘI DUNG KẾ HOẠCH

1. Tổ chức triển khai Nghị định quy định về điều kiện kinh doanh dịch vụ đánh giá sự phù hợp

- Cơ quan chủ trì: Sở Khoa học và Công nghệ.

- Cơ quan phối hợp: Các sở, ngành có liên quan.

- Thời gian thực hiện: Quý IV năm 2025.

2. Phối hợp kiểm tra việc thi hành Luật và các văn bản hướng dẫn thi hành Luật

- Cơ quan chủ trì: Sở Tư pháp.

- Cơ quan phối hợp: Ủy ban nhân dân các xã, phường.

- Thời gian thực hiện: Năm 2026 và các năm tiếp theo.

III. KINH PHÍ BẢO ĐẢM

1. Sở Tài chính, trên cơ sở đề xuất của các cơ quan, đơn vị, chủ trì tổng hợp trình cấp có \
thẩm quyền bố trí kinh phí để thực hiện Kế hoạch theo quy định của Luật Ngân sách nhà nước.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("agency-task-stated")
    answerer = answerer_over(root, {"ke-hoach-tieu-chuan.md": PLAN}, lexical_only=True)
    yield answerer
    answerer.close()


def test_the_body_under_the_heading_of_the_task_asked(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo KH 7360/KH-UBND, cơ quan nào chủ trì phối hợp kiểm tra việc thi hành Luật?"
    )
    assert result.found and result.answer is not None
    assert "Sở Tư pháp" in result.answer


@pytest.mark.parametrize(
    "question",
    [
        "KH 7360/KH-UBND giao cơ quan nào chủ trì cấp giấy chứng nhận hợp chuẩn cho doanh nghiệp?",
        "ke hoach 7360 giao co quan nao chu tri cap giay chung nhan hop chuan cho doanh nghiep",
    ],
)
def test_a_task_the_plan_does_not_assign(answerer: Answerer, question: str) -> None:
    # "kinh doanh", "phù hợp", "cấp có thẩm quyền" share syllables with the task, not words
    assert not answerer.ask(question).found


def test_a_word_is_written_whole() -> None:
    asked = {"doanh": 3.0, "nghiệp": 2.0, "cấp": 1.0}
    folded = "co quan nao cap giay phep cho doanh nghiep"
    kinh_doanh = [["dieu", "kien", "kinh", "doanh", "dich", "vu", "nghiep", "vu"]]
    assert _words_written_whole(folded, asked, kinh_doanh) == set()
    whole = [["ho", "tro", "doanh", "nghiep", "nho"], ["cap", "giay", "phep"]]
    assert _words_written_whole(folded, asked, whole) == {"doanh", "nghiep", "cap"}
