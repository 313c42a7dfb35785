"""Evidence: candidate units for a question and how well each supports it.

Candidates come from the passages the retriever ranks first (a rank prior) and from the term
postings of the units; a unit's evidence is the IDF-weighted share of the question's words it
(or its section) holds, and its constraint factor says whether the years and periods asked for
are in it, in its section, or nowhere.
"""

from __future__ import annotations

import bisect
import functools
import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from indexer.analysis import ABBREVIATIONS
from indexer.normalize import strip_diacritics
from indexer.units import STT, TOKEN, Unit, shared_pairs, unit_sets
from qa_service.answer.agency import bodies_named, heading_body
from qa_service.answer.corpus import Corpus
from qa_service.answer.mentions import Mention
from qa_service.answer.question import KINDS, Question, keyed_tokens
from qa_service.answer.references import MAY_REFER, referred_terms
from qa_service.answer.unit_table import best_covered
from qa_service.routing import (
    PERIOD_ASKED,
    STOP_WORDS,
    asks_dating,
    content_terms,
    fold,
    key,
    period_pattern,
    periods_in,
    tone_key,
)

__all__ = [
    "MONTHLY_RATE",
    "SENTENCE_ENDED",
    "act_pairs",
    "group_label",
    "numbers_row",
    "row_group",
    "group_share",
    "labelled_cells",
    "group_words",
    "sets_apart_another_case",
    "writes_span",
    "Candidate",
    "candidate_units",
    "clause_bounds",
    "question_words",
    "task_of_another_body",
    "clause_coverage",
    "denies_question",
    "constraint_factor",
    "cut_sentence_share",
    "densest",
    "direct_share",
    "evidence_score",
    "explicit_year",
    "in_range",
    "joint_coverage",
    "label_shares",
    "label_spans",
    "Lexical",
    "lexical_evidence",
    "local_gain",
    "missing_rare_term",
    "context_share",
    "named_row_context_share",
    "row_cells",
    "row_label",
    "row_label_share",
    "row_before_heading",
    "referred_words",
    "score_units",
    "text_share",
    "warm_units",
]

logger = logging.getLogger(__name__)

_UNKNOWN_SHARE = 0.3  # share of the question's weight in words absent from the corpus
# The abbreviations a question's words are expanded from, as toned and as folded words
_ABBREVIATED = frozenset(ABBREVIATIONS) | frozenset(map(strip_diacritics, ABBREVIATIONS))
_MAX_CANDIDATES = 200


@dataclass
class Candidate:
    """A unit considered for the answer, with what was extracted from it."""

    unit: Unit
    evidence: float  # 0..1 term coverage
    prior: float  # retrieval rank prior
    score: float = 0.0
    answer: str | None = None
    focus: tuple[int, int] | None = None  # in unit text
    quality: float = 0.0
    mention: Mention | None = None
    extra: tuple[tuple[int, int], ...] = ()  # more spans of the unit's document that support it
    referred: float = 0.0  # evidence from the words of the point it names its subject by

    def quote_also(self, spans: list[tuple[int, int]]) -> None:
        """Quote these spans of the unit's document with it too, each once."""
        self.extra = (*self.extra, *(span for span in spans if span not in self.extra))


def explicit_year(year: str, folded: str) -> bool:
    """``year`` written as a year of its own ("năm 2023", "2023"), not inside a range
    ("2019-2023") or a date ("26/12/2022")."""
    for match in re.finditer(rf"(?<!\d){year}(?!\d)", folded):
        before, after = folded[max(0, match.start() - 2) : match.start()], folded[match.end() :]
        if _BOUND_DATE.search(folded, 0, match.end()):
            # "Từ ngày 01/01/2027 trở đi", "đến hết ngày 31/12/2026": a period opened or closed
            # in that year, not a date a document is cited by
            return True
        if re.search(r"[/-]\s*$", before) or re.match(r"\s*[-/]\s*\d", after):
            continue
        return True
    return False


# A date that opens or closes a period, ending where the searched text ends (folded)
_BOUND_DATE = re.compile(
    r"\b(?:tu|den(?: het)?|truoc|sau)\s+ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}$"
)


_EXPLICIT_YEAR = re.compile(r"\b(?:nam|den|trong|giai doan)\s+(?:19|20)\d{2}\b")


_IDENTIFIER = re.compile(r"(?=.*\d)(?=.*[^\W\d_])[^\W_]+")  # letters and digits: a code
_RESCORED = 400  # candidates whose word pairs are counted
_MAX_POSTING = 5000  # units a single question word may bring in as candidates


def _coverage(q: Question, unit: Unit, context_weight: float = 0.5) -> float:
    """IDF-weighted share of the question's words in the unit (``context_weight`` in its
    context)."""
    terms, context_terms = unit_sets(unit, q.toned)
    direct = sum(w for t, w in q.weights.items() if t in terms)
    context = sum(w for t, w in q.weights.items() if t not in terms and t in context_terms)
    return (direct + context_weight * context) / q.total


def filled_cell(cell: str) -> bool:
    """A cell writes something: not one left blank, nor one holding only the bold marks of an
    empty bold cell ("* *" in the numbering column of a row set in bold)."""
    return bool(cell.strip("* \n"))


# A point's or a dash's number in a cell of its own ("c)", "a", "-"): no label, the row's
# number ("- | Có 30 đảng viên trở xuống | 15.000.000 đồng/chi bộ/năm" under its group's row
# "a | Đối với các tổ chức cơ sở đảng ..."), as written
_POINT_NUMBER = re.compile(r"[a-zđ][.)]?|[-–+•]")


def numbers_row(cell: str) -> bool:
    """A row's first cell holds its number ("1", "II.2") or its sub-row's mark ("-", "a)"),
    no label of its own."""
    cell = cell.strip("* \n")
    return bool(STT.match(cell) or _POINT_NUMBER.fullmatch(cell))


def row_cells(unit: Unit) -> list[str]:
    """A table row's filled cells, its row number ("1", "II.2", "-") left out."""
    cells = [c for c in unit.cells if filled_cell(c)]
    return cells[1:] if cells and numbers_row(cells[0]) else cells


def labelled_cells(unit: Unit) -> list[str]:
    """A table row's filled cells from its label on: past its row number ("1", "II") and a
    point's or a dash's number in a cell of its own ("c) | Tiến độ ... | 10")."""
    cells = row_cells(unit)
    if len(cells) >= 3 and _POINT_NUMBER.fullmatch(cells[0].strip("* ")):
        return cells[1:]
    return cells


def row_label(unit: Unit) -> str:
    """The label of a table row: its first filled cell after the row number ("1", "II", "c)",
    "-"; "", not a row)."""
    cells = labelled_cells(unit)
    return cells[0] if unit.kind == "row" and len(cells) >= 2 else ""


def row_label_share(q: Question, unit: Unit) -> float:
    """Share of a table row's label words the question writes (0 for a unit that is no row):
    1.0 when the question names the row ("xã A Lưới 1", "đá chẻ"), less for a sibling row
    ("xã A Lưới 2") or a label the question only touches."""
    label = row_label(unit)
    if not label:
        return 0.0
    words = keyed_tokens(q, label) - _LABEL_FILLER
    if not words or not any(t in q.weights for t in words):
        return 0.0
    asked = _asked_words(q.route.keyed)
    share = len(words & asked) / len(words)
    if share < 1.0 and (members := _listed_members(label)):
        # a row of a group whose label lists its members ("Các phường: Cẩm Phả, Quang Hanh,
        # Móng Cái 1, ..."): the question naming one member whole names the row
        for member in members:
            named = keyed_tokens(q, member) - _LABEL_FILLER
            if named and named <= asked and any(t in q.weights for t in named):
                return 1.0
    return share


# A row label that lists the members of its group after a colon ("Các xã, đặc khu: Thống
# Nhất, Quảng La, Cô Tô."): the group's kind, then two names or more, each of a few words
_LISTED_GROUP = re.compile(r"^[^:;]{2,40}:\s*(?P<members>[^:;]+?)\W*$")
_MEMBER_SEPARATOR = re.compile(r"\s*,\s*|\s+(?:và|và các)\s+", re.IGNORECASE)
_MEMBER_WORDS = 5  # words of one listed member, at most


def _listed_members(label: str) -> list[str]:
    """The members a group's row label lists after its colon (two or more names of a few words
    each), or none for a label of another form."""
    match = _LISTED_GROUP.match(" ".join(label.split()))
    if match is None:
        return []
    members = [m for m in _MEMBER_SEPARATOR.split(match["members"]) if m]
    if len(members) < 2 or any(len(m.split()) > _MEMBER_WORDS for m in members):
        return []
    return members


