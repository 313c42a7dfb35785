"""Extractive question answering: a short answer copied from a quoted source, or "not found".

How an answer is made:

1. :func:`qa_service.routing.route_question` gives the intent and the constraints (locality,
   years, period, document numbers).
2. The constraints are resolved against the index: a locality, document number, year or period
   the corpus does not hold makes the question unanswerable (``found=False``), whatever the
   retriever returns.
3. Evidence *units* (sentences, table rows, long sentences cut at ";") come from the passages the
   :class:`~qa_service.retrieval.Retriever` ranks first and from an inverted index over the units
   themselves; each is scored by the IDF-weighted share of the question's content syllables it
   (or its section heading) contains.
4. An intent-specific extractor picks the record inside the best unit: a document number with its
   date (decision, date), a number with its clause (figure, score, target), the signer or date of
   a document, the citations of a document (list), the targets table (compare).
5. The answer (≤ 200 characters, a slice of the cleaned unit text, so numbers are copied as
   written) is checked: every number in it must occur in a returned quote, else the answerer
   abstains. Every quote is ``document_text[start:end]``.
"""

from __future__ import annotations

import bisect
import logging
import math
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from indexer.cleaning import clean_text
from indexer.normalize import match_key, strip_diacritics
from indexer.segment import section_paths
from indexer.store import CitationRow, DocumentRow, IndexReader, TargetRow
from qa_service.comparison import Comparison, build_comparison, indicator_matches
from qa_service.routing import (
    STOP_WORDS as _STOP_WORDS,
)
from qa_service.routing import (
    STOP_WORDS_TONED as _STOP_WORDS_TONED,
)
from qa_service.routing import (
    LocalityMention,
    Route,
    content_terms,
    fold,
    key,
    route_question,
    tone_key,
)

__all__ = [
    "MAX_ANSWER_CHARS",
    "Answerer",
    "AskResult",
    "CitationInfo",
    "SourceQuote",
    "numbers_supported",
]

logger = logging.getLogger(__name__)

MAX_ANSWER_CHARS = 200
_MAX_QUOTE_CHARS = 420  # a longer sentence is quoted by its clause window around the answer
_FOUND_THRESHOLD = 0.52  # minimum score (evidence, extraction quality, constraints) to answer
_MIN_EVIDENCE = 0.3  # and minimum share of the question's words in the evidence itself
_RETRIEVE_K = 30
_UNKNOWN_SHARE = 0.3  # share of the question's weight in words absent from the corpus


# ---------------------------------------------------------------------------- public records


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


# ---------------------------------------------------------------------------- numbers

_NUMBER = re.compile(r"\d+(?:[.,/]\d+)*")


def numbers_supported(answer: str, quotes: Sequence[str]) -> bool:
    """True when every number written in ``answer`` occurs, as written, in one of ``quotes``."""
    for number in set(_NUMBER.findall(answer)):
        pattern = re.compile(rf"(?<![\d]){re.escape(number)}(?![\d])")
        if not any(pattern.search(q) for q in quotes):
            return False
    return True


# ---------------------------------------------------------------------------- evidence units


@dataclass(frozen=True, slots=True)
class _Unit:
    """A sentence, a clause run of a long sentence, or a table row."""

    idx: int
    doc_id: str
    start: int  # document-text span
    end: int
    text: str  # cleaned text (markup removed), for answers
    kind: str  # "text" or "row"
    section: str
    cells: tuple[str, ...]
    folded: str
    terms: frozenset[str]  # folded content syllables
    context_terms: frozenset[str]  # folded: section path, table caption and headers
    bigrams: frozenset[tuple[str, str]]
    tterms: frozenset[str]  # the same three keeping diacritics
    tcontext_terms: frozenset[str]
    tbigrams: frozenset[tuple[str, str]]
    context_folded: str  # "<section path and table context> || <document title>"
    heading: str  # folded: the nearest heading-like line above the unit
    heading_span: tuple[int, int] | None = None  # that line in the document text


_TOKEN = re.compile(r"[^\W_]+(?:[.,/]\d+)*")
_PIPE_SEPARATOR = re.compile(r"^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*\s*$")
_MARKUP = re.compile(r"^\s*#{1,6}\s*|\*{1,3}|</?(?:b|i|u|strong|em)>|^_+|_+$", re.IGNORECASE)
_HEADING_LINE = re.compile(r"^\s*(?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)]\s*\S")
_STT = re.compile(r"^[\dIVXivx]+(?:\.[\dIVXivx]+)*\.?$")
_LONG_SPLIT = re.compile(r";\s+")


def _bigrams(keyed: str) -> frozenset[tuple[str, str]]:
    tokens = _TOKEN.findall(keyed)
    return frozenset(zip(tokens, tokens[1:], strict=False))


def _sentences(line: str) -> list[tuple[int, int]]:
    """Sentence spans inside one line (underthesea), located back in the line."""
    from underthesea import sent_tokenize  # heavy import, loaded on first use

    spans: list[tuple[int, int]] = []
    cursor = 0
    for sentence in sent_tokenize(line):
        sentence = sentence.strip()
        if not sentence:
            continue
        at = line.find(sentence, cursor)
        if at < 0:  # the tokenizer changed the text: keep the rest of the line whole
            spans.append((cursor, len(line)))
            return spans
        spans.append((at, at + len(sentence)))
        cursor = at + len(sentence)
    if not spans:
        spans.append((0, len(line)))
    return spans


