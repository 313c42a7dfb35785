"""Extractive question answering: a short answer copied from a quoted source, or "not found".

:meth:`Answerer.ask` runs the steps listed in :mod:`qa_service.answer`. A question is unsupported
(``found=False`` whatever the retriever returns) only when the indexed *text* lacks what it names
(:func:`~qa_service.answer.question.analyse`). The answer (≤ 200 characters, copied from the
cleaned unit text, so numbers are written as in the document) is kept only when every number in it
occurs in a returned quote, and every quote is ``document_text[start:end]``.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import re
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from indexer.extract.citations import number_matches
from indexer.normalize import strip_diacritics
from indexer.store import CitationRow, DocumentRow, IndexReader, TargetRow
from indexer.units import TOKEN, Unit, unit_sets
from qa_service.answer.corpus import Corpus
from qa_service.answer.document_answers import (
    ACTED_ON,
    GROUNDS_ASKED,
    NOT_LISTED,
    PROPOSER_ASKED,
    REPLY_ASKED,
    Composed,
    answer_addressee,
    answer_cited_date,
    answer_cited_in_document,
    answer_citing,
    answer_compare,
    answer_copy_purpose,
    answer_document_date,
    answer_list,
    answer_proposer,
    answer_recipients,
    answer_reply_to,
    answer_signer,
    answer_subject,
    dated_document,
)
from qa_service.answer.evidence import (
    Candidate,
    Lexical,
    candidate_units,
    group_words,
    lexical_evidence,
    row_group,
    score_units,
    warm_units,
)
from qa_service.answer.extractors import (
    ASKS_TWO_VALUES,
    DATELINE,
    DURATION,
    PROPOSAL_UNIT,
    asked_role,
    best_unit_answer,
    cell_around,
    clock_times,
    column_header,
    head_of_answer,
    name_cell,
    restates,
    row_answer,
    states_value,
    value_answer,
    value_spans,
    value_unit,
    warm_extractions,
)
from qa_service.answer.gazetteer import plain
from qa_service.answer.grid_tables import named_cell_answer
from qa_service.answer.own_document import (
    FORCE_END_ASKED,
    answer_effective,
    answer_own_document,
    answer_relating_document,
    asked_issuer,
    cited_issuer,
    document_answer,
    same_body,
)
from qa_service.answer.question import (
    ASKS_CLOCK,
    KINDS,
    Question,
    analyse,
    keyed_tokens,
    numbers_with_year,
)
from qa_service.answer.relations import (
    acted_on_by_named,
    asked_relation,
    asks_a_document_acted_on,
    mention_relations,
    reports_another_act,
)
from qa_service.answer.sources import (
    MAX_SOURCES,
    CitationInfo,
    SourceQuote,
    abstain_confidence,
    answer_sources,
    citations_in,
    closest_sources,
)
from qa_service.answer.value_kind import (
    quantity_of,
    value_mismatch,
)
from qa_service.answer.verify import (
    CASE_LEFT_OUT,
    CODE_PIECE,
    COUNTED_FROM_ANOTHER_EVENT,
    DURATION_FOR_COUNT,
    EXCEPTIONAL_CASE,
    NO_CONTACT,
    NO_GOODS_CODE,
    NO_SHARE,
    NO_SUM,
    NUMBERED_NOT_COUNT,
    NUMBERED_PART,
    OTHER_ACT_OF_BODY,
    OTHER_GRADE,
    OTHER_PROCEDURE_ROW,
    OTHER_STATUS_COUNT,
    PAST_LIMIT,
    SHARE_FOR_COUNT,
    SPAN_FROM_ANOTHER_DAY,
    STEP_FOR_TOTAL,
    WHOLE_TIME_FOR_STEP,
    missing_in_document,
    other_side_of_act,
)
from qa_service.answer.windows import MAX_ANSWER_CHARS, STRONG, clause_window, tidy
from qa_service.comparison import Comparison
from qa_service.retrieval import Retriever, SearchFilters
from qa_service.routing import (
    ADDRESSEE_ASKED,
    CODED_KINDS,
    COPY_PURPOSE_ASKED,
    DURATION_ASKED,
    HOW_MANY,
    RECIPIENTS_ASKED,
    STOP_WORDS,
    STOP_WORDS_TONED,
    SUBJECT_ASKED,
    Route,
    accent_ratio,
    asks_a_related_document,
    fold,
    key,
    route_question,
)

__all__ = [
    "MAX_ANSWER_CHARS",
    "Answerer",
    "AskResult",
    "CitationInfo",
    "EvidenceTrace",
    "SourceQuote",
    "numbers_supported",
]

logger = logging.getLogger(__name__)

# Values of another kind than asked set aside before a figure question abstains
_REFUSED_VALUES = 2

_RETRIEVE_K = 30  # passages ranked for an answerable question
_CLOSEST_K = 10  # passages ranked to show the closest sources of an unanswerable one
_OTHER_DOCUMENTS = 2  # documents tried after one that lacks what the question names
# Answers stated in a sentence or a row of some document (a value, a time limit, a body): another
# document may state it for the place or plan named. The facts of one document (which one, its
# signer, its grounds, its date) are the facts of the document named, and of no other.
_STATED_FACTS = frozenset({"figure", "score", "target", "deadline", "agency", "compare"})
_NUMBER = re.compile(r"\d+(?:[.,/]\d+)*")
# Markdown emphasis marks, which a converted source may leave inside a number ("203**/2025/QH15")
_EMPHASIS = re.compile(r"\*+|_{2,}")
# Blanks a converted source leaves beside a slash inside a date or a number ("ngày 21 /05/2010"),
# which an answer naming the document writes without
_SPACED_SLASH = re.compile(r"(?<=\d)[ \t]+(?=/\s*\d)|(?<=\d/)[ \t]+(?=\d)")
# Expected answer type → the extractor that finds it in an evidence unit.
_EXTRACTOR = {"basis": "decision"}


@dataclass(frozen=True)
class EvidenceTrace:
    """What :meth:`Answerer.ask` draws an answer from, best first."""

    question: Question  # the question as read (route, places, numbers, scope)
    passages: tuple[tuple[int, float], ...]  # passage ids retrieved, with their scores
    candidates: tuple[Candidate, ...]  # units scored as evidence


@dataclass(frozen=True)
class AskResult:
    question: str
    answer: str | None
    found: bool
    confidence: float
    intent: str
    sources: tuple[SourceQuote, ...]
    citations: tuple[CitationInfo, ...]
    comparison: Comparison | None
    timings_ms: dict[str, float]


def numbers_supported(answer: str, quotes: Sequence[str]) -> bool:
    """True when every number written in ``answer`` occurs, as written, in one of ``quotes``,
    read through the emphasis marks and the blanks by a slash a source writes inside a number
    ("203**/2025/QH15", "21 /05/2010")."""
    read = [_SPACED_SLASH.sub("", _EMPHASIS.sub("", q)) for q in quotes]
    for number in set(_NUMBER.findall(answer)):
        pattern = re.compile(rf"(?<![\d]){re.escape(number)}(?![\d])")
        if not any(pattern.search(q) for q in read):
            return False
    return True


# A section or sentence stating the period of an act ("Điều 2. Thời gian ủy quyền: Kể từ ...
# đến hết ngày 28/02/2027", "Thời hạn thực hiện: ..."), the act's words after it (folded)
_PERIOD_OF = re.compile(r"^\W*(?:dieu \d+\W+)?(?:thoi gian|thoi han) (\w+ \w+)\b")
# "đến khi nào", "đến (hết) ngày nào", "trong bao lâu": the end or the length of a period is asked,
# not a limit set for a task ("trước ngày nào")
_ASKS_PERIOD_END = re.compile(
    r"\bden (?:het )?(?:khi nao|ngay nao|bao gio|thoi diem nao|nam nao)\b|\bbao lau\b"
)
_PERIOD_DOCUMENTS = 2  # documents of the best candidates looked into
# A sentence dating its own document ("Nghị quyết này được ... thông qua ngày ..."), folded
# (a converted source may glue the verb to the word before it: "khóa XVthông qua")
_DATES_ITSELF = re.compile(
    r"\b(?:nghi quyet|quyet dinh|nghi dinh|thong tu|chi thi|ke hoach|van ban) nay\b[^;]*"
    r"(?:thong qua|\bky|\bban hanh)(?: vao)? ngay\b"
)


def _period_of_act(corpus: Corpus, q: Question, scored: list[Candidate]) -> Candidate | None:
    """ "UBND tỉnh ủy quyền cho GĐ Sở ... cấp giấy chứng nhận ... đến khi nào?": the item that
    names the task states no limit; the document states the period of the act the question
    names ("ủy quyền") under a heading of its own ("Thời gian ủy quyền: ... đến hết ngày ...").
    Read from such a unit of the documents of the best candidates, supported by the best
    candidate of its document (the task named)."""
    leads: dict[str, Candidate] = {}
    for cand in scored:
        if len(leads) >= _PERIOD_DOCUMENTS:
            break
        leads.setdefault(cand.unit.doc_id, cand)
    found: list[Candidate] = []
    for doc_id, lead in leads.items():
        for idx in corpus.doc_units.get(doc_id, []):
            unit = corpus.units[idx]
            heading = _PERIOD_OF.match(unit.folded) or _PERIOD_OF.match(
                unit.context_folded.partition(" > ")[0]
            )
            if heading is None or idx == lead.unit.idx:
                continue
            act = heading.group(1)
            # the act the question asks about, not one it names in passing ("báo cáo kết quả
            # thực hiện nội dung được ủy quyền trước ngày nào": the report's limit)
            if not re.search(rf"(?<!\bduoc )\b{act}\b", q.route.folded):
                continue
            if not (
                _ASKS_PERIOD_END.search(q.route.folded)
                or re.search(rf"\b(?:thoi gian|thoi han) {act}\b", q.route.folded)
            ):
                continue
            found.append(
                Candidate(
                    unit=unit,
                    evidence=lead.evidence,
                    prior=lead.prior,
                    extra=((lead.unit.start, lead.unit.end),),
                )
            )
    return best_unit_answer(corpus, q, found, "deadline") if found else None


class Answerer:
    """Answers questions over one opened index version."""

    def __init__(self, reader: IndexReader, retriever: Retriever | None = None) -> None:
        """``retriever`` ranks passages as a prior; without one only lexical evidence is used
        (errors of a given retriever propagate: they are bugs, not missing evidence)."""
        self.corpus = Corpus(reader)
        self.retriever = retriever

    @classmethod
    def open(
        cls, index_dir: Path, *, embedder: Any | None = None, preload: bool = False
    ) -> Answerer:
        """Open the live index version in ``index_dir`` with its retriever; ``preload``: read
        now the lookups that questions otherwise build on first use (for a server, which
        answers many questions from one opening, not for a single question)."""
        reader = IndexReader.open(index_dir)
        answerer = cls(reader, Retriever.open(reader.version_dir, embedder=embedder))
        if preload:
            answerer.preload()
        return answerer

    def preload(self) -> None:
        """Build the corpus's and the retriever's first-use lookups now (same answers; the
        first questions that need them no longer wait for them)."""
        self.corpus.preload()
        preload = getattr(self.retriever, "preload", None)
        if callable(preload):
            preload()

    @property
    def reader(self) -> IndexReader:
        return self.corpus.reader

    @property
    def version(self) -> str:
        return self.corpus.reader.version

    @property
    def documents(self) -> dict[str, DocumentRow]:
        return self.corpus.documents

    @property
    def texts(self) -> dict[str, str]:
        return self.corpus.texts

    @property
    def citations(self) -> list[CitationRow]:
        return self.corpus.citations

    @property
    def targets(self) -> list[TargetRow]:
        return self.corpus.targets

    def close(self) -> None:
        """Close the retriever and the index reader."""
        closer = getattr(self.retriever, "close", None)
        if callable(closer):
            closer()
        self.corpus.reader.close()

    def ask(
        self, question: str, *, top_k: int = 5, filters: Mapping[str, Any] | None = None
    ) -> AskResult:
        """The answer to ``question`` with its quoted sources, or "not found" with the closest
        sources; ``filters`` (doc_ids, doc_type, year, locality) restrict the documents."""
        corpus = self.corpus
        timings: dict[str, float] = {}
        t0 = time.perf_counter()
        route, q, hits, scored = self._ranked(question, filters, timings)

        t3 = time.perf_counter()
        result: Composed | None = None
        if q.unsupported is None:
            result = self._compose_in_documents(q, scored, hits, top_k)
        refused = 0
        while result is not None:
            answer, support, confidence, comparison = result
            cases = _two_cases(q.route.question) if len(support) > 1 else None
            mismatch = value_mismatch(corpus, q, support, cases.questions if cases else ())
            if mismatch is None:
                break
            logger.info("wrong kind of value for %r: %s", question, mismatch)
            result = None
            refused += 1
            retried = (
                mismatch.startswith(
                    (
                        SHARE_FOR_COUNT,
                        NO_SHARE,
                        NO_SUM,
                        NUMBERED_NOT_COUNT,
                        DURATION_FOR_COUNT,
                        NUMBERED_PART,
                        OTHER_GRADE,
                        CODE_PIECE,
                        CASE_LEFT_OUT,
                        OTHER_STATUS_COUNT,
                        NO_GOODS_CODE,
                        OTHER_PROCEDURE_ROW,
                    )
                )
                if q.route.intent == "figure"
                else mismatch.startswith(
                    (
                        NO_CONTACT,
                        STEP_FOR_TOTAL,
                        EXCEPTIONAL_CASE,
                        OTHER_GRADE,
                        OTHER_ACT_OF_BODY,
                        SPAN_FROM_ANOTHER_DAY,
                        PAST_LIMIT,
                        OTHER_PROCEDURE_ROW,
                        COUNTED_FROM_ANOTHER_EVENT,
                        WHOLE_TIME_FOR_STEP,
                    )
                )
            )
            if not retried or len(support) != 1 or refused > _REFUSED_VALUES:
                break
            # a document states many values: the sentence read first holds a share ("Có từ
            # 15% người ...") for "bao nhiêu người", its next criterion the number asked; the
            # grounds naming the programme hold a year ("... đến năm 2030") for "bao nhiêu %",
            # the row of its table the share asked; a letter's reply sentence names the company
            # whose address is asked, its addressee line has the address after it
            refused_doc = support[0].unit.doc_id
            # a sentence read after its leader (the extra span quoted with it) comes back with
            # the leader: the leader, which states no value of its own, goes with it; a rule's
            # exception after it ("Năm (05) ngày ...; Bảy (07) ngày ..." / "Trường hợp đặc
            # biệt ... không quá mười (10) ngày") is read no more, the rule stays
            led_by = set(support[0].extra)
            if mismatch.startswith(EXCEPTIONAL_CASE):
                q.refused_units.add(support[0].unit.idx)
                led_by = set()
            scored = [
                c
                for c in scored
                if c.unit.idx != support[0].unit.idx
                and not (c.unit.doc_id == refused_doc and (c.unit.start, c.unit.end) in led_by)
            ]
            result = self._compose_in_documents(q, scored, hits, top_k)
            if result is not None and result[1][0].unit.doc_id != refused_doc:
                result = None
        if result is None and refused and re.search(DURATION_ASKED, q.route.folded):
            # "được hỗ trợ tối đa bao nhiêu tháng": a count of months or years refused as a
            # figure (the sum of money read first) is the length of time a clause states
            # ("không quá 09 tháng/năm học"), read as a time limit is
            result = self._length_asked(q, scored, hits, top_k)
            if result is not None:
                answer, support, confidence, comparison = result
        if result is not None:
            # the numbers are checked against the quotes of the evidence, not against the other
            # statements of the answer's own values (they hold them by construction)
            shown = top_k
            sources = answer_sources(corpus, q, support, scored, shown, restated=False)
            if len(support) > top_k and not numbers_supported(answer, [s.quote for s in sources]):
                # a list longer than ``top_k`` ("which documents cite X"): every document it
                # names keeps the quote of its number, the sources going past ``top_k``
                shown = min(len(support), MAX_SOURCES)
                sources = answer_sources(corpus, q, support, scored, shown, restated=False)
            quotes = [s.quote for s in sources]
            if not numbers_supported(answer, quotes) or len(answer) > MAX_ANSWER_CHARS:
                logger.info("number check failed for %r: %r", question, answer)
                result = None
            else:
                sources = answer_sources(corpus, q, support, scored, shown, answer=answer)
        if result is None:
            sources = closest_sources(corpus, q, scored, hits, top_k)
            answer_out, found, comparison = None, False, None
            confidence = abstain_confidence(scored)
        else:
            answer_out, found = answer, True
        timings["compose"] = _ms(t3)
        citations = citations_in(corpus, sources)
        timings["total"] = _ms(t0)
        return AskResult(
            question=route.question,
            answer=answer_out,
            found=found,
            confidence=round(float(min(1.0, max(0.0, confidence))), 3),
            intent=route.intent,
            sources=tuple(sources),
            citations=tuple(citations),
            comparison=comparison,
            timings_ms=timings,
        )

    def _length_asked(
        self, q: Question, scored: list[Candidate], hits: list[tuple[int, float]], top_k: int
    ) -> Composed | None:
        """The length of time a question asking a count of months or years is answered by,
        read by the time-limit steps, or None (nor one of another kind of value)."""
        as_length = replace(q, route=replace(q.route, intent="deadline"))
        result = self._compose_in_documents(as_length, scored, hits, top_k)
        if result is None or value_mismatch(self.corpus, as_length, result[1]) is not None:
            return None
        return result

    def trace(self, question: str) -> EvidenceTrace:
        """The passages retrieved and the units scored for ``question``, best first: what
        :meth:`ask` draws its answer from (for diagnosis, ``python -m eval.failure_stages``)."""
        _, q, hits, scored = self._ranked(question, None, {})
        return EvidenceTrace(q, tuple(hits), tuple(scored))

    def _ranked(
        self, question: str, filters: Mapping[str, Any] | None, timings: dict[str, float]
    ) -> tuple[Route, Question, list[tuple[int, float]], list[Candidate]]:
        """The question routed and read, its passages retrieved and its units scored, each
        step's time in ``timings``."""
        corpus = self.corpus
        t0 = time.perf_counter()
        route = route_question(question)
        # the model embeds the query (C code, on the other core) while the question is read
        embedding = self._start_embedding(route.query)
        q = analyse(corpus, route, filters)
        if q.route.query != route.query:
            embedding = None
        timings["route"] = _ms(t0)

        t1 = time.perf_counter()
        lexical = lexical_evidence(corpus, q) if q.unsupported is None else None
        lexical_ms = _ms(t1)
        t1 = time.perf_counter()
        if q.unsupported is None:
            hits = self._retrieve(q, embedding, lexical)
        else:
            hits = self._retrieve_unscoped(q, embedding)
        timings["retrieve"] = _ms(t1)

        t2 = time.perf_counter()
        priors = candidate_units(corpus, q, hits, lexical) if q.unsupported is None else {}
        role = asked_role(q) if q.route.intent == "agency" else frozenset()
        scored = score_units(
            corpus, q, priors, lexical, states_value(corpus, q, _value_kind(q)), role
        )
        timings["evidence"] = round(_ms(t2) + lexical_ms, 2)
        return route, q, hits, scored

    def _compose_in_documents(
        self, q: Question, scored: list[Candidate], hits: list[tuple[int, float]], top_k: int
    ) -> Composed | None:
        """The answer of :meth:`_compose` from a document that holds what the question names
        (:func:`missing_in_document`). For a fact stated in some document's text, a document
        that lacks it (another province's decision, another plan) is left out with its passages
        and the answer composed again from the rest, a few documents at most: the right
        document's statement may score just below it."""
        corpus = self.corpus
        # ("quyết định nào bị bãi bỏ": a document another one's sentence cites is such a fact)
        stated = q.route.intent in _STATED_FACTS or (
            q.route.intent == "decision" and asks_a_related_document(plain(q.route.folded))
        )
        tries = _OTHER_DOCUMENTS + 1 if stated else 1
        for _ in range(tries):
            result = self._compose(q, scored, hits, top_k)
            if result is None:
                return None
            missing = missing_in_document(corpus, q, result[1])
            if missing is None:
                return result
            doc_id = result[1][0].unit.doc_id
            logger.info(
                "the answer's document %s lacks the %s named by %r",
                doc_id,
                missing,
                q.route.question,
            )
            scored = [c for c in scored if c.unit.doc_id != doc_id]
            spans = corpus.passage_span
            hits = [h for h in hits if (span := spans.get(h[0])) is None or span[0] != doc_id]
        return None

    def _compose(
        self, q: Question, scored: list[Candidate], hits: list[tuple[int, float]], top_k: int
    ) -> Composed | None:
        """The answer by its expected type (facts of a whole document first), or None."""
        corpus = self.corpus
        intent = q.route.intent
        if intent == "signer":
            return answer_signer(corpus, q, scored, hits)
        # facts of the document's header and signature: its list of recipients ("Nơi nhận"),
        # whom it is sent to ("Kính gửi"), its subject ("V/v")
        if intent in ("agency", "general") and RECIPIENTS_ASKED.search(q.route.folded):
            listed = answer_recipients(corpus, q, scored, hits)
            if listed is NOT_LISTED:
                return None
            if isinstance(listed, tuple):
                return listed
        if intent in ("agency", "general") and COPY_PURPOSE_ASKED.search(q.route.folded):
            purpose = answer_copy_purpose(corpus, q, scored, hits)
            if purpose is not None:
                return purpose
        if intent == "agency" and PROPOSER_ASKED.search(q.route.folded):
            proposer = answer_proposer(corpus, q, scored, hits)
            if proposer is not None:
                return proposer
        if intent == "agency" and ADDRESSEE_ASKED.search(q.route.folded):
            addressed = answer_addressee(corpus, q, scored, hits)
            if addressed is not None:
                return addressed
        if intent in ("general", "decision") and SUBJECT_ASKED.search(q.route.folded):
            subject = answer_subject(corpus, q, scored, hits)
            if subject is not None:
                return subject
        if intent == "list":
            return answer_list(corpus, q, scored, top_k)
        if intent == "citing":
            return answer_citing(corpus, q, top_k)
        if intent != "compare":
            # "thời hạn giải quyết thủ tục X": the cell of X's row under that column of a
            # table of records read whole (the index cuts a row at a long cell)
            cell = named_cell_answer(corpus, q, scored)
            if cell is not None:
                return cell
        if intent in _BY_PLACE_INTENTS:
            by_place = self._answer_by_place(q, top_k)
            if by_place is not None:
                return by_place
        # "chiều dài tuyến đê xã A so với xã B": no word asks a value, yet two cases are set
        # side by side; each case's value is asked, as of a comparison
        versus = intent == "general" and _cases_by_versus(q.route.question) is not None
        if intent == "compare" or versus:
            compared = None if versus else answer_compare(corpus, q, top_k)
            if compared is not None:
                return compared
            intent = compared_value_kind(q.route.question)
            each = self._answer_each_case(q, intent)
            if each is _UNNAMED_CASE:
                return None
            if each is not None:
                return each
        if intent == "effective":
            found = answer_effective(corpus, q, hits)
            if found is not None:
                return (*found, None)
            if FORCE_END_ASKED.search(plain(q.route.folded)):
                return None  # no clause ends the document's force: no other date does
            intent = "date"
        if intent == "decision" and GROUNDS_ASKED.search(plain(q.route.folded)):
            # "KH 624/KH-UBND triển khai văn bản nào?": the grounds the document named (or
            # described) states
            grounds = answer_cited_in_document(corpus, q, hits)
            if grounds is not None:
                return grounds
        if intent == "decision":
            # "Văn bản nào thay thế QĐ 800?": the document whose sentence replaces it; not when
            # the document asked for is the one acted on ("được sửa đổi bởi QĐ 29/2019")
            acted_on = asks_a_document_acted_on(q.route.folded)
            relating = None if acted_on else answer_relating_document(corpus, q, scored, hits)
            if relating is not None:
                return (*relating, None)
            # the indexed document itself, unless a sentence citing another document covers the
            # question better ("Quyết định nào ban hành Kế hoạch X?" asked of a report)
            # "... thay thế quyết định nào", "được nêu ở công văn nào": a document the described
            # one cites is asked for
            related = (
                acted_on
                or asks_a_related_document(plain(q.route.folded))
                # "Quyết định ... bị bãi bỏ năm 2025 có số hiệu là gì": the one another repeals
                or ACTED_ON.search(plain(q.route.folded)) is not None
            )
            own = None if related else answer_own_document(corpus, q, hits)
            if own is not None and _repeal_only_after_repeal(corpus, q, own[1][0].unit.doc_id):
                own = None
            cited = None
            if related and _ASKS_THE_PROPOSAL.search(q.route.folded):
                # "theo đề nghị tại văn bản số mấy": the proposal a document states opens with
                # "Theo đề nghị" / "Xét đề nghị", the document it names is the one asked for
                proposals = [c for c in scored if PROPOSAL_UNIT.match(c.unit.folded)]
                cited = best_unit_answer(corpus, q, proposals, "decision")
            if cited is None:
                cited = best_unit_answer(corpus, q, scored, "decision")
            refused: set[int] = set()
            while acted_on and cited is not None and not acted_on_by_named(corpus, q, cited):
                # a sentence that does not say the named document does the act asked (its
                # grounds): the next best one may
                refused.add(cited.unit.idx)
                cited = None
                if len(refused) <= _REFUSED_VALUES:
                    cited = best_unit_answer(
                        corpus, q, scored, "decision", besides=frozenset(refused)
                    )
            if (
                own is not None
                and cited is not None
                and cited.mention is not None
                and other_side_of_act(corpus, q, cited.mention, cited.unit) is not None
            ):
                # "Đà Nẵng bãi bỏ quy định X bằng quyết định số mấy": the document cited is the
                # one repealed; the document found does the act itself
                cited = None
            if cited is not None and _announced_earlier_in(corpus, q, cited):
                # "Thủ tục X bị bãi bỏ theo quyết định nào": the list's own decision repeals;
                # its row cites where the procedure had been announced
                cited = None
            if (
                own is not None
                and cited is not None
                and reports_another_act(
                    asked_relation(q.route.folded),
                    corpus.documents[own[1][0].unit.doc_id].meta.title or "",
                    cited.mention,
                )
            ):
                own = None  # it amends or repeals the document whose act the question asks
            if own is not None and (
                cited is None
                or own[3] >= cited.evidence
                # "Cục Thuế hướng dẫn ... tại công văn số mấy?": the document found is the named
                # body's, the one its sentence cites another's
                or _issued_by_asked_body(corpus, q, own[1][0].unit.doc_id, cited)
                # "Quảng Ngãi ban hành kế hoạch ... bằng quyết định số mấy": the place that
                # issues is the found document's, the cited one is another body's
                or _issued_by_opening_place(corpus, q, own[1][0].unit.doc_id, cited)
                # the sentence cites the very document found: answer from that document
                or (
                    cited.mention is not None
                    and corpus.is_own_number(own[1][0].unit.doc_id, cited.mention.number)
                )
                or (
                    cited.unit.doc_id == own[1][0].unit.doc_id
                    and _amends_what_it_cites(corpus, q, cited)
                )
            ):
                return own[0], own[1], own[2], None
            if (
                own is None
                and cited is not None
                and _amends_what_it_cites(corpus, q, cited)
                and (found := document_answer(corpus, cited.unit.doc_id, hits, cited.score))
            ):
                return *found, None
            if cited is not None:
                return cited.answer or "", [cited], cited.score, None
            if REPLY_ASKED.search(plain(q.route.folded)):
                # "trả lời công văn nào của Công ty X": the letter answered, named by the
                # reply's own opening line in its sender's numbering
                return answer_reply_to(corpus, q, scored, hits)
            return None
        if intent == "date":
            document = dated_document(corpus, q, hits)
            if document is not None and _dates_another(corpus, q, document[0]):
                # "Theo NĐ 171/2025, Bộ Nội vụ đã ban hành văn bản ... vào ngày nào": the named
                # document is where the date is read, not what it dates; its text's dates may
                # answer, never its own
                document = None
                scored = [c for c in scored if not DATELINE.match(c.unit.text)]
            dated = answer_document_date(corpus, *document) if document is not None else None
            if dated is not None:
                return dated
            if document is not None:
                # its date line not read: a sentence of it that dates it answers ("Nghị quyết
                # này được ... thông qua ngày 16 tháng 6 năm 2025"), no other date it writes
                scored = [
                    c
                    for c in scored
                    if c.unit.doc_id == document[0] and _DATES_ITSELF.search(c.unit.folded)
                ]
                if not scored:
                    return None
        if (
            intent == "basis"
            and q.own_doc is None
            and q.number_filter
            and _OPENS_WITH_A_NUMBER.match(q.route.folded)
        ):
            # "QĐ 0562/QĐ-UBND ... căn cứ quyết định nào": the collection only cites the
            # document whose grounds are asked (the one replacing it does, with its own); a
            # number named later is another document ("... (bổ sung Điều 4 TT 39/2015)")
            logger.info("the grounds of a document the collection lacks: %r", q.number_filter)
            return None
        if intent == "basis":
            # "Khi trả lời Công ty X, Cục Thuế viện dẫn văn bản nào của Thủ tướng?": the one
            # such document the letter described cites
            in_document = answer_cited_in_document(corpus, q, hits)
            if in_document is not None and missing_in_document(corpus, q, in_document[1]) is None:
                return in_document
        kind = _EXTRACTOR.get(intent, intent)
        best = None
        if intent == "basis" and _ASKS_THE_GROUNDS.search(q.route.folded):
            # "căn cứ quyết định nào": the grounds a document states open with "Căn cứ";
            # another sentence citing documents ("thay thế các quyết định ...") is no ground
            grounds = [c for c in scored if c.unit.folded.lstrip("*_ ").startswith("can cu")]
            best = best_unit_answer(corpus, q, grounds, kind)
        if best is None:
            best = best_unit_answer(corpus, q, scored, kind)
        if best is None and kind == "deadline":
            best = _period_of_act(corpus, q, scored)
        if best is None and intent == "date":
            # "Quyết định số 35/2015 của UBND tỉnh Quảng Trị ... ký ngày nào?": a document the
            # collection only cites, dated by its mentions
            return answer_cited_date(corpus, q)
        if best is None and kind in _PAIRED_KINDS and _cases_after_ask(q.route.question):
            # "giải quyết trong bao lâu khi hồ sơ đủ và khi chưa đủ": no one unit states both;
            # each condition asked alone
            each = self._answer_each_case(q, kind)
            if each is not None and each is not _UNNAMED_CASE:
                return each
        if best is None:
            # the commonest way to abstain: no scored unit states an answer of the kind asked
            logger.info(
                "no unit answers %r (%s) among %d scored units", q.route.question, kind, len(scored)
            )
            return None
        if intent == "agency":
            head = head_of_answer(corpus, q, scored, best)
            if head is not None:
                return head.answer or "", [head, best], best.score, None
        # "So với TT 01/2021, mức phí theo TT 110/2025 tăng thêm bao nhiêu": two documents'
        # values compared, the unit one's and citing no other: every value it pairs is that one's
        of_one_document = _of_one_document_compared(corpus, q, best.unit)
        if kind in _PAIRED_KINDS and (
            ASKS_TWO_VALUES.search(q.route.folded)
            or q.route.intent == "compare"
            or of_one_document
            # "khu vực X và khu vực Y ... bao nhiêu": two cases side by side, a value each
            or _cases_by_shared_head(q.route.question) is not None
            or _cases_after_ask(q.route.question) is not None
        ):
            # "thay đổi thời gian giải quyết từ 15 ngày xuống còn 10 ngày": a change states both
            paired = _change_in_unit(q, best)
            if paired is None and of_one_document and self._other_case_unstated(q, best):
                logger.info(
                    "one document of the two %r compares: %r", q.route.question, best.answer
                )
                return None
            if paired is None and kind == "deadline":
                # "A và B lần lượt": one sentence states the limit of each, a clause per case
                paired = _distinct(_cases_stated_together(q, scored, best))
            if paired is None and _item_of_neither(q, best):
                # "đ) Thôn đội trưởng: 280.800 đồng ...": an item of a list states the value of
                # the case its label names; the other case's is another item's
                paired = self._answer_each_case(q, kind, best.unit.doc_id)
                if paired is _UNNAMED_CASE:
                    return None
            # "khoảng 180 trạm, trong đó có 22 trạm 5G": a sentence that states both values
            if paired is None and kind != "deadline":
                paired = _distinct(_two_values_in_unit(corpus, q, best))
            if paired is None:
                # each case asked alone, in the answer's document: each value from the unit
                # that names its own case
                paired = self._answer_each_case(q, kind, best.unit.doc_id)
                if paired is _UNNAMED_CASE:
                    return None
            if paired is None:
                paired = _distinct(_second_value(corpus, q, scored, kind, best))
            if paired is None and kind != "deadline":
                # "phường A và phường B lần lượt": the row of B in the table of A's
                paired = _distinct(_other_row(corpus, q, best, kind))
            if paired is None:
                # "A được bao nhiêu, còn B được bao nhiêu?": the rule stated once per case
                paired = _distinct(_parallel_value(corpus, q, scored, kind, best))
            if paired is not None:
                return paired
            if _one_value_of_two(corpus, q, best) and self._other_case_unstated(q, best):
                # "A so với B", "tăng bao nhiêu so với NQ cũ": the document asked of states one
                # case's value, the other's nowhere it was looked for; one value read alone
                # answers no comparison (a document lacking what the question names is left
                # for the next one, :meth:`_compose_in_documents`)
                logger.info("one value of the two %r asks: %r", q.route.question, best.answer)
                return None
        elif kind in _PAIRED_KINDS and _AND.search(q.route.folded):
            paired = _parallel_value(corpus, q, scored, kind, best)
            if paired is not None:
                return paired
        return best.answer or "", [best], best.score, None

    def _other_case_unstated(self, q: Question, best: Candidate) -> bool:
        """``best`` states one case of the two a question compares, neither both at once nor
        lacking words the question names (then the next document is read,
        :meth:`_compose_in_documents`)."""
        return (
            not _pair_named_as_one(q, best) and missing_in_document(self.corpus, q, [best]) is None
        )

    def _answer_by_place(self, q: Question, top_k: int) -> Composed | None:
        """ "So sánh tỷ trọng kinh tế số ... của Bắc Ninh và Đồng Nai": the value asked, found
        for each place the question names in that place's own documents, joined place by place;
        None unless it names two places or more, each with documents of its own (none shared),
        and every one of them answers."""
        corpus = self.corpus
        owned = [(p, corpus.gazetteer.own.get(p, frozenset())) for p in q.localities]
        owned = [(p, docs) for p, docs in owned if docs]
        if len(owned) < 2 or len(owned) > top_k:
            return None
        if sum(len(docs) for _, docs in owned) != len(frozenset().union(*(d for _, d in owned))):
            return None  # a place inside another (a commune of the province): no two parts
        kind = "target" if _PLANNED.search(q.route.folded) else "figure"
        # each part asks the value, not the comparison: "so sánh", "giữa" are no evidence words
        route = replace(route_question(_COMPARING.sub(" ", q.route.question)), intent=kind)
        parts: list[str] = []
        support: list[Candidate] = []
        for place, docs in owned:
            best = self._value_alone(route, {"doc_ids": sorted(docs)}, kind)
            if best is None:
                return None
            label = corpus.documents[best.unit.doc_id].meta.place or place.title()
            parts.append(f"{label}: {best.answer}")
            support.append(best)
        answer = "; ".join(parts)
        if len(answer) > MAX_ANSWER_CHARS:
            return None
        return answer, support, min(c.score for c in support), None

    def _answer_each_case(
        self, q: Question, kind: str, within: str | None = None
    ) -> Composed | None:
        """ "A hay B được chi cao hơn, mức bao nhiêu?": the value of each case, asked of the
        question naming that case alone (the comparison words left out), both joined; None
        unless the question names two cases joined by "hay" and both are answered from one
        document; :data:`_UNNAMED_CASE` when the values are items of a list whose labels name
        their cases and no item names one of the two (the document lacks that case);
        ``within``: the document the question's answer was found in, where each case is asked
        rather than in the question's scope (another document, which lacks what the whole
        question names, answers no part of it)."""
        cases = _two_cases(q.route.question)
        if cases is None:
            return None
        found: list[Candidate] = []
        parts: list[tuple[Question, list[Candidate]]] = []
        scope = [within] if within else sorted(q.scope) if q.scope else None
        for asked in cases.questions:
            route = replace(route_question(asked), intent=kind)
            filters = {"doc_ids": scope} if scope else None
            best, part, scored = self._value_and_part(route, filters, kind)
            if best is None:
                return None
            found.append(best)
            parts.append((part, scored))
        if found[0].unit.doc_id != found[1].unit.doc_id:
            return None
        found = _cases_of_one_group(self.corpus, q, parts, found, kind)
        # "bước thẩm định, thụ lý hồ sơ mất bao lâu, bước ... xem xét mất bao lâu": each value
        # from the row of its table that writes most of what sets its case apart
        found = _rows_named(self.corpus, parts, found, kind, cases.names)
        # "a) Chỉ huy trưởng ...: 561.600 đồng; ... h) Tiểu đội trưởng ...: 234.000 đồng": each
        # value from the item whose own label names its case best
        named = _items_named(self.corpus, parts, found, kind, cases.names)
        if named is None:
            return _UNNAMED_CASE
        found = _clauses_by_subject(_counts_named(named, cases.names), cases.names)
        labelled = all(_item_label(c) is not None for c in found)
        # (values read anew from their clauses have no answer yet: their spans tell them)
        same = (
            found[0].answer == found[1].answer
            if found[0].answer is not None or found[1].answer is not None
            else found[0].focus == found[1].focus
        )
        if same and (found[0].unit.idx == found[1].unit.idx or not labelled):
            # one value found for both: the cases are not told apart (two items of a list
            # may state the same value, each for its own case)
            return None
        if _list_of(found[0]) != _list_of(found[1]):
            # "trẻ dưới 4 tuổi là mấy, trẻ từ đủ 4 đến dưới 16 tuổi là mấy?": cases set side by
            # side are items of one list ("2. Hệ số trợ cấp ...: a) ... 2.5; b) ... 1.5"); the
            # values of two lists are each of another rule, when one list states both
            found = _cases_in_one_list(self.corpus, q, parts, found, kind, cases.names)
        answers = [_shorter(q, c, in_long_cell=True) for c in found]
        if not all(answers):
            return None
        if answers[0] == answers[1] and found[0].unit.idx == found[1].unit.idx:
            return None  # one clause read for both: the cases are not told apart
        # each value under the case it is of, as the question names it (a count by the kind
        # counted: "xã: 66 xã", not "bao nhiêu xã: 66 xã")
        labelled = [
            f"{_OPENING_ASK.sub('', name).strip()}: {answer}"
            for name, answer in zip(cases.names, answers, strict=True)
        ]
        answer = _joined(labelled)
        if len(answer) > MAX_ANSWER_CHARS or any(c.isdigit() for c in "".join(cases.names)):
            # (a number the question writes in a case's name is no number a source quotes)
            answer = _joined([a for a in answers if a])
        return answer, found, min(c.score for c in found), None

    def _value_alone(
        self, route: Route, filters: Mapping[str, Any] | None, kind: str
    ) -> Candidate | None:
        """The value a part of a question asks (one place, one case), found by the steps of
        :meth:`ask` within ``filters`` and of the kind asked, or None."""
        return self._value_and_part(route, filters, kind)[0]

    def _value_and_part(
        self, route: Route, filters: Mapping[str, Any] | None, kind: str
    ) -> tuple[Candidate | None, Question, list[Candidate]]:
        """:meth:`_value_alone`'s value, with the part of the question it answers and the
        candidates scored for it."""
        corpus = self.corpus
        part = analyse(corpus, route, filters)
        part.one_case = True
        if part.unsupported is not None:
            return None, part, []
        lexical = lexical_evidence(corpus, part)
        hits = self._retrieve(part, None, lexical)
        priors = candidate_units(corpus, part, hits, lexical)
        scored = score_units(corpus, part, priors, lexical, states_value(corpus, part, kind))
        best = best_unit_answer(corpus, part, scored, kind)
        if best is None or value_mismatch(corpus, part, [best]) is not None:
            return None, part, scored
        return best, part, scored

    def _start_embedding(self, query: str) -> Future[Any] | None:
        """The query's embedding for the hybrid search to come, started now (None without a
        retriever or when the search reads no dense list)."""
        start = getattr(self.retriever, "start_embedding", None)
        return start(query, "hybrid") if callable(start) else None

    def _retrieve(
        self, q: Question, embedding: Future[Any] | None, lexical: Lexical | None
    ) -> list[tuple[int, float]]:
        if self.retriever is None:
            return []
        filters = None
        if q.scope is not None and len(q.scope) < len(self.corpus.documents):
            filters = SearchFilters(doc_ids=tuple(sorted(q.scope)))
        corpus = self.corpus

        kind = _EXTRACTOR.get(q.route.intent, q.route.intent)

        def meanwhile(done: Callable[[], bool]) -> None:
            if lexical is not None:
                warm_units(corpus, q, lexical, done)
                warm_extractions(corpus, q, lexical.evidence, kind, done)

        overlap = self._overlap(embedding, meanwhile)
        result = self.retriever.search(
            q.route.query, k=_RETRIEVE_K, method="hybrid", filters=filters, **overlap
        )
        return [(int(h.passage_id), float(h.score)) for h in result.hits]

    def _overlap(
        self, embedding: Future[Any] | None, meanwhile: Callable[[Callable[[], bool]], None] | None
    ) -> dict[str, Any]:
        """The search arguments that hand it the started embedding and the work to do while it
        runs (none for a retriever that cannot start one)."""
        if not callable(getattr(self.retriever, "start_embedding", None)):
            return {}
        return {"embedding": embedding, "while_embedding": meanwhile}

    def _retrieve_unscoped(
        self, q: Question, embedding: Future[Any] | None
    ) -> list[tuple[int, float]]:
        """Closest passages for an unanswerable question (no scope, no answer)."""
        if self.retriever is None:
            return []
        overlap = self._overlap(embedding, None)
        result = self.retriever.search(q.route.query, k=_CLOSEST_K, method="hybrid", **overlap)
        return [(int(h.passage_id), float(h.score)) for h in result.hits]


