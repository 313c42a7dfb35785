"""Figure extraction on sentences written for the tests."""

from __future__ import annotations

import pytest

from indexer.extract.figures import extract_figures
from indexer.records import Figure


def _figures(text: str, **kwargs) -> list[Figure]:
    figures = extract_figures(text, **kwargs)
    for figure in figures:
        assert text[figure.start : figure.end] == figure.raw
    return figures


def test_percentage_with_indicator_and_period_from_the_sentence() -> None:
    text = "Tỷ lệ hồ sơ giải quyết đúng hạn trong quý II năm 2024 đạt 97,5%."
    (figure,) = _figures(text, period="năm 2024", locality="Xã Tân Lập")
    assert (figure.kind, figure.value, figure.unit) == ("percent", 97.5, "%")
    assert figure.indicator == "Tỷ lệ hồ sơ giải quyết đúng hạn"
    assert figure.period == "quý II năm 2024"
    assert figure.locality == "Xã Tân Lập"


def test_period_passed_in_when_the_sentence_has_none() -> None:
    (figure,) = _figures("Đã số hóa 100% hồ sơ đất đai.", period="6 tháng đầu năm 2024")
    assert figure.period == "6 tháng đầu năm 2024"
    assert figure.indicator == "hồ sơ đất đai"


def test_money_rank_score_and_counts() -> None:
    text = (
        "Thu ngân sách 6 tháng đầu năm 2024 ước đạt 1.234,5 triệu đồng. Huyện xếp thứ 4/12 đơn vị "
        "cấp huyện; chỉ số cải cách thủ tục hành chính đạt 13,5/15 điểm. Bộ phận một cửa đã tiếp "
        "nhận 2.345 hồ sơ, trong đó 1.980 hồ sơ trực tuyến."
    )
    figures = {f.kind: [] for f in _figures(text)}
    for f in _figures(text):
        figures[f.kind].append(f)
    (money,) = figures["money"]
    assert (money.value, money.unit, money.period) == (1_234.5e6, "đồng", "6 tháng đầu năm 2024")
    (rank,) = figures["rank"]
    assert (rank.value, rank.denominator) == (4.0, 12.0)
    (score,) = figures["score"]
    assert (score.value, score.denominator, score.unit) == (13.5, 15.0, "điểm")
    assert [(c.value, c.unit) for c in figures["count"]] == [(2345.0, "hồ sơ"), (1980.0, "hồ sơ")]


def test_deadline() -> None:
    (figure,) = _figures("Các phòng gửi báo cáo trước ngày 30/6/2024.")
    assert (figure.kind, figure.value) == ("deadline", 20240630.0)


@pytest.mark.parametrize(
    "text",
    [
        "Theo Điều 5 và khoản 2 Điều 12 của Nghị định.",
        "Thực hiện Kế hoạch số 45/KH-UBND ngày 12/3/2024 của UBND huyện.",
        "1.2. Mục tiêu cụ thể năm 2024",
        "Cung cấp dịch vụ công trực tuyến mức độ 3, 4 theo ISO 9001:2015.",
        "Hội nghị lần thứ 6 khóa 12, nhiệm kỳ 2020 - 2025.",
    ],
)
def test_numbers_that_are_not_figures(text: str) -> None:
    assert _figures(text) == []
