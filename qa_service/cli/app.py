"""The ``vnqa`` Typer application; command modules register on it."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer

__all__ = ["IndexDirOption", "JsonOption", "app", "configure_logging"]

app = typer.Typer(
    name="vnqa",
    help="Search and question answering over Vietnamese administrative documents.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

IndexDirOption = Annotated[
    Path | None,
    typer.Option("--index-dir", help="Index folder (default: $VNQA_INDEX_DIR or .vnqa)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def configure_logging(verbose: bool = False) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