# A question opening with a document by its kind and number ("QĐ 0562/QĐ-UBND ngày ...",
# "NĐ 85/2025/NĐ-CP căn cứ luật nào"), folded
_OPENS_WITH_A_NUMBER = re.compile(rf"\W*(?:{KINDS}|{CODED_KINDS}|van ban)(?: so)? \d")
# "căn cứ (vào) quyết định nào", "căn cứ văn bản số mấy": the grounds of a document are asked
_ASKS_THE_GROUNDS = re.compile(r"\bcan cu (?:vao |theo )?(?:\w+ ){0,3}(?:nao|gi|so may)\b")
# "theo đề nghị (của Sở Y tế) tại văn bản số mấy", "đề nghị tại tờ trình nào": the document
# whose proposal a document answers is asked (folded)
_ASKS_THE_PROPOSAL = re.compile(
    r"\bde nghi\b[^?]*?\b(?:van ban|to trinh|cong van)(?: so)? (?:nao|gi|so may|may)\b"
)
# Kinds of value a question may ask two of (extractors.ASKS_TWO_VALUES)
_PAIRED_KINDS = frozenset({"figure", "deadline", "target"})
# Questions a value answers for each place they name ("... của Bắc Ninh và Đồng Nai")
_BY_PLACE_INTENTS = frozenset({"compare", "figure", "target"})
# The words that frame a comparison, as typed
_COMPARING = re.compile(r"\b(?:so sánh|so sanh|giữa|giua)\b", re.IGNORECASE)
# A planned value is asked ("mục tiêu", "chỉ tiêu", "phấn đấu", "đến năm"), folded
_PLANNED = re.compile(r"\b(?:muc tieu|chi tieu|phan dau|ke hoach|den nam)\b")


