"""The SQLite file of a cache shared by processes (embeddings, lexical analyses).

Both caches key rows by a text hash, read them in chunks of ``IN (...)`` lists and write them
in batches; this module holds what they share.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path

__all__ = ["connect_cache", "rows_for_keys"]

_CHUNK = 500  # keeps "IN (...)" lists under SQLite's variable limit


def connect_cache(path: Path, schema: str) -> sqlite3.Connection:
    """Open (creating it and its folder) a cache file in WAL mode, safe across processes."""
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=60, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.executescript(schema)
    return conn


def rows_for_keys(
    conn: sqlite3.Connection, query: str, scope: object, keys: Sequence[str]
) -> Iterator[tuple]:
    """Rows of ``query`` (``... WHERE <scope column> = ? AND text_hash IN ({marks})``) for
    every key, chunk by chunk."""
    for i in range(0, len(keys), _CHUNK):
        chunk = keys[i : i + _CHUNK]
        yield from conn.execute(query.format(marks=",".join("?" * len(chunk))), (scope, *chunk))
