"""``GET /citations?number=`` and ``GET /citations/conflicts``."""

from __future__ import annotations

from collections import defaultdict
from typing import Annotated

from fastapi import APIRouter, Query

from indexer.normalize import match_key, strip_diacritics
from indexer.store import CitationRow
from qa_service.answering import Answerer
from qa_service.api.deps import AnswererDep
from qa_service.api.schemas import (
    CitationConflict,
    CitationConflictList,
    CitationList,
    CitationRecord,
    ErrorResponse,
)

__all__ = ["router"]

router = APIRouter(tags=["trích dẫn"])


def _record(answerer: Answerer, row: CitationRow) -> CitationRecord:
    c = row.citation
    meta = answerer.documents[row.doc_id].meta
    return CitationRecord(
        doc_id=row.doc_id,
        document=meta.path,
        passage_id=row.passage_id,
        number=c.number,
        type=c.doc_type,
        type_code=c.type_code,
        year=c.year,
        date=c.date,
        issuer=c.issuer,
        subject=c.subject,
        quote=answerer.texts[row.doc_id][c.start : c.end],
        start=c.start,
        end=c.end,
    )


@router.get(
    "/citations",
    response_model=CitationList,
    responses={503: {"model": ErrorResponse}},
    summary="Documents cited in the corpus",
)
def list_citations(
    answerer: AnswererDep,
    number: Annotated[
        str | None, Query(max_length=100, description='e.g. "1941/QĐ-UBND" or "1941"')
    ] = None,
) -> CitationList:
    # Filtered here rather than in SQL: SQLite's lower() leaves "Đ" alone, so "QĐ" ≠ "qđ" there.
    wanted = _number_key(number) if number and number.strip() else None
    records = [
        _record(answerer, r)
        for r in answerer.citations
        if r.doc_id in answerer.documents
        and (wanted is None or wanted in _number_key(r.citation.number))
    ]
    return CitationList(count=len(records), citations=records)


def _number_key(number: str) -> str:
    return strip_diacritics(match_key(number)).replace(" ", "").upper()


@router.get(
    "/citations/conflicts",
    response_model=CitationConflictList,
    responses={503: {"model": ErrorResponse}},
    summary="The same document number cited with different dates or types",
)
def citation_conflicts(answerer: AnswererDep) -> CitationConflictList:
    groups: dict[str, list[CitationRow]] = defaultdict(list)
    for row in answerer.citations:
        if row.doc_id in answerer.documents:
            groups[_number_key(row.citation.number)].append(row)
    conflicts: list[CitationConflict] = []
    for rows in groups.values():
        dates = sorted({r.citation.date for r in rows if r.citation.date})
        types = sorted({r.citation.doc_type for r in rows if r.citation.doc_type})
        for kind, values in (("date", dates), ("type", types)):
            if len(values) > 1:
                conflicts.append(
                    CitationConflict(
                        number=rows[0].citation.number,
                        kind=kind,
                        values=values,
                        mentions=[_record(answerer, r) for r in rows],
                    )
                )
    conflicts.sort(key=lambda c: (c.number, c.kind))
    return CitationConflictList(count=len(conflicts), conflicts=conflicts)