# The words that ask which of two cases is higher ("nhóm nào ngắn hơn", "A hay B ... cao hơn",
# "rẻ hơn ... không"), as typed, with or without marks
_MORE = (
    r"(?:cao|thấp|nhiều|ít|dài|ngắn|sớm|muộn|trễ|lớn|nhỏ|rẻ|đắt|nhanh|chậm|thap|nhieu|it|dai"
    r"|ngan|som|muon|tre|lon|nho|re|dat|cham)\s+(?:hơn|hon)"
)
_MORE_OR_LESS = re.compile(_MORE, re.IGNORECASE)
_WHICH_IS_HIGHER = re.compile(
    r"[,;]?\s*\b(?:(?:nhóm|bên|trường|ai|đơn vị|cơ quan|nhom|ben|truong|don vi|co quan)\s+)?"
    r"(?:nào|nao)?\s*(?:phải\s+|phai\s+|được\s+|duoc\s+|thu\s+)?"
    rf"\b{_MORE}\b",
    re.IGNORECASE,
)
_VALUE_KINDS = frozenset({"figure", "deadline", "target", "score"})
# "nhiều / ít <what is counted> hơn": the count compared, its words kept for each case alone
# ("được bố trí nhiều nhân viên hơn" asks "được bố trí ... nhân viên"), as typed
_MORE_OF = re.compile(
    r"\b(?:nhiều|ít|nhieu|it)\s+(?!nhất\b|nhat\b)((?:\w+\s+){0,5}?\w+)\s+(?:hơn|hon)\b",
    re.IGNORECASE,
)


# "<lead> A hay B <rest>": two cases of one rule, each a few words between a lead word ("thì",
# "giữa", a comma) and the verb that follows them ("được", "phải", "có", ...) or the count
# compared ("xã hay phường nhiều nhân viên hơn"); a case may be one short word ("xã"), as typed
_CASES_BY_OR = re.compile(
    r"(?P<lead>^|[,:;—–-]\s*|\b(?:thì|thi|giữa|giua)\s+)(?P<a>(?:(?!\b(?:thì|thi|giữa|giua)\s)[^,:;?—–]){2,60}?)\s+hay\s+"
    r"(?P<b>[^,:;?—–]{2,60}?)(?=\s+(?:được|duoc|phải|phai|có|co|thu|nhận|nhan|chịu|chiu"
    r"|hưởng|huong|là|la|nhiều|nhieu|ít|it)\b|\s*[,?])",
    re.IGNORECASE,
)


