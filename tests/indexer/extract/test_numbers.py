"""Vietnamese numbers, dates, periods and quantities (sentences written for the tests)."""

from __future__ import annotations

import pytest

from indexer.extract.numbers import (
    find_periods,
    find_quantities,
    iso_date,
    parse_date,
    parse_number,
)


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("1.234,5", 1234.5),
        ("45,2", 45.2),
        ("03", 3.0),
        ("12.500", 12500.0),
        ("2.000.000", 2_000_000.0),
        ("0,75", 0.75),
        ("7.5", 7.5),
        ("1,234,567", 1_234_567.0),
    ],
)
def test_parse_number_reads_the_vietnamese_format(raw: str, value: float) -> None:
    assert parse_number(raw) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("ban hành ngày 5/7/2021", "2021-07-05"),
        ("ngày 05 tháng 7 năm 2021", "2021-07-05"),
        ("ngày 31 /12/2020", "2020-12-31"),
        ("ngày 09-10-2019", "2019-10-09"),
        ("ngày 35/13/2021", None),
        ("số 12/2021", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_iso_date_keeps_a_blank_day_as_the_month() -> None:
    assert iso_date(26, 12, 2022) == "2022-12-26"
    assert iso_date(None, 8, 2023) == "2023-08"
    assert iso_date(32, 1, 2023) is None and iso_date(None, 13, 2023) is None
    assert iso_date(1, 1, 1800) is None


def _by_kind(text: str) -> dict[str, list]:
    found: dict[str, list] = {}
    for quantity in find_quantities(text):
        assert text[quantity.start : quantity.end] == quantity.raw
        found.setdefault(quantity.kind, []).append(quantity)
    return found


def test_money_counts_ranks_scores_and_percentages() -> None:
    text = (
        "Dự toán giao 2 tỷ 350 triệu đồng, đã chi 450 triệu đồng và 1.500.000 đồng tạm ứng; "
        "tỉnh đứng thứ 3/14 với 8,25/10 điểm; tiếp nhận 37 hồ sơ, đạt từ 60% đến 70% kế hoạch."
    )
    found = _by_kind(text)
    assert [q.value for q in found["money"]] == pytest.approx([2.35e9, 450e6, 1.5e6])
    assert [(q.value, q.denominator) for q in found["rank"]] == [(3.0, 14.0)]
    assert [(q.value, q.denominator, q.unit) for q in found["score"]] == [(8.25, 10.0, "điểm")]
    assert [(q.value, q.unit) for q in found["count"]] == [(37.0, "hồ sơ")]
    (percent,) = found["percent"]
    assert (percent.value, percent.upper, percent.raw) == (60.0, 70.0, "60% đến 70%")


def test_deadlines_are_dates_and_quarters_in_a_deadline_context() -> None:
    found = _by_kind("Báo cáo gửi trước ngày 20/11/2024; hoàn thành trong quý II năm 2025.")
    assert [q.value for q in found["deadline"]] == [20241120.0, 20250630.0]
    assert "deadline" not in _by_kind("Trong quý III năm 2024, xã đã tổ chức 4 cuộc họp.")


def test_a_fraction_that_is_a_date_is_not_a_quantity() -> None:
    assert not find_quantities("kể từ 12/2023 đến nay")


def test_find_periods() -> None:
    text = "Trong 6 tháng đầu năm 2024 (quý III/2022 so với năm 2019) và năm 2025"
    assert [p[2] for p in find_periods(text)] == [
        "6 tháng đầu năm 2024",
        "quý III/2022",
        "năm 2025",
    ]
