"""Matching keys: one tone placement, no diacritics, same length."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


def _strip_by_definition(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped).replace("đ", "d").replace("Đ", "D")


_VIETNAMESE = "aăâeêioôơuưyđAĂÂEÊIOÔƠUƯYĐ \u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"


@given(
    st.text(alphabet=st.sampled_from(_VIETNAMESE) | st.characters(), max_size=40)
    | st.text(alphabet=st.characters(min_codepoint=0x1100, max_codepoint=0x11FF))  # jamo
    | st.text(alphabet=st.characters(min_codepoint=0xAC00, max_codepoint=0xAC40))  # Hangul
)
def test_strip_diacritics_is_decompose_drop_marks_compose(text: str) -> None:
    """Made character by character through a table, the same as over the whole text (combined
    marks, marks written apart, decomposed input, scripts that compose again)."""
    assert strip_diacritics(text) == _strip_by_definition(text)


def test_plain_key_folds_case_accents_tone_placement_and_spaces() -> None:
    assert plain_key("  Thị xã   Hương Trà ") == "thi xa huong tra"
    assert plain_key("HOÀ BÌNH") == plain_key("Hòa Bình") == "hoa binh"
    assert plain_key("Đông Hà") == "dong ha"