# What :meth:`Answerer._answer_each_case` returns when the question names a case the list
# its values are items of names nowhere: no answer, and none by other means either
_UNNAMED_CASE: Composed = ("", [], 0.0, None)


@dataclass(frozen=True)
class _Cases:
    names: tuple[str, str]  # as the question writes them
    questions: tuple[str, str]  # the question asked of each alone


# "<A> so với <B>", "<A> cao hơn hay thấp hơn <B>": the second case, up to the words asking
# which is higher or what the value is ("..., loại nào cao hơn", "thì bên nào", "là bao nhiêu")
_VERSUS_WORDS = rf"(?:so với|so voi|{_MORE}\s+hay\s+{_MORE}(?:\s+(?:so với|so voi))?)"
_VERSUS_END = r"thì|là|mức|loại|cái|bên|nhóm|nào|khác nhau|chênh"
_VERSUS = re.compile(
    rf"\s+{_VERSUS_WORDS}\s+(?P<b>[^,:;?—–]{{3,60}}?)(?=\s*[,:;?—–]|\s+(?:{_VERSUS_END})\b|\s*$)",
    re.IGNORECASE,
)
# ... the same typed without marks: "thi" is also "thì", "la" "là" (typed with them, "thi" is
# an exam: "thời gian làm bài thi viết")
_VERSUS_PLAIN = re.compile(
    rf"\s+{_VERSUS_WORDS}\s+(?P<b>[^,:;?—–]{{3,60}}?)"
    rf"(?=\s*[,:;?—–]|\s+(?:{_VERSUS_END}|{strip_diacritics(_VERSUS_END)})\b|\s*$)",
    re.IGNORECASE,
)
# The word that says whose a value is, opening the second case of "... so với của <B>"
_OWNER_WORD = re.compile(r"(?:của|cua|tại|tai|đối với|doi voi)\s+", re.IGNORECASE)
# Where the first case starts, when its first word is not the second case's: after the last
# word that introduces a case ("của", "đối với", "giữa") or a colon
_CASE_LEAD = re.compile(r"(?:[:—–]\s*|\b(?:của|cua|đối với|doi voi|giữa|giua)\s+)", re.IGNORECASE)
_CASE_CHARS = 60  # a case named in more characters is no case the question sets side by side
# ... unless both open with the same word ("thủ tục cấp giấy phép ... và thủ tục cấp lại giấy
# phép ... lần lượt"): parallel names of procedures, plans or bodies are long, and the repeated
# head word, with the words asking a value of each, says they are two cases
_PARALLEL_CASE_CHARS = 120