# A list item that labels its value ("b) Đối với Phó Trưởng Bộ môn: 700.000 đồng/người/tháng"):
# the label before the colon, a number after it
_ITEM_LABEL = re.compile(
    r"^\W*(?:[a-zđ0-9]{1,3}[.)]\s*)?(?:Đối với\s+)?(?P<label>[^:;,.()]{3,80}?)\s*:\s*(?=[^\n]*\d)",
    re.IGNORECASE,
)


def named_row_context_share(q: Question, unit: Unit) -> float:
    """IDF-weighted share of the question's words that the header rows and caption of a table
    row's table write and the row does not, for a row whose label the question writes whole
    ("Phường Ba Đình | | 89 | 11" under "NS xã (%)" and the group row "Lệ phí trước bạ ..."):
    a row states "<header> of <label> is <value>", its header's words are its own; 0 for a
    row the question does not name, or no row."""
    if row_label_share(q, unit) < 1.0:
        return 0.0
    return context_share(q, unit)


def context_share(q: Question, unit: Unit) -> float:
    """IDF-weighted share of the question's words that the unit's context (its section path,
    its table's caption and headers) writes and the unit does not."""
    if q.total <= 0:
        return 0.0
    terms, context_terms = unit_sets(unit, q.toned)
    return sum(w for t, w in q.weights.items() if t not in terms and t in context_terms) / q.total


def item_label_share(q: Question, unit: Unit) -> float:
    """Share of a labelled list item's label words the question writes (0 for a unit that is no
    such item): 1.0 when the question names the case the item gives the value of."""
    if unit.kind == "row":
        return 0.0
    match = _ITEM_LABEL.match(unit.text)
    if match is None:
        return 0.0
    words = keyed_tokens(q, match["label"]) - _LABEL_FILLER
    if not words or not any(t in q.weights for t in words):
        return 0.0
    return len(words & _asked_words(q.route.keyed)) / len(words)


_SIBLINGS_READ = 8  # list items read on each side of a unit for its labelled siblings


def _item_label_words(q: Question, unit: Unit) -> set[str] | None:
    """The words of a labelled list item's label, in the question's form (None: no such item)."""
    if unit.kind == "row":
        return None
    match = _ITEM_LABEL.match(unit.text)
    if match is None:
        return None
    return keyed_tokens(q, match["label"]) - _LABEL_FILLER


def labels_sibling_case(corpus: Corpus, q: Question, unit: Unit) -> bool:
    """The unit is one of a run of labelled list items under one heading, each the value of
    its own case ("- Danh mục ... áp dụng chung: 05 TTHC." / "- Danh mục ... cấp xã: 07
    TTHC."), and the question names another item's case and nothing of the unit's own: it
    writes all the words that tell a sibling's label from the others and none of those that
    tell the unit's ("cấp xã" asked: the "áp dụng chung" item). Numbers tell no case here
    (a band is written "02 năm" or "2 năm"); a comparison asks of two cases, each its own."""
    if unit.idx < 0 or q.one_case or q.route.intent == "compare":
        return False
    own = _item_label_words(q, unit)
    if not own:
        return False
    labels = [own]
    for step in (-1, 1):
        at = unit.idx + step
        while abs(at - unit.idx) <= _SIBLINGS_READ and 0 <= at < len(corpus.units):
            other = corpus.units[at]
            words = _item_label_words(q, other) if other.doc_id == unit.doc_id else None
            if not words or other.heading != unit.heading:
                break
            labels.append(words)
            at += step
    if len(labels) < 2:
        return False
    shared = set.intersection(*labels)
    asked = _asked_words(q.route.keyed)
    telling = [{w for w in words - shared if not w.isdigit()} for words in labels]
    # the unit's own case is named by half its telling words or more: one word of three is
    # another word's ("chứng thực", typed "chung thuc", is no "áp dụng chung")
    if not telling[0] or 2 * len(telling[0] & asked) >= len(telling[0]):
        return False
    return any(words and words <= asked for words in telling[1:])


@functools.lru_cache(maxsize=64)
def _asked_words(keyed: str) -> frozenset[str]:
    """Every word of a question in its matching form (place names included)."""
    return frozenset(TOKEN.findall(keyed))


# Words of a label that name no entity of their own ("các phường: ...", "đối với ...").
_LABEL_FILLER = frozenset({"cac", "các", "doi", "đối", "voi", "với", "va", "và", "cua", "của"})


def evidence_score(q: Question, unit: Unit, coverage: float | None = None) -> float:
    """IDF-weighted share of the question's words in the unit (half weight in its context), with
    the share of its word pairs. A table row whose label the question names reads its table's
    header and caption as its own words (a row states "<header> of <label> is <value>"): the
    context weighs more, up to full weight when the question writes the whole label."""
    if q.total <= 0:
        return 0.0
    label_share = row_label_share(q, unit)
    if label_share > 0:
        coverage = _coverage(q, unit, 0.5 + 0.5 * label_share**2)
    elif coverage is None:
        coverage = _coverage(q, unit)
    if q.bigrams:
        phrase = shared_pairs(unit, q.toned, q.bigrams) / len(q.bigrams)
        return 0.75 * coverage + 0.25 * phrase
    return coverage


def joint_coverage(q: Question, first: Unit, second: Unit) -> float:
    """IDF-weighted share of the question's words in two units read together (half weight in
    the first one's context: its section and document title)."""
    if q.total <= 0:
        return 0.0
    terms = unit_sets(first, q.toned)[0] | unit_sets(second, q.toned)[0]
    context_terms = unit_sets(first, q.toned)[1]
    direct = sum(w for t, w in q.weights.items() if t in terms)
    context = sum(w for t, w in q.weights.items() if t not in terms and t in context_terms)
    return (direct + 0.5 * context) / q.total


def added_share(q: Question, first: Unit, second: Unit) -> float:
    """IDF-weighted share of the question's words that ``second`` writes and ``first`` holds
    neither in its text nor in its context: what the next sentence adds to its leader."""
    if q.total <= 0:
        return 0.0
    held = unit_sets(first, q.toned)[0] | unit_sets(first, q.toned)[1]
    terms = unit_sets(second, q.toned)[0] - held
    return sum(w for t, w in q.weights.items() if t in terms) / q.total


def direct_share(q: Question, unit: Unit) -> float:
    """IDF-weighted share of the question's words in the unit's own text."""
    if q.total <= 0:
        return 0.0
    terms = unit_sets(unit, q.toned)[0]
    return sum(w for t, w in q.weights.items() if t in terms) / q.total


_CUT_LEAD_CHARS = 200  # a line cut off its sentence's rest is short ("b) Dự án ... tại điểm a")
# A sentence's or a lead-in's end, emphasis marks after it aside
SENTENCE_ENDED = re.compile(r"[.;:!?][\s*_]*$")
# A line opening an item of a list ("- ", "+ ", "a) ", "1. "), as written
_OPENS_ITEM = re.compile(r"[ \t*_]*(?:[-+•]|[a-zđ]\)|\d{1,2}[.)])\s")


def cut_sentence_share(corpus: Corpus, q: Question, unit: Unit) -> float:
    """:func:`direct_share` of the unit with the line before it when a line break cut their
    sentence ("b) Dự án nhà ở xã hội độc lập quy định tại điểm a" / "Khoản này có quy mô dân
    số từ 4.000 người trở lên;"): a short line of the same paragraph that ends no sentence
    holds the subject of the value after it."""
    share = direct_share(q, unit)
    if unit.kind == "row" or q.total <= 0:
        return share
    text = corpus.texts[unit.doc_id]
    if _OPENS_ITEM.match(text, text.rfind("\n", 0, unit.start) + 1):
        return share  # an item of a list ("- Khu du lịch ... 30.000 đồng"), its own sentence
    before = corpus.previous_unit(unit)
    if (
        before is None
        or before.kind == "row"
        or len(before.text) > _CUT_LEAD_CHARS
        or SENTENCE_ENDED.search(before.text)
        or "\n\n" in text[before.end : unit.start]
    ):
        return share
    terms = unit_sets(before, q.toned)[0] | unit_sets(unit, q.toned)[0]
    return max(share, sum(w for t, w in q.weights.items() if t in terms) / q.total)


