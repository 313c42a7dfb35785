"""Evidence-drop check: does the answerer say "not found" when the evidence is gone?

Blind question writers make unanswerable questions by asking a document for a figure, a body,
a date or a cited document it does not hold. The answerer's weak point there is to answer with
the nearest statement of *another* thing (another act's time limit, another position's value,
another kind of document). This check finds that weakness on questions whose answers are known:

1. from answerable questions with a verbatim gold quote, take one per document (fixed seed;
   not the document's own header facts — signer, date, entry into force — which stay);
2. copy the documents' folder with each chosen quote deleted (its only occurrence);
3. index the copy (lexical only) and ask each chosen question of it.

Each question then has three outcomes: **abstained** (right), **restated** (the answer still
holds the original gold: the document states it a second time), or **answered otherwise**
(most often a statement of another thing: read these). The questions and the report are
written to ``--out``; the copy and its index too, so single questions can be re-asked.

``python -m eval.evidence_drop --docs ../shared/benchmarks/admin-docs --extra corpus
--questions eval/qa/admin-dev.jsonl [...] --out /tmp/drop`` (about 6 minutes of indexing for
admin-docs on 2 cores, then about a second a question).
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import shutil
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from eval.qa_eval import answer_contains, load_questions

__all__ = ["Drop", "plan_drops", "write_copy", "main"]

logger = logging.getLogger(__name__)

# A document's own facts sit in its header and signature, which the drop leaves in place: a
# question on them keeps its answer whatever quote it names
_HEADER_INTENTS = frozenset({"signer", "date", "effective"})
_MAX_QUOTE_CHARS = 600  # a quote longer than a passage takes its neighbours' facts with it


@dataclass(frozen=True)
class Drop:
    """One question whose gold quote is deleted from its document."""

    id: str
    question: str
    intent: str | None
    document: str  # file name inside the documents' folder
    dropped: str  # the gold quote, deleted
    gold: str | list[str]  # the original answer key


def plan_drops(
    questions: Iterable[dict[str, Any]], docs: Path, *, prefix: str, seed: int = 27
) -> list[Drop]:
    """One drop per document of ``docs`` that some answerable question's gold quote (written
    once in it) comes from, the question drawn with ``seed``. ``prefix`` is the folder name the
    questions' evidence paths start with ("admin-docs/")."""
    by_file: dict[str, list[dict[str, Any]]] = {}
    for q in questions:
        evidence = q.get("evidence") or {}
        path = str(evidence.get("document") or "")
        if not q.get("answerable") or not q.get("answer") or not path.startswith(prefix):
            continue
        if q.get("intent") in _HEADER_INTENTS:
            continue
        by_file.setdefault(path[len(prefix) :], []).append(q)
    rng = random.Random(seed)
    drops = []
    for name in sorted(by_file):
        file = docs / name
        if not file.is_file():
            continue
        text = file.read_text(encoding="utf-8")
        candidates = by_file[name]
        rng.shuffle(candidates)
        for q in candidates:
            quote = q["evidence"].get("quote") or ""
            if quote and len(quote) <= _MAX_QUOTE_CHARS and text.count(quote) == 1:
                drops.append(
                    Drop(q["id"], q["question"], q.get("intent"), name, quote, q["answer"])
                )
                break
    return drops


def write_copy(docs: Path, drops: Sequence[Drop], out: Path) -> None:
    """``docs`` copied to ``out`` (replaced if present), each drop's quote deleted from its file."""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(docs, out)
    for drop in drops:
        file = out / drop.document
        text = file.read_text(encoding="utf-8")
        file.write_text(text.replace(drop.dropped, "", 1), encoding="utf-8")


def _ask_all(index_dir: Path, drops: Sequence[Drop]) -> list[dict[str, Any]]:
    """Each drop's question asked of ``index_dir``: its outcome and answer."""
    from qa_service.answer import Answerer

    answerer = Answerer.open(index_dir)
    rows = []
    try:
        for drop in drops:
            result = answerer.ask(drop.question)
            if not result.found:
                outcome = "abstained"
            elif answer_contains(result.answer or "", drop.gold):
                outcome = "restated"
            else:
                outcome = "answered otherwise"
            rows.append(
                {
                    **asdict(drop),
                    "outcome": outcome,
                    "answer": result.answer,
                    "source": result.sources[0].document if result.sources else None,
                }
            )
    finally:
        answerer.close()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=Path, required=True, help="the documents' folder")
    parser.add_argument("--extra", type=Path, nargs="*", default=[], help="indexed unchanged")
    parser.add_argument("--questions", type=Path, nargs="+", required=True)
    parser.add_argument("--out", type=Path, required=True, help="working folder")
    parser.add_argument("--seed", type=int, default=27)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")

    questions = [q for path in args.questions for q in load_questions(path)]
    drops = plan_drops(questions, args.docs, prefix=f"{args.docs.name}/", seed=args.seed)
    if not drops:
        raise SystemExit("no answerable question quotes a file of --docs verbatim")
    copy = args.out / args.docs.name  # same folder name: the same document paths
    write_copy(args.docs, drops, copy)
    index_dir = args.out / "index"
    from indexer.pipeline import build_index

    build_index([copy, *args.extra], index_dir, lexical_only=True, rebuild=True, progress=True)
    rows = _ask_all(index_dir, drops)
    counts = {k: sum(r["outcome"] == k for r in rows) for k in ("abstained", "restated")}
    counts["answered otherwise"] = len(rows) - sum(counts.values())
    report = {"questions": len(rows), "seed": args.seed, **counts, "rows": rows}
    (args.out / "report.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    print(  # the command's own result, on stdout
        f"{len(rows)} questions without their evidence: {counts['abstained']} abstained, "
        f"{counts['restated']} restated the original answer, "
        f"{counts['answered otherwise']} answered otherwise ({args.out / 'report.json'})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