def _case_spans_fit(question: str, a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Two cases' spans are of a length a case is named in: :data:`_CASE_CHARS` each, or
    :data:`_PARALLEL_CASE_CHARS` when the first opens with the second's first word."""
    longest = max(a_end - a_start, b_end - b_start)
    if min(a_end - a_start, b_end - b_start) < 3 or longest > _PARALLEL_CASE_CHARS:
        return False
    if longest <= _CASE_CHARS:
        return True
    first_a, first_b = question[a_start:a_end].split(), question[b_start:b_end].split()
    return bool(first_a and first_b) and first_a[0].lower() == first_b[0].lower()


_RATIO = re.compile(r"\b(?:bao nhiêu|bao nhieu|bằng|bang|gấp|gap)\b|%", re.IGNORECASE)


def _cases_by_versus(question: str) -> tuple[int, int, int, int] | None:
    """The spans of the two cases of "<A> so với <B>": B is the words after "so với"; A starts
    at the last place before it where B's first word is written ("phí chứng thực việc X so với
    phí sửa lỗi ..."), else after the last word introducing a case ("... của nhà máy công suất
    dưới 150MW so với loại từ 301MW")."""
    versus = (_VERSUS if accent_ratio(question) > 0 else _VERSUS_PLAIN).search(question)
    if versus is None:
        return None
    before = question[: versus.start()]
    b_start, b_end = versus.span("b")

    def written_before(start: int) -> list[int]:
        first = question[start:b_end].split()[0]
        return [m.start() for m in re.finditer(rf"\b{re.escape(first)}\b", before, re.IGNORECASE)]

    same = written_before(b_start)
    owner = _OWNER_WORD.match(question, b_start, b_end)
    if not same and owner is not None and owner.end() < b_end:
        # "tỷ lệ điểm bài thi viết so với của bài thi phỏng vấn": B says whose the value is,
        # A names its case without that word; A is found by the word B's name opens with
        same = written_before(owner.end())
        b_start = owner.end() if same else b_start
    named = None if same else _name_before(before)
    if same:
        a_start = same[-1]
    elif named is not None and _name_before(question[b_start:b_end], at_start=True) is not None:
        # "chiều dài đê Hoàng Cương so với Chí Tiên": two names set side by side, the first
        # written without "của" or "tại" before it
        a_start = named
    else:
        leads = list(_CASE_LEAD.finditer(before))
        if not leads:
            return None
        a_start = leads[-1].end()
    # (parallel names, opened by the same word, may be long: :data:`_PARALLEL_CASE_CHARS`)
    longest = _PARALLEL_CASE_CHARS if same else _CASE_CHARS
    if not 3 <= versus.start() - a_start <= longest:
        return None
    if _RATIO.search(question, a_start, versus.start()):
        return None  # "cấp xã bằng bao nhiêu % so với cấp tỉnh": a ratio, not two cases
    return a_start, versus.start(), b_start, b_end


_NAME_WORDS = (2, 4)  # the words of a proper name a case is named by, fewest and most


def _name_before(text: str, *, at_start: bool = False) -> int | None:
    """Where the proper name ending ``text`` starts (its first word, of two to four capitalised
    words in a row: "Hoàng Cương", "TP Hồ Chí Minh"), or, ``at_start``, 0 when ``text`` opens
    with one; None when it has none there."""
    words = list(re.finditer(r"\S+", text))
    words = words[: _NAME_WORDS[1]] if at_start else words[::-1]
    run = 0
    for word in words:
        if not word.group()[0].isupper() or any(c.isdigit() for c in word.group()):
            break
        run += 1
    if run < _NAME_WORDS[0]:
        return None
    return 0 if at_start else words[min(run, _NAME_WORDS[1]) - 1].start()


# A value asked, as typed, with or without marks
_ASK_TYPED = r"\b(?:bao\s+nhiêu|bao\s+nhieu|bao\s+lâu|bao\s+lau|mấy)\b"
# "<A> ... bao nhiêu, còn <B> ... bao nhiêu?", "<A> bao nhiêu và <B> bao nhiêu?": the word that
# joins the second of two asks to the first, as typed
_SECOND_ASK = re.compile(
    rf"{_ASK_TYPED}[^,;?]*?(?P<join>\s*[,;]\s*(?:(?:còn|và|va)\s+)?|\s+(?:còn|và|va)\s+)"
    rf"(?P<b>[^?]*?{_ASK_TYPED}[^?]*)",
    re.IGNORECASE,
)
# "mỗi trường được bao nhiêu", "mỗi cấp có bao nhiêu": "each" of the cases, its noun then the
# words asking the value, as typed; not the unit of the value asked ("mỗi tháng", "là bao
# nhiêu mỗi hồ sơ": written after the words asking it, or a time or a head counted)
_EACH_CASE = (
    r"mỗi\s+(?!(?:tháng|năm|ngày|tuần|quý|giờ|lần|người|hồ\s+sơ|buổi|đêm|suất|lượt)\b)"
    r"(?=\w+(?:\s+\w+){0,3}?\s+(?:bao\s+nhiêu|mấy|bao\s+lâu)\b)"
)
# "<A> và <B> lần lượt là bao nhiêu?", "<A> và <B> khác nhau thế nào?": the words that ask the
# value of each of two cases named before them, as typed
_EACH_OF_TWO = re.compile(
    r"\s+(?:lần lượt|lan luot|tương ứng|tuong ung|khác nhau|khac nhau|chênh lệch|chenh lech)\b"
    rf"|,?\s+{_EACH_CASE}",
    re.IGNORECASE,
)
# "khối 1 và khối 5 của Trường X lần lượt": the words placing or owning the second case, which
# place both when the first case has none of its own, as typed
_QUALIFIER_TYPED = re.compile(r"\s+(?:của|cua|tại|tai|ở|thuộc|thuoc)\s", re.IGNORECASE)
_AND_TYPED = re.compile(r"\s+(?:và|va)\s+", re.IGNORECASE)
# A question opening with the source or the place it is asked in ("Theo NQ 64/2025 ...,",
# "Tại Hà Nội, "), as typed
_FRAMED = re.compile(r"\W*(?:theo|căn cứ|can cu|tại|tai|ở|trong)\b", re.IGNORECASE)
# Where what is said of both of "<A> và <B> ... lần lượt" opens after B: a clause mark, or the
# word of a condition said of both ("khi", "thì"), as typed; not a verb, which may be of a
# case's own name ("người được hưởng trợ cấp", "người có bằng đại học khác"), nor "thi"
# typed without marks ("thí sinh thi lại")
_CLAUSE_OF_BOTH = re.compile(r"\s*[,;:]|\s+(?:khi|thì)\b", re.IGNORECASE)
# what "khác nhau thế nào" asks, each case alone: its value
_DIFFER = re.compile(
    r"\b(?:khác nhau|khac nhau|chênh lệch|chenh lech|chênh nhau|chenh nhau)"
    r"(?:\s+(?:như\s+)?(?:thế\s+nào|the\s+nao"
    r"|ra\s+sao|bao\s+nhiêu|bao\s+nhieu))?",
    re.IGNORECASE,
)
# the words asking a value of each case, said of neither alone ("lần lượt", "mỗi trường được
# bao nhiêu"), as typed
_RESPECTIVE_TYPED = re.compile(
    rf"\b(?:lần lượt|lan luot|tương ứng|tuong ung)\b|,?\s*\b{_EACH_CASE}\w+", re.IGNORECASE
)


# The words that open a period, a time or a condition a case is set by ("từ 2027", "đến hết
# 2026", "khi ...", "trước ...", "sau ..."), as typed
_CONDITION_WORD = re.compile(
    r"\b(?:từ|tu|đến|den|trong|khi|trước|truoc|sau|kể từ|ke tu)\b", re.IGNORECASE
)


# The value a case is asked for, as typed after it: "(là / được) bao nhiêu ..." to its end
_ASKED_OF_CASE = re.compile(
    rf"\s*(?:\b(?:là|la|được|duoc|mất|mat)\s+)?{_ASK_TYPED}.*$", re.IGNORECASE | re.DOTALL
)


def _case_start(question: str, before_end: int, second: str) -> int:
    """Where the first of two cases starts, the second one's words being ``second``: at the
    last place before ``before_end`` where the second case's first word is written ("phí thẩm
    định ... và phí cấp phép ..."), else after the last word introducing a case or a colon,
    else at the question's start."""
    before = question[:before_end]
    first = second.split()[0] if second.split() else ""
    # (its first two words, when written before: "phải báo cáo kế hoạch ... bao nhiêu ngày, và
    # báo cáo sau khi kết thúc ..." opens the first case at "báo cáo", not at "bao nhiêu")
    opening = r"\s+".join(re.escape(w) for w in second.split()[:2])
    same = [m.start() for m in re.finditer(rf"\b{opening}\b", before, re.IGNORECASE)]
    if not same or len(second.split()) < 2:
        same = [m.start() for m in re.finditer(rf"\b{re.escape(first)}\b", before, re.IGNORECASE)]
    if first and same:
        return same[-1]
    if _CONDITION_WORD.fullmatch(first):
        # "đến hết 2026 và từ 2027": a period or condition against another, each opened by
        # its own word of that kind
        opened = list(_CONDITION_WORD.finditer(before))
        if opened:
            return opened[-1].start()
    leads = list(_CASE_LEAD.finditer(before))
    return leads[-1].end() if leads else 0


def _cases_by_two_asks(question: str) -> tuple[int, int, int, int] | None:
    """The spans of the two cases of a question asking a value twice ("A được hỗ trợ bao
    nhiêu, còn B được bao nhiêu?"): B is the words after the joining word, A the words from
    where its case starts up to that word."""
    match = _SECOND_ASK.search(question)
    if match is None:
        return None
    a_end, (b_start, b_end) = match.start("join"), match.span("b")
    a_start = _case_start(question, a_end, question[b_start:b_end])
    if a_end - a_start < 3:
        return None
    return a_start, a_end, b_start, b_end


def _head_only(question: str, a_end: int, before: str) -> bool:
    """``before`` (the words of the second case up to a shared word) is one word the first case
    writes too ("Người có công và người được hưởng ..."): a head both cases open with, no case
    of its own; what is shared starts later."""
    words = before.split()
    return (
        len(words) == 1
        and re.search(rf"\b{re.escape(words[0])}\b", question[:a_end], re.IGNORECASE) is not None
    )


def _cases_by_and(question: str) -> tuple[int, int, int, int] | None:
    """The spans of the two cases of "<A> và <B> lần lượt / khác nhau thế nào": B is the words
    between the last "và" and those words, A the words before that "và" from where its case
    starts, each of a length a case is named in (:func:`_case_spans_fit`)."""
    each = _EACH_OF_TWO.search(question)
    if each is None:
        return None
    joins = list(_AND_TYPED.finditer(question, 0, each.start()))
    if not joins:
        return None
    a_end, b_start, b_end = joins[-1].start(), joins[-1].end(), each.start()
    # "với A và B, công chức phải ... lần lượt": B ends where the clause naming it does; "NSND
    # và NSƯT khi tham gia biểu diễn được hỗ trợ ... lần lượt", "nộp trực tuyến và nộp trực
    # tiếp thì thời hạn ... lần lượt": where what is said of both opens
    stop = _CLAUSE_OF_BOTH.search(question, b_start + 1, b_end)
    b_end = stop.start() if stop else b_end
    ask = re.compile(_ASK_TYPED, re.IGNORECASE).search(question, b_start, b_end)
    if ask is not None:
        # "A và B được khoán bằng bao nhiêu % ... tương ứng": the value is asked before the
        # word of each, what is said of both opening before the ask
        # (the first such word past a head both cases open with: "người được hưởng trợ cấp ...
        # được hỗ trợ bao nhiêu")
        shared = [
            m
            for m in _SHARED_AFTER.finditer(question, b_start + 1, ask.start())
            if not _head_only(question, a_end, question[b_start : m.start()])
        ]
        b_end = shared[0].start() if shared else ask.start()
    a_start = _case_start(question, a_end, question[b_start:b_end])
    comma = question.rfind(",", a_start, a_end)
    if (
        comma >= 0
        and _FRAMED.match(question[:comma])
        and not question[a_start:a_end]
        .lower()
        .startswith(question[b_start:b_end].split()[0].lower())
    ):
        # "Theo NQ 64/2025 của HĐND TP Hà Nội, NSND và NSƯT": the case after the frame's comma
        # (not "Phường Bến Nghé, quận 1 và thị trấn Củ Chi", one name)
        a_start = comma + 1
        a_start += len(question[a_start:a_end]) - len(question[a_start:a_end].lstrip())
    # "khối 1 và khối 5 của Trường X": what places B places A too when A is not placed
    # itself, so it is asked of both (not of B alone, leaving A's question unplaced)
    placed = _QUALIFIER_TYPED.search(question, b_start, b_end)
    if (
        placed is not None
        and placed.start() > b_start
        and _QUALIFIER_TYPED.search(question, a_start, a_end) is None
    ):
        b_end = placed.start()
    if not _case_spans_fit(question, a_start, a_end, b_start, b_end):
        return None
    return a_start, a_end, b_start, b_end


# What is said of both of two cases set side by side, opening after the second one's words: a
# clause mark, the verb asking the value ("là", "được", "đạt") or a word placing both ("của Đắk
# Lắk", "tại", "trong năm 2025"), as typed
_SHARED_AFTER = re.compile(
    # ("cấp xã, phường": one level, named by both its kinds; not a place, "…, phường Hưng Lộc")
    r"\s*[;:?]|\s*,(?!\s*(?:phường|phuong|thị trấn|thi tran|đặc khu|dac khu)"
    r"(?=\s*(?:,|và\b|va\b|là\b|la\b|\?|$)))"
    r"|\s+(?:là|la|được|duoc|đạt|dat|ước|uoc|có|co|phải|phai|mất|mat|của|cua|tại|tai"
    r"|ở|trong|theo|thuộc|thuoc)\b",
    re.IGNORECASE,
)


def _cases_by_shared_head(question: str) -> tuple[int, int, int, int] | None:
    """The spans of the two cases of "<H> A và <H> B ... bao nhiêu" ("khu vực nông nghiệp và
    khu vực dịch vụ", "năm 2024 và năm 2025", "khi nộp trực tiếp và khi nộp qua DVCTT"): two
    phrases joined by the last "và" before the value asked, the second opening with a word the
    first opens with. The repeated word is what sets them side by side: "nông, lâm nghiệp và
    thủy sản" joins the parts of one name, not two cases."""
    ask = re.search(_ASK_TYPED, question, re.IGNORECASE)
    if ask is None:
        return None
    joins = list(_AND_TYPED.finditer(question, 0, ask.start()))
    if not joins:
        return None
    a_end, b_start = joins[-1].span()
    shared = _SHARED_AFTER.search(question, b_start, ask.start())
    b_end = shared.start() if shared else ask.start()
    words = question[b_start:b_end].split()
    # "năm 2025 và đến năm 2030": the word opening a period is no part of what both open with
    while len(words) > 1 and _CONDITION_WORD.fullmatch(words[0]):
        words = words[1:]
    if not words or not words[0].isalpha():
        return None
    same = [
        m.start()
        for m in re.finditer(rf"\b{re.escape(words[0])}\b", question[:a_end], re.IGNORECASE)
    ]
    if not same:
        # "Trưởng bộ môn và Phó Trưởng bộ môn": the second case is the first one with a word
        # before it (a deputy, "phó"), the first written whole as the second goes on
        return _case_within_the_second(question, a_end, b_start, b_end, words)
    a_start = same[-1]
    opening = question[b_start : question.index(words[0], b_start)]
    if opening.strip() and question[:a_start].lower().endswith(opening.lower()):
        # "khi nộp trực tuyến và khi nộp trực tiếp": the condition word opens both cases, said
        # before the first one's span as before the second's; each case asked with it once
        b_start += len(opening)
    if not (3 <= a_end - a_start <= _CASE_CHARS and 3 <= b_end - b_start <= _CASE_CHARS):
        return None
    return a_start, a_end, b_start, b_end


_DEPUTY = frozenset({"phó", "pho"})  # the word that makes an office its deputy's, as typed


def _case_within_the_second(
    question: str, a_end: int, b_start: int, b_end: int, words: list[str]
) -> tuple[int, int, int, int] | None:
    """The spans of "<A> và Phó <A> ..." (:func:`_cases_by_shared_head`): an office and its
    deputy, the first case the words the second goes on with after "Phó", written right
    before "và"."""
    rest = [w.lower() for w in words[1:]]
    if words[0].lower() not in _DEPUTY or not rest or not 3 <= b_end - b_start <= _CASE_CHARS:
        return None
    for m in re.finditer(rf"\b{re.escape(words[1])}\b", question[:a_end], re.IGNORECASE):
        first = question[m.start() : a_end].lower().split()
        if first and rest[: len(first)] == first and 3 <= a_end - m.start() <= _CASE_CHARS:
            return m.start(), a_end, b_start, b_end
    return None


# "... trong bao lâu khi hồ sơ đủ và khi chưa đủ": two conditions after the value asked, each
# opened by the same word, as typed
_CONDITIONS_AFTER = re.compile(
    r"(?P<a>\b(?P<lead>khi|nếu|neu|đối với|doi voi|trường hợp|truong hop)\s+[^,;?]{2,60}?)"
    r"\s*,?\s+(?:và|va|còn|con)\s+(?P<b>(?P=lead)\s+[^,;?]{2,60}?)\s*\??\s*$",
    re.IGNORECASE,
)


def _cases_after_ask(question: str) -> tuple[int, int, int, int] | None:
    """The spans of two conditions a question names after the value it asks ("giải quyết trong
    bao lâu khi hồ sơ đủ và khi chưa đủ"), each opened by the same word."""
    ask = re.search(_ASK_TYPED, question, re.IGNORECASE)
    if ask is None:
        return None
    match = _CONDITIONS_AFTER.search(question, ask.end())
    if match is None:
        return None
    return (*match.span("a"), *match.span("b"))


# A second ask opening with what is said of the first one's subject (its verb, a condition:
# "phải được công bố ...", "nếu chết do bệnh truyền nhiễm thì ..."), as typed; and where that
# subject's predicate opens in the first ask
_SAID_OF_THE_FIRST = re.compile(
    r"(?:phải|phai|được|duoc|có|co|bị|bi|sẽ|se|nếu|neu|khi)\b", re.IGNORECASE
)
_PREDICATE_OPENS = re.compile(
    r"\s+(?:phải|phai|được|duoc|có|co|bị|bi|sẽ|se|là|la|trong|sau|trước|truoc|mất|mat)\s+",
    re.IGNORECASE,
)


def _distinct(paired: Composed | None) -> Composed | None:
    """``paired``, unless it states one and the same value for both cases (the cases not told
    apart: "48 giờ ...; 48 giờ ..." for "bao lâu, và nếu ... thì bao lâu")."""
    if paired is None or paired is _UNNAMED_CASE:
        return paired
    parts = [part.split(": ", 1)[-1] for part in paired[0].split("; ")]
    return None if len(parts) == 2 and parts[0] == parts[1] else paired


def _two_cases(question: str) -> _Cases | None:
    """The two cases a question joins by "hay", "so với", "A và B lần lượt / khác nhau" or by
    asking a value of each ("..., còn B bao nhiêu?") and the question asked of each, its
    comparison words left out, or None."""
    spans: tuple[int, int, int, int] | None = None
    match = _CASES_BY_OR.search(question)
    if match is not None and _MORE_OR_LESS.match(match.group("b")):
        # "A cao hơn hay thấp hơn B": "hay" offers which way, the cases are on either side
        spans = _cases_by_versus(question)
    if spans is None and match is not None:
        spans = (*match.span("a"), *match.span("b"))
    two_asks = False
    if spans is None:
        spans = _cases_by_versus(question) or _cases_by_and(question)
    if spans is None:
        spans = _cases_by_two_asks(question)
        two_asks = spans is not None
    if spans is None:
        spans = _cases_by_shared_head(question) or _cases_after_ask(question)
    if spans is None:
        return None
    a_start, a_end, b_start, b_end = spans
    shared = _SHARED_QUALIFIER.search(question, b_start, b_end)
    rest = question[b_start : shared.start()].strip().lower() if shared else ""
    if (
        shared is not None
        and not _SHARED_QUALIFIER.search(question, a_start, a_end)
        and len(rest.split()) >= _QUALIFIED_WORDS
        and not question[a_start:a_end].lower().startswith(rest)
    ):
        # "ngân sách thành phố và ngân sách xã đối với xã Hưng Lộc": the place after the
        # second case qualifies both (not "mức chi cho thành viên và mức chi đối với người
        # được mời", where it is all that tells the second case from the first)
        b_end = shared.start()
    head, tail = question[:a_start], question[b_end:]
    # "khác nhau thế nào" of both is "là bao nhiêu" of each; "lần lượt" says nothing of one
    tail = _RESPECTIVE_TYPED.sub(" ", _DIFFER.sub("là bao nhiêu", tail))
    cases = (question[a_start:a_end], question[b_start:b_end])
    asked_cases = cases
    parts = _PREDICATE_OPENS.split(cases[0], maxsplit=1)
    if two_asks and _SAID_OF_THE_FIRST.match(cases[1]) and len(parts) > 1:
        # "quyết định X có hiệu lực sau bao lâu, và phải được công bố ... trong bao lâu": the
        # second ask is said of the first one's subject, asked with it
        asked_cases = (cases[0], f"{parts[0].rstrip(' ,')} {cases[1]}")
    asked = tuple(
        _MORE_OF.sub(r"\1", _WHICH_IS_HIGHER.sub(" ", _COMPARING.sub(" ", f"{head}{case}{tail}")))
        for case in asked_cases
    )
    names = [_case_name(case) for case in cases]
    return _Cases(names=(names[0], names[1]), questions=(asked[0], asked[1]))


# A qualifier closing the second of two cases, which qualifies both ("... và ngân sách xã đối
# với xã Hưng Lộc lần lượt"), as typed
_SHARED_QUALIFIER = re.compile(r"\s+(?:đối với|doi voi)\s+\S.*$", re.IGNORECASE)
_QUALIFIED_WORDS = 2  # words of the second case left before its qualifier, at least
# The words asking a count, opening a case as typed ("bao nhiêu xã và bao nhiêu phường")
_OPENING_ASK = re.compile(rf"^\s*{_ASK_TYPED}\s+", re.IGNORECASE)
# A document the question cites after the case it closes, by its kind and number ("bao nhiêu
# phường theo NQ 1658/NQ-UBTVQH15"), as typed: no part of that case's name
_CITED_SOURCE = re.compile(
    r"\s+(?:theo|căn cứ|can cu)\s+(?=(?:\S+\s+){1,2}?(?:(?:số|so)\s+)?\d)", re.IGNORECASE
)


def _case_name(case: str) -> str:
    """A case by its own words, not the value asked of it ("ở xã A là bao nhiêu %": "ở xã A");
    a count asked of each of two kinds ("bao nhiêu xã và bao nhiêu phường theo NQ 1658") by the
    words asking it, up to a document the question cites by its number."""
    name = _ASKED_OF_CASE.sub("", case).strip(" ,")
    if name:
        return name
    return _CITED_SOURCE.split(case, maxsplit=1)[0].strip(" ,") or case


def _value_kind(q: Question) -> str:
    """The kind of value a question asks: its intent, for a comparison the kind of the values
    compared."""
    if q.route.intent == "compare":
        return compared_value_kind(q.route.question)
    return _EXTRACTOR.get(q.route.intent, q.route.intent)


def compared_value_kind(question: str) -> str:
    """The kind of the values two cases are compared by: the intent of the question with its
    comparison words left out ("thời hạn ... nhóm nào ngắn hơn, bao nhiêu ngày" asks time
    limits), a figure when that asks no value."""
    plain_question = _MORE_OF.sub(r"\1", _WHICH_IS_HIGHER.sub(" ", _COMPARING.sub(" ", question)))
    intent = route_question(plain_question).intent
    return intent if intent in _VALUE_KINDS else "figure"


# A sentence opening with the amendment its own document makes, after an article's number
# ("Điều 1. Sửa đổi, bổ sung ..."), folded (a repeal is answered by the relating document's
# reading, which checks what is repealed)
_OPENS_WITH_OWN_ACT = re.compile(
    r"^[\W_]*(?:(?:dieu \d+|\d{1,2}|[a-z])[.)][\W_]*)?(?:sua doi|bo sung|sua(?! chua))\b"
)
# Kinds of document whose own articles amend others (not a plan listing tasks "- Sửa đổi, bổ
# sung QĐ 48 ... (Sở Tài chính chủ trì)"), folded
_AMENDING_KINDS = frozenset({"quyet dinh", "nghi quyet", "nghi dinh", "thong tu"})


# A table column listing where each item had been announced or issued before ("Tên văn bản đã
# công bố thủ tục hành chính", "Quyết định đã ban hành"), folded
_ANNOUNCED_EARLIER = re.compile(r"\bda (?:duoc )?(?:cong bo|ban hanh|quy dinh)\b")


def _announced_earlier_in(corpus: Corpus, q: Question, cited: Candidate) -> bool:
    """The document cited is the one a row names as where its item had been announced, for a
    question asking which document does an act to that item (repeals, amends, replaces it)."""
    relation = asked_relation(q.route.folded)
    if relation is None or relation[0] not in ("amend", "replace") or relation[1] != "agent":
        return False
    if cited.mention is None or cited.unit.kind != "row":
        return False
    header = column_header(corpus, cited.unit, cited.mention.start)
    return _ANNOUNCED_EARLIER.search(plain(fold(header))) is not None


def _amends_what_it_cites(corpus: Corpus, q: Question, cited: Candidate) -> bool:
    """ "QĐ nào sửa đơn vị tính X" where the sentence found opens with its own document's act
    ("Điều 1. Sửa đổi, bổ sung ... Định mức ... ban hành kèm theo Quyết định số 48/2024") and
    the document it cites did another act (issued X): the question asks who amends, and the
    sentence's own document does."""
    relation = asked_relation(q.route.folded)
    if relation != ("amend", "agent"):
        return False
    mention = cited.mention
    kind = plain(fold(corpus.documents[cited.unit.doc_id].meta.doc_type or ""))
    return (
        mention is not None
        and kind in _AMENDING_KINDS
        and _OPENS_WITH_OWN_ACT.match(cited.unit.folded) is not None
        and relation not in mention_relations(mention.before, mention.subject)
    )


def _issued_by_asked_body(corpus: Corpus, q: Question, doc_id: str, cited: Candidate) -> bool:
    """The question names the issuer of the document it asks for, ``doc_id``'s issuer is that
    body, and the document ``cited`` mentions says it is another's ("của Chi cục Thuế ...")."""
    named = asked_issuer(q)
    issuer = fold(corpus.documents[doc_id].meta.issuer or "")
    if named is None or not issuer or not same_body(named, issuer):
        return False
    if cited.mention is None:
        return False
    other = cited_issuer(cited.mention.text)
    return bool(other) and not same_body(named, other)


# A place opening the question as the one that issues ("Quảng Ngãi ban hành kế hoạch ..."),
# folded
_OPENING_PLACE_ISSUES = re.compile(
    r"^(?:(?:ubnd|uy ban nhan dan) )?(?:tinh |thanh pho |tp )?(?P<place>[a-z]+(?: [a-z]+){0,3})"
    r" (?:da )?ban hanh\b"
)


def _issued_by_opening_place(corpus: Corpus, q: Question, doc_id: str, cited: Candidate) -> bool:
    """The question opens with the place that issues the document asked, ``doc_id`` is of that
    place, and the document ``cited`` mentions is another body's ("của Bộ trưởng Bộ Tài
    chính")."""
    opening = _OPENING_PLACE_ISSUES.match(plain(q.route.folded))
    if opening is None or cited.mention is None:
        return False
    place = opening.group("place")
    meta = corpus.documents[doc_id].meta
    if place not in plain(fold(f"{meta.issuer or ''} {meta.place or ''}")):
        return False
    other = plain(cited_issuer(cited.mention.text))
    return bool(other) and place not in other


def _second_value(
    corpus: Corpus, q: Question, scored: list[Candidate], kind: str, best: Candidate
) -> Composed | None:
    """The two values a "lần lượt" question asks for: the best one and the next best of
    another unit of the same document, when it scores nearly as well."""
    rest = [c for c in scored if c.unit.doc_id == best.unit.doc_id and c.unit.idx != best.unit.idx]
    # nor the best one again as the sentence following another
    second = best_unit_answer(corpus, q, rest, kind, besides=frozenset({best.unit.idx}))
    if second is None or not second.answer or second.answer == best.answer:
        # "- Trực tuyến: 6 giờ làm việc ...; - Trực tiếp: 8 giờ làm việc ...": one unit, both
        return _both_in_unit(q, best) if kind == "deadline" else None
    if second.score < _SECOND_SHARE * best.score:
        return None
    first, then = sorted((best, second), key=lambda c: c.unit.start)  # in the text's order
    if len(f"{best.answer}; {second.answer}") <= MAX_ANSWER_CHARS:
        answers: list[str | None] = [first.answer, then.answer]
    else:
        answers = [_shorter(q, c) for c in (first, then)]
    if not all(answers):
        return None
    joined = _joined([a for a in answers if a])
    return joined, [first, then], min(best.score, second.score), None


def _list_of(cand: Candidate) -> tuple[str, tuple[int, int] | None]:
    """The list a unit is an item of: its document and the heading above it."""
    return cand.unit.doc_id, cand.unit.heading_span


_LIST_NEIGHBOURS = 12  # units read on each side of an item for the other items of its list


def _units_beside(corpus: Corpus, unit: Unit) -> tuple[Iterator[Unit], Iterator[Unit]]:
    """The units of ``unit``'s document before it (nearest first) and after it, up to
    :data:`_LIST_NEIGHBOURS` on each side, read as they are asked for."""
    ids = corpus.doc_units.get(unit.doc_id, [])
    at = bisect.bisect_left(corpus.doc_starts.get(unit.doc_id, []), unit.start)
    before = range(at - 1, max(-1, at - 1 - _LIST_NEIGHBOURS), -1)
    after = range(at + 1, min(len(ids), at + 1 + _LIST_NEIGHBOURS))
    return (corpus.units[ids[k]] for k in before), (corpus.units[ids[k]] for k in after)


def _items_of_list(corpus: Corpus, anchor: Candidate) -> list[Unit]:
    """The units near ``anchor`` under the same heading (the other items of its list)."""
    units: list[Unit] = []
    for side in _units_beside(corpus, anchor.unit):
        for unit in side:
            if unit.heading_span != anchor.unit.heading_span:
                break
            units.append(unit)
    return units


def _cases_of_one_group(
    corpus: Corpus,
    q: Question,
    parts: list[tuple[Question, list[Candidate]]],
    found: list[Candidate],
    kind: str,
) -> list[Candidate]:
    """The two cases' values from rows of one group of a table when the question names one
    group ("khối 3 trường X so với khối 4": the school is said once, of both): a value found
    in a row of another group than the one the question names is taken again among the rows
    of the named group scored for its case; ``found`` otherwise."""
    groups = [row_group(corpus, c.unit) for c in found]
    if any(g is None for g in groups) or groups[0].idx == groups[1].idx:
        return found
    # the group the whole question names: the one whose row writes more of its words
    shares = [sum(q.weights.get(t, 0.0) for t in group_words(q, g)) for g in groups]
    if shares[0] == shares[1]:
        return found
    named = 0 if shares[0] > shares[1] else 1
    other = 1 - named
    part, scored = parts[other]
    peers = [
        c
        for c in scored
        if c.unit.kind == "row"
        and (g := row_group(corpus, c.unit)) is not None
        and g.idx == groups[named].idx
    ]
    picked = best_unit_answer(corpus, part, peers, kind) if peers else None
    if picked is None or picked.unit.idx == found[named].unit.idx:
        return found
    if value_mismatch(corpus, part, [picked]) is not None:
        return found
    out = list(found)
    out[other] = picked
    return out


def _cases_in_one_list(
    corpus: Corpus,
    q: Question,
    parts: list[tuple[Question, list[Candidate]]],
    found: list[Candidate],
    kind: str,
    names: tuple[str, str],
) -> list[Candidate]:
    """The two cases' values from one list: for each value found, the other case's value
    among the other items of its list that name that case in their own words (asked by that
    case's part of the question); of the pairs found so, the one whose units hold most of the
    question's words; ``found`` when no list states both. (An item naming its case only by
    the list's heading — "Trưởng ban" under "Ban Tổ chức" for "Trưởng ban Giám khảo" — is of
    the list's case, not of the one asked.)"""
    pairs: list[tuple[float, list[Candidate]]] = []
    for i, anchor in enumerate(found):
        if anchor.unit.heading_span is None:
            continue
        other_part, scored = parts[1 - i]
        named = _case_words(names[1 - i])
        items = {u.idx for u in _items_of_list(corpus, anchor)}
        # the items scored for the other case (their evidence as its part of the question
        # weighs them) that name that case in their own words
        peers = [
            c for c in scored if c.unit.idx in items and named <= set(TOKEN.findall(c.unit.folded))
        ]
        other = best_unit_answer(corpus, other_part, peers, kind)
        if other is None or not other.answer or other.answer == anchor.answer:
            continue
        if value_mismatch(corpus, other_part, [other]) is not None:
            continue
        pair = [anchor, other] if i == 0 else [other, anchor]
        pairs.append((_pair_coverage(q, anchor, other), pair))
    if not pairs:
        return found
    return max(pairs, key=lambda p: p[0])[1]


# "a) Chỉ huy trưởng, Chính trị viên Ban Chỉ huy quân sự cấp xã; ...: 561.600 đồng": an item
# naming what its value is of before a colon, past its list marker
_ITEM_LABEL = re.compile(
    r"[\s*_]*(?:(?:[a-zđ]|\d{1,2}(?:\.\d{1,2})*)[.)]|[-+•])?\s*(?P<label>[^:\n]{3,600}?):\s",
    re.IGNORECASE,
)


# the marker an item of a lettered or numbered list opens with: "a)", "đ)", "2.", "2.1."
_LIST_MARK = re.compile(r"[\s*_\"“]*(?:[a-zđ]|\d{1,2}(?:\.\d{1,2})*)[.)]\s", re.IGNORECASE)


def _marked_neighbours(corpus: Corpus, unit: Unit) -> list[Unit]:
    """The items of the list ``unit`` is an item of: the units on each side of it, up to
    :data:`_LIST_NEIGHBOURS`, that open with a list marker as it does (a heading found inside
    a long list parts no items, nor a sentence of an item's own), up to two units in a row
    that open with none (the list's end)."""
    if not _LIST_MARK.match(unit.text):
        return []
    units: list[Unit] = []
    for side in _units_beside(corpus, unit):
        unmarked = 0
        for other in side:
            if _LIST_MARK.match(other.text):
                units.append(other)
                unmarked = 0
                continue
            unmarked += 1
            if unmarked >= 2:
                break
    return units


def _item_label(cand: Candidate) -> str | None:
    """The label of a list item stating its value after it ("đ) Thôn đội trưởng: 280.800
    đồng": "Thôn đội trưởng"), or None."""
    if not _LIST_MARK.match(cand.unit.text):
        return None
    label = _ITEM_LABEL.match(cand.unit.text)
    if label is None or cand.focus is None or cand.focus[0] < label.end():
        return None
    return label.group("label")


def _name_words(name: str) -> set[str]:
    """The words (folded) a name is written with, function words left out as written: "Hải"
    (a sea) is a word of "Hải đội trưởng", though "hai" (two) is a function word; a number
    without its leading zeros ("05 năm" is "5 năm")."""
    words = (w for w in re.findall(r"\w+", name.lower()) if w not in STOP_WORDS_TONED)
    return {(w.lstrip("0") or "0") if w.isdigit() else fold(w) for w in words}


def _pair_named_as_one(q: Question, best: Candidate) -> bool:
    """The "<H> A và <H> B" a question joins by a shared head word alone (no "lần lượt", no
    comparison) is one name ``best`` writes whole, the indicator its value is of ("tỷ lệ trượt
    ... theo chi phí sửa chữa lớn và chi phí khác (%/năm) | 2,5%/năm"): one subject, not two
    cases, and its one value answers."""
    if q.route.intent == "compare" or ASKS_TWO_VALUES.search(q.route.folded):
        return False
    spans = _cases_by_shared_head(q.route.question)
    if spans is None:
        return False
    joined = " ".join(TOKEN.findall(fold(q.route.question[spans[0] : spans[3]])))
    written = " ".join(TOKEN.findall(fold(best.unit.text)))
    return re.search(rf"(?<!\w){re.escape(joined)}(?!\w)", written) is not None


def _item_of_neither(q: Question, best: Candidate) -> bool:
    """``best`` is a labelled list item whose words after its label do not name both cases
    the question sets side by side (by the words each has and the other has not): it states
    one case's value, or another's ("đ) Thôn đội trưởng: 280.800 đồng" for "trung đội trưởng
    và tiểu đội trưởng"), not both ("b) Khi ...: trợ cấp ngày công 585.000 đồng; tiền ăn
    234.000 đồng")."""
    cases = _two_cases(q.route.question)
    if _item_label(best) is None or cases is None:
        return False
    return not _states_both(best, cases.names)


def _states_both(item: Candidate, names: tuple[str, str]) -> bool:
    """The words of a labelled list item after its label name both cases (by the words each
    has and the other has not)."""
    label = _item_label(item) or ""
    body = _name_words(item.unit.text[item.unit.text.find(label) + len(label) :])
    first, second = (_name_words(name) for name in names)
    return bool((first - second) & body and (second - first) & body)


def _label_fit(cand: Candidate, case: set[str]) -> tuple[float, float]:
    """How well the label of a labelled list item names a case: of the names its label lists
    (parted by ";"), the best share of the case's words it holds, then of the words of either
    both hold (fewer words of other cases); zeros when the item states no value after a
    label."""
    label = _item_label(cand)
    best = (0.0, 0.0)
    if label is None or not case:
        return best
    for name in label.split(";"):
        words = _name_words(name)
        if words:
            common = len(words & case)
            best = max(best, (common / len(case), common / len(words | case)))
    return best


def _read_instead(
    corpus: Corpus, part: Question, unit: Unit, kind: str, anchor: Candidate
) -> Candidate | None:
    """``unit`` as a candidate in ``anchor``'s stead (its evidence and score), with the value of
    the kind asked that it states for the case's question ``part``; None when it states none."""
    extracted = value_answer(corpus, part, unit, kind)
    if extracted is None:
        return None
    return Candidate(
        unit=unit,
        evidence=anchor.evidence,
        prior=0.0,
        score=anchor.score,
        answer=extracted[0],
        focus=extracted[1],
    )


def _items_named(
    corpus: Corpus,
    parts: list[tuple[Question, list[Candidate]]],
    found: list[Candidate],
    kind: str,
    names: tuple[str, str],
) -> list[Candidate] | None:
    """Each case's value from the labelled list item that names it best: when a value found
    is an item stating it after a label ("Thôn đội trưởng: 280.800 đồng"), the items of its
    list and of the other value's list, each case taking the one whose label names it better
    than the found one's does; None when the item picked for a case names none of the words
    that set it apart from the other. Items name their cases by their labels; the words
    around a value elsewhere in the list say less of whose it is."""
    pool: dict[int, Unit] = {}
    for anchor in found:
        if _item_label(anchor) is not None:
            pool.update((u.idx, u) for u in _marked_neighbours(corpus, anchor.unit))
    if not pool:
        return found
    picked = list(found)
    for i, anchor in enumerate(found):
        case = _name_words(names[i])
        part = parts[i][0]
        top, top_fit = anchor, _label_fit(anchor, case)
        for unit in pool.values():
            if unit.idx == anchor.unit.idx or not _ITEM_LABEL.match(unit.text):
                continue
            item = _read_instead(corpus, part, unit, kind, anchor)
            if item is None:
                continue
            fit = _label_fit(item, case)
            if fit > top_fit:
                top, top_fit = item, fit
        own = case - _name_words(names[1 - i])
        if _item_label(top) is not None and own and not own & _name_words(top.unit.text):
            # "cấp tỉnh so với cấp xã" of a list naming "cấp xã" alone: no item names this
            # case by what sets it apart from the other
            return None
        picked[i] = top
    if picked[0].unit.idx == picked[1].unit.idx:
        # one item's label names both cases ("e) ... đối với Nghệ nhân nhân dân, Nghệ nhân ưu
        # tú: ..."): it tells neither apart, the values found do
        return found
    return picked


def _rows_named(
    corpus: Corpus,
    parts: list[tuple[Question, list[Candidate]]],
    found: list[Candidate],
    kind: str,
    names: tuple[str, str],
) -> list[Candidate]:
    """Each case's value from the row of its table that writes the most of the words setting
    that case apart from the other ("Bước 3 | Thẩm định, thụ lý hồ sơ | 0,5 ngày" for "bước thẩm
    định, thụ lý hồ sơ", not "Bước 2 | Phân công chuyên viên thụ lý hồ sơ" scored higher for
    the words the question writes of both): a row found for a case that writes some of them
    is replaced by another row of its table that writes more, its value of the kind asked read
    from it."""
    picked = list(found)
    for i, anchor in enumerate(found):
        if anchor.unit.kind != "row":
            continue
        own = _name_words(names[i]) - _name_words(names[1 - i])
        if not own:
            continue
        top, top_count = anchor, len(own & _name_words(anchor.unit.text))
        if not top_count:
            # a row naming none of them is found by more than its own words (the total row
            # under the row of the commune asked, "Tổng | 18,800"): not one to read past
            continue
        part = parts[i][0]
        for row in corpus.table_rows(anchor.unit):
            count = len(own & _name_words(row.text))
            if count <= top_count or row.idx == picked[1 - i].unit.idx:
                continue
            item = _read_instead(corpus, part, row, kind, anchor)
            if item is None:
                continue
            if value_mismatch(corpus, part, [item]) is None:
                top, top_count = item, count
        picked[i] = top
    return picked


def _case_words(name: str) -> set[str]:
    """The words (folded) a case's name is written with, function words left out."""
    return {t for t in TOKEN.findall(fold(name)) if t not in STOP_WORDS}


def _pair_coverage(q: Question, first: Candidate, second: Candidate) -> float:
    """IDF-weighted share of the question's words two units hold (half weight in their
    contexts)."""
    if q.total <= 0:
        return 0.0
    terms = set().union(*(unit_sets(c.unit, q.toned)[0] for c in (first, second)))
    context = set().union(*(unit_sets(c.unit, q.toned)[1] for c in (first, second)))
    direct = sum(w for t, w in q.weights.items() if t in terms)
    aside = sum(w for t, w in q.weights.items() if t not in terms and t in context)
    return (direct + 0.5 * aside) / q.total


_PAIR = re.compile(r"((?:\S+ ){1,4})va ((?:\S+ ){1,4})lan luot\b")
_HALF_ANSWER = (MAX_ANSWER_CHARS - 2) // 2  # each of two values joined by "; "


def _cases_own_words(q: Question) -> tuple[set[str], set[str]]:
    """The words (folded) each of two cases a question names has and the other has not: those
    of "A và B lần lượt" in a few words each, else those of :func:`_two_cases`; none when it
    names no two cases."""
    pair = _PAIR.search(q.route.folded)
    if pair:
        first, second = set(pair.group(1).split()), set(pair.group(2).split())
    elif (cases := _two_cases(q.route.question)) is not None:
        first, second = (set(re.findall(r"\w+", fold(name))) for name in cases.names)
    else:
        return set(), set()
    return first - second, second - first


def _both_in_unit(q: Question, best: Candidate) -> Composed | None:
    """The best unit's time limit and the other one it gives, each with its clauses."""
    text = best.unit.text
    if best.focus is None:
        return None
    fa, fb = best.focus
    # nor the value said again in brackets ("05 ngày làm việc (40 giờ làm việc)")
    others = [
        m
        for m in DURATION.finditer(text)
        if (m.end() <= fa or m.start() >= fb) and not restates(text, fb, m.start())
    ]
    if not others:
        return None
    # the other value is said of the second of "A và B lần lượt" (the words B has, A has not),
    # else of the question's words the first one is not said of
    near_first = keyed_tokens(q, text[max(0, fa - 60) : fb + 60])
    second_words = _cases_own_words(q)[1]

    def own_gain(m: re.Match[str]) -> float:
        before = text[max(0, m.start() - 60) : m.start()]
        if second_words:
            return float(len(second_words & set(re.findall(r"\w+", fold(before)))))
        near = keyed_tokens(q, before) - near_first
        return sum(w for t, w in q.weights.items() if t in near)

    gain, other = max(((own_gain(m), m) for m in others), key=lambda item: item[0])
    if gain <= 0:
        return None
    spans = sorted([(fa, fb), (other.start(), other.end())])
    parts = [_clauses(q, text, span).rstrip(". ") for span in spans]
    if parts[0] == parts[1]:
        return None
    return _joined(parts), [best], best.score, None


_FIRST_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# a number and the word it counts ("55 xã", "09 phường")
_COUNT_OF = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)*)\s+(\w+)")


