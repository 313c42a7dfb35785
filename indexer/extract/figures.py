"""Figures reported in a text: percentages, scores, ranks, counts, money and deadlines.

Each figure carries its value (Vietnamese number format parsed), the raw text, its unit and kind,
the indicator it measures (see :func:`~indexer.extract.indicators.indicator_phrase`), the period
it covers (found in its sentence — "quý I năm 2023", "8 tháng đầu năm 2023" — or passed in) and
the locality. Numbers that are not measurements are left out: dates, years, document numbers,
section labels ("1.2."), ordinals ("Điều 5", "lần thứ 6", "mức độ 3, 4") and standards
("ISO 9001:2015").
"""

from __future__ import annotations

import logging
import re

from indexer.extract.citations import extract_citations
from indexer.extract.indicators import quantity_indicator
from indexer.extract.numbers import find_periods, find_quantities
from indexer.records import Figure

__all__ = ["clause_bounds", "extract_figures", "non_figure_spans"]

logger = logging.getLogger(__name__)

_LABEL = re.compile(r"^[ \t]*(?:\d+(?:\.\d+)+\.?|\d+[.)]|[IVX]+[.)]|[a-zđ]\))(?=[ \t])", re.M)
_LEVEL = re.compile(r"(?i:mức(?:\s+độ)?)\s+[1-4](?:\s*(?:,|và|-|/)\s*[1-4](?!\d))*(?!\d)")
_STANDARD = re.compile(
    r"(?:ISO|TCVN)[\s:]*\d+(?:\s*:\s*\d{4})?(?:\s*\(\s*ISO[\s:]*\d+(?::\d{4})?\))?"
)
_ORDINAL = re.compile(
    r"(?<![\w])(?:Điều|khoản|Khoản|điểm\s+(?=\d)|Mục|mục|Phụ lục|phụ lục|Tiêu chí|tiêu chí|"
    r"Chương|Phần|lần thứ|(?<!xếp )(?<!đứng )(?<!hạng )thứ|Kỳ họp|kỳ họp|khóa|Khóa|nhiệm kỳ|"
    r"Biểu|biểu mẫu|Mẫu|mẫu|Bước|"
    r"Phụ biểu|(?<!tổng )số|Số|Khu vực|khu vực|Tổ|Đội|Quốc lộ|tuyến|Top|top|năm|Năm|"
    r"giai đoạn|Giai đoạn)"
    r"[ \t]*:?[ \t]*\d+(?:[.,]\d+)*(?:[ \t]*(?:,|;|và)[ \t]*\d+(?:\.\d+)+)*"
)
_CLAUSE_STOP = re.compile(r"[;\n]|\.(?!\d)")
_SENTENCE_STOP = re.compile(r"\n|\.(?!\d)")
_CLAUSE_WINDOW = 600  # chars a clause or sentence reaches either side of a figure


def non_figure_spans(
    text: str, citation_spans: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """Spans whose numbers are not measurements: citations, labels, ordinals, levels, standards."""
    if citation_spans is None:
        citation_spans = [(c.start, c.end) for c in extract_citations(text)]
    spans = list(citation_spans)
    for pattern in (_LABEL, _LEVEL, _STANDARD, _ORDINAL):
        spans.extend((m.start(), m.end()) for m in pattern.finditer(text))
    return spans


def clause_bounds(text: str, start: int, end: int, *, sentence: bool = False) -> tuple[int, int]:
    """The clause (between ";" / "." / line breaks) or the sentence holding ``text[start:end]``."""
    stop = _SENTENCE_STOP if sentence else _CLAUSE_STOP
    # Bounded on both sides: a text without stops (one megabyte-long line) must not make every
    # figure's clause the whole text (quadratic work).
    left = max(0, start - _CLAUSE_WINDOW)
    for m in stop.finditer(text, left, start):
        left = m.end()
    limit = min(len(text), end + _CLAUSE_WINDOW)
    right_match = stop.search(text, end, limit)
    right = right_match.start() if right_match else limit
    return left, right


def extract_figures(
    text: str, *, locality: str | None = None, period: str | None = None
) -> list[Figure]:
    """Every figure in ``text`` (clean text), in text order; spans are offsets into ``text``."""
    figures: list[Figure] = []
    for q in find_quantities(text, skip=non_figure_spans(text)):
        kind = "score" if q.kind == "count" and q.unit == "điểm" else q.kind
        c_start, c_end = clause_bounds(text, q.start, q.end)
        indicator = quantity_indicator(text, q, kind, c_start, c_end) or None
        s_start, s_end = clause_bounds(text, q.start, q.end, sentence=True)
        found = [
            p for p in find_periods(text[s_start:s_end]) if not _is_baseline(text, s_start + p[0])
        ]
        figure_period = found[0][2] if found else period
        figures.append(
            Figure(
                value=q.value,
                raw=q.raw,
                unit=q.unit,
                kind=kind,
                indicator=indicator,
                period=figure_period,
                locality=locality,
                start=q.start,
                end=q.end,
                denominator=q.denominator,
            )
        )
    return figures


def _is_baseline(text: str, position: int) -> bool:
    """ "so với năm 2015", "hơn năm 2023": a comparison base, not the period."""
    before = text[max(0, position - 12) : position].lower()
    return before.rstrip().endswith(("so với", "hơn"))