def constraint_factor(corpus: Corpus, q: Question, unit: Unit, text: str | None = None) -> float:
    """1.0 when the years and periods asked for are in the evidence, less when only its
    section or document says so, 0 when absent or when its section is about another year."""
    factor = 1.0
    own = fold(text) if text is not None else unit.folded
    section, _, title = unit.context_folded.partition(" || ")
    if _time_unstated(q, own):
        # "... 9 tháng năm 2025 tăng 6,9%. Trong đó: khu vực dịch vụ ước đạt 7,22%": the parts
        # of a value just stated are of its year and period, which its sentence wrote; read as
        # the section's, not as the unit's own (a statement writing them itself still ranks first)
        continued = _continued_sentence(corpus, unit) or _timeless_sentence_lead(corpus, q, unit)
        if continued and not _time_unstated(q, continued):
            section = f"{continued} {section}"
    meta = corpus.documents[unit.doc_id].meta
    date_year = (meta.date or "")[:4]
    for year in q.route.years:
        y = str(year)
        explicit = explicit_year(y, own)
        if (
            not explicit
            and text is not None
            and q.route.intent == "target"
            and _other_year_of_value(year, own)
        ):
            return 0.0  # "20% ... ngay trong năm 2025" for a target of 2027
        if _EXPLICIT_YEAR.search(unit.heading):  # "b) Đến năm 2030" just above
            if y in unit.heading or explicit:
                factor *= 1.0 if explicit else 0.95
            elif in_range(year, unit.heading):
                factor *= 0.75
            else:
                return 0.0
            continue
        if explicit:
            continue
        if re.search(rf"(?<!\d){y}(?!\d)", section):
            factor *= 0.92
            continue
        if in_range(year, section):
            factor *= 0.75
            continue
        if _EXPLICIT_YEAR.search(section):  # the section is about another year
            return 0.0
        if re.search(rf"(?<!\d){y}(?!\d)", title) or date_year == y:
            # "Chủ trì ... Kế hoạch này": the document's own year is the unit's
            factor *= 0.95 if _THIS_DOCUMENT.search(own) else 0.8
        elif in_range(year, f"{own} {title}"):
            factor *= 0.7
        else:
            return 0.0
    for period in q.route.periods:
        pattern = period_pattern(period)
        if re.search(pattern, own):
            continue
        if period == "1 thang" and MONTHLY_RATE.search(own):
            # "bao nhiêu 1 tháng": a rate per month asked ("650.000 đồng/tháng"), no period
            continue
        if re.search(pattern, section) or re.search(pattern, title):
            factor *= 0.9
        elif text is not None and periods_in(unit.folded) == (period,):
            # "Sau 04 tháng vận hành, ... (giải quyết hồ sơ đạt tỷ lệ 91,67%)": the sentence
            # names that period and no other, outside the answer's clauses; it is of that period
            factor *= 0.9
        else:
            return 0.0
    label: str | None = None  # the group label above the unit, read once when needed
    for first, last in q.route.ranges:  # "giai đoạn 2021-2030": the same span written
        pattern = rf"(?<!\d){first}\s*[-–]\s*{last}(?!\d)"
        if re.search(pattern, own) or writes_span(first, last, own):
            continue
        if not any(re.search(pattern, x) for x in (section, title, unit.heading)):
            if label is None:
                label = group_label(corpus, unit)
            if not re.search(pattern, label):
                return 0.0
        # only its heading, group or document says so: a sentence writing the span itself
        # ("... từ năm 2026-2030: ... x 05 năm = ...") is the value of that span, one beside it
        # may be of a part ("... 01 năm: ...")
        factor *= _RANGE_AROUND
    return factor


# What opens a sentence that goes on the one before it, splitting or detailing what it stated
# ("Trong đó: ...", "Cụ thể: ..."), toned: "trong độ tuổi" and the verb "cụ thể hóa" go on none
_GOES_ON = re.compile(r"^[\W_]*(?:trong đó|cụ thể|trong số đó)\b(?!\s*ho[áà])", re.IGNORECASE)


def _time_unstated(q: Question, own: str) -> bool:
    """Some year or period the question asks is not written in ``own``."""
    return any(not explicit_year(str(y), own) for y in q.route.years) or any(
        not re.search(period_pattern(p), own) for p in q.route.periods
    )


def _continued_sentence(corpus: Corpus, unit: Unit) -> str:
    """The folded sentence ``unit`` goes on when it opens with "Trong đó", "Cụ thể" (in its
    paragraph), else nothing."""
    if unit.kind == "row" or not _GOES_ON.match(unit.text):
        return ""
    before = corpus.previous_unit(unit)
    if before is None or before.kind == "row":
        return ""
    if "\n\n" in corpus.texts[unit.doc_id][before.end : unit.start]:
        return ""  # another paragraph
    return before.folded


# Any year or period a sentence may write of its own, folded ("năm 2025", "10 tháng", "quý
# III", "2021-2025", "31/12/2024")
_ANY_TIME = re.compile(
    r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])|\b[0-9]{1,2} thang\b|\bquy (?:i{1,3}|iv|[1-4])\b"
)


def _timeless_sentence_lead(corpus: Corpus, q: Question, unit: Unit) -> str:
    """The folded sentence before ``unit`` in its paragraph when ``unit`` writes no time of its
    own ("Tổng thu ngân sách 10 tháng năm 2025 thực hiện 13.966 tỷ đồng ... Tổng kim ngạch xuất
    khẩu đạt 2,6 tỷ USD"): a report's running paragraph states its figures of the time its
    earlier sentence wrote. Nothing when the unit writes a time (it is of that time), or when
    the two sentences leave a word of the question unwritten: the time is lent to the very
    thing asked, not to another indicator beside it ("kim ngạch nhập khẩu")."""
    if unit.kind == "row" or _ANY_TIME.search(unit.folded):
        return ""
    before = corpus.previous_unit(unit)
    if before is None or before.kind == "row":
        return ""
    if "\n\n" in corpus.texts[unit.doc_id][before.end : unit.start]:
        return ""  # another paragraph
    written = unit_sets(unit, q.toned)[0] | unit_sets(before, q.toned)[0]
    if any(t[0].isalpha() and t not in written for t in q.weights):
        return ""
    return before.folded


# A line that only labels the group of lines or rows under it with a span of years ("- Giai
# đoạn 2028-2030", "II | Giai đoạn 2025-2027"), folded: a few words, no value
_GROUP_LABEL = re.compile(
    r"(?:[ivxlc]+|[a-z]|\d{1,2})?[\s|.)-]*(?:\w+\s+){0,3}(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}[\s|:*]*"
)
_RANGE_AROUND = 0.97  # a span of years asked written around the unit, not in it
_LABEL_REACH = 24  # lines or rows read up for the label of their group


def group_label(corpus: Corpus, unit: Unit) -> str:
    """The folded label of the group ``unit`` sits in: the nearest line above it in its section
    that only names a span of years ("Giai đoạn 2028-2030" over its "+ 99% ..." targets, or a
    table's group row over its rows); "" when none is within reach or ``unit`` is one."""
    if _GROUP_LABEL.fullmatch(unit.folded.strip()):
        return ""
    above = unit
    for _ in range(_LABEL_REACH):
        above = corpus.previous_unit(above)
        if above is None:
            return ""
        if _GROUP_LABEL.fullmatch(above.folded.strip()):
            return above.folded
    return ""


# How a table row is numbered, by level: "I", "A" (parts), "1" (items), "a)" (points), "-"
_ROW_NUMBER_KINDS = (
    ("roman", re.compile(r"[IVXLC]+\.?")),
    ("capital", re.compile(r"[A-Z]\.?")),
    ("number", re.compile(r"\d{1,3}\.?")),
    ("dotted", re.compile(r"\d{1,3}(?:\.\d{1,3})+\.?")),
    ("letter", re.compile(r"[a-zđ][.)]")),
    ("dash", re.compile(r"[-+*•]")),
)
# a part lettered "C" or "L" follows "A", "B" (or "K"): no table numbers its parts 100 or 50
_LETTER_NOT_NUMERAL = frozenset({"C", "L"})
_GROUP_REACH = 40  # rows read up for the group row of a row
# the depth of each kind of row number: a row is grouped under a shallower one
_NUMBER_DEPTH = {"capital": 0, "roman": 1, "number": 2, "dotted": 3, "letter": 4, "dash": 5}
_SUBTOTAL_CELL = re.compile(r"[\d.,]+%?")  # "30": a group row's sum of the points under it


def _labels_group(row: Unit) -> bool:
    """A row that names a group: its title alone, or its title and the sum of the rows under
    it ("4 | Các nhiệm vụ được Ủy ban nhân dân thành phố ... giao | 30" over "a) | Số lượng
    công việc được giao | 10")."""
    cells = row_cells(row)
    return (
        bool(cells)
        and not _SUBTOTAL_CELL.fullmatch(cells[0].strip("* "))
        and all(_SUBTOTAL_CELL.fullmatch(c.strip("* ")) for c in cells[1:])
    )


