"""What an interrupted index run leaves behind is removed, and only under the writer lock."""

from __future__ import annotations

import threading
from pathlib import Path

from indexer.store import index_lock, index_run, remove_stale_versions


def _version(index_dir: Path, name: str) -> Path:
    folder = index_dir / "versions" / name
    folder.mkdir(parents=True)
    (folder / "index.sqlite").write_bytes(b"")
    return folder


def _layout(index_dir: Path) -> None:
    for name in ("v20240101-000000-000000001", "v20240102-000000-000000001"):
        _version(index_dir, name)
    _version(index_dir, "v20240103-000000-000000001")  # live
    _version(index_dir, "v20240104-000000-000000001")  # finished, killed before the swap
    _version(index_dir, ".tmp-v20240105-000000-000000001")  # killed while writing
    (index_dir / "CURRENT").write_text("v20240103-000000-000000001")
    (index_dir / ".CURRENT.v20240104-000000-000000001").write_text("v20240104-000000-000000001")


def _names(index_dir: Path) -> list[str]:
    return sorted(p.name for p in (index_dir / "versions").iterdir())


def test_keeps_the_live_version_and_the_one_before_it(tmp_path: Path) -> None:
    _layout(tmp_path)
    removed = remove_stale_versions(tmp_path)
    assert _names(tmp_path) == ["v20240102-000000-000000001", "v20240103-000000-000000001"]
    assert sorted(removed) == [
        ".CURRENT.v20240104-000000-000000001",
        ".tmp-v20240105-000000-000000001",
        "v20240101-000000-000000001",
        "v20240104-000000-000000001",
    ]
    assert (tmp_path / "CURRENT").read_text() == "v20240103-000000-000000001"
    assert remove_stale_versions(tmp_path) == []


def test_without_a_live_version_only_unfinished_work_goes(tmp_path: Path) -> None:
    _layout(tmp_path)
    (tmp_path / "CURRENT").unlink()
    remove_stale_versions(tmp_path)
    assert _names(tmp_path) == [
        "v20240101-000000-000000001",
        "v20240102-000000-000000001",
        "v20240103-000000-000000001",
        "v20240104-000000-000000001",
    ]
    assert not list(tmp_path.glob(".CURRENT.*"))


def test_a_run_waits_for_the_one_in_progress_and_leaves_its_work_alone(tmp_path: Path) -> None:
    _layout(tmp_path)
    entered = threading.Event()
    with index_lock(tmp_path):
        in_progress = _version(tmp_path, ".tmp-v20240106-000000-000000001")

        def second_run() -> None:
            with index_run(tmp_path):
                entered.set()

        other = threading.Thread(target=second_run)
        other.start()
        assert not entered.wait(0.5)  # blocked on the lock: nothing removed yet
        assert in_progress.is_dir()
        in_progress.rename(in_progress.with_name("v20240106-000000-000000001"))
        (tmp_path / "CURRENT").write_text("v20240106-000000-000000001")
    other.join(timeout=10)
    assert entered.is_set()
    assert _names(tmp_path) == ["v20240104-000000-000000001", "v20240106-000000-000000001"]
