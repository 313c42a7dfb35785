"""A candidate value read where a fixture document writes it, and the verify step's verdict on
it for a question, for the tests of value checks."""

from __future__ import annotations

from dataclasses import replace

from qa_service.answer import Answerer
from qa_service.answer.evidence import Candidate
from qa_service.answer.question import analyse
from qa_service.answer.value_kind import (
    value_mismatch,
)
from qa_service.routing import route_question

__all__ = ["candidate_at", "mismatch_for"]


def candidate_at(answerer: Answerer, written: str, value: str) -> Candidate:
    """The candidate of the first unit of the (one) indexed document writing ``written``, its
    focus on ``value`` inside it."""
    corpus = answerer.corpus
    doc_id = next(iter(corpus.documents))
    units = [corpus.units[i] for i in corpus.doc_units[doc_id]]
    unit = next(u for u in units if written in u.text)
    at = unit.text.index(written) + written.index(value)
    return Candidate(unit=unit, evidence=1.0, prior=0.0, focus=(at, at + len(value)))


def mismatch_for(
    answerer: Answerer, question: str, written: str, value: str, intent: str = "figure"
) -> str | None:
    """Why the verify step refuses ``value`` (read in ``written``) for ``question`` routed to
    ``intent``; None when it accepts it."""
    q = analyse(answerer.corpus, route_question(question), None)
    q = replace(q, route=replace(q.route, intent=intent))
    return value_mismatch(answerer.corpus, q, [candidate_at(answerer, written, value)])