def _row_number(unit: Unit) -> tuple[str, str]:
    """The kind and text of a table row's number (its first cell), ("", "") when it has none."""
    cells = [c for c in unit.cells if filled_cell(c)]
    first = cells[0].strip("* ") if cells else ""
    if first.rstrip(".") in _LETTER_NOT_NUMERAL:
        return "capital", first.rstrip(".")
    for kind, pattern in _ROW_NUMBER_KINDS:
        if pattern.fullmatch(first):
            return kind, first.rstrip(".")
    return "", ""


def row_group(corpus: Corpus, unit: Unit) -> Unit | None:
    """The group row of the table row ``unit``: the row above it in its table that labels
    the rows under it (a label, no value but their sum: :func:`_labels_group`) at a higher
    level of numbering ("3 | Trường Mầm non X" over "3.1 | Nhà trẻ | 3.800.000", "I | Cấp
    tỉnh" over "1 | ... | 5", "4 | Các nhiệm vụ ... | 30" over "c) | Tiến độ ... | 10"); the
    rows of a deeper numbering between (a sibling's points) are passed. Rows sharing a label
    under several groups ("Nhà trẻ" of each school) are told apart by it. None for a unit
    that is no row, an unnumbered row, or one no group row heads."""
    if unit.kind != "row":
        return None
    kind, number = _row_number(unit)
    if not kind:
        return None
    above = unit
    for _ in range(_GROUP_REACH):
        above = corpus.previous_unit(above)
        # a row's context is its table's header and the labels of the groups it is in, the
        # group row's its header and the groups above: another start is another table
        if (
            above is None
            or above.kind != "row"
            or not unit.context_key.startswith(above.context_key)
        ):
            return None
        above_kind, above_number = _row_number(above)
        if kind == "dotted":
            # "3.1" is under "3": its group is named by its own number
            if above_number == number.rsplit(".", 1)[0]:
                return above if _labels_group(above) else None
            continue
        if above_kind in ("", kind) or _NUMBER_DEPTH[above_kind] > _NUMBER_DEPTH[kind]:
            continue  # a sibling, or a sibling's part
        return above if _labels_group(above) else None
    return None


def group_words(q: Question, group: Unit) -> frozenset[str]:
    """The words of a group row's label in the question's form (its number left out: the
    "3" of "3 | Trường X" is no word of the group)."""
    return frozenset(keyed_tokens(q, " ".join(row_cells(group))))


def _names_row_beyond(q: Question, label: str, group: frozenset[str]) -> bool:
    """The question writes two words following each other in a row's label ("nhà trẻ",
    "khối 2"), not both of its group's: it names the row, not only its group (one word in
    common, "bộ" of "câu lạc bộ" and "nội bộ", names nothing)."""
    tokens = TOKEN.findall(key(label, q.toned))
    pairs = {
        pair
        for pair in zip(tokens, tokens[1:], strict=False)
        if not (pair[0] in group and pair[1] in group)
    }
    asked = TOKEN.findall(q.route.keyed)
    return bool(pairs & set(zip(asked, asked[1:], strict=False)))


def group_share(corpus: Corpus, q: Question, unit: Unit) -> float:
    """IDF-weighted share of the question's words the group row of the table row ``unit``
    writes (:func:`row_group`) and the row does not, less the weight its context already
    gave them: a row states "<label> of <group> is <value>", its group's words are its own.
    0 for a unit no group row heads."""
    if q.total <= 0 or unit.kind != "row":
        return 0.0
    group = row_group(corpus, unit)
    if group is None:
        return 0.0
    written = group_words(q, group)
    if not _names_row_beyond(q, row_label(unit), written):
        # the question names nothing of the row but what its group writes ("lĩnh vực thể
        # thao có bao nhiêu TTHC" of a row of that field): it asks of the group, not the row
        return 0.0
    terms, context_terms = unit_sets(unit, q.toned)
    # the context weight evidence_score gave the row's context words
    label_share = row_label_share(q, unit)
    given = 0.5 + 0.5 * label_share**2 if label_share > 0 else 0.5
    share = 0.0
    for term, weight in q.weights.items():
        if term in written and term not in terms:
            share += weight * (1.0 - given if term in context_terms else 1.0)
    return share / q.total


# "so với năm 2024", "so với cùng kỳ năm 2024": a year a value is compared with, not its own
_COMPARED_YEAR = re.compile(r"\bso voi (?:cung ky )?(?:nam )?(?:19|20)\d{2}\b")


def _other_year_of_value(year: int, folded: str) -> bool:
    """The answer's own clauses (``folded``) set their value for a year of their own ("ngay
    trong năm 2025", "đến năm 2030"), not ``year`` nor a span holding it."""
    stated = _EXPLICIT_YEAR.search(_COMPARED_YEAR.sub(" ", folded))
    return stated is not None and not in_range(year, folded)


# A unit that speaks of its own document ("thực hiện Kế hoạch này", "Quyết định này")
# Kinds of document a text calls itself by with "này" (folded)
_KINDS_OF_ITS_OWN = "ke hoach|quyet dinh|thong tu|nghi quyet|chi thi|cong van|nghi dinh"
_THIS_DOCUMENT = re.compile(rf"\b(?:{_KINDS_OF_ITS_OWN}|van ban) nay\b")


# A unit that names its own document or the text it issues ("Quy chế này", "Quy định này"),
# folded: the document's title is what it speaks of
_OWN_DOCUMENT = re.compile(
    rf"\b(?:{_KINDS_OF_ITS_OWN}|quy che|quy dinh|de an|chuong trinh|huong dan|cong dien) nay\b"
)


def _gives_own_document(unit: Unit, role: frozenset[tuple[str, str]]) -> bool:
    """The unit gives the task asked (``role``, word pairs) on its own document ("Giao Sở X chủ
    trì ... triển khai thực hiện nội dung Quy chế này"): the document's title is what the task
    is on, its words the unit's own. Such a sentence of the closing articles repeats none of the
    subject the question names, and units that do outrank it (a body's other tasks)."""
    # "... chịu trách nhiệm thi hành Quyết định này": the closing formula of a decision names
    # those bound by it, no task on it
    named = any(
        not unit.folded.endswith("thi hanh ", 0, m.start())
        for m in _OWN_DOCUMENT.finditer(unit.folded)
    )
    return named and bool(role & act_pairs(unit.folded))


# Words before a plural noun (folded): "các tổ chức, cá nhân" names bodies, no act "tổ chức"
_PLURAL = frozenset({"cac", "nhung", "moi"})


def act_pairs(folded: str) -> set[tuple[str, str]]:
    """The pairs of words following each other in ``folded`` that may say an act: those after
    a plural word ("các tổ chức") are a noun."""
    tokens = TOKEN.findall(folded)
    return {
        (a, b)
        for k, (a, b) in enumerate(zip(tokens, tokens[1:], strict=False))
        if k == 0 or tokens[k - 1] not in _PLURAL
    }


# "đồng/tháng", "mỗi tháng", "hằng tháng": a value per month (folded)
MONTHLY_RATE = re.compile(r"/\s*thang\b|\b(?:moi|hang|mot) thang\b")
_SPAN_GAP = 60  # characters between a span's first year and its "đến", and from there to its last


def writes_span(first: int | str, last: int | str, folded: str) -> bool:
    """``folded`` writes the span of years in words ("từ ngày 01/01/2028 đến hết ngày
    31/12/2029", "từ năm 2021 đến năm 2025"): the span "2028-2029" a question writes."""
    first, last = str(first), str(last)  # a route's ranges are numbers, a period's digits
    if first not in folded or last not in folded:
        return False
    # the pattern opens with the year itself (no look-behind first) so that the engine jumps
    # to its digits: a search over the joined text of whole documents stays fast
    pattern = (
        rf"{first}(?!\d)[^.;:]{{0,{_SPAN_GAP}}}?\bden\b"
        rf"[^.;:]{{0,{_SPAN_GAP}}}?(?<!\d){last}(?!\d)"
    )
    return any(
        m.start() == 0 or not folded[m.start() - 1].isdigit() for m in re.finditer(pattern, folded)
    )


def in_range(year: int, folded: str) -> bool:
    """``year`` lies in a range written in ``folded`` ("2021-2025")."""
    for a, b in re.findall(r"((?:19|20)\d{2})\s*-\s*((?:19|20)\d{2})", folded):
        if int(a) <= year <= int(b):
            return True
    return False


