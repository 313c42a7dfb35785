"""Fixtures for the API tests: a small real index (see tests/qa_service/small_index.py).

Starlette's TestClient reports the client host "testclient", which is not a loopback address:
with no token configured it may read but not change the index. ``fresh_client`` (uploads and
deletes) is therefore a loopback client, as a local ``vnqa serve`` user would be.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from qa_service.answer import Answerer
from qa_service.api.app import create_app
from qa_service.settings import Settings
from tests.qa_service.small_index import build_small_index, open_with_real_embedder

LOOPBACK = ("127.0.0.1", 50000)


@pytest.fixture(scope="module")
def small_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return build_small_index(tmp_path_factory.mktemp("api-index"))


@pytest.fixture(scope="module")
def client(small_settings: Settings) -> Iterator[TestClient]:
    app = create_app(small_settings, opener=open_with_real_embedder)
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture()
def real_opener() -> Callable[[Path], Answerer]:
    return open_with_real_embedder


@pytest.fixture()
def fresh_settings(tmp_path: Path) -> Settings:
    return build_small_index(tmp_path)


@pytest.fixture()
def fresh_client(tmp_path: Path) -> Iterator[tuple[TestClient, Settings]]:
    """A client over its own index and corpus folder (for uploads and deletes)."""
    settings = build_small_index(tmp_path)
    app = create_app(settings, opener=open_with_real_embedder)
    with TestClient(app, raise_server_exceptions=False, client=LOOPBACK) as test_client:
        yield test_client, settings
