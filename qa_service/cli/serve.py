"""``vnqa serve [--host H] [--port P]``: the API and the web page with uvicorn."""

from __future__ import annotations

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
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Serve the HTTP API (OpenAPI at /docs) and the web page at /."""
    import uvicorn

    from qa_service.api.app import create_app

    configure_logging(verbose)
    settings = get_settings()
    if index_dir is not None:
        settings = settings.model_copy(update={"index_dir": index_dir})
    uvicorn.run(
        create_app(settings),
        host=host or settings.host,
        port=port or settings.port,
        log_level="debug" if verbose else "info",
    )
