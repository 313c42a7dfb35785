"""Administrative units and whole-word place matching."""

from __future__ import annotations

import re

from indexer.places import ADMINISTRATIVE_UNITS, UNIT_PATTERN, names_place


def test_units_match_in_any_case() -> None:
    pattern = re.compile(UNIT_PATTERN)
    for unit in ADMINISTRATIVE_UNITS:
        assert pattern.fullmatch(unit) and pattern.fullmatch(unit.upper())


def test_names_place_matches_whole_words_with_their_accents() -> None:
    assert names_place("Hương Trà", None, "Thị xã Hương Trà", "")
    assert names_place("huong tra", "THỊ XÃ HƯƠNG TRÀ")
    assert not names_place("Trà", "Kế hoạch kiểm tra công tác cải cách hành chính")
    assert names_place("Hoà Bình", "tỉnh Hòa Bình")  # old and new tone placement
    assert not names_place("Đông Hà", "đồng hành cùng doanh nghiệp")
    assert not names_place("  ", "Hương Trà") and not names_place("Hương Trà", None)
