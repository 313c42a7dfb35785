"""``POST /search``: ranked passages (hybrid, BM25 or dense) with their verbatim text."""

from __future__ import annotations

from fastapi import APIRouter

from qa_service.api.deps import AnswererDep
from qa_service.api.errors import IndexUnavailable
from qa_service.api.schemas import ErrorResponse, SearchHit, SearchRequest, SearchResponse

__all__ = ["router"]

router = APIRouter(tags=["tìm kiếm"])


@router.post(
    "/search",
    response_model=SearchResponse,
    responses={
        400: {"model": ErrorResponse, "description": "The body is not valid JSON."},
        422: {"model": ErrorResponse},
        503: {"model": ErrorResponse},
    },
    summary="Search passages",
)
def search(request: SearchRequest, answerer: AnswererDep) -> SearchResponse:
    retriever = answerer.retriever
    if retriever is None:
        raise IndexUnavailable("search is not available: the retriever could not be opened")
    filters = None
    if request.filters is not None:
        from qa_service.retrieval import SearchFilters

        f = request.filters
        filters = SearchFilters(
            doc_ids=tuple(f.doc_ids) if f.doc_ids else None,
            doc_type=f.doc_type,
            year=f.year,
            locality=f.locality,
        )
    result = retriever.search(
        request.query,
        request.top_k,
        method=request.method,
        filters=filters,
        fusion=request.fusion,
    )
    hits = []
    for hit in result.hits:
        row = answerer.documents.get(hit.doc_id)
        text = answerer.texts.get(hit.doc_id, "")
        hits.append(
            SearchHit(
                passage_id=hit.passage_id,
                doc_id=hit.doc_id,
                document=row.meta.document if row else hit.doc_id,
                title=row.meta.title if row else None,
                section=hit.section_path,
                kind=hit.kind,
                quote=text[hit.start : hit.end],
                start=hit.start,
                end=hit.end,
                page=hit.page,
                score=round(float(hit.score), 6),
            )
        )
    return SearchResponse(
        query=request.query,
        method=result.method,
        hits=hits,
        timings_ms=result.timings_ms,
        index_version=answerer.version,
    )
