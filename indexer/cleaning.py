"""Strip markup and debris from a document text while remembering where every character came from.

The clean text is for parsing, matching and embedding; what a user sees is always a slice of the
document text, found through :meth:`CleanText.to_original`.

Removed: markdown emphasis (``**``, ``*``, ``__``), heading marks (``##``), horizontal rules,
``<sup>n</sup>`` footnote anchors, ``<b>``/``<i>``/``<u>``/``<span>`` tags, ``<br>`` (replaced by
a space), soft line breaks of hard-wrapped text (replaced by a space, see ``linebreaks.py``),
page-number lines ("Trang 3", "- 3 -", "3/12") and page headers repeated on many pages.
Table pipes stay: the structure parser reads tables from the clean text.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

import numpy as np

from indexer.linebreaks import soft_break_offsets

__all__ = ["CleanText", "clean_text"]


@dataclass(frozen=True)
class CleanText:
    """``text[i]`` came from ``original[starts[i]:ends[i]]``."""

    text: str
    starts: np.ndarray  # int64, one per clean character
    ends: np.ndarray
    original_length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the clean span ``[start, end)`` onto the document text."""
        if end <= start:
            anchor = int(self.starts[start]) if start < len(self.text) else self.original_length
            return anchor, anchor
        return int(self.starts[start]), int(self.ends[end - 1])

    def to_clean(self, offset: int) -> int:
        """Index of the first clean character at or after original ``offset``."""
        return int(np.searchsorted(self.starts, offset, side="left"))


