"""Precision and recall of the citation and target extractors against a hand-made gold.

Run: ``.venv/bin/python -m eval.extraction_eval [--corpus corpus] [--gold eval/gold]
[--bench DIR] [--verbose]``.

Gold (``eval/gold/*.jsonl``), written by reading the documents, one JSON object a line:

- ``citations.jsonl``: every citation mention in the five corpus documents —
  ``{"file", "number", "type_code", "date", "quote", "start"}`` where ``quote`` is the exact
  substring of the file at ``start`` (the type word or number through the adjacent date).
  What counts as a citation: a mention of one identifiable document by its number-symbol (with
  or without the type word or "số"; "Nghị quyết số 18, 19-NQ/TW" is two mentions sharing one
  quote), or a law cited by its name ("Luật Viên chức"; ``number`` is the name, ``type_code``
  null). Not citations: a type word with a bare number and no symbol ("Nghị định 68", "báo cáo
  số 420"), a blank number, the document's own "Số: ..." header, standards (ISO 9001:2015).
  ``type_code`` is the type code of the symbol (null for công văn "2623/UBND-NV" and laws);
  ``date`` is the issuing date written at the mention ("ngày 26/12/2022", or a clause opening
  "Ngày 15/3/2023, ... ban hành Kế hoạch số ..."), else null.
- ``targets.jsonl``: every target in the two plans — ``{"file", "indicator", "comparator",
  "value", "unit", "year", "quote", "start"}``. A target is a quantified commitment (a value
  set for an indicator: percentages, scores, ranks, counts, money; a "giao ... 01 sáng kiến"
  quota); task deadlines and qualitative aims are not targets. ``year`` is the year the target
  is due as the text states it: in its clause, else its "Đến năm ..." heading, else the plan's
  year from its title. Money values are in đồng.

Matching (each gold record is matched at most once, predictions in text order):

- a predicted citation matches a gold one in the same file when their spans overlap, the
  numbers are equal ignoring case, spaces, diacritics and leading zeros
  (:func:`~indexer.extract.citations.canonical_key`), the type codes are equal and the dates
  are equal (both null counts as equal);
- a predicted target matches a gold one in the same file when their spans overlap, the values
  are equal and the years are equal.

Citations are scored over the files that have gold citations, targets over the files that have
gold targets; predicted spans are mapped back to the file with ``CleanText.to_original``.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from indexer.cleaning import clean_text
from indexer.extract.citations import canonical_key, extract_citations
from indexer.pipeline import ExtractedRecords, doc_id_for, extract_records, parse_document

__all__ = ["bench_citations", "evaluate", "main"]

logger = logging.getLogger(__name__)

_REPO = Path(__file__).resolve().parent.parent


def _load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _gold_span(record: dict) -> tuple[int, int]:
    return record["start"], record["start"] + len(record["quote"])


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _same_number(a: str, b: str) -> bool:
    return canonical_key(a, None) == canonical_key(b, None)


def _same_value(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _score(matched: int, predicted: int, gold: int) -> dict:
    return {
        "precision": matched / predicted if predicted else 0.0,
        "recall": matched / gold if gold else 0.0,
        "matched": matched,
        "predicted": predicted,
        "gold": gold,
    }


@lru_cache(maxsize=16)
def _shipped(path: Path) -> tuple[str, ExtractedRecords]:
    """The document text and the records exactly as the indexer extracts and stores them."""
    parsed = parse_document(path, doc_id_for(path))
    return parsed.source.text, extract_records(parsed)


def _predicted_citations(path: Path) -> list[dict]:
    original, records = _shipped(path)
    return [
        {
            "number": c.number,
            "type_code": c.type_code,
            "date": c.date,
            "span": (c.start, c.end),
            "quote": original[c.start : c.end],
        }
        for c in records.citations
    ]


def _predicted_targets(path: Path) -> list[dict]:
    original, records = _shipped(path)
    found = [_target_record(t, (t.start, t.end), original) for t in records.targets]
    found.sort(key=lambda record: record["span"])
    return found


def _target_record(target, span: tuple[int, int], original: str) -> dict:
    return {
        "value": target.value,
        "year": target.year,
        "comparator": target.comparator,
        "indicator": target.indicator,
        "span": span,
        "quote": original[span[0] : span[1]],
    }


def _match(
    predicted: list[dict], gold: list[dict], same: Callable[[dict, dict], bool]
) -> tuple[int, list[dict], list[dict]]:
    used = [False] * len(gold)
    matched = 0
    false_positives = []
    for record in predicted:
        for index, expected in enumerate(gold):
            if used[index] or not _overlaps(record["span"], _gold_span(expected)):
                continue
            if same(record, expected):
                used[index] = True
                matched += 1
                break
        else:
            false_positives.append(record)
    missed = [expected for index, expected in enumerate(gold) if not used[index]]
    return matched, false_positives, missed


def _same_citation(record: dict, expected: dict) -> bool:
    return (
        _same_number(record["number"], expected["number"])
        and record["type_code"] == expected["type_code"]
        and record["date"] == expected["date"]
    )


def _same_target(record: dict, expected: dict) -> bool:
    return _same_value(record["value"], expected["value"]) and record["year"] == expected["year"]


def _evaluate_kind(corpus_dir: Path, gold: list[dict], predict, same) -> dict:
    by_file: dict[str, list[dict]] = defaultdict(list)
    for record in gold:
        by_file[record["file"]].append(record)
    totals = [0, 0, 0]
    per_file = {}
    false_positives: list[dict] = []
    missed: list[dict] = []
    for name, expected in sorted(by_file.items()):
        predicted = predict((corpus_dir / Path(name).name).resolve())
        matched, fps, fns = _match(predicted, expected, same)
        per_file[name] = _score(matched, len(predicted), len(expected))
        totals[0] += matched
        totals[1] += len(predicted)
        totals[2] += len(expected)
        false_positives.extend({"file": name, **record} for record in fps)
        missed.extend(fns)
    result = _score(*totals)
    result["per_file"] = per_file
    result["false_positives"] = false_positives
    result["missed"] = missed
    return result


def evaluate(corpus_dir: Path, gold_dir: Path) -> dict:
    """Citation and target precision/recall of the extractors on the annotated files."""
    corpus_dir, gold_dir = Path(corpus_dir), Path(gold_dir)
    citations = _evaluate_kind(
        corpus_dir, _load(gold_dir / "citations.jsonl"), _predicted_citations, _same_citation
    )
    targets = _evaluate_kind(
        corpus_dir, _load(gold_dir / "targets.jsonl"), _predicted_targets, _same_target
    )
    return {
        "citations": citations,
        "targets": targets,
        "citation_precision": citations["precision"],
        "citation_recall": citations["recall"],
        "target_precision": targets["precision"],
        "target_recall": targets["recall"],
    }


def _same_number_only(record: dict, expected: dict) -> bool:
    return _same_number(record["number"], expected["number"])


def evaluate_admin_citations(admin_dir: Path, gold_file: Path) -> dict:
    """Citations on documents users bring (``eval/gold/admin_citations.jsonl``, 15 admin-docs
    files drawn with a fixed seed): number precision and recall (a prediction matches a gold
    mention it overlaps with the same number), and the recall of (number, date) pairs."""
    gold = _load(gold_file)
    numbers = _evaluate_kind(admin_dir, gold, _predicted_citations, _same_number_only)
    dated = _evaluate_kind(
        admin_dir,
        gold,
        _predicted_citations,
        lambda r, e: _same_number_only(r, e) and r["date"] == e["date"],
    )
    return {
        "files": len({r["file"] for r in gold}),
        "mentions": len(gold),
        "number_precision": numbers["precision"],
        "number_recall": numbers["recall"],
        "number_date_recall": dated["recall"],
        "false_positives": numbers["false_positives"],
        "missed": numbers["missed"],
        "wrong_date": [m for m in dated["missed"] if m not in numbers["missed"]],
    }


def bench_citations(files: Iterable[Path]) -> dict:
    """Citation extraction throughput over ``files`` (cleaning not timed)."""
    count = chars = mentions = 0
    seconds = 0.0
    for path in files:
        text = clean_text(Path(path).read_text(encoding="utf-8", errors="replace")).text
        began = time.perf_counter()
        mentions += len(extract_citations(text))
        seconds += time.perf_counter() - began
        count += 1
        chars += len(text)
    return {
        "files": count,
        "chars": chars,
        "seconds": seconds,
        "chars_per_s": chars / seconds if seconds else 0.0,
        "mentions": mentions,
    }


def _print_report(result: dict, verbose: bool) -> None:
    print(f"{'kind':<10} {'file':<70} {'P':>6} {'R':>6} {'match':>6} {'pred':>6} {'gold':>6}")
    for kind in ("citations", "targets"):
        scores = result[kind]
        for name, s in scores["per_file"].items():
            print(
                f"{kind:<10} {Path(name).name[:70]:<70} {s['precision']:6.3f} {s['recall']:6.3f} "
                f"{s['matched']:6d} {s['predicted']:6d} {s['gold']:6d}"
            )
        print(
            f"{kind:<10} {'ALL':<70} {scores['precision']:6.3f} {scores['recall']:6.3f} "
            f"{scores['matched']:6d} {scores['predicted']:6d} {scores['gold']:6d}"
        )
        if verbose:
            for record in scores["false_positives"]:
                extra = {k: v for k, v in record.items() if k not in {"span", "file"}}
                print(f"  FP {Path(record['file']).name[:30]} {extra}")
            for record in scores["missed"]:
                extra = {k: v for k, v in record.items() if k != "file"}
                print(f"  FN {Path(record['file']).name[:30]} {extra}")
    print(
        f"citation_precision={result['citation_precision']:.3f} "
        f"citation_recall={result['citation_recall']:.3f} "
        f"target_precision={result['target_precision']:.3f} "
        f"target_recall={result['target_recall']:.3f}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=_REPO / "corpus")
    parser.add_argument("--gold", type=Path, default=_REPO / "eval" / "gold")
    parser.add_argument("--bench", type=Path, help="also time citation extraction on *.txt here")
    parser.add_argument("--verbose", action="store_true", help="list misses and false positives")
    parser.add_argument("--shared", type=Path, default=_REPO.parent / "shared")
    args = parser.parse_args(argv)
    _print_report(evaluate(args.corpus, args.gold), args.verbose)
    admin_dir = args.shared / "benchmarks" / "admin-docs"
    if not admin_dir.is_dir():
        print(f"admin citations: skipped, {admin_dir} not found")
    else:
        admin = evaluate_admin_citations(admin_dir, args.gold / "admin_citations.jsonl")
        if args.verbose:
            for kind in ("false_positives", "missed", "wrong_date"):
                for record in admin[kind]:
                    extra = {k: record.get(k) for k in ("number", "date", "quote")}
                    print(f"  {kind} {Path(record['file']).name[:20]} {extra}")
        print(
            f"admin citations ({admin['files']} files, {admin['mentions']} mentions): "
            f"number_precision={admin['number_precision']:.3f} "
            f"number_recall={admin['number_recall']:.3f} "
            f"number_date_recall={admin['number_date_recall']:.3f}"
        )
    if args.bench:
        bench = bench_citations(sorted(args.bench.glob("*.txt")))
        print(
            f"bench files={bench['files']} chars={bench['chars']} seconds={bench['seconds']:.2f} "
            f"chars_per_s={bench['chars_per_s']:.0f} mentions={bench['mentions']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
