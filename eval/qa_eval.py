"""Question-answering evaluation over ``eval/qa/questions.jsonl`` through the real ASGI app.

Each question has a gold answer key (a string the answer must contain, e.g. "1941/QĐ-UBND") and
a gold evidence quote (an exact substring of its corpus file), or is marked unanswerable.

Metrics:

- **answer accuracy**: answerable → ``found`` and the key in the answer (whole words and whole
  numbers: "38" does not match "1.038"); unanswerable → abstained;
- **evidence hit@5**: answerable questions whose gold quote overlaps (≥ half of the shorter span)
  one of the first five sources, in the same document — or, when the gold answer is a document
  number ("62/2025/QĐ-UBND"), one of them quotes that number in the same document: a document's
  number is stated in several places (its "Số:" line, "Kèm theo Quyết định số ..."), and the
  gold quote names one of them. A copy of the gold document (published twice: the same number,
  the gold quote in it) counts as the gold document. ``evidence_hit@5_strict`` counts the gold
  quote in the gold file only;
- **abstention accuracy**: unanswerable questions answered ``found: false``;
- **verbatim-quote rate**: sources whose ``quote`` equals ``document_text[start:end]``;
- **numbers in quotes**: found answers whose every number occurs in a returned quote (read
  through the emphasis marks and the blanks beside a slash a source writes inside a number:
  "203**/2025/QH15", "21 /05/2010");
- **latency**: p50/p95 of warm ``POST /ask`` calls through the app (TestClient, in process).

The questions were written while the answerer was built: they are a development set, not a
held-out test, and the scores say so.

``python -m eval.qa_eval --index-dir DIR`` (the index is built from ``corpus/`` when
the folder is absent or empty; a folder holding anything else is refused).
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from indexer.matching import tone_key
from indexer.normalize import match_key

__all__ = ["DEFAULT_QUESTIONS", "answer_contains", "evaluate", "load_questions", "main"]

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
DEFAULT_QUESTIONS = Path(__file__).resolve().parent / "qa" / "questions.jsonl"
_NUMBER = re.compile(r"\d+(?:[.,/]\d+)*")
_EMPHASIS = re.compile(r"\*+|_{2,}")
_SPACED_SLASH = re.compile(r"(?<=\d)[ \t]+(?=/\s*\d)|(?<=\d/)[ \t]+(?=\d)")
_DOC_NUMBER = re.compile(r"\d+(?:/\d{4})?/[^\W\d_][\w&.-]*|\d+-[^\W\d_]+/[^\W\d_]+")
_WARMUP = 3
HIT_DEPTH = 5


def load_questions(path: Path = DEFAULT_QUESTIONS) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


_WORD_DATE = re.compile(r"(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/])")


def _same_dates(text: str) -> str:
    """Every date as d/m/yyyy: "ngày 01 tháng 01 năm 2026" and "01/01/2026" both read 1/1/2026."""

    def canonical(m: re.Match[str]) -> str:
        return f"{int(m.group(1))}/{int(m.group(2))}/{m.group(3)}"

    return _NUMERIC_DATE.sub(canonical, _WORD_DATE.sub(canonical, text))


# A number's leading zeros ("05 năm" is "5 năm"); not those of a decimal ("0,5")
_LEADING_ZEROS = re.compile(r"(?<![\d.,/])0+(?=\d)")


def _words(text: str) -> str:
    """Folded for matching, emphasis and blanks aside, numbers without leading zeros."""
    return _LEADING_ZEROS.sub("", " ".join(match_key(text.replace("**", "")).split()))


def answer_contains(answer: str, gold: str | list[str]) -> bool:
    """``gold`` occurs in ``answer`` as whole words and whole numbers: "38" is not in "1.038",
    "41/QĐ-UBND" is not in "1941/QĐ-UBND", "30%" is in "đạt 30%", "5 năm" is in "05 năm"; a
    date matches in any of its written forms, and a day of a month as written in a full date
    ("05 tháng 12" in "ngày 05 tháng 12 năm 2025"); the usual abbreviations stand for their
    words ("02 TTHC" for "02 thủ tục hành chính"); a list of keys (a comparison, a list of
    documents) must all occur."""
    if isinstance(gold, list):
        return bool(gold) and all(answer_contains(answer, key) for key in gold)
    answer_w, gold_w = _words(answer), _words(gold)
    dated = _same_dates(answer_w)
    return (
        _contains(dated, _same_dates(gold_w))
        or _contains(answer_w, gold_w)
        or _in_full_date(dated, gold_w)
        # an abbreviation the answer or the key writes ("02 TTHC": "02 thủ tục hành chính")
        or _contains(_expanded(answer), _expanded(gold))
    )


def _expanded(text: str) -> str:
    """:func:`_words` with the usual abbreviations written out."""
    return _LEADING_ZEROS.sub("", tone_key(text.replace("**", "")))


# A key of a day and a month ("05 tháng 12", "25/12") or a month and a year ("tháng 5 năm
# 2025", "tháng 5/2025"), as matched (lower case), numbers without leading zeros
_DAY_MONTH_KEY = re.compile(r"(?:ngày )?(\d{1,2})(?: tháng |/)(\d{1,2})")
_MONTH_YEAR_KEY = re.compile(r"tháng (\d{1,2})(?: năm |/)(\d{4})")


def _in_full_date(dated: str, gold: str) -> bool:
    """A day and a month, or a month and a year, is written in a full date of the answer
    (``dated``: every full date as d/m/yyyy): "05 tháng 12" in "ngày 05/12/2025"."""
    if m := _DAY_MONTH_KEY.fullmatch(gold):
        pattern = rf"(?<![\d/.]){m.group(1)}/{m.group(2)}/\d{{4}}(?![\d/])"
    elif m := _MONTH_YEAR_KEY.fullmatch(gold):
        pattern = rf"(?<![\d/.])\d{{1,2}}/{m.group(1)}/{m.group(2)}(?![\d/])"
    else:
        return False
    return re.search(pattern, dated) is not None


def _contains(answer: str, gold: str) -> bool:
    if not gold:
        return False
    # a key starts where no number runs into it ("38" is not in "1.038", "QĐ-UBND" not in
    # "1158/QĐ-UBND"); a number ends where no digit continues it, past a point, comma or slash
    # either (a unit may be glued to it: "435.000" in "435.000đồng/người/ngày"), and a word
    # ends at any mark ("đồng" in "250 triệu đồng/01 đơn vị")
    before = r"(?<!\w)(?<!\d[.,/])" if gold[0].isalnum() else ""
    if gold[-1].isdigit():
        # (a letter that is no unit goes on with the number: "Mẫu số 02a", "Điều 5a")
        after = rf"(?!\d)(?![.,/]\d)(?!(?!{_GLUED_UNIT})[^\W\d_])"
    else:
        after = r"(?!\w)" if gold[-1].isalnum() else ""
    return re.search(before + re.escape(gold) + after, answer) is not None


# The units a number may be written glued to ("435.000đồng", "27g", "53,98mm"), lower case
_GLUED_UNIT = (
    r"(?:đồng|đ|vnđ|usd|g|kg|tấn|lít|m|m2|m3|km|km2|ha|cm|mm|kw|kwh|mw|gb|mb|tb|giờ|h|ngày)"
    r"(?![^\W_])"
)


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _gold_spans(text: str, quote: str) -> list[tuple[int, int]]:
    spans, at = [], text.find(quote)
    while at >= 0:
        spans.append((at, at + len(quote)))
        at = text.find(quote, at + 1)
    return spans


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared >= 0.5 * min(a[1] - a[0], b[1] - b[0])


def _ensure_index(index_dir: Path) -> None:
    """Open the index in ``index_dir``; index ``corpus/`` into it only when the folder is absent
    or empty. A folder that holds something else (another index mid-build, a broken one) is
    refused: building ``corpus/`` over it would replace what it serves."""
    from indexer.store import IndexNotFoundError, IndexReader

    try:
        IndexReader.open(index_dir).close()
        return
    except IndexNotFoundError:
        if index_dir.exists() and any(index_dir.iterdir()):
            raise SystemExit(
                f"{index_dir} holds no index that opens; not building corpus/ into it "
                "(give an empty or new folder, or run `vnqa index` on it first)"
            ) from None
    from indexer.pipeline import build_index
    from qa_service.settings import get_settings

    settings = get_settings()
    logger.warning("no index in %s: indexing %s first", index_dir, REPO / "corpus")
    build_index(
        [REPO / "corpus"],
        index_dir,
        embedder_spec=settings.embedder,
        cache_dir=settings.cache_dir,
        progress=False,
    )


def evaluate(
    index_dir: Path, questions: Path = DEFAULT_QUESTIONS, *, top_k: int = 5
) -> dict[str, Any]:
    """Run every question through ``POST /ask`` and score the answers (see module doc)."""
    from fastapi.testclient import TestClient

    from qa_service.api.app import create_app
    from qa_service.settings import Settings

    index_dir = Path(index_dir)
    _ensure_index(index_dir)
    items = load_questions(questions)
    # no background embedding: the index scored is the one given, not one the server changes
    # while it is being scored (its missing vectors would be filled in between two runs)
    app = create_app(Settings(index_dir=index_dir, background_embedding=False))
    texts: dict[str, str] = {}
    by_name: dict[str, str] = {}
    numbers: dict[str, str] = {}  # doc_id → its number, to tell copies of a document
    results: list[dict[str, Any]] = []
    latencies: list[float] = []
    with TestClient(app) as client:
        for doc in client.get("/documents").json()["documents"]:
            by_name[Path(doc["document"]).name] = doc["doc_id"]
            if doc["number"]:
                numbers[doc["doc_id"]] = doc["number"]

        def text_of(doc_id: str) -> str:
            if doc_id not in texts:
                texts[doc_id] = client.get(f"/documents/{doc_id}").json()["text"]
            return texts[doc_id]

        for item in items[:_WARMUP]:  # load the model, fill caches: latency is for warm calls
            client.post("/ask", json={"question": item["question"], "top_k": top_k})
        for item in items:
            started = time.perf_counter()
            response = client.post("/ask", json={"question": item["question"], "top_k": top_k})
            latencies.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise RuntimeError(f"{item['id']}: HTTP {response.status_code} {response.text}")
            results.append(_score(item, response.json(), text_of, by_name, numbers))
    return _summary(results, latencies)


def _score(
    item: dict, body: dict, text_of: Any, by_name: dict[str, str], numbers: dict[str, str]
) -> dict[str, Any]:
    sources = body["sources"]
    verbatim = [text_of(s["doc_id"])[s["start"] : s["end"]] == s["quote"] for s in sources]
    # read through the emphasis marks and blanks a source writes inside a number
    # ("203**/2025/QH15", "21 /05/2010")
    quotes = [_SPACED_SLASH.sub("", _EMPHASIS.sub("", s["quote"])) for s in sources]
    numbers_ok = None
    if body["found"] and body["answer"]:
        numbers_ok = all(
            any(re.search(rf"(?<!\d){re.escape(n)}(?!\d)", q) for q in quotes)
            for n in _NUMBER.findall(body["answer"])
        )
    row: dict[str, Any] = {
        "id": item["id"],
        "question": item["question"],
        "intent": item["intent"],
        "routed": body["intent"],
        "answerable": item["answerable"],
        "found": body["found"],
        "answer": body["answer"],
        "gold": item["answer"],
        "verbatim": verbatim,
        "numbers_ok": numbers_ok,
        "length_ok": body["answer"] is None or len(body["answer"]) <= 200,
        "hit": None,
    }
    if item["answerable"]:
        row["correct"] = bool(
            body["found"] and body["answer"] and answer_contains(body["answer"], item["answer"])
        )
        evidence = item["evidence"]
        doc_id = by_name.get(Path(evidence["document"]).name)
        gold = _gold_spans(text_of(doc_id), evidence["quote"]) if doc_id else []
        row["hit_strict"] = any(
            s["doc_id"] == doc_id and any(_overlaps((s["start"], s["end"]), g) for g in gold)
            for s in sources[:HIT_DEPTH]
        )
        keys = item["answer"] if isinstance(item["answer"], list) else [item["answer"]]
        doc_numbers = [k for k in keys if _DOC_NUMBER.fullmatch(k)]

        def in_copy(source: dict) -> bool:
            """The gold quote at this source in a copy of the gold document."""
            other = source["doc_id"]
            number = numbers.get(doc_id) if doc_id else None
            if other == doc_id or number is None or numbers.get(other) != number:
                return False
            spans = _gold_spans(text_of(other), evidence["quote"])
            return any(_overlaps((source["start"], source["end"]), g) for g in spans)

        row["hit"] = row["hit_strict"] or any(
            (s["doc_id"] == doc_id and any(n in s["quote"] for n in doc_numbers)) or in_copy(s)
            for s in sources[:HIT_DEPTH]
        )
    else:
        row["correct"] = not body["found"] and body["answer"] is None
    return row


def _rate(flags: list[bool]) -> float:
    return round(sum(flags) / len(flags), 4) if flags else 0.0


def _summary(rows: list[dict[str, Any]], latencies: list[float]) -> dict[str, Any]:
    answerable = [r for r in rows if r["answerable"]]
    unanswerable = [r for r in rows if not r["answerable"]]
    per_intent: dict[str, list[bool]] = defaultdict(list)
    for r in rows:
        per_intent[r["intent"]].append(r["correct"])
    all_verbatim = [v for r in rows for v in r["verbatim"]]
    numbers = [r["numbers_ok"] for r in rows if r["numbers_ok"] is not None]
    return {
        "questions": len(rows),
        "answerable": len(answerable),
        "unanswerable": len(unanswerable),
        "answer_accuracy": _rate([r["correct"] for r in rows]),
        "answerable_accuracy": _rate([r["correct"] for r in answerable]),
        "evidence_hit@5": _rate([bool(r["hit"]) for r in answerable]),
        "evidence_hit@5_strict": _rate([bool(r.get("hit_strict")) for r in answerable]),
        "abstention_accuracy": _rate([r["correct"] for r in unanswerable]),
        "false_abstentions": sum(1 for r in answerable if not r["found"]),
        "verbatim_rate": _rate(all_verbatim),
        "numbers_in_quotes": _rate(numbers),
        "answers_within_200": _rate([r["length_ok"] for r in rows]),
        "routing_accuracy": _rate([r["routed"] == r["intent"] for r in rows]),
        "per_intent_accuracy": {k: _rate(v) for k, v in sorted(per_intent.items())},
        "latency_ms": {
            "p50": round(statistics.median(latencies), 1) if latencies else 0.0,
            "p95": round(_percentile(latencies, 0.95), 1),
            "max": round(max(latencies), 1) if latencies else 0.0,
        },
        "failures": [
            {k: r[k] for k in ("id", "question", "intent", "routed", "found", "answer", "gold")}
            | {"evidence_hit": r["hit"]}
            for r in rows
            if not r["correct"] or r["hit"] is False
        ],
    }


def _describe(questions: Path) -> str:
    if Path(questions).resolve() == DEFAULT_QUESTIONS.resolve():
        return "development set (used while building the answerer)"
    return "question set (see eval/README.md for whether the answerer has seen it)"


def main(argv: list[str] | None = None) -> int:
    from qa_service.settings import get_settings

    parser = argparse.ArgumentParser(prog="python -m eval.qa_eval", description=__doc__)
    parser.add_argument("--index-dir", type=Path, default=None, help="default: settings")
    parser.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    parser.add_argument("--json", type=Path, default=None, help="also write the report here")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    report = evaluate(args.index_dir or get_settings().index_dir, args.questions)
    for failure in report["failures"]:
        print(
            f"  ✗ {failure['id']} [{failure['intent']}→{failure['routed']}] "
            f"{failure['question']}\n      got: {failure['answer']!r}  gold: {failure['gold']!r}"
            f"  evidence hit: {failure['evidence_hit']}"
        )
    latency = report["latency_ms"]
    print(
        f"{_describe(args.questions)}: {args.questions}\n"
        f"questions {report['questions']} ({report['answerable']} answerable, "
        f"{report['unanswerable']} unanswerable)"
    )
    print(f"answer accuracy      {report['answer_accuracy']:.3f}")
    print(
        f"evidence hit@5       {report['evidence_hit@5']:.3f} "
        f"(gold quote only: {report['evidence_hit@5_strict']:.3f})"
    )
    print(
        f"abstention accuracy  {report['abstention_accuracy']:.3f} "
        f"(false abstentions on answerable: {report['false_abstentions']})"
    )
    print(f"verbatim-quote rate  {report['verbatim_rate']:.3f}")
    print(f"numbers in quotes    {report['numbers_in_quotes']:.3f}")
    print(f"routing accuracy     {report['routing_accuracy']:.3f}")
    print("per intent           " + ", ".join(
        f"{k} {v:.2f}" for k, v in report["per_intent_accuracy"].items()
    ))  # fmt: skip
    print(f"warm /ask latency    p50 {latency['p50']:.1f} ms, p95 {latency['p95']:.1f} ms")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    print(
        f"answer_accuracy={report['answer_accuracy']:.3f} "
        f"evidence_hit@5={report['evidence_hit@5']:.3f} "
        f"abstention={report['abstention_accuracy']:.3f} "
        f"verbatim={report['verbatim_rate']:.3f} "
        f"p95_ms={latency['p95']:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
