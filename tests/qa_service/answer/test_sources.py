"""Sources shown with "not found": both rankings of the evidence get a say."""

from __future__ import annotations

from qa_service.answer.sources import _interleaved


def test_two_units_of_the_lexical_ranking_for_one_passage_of_the_search() -> None:
    merged = list(_interleaved(iter(["a1", "a2", "a3", "a4", "a5"]), iter(["b1", "b2"])))
    assert merged == ["a1", "a2", "b1", "a3", "a4", "b2", "a5"]


def test_the_search_fills_in_when_the_lexical_ranking_runs_out() -> None:
    merged = list(_interleaved(iter(["a1"]), iter(["b1", "b2", "b3"])))
    assert merged == ["a1", "b1", "b2", "b3"]
