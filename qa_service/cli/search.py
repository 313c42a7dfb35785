"""``vnqa search QUERY``: ranked passages with their verbatim source."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from qa_service.cli.app import IndexDirOption, JsonOption, app
from qa_service.cli.documents import open_reader

__all__ = ["search"]

console = Console(soft_wrap=True)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="What to look for (accents optional).")],
    k: Annotated[int, typer.Option("-k", min=1, max=100)] = 10,
    method: Annotated[str, typer.Option("--method", help="bm25, dense or hybrid")] = "hybrid",
    fusion: Annotated[
        str, typer.Option("--fusion", help="how hybrid merges its lists: zscore or rrf")
    ] = "zscore",
    doc: Annotated[
        list[str] | None, typer.Option("--doc", help="Only this document id (repeatable).")
    ] = None,
    doc_type: Annotated[
        str | None, typer.Option("--type", help='Only this kind: "báo cáo", "kế hoạch", ...')
    ] = None,
    year: Annotated[
        int | None, typer.Option("--year", min=1900, max=2100, help="Document year.")
    ] = None,
    locality: Annotated[
        str | None, typer.Option("--locality", help='Place of the document, e.g. "Hương Trà".')
    ] = None,
    index_dir: IndexDirOption = None,
    as_json: JsonOption = False,
) -> None:
    """Search the index."""
    from qa_service.retrieval import (
        FUSIONS,
        METHODS,
        EmbedderMismatchError,
        Retriever,
        SearchFilters,
    )

    if method not in METHODS:
        raise typer.BadParameter("use bm25, dense or hybrid", param_hint="--method")
    if fusion not in FUSIONS:
        raise typer.BadParameter("use zscore or rrf", param_hint="--fusion")
    reader = open_reader(index_dir)
    try:
        retriever = Retriever.open(reader.version_dir)
    except (EmbedderMismatchError, ValueError) as error:  # both say to re-index
        Console(stderr=True).print(f"[red]error:[/red] {escape(str(error))}")
        raise typer.Exit(1) from error
    filters = SearchFilters(
        doc_ids=tuple(doc) if doc else None, doc_type=doc_type, year=year, locality=locality
    )
    result = retriever.search(
        query, k, method=method, fusion=fusion, filters=None if filters.is_empty() else filters
    )
    passages = {p.id: p for p in reader.passages([h.passage_id for h in result.hits])}
    rows = []
    for rank, hit in enumerate(result.hits, start=1):
        p = passages[hit.passage_id]
        text = reader.document_text(p.doc_id)
        rows.append(
            {
                "rank": rank,
                "score": round(float(hit.score), 6),
                "doc_id": p.doc_id,
                "section": p.section_path,
                "passage_id": p.id,
                "start": p.start,
                "end": p.end,
                "quote": text[p.start : p.end],
            }
        )
    if as_json:
        typer.echo(
            json.dumps(
                {"query": query, "method": method, "hits": rows, "timings_ms": result.timings_ms},
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    if not rows:
        console.print("no passage matches" + (" these filters" if not filters.is_empty() else ""))
        return
    for row in rows:
        section = escape(row["section"] or "(đầu văn bản)")
        console.print(
            f"[bold]{row['rank']}.[/bold] {escape(row['doc_id'])} — {section}"
            f" [dim]({row['score']:.4f})[/dim]"
        )
        console.print("   " + escape(" ".join(row["quote"].split())[:400]))
