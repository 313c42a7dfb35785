"""Clause windows: the part of a unit's text an answer or a quote is cut from.

A window grows clause by clause around its focus (the number, the document number, the
question's words) while that adds question words; it never crosses ";" or a sentence end.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping

from indexer.units import TOKEN, strip_span
from qa_service.routing import key

__all__ = ["MAX_ANSWER_CHARS", "STRONG", "WEAK", "char_window", "clause_window", "tidy"]

logger = logging.getLogger(__name__)

MAX_ANSWER_CHARS = 200
STRONG = re.compile(r";|(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])")
WEAK = re.compile(r"(?<!\d),|,(?!\d)|:|\(|\)|\s[-–]\s")  # not the comma of "3,4"


def clause_window(
    text: str,
    focus: tuple[int, int],
    weight: Mapping[str, float],
    toned: bool = False,
    limit: int = MAX_ANSWER_CHARS,
) -> tuple[int, int]:
    """The clause holding ``focus``, grown clause by clause while that adds question words.

    Clauses end at "," ":" "(" ")" " - " (weak) and ";" or a sentence end (strong); the window
    never crosses a strong boundary and stays within ``limit`` characters.
    """
    fa, fb = focus
    strong = {m.end() for m in STRONG.finditer(text)}
    cuts = sorted({0, len(text), *strong, *(m.end() for m in WEAK.finditer(text))})
    pieces = list(zip(cuts, cuts[1:], strict=False))
    lo = next((i for i, (x, y) in enumerate(pieces) if x <= fa < y), 0)
    hi = next((i for i, (x, y) in enumerate(pieces) if x < fb <= y), lo)
    hi = max(lo, hi)
    if pieces[hi][1] - pieces[lo][0] > limit:
        return char_window(text, fa, fb, limit)

    def tokens(i: int) -> set[str]:
        return set(TOKEN.findall(key(text[pieces[i][0] : pieces[i][1]], toned)))

    have: set[str] = set()
    for i in range(lo, hi + 1):
        have |= tokens(i)
    while True:
        options: list[tuple[float, int, int]] = []
        if lo > 0 and pieces[lo][0] not in strong and pieces[hi][1] - pieces[lo - 1][0] <= limit:
            new = tokens(lo - 1) - have
            options.append((sum(weight.get(t, 0.0) for t in new) + 0.01, lo - 1, hi))
        if (
            hi + 1 < len(pieces)
            and pieces[hi][1] not in strong
            and pieces[hi + 1][1] - pieces[lo][0] <= limit
        ):
            new = tokens(hi + 1) - have
            options.append((sum(weight.get(t, 0.0) for t in new), lo, hi + 1))
        if not options:
            break
        gain, new_lo, new_hi = max(options)
        short = len(text[pieces[lo][0] : pieces[hi][1]].strip()) < 40
        if gain <= 0.02 and not short:
            break
        lo, hi = new_lo, new_hi
        have |= tokens(lo) | tokens(hi)
    lo, hi = _listed_values(text, pieces, lo, hi, strong, limit)
    start = pieces[lo][0]
    if (
        hi + 1 < len(pieces)
        and pieces[hi][1] not in strong
        and _COUNTED_PLACE.search(text, start, pieces[hi][1])
        and (kind := _PLACE_KIND_PIECE.fullmatch(text, *pieces[hi + 1])) is not None
    ):
        # "gồm 56 xã, | phường (...": the places counted are of both kinds
        return strip_span(text, start, kind.end(1))
    return strip_span(text, start, _bracket_closed(text, start, pieces[hi][1], strong, limit))


# A value and the word for what it counts ("14 tuổi", "30%", "05 ngày"); the words joining the
# last of a list of values to the others
_VALUE = r"\d+(?:[.,]\d+)*\s*(?:%|[^\W\d_]+)"
_VALUE_UNIT = re.compile(r"\d\s*(%|[^\W\d_]+)")
_LIST_JOIN = r"(?:và|hoặc|hay|va|hoac)"
_ONLY_VALUES = re.compile(
    rf"\s*(?:{_LIST_JOIN}\s+)?(?P<values>{_VALUE}(?:(?:\s*,)?\s+{_LIST_JOIN}\s+{_VALUE})*)[\s,.;]*",
    re.IGNORECASE,
)
_ENDS_WITH_VALUE = re.compile(r"\d+(?:[.,]\d+)*\s*(%|[^\W\d_]+)[\s,]*$")


# A count of places ending a window ("gồm 56 xã,"), and the piece after it naming one more kind
# of place, nothing else: "56 xã, phường" counts both kinds together
_PLACE_KINDS = r"(?:xã|phường|thị trấn|đặc khu)"
_COUNTED_PLACE = re.compile(rf"\d\s*{_PLACE_KINDS}\s*,\s*$", re.IGNORECASE)
_PLACE_KIND_PIECE = re.compile(rf"\s*({_PLACE_KINDS})[\s*_]*(?:[,(]|$)", re.IGNORECASE)


def _only_values(piece: str) -> str | None:
    """The word for what the values of ``piece`` count, when it holds nothing but values
    counting the same ("25 tuổi,", "40 tuổi và 60 tuổi."); else None."""
    match = _ONLY_VALUES.fullmatch(piece)
    if match is None:
        return None
    units = {unit.lower() for unit in _VALUE_UNIT.findall(match.group("values"))}
    return units.pop() if len(units) == 1 else None


def _last_unit(piece: str) -> str | None:
    """The word for what the value ending ``piece`` counts ("... khi đủ 14 tuổi,": "tuổi")."""
    match = _ENDS_WITH_VALUE.search(piece)
    return match.group(1).lower() if match else None


def _listed_values(
    text: str, pieces: list[tuple[int, int]], lo: int, hi: int, strong: set[int], limit: int
) -> tuple[int, int]:
    """The window's pieces [lo, hi] grown over the rest of a list of like values it cuts
    ("khi đủ 14 tuổi, | 25 tuổi, | 40 tuổi và 60 tuổi"): a piece of nothing but values that
    count what the value next to it counts is read with it; within ``limit`` characters and
    never across a strong boundary."""

    def piece(i: int) -> str:
        return text[pieces[i][0] : pieces[i][1]]

    unit = _last_unit(text[pieces[lo][0] : pieces[hi][1]])
    while (
        unit is not None
        and hi + 1 < len(pieces)
        and pieces[hi][1] not in strong
        and pieces[hi + 1][1] - pieces[lo][0] <= limit
        and _only_values(piece(hi + 1)) == unit
    ):
        hi += 1
    while (
        lo > 0
        and pieces[lo][0] not in strong
        and pieces[hi][1] - pieces[lo - 1][0] <= limit
        and (unit := _only_values(piece(lo))) is not None
        and _last_unit(piece(lo - 1)) == unit
    ):
        lo -= 1
    return lo, hi


def _bracket_closed(text: str, a: int, b: int, strong: set[int], limit: int) -> int:
    """The end ``b`` of the window [a, b) moved past the ")" that closes a bracket it opens
    and cuts inside ("(qua Vụ Kế hoạch - Tài chính)": a name a dash joins, cut at the dash),
    when that ")" is near (within ``limit``) and no strong boundary comes first (nor ends the
    window: "(trong đó: 02 TTHC cấp tỉnh; 06 TTHC cấp xã)" is cut at its ";"); else ``b``."""
    window = text[a:b]
    opened = window.rfind("(")
    if opened < 0 or window.count("(") <= window.count(")") or not window[opened + 1 :].strip():
        return b  # no bracket left open, or one opened with nothing of it read yet
    close = text.find(")", b)
    if close < 0 or close + 1 - a > limit or any(b <= cut <= close for cut in strong):
        return b
    return close + 1


def char_window(text: str, fa: int, fb: int, limit: int) -> tuple[int, int]:
    """A window of at most ``limit`` characters centred on [fa, fb), cut at spaces."""
    half = max(0, (limit - (fb - fa)) // 2)
    a = max(0, fa - half)
    b = min(len(text), a + limit)
    if a > 0:
        space = text.find(" ", a, fa)
        a = space + 1 if space >= 0 else a
    if b < len(text):
        space = text.rfind(" ", fb, b)
        b = space if space >= 0 else b
    return strip_span(text, a, b)


def tidy(answer: str) -> str:
    """Whitespace collapsed, dangling punctuation, cell bars and brackets fixed, ≤ 200
    characters."""
    answer = " ".join(answer.split()).strip(" ,;:-–|")
    if answer.endswith("(") or answer.count("(") > answer.count(")"):
        answer = answer.rstrip("( ")
        if answer.count("(") > answer.count(")"):
            answer += ")"
    if len(answer) > MAX_ANSWER_CHARS:
        cut = answer.rfind(" ", 0, MAX_ANSWER_CHARS - 1)
        answer = answer[: cut if cut > 0 else MAX_ANSWER_CHARS - 1].rstrip(" ,;:") + "…"
    return answer
