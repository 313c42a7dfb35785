"""``POST /ask``: a short answer with verbatim quotes, or ``found: false``."""

from __future__ import annotations

from fastapi import APIRouter

from qa_service.api.deps import AnswererDep
from qa_service.api.schemas import AskRequest, AskResponse, ErrorResponse

__all__ = ["router"]

router = APIRouter(tags=["hỏi đáp"])


@router.post(
    "/ask",
    response_model=AskResponse,
    responses={
        400: {"model": ErrorResponse, "description": "The body is not valid JSON."},
        422: {"model": ErrorResponse},
        503: {"model": ErrorResponse},
    },
    summary="Answer a question from the indexed documents",
)
def ask(request: AskRequest, answerer: AnswererDep) -> AskResponse:
    """The answer (≤ 200 characters) copied from the first source, or ``found: false``."""
    filters = request.filters.model_dump(exclude_none=True) if request.filters else None
    result = answerer.ask(request.question, top_k=request.top_k, filters=filters)
    return AskResponse.of(result, answerer.version)
