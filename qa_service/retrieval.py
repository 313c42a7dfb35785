"""The query side: lexical + dense search over one index version, and their fusion.

A version folder holds ``manifest.json``, ``index.sqlite`` (indexer/schema.sql), ``lexical/`` and
``dense.faiss``, or, while its passages are still being embedded, the vectors stored so far in
``dense/`` (:mod:`indexer.dense_chunks`; :meth:`Retriever.refresh_dense` takes in new ones).
:meth:`Retriever.search`:

1. **filters** (document, type, year, locality/issuer) → the allowed passage ids;
2. **exact lookup**: document numbers in the query ("1941/QĐ-UBND", "Nghị định 61/2018") are
   looked up in ``citations.number`` and ``documents.number``; those passages rank first;
3. **lexical** (BM25, :mod:`indexer.lexical`) and **dense** (FAISS, :mod:`indexer.dense`) lists;
4. **fusion** of the two lists for ``method="hybrid"``: by default each list's scores are
   z-normalized (mean 0, deviation 1 over the passages read) and summed (:func:`zscore_fuse`);
   reciprocal rank fusion (:func:`rrf_fuse`) is the alternative (``fusion="rrf"``). A question
   typed without any accent is left to the lexical list, the embedding model being lost on
   unaccented Vietnamese;
5. **near-verbatim re-scoring** (rapidfuzz): a passage that contains the query almost word for
   word (a quoted sentence) moves to the top.

Every stage's time is in ``SearchResult.timings_ms``.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Collection, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from indexer.analysis import accent_ratio, document_numbers
from indexer.dense import DenseIndex
from indexer.dense_chunks import COMPLETE_FILE, DenseLoader
from indexer.embedders import Embedder, load_embedder
from indexer.extract.citations import number_key, number_keys_match
from indexer.lexical import LexicalIndex
from indexer.normalize import match_key, plain_key, strip_diacritics
from indexer.places import names_place

__all__ = [
    "METHODS",
    "RRF_K",
    "FUSIONS",
    "EmbedderMismatchError",
    "Hit",
    "Retriever",
    "SearchFilters",
    "SearchResult",
    "rrf_fuse",
    "zscore_fuse",
]

logger = logging.getLogger(__name__)

METHODS = ("bm25", "dense", "hybrid")
# How hybrid search merges its two lists. Score fusion keeps what rank fusion throws away: how
# far ahead of the rest a list's best passages are. A BM25 head that stands out (a rare phrase
# of the question) is no longer outvoted by passages both lists rank middling; where neither
# list has a standout, the sum behaves much like a sum of ranks. On the ALQAC split used for
# decisions ("01-", eval/README.md) it raised MRR@10 from 0.909 (RRF) to 0.934; convex
# combinations of normalized scores also beat RRF in Bruch et al., "An Analysis of Fusion
# Functions for Hybrid Retrieval" (ACM TOIS 2023).
FUSIONS = ("zscore", "rrf")
# The constant of Cormack et al. (2009); each list contributes 1 / (RRF_K + rank).
RRF_K = 60
# Equal weights: no preference between the lists. On the "01-" ALQAC split other weights did
# worse (eval/README.md).
LEXICAL_WEIGHT = 1.0
DENSE_WEIGHT = 1.0
# How deep each list is read before fusion (and before keeping the best k).
CANDIDATES = 100
# Near-verbatim: a query of at least this many syllables found in a passage with a
# rapidfuzz partial_ratio of at least FUZZY_MIN (0-100) is a quotation of that passage.
FUZZY_MIN_SYLLABLES = 8
FUZZY_MIN = 90.0
FUZZY_DEPTH = 30
# Share of the query's syllables a passage must hold before the fuzzy ratio is computed; a
# 90-point partial match holds far more (on ALQAC none of the 116 near-verbatim passages among
# the lexical top 60 was dropped by it).
FUZZY_PREFILTER = 0.6
# Embed the query in a thread of its own while the lexical list is made (same vector, earlier).
OVERLAP_EMBEDDING = True
_NOT_WORD = re.compile(r"[\W_]+")


class EmbedderMismatchError(RuntimeError):
    """The index was built with another embedding model than the one configured."""


@dataclass(frozen=True)
class SearchFilters:
    """Restrict a search; every field is optional and they combine with AND."""

    doc_ids: tuple[str, ...] | None = None
    doc_type: str | None = None  # "báo cáo", "kế hoạch", ... (accents and case ignored)
    year: int | None = None  # year of the document's date
    locality: str | None = None  # substring of the document's place, issuer or title
    issuer: str | None = None  # substring of the document's issuer

    def is_empty(self) -> bool:
        return not (self.doc_ids or self.doc_type or self.year or self.locality or self.issuer)


@dataclass(frozen=True)
class Hit:
    passage_id: int
    doc_id: str
    # fusion score for hybrid (BM25 when only the lexical list ran), else BM25 or cosine
    score: float
    lexical_rank: int | None  # 1-based rank in the lexical list, None when absent
    dense_rank: int | None
    lexical_score: float | None = None
    dense_score: float | None = None
    exact: bool = False  # matched a document number of the query
    fuzzy: float | None = None  # rapidfuzz partial_ratio when near-verbatim
    kind: str = "text"
    section_path: str = ""
    text: str = ""
    start: int = 0
    end: int = 0
    page: int = 1


@dataclass(frozen=True)
class SearchResult:
    query: str
    method: str
    hits: list[Hit]
    timings_ms: dict[str, float] = field(default_factory=dict)
    numbers: tuple[str, ...] = ()  # document numbers recognised in the query
    lists: tuple[str, ...] = ()  # the ranked lists used: "lexical", "dense"


def rrf_fuse(
    ranked_lists: Iterable[list[tuple[int, float]]],
    *,
    k: int = RRF_K,
    weights: Sequence[float] | None = None,
) -> dict[int, float]:
    """Reciprocal rank fusion: id → Σ weight / (k + rank) over the lists holding it."""
    fused: dict[int, float] = {}
    for number, ranked in enumerate(ranked_lists):
        weight = 1.0 if weights is None else float(weights[number])
        for rank, (item, _) in enumerate(ranked, start=1):
            fused[item] = fused.get(item, 0.0) + weight / (k + rank)
    return fused


def zscore_fuse(
    ranked_lists: Iterable[list[tuple[int, float]]],
    *,
    weights: Sequence[float] | None = None,
) -> dict[int, float]:
    """Score fusion: id → Σ weight · (score − mean) / deviation, over each list as read.

    An id missing from a list counts with that list's lowest normalized score: it scored at
    most the last passage read. A list whose scores are all equal (one hit, say) cannot be
    normalized: its ids count 1 and the missing ones 0, so being found still counts. (ranx
    offers the same "zmuv" normalization and sum, but over its own run objects and numba;
    the arithmetic is a few lines.)
    """
    normalized: list[tuple[float, dict[int, float], float]] = []
    for number, ranked in enumerate(ranked_lists):
        if not ranked:
            continue
        weight = 1.0 if weights is None else float(weights[number])
        scores = np.array([score for _, score in ranked], dtype=np.float64)
        deviation = float(scores.std())
        if deviation <= 1e-9 * max(1.0, float(np.abs(scores).max())):
            normalized.append((weight, {item: 1.0 for item, _ in ranked}, 0.0))
            continue
        z = (scores - scores.mean()) / deviation
        z_of = {item: float(value) for (item, _), value in zip(ranked, z, strict=True)}
        normalized.append((weight, z_of, float(z.min())))
    ids = {item for _, z_of, _ in normalized for item in z_of}
    return {
        item: sum(weight * z_of.get(item, floor) for weight, z_of, floor in normalized)
        for item in ids
    }


class _Timer:
    def __init__(self) -> None:
        self.timings: dict[str, float] = {}

    def stage(self, name: str) -> _Stage:
        return _Stage(self, name)


class _Stage:
    def __init__(self, timer: _Timer, name: str) -> None:
        self.timer = timer
        self.name = name

    def __enter__(self) -> None:
        self.started = time.perf_counter()

    def __exit__(self, *exc: object) -> None:
        elapsed = (time.perf_counter() - self.started) * 1000
        self.timer.timings[self.name] = self.timer.timings.get(self.name, 0.0) + elapsed


class Retriever:
    """Searches one index version; safe to share between threads."""

    def __init__(
        self,
        version_dir: Path,
        manifest: dict[str, Any],
        conn: sqlite3.Connection,
        lexical: LexicalIndex,
        dense: DenseIndex | None,
        embedder: Embedder | None,
    ) -> None:
        self.version_dir = version_dir
        self.manifest = manifest
        self._conn = conn
        self._lock = threading.Lock()
        self.lexical = lexical
        self.dense = dense
        self._warned_no_dense = False
        self.embedder = embedder
        self._dense_loader: DenseLoader | None = None
        self._numbers: dict[str, list[tuple[str, int | None, str]]] | None = None
        self._documents: list[dict[str, Any]] | None = None
        self._doc_passages: dict[str, list[int]] | None = None
        self._embedding_pool: ThreadPoolExecutor | None = None  # query embeddings, one at a time

    @classmethod
    def open(cls, version_dir: Path, *, embedder: Embedder | None = None) -> Retriever:
        """Open a version folder. Without ``embedder`` the configured one is used.

        Raises :class:`EmbedderMismatchError` when the embedder is not the index's.
        """
        version_dir = Path(version_dir)
        manifest = json.loads((version_dir / "manifest.json").read_text(encoding="utf-8"))
        recorded = manifest.get("embedder") or {}
        loader = None
        if (version_dir / COMPLETE_FILE).exists():
            dense = DenseIndex.load(version_dir / COMPLETE_FILE)
        elif recorded.get("dim") and (manifest.get("dense") or {}).get("progressive"):
            # A version live before its embedding finished: the vectors stored so far.
            loader = DenseLoader(version_dir, int(recorded["dim"]))
            dense = loader.refresh()
        else:
            dense = None
        if dense is not None:
            if embedder is None:
                from qa_service.settings import get_settings

                settings = get_settings()
                embedder = load_embedder(
                    settings.embedder,
                    query_prefix=settings.st_query_prefix,
                    passage_prefix=settings.st_passage_prefix,
                )
            _check_embedder(embedder, recorded, dense)
        conn = sqlite3.connect(
            f"file:{version_dir / 'index.sqlite'}?mode=ro", uri=True, check_same_thread=False
        )
        conn.row_factory = sqlite3.Row
        lexical = LexicalIndex.load(version_dir / "lexical")
        retriever = cls(version_dir, manifest, conn, lexical, dense, embedder)
        retriever._dense_loader = loader if loader is not None and not loader.complete else None
        return retriever

    def preload(self) -> None:
        """Read now what searches otherwise read on first use: the documents' filter fields,
        the table of document numbers, each document's passages and the lexical lookups (a
        server opens a version once and answers many questions)."""
        self._document_rows()
        self._number_table()
        self._passages_by_document()
        self.lexical.preload()

    def refresh_dense(self) -> bool:
        """Take in the vectors stored since the last call (a version still being embedded);
        whether the dense index changed. Searches in flight keep the index they started with."""
        loader = self._dense_loader
        if loader is None:
            return False
        fresh = loader.refresh()
        if loader.complete:
            self._dense_loader = None
        if fresh is None:
            return False
        self.dense = fresh
        return True

    @property
    def embedding_progress(self) -> tuple[int, int]:
        """(passages with a vector, passages) of this version."""
        dense = self.dense
        return (len(dense) if dense is not None else 0), len(self.lexical)

    def warm_up(self) -> None:
        """Load the embedding model now rather than on the first query."""
        if self.embedder is not None and self.dense is not None:
            self.embedder.embed_query("khởi động")

    def close(self) -> None:
        with self._lock:
            self._conn.close()
            pool, self._embedding_pool = self._embedding_pool, None
        if pool is not None:
            pool.shutdown(wait=True)

    def __enter__(self) -> Retriever:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- metadata --------------------------------------------------------------------------------
    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, tuple(params)).fetchall()

    def _document_rows(self) -> list[dict[str, Any]]:
        if self._documents is None:
            rows = self._rows(
                "SELECT doc_id, doc_type, number, date, place, issuer, title FROM documents"
            )
            self._documents = [dict(r) for r in rows]
        return self._documents

    def _number_table(self) -> dict[str, list[tuple[str, int | None, str]]]:
        """number key → (doc id, mentioning passage id or None for the document's own number)."""
        if self._numbers is None:
            table: dict[str, list[tuple[str, int | None, str]]] = {}
            for row in self._rows("SELECT doc_id, passage_id, number FROM citations"):
                entry = (row["doc_id"], row["passage_id"], row["number"])
                table.setdefault(number_key(row["number"]), []).append(entry)
            for doc in self._document_rows():
                if doc["number"]:
                    entry = (doc["doc_id"], None, doc["number"])
                    table.setdefault(number_key(doc["number"]), []).append(entry)
            self._numbers = table
        return self._numbers

    def allowed_passages(self, filters: SearchFilters | None) -> set[int] | None:
        """Passage ids passing ``filters`` (None: no restriction)."""
        if filters is None or filters.is_empty():
            return None
        docs = [d for d in self._document_rows() if _document_passes(d, filters)]
        if not docs:
            return set()
        by_doc = self._passages_by_document()
        allowed: set[int] = set()
        for doc in docs:
            allowed.update(by_doc.get(doc["doc_id"], ()))
        return allowed

    def _passages_by_document(self) -> dict[str, list[int]]:
        """Each document's passage ids, read once (a question naming a place may keep a
        hundred documents: their passages were read from SQLite for every such question)."""
        if self._doc_passages is None:
            by_doc: dict[str, list[int]] = {}
            for doc_id, passage_id in self._rows("SELECT doc_id, id FROM passages"):
                by_doc.setdefault(doc_id, []).append(int(passage_id))
            self._doc_passages = by_doc
        return self._doc_passages

    def exact_matches(
        self, query: str, allowed: Collection[int] | None = None
    ) -> tuple[tuple[str, ...], list[int]]:
        """Numbers found in ``query`` and the passages that mention them (document order)."""
        numbers = tuple(dict.fromkeys(number for number, _, _ in document_numbers(query)))
        if not numbers:
            return (), []
        table = self._number_table()
        mentions: list[int] = []
        own_documents: list[tuple[str, str]] = []
        for number in numbers:
            wanted = number_key(number)
            for key, entries in table.items():
                if not number_keys_match(wanted, key):
                    continue
                for doc_id, passage_id, stored in entries:
                    if passage_id is not None:
                        mentions.append(int(passage_id))
                    else:
                        own_documents.append((doc_id, stored))
        for number in numbers:  # mentions the citation extractor may have missed
            mentions.extend(self.lexical.mentions(number))
        for doc_id, stored in own_documents:
            mentions.extend(self._passages_showing(doc_id, stored))
        unique = list(dict.fromkeys(mentions))
        if allowed is not None:
            unique = [p for p in unique if p in allowed]
        return numbers, unique

    def _passages_showing(self, doc_id: str, number: str) -> list[int]:
        """Passages of a document whose text shows its own number; else its first passage."""
        rows = self._rows(
            "SELECT id, text FROM passages WHERE doc_id = ? ORDER BY start, id", (doc_id,)
        )
        # Whole numbers: "1/KH-UBND" is not shown by a text holding "111/KH-UBND".
        wanted = re.compile(rf"(?<!\d){re.escape(number_key(number))}")
        showing = [int(r["id"]) for r in rows if wanted.search(number_key(r["text"]))]
        if showing:
            return showing
        return [int(rows[0]["id"])] if rows else []

    # -- search ----------------------------------------------------------------------------------
    def search(
        self,
        query: str,
        k: int = 10,
        *,
        method: str = "hybrid",
        filters: SearchFilters | None = None,
        fuzzy: bool = True,
        fusion: str = "zscore",
        embedding: Future[np.ndarray] | None = None,
        while_embedding: Callable[[Callable[[], bool]], None] | None = None,
    ) -> SearchResult:
        """The best ``k`` passages for ``query``.

        ``embedding``: the query's embedding started by :meth:`start_embedding` (of this very
        query), so that the model ran while the caller did other work; else it starts here.
        ``while_embedding``: work to do while the model runs, once the lexical list is in; it is
        given a function telling whether the embedding is done (so it can stop then).
        """
        if method not in METHODS:
            raise ValueError(f"unknown method {method!r}: use one of {', '.join(METHODS)}")
        if fusion not in FUSIONS:
            raise ValueError(f"unknown fusion {fusion!r}: use one of {', '.join(FUSIONS)}")
        timer = _Timer()
        started = time.perf_counter()
        dense_index = self.dense  # one index for the whole search, however it grows meanwhile
        if method in ("dense", "hybrid") and dense_index is None:
            if method == "dense":
                raise ValueError(f"index {self.version_dir} has no dense index")
            if not self._warned_no_dense:
                logger.warning("index has no dense part; hybrid search falls back to bm25")
                self._warned_no_dense = True
            method = "bm25"
        with timer.stage("filters"):
            allowed = self.allowed_passages(filters)
        if allowed is not None and not allowed:
            timer.timings["total"] = (time.perf_counter() - started) * 1000
            return SearchResult(query, method, [], _rounded(timer.timings))
        # The embedding model reads accented Vietnamese; typed without accents a question is
        # out of its reach (on ALQAC queries stripped of accents dense Recall@10 falls from 0.96
        # to 0.13), so hybrid search then trusts the lexical list alone.
        use_dense = method == "dense" or (
            method == "hybrid"
            and not _typed_without_accents(query)
            and len(dense_index) > 0  # a version whose embedding has not begun: lexical only
        )
        if not use_dense:
            embedding = None
        elif embedding is None:
            embedding = self._start_embedding(query)
        with timer.stage("exact"):
            numbers, exact = self.exact_matches(query, allowed)
        depth = max(CANDIDATES, k)
        lexical: list[tuple[int, float]] = []
        dense: list[tuple[int, float]] = []
        lexical_used = method in ("bm25", "hybrid")
        if lexical_used:
            with timer.stage("lexical"):
                lexical = self.lexical.search(query, depth, allowed_ids=allowed)
        if use_dense:
            assert dense_index is not None and embedding is not None
            if while_embedding is not None and not embedding.done():
                with timer.stage("while_embedding"):
                    while_embedding(embedding.done)
            with timer.stage("embed_query"):  # what is left of it once the lexical list is in
                vector = embedding.result()
            with timer.stage("dense"):
                dense = dense_index.search(vector, depth, allowed_ids=allowed)
        with timer.stage("fusion"):
            if method == "hybrid" and use_dense:
                fuse = zscore_fuse if fusion == "zscore" else rrf_fuse
                scores = fuse([lexical, dense], weights=(LEXICAL_WEIGHT, DENSE_WEIGHT))
            elif method == "hybrid":
                scores = dict(lexical)
            else:
                scores = dict(lexical if method == "bm25" else dense)
            ranked = sorted(scores, key=lambda p: (-scores[p], p))
            exact_set = set(exact)
            if exact_set:
                # Mentions of the asked number first, in the order the query ranks them.
                order = {p: i for i, p in enumerate(ranked)}
                first = sorted(exact, key=lambda p: (order.get(p, len(order)), p))
                ranked = first + [p for p in ranked if p not in exact_set]
        fuzzy_scores: dict[int, float] = {}
        if fuzzy and ranked:
            with timer.stage("fuzzy"):
                # A quotation is a lexical match: look at the lexical head too, which fusion
                # may have pushed down when the dense list disagrees.
                candidates = ranked[:FUZZY_DEPTH] + [p for p, _ in lexical[:FUZZY_DEPTH]]
                candidates = [p for p in dict.fromkeys(candidates) if p in scores]
                fuzzy_scores = self._near_verbatim(query, candidates)
                if fuzzy_scores:
                    quoted = sorted(fuzzy_scores, key=lambda p: (-fuzzy_scores[p], p))
                    quoted = [p for p in quoted if p not in exact_set]
                    head = [p for p in ranked if p in exact_set]
                    rest = [p for p in ranked if p not in exact_set and p not in fuzzy_scores]
                    ranked = head + quoted + rest
        with timer.stage("fetch"):
            top = ranked[:k]
            rows = self._passage_rows(top)
        lexical_rank = {p: r for r, (p, _) in enumerate(lexical, start=1)}
        dense_rank = {p: r for r, (p, _) in enumerate(dense, start=1)}
        lexical_score = dict(lexical)
        dense_score = dict(dense)
        hits: list[Hit] = []
        for passage_id in top:
            row = rows.get(passage_id)
            if row is None:  # an id the lexical/dense index knows but the database does not
                logger.warning("passage %d missing from index.sqlite", passage_id)
                continue
            hits.append(
                Hit(
                    passage_id=passage_id,
                    doc_id=row["doc_id"],
                    score=float(scores.get(passage_id, 0.0)),
                    lexical_rank=lexical_rank.get(passage_id),
                    dense_rank=dense_rank.get(passage_id),
                    lexical_score=lexical_score.get(passage_id),
                    dense_score=dense_score.get(passage_id),
                    exact=passage_id in exact_set,
                    fuzzy=fuzzy_scores.get(passage_id),
                    kind=row["kind"],
                    section_path=row["section_path"],
                    text=row["text"],
                    start=int(row["start"]),
                    end=int(row["end"]),
                    page=int(row["page"]),
                )
            )
        timer.timings["total"] = (time.perf_counter() - started) * 1000
        used = (("lexical", lexical_used), ("dense", use_dense))
        lists = tuple(name for name, flag in used if flag)
        return SearchResult(query, method, hits, _rounded(timer.timings), numbers, lists)

    def start_embedding(self, query: str, method: str = "hybrid") -> Future[np.ndarray] | None:
        """The embedding of ``query`` started for a :meth:`search` of it by ``method`` to come
        (pass it as ``embedding``): the model runs while the caller reads the question. None
        when that search would not read the dense list."""
        dense_index = self.dense
        if method not in ("dense", "hybrid") or dense_index is None or not len(dense_index):
            return None
        if method == "hybrid" and _typed_without_accents(query):
            return None
        return self._start_embedding(query)

    def _start_embedding(self, query: str) -> Future[np.ndarray]:
        """The query's embedding, computed meanwhile in the retriever's embedding thread: the
        model (C code, the GIL released) runs while this thread matches document numbers and
        scores BM25, on the other core when there is one."""
        assert self.embedder is not None
        if not OVERLAP_EMBEDDING:
            done: Future[np.ndarray] = Future()
            done.set_result(self.embedder.embed_query(query))
            return done
        with self._lock:
            if self._embedding_pool is None:
                self._embedding_pool = ThreadPoolExecutor(1, thread_name_prefix="vnqa-query-embed")
            return self._embedding_pool.submit(self.embedder.embed_query, query)

    def _passage_rows(self, ids: list[int]) -> dict[int, sqlite3.Row]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._rows(
            "SELECT id, doc_id, section_path, kind, text, start, end, page "
            f"FROM passages WHERE id IN ({marks})",
            ids,
        )
        return {int(r["id"]): r for r in rows}

    def _near_verbatim(self, query: str, candidates: list[int]) -> dict[int, float]:
        """Candidates containing ``query`` almost verbatim, with their partial_ratio."""
        from rapidfuzz import fuzz

        folded = _fold_for_fuzzy(query)
        if len(folded.split()) < FUZZY_MIN_SYLLABLES:
            return {}
        plain = strip_diacritics(folded) == folded
        syllables = set(folded.split())
        needed = FUZZY_PREFILTER * len(syllables)
        rows = self._passage_rows(candidates)
        found: dict[int, float] = {}
        for passage_id in candidates:
            row = rows.get(passage_id)
            if row is None:
                continue
            keyed = match_key(row["text"])
            # A cheap check first: a passage that quotes the question holds most of its
            # syllables. Dropping punctuation from every candidate costs more than this.
            if not plain and sum(1 for syllable in syllables if syllable in keyed) < needed:
                continue
            text = _words(keyed)
            if plain:
                text = strip_diacritics(text)
            ratio = fuzz.partial_ratio(folded, text, score_cutoff=FUZZY_MIN)
            if ratio:
                found[passage_id] = float(ratio)
        return found


def _typed_without_accents(query: str) -> bool:
    """A query with Vietnamese-looking words but not one accent or vowel mark."""
    has_words = any(ch.isalpha() for ch in query)
    return has_words and accent_ratio(query) == 0.0


def _fold_for_fuzzy(text: str) -> str:
    """match_key, punctuation dropped, spaces collapsed: what "verbatim" compares."""
    return _words(match_key(text))


def _words(keyed: str) -> str:
    """Punctuation dropped, spaces collapsed."""
    return _NOT_WORD.sub(" ", keyed).strip()


def _document_passes(doc: dict[str, Any], filters: SearchFilters) -> bool:
    if filters.doc_ids and doc["doc_id"] not in filters.doc_ids:
        return False
    if filters.doc_type and plain_key(doc["doc_type"] or "") != plain_key(filters.doc_type):
        return False
    if filters.year and not (doc["date"] or "").startswith(f"{filters.year:04d}"):
        return False
    if filters.issuer and plain_key(filters.issuer) not in plain_key(doc["issuer"] or ""):
        return False
    return not filters.locality or names_place(
        filters.locality, doc["place"], doc["issuer"], doc["title"]
    )


def _check_embedder(embedder: Embedder, recorded: dict[str, Any], dense: DenseIndex) -> None:
    name = recorded.get("name")
    if name and name != embedder.name:
        raise EmbedderMismatchError(
            f"the index was built with embedder {name!r} but {embedder.name!r} is "
            "configured; re-index with `vnqa index --rebuild` (or configure the index's "
            "embedder, VNQA_EMBEDDER)"
        )
    if recorded.get("dim") and int(recorded["dim"]) != dense.dim:
        raise EmbedderMismatchError(
            f"the index manifest says dimension {recorded['dim']} but dense.faiss "
            f"has {dense.dim}; re-index with `vnqa index --rebuild`"
        )
    if recorded.get("normalized") is False:
        raise EmbedderMismatchError(
            "the index holds unnormalized vectors; re-index with `vnqa index --rebuild`"
        )


def _rounded(timings: dict[str, float]) -> dict[str, float]:
    return {name: round(value, 3) for name, value in timings.items()}
