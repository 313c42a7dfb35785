"""``vnqa bench retrieval BEIR_DIR``: the retrieval benchmark on a BEIR-layout folder."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from qa_service.cli.app import app

__all__ = ["bench_app"]

bench_app = typer.Typer(help="Benchmarks.", no_args_is_help=True)
app.add_typer(bench_app, name="bench")


@bench_app.command("retrieval")
def retrieval(
    beir_dir: Annotated[
        Path, typer.Argument(help="Folder with corpus.jsonl, queries.jsonl, qrels/")
    ],
    method: Annotated[str, typer.Option("--method", help="bm25, dense or hybrid")] = "hybrid",
    k: Annotated[int, typer.Option("--k", min=1)] = 10,
    fusion: Annotated[
        str, typer.Option("--fusion", help="how hybrid merges its lists: zscore or rrf")
    ] = "zscore",
    run_out: Annotated[Path | None, typer.Option("--run-out", help="TREC run file")] = None,
    embedder: Annotated[str | None, typer.Option("--embedder")] = None,
) -> None:
    """Index the folder into a temporary index, run every query, print the metrics."""
    from eval.retrieval_bench import main

    argv = [str(beir_dir), "--method", method, "--k", str(k), "--fusion", fusion]
    if run_out is not None:
        argv += ["--run-out", str(run_out)]
    if embedder:
        argv += ["--embedder", embedder]
    raise typer.Exit(main(argv))