def _cut_long(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a long sentence after "; " into runs no longer than the quote limit (when possible)."""
    if end - start <= _MAX_QUOTE_CHARS:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    run_start, previous = start, None
    for match in _LONG_SPLIT.finditer(line, start, end):
        cut = match.start() + 1
        if cut - run_start > _MAX_QUOTE_CHARS and previous is not None:
            pieces.append((run_start, previous))
            run_start = previous
        previous = cut
    pieces.append((run_start, end))
    return [_strip_span(line, a, b) for a, b in pieces if b > a]


def _unit_sets(
    unit: _Unit, toned: bool
) -> tuple[frozenset[str], frozenset[str], frozenset[tuple[str, str]]]:
    """(terms, context terms, bigrams) of ``unit`` in the folded or toned matching form."""
    if toned:
        return unit.tterms, unit.tcontext_terms, unit.tbigrams
    return unit.terms, unit.context_terms, unit.bigrams


def _strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in "-+•*|"):
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


# ---------------------------------------------------------------------------- localities

_LOCALITY_IN_TEXT = re.compile(
    r"(?<![\wÀ-ỹ])(?i:(thành phố|thị trấn|thị xã|phường|huyện|quận|tỉnh|xã))\s+"
    r"((?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,.;:?!()/]*)"
    r"(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,.;:?!()/]*){0,3})"
)
_UNIT_WORDS = {
    "thanh pho": "thanh pho",
    "thi tran": "thi tran",
    "thi xa": "thi xa",
    "phuong": "phuong",
    "huyen": "huyen",
    "quan": "quan",
    "tinh": "tinh",
    "xa": "xa",
}


def _plain(text: str) -> str:
    return " ".join(strip_diacritics(match_key(text)).split())


# Capitalized words that follow a unit word in running text but are not part of a place name
# ("tỉnh Ban hành", "Xã Hội Chủ Nghĩa", "thị xã Hương Trà Triển khai").
_NOT_PLACE_WORDS = """
    ban hanh hoi chu nghia trien khai thuc hien khoa giai doan i ii iii iv v vi phe duyet noi vu
    co uy nhan dan ve va cua theo tai nam nhiem ky dang bo quyet dinh ke hoach bao cao so tren
    dia cac
    """
_NOT_PLACE = frozenset(_NOT_PLACE_WORDS.split())


def _place_name(raw: str) -> str | None:
    """Folded place name from a capitalized run, trailing non-name words dropped; ≥ 2 words."""
    words: list[str] = []
    for word in _plain(raw).split():
        if word in _NOT_PLACE:
            break
        words.append(word)
    return " ".join(words) if len(words) >= 2 else None


# ---------------------------------------------------------------------------- records inside units

_TYPE_WORD = re.compile(
    r"(Quyết định|Kế hoạch|Nghị quyết|Nghị định|Chỉ thị|Công văn|Văn bản|Thông tư|"
    r"Chương trình hành động|Chương trình|Kết luận|Hướng dẫn|Đề án|Thông báo|Báo cáo|Tờ trình|"
    r"Luật|Pháp lệnh)(?:\s+số)?\s*:?\s*$",
    re.IGNORECASE,
)
_MENTION_DATE = re.compile(
    r"\s*(?:,\s*)?(ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}"
    r"|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})",
    re.IGNORECASE,
)
_DOC_NUMBER = re.compile(
    r"(?<![\w/-])(\d{1,6}(?:/\d{4})?/[^\W\d_][^\W_]*(?:\s?[-&]\s?[^\W_]+)*"
    r"|\d{1,6}-[^\W\d_]+/[^\W\d_]+)(?![\w/])"
)
_DATE_EXPR = re.compile(
    r"(?:(?:trước|từ|đến|sau)\s+)?ngày\s+\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?"
    r"|(?:(?:trước|từ|đến|sau)\s+)?ngày\s+\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?"
    r"|\b\d{1,2}/\d{1,2}/\d{4}\b"
    r"|(?i:quý)\s+[IVX]+\s*/\s*\d{4}"
    r"|(?i:tháng)\s+\d{1,2}\s*/\s*\d{4}"
    r"|\b(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b",
)
_HEADER_DATE = re.compile(r"ngày\s+(?:\d{1,2}\s+)?tháng\s+\d{1,2}\s+năm\s+\d{4}", re.IGNORECASE)
_VALUE = re.compile(r"(?<![\w/.,])(\d+(?:[.,]\d+)*(?:\s*/\s*\d+(?:[.,]\d+)*)?)(\s*%)?(?![\w/])")
_SCORE_WORD = re.compile(r"(?<!thoi )(?<!dia )\bdiem\b")
_SCORE_AFTER = re.compile(r"^\s*(?:điểm|đ\b)", re.IGNORECASE)
_RANK_BEFORE = re.compile(
    r"(xếp\s+(?:thứ|hạng)|vị\s+trí|thứ\s+hạng|hạng)\s*(?:thứ\s*)?$", re.IGNORECASE
)


def _explicit_year(year: str, folded: str) -> bool:
    """``year`` written as a year of its own ("năm 2023", "2023"), not inside a range
    ("2019-2023") or a date ("26/12/2022")."""
    for match in re.finditer(rf"(?<!\d){year}(?!\d)", folded):
        before, after = folded[max(0, match.start() - 2) : match.start()], folded[match.end() :]
        if re.search(r"[/-]\s*$", before) or re.match(r"\s*[-/]\s*\d", after):
            continue
        return True
    return False


_EXPLICIT_YEAR = re.compile(r"\b(?:nam|den|trong|giai doan)\s+(?:19|20)\d{2}\b")
_TARGET_CUE = re.compile(
    r"\b(phan dau|chi tieu|muc tieu|den nam|toi thieu|tro len|dat tu|dat tren|it nhat|toi da"
    r"|giam (?:toi thieu|binh quan)|tang (?:toi thieu|tu)|dam bao)\b"
)
_TYPE_CODES = {
    "qd": "quyet dinh",
    "kh": "ke hoach",
    "nq": "nghi quyet",
    "nd": "nghi dinh",
    "ct": "chi thi",
    "tt": "thong tu",
    "bc": "bao cao",
    "kl": "ket luan",
    "hd": "huong dan",
    "tb": "thong bao",
    "da": "de an",
    "ctr": "chuong trinh",
}


@dataclass(frozen=True)
class _Mention:
    start: int  # in unit text
    end: int
    number: str
    kind: str | None  # folded type: "quyet dinh", ...
    text: str  # the mention as written: "Quyết định số 1941/QĐ-UBND ngày 26/12/2022"
    date: str | None
    subject: str  # text after the mention, up to the next mention or ";"
    before: str = ""  # the clause before it ("... đã được HĐND phê duyệt tại")


def _mentions(text: str) -> list[_Mention]:
    found = list(_DOC_NUMBER.finditer(text))
    out: list[_Mention] = []
    for i, match in enumerate(found):
        ns, ne = match.start(1), match.end(1)
        start = ns
        kind: str | None = None
        left = _TYPE_WORD.search(text[max(0, ns - 40) : ns])
        if left:
            start = max(0, ns - 40) + left.start()
            kind = _plain(left.group(1))
        end = ne
        date = None
        right = _MENTION_DATE.match(text, ne)
        if right:
            end = right.end(1)
            date = right.group(1)
        if kind is None:
            code = _plain(match.group(1).split("/")[-1].split("-")[0])
            kind = _TYPE_CODES.get(code)
        stop = found[i + 1].start(1) if i + 1 < len(found) else len(text)
        semi = text.find(";", end, stop)
        stop = semi if semi >= 0 else stop
        previous_end = out[-1].end if out else 0
        left = text[max(previous_end, start - 160) : start]
        cut = max(left.rfind(";"), left.rfind(". "))
        before = left[cut + 1 :] if cut >= 0 else left
        subject = text[end:stop][:240]
        out.append(
            _Mention(start, end, match.group(1), kind, text[start:end], date, subject, before)
        )
    return out


_EXPECTED = re.compile(r"\b(?:bao nhieu|may)\s+([a-z]+(?: [a-z]+)?)")


def _expected_unit(folded_question: str) -> str | None:
    """What the number should count: "bao nhiêu hồ sơ" → "ho so"; "điểm" for scores."""
    match = _EXPECTED.search(folded_question)
    if match:
        words = match.group(1)
        if not words.startswith(("phan tram", "la", "dat", "duoc", "con", "so ", "trong")):
            return words
    if _SCORE_WORD.search(folded_question):
        return "diem"
    match = re.match(r"(?:tong )?so (?:luong )?([a-z]+(?: [a-z]+)?)", folded_question)
    if match and not match.group(1).startswith(("hieu", "lieu")):
        return match.group(1)
    return None


def _unit_matches(expected: str, following: str, *, anywhere: bool = False) -> bool:
    """Does the text after a number (or a table row's label) name the expected unit?"""
    words = expected.split()[:2]
    if anywhere:
        return all(re.search(rf"\b{re.escape(w)}\b", following) for w in words)
    return _TOKEN.findall(following)[: len(words)] == words


def _row_value_cells(unit: _Unit) -> tuple[list[tuple[int, int]], int]:
    """Spans (in the unit text) of a table row's value cells, and where its label ends."""
    spans: list[tuple[int, int]] = []
    position = 0
    for cell in (c for c in unit.cells if c):
        at = unit.text.find(cell, position)
        if at < 0:
            break
        spans.append((at, at + len(cell)))
        position = at + len(cell)
    if spans and _STT.match(unit.text[spans[0][0] : spans[0][1]]):
        spans = spans[1:]
    if not spans:
        return [], 0
    label_end = spans[0][1]
    cells = [(a, b) for a, b in spans[1:] if "=" not in unit.text[a:b]]
    return cells, label_end


def _values(text: str) -> list[tuple[int, int, str]]:
    """Numbers in ``text`` that can be answers: not dates, not document numbers, not years alone."""
    blocked: list[tuple[int, int]] = [(m.start(), m.end()) for m in _DOC_NUMBER.finditer(text)]
    blocked += [(m.start(), m.end()) for m in _DATE_EXPR.finditer(text)]
    out: list[tuple[int, int, str]] = []
    for match in _VALUE.finditer(text):
        a, b = match.start(1), match.end(2) if match.group(2) else match.end(1)
        if any(x <= a < y for x, y in blocked):
            continue
        raw = match.group(1)
        if re.fullmatch(r"(?:19|20)\d{2}", raw) and re.search(r"năm\s*$", text[max(0, a - 6) : a]):
            continue
        out.append((a, b, text[a:b]))
    return out


# ---------------------------------------------------------------------------- clause windows

_ENTITY_QUESTION = re.compile(
    r"\b(?:phong|co quan|don vi|so|ban|trung tam|bo phan|to chuc|ai) (?:nao )?"
    r"(?:chu tri|thuc hien|tham muu|phu trach|chiu trach nhiem)\b"
    r"|\b(?:phong|co quan|don vi|so|ban nao|trung tam|bo phan|to chuc|cap) nao\b"
    r"|\bdo ai\b|\bgiao (?:cho )?ai\b|\bai (?:chu tri|phu trach)\b"
)
_AGENCY = re.compile(
    r"(?:Văn phòng|Phòng|Sở|Ban|Trung tâm|Công an|Chi cục|Đài|Bộ phận|Hội đồng|Ủy ban|UBND|HĐND"
    r"|Đoàn|Cục|Thanh tra|Kho bạc|Bảo hiểm|Tòa án|Viện)\s+(?:[A-ZĐÂĂÊÔƠƯ][^\s,.;:()]*)"
)
_ENDS_WITH_LA = re.compile(r"\b(?:là|gồm|bao gồm)\s*:?$", re.IGNORECASE)
_STRONG = re.compile(r";|(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])")
_WEAK = re.compile(r"(?<!\d),|,(?!\d)|:|\(|\)|\s[-–]\s")  # not the comma of "3,4"


def _clause_window(
    text: str,
    focus: tuple[int, int],
    weight: Mapping[str, float],
    toned: bool = False,
    limit: int = MAX_ANSWER_CHARS,
) -> tuple[int, int]:
    """The clause holding ``focus``, grown clause by clause while that adds question words.

    Clauses end at "," ":" "(" ")" " - " (weak) and ";" or a sentence end (strong); the window
    never crosses a strong boundary and stays within ``limit`` characters.
    """
    fa, fb = focus
    strong = {m.end() for m in _STRONG.finditer(text)}
    cuts = sorted({0, len(text), *strong, *(m.end() for m in _WEAK.finditer(text))})
    pieces = list(zip(cuts, cuts[1:], strict=False))
    lo = next((i for i, (x, y) in enumerate(pieces) if x <= fa < y), 0)
    hi = next((i for i, (x, y) in enumerate(pieces) if x < fb <= y), lo)
    hi = max(lo, hi)
    if pieces[hi][1] - pieces[lo][0] > limit:
        return _char_window(text, fa, fb, limit)

    def tokens(i: int) -> set[str]:
        return set(_TOKEN.findall(key(text[pieces[i][0] : pieces[i][1]], toned)))

    have: set[str] = set()
    for i in range(lo, hi + 1):
        have |= tokens(i)
    while True:
        options: list[tuple[float, int, int]] = []
        if lo > 0 and pieces[lo][0] not in strong and pieces[hi][1] - pieces[lo - 1][0] <= limit:
            new = tokens(lo - 1) - have
            options.append((sum(weight.get(t, 0.0) for t in new) + 0.01, lo - 1, hi))
        if (
            hi + 1 < len(pieces)
            and pieces[hi][1] not in strong
            and pieces[hi + 1][1] - pieces[lo][0] <= limit
        ):
            new = tokens(hi + 1) - have
            options.append((sum(weight.get(t, 0.0) for t in new), lo, hi + 1))
        if not options:
            break
        gain, new_lo, new_hi = max(options)
        short = len(text[pieces[lo][0] : pieces[hi][1]].strip()) < 40
        if gain <= 0.02 and not short:
            break
        lo, hi = new_lo, new_hi
        have |= tokens(lo) | tokens(hi)
    return _strip_span(text, pieces[lo][0], pieces[hi][1])


def _char_window(text: str, fa: int, fb: int, limit: int) -> tuple[int, int]:
    half = max(0, (limit - (fb - fa)) // 2)
    a = max(0, fa - half)
    b = min(len(text), a + limit)
    if a > 0:
        space = text.find(" ", a, fa)
        a = space + 1 if space >= 0 else a
    if b < len(text):
        space = text.rfind(" ", fb, b)
        b = space if space >= 0 else b
    return _strip_span(text, a, b)


def _tidy(answer: str) -> str:
    answer = " ".join(answer.split()).strip(" ,;:-–")
    if answer.endswith("(") or answer.count("(") > answer.count(")"):
        answer = answer.rstrip("( ")
        if answer.count("(") > answer.count(")"):
            answer += ")"
    if len(answer) > MAX_ANSWER_CHARS:
        cut = answer.rfind(" ", 0, MAX_ANSWER_CHARS - 1)
        answer = answer[: cut if cut > 0 else MAX_ANSWER_CHARS - 1].rstrip(" ,;:") + "…"
    return answer


# ---------------------------------------------------------------------------- candidates


@dataclass
class _Candidate:
    unit: _Unit
    evidence: float  # 0..1 term coverage
    prior: float  # retrieval rank prior
    score: float = 0.0
    answer: str | None = None
    focus: tuple[int, int] | None = None  # in unit text
    quality: float = 0.0
    mention: _Mention | None = None
    extra: tuple[tuple[int, int], ...] = ()  # more spans of the unit's document that support it


@dataclass
class _Question:
    route: Route
    toned: bool  # match words with their diacritics
    terms: tuple[str, ...]
    weights: dict[str, float]
    total: float
    bigrams: frozenset[tuple[str, str]]
    all_bigrams: frozenset[tuple[str, str]]  # consecutive words, function words included
    all_tokens: frozenset[str]  # every word of the question but the question words
    scope: set[str] | None  # document ids, None = all
    own_doc: str | None  # the document the question names by number
    number_filter: tuple[str, ...]  # cited document numbers the evidence must contain
    unsupported: str | None = None
    notes: list[str] = field(default_factory=list)
    localities: tuple[str, ...] = ()  # folded names the question gives


# ---------------------------------------------------------------------------- the answerer

# Phrases that say what kind of answer is wanted; documents often leave them out ("tỷ lệ ... là
# bao nhiêu" is answered by "80% thủ tục ..."), so they weigh less as evidence.
_QUESTION_PHRASES = (
    ("ty", "le"),
    ("ti", "le"),
    ("phan", "tram"),
    ("so", "luong"),
    ("tong", "so"),
    ("chi", "tieu"),
    ("muc", "tieu"),
    ("phan", "dau"),
    ("xep", "hang"),
    ("xep", "thu"),
    ("thu", "hang"),
    ("con", "so"),
    ("so", "hieu"),
    ("tong", "cong"),
)
_QUESTION_WORDS = frozenset({"bao", "nhiêu", "nhieu", "mấy", "may", "nào", "nao", "gì", "gi"})


class Answerer:
    """Answers questions over one opened index version."""

    def __init__(self, reader: IndexReader, retriever: Any | None = None) -> None:
        started = time.perf_counter()
        self.reader = reader
        self.retriever = retriever
        self.documents: dict[str, DocumentRow] = {d.meta.doc_id: d for d in reader.documents()}
        self.texts: dict[str, str] = {d: reader.document_text(d) for d in self.documents}
        self.units: list[_Unit] = []
        self._doc_units: dict[str, list[int]] = {}
        self._doc_starts: dict[str, list[int]] = {}
        self._passage_span: dict[int, tuple[str, int, int]] = {}
        self._section_of_passage: dict[int, str] = {}
        for doc_id in self.documents:
            self._build_units(doc_id)
        self._index_terms()
        self._build_gazetteer()
        self.citations: list[CitationRow] = reader.citations()
        self._citations_by_doc: dict[str, list[CitationRow]] = {}
        for row in self.citations:
            self._citations_by_doc.setdefault(row.doc_id, []).append(row)
        self.targets: list[TargetRow] = reader.targets()
        logger.info(
            "answerer ready: %d documents, %d units in %.2f s",
            len(self.documents),
            len(self.units),
            time.perf_counter() - started,
        )

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def open(cls, index_dir: Path, *, embedder: Any | None = None) -> Answerer:
        """Open the live index version in ``index_dir`` with its retriever (when available)."""
        reader = IndexReader.open(index_dir)
        retriever = None
        try:
            from qa_service.retrieval import Retriever

            retriever = Retriever.open(reader.version_dir, embedder=embedder)
        except ImportError:
            logger.warning("qa_service.retrieval is not available: lexical evidence only")
        return cls(reader, retriever)

    @property
    def version(self) -> str:
        return self.reader.version

    def close(self) -> None:
        closer = getattr(self.retriever, "close", None)
        if callable(closer):
            closer()
        self.reader.close()

    # -- building ----------------------------------------------------------------------------
    def _build_units(self, doc_id: str) -> None:
        text = self.texts[doc_id]
        clean = clean_text(text)
        ctext = clean.text
        sections = self.reader.sections(doc_id)
        paths = section_paths(sections)
        ordered = sorted(sections, key=lambda s: (s.start, s.level))
        sec_starts = [s.start for s in ordered]
        passages = self.reader.document_passages(doc_id)
        for p in passages:
            self._passage_span[p.id] = (doc_id, p.start, p.end)
            self._section_of_passage[p.id] = p.section_path
        rows = sorted((p for p in passages if p.kind == "table_row"), key=lambda p: p.start)
        row_starts = [p.start for p in rows]
        title = self.documents[doc_id].meta.title or ""

        def section_at(pos: int) -> str:
            k = bisect.bisect_right(sec_starts, pos) - 1
            while k >= 0:
                s = ordered[k]
                if s.start <= pos < s.end and s.parent is not None:
                    return paths.get(s.id, "")
                k -= 1
            return ""

        def row_context(pos: int) -> str:
            k = bisect.bisect_right(row_starts, pos) - 1
            if k >= 0 and rows[k].start <= pos < rows[k].end:
                return rows[k].text
            return ""

        # Heading-like lines read from the document text itself: cleaning may drop a heading
        # repeated verbatim ("b) Đến năm 2030") as if it were a running page header.
        head_starts: list[int] = []
        head_texts: list[str] = []
        head_spans: list[tuple[int, int]] = []
        position = 0
        for raw_line in text.split("\n"):
            line = _MARKUP.sub("", raw_line).strip()
            if (
                line
                and "\t" not in line
                and not line.startswith("|")
                and len(line) <= 100
                and _HEADING_LINE.match(line)
                and not line.endswith((".", ";", ","))
            ):
                head_starts.append(position)
                head_texts.append(fold(line))
                lead = len(raw_line) - len(raw_line.lstrip())
                head_spans.append((position + lead, position + len(raw_line.rstrip())))
            position += len(raw_line) + 1

        def heading_at(pos: int) -> str:
            k = bisect.bisect_right(head_starts, pos - 1) - 1
            return head_texts[k] if k >= 0 else ""

        def heading_span_at(pos: int) -> tuple[int, int] | None:
            k = bisect.bisect_right(head_starts, pos - 1) - 1
            return head_spans[k] if k >= 0 else None

        ids: list[int] = []
        offset = 0
        for line in ctext.split("\n"):
            line_start = offset
            offset += len(line) + 1
            if not line.strip():
                continue
            is_row = "\t" in line or line.lstrip().startswith("|")
            if is_row:
                if _PIPE_SEPARATOR.match(line):
                    continue
                spans = [(0, len(line))]
            else:
                spans = []
                for a, b in _sentences(line):
                    spans.extend(_cut_long(line, a, b))
            for a, b in spans:
                a, b = _strip_span(line, a, b)
                if b - a < 2:
                    continue
                cells: tuple[str, ...] = ()
                if is_row:
                    raw_cells = re.split(r"\t|\|", line[a:b])
                    cells = tuple(" ".join(c.split()) for c in raw_cells)
                    if not any(cells):
                        continue
                    unit_text = " | ".join(c for c in cells if c)
                else:
                    unit_text = " ".join(line[a:b].split())
                start, end = clean.to_original(line_start + a, line_start + b)
                section = section_at(start)
                context = row_context(start) if is_row else ""
                folded = fold(unit_text)
                context_folded = fold(f"{section} {context}")
                toned = tone_key(unit_text)
                context_toned = tone_key(f"{section} {context}")
                unit = _Unit(
                    idx=len(self.units),
                    doc_id=doc_id,
                    start=start,
                    end=end,
                    text=unit_text,
                    kind="row" if is_row else "text",
                    section=section or (context.split(" — ")[0] if context else ""),
                    cells=cells,
                    folded=folded,
                    terms=frozenset(content_terms(folded)),
                    context_terms=frozenset(content_terms(context_folded)),
                    bigrams=_bigrams(folded) | _bigrams(context_folded),
                    tterms=frozenset(content_terms(toned, True)),
                    tcontext_terms=frozenset(content_terms(context_toned, True)),
                    tbigrams=_bigrams(toned) | _bigrams(context_toned),
                    context_folded=f"{context_folded} || {fold(title)}",
                    heading=heading_at(start),
                    heading_span=heading_span_at(start),
                )
                self.units.append(unit)
                ids.append(unit.idx)
        ids.sort(key=lambda i: self.units[i].start)
        self._doc_units[doc_id] = ids
        self._doc_starts[doc_id] = [self.units[i].start for i in ids]

    def _index_terms(self) -> None:
        """Document frequencies and postings of unit terms, folded and toned."""
        n = max(1, len(self.units))
        self._n_units = n
        self._idf_unknown = math.log((n + 1) / 0.5)
        self._df: dict[bool, dict[str, int]] = {}
        self._idf: dict[bool, dict[str, float]] = {}
        self._postings: dict[bool, dict[str, list[int]]] = {}
        for toned in (False, True):
            df: dict[str, int] = {}
            postings: dict[str, list[int]] = {}
            for unit in self.units:
                terms, context, _ = _unit_sets(unit, toned)
                for term in terms | context:
                    df[term] = df.get(term, 0) + 1
                    postings.setdefault(term, []).append(unit.idx)
            self._df[toned] = df
            self._postings[toned] = postings
            self._idf[toned] = {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}

    def _build_gazetteer(self) -> None:
        """Locality names (folded) → documents: their own place, and places they mention."""
        self._own: dict[str, set[str]] = {}
        self._mentioned: dict[str, set[str]] = {}
        for doc_id, row in self.documents.items():
            meta = row.meta
            own: set[str] = set()
            if meta.place:
                own.add(_plain(meta.place))
            for source in (meta.issuer or "", meta.title or ""):
                for match in _LOCALITY_IN_TEXT.finditer(source):
                    name = _place_name(match.group(2))
                    if name:
                        own.add(name)
            mentioned: dict[str, int] = {}
            for match in _LOCALITY_IN_TEXT.finditer(self.texts[doc_id]):
                name = _place_name(match.group(2))
                if name:
                    mentioned[name] = mentioned.get(name, 0) + 1
                    if _plain(match.group(1)) in ("huyen", "thi xa", "thanh pho", "quan"):
                        mentioned.setdefault(f"#{name}", 0)
                        mentioned[f"#{name}"] += 1
            if not own:  # no header: the district or town the text names most
                local = {k[1:]: v for k, v in mentioned.items() if k.startswith("#")}
                if local:
                    own.add(max(local, key=local.__getitem__))
            for name in own:
                self._own.setdefault(name, set()).add(doc_id)
            for name in mentioned:
                if not name.startswith("#"):
                    self._mentioned.setdefault(name, set()).add(doc_id)
        self._known_names = sorted(set(self._own) | set(self._mentioned), key=len, reverse=True)

    # -- question analysis -----------------------------------------------------------------
    def _weight(self, term: str, toned: bool) -> float:
        # A word the corpus never uses is either the indicator it does not hold ("hộ nghèo")
        # or a paraphrase ("muốn"): half the weight of the rarest word; see _missing_rare_term.
        return self._idf[toned].get(term, 0.5 * self._idf_unknown)

    def _analyse(self, route: Route, filters: Mapping[str, Any] | None) -> _Question:
        scope: set[str] | None = None
        unsupported: str | None = None
        notes: list[str] = []
        plain_q = _plain(route.question)
        locality_words: set[str] = set()

        # localities named with a unit word, then bare known names
        named: list[str] = []
        for mention in route.localities:
            resolved = self._resolve_locality(mention)
            if resolved is None:
                if mention.certain or self._looks_like_name(mention):
                    unsupported = f"locality {mention.unit} {mention.name}"
                continue
            named.append(resolved)
        for name in self._known_names:
            if re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", plain_q) and not any(
                name in n for n in named
            ):
                named.append(name)
        if named:
            docs: set[str] = set()
            for name in named:
                own = self._own.get(name)
                if own:  # the scope says it; a place the documents only mention stays a term
                    locality_words.update(name.split())
                docs |= own if own else self._mentioned.get(name, set())
            scope = docs
            notes.append(f"localities={named}")

        # document numbers: the question's own document, or cited documents to look for
        own_doc: str | None = None
        number_filter: list[str] = []
        for number in route.doc_numbers:
            owner = self._own_number(number)
            if owner is not None:
                own_doc = owner
                continue
            if self._cited(number):
                number_filter.append(number)
            else:
                unsupported = unsupported or f"document number {number}"
        if own_doc is not None:
            scope = {own_doc} if scope is None or own_doc in scope else set()
            if not scope:
                unsupported = unsupported or "document and locality disagree"

        if filters:
            wanted = filters.get("doc_ids")
            if wanted:
                scope = set(wanted) & (scope if scope is not None else set(self.documents))
            doc_type = filters.get("doc_type")
            if doc_type:
                keep = {
                    d
                    for d, row in self.documents.items()
                    if row.meta.doc_type and _plain(row.meta.doc_type) == _plain(doc_type)
                }
                scope = keep & (scope if scope is not None else set(self.documents))
            year = filters.get("year")
            if year:
                keep = {d for d, row in self.documents.items() if self._doc_has_year(d, int(year))}
                scope = keep & (scope if scope is not None else set(self.documents))
        if scope is not None and not scope:
            unsupported = unsupported or "no document matches the filters"

        toned = route.accented
        terms = tuple(t for t in route.terms if strip_diacritics(t) not in locality_words)
        weights = {t: self._weight(t, toned) for t in terms}
        for first, second in _QUESTION_PHRASES:  # words of the question form, not its topic
            if re.search(rf"\b{first} {second}\b", route.folded):
                for term in terms:
                    if strip_diacritics(term) in (first, second):
                        weights[term] *= 0.3
        q_tokens = [
            t for t in _TOKEN.findall(route.keyed) if strip_diacritics(t) not in locality_words
        ]
        q_bigrams = frozenset(
            (x, y)
            for x, y in zip(q_tokens, q_tokens[1:], strict=False)
            if x in weights or y in weights
        )
        return _Question(
            route=route,
            toned=toned,
            terms=terms,
            weights=weights,
            total=sum(weights.values()),
            bigrams=q_bigrams,
            all_bigrams=frozenset(zip(q_tokens, q_tokens[1:], strict=False)),
            all_tokens=frozenset(q_tokens) - _QUESTION_WORDS,
            scope=scope,
            own_doc=own_doc,
            number_filter=tuple(number_filter),
            unsupported=unsupported,
            notes=notes,
            localities=tuple(named),
        )

    def _first_locality(self, folded: str) -> str | None:
        """The known locality name that occurs first in ``folded`` (None if none does)."""
        best: tuple[int, str] | None = None
        for name in self._known_names:
            at = folded.find(name)
            if at >= 0 and (best is None or at < best[0]):
                best = (at, name)
        return best[1] if best else None

    def _resolve_locality(self, mention: LocalityMention) -> str | None:
        words = mention.name.split()
        for k in range(len(words), 0, -1):
            name = " ".join(words[:k])
            if name in self._own or name in self._mentioned:
                return name
        return None

    @staticmethod
    def _looks_like_name(mention: LocalityMention) -> bool:
        return len(mention.name.split()) >= 2

    def _own_number(self, number: str) -> str | None:
        key = _plain(number).replace(" ", "")
        for doc_id, row in self.documents.items():
            own = row.meta.number
            if not own:
                continue
            own_key = _plain(own).replace(" ", "")
            if key == own_key or ("/" not in key and own_key.split("/")[0] == key):
                return doc_id
        return None

    def _cited(self, number: str) -> bool:
        key = _plain(number).replace(" ", "")
        if "/" in key:
            return any(key in _plain(t).replace(" ", "") for t in self.texts.values())
        pattern = re.compile(rf"(?<![\d/]){re.escape(key)}/")
        return any(pattern.search(t) for t in self.texts.values())

    def _doc_has_year(self, doc_id: str, year: int) -> bool:
        meta = self.documents[doc_id].meta
        return str(year) in f"{meta.date or ''} {meta.title or ''}"

    # -- evidence ----------------------------------------------------------------------------
    def _evidence(self, q: _Question, unit: _Unit) -> float:
        if q.total <= 0:
            return 0.0
        terms, context_terms, bigrams = _unit_sets(unit, q.toned)
        direct = sum(w for t, w in q.weights.items() if t in terms)
        context = sum(w for t, w in q.weights.items() if t not in terms and t in context_terms)
        coverage = (direct + 0.5 * context) / q.total
        if q.bigrams:
            phrase = len(q.bigrams & bigrams) / len(q.bigrams)
            return 0.75 * coverage + 0.25 * phrase
        return coverage

    @staticmethod
    def _tokens(q: _Question, text: str) -> set[str]:
        """Tokens of ``text`` in the question's matching form (toned or folded)."""
        return set(_TOKEN.findall(key(text, q.toned)))

    def _direct_share(self, q: _Question, unit: _Unit) -> float:
        if q.total <= 0:
            return 0.0
        terms = _unit_sets(unit, q.toned)[0]
        return sum(w for t, w in q.weights.items() if t in terms) / q.total

    def _constraint_factor(self, q: _Question, unit: _Unit, text: str | None = None) -> float:
        """1.0 when the years and periods asked for are in the evidence, less when only its
        section or document says so, 0 when absent or when its section is about another year."""
        factor = 1.0
        own = fold(text) if text is not None else unit.folded
        section, _, title = unit.context_folded.partition(" || ")
        meta = self.documents[unit.doc_id].meta
        date_year = (meta.date or "")[:4]
        for year in q.route.years:
            y = str(year)
            explicit = _explicit_year(y, own)
            if _EXPLICIT_YEAR.search(unit.heading):  # "b) Đến năm 2030" just above
                if y in unit.heading or explicit:
                    factor *= 1.0 if explicit else 0.95
                elif self._in_range(year, unit.heading):
                    factor *= 0.75
                else:
                    return 0.0
                continue
            if explicit:
                continue
            if re.search(rf"(?<!\d){y}(?!\d)", section):
                factor *= 0.92
                continue
            if self._in_range(year, section):
                factor *= 0.75
                continue
            if _EXPLICIT_YEAR.search(section):  # the section is about another year
                return 0.0
            if re.search(rf"(?<!\d){y}(?!\d)", title) or date_year == y:
                factor *= 0.8
            elif self._in_range(year, f"{own} {title}"):
                factor *= 0.7
            else:
                return 0.0
        for period in q.route.periods:
            pattern = rf"\b{re.escape(period)}\b"
            if re.search(pattern, own):
                continue
            if re.search(pattern, section) or re.search(pattern, title):
                factor *= 0.9
            else:
                return 0.0
        for first, last in q.route.ranges:  # "giai đoạn 2021-2030": the same span written
            pattern = rf"(?<!\d){first}\s*[-–]\s*{last}(?!\d)"
            if not any(re.search(pattern, x) for x in (own, section, title, unit.heading)):
                return 0.0
        return factor

    @staticmethod
    def _in_range(year: int, folded: str) -> bool:
        for a, b in re.findall(r"((?:19|20)\d{2})\s*-\s*((?:19|20)\d{2})", folded):
            if int(a) <= year <= int(b):
                return True
        return False

    def _candidate_units(self, q: _Question, hits: Sequence[tuple[int, float]]) -> dict[int, float]:
        """Unit index → retrieval prior, from retrieved passages and the term postings."""
        priors: dict[int, float] = {}
        n_hits = max(1, len(hits))
        for rank, (passage_id, _score) in enumerate(hits):
            span = self._passage_span.get(passage_id)
            if span is None:
                continue
            doc_id, ps, pe = span
            starts = self._doc_starts.get(doc_id, [])
            ids = self._doc_units.get(doc_id, [])
            k = bisect.bisect_left(starts, ps)
            while k > 0 and self.units[ids[k - 1]].end > ps:
                k -= 1
            prior = 0.12 * (1.0 - rank / n_hits)
            while k < len(ids) and self.units[ids[k]].start < pe:
                idx = ids[k]
                priors[idx] = max(priors.get(idx, 0.0), prior)
                k += 1
        limit = max(40, self._n_units // 4)
        for term in q.terms:
            posting = self._postings[q.toned].get(term, [])
            if len(posting) > limit:
                continue
            for idx in posting:
                priors.setdefault(idx, 0.0)
        if q.scope is not None:
            priors = {i: p for i, p in priors.items() if self.units[i].doc_id in q.scope}
        if q.number_filter:
            keys = [_plain(n).replace(" ", "") for n in q.number_filter]
            priors = {
                i: p
                for i, p in priors.items()
                if any(k in self.units[i].folded.replace(" ", "") for k in keys)
            }
            if not priors:  # the cited number may be outside the retrieved passages
                for i, unit in enumerate(self.units):
                    if any(k in unit.folded.replace(" ", "") for k in keys):
                        priors[i] = 0.0
                if q.scope is not None:
                    priors = {i: p for i, p in priors.items() if self.units[i].doc_id in q.scope}
        return priors

    def _retrieve(self, q: _Question) -> list[tuple[int, float]]:
        if self.retriever is None:
            return []
        kwargs: dict[str, Any] = {"k": _RETRIEVE_K, "method": "hybrid"}
        if q.scope is not None and len(q.scope) < len(self.documents):
            filters = _search_filters(doc_ids=tuple(sorted(q.scope)))
            if filters is not None:
                kwargs["filters"] = filters
        try:
            result = self.retriever.search(q.route.query, **kwargs)
        except Exception:  # retrieval is a prior here; lexical evidence still answers
            logger.exception("retrieval failed for %r", q.route.query)
            return []
        return [(int(h.passage_id), float(h.score)) for h in result.hits]

    # -- main entry --------------------------------------------------------------------------
    def ask(
        self, question: str, *, top_k: int = 5, filters: Mapping[str, Any] | None = None
    ) -> AskResult:
        timings: dict[str, float] = {}
        t0 = time.perf_counter()
        route = route_question(question)
        q = self._analyse(route, filters)
        timings["route"] = _ms(t0)

        t1 = time.perf_counter()
        hits = self._retrieve(q) if q.unsupported is None else self._retrieve_unscoped(q)
        timings["retrieve"] = _ms(t1)

        t2 = time.perf_counter()
        priors = self._candidate_units(q, hits) if q.unsupported is None else {}
        scored = self._score_units(q, priors)
        timings["evidence"] = _ms(t2)

        t3 = time.perf_counter()
        result: tuple[str, list[_Candidate], float, Comparison | None] | None = None
        if q.unsupported is None:
            result = self._compose(q, scored, top_k)
        if result is not None:
            answer, support, confidence, comparison = result
            sources = self._sources(q, support, scored, top_k)
            quotes = [s.quote for s in sources]
            if not numbers_supported(answer, quotes) or len(answer) > MAX_ANSWER_CHARS:
                logger.info("number check failed for %r: %r", question, answer)
                result = None
        if result is None:
            sources = self._closest(q, scored, hits, top_k)
            answer_out, found, comparison = None, False, None
            confidence = self._abstain_confidence(scored)
        else:
            answer_out, found = answer, True
        timings["compose"] = _ms(t3)
        citations = self._citations_in(sources)
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

    def _retrieve_unscoped(self, q: _Question) -> list[tuple[int, float]]:
        """Closest passages for an unanswerable question (no scope, no answer)."""
        if self.retriever is None:
            return []
        try:
            result = self.retriever.search(q.route.query, k=10, method="hybrid")
        except Exception:
            logger.exception("retrieval failed for %r", q.route.query)
            return []
        return [(int(h.passage_id), float(h.score)) for h in result.hits]

    def _score_units(self, q: _Question, priors: Mapping[int, float]) -> list[_Candidate]:
        out = []
        for idx, prior in priors.items():
            unit = self.units[idx]
            evidence = self._evidence(q, unit)
            out.append(_Candidate(unit=unit, evidence=evidence, prior=prior))
        out.sort(key=lambda c: c.evidence + c.prior, reverse=True)
        return out[:200]

    # -- composing by intent -----------------------------------------------------------------
    def _compose(
        self, q: _Question, scored: list[_Candidate], top_k: int
    ) -> tuple[str, list[_Candidate], float, Comparison | None] | None:
        intent = q.route.intent
        if intent == "signer":
            return self._answer_signer(q, scored)
        if intent == "list":
            return self._answer_list(q, scored, top_k)
        if intent == "compare":
            compared = self._answer_compare(q, top_k)
            if compared is not None:
                return compared
            intent = "figure"
        if intent == "date":
            own = self._answer_document_date(q, scored)
            if own is not None:
                return own
        best = self._best_unit_answer(q, scored, intent)
        if best is None and intent in ("score", "target", "figure", "decision", "date"):
            return None
        if best is None:
            return None
        return best.answer or "", [best], best.score, None

    def _best_unit_answer(
        self, q: _Question, scored: list[_Candidate], intent: str
    ) -> _Candidate | None:
        best: _Candidate | None = None
        for cand in scored[:80]:
            if cand.evidence < 0.2 or self._direct_share(q, cand.unit) < 0.25:
                continue
            extracted = self._extract(q, cand, intent)
            if extracted is None:
                continue
            answer, focus, quality, factor_text, mention = extracted
            factor = self._constraint_factor(q, cand.unit, factor_text)
            if factor <= 0:
                continue
            score = (0.65 * cand.evidence + 0.35 * quality) * factor + cand.prior
            if best is None or score > best.score:
                cand.answer, cand.focus, cand.quality = answer, focus, quality
                cand.score, cand.mention = score, mention
                best = cand
        if best is None or best.score < _FOUND_THRESHOLD or best.evidence < _MIN_EVIDENCE:
            return None
        if self._missing_rare_term(q, best):
            return None
        return best

    def _missing_rare_term(self, q: _Question, cand: _Candidate) -> bool:
        """Words the corpus never uses make up much of the question: it asks about something
        the documents do not hold ("tỷ lệ hộ nghèo", "tiêm chủng")."""
        if q.total <= 0:
            return False
        unknown = sum(w for t, w in q.weights.items() if t not in self._df[q.toned])
        return unknown / q.total >= _UNKNOWN_SHARE

    def _extract(
        self, q: _Question, cand: _Candidate, intent: str
    ) -> tuple[str, tuple[int, int], float, str | None, _Mention | None] | None:
        """(answer, focus in unit text, quality 0..1, text for constraints, mention) or None."""
        unit = cand.unit
        text = unit.text
        if intent in ("decision", "date"):
            mentions = _mentions(text)
            if q.number_filter:
                keys = [_plain(n).replace(" ", "") for n in q.number_filter]
                mentions = [m for m in mentions if any(k in _plain(m.number) for k in keys)]
            chosen = self._best_mention(q, mentions, need_date=intent == "date")
            if chosen is not None:
                mention, quality = chosen
                answer = text[mention.start : mention.end]
                if intent == "date" and mention.date:
                    answer = text[mention.start : mention.end]
                window = text[mention.start : mention.end] + " " + mention.subject
                return _tidy(answer), (mention.start, mention.end), quality, window, mention
            if intent == "decision":
                return None
            dates = list(_DATE_EXPR.finditer(text))
            if not dates:
                return None
            focus = max(dates, key=lambda m: self._local_gain(q, text, m.start(), m.end()))
            return self._window_answer(q, unit, (focus.start(), focus.end()), 0.7)
        if intent in ("figure", "score", "target"):
            return self._value_answer(q, unit, intent)
        # general
        if _ENTITY_QUESTION.search(q.route.folded):
            entity = self._entity_answer(q, cand)
            if entity is not None:
                return entity
        focus = self._densest(q, text)
        if unit.kind == "row":
            return self._window_answer(q, unit, focus, 0.6)
        start, end = _clause_window(text, focus, q.weights, q.toned)
        window = text[start:end].rstrip()
        rest = text[end:]
        if window.endswith(":") or rest.lstrip().startswith(":") or _ENDS_WITH_LA.search(window):
            # "... là: Cải cách thể chế; ...": what follows is the answer
            gap = len(rest) - len(rest.lstrip())
            after = end + gap + (1 if rest.lstrip().startswith(":") else 0)
            stop = _STRONG.search(text, after)
            after_end = stop.start() if stop else len(text)
            if after_end - start <= MAX_ANSWER_CHARS:
                end = after_end
            else:
                start, end = _char_window(text, after, after_end, MAX_ANSWER_CHARS)
        return _tidy(text[start:end]), focus, 0.6, text[start:end], None

    def _entity_answer(
        self, q: _Question, cand: _Candidate
    ) -> tuple[str, tuple[int, int], float, str | None, _Mention | None] | None:
        """ "Phòng nào chủ trì ...?": the body named in the unit, or heading the unit's section
        when the unit leaves its subject out ("4. Phòng Tư pháp" / "- Chủ trì tham mưu ...")."""
        unit = cand.unit
        text = unit.text
        if unit.heading_span is not None and unit.kind == "text":
            hs, he = unit.heading_span
            heading = _MARKUP.sub("", self.texts[unit.doc_id][hs:he]).strip()
            heading = re.sub(r"^(?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)]\s*", "", heading)
            if _AGENCY.match(heading) and not _AGENCY.search(text[:40]):
                focus = self._densest(q, text)
                a, b = _clause_window(text, focus, q.weights, q.toned, MAX_ANSWER_CHARS - 60)
                cand.extra = ((hs, he),)
                return _tidy(f"{heading}: {text[a:b]}"), focus, 0.8, text[a:b], None
        found = list(_AGENCY.finditer(text))
        if not found:
            return None
        best = max(found, key=lambda m: self._local_gain(q, text, m.start(), m.end(), 50))
        return self._window_answer(q, unit, (best.start(), best.end()), 0.7)

    def _window_answer(
        self, q: _Question, unit: _Unit, focus: tuple[int, int], quality: float
    ) -> tuple[str, tuple[int, int], float, str | None, _Mention | None]:
        if unit.kind == "row":
            answer = self._row_answer(unit, focus)
            return answer, focus, quality, None, None
        a, b = _clause_window(unit.text, focus, q.weights, q.toned)
        return _tidy(unit.text[a:b]), focus, quality, unit.text[a:b], None

    def _row_answer(self, unit: _Unit, focus: tuple[int, int]) -> str:
        cells = [c for c in unit.cells if c]
        if cells and _STT.match(cells[0]):
            cells = cells[1:]
        if not cells:
            return _tidy(unit.text)
        label, rest = cells[0], cells[1:]
        focus_text = unit.text[focus[0] : focus[1]]
        values = [c for c in rest if _NUMBER.search(c) or focus_text and focus_text in c]
        others = [c for c in rest if c not in values and len(c) <= 24]
        tail = " ".join(values + [o for o in others if o not in ("%",)]) or " ".join(rest)
        room = MAX_ANSWER_CHARS - len(tail) - 2
        if len(label) > room:
            cut = label.rfind(" ", 0, max(10, room - 1))
            label = label[: cut if cut > 0 else room - 1] + "…"
        return _tidy(f"{label}: {tail}" if tail else label)

    def _densest(self, q: _Question, text: str) -> tuple[int, int]:
        """Span of the unit text around the question words (for general answers)."""
        best, best_gain = (0, min(len(text), 1)), -1.0
        for match in re.finditer(r"[^,;:()]+", text):
            gain = self._local_gain(q, text, match.start(), match.end())
            if gain > best_gain:
                best, best_gain = (match.start(), match.end()), gain
        return best

    def _left_context(
        self, q: _Question, text: str, a: int, unit_words: str = "", width: int = 48
    ) -> float:
        """How much the words just before a number echo the question: its weighted words, its
        word pairs and the share of the words there that the question uses (function words
        count: "đang giải quyết 47" answers "đang giải quyết bao nhiêu")."""
        if q.total <= 0:
            return 0.0
        start = max(0, a - width)
        stop = max(text.rfind(";", start, a), text.rfind(". ", start, a))
        window = text[(stop + 1) if stop >= 0 else start : a]
        trimmed = window.rstrip(" :(")  # "cấp xã là: 109": the clause is "cấp xã là"
        weak = max((m.end() for m in _WEAK.finditer(trimmed)), default=0)
        clause = trimmed[weak:]
        skip = set(unit_words.split())  # what is counted ("hồ sơ") follows the number

        def echo(segment: str) -> float:
            tokens = [
                t
                for t in _TOKEN.findall(key(segment, q.toned))
                if not t[0].isdigit() and strip_diacritics(t) not in skip
            ]
            if not tokens:
                return 0.0
            present = set(tokens)
            weight = sum(w for t, w in q.weights.items() if t in present) / q.total
            pairs = set(zip(tokens, tokens[1:], strict=False))
            phrase = len(pairs & q.all_bigrams) / max(1, min(len(q.all_bigrams), 4))
            precision = len(present & q.all_tokens) / len(present)
            return min(1.0, 0.4 * weight + 0.3 * phrase + 0.3 * precision)

        # the nearest content words before the number, closest first: are they the question's?
        stop_words = _STOP_WORDS_TONED if q.toned else _STOP_WORDS
        nearest = [
            t
            for t in reversed(_TOKEN.findall(key(window, q.toned)))
            if not t[0].isdigit() and t not in stop_words and strip_diacritics(t) not in skip
        ][:4]
        near = sum((1.0 / (1 + i / 3)) * (t in q.all_tokens) for i, t in enumerate(nearest)) / sum(
            1.0 / (1 + i / 3) for i in range(4)
        )
        return 0.5 * echo(clause) + 0.2 * echo(window) + 0.3 * near

    def _clause_coverage(self, q: _Question, text: str, a: int, b: int) -> float:
        """Share of the question's weight inside the ";"-bounded clause holding [a, b)."""
        if q.total <= 0:
            return 0.0
        left = max(text.rfind(";", 0, a), text.rfind(". ", 0, a))
        right_candidates = [i for i in (text.find(";", b), text.find(". ", b)) if i >= 0]
        right = min(right_candidates) if right_candidates else len(text)
        tokens = self._tokens(q, text[left + 1 : right])
        return sum(w for t, w in q.weights.items() if t in tokens) / q.total

    def _local_gain(self, q: _Question, text: str, a: int, b: int, radius: int = 60) -> float:
        tokens = self._tokens(q, text[max(0, a - radius) : b + radius])
        return sum(w for t, w in q.weights.items() if t in tokens)

    def _best_mention(
        self, q: _Question, mentions: list[_Mention], *, need_date: bool
    ) -> tuple[_Mention, float] | None:
        best: tuple[_Mention, float] | None = None
        asked = set(q.route.doc_types)
        for mention in mentions:
            if need_date and not mention.date:
                continue
            tokens = self._tokens(q, f"{mention.text} {mention.subject}")
            wider = tokens | self._tokens(q, mention.before)
            coverage = (
                max(
                    sum(w for t, w in q.weights.items() if t in tokens) / q.total,
                    0.85 * sum(w for t, w in q.weights.items() if t in wider) / q.total,
                )
                if q.total
                else 0.5
            )
            quality = coverage
            if asked and "van ban" not in asked:
                if mention.kind not in asked:
                    continue  # "quyết định nào" is not answered by a kế hoạch
                quality += 0.25
            if q.localities:  # the first place the mention's subject names: asked or another
                first = self._first_locality(_plain(mention.subject))
                if first is not None:
                    quality += 0.15 if any(first in n or n in first for n in q.localities) else -0.2
            if mention.date:
                quality += 0.05
            if best is None or quality > best[1]:
                best = (mention, quality)
        if best is None:
            return None
        return best[0], max(0.0, min(1.0, best[1]))

    def _value_answer(
        self, q: _Question, unit: _Unit, intent: str
    ) -> tuple[str, tuple[int, int], float, str | None, _Mention | None] | None:
        text = unit.text
        values = _values(text)
        row_unit = ""
        if unit.kind == "row":  # numbers of the value columns, not of the label or a legend
            cells, label_end = _row_value_cells(unit)
            values = [v for v in values if any(a <= v[0] < b for a, b in cells)]
            row_unit = fold(text[:label_end] + " " + " ".join(text[a:b] for a, b in cells))
        if not values:
            return None
        folded_q = q.route.folded
        wants_percent = bool(re.search(r"\b(ty le|ti le|phan tram)\b|%", folded_q))
        wants_rank = bool(re.search(r"\b(xep hang|xep thu|thu hang|thu may|vi tri)\b", folded_q))
        wants_score = bool(_SCORE_WORD.search(folded_q)) and not wants_rank
        expected = _expected_unit(folded_q)
        context = f"{unit.folded} {unit.context_folded.partition(' || ')[0]} {unit.heading}"
        target_context = bool(_TARGET_CUE.search(context))
        best: tuple[float, tuple[int, int, str]] | None = None
        asked_numbers = set(_NUMBER.findall(q.route.question))
        for a, b, raw in values:
            if raw.rstrip("% ") in asked_numbers:  # "mức độ 3,4" of the question is no answer
                continue
            quality = 0.5
            after = text[b : b + 12]
            before = text[max(0, a - 24) : a]
            is_score = bool(_SCORE_AFTER.match(after)) or ("/" in raw and "điểm" in text.lower())
            is_rank = bool(_RANK_BEFORE.search(before)) and "/" in raw
            if intent == "score" and not (is_score or is_rank):
                continue
            if (
                intent == "score"
                and target_context
                and not re.search(r"\b(phan dau|chi tieu|muc tieu)\b", folded_q)
            ):
                quality -= 0.35
            if intent == "target" and not target_context:
                quality -= 0.25
            if intent == "figure" and target_context and "/" not in raw:
                quality -= 0.05
            if wants_rank:
                quality += 0.3 if is_rank else -0.2
            elif wants_score:
                quality += 0.3 if is_score and not is_rank else -0.2
            if wants_percent:
                quality += 0.3 if raw.rstrip().endswith("%") else -0.2
            if expected and not wants_score:
                following = row_unit or fold(text[b : b + 30])
                head = expected.split()[0]
                if _unit_matches(head, following, anywhere=bool(row_unit)):
                    quality += 0.2 + (0.05 if _unit_matches(expected, following) else 0.0)
                else:
                    quality -= 0.15
            quality += 0.2 * self._clause_coverage(q, text, a, b)
            quality += 0.35 * self._left_context(q, text, a, expected or "")
            if best is None or quality > best[0]:
                best = (quality, (a, b, raw))
        if best is None:
            return None
        quality, (a, b, _raw) = best
        answer, focus, _, window, _ = self._window_answer(q, unit, (a, b), quality)
        return answer, focus, max(0.0, min(1.0, quality)), window, None

    # -- document-level intents --------------------------------------------------------------
    def _document_for(self, q: _Question, scored: list[_Candidate]) -> tuple[str, float] | None:
        """The document the question is about: by own number, then locality/type/title/evidence."""
        if q.own_doc is not None:
            return q.own_doc, 1.0
        pool = q.scope if q.scope is not None else set(self.documents)
        if not pool:
            return None
        type_words = re.findall(
            r"\b(bao cao|ke hoach|quyet dinh|nghi quyet|chuong trinh|de an|cong van)\b",
            q.route.folded,
        )
        support: dict[str, float] = {}
        for cand in scored[:30]:
            if cand.unit.doc_id in pool:
                support[cand.unit.doc_id] = max(support.get(cand.unit.doc_id, 0.0), cand.evidence)
        best: tuple[float, str] | None = None
        for doc_id in pool:
            meta = self.documents[doc_id].meta
            title_terms = self._tokens(q, f"{meta.title or ''} {meta.doc_type or ''}")
            coverage = (
                sum(w for t, w in q.weights.items() if t in title_terms) / q.total
                if q.total
                else 0.0
            )
            score = 0.5 * coverage + 0.3 * support.get(doc_id, 0.0)
            if type_words and meta.doc_type:
                score += 0.3 if _plain(meta.doc_type) in type_words else -0.3
            if (
                any(not self._doc_has_year(doc_id, y) for y in q.route.years)
                or any(
                    not re.search(rf"\b{re.escape(p)}\b", fold(meta.title or ""))
                    for p in q.route.periods
                )
                or any(
                    not re.search(rf"(?<!\d){a}\s*[-–]\s*{b}(?!\d)", self.texts[doc_id])
                    for a, b in q.route.ranges
                )
            ):
                continue  # another year or period than the question's
            if best is None or score > best[0]:
                best = (score, doc_id)
        if best is None:
            return None
        if q.scope is None and best[0] < 0.35:
            return None
        if best[0] < 0:
            return None
        return best[1], min(1.0, 0.5 + best[0] / 2)

    def _answer_signer(
        self, q: _Question, scored: list[_Candidate]
    ) -> tuple[str, list[_Candidate], float, None] | None:
        chosen = self._document_for(q, scored)
        if chosen is None:
            return None
        doc_id, confidence = chosen
        meta = self.documents[doc_id].meta
        if not meta.signer:
            return None
        text = self.texts[doc_id]
        at = text.rfind(meta.signer)
        if at < 0:
            return None
        start, end = at, at + len(meta.signer)
        if meta.signer_position:
            window_start = max(0, start - 160)
            block = text[window_start:start]
            found = match_key(block).rfind(match_key(meta.signer_position))
            if found >= 0:
                line_start = text.rfind("\n", 0, window_start + found) + 1
                start = line_start
        unit = self._synthetic_unit(doc_id, start, end)
        answer = meta.signer + (f" ({meta.signer_position})" if meta.signer_position else "")
        cand = _Candidate(unit=unit, evidence=1.0, prior=0.0, score=confidence, answer=answer)
        return _tidy(answer), [cand], confidence, None

    def _answer_document_date(
        self, q: _Question, scored: list[_Candidate]
    ) -> tuple[str, list[_Candidate], float, None] | None:
        """ "Báo cáo 96 ban hành ngày nào?": the date line of the document itself."""
        if q.own_doc is None:
            type_words = re.findall(
                r"\b(bao cao|ke hoach|quyet dinh|nghi quyet|chuong trinh|de an)\b",
                q.route.folded,
            )
            if not type_words or q.number_filter:
                return None
            chosen = self._document_for(q, scored)
            if chosen is None:
                return None
            doc_id, confidence = chosen
            meta = self.documents[doc_id].meta
            if not meta.doc_type or _plain(meta.doc_type) != type_words[0]:
                return None
            title_terms = self._tokens(q, meta.title or "")
            coverage = (
                sum(w for t, w in q.weights.items() if t in title_terms) / q.total
                if q.total
                else 0.0
            )
            if coverage < 0.5:
                return None
        else:
            doc_id, confidence = q.own_doc, 1.0
        text = self.texts[doc_id]
        head = text[: min(len(text), 1500)]
        match = _HEADER_DATE.search(head)
        if match is None:
            return None
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        start, end = _strip_span(text, line_start, line_end)
        unit = self._synthetic_unit(doc_id, start, end)
        answer = " ".join(match.group(0).split())
        cand = _Candidate(unit=unit, evidence=1.0, prior=0.0, score=confidence, answer=answer)
        return _tidy(answer), [cand], confidence, None

    def _answer_list(
        self, q: _Question, scored: list[_Candidate], top_k: int
    ) -> tuple[str, list[_Candidate], float, None] | None:
        chosen = self._document_for(q, scored)
        if chosen is None:
            return None
        doc_id, confidence = chosen
        asked = set(q.route.doc_types) | set(
            re.findall(
                r"\b(?:nhung|cac) (quyet dinh|ke hoach|nghi quyet|nghi dinh|chi thi|cong van"
                r"|thong tu)\b",
                q.route.folded,
            )
        )
        basis = bool(re.search(r"\bcan cu\b", q.route.folded))
        generic = {
            "van", "ban", "vien", "dan", "duoc", "cao", "hoach", "ke", "quyet", "dinh", "nghi",
            "thong", "tu", "chi", "thi", "cong", "nhung", "cac", "trong", "lien", "quan",
            "hanh", "can", "cu", "liet",
        }  # fmt: skip
        subject_terms = {t: w for t, w in q.weights.items() if strip_diacritics(t) not in generic}
        per_unit: list[tuple[_Unit, list[_Mention]]] = []
        for idx in self._doc_units[doc_id]:
            unit = self.units[idx]
            if unit.kind == "row":
                continue
            if basis and not unit.folded.startswith("can cu"):
                continue
            mentions = [
                m
                for m in _mentions(unit.text)
                if m.kind
                and (not asked or "van ban" in asked or m.kind in asked)
                and m.kind not in ("bao cao",)
                and not self._is_own_number(doc_id, m.number)
            ]
            if mentions:
                per_unit.append((unit, mentions))
        if not per_unit:
            return None
        if subject_terms:  # "những kế hoạch nào về tuyên truyền": keep mentions on that subject
            total = sum(subject_terms.values())

            def on_subject(m: _Mention) -> bool:
                tokens = self._tokens(q, m.subject)
                return sum(w for t, w in subject_terms.items() if t in tokens) / total >= 0.5

            focused = [(u, [m for m in ms if on_subject(m)]) for u, ms in per_unit]
            focused = [(u, ms) for u, ms in focused if ms]
            if focused:
                per_unit = focused
        chosen_units: list[tuple[_Unit, list[_Mention]]] = []
        seen: set[str] = set()
        ranked = sorted(per_unit, key=lambda um: -len({m.number for m in um[1]} - seen))
        for unit, mentions in ranked:
            new = [m for m in mentions if m.number not in seen]
            if not new:
                continue
            chosen_units.append((unit, new))
            seen.update(m.number for m in new)
            if len(chosen_units) >= top_k:
                break
        chosen_units.sort(key=lambda um: um[0].start)
        numbers: list[str] = []
        for _unit, mentions in chosen_units:
            for m in mentions:
                if m.number not in numbers:
                    numbers.append(m.number)
        answer = ""
        for number in numbers:
            piece = number if not answer else f"; {number}"
            if len(answer) + len(piece) > MAX_ANSWER_CHARS - 2:
                answer += "; …"
                break
            answer += piece
        cands = [
            _Candidate(unit=u, evidence=1.0, prior=0.0, score=confidence, answer=answer)
            for u, _ in chosen_units
        ]
        return answer, cands, confidence, None

    def _is_own_number(self, doc_id: str, number: str) -> bool:
        own = self.documents[doc_id].meta.number
        return bool(own) and _plain(own).replace(" ", "") == _plain(number).replace(" ", "")

    def _answer_compare(
        self, q: _Question, top_k: int
    ) -> tuple[str, list[_Candidate], float, Comparison] | None:
        generic = {"sanh", "qua", "giua", "tieu", "muc", "chi", "nam", "cac", "khac", "nhau"}
        indicator_terms = [t for t in q.terms if strip_diacritics(t) not in generic]
        if not indicator_terms or not self.targets:
            return None
        indicator = " ".join(indicator_terms)
        comparison = build_comparison(
            indicator,
            self.targets,
            self.documents,
            self.texts.__getitem__,
            doc_ids=q.scope,
        )
        if comparison is None or not comparison.rows:
            return None
        row = comparison.rows[0]
        cands: list[_Candidate] = []
        parts: list[str] = []
        for cell in row.cells[:top_k]:
            unit = self._synthetic_unit(cell.doc_id, cell.start, cell.end)
            cands.append(_Candidate(unit=unit, evidence=1.0, prior=0.0, score=0.8))
            label = self.documents[cell.doc_id].meta.place or ""
            year = str(cell.year) if cell.year and str(cell.year) in cell.quote else ""
            parts.append(" ".join(x for x in (label, year) if x) + f": {cell.raw}")
        answer = _tidy("; ".join(parts))
        score = indicator_matches(indicator, row.indicator, row.indicator_key) / 100
        return answer, cands, 0.6 + 0.3 * score, comparison

    # -- sources -----------------------------------------------------------------------------
    def _synthetic_unit(self, doc_id: str, start: int, end: int) -> _Unit:
        text = self.texts[doc_id][start:end]
        section = ""
        ids = self._doc_units.get(doc_id, [])
        starts = self._doc_starts.get(doc_id, [])
        k = bisect.bisect_right(starts, start) - 1
        if 0 <= k < len(ids):
            section = self.units[ids[k]].section
        folded = fold(text)
        return _Unit(
            idx=-1,
            doc_id=doc_id,
            start=start,
            end=end,
            text=" ".join(text.split()),
            kind="text",
            section=section,
            cells=(),
            folded=folded,
            terms=frozenset(content_terms(folded)),
            context_terms=frozenset(),
            bigrams=frozenset(),
            tterms=frozenset(content_terms(tone_key(text), True)),
            tcontext_terms=frozenset(),
            tbigrams=frozenset(),
            context_folded="",
            heading="",
        )

    def _source(self, cand: _Candidate, score: float) -> SourceQuote:
        unit = cand.unit
        start, end = unit.start, unit.end
        text = self.texts[unit.doc_id]
        if end - start > _MAX_QUOTE_CHARS and cand.focus is not None and unit.idx >= 0:
            start, end = self._quote_window(unit, cand.focus)
        meta = self.documents[unit.doc_id].meta
        return SourceQuote(
            document=meta.path,
            doc_id=unit.doc_id,
            title=meta.title,
            doc_number=meta.number,
            section=unit.section,
            quote=text[start:end],
            start=start,
            end=end,
            score=round(float(score), 4),
        )

    def _quote_window(self, unit: _Unit, focus: tuple[int, int]) -> tuple[int, int]:
        """A ≤ 420-character window of the unit around its focus, mapped to the document."""
        text = self.texts[unit.doc_id]
        original = text[unit.start : unit.end]
        needle = unit.text[focus[0] : focus[1]]
        at = original.find(needle) if needle else -1
        if at < 0:
            return unit.start, unit.end
        a, b = _char_window(original, at, at + len(needle), _MAX_QUOTE_CHARS)
        return unit.start + a, unit.start + b

    def _sources(
        self, q: _Question, support: list[_Candidate], scored: list[_Candidate], top_k: int
    ) -> list[SourceQuote]:
        sources = [self._source(c, c.score) for c in support[:top_k]]
        for cand in support:
            for start, end in cand.extra:  # e.g. the section heading that names the subject
                if len(sources) < top_k:
                    extra = self._synthetic_unit(cand.unit.doc_id, start, end)
                    sources.append(self._source(_Candidate(extra, 1.0, 0.0), cand.score))
        taken = [(s.doc_id, s.start, s.end) for s in sources]
        if support and all(c.unit.idx < 0 for c in support):
            return sources  # a document-level answer (signer, date, list): no padding
        for cand in scored:
            if len(sources) >= top_k:
                break
            unit = cand.unit
            if any(d == unit.doc_id and a < unit.end and unit.start < b for d, a, b in taken):
                continue
            if cand.evidence < 0.35 or self._direct_share(q, unit) < 0.2:
                continue
            source = self._source(cand, cand.evidence + cand.prior)
            sources.append(source)
            taken.append((source.doc_id, source.start, source.end))
        return sources

    def _closest(
        self,
        q: _Question,
        scored: list[_Candidate],
        hits: Sequence[tuple[int, float]],
        top_k: int,
    ) -> list[SourceQuote]:
        if scored:  # the closest evidence, however weak: the user sees what was looked at
            out: list[SourceQuote] = []
            for cand in sorted(scored, key=lambda c: c.evidence + c.prior, reverse=True):
                if len(out) >= top_k:
                    break
                unit = cand.unit
                if any(
                    s.doc_id == unit.doc_id and s.start < unit.end and unit.start < s.end
                    for s in out
                ):
                    continue
                out.append(self._source(cand, cand.evidence + cand.prior))
            return out
        out = []
        for passage_id, score in hits[:top_k]:
            span = self._passage_span.get(passage_id)
            if span is None:
                continue
            doc_id, ps, pe = span
            ids = self._doc_units.get(doc_id, [])
            starts = self._doc_starts.get(doc_id, [])
            k = max(0, bisect.bisect_right(starts, ps) - 1)
            best: _Unit | None = None
            best_gain = -1.0
            while k < len(ids) and self.units[ids[k]].start < pe:
                unit = self.units[ids[k]]
                gain = self._evidence(q, unit)
                if unit.start >= ps and gain > best_gain:
                    best, best_gain = unit, gain
                k += 1
            if best is not None:
                out.append(self._source(_Candidate(unit=best, evidence=0, prior=0), score))
        return out

    @staticmethod
    def _abstain_confidence(scored: list[_Candidate]) -> float:
        return 0.0 if not scored else min(0.3, 0.3 * scored[0].evidence)

    def _citations_in(self, sources: Sequence[SourceQuote]) -> list[CitationInfo]:
        out: dict[str, CitationInfo] = {}
        for source in sources:
            rows = self._citations_by_doc.get(source.doc_id)
            if rows:
                for row in rows:
                    c = row.citation
                    if source.start <= c.start and c.end <= source.end and c.number not in out:
                        out[c.number] = CitationInfo(
                            number=c.number,
                            type=c.doc_type or c.type_code,
                            date=c.date,
                            issuer=c.issuer,
                            subject=c.subject,
                        )
                continue
            for mention in _mentions(source.quote):  # no extracted citations in this index
                if mention.number in out:
                    continue
                out[mention.number] = CitationInfo(
                    number=mention.number,
                    type=mention.kind,
                    date=mention.date,
                    issuer=None,
                    subject=" ".join(mention.subject.split())[:200] or None,
                )
        return list(out.values())


def _search_filters(**fields_: Any) -> Any | None:
    """A retrieval ``SearchFilters`` with the fields it supports (None when unavailable)."""
    try:
        from qa_service.retrieval import SearchFilters
    except ImportError:
        return None
    import dataclasses
    import inspect

    if dataclasses.is_dataclass(SearchFilters):
        names = {f.name for f in dataclasses.fields(SearchFilters)}
    else:
        names = set(inspect.signature(SearchFilters).parameters)
    usable = {k: v for k, v in fields_.items() if k in names}
    if not usable:
        return None
    return SearchFilters(**usable)


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 2)
