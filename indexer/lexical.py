"""BM25 lexical index over passages (bm25s), one bm25s index per analysis field.

Fields (see :mod:`indexer.analysis`): ``syllable``, ``word`` (underthesea segmentation),
``bigram`` (adjacent syllables), ``plain`` and ``plain_bigram`` (no diacritics). A query is
routed by how it is typed: an accented query is scored on syllables + words + bigrams, a query
typed without accents on the plain fields, a half-accented one on the plain fields + syllables.
A passage's score is the sum of its field scores, each field weighing the same: single
syllables find the passage, words and pairs reward it for holding the query's phrases.

Directory layout: ``<dir>/meta.json``, ``<dir>/ids.npy`` (row → passage id),
``<dir>/<field>/`` (bm25s files), ``<dir>/tokens.jsonl.gz`` (analysis per text hash, reused by
the next build so an unchanged passage is not segmented again).
"""

from __future__ import annotations

import bisect
import gzip
import json
import logging
import os
import sys
import time
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from indexer.analysis import AnalyzedText, accent_ratio, analyze
from indexer.embedding_cache import text_hash
from indexer.normalize import match_key, strip_diacritics

__all__ = [
    "ANALYZER_VERSION",
    "FIELDS",
    "LexicalIndex",
    "StaleIndexError",
    "build_lexical_index",
    "is_current",
    "query_fields",
]

logger = logging.getLogger(__name__)

FIELDS = ("syllable", "word", "bigram", "plain", "plain_bigram")
# Bump when analysis.py changes the tokens it emits: stored tokens of another version are
# not reused and an index of another version asks for a rebuild.
ANALYZER_VERSION = 7  # 6: NN&MT, DT&TG, KH&CN, TTĐT, GTVT, VHTTDL, LĐTB&XH; 7: DTTS, MTQG,
# TDTT, NOXH, ĐMST, ĐBQH, GPMB, ATGT, PCCC, KCN, CCN, ATTP
# A query with fewer marked syllables than this is treated as (partly) typed without accents.
_ACCENTED = 0.5


def _bm25s() -> Any:
    import bm25s

    # bm25s sets its own logger to DEBUG on import, which floods any application that logs
    # to the console; give the level back to the application's configuration.
    bm25s_logger = logging.getLogger("bm25s")
    if bm25s_logger.level == logging.DEBUG:
        bm25s_logger.setLevel(logging.NOTSET)
    return bm25s


def _analyses(
    texts: Sequence[str],
    previous: Path | None,
    *,
    progress: bool,
    workers: int | None = None,
    cache_dir: Path | None = None,
    analyzed: Mapping[str, AnalyzedText] | None = None,
) -> tuple[list[AnalyzedText], dict[str, AnalyzedText]]:
    """The analysis of every text: from the previous version, ``analyzed`` (done elsewhere),
    the analysis cache, or fresh (on ``workers`` processes)."""
    from indexer.analysis_pool import AnalysisCache, analyze_many

    keys = [text_hash(text) for text in texts]
    known = _read_tokens(previous) if previous is not None else {}
    wanted = set(keys)
    supplied = {k: a for k, a in (analyzed or {}).items() if k in wanted and k not in known}
    known.update(supplied)
    cache = (
        AnalysisCache(cache_dir / "analyses.sqlite", ANALYZER_VERSION)
        if cache_dir is not None
        else None
    )
    try:
        if cache is not None:
            known.update(cache.get_many(k for k in keys if k not in known))
        fresh: dict[str, str] = {}
        for key, text in zip(keys, texts, strict=True):
            if key not in known:
                fresh.setdefault(key, text)
        analysed = dict(
            zip(
                fresh,
                analyze_many(list(fresh.values()), workers=workers, progress=progress),
                strict=True,
            )
        )
        if cache is not None and (analysed or supplied):
            cache.put_many({**supplied, **analysed})
    finally:
        if cache is not None:
            cache.close()
    known.update(analysed)
    by_hash = {key: _interned(known[key]) for key in dict.fromkeys(keys)}
    logger.info(
        "lexical analysis: %d texts analyzed, %d reused", len(fresh), len(by_hash) - len(fresh)
    )
    return [by_hash[key] for key in keys], by_hash


