"""Questions typed in haste: "hôm nào" for the day asked, "từ mấy giờ" for the hour a thing
starts at (no duration), "dựa trên <paper> ... số mấy" for a ground whatever its kind, and the
abbreviations such questions use ("ds", "GCN")."""

from __future__ import annotations

import pytest

from indexer.matching import fold
from qa_service.routing import route_question


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("PTT Bùi Thanh Sơn làm việc với lãnh đạo tỉnh Phú Thọ hôm nào (TB 636)", "date"),
        ("pho thu tuong lam viec voi tinh hom nao", "date"),
        ("QĐ 12 hôm nào có hiệu lực", "effective"),
        ("phai nop ho so truoc hom nao", "deadline"),
    ],
)
def test_hom_nao_asks_a_day(question: str, intent: str) -> None:
    assert route_question(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # the hour a ceremony starts at is a time of day, not a duration
        ("lễ viếng ông Trần Đức Lương ở HN bắt đầu từ mấy giờ ngày nào", "date"),
        # a duration stays a time limit
        ("cấp lại mật khẩu trong mấy giờ", "deadline"),
    ],
)
def test_the_hour_a_thing_starts_at_is_no_duration(question: str, intent: str) -> None:
    assert route_question(question).intent == intent


@pytest.mark.parametrize(
    "question",
    [
        "nq 388/nq-cp dua tren phieu lay y kien thanh vien CP so may",
        "Nghị quyết 388/NQ-CP được ban hành trên cơ sở phiếu lấy ý kiến số mấy?",
    ],
)
def test_the_number_of_a_paper_a_document_rests_on_is_a_basis(question: str) -> None:
    assert route_question(question).intent == "basis"


def test_the_abbreviations_of_hurried_questions_read_out() -> None:
    assert "danh sach" in fold("phe duyet ds dan toc con gap nhieu kho khan")
    assert "giay chung nhan" in fold("niêm yết việc mất GCN")
    # the taxes named by their initials
    assert "thue gia tri gia tang" in fold("căn cứ Luật Thuế GTGT số mấy")
    assert "thu nhap ca nhan" in fold("thue TNCN doi voi tien an giua ca")
    # not inside a code
    assert fold("DS-2025/ABC") == "ds-2025/abc"
