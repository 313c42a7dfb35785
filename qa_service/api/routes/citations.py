"""``GET /citations?number=`` and ``GET /citations/conflicts``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from indexer.records import Citation
from qa_service.answer import Answerer
from qa_service.api.deps import AnswererDep
from qa_service.api.schemas import (
    CitationConflict,
    CitationConflictList,
    CitationList,
    CitationRecord,
    ErrorResponse,
)
from qa_service.citations import conflicts, mentions

__all__ = ["router"]

router = APIRouter(tags=["trích dẫn"])


def _record(answerer: Answerer, doc_id: str, passage_id: int | None, c: Citation) -> CitationRecord:
    meta = answerer.documents[doc_id].meta
    return CitationRecord(
        doc_id=doc_id,
        document=meta.document,
        passage_id=passage_id,
        number=c.number,
        type=c.doc_type,
        type_code=c.type_code,
        year=c.year,
        date=c.date,
        issuer=c.issuer,
        subject=c.subject,
        quote=answerer.texts[doc_id][c.start : c.end],
        start=c.start,
        end=c.end,
    )


@router.get(
    "/citations",
    response_model=CitationList,
    responses={422: {"model": ErrorResponse}, 503: {"model": ErrorResponse}},
    summary="Documents cited in the corpus",
)
def list_citations(
    answerer: AnswererDep,
    number: Annotated[
        str | None, Query(max_length=100, description='e.g. "1941/QĐ-UBND" or "1941"')
    ] = None,
) -> CitationList:
    records = [
        _record(answerer, r.doc_id, r.passage_id, r.citation)
        for r in mentions(answerer.reader, number)
        if r.doc_id in answerer.documents
    ]
    return CitationList(count=len(records), citations=records)


@router.get(
    "/citations/conflicts",
    response_model=CitationConflictList,
    responses={503: {"model": ErrorResponse}},
    summary="The same document number cited with different dates or types",
)
def citation_conflicts(answerer: AnswererDep) -> CitationConflictList:
    found = []
    for c in conflicts(answerer.reader):
        values = [_conflict_value(c.kind, cit) for _, cit in (c.first, c.second)]
        found.append(
            CitationConflict(
                number=c.first[1].number,
                kind=c.kind,
                message=c.message,
                values=values,
                mentions=[
                    _record(answerer, doc_id, None, cit) for doc_id, cit in (c.first, c.second)
                ],
            )
        )
    return CitationConflictList(count=len(found), conflicts=found)


def _conflict_value(kind: str, citation: Citation) -> str:
    if kind == "date":
        return citation.date or ""
    if kind == "type":
        return f"{citation.doc_type or ''} {citation.number}".strip()
    return citation.subject or ""