def _interned(analyzed: AnalyzedText) -> AnalyzedText:
    """One string object per distinct token: a corpus repeats the same few thousand syllables
    millions of times, and separate copies would multiply the memory of an index build."""
    return AnalyzedText(
        syllables=tuple(map(sys.intern, analyzed.syllables)),
        words=tuple(map(sys.intern, analyzed.words)),
        bigrams=tuple(map(sys.intern, analyzed.bigrams)),
        plain=tuple(map(sys.intern, analyzed.plain)),
        plain_bigrams=tuple(map(sys.intern, analyzed.plain_bigrams)),
    )


def is_current(directory: Path) -> bool:
    """Whether the lexical index in ``directory`` was built by this analyzer version."""
    try:
        meta = json.loads((Path(directory) / "meta.json").read_text())
    except (OSError, ValueError):
        return False
    return meta.get("analyzer_version") == ANALYZER_VERSION


def _read_tokens(directory: Path) -> dict[str, AnalyzedText]:
    path = directory / "tokens.jsonl.gz"
    meta_path = directory / "meta.json"
    if not path.exists() or not meta_path.exists():
        return {}
    if not is_current(directory):
        return {}
    out: dict[str, AnalyzedText] = {}
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            out[row["h"]] = AnalyzedText(row["s"], row["w"], row["b"], row["p"], row["pb"])
    return out


def _write_tokens(directory: Path, by_hash: dict[str, AnalyzedText]) -> None:
    with gzip.open(directory / "tokens.jsonl.gz", "wt", encoding="utf-8", compresslevel=3) as f:
        for key, analyzed in by_hash.items():
            row = {
                "h": key,
                "s": analyzed.syllables,
                "w": analyzed.words,
                "b": analyzed.bigrams,
                "p": analyzed.plain,
                "pb": analyzed.plain_bigrams,
            }
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def build_lexical_index(
    passage_ids: Sequence[int],
    texts: Sequence[str],
    out_dir: Path,
    *,
    previous: Path | None = None,
    progress: bool = False,
    workers: int | None = None,
    cache_dir: Path | None = None,
    analyzed: Mapping[str, AnalyzedText] | None = None,
) -> None:
    """Analyze ``texts`` and write the BM25 index of every field into ``out_dir``.

    ``previous``: the lexical folder of the index being replaced; its stored analyses are
    reused for texts it has seen, as are ``analyzed`` (analyses done elsewhere, by text hash)
    and those of the analysis cache in ``cache_dir``. ``workers``: processes for the fresh
    analyses (default: one per core).
    """
    bm25s = _bm25s()
    if len(passage_ids) != len(texts):
        raise ValueError("passage_ids and texts differ in length")
    started = time.perf_counter()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    analyses, by_hash = _analyses(
        texts,
        previous,
        progress=progress,
        workers=workers,
        cache_dir=cache_dir,
        analyzed=analyzed,
    )
    np.save(out_dir / "ids.npy", np.asarray(passage_ids, dtype=np.int64))
    if texts:
        for field in FIELDS:
            tokens = [list(_field(a, field)) or [""] for a in analyses]
            retriever = bm25s.BM25()
            retriever.index(tokens, show_progress=False)
            retriever.save(str(out_dir / field), show_progress=False)
    _write_tokens(out_dir, by_hash)
    meta = {
        "analyzer_version": ANALYZER_VERSION,
        "fields": list(FIELDS),
        "count": len(texts),
        "bm25": {"k1": 1.5, "b": 0.75, "method": "lucene"},
    }
    (out_dir / "meta.json").write_text(json.dumps(meta, indent=2))
    logger.info("lexical index: %d passages in %.1f s", len(texts), time.perf_counter() - started)


def _field(analyzed: AnalyzedText, field: str) -> tuple[str, ...]:
    if field == "syllable":
        return analyzed.syllables
    if field == "word":
        return analyzed.words
    if field == "bigram":
        return analyzed.bigrams
    if field == "plain":
        return analyzed.plain
    if field == "plain_bigram":
        return analyzed.plain_bigrams
    raise ValueError(f"unknown field {field!r}")


def query_fields(query: str) -> dict[str, float]:
    """Which fields a query is scored on, with their weights."""
    ratio = accent_ratio(query)
    if ratio == 0.0:
        return {"plain": 1.0, "plain_bigram": 1.0}
    if ratio < _ACCENTED:
        return {"plain": 1.0, "plain_bigram": 1.0, "syllable": 1.0}
    return {"syllable": 1.0, "word": 1.0, "bigram": 1.0}


