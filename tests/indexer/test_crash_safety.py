"""``vnqa index`` killed with SIGKILL at random moments never breaks the index.

Each kill lands somewhere in a real run (start-up, parsing and SQLite writes, the lexical index,
embedding, FAISS, the commit and pointer swap: delays drawn with a fixed seed over the length
of a measured run). After each kill an answerer opened on the index answers from the last
complete version, the next ``vnqa index`` completes, and only the live version and the one
before it remain. ``make test`` kills 3 runs; ``make reliability`` sets ``VNQA_CRASH_KILLS``.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from qa_service.answer import Answerer
from tests.conftest import REPO, copy_embedding_cache
from tests.qa_service.small_index import SMALL_CORPUS, real_embedder

KILLS = int(os.environ.get("VNQA_CRASH_KILLS", "3"))
SEED = 20241202
QUESTION = "Quyết định nào ban hành Kế hoạch CCHC năm 2023 của Hương Trà?"
EXPECTED = "1941/QĐ-UBND"
_CLI = "from qa_service.cli import app; app()"


def _run_index(corpus: Path, index_dir: Path, env: dict[str, str], *extra: str):
    return subprocess.Popen(
        [sys.executable, "-c", _CLI, "index", str(corpus), "--index-dir", str(index_dir), *extra],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def _complete(corpus: Path, index_dir: Path, env: dict[str, str], *extra: str) -> float:
    started = time.monotonic()
    process = _run_index(corpus, index_dir, env, *extra)
    _, err = process.communicate(timeout=900)
    assert process.returncode == 0, err.decode(errors="replace")[-2000:]
    return time.monotonic() - started


def _new_report(corpus: Path, rng: random.Random, n: int) -> None:
    """A small report with numbers never seen before: its passages must be embedded."""
    lines = [f"Số: {n}/BC-UBND", "BÁO CÁO", f"Kết quả kiểm tra công tác văn thư đợt {n}", ""]
    lines.append("I. KẾT QUẢ KIỂM TRA")
    for k in range(1, 13):
        a = rng.randint(100, 9999)
        lines.append(
            f"{k}. Đơn vị số {rng.randint(1, 999)} tiếp nhận {a} hồ sơ, giải quyết đúng hạn "
            f"{rng.randint(1, a)} hồ sơ, lưu trữ {rng.randint(1, 500)} hộp tài liệu năm "
            f"{rng.randint(2000, 2024)}."
        )
    (corpus / f"bao-cao-kiem-tra-{n}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _live(index_dir: Path) -> str:
    return (index_dir / "CURRENT").read_text(encoding="utf-8").strip()


def _phase(index_dir: Path, live_before: str) -> str:
    """Where the run was when it was killed, read from what it left on disk."""
    versions = index_dir / "versions"
    if _live(index_dir) != live_before:
        return "after the pointer swap"
    if list(index_dir.glob(".CURRENT.*")):
        return "pointer swap"
    if any(p.name > live_before for p in versions.iterdir() if not p.name.startswith(".")):
        return "renamed, before the pointer swap"
    unfinished = list(versions.glob(".tmp-*"))
    if not unfinished:
        return "start-up (nothing written yet)"
    folder = unfinished[0]
    if (folder / "manifest.json").exists():
        return "commit (manifest, fsync)"
    if (folder / "dense.faiss").exists():
        return "FAISS write"
    if (folder / "lexical").exists():
        return "lexical index or embedding"
    return "parsing and SQLite writes"


def _check_answers(index_dir: Path, complete: set[str]) -> None:
    answerer = Answerer.open(index_dir, embedder=real_embedder())
    try:
        assert answerer.version == _live(index_dir)
        assert answerer.version in complete or (index_dir / "versions" / answerer.version).is_dir()
        result = answerer.ask(QUESTION)
        assert result.found and EXPECTED in (result.answer or ""), result.answer
        assert any(EXPECTED in s.quote for s in result.sources)
    finally:
        answerer.close()


def _check_cleaned(index_dir: Path) -> None:
    live = _live(index_dir)
    names = sorted(p.name for p in (index_dir / "versions").iterdir())
    assert live in names, names
    assert not any(n.startswith(".") for n in names), names
    assert len(names) <= 2 and all(n <= live for n in names), names
    assert not list(index_dir.glob(".CURRENT.*"))


def test_index_survives_sigkill_at_random_moments(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in SMALL_CORPUS:
        shutil.copy(REPO / "corpus" / name, corpus / name)
    index_dir = tmp_path / "index"
    copy_embedding_cache(tmp_path / "cache")
    env = {**os.environ, "VNQA_CACHE_DIR": str(tmp_path / "cache")}
    rng = random.Random(SEED)
    length = _complete(corpus, index_dir, env)  # the first version; its length sets the delays
    complete = {_live(index_dir)}
    kinds = [("--rebuild",), ("--rebuild", "--lexical-only")]
    tried: list[dict] = []
    attempts = 0
    while len(tried) < KILLS and attempts < 3 * KILLS:
        attempts += 1
        extra = kinds[attempts % 2]
        if "--lexical-only" not in extra:
            _new_report(corpus, rng, attempts)
        delay = rng.uniform(0.0, length)
        live_before = _live(index_dir)
        process = _run_index(corpus, index_dir, env, *extra)
        time.sleep(delay)
        if process.poll() is not None:  # finished first: not a kill
            process.communicate()
            complete.add(_live(index_dir))
            continue
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        record = {"delay_s": round(delay, 2), "run": " ".join(extra)}
        record["phase"] = _phase(index_dir, live_before)
        try:
            _check_answers(index_dir, complete)
            _complete(corpus, index_dir, env)
            complete.add(_live(index_dir))
            _check_cleaned(index_dir)
            _check_answers(index_dir, complete)
            record["survived"] = True
        except AssertionError as error:
            record["survived"], record["error"] = False, str(error)[:500]
        tried.append(record)
    survived = sum(r["survived"] for r in tried)
    results = os.environ.get("VNQA_RESULTS_DIR")
    if results:
        summary = {"kills_tried": len(tried), "kills_survived": survived, "seed": SEED}
        summary |= {"run_length_s": round(length, 1), "kills": tried}
        Path(results).mkdir(parents=True, exist_ok=True)
        (Path(results) / "crash.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2))
    assert len(tried) == KILLS, f"only {len(tried)} of {KILLS} runs were still running when killed"
    assert survived == len(tried), json.dumps(tried, ensure_ascii=False, indent=2)
