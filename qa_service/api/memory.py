"""Hand the C heap's free pages back to the system after an index version is replaced.

A reload frees a whole index version (its BM25 matrices, vectors, SQLite page caches, texts)
while the request threads keep allocating. glibc's malloc keeps freed memory inside its arenas
(one per thread, up to eight per core) and gives back to the system only the top of the main
heap, so the freed versions stay counted in the server's RSS: measured on the load test's
server, RSS grew by about 2 MiB per upload-and-delete while no Python object was left behind
(``gc`` counts flat, the replaced answerers collected), and calling ``malloc_trim(0)`` after each
reload cut the growth from 34 MiB to 8 MiB over 20 uploads and deletes, levelling off.
``malloc_trim(0)`` releases the whole free pages of every arena; it runs once per reload.

Other C libraries (musl, macOS) have no ``malloc_trim``: :func:`release_free_heap` does nothing
there.

:func:`collect_rarely` spaces out the garbage collector's full collections. Each one walks every
object the process holds: at admin-docs size (382 documents) the opened version's documents,
texts and citations, and the evidence units read so far, 0.1-0.5 million objects, 100-500 ms on
this 2-core machine. With CPython's default (a full collection after 10 collections of the middle
generation, once the long-lived objects grew by a quarter) a fresh server made five of them while
it answered the 223 admin development questions, each stalling one answer; with 100, none. The
answerer keeps caches, not cycles, so little garbage waits for a full collection.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging
import sys
import time
from collections.abc import Callable
from functools import lru_cache

__all__ = ["collect_rarely", "release_free_heap"]

logger = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def release_free_heap() -> bool:
    """Return the C heap's free pages to the system (glibc); whether anything was released."""
    trim = _malloc_trim()
    if trim is None:
        return False
    started = time.perf_counter()
    released = bool(trim(0))
    logger.debug(
        "malloc_trim: %s in %.1f ms",
        "memory released" if released else "nothing to release",
        1000 * (time.perf_counter() - started),
    )
    return released


FULL_COLLECTION_EVERY = 100  # middle-generation collections between two full ones (default 10)


def collect_rarely() -> None:
    """Make full garbage collections rarer (the first two generations' thresholds kept)."""
    young, middle, full = gc.get_threshold()
    if full < FULL_COLLECTION_EVERY:
        gc.set_threshold(young, middle, FULL_COLLECTION_EVERY)
