"""A bounded loopback load test of a real ``vnqa serve`` (uvicorn) process.

Clients send ``/ask`` and ``/search`` while a writer uploads and deletes a document every few
seconds (each a new index version the server reloads). Measured: no 5xx and no failed request;
every response's sources or hits belong to the documents of the index version it names in
``index_version``; latency p50/p95; the server's RSS after each of three rounds, which must not
grow past a tolerance. ``make test`` runs a short version; ``make reliability`` sets
``VNQA_LOAD_CLIENTS``, ``VNQA_LOAD_SECONDS``, ``VNQA_LOAD_WRITE_EVERY`` and ``VNQA_RESULTS_DIR``
(``load.json``).
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import psutil
import pytest

from tests.conftest import copy_embedding_cache
from tests.qa_service.small_index import build_small_index

CLIENTS = int(os.environ.get("VNQA_LOAD_CLIENTS", "4"))
SECONDS = float(os.environ.get("VNQA_LOAD_SECONDS", "9"))
WRITE_EVERY = float(os.environ.get("VNQA_LOAD_WRITE_EVERY", str(SECONDS / 3)))
ROUNDS = int(os.environ.get("VNQA_LOAD_ROUNDS", "3"))
_CLI = "from qa_service.cli import app; app()"
# RSS after any later round may exceed RSS after the first by this much: allocator noise and
# bounded caches (re's pattern cache, the analyzers' LRUs). Before the server reused its query
# embedder and trimmed the C heap after each reload, RSS grew about 2 MiB per upload and delete
# (14 MiB per round of the full test): three rounds went past this.
RSS_TOLERANCE = 0.01
RSS_SLACK = 16 * 2**20

QUESTIONS = [
    "Quyết định nào ban hành Kế hoạch CCHC năm 2023 của Hương Trà?",
    "Tỷ lệ hồ sơ TTHC cấp xã giải quyết đúng hạn?",
    "Đơn vị số 7 tiếp nhận bao nhiêu hồ sơ trong đợt kiểm tra văn thư?",
]
QUERIES = [
    "hồ sơ giải quyết đúng hạn",
    "kiểm tra công tác văn thư đợt",
    "chỉ số cải cách hành chính",
]


@dataclass
class Tally:
    """What the clients saw; one lock for all of it."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    statuses: Counter[str] = field(default_factory=Counter)
    latencies: dict[str, list[float]] = field(default_factory=dict)
    mixed: list[str] = field(default_factory=list)  # responses with a source of another version
    failures: list[str] = field(default_factory=list)
    versions: set[str] = field(default_factory=set)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _upload_text(n: int) -> str:
    lines = [f"Số: {500 + n}/BC-UBND", "BÁO CÁO", f"Kết quả kiểm tra công tác văn thư đợt {n}", ""]
    lines += [
        f"{k}. Đơn vị số {k} tiếp nhận {100 * n + k} hồ sơ, giải quyết đúng hạn {90 * n + k} hồ sơ."
        for k in range(1, 9)
    ]
    return "\n".join(lines) + "\n"


class VersionDocuments:
    """The doc_ids of each index version, read from its SQLite file the first time it is named."""

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = index_dir
        self._known: dict[str, frozenset[str]] = {}
        self._lock = threading.Lock()

    def __call__(self, version: str) -> frozenset[str] | None:
        with self._lock:
            if version not in self._known:
                db = self.index_dir / "versions" / version / "index.sqlite"
                if not db.is_file():
                    return None
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
                    rows = conn.execute("SELECT doc_id FROM documents").fetchall()
                self._known[version] = frozenset(r[0] for r in rows)
            return self._known[version]


def _client(base: str, k: int, stop: threading.Event, docs: VersionDocuments, t: Tally) -> None:
    with httpx.Client(base_url=base, timeout=120) as http:
        n = k
        while not stop.is_set():
            n += 1
            if n % 2:
                name, body = "/ask", {"question": QUESTIONS[n % len(QUESTIONS)]}
            else:
                name, body = "/search", {"query": QUERIES[n % len(QUERIES)], "top_k": 10}
            started = time.perf_counter()
            try:
                response = http.post(name, json=body)
            except httpx.HTTPError as error:
                with t.lock:
                    t.statuses[f"{name} {type(error).__name__}"] += 1
                    t.failures.append(f"{name}: {error!r}")
                continue
            elapsed = time.perf_counter() - started
            with t.lock:
                t.statuses[f"{name} {response.status_code}"] += 1
                t.latencies.setdefault(name, []).append(elapsed)
            if response.status_code != 200:
                with t.lock:
                    t.failures.append(f"{name} {response.status_code}: {response.text[:200]}")
                continue
            payload = response.json()
            version = payload["index_version"]
            items = payload["sources"] if name == "/ask" else payload["hits"]
            known = docs(version)
            used = {item["doc_id"] for item in items}
            with t.lock:
                t.versions.add(version)
                if known is None or not used <= known:
                    t.mixed.append(f"{name} {version}: {sorted(used - (known or set()))}")


