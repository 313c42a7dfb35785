"""The server's background embedding: finishes the live version's passages without vectors.

One daemon thread per server process. It embeds small batches with its own model instance, at
the lowest CPU priority (``nice 19`` for the thread and the engine threads it starts), and
waits before each batch while requests are in flight, so queries keep their latency. Several
server processes over one index: the version's embedding lock lets one of them embed, the
others wait for the lock (and pick up the vectors as they land, like any reader).
"""

from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path

from indexer.store import current_version_dir
from qa_service.settings import Settings

__all__ = ["BackgroundEmbedder", "RequestGate"]

logger = logging.getLogger(__name__)

_IDLE_WAIT_S = 5.0  # between looks at an index with nothing to embed
_QUIET_S = 0.05  # a batch starts only this long after the last request ended
_CHUNK = 128  # passages per stored chunk: what readers see appear at once


class RequestGate:
    """Counts requests in flight; :meth:`wait_quiet` blocks until there are none."""

    def __init__(self) -> None:
        self._count = 0
        self._last_end = 0.0
        self._condition = threading.Condition()

    def enter(self) -> None:
        with self._condition:
            self._count += 1

    def leave(self) -> None:
        with self._condition:
            self._count -= 1
            self._last_end = time.monotonic()
            self._condition.notify_all()

    @property
    def in_flight(self) -> int:
        return self._count

    def wait_quiet(self, stop: threading.Event) -> None:
        with self._condition:
            while not stop.is_set():
                quiet_for = time.monotonic() - self._last_end
                if self._count == 0 and quiet_for >= _QUIET_S:
                    return
                self._condition.wait(timeout=max(_QUIET_S - quiet_for, 0.01))


class BackgroundEmbedder:
    """Embeds whatever version ``<index_dir>/CURRENT`` names until every passage has a vector."""

    def __init__(self, settings: Settings, gate: RequestGate) -> None:
        self.settings = settings
        self.gate = gate
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._embedder = None
        self.version: str | None = None  # the version this process is embedding, if any

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="vnqa-embedding", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        with self.gate._condition:
            self.gate._condition.notify_all()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        try:
            os.setpriority(
                os.PRIO_PROCESS, threading.get_native_id(), self.settings.background_nice
            )
        except OSError:  # not permitted: the pauses still yield to queries
            logger.debug("could not lower the embedding thread's priority", exc_info=True)
        index_dir = Path(self.settings.index_dir)
        while not self._stop.is_set():
            try:
                worked = self._embed_current(index_dir)
            except Exception:  # a pruned version, a full disk: log, wait, try again
                logger.exception("background embedding failed; retrying")
                worked = False
            if not worked:
                self._stop.wait(_IDLE_WAIT_S)

    def _embed_current(self, index_dir: Path) -> bool:
        """Embed the live version if it needs it and nobody else does; whether work was done."""
        import json

        from indexer.embedding_cache import EmbeddingCache
        from indexer.embedding_job import embed_version, embedding_lock, is_complete

        version_dir = current_version_dir(index_dir)
        if version_dir is None or is_complete(version_dir):
            return False
        manifest = json.loads((version_dir / "manifest.json").read_text(encoding="utf-8"))
        recorded = (manifest.get("embedder") or {}).get("name")
        if not (manifest.get("dense") or {}).get("progressive") or not recorded:
            return False
        embedder = self._model()
        if embedder.name != recorded:
            logger.warning(
                "index %s is embedded with %s, the server is configured with %s: not embedding",
                version_dir.name,
                recorded,
                embedder.name,
            )
            return False
        with embedding_lock(version_dir) as mine:
            if not mine:
                return False
            self.version = version_dir.name
            logger.info("background embedding of version %s", version_dir.name)
            try:
                with EmbeddingCache(Path(self.settings.cache_dir) / "embeddings.sqlite") as cache:
                    done = embed_version(
                        version_dir,
                        embedder,
                        cache,
                        hnsw_threshold=self.settings.hnsw_threshold,
                        batch_size=self.settings.background_batch,
                        chunk_size=_CHUNK,
                        before_batch=lambda: self._before_batch(version_dir),
                    )
            finally:
                self.version = None
        logger.info(
            "background embedding of %s: %d embedded, %s",
            version_dir.name,
            done.embedded,
            "complete" if done.complete else "paused",
        )
        return True

    def _before_batch(self, version_dir: Path) -> bool:
        self.gate.wait_quiet(self._stop)
        return not self._stop.is_set() and current_version_dir(version_dir.parent.parent) == (
            version_dir
        )

    def _model(self):  # noqa: ANN202 - an Embedder, its own instance (not the query model's)
        if self._embedder is None:
            self._embedder = self.settings.load_embedder()
        return self._embedder