def _counts_named(found: list[Candidate], names: tuple[str, str]) -> list[Candidate]:
    """Two cases' values from the unit (of the two found) that counts each case by its kind:
    a number right before the word a case's name ends with ("gồm 55 xã và 09 phường" for
    "xã hay phường nhiều đơn vị hơn"); ``found`` unless one unit writes a count of each."""
    heads = [fold(name).split()[-1] if name.split() else "" for name in names]
    if not all(heads) or heads[0] == heads[1]:
        return found
    for cand in found:
        counts: dict[str, re.Match[str]] = {}
        for match in _COUNT_OF.finditer(cand.unit.text):
            counts.setdefault(fold(match.group(2)), match)
        if all(head in counts for head in heads):
            # each value as its count and the word it counts ("55 xã")
            return [
                replace(cand, focus=counts[head].span(1), answer=counts[head].group())
                for head in heads
            ]
    return found


def _clauses_by_subject(found: list[Candidate], names: tuple[str, str]) -> list[Candidate]:
    """Two cases' values found in one unit, each read from the clause whose words before its
    first number name that case and not the other ("Mỗi đơn vị xã ... không quá 03 ...; mỗi
    đơn vị phường ... không quá 02 ... tại xã": what a clause is of is said before its value,
    not in the words after it); ``found`` unless each case has one such clause of its own."""
    if found[0].unit.idx != found[1].unit.idx:
        return found
    text = found[0].unit.text
    words = [_case_words(name) for name in names]
    own = [words[0] - words[1], words[1] - words[0]]
    if not all(own):
        return found
    cuts = sorted({0, len(text), *(m.end() for m in STRONG.finditer(text))})
    picked: list[tuple[int, int]] = []
    for k in (0, 1):
        spans = []
        for a, b in itertools.pairwise(cuts):
            number = _FIRST_NUMBER.search(text, a, b)
            if number is None:
                continue
            subject = _case_words(text[a : number.start()])
            if own[k] <= subject and not own[1 - k] & subject:
                spans.append(number.span())
        if len(spans) != 1:
            return found
        picked.append(spans[0])
    if picked[0] == picked[1]:
        return found
    return [replace(c, focus=span, answer=None) for c, span in zip(found, picked, strict=True)]