class StaleIndexError(ValueError):
    """The lexical index was built by another analyzer version: `vnqa index` rebuilds it."""


class LexicalIndex:
    """A loaded lexical index; :meth:`search` returns (passage id, BM25 score) pairs."""

    def __init__(self, ids: np.ndarray, retrievers: dict[str, Any], meta: dict[str, Any]):
        self.ids = ids
        self._retrievers = retrievers
        self.meta = meta
        self._row_of: dict[int, int] | None = None
        self._compounds: list[str] | None = None

    @classmethod
    def load(cls, directory: Path) -> LexicalIndex:
        bm25s = _bm25s()
        directory = Path(directory)
        meta = json.loads((directory / "meta.json").read_text())
        if meta.get("analyzer_version") != ANALYZER_VERSION:
            raise StaleIndexError(
                "the lexical index was built by another analyzer version; "
                "re-index with `vnqa index` (or `vnqa index --rebuild`)"
            )
        ids = np.load(directory / "ids.npy")
        retrievers: dict[str, Any] = {}
        if len(ids):
            for field in meta["fields"]:
                retrievers[field] = bm25s.BM25.load(
                    os.fspath(directory / field), mmap=False, show_progress=False
                )
        return cls(ids, retrievers, meta)

    def __len__(self) -> int:
        return int(len(self.ids))

    def scores(self, query: str) -> np.ndarray:
        """Score of every row (``self.ids`` order) for ``query``."""
        total = np.zeros(len(self.ids), dtype=np.float32)
        if not len(self.ids):
            return total
        weights = query_fields(query)
        analyzed = analyze(query, query=True, words="word" in weights)
        for field, weight in weights.items():
            retriever = self._retrievers.get(field)
            if retriever is None:
                continue
            token_ids = retriever.get_tokens_ids([t for t in _field(analyzed, field) if t])
            if token_ids:
                total += weight * retriever.get_scores_from_ids(token_ids)
        return total

    def preload(self) -> None:
        """Build now the lookups made on first use (the sorted number tokens, the row of each
        passage id) rather than during a query."""
        retriever = self._retrievers.get("plain")
        if retriever is not None and self._compounds is None:
            self._compounds = sorted(t for t in retriever.vocab_dict if "/" in t or "-" in t)
        if self._row_of is None:
            self._row_of = {int(pid): row for row, pid in enumerate(self.ids)}

    def mentions(self, number: str) -> list[int]:
        """Passage ids holding the token ``number`` (accents and case ignored).

        A short number also finds its longer forms: "61/2018" finds "61/2018/NĐ-CP" and
        "214/KH" finds "214/KH-UBND".
        """
        retriever = self._retrievers.get("plain")
        if retriever is None:
            return []
        key = strip_diacritics(match_key(number)).replace(" ", "")
        if self._compounds is None:
            self._compounds = sorted(t for t in retriever.vocab_dict if "/" in t or "-" in t)
        start = bisect.bisect_left(self._compounds, key)
        token_ids: list[int] = []
        for token in self._compounds[start:]:
            if not token.startswith(key):
                break
            if token == key or token[len(key)] in "/-":
                token_ids.append(retriever.vocab_dict[token])
        if not token_ids:
            return []
        scores = retriever.get_scores_from_ids(token_ids)
        rows = np.flatnonzero(scores > 0)
        return [int(self.ids[row]) for row in rows]

    def _rows(self, allowed_ids: Collection[int]) -> np.ndarray:
        if self._row_of is None:
            self._row_of = {int(pid): row for row, pid in enumerate(self.ids)}
        rows = [self._row_of[int(pid)] for pid in allowed_ids if int(pid) in self._row_of]
        return np.asarray(sorted(rows), dtype=np.int64)

    def search(
        self, query: str, k: int, *, allowed_ids: Collection[int] | None = None
    ) -> list[tuple[int, float]]:
        """Best ``k`` passages with a positive score, best first."""
        if k <= 0 or not len(self.ids):
            return []
        scores = self.scores(query)
        if allowed_ids is not None:
            rows = self._rows(allowed_ids)
            candidates = rows[scores[rows] > 0]
        else:
            candidates = np.flatnonzero(scores > 0)
        if len(candidates) > k:
            part = np.argpartition(-scores[candidates], k - 1)[:k]
            candidates = candidates[part]
        order = candidates[np.lexsort((candidates, -scores[candidates]))]
        return [(int(self.ids[row]), float(scores[row])) for row in order[:k]]
