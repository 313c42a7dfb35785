"""Request and response models of the HTTP API (also what ``vnqa ask --json`` prints)."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator

from qa_service.answer.sources import MAX_SOURCES

__all__ = [
    "MAX_QUESTION_CHARS",
    "MAX_TOP_K",
    "AskRequest",
    "EmbeddingProgress",
    "AskResponse",
    "CitationConflict",
    "CitationConflictList",
    "CitationList",
    "CitationOut",
    "CitationRecord",
    "Comparison",
    "ComparisonCell",
    "ComparisonDocument",
    "ComparisonRow",
    "DeleteResponse",
    "DocumentDetail",
    "DocumentList",
    "DocumentSummary",
    "ErrorResponse",
    "Filters",
    "HealthResponse",
    "OutlineItem",
    "SearchHit",
    "SearchRequest",
    "SearchResponse",
    "Source",
    "TargetList",
    "TargetRecord",
    "UploadResponse",
]

MAX_QUESTION_CHARS = 1000
MAX_TOP_K = MAX_SOURCES
MAX_SEARCH_K = 100


class _Out(BaseModel):
    """Response models read attributes of the service's dataclasses."""

    model_config = ConfigDict(from_attributes=True)


class ErrorResponse(BaseModel):
    detail: str = Field(description="What went wrong, in one sentence.")
    errors: list[dict] | None = Field(
        default=None, description="Validation errors: field and message."
    )


