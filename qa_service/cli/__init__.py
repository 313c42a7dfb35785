"""Command-line interface: ``vnqa index | documents | show | search | ask | serve | ...``."""

from __future__ import annotations

import importlib
import logging

from qa_service.cli.app import app

__all__ = ["app"]

# One module per command group; each registers its commands on ``app`` when imported.
_COMMAND_MODULES = ("indexing", "documents", "search", "extraction", "ask", "serve", "bench")

for _name in _COMMAND_MODULES:
    try:
        importlib.import_module(f"qa_service.cli.{_name}")
    except ModuleNotFoundError as error:  # a command group not built yet
        if error.name != f"qa_service.cli.{_name}":
            raise
        logging.getLogger(__name__).debug("command group %s not available", _name)
