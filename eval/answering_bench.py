"""Answering at the size users bring: admin-docs (377 documents) plus corpus/.

Builds a lexical index (``vnqa index --lexical-only``: embedding all of admin-docs takes hours on
2 cores, see the issue-11 note), then measures how long opening the answerer takes and the warm
latency of :meth:`~qa_service.answer.Answerer.ask` over the admin development questions.
Part of ``make bench`` (``python -m eval.bench --only admin_answering``).

Given an index already built over admin-docs and ``corpus/`` (``--admin-index DIR``, for
example one whose passages are all embedded: hybrid retrieval embeds each question), nothing is
built: the same figures are measured on it, and the warm latency of ``POST /ask`` through the
app as well, with the share of passages its dense search covers (``GET /health``).
"""

from __future__ import annotations

import json
import logging
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

__all__ = ["run"]

_REPO = Path(__file__).resolve().parents[1]
_QUESTIONS = _REPO / "eval" / "qa" / "admin-dev.jsonl"
_WARMUP = 3


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run(shared: Path, index_dir: Path | None = None) -> dict[str, Any]:
    """Figures over a fresh lexical index, or over ``index_dir`` when it is given (built)."""
    if index_dir is not None:
        return _measure(Path(index_dir), through_api=True)
    from indexer.pipeline import build_index

    admin = shared / "benchmarks" / "admin-docs"
    if not admin.is_dir():
        return {"skipped": f"{admin} not found"}
    with tempfile.TemporaryDirectory(prefix="vnqa-bench-") as scratch:
        built = Path(scratch) / "index"
        started = time.perf_counter()
        report = build_index([admin, _REPO / "corpus"], built, progress=False, lexical_only=True)
        index_s = time.perf_counter() - started
        figures = _measure(built, through_api=False)
    return {
        "documents": report.documents,
        "passages": report.passages,
        "skipped": len(report.skipped),
        "lexical_index_s": round(index_s, 1),
        **figures,
    }


def _latencies(ask: Callable[[str], object], questions: list[str]) -> dict[str, Any]:
    for question in questions[:_WARMUP]:
        ask(question)
    latencies = []
    for question in questions:
        began = time.perf_counter()
        ask(question)
        latencies.append((time.perf_counter() - began) * 1000)
    return {
        "questions": len(latencies),
        "p50": round(statistics.median(latencies), 1),
        "p95": round(_percentile(latencies, 0.95), 1),
    }


def _measure(index_dir: Path, *, through_api: bool) -> dict[str, Any]:
    """Opening time and warm latencies over the index in ``index_dir``."""
    from qa_service.answer import Answerer
    from qa_service.api.memory import collect_rarely

    questions = [json.loads(line)["question"] for line in _QUESTIONS.open(encoding="utf-8")]
    collect_rarely()  # as the server does
    started = time.perf_counter()
    answerer = Answerer.open(index_dir, preload=True)  # as the server opens it
    open_s = time.perf_counter() - started
    try:
        figures: dict[str, Any] = {
            "open_s": round(open_s, 2),
            "ask_ms": _latencies(answerer.ask, questions),
        }
    finally:
        answerer.close()
    if through_api:
        figures |= _measure_api(index_dir, questions)
    return figures


def _measure_api(index_dir: Path, questions: list[str]) -> dict[str, Any]:
    """Warm ``POST /ask`` through the app (in process) and the dense coverage it reports."""
    from fastapi.testclient import TestClient

    from qa_service.api.app import create_app
    from qa_service.settings import Settings

    app = create_app(Settings(index_dir=index_dir, background_embedding=False))
    with TestClient(app) as client:
        health = client.get("/health").json()

        def ask(question: str) -> object:
            response = client.post("/ask", json={"question": question})
            response.raise_for_status()
            return response

        latencies = _latencies(ask, questions)
    return {
        "index": {
            "documents": health.get("documents"),
            "passages": health.get("passages"),
            "embedding": health.get("embedding"),
        },
        "api_ask_ms": latencies,
    }