class Filters(BaseModel):
    """Restrict retrieval; every field is optional."""

    model_config = ConfigDict(extra="forbid")

    doc_ids: list[str] | None = Field(default=None, description="Only these documents.")
    doc_type: str | None = Field(default=None, description='"báo cáo", "kế hoạch", ...')
    year: int | None = Field(default=None, ge=1900, le=2100, description="Document year.")
    locality: str | None = Field(
        default=None,
        min_length=1,
        max_length=100,
        description='Place named by the document\'s place, issuer or title, e.g. "Hương Trà" '
        "(accents and case ignored).",
    )

    @field_validator("locality")
    @classmethod
    def _locality(cls, value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise ValueError("locality must not be empty or whitespace only")
        return value.strip() if value is not None else None


_VERSION_DOC = (
    "The index version that answered: every source or hit is a passage of that version "
    "(also in GET /health)."
)


# What _check_text accepts, declared in the schema (the validators keep their own messages).
_TEXT_SCHEMA = {"minLength": 1, "maxLength": MAX_QUESTION_CHARS, "pattern": r"\S"}


def _integral(value: object) -> object:
    """7.0 is the integer 7 (as JSON Schema has it); strings, booleans and 2.5 stay refused."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _check_text(value: str, name: str) -> str:
    if not value.strip():
        raise ValueError(f"{name} must not be empty or whitespace only")
    if len(value) > MAX_QUESTION_CHARS:
        raise ValueError(
            f"{name} is too long ({len(value)} characters; the limit is {MAX_QUESTION_CHARS})"
        )
    return value.strip()


class AskRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "question": "Quyết định nào ban hành Kế hoạch CCHC năm 2023 của thị xã "
                    "Hương Trà?",
                    "top_k": 5,
                }
            ]
        },
    )

    question: str = Field(
        description=f"1 to {MAX_QUESTION_CHARS} characters.", json_schema_extra=_TEXT_SCHEMA
    )
    top_k: Annotated[int, Field(strict=True)] = Field(
        default=5,
        description=(
            f"Number of sources, 1 to {MAX_TOP_K}; an answer listing more documents keeps a "
            "quote of each (up to the same maximum)."
        ),
        json_schema_extra={"minimum": 1, "maximum": MAX_TOP_K},
    )
    filters: Filters | None = None

    @field_validator("question")
    @classmethod
    def _question(cls, value: str) -> str:
        return _check_text(value, "question")

    _integral_top_k = field_validator("top_k", mode="before")(_integral)

    @field_validator("top_k")
    @classmethod
    def _top_k(cls, value: int) -> int:
        if not 1 <= value <= MAX_TOP_K:
            raise ValueError(f"top_k must be between 1 and {MAX_TOP_K} (got {value})")
        return value


class Source(_Out):
    document: str = Field(
        description='The indexed folder\'s name + the path inside it, e.g. "corpus/<file>".'
    )
    doc_id: str
    title: str | None
    doc_number: str | None
    section: str
    quote: str = Field(description="Exactly document_text[start:end].")
    start: int
    end: int
    score: float


class CitationOut(_Out):
    number: str
    type: str | None
    date: str | None
    issuer: str | None
    subject: str | None


class ComparisonDocument(_Out):
    doc_id: str
    document: str
    title: str | None
    locality: str | None


class ComparisonCell(_Out):
    doc_id: str
    year: int | None
    comparator: str
    value: float | None
    raw: str
    unit: str | None
    quote: str = Field(description="Exactly document_text[start:end] of the target's document.")
    start: int
    end: int


class ComparisonRow(_Out):
    indicator_key: str
    indicator: str
    cells: list[ComparisonCell]


class Comparison(_Out):
    indicator: str = Field(description="What was asked for.")
    years: list[int | None]
    documents: list[ComparisonDocument]
    rows: list[ComparisonRow]


class AskResponse(_Out):
    question: str
    answer: str | None = Field(description="≤ 200 characters; null when not found.")
    found: bool
    confidence: float = Field(ge=0.0, le=1.0)
    intent: str
    sources: list[Source]
    citations: list[CitationOut]
    comparison: Comparison | None
    timings_ms: dict[str, float]
    index_version: str = Field(description=_VERSION_DOC)

    @classmethod
    def of(cls, result: object, index_version: str) -> AskResponse:
        """The response for an ``AskResult`` of the answerer over ``index_version``."""
        fields = {
            name: getattr(result, name) for name in cls.model_fields if name != "index_version"
        }
        return cls.model_validate({**fields, "index_version": index_version})


class SearchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    query: str = Field(
        description=f"1 to {MAX_QUESTION_CHARS} characters.", json_schema_extra=_TEXT_SCHEMA
    )
    top_k: Annotated[int, Field(strict=True)] = Field(
        default=10,
        description=f"1 to {MAX_SEARCH_K}.",
        json_schema_extra={"minimum": 1, "maximum": MAX_SEARCH_K},
    )
    method: str = Field(default="hybrid", pattern="^(hybrid|bm25|dense)$")
    fusion: str = Field(
        default="zscore", pattern="^(zscore|rrf)$", description="How hybrid merges its lists."
    )
    filters: Filters | None = None

    @field_validator("query")
    @classmethod
    def _query(cls, value: str) -> str:
        return _check_text(value, "query")

    _integral_top_k = field_validator("top_k", mode="before")(_integral)

    @field_validator("top_k")
    @classmethod
    def _top_k(cls, value: int) -> int:
        if not 1 <= value <= MAX_SEARCH_K:
            raise ValueError(f"top_k must be between 1 and {MAX_SEARCH_K} (got {value})")
        return value


class SearchHit(_Out):
    passage_id: int
    doc_id: str
    document: str
    title: str | None
    section: str
    kind: str
    quote: str = Field(description="Exactly document_text[start:end].")
    start: int
    end: int
    page: int
    score: float


class SearchResponse(_Out):
    query: str
    method: str
    hits: list[SearchHit]
    timings_ms: dict[str, float]
    index_version: str = Field(description=_VERSION_DOC)


class DocumentSummary(_Out):
    doc_id: str
    document: str
    title: str | None
    doc_type: str | None
    number: str | None
    date: str | None
    place: str | None
    issuer: str | None
    signer: str | None
    format: str
    passage_count: int


class DocumentList(_Out):
    count: int
    documents: list[DocumentSummary]


class OutlineItem(_Out):
    id: int
    parent: int | None
    level: int
    kind: str
    label: str
    title: str
    start: int
    end: int


class DocumentDetail(DocumentSummary):
    signer_position: str | None
    recipients: list[str]
    warnings: list[str]
    outline: list[OutlineItem]
    text: str


class CitationRecord(_Out):
    doc_id: str
    document: str
    passage_id: int | None
    number: str
    type: str | None
    type_code: str | None
    year: int | None
    date: str | None
    issuer: str | None
    subject: str | None
    quote: str
    start: int
    end: int


class CitationList(_Out):
    count: int
    citations: list[CitationRecord]


class CitationConflict(_Out):
    number: str
    kind: str = Field(description="What disagrees: 'date', 'type' or 'subject'.")
    message: str
    values: list[str] = Field(description="The two disagreeing values.")
    mentions: list[CitationRecord] = Field(description="The two mentions, each with its quote.")


class CitationConflictList(_Out):
    count: int
    conflicts: list[CitationConflict]


class TargetRecord(_Out):
    doc_id: str
    document: str
    indicator: str
    indicator_key: str
    comparator: str
    value: float | None
    raw: str
    unit: str | None
    year: int | None
    deadline: str | None
    locality: str | None
    quote: str
    start: int
    end: int


class TargetList(_Out):
    count: int
    targets: list[TargetRecord]


class UploadResponse(_Out):
    doc_id: str | None
    document: str
    index_version: str
    documents: int
    passages: int


class DeleteResponse(_Out):
    deleted: str
    index_version: str | None


class EmbeddingProgress(_Out):
    """How many passages of the live version semantic (dense) search covers."""

    embedded: int
    total: int
    complete: bool


class HealthResponse(_Out):
    status: str
    index_version: str | None
    documents: int
    passages: int
    embedder: str | None
    detail: str | None = None
    embedding: EmbeddingProgress | None = None
