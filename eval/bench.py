"""`make bench`: speed and memory figures, written to eval/results/bench.json and printed.

Each part runs on its own; a part that cannot run (missing ../shared, a failure) is recorded
with its reason and the others still run.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

RESULTS = Path(__file__).resolve().parent / "results"


def _ingestion(shared: Path) -> dict[str, Any]:
    from eval.ingestion_bench import run

    return run(shared / "benchmarks" / "vietnamese-legal-corpus")


def _citations(shared: Path) -> dict[str, Any]:
    from eval.extraction_eval import bench_citations

    files = sorted((shared / "benchmarks" / "vietnamese-legal-corpus").glob("*.txt"))
    return bench_citations(files)


def _retrieval_scale(shared: Path) -> dict[str, Any]:
    from eval.retrieval_scale_bench import run

    return run(shared, RESULTS / "retrieval_scale.json")


def _admin_answering(shared: Path, admin_index: Path | None = None) -> dict[str, Any]:
    from eval.answering_bench import run

    return run(shared, admin_index)


def _progressive(shared: Path) -> dict[str, Any]:
    from eval.progressive_bench import run

    return run(shared)


def _full_embedding(shared: Path) -> dict[str, Any]:
    from eval.progressive_bench import run_full_embedding

    return run_full_embedding(shared)


PARTS: dict[str, Callable[[Path], dict[str, Any]]] = {
    "admin_answering": _admin_answering,
    "ingestion": _ingestion,
    "citation_extraction": _citations,
    "retrieval_scale": _retrieval_scale,
    "progressive": _progressive,
    "full_embedding": _full_embedding,
}
# Run only when asked for (``--only full_embedding``): embedding admin-docs takes ~25 min.
OPT_IN = frozenset({"full_embedding"})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--only", choices=sorted(PARTS), action="append")
    parser.add_argument(
        "--admin-index",
        type=Path,
        default=None,
        help="an index of admin-docs and corpus/ already built (with its vectors): "
        "admin_answering measures it instead of building a lexical one",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if not (args.shared / "benchmarks").is_dir():
        print(f"benchmarks not found under {args.shared}: nothing to measure", file=sys.stderr)
        return 1
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "bench.json"
    # the parts not run this time keep their last figures, each part with its own date
    results: dict[str, Any] = json.loads(out.read_text()) if out.is_file() else {}
    parts = dict(PARTS)
    if args.admin_index is not None:
        parts["admin_answering"] = partial(_admin_answering, admin_index=args.admin_index)
    for name in args.only or [p for p in PARTS if p not in OPT_IN]:
        started = time.perf_counter()
        try:
            figures = parts[name](args.shared)
        except Exception as error:  # one part failing must not hide the others
            logger.exception("bench part %s failed", name)
            figures = {"error": f"{type(error).__name__}: {error}"}
        results[name] = {"date": time.strftime("%Y-%m-%d %H:%M:%S"), **figures}
        print(f"{name} ({time.perf_counter() - started:.0f} s): {json.dumps(results[name])}")
    out.write_text(json.dumps(results, ensure_ascii=False, indent=2))
    print(f"results written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
