"""Text normalization for *matching* (never for showing).

- :func:`nfc` composes Unicode (Windows-1258 and some editors write decomposed tone marks).
- :func:`fold_tone_placement` maps old-style tone placement onto one convention, character for
  character, so "hoà" and "hòa", "thuỷ" and "thủy" compare equal. The convention kept is the
  tone on the first vowel of "oa", "oe", "uy" (hòa, thủy), which the corpus uses most.
- :func:`strip_diacritics` removes tones and vowel marks and maps đ→d, for accent-free queries.
- :func:`match_key` is what lexical and fuzzy matching compare: NFC, one tone placement, lower case.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "CAPITAL_LETTERS",
    "fold_tone_placement",
    "in_capitals",
    "match_key",
    "nfc",
    "plain_key",
    "strip_diacritics",
]

_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below
_PAIRS = ("oa", "oe", "uy")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _split_tone(char: str) -> tuple[str, str]:
    """Split one NFC character into (character without tone, tone mark or "")."""
    decomposed = unicodedata.normalize("NFD", char)
    tone = "".join(c for c in decomposed if c in _TONES)
    base = "".join(c for c in decomposed if c not in _TONES)
    return unicodedata.normalize("NFC", base), tone


def _build_tone_table() -> dict[str, str]:
    """Two-character old-style sequences ("oà") to their one-convention form ("òa")."""
    table: dict[str, str] = {}
    for first, second in _PAIRS:
        for tone in _TONES:
            for upper_first in (False, True):
                for upper_second in (False, True):
                    f = first.upper() if upper_first else first
                    s = second.upper() if upper_second else second
                    old = f + unicodedata.normalize("NFC", s + tone)
                    new = unicodedata.normalize("NFC", f + tone) + s
                    table[old] = new
    return table


_TONE_TABLE = _build_tone_table()
assert all(len(old) == 2 for old in _TONE_TABLE)  # a vowel and one precomposed toned vowel
# Only when the pair ends the syllable ("hoà", not "hoàng"/"khuyến"): there the tone sits
# on the second vowel in both conventions; nor after "q", where "u" is part of the consonant.
# Two character classes rather than an alternation of the table's keys: the regex engine
# scans a class pair many times faster, and a pair outside the table is left as it is.
_OLD_STYLE = re.compile(
    r"(?<![qQ])(["
    + re.escape("".join(sorted({old[0] for old in _TONE_TABLE})))
    + "]["
    + re.escape("".join(sorted({old[1] for old in _TONE_TABLE})))
    + r"])(?![^\W\d_])"
)


def _fold_pair(match: re.Match[str]) -> str:
    pair = match.group(1)
    return _TONE_TABLE.get(pair, pair)


def fold_tone_placement(text: str) -> str:
    """Same length as ``text``: every old-style "oà/oè/uỳ" ending a syllable becomes "òa/òe/ùy"."""
    return _OLD_STYLE.sub(_fold_pair, text)


class _Unmarked(dict[int, str]):
    """Code point → the character's canonical decomposition without its combining marks,
    worked out on first sight (``str.translate`` reads it as a mapping). At most
    ``_UNMARKED_MAX`` characters are kept; rarer ones are worked out each time."""

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFD", chr(code))
        stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
        if len(self) < _UNMARKED_MAX:
            self[code] = stripped
        return stripped


_UNMARKED_MAX = 1 << 16
_UNMARKED = _Unmarked()


def strip_diacritics(text: str) -> str:
    """ "Kế hoạch Đông Hà" → "Ke hoach Dong Ha" (same length for NFC input).

    The text is decomposed (NFD), its combining marks dropped and the rest composed again
    (NFC). Canonical reordering only moves combining marks, which are all dropped, so the
    decomposition can be made character by character (a table, in C) rather than over the
    whole text and a Python loop over its characters: the same result, several times faster.
    """
    if text.isascii():  # nothing to strip (folded text mostly)
        return text
    stripped = text.translate(_UNMARKED)
    return unicodedata.normalize("NFC", stripped).replace("đ", "d").replace("Đ", "D")


def match_key(text: str) -> str:
    return fold_tone_placement(nfc(text)).lower()


def plain_key(text: str) -> str:
    """match_key without diacritics, spaces collapsed: "Thị xã  Hương Trà" → "thi xa huong tra"."""
    return " ".join(strip_diacritics(match_key(text)).split())


# Vietnamese capital letters, for a regex character class ("[{CAPITAL_LETTERS}]"): the range
# "À-Ỹ" would also take the lower-case letters that lie between its ends
CAPITAL_LETTERS = "A-ZĐÂĂÊÔƠƯÀÁẢÃẠẦẤẨẪẬẰẮẲẴẶÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ"


def in_capitals(text: str) -> bool:
    """Two letters or more, every one a capital ("ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH")."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
