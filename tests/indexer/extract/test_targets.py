"""Target extraction on plan fragments written for the tests."""

from __future__ import annotations

import pytest

from indexer.extract.targets import extract_targets, plan_year, targets_from_table
from indexer.records import Target

PLAN = """KẾ HOẠCH
Chuyển đổi số huyện Tân Phú giai đoạn 2024 - 2028

I. MỤC TIÊU CỤ THỂ
a) Đến năm 2026
- Tối thiểu 85% hồ sơ đất đai được giải quyết trực tuyến.
- 100% cơ quan cấp huyện sử dụng chữ ký số.
b) Đến năm 2028
- Tỷ lệ hài lòng của người dân đạt từ 92% trở lên.
- Giảm 15% chi phí tuân thủ so với năm 2024.
- Năm 2025, số hóa 60% hồ sơ lưu trữ.
II. THỰC TRẠNG
Năm 2023 huyện đạt 7/10 điểm và xếp thứ 9/13.
III. NHIỆM VỤ
- Tổ chức 3 lớp tập huấn cho cán bộ.
- Phấn đấu năm 2025 chỉ số CCHC tăng 3 bậc so với năm 2024.
- Tối thiểu 90% xã đạt chuẩn (năm 2024 mới đạt 72%).
- Tỷ lệ hồ sơ trễ hạn không quá 2%.
- Phấn đấu một đơn vị sự nghiệp tự chủ chi thường xuyên.
"""


def _targets(text: str) -> list[Target]:
    targets = extract_targets(text, locality="Tân Phú")
    for target in targets:
        assert text[target.start : target.end] == target.raw
        assert target.locality == "Tân Phú"
    return targets


def _summary(targets: list[Target]) -> list[tuple]:
    return [(t.value, t.comparator, t.year, t.unit) for t in targets]


def test_year_headings_sections_and_comparators() -> None:
    assert _summary(_targets(PLAN)) == [
        (85.0, ">=", 2026, "%"),
        (100.0, "=", 2026, "%"),
        (92.0, ">=", 2028, "%"),
        (15.0, "decrease", 2028, "%"),
        (60.0, "=", 2025, "%"),
        (3.0, "increase", 2025, "bậc"),
        (90.0, ">=", 2028, "%"),
        (2.0, "<=", 2028, "%"),
        (1.0, "=", 2028, "đơn vị"),
    ]


def test_indicators_are_read_from_the_clause() -> None:
    targets = _targets(PLAN)
    assert targets[0].indicator.startswith("hồ sơ đất đai được giải quyết trực tuyến")
    assert targets[2].indicator.startswith("Tỷ lệ hài lòng của người dân")
    assert targets[0].indicator_key.startswith("hồ sơ đất đai")


def test_plan_year_from_the_title() -> None:
    assert plan_year(PLAN) == 2028
    title = (
        "Số: 12/KH-UBND\nHà Nội, ngày 3 tháng 1 năm 2024\nKẾ HOẠCH\nCải cách hành chính năm 2025"
    )
    assert plan_year(title) == 2025


def test_rank_and_score_targets_without_a_year_heading() -> None:
    text = (
        "KẾ HOẠCH\nNâng cao Chỉ số CCHC năm 2026\n\nII. CHỈ TIÊU\n"
        "1. Chỉ số cải cách thể chế phấn đấu đạt từ 8,5/10 điểm;\n"
        "Chỉ tiêu chung: huyện xếp hạng 4/15 đơn vị cấp huyện.\n"
    )
    score, rank = _targets(text)
    assert (score.value, score.comparator, score.year, score.unit) == (8.5, ">=", 2026, "điểm")
    assert score.indicator == "Chỉ số cải cách thể chế"
    assert (rank.value, rank.comparator, rank.unit) == (4.0, "=", "hạng")


def test_deadline_in_the_clause() -> None:
    (target,) = _targets("I. MỤC TIÊU\n- Số hóa 100% hồ sơ trước ngày 30/6/2025.\n")
    assert (target.value, target.deadline, target.year) == (100.0, "2025-06-30", None)


def test_findings_are_not_targets() -> None:
    text = "II. KẾT QUẢ THỰC HIỆN\nNăm 2024 đạt 95% kế hoạch, 40 hồ sơ trễ hạn.\n"
    assert _targets(text) == []


def test_targets_from_a_table_with_year_columns() -> None:
    header = ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", "Đến năm 2030"]
    rows = [
        (["1", "Hồ sơ trực tuyến toàn trình", "%", "80", "≥ 95%"], 100, 160),
        (["2", "Doanh nghiệp thành lập mới", "doanh nghiệp", "120", ""], 161, 220),
        (["", "Ghi chú chung", "", "", ""], 221, 240),
    ]
    targets = targets_from_table("Bảng chỉ tiêu", header, rows)
    assert [(t.indicator, t.value, t.year, t.unit, t.comparator) for t in targets] == [
        ("Hồ sơ trực tuyến toàn trình", 80.0, 2025, "%", "="),
        ("Hồ sơ trực tuyến toàn trình", 95.0, 2030, "%", ">="),
        ("Doanh nghiệp thành lập mới", 120.0, 2025, "doanh nghiệp", "="),
    ]
    assert [(t.start, t.end) for t in targets] == [(100, 160), (100, 160), (161, 220)]


def test_table_without_year_columns_has_no_targets() -> None:
    header = ["STT", "Nhiệm vụ", "Thời gian hoàn thành"]
    assert targets_from_table("", header, [(["1", "Xây dựng đề án", "Quý IV/2025"], 0, 9)]) == []


@pytest.mark.parametrize(
    ("line", "comparator"),
    [
        ("- Ít nhất 70% thôn có điểm truy cập internet.", ">="),
        ("- Tối đa 5% hồ sơ phải bổ sung.", "<="),
        ("- Tăng tối thiểu 10% số doanh nghiệp so với năm 2023.", "increase"),
        ("- Từ 30% - 40% cán bộ được đào tạo kỹ năng số.", ">="),
    ],
)
def test_comparators(line: str, comparator: str) -> None:
    (target,) = _targets(f"I. MỤC TIÊU\n{line}\n")
    assert target.comparator == comparator