_DELETE = re.compile(
    r"<sup>\s*[\w*]{1,4}\s*</sup>"  # footnote anchors (the note bodies keep their text)
    r"|</?(?:b|i|u|em|strong|span|font|p|div)\b[^>\n]*>"
    r"|\*{1,3}(?=\S)|(?<=\S)\*{1,3}|(?<=\s)\*{2,3}(?=\s)"  # emphasis markers, not "a * b"
    r"|(?<![\w])__(?=\S)|(?<=\S)__(?![\w])",
    re.IGNORECASE,
)
_LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
_HEADING_MARK = re.compile(r"^[ \t]*#{1,6}[ \t]*", re.MULTILINE)
_RULE_LINE = re.compile(r"^[ \t]*(?:-{3,}|_{3,}|\*{3,}|={3,})[ \t]*$", re.MULTILINE)
_PAGE_NUMBER_LINE = re.compile(
    r"^[ \t]*(?:(?:Trang|Page)[ \t]+\d{1,4}(?:[ \t]*(?:/|của|of)[ \t]*\d{1,4})?"
    r"|-[ \t]*\d{1,4}[ \t]*-|\d{1,4}[ \t]*/[ \t]*\d{1,4})[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
# A bare number alone between blank lines: a page number (a table cell stays, it has neighbours).
_BARE_PAGE_NUMBER = re.compile(r"(?:^|(?<=\n))[ \t]*\n[ \t]*(\d{1,3})[ \t]*(?=\n[ \t]*(?:\n|$)|$)")
_FORM_FEED = re.compile(r"\f")
# A short line seen this often is a running page header or footer, not content.
_REPEATED_LINE_MIN = 3
_REPEATED_LINE_MAX_CHARS = 80
_TABLE_CHARS = {"|", "\t"}
# A heading repeated under each parent ("b) Đến năm 2030") is structure, not a page header.
_LABELLED = re.compile(
    # "Điều" alone: a crawl broke the heading after its word ("**Điều" / "11. Trách nhiệm ...")
    r"^(?:[a-zđ]\)|[IVXLC]+\.|\d+(?:\.\d+)*\.?\s|(?:Điều|Chương|Mục|Phần|Phụ lục)(?:\s|$))",
    re.IGNORECASE,
)  # repeated table headers are the table parser's business


def _repeated_header_spans(text: str, soft: set[int]) -> list[tuple[int, int]]:
    """Running page headers: short lines repeated verbatim; a line that a soft break joins to
    its neighbour is part of a paragraph (a form repeated in the appendices), and a line between
    "|" lines a table cell, not a header."""
    lines: list[tuple[int, int, str]] = []
    position = 0
    raw = text.splitlines(keepends=True)
    for k, line in enumerate(raw):
        body = line.rstrip("\r\n")
        stripped = body.strip()
        wrapped = position - 1 in soft or position + len(body) in soft
        # a line between lone "|" lines is a table cell laid out one a line (web crawls)
        cell = any(0 <= n < len(raw) and raw[n].strip() == "|" for n in (k - 1, k + 1))
        if (
            stripped
            and not wrapped
            and not cell
            and len(stripped) <= _REPEATED_LINE_MAX_CHARS
            and not _TABLE_CHARS & set(body)
        ):
            lines.append((position, position + len(body), stripped))
        position += len(line)
    counts = Counter(s for _, _, s in lines)
    # Headers repeat verbatim and carry no sentence punctuation; list items like "- Lưu: VT."
    # repeat too, so require the line to look like a running title (no final punctuation). The
    # first occurrence stays: it may be the document's own header ("BỘ NÔNG NGHIỆP") that forms
    # in its appendices repeat.
    seen: set[str] = set()
    spans: list[tuple[int, int]] = []
    for a, b, s in lines:
        if counts[s] >= _REPEATED_LINE_MIN and _is_running_title(s):
            if s in seen:
                spans.append((a, b))
            seen.add(s)
    return spans


def _is_running_title(line: str) -> bool:
    """A line that could be a page header: no list mark, heading label or final punctuation."""
    text = line.strip("*_# ")
    return bool(text) and not (
        text.startswith(("-", "+", "•"))
        or _LABELLED.match(text)
        or text.endswith((".", ";", ":", ","))
        or any(ch.isdigit() for ch in text[:3])
    )


def clean_text(original: str) -> CleanText:
    """Clean ``original`` and keep, for each clean character, its original span."""
    n = len(original)
    keep = np.ones(n, dtype=bool)
    substitute: dict[int, str] = {}

    def drop(start: int, end: int) -> None:
        keep[start:end] = False

    for pattern in (_DELETE, _HEADING_MARK, _RULE_LINE, _PAGE_NUMBER_LINE, _FORM_FEED):
        for match in pattern.finditer(original):
            drop(match.start(), match.end())
    for match in _BARE_PAGE_NUMBER.finditer(original):
        drop(match.start(1), match.end(1))
    for match in _LINE_BREAK_TAG.finditer(original):
        drop(match.start(), match.end() - 1)
        substitute[match.end() - 1] = " "
    soft = soft_break_offsets(original)
    for start, end in _repeated_header_spans(original, set(soft)):
        drop(start, end)
    for offset in soft:  # a hard-wrapped line reads on (linebreaks.py)
        substitute[offset] = " "
        if offset and original[offset - 1] == "\r":
            substitute[offset - 1] = " "

    starts = np.flatnonzero(keep).astype(np.int64)
    text = "".join(original[a:b] for a, b in _runs(starts))
    if substitute:
        chars = list(text)
        for position, replacement in substitute.items():
            if keep[position]:
                chars[int(np.searchsorted(starts, position))] = replacement
        text = "".join(chars)
    ends = starts + 1
    if not unicodedata.is_normalized("NFC", text):
        text, starts, ends = _compose(text, starts, ends)
    return CleanText(text=text, starts=starts, ends=ends, original_length=n)


def _runs(positions: np.ndarray) -> list[tuple[int, int]]:
    """Maximal runs of consecutive positions as half-open (start, end) pairs."""
    if not len(positions):
        return []
    breaks = np.flatnonzero(np.diff(positions) != 1) + 1
    firsts = np.concatenate(([0], breaks))
    lasts = np.concatenate((breaks, [len(positions)])) - 1
    return [(int(positions[a]), int(positions[b]) + 1) for a, b in zip(firsts, lasts, strict=True)]


def _compose(text: str, starts: np.ndarray, ends: np.ndarray) -> tuple[str, np.ndarray, np.ndarray]:
    """NFC-compose cluster by cluster (a base character and its combining marks)."""
    out: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        composed = unicodedata.normalize("NFC", text[i:j])
        for ch in composed:
            out.append(ch)
            new_starts.append(int(starts[i]))
            new_ends.append(int(ends[j - 1]))
        i = j
    return "".join(out), np.array(new_starts, dtype=np.int64), np.array(new_ends, dtype=np.int64)
