"""`make eval`: extraction, retrieval and QA metrics; each part reports on its own.

A part whose data is missing (../shared) is reported as skipped with the reason; the exit
status is non-zero when a part fails.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]


def _extraction(shared: Path) -> int:
    from eval.extraction_eval import main

    return main(["--shared", str(shared)]) or 0


def _metadata(shared: Path) -> int:
    from eval.metadata_eval import main

    return main(["--shared", str(shared)]) or 0


def _retrieval(shared: Path) -> int:
    from eval.retrieval_bench import main

    alqac = shared / "benchmarks" / "alqac-2024"
    if not alqac.is_dir():
        print(f"retrieval: skipped, {alqac} not found")
        return 0
    status = 0
    for method in ("bm25", "dense", "hybrid"):
        print(f"--- ALQAC 2024, {method}")
        status |= main([str(alqac), "--method", method])
    return status


def _qa(shared: Path) -> int:
    from indexer.pipeline import build_index
    from qa_service.settings import get_settings

    settings = get_settings()
    index_dir = settings.index_dir
    build_index(
        [REPO / "corpus"],
        index_dir,
        embedder_spec=settings.embedder,
        cache_dir=settings.cache_dir,
        progress=False,
    )
    from eval.qa_eval import main

    return main(["--index-dir", str(index_dir)]) or 0


def _qa_admin(shared: Path) -> int:
    """The admin-docs question sets over an index of admin-docs and corpus/ (embedding all of
    it takes about half an hour on 2 cores: not part of the default run)."""
    from eval.qa_eval import main
    from indexer.pipeline import build_index
    from qa_service.settings import get_settings

    admin = shared / "benchmarks" / "admin-docs"
    if not admin.is_dir():
        print(f"qa-admin: skipped, {admin} not found")
        return 0
    settings = get_settings()
    index_dir = Path(f"{settings.index_dir}-admin")
    build_index([admin, REPO / "corpus"], index_dir, embedder_spec=settings.embedder,
                cache_dir=settings.cache_dir, progress=True)  # fmt: skip
    status = 0
    for name in (
        "admin-dev.jsonl",
        "admin-dev2.jsonl",
        "admin-heldout.jsonl",
        "admin-heldout2.jsonl",
        "admin-val-a.jsonl",
        "admin-val-b.jsonl",
        "admin-val2.jsonl",
        "admin-para.jsonl",
        "admin-wild.jsonl",
        "admin-miss.jsonl",
        "admin-intents.jsonl",
        "admin-hard.jsonl",
        "admin-fresh.jsonl",
        "admin-val3.jsonl",
        "admin-fresh2.jsonl",
        "admin-val4.jsonl",
        "admin-fresh3.jsonl",
        "admin-val5.jsonl",
        "admin-val6.jsonl",
        "admin-val7.jsonl",
        "admin-val8.jsonl",
    ):
        status |= main(["--index-dir", str(index_dir), "--questions", str(REPO / "eval/qa" / name)])
    # the uploaded PDF and Word files, among the same documents (their passages' vectors are
    # in the embedding cache already but for the files' own)
    files = shared / "benchmarks" / "admin-files"
    if not files.is_dir():
        print(f"qa-admin uploads: skipped, {files} not found")
        return status
    uploads_dir = Path(f"{settings.index_dir}-uploads")
    build_index([admin, REPO / "corpus", files], uploads_dir, embedder_spec=settings.embedder,
                cache_dir=settings.cache_dir, progress=True)  # fmt: skip
    uploads = str(REPO / "eval/qa/admin-uploads.jsonl")
    return status | main(["--index-dir", str(uploads_dir), "--questions", uploads])


PARTS = {
    "extraction": _extraction,
    "metadata": _metadata,
    "retrieval": _retrieval,
    "qa": _qa,
    "qa-admin": _qa_admin,
}
DEFAULT_PARTS = ("extraction", "metadata", "retrieval", "qa")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--only", choices=sorted(PARTS), action="append")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    status = 0
    for name in args.only or DEFAULT_PARTS:
        print(f"=== {name}")
        started = time.perf_counter()
        try:
            status |= PARTS[name](args.shared)
        except Exception:
            logger.exception("%s failed", name)
            status |= 1
        print(f"=== {name} done in {time.perf_counter() - started:.0f} s")
    return 1 if status else 0


if __name__ == "__main__":
    sys.exit(main())
