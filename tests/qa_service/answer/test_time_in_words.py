"""The time of a task in a plan's table whose time column states it in words ("Hằng năm.",
"Khi có phát sinh."), no date nor length: the cell under the column, found past the bold
rows that head groups of tasks, answers when the task is done; a task of a dated row keeps
its date."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

PLAN = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
Số: 3300/QĐ-UBND
*Thử Nghiệm, ngày 19 tháng 11 năm 2025*
**QUYẾT ĐỊNH**
Ban hành Kế hoạch xây dựng cơ sở dữ liệu về quy hoạch của tỉnh
**Điều 1**. Ban hành kèm theo Quyết định này Kế hoạch xây dựng cơ sở dữ liệu về quy hoạch.
**PHỤ LỤC**
**DANH MỤC NHIỆM VỤ**

|
**TT**
|
**Nhiệm vụ**
|
**Cơ quan chủ trì**
|
**Cơ quan phối hợp**
|
**Thời gian dự kiến hoàn thành**
|
**Kết quả dự kiến**
|
|
**I**
|
**Hoàn
thiện thể chế về cơ sở dữ liệu quy hoạch**
|
|
1
|
Rà soát, sửa đổi quy định về
cập nhật cơ sở dữ liệu quy hoạch của tỉnh.
|
Sở Tài chính
|
Các sở, ngành
|
Quý IV/2025
|
Quyết định của cấp có thẩm quyền
|
|
**II**
|
**Các
nhiệm vụ khác**
|
|
1
|
Tuyên truyền, nâng cao nhận
thức về quản lý cơ sở dữ liệu quy hoạch của tỉnh.
|
Sở Khoa học và Công nghệ
|
Các sở, ngành
|
Hằng năm.
|
|
2
|
Đề xuất Ủy ban nhân dân tỉnh điều
chỉnh, bổ sung nhiệm vụ của Kế hoạch.
|
Sở Tài chính
|
Các sở, ngành
|
Khi có phát sinh.
|
|
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("time-in-words")
    opened = answerer_over(root, {"qd-3300.md": PLAN}, lexical_only=True)
    yield opened
    opened.close()


def test_a_time_stated_in_words_is_the_cell_under_the_time_column(answerer: Answerer) -> None:
    result = answerer.ask(
        "Nhiệm vụ tuyên truyền nâng cao nhận thức về quản lý cơ sở dữ liệu quy hoạch"
        " của tỉnh Thử Nghiệm thực hiện khi nào?"
    )
    assert result.found, result
    assert "Hằng năm" in result.answer


def test_a_task_done_when_need_arises(answerer: Answerer) -> None:
    result = answerer.ask(
        "de xuat UBND tinh Thu Nghiem dieu chinh bo sung nhiem vu cua ke hoach vao thoi gian nao"
    )
    assert result.found, result
    assert "Khi có phát sinh" in result.answer


def test_a_dated_task_keeps_its_date(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thời hạn hoàn thành rà soát, sửa đổi quy định về cập nhật cơ sở dữ liệu quy hoạch"
        " của tỉnh Thử Nghiệm?"
    )
    assert result.found, result
    assert "Quý IV/2025" in result.answer
