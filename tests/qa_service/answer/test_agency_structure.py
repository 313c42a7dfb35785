"""The body in charge, read where the document's structure puts it: a heading above its tasks,
the object of "giao", a table column "Cơ quan thực hiện", the body the question's words are
said of — not the partner after "phối hợp", nor a clause."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.agency import heading_body, name_end
from qa_service.answer.extractors import _done_in, assigned_body
from tests.qa_service.small_index import answerer_over

PLAN = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 45/KH-UBND

Thử Nghiệm, ngày 12 tháng 11 năm 2025

KẾ HOẠCH

Bảo vệ tài nguyên nước dưới đất trên địa bàn tỉnh

I. NHIỆM VỤ VÀ GIẢI PHÁP

1. Sở Xây dựng

a) Chủ trì, phối hợp Sở Nông nghiệp và Môi trường, Sở Công Thương hướng dẫn xây dựng \
phương án khai thác nguồn nước dự phòng cấp cho sinh hoạt đô thị khi có sự cố ô nhiễm.

b) Rà soát các công trình cấp nước tập trung trên địa bàn.

2. Trách nhiệm của Sở Văn hóa, Thể thao và Du lịch

a) Có trách nhiệm quản lý, vận hành Cổng thông tin du lịch của tỉnh.

b) Tổ chức tuyên truyền về bảo vệ nguồn nước tại các điểm du lịch.

3. Nội dung Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì

a) Tham mưu giải quyết nhu cầu sử dụng đất, cấp giấy chứng nhận quyền sử dụng đất của \
cơ sở tín ngưỡng ven nguồn nước.

II. TỔ CHỨC THỰC HIỆN

1. Giao Ủy ban nhân dân cấp xã tổ chức kiểm kê giếng khoan trên địa bàn.

2. Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh kịp thời \
về Sở Nông nghiệp và Môi trường để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.

DANH MỤC THỦ TỤC HÀNH CHÍNH

| STT | Tên thủ tục hành chính | Thời hạn giải quyết | Cơ quan thực hiện |
| --- | --- | --- | --- |
| 1 | Thủ tục cấp giấy phép thăm dò nước dưới đất | 30 ngày | Sở Nông nghiệp và Môi trường |
| 2 | Thủ tục đề xuất tham gia chương trình hỗ trợ đổi mới công nghệ | 40 ngày | \
Quỹ phát triển khoa học và công nghệ của tỉnh |
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("agency")
    answerer = answerer_over(root, {"ke-hoach-nuoc.md": PLAN}, lexical_only=True)
    yield answerer
    answerer.close()


@pytest.mark.parametrize(
    ("question", "body"),
    [
        # the heading names the body, its item opens with "Chủ trì, phối hợp <partner>"
        ("Sở nào chủ trì hướng dẫn xây dựng phương án khai thác nguồn nước dự phòng cấp cho "
         "sinh hoạt đô thị?", "Sở Xây dựng"),
        # "Trách nhiệm của <body>" above "a) Có trách nhiệm quản lý, vận hành ..."
        ("Cơ quan nào quản lý, vận hành Cổng thông tin du lịch của tỉnh?",
         "Sở Văn hóa, Thể thao và Du lịch"),
        # "Nội dung <body> có trách nhiệm chủ trì" above its tasks; "sổ đỏ" is the people's
        # word for the certificate the document names
        ("Sở nào chủ trì giải quyết nhu cầu sử dụng đất và cấp sổ đỏ cho cơ sở tín ngưỡng?",
         "Sở Dân tộc và Tôn giáo"),
        # the object of "giao", whose name goes on in lower case
        ("Ai được giao tổ chức kiểm kê giếng khoan trên địa bàn?", "Ủy ban nhân dân cấp xã"),
        # the body after the question's own word ("phản ánh về sở nào")
        ("Có vướng mắc trong quá trình thực hiện thì phản ánh về sở nào?",
         "Sở Nông nghiệp và Môi trường"),
        # the cell under "Cơ quan thực hiện"
        ("Cơ quan nào thực hiện thủ tục đề xuất tham gia chương trình hỗ trợ đổi mới công nghệ?",
         "Quỹ phát triển khoa học và công nghệ của tỉnh"),
    ],
)  # fmt: skip
def test_the_body_where_the_structure_puts_it(answerer: Answerer, question: str, body: str) -> None:
    result = answerer.ask(question)
    assert result.found and result.answer is not None
    assert body in result.answer
    assert "phối hợp" not in result.answer


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Sở Tài chính, Sở Nội vụ và các cơ quan", "Sở Tài chính"),
        ("Ủy ban nhân dân các xã, phường tổ chức thực hiện", "Ủy ban nhân dân các xã, phường"),
        ("Cục Đăng kiểm Việt Nam có trách nhiệm:", "Cục Đăng kiểm Việt Nam"),
    ],
)
def test_where_a_name_ends(text: str, name: str) -> None:
    assert text[: name_end(text, 0)] == name


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Sở Xây dựng", "Sở Xây dựng"),
        ("Trách nhiệm của Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ"),
        ("Cục Đăng kiểm Việt Nam có trách nhiệm", "Cục Đăng kiểm Việt Nam"),
        ("Tổ chức thực hiện", None),
        ("NHIỆM VỤ VÀ GIẢI PHÁP", None),
    ],
)
def test_a_heading_naming_a_body(title: str, body: str | None) -> None:
    assert heading_body(title) == body


def test_a_body_given_a_task_keeps_its_lower_case_words() -> None:
    text = "Giao Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp với các cơ quan liên quan."
    found = assigned_body(text)
    assert found is not None
    answer, (start, end), *_ = found
    assert answer == "Văn phòng Ủy ban nhân dân tỉnh" == text[start:end]


def test_a_role_written_capitalized_is_no_body_given_a_task() -> None:
    # "Cơ quan chủ trì" is the role of whichever body leads, named elsewhere
    text = (
        "Trường hợp đề nghị Cơ quan chủ trì chuyển nội dung thẩm định cho Cơ quan chuyên môn"
        " khác thì phải nêu rõ căn cứ pháp lý."
    )
    assert assigned_body(text) is None
    named = "Đề nghị Đơn vị chủ trì báo cáo; giao Sở Tài chính chủ trì tổng hợp."
    found = assigned_body(named)
    assert found is not None and found[0] == "Sở Tài chính"


TRIEN_KHAI = frozenset({("trien", "khai"), ("khai", "thuc")})


def test_a_body_given_the_act_not_the_one_overseeing_it() -> None:
    # "giám sát việc triển khai": the act after "việc" is what the first body oversees
    text = (
        "Giao Thường trực Hội đồng nhân dân giám sát việc triển khai thực hiện Nghị quyết; "
        "giao Ủy ban nhân dân tỉnh triển khai thực hiện Nghị quyết."
    )
    found = assigned_body(text, TRIEN_KHAI)
    assert found is not None
    assert found[0] == "Ủy ban nhân dân tỉnh"


@pytest.mark.parametrize(
    ("text", "done"),
    [
        ("triển khai thực hiện Nghị quyết", True),
        ("giám sát việc triển khai thực hiện Nghị quyết", False),
        ("kiểm tra việc triển khai; tổ chức triển khai thực hiện", True),
    ],
)
def test_an_act_after_viec_is_not_done(text: str, done: bool) -> None:
    assert _done_in(TRIEN_KHAI, text) is done
