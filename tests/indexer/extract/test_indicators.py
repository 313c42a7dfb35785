"""Indicator normalization and fuzzy grouping."""

from __future__ import annotations

from indexer.extract.indicators import group_indicators, indicator_key, indicator_phrase


def test_indicator_key_expands_abbreviations_and_drops_quantifiers() -> None:
    assert indicator_key("Tỷ lệ TTHC được giải quyết trực tuyến") == (
        "thủ tục hành chính được giải quyết trực tuyến"
    )
    assert indicator_key("Phấn đấu tối thiểu 85% hồ sơ, giấy tờ được số hóa") == (
        "hồ sơ giấy tờ được số hóa"
    )
    assert indicator_key("Mức độ hài lòng của người dân về dịch vụ y tế công lập") == (
        "hài lòng của người dân về dịch vụ y tế công lập"
    )


def test_same_indicator_worded_differently_is_one_group() -> None:
    texts = [
        "Tỷ lệ hồ sơ TTHC giải quyết trực tuyến toàn trình",
        "hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình",
        "Mức độ hài lòng của người dân về dịch vụ y tế",
        "mức độ hài lòng của người dân đối với dịch vụ y tế công",
        "Số doanh nghiệp thành lập mới",
    ]
    groups = group_indicators(texts)
    assert groups[texts[0]] == groups[texts[1]]
    assert groups[texts[2]] == groups[texts[3]]
    assert len({groups[t] for t in texts}) == 3


def test_unrelated_indicators_stay_apart_even_when_one_is_short() -> None:
    texts = ["cán bộ", "cán bộ, công chức cấp xã có trình độ đại học trở lên"]
    groups = group_indicators(texts)
    assert groups[texts[0]] != groups[texts[1]]


def test_indicator_phrase_after_or_before_the_value() -> None:
    text = "Đến năm 2026, 80% hồ sơ công việc cấp xã được xử lý trên môi trường mạng."
    start = text.index("80%")
    assert indicator_phrase(text, start, start + 3, 0, len(text) - 1).startswith(
        "hồ sơ công việc cấp xã"
    )
    text = "Tỷ lệ giải ngân vốn đầu tư công năm 2025 đạt tối thiểu 95%."
    start = text.index("95%")
    assert indicator_phrase(text, start, start + 3, 0, len(text) - 1) == (
        "Tỷ lệ giải ngân vốn đầu tư công"
    )
