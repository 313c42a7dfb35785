"""Targets comparison: one table per normalized indicator, documents × years, every cell quoted.

The targets come from the index (``IndexReader.targets``); their ``indicator_key`` (normalized by
the extractor) groups the same indicator across plans. Matching an indicator asked in words is
done on folded text (no diacritics, abbreviations expanded) with rapidfuzz, so "muc do hai long"
finds "Mức độ hài lòng của người dân".
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from indexer.store import DocumentRow, TargetRow
from qa_service.routing import content_terms, fold

__all__ = [
    "Comparison",
    "ComparisonCell",
    "ComparisonDocument",
    "ComparisonRow",
    "build_comparison",
    "indicator_matches",
    "target_quote_span",
]

logger = logging.getLogger(__name__)

_MIN_QUOTE = 24  # a target span shorter than this is widened to its line for the quote
_MATCH_RATIO = 80.0


@dataclass(frozen=True)
class ComparisonDocument:
    doc_id: str
    document: str
    title: str | None
    locality: str | None


@dataclass(frozen=True)
class ComparisonCell:
    doc_id: str
    year: int | None
    comparator: str
    value: float | None
    raw: str
    unit: str | None
    quote: str  # document_text[start:end]
    start: int
    end: int


@dataclass(frozen=True)
class ComparisonRow:
    indicator_key: str
    indicator: str
    cells: tuple[ComparisonCell, ...]


@dataclass(frozen=True)
class Comparison:
    indicator: str
    years: tuple[int | None, ...]
    documents: tuple[ComparisonDocument, ...]
    rows: tuple[ComparisonRow, ...]


def indicator_matches(wanted: str, indicator: str, indicator_key: str = "") -> float:
    """0..100: the share of the asked indicator's words that the target's indicator holds.

    Directional on purpose: a short indicator ("người dân") must not match a long question
    just because its words are a subset of it. A word counts when rapidfuzz finds it nearly
    as written (a typo or a different tone mark still counts).
    """
    from rapidfuzz import fuzz

    asked = content_terms(fold(wanted))
    if not asked:
        return 0.0
    have = set(content_terms(fold(f"{indicator} {indicator_key}")))
    if not have:
        return 0.0
    found = sum(
        1.0 if term in have else float(max(fuzz.ratio(term, h) for h in have) >= 85)
        for term in asked
    )
    return 100.0 * found / len(asked)


def matching_targets(
    targets: Sequence[TargetRow], indicator: str | None = None, year: int | None = None
) -> list[TargetRow]:
    """Targets of ``year`` whose indicator matches ``indicator`` (either may be None)."""
    return [
        t
        for t in targets
        if (year is None or t.target.year == year)
        and (
            not indicator
            or indicator_matches(indicator, t.target.indicator, t.target.indicator_key)
            >= _MATCH_RATIO
        )
    ]


def target_quote_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The target's own span, or its whole line when the span is only the number."""
    if end - start >= _MIN_QUOTE:
        return start, end
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    while line_start < line_end and text[line_start].isspace():
        line_start += 1
    while line_end > line_start and text[line_end - 1].isspace():
        line_end -= 1
    return line_start, line_end


def build_comparison(
    indicator: str,
    targets: Sequence[TargetRow],
    documents: Mapping[str, DocumentRow],
    document_text: Callable[[str], str],
    *,
    min_ratio: float = _MATCH_RATIO,
    doc_ids: set[str] | None = None,
) -> Comparison | None:
    """Targets whose indicator matches ``indicator`` as rows of indicator × document × year."""
    matched = [
        t
        for t in targets
        if (doc_ids is None or t.doc_id in doc_ids)
        and indicator_matches(indicator, t.target.indicator, t.target.indicator_key) >= min_ratio
    ]
    if not matched:
        return None
    order = {doc_id: i for i, doc_id in enumerate(documents)}
    texts: dict[str, str] = {}
    rows: dict[str, list[tuple[TargetRow, ComparisonCell]]] = {}
    for row in matched:
        target = row.target
        if row.doc_id not in texts:
            texts[row.doc_id] = document_text(row.doc_id)
        text = texts[row.doc_id]
        start, end = target_quote_span(text, target.start, target.end)
        cell = ComparisonCell(
            doc_id=row.doc_id,
            year=target.year,
            comparator=target.comparator,
            value=target.value,
            raw=target.raw,
            unit=target.unit,
            quote=text[start:end],
            start=start,
            end=end,
        )
        rows.setdefault(target.indicator_key, []).append((row, cell))
    out_rows: list[ComparisonRow] = []
    for key, cells in rows.items():
        cells.sort(
            key=lambda rc: (order.get(rc[1].doc_id, 1 << 30), rc[1].year or 1 << 30, rc[1].start)
        )
        unique: dict[tuple[str, int | None, str], ComparisonCell] = {}
        for _, cell in cells:
            unique.setdefault((cell.doc_id, cell.year, cell.raw), cell)
        out_rows.append(ComparisonRow(key, cells[0][0].target.indicator, tuple(unique.values())))
    out_rows.sort(  # best matching indicator first, then the fullest row
        key=lambda r: (-indicator_matches(indicator, r.indicator, r.indicator_key), -len(r.cells))
    )
    years = sorted({c.year for r in out_rows for c in r.cells}, key=lambda y: (y is None, y or 0))
    used = [d for d in documents if any(c.doc_id == d for r in out_rows for c in r.cells)]
    docs = tuple(
        ComparisonDocument(
            doc_id=d,
            document=documents[d].meta.document,
            title=documents[d].meta.title,
            locality=documents[d].meta.place or documents[d].meta.issuer,
        )
        for d in used
    )
    return Comparison(indicator=indicator, years=tuple(years), documents=docs, rows=tuple(out_rows))
