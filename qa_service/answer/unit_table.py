"""The stored evidence units of an index version, read on first use.

Opening an index reads only where each unit lies (document, start, end); a unit's text and
terms are read from SQLite when a question first needs it and kept. The term postings
(which units hold a word) are read per word, also on first use: a question touches a few
dozen words, the index holds a hundred thousand.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

import numpy as np

from indexer.store import IndexReader
from indexer.units import Unit, unit_from_row

__all__ = ["Posting", "UnitTable", "best_covered"]

logger = logging.getLogger(__name__)

_EMPTY = np.zeros(0, dtype=np.int32)


@dataclass(frozen=True)
class Posting:
    """The units holding a word: in their own text, and only in their context."""

    direct: np.ndarray
    context: np.ndarray

    @property
    def df(self) -> int:
        return len(self.direct) + len(self.context)

    def units(self) -> np.ndarray:
        return np.concatenate((self.direct, self.context))


_ABSENT = Posting(_EMPTY, _EMPTY)


class UnitTable:
    """Units by ordinal (rank in document-id, text order), materialized on demand."""

    def __init__(self, reader: IndexReader) -> None:
        self._reader = reader
        self.doc_of: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self._first: dict[str, int] = {}
        self._row: list[int] = []  # where the index stores each unit (IndexReader.unit_rows_at)
        for doc_id, start, end, row in reader.unit_spans():
            self._first.setdefault(doc_id, len(self.doc_of))
            self.doc_of.append(doc_id)
            self.starts.append(start)
            self.ends.append(end)
            self._row.append(row)
        self._ordinal = {row: idx for idx, row in enumerate(self._row)}
        # each unit's document as an ordinal of _first (units are stored by document)
        self._doc_number = {doc_id: k for k, doc_id in enumerate(self._first)}
        self._doc_ordinal = np.repeat(
            np.arange(len(self._first), dtype=np.int32),
            np.diff([*self._first.values(), len(self.doc_of)]).astype(np.int64),
        )
        self._units: dict[int, Unit] = {}
        self._postings: dict[tuple[str, bool], Posting] = {}
        self._lock = threading.Lock()  # SQLite reads of one connection, one thread at a time

    def __len__(self) -> int:
        return len(self.doc_of)

    def __getitem__(self, idx: int) -> Unit:
        unit = self._units.get(idx)
        if unit is None:
            self.load((idx,))
            unit = self._units[idx]
        return unit

    def document_units(self) -> dict[str, list[int]]:
        """Each document's unit ordinals."""
        out: dict[str, list[int]] = {}
        for idx, doc_id in enumerate(self.doc_of):
            out.setdefault(doc_id, []).append(idx)
        return out

    def load(self, ids: Iterable[int]) -> None:
        """Read the units among ``ids`` not read yet (one query for up to 500 of them)."""
        units = self._units
        missing = [idx for idx in dict.fromkeys(ids) if idx not in units]
        for chunk in range(0, len(missing), 500):  # SQLite's bound-parameter limit
            part = missing[chunk : chunk + 500]
            with self._lock:
                rows = list(self._reader.unit_rows_at([self._row[idx] for idx in part]))
            for row, columns in rows:
                idx = self._ordinal[row]
                units[idx] = unit_from_row(idx, self.doc_of[idx], columns)

    def sections(self, doc_id: str) -> list[str]:
        """The section path of each unit of ``doc_id``, in ordinal order, without reading the
        units themselves."""
        with self._lock:
            return self._reader.unit_sections(doc_id)

    def posting(self, term: str, toned: bool) -> Posting:
        """The units holding ``term`` (an empty posting for a word no unit holds)."""
        key = (term, toned)
        found = self._postings.get(key)
        if found is None:
            with self._lock:
                stored = self._reader.unit_postings(term, toned)
            found = _ABSENT if stored is None else Posting(*stored)
            self._postings[key] = found
        return found

    def document_coverage(
        self, weights: Mapping[str, float], toned: bool, documents: Mapping[str, Collection[str]]
    ) -> np.ndarray:
        """Per unit, the summed weight of the words neither its text nor its context holds but
        its document does (``documents``: word → the documents holding it)."""
        number = self._doc_number
        per_document = np.zeros(len(self._first), dtype=np.float64)
        held_terms: list[tuple[str, float, np.ndarray]] = []
        for term, weight in weights.items():
            holders = [number[d] for d in documents.get(term, ()) if d in number]
            if not holders:
                continue
            held = np.zeros(len(self._first), dtype=bool)
            held[holders] = True
            per_document[held] += weight
            held_terms.append((term, weight, held))
        if not held_terms:
            return np.zeros(len(self), dtype=np.float64)
        # every unit of a holding document, less the units that write the word themselves: one
        # gather over the table, then work in proportion to the word's postings
        total = per_document[self._doc_ordinal]
        for term, weight, held in held_terms:
            posting = self.posting(term, toned)
            for writing in (posting.direct, posting.context):  # disjoint
                total[writing[held[self._doc_ordinal[writing]]]] -= weight
        return total

    def units_holding(
        self,
        terms: Iterable[str],
        toned: bool,
        max_df: int,
        documents: Collection[str] | None = None,
    ) -> np.ndarray:
        """The units holding one of ``terms`` (words held by more than ``max_df`` units left
        out), each once, in the order a reading of the terms' postings (each term's direct
        units, then its context units) first meets it; only units of ``documents`` if given."""
        parts: list[np.ndarray] = []
        for term in terms:
            posting = self.posting(term, toned)
            if posting.df <= max_df:
                parts += (posting.direct, posting.context)
        if not parts:
            return _EMPTY
        found = np.concatenate(parts)
        if documents is not None:
            wanted = np.zeros(len(self._first), dtype=bool)
            wanted[[self._doc_number[d] for d in documents if d in self._doc_number]] = True
            found = found[wanted[self._doc_ordinal[found]]]
        unique, first = np.unique(found, return_index=True)
        return unique[np.argsort(first)]

    def coverage(self, weights: Mapping[str, float], toned: bool) -> np.ndarray:
        """Per unit, the summed weight of the words its text holds, plus half the weight of
        those only its context (section path, table header) holds."""
        total = np.zeros(len(self), dtype=np.float64)
        for term, weight in weights.items():
            posting = self.posting(term, toned)
            total[posting.direct] += weight
            total[posting.context] += 0.5 * weight
        return total


def best_covered(
    priors: Mapping[int, float], coverage: np.ndarray, n: int, weight: float
) -> list[tuple[int, float, float]]:
    """The ``n`` best (unit, prior, coverage) by ``weight * coverage + prior``, best first,
    ties in the order of ``priors``: ``sorted(..., reverse=True)[:n]`` over the candidates,
    in numpy (a question may bring in tens of thousands)."""
    if not priors:
        return []
    ids = np.fromiter(priors.keys(), dtype=np.int64, count=len(priors))
    prior = np.fromiter(priors.values(), dtype=np.float64, count=len(priors))
    covered = coverage[ids]
    order = np.argsort(-(weight * covered + prior), kind="stable")[:n]
    return list(
        zip(ids[order].tolist(), prior[order].tolist(), covered[order].tolist(), strict=True)
    )
