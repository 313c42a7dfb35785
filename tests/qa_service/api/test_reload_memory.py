"""What a reload keeps and what it lets go: one query embedder for every version, the replaced
answerer collected, the C heap's free pages handed back after each swap."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest

from qa_service.api import app as app_module
from qa_service.api import memory
from qa_service.settings import Settings
from tests.qa_service.small_index import build_small_index


def test_every_reload_opens_the_version_with_the_same_embedder_and_drops_the_old(
    tmp_path: Path,
) -> None:
    settings = build_small_index(tmp_path)
    state = app_module.ServiceState(settings)  # the server's own opener
    state.load()
    first = state.require()
    embedder = first.retriever.embedder
    assert embedder is not None and embedder is state.query_embedder()
    old = weakref.ref(first)
    del first
    for _ in range(2):
        state.load()
        assert state.require().retriever.embedder is embedder  # the model is not loaded again
    gc.collect()
    assert old() is None  # nothing but requests in flight keeps a replaced version alive
    state.close()


class _Fake:
    def __init__(self, version: str) -> None:
        self.version = version

    def close(self) -> None:
        pass


def test_the_heap_is_trimmed_after_a_version_is_replaced_not_on_the_first_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[bool] = []
    monkeypatch.setattr(app_module, "release_free_heap", lambda: calls.append(True) or True)
    state = app_module.ServiceState(Settings(index_dir=tmp_path), opener=lambda d: _Fake("v"))
    state.load()
    assert calls == []
    state.load()
    state.load()
    assert calls == [True, True]


def test_release_free_heap_runs_on_this_platform() -> None:
    """glibc: malloc_trim is found and called; elsewhere it is a no-op that says so."""
    found = memory._malloc_trim() is not None
    released = memory.release_free_heap()
    assert isinstance(released, bool)
    if not found:
        assert released is False


def test_full_collections_are_made_rarer_and_the_young_generations_kept() -> None:
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        memory.collect_rarely()
        assert gc.get_threshold() == (700, 10, memory.FULL_COLLECTION_EVERY)
        gc.set_threshold(500, 5, 1000)  # set higher by the user: left as it is
        memory.collect_rarely()
        assert gc.get_threshold() == (500, 5, 1000)
    finally:
        gc.set_threshold(*before)