def _value_clauses(text: str) -> list[tuple[int, int]]:
    """The clauses of ``text`` (parted by ";", a sentence end or a list's item:
    "96 giờ ..., trong đó: - Tại UBND cấp xã: 40 giờ ...") that state a time limit."""
    items = (m.end() for m in _ITEM_OPENS.finditer(text))
    cuts = sorted({0, len(text), *(m.end() for m in STRONG.finditer(text)), *items})
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if DURATION.search(text, a, b)]


# a total asked ("tổng thời gian"), folded
_TOTAL_ASKED = re.compile(r"\btong (?:thoi gian|thoi han|cong|so)\b")
# a list's item opening after its lead-in's colon or a line break ("trong đó: - Tại ..."):
# where the item starts
_ITEM_OPENS = re.compile(r"[:\n]\s*(?=[-+•]\s)")


def _cases_stated_together(
    q: Question, scored: list[Candidate], best: Candidate
) -> Composed | None:
    """The values of two cases asked together, from one unit stating each in a clause of its
    own (:func:`_cases_in_clauses`): the best unit, else a unit of its document that is
    evidence as good (a sentence naming both cases, over the one naming a third with a limit
    cue: "Trường hợp đặc biệt ... tối đa không quá mười (10) ngày")."""
    together = _cases_in_clauses(q, best)
    if together is not None:
        return together
    # (the best unit's evidence as scored, not as read with its leader)
    evidence = next((c.evidence for c in scored if c.unit.idx == best.unit.idx), best.evidence)
    for cand in scored[:_TOGETHER_UNITS]:
        if (
            cand.unit.idx == best.unit.idx
            or cand.unit.doc_id != best.unit.doc_id
            or cand.evidence < evidence
        ):
            continue
        # (scored as evidence alone: it answers with the best one's score)
        together = _cases_in_clauses(q, replace(cand, focus=None, score=best.score))
        if together is not None:
            return together
    return None


_TOGETHER_UNITS = 5  # units scored best read for one that states both cases' values


def _cases_in_clauses(q: Question, best: Candidate) -> Composed | None:
    """ "Thời gian ... với hình thức khiển trách và cảnh cáo lần lượt là bao lâu?": the best
    unit states the rule once per case, a clause each ("Đối với ... khiển trách, ... là 01
    tháng; đối với ... cảnh cáo, ... là 03 tháng; ..."). Each clause is told from the others by
    its own words (those not written in every clause stating a limit); the two clauses whose
    own words the question writes, more than any other clause's, answer it, joined in the
    text's order; None unless exactly two do and the best value is in one of them."""
    text = best.unit.text
    clauses = _value_clauses(text)
    if len(clauses) < 2:
        return None
    words = [keyed_tokens(q, text[a:b]) for a, b in clauses]
    common = set.intersection(*words)
    picked = _clauses_of_cases(q, clauses, [w - common for w in words])
    if picked is None:
        asked = {t for t in q.all_tokens if not t.isdigit()}
        # (a total over a list's items, "96 giờ ..., trong đó:", is neither item's case,
        # unless a total is asked)
        total = _TOTAL_ASKED.search(q.route.folded) is not None
        named = sorted(
            (
                (len((w - common) & asked), k)
                for k, w in enumerate(words)
                if total or not text[slice(*clauses[k])].rstrip().endswith(":")
            ),
            reverse=True,
        )
        if len(named) < 2:
            return None
        if named[1][0] <= 0 or (len(named) > 2 and named[2][0] == named[1][0]):
            return None  # fewer than two clauses named, or no two told from a third
        picked = sorted(clauses[k] for _, k in named[:2])
    if best.focus is not None and not any(a <= best.focus[0] < b for a, b in picked):
        return None  # the value found is of neither case named
    if best.focus is None:
        # a unit read for its clauses: quoted at the first value it states for them
        first = DURATION.search(text, *picked[0])
        best = replace(best, focus=first.span() if first else picked[0])
    (start, _), (_, end) = picked
    if end - start <= MAX_ANSWER_CHARS and picked[0][1] >= picked[1][0] - 1:
        return tidy(text[start:end]), [best], best.score, None
    parts = []
    for a, b in picked:
        part = tidy(text[a:b])
        if len(part) > _HALF_ANSWER:
            value = DURATION.search(text, a, b)
            part = _clauses(q, text, value.span()) if value else part
        parts.append(part)
    return _joined(parts), [best], best.score, None


def _clauses_of_cases(
    q: Question, clauses: list[tuple[int, int]], own: list[set[str]]
) -> list[tuple[int, int]] | None:
    """ "tại UBND cấp xã và tại Sở Nội vụ lần lượt": of clauses told apart by their ``own``
    words, the one writing most of each case's words, when the question sets two cases side
    by side (:func:`_cases_by_shared_head`) and each case has a clause of its own (a total
    over both, "96 giờ ..., trong đó:", names neither); in the text's order."""
    spans = _cases_by_shared_head(q.route.question)
    if spans is None:
        return None
    question = q.route.question
    picked = []
    for a, b in (spans[:2], spans[2:]):
        case = keyed_tokens(q, question[a:b])
        shares = sorted(((len(w & case), k) for k, w in enumerate(own)), reverse=True)
        if shares[0][0] <= 0 or shares[0][0] == shares[1][0]:
            return None
        picked.append(shares[0][1])
    if picked[0] == picked[1]:
        return None
    return sorted(clauses[k] for k in picked)


_OWN_BEFORE = 60  # characters before a value that can say what it is of
_OWN_AFTER = 30  # and after it (what it counts: "22 trạm 5G")
_OWN_PER = 80  # and after a value per a thing ("02 GB/tài khoản ... cá nhân")
# "GB/tài khoản", "đồng/hộ"; not a rate per time ("%/năm", "đồng/tháng")
_PER_AFTER = re.compile(
    r"\s*[^\W\d]{0,6}\s*/\s*(?!(?:năm|tháng|ngày|giờ|tuần|quý|lần|lượt)\b)[^\W\d]",
    re.IGNORECASE,
)


def _own_words(q: Question, text: str, spans: list[tuple[int, int]], i: int) -> set[str]:
    """The question's keyed words said of the ``i``-th value of ``text`` alone: those between
    it and its neighbouring values (the one before ends its words, the one after starts its
    own), at most :data:`_OWN_BEFORE` characters before it and :data:`_OWN_AFTER` after."""
    a, b = spans[i]
    left = max(a - _OWN_BEFORE, spans[i - 1][1] if i > 0 else 0)
    # "02 GB/tài khoản thư điện tử công vụ cá nhân, 10 GB/...": a value per a thing named after
    # the slash says what it is of there, up to the next value
    # (and "Mức 10 lần mức chuẩn đối với đối tượng là Nghệ nhân nhân dân": whom it is for)
    reach = _OWN_PER if _PER_AFTER.match(text, b) or _FOR_WHOM_AFTER.match(text, b) else _OWN_AFTER
    right = min(b + reach, spans[i + 1][0] if i + 1 < len(spans) else len(text))
    # nor past the clause's end: "2GB/hộp thư cơ quan, đơn vị; kích cỡ tệp tối đa 20MB" - the
    # words before ";" are the value's before it
    left = max([left, *(m.end() for m in _CLAUSE_END.finditer(text, left, a))])
    stop = _CLAUSE_END.search(text, b, right)
    right = stop.start() if stop else right
    return keyed_tokens(q, f"{text[left:a]} {text[b:right]}")


_CLAUSE_END = re.compile(r"[;.](?!\d)")
# The value's unit and what it is of, then whom it is for ("lần mức chuẩn đối với ..."), as typed
_FOR_WHOM_AFTER = re.compile(r"[^;.\d]{0,30}?\b(?:đối với|dành cho)\b", re.IGNORECASE)
# "102 đơn vị hành chính, gồm 85 xã", "50 thủ tục (trong đó: 48 TTHC cấp tỉnh": the words that
# open the parts of a total just stated, as typed, with or without marks
_PARTS_OPEN = re.compile(
    r"^[^;.%]{0,40}?[,(:]?\s*\b(?:trong đó|trong do|gồm|gom|bao gồm|bao gom)\b"
    r"[\s:,]*(?:có\s+|co\s+)?$",
    re.IGNORECASE,
)


# "tổng bao nhiêu ..., trong đó (có) bao nhiêu ...", "... gồm bao nhiêu ...": a total and one of
# its parts asked (folded); the group is what the part asked is written after
_ASKS_PART = re.compile(rf"{HOW_MANY}.*?\b(?:trong do|bao gom|gom)\b(?P<part>.*{HOW_MANY}.*)$")


def _asked_part(q: Question, text: str, spans: list[tuple[int, int]], first: int) -> int | None:
    """The index of the part of the ``first`` value (a total) a question asking a total and
    its part wants: of the parts the text lists right after the total ("gồm 66 xã và 33
    phường"), the one counting what the question's part does, else the first; None unless the
    question asks a part and the text states the total's parts."""
    asked = _ASKS_PART.search(q.route.folded)
    if asked is None or not _part_of_total(text, spans, first, first + 1):
        return None
    parts = [first + 1]
    while parts[-1] + 1 < len(spans):
        (_, a), (b, c) = spans[parts[-1]], spans[parts[-1] + 1]
        if _CLAUSE_END.search(text, a, b) or text[b:c].endswith("%"):
            break
        parts.append(parts[-1] + 1)
    wanted = asked.group("part")
    for j in parts:
        counted = value_unit(text, *spans[j])
        if counted and re.search(rf"\b{re.escape(counted)}\b", wanted):
            return j
    return parts[0]


def _part_of_total(text: str, spans: list[tuple[int, int]], i: int, j: int) -> bool:
    """The ``j``-th value of ``text`` is the first part of the ``i``-th, a total: the next
    value after it, the words between them opening its parts ("khoảng 180 trạm, trong đó có
    22 trạm 5G", "có 102 đơn vị hành chính cấp xã, gồm 85 xã"). A part counts what its total
    does, though it names it by its own kind ("xã" of "đơn vị hành chính"); neither is a share."""
    if (
        j != i + 1
        or j >= len(spans)
        or "%" in (text[spans[i][0] : spans[i][1]], text[spans[j][0] : spans[j][1]])
    ):
        return False
    return _PARTS_OPEN.search(text[spans[i][1] : spans[j][0]]) is not None


