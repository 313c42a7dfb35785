"""``GET /health``: index version, counts, embedder and how far embedding has come."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from qa_service.api.schemas import EmbeddingProgress, HealthResponse

__all__ = ["router"]

router = APIRouter(tags=["hệ thống"])


@router.get(
    "/health",
    response_model=HealthResponse,
    responses={503: {"model": HealthResponse}},
    summary="Service and index status",
)
def health(request: Request) -> HealthResponse | JSONResponse:
    state = request.app.state.service
    state.refresh()
    answerer = state.answerer
    if answerer is None:
        body = HealthResponse(
            status="unavailable",
            index_version=None,
            documents=0,
            passages=0,
            embedder=None,
            detail=state.error or "no index loaded",
        )
        return JSONResponse(status_code=503, content=body.model_dump())
    manifest = answerer.reader.manifest
    counts = manifest.get("counts") or {}
    embedder = (manifest.get("embedder") or {}).get("name")
    return HealthResponse(
        status="ok",
        index_version=answerer.version,
        documents=len(answerer.documents),
        passages=int(
            counts.get("passages", sum(d.passage_count for d in answerer.documents.values()))
        ),
        embedder=embedder,
        embedding=_embedding(answerer),
    )


def _embedding(answerer: object) -> EmbeddingProgress | None:
    """Passages with a vector out of all (None when the index has no dense part at all)."""
    retriever = getattr(answerer, "retriever", None)
    progress = getattr(retriever, "embedding_progress", None)
    if progress is None or getattr(retriever, "dense", None) is None:
        return None
    embedded, total = progress
    return EmbeddingProgress(embedded=embedded, total=total, complete=embedded >= total)
