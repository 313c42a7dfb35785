"""The body the asked action names, not the body that enacts the document nor the words of a
procedure's row: a body passed the tasks by "chỉ đạo", a proposer after "đề xuất của" that is no
subject, "Sở X: <tasks>", a body ending the line above a dash item, the issued paper's name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.agency import heading_body
from qa_service.answer.extractors import _body_apposed, _said_in, assigned_body
from tests.qa_service.small_index import answerer_over

PLAN = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 77/KH-UBND

Thử Nghiệm, ngày 12 tháng 11 năm 2025

KẾ HOẠCH

Quan trắc chất lượng nước hồ chứa thủy lợi năm 2026

Thực hiện Quyết định số 12/QĐ-BNNMT ngày 04/12/2024 của Bộ Nông nghiệp và Môi trường; \
Ủy ban nhân dân tỉnh ban hành Kế hoạch quan trắc, quản lý, vận hành hệ thống cảnh báo chất \
lượng nước hồ chứa thủy lợi năm 2026 như sau:

I. MỤC TIÊU

1. Mục tiêu chung

Xác định nhiệm vụ gắn với vai trò chủ động của Công an tỉnh
- Thường trực tham mưu bảo vệ an ninh các hồ chứa, các cơ quan chủ trì triển khai là sở, \
ngành và Ủy ban nhân dân cấp xã.

II. TỔ CHỨC THỰC HIỆN

1. Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Thủy lợi thực hiện các nội dung sau:

- Lập dự toán kinh phí quan trắc báo cáo Sở Nông nghiệp và Môi trường.

- Tuyên truyền, hướng dẫn người dân giám sát chất lượng nước hồ.

2. Sở Tài chính: Căn cứ khả năng cân đối ngân sách, trình cấp có thẩm quyền phê duyệt \
kinh phí quan trắc trong dự toán đầu năm 2026.

3. Sở Khoa học và Công nghệ

- Trên cơ sở đề xuất của Ban Quản lý dự án thủy lợi và các đơn vị, tổng hợp, tham mưu \
Ủy ban nhân dân tỉnh bố trí kinh phí số hóa dữ liệu quan trắc.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("agency-named")
    answerer = answerer_over(root, {"ke-hoach-quan-trac.md": PLAN}, lexical_only=True)
    yield answerer
    answerer.close()


@pytest.mark.parametrize(
    ("question", "body"),
    [
        # "Sở X chỉ đạo Chi cục Y thực hiện các nội dung sau:" / "- Lập dự toán ...": Y does it
        ("Đơn vị nào lập dự toán kinh phí quan trắc chất lượng nước hồ chứa?", "Chi cục Thủy lợi"),
        # "Sở Tài chính: Căn cứ ..., trình ...": the body heads its clause, not the enacting body
        (
            "Cơ quan nào trình cấp có thẩm quyền phê duyệt kinh phí quan trắc nước hồ chứa?",
            "Sở Tài chính",
        ),
        # "Trên cơ sở đề xuất của Ban Quản lý ..., tổng hợp, tham mưu ...": the heading's body
        (
            "Cơ quan nào tham mưu bố trí kinh phí số hóa dữ liệu quan trắc nước hồ chứa?",
            "Sở Khoa học và Công nghệ",
        ),
        # "... vai trò chủ động của Công an tỉnh" / "- Thường trực tham mưu ..."
        ("Cơ quan nào thường trực tham mưu bảo vệ an ninh các hồ chứa?", "Công an tỉnh"),
    ],
)
def test_body_the_asked_action_names(answerer: Answerer, question: str, body: str) -> None:
    result = answerer.ask(question)
    assert result.found, question
    assert result.answer == body


def test_a_directed_body_heads_the_tasks() -> None:
    title = "Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Thủy lợi thực hiện các nội dung sau"
    assert heading_body(title) == "Chi cục Thủy lợi"
    assert heading_body("Sở Nội vụ chỉ đạo, hướng dẫn các đơn vị") == "Sở Nội vụ"


def test_the_issued_papers_name_says_no_task() -> None:
    enacting = "Ủy ban nhân dân tỉnh ban hành Kế hoạch quản lý, vận hành hệ thống cảnh báo"
    assert not _said_in(frozenset({("quan", "ly")}), enacting)
    assert _said_in(frozenset({("ban", "hanh")}), enacting)
    assert _said_in(frozenset({("quan", "ly")}), "Sở Xây dựng quản lý, vận hành hệ thống")
    # the paper's name ends with its clause: the tasks after it are still the body's
    proposing = "Sở Nội vụ tham mưu ban hành kế hoạch cải cách; tổ chức kiểm tra, đánh giá"
    assert _said_in(frozenset({("kiem", "tra")}), proposing)
    assert not _said_in(frozenset({("cai", "cach")}), proposing)


def test_a_body_ending_the_line_above_a_dash_item() -> None:
    document = "vai trò chủ động của Công an tỉnh\n- Thường trực tham mưu"
    start = document.index("Thường")
    a, b = _body_apposed(document, start) or (0, 0)
    assert document[a:b] == "Công an tỉnh"
    # a line going on past the body's name, or an item opening with no dash, names none
    assert _body_apposed("của Công an tỉnh chủ trì\n- Thường trực", 27) is None
    assert _body_apposed("của Công an tỉnh\nThường trực", 17) is None
    # the line above is a sibling item, or the body only owns a thing: no subject
    sibling = "- Cơ quan phối hợp: Sở Nội vụ\n- Thời gian thực hiện: quý II"
    assert _body_apposed(sibling, sibling.index("Thời")) is None
    owned = "theo đề xuất của Sở Tài chính\n- Tổng hợp, báo cáo"
    assert _body_apposed(owned, owned.index("Tổng")) is None


def test_the_noun_chi_dao_assigns_nothing() -> None:
    assert assigned_body("Kiện toàn Ban Chỉ đạo Cải cách hành chính tỉnh theo quy định.") is None
    directed = assigned_body("Theo chỉ đạo của Chủ tịch UBND tỉnh, Sở Y tế triển khai.")
    assert directed is None or "Chủ tịch" not in directed[0]
