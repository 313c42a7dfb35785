"""Run the parsing of one file in a worker process that is killed when it overruns a time limit.

One long-lived worker (a :class:`pebble.ProcessPool` of one process, started with ``spawn`` so
it shares no threads or locks with a server) serves every file of every index run of this
process; pebble kills it when a task overruns its timeout and starts a new one for the next
task. The worker imports the parsing modules once, before its first task, so that import time
does not count against a file's time limit.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import threading
from collections.abc import Callable
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import TypeVar

from pebble import ProcessExpired, ProcessPool

from indexer.readers import UnreadableDocumentError

__all__ = ["DEFAULT_PARSE_TIMEOUT_S", "run_guarded", "shutdown"]

logger = logging.getLogger(__name__)

DEFAULT_PARSE_TIMEOUT_S = 60.0
T = TypeVar("T")

_pool: ProcessPool | None = None
_pool_lock = threading.Lock()


def _warm_up() -> None:
    """Worker initializer: load what parsing imports lazily (underthesea takes seconds)."""
    from underthesea import sent_tokenize

    import indexer.pipeline  # noqa: F401

    sent_tokenize("Khởi động.")


def _worker_pool() -> ProcessPool:
    global _pool
    with _pool_lock:
        if _pool is None or not _pool.active:
            _pool = ProcessPool(
                max_workers=1,
                initializer=_warm_up,
                context=multiprocessing.get_context("spawn"),
            )
        return _pool


def shutdown() -> None:
    """Stop the worker process (it is started again on the next :func:`run_guarded`)."""
    global _pool
    with _pool_lock:
        if _pool is not None:
            _pool.stop()
            _pool.join()
            _pool = None


atexit.register(shutdown)


def run_guarded(
    function: Callable[..., T], path: Path, *args: object, timeout_s: float | None, **kwargs: object
) -> T:
    """``function(path, *args, **kwargs)`` in the worker, stopped after ``timeout_s`` seconds
    (``None``: in this process, without a time limit).

    ``function`` must be importable by name (a module-level function) and its result picklable.
    Raises :class:`UnreadableDocumentError` for ``path`` when the time limit is reached or the
    worker dies (a crash in a native library, the out-of-memory killer); any exception the
    function raises is raised here.
    """
    if timeout_s is None:
        return function(path, *args, **kwargs)
    future = _worker_pool().schedule(function, args=(path, *args), kwargs=kwargs, timeout=timeout_s)
    try:
        return future.result()
    except FutureTimeout:
        reason = f"reading took longer than the {timeout_s:g} s parse time limit"
    except ProcessExpired as error:
        reason = f"the reader process died (exit code {error.exitcode})"
    logger.warning("%s: %s", path, reason)
    raise UnreadableDocumentError(path, reason)
