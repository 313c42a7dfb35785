"""``vnqa ask "..." [--json]``: the answer, then numbered sources with their quotes."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from qa_service.cli.app import IndexDirOption, JsonOption, app, configure_logging
from qa_service.settings import get_settings

__all__ = ["ask"]

console = Console()
errors = Console(stderr=True)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The question, in Vietnamese.")],
    index_dir: IndexDirOption = None,
    as_json: JsonOption = False,
    top_k: Annotated[int, typer.Option("--top-k", min=1, max=20, help="Sources to show.")] = 5,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Answer a question from the indexed documents (or say it is not found)."""
    from indexer.store import IndexNotFoundError, IndexSchemaError
    from qa_service.answer import Answerer
    from qa_service.api.schemas import MAX_QUESTION_CHARS, AskResponse

    configure_logging(verbose)
    if not question.strip():
        errors.print("[red]error:[/red] the question is empty")
        raise typer.Exit(2)
    if len(question) > MAX_QUESTION_CHARS:
        errors.print(
            f"[red]error:[/red] the question is longer than {MAX_QUESTION_CHARS} characters"
        )
        raise typer.Exit(2)
    try:
        answerer = Answerer.open(index_dir or get_settings().index_dir)
    except (IndexNotFoundError, IndexSchemaError) as error:
        errors.print(f"[red]error:[/red] {escape(str(error))}")
        raise typer.Exit(1) from error
    try:
        result = answerer.ask(question.strip(), top_k=top_k)
    finally:
        answerer.close()
    if as_json:
        typer.echo(AskResponse.of(result, answerer.version).model_dump_json(indent=2))
        return
    if result.found:
        console.print(f"[bold green]Trả lời:[/bold green] {escape(result.answer or '')}")
    else:
        console.print("[bold yellow]Không tìm thấy câu trả lời trong các văn bản.[/bold yellow]")
    console.print(f"[dim]ý định: {result.intent} · độ tin cậy: {result.confidence:.2f}[/dim]")
    if result.sources:
        heading = "Nguồn" if result.found else "Các đoạn gần nhất"
        console.print(f"\n[bold]{heading}:[/bold]")
    for number, source in enumerate(result.sources, start=1):
        where = source.document + (f" — {source.section}" if source.section else "")
        quote = " ".join(source.quote.split())
        console.print(
            f"[bold][{number}][/bold] {escape(where)} [dim]({source.start}–{source.end})[/dim]"
        )
        console.print(f"    “{escape(quote)}”")
