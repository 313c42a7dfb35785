"""``vnqa serve [--host H] [--port P] [--workers N]``: the API and the web page with uvicorn."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from qa_service.cli.app import IndexDirOption, app, configure_logging
from qa_service.settings import get_settings

__all__ = ["serve"]


@app.command()
def serve(
    host: Annotated[str | None, typer.Option("--host", help="Default 127.0.0.1.")] = None,
    port: Annotated[int | None, typer.Option("--port", help="Default 8000.")] = None,
    index_dir: IndexDirOption = None,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            min=1,
            help="Server processes over the same index (each reloads when it changes; one "
            "of them embeds in the background).",
        ),
    ] = 1,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Serve the HTTP API (OpenAPI at /docs) and the web page at /."""
    import uvicorn

    from qa_service.api.app import create_app

    configure_logging(verbose)
    settings = get_settings()
    if index_dir is not None:
        settings = settings.model_copy(update={"index_dir": index_dir})
    options = {
        "host": host or settings.host,
        "port": port or settings.port,
        "log_level": "debug" if verbose else "info",
    }
    if workers == 1:
        uvicorn.run(create_app(settings), **options)
        return
    # Worker processes build their own app from the environment: pass the folder on.
    os.environ["VNQA_INDEX_DIR"] = str(Path(settings.index_dir).resolve())
    uvicorn.run("qa_service.api.app:create_app_from_env", factory=True, workers=workers, **options)
