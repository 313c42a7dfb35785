"""Sources: the quotes returned with an answer (or with "not found"), and the citations in them.

Every quote is ``document_text[start:end]``; a long unit is quoted by a window around the
answer's focus.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import islice, zip_longest

from indexer.units import MAX_QUOTE_CHARS, TOKEN, Unit
from qa_service.answer.corpus import Corpus
from qa_service.answer.evidence import Candidate, direct_share, evidence_score
from qa_service.answer.extractors import asked_role
from qa_service.answer.question import Question
from qa_service.answer.windows import char_window

__all__ = [
    "MAX_SOURCES",
    "CitationInfo",
    "SourceQuote",
    "abstain_confidence",
    "answer_sources",
    "citations_in",
    "closest_sources",
]

logger = logging.getLogger(__name__)

# Sources of one answer, at most (the API's largest ``top_k``): a list answer naming more
# documents than ``top_k`` keeps a quote of each, up to this many.
MAX_SOURCES = 20


@dataclass(frozen=True)
class SourceQuote:
    document: str  # path as indexed
    doc_id: str
    title: str | None
    doc_number: str | None
    section: str
    quote: str  # == document_text[start:end]
    start: int
    end: int
    score: float


@dataclass(frozen=True)
class CitationInfo:
    number: str
    type: str | None
    date: str | None
    issuer: str | None
    subject: str | None


def source_quote(corpus: Corpus, cand: Candidate, score: float) -> SourceQuote:
    """The quote of a candidate: its unit, or a window around its focus when long."""
    unit = cand.unit
    start, end = unit.start, unit.end
    text = corpus.texts[unit.doc_id]
    if end - start > MAX_QUOTE_CHARS and cand.focus is not None and unit.idx >= 0:
        start, end = quote_window(corpus, unit, cand.focus)
    meta = corpus.documents[unit.doc_id].meta
    return SourceQuote(
        document=meta.document,
        doc_id=unit.doc_id,
        title=meta.title,
        doc_number=meta.number,
        section=unit.section,
        quote=text[start:end],
        start=start,
        end=end,
        score=round(float(score), 4),
    )


def quote_window(corpus: Corpus, unit: Unit, focus: tuple[int, int]) -> tuple[int, int]:
    """A ≤ 420-character window of the unit around its focus, mapped to the document."""
    text = corpus.texts[unit.doc_id]
    original = text[unit.start : unit.end]
    needle = unit.text[focus[0] : focus[1]]
    if not needle:
        return unit.start, unit.end
    # the same occurrence as the focus, not the first: a short value ("0" of "0 đồng") is
    # written inside codes and numbers before it ("1.012507"); a whole word or number only
    pattern = re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)")
    whole = pattern.match(unit.text, focus[0])
    if whole is None or whole.end() != focus[1]:
        pattern = re.compile(re.escape(needle))  # part of a word ("30" of "30m")
    nth = len(pattern.findall(unit.text, 0, focus[0]))
    found = list(islice(pattern.finditer(original), nth + 1))
    at = found[nth].start() if len(found) == nth + 1 else original.find(needle)
    if at < 0:
        return unit.start, unit.end
    a, b = char_window(original, at, at + len(needle), MAX_QUOTE_CHARS)
    return unit.start + a, unit.start + b


def answer_sources(
    corpus: Corpus,
    q: Question,
    support: list[Candidate],
    scored: list[Candidate],
    top_k: int,
    *,
    restated: bool = True,
    answer: str | None = None,
) -> list[SourceQuote]:
    """Quotes of the supporting candidates, then (``restated``) of the other places their
    document states the answer's values (all the values of ``answer`` for a document-level
    one), then of other strong evidence, then (``restated``) of the closest evidence, up to
    ``top_k``."""
    sources = [source_quote(corpus, c, c.score) for c in support[:top_k]]
    for cand in support:
        for start, end in cand.extra:  # e.g. the section heading that names the subject
            if len(sources) < top_k:
                extra = corpus.synthetic_unit(cand.unit.doc_id, start, end)
                sources.append(source_quote(corpus, Candidate(extra, 1.0, 0.0), cand.score))
    if support and all(c.unit.idx < 0 for c in support):
        # a document-level answer (signer, date, list): no padding but the other places its
        # document states all of the answer's values ("Thông tư này có hiệu lực từ ngày ..."
        # in the articles of a consolidated text whose preamble gave the date)
        if restated and answer and len(sources) < top_k:
            stating = _stating_all(corpus, q, support[0].unit.doc_id, answer, sources)
            sources += stating[: top_k - len(sources)]
        return sources
    if restated:
        sources += _value_statements(corpus, q, support, sources)[: max(0, top_k - len(sources))]
    strong = [c for c in scored if c.evidence >= 0.35 and direct_share(q, c.unit) >= 0.2]
    answered_in = {c.unit.doc_id for c in support}
    sources = _distinct(corpus, sources, iter(_role_first(q, strong, answered_in)), top_k)
    if not restated:
        return sources  # the quotes an answer's numbers are checked against: its evidence
    # fewer strong passages than sources asked for: the rest are the closest evidence, as
    # with "not found" — the reader checking the answer sees ``top_k`` places all the same
    weaker = sorted(scored, key=lambda c: c.evidence + c.prior, reverse=True)
    return _distinct(corpus, sources, iter(weaker), top_k)


def _role_first(q: Question, cands: list[Candidate], documents: set[str]) -> list[Candidate]:
    """``cands`` with the best unit of ``documents`` that says the role the question asks a
    body in ("cơ quan nào làm đầu mối": "... làm đầu mối, tham mưu ...") first: units
    repeating the document's subject outscore the one sentence giving the role, whose words
    are too common to weigh."""
    role = asked_role(q)
    if not role:
        return cands
    saying = next(
        (c for c in cands if c.unit.doc_id in documents and _says(role, c.unit.folded)), None
    )
    return cands if saying is None else [saying, *(c for c in cands if c is not saying)]


def _says(pairs: frozenset[tuple[str, str]], folded: str) -> bool:
    tokens = TOKEN.findall(folded)
    return bool(pairs & set(zip(tokens, tokens[1:], strict=False)))


# Other statements of the answer's value in its document, quoted after the answer's own: at most
_VALUE_STATEMENTS = 2
# The answer's values: a number as written ("1,7", "150", "49/2025/TT-BCT", "9504.40.00") ...
_ANSWER_NUMBER = re.compile(r"\d+(?:[.,/]\d+)*(?:/[^\W\d_][\w-]*)?")
# ... or, in an answer without one, a name between its brackets and colons ("Vụ Tổ chức -
# Biên chế" of "Bộ Nội vụ (Vụ Tổ chức - Biên chế)")
_NAME_PARTS = re.compile(r"[():;,…]")
_MAX_NAME_WORDS = 8


def answer_values(answer: str) -> list[str]:
    """The values an answer states, as written: its numbers, or else the names it is made of
    (two words or more, not a whole clause)."""
    numbers = [m.group() for m in _ANSWER_NUMBER.finditer(answer)]
    if numbers:
        return list(dict.fromkeys(numbers))
    parts = (" ".join(part.split()) for part in _NAME_PARTS.split(answer))
    return [p for p in dict.fromkeys(parts) if 2 <= len(p.split()) <= _MAX_NAME_WORDS]


def value_pattern(value: str) -> re.Pattern[str]:
    """``value`` as the document text may write it: its words apart by line breaks, table bars
    or bold markup ("Vụ Tổ chức\\n- Biên chế", "49/2025/TT- BCT"), a number never inside a
    longer one."""
    chunks = [re.escape(chunk).replace(r"\-", r"-[\s*_]*") for chunk in value.split()]
    body = r"[\s*_|]+".join(chunks)
    return re.compile(rf"(?<![\w.,/]){body}(?!\w|[.,/]\d)", re.IGNORECASE)


def _value_statements(
    corpus: Corpus, q: Question, support: list[Candidate], sources: list[SourceQuote]
) -> list[SourceQuote]:
    """Quotes of the other places the answer's document states the answer's value, the units
    that hold most of the question first (at most ``_VALUE_STATEMENTS``): a fact is often
    written twice — a table row and the article it sums up, a grounds line and the table
    citing it — and the reader checks the answer against either. A long unit is quoted by a
    window around the value."""
    found: list[tuple[float, int, int, SourceQuote]] = []
    for cand in support:
        if cand.unit.idx < 0 or not cand.answer:
            continue
        doc_id = cand.unit.doc_id
        text = corpus.texts[doc_id]
        ids = corpus.doc_units.get(doc_id, [])
        starts = corpus.doc_starts.get(doc_id, [])
        for value in answer_values(cand.answer):
            for match in value_pattern(value).finditer(text):
                k = bisect.bisect_right(starts, match.start()) - 1
                if k < 0:
                    continue
                unit = corpus.units[ids[k]]
                start, end = unit.start, max(unit.end, match.end())
                if end - start > MAX_QUOTE_CHARS:
                    a, b = char_window(
                        text[start:end], match.start() - start, match.end() - start, MAX_QUOTE_CHARS
                    )
                    start, end = start + a, start + b
                score = evidence_score(q, unit)
                quote = source_quote(corpus, Candidate(unit, score, 0.0), score)
                quote = replace(quote, quote=text[start:end], start=start, end=end)
                found.append((score, match.start(), match.end(), quote))
    found.sort(key=lambda item: (-item[0], item[1]))
    out: list[SourceQuote] = []
    for _, start, end, quote in found:
        if len(out) >= _VALUE_STATEMENTS:
            break
        # a value already quoted is not quoted again; a long unit's window may overlap the
        # answer's when it holds the value's next statement
        if not any(
            s.doc_id == quote.doc_id and s.start <= start and end <= s.end for s in (*sources, *out)
        ):
            out.append(quote)
    return out


def _stating_all(
    corpus: Corpus, q: Question, doc_id: str, answer: str, sources: list[SourceQuote]
) -> list[SourceQuote]:
    """The units of ``doc_id`` that state every value of ``answer`` (a date's day, month and
    year), the ones holding most of the question first, not already quoted (at most
    ``_VALUE_STATEMENTS``)."""
    patterns = [value_pattern(v) for v in answer_values(answer)]
    if not patterns:
        return []
    text = corpus.texts[doc_id]
    found: list[tuple[float, SourceQuote]] = []
    for i in corpus.doc_units.get(doc_id, []):
        unit = corpus.units[i]
        if any(s.doc_id == doc_id and s.start < unit.end and unit.start < s.end for s in sources):
            continue
        original = text[unit.start : unit.end]
        first = patterns[0].search(original)
        if first is None or not all(p.search(original) for p in patterns[1:]):
            continue
        score = evidence_score(q, unit)
        quote = source_quote(corpus, Candidate(unit, score, 0.0), score)
        if unit.end - unit.start > MAX_QUOTE_CHARS:  # a long unit: a window around the value
            a, b = char_window(original, first.start(), first.end(), MAX_QUOTE_CHARS)
            start, end = unit.start + a, unit.start + b
            quote = replace(quote, quote=text[start:end], start=start, end=end)
        found.append((score, quote))
    found.sort(key=lambda item: -item[0])
    return [quote for _, quote in found[:_VALUE_STATEMENTS]]


def closest_sources(
    corpus: Corpus,
    q: Question,
    scored: list[Candidate],
    hits: Sequence[tuple[int, float]],
    top_k: int,
) -> list[SourceQuote]:
    """Quotes shown with "not found": the closest evidence, however weak — the units that hold
    most of the question and the best unit of each passage the search ranked first, in turn."""
    by_evidence = sorted(scored, key=lambda c: c.evidence + c.prior, reverse=True)
    return _distinct(
        corpus, [], _interleaved(iter(by_evidence), _passage_units(corpus, q, hits)), top_k
    )


def _interleaved(first: Iterator[Candidate], second: Iterator[Candidate]) -> Iterator[Candidate]:
    """Two candidates of ``first`` for one of ``second``, in turn (the rest of one when the
    other runs out): the lexical unit ranking is the better one, but the search's passage
    ranking sees what it misses (a paraphrase the embedding matched)."""
    for a, b, c in zip_longest(first, first, second):
        yield from (x for x in (a, b, c) if x is not None)


def _passage_units(
    corpus: Corpus, q: Question, hits: Sequence[tuple[int, float]]
) -> Iterator[Candidate]:
    """The unit of each retrieved passage, in the search's order, that holds most of the
    question (scored as the passage)."""
    for passage_id, score in hits:
        span = corpus.passage_span.get(passage_id)
        if span is None:
            continue
        doc_id, ps, pe = span
        ids = corpus.doc_units.get(doc_id, [])
        starts = corpus.doc_starts.get(doc_id, [])
        k = max(0, bisect.bisect_right(starts, ps) - 1)
        best: Unit | None = None
        best_gain = -1.0
        while k < len(ids) and corpus.units[ids[k]].start < pe:
            unit = corpus.units[ids[k]]
            gain = evidence_score(q, unit)
            if unit.start >= ps and gain > best_gain:
                best, best_gain = unit, gain
            k += 1
        if best is not None:
            yield Candidate(unit=best, evidence=0.0, prior=score)


def _distinct(
    corpus: Corpus, sources: list[SourceQuote], more: Iterator[Candidate], top_k: int
) -> list[SourceQuote]:
    """``sources`` and then quotes of ``more`` that overlap none before them, up to ``top_k``."""
    out = list(sources)
    for cand in more:
        if len(out) >= top_k:
            break
        unit = cand.unit
        if any(s.doc_id == unit.doc_id and s.start < unit.end and unit.start < s.end for s in out):
            continue
        out.append(source_quote(corpus, cand, cand.evidence + cand.prior))
    return out


def abstain_confidence(scored: list[Candidate]) -> float:
    """Confidence of "not found": at most 0.3, less when the evidence is weak."""
    return 0.0 if not scored else min(0.3, 0.3 * scored[0].evidence)


def citations_in(corpus: Corpus, sources: Sequence[SourceQuote]) -> list[CitationInfo]:
    """The stored citations lying inside the returned quotes."""
    out: dict[str, CitationInfo] = {}
    for source in sources:
        for row in corpus.citations_by_doc.get(source.doc_id, []):
            c = row.citation
            if source.start <= c.start and c.end <= source.end and c.number not in out:
                out[c.number] = CitationInfo(
                    number=c.number,
                    type=c.doc_type or c.type_code,
                    date=c.date,
                    issuer=c.issuer,
                    subject=c.subject,
                )
    return list(out.values())
