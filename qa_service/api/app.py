"""The FastAPI application: ``create_app(settings)``.

The app state holds a :class:`ServiceState`: the opened index version (``IndexReader`` and
``Retriever`` inside an :class:`~qa_service.answer.Answerer`), reopened after an upload or
a delete changes the index, or when <index_dir>/CURRENT names another version (an index built
by another process). Requests in flight keep the answerer they started with. Every version is
opened with the same query embedder, loaded once per process: a reload does not load the model
again (which cost up to a second on the first query after it, and left the freed model's
allocations scattered over the heap, so the server's memory grew with every reload). Who may read
and who may change the index is decided by :mod:`qa_service.api.auth` (``app.state.access``).
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from indexer.embedders import Embedder
from indexer.lexical import StaleIndexError
from indexer.store import IndexNotFoundError, IndexSchemaError
from qa_service.answer import Answerer
from qa_service.api.auth import AccessPolicy, ReadAccess
from qa_service.api.background import BackgroundEmbedder, RequestGate
from qa_service.api.errors import IndexUnavailable, install_error_handlers
from qa_service.api.memory import collect_rarely, release_free_heap
from qa_service.api.routes import ask, citations, documents, health, search, targets
from qa_service.api.schemas import ErrorResponse
from qa_service.retrieval import EmbedderMismatchError
from qa_service.settings import Settings, get_settings

__all__ = ["STATIC_DIR", "ServiceState", "create_app", "create_app_from_env"]

logger = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).resolve().parent.parent / "web" / "static"

Opener = Callable[[Path], Answerer]
_CHECK_EVERY_S = 1.0  # how often a request may look at <index_dir>/CURRENT


class ServiceState:
    """The live answerer, swapped atomically when the index changes."""

    def __init__(self, settings: Settings, opener: Opener | None = None) -> None:
        self.settings = settings
        self._opener = opener or self._open
        self._embedder: Embedder | None = None
        self._embedder_lock = threading.Lock()
        self._answerer: Answerer | None = None
        self._error: str | None = None
        self._swap = threading.Lock()
        self._reload = threading.Lock()
        self._checked = time.monotonic()  # last CURRENT check (the first load is explicit)
        self.write_lock = threading.Lock()  # one upload or delete at a time
        self.gate = RequestGate()  # requests in flight: background embedding waits for them
        self.background: BackgroundEmbedder | None = None

    def query_embedder(self) -> Embedder:
        """The configured embedder, one instance for every version this process opens (the
        model itself loads on first use)."""
        with self._embedder_lock:
            if self._embedder is None:
                self._embedder = self.settings.load_embedder()
            return self._embedder

    def _open(self, index_dir: Path) -> Answerer:
        return Answerer.open(index_dir, embedder=self.query_embedder(), preload=True)

    def load(self) -> None:
        """(Re)open the live index version; keep serving the old one if that fails.

        The old answerer is not closed: requests in flight may still use it. It is dropped
        with its last reference (its SQLite connections close when collected); the C heap's
        free pages are then handed back to the system, so memory does not grow over reloads.
        """
        try:
            answerer = self._opener(Path(self.settings.index_dir))
        except IndexNotFoundError as error:
            # Served as 503 with a message saying what to run (no server path), not as a crash.
            self._error = "no index yet: run `vnqa index` first"
            logger.warning("%s", error)
            return
        except (IndexSchemaError, EmbedderMismatchError, StaleIndexError) as error:
            self._error = str(error)  # these messages name no path
            logger.warning("%s", error)
            return
        with self._swap:
            previous, self._answerer, self._error = self._answerer, answerer, None
        logger.info("serving index version %s", getattr(answerer, "version", "?"))
        if previous is not None:
            # The replaced version is freed once the requests using it end: what the previous
            # reloads freed goes back to the system now (see qa_service.api.memory). Full
            # collections are rare (collect_rarely), so one runs here, where a reload already
            # costs seconds: the cycles a replaced version left are freed before the trim.
            del previous
            gc.collect()
            release_free_heap()

    def _current_name(self) -> str | None:
        """The version <index_dir>/CURRENT names (None when there is no pointer)."""
        try:
            return (Path(self.settings.index_dir) / "CURRENT").read_text(encoding="utf-8").strip()
        except OSError:
            return None

    def refresh(self) -> None:
        """Reload when CURRENT names another version than the loaded one (``vnqa index`` run by
        another process); checked at most once per ``_CHECK_EVERY_S`` seconds."""
        now = time.monotonic()
        if now - self._checked < _CHECK_EVERY_S or not self._reload.acquire(blocking=False):
            return
        try:
            self._checked = now
            name = self._current_name()
            loaded = getattr(self._answerer, "version", None)
            if name and (self._answerer is None or (loaded is not None and name != loaded)):
                self.load()
            else:  # the same version: take in the vectors embedded since
                refresh_dense = getattr(
                    getattr(self._answerer, "retriever", None), "refresh_dense", None
                )
                if callable(refresh_dense):
                    try:
                        refresh_dense()
                    except (OSError, ValueError):  # a version pruned meanwhile: keep serving
                        logger.warning("could not read new vectors", exc_info=True)
        finally:
            self._reload.release()

    @property
    def answerer(self) -> Answerer | None:
        return self._answerer

    @property
    def error(self) -> str | None:
        """Why no index is loaded (None when one is)."""
        return self._error

    def require(self) -> Answerer:
        self.refresh()
        answerer = self._answerer
        if answerer is None:
            raise IndexUnavailable(self._error or "no index loaded: run `vnqa index` first")
        return answerer

    def start_background(self) -> None:
        """Start embedding what the live version lacks (``Settings.background_embedding``)."""
        if self.settings.background_embedding and self.background is None:
            self.background = BackgroundEmbedder(self.settings, self.gate)
            self.background.start()

    def close(self) -> None:
        if self.background is not None:
            self.background.stop()
            self.background = None
        with self._swap:
            answerer, self._answerer = self._answerer, None
        if answerer is not None:
            answerer.close()


def create_app(settings: Settings | None = None, *, opener: Opener | None = None) -> FastAPI:
    """The API and the web page over the index in ``settings.index_dir``.

    ``opener`` builds the answerer from an index folder (tests pass a fake one).
    """
    settings = settings or get_settings()
    access = AccessPolicy.from_settings(settings)
    access.log_summary()
    state = ServiceState(settings, opener)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        collect_rarely()  # a full collection walks the whole opened index (memory module)
        if state.answerer is None:
            state.load()
        warm = getattr(getattr(state.answerer, "retriever", None), "warm_up", None)
        if callable(warm):
            warm()
        state.start_background()
        yield
        state.close()

    app = FastAPI(
        title="vnqa",
        description="Tìm kiếm và hỏi đáp trên văn bản hành chính tiếng Việt: câu trả lời ngắn "
        "kèm trích dẫn nguyên văn, hoặc trả lời trung thực là không tìm thấy.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.service = state
    app.state.access = access
    install_error_handlers(app)

    @app.middleware("http")
    async def count_in_flight(request: Request, call_next: Callable) -> Response:
        state.gate.enter()
        try:
            return await call_next(request)
        finally:
            state.gate.leave()

    # Reading needs a token only when read tokens are configured (OpenAPI shows it then).
    read: dict = {}
    if access.reads_protected:
        errors = {401: {"model": ErrorResponse}, 403: {"model": ErrorResponse}}
        read = {"dependencies": [ReadAccess], "responses": errors}
    for module in (ask, search, documents, citations, targets):
        app.include_router(module.router, **read)
    app.include_router(documents.write_router)
    app.include_router(health.router)  # always open

    if STATIC_DIR.is_dir():
        app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

        @app.get("/", include_in_schema=False)
        def index_page() -> FileResponse:
            return FileResponse(STATIC_DIR / "index.html", media_type="text/html")

    return app


def create_app_from_env() -> FastAPI:
    """The app over the settings of the environment (``VNQA_*``): the factory each worker
    process of ``vnqa serve --workers N`` calls."""
    return create_app(get_settings())
