"""``vnqa citations``, ``vnqa targets`` and ``vnqa compare``: the extracted records."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table as RichTable

from indexer.extract.conflicts import scoped_key
from qa_service.citations import conflicts, linked_documents, mentions, scopes
from qa_service.cli.app import IndexDirOption, JsonOption, app
from qa_service.cli.documents import open_reader

__all__ = ["citations", "compare", "targets"]

console = Console(soft_wrap=True)


def _one_line(text: str, limit: int = 300) -> str:
    """Document text on one line, escaped for rich (a quote may contain "[b]")."""
    flat = " ".join(text.split())
    return escape(flat if len(flat) <= limit else flat[: limit - 1] + "…")


def _span(start: int, end: int) -> str:
    return escape(f"[{start}:{end}]")


@app.command()
def citations(
    number: Annotated[str | None, typer.Argument(help='e.g. "1941/QĐ-UBND" or "1941"')] = None,
    show_conflicts: Annotated[
        bool, typer.Option("--conflicts", help="Inconsistent citations, with both quotes.")
    ] = False,
    index_dir: IndexDirOption = None,
    as_json: JsonOption = False,
) -> None:
    """Legal documents cited in the corpus: who cites what, where, and with which details."""
    reader = open_reader(index_dir)
    texts: dict[str, str] = {}

    def quote(doc_id: str, start: int, end: int) -> str:
        if doc_id not in texts:
            texts[doc_id] = reader.document_text(doc_id)
        return texts[doc_id][start:end]

    if show_conflicts:
        found = conflicts(reader)
        data = [
            {
                "kind": c.kind,
                "key": c.key,
                "message": c.message,
                "mentions": [
                    {
                        "doc_id": doc_id,
                        "number": cit.number,
                        "date": cit.date,
                        "type": cit.doc_type,
                        "start": cit.start,
                        "end": cit.end,
                        "quote": quote(doc_id, cit.start, cit.end),
                    }
                    for doc_id, cit in (c.first, c.second)
                ],
            }
            for c in found
        ]
        if as_json:
            typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
            return
        if not data:
            console.print("no conflicting citations")
        for i, item in enumerate(data, start=1):
            console.print(f"[bold]{i}. {item['kind']}[/bold]: {_one_line(item['message'])}")
            for m in item["mentions"]:
                console.print(
                    f"   [dim]{m['doc_id']} {_span(m['start'], m['end'])}[/dim] "
                    f"«{_one_line(m['quote'])}»"
                )
        return

    rows = mentions(reader, number)
    documents = reader.documents()
    scope_of = scopes(documents)
    links = linked_documents(reader)
    data = [
        {
            "number": r.citation.number,
            "type": r.citation.doc_type,
            "type_code": r.citation.type_code,
            "date": r.citation.date,
            "issuer": r.citation.issuer,
            "subject": r.citation.subject,
            "cited_by": r.doc_id,
            "passage_id": r.passage_id,
            "start": r.citation.start,
            "end": r.citation.end,
            "quote": quote(r.doc_id, r.citation.start, r.citation.end),
            "indexed_document": links.get(scoped_key(r.doc_id, r.citation, scope_of)),
        }
        for r in rows
    ]
    if as_json:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    if not data:
        console.print(f"no citation matches {number!r}" if number else "no citations")
        raise typer.Exit(1 if number else 0)
    table = RichTable("number", "type", "date", "issuer", "cited by", "subject")
    for item in data:
        table.add_row(
            *map(
                escape,
                (
                    item["number"],
                    item["type"] or "",
                    item["date"] or "—",
                    item["issuer"] or "",
                    item["cited_by"],
                ),
            ),
            _one_line(item["subject"] or "", 80),
        )
    console.print(table)


@app.command()
def targets(
    indicator: Annotated[
        str | None, typer.Option("--indicator", help="Words of the indicator.")
    ] = None,
    year: Annotated[int | None, typer.Option("--year", min=1900, max=2100)] = None,
    index_dir: IndexDirOption = None,
    as_json: JsonOption = False,
) -> None:
    """Targets set by plans: indicator, comparator, value and year, each with its quote."""
    from qa_service.comparison import matching_targets, target_quote_span

    reader = open_reader(index_dir)
    rows = matching_targets(reader.targets(year=year), indicator)
    paths = {d.meta.doc_id: d.meta.path for d in reader.documents()}
    data = []
    for r in rows:
        text = reader.document_text(r.doc_id)
        # The same quote as GET /targets: the target's span, or its line when that is a number.
        start, end = target_quote_span(text, r.target.start, r.target.end)
        data.append(
            {
                "doc_id": r.doc_id,
                "document": paths.get(r.doc_id),
                "indicator": r.target.indicator,
                "indicator_key": r.target.indicator_key,
                "comparator": r.target.comparator,
                "value": r.target.value,
                "raw": r.target.raw,
                "unit": r.target.unit,
                "year": r.target.year,
                "deadline": r.target.deadline,
                "locality": r.target.locality,
                "quote": text[start:end],
                "start": start,
                "end": end,
            }
        )
    if as_json:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    table = RichTable("document", "year", "indicator", "target")
    for item in data:
        table.add_row(
            item["doc_id"][:30],
            str(item["year"] or "—"),
            _one_line(item["indicator"], 70),
            escape(f"{item['comparator']} {item['raw']}"),
        )
    console.print(table)


@app.command()
def compare(
    indicator: Annotated[str, typer.Argument(help='e.g. "dịch vụ công trực tuyến"')],
    index_dir: IndexDirOption = None,
    as_json: JsonOption = False,
) -> None:
    """Values of one indicator by plan and year; every cell keeps its quote."""
    from dataclasses import asdict

    from qa_service.comparison import build_comparison

    reader = open_reader(index_dir)
    documents = {d.meta.doc_id: d for d in reader.documents()}
    result = build_comparison(indicator, reader.targets(), documents, reader.document_text)
    if result is None:
        console.print(f"no target matches {indicator!r}; see `vnqa targets`")
        raise typer.Exit(1)
    if as_json:
        typer.echo(json.dumps(asdict(result), ensure_ascii=False, indent=2))
        return
    years = [y for y in result.years]
    table = RichTable("indicator", "document", *[str(y or "—") for y in years])
    for row in result.rows:
        by_doc: dict[str, dict] = {}
        for cell in row.cells:
            by_doc.setdefault(cell.doc_id, {})[cell.year] = escape(f"{cell.comparator} {cell.raw}")
        for doc_id, values in by_doc.items():
            table.add_row(
                _one_line(row.indicator, 60), doc_id[:30], *[values.get(y, "") for y in years]
            )
    console.print(table)
    for row in result.rows:
        for cell in row.cells:
            console.print(
                f"[dim]{cell.doc_id} {_span(cell.start, cell.end)}[/dim] «{_one_line(cell.quote)}»"
            )
