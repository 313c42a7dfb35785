"""``vnqa documents`` and ``vnqa show``: what the index holds."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table as RichTable
from rich.text import Text

from indexer.segment import section_heading
from indexer.store import DocumentRow, IndexNotFoundError, IndexReader, IndexSchemaError
from qa_service.cli.app import IndexDirOption, JsonOption, app
from qa_service.settings import get_settings

__all__ = ["documents", "show"]

console = Console(soft_wrap=True)
errors = Console(stderr=True, soft_wrap=True)


def open_reader(index_dir) -> IndexReader:  # noqa: ANN001 - Path | None from Typer
    try:
        return IndexReader.open(index_dir or get_settings().index_dir)
    except (IndexNotFoundError, IndexSchemaError) as error:
        errors.print(f"[red]error:[/red] {error}")
        raise typer.Exit(1) from error


def document_summary(row: DocumentRow) -> dict:
    meta = asdict(row.meta)
    return {
        "id": meta["doc_id"],
        "path": meta["path"],
        "type": meta["doc_type"],
        "number": meta["number"],
        "date": meta["date"],
        "issuer": meta["issuer"],
        "title": meta["title"],
        "signer": meta["signer"],
        "signer_position": meta["signer_position"],
        "place": meta["place"],
        "passages": row.passage_count,
        "tables": row.table_count,
        "warnings": list(meta["warnings"]),
    }


@app.command()
def documents(index_dir: IndexDirOption = None, as_json: JsonOption = False) -> None:
    """List indexed documents with their metadata."""
    reader = open_reader(index_dir)
    rows = [document_summary(r) for r in reader.documents()]
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = RichTable("id", "type", "number", "date", "issuer", "signer", "passages", "title")
    for r in rows:
        table.add_row(
            *map(
                Text,
                (
                    r["id"],
                    r["type"] or "",
                    r["number"] or "—",
                    r["date"] or "—",
                    r["issuer"] or "",
                    r["signer"] or "",
                    str(r["passages"]),
                    (r["title"] or "")[:60],
                ),
            )
        )
    console.print(table)


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(help="Document id (see `vnqa documents`).")],
    index_dir: IndexDirOption = None,
    as_json: JsonOption = False,
) -> None:
    """Metadata and outline of one document."""
    reader = open_reader(index_dir)
    row = reader.document(doc_id)
    if row is None:
        errors.print(f"[red]error:[/red] no document {doc_id!r}; see `vnqa documents`")
        raise typer.Exit(1)
    sections = reader.sections(doc_id)
    outline = [
        {
            "id": s.id,
            "level": s.level,
            "kind": s.kind,
            "heading": section_heading(s),
            "start": s.start,
            "end": s.end,
        }
        for s in sections
        if s.parent is not None
    ]
    tables = [
        {"id": t.id, "caption": t.caption, "header": list(t.header), "rows": len(t.rows)}
        for t in reader.tables(doc_id)
    ]
    data = {
        **document_summary(row),
        "recipients": list(row.meta.recipients),
        "outline": outline,
        "tables": tables,
    }
    if as_json:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for key in (
        "id",
        "path",
        "type",
        "number",
        "date",
        "place",
        "issuer",
        "title",
        "signer",
        "signer_position",
        "passages",
    ):
        value = data[key] if data[key] is not None else "—"
        console.print(f"[bold]{key}[/bold]: {escape(str(value))}")
    console.print("[bold]outline[/bold]:")
    for item in outline:
        console.print("  " * item["level"] + escape(item["heading"]))
    for t in tables:
        console.print(f"[bold]table {t['id']}[/bold]: {escape(t['caption'])} ({t['rows']} rows)")
