"""Matching keys: one tone placement, no diacritics, same length."""

from __future__ import annotations

import pytest

from indexer.normalize import fold_tone_placement, match_key, plain_key, strip_diacritics


@pytest.mark.parametrize(
    ("old", "new"),
    [("hoà", "hòa"), ("thuỷ", "thủy"), ("Khoẻ", "Khỏe"), ("HOÀ", "HÒA"), ("hoá đơn", "hóa đơn")],
)
def test_old_tone_placement_folds_to_one_convention(old: str, new: str) -> None:
    assert fold_tone_placement(old) == new
    assert len(fold_tone_placement(old)) == len(old)
    assert match_key(old) == match_key(new)


@pytest.mark.parametrize("word", ["quý", "hoàng", "khuyến", "toàn", "thuyền"])
def test_syllables_where_placement_does_not_vary_are_kept(word: str) -> None:
    assert fold_tone_placement(word) == word


def test_strip_diacritics() -> None:
    assert strip_diacritics("Kế hoạch cải cách hành chính Đông Hà") == (
        "Ke hoach cai cach hanh chinh Dong Ha"
    )


def test_plain_key_folds_case_accents_tone_placement_and_spaces() -> None:
    assert plain_key("  Thị xã   Hương Trà ") == "thi xa huong tra"
    assert plain_key("HOÀ BÌNH") == plain_key("Hòa Bình") == "hoa binh"
    assert plain_key("Đông Hà") == "dong ha"
