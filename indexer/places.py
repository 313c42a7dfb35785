"""Vietnamese administrative units (tỉnh, huyện, xã, ...): the words that introduce a place name.

One list for the metadata parser (the issuer "Ủy ban nhân dân huyện Văn Quan"), the question
router ("thị xã Hương Trà") and the gazetteer of places a text mentions.
"""

from __future__ import annotations

import re

from indexer.normalize import match_key, plain_key, strip_diacritics

__all__ = ["ADMINISTRATIVE_UNITS", "UNIT_PATTERN", "names_place"]

# Lower case, longest first so that a regex alternation tries "thị xã" before "xã".
ADMINISTRATIVE_UNITS: tuple[str, ...] = (
    "thành phố",
    "thị trấn",
    "thị xã",
    "phường",
    "huyện",
    "quận",
    "tỉnh",
    "xã",
)
# The units as a regex alternation, case-insensitive ("HUYỆN", "Huyện", "huyện").
UNIT_PATTERN = "(?i:" + "|".join(re.escape(unit) for unit in ADMINISTRATIVE_UNITS) + ")"


def _key(text: str, toned: bool) -> str:
    return " ".join(match_key(text).split()) if toned else plain_key(text)


def names_place(place: str, *texts: str | None) -> bool:
    """Whether one of ``texts`` names ``place`` in whole words, case aside; accents count when
    ``place`` is written with them ("Trà" is not in "kiểm tra", "tra" is)."""
    toned = strip_diacritics(place) != place
    wanted = _key(place, toned)
    if not wanted:
        return False
    pattern = re.compile(rf"(?<!\w){re.escape(wanted)}(?!\w)")
    return any(pattern.search(_key(text, toned)) for text in texts if text)
