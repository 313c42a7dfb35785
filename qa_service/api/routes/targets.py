"""``GET /targets?indicator=&year=`` and ``GET /compare?indicator=``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from qa_service.api.deps import AnswererDep
from qa_service.api.schemas import Comparison, ErrorResponse, TargetList, TargetRecord
from qa_service.comparison import build_comparison, matching_targets, target_quote_span

__all__ = ["router"]

router = APIRouter(tags=["chỉ tiêu"])


@router.get(
    "/targets",
    response_model=TargetList,
    responses={422: {"model": ErrorResponse}, 503: {"model": ErrorResponse}},
    summary="Targets (chỉ tiêu) set by plans",
)
def list_targets(
    answerer: AnswererDep,
    indicator: Annotated[str | None, Query(max_length=200)] = None,
    year: Annotated[int | None, Query(ge=1900, le=2100)] = None,
) -> TargetList:
    records: list[TargetRecord] = []
    for row in matching_targets(answerer.targets, indicator, year):
        t = row.target
        if row.doc_id not in answerer.documents:
            continue
        text = answerer.texts[row.doc_id]
        start, end = target_quote_span(text, t.start, t.end)
        records.append(
            TargetRecord(
                doc_id=row.doc_id,
                document=answerer.documents[row.doc_id].meta.document,
                indicator=t.indicator,
                indicator_key=t.indicator_key,
                comparator=t.comparator,
                value=t.value,
                raw=t.raw,
                unit=t.unit,
                year=t.year,
                deadline=t.deadline,
                locality=t.locality,
                quote=text[start:end],
                start=start,
                end=end,
            )
        )
    return TargetList(count=len(records), targets=records)


@router.get(
    "/compare",
    response_model=Comparison,
    responses={422: {"model": ErrorResponse}, 503: {"model": ErrorResponse}},
    summary="Compare one indicator's targets across documents and years",
)
def compare(
    answerer: AnswererDep,
    indicator: Annotated[str, Query(min_length=1, max_length=200)],
) -> Comparison:
    table = build_comparison(
        indicator, answerer.targets, answerer.documents, answerer.texts.__getitem__
    )
    if table is None:
        return Comparison(indicator=indicator, years=[], documents=[], rows=[])
    return Comparison.model_validate(table)
