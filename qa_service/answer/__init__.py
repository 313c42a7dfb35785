"""Answering a question over one index version; :class:`Answerer.ask` reads as its steps:

1. **route** (:mod:`qa_service.routing`): the expected answer type and the constraints;
2. **scope** (:mod:`.question`): places, document numbers and years resolved against the text;
3. **retrieve** (:mod:`qa_service.retrieval`): hybrid passages as a prior;
4. **evidence** (:mod:`.evidence`): the stored units (:mod:`indexer.units`) scored by coverage;
5. **compose**: facts of a whole document (:mod:`.own_document`, :mod:`.document_answers`) or a
   value of the expected type found in the best unit (:mod:`.extractors`);
6. **verify**: the answer's document holds what the question names (:mod:`.verify`), its value
   is of the kind asked (:mod:`.value_kind`), and every number of the answer is in a verbatim
   quote (:mod:`.sources`), else no answer.
"""

from qa_service.answer.pipeline import (
    MAX_ANSWER_CHARS,
    Answerer,
    AskResult,
    CitationInfo,
    SourceQuote,
    numbers_supported,
)

__all__ = [
    "MAX_ANSWER_CHARS",
    "Answerer",
    "AskResult",
    "CitationInfo",
    "SourceQuote",
    "numbers_supported",
]