# Intents that ask about the cited document itself (its date, what it is, who cites it).
_ABOUT_THE_CITED = frozenset({"decision", "date", "basis", "citing", "list", "effective"})
# "QĐ 1614/QĐ-UBND ... công bố bao nhiêu TTHC?", "Theo Nghị quyết 13/2024/NQ-HĐND, mức hỗ trợ
# ...": the question asks what the numbered document itself says
_OPENS_WITH_A_NUMBER = re.compile(rf"^(?:theo |tai |trong |can cu )?(?:{KINDS})(?: so)? \d")
# "Khi bãi bỏ QĐ 32/2023 …, UBND căn cứ nghị định nào": the grounds asked are those of the
# document acting on the numbered one, not a sentence citing that one
_GROUNDS_OF_THE_ACT_ON = re.compile(
    rf"\b(?:bai bo|thay the|sua doi|bo sung|huy bo|dinh chinh)(?: mot so dieu cua)?"
    rf" (?:{KINDS})(?: so)? \d"
)


@dataclass(frozen=True)
class Lexical:
    """What the question's words alone say of the units, before any passage is retrieved."""

    coverage: np.ndarray  # per unit: the share of the question's weight it holds (see _coverage)
    title: np.ndarray  # per unit: the share only its document's title holds (title_coverage)
    holding: np.ndarray  # the units holding a question word that is not too common
    # evidence_score of units for this question, made ahead by warm_units (unit → score)
    evidence: dict[int, float] = field(default_factory=dict)