def _two_values_in_unit(corpus: Corpus, q: Question, best: Candidate) -> Composed | None:
    """Both values of a question asking two ("A và B lần lượt", "A so với B", "tổng bao
    nhiêu ... trong đó bao nhiêu") when the best sentence states both: its value and another
    of its values, counted in the same unit ("180 trạm ... 22 trạm", not "dưới 22 tuổi ... 1.5"),
    said of words of the question the first one's are not (the second of "A và B
    lần lượt" when the question writes that). A table row's values are its columns, not two
    subjects: only its cell holding the value found is read ("Phí ... loại A: 500.000đồng/
    01 hồ sơ Phí ... loại B: 1.500.000 đồng/1 hồ sơ")."""
    unit = best.unit
    if best.focus is None or _of_one_document_compared(corpus, q, unit):
        return None
    text = unit.text
    opens, closes = cell_around(text, best.focus) if unit.kind == "row" else (0, len(text))
    asked = {n.lstrip("0") for n in _NUMBER.findall(q.route.question)}
    spans = [
        (a - opens, b - opens)
        for a, b in value_spans(text, corpus.unit_mentions(unit))
        if (text[a:b].rstrip("% ").lstrip("0") not in asked or (a, b) == best.focus)
        and opens <= a
        and b <= closes
    ]
    # (a row's cell read alone: its clauses and words are the cell's, not its label's)
    text = text[opens:closes]
    focus = (best.focus[0] - opens, best.focus[1] - opens)
    # a value said again in brackets is the one before it, not another ("05 ngày làm việc (40
    # giờ làm việc) ...; 03 ngày làm việc (24 giờ làm việc)" states two values, not four)
    spans = [s for k, s in enumerate(spans) if k == 0 or not restates(text, spans[k - 1][1], s[0])]
    if focus not in spans:
        return None
    first = spans.index(focus)
    first_words = _own_words(q, text, spans, first)
    kind = quantity_of(value_unit(text, *spans[first]))
    others = [
        i
        for i in range(len(spans))
        if i != first and quantity_of(value_unit(text, *spans[i])) == kind
    ]
    first_case, second_case = _cases_own_words(q)

    def case_share(i: int, case: set[str]) -> int:
        return len(case & {fold(w) for w in _own_words(q, text, spans, i)})

    # the value found is the second case's when it is said in none of the first case's own
    # words and in more of the second's than any other value ("bao nhiêu % nhóm trẻ và bao
    # nhiêu % trường mầm non": the best value may be the second's): the other value is then
    # the first case's
    wanted = second_case
    if (
        second_case
        and others
        and not case_share(first, first_case)
        and case_share(first, second_case) > max(case_share(i, second_case) for i in others)
    ):
        wanted = first_case

    def own_gain(i: int) -> float:
        if wanted:
            return float(case_share(i, wanted))
        words = _own_words(q, text, spans, i)
        return sum(w for t, w in q.weights.items() if t in words - first_words)

    # "tổng bao nhiêu ..., trong đó bao nhiêu ...": the part of the total the text states
    other = _asked_part(q, text, spans, first)
    if other is None:
        if not others:
            return None
        gain, other = max(((own_gain(i), i) for i in others), key=lambda item: item[0])
        if gain <= 0:
            return None
    (a, _), (_, b) = sorted((spans[first], spans[other]))
    if b - a <= _HALF_ANSWER:  # close together: the clauses that hold both
        return _clauses(q, text, (a, b), MAX_ANSWER_CHARS), [best], best.score, None
    parts = [_clauses(q, text, spans[i]).rstrip(". ") for i in sorted((first, other))]
    return _joined(parts), [best], best.score, None


# "so với TT 01/2021 … tăng thêm bao nhiêu", "cao hơn mức tại NĐ 106/2025 bao nhiêu tiền",
# "chênh lệch": the amount of a change against a second case, a value of neither (a change
# alone, "mục tiêu giảm bao nhiêu %", is one value; "miễn giảm", "xét tặng" are no change)
# (folded)
_ASKS_DIFFERENCE = re.compile(
    rf"^(?=.*\bso voi\b).*(?<!\bmien )\b(?:tang|giam)(?: (?:them|len|xuong|di|hay giam|hay tang))?"
    rf" {HOW_MANY}\b"
    rf"|\b{_MORE}\b(?: \S+){{0,8}} {HOW_MANY}\b|\bchenh lech\b"
)


# "Sau khi bãi bỏ QĐ 15/2025, ...": the document asked comes after a repeal (folded); and a
# title whose whole act is a repeal ("Bãi bỏ Quyết định số 15/2025/QĐ-UBND ...")
_AFTER_REPEAL = re.compile(
    r"^\W*sau khi (?:(?:da |duoc )?(?:bai bo|huy bo)\b"
    r"|(?:quyet dinh|nghi quyet|van ban|qd|nq)(?: so)? \S+ (?:da )?bi (?:bai bo|huy bo)\b)"
)
_REPEAL_TITLE = re.compile(r"^\W*(?:ve viec )?(?:bai bo|huy bo)\b")


# "Theo NĐ 171/2025/NĐ-CP, ...", "Theo QĐ 2708 Quảng Trị, ...": a document named as the source
# of what follows, at the question's opening (folded)
_SOURCE_NAMED = re.compile(rf"^\W*theo (?:{KINDS}|nd|tt|qd|nq|kh|cv|tb|ct|cd)(?: so)? \d[^,?]*,")


# A body opening a clause ("Bộ Nội vụ đã ban hành ...", "HĐND tỉnh Bắc Ninh đã thông qua ..."),
# folded: its first two words
_OPENING_BODY = re.compile(
    r"(?:bo|so|cuc|vu|ban|uy ban|hoi dong|chinh phu|thu tuong|quoc hoi|van phong|thanh tra)"
    r"(?: [a-z]+)?\b"
)


def _dates_another(corpus: Corpus, q: Question, doc_id: str) -> bool:
    """ "Theo CV 5332/CT-CS, Cục Thuế đã ban hành công văn 5106/CT-CS vào ngày nào", "Theo NĐ
    171/2025, Bộ Nội vụ đã ban hành văn bản ... vào ngày nào": the document named as the source
    (``doc_id``) tells of another document or of another body's act, whose day is asked, not
    its own (unlike "Theo QĐ 2853, UBND TP Hồ Chí Minh ban hành kế hoạch ... ngày nào", its
    issuer's act, or "Theo QĐ 2853, Kế hoạch ... được ban hành ngày nào")."""
    folded = plain(q.route.folded)
    source = _SOURCE_NAMED.match(folded)
    if source is None:
        return False
    if any(not corpus.is_own_number(doc_id, n) for n in q.route.doc_numbers):
        return True  # another document named by its number
    body = _OPENING_BODY.match(folded[source.end() :].strip(" *_"))
    issuer = plain(fold(corpus.documents[doc_id].meta.issuer or ""))
    return body is not None and body.group() not in issuer


def _repeal_only_after_repeal(corpus: Corpus, q: Question, doc_id: str) -> bool:
    """ "Sau khi bãi bỏ QĐ 15/2025, UBND ban hành QĐ số mấy để quy định lại ...": the document
    asked is issued after the repeal for another act, so a document whose title does the
    repeal and nothing else is not it."""
    folded = plain(q.route.folded)
    if _AFTER_REPEAL.search(folded) is None or asked_relation(folded) == ("replace", "agent"):
        return False  # (not "... quyết định nào để bãi bỏ": the repeal itself is asked)
    title = corpus.documents[doc_id].meta.title or ""
    return _REPEAL_TITLE.search(plain(fold(title))) is not None


def _of_one_document_compared(corpus: Corpus, q: Question, unit: Unit) -> bool:
    """The question compares values of documents it names by number ("So sánh mức phí theo TT
    110/2025 với mức cũ theo TT 01/2021"), and ``unit`` is of one of them and cites none of the
    others: its values are all that one's."""
    folded = q.route.folded
    if q.route.intent != "compare" and not _ASKS_DIFFERENCE.search(folded):
        return False
    named = list(q.route.doc_numbers)
    # "NQ 60/2025": a number with its year, written bare, names a document too
    named += [
        n for n in numbers_with_year(plain(folded)) if not any(number_matches(n, m) for m in named)
    ]
    if len(named) < 2:
        return False
    number = corpus.documents[unit.doc_id].meta.number
    own = [n for n in named if number and number_matches(n, number)]
    if not own:
        return False
    cited = [m.number for m in corpus.unit_mentions(unit)]
    others = [n for n in named if n not in own]
    return not any(number_matches(n, c) for n in others for c in cited)


# "trước và sau", "cũ và mới", "giảm từ bao nhiêu xuống bao nhiêu", "trước khi ... sau khi":
# a value asked before and after a change (folded)
_ASKS_CHANGE = re.compile(
    rf"\btruoc va sau\b|\bcu va moi\b|\btruoc khi\b.*\bsau khi\b"
    rf"|\btu {HOW_MANY}(?: \w+){{0,2}} (?:xuong|len|thanh)\b"
)
# "từ 15 ngày xuống còn **10 ngày**", "tăng từ 20% lên 25%": a value changed, as typed
_CHANGE = re.compile(
    r"\btừ\s+\**\d[\d.,]*[^;.\d]{0,20}?\s+(?:giảm\s+|tăng\s+)?(?:xuống|lên|thành)"
    r"(?:\s+(?:còn|thành|mức))?\s+\**\d[\d.,]*(?:\s*%|\s+[^\W\d]+(?:\s+(?:làm việc|tháng))?)?\**",
    re.IGNORECASE,
)


# "tăng 5% so với cùng kỳ", "cao hơn mức bình quân", "gấp 2 lần": a unit stating a change or
# a comparison itself, its one value the answer to one (as typed)
_STATES_COMPARISON = re.compile(
    # ("tăng cường", "giảm thiểu", "vượt qua" state no change of a value)
    r"\b(?:so với|cao hơn|thấp hơn|nhiều hơn|ít hơn|gấp"
    r"|(?:tăng|giảm|vượt)(?!\s+(?:cường|thiểu|qua)\b))\b|\bbằng\s+\d",
    re.IGNORECASE,
)
# "bằng bao nhiêu % so với", "gấp mấy lần": one value asked, a ratio of one case to the other
# (folded)
_ASKS_RATIO = re.compile(r"\b(?:bang|gap) (?:bao nhieu|may)\b|\bbao nhieu (?:%|phan tram|lan)\b")


def _one_value_of_two(corpus: Corpus, q: Question, best: Candidate) -> bool:
    """A question asking the values of two cases (not which of them is higher, nor one as a
    ratio of the other) is answered by ``best`` alone, a unit stating one value of the kind
    found and neither a change nor a comparison: the other case's value is missing."""
    if best.focus is None or _WHICH_IS_HIGHER.search(q.route.question):
        return False
    if _ASKS_RATIO.search(q.route.folded):
        return False
    text = best.unit.text
    if _STATES_COMPARISON.search(text):
        return False
    if ASKS_CLOCK.search(q.route.folded) and len(clock_times(text)) >= 2:
        return False  # "từ mấy giờ đến mấy giờ": "từ 18h00 ... đến 03h00"
    spans = value_spans(text, corpus.unit_mentions(best.unit))
    # the value found: the first number inside the answer's span ("03 ngày làm việc, kể từ ...")
    found = next((s for s in spans if best.focus[0] <= s[0] < best.focus[1]), best.focus)
    kind = quantity_of(value_unit(text, *found))
    alike = [(a, b) for a, b in spans if quantity_of(value_unit(text, a, b)) == kind]
    alike = [s for k, s in enumerate(alike) if k == 0 or not restates(text, alike[k - 1][1], s[0])]
    return len(alike) < 2


def _change_in_unit(q: Question, best: Candidate) -> Composed | None:
    """Both values of a question asking one before and after a change ("trước và sau Quyết
    định 2815", "giảm từ bao nhiêu xuống bao nhiêu") when the best unit states the change ("từ
    15 ngày xuống còn 10 ngày"): the clause stating it."""
    if not _ASKS_CHANGE.search(q.route.folded):
        return None
    changes = list(_CHANGE.finditer(best.unit.text))
    if len(changes) != 1:
        return None  # none, or several the question does not tell apart
    answer = _clauses(q, best.unit.text, changes[0].span())
    # quoted around the change, not the value the unit was found for (another of its cells)
    changed = replace(best, focus=changes[0].span(), answer=answer)
    return answer, [changed], best.score, None


def _other_row(corpus: Corpus, q: Question, best: Candidate, kind: str) -> Composed | None:
    """Both values of a question asking two, when the best one is a table row's: its value and
    that of the row of the same table whose label names what the question names and the best
    row's label does not (the other place, case or procedure compared), the rows in the table's
    order."""
    unit = best.unit
    if best.focus is None or unit.kind != "row":
        return None
    named = keyed_tokens(q, name_cell(unit))

    def gain(row: Unit) -> int:
        # words, not weights: the names of places the question writes carry no weight of their
        # own (they scope the search)
        return len((keyed_tokens(q, name_cell(row)) - named) & q.all_tokens)

    rows = [(gain(row), row) for row in corpus.table_rows(unit)]
    if not rows:
        return None
    top, other = max(rows, key=lambda item: item[0])
    if top <= 0 or sum(1 for g, _ in rows if g == top) > 1:
        return None  # no row names another of the question's subjects, or several do
    extracted = value_answer(corpus, q, other, kind)
    if extracted is None:
        return None
    second = Candidate(unit=other, evidence=best.evidence, prior=0.0, score=best.score)
    second.focus = extracted[1]
    first, then = sorted((best, second), key=lambda c: c.unit.start)
    parts = [row_answer(c.unit, c.focus or (0, 0), _HALF_ANSWER) for c in (first, then)]
    return _joined(parts), [first, then], best.score, None


def _clauses(q: Question, text: str, span: tuple[int, int], limit: int = _HALF_ANSWER) -> str:
    """The clauses of ``text`` around ``span``, within ``limit`` characters."""
    a, b = clause_window(text, span, q.weights, q.toned, limit=limit)
    return tidy(text[a:b])


def _joined(answers: Sequence[str]) -> str:
    """Two answers read as one: "<first>; <second>"."""
    return "; ".join(a.rstrip(". ") for a in answers)


def _shorter(
    q: Question, cand: Candidate, limit: int = _HALF_ANSWER, *, in_long_cell: bool = False
) -> str | None:
    """The candidate's answer cut to the clauses around its value, within ``limit``;
    ``in_long_cell``: a row's too (its case named by a label inside its cell)."""
    if cand.answer and len(cand.answer) <= limit:
        return cand.answer
    if cand.unit.kind == "row":
        # a row's answer is "<its label>: <the cell asked>" ("Thủ tục cấp ... (1.014464): 03
        # ngày làm việc ..."): the cell alone, when that is short, as each case's value is
        # written under the case's own name
        cell = (cand.answer or "").rpartition(": ")[2]
        if cell and len(cell) <= limit:
            return cell
        if not in_long_cell:
            return None
        # a long cell whose items name the cases asked ("- Trực tuyến: Trong thời hạn 6 giờ
        # làm việc ... - Trực tiếp: ..."): the clauses around the value, as in a sentence
    if cand.focus is None:
        return None
    return _clauses(q, cand.unit.text, cand.focus, limit)


_SECOND_SHARE = 0.85
_AND = re.compile(r"\bva\b")
_PLAIN_WORDS = STOP_WORDS | STOP_WORDS_TONED
_COPIES = 3  # copies of the best statement passed over to find the other case's
_PARALLEL = 0.6  # share of their words two statements of one rule for two cases have in common


def _parallel_value(
    corpus: Corpus, q: Question, scored: list[Candidate], kind: str, best: Candidate
) -> Composed | None:
    """Both values of a question that names two cases joined by "và" ("... đối với nhóm I, II
    quy mô nhỏ lẻ và đối với nhóm III tối đa là bao nhiêu ngày?"), when the document states the
    rule twice in parallel sentences, one per case: the next best unit of the best one's
    document says nearly the same words, and each of the two holds words of the question the
    other lacks (its case)."""
    rest = [c for c in scored if c.unit.doc_id == best.unit.doc_id]
    besides = {best.unit.idx}
    second = best_unit_answer(corpus, q, rest, kind, besides=frozenset(besides))
    for _ in range(_COPIES):  # the same statement again (a summary table, an appendix)
        if second is None or second.answer != best.answer:
            break
        besides.add(second.unit.idx)
        second = best_unit_answer(corpus, q, rest, kind, besides=frozenset(besides))
    # each case holds its own words: the one with fewer of the question's scores less, however
    # parallel (no share of the best one's score is asked of it)
    if second is None or not second.answer or second.answer == best.answer:
        return None
    words = [set(TOKEN.findall(key(c.unit.text, q.toned))) for c in (best, second)]
    if len(words[0] & words[1]) < _PARALLEL * min(len(words[0]), len(words[1])):
        return None
    asked = q.all_tokens - _PLAIN_WORDS
    if not (words[0] - words[1]) & asked or not (words[1] - words[0]) & asked:
        return None
    first, then = sorted((best, second), key=lambda c: c.unit.start)
    answers = [_shorter(q, c) for c in (first, then)]
    if not all(answers):
        return None
    joined = _joined([a for a in answers if a])
    return joined, [first, then], min(best.score, second.score), None


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 2)
