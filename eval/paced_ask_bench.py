"""``/ask`` latency with the server's background embedding at work, against the same server
with background embedding off: queries paced ``--gap`` seconds apart, so that the background
worker (which waits while requests are in flight) gets to embed between them.

    python -m eval.paced_ask_bench INDEX_DIR [--gap 2] [--questions 60]

INDEX_DIR: an index built with ``vnqa index ... --lexical-only`` (its passages not embedded);
the embedding cache is a fresh temporary folder, so the worker has everything left to embed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

_REPO = Path(__file__).resolve().parents[1]
_QUESTIONS = _REPO / "eval" / "qa" / "admin-dev.jsonl"


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _paced(
    index_dir: Path, cache: Path, background: bool, questions: list[str], gap: float
) -> dict[str, Any]:
    import httpx

    port = _free_port()
    env = {**os.environ, "VNQA_CACHE_DIR": str(cache),
           "VNQA_BACKGROUND_EMBEDDING": "true" if background else "false"}  # fmt: skip
    server = subprocess.Popen(
        [sys.executable, "-c", "from qa_service.cli import app; app()", "serve",
         "--port", str(port), "--index-dir", str(index_dir)],
        cwd=_REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(600):
            try:
                if httpx.get(f"{url}/health", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.5)
        with httpx.Client(base_url=url, timeout=120) as client:
            for question in questions[:3]:
                client.post("/ask", json={"question": question})
            before = client.get("/health").json()["embedding"]["embedded"]
            latencies = []
            for question in questions:
                began = time.perf_counter()
                client.post("/ask", json={"question": question}).raise_for_status()
                latencies.append((time.perf_counter() - began) * 1000)
                time.sleep(gap)
            after = client.get("/health").json()["embedding"]["embedded"]
    finally:
        server.terminate()
        server.wait(60)
    latencies.sort()
    return {
        "background_embedding": background,
        "p50_ms": round(statistics.median(latencies), 1),
        "p95_ms": round(latencies[round(0.95 * (len(latencies) - 1))], 1),
        "passages_embedded_meanwhile": after - before,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("index_dir", type=Path)
    parser.add_argument("--gap", type=float, default=2.0)
    parser.add_argument("--questions", type=int, default=60)
    args = parser.parse_args()
    questions = [json.loads(line)["question"] for line in _QUESTIONS.open(encoding="utf-8")]
    questions = questions[: args.questions]
    with tempfile.TemporaryDirectory(prefix="vnqa-paced-") as scratch:
        busy = _paced(args.index_dir, Path(scratch) / "a", True, questions, args.gap)
        idle = _paced(args.index_dir, Path(scratch) / "b", False, questions, args.gap)
    result = {"gap_s": args.gap, "embedding": busy, "idle": idle,
              "p95_ratio": round(busy["p95_ms"] / idle["p95_ms"], 2)}  # fmt: skip
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
