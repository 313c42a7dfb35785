"""Vietnamese administrative units (tỉnh, huyện, xã, ...): the words that introduce a place name.

One list for the metadata parser (the issuer "Ủy ban nhân dân huyện Văn Quan"), the question
router ("thị xã Hương Trà") and the gazetteer of places a text mentions.
"""

from __future__ import annotations

import re

__all__ = ["ADMINISTRATIVE_UNITS", "UNIT_PATTERN"]

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
