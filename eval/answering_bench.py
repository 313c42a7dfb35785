"""Answering at the size users bring: admin-docs (377 documents) plus corpus/.

Builds a lexical index (``vnqa index --lexical-only``: embedding all of admin-docs takes hours on
2 cores, see the issue-11 note), then measures how long opening the answerer takes and the warm
latency of :meth:`~qa_service.answer.Answerer.ask` over the admin development questions.
Part of ``make bench`` (``python -m eval.bench --only admin_answering``).
"""

from __future__ import annotations

import json
import logging
import statistics
import tempfile
import time
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
    from indexer.pipeline import build_index
    from qa_service.answer import Answerer
    from qa_service.api.memory import collect_rarely

    admin = shared / "benchmarks" / "admin-docs"
    if not admin.is_dir():
        return {"skipped": f"{admin} not found"}
    with tempfile.TemporaryDirectory(prefix="vnqa-bench-") as scratch:
        index_dir = index_dir or Path(scratch) / "index"
        started = time.perf_counter()
        report = build_index(
            [admin, _REPO / "corpus"], index_dir, progress=False, lexical_only=True
        )
        index_s = time.perf_counter() - started
        collect_rarely()  # as the server does
        started = time.perf_counter()
        answerer = Answerer.open(index_dir, preload=True)  # as the server opens it
        open_s = time.perf_counter() - started
        questions = [json.loads(line)["question"] for line in _QUESTIONS.open(encoding="utf-8")]
        for question in questions[:_WARMUP]:
            answerer.ask(question)
        latencies = []
        for question in questions:
            began = time.perf_counter()
            answerer.ask(question)
            latencies.append((time.perf_counter() - began) * 1000)
        answerer.close()
    return {
        "documents": report.documents,
        "passages": report.passages,
        "skipped": len(report.skipped),
        "lexical_index_s": round(index_s, 1),
        "open_s": round(open_s, 2),
        "ask_ms": {
            "questions": len(latencies),
            "p50": round(statistics.median(latencies), 1),
            "p95": round(_percentile(latencies, 0.95), 1),
        },
    }