def lexical_evidence(corpus: Corpus, q: Question) -> Lexical:
    """The question's word coverage of every unit and the units holding its words (what
    :func:`candidate_units` and :func:`score_units` read besides the retrieved passages)."""
    # a word found in a quarter of the units (or in thousands) says little on its own
    limit = min(max(40, corpus.n_units // 4), _MAX_POSTING)
    holding = corpus.units.units_holding(q.terms, q.toned, limit, q.scope)
    if q.total <= 0:
        none = np.zeros(len(corpus.units), dtype=np.float64)
        return Lexical(none, none, holding)
    coverage = corpus.units.coverage(q.weights, q.toned) / q.total
    return Lexical(coverage, title_coverage(corpus, q), holding)


# Weight of a question word only the unit's document title holds, against one of its own text.
# A question spends many words naming its document ("KH triển khai chương trình phòng, chống ma
# túy"); the line stating the value asked seldom repeats them, and the document's opening and
# closing lines that do should not outrank it by those words alone: they weigh near full.
_TITLE_WEIGHT = 0.75


def title_coverage(corpus: Corpus, q: Question) -> np.ndarray:
    """Per unit, the share of the question's weight in words neither the unit nor its context
    (section path, table header) holds but its document's title does. A question names the
    document's subject ("trung tâm học tập cộng đồng", "giảm nghèo bền vững") besides the fact
    it asks; the sentence or table row stating the fact seldom repeats that subject, the
    document's opening sentences do, and without this they outrank it."""
    if q.total <= 0:
        return np.zeros(len(corpus.units), dtype=np.float64)
    titles = corpus.title_documents(q.toned)
    return corpus.units.document_coverage(q.weights, q.toned, titles) / q.total


_WARM_CHUNK = 20


def warm_units(corpus: Corpus, q: Question, lexical: Lexical, done: Callable[[], bool]) -> None:
    """Read the units the question's words cover best and score their evidence, until
    ``done()``: :func:`score_units` is then likely to find them scored (while the query is
    embedded, this thread would only wait). The scores are those :func:`score_units` would
    make (the same function of the question and the unit): no answer depends on it."""
    if not len(lexical.holding) or q.total <= 0:
        return
    covered = lexical.coverage[lexical.holding]
    # in the order score_units ranks them (the title's words count there too)
    ranked = covered + _TITLE_WEIGHT * lexical.title[lexical.holding]
    order = np.argsort(-ranked, kind="stable")[:_RESCORED]
    ids = lexical.holding[order].tolist()
    coverage = covered[order].tolist()
    units = corpus.units
    evidence = lexical.evidence
    for chunk in range(0, len(ids), _WARM_CHUNK):
        if done():
            return
        part = ids[chunk : chunk + _WARM_CHUNK]
        units.load(part)
        for idx, cov in zip(part, coverage[chunk : chunk + _WARM_CHUNK], strict=True):
            evidence[idx] = evidence_score(q, units[idx], cov)


def candidate_units(
    corpus: Corpus,
    q: Question,
    hits: Sequence[tuple[int, float]],
    lexical: Lexical | None = None,
) -> dict[int, float]:
    """Unit index → retrieval prior, from retrieved passages and the term postings
    (``lexical``: :func:`lexical_evidence` of ``q`` if already made)."""
    priors: dict[int, float] = {}
    n_hits = max(1, len(hits))
    for rank, (passage_id, _score) in enumerate(hits):
        span = corpus.passage_span.get(passage_id)
        if span is None:
            continue
        doc_id, ps, pe = span
        starts = corpus.doc_starts.get(doc_id, [])
        ids = corpus.doc_units.get(doc_id, [])
        k = bisect.bisect_left(starts, ps)
        while k > 0 and corpus.units.ends[ids[k - 1]] > ps:
            k -= 1
        prior = 0.12 * (1.0 - rank / n_hits)
        while k < len(ids) and starts[k] < pe:
            idx = ids[k]
            priors[idx] = max(priors.get(idx, 0.0), prior)
            k += 1
    if lexical is None:
        lexical = lexical_evidence(corpus, q)
    doc_of = corpus.units.doc_of
    if q.scope is not None:
        priors = {i: p for i, p in priors.items() if doc_of[i] in q.scope}
    holding = lexical.holding
    if priors:
        holding = holding[~np.isin(holding, np.fromiter(priors, dtype=np.int64))]
    priors.update(dict.fromkeys(holding.tolist(), 0.0))
    if (
        q.number_filter
        # (a school year or a round asked is the named document's own, not the cited one's)
        and (
            q.route.intent not in _ABOUT_THE_CITED
            or PERIOD_ASKED.search(q.route.folded)
            or (q.route.intent == "basis" and _GROUNDS_OF_THE_ACT_ON.search(q.route.folded))
        )
        and (q.own_doc is not None or not _OPENS_WITH_A_NUMBER.search(q.route.folded))
    ):
        # "Bộ Tư pháp báo cáo về thực hiện Nghị quyết 66-NQ/TW trước ngày nào?": the number
        # says which documents speak of it; the sentence holding the answer need not repeat it.
        # So too when the question opens with its own document's number ("KH 308/KH-UBND
        # triển khai NQ 214/NQ-CP: ..."): the cited number describes that document
        citing_docs = {doc_of[i] for i in corpus.citing_units(q.number_filter)}
        kept = {i: p for i, p in priors.items() if doc_of[i] in citing_docs}
        if kept:
            return kept
    if q.number_filter:
        citing = corpus.citing_units(q.number_filter)
        # "Theo NQ 98/2023/QH15, ... được miễn thuế trong bao lâu?": a letter quoting the
        # resolution's article states it in the quotation, not in the sentence citing it
        citing |= corpus.quoted_after(citing)
        priors = {i: p for i, p in priors.items() if i in citing}
        if not priors:  # the cited number may be outside the retrieved passages
            priors = {i: 0.0 for i in citing}
            if q.scope is not None:
                priors = {i: p for i, p in priors.items() if doc_of[i] in q.scope}
    return priors


def score_units(
    corpus: Corpus,
    q: Question,
    priors: Mapping[int, float],
    lexical: Lexical | None = None,
    states_value: Callable[[Unit], bool] | None = None,
    role: frozenset[tuple[str, str]] = frozenset(),
) -> list[Candidate]:
    """Candidates with their evidence, best (evidence + prior) first. Word coverage is counted
    for every candidate; word pairs (at most a quarter of the score) only for those whose
    coverage can still place them among the best. ``states_value`` says whether a unit states
    a value of the kind asked: such a unit is matched also by the words of the point of its
    own document it names its subject by (:func:`referred_words`). ``role``: the word pairs of
    the task a question asks a body of (:func:`_gives_own_document`)."""
    if q.total <= 0:
        return []
    if lexical is not None:
        coverage, title = lexical.coverage, lexical.title
    else:
        coverage = corpus.units.coverage(q.weights, q.toned) / q.total
        title = title_coverage(corpus, q)
    covered = best_covered(priors, coverage + _TITLE_WEIGHT * title, _RESCORED, 0.75)
    labels_kind, label_factor = _asked_kind_label(q)
    # a body the question names is the one whose task is asked, unless a body is asked for
    own_body_asked = "" if q.route.intent == "agency" else question_words(q)
    units = corpus.units
    units.load(idx for idx, _, _ in covered)
    made = lexical.evidence if lexical is not None else {}
    out = []
    for idx, prior, _ in covered:
        evidence = made.get(idx)
        own_part = row_before_heading(corpus, units[idx])
        if own_part is not None:
            evidence = evidence_score(q, own_part)
        elif evidence is None:
            evidence = evidence_score(q, units[idx], float(coverage[idx]))
        # the title's words weigh as word coverage does in evidence_score (0.75)
        weight = _TITLE_WEIGHT
        if role and float(title[idx]) > 0 and _gives_own_document(units[idx], role):
            weight = 1.0
        evidence += 0.75 * weight * float(title[idx])
        if labels_kind is not None and labels_kind.match(units[idx].folded):
            evidence *= label_factor
        out.append(Candidate(unit=units[idx], evidence=evidence, prior=prior))
    for cand in out:
        # a row's group row names what its value is of ("Trường Mầm non X" over its "Nhà
        # trẻ" row): rows of one label under several groups are told apart by it
        cand.evidence += 0.75 * group_share(corpus, q, cand.unit)
    if states_value is not None:
        _add_referred(corpus, q, out, states_value)
    if own_body_asked:
        _weigh_bodies_tasks(out, own_body_asked)
    out.sort(key=lambda c: c.evidence + c.prior, reverse=True)
    return out[:_MAX_CANDIDATES]


# Tasks set out by body, under a heading naming each ("1.2. Sở Tài chính - Cơ quan thường
# trực" / "- Tổng hợp ... gửi Bộ Tài chính." / "1.4. Ủy ban nhân dân các phường, xã" / "- Tổng
# hợp ..., gửi về Sở Tài chính"): an item under the heading of the body the question names is
# that body's task; an item of another body's may name it too, as the one it reports to
_OWN_BODY_FACTOR = 1.15
_NAME_END = re.compile(r"\s+[-–(:]|,")  # "Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo"


def question_words(q: Question) -> str:
    """The question's folded words, one space apart and around, without "cấp" (a level's word
    often left out: "UBND xã" for "UBND cấp xã")."""
    return f" {' '.join(w for w in TOKEN.findall(q.route.folded) if w != 'cap')} "


@functools.lru_cache(maxsize=4096)
def _heading_body_words(title: str) -> str:
    """The folded words of the body a section heading names, up to the role or gloss after
    it, without "cấp"; "" when the heading names no body."""
    body = heading_body(title) if title else None
    if body is None:
        return ""
    name = _NAME_END.split(body, maxsplit=1)[0]
    words = [w for w in TOKEN.findall(fold(name)) if w != "cap"]
    return " ".join(words) if len(words) >= 2 else ""


def _heading_body_of(unit: Unit) -> str:
    """The folded words of the body the heading above a text unit names, or ""."""
    if unit.kind != "text" or unit.heading_span is None:
        return ""
    return _heading_body_words(unit.heading_title)


# The kinds of body named by more than their first word, folded
_MULTIWORD_KINDS = ("uy ban nhan dan", "hoi dong nhan dan", "ban quan ly", "ban chi dao")


def task_of_another_body(q: Question, unit: Unit) -> str | None:
    """The body whose heading a text unit stands under when the question names another body
    of that kind ("UBND tỉnh ... phải công bố ... ngày nào" for an item under "Ủy ban nhân dân
    các phường, xã, đặc khu"): the unit sets that body's task, not the one asked. None when the
    heading names no body, the question names it, or names no body of its kind."""
    if unit.kind != "text" or unit.heading_span is None:
        return None
    body = _heading_body_words(unit.heading_title)
    if not body or f" {body} " in question_words(q):
        return None
    kind = next((k for k in _MULTIWORD_KINDS if body.startswith(k + " ")), body.split()[0])
    whole = f" {' '.join(TOKEN.findall(fold(heading_body(unit.heading_title) or '')))} "
    # "Đài THVN", "Đài PTTH": a name written short by the initials of its words (not "và")
    initials = "".join(w[0] for w in whole.removeprefix(f" {kind} ").split() if w != "va")
    for named in _bodies_of_question(q.route.question):
        rest = named.removeprefix(kind + " ").removeprefix("cac ").split()
        if not named.startswith(kind + " ") or not rest or f" {rest[0]} " in whole:
            continue
        if len(rest[0]) >= 2 and initials.startswith(rest[0]):
            continue
        return body
    return None


# Kinds of body a question writes short ("UBND tỉnh"), folded
_SHORT_KINDS = {"ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan"}


@functools.lru_cache(maxsize=256)
def _bodies_of_question(question: str) -> tuple[str, ...]:
    """The bodies a question names by their structure (:func:`bodies_named`), folded, their
    short kinds written out, without "cấp"."""
    return tuple(
        " ".join(_SHORT_KINDS.get(w, w) for w in TOKEN.findall(fold(name)) if w != "cap")
        for name in bodies_named(question)
    )


def _weigh_bodies_tasks(cands: list[Candidate], words: str) -> None:
    """In a document setting out tasks by body, one of whose bodies the question names (its
    words, :func:`question_words`): the items under that body's heading gain, the items under
    another body's heading lose (they are that other body's tasks)."""
    bodies = {id(c): _heading_body_of(c.unit) for c in cands}
    named_in = {c.unit.doc_id for c in cands if bodies[id(c)] and f" {bodies[id(c)]} " in words}
    if not named_in:
        return
    for cand in cands:
        body = bodies[id(cand)]
        if not body or cand.unit.doc_id not in named_in:
            continue
        if f" {body} " in words:
            cand.evidence *= _OWN_BODY_FACTOR
        else:
            cand.evidence /= _OWN_BODY_FACTOR


# A cell stating a quantity and nothing else ("19 ngày", "180 ngày", "1.000.000 đồng"): a number
# first, then a few words of its unit; not a bare number ("1", a row's numbering)
_QUANTITY_CELL = re.compile(r"^[\s*_]*\d[\d.,]*(?:\s+[^\W\d_]+){1,3}[\s*_.]*$")


def row_before_heading(corpus: Corpus, unit: Unit) -> Unit | None:
    """A table row whose quantity cells ran on into the next section's heading ("19 ngày |
    Quy trình số: 03 3. Quy trình ... Cấp giấy phép ... | Thứ tự công việc | ..."), read as
    those cells alone: the quantity is the last row of the section above (its context), and
    the heading's words name the next section's value, not this one. None for any other unit,
    and for a row whose cells before the heading are not all quantities with their unit
    ("Bước 1 | 1. Nộp hồ sơ: ...", "1 | 1.1. Trước ngày ...": a step whose text is its own)."""
    if unit.kind != "row" or not unit.cells:
        return None
    opened = corpus.heading_inside(unit)
    if opened is None:
        return None
    before = fold(corpus.texts[unit.doc_id][unit.start : opened])
    cells: list[str] = []
    for cell in unit.cells:
        folded = fold(cell).strip()
        if not folded or folded not in before:
            break
        cells.append(cell)
    if not cells or not all(_QUANTITY_CELL.match(c) for c in cells):
        return None
    label = corpus.previous_unit(unit)
    if label is not None and _label_above(label):
        cells = [label.text, *cells]  # "Tổng thời gian giải quyết TTHC" | "19 ngày"
    text = " | ".join(c.strip() for c in cells if c.strip())
    folded = fold(text)
    return replace(
        unit,
        text=text,
        cells=tuple(cells),
        folded=folded,
        terms=frozenset(content_terms(folded)),
        tterms=frozenset(content_terms(tone_key(text), True)),
        toned=tone_key(text),
    )


_LABEL_WORDS = 10  # a label cell above a value ("Tổng thời gian giải quyết TTHC")


def _label_above(unit: Unit) -> bool:
    """A unit that is a label alone, whose value the next row states: a short line, or a row
    of one written cell, with no figure and no sentence end."""
    written = [c for c in unit.cells if c.strip("* \n")] if unit.kind == "row" else [unit.text]
    if len(written) != 1:
        return False
    text = written[0].strip()
    return (
        len(text.split()) <= _LABEL_WORDS
        and not any(ch.isdigit() for ch in text)
        and not text.endswith((".", ";"))
    )


# A unit that opens with a label naming the kind of value asked ("Thời gian thực hiện: Từ
# tháng 10/2025", "Cơ quan thực hiện thủ tục hành chính: Sở ...") states that value; it names
# little of the question's subject (the heading or the document does), so without this cue
# the sentences repeating the subject outrank it. Labels by the kind asked (folded), after an
# optional list marker; the label ends at a colon within a few words.
_KIND_LABEL_HEADS = {
    "time": r"thoi (?:gian|han|diem)|tien do|han(?! che)",
    "body": r"co quan|don vi",
}
_KIND_LABEL = {
    kind: re.compile(rf"\W*(?:[a-z0-9]{{1,3}}[.)]\W*)?(?:{heads})\b[^:;.\n]{{0,80}}:\W*\w")
    for kind, heads in _KIND_LABEL_HEADS.items()
}
_TIME_INTENTS = frozenset({"date", "deadline", "effective"})
_KIND_LABEL_FACTOR = 1.2
# A field labelled with the very noun asked ("Phông chữ:" for "phông chữ gì") says more than a
# label of the kind of value: a list naming the noun among others covers as many words
_NOUN_LABEL_FACTOR = 1.3


def _asked_kind_label(q: Question) -> tuple[re.Pattern[str] | None, float]:
    """The pattern of a label naming the kind of value ``q`` asks (or None) and the factor on
    the evidence of a unit it labels. A document's own date ("ban hành ngày nào") is its
    header's, never a labelled line's."""
    intent = q.route.intent
    if intent in _TIME_INTENTS and not asks_dating(q.route.folded):
        return _KIND_LABEL["time"], _KIND_LABEL_FACTOR
    if intent == "agency":
        return _KIND_LABEL["body"], _KIND_LABEL_FACTOR
    if intent == "general" and (asked := _NOUN_ASKED.search(q.route.folded)) is not None:
        # "dùng phông chữ gì": a field line labelled with the noun asked ("4. Phông chữ: Phông
        # chữ tiếng Việt Times New Roman") states its value, no list naming it among others
        return _field_label(asked.group(1)), _NOUN_LABEL_FACTOR
    return None, 1.0


# The noun a question asks the value of, right before "gì" ("dùng phông chữ gì", "theo hình
# thức gì"; not "là gì", a definition), folded: its last two or three words
_NOUN_ASKED = re.compile(r"(?<![a-z])([a-z]+ [a-z]+(?: [a-z]+)?)(?<! la) gi\b")


@functools.lru_cache(maxsize=256)
def _field_label(noun: str) -> re.Pattern[str]:
    """A unit opening with ``noun``'s last words as its label ("Cách thức thực hiện:" for
    "theo cách thức gì"), before a colon and its value (after an optional list marker),
    folded."""
    words = noun.split()
    tails = "|".join(re.escape(" ".join(words[i:])) for i in range(len(words) - 1))
    return re.compile(rf"\W*(?:[a-z0-9]{{1,3}}[.)]\W*)?(?:{tails})(?: [a-z]+){{0,2}}\s*:\W*\w")


def _add_referred(
    corpus: Corpus, q: Question, scored: list[Candidate], states_value: Callable[[Unit], bool]
) -> None:
    """A unit stating a value of the kind asked for a subject it names only by a point of its
    own document ("đối tượng quy định tại điểm a khoản 2 Điều 1 ... 160.000 đồng") gains the
    words written at that point, weighed as its context. Those words stand for its subject
    only: it never passes a unit that states such a value and writes them itself."""
    lifted: list[tuple[Candidate, float, frozenset[str]]] = []
    for cand in scored:
        words = referred_words(corpus, q, cand.unit)
        if words and states_value(cand.unit):
            share = sum(q.weights[t] for t in words) / q.total
            lifted.append((cand, cand.evidence, words))
            cand.evidence += 0.75 * _REFERRED_WEIGHT * share
    for cand, own, words in lifted:
        for other in scored:
            if other is cand or other.evidence + other.prior >= cand.evidence + cand.prior:
                continue
            if own + cand.prior > other.evidence + other.prior:
                continue  # it came first by its own words
            terms, context_terms = unit_sets(other.unit, q.toned)
            if words <= (terms | context_terms) and states_value(other.unit):
                # the other names the subject in its own words: stay just below it
                cand.evidence = max(own, other.evidence + other.prior - cand.prior - 1e-6)
        cand.referred = cand.evidence - own


# Weight of a question word only the point a unit refers to holds (as its section's words)
_REFERRED_WEIGHT = 0.5


def referred_words(corpus: Corpus, q: Question, unit: Unit) -> frozenset[str]:
    """The question's words neither the unit nor its context holds but the points of its own
    document it refers to do (:func:`referred_terms`)."""
    if q.total <= 0 or not MAY_REFER.search(unit.folded):
        return frozenset()
    referred = referred_terms(corpus, q, unit)
    if not referred:
        return frozenset()
    terms, context_terms = unit_sets(unit, q.toned)
    return frozenset(
        t for t in q.weights if t in referred and t not in terms and t not in context_terms
    )


def missing_rare_term(corpus: Corpus, q: Question) -> bool:
    """Words the corpus never uses make up much of the question: it asks about something
    the documents do not hold ("tỷ lệ hộ nghèo", "tiêm chủng")."""
    if q.total <= 0:
        return False
    # (an abbreviation the corpus never writes, "THCS", is written out, as the question's
    # words expanded from it are: "trung học cơ sở")
    unknown_terms = [t for t in q.weights if not corpus.known(t, q.toned) and t not in _ABBREVIATED]
    if any(_IDENTIFIER.fullmatch(t) for t in unknown_terms):
        return True  # a code no document writes ("N40"): the collection lacks what is asked
    if unknown_terms and _names_unknown(q, set(unknown_terms)):
        return True  # a name no document writes ("thẻ Pokemon"): nothing here is about it
    unknown = sum(q.weights[t] for t in unknown_terms)
    return unknown / q.total >= _UNKNOWN_SHARE


def _names_unknown(q: Question, unknown: set[str]) -> bool:
    """A capitalized word inside the question (a product, a company, a person) that no unit
    holds. The first word is capitalized anyway and does not count."""
    words = re.findall(r"[^\W\d_]+", q.route.question)
    return any(
        word[:1].isupper()
        and not word.isupper()
        and len(word) > 2
        and any(t in unknown for t in keyed_tokens(q, word))
        for word in words[1:]
    )


def local_gain(q: Question, text: str, a: int, b: int, radius: int = 60) -> float:
    """Weight of the question's words within ``radius`` characters of [a, b)."""
    tokens = keyed_tokens(q, text[max(0, a - radius) : b + radius])
    return sum(w for t, w in q.weights.items() if t in tokens)


def clause_bounds(text: str, a: int, b: int) -> tuple[int, int]:
    """The ";"- or sentence-bounded clause of ``text`` holding [a, b)."""
    left = max(text.rfind(";", 0, a), text.rfind(". ", 0, a))
    right_candidates = [i for i in (text.find(";", b), text.find(". ", b)) if i >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    return left + 1, right


# Where one labelled value ends and the next one's label starts: a clause or sentence end, a
# list item opening a line ("\n- ", "\n+ ", "\nb) ", under bold marks), a table cell, a comma,
# "và" or "hoặc"
_LABEL_BREAK = re.compile(
    r";|\.\s|\|"
    r"|\n[ \t*_]*(?:[-+•]|[a-zđ]\)|\d{1,2}[.)])\s"
    r"|,\s|\s(?:và|hoặc|va|hoac)\s",
    re.IGNORECASE,
)
_STRONG_BREAK = re.compile(r";|\.\s|\|")


def _label_cut(text: str, start: int, stop: int, *, first: bool = False) -> int:
    """Where the words between two values (or before the first one) stop being the earlier
    value's and start being the next one's label. A label ends with a colon and governs the
    values after it ("...: Không quá 15 ngày. - Thời hạn phê duyệt dự án PPP: Không quá 05
    ngày"): the cut is the last break before the last colon; with no colon, words after a value
    up to a break are its own case ("0 đồng đối với A, 100.000 đồng đối với B")."""
    # a clause end between them settles it, and closes the list a colon before it opened
    # ("100.000 đồng đối với các trường hợp: ...; cá nhân ... 15 ngày")
    for match in _STRONG_BREAK.finditer(text, start, stop):
        start = match.end()
    colon = text.rfind(":", start, stop)
    end = colon if colon >= 0 else stop
    # before the first value, words before a colon no break parts are the lead of the whole
    # list it opens ("08 thủ tục (trong đó: 02 ... cấp tỉnh; 06 ... cấp xã)"), no one's label
    cut = colon + 1 if first and colon >= 0 else start
    for match in _LABEL_BREAK.finditer(text, start, end):
        cut = match.end()
    return cut


def _before_list_closes(text: str, start: int, stop: int) -> int:
    """``stop``, or the bracket before it that closes one opened before ``start``: words past
    it are the whole list's ("(trong đó: 02 ...; 06 ...) trong lĩnh vực đất đai")."""
    depth = 0
    for at in range(start, stop):
        if text[at] == "(":
            depth += 1
        elif text[at] == ")":
            depth -= 1
            if depth < 0:
                return at
    return stop


def label_spans(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """For several values of one unit, where each one's own label starts and where its own
    words after it end: from the break that opens its label to the break that opens the next
    value's, never across a clause end. Which words belong to which value follows the text's
    structure, not the distance to the value (:func:`_label_cut`)."""
    order = sorted(range(len(spans)), key=lambda i: spans[i])
    # a colon between the first two values: each value has a label of its own ("- Thời hạn
    # thẩm định: 20 ngày. - Thời hạn cấp: 07 ngày"), no colon before the first opens a list
    own_labels = len(order) > 1 and ":" in text[spans[order[0]][1] : spans[order[1]][0]]
    cuts: list[int] = []
    previous_end = 0
    for i in order:
        a, b = spans[i]
        first = not cuts and not own_labels
        cuts.append(_label_cut(text, min(previous_end, a), a, first=first))
        previous_end = max(previous_end, b)
    bounds = [(0, 0)] * len(spans)
    for rank, i in enumerate(order):
        a, b = spans[i]
        left = cuts[rank]
        for match in _STRONG_BREAK.finditer(text, left, a):
            left = match.end()  # a clause end before the value: its label is after it
        right = cuts[rank + 1] if rank + 1 < len(order) else len(text)
        strong = _STRONG_BREAK.search(text, b, right) if right > b else None
        right = _before_list_closes(text, b, strong.start() if strong else right)
        bounds[i] = (left, max(b, right))
    return bounds


def label_shares(q: Question, text: str, spans: Sequence[tuple[int, int]]) -> list[float]:
    """For several values of one unit, each value's share of the question's weight in its own
    label and case (:func:`label_spans`); all 0 for fewer than two values."""
    if q.total <= 0 or len(spans) < 2:
        return [0.0] * len(spans)
    return [
        text_share(q, text[left:a] + " " + text[b:right])
        for (a, b), (left, right) in zip(spans, label_spans(text, spans), strict=True)
    ]


def clause_coverage(q: Question, text: str, a: int, b: int) -> float:
    """Share of the question's weight inside the ";"-bounded clause holding [a, b)."""
    if q.total <= 0:
        return 0.0
    left, right = clause_bounds(text, a, b)
    return text_share(q, text[left:right])


# A negation and the word it denies ("không xác định", "chưa có"), folded
_NEGATED = re.compile(r"\b(?:khong|chua)\s+(?:(?:co|duoc|phai)\s+)?(\w+)")
# the words a negation bounds a value with, no case ("không quá", "không ít hơn"), folded
_BOUND_WORDS = frozenset(
    {"qua", "the", "it", "nhieu", "duoi", "tren", "vuot", "som", "muon", "thap", "cao"}
)
# Bounds a value is written with (folded): the most ("tối đa", "không quá", "chậm nhất") and the
# least ("ít nhất", "không thấp hơn", "sớm nhất")
UPPER_BOUND = re.compile(
    r"\b(?:toi da|khong qua|cham nhat|nhieu nhat|khong vuot qua|khong cao hon|khong lon hon)\b"
)
LOWER_BOUND = re.compile(
    r"\b(?:it nhat|toi thieu|khong it hon|khong duoi|som nhat|khong thap hon|khong nho hon)\b"
)


def denies_question(q: Question, text: str, a: int, b: int) -> bool:
    """The clause holding the value [a, b) denies what the question states of its case: "03
    ngày ... đối với trường hợp không xác định tiền sử dụng đất" when the question asks the case
    "có (xác định) tiền sử dụng đất" — a word of the question after "không"/"chưa" that the
    question itself does not negate."""
    left, right = clause_bounds(text, a, b)
    asked = fold(q.route.question)
    # the question's content words ("bao" of "bao nhiêu" is none: "không bao gồm thuế")
    content = {fold(t) for t in q.weights}
    for match in _NEGATED.finditer(fold(text[left:right])):
        word = match.group(1)
        if word in _BOUND_WORDS or word not in content:
            continue  # a bound ("không quá 03 ngày"), no case
        if re.search(rf"\b(?:khong|chua)\s+(?:\w+\s+)?{word}\b", asked):
            continue
        return True
    return False


# A clause setting its value apart for a case of its own ("...; riêng các địa phương vùng đồng
# bằng sông Cửu Long có tỷ lệ ... cao gấp từ 2,0 lần"), folded: the first words of that case
# (opening its clause: "tài khoản riêng", "quy định riêng" set nothing apart)
_SET_APART = re.compile(r"^\W*rieng\s+(?:(?:cac|nhung|doi voi|voi|cho|tai|o)\s+)*((?:\w+\s+){1,4})")


def sets_apart_another_case(q: Question, text: str, a: int, b: int) -> bool:
    """The clause holding the value [a, b) sets it apart for a case of its own, none of whose
    words the question writes: "riêng các địa phương vùng đồng bằng sông Cửu Long ... 2,0 lần"
    is no answer for the rule of the whole country (when the question names that region,
    "vùng ĐBSCL", it is)."""
    left, _ = clause_bounds(text, a, b)
    opened = _SET_APART.search(fold(text[left:a]))
    if opened is None:
        return False
    asked = set(TOKEN.findall(q.route.folded))
    return not (set(opened.group(1).split()) - STOP_WORDS) & asked


# The case a question denies ("công chức không phải là nữ hoặc ...", "hồ sơ chưa hợp lệ"): the
# two words after the negation and its copula; typed with marks, read with them ("chứa", "chùa"
# are no "chưa")
_DENIED_CASE_WORDS = re.compile(
    r"\b(?:khong|chua)\s+(?:(?:co|duoc|phai)\s+)?(?:la\s+)?(\w+(?:\s+\w+)?)"
)
_DENIED_CASE_TONED = re.compile(
    r"\b(?:không|chưa)\s+(?:(?:có|được|phải)\s+)?(?:là\s+)?(\w+(?:\s+\w+)?)"
)


_DeniedCase = tuple[str, re.Pattern[str], re.Pattern[str]]


@functools.lru_cache(maxsize=256)
def _denied_cases(question: str, accented: bool) -> tuple[_DeniedCase, ...]:
    """(folded phrase, its pattern, its negated pattern) of each case ``question`` denies."""
    if accented:
        phrases = [fold(m.group(1)) for m in _DENIED_CASE_TONED.finditer(question.lower())]
    else:
        phrases = [m.group(1) for m in _DENIED_CASE_WORDS.finditer(fold(question))]
    return tuple(
        (
            phrase,
            re.compile(rf"\b{re.escape(phrase)}\b"),
            re.compile(rf"\b(?:khong|chua)\s+(?:\w+\s+){{0,2}}{re.escape(phrase)}\b"),
        )
        for phrase in dict.fromkeys(phrases)
        if phrase
    )


def affirms_denied_case(q: Question, text: str, a: int, b: int) -> bool:
    """The clause holding the value [a, b) states, without negating them, the words of the case
    the question denies: "Trường hợp công chức là nữ hoặc ... giảm 1,5%" for "công chức không
    phải là nữ hoặc ... giảm bao nhiêu" (the denied case's own clause, "không phải là nữ hoặc",
    negates them)."""
    denied = _denied_cases(q.route.question, q.route.accented)
    if not denied:
        return False
    content = {fold(t) for t in q.weights}
    left, right = clause_bounds(text, a, b)
    clause = fold(text[left:right])
    for phrase, pattern, negated in denied:
        first = phrase.split()[0]
        if first in _BOUND_WORDS or first not in content:
            continue
        written = pattern.search(clause)
        if written is not None and not negated.search(clause[: written.end()]):
            return True
    return False


def text_share(q: Question, text: str) -> float:
    """Share of the question's weight in ``text``."""
    if q.total <= 0:
        return 0.0
    tokens = keyed_tokens(q, text)
    return sum(w for t, w in q.weights.items() if t in tokens) / q.total


def densest(q: Question, text: str) -> tuple[int, int]:
    """Span of the unit text around the question words (for general answers)."""
    best, best_gain = (0, min(len(text), 1)), -1.0
    for match in re.finditer(r"[^,;:()]+", text):
        gain = local_gain(q, text, match.start(), match.end())
        if gain > best_gain:
            best, best_gain = (match.start(), match.end()), gain
    return best
