"""Where the gold evidence of each answerable question drops: its document's rank among the
documents of the retrieved passages, its passage's rank among them, its unit's rank among the
scored evidence units (:meth:`Answerer.trace`). A question whose gold unit is scored first but
answered wrongly fails in extraction or verification, not in retrieval.

``python -m eval.failure_stages --index-dir DIR --questions eval/qa/admin-dev.jsonl
[--report RESULT.json] [--aggregate]``: one line per question (rank or "-" when absent), or with
``--aggregate`` only counts by rank band, split by the failures a ``qa_eval --json`` report
lists. Aggregate counts are what a blind set may be read for.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from qa_service.answer import Answerer

_BANDS = ((1, "1st"), (5, "2nd-5th"), (20, "6th-20th"))


@dataclass(frozen=True)
class Stages:
    """Ranks (0 = first) of a question's gold document, passage and unit; None when absent."""

    id: str
    document: int | None
    passage: int | None
    unit: int | None


def _band(rank: int | None) -> str:
    if rank is None:
        return "absent"
    return next((name for bound, name in _BANDS if rank < bound), "later")


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < b and a < end for a, b in spans)


def stages(answerer: Answerer, item: dict, by_name: dict[str, str]) -> Stages:
    """The ranks of one answerable question's gold evidence in the answerer's trace."""
    evidence = item["evidence"]
    doc_id = by_name.get(Path(evidence["document"]).name)
    if doc_id is None:
        return Stages(item["id"], None, None, None)
    text = answerer.corpus.texts[doc_id]
    quote = evidence["quote"]
    gold, at = [], text.find(quote)
    while at >= 0:
        gold.append((at, at + len(quote)))
        at = text.find(quote, at + 1)
    trace = answerer.trace(item["question"])
    documents: list[str] = []
    passage = None
    for rank, (passage_id, _) in enumerate(trace.passages):
        span = answerer.corpus.passage_span.get(passage_id)
        if span is None:
            continue
        if span[0] not in documents:
            documents.append(span[0])
        if passage is None and span[0] == doc_id and _overlaps(gold, span[1], span[2]):
            passage = rank
    unit = next(
        (
            rank
            for rank, c in enumerate(trace.candidates)
            if c.unit.doc_id == doc_id and _overlaps(gold, c.unit.start, c.unit.end)
        ),
        None,
    )
    document = documents.index(doc_id) if doc_id in documents else None
    return Stages(item["id"], document, passage, unit)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.failure_stages", description=__doc__)
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--questions", type=Path, required=True)
    parser.add_argument("--report", type=Path, help="a qa_eval --json report: its failures")
    parser.add_argument("--aggregate", action="store_true", help="counts by rank band only")
    args = parser.parse_args(argv)
    if not args.index_dir.is_dir():
        parser.error(f"no index folder {args.index_dir}")
    failed: set[str] = set()
    if args.report:
        failed = {f["id"] for f in json.loads(args.report.read_text("utf-8"))["failures"]}
    items = [
        json.loads(line) for line in args.questions.read_text("utf-8").splitlines() if line.strip()
    ]
    answerer = Answerer.open(args.index_dir)
    try:
        by_name = {Path(r.meta.document).name: d for d, r in answerer.corpus.documents.items()}
        found = [stages(answerer, item, by_name) for item in items if item.get("answerable")]
    finally:
        answerer.close()
    if not args.aggregate:
        for s in found:
            ranks = (s.document, s.passage, s.unit)
            shown = " ".join("-" if r is None else str(r) for r in ranks)
            print(s.id, "failed" if s.id in failed else "passed", shown)
        return 0
    for outcome in ("failed", "passed"):
        group = [s for s in found if (s.id in failed) == (outcome == "failed")]
        print(f"{outcome} ({len(group)})")
        for name in ("document", "passage", "unit"):
            counts = Counter(_band(getattr(s, name)) for s in group)
            print(f"  {name:<8} " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
