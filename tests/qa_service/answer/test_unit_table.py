"""The lazily read unit table agrees with the units and terms stored at index time."""

from __future__ import annotations

from pathlib import Path

from indexer.store import IndexReader
from indexer.units import unit_from_row
from qa_service.answer.unit_table import UnitTable


def test_units_postings_and_coverage_match_the_stored_units(corpus_index: Path) -> None:
    reader = IndexReader.open(corpus_index)
    try:
        stored = [unit_from_row(k, d, row) for k, (d, row) in enumerate(reader.units())]
        table = UnitTable(reader)
        assert len(table) == len(stored) > 100
        for idx in (0, len(stored) // 2, len(stored) - 1):
            assert table[idx] == stored[idx]
            assert (table.starts[idx], table.ends[idx]) == (stored[idx].start, stored[idx].end)
        # units of every document read at once, in any order, some twice, some already read
        mixed = [*range(len(stored) - 1, -1, -7), 3, 3, 0]
        table.load(mixed)
        for idx in mixed:
            assert table[idx] == stored[idx] and table[idx].doc_id == stored[idx].doc_id
        for toned in (False, True):
            words = sorted(stored[len(stored) // 3].tterms if toned else stored[0].terms)[:5]
            assert words
            weights = {w: float(k + 1) for k, w in enumerate([*words, "khôngcótừnày"])}
            coverage = table.coverage(weights, toned)
            postings = {w: set(table.posting(w, toned).units().tolist()) for w in words}
            for unit in stored:
                own = unit.tterms if toned else unit.terms
                context = unit.tcontext_terms if toned else unit.context_terms
                expected = sum(w for t, w in weights.items() if t in own) + 0.5 * sum(
                    w for t, w in weights.items() if t not in own and t in context
                )
                assert abs(coverage[unit.idx] - expected) < 1e-9
                for word in words:
                    assert (unit.idx in postings[word]) == (word in own or word in context)
        assert table.posting("khôngcótừnày", True).df == 0
    finally:
        reader.close()


def test_units_holding_reads_postings_in_order_once_each(corpus_index: Path) -> None:
    import numpy as np

    from qa_service.answer.unit_table import best_covered

    reader = IndexReader.open(corpus_index)
    try:
        table = UnitTable(reader)
        terms = sorted(table[0].terms)[:4] + sorted(table[len(table) - 1].terms)[:4]
        max_df = sorted(table.posting(t, False).df for t in terms)[-2]  # one word left out
        expected: dict[int, None] = {}
        for term in terms:
            if table.posting(term, False).df <= max_df:
                expected.update(dict.fromkeys(table.posting(term, False).units().tolist()))
        assert table.units_holding(terms, False, max_df).tolist() == list(expected)
        last_doc = table.doc_of[-1]
        assert table.units_holding(terms, False, max_df, {last_doc, "no-such-doc"}).tolist() == [
            i for i in expected if table.doc_of[i] == last_doc
        ]
        assert table.units_holding([], False, max_df).tolist() == []

        # best_covered is sorted(..., reverse=True)[:n] over (unit, prior, coverage)
        priors = {i: (0.1 if i % 3 == 0 else 0.0) for i in expected}
        coverage = np.array([(i % 5) / 4 for i in range(len(table))])
        by_sort = sorted(
            ((i, p, float(coverage[i])) for i, p in priors.items()),
            key=lambda item: 0.75 * item[2] + item[1],
            reverse=True,
        )
        assert best_covered(priors, coverage, 25, 0.75) == by_sort[:25]
        assert best_covered({}, coverage, 25, 0.75) == []
    finally:
        reader.close()
