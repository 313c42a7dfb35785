"""Command-line interface: ``vnqa index | documents | show | search | ask | serve | ...``."""

from __future__ import annotations

# One module per command group; each registers its commands on ``app`` when imported.
from qa_service.cli import ask, bench, documents, extraction, indexing, search, serve  # noqa: F401
from qa_service.cli.app import app

__all__ = ["app"]