def _write_cycle(http: httpx.Client, n: int, t: Tally) -> None:
    """Upload one document, then delete it: two new index versions."""
    name = f"bao-cao-kiem-tra-van-thu-{n}.txt"
    for label, send in (
        ("upload", lambda: http.post("/documents", files={"file": (name, _upload_text(n))})),
        ("delete", lambda: http.delete(f"/documents/{name.removesuffix('.txt')}")),
    ):
        started = time.perf_counter()
        response = send()
        with t.lock:
            t.statuses[f"{label} {response.status_code}"] += 1
            t.latencies.setdefault(label, []).append(time.perf_counter() - started)
            if response.status_code not in (200, 201):
                t.failures.append(f"{label} {response.status_code}: {response.text[:200]}")


def _percentiles(values: list[float]) -> dict[str, float]:
    if len(values) < 2:
        return {"p50_ms": round(1000 * values[0], 1)} if values else {}
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return {"p50_ms": round(1000 * cuts[49], 1), "p95_ms": round(1000 * cuts[94], 1)}


@pytest.fixture()
def server(tmp_path: Path):
    settings = build_small_index(tmp_path)
    port = _free_port()
    env = {
        **os.environ,
        "VNQA_INDEX_DIR": str(settings.index_dir),
        "VNQA_CORPUS_DIR": str(settings.corpus_dir),
        "VNQA_CACHE_DIR": str(copy_embedding_cache(tmp_path / "cache")),
    }
    log = open(tmp_path / "server.log", "wb")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from qa_service.cli import app; app()",
            "serve",
            "--port",
            str(port),
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=tmp_path,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300
        while True:
            try:
                if httpx.get(f"{base}/health", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert process.poll() is None, (tmp_path / "server.log").read_text()[-3000:]
            assert time.monotonic() < deadline, "the server did not come up"
            time.sleep(0.5)
        yield base, process, settings.index_dir
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def test_server_under_load_with_reloads(server) -> None:
    base, process, index_dir = server
    rss = psutil.Process(process.pid)
    tally = Tally()
    docs = VersionDocuments(index_dir)
    writes = 0
    with httpx.Client(base_url=base, timeout=300) as http:
        _write_cycle(http, writes, tally)  # warm-up: parser models loaded, one reload done
        before = rss.memory_info().rss
        after_rounds: list[int] = []
        for _ in range(ROUNDS):
            stop = threading.Event()
            threads = [
                threading.Thread(target=_client, args=(base, k, stop, docs, tally))
                for k in range(CLIENTS)
            ]
            for thread in threads:
                thread.start()
            round_end = time.monotonic() + SECONDS / ROUNDS
            while True:  # one upload + delete at once, then every WRITE_EVERY seconds
                writes += 1
                _write_cycle(http, writes, tally)
                next_write = time.monotonic() + WRITE_EVERY
                if next_write >= round_end:
                    break
                time.sleep(next_write - time.monotonic())
            time.sleep(max(0.0, round_end - time.monotonic()))
            stop.set()
            for thread in threads:
                thread.join(timeout=300)
            after_rounds.append(rss.memory_info().rss)
    reads = [v for k, v in tally.latencies.items() if k in ("/ask", "/search")]
    figures = {
        "clients": CLIENTS,
        "seconds": SECONDS,
        "write_every_s": WRITE_EVERY,
        "requests": sum(tally.statuses.values()),
        "statuses": dict(sorted(tally.statuses.items())),
        "server_errors": sum(n for k, n in tally.statuses.items() if k.split()[-1][0] == "5"),
        "failures": len(tally.failures),
        "mixed_version_responses": len(tally.mixed),
        "index_versions_seen": len(tally.versions),
        "latency_all_reads": _percentiles([x for v in reads for x in v]),
        "latency": {k: _percentiles(v) for k, v in sorted(tally.latencies.items())},
        "rss_mib_before": round(before / 2**20, 1),
        "rss_mib_after_rounds": [round(r / 2**20, 1) for r in after_rounds],
        "rss_mib_growth_after_first_round": round((after_rounds[-1] - after_rounds[0]) / 2**20, 1),
        "write_cycles": writes + 1,
    }
    results = os.environ.get("VNQA_RESULTS_DIR")
    if results:
        Path(results).mkdir(parents=True, exist_ok=True)
        (Path(results) / "load.json").write_text(json.dumps(figures, indent=2))
    print(json.dumps(figures, indent=2))
    assert tally.failures == [], tally.failures[:10]
    assert tally.mixed == [], tally.mixed[:10]
    assert tally.statuses["upload 201"] == writes + 1 and tally.statuses["delete 200"] == writes + 1
    assert len(tally.versions) >= 2  # the clients saw reloads
    # The first round grows the allocator's arenas to the clients' concurrency: the reference.
    limit = after_rounds[0] * (1 + RSS_TOLERANCE) + RSS_SLACK
    assert max(after_rounds) <= limit, figures
