"""Answers read from one evidence unit: a number with its clause, a cited document, a body.

Each extractor returns ``(answer, focus, quality, constraint text, mention)``: the answer (a
slice of the unit's cleaned text), the span it was built around, how well it fits the question
(0..1; a cited document's may pass 1 when type, place and date all fit), the text whose
years and periods must match the question's, and the cited document.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache

import numpy as np

from indexer.extract.citations import number_matches
from indexer.extract.numbers import find_dates, parse_number, roman_to_int
from indexer.normalize import CAPITAL_LETTERS, in_capitals, match_key, strip_diacritics
from indexer.records import Section
from indexer.units import STT, TOKEN, Unit, strip_span
from qa_service.answer.agency import (
    AGENCY,
    NAME_END,
    NORMATIVE_ACTS,
    bodies_in,
    bodies_named,
    body_column,
    body_header_row,
    body_matches,
    bracketed_end,
    heading_body,
    holder_start,
    kinds_end,
    list_end,
    name_end,
    opens_body,
    without_holder,
)
from qa_service.answer.agency import section_chain as _section_chain
from qa_service.answer.corpus import Corpus
from qa_service.answer.evidence import (
    LOWER_BOUND,
    UPPER_BOUND,
    Candidate,
    act_pairs,
    added_share,
    affirms_denied_case,
    clause_bounds,
    clause_coverage,
    constraint_factor,
    context_share,
    cut_sentence_share,
    denies_question,
    densest,
    direct_share,
    filled_cell,
    group_share,
    item_label_share,
    joint_coverage,
    label_shares,
    label_spans,
    labelled_cells,
    labels_sibling_case,
    local_gain,
    missing_rare_term,
    named_row_context_share,
    numbers_row,
    row_cells,
    row_group,
    row_label,
    row_label_share,
    sets_apart_another_case,
    text_share,
)
from qa_service.answer.gazetteer import UNIT_NAMES, plain
from qa_service.answer.mentions import NUMBER_ASKED, Mention, numbered
from qa_service.answer.own_document import issued_by_named_body
from qa_service.answer.question import (
    ASKS_CLOCK,
    ASKS_DURATION,
    KINDS,
    Question,
    keyed_tokens,
    numbers_after_a_type,
)
from qa_service.answer.relations import (
    asked_relation,
    lead_in_relation,
    mention_relations,
    relation_fit,
    says_class,
)
from qa_service.answer.typed_entity import asked_kind, entity_of_kind
from qa_service.answer.value_kind import (
    TOTAL_TIME_ASKED,
    other_level,
    same_unit,
    things_measured,
)
from qa_service.answer.verify import (
    ORDINARY_ASKED,
    PER_UNIT_WRITTEN,
    asks_money,
    contact_unwritten,
    labels_its_heading,
    lacks_asked_act,
    lacks_asked_procedure,
    lacks_asked_subject,
    listed_under_another_status,
    procedure_words,
    writes_phrase,
)
from qa_service.answer.verify import (
    asked_act as asked_time_act,
)
from qa_service.answer.windows import (
    MAX_ANSWER_CHARS,
    STRONG,
    WEAK,
    char_window,
    clause_window,
    tidy,
)
from qa_service.routing import (
    BODY_KIND_QUALIFIERS,
    CODED_KINDS,
    DOCUMENT_KINDS,
    FEE_ASKED,
    HOW_MANY,
    HOW_OFTEN,
    OFFICE_KIND_ASKED,
    PERIOD_ASKED,
    SCORE_WORD,
    asked_event_words,
    asks_a_code,
    asks_a_related_document,
    asks_dating,
    bodies_offered,
    fold,
    key,
    names_an_event,
    offered_act,
    period_pattern,
    periods_in,
)
from qa_service.routing import STOP_WORDS as _STOP_WORDS
from qa_service.routing import STOP_WORDS_TONED as _STOP_WORDS_TONED

__all__ = [
    "DATELINE",
    "DURATION",
    "Extracted",
    "band_fit",
    "best_unit_answer",
    "cell_around",
    "clock_times",
    "extract",
    "row_answer",
    "states_value",
    "value_spans",
    "warm_extractions",
]

logger = logging.getLogger(__name__)

_RATE_CHARS = 30  # characters after a value in which its rate is written
_DENIED_CASE = 0.5  # a value stated of the case the question's words are denied in
# "A và B lần lượt", "A so với B", "bao nhiêu ... bao lâu ...": a question asking two values
# (folded), each of its own label: no one label tells which value answers
_VALUE_ASKED = rf"(?:{HOW_MANY}|\bbao lau\b)"
ASKS_TWO_VALUES = re.compile(
    # ("bằng bao nhiêu % tổng mức chi so với xây dựng mới": one share, of the sum compared)
    rf"\blan luot\b|\btruoc va sau\b|{_VALUE_ASKED}[^?]*{_VALUE_ASKED}"
    rf"|^(?!.*{HOW_MANY}\s*(?:%|phan tram)[^?]*\bso voi\b).*?\bso voi\b"
)
_CASE_NAMED = 0.25  # a value whose own phrase names the case asked, of several counted alike
_FOUND_THRESHOLD = 0.52  # minimum score (evidence, extraction quality, constraints) to answer
_MIN_EVIDENCE = 0.3  # and minimum share of the question's words in the evidence itself

Extracted = tuple[str, tuple[int, int], float, str | None, Mention | None]
_NUMBER = re.compile(r"\d+(?:[.,/]\d+)*")

# Dates and periods a date answer can be ("trước ngày 20/4", "quý IV/2023", "2021-2025");
# wider than indexer.extract.numbers.find_dates, which reads full dates only.
# "năm nào" asks a year, "ngày tháng năm nào" a full date
_ASKS_YEAR = re.compile(r"(?<!thang )\bnam nao\b|\bnam bao nhieu\b")
# a year of its own, not the end of a date ("ngày 14 tháng 11 năm 2025")
# The periods a question asks by their kind (:data:`PERIOD_ASKED`, its first folded word): a
# school year ("năm học 2025-2026", "năm học 2024 - 2025"), a numbered round ("đợt 3 năm 2025")
_PERIOD_EXPR = {
    "nam": re.compile(r"(?i:năm\s+học)\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b"),
    "dot": re.compile(r"(?i:đợt)\s+(?:\d{1,2}|[IVX]{1,4})\b(?:\s+(?i:năm)\s+(?:19|20)\d{2}\b)?"),
}
_YEAR_EXPR = re.compile(
    r"(?<!tháng \d )(?<!tháng \d\d )(?i:(?:vào|trong|đến|từ)\s+)?(?i:năm)\s+(?:19|20)\d{2}\b"
)
_DATE_EXPR = re.compile(
    # (a sentence or a fragment may open with it: "... quốc gia. “Ngày 10/10”;")
    r"(?:(?:trước|từ|đến|sau)\s+)?[nN]gày\s+\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?"
    r"|(?:(?:trước|từ|đến|sau)\s+)?[nN]gày\s+\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?"
    # a day of every month or quarter ("trước ngày 15 hằng tháng")
    r"|(?:(?:trước|từ|đến|sau)\s+)?[nN]gày\s+\d{1,2}\s+(?:hằng|hàng)\s+(?:tháng|quý)\b"
    r"|\b\d{1,2}/\d{1,2}/\d{4}\b"
    # a full date written without "ngày" ("khánh thành, khởi công dịp 19 tháng 12 năm 2025")
    r"|\b\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\b"
    # a day observed yearly, its day and month closing its name ("Ngày toàn dân phòng, chống
    # ma túy 26/6"): a date, not a fraction
    # (a name states no value: "Ngày hội đọc sách, tỷ lệ đạt 2/3" is a fraction)
    r"|\bNgày\s+[^\W\d](?:(?!(?:đạt|tỷ lệ|tỉ lệ|bằng|chiếm|là)\b)[^\d\n;.“”\"]){2,80}?"
    r"\s\d{1,2}/\d{1,2}\b(?![/\d])"
    r"|(?i:quý)\s+[IVX]+\s*(?:/|năm)\s*\d{4}"
    r"|(?i:tháng)\s+\d{1,2}\s*(?:/|năm)\s*\d{4}"
    r"|\b(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b",
)
# A time of day set as a limit: "trước 19h00’", "chậm nhất 16 giờ 30 phút", "trước 10 giờ sáng
# ngày làm việc tiếp theo" (not "không quá 24 giờ", "trong 08 giờ": lengths of time)
_CLOCK_LIMIT = re.compile(
    r"(?:trước|chậm nhất(?:\s+(?:là|vào|lúc))?)\s+(?:lúc\s+)?\d{1,2}\s*(?:giờ|h)(?:\s*\d{2})?"
    r"(?:\s*phút|\s*[’'])?(?:\s+(?:sáng|chiều|tối|trưa))?"
    r"(?:\s+(?:(?:hằng|hàng)\s+ngày|ngày\s+làm\s+việc\s+(?:tiếp\s+theo|kế\s+tiếp|liền\s+kề)))?"
    # "phát hành trong ngày ký, chậm nhất là trong ngày làm việc tiếp theo": a day counted
    # from the act, no number written
    r"|chậm nhất(?:\s+là)?\s+(?:trong\s+)?(?:ngày|buổi)\s+làm\s+việc\s+"
    r"(?:tiếp\s+theo|kế\s+tiếp|liền\s+kề)",
    re.IGNORECASE,
)
# A time of day: "03h00 sáng", "22 giờ 00 phút", "15 giờ" (not "24/24 giờ", "1,5 giờ")
_CLOCK_TIME = re.compile(
    r"(?<![\d,./])\d{1,2}\s*(?:giờ|h)(?:\s*\d{2}(?!\d))?(?:\s*phút|\s*[’'])?"
    r"(?:\s+(?:sáng|chiều|tối|trưa|đêm))?(?!\w)",
    re.IGNORECASE,
)


def clock_times(text: str) -> list[re.Match[str]]:
    """The times of day ``text`` writes ("từ 18h00 tối ... đến 03h00 sáng")."""
    return list(_CLOCK_TIME.finditer(text))


def _led_as_asked(clock: re.Match[str], text: str, at: int) -> bool:
    """The time of day at ``at`` in ``text`` follows the word the question's "mấy giờ" follows
    ("đến 03h00" for "đến mấy giờ"; "lúc 15 giờ" for "lúc mấy giờ")."""
    before = clock.string[: clock.start()].split()
    if not before:
        return False
    written = plain(fold(text[max(0, at - 12) : at])).split()
    return bool(written) and written[-1] == before[-1]


# The words a question writes before "ngày nào" ("đến hết ngày nào", "trước ngày nào"), folded
_DAY_ASKED_AFTER = re.compile(r"\b(den het|den|tu|truoc|sau) ngay nao\b")


def _day_led_as_asked(lead: str | None, text: str, m: re.Match[str]) -> bool:
    """The date ``m`` of ``text`` is led by the words the question's "ngày nào" follows
    (``lead``, :data:`_DAY_ASKED_AFTER`'s group: "đến hết ngày 04/01/2026" for "đến hết ngày
    nào"); False when it writes none."""
    if lead is None:
        return False
    around = plain(fold(f"{text[max(0, m.start() - 16) : m.start()]}{m.group()[:16]}"))
    return re.search(rf"\b{lead} ngay\b", around) is not None


# A date that writes its day ("ngày 01 tháng 12 năm 2025", "15/10/2025"), not only a month, a
# quarter or years
_DAY_WRITTEN = re.compile(r"(?:(?:trước|từ|đến|sau)\s+)?ngày\b|\d{1,2}/\d{1,2}/\d{4}")
_NO_DAY_QUALITY = 0.5  # a month or a quarter for a day asked
# A span of years ("2026 - 2031"): a period, not a point in time
_YEAR_SPAN = re.compile(r"(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}")
# "giai đoạn nào", "nhiệm kỳ nào": the question asks for a span of years
_ASKS_SPAN = re.compile(r"\b(?:giai doan|nhiem ky|thoi ky|nhung nam) nao\b")


def _title(unit: Unit) -> str:
    """The folded title of the unit's document."""
    return unit.context_folded.partition(" || ")[2]


def _dates(text: str, title: str, folded_question: str, *, limit: bool) -> list[re.Match[str]]:
    """The dates and periods of ``text`` a date or time-limit answer can be. A span of years is
    none of a time limit (a limit is a day or a duration) and, unless the question asks for a
    span, none of a date when the document's title writes it: the period of the subject the
    document is about ("... bầu cử ... nhiệm kỳ 2026 - 2031"), part of its name; nor of a
    day asked ("có hiệu lực từ ngày nào": not "năm học 2026-2027")."""
    found = list(_DATE_EXPR.finditer(text))
    if _ASKS_SPAN.search(folded_question):
        return found
    no_span = limit or _ASKS_DAY.search(folded_question) is not None
    return [
        m
        for m in found
        if not _YEAR_SPAN.fullmatch(m.group())
        or not (no_span or re.sub(r"\s", "", m.group()) in re.sub(r"\s", "", title))
    ]


# A measure or a currency written against its number ("400mm", "15ha", "10Gbps",
# "435.000đồng/người/ngày", "50.000đ"): the number is a value still, read whole
_GLUED_MEASURE = r"(?i:mm|cm|km|m|m2|m3|ha|kg|kwh|kw|mw|kv|gb|mb|tb|gbps|mbps|đồng|đ|vnđ|vnd|usd)\b"
# A number that can be an answer: "2.450", "64,5%", "21/30", "400mm" (not inside a word or a
# symbol).
_VALUE = re.compile(
    r"(?<![\w/.,])(\d+(?:[.,]\d+)*(?:\s*/\s*\d+(?:[.,]\d+)*)?)(\s*%)?"
    rf"(?:(?![\w/])|(?={_GLUED_MEASURE}))"
)

_SCORE_WORD = re.compile(SCORE_WORD)

_SCORE_AFTER = re.compile(r"^\s*(?:điểm|đ\b)", re.IGNORECASE)
# "Tổng số điểm đạt được từ 85 đến 100", "số điểm: 90": the score named before its value, in
# the same clause
_SCORE_BEFORE = re.compile(r"\b(?:tổng|số)\s+(?:số\s+)?điểm\b[^\d;.]{0,20}$", re.IGNORECASE)

_RANK_BEFORE = re.compile(
    r"(xếp\s+(?:thứ|hạng)|vị\s+trí|thứ\s+hạng|hạng)\s*(?:thứ\s*)?$", re.IGNORECASE
)

_TARGET_CUE = re.compile(  # words around a planned value, not an achieved one
    r"\b(phan dau|chi tieu|muc tieu|den nam|toi thieu|tro len|dat tu|dat tren|it nhat|toi da"
    r"|giam (?:toi thieu|binh quan)|tang (?:toi thieu|tu)|dam bao)\b"
)

# "bao nhiêu hồ sơ": what the number counts; a rate is one unit ("bao nhiêu m3/giờ": not m3/ngày)
_EXPECTED = re.compile(r"\b(?:bao nhieu|may)\s+([a-z][a-z0-9]*/[a-z0-9]+|[a-z]+(?: [a-z]+)?)")


def _expected_unit(folded_question: str) -> str | None:
    """What the number should count: "bao nhiêu hồ sơ" → "ho so"; "điểm" for scores."""
    match = _EXPECTED.search(folded_question)
    if match:
        words = match.group(1)
        per = _PER.match(words)
        if per:  # "bao nhiêu một buổi": a rate per session ("đồng/người/buổi")
            return f"/{per.group(1)}"
        # (whole words: "là", not "lần" nor "lao động")
        if not _NOT_A_UNIT.match(words):
            return words
    if _SCORE_WORD.search(folded_question):
        return "diem"
    match = re.match(r"(?:tong )?so (?:luong )?([a-z]+(?: [a-z]+)?)", folded_question)
    if match and not match.group(1).startswith(("hieu", "lieu")):
        return match.group(1)
    return None


# words after "bao nhiêu" that name no unit ("là", "đạt", "được", "còn", "số", "trong"), folded
_NOT_A_UNIT = re.compile(r"(?:phan tram|la|dat|duoc|con|so|trong)\b")
# "một buổi", "mỗi tháng" after "bao nhiêu": what a rate is counted per (folded)
_PER = re.compile(r"(?:mot|moi)\s+([a-z]+)$")


def _unit_matches(expected: str, following: str, *, anywhere: bool = False) -> bool:
    """Does the text after a number (or a table row's label) name the expected unit, as a word
    or its symbol? A rate ("m3/gio") is read as its words ("m3 gio")."""
    if expected.startswith("/"):  # a rate per what is asked: "/buổi" in "đồng/người/buổi"
        per = rf"/\s*(?:\w+\s*/\s*)*{re.escape(expected[1:])}\b"
        return re.search(per, following if anywhere else following[:_RATE_CHARS]) is not None
    words = expected.replace("/", " ").split()[:2]
    if anywhere:
        written = set(TOKEN.findall(following))
        return all(any(same_unit(w, t) for t in written) for w in words)
    tokens = TOKEN.findall(following)[: len(words)]
    return len(tokens) == len(words) and all(
        same_unit(w, t) for t, w in zip(tokens, words, strict=True)
    )


def _header_unit(expected: str, unit: Unit) -> bool:
    """A table row's header names the unit of its values in brackets ("Mức hỗ trợ (đồng)")."""
    return bool(re.search(rf"\(\s*{re.escape(expected)}\b", unit.context_key))


def _row_header(unit: Unit) -> str:
    """A table row's context past its section path: its table's caption, header and group
    rows, folded (the path may write "khoản, điểm" of a clause, no column's name)."""
    path = fold(unit.section)
    context = unit.context_key
    return context[len(path) :] if path and context.startswith(path) else context


def _score_column(unit: Unit) -> bool:
    """A table row under a header naming points ("Điểm tối đa", "Số điểm", "Tiêu chí chấm
    điểm"): its numbers are scores written without the word."""
    return unit.kind == "row" and _SCORE_WORD.search(_row_header(unit)) is not None


def _located_cells(unit: Unit) -> list[tuple[int, tuple[int, int]]]:
    """A table row's filled cells, each by its place among all the row's cells (empty ones
    counted) and its span in the unit text, in order, up to the first the text does not write."""
    located: list[tuple[int, tuple[int, int]]] = []
    position = 0
    for k, cell in enumerate(unit.cells):
        if not filled_cell(cell):
            continue
        at = unit.text.find(cell, position)
        if at < 0:
            break
        located.append((k, (at, at + len(cell))))
        position = at + len(cell)
    return located


def _cell_holding(unit: Unit, at: int) -> tuple[int, str] | None:
    """The place among a row's cells, and the text, of the cell whose span holds ``at`` (each
    cell found after the one before: "Bước 2 | Thẩm định hồ sơ | 2" holds its "2" last)."""
    for k, (start, end) in _located_cells(unit):
        if start <= at < end:
            return k, unit.cells[k]
    return None


def _row_value_cells(unit: Unit) -> tuple[list[tuple[int, int]], int]:
    """Spans (in the unit text) of a table row's value cells, and where its label ends."""
    spans = [span for _, span in _located_cells(unit)]
    if spans and numbers_row(unit.text[spans[0][0] : spans[0][1]]):
        spans = spans[1:]
    if not spans:
        return [], 0
    label_end = spans[0][1]
    cells: list[tuple[int, int]] = []
    for a, b in spans[1:]:
        if "=" not in unit.text[a:b]:
            cells.append((a, b))
        elif b - a > _LONG_CELL:
            # a prose cell: of a formula's piece only its result counts, the operands state no
            # figure ("- Thành phố Hà Nội 209.929 tỷ đồng - ... là: D = (209.929 x
            # 5.000)/712.200 = 524,8 tỷ đồng (lấy tròn 525 tỷ đồng)")
            cells.extend(
                (a + m.start() + m.group().rfind("=") + 1, a + m.end())
                for m in _PIECE.finditer(unit.text[a:b])
            )
        else:
            cells.append((a + unit.text[a:b].rfind("=") + 1, b))
    return cells, label_end


_PIECE = re.compile(r"(?:[^;.\s]|\.(?!\s)|\s(?!-\s))+")  # up to " - ", "; " or ". "


def _label_stating_values(unit: Unit, cells: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of a row's first cell when it states figures as its other cells do, not a
    name: every filled cell, that one included, writes a value with what it counts ("- Dự kiến
    cả nước năm 2026: 2.000.000 tỷ đồng ... | - Thành phố Hà Nội 209.929 tỷ đồng ..."), so the
    table has no label column. A name holding a number ("Nhà trẻ (từ 12 tháng ...) |
    5.100.000") stands beside bare values and stays a label."""
    spans = [span for _, span in _located_cells(unit)]
    if spans and numbers_row(unit.text[spans[0][0] : spans[0][1]]):
        spans = spans[1:]
    if len(spans) < 2 or not cells:  # a row of one cell, or no value cell left to read
        return None
    text = unit.text

    def states_value(a: int, b: int) -> bool:
        return any(value_unit(text, a + va, a + vb) for va, vb, _ in _values(text[a:b]))

    if not all(states_value(a, b) for a, b in spans):
        return None
    return spans[0]


# "khoản 2 Điều 12", "Phụ lục 3": the number of a part of a document, not a figure (but
# "Danh mục 03 thủ tục" counts them); "theo mẫu số 02", "Mẫu 01": the number of a form (not
# "hàng mẫu", goods sent as samples)
_REFERENCE_BEFORE = re.compile(
    r"\b(?:khoản|điều|điểm|(?<!danh )mục|chương|phụ lục|tiết|(?<!hàng )mẫu(?:\s+số)?)\s*$",
    re.IGNORECASE,
)
_REFERENCE_WORD_CHARS = 16  # more than the longest of those words ("phụ lục")


def _reference_before(text: str, at: int) -> bool:
    """``_REFERENCE_BEFORE.search(text, 0, at)``, tried only where a match can start: its word
    ends where the blanks before ``at`` begin (a search from 0 tries every character before
    each number, which costs the square of a long table row's length)."""
    start = at
    while start > 0 and text[start - 1].isspace():
        start -= 1
    # the \b and the lookbehind still read the characters before the position searched from
    return _REFERENCE_BEFORE.search(text, max(0, start - _REFERENCE_WORD_CHARS), at) is not None


# "1. Ban Chỉ đạo thi", "2) Trưởng ban": the number of an item, not a figure
_ITEM_LABEL = re.compile(r"\s*[.)]\s+(\w)")


def _footnote_mark(text: str, a: int, b: int) -> bool:
    """The number at [a, b) is a footnote's mark in square brackets ("09 địa phương[3]", "[4]
    Các dự án ..."): it points to a note, it counts nothing."""
    return text[a - 1 : a] == "[" and text[b : b + 1] == "]"


# A label of a numbered part below another ("1.7.", "2.1.3)"): groups of one or two digits (a
# group of thousands has three; a decimal is written with a comma)
_NESTED_LABEL = re.compile(r"\d{1,2}(?:\.\d{1,2})+")
_LABEL_MARKS = " *_-“”\"'()"  # marks around a list label standing alone


def _item_label(text: str, a: int, b: int) -> bool:
    """The short number at [a, b) labels the item that opens the text or a table cell ("3.
    Sở Tài chính", "1.7. Kết quả thực hiện")."""
    if b - a > 2 and not _NESTED_LABEL.fullmatch(text, a, b):
        return False
    if not text[:a].strip(_LABEL_MARKS) and text[b:].strip(_LABEL_MARKS) in ("", "."):
        return True  # the label alone, its item cut into the next unit ("“9.")
    head = text[:a].rstrip(" *-")
    label = _ITEM_LABEL.match(text, b)
    return (not head or head.endswith("|")) and label is not None and label.group(1).isupper()


# "Vành đai 1", "Phường 3", "Giai đoạn 2": a single digit after a capitalised word (and a word of
# its name) inside a sentence, nothing counted after it: it ends a name (a count of a few is
# written "01", "09 phường", and is followed by what it counts)
_NAME_NUMBER_BEFORE = re.compile(r"(?<![.:;|\n*])\s+[A-ZĐ][^\W\d_]*(?:\s+[^\W\d_]+)?\s+$")
_NAME_NUMBER_AFTER = re.compile(
    r"\s*(?:$|[,;.:)\]|\n]|(?:và|hoặc|trở|thuộc|của|gồm|là|có|đến|tới|với)\b)", re.IGNORECASE
)
_NAME_NUMBER_WORDS = 32  # characters read back for the words of the name


# A place or a residential unit named by its number ("Phường 10", "Quận 3", "Khu phố 4", "Tổ
# dân phố 12", "Ấp 5"), the word capitalised as names are, right before the number
_NUMBERED_PLACE_BEFORE = re.compile(
    r"(?<![\w])(?:Phường|Quận|Khu phố|Khu|Khóm|Ấp|Thôn|Tổ dân phố|Tổ|Bản|Xóm|Đội)\s+$"
)


def _name_number(text: str, a: int, b: int) -> bool:
    """The value at [a, b) ends a name: one digit ("tại Vành đai 1 và ..."), or the number of
    a place or residential unit ("Phường 10")."""
    if b - a <= 3 and text[a:b].isdigit() and _NUMBERED_PLACE_BEFORE.search(text, 0, a):
        return True
    if b - a != 1 or not text[a].isdigit() or text[a] == "0":
        return False
    if _NAME_NUMBER_AFTER.match(text, b) is None:
        return False
    return _NAME_NUMBER_BEFORE.search(text[max(0, a - _NAME_NUMBER_WORDS) : a]) is not None


# After a house number: the street's name (capitalized, "đường" may open it), then the ward,
# commune or district ("244 Điện Biên Phủ, Phường Xuân Hòa", "Số 04 đường Nguyễn Tất Thành,
# Phường Bà Rịa")
_STREET_AFTER = re.compile(
    r"\s+(?:đường\s+)?([^\W\d_][\w/]*(?:\s+[\w/]+){0,5}?),\s*"
    r"(?:phường|xã|quận|huyện|thị trấn|thị xã|tp\b|thành phố)",
    re.IGNORECASE,
)


def _house_number(text: str, a: int, b: int) -> bool:
    """The value at [a, b) is the number of an address, no figure."""
    street = _STREET_AFTER.match(text, b)
    return street is not None and street.group(1)[0].isupper() and text[a:b].isdigit()


# "đợt 3 năm 2025": the number of a round labels it, counts nothing ("xếp thứ 10/11" is a rank)
_ROUND_BEFORE = re.compile(r"(?<!\w)đợt\s+$", re.IGNORECASE)


# "2.000927", "1.014466": a procedure's code, not a figure (a group of thousands has three
# digits; a decimal is written with a comma)
_CODE_GROUP = re.compile(r"\.\d{4,}")


@lru_cache(maxsize=4096)
def _date_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` writes dates and periods (cached: every rule that reads a unit's values
    asks it again, for every question)."""
    return tuple((m.start(), m.end()) for m in _DATE_EXPR.finditer(text))


def _values(text: str, mentions: Sequence[Mention] = ()) -> list[tuple[int, int, str]]:
    """Numbers in ``text`` that can be answers: not dates, not the cited documents
    (``mentions``), not years alone."""
    return list(_values_between(text, tuple((m.start, m.end) for m in mentions)))


# Cached: every rule that reads a unit's values asks for them again, for every question
@lru_cache(maxsize=4096)
def _values_between(
    text: str, mention_spans: tuple[tuple[int, int], ...]
) -> tuple[tuple[int, int, str], ...]:
    """:func:`_values` of ``text``, its cited documents at ``mention_spans``."""
    blocked: list[tuple[int, int]] = [*mention_spans, *_date_spans(text)]
    out: list[tuple[int, int, str]] = []
    for match in _VALUE.finditer(text):
        a, b = match.start(1), match.end(2) if match.group(2) else match.end(1)
        if _inside(a, blocked) or _reference_before(text, a):
            continue
        raw = match.group(1)
        if _item_label(text, a, b) or _CODE_GROUP.search(raw) or _name_number(text, a, b):
            continue
        if _footnote_mark(text, a, b):
            continue
        if _house_number(text, a, b) or _ROUND_BEFORE.search(text[max(0, a - 8) : a]):
            continue
        if re.fullmatch(r"(?:19|20)\d{2}", raw) and (
            re.search(r"(?:năm|giai đoạn)\s*$", text[max(0, a - 12) : a], re.IGNORECASE)
            or re.match(r"\s*[-–]", text[b:])  # a period cut at the line end ("2021 -")
        ):
            continue
        out.append((a, b, text[a:b]))
    return tuple(out)


def value_spans(text: str, mentions: Sequence[Mention] = ()) -> list[tuple[int, int]]:
    """Spans of the numbers of ``text`` that can answer a value question (:func:`_values`)."""
    return [(a, b) for a, b, _ in _values(text, mentions)]


_NUMBER_YEAR = re.compile(r"^\d+/((?:19|20)\d{2})/")  # "16/2023/QH15": the year of issue
_SPACED_SYMBOL = re.compile(r"(?<=[\w/])\s*([/-])\s+(?=[A-ZĐ\d])|(?<=[A-ZĐ\d])\s+([/-])(?=\w)")
# a number written in words ("mười", "mười hai", "năm"), as a length is spelled out before its
# figure in brackets ("Mười (10) ngày làm việc")
_NUMBER_WORD = r"(?:một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|mốt|trăm)"
DURATION = re.compile(
    r"(?:(?:trong|trong vòng|trong thời hạn|không quá|tối đa|chậm nhất|sau)\s+)?"
    rf"(?:\b\d{{1,3}}(?:\s*\([^)]{{1,20}}\))?|\b{_NUMBER_WORD}(?:\s+{_NUMBER_WORD}){{0,3}}"
    r"\s*\(\d{1,3}\))\s+(?:ngày(?:\s+làm\s+việc)?|tháng|năm|giờ|tuần)\b",
    re.IGNORECASE,
)
# Words that make a date or a duration a time limit ("trong thời gian 03 ngày làm việc").
_LIMIT_CUE = re.compile(
    r"(?:trước|chậm nhất|không quá|tối đa|trong thời hạn|thời hạn|hạn chót|hoàn thành"
    r"|trong vòng|trong thời gian|trong)[\s:,(]*(?:ngày|là|\w+\s*)?\s*$",
    re.IGNORECASE,
)


# a table column of time limits ("Thời hạn giải quyết", "Thời gian giải quyết")
# "ngày nào", "ngày tháng nào", "vào ngày bao nhiêu": the question asks for a day (folded)
_ASKS_DAY = re.compile(r"\bngay (?:thang (?:nam )?)?(?:nao|bao nhieu|may)\b")
_LIMIT_HEADER = re.compile(r"\b(?:thoi han|thoi gian) (?:giai quyet|thuc hien|xu ly)\b")


def _counted_in(length: re.Match[str], asked: re.Match[str], *, exact: bool = False) -> bool:
    """The length of time written (a :data:`DURATION` match) is counted in the unit the question
    asks ("bao nhiêu ngày": "07 ngày", "05 ngày làm việc"; any for "bao lâu"); ``exact``: in
    working days too when it asks them ("bao nhiêu ngày làm việc": not "15 ngày")."""
    unit = asked.group("unit")
    if unit is None or (unit == "gio" and _ROUND_THE_CLOCK.fullmatch(length.group())):
        return True
    if exact:
        unit += asked.group("working") or ""
    return re.search(rf"\b{unit}\b", plain(fold(length.group()))) is not None


# A frequency: a count per period ("sao lưu định kỳ (01 lần/ngày)", "một lần/năm"), and a
# question that asks how often ("bao lâu một lần", "mấy lần một năm"), folded
FREQUENCY = re.compile(
    rf"(?:\b\d{{1,3}}|\b{_NUMBER_WORD})\s+lần\s*/\s*(?:ngày|tuần|tháng|quý|năm)\b",
    re.IGNORECASE,
)
ASKS_FREQUENCY = re.compile(rf"\bbao lau (?:mot|1|01) lan\b|\b(?:bao nhieu|may) lan\b|{HOW_OFTEN}")


# A length of time written in words alone after "trong", "kéo dài" ("Trong hai ngày diễn ra Lễ
# Quốc tang"); in words elsewhere, a count may name no length ("một năm" of a year's plan), nor
# does "một" alone ("trong một ngày": each day)
_DURATION_IN_WORDS = re.compile(
    rf"(?:\btrong(?:\s+vòng)?|\bkéo\s+dài)\s+(?!một\s+(?:ngày|tháng|năm|giờ|tuần)\b)"
    rf"{_NUMBER_WORD}(?:\s+{_NUMBER_WORD}){{0,2}}"
    r"\s+(?:ngày(?:\s+làm\s+việc)?|tháng|năm|giờ|tuần)\b(?!\s*\()",
    re.IGNORECASE,
)


# All hours of the day: "mở cửa bán hàng 24/24", "trực 24/24 giờ", "vận hành 24/7"
_ROUND_THE_CLOCK = re.compile(r"(?<![\d/])24\s*/\s*(?:24|7)(?:\s+giờ)?(?![\d/])", re.IGNORECASE)


def durations(text: str) -> list[re.Match[str]]:
    """The durations ``text`` writes ("trong 15 ngày", "6 tháng", "trong hai ngày", "24/24"),
    none inside a date ("27 tháng" of "ngày 27 tháng 9 năm 2025")."""
    written = _date_spans(text)
    # (the words-only pattern refuses the bracketed figures DURATION takes: no overlap)
    found = sorted(
        [
            *DURATION.finditer(text),
            *_DURATION_IN_WORDS.finditer(text),
            *_ROUND_THE_CLOCK.finditer(text),
        ],
        key=lambda m: m.start(),
    )
    return [m for m in found if not any(a <= m.start() < b or a < m.end() <= b for a, b in written)]


# A date set as a limit: "trước ngày", "chậm nhất ngày", "hạn chót", "không quá ngày" right
# before it
_SET_AS_LIMIT = re.compile(
    r"(?:\btrước|\bchậm nhất|\bkhông quá|\bhạn chót|\bthời hạn|\bhạn)"
    r"[\s:,(]*(?:là\s+)?(?:ngày\s*)?$",
    re.IGNORECASE,
)


def _set_as_limit(text: str, date: re.Match[str]) -> bool:
    """The ``date`` of ``text`` is written as a limit ("trước ngày 15/11", "chậm nhất ngày ...")."""
    return date.group().lower().startswith("trước") or (
        _SET_AS_LIMIT.search(text, max(0, date.start() - 40), date.start()) is not None
    )


# "... thông qua ngày 16 tháng 6 năm 2025", "ký ngày ...", "ban hành ngày ...", "Báo cáo số
# 421/BC-UBPLTP15 ngày 03 tháng 6": a date that dates the act of passing, signing or issuing a
# document, or a document by its number (what comes right before the date)
_DATING_ACT = re.compile(
    # ("văn bản đề ngày 29 tháng 10 năm 2025": the day a letter is dated)
    r"(?:\b(?:thông qua|ký|ban hành|phát hành|đề)(?:\s+(?:vào|tại))?"
    r"|\d+/(?:\d{4}/)?[^\W\d_][\w/.-]*)"
    r"[\s,]*(?:ngày\s*)?$",
    re.IGNORECASE,
)


# The words before the day a document takes effect ("có hiệu lực thi hành kể | từ ngày ...":
# the date read may open with "từ ngày")
_FORCE_FROM = re.compile(
    r"\bhiệu\s+lực(?:\s+thi\s+hành)?(?:\s+kể)?(?:\s+từ(?:\s+ngày)?)?[\s*_]*$", re.IGNORECASE
)


# An event written before its day in the same clause ("tại phiên họp UBND thành phố ngày
# 07 tháng 10 năm 2025", "Hội nghị được tổ chức vào ngày ..."), folded
_EVENT_BEFORE_DAY = re.compile(
    r"\b(?:(?:cuoc|phien|ky|buoi) hop|hop phien|hoi nghi|hoi thao|dai hoi|toa dam|dien dan"
    r"|le [a-z]+|buoi lam viec|lam viec (?:voi|tai)|tap huan|dien ra|khai mac|be mac"
    r"|bieu quyet|to chuc)\b"
)
_EVENT_REACH = 120  # characters before a day read for its event


_EVENT_SENTENCE = 300  # characters after a day opening a sentence read for its event


def _clause_before_day(text: str, date: re.Match[str]) -> str:
    """The clause of ``text`` before ``date`` (read up to :data:`_EVENT_REACH` characters)."""
    return re.split(r"[.;:]\s", text[max(0, date.start() - _EVENT_REACH) : date.start()])[-1]


def _tells_event(text: str, date: re.Match[str], event: frozenset[str]) -> bool:
    """The clause before ``date`` or the sentence after it writes every word of the event
    asked (``event``: :func:`asked_event_words`)."""
    before = _clause_before_day(text, date)
    after = re.split(r"\.\s", text[date.end() : date.end() + _EVENT_SENTENCE])[0]
    return any(event <= set(re.findall(r"[a-z]+", plain(fold(part)))) for part in (before, after))


def _after_an_event(text: str, date: re.Match[str]) -> bool:
    """An event is written before ``date`` in its clause: the day is that event's."""
    return _EVENT_BEFORE_DAY.search(plain(fold(_clause_before_day(text, date)))) is not None


_KIND_NUMBERED_BEFORE = re.compile(rf"\b({KINDS})(?: so)?[\s*_:]*\S*$")


def _dates_other_kind(text: str, date: re.Match[str], kind: str) -> bool:
    """``date`` follows a number (:data:`_NUMBER_BEFORE_DAY`) that a kind of document other than
    ``kind`` (folded) opens ("công văn số JHDPC/2025/276 ngày 5/9/2025" for a decision)."""
    before = plain(fold(text[max(0, date.start() - 60) : date.start()]))
    if _NUMBER_BEFORE_DAY.search(before) is None:
        return False
    numbered = _KIND_NUMBERED_BEFORE.search(re.sub(r"(?:[\s*_]+ngay)?[\s*_]*$", "", before))
    return numbered is not None and numbered.group(1) != kind


def dates_an_act(q: Question, text: str, date: re.Match[str]) -> bool:
    """The ``date`` of ``text`` is the day a document was passed, signed or issued, and the
    question asks no such day: it asks when something starts, applies or is due ("chính thức
    hoạt động từ ngày nào"), which the day an act is adopted never says."""
    if asks_dating(q.route.folded):
        return False
    return _DATING_ACT.search(text, max(0, date.start() - 30), date.start()) is not None


# The end of a cited document's number and the word dating it, folded ("... số 08/2025/qd-ubnd
# ngay"): a date right after it is the day that document was issued
_NUMBER_THEN_DAY = re.compile(r"[0-9]+/[^\s]*[\s*_]+ngay[\s*_]*$")
_CITATION_LEAD = 60  # characters before a unit read for a citation it continues
# The same, "ngày" left to the date read after it ("... số JHDPC/2025/276 | ngày 5/9/2025")
# (a symbol of letters and digits with a slash: "jhdpc/2025/276", "4814/cctkv.05-ttkt3"; the
# text read is folded and stripped)
_NUMBER_BEFORE_DAY = re.compile(r"(?<!\S)(?=\S*[a-z])(?=\S*[0-9])\S*/\S*(?:[\s*_]+ngay)?[\s*_]*$")


def continues_a_citation(corpus: Corpus, unit: Unit, date: re.Match[str]) -> bool:
    """The ``date`` opens the unit's text and the document's text before the unit ends with a
    cited document's number and "ngày" ("... Quyết định số 08/2025/QĐ-UBND NGÀY" | "01/3/2025
    CỦA UBND TỈNH ..."): a citation the units cut in two, its date the day that document was
    issued, no time limit."""
    if unit.text[: date.start()].strip(" *_\n\t|(") or unit.doc_id not in corpus.texts:
        return False
    lead = corpus.texts[unit.doc_id][max(0, unit.start - _CITATION_LEAD) : unit.start]
    return _NUMBER_THEN_DAY.search(plain(lead)) is not None


# A date that opens its sentence, a comma after it ("Ngày 31 tháng 10 năm 2025, Văn phòng
# Chính phủ nhận văn bản ..."): the day a thing happened, told before what happened
_OPENS_SENTENCE = re.compile(r"(?:^|[.;:]\s+)[\W_]*(?:ngày\s+\d{1,2}\s*)?$", re.IGNORECASE)
_COMMA_AFTER = re.compile(r"\s*,")


def _opens_sentence(text: str, date: re.Match[str]) -> bool:
    """The ``date`` opens its sentence ("Từ ngày 08 đến ngày 09 tháng 11 năm 2025 tại Thanh
    Hóa, Thủ tướng ... đã đến thăm ...")."""
    return _OPENS_SPAN.search(text, max(0, date.start() - 40), date.start()) is not None


# The words opening a sentence before a date or a span of days it opens ("Từ ngày 08 đến ...")
_OPENS_SPAN = re.compile(r"(?:^|[.;:]\s+)[\W_]*(?:từ\s+)?(?:ngày\s+\d{1,2}\s*)?$", re.IGNORECASE)


def dates_an_event(text: str, date: re.Match[str]) -> bool:
    """The ``date`` of ``text`` opens its sentence, a comma after it: the day of an event the
    sentence tells ("Ngày 31 tháng 10 năm 2025, Văn phòng Chính phủ nhận ..."), not a limit."""
    return (
        _COMMA_AFTER.match(text, date.end()) is not None
        and _OPENS_SENTENCE.search(text, max(0, date.start() - 40), date.start()) is not None
    )


# "...; đồng thời, khẩn trương triển khai ...", "... đồng thời tổ chức ...": a task joined to
# another at the same time, a clause of its own
_PARALLEL_TASK = re.compile(r"[;,.]\s*(?:đồng thời|mặt khác|bên cạnh đó)\b", re.IGNORECASE)
_OTHER_TASK_MARGIN = 0.1  # share of the question's weight the other task must hold beyond


def _limit_of_another_task(q: Question, text: str, at: int) -> bool:
    """The limit at ``at`` is set in one of two tasks a sentence joins with "đồng thời" ("...
    công bố công khai trước ngày 30/9/2025; đồng thời, khẩn trương triển khai công tác đo đạc
    ... để lập hồ sơ về địa giới"), and the other task holds the question's words clearly
    more: the limit is that clause's, not the task asked."""
    bounds = [0, *(m.start() for m in _PARALLEL_TASK.finditer(text)), len(text)]
    if len(bounds) == 2:
        return False
    parts = list(itertools.pairwise(bounds))
    own = next(i for i, (a, b) in enumerate(parts) if a <= at < b or b == len(text))
    shares = [text_share(q, text[a:b]) for a, b in parts]
    others = max(share for i, share in enumerate(shares) if i != own)
    return others > shares[own] + _OTHER_TASK_MARGIN


# The question asks a limit itself ("trước ngày nào", "hạn chót", "chậm nhất"), folded
# A length of time that bounds a case from below or above ("từ 14 ngày làm việc trở lên")
_THRESHOLD_AFTER = re.compile(r"\s+trở\s+(?:lên|xuống)\b")
# ... asked ("từ bao lâu trở lên", "tối thiểu bao lâu", "ít nhất mấy tháng"), folded
_THRESHOLD_ASKED = re.compile(r"\btro (?:len|xuong)\b|\btoi thieu\b|\bit nhat\b")
# A day written as the one something runs from (a date opening with "từ": "từ ngày ...")
_RUNS_FROM = re.compile(r"từ\s", re.IGNORECASE)
_ASKS_LIMIT = re.compile(
    r"\btruoc (?:ngay|thoi diem|khi) nao\b|\bhan chot\b|\bcham nhat\b|\bthoi han\b|\bhan\b"
)


def _states_limit_asked(q: Question, text: str) -> bool:
    """``text`` writes a time limit as a limit ("trong thời hạn 15 ngày làm việc", "trước ngày
    15/12"), a length counted in the unit the question asks when it asks one."""
    folded = q.route.folded
    asked = None if _ASKS_DAY.search(folded) else ASKS_DURATION.search(folded)
    if asked is not None:
        return any(
            _counted_in(m, asked, exact=True) and _limit_cue(text, m.start())
            for m in durations(text)
        )
    return any(_limit_cue(text, m.start()) for m in _dates(text, "", folded, limit=True))


# "thời gian lưu 02 năm", "thời hạn niêm yết: 10 ngày": a length named by the act it lasts
_ACT_OF_LENGTH = re.compile(r"\bthoi (?:gian|han) (\w+)(?: \w+)?[\s:,]*(?:la\s+)?(?:\w+\s+)?$")
_ASKED_ACT_QUALITY = 1.1  # ranked above a limit written for another act
# ... or opening the clause the length ends ("Thời hạn giữ lại hồ sơ ... không quá 02 năm"),
# after an item's label, within so many characters
_OPENS_WITH_LENGTH = re.compile(r"\W*(?:[a-z0-9]{1,3}[.)]\s+)?thoi (?:gian|han) (\w+)\b")
_NAMED_LENGTH_CHARS = 160
# (a table row's cell opens a clause too: "... | - Thời hạn thẩm định ... tối đa là 60 ngày")
_CLAUSE_OPENING = re.compile(rf"[;:|]|(?<=[.!?])\s+(?=[{CAPITAL_LETTERS}])")


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` starts: after the last ";", ":", cell bar or sentence
    end before it."""
    ends = [m.end() for m in _CLAUSE_OPENING.finditer(text, 0, at)]
    return ends[-1] if ends else 0


def _length_of_asked_act(q: Question, text: str, at: int) -> bool:
    """The length at ``at`` is named by an act the question writes ("thời gian lưu 02 năm" for
    "được lưu ở đơn vị xử lý trong bao lâu"): "thời gian" or "thời hạn" right before it, then
    a word of the question's other than the generic ones."""
    named = _ACT_OF_LENGTH.search(fold(text[max(0, at - 40) : at]))
    if named is None:
        # "Thời hạn giữ lại hồ sơ, tài liệu của đơn vị, cá nhân không quá 02 năm": the clause
        # opens with the length's name, its object between, the length its first value
        opening = text[_clause_start(text, at) : at]
        named = _OPENS_WITH_LENGTH.match(fold(opening))
        if named is None or DURATION.search(opening) or len(opening) > _NAMED_LENGTH_CHARS:
            return False
    word = named.group(1)
    return word not in _STOP_WORDS and re.search(rf"\b{word}\b", q.route.folded) is not None


# The bounds a value is led by, folded, with "là" or a colon between
_LEAST_LEAD = re.compile(r"\b(?:toi thieu|it nhat)(?: la)?\W*$")
_MOST_LEAD = re.compile(r"\b(?:toi da|nhieu nhat|khong qua|khong vuot qua)(?: la)?\W*$")
_BOUND_LEAD_CHARS = 25  # characters before a value read for its bound
# ... or the bound a duration's own match opens with ("tối đa 05 ngày")
_LEAST_INSIDE = re.compile(r"\W*(?:toi thieu|it nhat)\b")
_MOST_INSIDE = re.compile(r"\W*(?:toi da|nhieu nhat|khong qua|khong vuot qua)\b")


def _bound_led_as_asked(q: Question, text: str, m: re.Match[str]) -> bool:
    """The value ``m`` is led by the bound the question asks ("tối thiểu là mười hai (12) giờ"
    for "tối thiểu bao nhiêu giờ"; "tối đa 05 ngày", its bound inside the match, for "tối đa
    bao nhiêu ngày")."""
    folded = q.route.folded
    before = plain(fold(text[max(0, m.start() - _BOUND_LEAD_CHARS) : m.start()]))
    inside = plain(fold(m.group()))
    return bool(
        (_ASKS_LEAST.search(folded) and (_LEAST_LEAD.search(before) or _LEAST_INSIDE.match(inside)))
        or (_ASKS_MOST.search(folded) and (_MOST_LEAD.search(before) or _MOST_INSIDE.match(inside)))
    )


def _limit_cue(text: str, at: int) -> bool:
    """The date or duration at ``at`` is written as a limit ("trước ngày", "không quá 05 ngày",
    "Thời hạn: 15 ngày")."""
    head = text[max(0, at - 40) : at]
    return bool(_LIMIT_CUE.search(head)) or bool(
        re.match(r"(?:trước|chậm nhất|không quá|tối đa|trong|hạn)\b", text[at:], re.I)
    )


# A heading that names a time limit ("Điều 5. Thời hạn giải quyết kiến nghị cử tri", "2.
# Thời gian thực hiện"), folded: its label, then the words after "thời hạn" that name whose
_NAMES_LIMIT = re.compile(
    r"^\W*(?:(?:dieu|muc|chuong|phan)\s+\w+|[a-z0-9]{1,4})?[.):]?\s*(?:thoi han|thoi gian)\b(.*)$"
)
_ASKED_LIMIT_HEADING = 0.75  # share of such a heading's own words a question writes to name it


@lru_cache(maxsize=4096)
def _limit_heading_words(section: str) -> frozenset[str]:
    """The words of the innermost heading of a section path (" > " between headings) that
    names a time limit, after "thời hạn" (stop words out), folded; empty when none does."""
    for heading in reversed(section.split(" > ")):
        named = _NAMES_LIMIT.match(fold(heading).strip())
        if named is not None:
            return frozenset(
                t for t in TOKEN.findall(named.group(1)) if t not in _STOP_WORDS | _FILLER_WORDS
            )
    return frozenset()


def _under_asked_limit_heading(q: Question, unit: Unit) -> bool:
    """A statement in a section whose heading names the time limit the question asks
    ("Điều 5. Thời hạn giải quyết kiến nghị cử tri" for "thời hạn giải quyết, trả lời kiến
    nghị cử tri"): its items set that limit, case by case, whether they write "thời hạn" or
    not ("1. Chậm nhất trong 20 ngày làm việc ..."), unlike a limit the document sets for a
    step of it in a section on a body's duties ("Trong thời hạn 02 ngày ..., gửi kết quả")."""
    if unit.kind == "row":
        return False
    words = _limit_heading_words(unit.section)
    if not words:
        return False
    asked = set(TOKEN.findall(q.route.folded))
    return len(words & asked) >= _ASKED_LIMIT_HEADING * len(words)


# A case a statement opens with ("Đối với kiến nghị có tính cấp bách, ... thì", "Trường hợp
# hồ sơ chưa hợp lệ,", "Nếu ..."), folded, at its start or after an item label
_CASE_OPENING = re.compile(
    r"(?:^|[.;:]\s+)\W*(?:[a-z0-9]{1,3}[.)]\s*)?(?:doi voi|truong hop|neu)\b"
)
_CASE_END = re.compile(r"\bthi\b|:")
_UNSTATED_CASE = 0.3  # a limit of a case the question does not state: another case's
# The paper a question asks the time limit of lodging ("phải trình UBND tỉnh Kế hoạch triển
# khai ... trước ngày nào"), folded: its kind, after the verb lodging it
_PAPER_LODGED = re.compile(
    r"(?<!chuong )(?<!to )\b(?:trinh|gui|nop)\b"
    r"(?: (?!(?:truoc|trong|cham|han|bao|ket|van|cong)\b)[a-z&]+){0,10}?"
    r" (ke hoach|de an|phuong an)\b"
)


def _another_paper_lodged(q: Question, unit: Unit, context: str) -> bool:
    """The question asks by when a paper of one kind is lodged ("trình ... Kế hoạch") and the
    unit, with its headings and what is quoted with it, never names that kind: the time limit
    of another paper ("báo cáo kết quả ... trước ngày 15/12")."""
    asked = _PAPER_LODGED.search(plain(q.route.folded))
    if asked is None:
        return False
    around = plain(f"{unit.folded} {fold(unit.heading)} {fold(context)}")
    return not writes_phrase(around, asked.group(1))


_FILLER_WORDS = frozenset({"doi", "voi", "truong", "hop", "neu", "thi"})


# What opens a title's line before its words: bold marks, an article's label ("Điều 6.")
# (cased, with its number: "điều kiện", "chương trình", "mục tiêu" open no title)
_TITLE_OPENING = re.compile(
    r"\*\*|\b(?:Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)\s+(?:\d+|[IVXLC]+)\b"
)


def _read_with_leader(corpus: Corpus, cand: Candidate, at: int) -> tuple[str, int]:
    """A candidate's text with that of the sentence before it, when it is read after one or
    goes on its paragraph (a limit often follows the sentence stating its case: "4. Trường hợp
    nhận được thông tin phản hồi ..., Văn phòng UBND tỉnh có trách nhiệm kiểm tra thông tin.
    Trong thời hạn 03 ngày ..."), and where the value at ``at`` of its own text starts in it."""
    unit = cand.unit
    if unit.kind == "row":
        return unit.text, at
    document = corpus.texts[unit.doc_id]
    if len(cand.extra) == 1 and cand.extra[0][1] <= unit.start:
        a, b = cand.extra[0]
    else:
        before = corpus.previous_unit(unit)
        if (
            before is None
            or before.kind == "row"
            or "\n\n" in document[before.end : unit.start]
            or _TITLE_OPENING.search(
                document, document.rfind("\n", 0, before.start) + 1, before.start
            )
        ):
            # the first sentence of its paragraph, after a title ("**Điều 6. Trường hợp phải
            # thực hiện trích đo ...**"), which names the topic, no case of the sentence
            return unit.text, at
        a, b = before.start, before.end
    leader = document[a:b]
    return f"{leader} {unit.text}", len(leader) + 1 + at


def _case_topic_words(corpus: Corpus, unit: Unit, case: str) -> set[str]:
    """The words of a unit's document title and of the headings above it, those of the
    heading that is the case's own item left out ("2. Đối với kiến nghị có tính cấp bách"):
    words every statement there is about, which state no case of their own."""
    title = corpus.documents[unit.doc_id].meta.title or ""
    headings = [
        h for h in map(fold, unit.section.split(" > ")) if case[:_CASE_HEADING_CHARS] not in h
    ]
    return set(TOKEN.findall(fold(title))).union(*(TOKEN.findall(h) for h in headings))


_CASE_HEADING_CHARS = 30  # the opening of a case that tells its heading


# A case of something lacking or flawed ("thiếu thông tin", "không có đủ", "chưa hợp lệ"), and
# one of its being complete ("có đầy đủ thông tin", "hợp lệ"), folded
_LACKING = re.compile(
    r"(?<!\btoi )\bthieu\b(?! (?:nien|nhi|so)\b)"  # ("tối thiểu", "thiếu niên", "thiểu số")
    r"|\b(?:(?:khong|chua) (?:co )?(?:day )?du|(?:khong|chua) (?:day du, )?hop le)\b"
)
_COMPLETE = re.compile(r"\b(?:day du|hop le)\b")


def _limit_of_unstated_case(corpus: Corpus, q: Question, unit: Unit, text: str, at: int) -> bool:
    """The value at ``at`` of ``text`` (``unit``'s, after its leader's) is set for a case its
    statement opens with, and the question writes none of the words that state the case,
    those neither the rest of the statement nor the topic (:func:`_case_topic_words`) uses ("Đối
    với kiến nghị có tính cấp bách, cần giải quyết ngay thì ... 10 ngày" for the limit of any
    "kiến nghị cử tri": "cấp bách", "ngay" unwritten): the limit of another case than the one
    asked, which the statement that states no case gives ("1. Chậm nhất trong 20 ngày ...")."""
    before = fold(text[:at])
    openings = list(_CASE_OPENING.finditer(before))
    if not openings:
        return False
    rest = before[openings[-1].end() :]
    # the case runs to "thì" or a colon ("a) Đối với thửa đất của tổ chức ...: Không quá 07
    # ngày"), else to the last comma before the value ("Trường hợp hồ sơ chưa hợp lệ, trong")
    end = _CASE_END.search(rest)
    cut = end.start() if end is not None else rest.rfind(",")
    if cut < 0:
        return False
    if _LACKING.search(plain(rest[:cut])) and _LACKING.search(plain(q.route.folded)):
        return False  # "không có đủ thông tin" is the case "thiếu thông tin" asked
    case = TOKEN.findall(rest[:cut])
    said_besides = set(TOKEN.findall(rest[cut:])) | set(TOKEN.findall(fold(text[at:])))
    said_besides |= _case_topic_words(corpus, unit, rest[:cut].strip())
    own = {
        t
        for t in set(case) - said_besides - _STOP_WORDS - _FILLER_WORDS
        if t[0].isalpha() and len(t) > 1
    }
    # read by word pairs: a syllable alone matches words of other senses ("liên quan" and
    # "cơ quan", "cấp bách" and "cấp xã")
    asked = TOKEN.findall(q.route.folded)
    asked_pairs = set(zip(asked, asked[1:], strict=False))
    case_pairs = {(a, b) for a, b in zip(case, case[1:], strict=False) if a in own or b in own}
    return bool(case_pairs) and not case_pairs & asked_pairs


# The acts a question may ask the time limit of (folded), a sending one captured: the last
# written before the words asking a length is the act asked ("UBND cấp xã phải gửi báo cáo ...
# lên UBND tỉnh trong bao lâu": "gửi")
_TIMED_ACT = re.compile(
    r"\b(?:(?P<sends>gui|nop|(?<!chuong )(?<!to )trinh|chuyen)"
    r"|giai quyet|xu ly|tra loi|tra ket qua|tham dinh"
    r"|phe duyet|ban hanh|cong bo|thong bao|kiem tra|xem xet"
    # ("cấp giấy phép", not the level "cấp xã")
    r"|cap(?! (?:xa|huyen|tinh|tren|duoi|co so|trung uong)\b))\b"
)
_SENT_WORDS = 4  # words after the sending verb read as the thing sent
_ASKS_LENGTH = re.compile(rf"\bbao lau\b|{HOW_MANY} (?:ngay|thang|nam|gio)\b")
# "... trong 15 ngày làm việc kể từ ngày nhận đầy đủ báo cáo, kết quả ...": a limit counted from
# the receipt of a thing, the words that name it (folded)
_FROM_RECEIPT = re.compile(
    r"^[^;.]{0,40}?\bke tu (?:ngay|khi|thoi diem) (?:tiep )?nhan(?: duoc)?(?: day du| du)?"
    r"((?: \w+){1,4})"
)


def _complete_case_for_lacking(folded_question: str, text: str) -> bool:
    """The question asks the limit for a case of something lacking ("văn bản đề nghị thiếu
    thông tin thì ... trong bao lâu") and ``text`` states one for its being complete ("... kể
    từ ngày nhận được văn bản đề nghị ... có đầy đủ thông tin"), no lack: another case's."""
    if not _LACKING.search(plain(folded_question)):
        return False
    folded = plain(fold(text))
    return _COMPLETE.search(folded) is not None and _LACKING.search(folded) is None


def _limit_of_receiver(q: Question, text: str, at: int) -> bool:
    """The question asks the limit to send a thing ("gửi báo cáo ... trong bao lâu") and the
    limit at ``at`` of ``text`` runs from the receipt of that very thing ("15 ngày làm việc kể
    từ ngày nhận đầy đủ báo cáo"): the limit of the one who receives it, for its next act."""
    folded = q.route.folded
    ask = _ASKS_LENGTH.search(folded)
    acts = list(_TIMED_ACT.finditer(folded, 0, ask.start())) if ask else []
    if not acts or acts[-1].group("sends") is None:
        return False
    received = _FROM_RECEIPT.search(fold(text[at:]))
    if received is None:
        return False
    sent = TOKEN.findall(folded[acts[-1].end() :])[:_SENT_WORDS]
    named = set(TOKEN.findall(received.group(1)))
    return any(t in named for t in sent if t not in _STOP_WORDS and t.isalpha())


_ENTITY_QUESTION = re.compile(
    r"\b(?:phong|co quan|don vi|so|ban|trung tam|bo phan|to chuc|ai) (?:nao )?"
    r"(?:chu tri|thuc hien|tham muu|phu trach|chiu trach nhiem)\b"
    r"|\b(?:phong|co quan|don vi|so|ban nao|trung tam|bo phan|to chuc|cap) nao\b"
    r"|\bdo ai\b|\bgiao (?:cho )?ai\b|\bai (?:chu tri|phu trach)\b"
)


_ENDS_WITH_LA = re.compile(r"\b(?:là|gồm|bao gồm)\s*:?$", re.IGNORECASE)


_GROUP_SUM = 0.35  # as far off as a whole stated for its part (_OTHER_LEVEL)

# What a list of procedures does to them, as the question or its part's heading says ("A. DANH
# MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG", "B. ... BỊ BÃI BỎ"), folded; "bổ sung" goes
# with "sửa đổi", "mới ban hành" with "ban hành mới"
_LIST_ACT = re.compile(r"\b(?:ban hanh moi|moi ban hanh|sua doi|bo sung|bai bo|thay the)\b")
# the same act in either word order ("thủ tục ... mới ban hành", "ban hành mới")
_SAME_LIST_ACT = {"bo sung": "sua doi", "moi ban hanh": "ban hanh moi"}
# the heading line of a lettered part of an appendix ("**A. DANH MỤC ...", "| B. TTHC ...")
_LETTERED_PART = re.compile(r"^[\s|*]*[A-DĐ]\.\s", re.MULTILINE)
_PART_READ_BACK = 6000  # characters read back from a unit for its lettered part's heading
_PART_HEADING_CHARS = 160
_OTHER_PART_ACT = 0.35  # a count of the part of another act: as far off as another level


def _list_acts(folded: str) -> set[str]:
    """The acts done to procedures that ``folded`` names (:data:`_LIST_ACT`)."""
    return {_SAME_LIST_ACT.get(m.group(), m.group()) for m in _LIST_ACT.finditer(folded)}


def _part_of_other_act(corpus: Corpus, q: Question, unit: Unit) -> bool:
    """``unit`` names no act done to procedures ("LĨNH VỰC: CHỨNG THỰC (12 TTHC)") and sits in
    a lettered part whose heading names acts, none the one the question asks ("A. DANH MỤC
    THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG" for "bao nhiêu thủ tục bị bãi bỏ"): its count is
    of another list than the one asked."""
    asked = _list_acts(q.route.folded)
    if not asked or _list_acts(unit.folded):
        return False
    document = corpus.texts[unit.doc_id]
    parts = list(
        _LETTERED_PART.finditer(document, max(0, unit.start - _PART_READ_BACK), unit.start)
    )
    if not parts:
        return False
    opening = parts[-1].start()
    heading = document[opening : min(unit.start, opening + _PART_HEADING_CHARS)]
    heading = heading.split("|")[1 if heading.lstrip().startswith("|") else 0]
    acts = _list_acts(fold(heading.replace("*", " ")))
    return bool(acts) and not acts & asked


# A count and the thing it counts, folded ("24 thu tuc", "01 thu tuc")
_COUNT_OF = re.compile(r"(?<![\d.,/])(\d{1,5})\s+([^\W\d_]+)")


def _part_of_asked_total(q: Question, text: str, focus: tuple[int, int]) -> bool:
    """A total asked ("tổng cộng bao nhiêu TTHC") and the value read is one of several counts of
    the same thing the unit states in parts, none said to be the total ("danh mục 24 thủ tục
    hành chính cấp tỉnh, 01 thủ tục hành chính cấp xã"): it is a part of the total."""
    if ASKS_A_SUM.search(q.route.folded) is None:
        return False
    folded = fold(text)
    if ASKS_A_SUM.search(folded):
        return False
    counted = [m.group(2) for m in _COUNT_OF.finditer(folded)]
    read = _COUNT_OF.match(fold(text[focus[0] :]))
    return read is not None and counted.count(read.group(2)) >= 2


# A case a statement restricts its value to ("... là 03 năm ... đối với các thuốc có yêu cầu
# ...", "Trường hợp ..."), not the exception a general rule leaves out ("..., trừ trường hợp
# quy định tại khoản 2")
_RESTRICTED_CASE = re.compile(
    r"(?<!\btru )(?<!\btru cac )\b(?:doi voi|truong hop)((?: (?:cac|nhung))?(?: [a-z]+){1,3})"
)


def _case_for_the_ordinary(q: Question, unit: Unit, focus: tuple[int, int]) -> bool:
    """The question asks the ordinary case ("thông thường"), and the unit, which names no such
    case itself ("bệnh thông thường" names a thing), states the value at ``focus`` for a case
    of its own, in the value's own clause: since the clause's opening or the value before, up
    to the next value or the clause's end ("là 03 năm kể từ ngày cấp ... đối với các thuốc
    ...", not the "15 ngày" of "15 ngày hoặc ... 30 ngày đối với trường hợp ..."): the general
    rule, stated for no case, is the one asked."""
    if ORDINARY_ASKED.search(q.route.folded) is None or unit.kind != "text":
        return False
    text = unit.text
    if ORDINARY_ASKED.search(plain(unit.folded)) is not None:
        return False
    a, b = focus
    opening = max((m.end() for m in _CLAUSE_OR_VALUE.finditer(text, 0, a)), default=0)
    closing = _CLAUSE_OR_VALUE.search(text, b)
    own = text[opening:a] + " " + text[b : closing.start() if closing else len(text)]
    # a case named by the question's own words is what it asks of ("đối với giấy phép lưu
    # hành" when the permit is asked), no other case
    asked = set(plain(q.route.folded).split())
    return any(
        set(case.group(1).split()) - asked - {"cac", "nhung"}
        for case in _RESTRICTED_CASE.finditer(plain(fold(own)))
    )


# What bounds a value's own clause: a clause's end or another number
_CLAUSE_OR_VALUE = re.compile(r"[;.](?:\s|$)|\d+")


# A statement defining a class of things by its head noun, which it repeats after "là" ("Xã
# vùng đồng bào dân tộc thiểu số là xã đáp ứng ...", "Thôn đặc biệt khó khăn là thôn ..."),
# opening its line after a list label, lowercased with tones; a document defining several
# classes so sets one rule per class ("thôn", "xã", "tỉnh"), each with its own values
_DEFINES_CLASS = re.compile(
    r"(?m)^[\s*_]*(?:[-+•]|[a-zđ]\)|\d+(?:\.\d+)*[.)])?[\s*_]*"
    r"([^\W\d_]{2,}(?: [^\W\d_]{2,})?)\s[^:;.]{0,160}?"
    r"(?<!\w)là\s+\1(?!\w)"
)
_OTHER_CLASS = 0.35  # a value of a sibling class: as far off as another level


@lru_cache(maxsize=64)
def _class_heads(document: str) -> frozenset[str]:
    """The head nouns of the classes ``document`` defines (:data:`_DEFINES_CLASS`) twice or
    more ("Thôn vùng ... là thôn", "Thôn miền núi là thôn"), when there are two such heads or
    more, each one's rules siblings of the others'; else none."""
    defined = [m.group(1) for m in _DEFINES_CLASS.finditer(document.lower())]
    # (a class defined once is a term explained, not one of several rules set side by side)
    heads = frozenset(head for head in defined if defined.count(head) >= 2)
    return heads if len(heads) >= 2 else frozenset()


def _heads_written(text: str, heads: frozenset[str]) -> set[str]:
    """The heads ``text`` (lowercased, as the heads are written) writes as words of their own,
    not a level ("cấp xã"), a body ("Ủy ban nhân dân tỉnh") nor a named place ("tỉnh Quảng
    Trị", read in ``text`` as typed)."""
    written: set[str] = set()
    for head in heads:
        for m in re.finditer(rf"(?<!\w){re.escape(head)}(?!\w)", text.lower()):
            before = text[max(0, m.start() - 16) : m.start()].lower()
            after = text[m.end() : m.end() + 2]
            if re.search(r"(?:cấp|dân|ubnd)\s+$", before) or (
                after[:1].isspace() and after[1:].isupper()
            ):
                continue
            written.add(head)
            break
    return written


def _list_lead_in(corpus: Corpus, unit: Unit) -> Unit | None:
    """The sentence ending with a colon that opens the list ``unit`` is an item of ("- Xã ...
    là xã đáp ứng ít nhất 01 trong 02 tiêu chí sau đây:" / "+ Có từ 15% ..." / "+ Có từ 4.500
    ..."), read back past the earlier items of the same label and the lines an item runs on
    in; None when ``unit`` opens no item or no such sentence opens its list."""
    document = corpus.texts[unit.doc_id]

    def label(item: Unit) -> str | None:
        # the label may stand before the unit's own text, on its line
        line = document.rfind("\n", 0, item.start) + 1
        if item.start - line > _LABEL_CHARS:
            return None
        found = _LIST_LABEL.match(document[line : item.start + _LABEL_CHARS])
        if found is None or found.end() < item.start - line:
            return None
        mark = found.group().strip()
        return "letter" if mark[:1].isalpha() else "number" if mark[:1].isdigit() else mark

    own = label(unit) if unit.kind == "text" else None
    if own is None:
        return None
    for steps, before in enumerate(_units_before(corpus, unit)):
        if steps >= _LIST_ITEMS or before.kind != "text":
            return None
        if before.text.rstrip(" *_").endswith(":"):
            return before
        line = document.rfind("\n", 0, before.start) + 1
        opens_line = not document[line : before.start].strip(" *_")
        if (opens_line or label(before) is not None) and label(before) != own:
            return None  # another list, or prose: no lead-in of this item's list
    return None


_LED_ITEMS = 10  # leading candidates whose list's lead-in is read for the value they lack


# A lead-in listing the cases its value does not hold for ("... là 05 năm, trừ các trường
# hợp sau:"), folded: its items are the exceptions
_EXCEPTIONS_LISTED = re.compile(r"\b(?:tru|ngoai tru|khong ap dung)\b[^.;]*:\W*$")


# The period of a recurring report a question asks of ("báo cáo 6 tháng", "hằng năm", "tổng
# kết năm", "hằng quý"), folded, in the order of :data:`_PERIODS`
_PERIODS = ("half", "year", "quarter", "month")
_PERIOD_ASKED = (
    re.compile(r"\b(?:0?6|sau) thang\b"),
    re.compile(r"\b(?:hang|moi|tong ket|ca|cuoi|bao cao) nam\b"),
    re.compile(r"\b(?:hang|moi|bao cao) quy\b"),
    re.compile(r"\b(?:hang|moi|bao cao) thang\b"),
)
# ... and the period a label right before a date names ("6 tháng (", ", năm ("): a quarter or a
# month before a year ("quý I năm 2026 ("), whose "năm" with its number is no period
_PERIOD_LABEL = (
    re.compile(r"\b(?:0?6|sau) thang\b"),
    re.compile(r"\bnam\b(?!\s*\d)"),
    re.compile(r"\bquy\b"),
    re.compile(r"\bthang\b(?!\s*\d)"),
)
_LABEL_ORDER = (0, 2, 3, 1)  # half, quarter, month, then year
_PERIOD_LABEL_CHARS = 30  # characters before a date read for the period it is set for


def _period_in(
    folded: str, patterns: tuple[re.Pattern[str], ...], order: tuple[int, ...] = (0, 1, 2, 3)
) -> str | None:
    """The first period of :data:`_PERIODS`, in ``order``, whose pattern ``folded`` writes."""
    return next((_PERIODS[i] for i in order if patterns[i].search(folded)), None)


@lru_cache(maxsize=256)  # read for every date of every candidate unit of a question
def _period_asked(folded: str) -> str | None:
    """The period of report a folded question names (:data:`_PERIOD_ASKED`)."""
    return _period_in(plain(folded), _PERIOD_ASKED)


def _of_asked_period(q: Question, text: str, at: int) -> bool:
    """The date at ``at`` is set for the period of report the question names, by the label
    right before it ("6 tháng (*trước ngày 16/6*), tổng kết năm (*trước ngày 20/11*)" for
    "báo cáo 6 tháng ... trước ngày nào")."""
    asked = _period_asked(q.route.folded)
    if asked is None:
        return False
    label = re.split(r"[),;]", text[max(0, at - _PERIOD_LABEL_CHARS) : at])[-1]
    return _period_in(plain(fold(label)), _PERIOD_LABEL, _LABEL_ORDER) == asked


def _states_value(corpus: Corpus, unit: Unit, intent: str) -> bool:
    """The unit states a value of the kind asked: for a limit, a date or a length of time
    ("Định kỳ (trước ngày 30 tháng 6 hằng năm), Ủy ban nhân dân cấp xã có trách nhiệm:")."""
    mentions = corpus.unit_mentions(unit)
    if intent == "deadline":
        # (the date of a document it cites, "Nghị quyết số 16/2024/NQ-HĐND ngày 10/7/2024", is
        # no time it sets)
        cited = [(m.start, m.end) for m in mentions]
        dates = [m for m in _DATE_EXPR.finditer(unit.text) if not _inside(m.start(), cited)]
        if dates or durations(unit.text):
            return True
    return bool(_values(unit.text, mentions))


def _inside(at: int, spans: Sequence[tuple[int, int]]) -> bool:
    """``at`` falls in one of ``spans``."""
    return any(a <= at < b for a, b in spans)


def _with_lead_ins(corpus: Corpus, read: list[Candidate], intent: str) -> list[Candidate]:
    """``read`` and, for each of its first list items that states no value of its own ("a)
    Thuốc mới, vắc xin ... lần đầu được cấp giấy đăng ký lưu hành;"), the lead-in of its
    list when that states one ("2. Hiệu lực của giấy đăng ký lưu hành thuốc là 03 năm ...
    đối với ..., bao gồm các trường hợp sau:"): the value the lead-in sets for every case its
    items name, credited with the item's evidence and quoted with it."""
    if intent not in _VALUE_INTENTS:
        return read
    known = {c.unit.idx: c.evidence for c in read}
    out = list(read)
    for item in read[:_LED_ITEMS]:
        if item.evidence < _MIN_EVIDENCE or item.extra:
            continue
        if _states_value(corpus, item.unit, intent):
            continue
        lead = _list_lead_in(corpus, item.unit)
        if lead is None or known.get(lead.idx, -1.0) >= item.evidence:
            continue
        if not _states_value(corpus, lead, intent) or _EXCEPTIONS_LISTED.search(
            plain(fold(lead.text))
        ):
            continue
        known[lead.idx] = item.evidence
        out.append(
            Candidate(
                unit=lead,
                evidence=item.evidence,
                prior=item.prior,
                extra=((item.unit.start, item.unit.end),),
            )
        )
    return out


# A sentence that introduces the text of a document it cites ("Mặt khác, theo quy định tại
# khoản 4, khoản 5 Điều 3 Thông tư 16/2024/TT-BCA có quy định như sau:"), folded: it ends so
_QUOTES_AS_FOLLOWS = re.compile(r"\bnhu sau\s*:?[\s*_]*$")
_QUOTED_UNITS = 12  # units read back from a quoted passage to the sentence introducing it


def _with_quoting_sources(corpus: Corpus, read: list[Candidate], intent: str) -> list[Candidate]:
    """``read`` and, for a document asked, the sentence introducing the quoted text each of its
    first candidates that cites no document is part of ("... Thông tư 16/2024/TT-BCA có quy
    định như sau:" / "4. Mặt trước thẻ căn cước cấp cho công dân ... gồm các thông tin sau:"):
    the document it cites is the one that rules on what the quote says, credited with the
    quote's evidence and quoted with it. Read back past units that cite no document."""
    if intent != "decision":
        return read
    known = {c.unit.idx: c.evidence for c in read}
    out = list(read)
    for item in read[:_LED_ITEMS]:
        if item.evidence < _MIN_EVIDENCE or item.extra or corpus.unit_mentions(item.unit):
            continue
        for steps, before in enumerate(_units_before(corpus, item.unit)):
            if steps >= _QUOTED_UNITS:
                break
            mentions = corpus.unit_mentions(before)
            if not mentions:
                continue
            if (
                _QUOTES_AS_FOLLOWS.search(before.folded)
                and known.get(before.idx, -1.0) < item.evidence
            ):
                known[before.idx] = item.evidence
                out.append(
                    Candidate(
                        unit=before,
                        evidence=item.evidence,
                        prior=item.prior,
                        extra=((item.unit.start, item.unit.end),),
                    )
                )
            break  # the nearest sentence citing a document above the quote, whichever it is
    return out


# A state the question sets before or after an event ("trước khi sắp xếp", "sau sáp nhập"),
# folded: the side, then the event's first two words (not a day or a period: "trước ngày
# 30/9" sets a limit)
_EVENT_SIDE = re.compile(
    r"\b(truoc|sau)(?: khi)? (?!(?:ngay|thang|nam|quy|tuan|ky|dot|thoi|gio|do|day|nay|do)\b)"
    r"([a-z]+ [a-z]+)\b"
)
_OTHER_SIDE = {"truoc": "sau", "sau": "truoc"}


def _other_side_of_event(q: Question, unit: Unit) -> bool:
    """The question asks a value before (after) an event ("trước khi sắp xếp ... có bao nhiêu
    xã") and the unit states it on the other side of the same event, not on the side asked
    ("Sau khi sắp xếp, thành phố Cần Thơ có 103 đơn vị ..."): the value of another time."""
    asked = _EVENT_SIDE.search(plain(q.route.folded))
    if asked is None:
        return False
    side, event = asked.groups()
    text = plain(unit.folded)
    said = {m.group(1) for m in _EVENT_SIDE.finditer(text) if m.group(2) == event}
    return _OTHER_SIDE[side] in said and side not in said


def _of_another_class(corpus: Corpus, q: Question, unit: Unit) -> bool:
    """The question names classes the unit's document defines one rule each for ("thôn",
    "xã", "tỉnh": :func:`_class_heads`), and the unit states the rule of another:
    it is that class's definition ("Thôn vùng đồng bào dân tộc thiểu số là thôn có từ 15%
    ...") or an item of the list such a definition opens ("- Xã ... là xã đáp ứng ... sau
    đây:" / "+ Có từ 4.500 người ..."), or of a list whose lead-in names another class and not
    the one asked ("- Tiêu chí phân định xã theo trình độ phát triển:" / "+ ... dưới 95%" for
    "tiêu chí thôn đặc biệt khó khăn")."""
    heads = _class_heads(corpus.texts[unit.doc_id])
    if not heads:
        return False
    typed = q.route.question if q.route.accented else None
    if typed is not None:
        asked = _heads_written(typed, heads)
    else:
        folded_heads = {fold(h): h for h in heads}
        asked = {folded_heads[h] for h in _heads_written(q.route.folded, frozenset(folded_heads))}
    if not asked:
        return False
    document = corpus.texts[unit.doc_id]
    line = document.rfind("\n", 0, unit.start) + 1
    own = _DEFINES_CLASS.match(document[line : unit.end].lower())
    if own is not None:
        return own.group(1) not in asked
    lead = _list_lead_in(corpus, unit)
    if lead is None:
        return False
    line = document.rfind("\n", 0, lead.start) + 1
    defined = _DEFINES_CLASS.match(document[line : lead.end].lower())
    if defined is not None:
        return defined.group(1) not in asked
    named = _heads_written(document[lead.start : lead.end], heads)
    return bool(named) and not named & asked


def _groups_of_named_rows(corpus: Corpus, q: Question, read: Sequence[Candidate]) -> frozenset[int]:
    """The group rows of the candidate rows the question names beyond their group ("4 | Các
    nhiệm vụ được Chủ tịch giao | 30" over "c) | Tiến độ công việc được giao | 10" for "tiến
    độ các nhiệm vụ được Chủ tịch giao ... bao nhiêu điểm"): the value such a group row
    carries is the sum of its rows, not the one asked."""
    groups: set[int] = set()
    for cand in read:
        if cand.unit.kind != "row" or cand.evidence < _LEAST_EVIDENCE:
            continue
        group = row_group(corpus, cand.unit)
        if group is not None and group_share(corpus, q, cand.unit) > 0:
            groups.add(group.idx)
    return frozenset(groups)


def _unnamed_words(q: Question, name: str) -> int:
    """How many words of a procedure's name (its asides in brackets left out) the question
    does not write."""
    tokens = TOKEN.findall(key(_NAME_ASIDE.sub(" ", name), q.toned))
    stop_words = _STOP_WORDS_TONED if q.toned else _STOP_WORDS
    known = q.all_tokens | _NAME_FILLER | stop_words
    return sum(1 for t in tokens if t[0].isalpha() and t not in known)


def _steps_of_other_procedures(q: Question, read: Sequence[Candidate]) -> frozenset[int]:
    """Of the rows of a procedure's steps ("Bước 1 | Tiếp nhận hồ sơ ... | 17 ngày") when the
    question names a step, those under a procedure heading naming more than another's that
    the question does not write ("3. Thủ tục cấp lại Giấy công nhận trung tâm ..." beside "1.
    Thủ tục công nhận trung tâm ..." for "thủ tục công nhận trung tâm ..., bước tiếp nhận"):
    every procedure's table lists the same steps, its heading says whose they are."""
    if re.search(r"\bbuoc\b", q.route.folded) is None:
        return frozenset()
    unnamed: dict[int, int] = {}
    for cand in read:
        unit = cand.unit
        if unit.kind != "row" or _STEP_ROW.match(unit.folded) is None:
            continue
        names = _procedure_headings(unit)
        if names:
            unnamed[unit.idx] = _unnamed_words(q, names[-1])
    if not unnamed:
        return frozenset()
    fewest = min(unnamed.values())
    return frozenset(idx for idx, count in unnamed.items() if count > fewest)


def best_unit_answer(
    corpus: Corpus,
    q: Question,
    scored: list[Candidate],
    intent: str,
    *,
    besides: frozenset[int] = frozenset(),
) -> Candidate | None:
    """The best-scoring candidate whose extracted answer passes the thresholds, or None;
    none of the units numbered in ``besides`` (nor as a sentence following another)."""
    best: Candidate | None = None
    best_rank = 0.0
    cap = _quality_cap(q, intent)
    code_asked = intent == "figure" and asks_a_code(q.route.folded)
    read = _with_definitions(corpus, q, _with_followers(corpus, q, scored[:_READ], intent), intent)
    read = _with_lead_ins(corpus, read, intent)
    read = _with_quoting_sources(corpus, read, intent)
    sums = _groups_of_named_rows(corpus, q, read) if intent in _VALUE_INTENTS else frozenset()
    other_steps = _steps_of_other_procedures(q, read) if intent in _VALUE_INTENTS else frozenset()
    best_fit: tuple[int, int] | None = None
    for cand in read:
        if (
            cand.evidence < _LEAST_EVIDENCE
            or cand.unit.idx in besides
            or cand.unit.idx in q.refused_units
        ):
            continue
        # "thủ tục X nộp ở đâu": every row of the table gives the same body; of those, the row
        # the question names is the one that answers, whatever its rank; so too the code of
        # the record the question names ("mã TTHC của thủ tục X"), on its row or its heading
        fit = None
        if intent == "agency":
            fit = _row_name_fit(q, cand.unit)
        elif code_asked:
            fit = _coded_record_fit(corpus, q, cand.unit)
        if code_asked and best is not None and cand.unit.doc_id != best.unit.doc_id:
            fit = None  # the records of the document the ranking chose are told apart
        named_better = fit is not None and (best_fit is None or fit > best_fit)
        if code_asked and best_fit is not None and not named_better:
            continue  # the code of another record than the one named, found first
        if (
            best is not None
            and not named_better
            and _rank_bound(corpus, q, cand, cap, intent) <= best_rank
        ):
            # Whatever it extracts, it cannot rank above the best one. (What an extractor notes
            # on a candidate, cand.extra, is read only from the chosen one.)
            continue
        own_share = direct_share(q, cand.unit)
        # (a unit read with a leader or a lead-in, cand.extra, needs no share of its own)
        needed = 0.0 if cand.extra else _direct_needed(corpus, q, cand, intent)
        if own_share < needed:
            own_share = cut_sentence_share(corpus, q, cand.unit)
        if cand.unit.kind == "row":
            # a named row reads its table's header and group rows ("NS xã (%)", "Lệ phí trước
            # bạ ..." above "Phường Ba Đình | | 89 | 11"): the row's label is all of a long
            # question it writes itself
            own_share += named_row_context_share(q, cand.unit)
            # and its group row's words are its own ("4 | Các nhiệm vụ được Ủy ban nhân dân
            # thành phố ... giao" over "c) | Tiến độ công việc được giao | 10")
            own_share += group_share(corpus, q, cand.unit)
        elif labels_its_heading(cand.unit):
            # "Mức hỗ trợ: 60.000.000 đồng/người." under "II. MỨC HỖ TRỢ": the headings above
            # the line it labels say what its value is of, as a row's header does
            own_share += context_share(q, cand.unit)
        if own_share < needed:
            continue
        extracted = _extract_once(corpus, q, cand, intent)
        if extracted is None:
            continue
        answer, focus, quality, factor_text, mention = extracted
        if code_asked and fit is not None and not _PROCEDURE_CODE.search(answer):
            fit, named_better = None, False  # the named record's row, read for no code
        if intent == "general" and _writes_no_asked_entity(corpus, q, cand.unit):
            quality *= _NO_ASKED_ENTITY  # "xã nào ...": a unit that names no xã answers less
        factor = constraint_factor(corpus, q, cand.unit, factor_text)
        if factor <= 0 or _other_numbered_part(corpus, q, cand):
            continue
        if intent in _PROCEDURE_CHECKED:
            procedures, own = _procedure_around(corpus, cand.unit)
            if (
                lacks_asked_procedure(q, cand.unit, own[2] if own is not None else "")
                or under_another_procedure(q, procedures, own)
                or listed_under_another_status(corpus, q, cand.unit)
            ):
                continue  # the fact of another procedure ("thời hạn giải quyết thủ tục X")
        if intent == "deadline" and (
            lacks_asked_act(q, cand.unit, quoted := _quoted_with(corpus, cand))
            or _another_paper_lodged(q, cand.unit, quoted)
        ):
            # the limit of another act ("phải rà soát ..." asked), or of lodging another paper
            # ("báo cáo kết quả ... trước ngày 15/12" for "trình ... Kế hoạch")
            continue
        if intent == "agency" and lacks_asked_subject(
            corpus, q, cand.unit, _quoted_with(corpus, cand)
        ):
            # a body charged with another task than the one asked (the task read in the unit
            # and in the lead-in or heading quoted with it, cand.extra)
            continue
        if (
            intent in _SUBJECT_CHECKED
            and not cand.extra
            and not (intent == "deadline" and _labels_asked_time(q, cand.unit))
            and lacks_asked_subject(corpus, q, cand.unit)
        ):
            # the value of another indicator or group than the one asked (a cell read with
            # its leading row, cand.extra, is judged by that row's words: not here)
            continue
        if intent in _VALUE_INTENTS and (
            _labels_another_band(q, cand.unit) or _labels_another_kind(q, cand.unit)
        ):
            continue
        if (
            intent == "figure"
            and cand.unit.kind == "row"
            and asks_money(plain(q.route.folded), q.route.question)
            and _TIME_CELL_HEADER.search(fold(column_header(corpus, cand.unit, focus[0])))
        ):
            continue  # "Bước 7 | ... | 2" under "Thời gian (ngày làm việc)": days, for a sum
        if intent == "figure" and _total_of_fields(corpus, q, cand.unit):
            continue  # "Danh mục 55 TTHC" for "lĩnh vực Người có công", a group of that list
        if intent in _VALUE_INTENTS and labels_sibling_case(corpus, q, cand.unit):
            continue  # "... áp dụng chung: 05 TTHC" beside "... cấp xã: 07 TTHC" for "cấp xã"
        if intent in _VALUE_INTENTS and intent != "deadline" and _other_side_of_event(q, cand.unit):
            continue  # "Sau khi sắp xếp, ... có 103" for "trước khi sắp xếp": another time's
        # Ranked on the full quality (a mention's may pass 1), judged on quality capped at 1.
        if intent in _VALUE_INTENTS:
            # what the capped quality cannot tell apart: another action said of the value
            # ("Bãi bỏ 06" for "ban hành mới bao nhiêu") or another procedure's row
            # ("Cấp lại giấy phép ..." for "cấp giấy phép ..."), taken off after the cap
            mismatch = value_misfit(q, cand.unit, focus)
            if intent == "deadline" and _limit_of_unstated_case(
                corpus, q, cand.unit, *_read_with_leader(corpus, cand, focus[0])
            ):
                mismatch += _UNSTATED_CASE  # the limit of another case than the one asked
            if intent == "deadline" and _limit_of_receiver(q, cand.unit.text, focus[0]):
                mismatch += _UNSTATED_CASE  # the receiver's limit, for a sender's asked
            if intent == "deadline" and _complete_case_for_lacking(q.route.folded, cand.unit.text):
                mismatch += _UNSTATED_CASE  # "... có đầy đủ thông tin" for "thiếu thông tin"
            if cand.unit.idx in sums:
                mismatch += _GROUP_SUM  # the sum of a group whose row the question names
            if cand.unit.idx in other_steps:
                mismatch += _OTHER_PROCEDURE  # a step of another procedure's table
            if intent == "figure" and _part_of_other_act(corpus, q, cand.unit):
                mismatch += _OTHER_PART_ACT  # "(12 TTHC)" under "A. ... SỬA ĐỔI" for "bãi bỏ"
            if intent == "figure" and _per_time_unwritten(q, cand.unit):
                mismatch += _UNSTATED_CASE  # "120.000.000" (once) for "mỗi buổi"
            if intent == "figure" and _part_of_asked_total(q, cand.unit.text, focus):
                mismatch += _GROUP_SUM  # "24 thủ tục cấp tỉnh, 01 thủ tục cấp xã" for "tổng"
            if intent == "figure" and _case_for_the_ordinary(q, cand.unit, focus):
                mismatch += (
                    _UNSTATED_CASE  # "... 03 năm ... đối với các thuốc ..." for "thông thường"
                )
            if _of_another_class(corpus, q, cand.unit):
                mismatch += _OTHER_CLASS  # "Thôn ... là thôn có từ 15%" for the "xã" asked
            if mismatch:
                quality = max(0.0, min(1.0, quality) - mismatch)
        if intent == "agency" and (
            not names_asked_kind(q, answer)
            # the body the question names as the one acting ("UBND tỉnh Lạng Sơn phân cấp ...
            # cho cơ quan nào"), a cell of another procedure's row, is not the one asked
            or (len(answer) <= _BODY_NAME_CHARS and named_by_question(q, answer))
            or _executes_the_act_only(q, cand.unit.text)
            or _names_issuers_only(q, cand.unit, factor_text, focus)
            or _receiver_for_agent(q, cand.unit.text if factor_text is None else factor_text, focus)
            or _opens_with_asked_act(q, answer)
            or _source_for_charged(q, cand.unit.text if factor_text is None else factor_text, focus)
        ):
            # "bộ nào": a body of another kind ("Văn phòng Chính phủ nhận văn bản ...") is
            # never the one asked; a body listed to execute the whole act ("... chịu trách
            # nhiệm thi hành Quyết định này") is given no task of its own, nor one named as the
            # issuer of an act the unit cites ("Căn cứ Thông tư số 10/2025/TT-BNV ... của Bộ
            # trưởng Bộ Nội vụ hướng dẫn ...")
            continue
        if intent == "agency" and not names_an_offered_body(q, answer):
            quality = max(0.0, min(1.0, quality) - _OTHER_KIND)
        if intent == "agency" and (
            _act_on_another_object(q, cand.unit.text) or not _says_task(corpus, q, cand)
        ):
            # a body that does the asked act to another thing, or of whom the unit (with the
            # headings quoted with it) says nothing of the task asked
            quality = max(0.0, min(1.0, quality) - _OTHER_KIND)
        if intent == "agency" and not lodges_with_body(q, cand.unit.text):
            # "gửi báo cáo về cơ quan nào": a unit that lodges nothing with a body names one
            # in another role
            quality = max(0.0, min(1.0, quality) - _OTHER_KIND)
        if intent == "agency" and _of_another_level(q, cand.unit):
            # "... cho các đơn vị cấp tỉnh": a body given the act for another level's units
            # ("Chủ tịch UBND cấp xã quyết định ... của ... cấp xã") is another case's
            quality = max(0.0, min(1.0, quality) - _OTHER_KIND)
        rank = (0.65 * cand.evidence + 0.35 * quality) * factor + cand.prior
        rank *= _length_weight(corpus, q, cand.unit, intent)
        score = (0.65 * cand.evidence + 0.35 * min(1.0, quality)) * factor + cand.prior
        if score < _FOUND_THRESHOLD or cand.evidence < _MIN_EVIDENCE:
            # too weak to answer: it must not outrank one that can (a short unit's rank is not
            # lowered by its length, a long table row's is)
            continue
        same_answer = best is not None and fold(answer) == fold(best.answer or "")
        if best is None or rank > best_rank or ((same_answer or code_asked) and named_better):
            cand.answer, cand.focus, cand.quality = answer, focus, min(1.0, quality)
            cand.score, cand.mention = score, mention
            best, best_rank, best_fit = cand, max(rank, best_rank), fit
    if best is None or best.score < _FOUND_THRESHOLD or best.evidence < _MIN_EVIDENCE:
        return None
    if missing_rare_term(corpus, q):
        return None
    return best


def _of_another_level(q: Question, unit: Unit) -> bool:
    """The unit (or, naming none, the headings above it) is about another administrative
    level than the one the question names ("cấp tỉnh" asked, a clause of "cấp xã")."""
    headings = plain(unit.context_folded.partition(" || ")[0])
    return other_level(plain(q.route.folded), plain(unit.folded), headings) is not None


# A numbered part or class the question names, folded: a part of a programme ("Dự án 8",
# "Tiểu dự án 1 thuộc Dự án 7", "hợp phần 2") or a class of a rule ("mỏ nhóm IV", "viên chức
# hạng II", "đường cấp III", "khu vực 2", "giai đoạn 1"), by its kind and number; a list or a
# range of numbers after one kind ("nhóm I, II và III", "loại 1 đến 3") names each of them
_ORDINAL = r"(?:\d{1,2}(?![.,/]?\d)|[ivx]{1,4}\b)"
_NUMBERED_PART = re.compile(
    # ("cấp 01 bản sao" counts copies: a level is written in roman numerals, "cấp III")
    # ("mục tiêu Dự án 2", "chỉ tiêu dự án": "tiêu" of another word, no "tiểu dự án")
    r"\b((?:(?<!muc )(?<!chi )tieu )?(?:du an|hop phan)"
    # ("(Tuyến 2)", a tier in brackets: "tuyển 05 người" folds to "tuyen" as well)
    r"|nhom|loai|hang|bac|(?<=\()tuyen|cap(?= [ivx])|khu vuc|vung|giai doan)"
    rf" (?:so )?({_ORDINAL}(?:\s*(?:,|-|–|va|hoac|den)\s*{_ORDINAL})*)"
)
_ORDINAL_IN_LIST = re.compile(rf"{_ORDINAL}|\b(?:den|-|–)\b")


def _parts(folded: str) -> set[tuple[str, int]]:
    parts: set[tuple[str, int]] = set()
    for match in _NUMBERED_PART.finditer(folded):
        kind, previous, ranged = match.group(1), None, False
        for token in _ORDINAL_IN_LIST.findall(match.group(2)):
            if token in ("den", "-", "–"):
                ranged = True
                continue
            number = roman_to_int(token)
            if number is None:
                break
            if ranged and previous is not None:
                parts.update((kind, n) for n in range(previous + 1, number))
            parts.add((kind, number))
            previous, ranged = number, False
    return parts


def _part_number_spans(folded: str) -> list[tuple[int, int]]:
    """Spans of the numbers of the numbered parts or classes ``folded`` names ("nhom 1",
    "loai ii", "khu vuc 2"): labels, not values."""
    return [match.span(2) for match in _NUMBERED_PART.finditer(folded)]


# A name the question numbers as typed ("Vành đai 4", "Tuyến 2", "Tổ II"): a capitalized word
# (not opening the question), maybe one more word, then a number of one or two digits or a
# roman numeral that goes on with no digit, code or unit of measure
_NAMED_NUMBER = re.compile(
    r"(?<=[\s(])([A-ZĐ][^\W\d_]*(?: [^\W\d_]+)?) (\d{1,2}|[IVX]{1,4})(?![\w/]|[.,]\d)"
)
# Words whose number is no name of a part the text is about, folded: a document, a point of
# one or a form ("Quyết định 15", "Điều 5", "Mẫu 02"), a time ("Quý 3", "Tháng 10"), a batch
# or a meeting ("Đợt 2", "Kỳ họp 8", "Khóa XV")
_NOT_NAMED_PARTS = re.compile(
    rf"^(?:{KINDS}|{CODED_KINDS}|van ban|dieu|khoan|diem|chuong|muc|phu luc|phan|tiet|mau"
    r"|quy|thang|nam|ngay|tuan|gio|dot|lan|ky|khoa|so|cap|nhom|loai|hang|bac|khu vuc|vung"
    r"|giai doan|du an|hop phan|tieu du an)\b"
)
_SERIES_NUMBER = r"(?:so )?0*(\d{1,2}|[ivx]{1,4})\b(?![.,/]\d)"


@lru_cache(maxsize=256)
def _named_parts(question: str) -> frozenset[tuple[str, int]]:
    """The parts a question names by a capitalized name and a number, folded ("Khu vực đường
    Vành đai 4" → ("vanh dai", 4)); kinds of documents, their points, times and batches aside."""
    parts: set[tuple[str, int]] = set()
    for m in _NAMED_NUMBER.finditer(question):
        name, number = plain(m.group(1)), roman_to_int(m.group(2).lower())
        if number is not None and not _NOT_NAMED_PARTS.match(name):
            parts.add((name, number))
    return frozenset(parts)


@lru_cache(maxsize=512)  # the same document's text is asked about for every candidate
def _series_numbers(text: str, name: str) -> frozenset[int]:
    """The numbers the folded ``text`` writes right after the name ``name`` ("vanh dai 1",
    "vành đai 02")."""
    numbers = set()
    for m in re.finditer(rf"\b{re.escape(name)} {_SERIES_NUMBER}", text):
        number = roman_to_int(m.group(1))
        if number is not None:
            numbers.add(number)
    return frozenset(numbers)


def _other_named_part(corpus: Corpus, q: Question, cand: Candidate) -> bool:
    """The question names a part by a numbered name ("Vành đai 4") of a series the unit's
    document numbers ("Vành đai 1", "... 2", "... 3") but never with the number asked, or the
    unit (with its heading) names parts of that series, none the one asked: it is about
    another part. A name the document numbers once or never is no series: not judged."""
    named = _named_parts(q.route.question)
    if not named:
        return False
    document = corpus.plain_text(cand.unit.doc_id)
    heading = plain(cand.unit.heading)
    own = plain(f"{cand.unit.text} {heading}")
    for name in {name for name, _ in named}:
        asked = {number for other, number in named if other == name}
        series = _series_numbers(document, name)
        if len(series) < 2:
            continue
        if not asked <= series:
            return True
        # the heading (an item's own label: "8. Khu vực đường Vành đai 3, gồm 36 phường") says
        # which part the unit is about, whatever other part its text goes on to name; of
        # several parts asked ("Vành đai 2 và Vành đai 3 lần lượt"), a unit answers one
        stated = _series_numbers(heading, name) or _series_numbers(own, name)
        if stated and not stated & asked:
            return True
    return False


# A lead-in (a line ending with a colon) that sets parts aside ("Trừ hộ gia đình ở khu vực 1
# ..., các khu vực còn lại"), folded: it names no part of the lines after it
_SETS_ASIDE = re.compile(r"\b(?:tru|ngoai|con lai|khong ap dung)\b")


def _other_numbered_part(corpus: Corpus, q: Question, cand: Candidate) -> bool:
    """The question names a numbered part or class ("giao đơn vị nào chủ trì Dự án 8", "thời
    hạn công nhận ... mỏ nhóm IV") that the unit's document never names, or the unit (with the
    headings quoted with it) names parts of that kind, none the one asked ("... tại Dự án 6",
    "nhóm II ... 60 ngày"): it is about another part; or a numbered name of a series its
    document numbers (:func:`_other_named_part`)."""
    if _other_named_part(corpus, q, cand):
        return True
    asked = _parts(q.route.folded)
    if not asked:
        return False
    if not asked <= _parts(corpus.plain_text(cand.unit.doc_id)):
        return True
    document = corpus.texts[cand.unit.doc_id]
    named = _parts(fold(" ".join([cand.unit.text, *(document[a:b] for a, b in cand.extra)])))
    lead = corpus.previous_unit(cand.unit)
    if (
        lead is not None
        and lead.kind == cand.unit.kind == "text"
        and lead.text.rstrip(" *_").endswith(":")
        and not _SETS_ASIDE.search(lead.folded)
    ):
        # "a) ... được tuyển chọn vào đội tuyển (Tuyến 1) ... hưởng mức hỗ trợ như sau:" over
        # "Chi phí đào tạo cho một vận động viên: 24 tháng ...": the lead-in names the part of
        # a line that names none of that kind itself
        own = {kind for kind, _ in named}
        named |= {part for part in _parts(lead.folded) if part[0] not in own}
    # ("nhóm I, II ... và nhóm III": a question of several parts, each its own unit, asks of a
    # unit one of them)
    kinds = {kind for kind, _ in named} & {kind for kind, _ in asked}
    return any(not asked & {part for part in named if part[0] == kind} for kind in kinds)


_PERSON_ASKED = re.compile(r"\bai\b")


def head_of_answer(
    corpus: Corpus, q: Question, scored: Sequence[Candidate], best: Candidate
) -> Candidate | None:
    """ "ai quyết định lập tổ công tác?": when the answer is a body (a table's "Cơ quan thực
    hiện: UBND cấp xã") and a unit of its document says the head of that very body does the
    act asked ("Chủ tịch Ủy ban nhân dân cấp xã thành lập tổ công tác ..."), that unit, its
    answer the head by position: the one who decides is asked, not the body he heads."""
    answer = best.answer or ""
    role = asked_role(q)
    if not answer or not role or _PERSON_ASKED.search(q.route.folded) is None:
        return None
    if without_holder(answer) != answer:
        return None
    body = fold(answer)
    for cand in scored[:_READ]:
        if cand.unit.doc_id != best.unit.doc_id or cand.evidence < _MIN_EVIDENCE:
            continue
        text = cand.unit.text
        for named in AGENCY.finditer(text):
            start, end = holder_start(text, named.start()), _name_written(text, named.start(), body)
            if start == named.start() or end is None:
                continue
            if _said_in(role, _words_after(text, end)):
                cand.answer, cand.focus = tidy(text[start:end]), (start, end)
                cand.quality, cand.score, cand.mention = best.quality, best.score, None
                return cand
    return None


def _name_written(text: str, at: int, folded: str) -> int | None:
    """Where the name ``folded`` (folded) written at ``at`` ends ("Ủy ban nhân dân cấp xã" or
    "UBND cấp xã" for "uy ban nhan dan cap xa"), or None when another name is written there."""
    words: list[str] = []
    for word in re.finditer(r"[^\s,;:.()]+", text[at : at + 3 * len(folded)]):
        words.append(word.group())
        said = fold(" ".join(words))
        if said == folded:
            return at + word.end()
        if not folded.startswith(said):
            return None
    return None


# "bộ nào", "sở nào", "cục nào": the kind of body asked (folded), and how its names begin; not
# the last syllable of another word ("cơ sở nào", "cán bộ nào", "nhiệm vụ nào", "văn phòng")
_ASKED_KIND = re.compile(
    r"(?<!\bco )(?<!\bcan )(?<!\btoan )(?<!\bnhiem )(?<!\bdich )(?<!\bnghiep )(?<!\bvan )"
    r"(?<!\btich )(?<!\bthu )(?<!\bchi )\b(bo|so|chi cuc|cuc|vu|phong|trung tam"
    rf"|co quan (?:o )?trung uong){BODY_KIND_QUALIFIERS} nao\b"
)
_KIND_NAMES = {
    # a central body: a ministry, or a body of the Government or of a ministry
    "co quan trung uong": "(?:Bộ|Tổng cục|Cục|Văn phòng Chính phủ|Chính phủ|Thủ tướng)",
    "co quan o trung uong": "(?:Bộ|Tổng cục|Cục|Văn phòng Chính phủ|Chính phủ|Thủ tướng)",
    "bo": "Bộ",
    "so": "Sở",
    "chi cuc": "Chi cục",
    "cuc": "Cục",
    "vu": "Vụ",
    "phong": "Phòng",
    "trung tam": "Trung tâm",
}
_OTHER_KIND = 0.3


def names_asked_kind(q: Question, answer: str) -> bool:
    """The answer names a body of the kind the question asks for ("Bộ Nông nghiệp ..." for
    "bộ nào"), or the question asks for none ("cơ quan nào", "đơn vị nào")."""
    asked = _ASKED_KIND.search(q.route.folded)
    if asked is None:
        return True
    kind = _KIND_NAMES[asked.group(1)]
    return re.search(rf"(?<!\w){kind}\s+[A-ZĐÀ-Ỹ]", answer) is not None


# The closing article that lists who executes the act ("Chánh Văn phòng ..., Giám đốc các Sở
# ... chịu trách nhiệm thi hành Quyết định này"): it gives none of them a task of its own
_EXECUTES_THE_ACT = re.compile(r"\btrách nhiệm\s+thi\s+hành\b", re.IGNORECASE)
# A question asking who executes or carries out the act itself (folded)
_ASKS_EXECUTION = re.compile(r"\bthi hanh\b")


def _executes_the_act_only(q: Question, text: str) -> bool:
    """The unit lists the bodies that must execute the whole act ("... chịu trách nhiệm thi
    hành Quyết định này") and the question asks another task of a body ("giao đơn vị nào
    hướng dẫn các xã thu thuế"): that list names no body given the task asked."""
    return _EXECUTES_THE_ACT.search(text) is not None and not _ASKS_EXECUTION.search(q.route.folded)


# A question on who issued or signed an act, or on the act a document is grounded on ("dựa
# trên quyết định công bố nào của Bộ Tài chính"), folded: a recital or a cited act's issuer
# is what it asks
_ASKS_ISSUER = re.compile(
    r"\b(?:ban hanh|ky|can cu|dua tren|dua vao)\b"
    rf"|\b(?:van ban|{'|'.join(DOCUMENT_KINDS)})(?: \w+){{0,3}} nao\b"
)
# A recital of the proposal an act answers ("Xét Tờ trình số ...", "Theo đề nghị của ..."), and
# a question asking who proposes (folded)
_PROPOSAL_RECITAL = re.compile(r"[\s*_]*(?:Xét\s+(?:Tờ\s+trình|đề\s+nghị)|Theo\s+đề\s+nghị)\b")
_ASKS_A_PROPOSAL = re.compile(
    r"\b(?:de nghi|de xuat|to trinh)\b|(?<!quy )(?<!chuong )(?<!cong )(?<!lo )\btrinh\b"
)
# A recital of an act's legal grounds: "Căn cứ" and the act cited, the line closed by ";"
_RECITAL = re.compile(rf"\s*Căn cứ\s+(?:các\s+)?(?:Hiến pháp|{NORMATIVE_ACTS})\b")


def _names_issuers_only(
    q: Question, unit: Unit, factor_text: str | None, focus: tuple[int, int]
) -> bool:
    """The answer at ``focus`` (in ``factor_text``, else in the unit's text) names bodies,
    besides those the question names, only as the issuers of the acts the text cites, or
    stands in a recital of the act's legal grounds ("Căn cứ Thông tư số 10/2025/TT-BNV ... của
    Bộ trưởng Bộ Nội vụ hướng dẫn ... của Sở Nội vụ ...;"), which names the acts, not who does
    a task; and the question asks no issuer or signer of an act."""
    if _ASKS_ISSUER.search(q.route.folded):
        return False
    if _PROPOSAL_RECITAL.match(unit.text) and not _ASKS_A_PROPOSAL.search(q.route.folded):
        # "Xét Tờ trình số 423/TTr-UBND ... đề nghị Hội đồng nhân dân Thành phố ban hành ...":
        # who proposes the act and to whom, no body given a task by it (unless it says who did
        # the task asked: "...; ý kiến thẩm định của Sở Tư pháp tại Báo cáo số ...")
        return not _said_in(asked_role(q), unit.text)
    if _RECITAL.match(unit.text) and unit.text.rstrip(" *_").endswith(";"):
        # unless the act asked is the cited act's own ("... của Chính phủ quy định chức năng,
        # nhiệm vụ ..." for "cơ quan nào quy định chức năng ...")
        return not _said_in(asked_role(q), unit.text)
    text = unit.text if factor_text is None else factor_text
    start, end = focus
    if not 0 <= start < end <= len(text):
        return False
    named = bodies_in(text, start, end)
    others = [
        name
        for name, issuer in named
        if not issuer and not named_by_question(q, name) and not _named_in_question(q, name)
    ]
    return not others and any(issuer for _, issuer in named)


# Words before a body that make it the one a thing is sent or reported to, or a partner ("gửi
# Sở Tài chính để được hướng dẫn", "báo cáo về Sở Nội vụ", "phối hợp với Sở Y tế")
_RECEIVER_BEFORE = re.compile(
    r"(?:\b(?:gửi|nộp|trình|báo cáo|chuyển)(?:\s+(?:về|đến|tới|lên))?|\bphối hợp\s+(?:với|cùng)"
    r"|\blấy ý kiến(?:\s+của)?)\s+(?:(?:các|cho)\s+)?$",
    re.IGNORECASE,
)
_RECEIVER_REACH = 30  # characters before a body read for the verb it receives from
# The kinds of body a question asks for by "… nào" (folded)
_BODY_ASKED = "co quan|don vi|so|bo|ban|phong|cap|trung tam|chi cuc|cuc|to chuc"
# The body asked as the one receiving or taking part ("gửi về sở nào", "báo cáo cho ai", "lấy
# ý kiến của cơ quan nào"), folded: the word right before the body asked
_RECEIVER_ASKED = re.compile(
    r"\b(?:gui|nop|trinh|cao|qua|ve|voi|cho|den|toi|len|kien|cua)"
    rf" (?:(?:{_BODY_ASKED}) nao|ai)\b"
)


def _receiver_for_agent(q: Question, text: str, focus: tuple[int, int]) -> bool:
    """The body at ``focus`` is the one a thing is sent to or a partner ("... gửi Sở Tài
    chính để được hướng dẫn"), while the question asks the body doing its act ("ai làm chủ
    đầu tư ...", "cơ quan nào chủ trì ..."), not the one receiving or taking part."""
    start, end = focus
    if not 0 < start < end <= len(text) or not _asked_role_words(q):
        return False
    folded = q.route.folded
    if (
        _ASKS_LODGING.search(folded)
        or _ASKS_RECIPIENT.search(_asked_clause(q))
        or _asks_partner_role(q)
        or _RECEIVER_ASKED.search(folded)
    ):
        return False
    return _RECEIVER_BEFORE.search(text, max(0, start - _RECEIVER_REACH), start) is not None


# A clause opening a sentence that gives the source of what it states ("Theo tổng hợp báo cáo
# nhanh của Bộ X, ...", "Theo dự báo của cơ quan khí tượng, ..."), up to the body named as
# that source
_SOURCE_BEFORE = re.compile(
    r"(?:^|[.;:!?]\s+|\n\s*)Theo\s+(?:(?!của\b)[^.;:,\n])*?\bcủa\s+(?:(?:các|cho)\s+)?$",
    re.IGNORECASE,
)
# Words of a folded question asking the body given a task, not the source of a statement
_CHARGE_ASKED = re.compile(r"\b(?:chu tri|giao|phu trach|chiu trach nhiem|dau moi)\b")
_SOURCE_REACH = 120  # characters before a body read for the clause naming it as a source


def _source_for_charged(q: Question, text: str, focus: tuple[int, int]) -> bool:
    """The body at ``focus`` is named as the source of what its sentence states ("Theo tổng hợp
    báo cáo nhanh của Bộ Nông nghiệp và Môi trường, từ sáng nay ... đã có mưa to"), while the
    question asks the body given a task ("giao bộ nào chủ trì tổng hợp, báo cáo thiệt hại"):
    a source is given no task."""
    start, end = focus
    if not 0 < start < end <= len(text) or not _CHARGE_ASKED.search(q.route.folded):
        return False
    return _SOURCE_BEFORE.search(text[max(0, start - _SOURCE_REACH) : start]) is not None


# The body asked in a folded question, the one doing what follows it ("cơ quan nào chủ trì
# ...", "ai làm ...")
_AGENT_ASKED = re.compile(rf"\b(?:(?:{_BODY_ASKED})(?: \w+){{0,2}} nao|ai)\b")
# A body named as the one doing an act written before it ("quản lý trực tiếp của Sở X")
_AGENT_BEFORE = re.compile(r"\b(?:của|bởi|qua|do)\s+$")


def _opens_with_asked_act(q: Question, answer: str) -> bool:
    """The answer opens with an act the question gives the body it asks for ("đôn đốc các sở,
    ban, ngành và Ủy ban nhân dân phường" for "cơ quan nào ... theo dõi, đôn đốc ...",
    "tập huấn ... tại Trung tâm X" for "cơ quan nào ... tập huấn ..."): the bodies after the
    act are those it is done to or where, not the one doing it."""
    folded = q.route.folded
    asked = _AGENT_ASKED.search(folded)
    if asked is None or _RECEIVER_ASKED.search(folded) or _asks_partner_role(q):
        return False
    opening = TOKEN.findall(fold(answer))[:2]
    if len(opening) < 2 or not opening[0][0].isalpha() or opens_body(answer.lstrip(), 0):
        return False  # a body's name, whose words the question may write ("... của Bộ Nội vụ")
    following = TOKEN.findall(folded[asked.end() :])
    if tuple(opening) not in set(zip(following, following[1:], strict=False)):
        return False
    # "quản lý trực tiếp của Sở X": a body written as the one doing the act
    return not any(_AGENT_BEFORE.search(answer, 0, m.start()) for m in AGENCY.finditer(answer))


def names_an_offered_body(q: Question, answer: str) -> bool:
    """The answer is one of the two bodies the question offers ("do UBND xã hay Sở Xây dựng
    cấp?": it opens as one of them does, by its title or kind), or the question offers none."""
    offered = bodies_offered(q.route.folded)
    if offered is None:
        return True
    folded = fold(answer)
    # ("cấp huyện" offered, "UBND cấp huyện" answered: a level is said inside a body's name)
    return any(body.split()[:2] == folded.split()[:2] or body in folded for body in offered)


_ASKED_AT = re.compile(r"\b(?:bao nhieu|may)\b")
_ASKED_PHRASE = 3  # words before "bao nhiêu" that say what is done or counted
_LEFT_STOP = re.compile(r"[,;:|()\[\]\n]|\.\s")
_OTHER_ACTION = 0.35
# Words before "bao nhiêu" that say nothing of what is done ("có", "là", "được", "gồm").
_VALUE_NOUNS = frozenset({"muc"})  # "Mức 400.000 đồng": names the value, says nothing done
_NOT_ACTION = frozenset({"co", "la", "duoc", "gom", "bang", "chiem", "khoang", "tong", "so"})
_OTHER_PROCEDURE = 0.4
# Words a procedure's name may hold that do not make it another procedure.
# (with "lĩnh vực", the domain a procedure's name is of: "thủ tục hành chính lĩnh vực Giáo dục")
_NAME_FILLER_WORDS = """thu tuc tthc viec ve doi voi cac cua va cho tai o trong theo thuoc nhung
linh vuc thủ tục việc về đối với các của và cho tại ở trong theo thuộc những lĩnh vực"""
_NAME_FILLER = frozenset(_NAME_FILLER_WORDS.split())


def _content(q: Question, tokens: list[str]) -> list[str]:
    stop_words = _STOP_WORDS_TONED if q.toned else _STOP_WORDS
    return [t for t in tokens if t[0].isalpha() and t not in stop_words]


def asked_phrase(q: Question) -> list[str]:
    """The content words right before "bao nhiêu" / "mấy": what the question says is done
    ("ban hành mới bao nhiêu TTHC": "ban", "hành", "mới"); none when the word right before it
    says nothing of that (:data:`_NOT_ACTION`: "có bao nhiêu", "là bao nhiêu")."""
    tokens = TOKEN.findall(q.route.keyed)
    asked = "mấy" if q.toned else "may"
    for i, token in enumerate(tokens):
        if token == asked or (
            strip_diacritics(token) == "bao"
            and i + 1 < len(tokens)
            and strip_diacritics(tokens[i + 1]) == "nhieu"
        ):
            lead = tokens[max(0, i - _ASKED_PHRASE) : i]
            if not lead or strip_diacritics(lead[-1]) in _NOT_ACTION:
                return []
            return _content(q, lead)
    return []


def asked_act(q: Question) -> set[str]:
    """The words of :func:`asked_phrase` that weigh in the question: what is done, not the
    place that does it ("Sở Nội vụ tỉnh Thử Nghiệm công bố bao nhiêu": "công bố")."""
    return {t for t in asked_phrase(q) if t in q.weights}


def _clause_before(text: str, a: int, width: int = 40) -> str:
    """The words of the value's clause right before ``a`` (up to ``width`` characters)."""
    return _LEFT_STOP.split(text[max(0, a - width) : a])[-1]


# Words that bound a value ("không vượt quá", "tối đa", "ít nhất"), as written
_BOUND_WORDS = re.compile(
    r"\b(?:(?:không\s+)?(?:vượt\s+)?quá|tối\s+(?:đa|thiểu)|(?:nhiều|ít|cao|thấp)\s+nhất)\b",
    re.IGNORECASE,
)


# A bound written right before a value ("không quá 09 tháng", "tối thiểu 01 tuần")
_BOUND_BEFORE = re.compile(rf"(?:{_BOUND_WORDS.pattern})\W*$", re.IGNORECASE)
_JOINED = re.compile(r"\s(?:và|hoặc|va|hoac)\s", re.IGNORECASE)


def other_action(q: Question, text: str, a: int) -> bool:
    """The words right before the value at ``a`` in its clause say another thing is done than
    the question asks ("Bãi bỏ 06 thủ tục" for "ban hành mới bao nhiêu thủ tục"): the question
    names what is done right before "bao nhiêu", and none of the words right before the value
    is one of the question's."""
    if not asked_phrase(q):
        return False
    segment = _clause_before(text, a)
    asks_bound = bool(_ASKS_MOST.search(q.route.folded) or _ASKS_LEAST.search(q.route.folded))
    if asks_bound and _BOUND_BEFORE.search(segment):
        # "... tính theo số tháng học thực tế nhưng không quá 09 tháng" for "tối đa mấy
        # tháng": the value is set as the bound asked; the words before the bound say how
        # it is counted, no other action
        return False
    if asks_bound or q.route.intent == "target":
        # "không vượt quá 15 tháng" for "nhiều nhất mấy tháng", "ít nhất 50%" for a target
        # (one is set as a bound): the bound asked, no action done
        segment = _BOUND_WORDS.sub(" ", segment)
    if not _content(q, TOKEN.findall(key(_JOINED.split(segment)[-1], q.toned))):
        # "..., xả lũ và ít nhất 50% người dân ...": the value's own clause opens at the "và"
        # joining it to the one before and says no action of it; the words before are the
        # other value's
        return False
    before = _content(q, TOKEN.findall(key(segment, q.toned)))
    act = asked_act(q)
    if act and act <= set(before):
        return False  # "Công bố kèm theo Quyết định này 06 ...": the act asked, said of it
    near = before[-_ASKED_PHRASE:]
    # "a) Mức 1.500.000 đồng": the word that names a value is no action
    near = [t for t in near if strip_diacritics(t) not in _VALUE_NOUNS]
    return bool(near) and not any(t in q.all_tokens for t in near)


_CODE = re.compile(r"\(\s*[\d.]+[\w.]*\s*\)")  # "(1.004122)", "(1.014466.H12)"
_PARTS = re.compile(r"[,;:]")  # a list of names ("Các phường: Tuần Châu, Việt Hưng, ...")
_INSERTED = 2  # at most this many words put inside the question's phrase ("cấp lại giấy phép")
_SHARED_HEAD = 3  # word pairs a name shares with the question before the two go apart
# Words that ask of a thing named before them ("mất bao nhiêu ngày", "là bao lâu"), folded
_ASKING_WORDS = frozenset(
    {"mat", "bao", "may", "la", "nao", "gi", "trong", "duoc", "phai", "can", "het", "tu"}
    | {"den", "khi", "lau", "theo", "tai", "o"}
)
_DIVERGING_NAME = 0.6  # with _OTHER_PROCEDURE: a row of another thing answers nothing


def name_cell(unit: Unit) -> str:
    """The first cell of a row that names something (words, not a code like "1.014466.H12")."""
    return next(
        (c for c in row_cells(unit) if any(w.isalpha() and len(w) > 1 for w in c.split())), ""
    )


def other_procedure(q: Question, unit: Unit) -> bool:
    """A table row whose label names the question's thing led by one or two other words or
    with one or two words inside it ("Trả lại giấy phép hành nghề khoan ..." or "Cấp lại giấy
    phép ..." for "cấp giấy phép hành nghề khoan ..."): another procedure's row. So is a unit
    under a heading naming another procedure that way ("2. Thủ tục Cấp lại Quyết định chỉ
    định tổ chức đánh giá sự phù hợp" for "thủ tục chỉ định tổ chức đánh giá sự phù hợp")."""
    if unit.kind != "row":
        return any(_led_by_other_words(q, name) for name in _procedure_headings(unit))
    return names_other_procedure(q, name_cell(unit))


def names_other_procedure(q: Question, label: str) -> bool:
    """:func:`other_procedure` of a row's label: a part of it names another procedure, or
    goes on from the words it shares with the question to others (:func:`name_diverges`)."""
    label = _CODE.sub(" ", label)
    return any(_other_name(q, part) for part in _PARTS.split(label)) or name_diverges(q, label)


def name_diverges(q: Question, label: str) -> bool:
    """:func:`_name_diverges` of some part of a label."""
    label = _CODE.sub(" ", label)
    written = {t for t in TOKEN.findall(key(label, q.toned)) if t[0].isalpha()}
    asked = _generic_dropped(TOKEN.findall(q.route.keyed))
    return any(_name_diverges(q, part, written, asked) for part in _PARTS.split(label))


def _generic_dropped(tokens: list[str]) -> list[str]:
    """Keyed words without the "hành chính" of "thủ tục hành chính" ("TTHC" read out), which
    names no procedure of its own."""
    out: list[str] = []
    for t in tokens:
        if (
            len(out) >= 2
            and strip_diacritics(out[-1]) == "hanh"
            and strip_diacritics(t) == "chinh"
            and strip_diacritics(out[-2]) == "tuc"
        ):
            out.pop()
            continue
        out.append(t)
    return out


def _name_diverges(q: Question, part: str, written: set[str], asked: list[str]) -> bool:
    """The name's opening words the question writes after "thủ tục" in a run of four or more
    ("cấp giấy chứng nhận"), after which each goes on with a word of its own the other never
    writes ("... văn phòng đại diện, chi nhánh" for "thủ tục cấp giấy chứng nhận đăng ký hoạt
    động lần đầu"): two procedures of one head. A function word after the run (a qualifier:
    "đối với", "cho") ends no name."""
    tokens = _generic_dropped([t for t in TOKEN.findall(key(part, q.toned)) if t[0].isalpha()])
    stop_words = _STOP_WORDS_TONED if q.toned else _STOP_WORDS
    known = q.all_tokens | _NAME_FILLER
    run = 0
    while run < len(tokens) - 1 and (tokens[run], tokens[run + 1]) in q.all_bigrams:
        run += 1
    if run < _SHARED_HEAD or run + 1 >= len(tokens):
        return False
    head, own = tokens[: run + 1], tokens[run + 1]
    if own in stop_words or own in known:
        return False
    for at in range(2, len(asked) - run):
        # (the question names a procedure there: its run follows "thủ tục")
        named = [strip_diacritics(t) for t in asked[at - 2 : at]] == ["thu", "tuc"]
        # its own words go on past the run, two of them ("đăng ký hoạt động"), not a verb
        # asking of it ("... khoan mất bao nhiêu ngày")
        goes_on = asked[at + run + 1 : at + run + 3]
        if (
            named
            and asked[at : at + run + 1] == head
            and len(goes_on) == 2
            and all(
                w.isalpha()
                and w not in stop_words
                and strip_diacritics(w) not in _ASKING_WORDS
                and w not in written
                for w in goes_on
            )
        ):
            return True
    return False


# A heading naming a procedure: "1. Thủ tục Chỉ định ...", "Quy trình nội bộ giải quyết TTHC:
# “Cấp giấy phép ...”"; the name is what follows
_PROCEDURE_HEADING = re.compile(
    r"\b(?:thủ tục(?: hành chính)?|TTHC)\s*:?\s*[“\"]?(?P<name>[^\W\d_][^“”\"]*)", re.IGNORECASE
)


def _procedure_headings(unit: Unit) -> list[str]:
    """The procedure names of the headings above ``unit`` (its section path)."""
    names = []
    for heading in unit.section.split(" > "):
        match = _PROCEDURE_HEADING.search(heading)
        if match:
            names.append(_CODE.sub(" ", match.group("name")))
    return names


# A procedure's heading that leaves its name to the table cell after it ("**3. Thủ tục**" /
# "|" / "Cấp phép nhập khẩu thuốc thuộc hành lý cá nhân ..."), folded
_BARE_PROCEDURE = re.compile(r"^\W*(?:\d+\W*)?thu tuc(?: hanh chinh)?\W*$")
# A section's title naming one procedure ("Thủ tục cấp giấy phép ..."), not a list of them
# ("Danh mục thủ tục hành chính ...", "Thủ tục hành chính được công bố")
_ONE_PROCEDURE_TITLE = re.compile(r"^\W*thu tuc (?!hanh chinh\b)")
_NAME_CELL_CHARS = 500  # characters after a bare heading read for the procedure's name
_BETTER_FIT = 2  # word pairs of the question another procedure's name writes more, at least


def _cell_after(text: str, heading_start: int) -> str:
    """The first table cell after the heading line at ``heading_start``: its lines up to the
    cell's end ("|") or a blank line."""
    line_end = text.find("\n", heading_start)
    if line_end < 0:
        return ""
    lines: list[str] = []
    for line in text[line_end + 1 : line_end + 1 + _NAME_CELL_CHARS].split("\n"):
        bare = line.strip(" *_")
        if bare in {"", "|"}:
            if lines:
                break
            continue
        lines.append(bare)
    return " ".join(lines)


def _procedure_sections(corpus: Corpus, doc_id: str) -> tuple[tuple[int, int, str], ...]:
    """The sections of a document that each set out one procedure, as (start, end, name):
    headed "Thủ tục X", or by a bare "N. Thủ tục" whose name is the table cell after it. Read
    once per document (for every candidate unit of every question naming a procedure) and kept
    with the corpus: a module-level cache would keep a swapped-out index alive."""
    found_before = corpus.procedure_sections.get(doc_id)
    if found_before is not None:
        return found_before
    text = corpus.texts[doc_id]
    found: list[tuple[int, int, str]] = []
    for section in corpus.sections.get(doc_id, ()):
        title = plain(fold(section.title))
        if _BARE_PROCEDURE.match(plain(fold(f"{section.label} {section.title}"))):
            name = _cell_after(text, section.start)
        elif _ONE_PROCEDURE_TITLE.match(title) and (
            named := _PROCEDURE_HEADING.search(section.title)
        ):
            name = named.group("name")
        else:
            continue
        if name:
            found.append((section.start, section.end, _CODE.sub(" ", name)))
    corpus.procedure_sections[doc_id] = tuple(found)
    return corpus.procedure_sections[doc_id]


def _name_fit(q: Question, name: str) -> int:
    """The word pairs of a procedure's name the question writes, in their order."""
    tokens = TOKEN.findall(key(name, q.toned))
    return sum(1 for pair in zip(tokens, tokens[1:], strict=False) if pair in q.all_bigrams)


def _procedure_around(
    corpus: Corpus, unit: Unit
) -> tuple[tuple[tuple[int, int, str], ...], tuple[int, int, str] | None]:
    """The procedures a document sets out part by part, and the innermost one holding the
    unit (None when no one does)."""
    procedures = _procedure_sections(corpus, unit.doc_id)
    around = [p for p in procedures if p[0] <= unit.start < p[1]]
    return procedures, max(around, key=lambda p: p[0]) if around else None


@lru_cache(maxsize=256)  # read for every candidate unit of a question
def _names_a_procedure(folded: str) -> bool:
    """The folded question names a procedure ("thủ tục cấp giấy phép ...")."""
    return bool(procedure_words(plain(folded)))


def under_another_procedure(
    q: Question, procedures: Sequence[tuple[int, int, str]], own: tuple[int, int, str] | None
) -> bool:
    """A unit sets out a step or a fact of ``own``, one of the ``procedures`` its document
    sets out part by part (:func:`_procedure_around`), while the question's words name another
    of them clearly better ("thủ tục cho phép nhập khẩu thuốc có hạn dùng còn lại ngắn hơn quy
    định" under "3. Thủ tục" / "Cấp phép nhập khẩu thuốc thuộc hành lý cá nhân ..."): each
    procedure's part of a decision publishing them states the same kinds of facts, its heading
    says whose they are."""
    if q.route.intent == "compare" or q.one_case or not _names_a_procedure(q.route.folded):
        # no procedure named ("giải quyết TTHC: thời hạn ủy quyền ..."), or two compared,
        # each its own part's
        return False
    if len(procedures) < 2 or own is None:
        return False
    best = max(_name_fit(q, name) for _, _, name in procedures)
    fit = _name_fit(q, own[2])
    # clearly: by a few pairs, and twice as many ("thành lập đơn vị sự nghiệp công lập" asked
    # fits the part "... thuộc thẩm quyền của UBND cấp xã" nearly as well as "... của Bộ")
    return fit + _BETTER_FIT <= best and 2 * fit < best


def _led_by_other_words(q: Question, name: str) -> bool:
    """A procedure's name that holds the question's thing (a run of its word pairs) after
    words of another action the question does not write ("Cấp lại Quyết định chỉ định tổ
    chức ..." for "thủ tục chỉ định tổ chức ...")."""
    tokens = [t for t in TOKEN.findall(key(name, q.toned)) if t[0].isalpha()]
    best_start, best_len, run = -1, 0, 0
    for i in range(1, len(tokens)):
        run = run + 1 if (tokens[i - 1], tokens[i]) in q.all_bigrams else 0
        if run > best_len:
            best_len, best_start = run, i - run
    if best_len < 2 or best_start <= 0:
        return False
    stop_words = _STOP_WORDS_TONED if q.toned else _STOP_WORDS
    first = tokens[0]
    return first not in q.all_tokens and first not in _NAME_FILLER and first not in stop_words


# "giấy" of "cấp giấy phép", "cấp giấy chứng nhận": the paper an act is written on, which a
# question leaves out ("cấp phép", "cấp chứng nhận") naming the same act
_PAPER = frozenset({"giay", "giấy"})


def _other_name(q: Question, name: str) -> bool:
    """:func:`other_procedure` on one part of a label (between commas, colons)."""
    tokens = [t for t in TOKEN.findall(key(name, q.toned)) if t[0].isalpha()]
    known = q.all_tokens | _NAME_FILLER
    # the longest run of the question's word pairs in the label
    best_start, best_len, run = -1, 0, 0
    for i in range(1, len(tokens)):
        run = run + 1 if (tokens[i - 1], tokens[i]) in q.all_bigrams else 0
        if run > best_len:
            best_len, best_start = run, i - run
    if best_len < 2:  # the label does not name the question's thing
        return False
    # another word where the question has its own ("trả lại giấy phép" for "cấp giấy phép")
    first = tokens[best_start]
    stop_words = _STOP_WORDS_TONED if q.toned else _STOP_WORDS
    if (
        0 < best_start <= _INSERTED
        and not any(t in known for t in tokens[:best_start])
        and any(y == first and x not in stop_words for x, y in q.all_bigrams)
    ):
        return True
    # words put between two the question writes together ("cấp lại giấy" for "cấp giấy"), both
    # of the name ("quản lý chậm nhất là" is no "quản lý là" renamed)
    for i in range(len(tokens)):
        if tokens[i] in stop_words:
            continue
        for j in range(i + 2, min(len(tokens), i + _INSERTED + 2)):
            inserted = [t for t in tokens[i + 1 : j] if t not in _PAPER]
            if (
                (tokens[i], tokens[j]) in q.all_bigrams
                and tokens[j] not in stop_words
                and inserted
                and all(t not in known for t in inserted)
            ):
                return True
    return False


def _question_doer(q: Question) -> str | None:
    """The body a question opens with, the doer of the act it asks of ("Sở Khoa học và Công
    nghệ báo cáo ... trước ngày nào"), folded; None when it opens otherwise."""
    question = q.route.question.lstrip()
    if AGENCY.match(question) is None:
        return None
    end = name_end(question, 0)
    return fold(question[:end]) if end is not None else None


_DOER_RECEIVES = 0.6  # the body asked of receives there: the limit is of another body's act
# The word a body things are lodged with follows ("gửi Sở X", "báo cáo ... về Sở X", "nộp đến")
_LODGED_WITH = re.compile(r"\b(?:về|gửi|đến|tới|lên|nộp)\s+$", re.IGNORECASE)


def doer_receives(q: Question, text: str) -> bool:
    """The body the question opens with as the doer of its act is, in ``text``, only the body
    things are lodged with ("Thực hiện báo cáo định kỳ ... về Sở Khoa học và Công nghệ để tổng
    hợp" for "Sở Khoa học và Công nghệ báo cáo ... trước ngày nào"): the limit there is that
    of the bodies lodging with it, another act."""
    doer = _question_doer(q)
    if doer is None:
        return False
    for body in AGENCY.finditer(text):
        at = body.start()
        end = name_end(text, at)
        if end is None or fold(text[at:end]) != doer:
            continue
        if _LODGED_WITH.search(text, max(0, at - 8), at) is None:
            return False  # named as a doer
        return doer not in f"{fold(text[:at])} | {fold(text[end:])}"
    return False


# "Phó" before a title: the deputy ("Phó Trưởng ban", "Phó Đại đội trưởng"), another person
_DEPUTY = "pho"
_DEPUTY_OF_ASKED = 0.4  # as far off as another procedure's row: another person's value


def deputy_of_asked(q: Question, unit: Unit, focus: tuple[int, int]) -> bool:
    """The value's label (a row's name cell; in text, the words since the value before it)
    names the title the question writes ("Trưởng ban") only as its deputy's ("Phó Trưởng
    ban"), and the question writes no "phó" before it: the value of another person."""
    if unit.kind == "row":
        label = name_cell(unit)
    else:
        before = unit.text[: focus[0]]
        start = max((v[1] for v in _values(before) if v[1] <= focus[0]), default=0)
        label = before[start:]
    tokens = [t for t in TOKEN.findall(key(label, q.toned)) if t[0].isalpha()]
    as_deputy = as_itself = False
    for i in range(len(tokens) - 1):
        if (tokens[i], tokens[i + 1]) not in q.all_bigrams:
            continue
        if (
            i > 0
            and strip_diacritics(tokens[i - 1]) == _DEPUTY
            and (tokens[i - 1], tokens[i]) not in q.all_bigrams
        ):
            as_deputy = True
        elif i == 0 or (tokens[i - 1], tokens[i]) not in q.all_bigrams:
            as_itself = True  # the title's own start, not a word inside it
    return as_deputy and not as_itself


def value_misfit(q: Question, unit: Unit, focus: tuple[int, int]) -> float:
    """How much less a value answer fits than its (capped) quality says."""
    penalty = 0.0
    if other_action(q, unit.text, focus[0]):
        penalty += _OTHER_ACTION
    if deputy_of_asked(q, unit, focus):
        penalty += _DEPUTY_OF_ASKED
    if q.route.intent == "deadline" and doer_receives(q, unit.text):
        penalty += _DOER_RECEIVES
    if unit.kind == "row" and name_diverges(q, name_cell(unit)):
        # the row names another thing of the head the question names, not the same thing led
        # or broken by other words (so another procedure's row too): no value of it answers
        penalty += _OTHER_PROCEDURE + _DIVERGING_NAME
    elif other_procedure(q, unit):
        penalty += _OTHER_PROCEDURE
    if one_step(q, unit):
        penalty += _OTHER_PROCEDURE
    if equivalent_value(q, unit.text, focus[0]):
        penalty += _WORTH_OF_ANOTHER
    return penalty


# A value that is another thing's worth in the measure of the good asked answers only where
# nothing states the good's own measure
_WORTH_OF_ANOTHER = 0.7


# What makes a value the worth of another thing in the unit named ("tiền thuốc ... tương đương
# 03 kg gạo tẻ", "trị giá tương đương 20 kg gạo"), right before the value (folded)
_EQUIVALENT_BEFORE = re.compile(r"\b(?:tuong duong|quy doi|tri gia)(?: (?:voi|khoang|bang))?\W*$")
# A question asking such a worth ("tương đương bao nhiêu kg gạo", "quy đổi ra"), folded
_EQUIVALENT_ASKED = re.compile(r"\b(?:tuong duong|quy doi|tri gia)\b")


def equivalent_value(q: Question, text: str, a: int) -> bool:
    """The value at ``a`` is the worth, in the measure of a good asked, of another thing
    ("Tiền thuốc ... tương đương 03 kg gạo tẻ") while the question asks the good itself
    ("được cấp bao nhiêu kg gạo tẻ"), not an equivalent."""
    if not things_measured(q.route.question) or _EQUIVALENT_ASKED.search(plain(q.route.folded)):
        return False  # (a time "tương đương 10 ngày làm việc" is the limit itself)
    return _EQUIVALENT_BEFORE.search(plain(fold(text[max(0, a - 40) : a]))) is not None


# A row of a procedure's steps ("Bước 2 | Duyệt hồ sơ … | 4 ngày"), folded
_STEP_ROW = re.compile(r"^\W*buoc\s*\d")


def one_step(q: Question, unit: Unit) -> bool:
    """The unit is the row of one step of a procedure and the question names no step: the
    time or amount of the whole procedure is asked ("thủ tục X giải quyết trong bao nhiêu
    ngày"), which its list of procedures or its total states, not one step's."""
    return (
        unit.kind == "row"
        and _STEP_ROW.match(unit.folded) is not None
        and re.search(r"\bbuoc\b", q.route.folded) is None
        and not _step_named(q, unit)
    )


_STEP_NAMED_SHARE = 0.8  # share of a step's own words the question must write to name it
_STEP_NAMED_WORDS = 3  # words of a step's task, at least, to name it by


def _step_named(q: Question, unit: Unit) -> bool:
    """The question names the step by its task, the cell after the step's number ("UBND tỉnh
    xem xét, phê duyệt thông tin dự án" asked of "Bước 11 | UBND tỉnh xem xét, phê duyệt
    thông tin dự án. | UBND tỉnh | 06 ngày"): the step's time is the one asked."""
    cells = [cell for cell in unit.folded.split("|") if cell.strip()]
    if len(cells) < 2:
        return False
    words = [w for w in TOKEN.findall(cells[1]) if w not in _STOP_WORDS]
    if len(words) < _STEP_NAMED_WORDS:
        return False
    asked = set(TOKEN.findall(q.route.folded))
    return sum(w in asked for w in words) >= _STEP_NAMED_SHARE * len(words)


# Answer types whose value belongs to a thing the question names ("tổng kim ngạch xuất khẩu
# ... đạt bao nhiêu", the task a limit is set for: "hạn chót hoàn thành đo đạc địa giới"),
# which the unit answering must write
_SUBJECT_CHECKED = frozenset({"figure", "target", "deadline"})
_READ = 80  # candidates best_unit_answer reads (their followers besides)
_LEAST_EVIDENCE = 0.2  # a candidate holding less of the question is not extracted
# Answer types whose extraction reads the question and the unit alone (not the candidate's
# scores, neighbours or notes): each unit's is made once per question (Question.extracted),
# ahead of time while the query is embedded (warm_extractions), read by every search of it.
_UNIT_ONLY = frozenset({"decision", "date", "figure", "score", "target", "deadline"})


# The share of its quality left to an answer that names no entity of the kind asked
_NO_ASKED_ENTITY = 0.7


def _writes_no_asked_entity(corpus: Corpus, q: Question, unit: Unit) -> bool:
    """A place or an organization is asked by its head noun ("xã nào", "công ty nào") and
    ``unit`` names none of that kind: its words answer only for want of a unit that does."""
    asked = asked_kind(q)
    if asked is None or asked[0] not in ("place", "organization"):
        return False
    if unit.idx < 0:  # a synthetic unit has no number to keep the finding under
        return entity_of_kind(q, unit, _units_before(corpus, unit)) is None
    key = (unit.idx, "names no asked entity")  # once per question and unit, as extract's
    if key not in q.extracted:
        q.extracted[key] = entity_of_kind(q, unit, _units_before(corpus, unit)) is None
    return bool(q.extracted[key])


def _extract_once(corpus: Corpus, q: Question, cand: Candidate, intent: str) -> Extracted | None:
    """:func:`extract`, made once per question, unit and answer type where only the unit counts."""
    unit = cand.unit
    # a synthetic unit has no number of its own; a quoting sentence is judged with its quote
    if intent not in _UNIT_ONLY or unit.idx < 0 or (intent == "decision" and cand.extra):
        return extract(corpus, q, cand, intent)
    key = (unit.idx, intent)
    made = q.extracted
    if key not in made:
        made[key] = extract(corpus, q, cand, intent)
    return made[key]


def warm_extractions(
    corpus: Corpus,
    q: Question,
    evidence: Mapping[int, float],
    intent: str,
    done: Callable[[], bool],
) -> None:
    """Extract the ``intent`` answers of the units with the best ``evidence`` (scored ahead by
    :func:`~qa_service.answer.evidence.warm_units`) until ``done()``: :func:`best_unit_answer`
    then finds them made. The candidates it reads are ranked by evidence and a retrieval
    prior, unknown yet; the units it would skip are skipped here too (little evidence, too
    little of the question in the unit itself). Caches only: no answer depends on it."""
    if intent not in _UNIT_ONLY:
        return
    for idx in sorted(evidence, key=evidence.__getitem__, reverse=True)[:_READ]:
        if done():
            return
        cand = Candidate(unit=corpus.units[idx], evidence=evidence[idx], prior=0.0)
        if cand.evidence < _LEAST_EVIDENCE:
            return
        if direct_share(q, cand.unit) < _direct_needed(corpus, q, cand, intent):
            continue
        _extract_once(corpus, q, cand, intent)


_MENTION_INTENTS = frozenset({"decision", "date"})


def _quality_cap(q: Question, intent: str) -> float:
    """The highest extraction quality :func:`extract` can give for ``q``: at most 1 for every
    answer but a time limit (that of the very act or section asked, ``_ASKED_ACT_QUALITY``)
    and a cited document (a value's is capped, a time limit's else 0.9, a body's 0.85, a
    clause's 0.6, a date's 0.7); a cited document's is its coverage (at most 1) plus what
    :func:`best_mention` adds for the type asked, the place and a date, added in its order (so
    the bound holds in floating point too)."""
    if intent == "deadline":
        return _ASKED_ACT_QUALITY  # the limit of the very act or section asked
    if intent not in _MENTION_INTENTS:
        return 1.0
    cap = 1.0
    asked = set(q.route.doc_types)
    if asked and "van ban" not in asked:
        cap += 0.25
    if q.localities:
        cap += 0.15
    cap += 0.05
    return cap


def _rank_bound(corpus: Corpus, q: Question, cand: Candidate, cap: float, intent: str) -> float:
    """The highest rank :func:`best_unit_answer` can give ``cand``: its extraction quality at
    ``cap`` and no constraint lowering it (the same operations on larger operands, so the bound
    holds in floating point too); its length lowers it as it does the rank (not a row the
    question names, whose length is no sign of a weaker match)."""
    bound = (0.65 * cand.evidence + 0.35 * cap) * 1.0 + cand.prior
    return bound * _length_weight(corpus, q, cand.unit, intent)


def _length_weight(corpus: Corpus, q: Question, unit: Unit, intent: str) -> float:
    """What a value unit's length leaves of its rank (:func:`_length_factor`); 1.0 for other
    intents, for a short unit, and for a row whose length is no sign of a weaker match: the
    question names the row's record or the time-limit column it reads (looked for only when
    the length would count, for these reads tokenize the unit)."""
    if intent not in _VALUE_INTENTS:
        return 1.0
    weight = _length_factor(len(unit.text))
    if weight < 1.0 and (_names_limit_column(corpus, q, unit, intent) or _row_named(q, unit)):
        return 1.0
    return weight


# A time limit that a short sentence often gives right after the sentence naming the task
# ("... hoàn thiện các báo cáo: (i) ...; (ii) .... Các Báo cáo trên gửi Bộ Tư pháp trước ngày
# 05 tháng 12 năm 2025.", "... xây dựng quy trình nội bộ. Thời hạn hoàn thành không quá 05 ngày
# làm việc").
_FOLLOWED_INTENTS = frozenset({"deadline", "figure", "target"})
_FOLLOWER_CHARS = 240
_FOLLOWED = 30  # leading candidates whose next sentence is considered
# The label an item of a list opens with: a step ("Bước 4:"), a letter ("b)"), a number ("2.",
# "2.1."), a bullet ("-", "+", "•", "* "); emphasis before it ("**", "*Bước") is skipped
_ITEM_OPENING = re.compile(
    r"^(?:\*{2,3}|\*(?=\S)|_{1,2}|\s)*"
    r"(?:(?P<step>b[ưu][ớo]c\s*\d+)|(?P<letter>[a-zđ]\))|(?P<number>\d+(?:\.\d+)*[.)])"
    r"|(?P<bullet>[-+•*])(?=\s))",
    re.IGNORECASE,
)


def _opening_label(corpus: Corpus, unit: Unit) -> tuple[str, int] | None:
    """The kind of list label ``unit`` opens with and, for a number, its depth ("2.1." is 2);
    read on its line of the document, where a bullet the unit's text leaves out stands."""
    document = corpus.texts[unit.doc_id]
    line = document[document.rfind("\n", 0, unit.start) + 1 : unit.start] + unit.text[:_LABEL_CHARS]
    match = _ITEM_OPENING.match(line)
    if match is None or match.lastgroup is None:
        return None
    depth = match.group().count(".") if match.lastgroup == "number" else 0
    return match.lastgroup, depth


def next_item_of_list(corpus: Corpus, lead: Unit, follower: Unit) -> bool:
    """``follower`` opens with a label of the same kind as ``lead``'s ("Bước 3: ..." / "Bước 4:
    ...", "a) ..." / "b) ...", "* ..." / "* ..."): the next item of the same list, a step or
    task of its own."""
    label = _opening_label(corpus, lead)
    return label is not None and label == _opening_label(corpus, follower)


_LEAD_IN_ITEMS = 8  # items of a list read after its lead-in
# "những nhóm đối tượng nào", "các nội dung gì", "gồm những gì" (folded): items are asked
_ASKS_ITEMS = re.compile(
    r"\b(?:nhung|cac)\b(?:\s+\w+){0,4}?\s+(?:nao|gi)\b|\bgom (?:nhung )?(?:gi|nao)\b"
)
_ITEMS_ASKED = 0.8  # the quality of a lead-in's items when items are asked
_LEAD_IN_ANSWER_CHARS = 60  # of the lead-in kept before its items in an answer
_ITEM_CHARS = 24  # at least, of each item's opening words in an answer


def items_after_lead_in(corpus: Corpus, lead: Unit) -> list[tuple[Unit, int, str]]:
    """The items of the list ``lead`` opens (its text ending with ":"), each with the label its
    line writes and where that starts ("1." / "Đồng bộ dữ liệu ..."): the units right after it
    that open with a label ("a)", "1.", "-", "+", "Bước 1"), all of the first one's kind and
    depth, the rest of an item's paragraph read past; none when the next unit opens with no
    label (the lead-in's items run on in prose)."""
    items: list[tuple[Unit, int, str]] = []
    label = None
    unit: Unit | None = lead
    for _ in range(3 * _LEAD_IN_ITEMS):
        found = _unit_right_after(corpus, unit)
        if found is None:
            break
        unit, between = found
        if unit.kind == "row":
            break
        if _LABEL_ALONE.fullmatch(unit.text):
            continue  # "1." a unit of its own: the item's words are the next unit's
        opening = _opening_label(corpus, unit)
        if opening is None and items and "\n\n" not in between:
            continue  # the rest of the last item's paragraph
        if opening is None or (label is not None and opening != label):
            break
        label = opening
        start, written = _item_line(corpus, unit)
        items.append((unit, start, written))
        if len(items) >= _LEAD_IN_ITEMS:
            break
    return items


# a label written alone ("1.", "**2.**", "- ")
_LABEL_ALONE = re.compile(
    r"[\s*_]*(?:[a-zđ]\)|\d+(?:\.\d+)*[.)]|[-+•]|b[ưu][ớo]c\s*\d+[.:]?)[\s*_]*", re.IGNORECASE
)
# between a unit and the next one of its list: spaces, emphasis and a label only
_BETWEEN_ITEMS = re.compile(r"[\s*_|]*(?:[a-zđ]\)|\d+(?:\.\d+)*[.)]|[-+•])?[\s*_]*", re.IGNORECASE)


def _article_body(corpus: Corpus, cand: Candidate) -> Extracted | None:
    """The body of the article whose title ``cand``'s unit is ("Điều 1." / "Phạm vi điều chỉnh,
    đối tượng áp dụng"), read as the answer and quoted with it (``cand.extra``): its numbered
    clauses' openings, or the opening of its first sentence when it runs in prose; None for any
    other unit, and for an article whose title no sentence of its own follows."""
    title = cand.unit
    if (
        title.kind != "text"
        or not title.heading.startswith("dieu ")
        or " ".join(title.text.split()) != " ".join(title.heading_title.split())
    ):
        return None
    items = [
        item
        for item in items_after_lead_in(corpus, title)
        if item[0].section.startswith(title.section)
    ]
    said = title.text
    if items:
        spans = [(at, item.end) for item, at, _ in items]
        # the title the question names goes unsaid: the room is the clauses'
        answer = list_answer("", [written for _, _, written in items]).lstrip(": ")
    else:
        found = _unit_right_after(corpus, title)
        if (
            found is None
            or found[0].kind != "text"
            or not found[0].section.startswith(title.section)
        ):
            return None
        first = found[0]
        start, end = char_window(first.text, 0, len(first.text), MAX_ANSWER_CHARS)
        spans, answer = [(first.start, first.end)], tidy(first.text[start:end])
    cand.quote_also(spans)
    return answer, (0, len(said)), 0.6, said, None


def _unit_right_after(corpus: Corpus, unit: Unit) -> tuple[Unit, str] | None:
    """The unit that follows ``unit`` in its document with nothing but a label between, in
    its section or the next one (a clause numbered "1." may open a section of its own), and
    what is written between the two."""
    starts = corpus.doc_starts.get(unit.doc_id, [])
    k = bisect.bisect_right(starts, unit.start)
    ids = corpus.doc_units.get(unit.doc_id, [])
    if k >= len(ids):
        return None
    after = corpus.units[ids[k]]
    between = corpus.texts[unit.doc_id][unit.end : after.start]
    return (after, between) if _BETWEEN_ITEMS.fullmatch(between) else None


def _item_line(corpus: Corpus, item: Unit) -> tuple[int, str]:
    """Where ``item`` starts with the label its line writes before it, where the unit leaves
    it out ("+ Văn bản đề nghị ..."), and its text from there."""
    document = corpus.texts[item.doc_id]
    line = document.rfind("\n", 0, item.start) + 1
    before = document[line : item.start].strip()
    if before and len(before) <= 6:
        return line, f"{before} {item.text}"
    return item.start, item.text


def list_answer(lead_in: str, items: Sequence[str]) -> str:
    """``lead_in`` (its last words when long) then the opening words of each of ``items``,
    within the answer's length: "... có trách nhiệm: 1. Đồng bộ dữ liệu …; 2. Niêm yết …"."""
    lead_in = " ".join(lead_in.split()).rstrip(" :")
    if len(lead_in) > _LEAD_IN_ANSWER_CHARS:
        cut = lead_in.find(" ", len(lead_in) - _LEAD_IN_ANSWER_CHARS)
        lead_in = "…" + lead_in[cut + 1 if cut >= 0 else -_LEAD_IN_ANSWER_CHARS :]
    room = MAX_ANSWER_CHARS - len(lead_in) - 2
    share = max(_ITEM_CHARS, room // max(1, len(items)) - 2)
    openings: list[str] = []
    used = 0
    for item in items:
        words = " ".join(item.split()).rstrip(" .;,")
        label = _ITEM_OPENING.match(words)
        number = _NUMBER.search(words, label.end() if label else 0)
        # the item's words before its first number: a quote further down may not hold it
        limit = share if number is None else min(share, number.start() + 1)
        if len(words) > limit:
            cut = words.rfind(" ", 0, limit - 1)
            words = words[: cut if cut > 0 else limit - 1].rstrip(" ,;:(") + "…"
        if used + len(words) + 2 > room:
            break
        openings.append(words)
        used += len(words) + 2
    return f"{lead_in}: " + "; ".join(openings) if openings else lead_in


def _with_followers(
    corpus: Corpus, q: Question, scored: list[Candidate], intent: str
) -> list[Candidate]:
    """``scored`` and, after each of its first leaders, the short sentence that follows it in the
    same section, credited with the leader's evidence (a little less) and quoted with it."""
    if intent == "decision":
        return scored + _items_of_acting_lead_ins(corpus, q, scored)
    if intent not in _FOLLOWED_INTENTS:
        return scored
    # the next sentence, or the one after a list that goes on; a value's sentence right after
    # the rule it is of, which states none ("... được bồi thường phần diện tích ..." / "Mức bồi
    # thường bằng 50% ...")
    steps = 2 if intent == "deadline" else 1
    # a unit's own evidence: the words of a point it refers to are not in its quote, which
    # the leader's sentence before it may give ("a) Dự án ... / b) Dự án quy định tại điểm a")
    known = {c.unit.idx: c.evidence - c.referred for c in scored}
    sum_asked = ASKS_A_SUM.search(q.route.folded) is not None
    asks_sum = intent == "figure" and sum_asked
    # "tổng thời gian giải quyết thủ tục X": the row totalling X's steps, under the last one
    asks_total_time = intent == "deadline" and sum_asked
    out = list(scored)
    code_asked = intent == "figure" and asks_a_code(q.route.folded)
    code_walks: dict[int, Unit | None] = {}
    for lead in scored[:_FOLLOWED]:
        if lead.evidence < 0.3:
            continue
        if code_asked:
            # "Samsung Smart Tag 2 được xếp vào mã HS nào": a section names the goods in its
            # first lines and assigns their code a few lines on, in a sentence of headings and
            # codes that names them no more
            coded = _code_after_label(corpus, lead.unit) or _code_in_section(
                corpus, lead.unit, code_walks
            )
            if coded is not None and known.get(coded.idx, -1.0) < lead.evidence:
                known[coded.idx] = lead.evidence
                out.append(_read_after(lead, coded, lead.evidence))
            continue
        if lead.unit.kind == "row":
            cell = _cell_set_apart(corpus, lead.unit)
            if asks_sum:
                cell = cell or _group_total(corpus, lead.unit)
            if asks_total_time:
                cell = cell or _steps_total(corpus, lead.unit)
            cell = cell or _alike_sub_row(corpus, lead.unit)
            if cell is not None and known.get(cell.idx, -1.0) < lead.evidence:
                known[cell.idx] = lead.evidence
                out.append(_read_after(lead, cell, lead.evidence))
            continue
        if intent != "deadline" and _values(lead.unit.text, corpus.unit_mentions(lead.unit)):
            continue  # a statement with values of its own: the next one is another statement
        if intent == "deadline" and _states_limit_asked(q, lead.unit.text):
            # "gửi hồ sơ ... trong thời hạn 15 ngày làm việc ... Trong đó:" — the items after it
            # set limits of their own parts ("trong vòng 15 ngày kể từ ..."), not the one asked
            continue
        follower, evidence = lead.unit, lead.evidence
        limit, first_item = steps, None
        for step in range(1 + _LIST_ITEMS):
            if step >= limit:
                break
            follower = corpus.next_unit(follower)
            if follower is None or follower.kind == "row":
                break
            if step == 0 and _opens_list(corpus, follower):
                # "... hàm lượng tính trên trọng lượng: ..." / "Thành phần:" / "+ Chất trợ dung
                # 2,2%." / "+ Dây hàn: 97,8%.": the bare lead-in states no value, its items
                # do; each is read after the leader, on the evidence of the two read together
                limit = 1 + _LIST_ITEMS
                continue
            if limit > steps:
                if first_item is not None and not next_item_of_list(corpus, first_item, follower):
                    break  # the list has ended
                first_item = first_item or follower
                if not _item_names_asked(q, follower):
                    continue  # another item's value ("Dây hàn: 97,8%" for "chất trợ dung")
                evidence = lead.evidence
            if (
                intent == "deadline"
                and next_item_of_list(corpus, lead.unit, follower)
                and _states_limit_asked(q, follower.text)
            ):
                # "Bước 3: UBND tỉnh ban hành quyết định ..." / "Bước 4: Lập báo cáo ... gửi Bộ
                # ... trong thời hạn 45 ngày": the next step sets the limit of its own act
                break
            # the two sentences read together hold what either holds
            evidence = max(evidence, joint_coverage(q, lead.unit, follower))
            if intent == "deadline" and _new_sentence(lead.unit.text, follower.text):
                # "... triển khai từ tháng 10/2025 đến hết tháng 3/2026." / "Tổng kết vào tháng
                # 4 năm 2026.": a sentence naming the act asked that its leader does not name
                # answers before the leader, whose time is of another act (not the rest of the
                # leader's own sentence, cut at a bracket: "(19/12/1946-19/12/2025) và ...")
                added = added_share(q, lead.unit, follower)
                evidence = max(evidence, min(1.0, lead.evidence + added))
            if len(follower.text) > _FOLLOWER_CHARS or known.get(follower.idx, -1.0) >= evidence:
                continue
            known[follower.idx] = evidence
            out.append(_read_after(lead, follower, evidence))
    return out


# What a lead-in may say is done to the documents it lists: their force ended, or amended
_ACTS_ON_LISTED = frozenset({"replace", "amend"})
# A sentence cut right after its act on the documents it goes on to name ("Quyết định này thay
# thế", "... bãi bỏ các quyết định sau đây"), folded: no colon, the line broken after the verb
_CUT_AFTER_ACT = re.compile(
    # (not a passive ending its sentence: "... đều bị bãi bỏ")
    r"(?<!\bbi )(?<!\bduoc )\b(?:thay the|bai bo|sua doi, bo sung|sua doi|het hieu luc thi hanh)"
    r"(?: (?:cac|nhung) (?:quyet dinh|nghi quyet|van ban)(?: sau(?: day)?)?)?$"
)


def _items_of_acting_lead_ins(
    corpus: Corpus, q: Question, scored: list[Candidate]
) -> list[Candidate]:
    """The items of a list whose lead-in says what is done to the documents it lists (their
    force ended, or amended: the act the question names) and cites none itself ("Các Quyết định
    sau đây hết hiệu lực ...:" / "a) Quyết định số 43/2022 ..."): each item read after the
    lead-in, on the evidence of the two read together (the item names the document, the
    lead-in the act)."""
    known = {c.unit.idx: c.evidence for c in scored}
    out: list[Candidate] = []
    for lead in scored[:_FOLLOWED]:
        text = lead.unit.text.strip(" *_")
        cut = _CUT_AFTER_ACT.search(fold(text)) is not None
        if lead.evidence < 0.3 or not (cut or text.endswith(":")):
            continue
        if corpus.unit_mentions(lead.unit):
            continue
        said = lead_in_relation(text)
        if (
            said is None
            or said[0] not in _ACTS_ON_LISTED
            or not says_class(said[0], q.route.folded)
        ):
            continue
        if cut:
            # "Quyết định này thay thế" / "Quyết định số 15/2014/QĐ-UBND ...": a sentence its
            # line break cut after the act, the documents acted on opening the next unit
            after = _unit_right_after(corpus, lead.unit)
            items = [after[0]] if after is not None and corpus.unit_mentions(after[0]) else []
        else:
            items = [item for item, _, _ in items_after_lead_in(corpus, lead.unit)]
        for item in items:
            evidence = joint_coverage(q, lead.unit, item)
            if known.get(item.idx, -1.0) < evidence:
                known[item.idx] = evidence
                out.append(_read_after(lead, item, evidence))
    return out


# a code written alone ("1.014466.H12" in a column of codes, "8531.80.19"): dotted groups of
# digits, two or more, or one of six digits
_CODE_TOKEN = re.compile(r"(?<![\d.])\d{1,4}(?:(?:\.\d{2,6}){2,3}|\.\d{6})(?![\d])")
# units after a leader read for the code its section assigns: a description of the goods
# (make-up, use, specifications) may run to a few dozen lines before it
_CODE_STEPS = 60


def _code_in_section(corpus: Corpus, lead: Unit, seen: dict[int, Unit | None]) -> Unit | None:
    """The first unit after ``lead`` in its section that assigns a code (:func:`stated_code`);
    None when ``lead`` itself does or none does. ``seen``: the answer for units already walked
    past (leaders of one section share the walk)."""
    if stated_code(lead.text) is not None or _CODE_TOKEN.search(lead.text):
        return None  # it assigns its code, or writes one in a cell (a procedure's row)
    walked: list[int] = []
    unit: Unit | None = lead
    found: Unit | None = None
    for _ in range(_CODE_STEPS):
        unit = corpus.next_unit(unit)
        if unit is None:
            break
        if unit.idx in seen:
            found = seen[unit.idx]
            break
        if stated_code(unit.text) is not None:
            found = unit
            break
        walked.append(unit.idx)
    else:
        return None  # cut at the step limit: a leader further on may still reach a code
    seen.update(dict.fromkeys(walked, found))
    return found


# a sentence ends ("... năm 2026.", "... như sau:"), emphasis marks after it left out
_SENTENCE_END = re.compile(r"[.;:!?][*_\s]*$")
# a sentence opens: a capital letter, after emphasis marks
_SENTENCE_OPENING = re.compile(r"^[*_\s]*[^\W\d_]")


def _new_sentence(lead: str, follower: str) -> bool:
    """``follower`` is a sentence of its own after ``lead``'s ended, not the rest of it."""
    opening = _SENTENCE_OPENING.match(follower)
    return (
        _SENTENCE_END.search(lead) is not None
        and opening is not None
        and opening.group()[-1].isupper()
    )


# between a row and a cell of it set apart: cell marks and spaces only (an empty cell), no
# blank line (the table ended)
_EMPTY_CELLS = re.compile(r"(?:[ \t*|]|\n(?!\s*\n))*\|(?:[ \t*|]|\n(?!\s*\n))*")


def _written_cells(row: Unit) -> int:
    """How many cells of a table row hold something."""
    return sum(1 for cell in row.cells if cell.strip())


# "tổng chiều dài", "tổng số", "tổng cộng": a sum is asked (folded)
ASKS_A_SUM = re.compile(r"\btong\b(?! (?:cuc|hop|ket|the|quat|thong|bi thu)\b)")
# the label of a row summing the rows above it ("Tổng", "Cộng", "Tổng cộng"), folded
_SUM_LABEL = re.compile(r"(?:tong(?: cong| so)?|cong)\W*$")
_GROUP_ROWS = 12  # rows of one group read down for the row summing them


def _group_total(corpus: Corpus, row: Unit) -> Unit | None:
    """The row summing the group of rows ``row`` belongs to ("9 | Xã Văn Lang | ... | 12,500",
    "Tả Ngòi Lao | ... | 2,300", ..., "Tổng | 28,200"): ``row`` numbered, the first row below
    it labelled "Tổng" or "Cộng", one unnumbered row of the group or more between; None when
    another numbered row comes first, or the sum follows the row at once (the table's total
    after its last row: "24 | xã Cẩm Thạch", "Tổng cộng | 15 | 21")."""
    if not STT.match(_first_cell(row)):
        return None
    group = [row]
    for _ in range(_GROUP_ROWS):
        below = corpus.next_unit(group[-1])
        if below is None or below.kind != "row":
            return None
        first = _first_cell(below)
        if _SUM_LABEL.fullmatch(fold(first)):
            # the sum of the group's rows, as its first number says (not the table's total)
            written = [_first_number(r) for r in group]
            total = _first_number(below)
            if len(group) < 2 or total is None or None in written:
                return None
            return below if abs(sum(w for w in written if w is not None) - total) < 1e-6 else None
        if STT.match(first):
            return None  # the next group opens
        group.append(below)
    return None


_STEPS_READ = 30  # rows of a procedure's steps read down for the row totalling them
# the label of the row totalling a procedure's steps ("Tổng thời gian giải quyết TTHC"), folded
_STEPS_TOTAL = re.compile(r"^\W*tong (?:cong|thoi gian|thoi han)\b")


def _steps_total(corpus: Corpus, row: Unit) -> Unit | None:
    """The row totalling the steps of the procedure ``row`` is a step of ("Bước 9 | ... | 01
    ngày", ..., "Tổng thời gian giải quyết TTHC | Không quá 17 ngày ..."): the first row
    after the steps below it, when it is labelled a total; None for a row of no step."""
    if not _STEP_ROW.match(row.folded):
        return None
    below = row
    for _ in range(_STEPS_READ):
        below = corpus.next_unit(below)
        if below is None or below.kind != "row":
            return None
        if not _STEP_ROW.match(below.folded):
            return below if _STEPS_TOTAL.match(below.folded) else None
    return None


def _first_number(row: Unit) -> float | None:
    """The first cell of a table row (its number cell left out) that is a number alone, read
    as written ("12,500": 12.5; "1.200": 1200), or None."""
    cells = [c.strip("* \n") for c in row.cells if c.strip()]
    for cell in cells[1:] if cells and numbers_row(cells[0]) else cells:
        if _NUMBER_CELL.fullmatch(cell) and "%" not in cell:
            return parse_number(cell)
    return None


def _first_cell(row: Unit) -> str:
    """The first cell of a table row that holds something, its emphasis marks left out."""
    return next((c for c in row.cells if c.strip()), "").strip("* ")


_ROWS_ABOVE = 40  # units of a table looked back for its widest row


def _widest_row_above(corpus: Corpus, row: Unit) -> int:
    """The most cells written in a row above ``row`` in its table (no blank line between)."""
    document = corpus.texts[row.doc_id]
    blank = document.rfind("\n\n", 0, row.start)  # the table began after it
    widest = 0
    for above in itertools.islice(_units_before(corpus, row), _ROWS_ABOVE):
        if blank >= above.end:
            break
        if above.kind == "row":
            widest = max(widest, _written_cells(above))
    return widest


def _cell_set_apart(corpus: Corpus, row: Unit) -> Unit | None:
    """The short text unit right after a table row that holds no value of its own, past empty
    cells only ("1 | Chi hỗ trợ thành lập mới ... | | 20.000.000 đồng/1 tổ chức đảng"): the
    row's value cell, read apart from it after the empty cell; None when there is none."""
    cells, _ = _row_value_cells(row)
    # the number of the class the row names ("Nhóm 1: Bí thư ...", "Loại II") is no value of it
    labels = _part_number_spans(row.folded)
    values = [v for v in _values(row.text, corpus.unit_mentions(row)) if not _inside(v[0], labels)]
    if any(a <= v[0] < b for v in values for a, b in cells):
        return None
    # the row lacks cells the rows above it in its table have (its header's names)
    if _written_cells(row) >= _widest_row_above(corpus, row):
        return None
    cell = corpus.next_unit(row)
    if cell is None or cell.kind == "row" or len(cell.text) > _FOLLOWER_CHARS:
        return None
    if in_capitals(cell.text) or cell.text.lstrip().startswith("["):
        return None  # the heading of the next group of rows, a note under the table
    gap = corpus.texts[row.doc_id][row.end : cell.start]
    if not _EMPTY_CELLS.fullmatch(gap) or not _values(cell.text, corpus.unit_mentions(cell)):
        return None
    return cell


_SUB_ROWS = 12  # numbered rows of one group ("10.1" ... "10.12") read under its heading row


def _alike_sub_row(corpus: Corpus, row: Unit) -> Unit | None:
    """The first of the rows numbered under ``row`` ("10 | Trường Tiểu học Tràng An", then
    "10.1 | Khối 1 | 3.700.000", "10.2 | Khối 2 | 3.700.000"), a heading row holding no value
    of its own, when every one of them states the same values: then what they state is the
    heading's, whichever of its parts the question leaves unnamed; None otherwise."""
    cells = [c for c in row.cells if c]
    if len(cells) < 2 or not cells[0].isdigit():
        return None
    value_cells, _ = _row_value_cells(row)
    if any(a <= v[0] < b for v in _values(row.text) for a, b in value_cells):
        return None
    prefix = f"{cells[0]}."
    stated: set[tuple[str, ...]] = set()
    first: Unit | None = None
    unit: Unit | None = row
    for _ in range(_SUB_ROWS):
        unit = corpus.next_unit(unit) if unit is not None else None
        if unit is None or unit.kind != "row":
            break
        sub = [c for c in unit.cells if c]
        if not sub or not sub[0].startswith(prefix):
            break
        spans, _ = _row_value_cells(unit)
        stated.add(tuple(unit.text[a:b] for a, b in spans))
        first = first or unit
    if first is None or len(stated) != 1 or not _values(first.text):
        return None
    return first


_LEAD_IN_CHARS = 40  # "Thành phần:", "Cụ thể như sau:"


def _opens_list(corpus: Corpus, unit: Unit) -> bool:
    """``unit`` is a bare lead-in of a list ("Thành phần:"): short, ending with a colon, no
    value of its own."""
    text = unit.text.strip(" *_")
    return (
        len(text) <= _LEAD_IN_CHARS
        and text.endswith(":")
        and not _values(unit.text, corpus.unit_mentions(unit))
    )


# the words a question writes right before asking a value: what it asks the value of
_ASKED_OF = re.compile(rf"((?:\w+ ){{1,4}}){HOW_MANY}")


def _item_names_asked(q: Question, item: Unit) -> bool:
    """The label of the list item ``item`` (its words before its first number) names a word the
    question writes right before "bao nhiêu" ("chất trợ dung chiếm bao nhiêu": "+ Chất trợ dung
    2,2%")."""
    asked = _ASKED_OF.search(q.route.folded)
    if asked is None:
        return False
    label = _NUMBER.split(fold(item.text), maxsplit=1)[0]
    return bool(set(asked.group(1).split()) & set(label.split()) & set(map(fold, q.weights)))


def _read_after(lead: Candidate, unit: Unit, evidence: float) -> Candidate:
    """``unit`` weighed as the continuation of ``lead`` (its next sentence, the line defining
    the term it counts in): with ``evidence`` and the leader's prior, the leader quoted with it."""
    return Candidate(
        unit=unit, evidence=evidence, prior=lead.prior, extra=((lead.unit.start, lead.unit.end),)
    )


# "a) Mức chuẩn áp dụng là 500.000 đồng/tháng", "Mức lương cơ sở: 2.340.000 đồng": a line that
# states the amount of a term (folded; the term's words, a word or two more, then "là" or ":")
_DEFINING = (
    r"^\W*(?:[a-z0-9]{{1,3}}[.)]\s*)?{term}(?:\s+[a-z]+){{0,2}}\s*(?::|\bla\b)"
    r"\s*[^\W\d_]{{0,12}}\s*\d"
)
_DEFINITION_CHARS = 200
_DEFINED = 30  # leading candidates whose multiples ("10 lần mức chuẩn") are looked up


def _with_definitions(
    corpus: Corpus, q: Question, scored: list[Candidate], intent: str
) -> list[Candidate]:
    """ "Mức chuẩn để tính trợ cấp cho nghệ nhân ... là bao nhiêu?": the units holding the
    question count its amount as a multiple ("Mức 10 lần mức chuẩn đối với Nghệ nhân nhân
    dân"), no value of it; the short line of the same document that states the amount of that
    term ("a) Mức chuẩn áp dụng là 500.000 đồng/tháng") is added after them, credited with the
    evidence of the leader counting in the term (the amount it counts in) and quoted with it."""
    if intent != "figure" or _ASKS_MULTIPLE.search(q.route.folded):
        return scored
    known = {c.unit.idx: c.evidence for c in scored}
    out = list(scored)
    looked: set[tuple[str, str]] = set()
    for lead in scored[:_DEFINED]:
        if lead.evidence < _MIN_EVIDENCE:
            continue
        text = lead.unit.text
        for a, b, _raw in _values(text, corpus.unit_mentions(lead.unit)):
            if not _multiple_of_asked(q, text, a, b):
                continue
            term = " ".join(_TIMES_THING.match(fold(text[b : b + 40])).group(1).split())
            if (lead.unit.doc_id, term) in looked:
                continue
            looked.add((lead.unit.doc_id, term))
            evidence = lead.evidence
            for unit in _defining_units(corpus, lead.unit.doc_id, term):
                if known.get(unit.idx, -1.0) >= evidence:
                    continue
                known[unit.idx] = evidence
                out.append(_read_after(lead, unit, evidence))
    return out


def _defining_units(corpus: Corpus, doc_id: str, term: str) -> list[Unit]:
    """The short lines of ``doc_id`` that state the amount of the folded ``term``."""
    words = term.split()
    held: np.ndarray | None = None
    for word in words:
        direct = corpus.units.posting(word, False).direct
        held = direct if held is None else np.intersect1d(held, direct)
    if held is None or not len(held):
        return []
    pattern = re.compile(_DEFINING.format(term=r"\s+".join(map(re.escape, words))))
    doc_of = corpus.units.doc_of
    found = []
    for idx in held.tolist():
        if doc_of[idx] != doc_id:
            continue
        unit = corpus.units[idx]
        if len(unit.text) <= _DEFINITION_CHARS and pattern.search(unit.folded):
            found.append(unit)
    return found


_VALUE_INTENTS = frozenset({"deadline", "figure", "target", "score"})
# Facts a procedure has of its own (its time limit, fee, the body doing it)
_PROCEDURE_CHECKED = frozenset({*_VALUE_INTENTS, "agency", "general"})
_FIELD_CHARS = 200
_NAMED_ROW_DIRECT = 0.05  # share a short row needs itself when the question writes its label
_NAMED_LABEL_WORDS = 2
_FIELD_INTENTS = _VALUE_INTENTS | {"agency"}
# "được thực hiện từ năm nào", "triển khai khi nào": the time of a task asked, not the day a
# document was issued or signed (folded)
_TASK_TIME_ASKED = re.compile(
    # ("ký", not "định kỳ", "nhiệm kỳ", "kỹ thuật", which fold alike)
    r"^(?!.*(?:\bban hanh\b|(?<!dinh )(?<!nhiem )\bky\b(?! thuat)))"
    r".*\b(?:thuc hien|trien khai|to chuc)\b"
    r".*\b(?:nam|khi|thoi gian) nao\b"
)


# "Theo đề nghị của Sở Tài chính tại Tờ trình số ...", "Xét Tờ trình số ...": the proposal a
# document answers, which is about the document's own subject (folded)
PROPOSAL_UNIT = re.compile(r"[*_ ]*(?:theo|xet) (?:de nghi|to trinh)\b")


def _proposes_kind_named(corpus: Corpus, q: Question, unit: Unit) -> bool:
    """``unit`` states the proposal its document answers and cites it by a kind the question
    names ("Tờ trình của Sở TC ... đề nghị công bố ... đề ngày nào"): the question's subject
    is the document's, written in its title rather than in the unit."""
    if not PROPOSAL_UNIT.match(unit.folded):
        return False
    named = _kinds_named(q)
    return any(m.kind in named for m in corpus.unit_mentions(unit))


def _direct_needed(corpus: Corpus, q: Question, cand: Candidate, intent: str) -> float:
    """Share of the question's weight a unit must hold itself. A short field line under a
    heading that names the subject ("d) Thời hạn giải quyết: 15 ngày", "Cơ quan thực hiện: Sở
    Nội vụ" under "Thủ tục thẩm định ...") holds the value and little else: its section
    speaks for it; so does the header of a table row whose label the question names
    ("Xã A Lưới 1 | 80 | 20" under "Tỷ lệ vốn đối ứng (%)"), and a short list item whose label
    the question names ("b) Đối với Phó Trưởng Bộ môn: 700.000 đồng/người/tháng")."""
    short = intent in _FIELD_INTENTS and len(cand.unit.text) <= _FIELD_CHARS
    if (
        short
        and cand.evidence >= 0.5
        and row_label_share(q, cand.unit) >= 1.0
        and len(TOKEN.findall(fold(row_label(cand.unit)))) >= _NAMED_LABEL_WORDS
    ):
        # a short row whose label the question writes whole ("- Trưởng ban | 692") is the
        # record asked: its few words are all it holds, its header and section the rest (a
        # one-word label, "Tổng", names no record of its own)
        return _NAMED_ROW_DIRECT
    if short and intent == "agency" and cand.evidence >= 0.5 and _labels_asked_field(q, cand.unit):
        # "2.7 | Cơ quan thực hiện: Sở X" under "1. Thủ tục cấp ...": the label the question
        # writes is all of it the question holds, a small share of a question that names the
        # procedure at length; the procedure's heading speaks for it
        return 0.0
    task_time = (short and intent == "deadline") or (
        intent == "date"
        and len(cand.unit.text) <= _FIELD_CHARS
        and _TASK_TIME_ASKED.search(q.route.folded) is not None
    )
    if (
        intent == "deadline"
        and len(cand.unit.text) <= _FIELD_CHARS
        and _labels_asked_time(q, cand.unit)
    ):
        return 0.0
    if task_time and cand.evidence >= 0.5 and _states_task_time(cand.unit):
        # "- Thời gian thực hiện: Năm 2026 ..." under "2. Tổ chức kiểm tra ...": the time
        # label is all of it the question holds; the task's heading speaks for it ("... được
        # thực hiện từ năm nào" too, a time asked of a task, not of a document's issue)
        return 0.0
    if short and (
        cand.evidence >= 0.5
        or item_label_share(q, cand.unit) >= 1.0
        or labels_its_heading(cand.unit)
    ):
        # ("Mức hỗ trợ: 60.000.000 đồng/người." under "II. MỨC HỖ TRỢ" of an appendix whose
        # title names who is given it: the line's label is its heading, the headings above
        # it say what it is of)
        return 0.1
    if intent in _FIELD_INTENTS and row_label_share(q, cand.unit) >= 1.0:
        return 0.1
    if intent == "date" and _proposes_kind_named(corpus, q, cand.unit):
        return 0.1
    if (
        intent == "date"
        and cand.unit.doc_id == q.own_doc
        and len(cand.unit.text) <= _FIELD_CHARS
        and PERIOD_ASKED.search(q.route.folded)
    ):
        # "2. Thời gian thực hiện: Từ năm học 2025-2026." of the resolution the question names
        # by its number: the number speaks for the subject the short field line does not repeat
        return 0.1
    if (
        intent in _FIELD_INTENTS
        and len(cand.unit.text) <= _FIELD_CHARS
        and _BACK_REFERENCE.match(cand.unit.folded)
    ):
        # "Các Báo cáo trên gửi Bộ Tư pháp trước ngày 05/12": a short sentence that names what
        # it speaks of by pointing back to the sentences before it; their words are its own
        return 0.1
    return 0.25


def _labels_asked_field(q: Question, unit: Unit) -> bool:
    """Whether ``unit`` holds a body's field whose label the question writes, its distinctive
    words all in it ("Cơ quan thực hiện: ..." for "do cơ quan nào thực hiện")."""
    field = _AGENCY_FIELD.search(unit.text)
    if field is None:
        return False
    label = set(TOKEN.findall(fold(field.group(0)))) - _FIELD_LABEL_FILLER
    return bool(label) and label <= set(TOKEN.findall(q.route.folded))


_TIME_LABEL_HEAD = re.compile(r"^.*?\b(?:thoi gian|thoi han|tien do)\b")
# Words of a time field's label that name no act of its own ("Thời gian thực hiện"), folded
_GENERIC_TIME_LABEL = frozenset(
    {"thuc", "hien", "hoan", "thanh", "giai", "quyet", "xu", "ly", "cua", "va", "du", "kien"}
    | {"theo", "quy", "dinh"}  # "Tổng thời gian xử lý theo quy định"
)
# A time field labelled as a total ("Tổng thời gian xử lý ..."), folded
_TOTAL_LABEL = re.compile(r"^[\W\d]*tong\b")


def _labels_asked_time(q: Question, unit: Unit) -> bool:
    """Whether ``unit`` is a time field whose label names the act the question asks the time
    of, every word of it in the question ("Thời gian ủy quyền: Kể từ ... đến hết ngày
    28/02/2027" for "ủy quyền ... đến hết ngày nào"): the label says what the time is of, as
    the subject the question names elsewhere in the document does not need repeating."""
    label = _TIME_FIELD_LABEL.match(unit.text)
    if label is None:
        return False
    # the words after "thời gian", "thời hạn", "tiến độ" (an item's letter before them)
    head = _TIME_LABEL_HEAD.sub("", plain(fold(label.group(0))), count=1)
    if _TOTAL_LABEL.match(plain(fold(label.group(0)))):
        # "4 | Tổng thời gian xử lý theo quy định: 150 ngày": the total of the procedure its
        # section holds, which a total asked is, whatever act the label names
        return TOTAL_TIME_ASKED.search(q.route.folded) is not None
    words = set(TOKEN.findall(head)) - _GENERIC_TIME_LABEL
    if not words or not words <= set(TOKEN.findall(plain(q.route.folded))):
        return False
    # ("phải gửi báo cáo ... nội dung được ủy quyền trước ngày nào": the time of another act,
    # the label's words naming what is reported on)
    act = asked_time_act(plain(q.route.folded))
    return act is None or set(act.split()) <= words


# A sentence opening with what the sentences before it listed ("Các báo cáo trên", "Các nhiệm
# vụ nêu trên", "Nội dung trên đây"), folded; "trên địa bàn", "trên cổng ..." place, not point
_BACK_REFERENCE = re.compile(
    r"^\W*(?:cac\s+)?[a-z]+(?:\s+[a-z]+){0,3}\s+(?:neu\s+)?tren(?:\s+day)?\b"
    r"(?!\s+(?:dia ban|pham vi|toan|mang|he thong|cong|trang|nen tang|co so|moi|\d))"
)


_PLAIN_CHARS = 400  # a sentence or a row of this length reads as one statement


def _length_factor(chars: int) -> float:
    """Less credit to a long unit (a procedure's table row, a run-on list): it holds many of
    the question's words and many values, so its words are weaker evidence for any one value
    (the length normalization BM25 applies to documents, here to units)."""
    return 1.0 / (1.0 + max(0, chars - _PLAIN_CHARS) / 1600)


# A heading naming a time allowed ("a) Thời gian trả lời ... quy định như sau:"), folded
_LIMIT_HEADING = re.compile(r"^\W*(?:[a-z0-9]{1,3}[.)]\s*)?(?:thoi gian|thoi han)\b")
# A sentence whose subject is the time allowed, the length its predicate ("Thời gian xử lý và
# trả lời phản ánh kiến nghị là 07 ngày"), folded up to the length
_TIME_ALLOWED_IS = re.compile(
    r"^\W*(?:[a-z0-9]{1,3}[.)]\s*)?(?:thoi gian|thoi han)\b[^.;:]{0,120}\bla\W*$"
)


def _stated_as_time_allowed(unit: Unit, at: int) -> bool:
    """The length at ``at`` is the time allowed its unit states: the predicate of a sentence
    whose subject is that time ("Thời gian xử lý ... là 07 ngày"), or the opening of a unit
    listed under a heading that names it ("a) Thời gian trả lời ... như sau:" / "Năm (05) ngày
    làm việc đối với ...")."""
    before = plain(fold(unit.text[:at]))
    if before.strip(" \t\n*_-+•"):
        return _TIME_ALLOWED_IS.match(before) is not None
    heading = unit.section.rpartition(" > ")[2]
    return _LIMIT_HEADING.match(plain(fold(heading))) is not None


def _in_limit_column(unit: Unit, intent: str) -> bool:
    """A time limit read from a table whose header has a time-limit column: the column, not
    the words of the long row around it, says which value answers."""
    return (
        intent == "deadline"
        and unit.kind == "row"
        and _LIMIT_HEADER.search(unit.context_key) is not None
    )


_CELL_PARAGRAPHS = 20  # paragraphs of one long cell read as text units between rows
_VALUE_CELL_CHARS = 30  # a cell that holds a value alone ("0,25 ngày", "07 ngày làm việc")
_TABLE_UNITS = 400  # units of one table (its long cells read apart) looked back for its header


def _is_limit_header(cell: str) -> bool:
    """A column header of a time limit ("Thời gian thực hiện", "Thời hạn giải quyết")."""
    return _LIMIT_HEADER.search(fold(cell)) is not None


def _bold_header(document: str, row: Unit) -> bool:
    """A table's header row: every cell set in bold in the document ("**STT**", "**Thời gian
    thực hiện**"), the first no number ("**Bước 6**" opens a step's row)."""
    cells = [c.strip() for c in row.cells if c.strip()]
    if len(cells) < 2 or cells[0][0].isdigit():
        return False
    # the row's span leaves out the marks that open its first cell and close its last
    return document.count("**", max(0, row.start - 2), row.end + 2) >= 2 * len(cells)


def _table_header(corpus: Corpus, unit: Unit) -> tuple[Unit | None, int]:
    """The header row of a table row's table (the nearest row above all in bold, no blank line
    between) and the text units between them; cached per unit."""
    cached = corpus.table_header_cache.get(unit.idx) if unit.idx >= 0 else None
    if cached is not None:
        return cached
    document = corpus.texts[unit.doc_id]
    found: tuple[Unit | None, int] = (None, 0)
    blank = document.rfind("\n\n", 0, unit.start)  # the table began after it
    texts = 0
    for n, before in enumerate(_units_before(corpus, unit)):
        if n >= _TABLE_UNITS or blank >= before.end:
            break  # the table ended
        if before.kind != "row":
            texts += 1
        elif _bold_header(document, before):
            found = (before, texts)
            break
    if unit.idx >= 0:
        corpus.table_header_cache[unit.idx] = found
    return found


def _limit_header_above(corpus: Corpus, unit: Unit, at: int | None = None) -> str | None:
    """The time-limit column header (folded) of a table row's table, read on the table's
    header row above the row (every cell in bold) when the row's headings do not carry it (a
    bold line inside a long cell read as a heading of its own: "**3. Kết quả thực hiện:**",
    "**1. Nộp hồ sơ:**"); with ``at``, only when the value at ``at`` lies in the cell under
    that header. The header is of the same table: the nearest header row above, no blank line
    between, and, past the paragraphs of one long cell, a row of as many cells."""
    if unit.kind != "row" or not unit.cells:
        return None
    header, texts = _table_header(corpus, unit)
    if header is None or not any(_is_limit_header(c) for c in header.cells):
        return None
    matched = len(header.cells) == len(unit.cells)
    if not matched and texts > _CELL_PARAGRAPHS:
        return None
    limits = [fold(c) for c in header.cells if _is_limit_header(c)]
    if at is None:
        return limits[0]
    held = _cell_holding(unit, at)
    if held is None:
        return None
    k, cell = held
    if matched:
        return fold(header.cells[k]) if _is_limit_header(header.cells[k]) else None
    # cells merged or lost: a cell that holds the value alone ("07 ngày")
    return limits[0] if len(cell.strip()) <= _VALUE_CELL_CHARS else None


def _names_limit_column(corpus: Corpus, q: Question, unit: Unit, intent: str) -> bool:
    """The question names the time-limit column of the row's table ("thời gian giải quyết
    ... bao lâu"): the row is a record and the column says which of its values answers, so its
    length (address, fees, legal basis) is no sign of a weaker match."""
    named = _LIMIT_HEADER.search(q.route.folded)
    if named is None or intent != "deadline" or unit.kind != "row":
        return False
    if _in_limit_column(unit, intent):
        return named.group() in unit.context_key
    header = _limit_header_above(corpus, unit)
    return header is not None and named.group() in header


_NAME_ASIDE = re.compile(r"\([^)]*(?:\)|$)")  # "(áp dụng cho cả trường hợp ...)", cut or not
_NAMED_ROW_WORDS = 3  # a row's name of fewer words names too little to be the question's
_NAMED_ROW_SHARE = 0.8


# A procedure's heading with its code: "2. Thủ tục X – Mã TTHC: 1.009646.H05", the code on
# the line after the label or on its own; the name is what comes before the label
_CODE_LABEL = re.compile(
    r"[\s*–-]*\bMã(?: số)?(?: TTHC| thủ tục(?: hành chính)?)?\s*:", re.IGNORECASE
)
_HEADING_NUMBER = re.compile(r"^[\s*_]*(?:\d+(?:\.\d+)*\.?|[IVX]+\.|[a-zđ]\))\s*")


def _code_after_label(corpus: Corpus, lead: Unit) -> Unit | None:
    """The unit after a heading that ends on its code label ("Thủ tục X – Mã TTHC:") when it is
    the code alone ("1.009642.H05"), else None."""
    if not lead.text.rstrip(" *_").endswith(":") or _CODE_LABEL.search(lead.text) is None:
        return None
    after = corpus.next_unit(lead)
    if after is None or not _PROCEDURE_CODE.fullmatch(after.text.strip(" *_.")):
        return None
    return after


def _coded_record_fit(corpus: Corpus, q: Question, unit: Unit) -> tuple[int, int] | None:
    """:func:`record_name_fit` of the record whose code ``unit`` gives: a table row's record,
    or the procedure a heading names before its code label ("Thủ tục X – Mã TTHC:"), the
    unit before it when the unit is the code alone."""
    if unit.kind == "row":
        return _row_name_fit(q, unit)
    text = unit.text
    if _PROCEDURE_CODE.fullmatch(text.strip(" *_.")):
        before = corpus.previous_unit(unit)
        text = before.text if before is not None else ""
    label = _CODE_LABEL.search(text)
    if label is None:
        return None
    return record_name_fit(q, _HEADING_NUMBER.sub("", text[: label.start()]))


def _record_name(unit: Unit) -> str:
    """The name of a table row's record: its first cell that names something, or, in a
    procedure's steps, the work of the step after its number ("Tiếp nhận hồ sơ, thẩm định hồ
    sơ" of "Bước 1 | Tiếp nhận hồ sơ, thẩm định hồ sơ | ... | 17 ngày")."""
    cells = row_cells(unit)
    if len(cells) >= 2 and _STEP_ROW.match(fold(cells[0])):
        return cells[1]
    return name_cell(unit)


def _row_named(q: Question, unit: Unit) -> bool:
    """The question writes the name of the row's record ("Thủ tục chứng thực chữ ký trong các
    giấy tờ, văn bản (áp dụng cho ...)" for "chứng thực chữ ký trong giấy tờ, văn bản ... phí
    bao nhiêu"): the row is that record, its length (steps, basis, fees) no sign of a weaker
    match."""
    return _row_name_fit(q, unit) is not None


def _row_name_fit(q: Question, unit: Unit) -> tuple[int, int] | None:
    """How well the question writes the name of the row's record, None when it does not (see
    :func:`_row_named`): fewest words of the name left unwritten, then most written ("công
    nhận trung tâm đổi mới sáng tạo cấp tỉnh" is the row of that name, before "... trung tâm
    đổi mới sáng tạo" and "Cấp lại Giấy công nhận trung tâm đổi mới sáng tạo cấp tỉnh")."""
    if unit.kind != "row":
        return None
    return record_name_fit(q, _record_name(unit))


def record_name_fit(q: Question, name: str) -> tuple[int, int] | None:
    """:func:`_row_name_fit` of a record's name read anywhere (a cell of a table read again
    from the document's text)."""
    name = _NAME_ASIDE.sub(" ", name)
    words = {t for t in TOKEN.findall(key(name, q.toned)) if t[0].isalpha()} - _NAME_FILLER
    if len(words) < _NAMED_ROW_WORDS:
        return None
    written = len(words & q.all_tokens)
    if written < _NAMED_ROW_SHARE * len(words) and not _head_written(q, name):
        return None
    return written - len(words), written


# Where the qualifier of a procedure's name opens ("Chứng thực chữ ký | trong các giấy tờ, văn
# bản", "Cấp giấy phép | đối với ..."), keyed: the words before it are the name's head, which a
# question may write alone ("phí chứng thực chữ ký")
_NAME_QUALIFIER = re.compile(
    r"[,;:(]|\b(?:trong|doi voi|đối với|cho|tai|tại|cua|của|thuoc|thuộc|theo)\b"
)
_NAME_HEAD_WORDS = 4  # syllables: two words at least ("chứng thực chữ ký")
# ... or the name's opening words as far as the question writes them, three words at least
# ("chứng thực bản sao từ bản chính" of "Chứng thực bản sao từ bản chính giấy tờ, văn bản do
# cơ quan ... cấp")
_RECORD_OPENING_WORDS = 6
_PROCEDURE_WORD = re.compile(r"^\W*(?:thu tuc|thủ tục)\s+")


def _head_written(q: Question, name: str) -> bool:
    """Whether the question writes the head of a record's name (its words before a qualifier)
    or its opening words, in their order, and goes on with no word of another name (a
    function word, a clause's end: "phí chứng thực chữ ký ở ...", not "... khách du lịch bằng
    xe ô tô" for "... bằng đường thủy"): either names its record (another record of the same
    head is a tie the caller tells)."""
    keyed = _PROCEDURE_WORD.sub("", key(name, q.toned))
    named = TOKEN.findall(keyed)
    cut = _NAME_QUALIFIER.search(keyed)
    # the words to write: the head, two words at least, or the opening words
    least = _RECORD_OPENING_WORDS
    if cut is not None:
        head = len(TOKEN.findall(keyed[: cut.start()]))
        least = min(_RECORD_OPENING_WORDS, max(head, _NAME_HEAD_WORDS))
    asked = TOKEN.findall(q.route.keyed)
    stop_words = _STOP_WORDS_TONED if q.toned else _STOP_WORDS
    for at in range(len(asked)):
        run = 0
        while run < len(named) and at + run < len(asked) and asked[at + run] == named[run]:
            run += 1
        if run < least:
            continue
        after = at + run
        if after == len(asked) or asked[after] in stop_words or asked[after] in _NAME_FILLER:
            return True
    return False


# "vào thời điểm nào", "khi nào", "lúc nào": a point in time is asked, which a rule may state in
# words ("Thời điểm chi trả ... được thực hiện sau khi kết thúc năm học"), folded
_ASKS_TIME = re.compile(r"\b(?:thoi diem|khi|luc) nao\b")
_TIME_SUBJECT = re.compile(r"^\W*thoi diem\b")
_TIME_STATEMENT = 0.8


def _time_statement(q: Question, unit: Unit) -> Extracted | None:
    """For a question asking when, a sentence whose subject is the time of something ("Thời
    điểm chi trả ... được thực hiện sau khi ..."), quoted whole: it states the time in words."""
    if unit.kind != "text" or _ASKS_TIME.search(q.route.folded) is None:
        return None
    if _TIME_SUBJECT.match(unit.folded) is None or len(unit.text) > MAX_ANSWER_CHARS:
        return None
    text = unit.text.strip()
    start = unit.text.find(text)
    return tidy(text), (start, start + len(text)), _TIME_STATEMENT, text, None


# A table column of a task's time ("Thời gian dự kiến hoàn thành", "Thời hạn", "Tiến độ thực
# hiện"), folded: its cell is the time whatever words state it
_TIME_COLUMN = re.compile(r"^\W*(?:thoi gian|thoi han|tien do)\b")
_TIME_CELL_CHARS = 80  # a cell stating a time in words ("Hằng năm.", "Khi có phát sinh.")
_TIME_CELL = 0.8


_GROUP_HEADINGS = 12  # bold group rows ("VI | Các nhiệm vụ khác") passed up to the header


# The header of a column of lengths of time ("Thời gian (ngày làm việc)", "Thời hạn giải
# quyết"), folded
_TIME_CELL_HEADER = re.compile(r"\b(?:thoi gian|thoi han|ngay lam viec|so ngay)\b")


def column_header(corpus: Corpus, unit: Unit, at: int) -> str:
    """The header cell over the cell of a table row holding ``at`` (its table's header row
    having as many cells), or ""."""
    header, _texts = _table_header(corpus, unit) if unit.kind == "row" else (None, 0)
    if header is None or len(header.cells) != len(unit.cells):
        return ""
    held = _cell_holding(unit, at)
    return header.cells[held[0]] if held is not None else ""


def _time_header(corpus: Corpus, unit: Unit) -> Unit | None:
    """The header row with a time column of a row's table: the nearest bold row above, or past
    the bold rows that head groups of tasks ("I | Hoàn thiện thể chế ...") the next one up."""
    row = unit
    for _ in range(_GROUP_HEADINGS):
        header, _texts = _table_header(corpus, row)
        if header is None:
            return None
        if any(_TIME_COLUMN.match(plain(fold(c))) for c in header.cells):
            return header
        row = header
    return None


def _time_column_cell(corpus: Corpus, q: Question, unit: Unit) -> Extracted | None:
    """For a question asking when, the cell of a row under its table's time column when it
    states the time in words, no date or length ("Hằng năm.", "Thường xuyên, định kỳ hằng
    quý ..."): the column says the cell is the time asked. Only a row of as many cells as the
    header, so that the cell is surely the column's."""
    if unit.kind != "row" or not unit.cells or _ASKS_DAY.search(q.route.folded):
        return None
    if ASKS_DURATION.search(q.route.folded):
        return None  # "bao lâu": a length is asked, which words of a period do not give
    header = _time_header(corpus, unit)
    # a row may leave its last empty cells out ("Kết quả dự kiến", "Nguồn kinh phí" unset)
    if header is None or len(unit.cells) > len(header.cells):
        return None
    for column, cell in zip(header.cells, unit.cells, strict=False):
        value = cell.strip()
        if not _TIME_COLUMN.match(plain(fold(column))) or not value:
            continue
        if len(value) > _TIME_CELL_CHARS or not any(ch.isalpha() for ch in value):
            return None
        start = unit.text.find(value)
        if start < 0:
            return None
        return tidy(value), (start, start + len(value)), _TIME_CELL, unit.text, None
    return None


# A year or a span of years written alone in a cell ("2026", "2026 - 2030")
_YEAR_CELL = re.compile(r"(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?")


def _year_column_cell(corpus: Corpus, unit: Unit) -> Extracted | None:
    """The cell of a row under its table's time column ("Thời gian thực hiện") when it is a
    year or a span of years alone: the year of the row's task. Only a row of as many cells as
    the header, so that the cell is surely the column's."""
    if unit.kind != "row" or not unit.cells:
        return None
    header = _time_header(corpus, unit)
    if header is None or len(unit.cells) > len(header.cells):
        return None
    for column, cell in zip(header.cells, unit.cells, strict=False):
        value = cell.strip()
        if not _TIME_COLUMN.match(plain(fold(column))):
            continue
        start = unit.text.find(value) if _YEAR_CELL.fullmatch(value) else -1
        if start < 0:
            return None
        return value, (start, start + len(value)), _TIME_CELL, unit.text, None
    return None


# A field line that states a task's time ("- Thời gian thực hiện: Năm 2026 và các năm tiếp
# theo.", "c) Thời hạn hoàn thành: Quý III/2026"): its label, then the value ...
_TIME_FIELD_LABEL = re.compile(
    # (a row's number before it: "4 | Tổng thời gian xử lý ...:")
    r"^[\s\-+•*]*(?:\d{1,2}\s*\|\s*)?(?:[a-zđ]\)\s*)?(?:tổng\s+)?(?:thời gian|thời hạn|tiến độ)\b"
    r"[^:\n]{0,30}:\s*",
    re.IGNORECASE,
)
# ... which states a time in words: a year, a quarter or a month, a recurrence, or the event it
# follows ("Sau khi có Quy chế của TW"), folded; not "Không quy định"
_TIME_IN_WORDS = re.compile(
    r"\b(?:nam|quy|thang|hang|thuong xuyen|dinh ky|sau khi|truoc|tu|den|giai doan)\b"
)
_SENTENCE_STOP = re.compile(r"[.;](?:\s|$)")
# A heading that is a time label and nothing else ("Thời gian thực hiện:", "Tiến độ thực hiện")
_TIME_HEADING = re.compile(
    r"^[\s*_]*(?:thời gian|thời hạn|tiến độ)(?:\s+[^\W\d_]+){0,3}[\s*_:]*$", re.IGNORECASE
)


def _task_time_opening(unit: Unit) -> int | None:
    """Where the time of a task opens in a text unit that states it: after its field's label
    ("- Thời gian thực hiện: Năm 2026 ..."), or the whole unit under a heading that is such a
    label alone ("3. Thời gian thực hiện:" / "Từ nay đến hết năm 2025."); else None."""
    if unit.kind != "text":
        return None
    label = _TIME_FIELD_LABEL.match(unit.text)
    if label is not None:
        return label.end()
    return 0 if _TIME_HEADING.match(unit.heading_title) else None


def _states_task_time(unit: Unit) -> bool:
    """Whether ``unit`` states a task's time under its label (:func:`_task_time_opening`)."""
    return _task_time_opening(unit) is not None


def _time_field_value(q: Question, unit: Unit) -> Extracted | None:
    """For a question asking when, the value of a field line whose label is a task's time
    ("- Thời gian thực hiện: Năm 2026 và các năm tiếp theo."), or the statement under a heading
    that is such a label alone, stated in words, no date or length: the label says it is the
    time asked, as a time column does for its cells."""
    if _ASKS_DAY.search(q.route.folded):
        return None
    if ASKS_DURATION.search(q.route.folded):
        return None  # "bao lâu": a length is asked, which words of a period do not give
    opening = _task_time_opening(unit)
    if opening is None:
        return None
    stop = _SENTENCE_STOP.search(unit.text, opening)
    value = unit.text[opening : stop.start() if stop else len(unit.text)].strip()
    if not value or len(value) > _TIME_CELL_CHARS or not _TIME_IN_WORDS.search(fold(value)):
        return None
    start = unit.text.find(value, opening)
    return tidy(value), (start, start + len(value)), _TIME_CELL, unit.text, None


# A kind of document named by the question (folded): its date may be the one asked
_DOCUMENT_NAMED = re.compile(rf"\b(?:{KINDS}|van ban|{CODED_KINDS}|qd|kh|nq|cv)\b")

# A question opening with a kind and a number ("Nghị quyết 1661 ...", "QĐ 84/2025 ..."), folded
_OPENING_NUMBER = re.compile(rf"^(?:{KINDS}|{CODED_KINDS}|qd|kh|nq|cv) (?:so )?\d\S*")


def _dates_the_named_document(q: Question, unit: Unit) -> bool:
    """ "Nghị quyết 1661 về ... được UBTVQH thông qua ngày nào?": the question opens with the
    document it names by its own number and names no other document after it; the day asked is
    that document's own, not that of a document a sentence of it cites with its date."""
    if q.own_doc is None or unit.doc_id != q.own_doc:
        return False
    folded = plain(q.route.folded)
    opening = _OPENING_NUMBER.match(folded)
    return opening is not None and _DOCUMENT_NAMED.search(folded[opening.end() :]) is None


def _names_a_document(q: Question) -> bool:
    """The question names a document, by its kind, code or number ("QĐ 2708", "kế hoạch ...",
    "văn bản số ..."): a date asked may be a document's."""
    return bool(q.route.doc_numbers or q.route.doc_types or q.own_doc) or bool(
        _DOCUMENT_NAMED.search(plain(q.route.folded))
    )


def _names_question_document(corpus: Corpus, q: Question, mention: Mention) -> bool:
    """``mention`` is of the document the question names by its number (the collection's
    own document, or a number the question writes)."""
    if q.own_doc is not None and corpus.is_own_number(q.own_doc, mention.number):
        return True
    named = [*q.route.doc_numbers, *(n for _, n in numbers_after_a_type(q.route.question))]
    return any(number_matches(n, mention.number) for n in named)


def states_value(corpus: Corpus, q: Question, kind: str) -> Callable[[Unit], bool] | None:
    """Whether a unit states a value of ``kind`` for ``q`` (a sum, a length of time, ...: what
    the extractor of that kind finds in it), or None when ``kind`` asks no value."""
    if kind not in _VALUE_INTENTS:
        return None

    def stated(unit: Unit) -> bool:
        cand = Candidate(unit=unit, evidence=0.0, prior=0.0)
        return _extract_once(corpus, q, cand, kind) is not None

    return stated


# A repeal the question says of a document it names by number ("bãi bỏ QĐ 55/2014"), folded
_REPEAL_OF_NAMED = re.compile(
    r"\b(?:bai bo|thay the|huy bo)(?: toan bo| mot phan)?(?: cac)? [a-z ]{2,20}?\d+/\d+"
)


def _asks_of_a_repeal(q: Question) -> bool:
    """The question may ask for a document the named one repeals: it asks the old one ("cũ",
    "trước khi", "Trước QĐ 72/2025", "không còn"), relates the document asked by a relation,
    or says a repeal of it ("... bị Nghị định 308/2025 bãi bỏ có số hiệu là gì", "quyết định
    nào trước đây ... bị thay thế"), not only of a document it names ("Sau khi QĐ 81/2025 bãi
    bỏ QĐ 55/2014, ... áp dụng quyết định số mấy"; "... căn cứ quyết định nào": grounds)."""
    folded = plain(q.route.folded)
    if _OLD_ONE_ASKED.search(folded):
        return True
    if asked_relation(folded) is not None:
        return True
    return says_class("replace", _REPEAL_OF_NAMED.sub(" ", folded))


# The old document asked ("quy định cũ", "trước khi có QĐ X", "không còn áp dụng"), folded
_OLD_ONE_ASKED = re.compile(r"(?<!\bcan )\bcu\b|\btruoc\b|\bkhong con\b")


def _repealed_by(corpus: Corpus, doc_id: str) -> tuple[str, ...]:
    """The numbers of the documents a sentence of ``doc_id`` repeals or replaces ("Bãi bỏ toàn
    bộ Quyết định số 24/2019/QĐ-UBND ..."), read once per document and kept with the corpus
    (every candidate unit of the document asks)."""
    found = corpus.repealed.get(doc_id)
    if found is None:
        found = corpus.repealed[doc_id] = tuple(
            m.number
            for idx in corpus.doc_units[doc_id]
            for m in corpus.unit_mentions(corpus.units[idx])
            if ("replace", "object") in mention_relations(m.before, m.subject)
        )
    return found


def extract(corpus: Corpus, q: Question, cand: Candidate, intent: str) -> Extracted | None:
    """(answer, focus in unit text, quality (0..1, a mention's up to 1.45), text for constraints,
    mention) or None."""
    unit = cand.unit
    text = unit.text
    if intent in ("decision", "date"):
        mentions = corpus.unit_mentions(unit)
        named = [m for m in mentions if any(number_matches(n, m.number) for n in q.number_filter)]
        # the date of a document the sentence cites answers only as that document's (a mention
        # chosen below), not as a date the text writes
        cited_dates = [(m.start, m.end) for m in mentions]
        if intent == "decision":
            # "thông tư nào (bổ sung Điều 4 TT 39/2015/TT-BTC)": the document asked for is not
            # one the question names; those only lead to it
            mentions = [m for m in mentions if m not in named]
            if unit.doc_id == q.own_doc and not _asks_of_a_repeal(q):
                # "Sau khi QĐ 81/2025 bãi bỏ QĐ 55/2014, Đà Nẵng áp dụng quyết định số mấy":
                # a document the named one repeals, where its sentence says so ("... và bãi bỏ
                # một phần Quyết định số 24/2019"), is no answer unless the old one, a relation
                # or a repeal of the one asked is (:func:`_asks_of_a_repeal`)
                repealed = _repealed_by(corpus, unit.doc_id)
                mentions = [
                    m for m in mentions if not any(number_matches(n, m.number) for n in repealed)
                ]
            if asks_a_related_document(plain(q.route.folded)):
                # "TT 110/2025 ... thay thế thông tư nào": the document asked for is one the
                # named document acts on, never the named one itself
                mentions = [m for m in mentions if not _names_question_document(corpus, q, m)]
        elif q.number_filter:
            mentions = named
        elif _dates_the_named_document(q, unit):
            mentions = []
        if NUMBER_ASKED.search(q.route.folded):
            # "luật số mấy": a document cited by its title alone gives no number to answer with
            mentions = [m for m in mentions if numbered(m)]
        # a document the question names by its number is that one, whoever "của ..." names
        mentions = [m for m in mentions if m in named or issued_by_named_body(q, m.text, m.number)]
        if intent == "date" and _ASKS_YEAR.search(q.route.folded) and not q.route.doc_types:
            mentions = []  # "hoàn thành vào năm nào": the year of a task, not of a document
        period = PERIOD_ASKED.search(q.route.folded) if intent == "date" else None
        if period is not None:
            mentions = []  # "thực hiện từ năm học nào": a period of that kind, no document's date
        if intent == "date" and (not _names_a_document(q) or names_an_event(q.route.folded)):
            # "Phó Thủ tướng làm việc với tỉnh X vào ngày nào": the day of an event, not that of
            # a document its sentence cites ("theo phân công tại Quyết định số 2179/QĐ-TTg ngày
            # 06 tháng 10 năm 2025"); nor, for a meeting asked, that of the document it passed
            mentions = []
        chosen = best_mention(corpus, q, mentions, need_date=intent == "date", citing=unit.doc_id)
        if chosen is not None:
            mention, quality = chosen
            if intent == "decision" and cand.extra:
                # a sentence introducing the text it quotes: that text says what the document
                # cited rules on (:func:`_with_quoting_sources`)
                quality += _quoted_coverage(corpus, q, cand, mention)
            # the number as the register writes it ("49/2025/TT- BCT" → "49/2025/TT-BCT");
            # the quote keeps the document's own spelling
            answer = _SPACED_SYMBOL.sub(
                lambda m: m.group(1) or m.group(2), text[mention.start : mention.end]
            )
            # The question's years may be those of the clause that leads to the mention
            # ("sau kết quả chấm điểm năm 2022, UBND huyện ban hành Kế hoạch số 70 ...").
            # A cited document is of the year it is dated ("ban hành năm 2023": "số 48/2023/QĐ-UBND
            # ngày 08/12/2023"), a year its number and date write inside them
            # ("Luật Giá số 16/2023/QH15", no date: the year its number writes)
            numbered_year = _NUMBER_YEAR.search(mention.number)
            year = mention.date[:4] if mention.date else numbered_year and numbered_year.group(1)
            issued = f" năm {year}" if year else ""
            window = f"{mention.before} {answer} {mention.subject}{issued}"
            return tidy(answer), (mention.start, mention.end), quality, window, mention
        if intent == "decision":
            return None
        if period is not None:
            dates = list(_PERIOD_EXPR[period.group(0).split()[0]].finditer(text))
        elif _ASKS_YEAR.search(q.route.folded):  # "hoàn thành vào năm nào": a year is the answer
            dates = list(_YEAR_EXPR.finditer(text))
            if not dates:
                # "... | Sở Khoa học và Công nghệ | ... | 2026 | Kế hoạch": a task's row states
                # its year alone, in the cell under its table's time column
                year = _year_column_cell(corpus, unit)
                if year is not None:
                    return year
        else:
            dates = _dates(text, _title(unit), q.route.folded, limit=False)
        if not _ASKS_LIMIT.search(q.route.folded):
            # "Thủ tướng làm việc với ... vào ngày nào": the day a thing takes place or is
            # dated, which a limit set for a task ("báo cáo ... trước ngày 15/11") is not
            dates = [m for m in dates if not _set_as_limit(text, m)]
        dates = [
            m for m in dates if not _inside(m.start(), cited_dates) and not dates_an_act(q, text, m)
        ]
        # "Quyết định thanh tra ... ban hành ngày nào" and "công văn số JHDPC/2025/276 ngày
        # 5/9/2025": a day right after a number is the day that document was issued, one of
        # another kind than the question opens with (a symbol the citations do not read)
        if (opening_kind := _opening_kind(q)) is not None:
            dates = [m for m in dates if not _dates_other_kind(text, m, opening_kind)]
        folded = plain(q.route.folded)
        dating, event_named = asks_dating(folded), names_an_event(folded)
        if (dating or event_named) and not (_START_ASKED.search(folded) or "hieu luc" in folded):
            # "Tờ trình ... đề ngày nào", "... họp thông qua dự thảo vào ngày nào": the day a
            # paper is dated or an event held, which the day a document takes effect ("có hiệu
            # lực kể từ ngày 05/12/2025") never is
            dates = [m for m in dates if not _FORCE_FROM.search(text, 0, m.start())]
        if event_named and not dating:
            # the day of a meeting is written beside it ("tại phiên họp UBND thành phố ngày
            # 07/10/2025") or opens the sentence telling it, which names the event asked (not
            # "Ngày 08/11/2025, Thủ tướng chủ trì Phiên họp ..." for "làm việc với ... ngày
            # nào"); no other day of the sentence is
            event = asked_event_words(folded)
            if event:
                dates = [
                    m
                    for m in dates
                    if (_opens_sentence(text, m) or _after_an_event(text, m))
                    and _tells_event(text, m, event)
                ]
        if not _START_ASKED.search(plain(q.route.folded)):
            # "(từ ngày 01/7 đến nay)": the start of a period running to this day, no day a
            # thing took place on
            dates = [m for m in dates if not _SPAN_TO_NOW.match(text, m.end())]
        if not dates:
            return None
        # "từ ngày nào": a day, before a month or a quarter the text names ("trong tháng 11
        # năm 2025"), which answers it less well in whatever unit
        asks_day = _ASKS_DAY.search(q.route.folded) is not None
        focus = max(
            dates,
            key=lambda m: (
                asks_day and _DAY_WRITTEN.match(m.group()) is not None,
                local_gain(q, text, m.start(), m.end()),
            ),
        )
        day_missing = asks_day and _DAY_WRITTEN.match(focus.group()) is None
        return window_answer(
            q, unit, (focus.start(), focus.end()), _NO_DAY_QUALITY if day_missing else 0.7
        )
    if intent in ("figure", "score", "target"):
        return value_answer(corpus, q, unit, intent)
    if intent == "deadline" and DATELINE.match(text):
        return None  # "Hà Nội, ngày 26 tháng 11 năm 2025": the day the document is dated
    if intent == "deadline":
        # a date ("trước ngày 15/12/2025") or a time limit ("trong 05 ngày làm việc"); one
        # that reads as a limit ("trước", "chậm nhất", "không quá", "thời hạn") is the answer
        # sooner than a date the text merely mentions
        # the date of a cited document ("Hướng dẫn số 7886/HD-BNV ngày 14/9/2025") is none
        cited = [(m.start, m.end) for m in corpus.unit_mentions(unit)]
        # ("... bị tạm giam từ 14 ngày làm việc trở lên": the bound of a case, no time allowed,
        # unless the bound is asked: "nghỉ dài hạn từ bao lâu trở lên")
        bound_asked = _THRESHOLD_ASKED.search(plain(q.route.folded)) is not None
        # "đến mấy giờ": a time of day, no length of time, answers
        clock = ASKS_CLOCK.search(q.route.folded)
        lengths = [
            m
            for m in durations(text)
            if clock is None and (bound_asked or not _THRESHOLD_AFTER.match(text, m.end()))
        ]
        frequency_asked = ASKS_FREQUENCY.search(q.route.folded) is not None
        if frequency_asked:
            # "bao lâu một lần": a count per period answers ("01 lần/ngày"), as a length would
            lengths += list(FREQUENCY.finditer(text))
        asks_day = _ASKS_DAY.search(q.route.folded) is not None
        day_asked = _DAY_ASKED_AFTER.search(plain(q.route.folded))
        day_lead = day_asked.group(1) if day_asked is not None else None
        asked = None if asks_day else ASKS_DURATION.search(q.route.folded)
        if asked is not None and not any(_counted_in(m, asked) for m in lengths):
            # "có bao nhiêu ngày để xử lý": a unit that writes days, no length of time counted
            # as asked ("07 ngày", not "08 giờ" for "bao nhiêu ngày"), does not answer
            # (value_mismatch refuses a day for it): another unit may
            return None
        asks_limit = _ASKS_LIMIT.search(q.route.folded) is not None
        found = [
            m
            for m in _dates(text, "", q.route.folded, limit=True)
            if not _inside(m.start(), cited)
            and not dates_an_act(q, text, m)
            and not continues_a_citation(corpus, unit, m)
            # "trước ngày nào": the day an event happened is none, unless set as a limit
            and not (asks_limit and dates_an_event(text, m) and not _set_as_limit(text, m))
            # "trước ngày nào": a day written as the one something runs from ("(kể) từ ngày 01
            # tháng 01 năm 2026") is no limit
            and not (asks_limit and _RUNS_FROM.match(m.group()))
        ] + lengths
        if asked is None:
            # "báo cáo trước 19h00' hằng ngày", "hoàn thành trước 10 giờ sáng ngày làm việc
            # tiếp theo": a time of day set as the limit ("chậm nhất lúc nào")
            found += list(_CLOCK_LIMIT.finditer(text))
        if clock is not None:
            # "tạm dừng đến mấy giờ": a time of day the text writes ("đến 03h00 sáng"), no day
            # nor length
            limits = [m for m in found if _CLOCK_TIME.search(m.group())]
            taken = [(m.start(), m.end()) for m in limits]
            found = limits + [m for m in clock_times(text) if not _inside(m.start(), taken)]
            if not found:
                return None  # a field's time in words is no time of day either
        if not found:
            return (
                _time_statement(q, unit)
                or _time_column_cell(corpus, q, unit)
                or _time_field_value(q, unit)
            )
        # "bao lâu", "mấy ngày", or a row under a "Thời gian giải quyết" column: a duration is
        # the answer, not a day the text names ("Quảng trường 3/2" in an address cell)
        # "ngày nào": a day, not the duration of a "Thời gian" column ("45 ngày")
        wants_duration = not asks_day and (
            ASKS_DURATION.search(q.route.folded) is not None or _in_limit_column(unit, intent)
        )
        # "thời hạn giải quyết ...", or a row under a "Thời gian giải quyết" column: the value
        # in the cell under that column of the table's header row found above the row, not a
        # limit the row's procedure or note cell writes ("Bước 1 | Tiếp nhận ... | 17 ngày |
        # - Trong thời hạn 15 ngày ...")
        column_asked = (
            _in_limit_column(unit, intent) or _LIMIT_HEADER.search(q.route.folded) is not None
        ) and _limit_header_above(corpus, unit) is not None
        # "Tiếp nhận ...: Không quá 28 ngày; - Thời hạn phê duyệt dự án PPP: Không quá 05 ngày":
        # of several labelled limits, the one whose own label states what is asked (a
        # comparison names the labels of both values it asks: no one label tells)
        spans = [(m.start(), m.end()) for m in found]
        shares = [0.0] * len(spans) if _asks_two_values(q) else label_shares(q, text, spans)
        own_label = dict(zip(spans, shares, strict=True))
        focus = max(
            found,
            key=lambda m: (
                # "với tần suất như thế nào": a count per period ("2 lần/tháng"), not the months
                # a task runs
                frequency_asked and FREQUENCY.fullmatch(m.group()) is not None,
                wants_duration and DURATION.fullmatch(m.group()) is not None,
                asks_day and DURATION.fullmatch(m.group()) is None,
                # "đến mấy giờ": a time of day, the one the same word leads ("đến 03h00")
                clock is not None and _CLOCK_TIME.search(m.group()) is not None,
                clock is not None and _led_as_asked(clock, text, m.start()),
                # "đến hết ngày nào": the day the same words lead ("đến hết ngày 04/01/2026"),
                # not another the sentence writes ("trước ngày 01/01/2026")
                _day_led_as_asked(day_lead, text, m),
                # "bao nhiêu ngày làm việc": "15 ngày làm việc" before "trong vòng 15 ngày"
                asked is not None and _counted_in(m, asked, exact=True),
                # "07 ngày ... trường hợp có xác định ...; 03 ngày ... trường hợp không xác
                # định ...": the value of the case the question states
                not denies_question(q, text, m.start(), m.end()),
                # "tối thiểu bao nhiêu giờ": the value "tối thiểu là" leads, not a time of day
                # the sentence bounds otherwise ("không trước mười tám (18) giờ")
                _bound_led_as_asked(q, text, m),
                column_asked and _limit_header_above(corpus, unit, m.start()) is not None,
                _length_of_asked_act(q, text, m.start()),
                _limit_cue(text, m.start()),
                _of_asked_period(q, text, m.start()),
                round(own_label[m.start(), m.end()], 2),
                local_gain(q, text, m.start(), m.end()),
            ),
        )
        if _limit_of_another_task(q, text, focus.start()):
            return None
        # a bare duration under a time-limit column is a limit too, in a row that is evidence
        # enough to answer (a weak row must not outrank the evidence with its column's credit)
        limit = (
            _limit_cue(text, focus.start())
            or (
                cand.evidence >= _MIN_EVIDENCE
                and (
                    _in_limit_column(unit, intent)
                    or _limit_header_above(corpus, unit, focus.start()) is not None
                )
            )
            or _stated_as_time_allowed(unit, focus.start())
            # "đến hết ngày 04/01/2026" for "đến hết ngày nào": the bound asked, so written
            or _day_led_as_asked(day_lead, text, focus)
        )
        quality = 0.9 if limit else 0.6
        if day_lead is not None and not _day_led_as_asked(day_lead, text, focus):
            # "đến hết ngày nào" answered by "trước ngày 01/01/2026" in another passage than the
            # one writing "đến hết ngày 04/01/2026": no limit of the words asked
            quality = min(quality, 0.6)
        if _length_of_asked_act(q, text, focus.start()):
            # "thời gian lưu 02 năm" for "được lưu ... trong bao lâu": the length of the very
            # act asked, above a limit the unit sets for another act ("03 ngày làm việc" to
            # settle the procedure whose records are kept)
            quality = _ASKED_ACT_QUALITY
        if limit and _under_asked_limit_heading(q, unit):
            quality = max(quality, _ASKED_ACT_QUALITY)  # the limit its section is about
        if denies_question(q, text, focus.start(), focus.end()):
            quality -= _DENIED_CASE  # the limit of the case the question does not state
        answer, span, quality, _, _ = window_answer(
            q, unit, (focus.start(), focus.end()), quality, in_cell=True
        )
        # the years the question names say which task or rule it is ("... tuyển trước khi Luật
        # 2025 có hiệu lực"), not the limit asked: they are looked for in the whole statement
        return answer, span, quality, None, None
    if intent == "agency" and about_another_topic(corpus, q, unit):
        return None
    if intent == "agency" and _ASKS_PARTNER.search(q.route.folded):
        partner = partner_body(q, text)
        if partner is not None:
            return _in_role(q, partner, text)
        partner = _heading_partner(q, cand, corpus.sections.get(unit.doc_id, ()))
        if partner is not None:
            return partner
    elif intent == "agency" and unit.kind == "text" and _asks_partner_role(q):
        # "đơn vị nào phối hợp với Sở Tài chính ...": the body after "phối hợp với" in a
        # sentence whose subject is the body the question names ("Sở Tài chính chủ trì, phối
        # hợp với Văn phòng UBND tỉnh ..."), not that subject
        partner = partner_of_named(q, text)
        if partner is not None:
            return partner
    if intent == "agency":
        # "liên hệ bộ nào": the object of the verb the question writes before the body asked
        slot = slot_body(q, text) or body_of_kind_asked(q, text)
        if slot is not None:
            return slot
    asks_recipient = intent == "agency" and _ASKS_RECIPIENT.search(_asked_clause(q)) is not None
    if asks_recipient:
        recipient = assigned_body(text, asked_role(q))
        if recipient is not None:
            return _in_role(q, recipient, text)
        recipient = _list_lead_recipient(corpus, cand)
        if recipient is not None:
            return recipient
    if intent == "agency" and _ASKS_LODGING.search(q.route.folded):
        lodged = lodged_body(q, text)
        if lodged is not None:
            return lodged
    if intent == "agency" and unit.kind == "row" and _asks_partner_role(q):
        # "ai phối hợp với Sở Y tế ...": in a table of tasks, the "Cơ quan phối hợp" cell
        column = body_column(_units_before(corpus, unit), unit, partner=True)
        if column is not None:
            a, b = column
            return tidy(text[a:b]), column, 0.85, text, None
    # a row of a table whose header names the body column: a body in another cell (the place
    # a dossier is lodged, under "Địa điểm thực hiện") plays another role than the one asked
    body_in_other_column = False
    if intent == "agency" and unit.kind == "row":
        column = body_column(_units_before(corpus, unit), unit)
        if column is not None and not named_by_question(q, text[column[0] : column[1]]):
            a, b = column
            return tidy(text[a:b]), column, 0.85, text, None
        body_in_other_column = body_header_row(_units_before(corpus, unit)) is not None
    if intent == "agency":
        asked = _ASKED_ROLE.search(q.route.folded)
        lead = field_agency(text, _field_asked(q, asked))
        if lead is None:
            extra = cand.extra
            lead = lead_agency(
                cand,
                corpus.texts[unit.doc_id],
                corpus.sections.get(unit.doc_id, ()),
                corpus.documents[unit.doc_id].meta.title or "",
            )
            if lead is not None and named_by_question(q, lead[0]):
                cand.extra, lead = extra, None  # the body the question asks about, not for
        if lead is None:
            lead = (
                _subject_of_role(q, text)
                or _passive_agent(q, text)
                or part_field_body(corpus, q, cand)
            )
        elif _role_said_of_another(q, lead, text):
            subject = _subject_of_role(q, text)
            if subject is not None and not _partner_at(text, subject[1][0]):
                lead = subject
        if lead is not None:
            role = asked_role(q)
            said = False
            if role:
                # "cơ quan nào chủ trì ...": a unit that gives its body that very task, or
                # one that gives it none (the task may open in the heading quoted with it)
                # (or in the heading line whose sentence the unit goes on with: "1. Là cơ
                # quan thường trực" / "Ban biên tập ..., giúp Chủ tịch UBND tỉnh ...")
                in_heading = _said_in(role, _heading_going_on(corpus, unit))
                said = (
                    in_heading
                    or _said_in(role, text)
                    or any(_said_in(role, corpus.texts[unit.doc_id][a:b]) for a, b in cand.extra)
                )
                # a distinctive task asked ("làm đầu mối") and said: the question's point, more
                # than the common words another unit shares with it
                quality = min(_SAID_ROLE, lead[2] + 0.15) if said else lead[2] * _OTHER_RELATION
                if said and (
                    _role_of_another_task(q, role, text)
                    or not in_heading
                    and _role_far_from_body(role, lead, text, cand.extra, corpus.texts[unit.doc_id])
                ):
                    quality = lead[2] * _OTHER_RELATION
                lead = (lead[0], lead[1], quality, lead[3], lead[4])
            # "giao cơ quan nào theo dõi ...": a body given the asked task in a list of tasks
            # ("5. Văn phòng Chính phủ theo dõi, đôn đốc ...") is given it, "giao" unwritten
            return _weaker(lead) if asks_recipient and not said else lead
    if intent == "general" and (contact := _contact_line_after(corpus, q, cand)) is not None:
        return contact
    if intent == "general":
        # "tỉnh nào", "công ty nào", "lĩnh vực nào": the span of the kind the head noun asks
        typed = entity_of_kind(q, unit, _units_before(corpus, unit))
        if typed is not None:
            return typed
    # general, agency
    if intent == "agency" or _ENTITY_QUESTION.search(q.route.folded):
        entity = entity_answer(corpus, q, cand)
        if entity is not None:
            # "Ai được giao ...?" asks who receives a task: a unit that gives none is weaker
            return _weaker(entity) if asks_recipient or body_in_other_column else entity
    if intent == "general":
        # "Phạm vi điều chỉnh của QĐ X là gì": an article's title names what its body states;
        # the body answers, not the title the question's words match
        body = _article_body(corpus, cand)
        if body is not None:
            return body
    focus = densest(q, text)
    if unit.kind == "row":
        found = window_answer(q, unit, focus, 0.6)
        if intent == "agency" and not any(
            not _named_in_question(q, name) for name in bodies_named(found[0])
        ):
            # a body asked, and the row's window names none besides the question's ("Cấp
            # phép…: Trong thời hạn …", a procedure's time limit): the least an answer is,
            # below any unit that names a body; none in a catalog of procedures, a row of
            # which names its body in a column or not at all ("Gia hạn …: 1.012509 | Như
            # trên | Bãi bỏ")
            if _PROCEDURE_CODE.search(found[0]):
                return None
            return found[0], found[1], _NO_BODY * _OTHER_RELATION, found[3], found[4]
        return found
    start, end = clause_window(text, focus, q.weights, q.toned)
    window = text[start:end].rstrip()
    rest = text[end:]
    if window.endswith(":") or rest.lstrip().startswith(":") or _ENDS_WITH_LA.search(window):
        # "... là: Cải cách thể chế; ...": what follows is the answer
        gap = len(rest) - len(rest.lstrip())
        after = end + gap + (1 if rest.lstrip().startswith(":") else 0)
        stop = STRONG.search(text, after)
        after_end = stop.start() if stop else len(text)
        if after_end - start <= MAX_ANSWER_CHARS:
            end = after_end
        else:
            start, end = char_window(text, after, after_end, MAX_ANSWER_CHARS)
    lead_in = text.rstrip(" *_")
    asks_items = _ASKS_ITEMS.search(q.route.folded) is not None
    if intent == "general" and lead_in.endswith(":") and (end >= len(lead_in) or asks_items):
        # "Sở Khoa học và Công nghệ có trách nhiệm:" / "1. Đồng bộ dữ liệu ..." / "2. Niêm yết
        # ...": a lead-in names no item; the items under it, each a unit of its own, do (the
        # lead-in's last words before them, where items are asked and the window stops short)
        items = items_after_lead_in(corpus, unit)
        if items:
            spans = [(at, item.end) for item, at, _ in items]
            cand.quote_also(spans)
            said = text[start:end] if end >= len(lead_in) else lead_in
            listed = list_answer(tidy(said), [written for _, _, written in items])
            return listed, focus, _ITEMS_ASKED if asks_items else 0.6, said, None
    # a body asked, and the unit names none the extractors could read: its words only, when
    # they name a body besides those the question names ("ai thẩm định hồ sơ trước khi trình
    # Hội đồng X": "... phiếu đồng ý của Hội đồng X" answers nothing), else another unit may
    if intent == "agency" and not any(
        not _named_in_question(q, name) for name in bodies_named(text[start:end])
    ):
        return None
    if intent == "general" and echoes_question(q, text[start:end]):
        return None
    quality = _NO_BODY if intent == "agency" else 0.6
    return tidy(text[start:end]), focus, quality, text[start:end], None


_NO_BODY = 0.45
# "... có ... không?", "có phải ... không": a question a sentence in its own words confirms
_ASKS_YES_OR_NO = re.compile(r"\b(?:khong|chua|phai khong|dung khong)\s*\W*$|\bco phai\b")


def echoes_question(q: Question, said: str) -> bool:
    """Whether ``said`` writes no word the question does not (its content words, folded): a
    sentence that only repeats what is asked ("Xây dựng Cổng thông tin quốc gia về bảo vệ dữ
    liệu cá nhân" for "Cổng thông tin quốc gia về bảo vệ dữ liệu cá nhân được xây dựng trong
    giai đoạn nào?") tells nothing; unless the question asks yes or no, which it confirms."""
    if _ASKS_YES_OR_NO.search(q.route.folded):
        return False
    asked = set(TOKEN.findall(q.route.folded))
    return not any(
        word not in asked and word not in _STOP_WORDS for word in TOKEN.findall(fold(said))
    )


# A document's dateline, the whole of its line: its place, then the day it is dated ("Hà Nội,
# ngày 26 tháng 11 năm 2025", "*Quảng Trị, ngày 19/11/2025*")
DATELINE = re.compile(
    r"^[*_\s]*[^\W\d_][^\d,;:]{1,40},\s*ngày\s+\d{1,2}(?:\s+tháng\s+|\s*/\s*)\d{1,2}"
    r"(?:\s+năm\s+|\s*/\s*)\d{4}[*_.\s]*$",
    re.IGNORECASE,
)

# "... xử lý kiến nghị của tỉnh về phát triển nhà ở xã hội?", folded: the topic a question names,
# to the end of its clause; "3. Về kiến nghị liên quan đến tổ chức bộ máy ...": a section's topic
_QUESTION_TOPIC = re.compile(r"\bve (?:viec )?([^,:;?.()]+)")
_HEADING_TOPIC = re.compile(r"^ve (?:viec )?(.+)")


def _topic_words(folded: str) -> set[str]:
    return {t for t in TOKEN.findall(folded) if t[0].isalpha() and t not in _STOP_WORDS}


def _topic_pairs(folded: str) -> set[tuple[str, str]]:
    """Pairs of words that follow each other in ``folded`` ("do luong", "y te"): one syllable
    alone ("te" of "kinh tế") says too little of a topic."""
    tokens = TOKEN.findall(folded)
    return set(zip(tokens, tokens[1:], strict=False))


def about_another_topic(corpus: Corpus, q: Question, unit: Unit) -> bool:
    """The sections around the unit are headed by topics of their own ("3. Về kiến nghị liên
    quan đến tổ chức bộ máy ...") none of which shares a word with a topic the question names
    ("giao bộ nào xử lý kiến nghị của tỉnh về phát triển nhà ở xã hội"), nor does the unit: a
    body given a task there is given it on another matter. A topic mostly in the document's
    title is the document's own, not a section's; a unit that names the topic ("8. Về cải cách
    hành chính" / "... đo lường sự hài lòng của người dân ...") is on it."""
    meta = corpus.documents[unit.doc_id].meta
    title = _topic_words(fold(meta.title or ""))
    phrases = [
        found.group(1)
        for found in _QUESTION_TOPIC.finditer(q.route.folded)
        if (words := _topic_words(found.group(1))) and 2 * len(words & title) < len(words)
    ]
    topics = [_topic_words(phrase) for phrase in phrases]
    if not topics:
        return False
    headings = [
        _topic_words(found.group(1))
        for section in _section_chain(corpus.sections.get(unit.doc_id, ()), unit.start)
        if (found := _HEADING_TOPIC.match(fold(section.title).strip(" *_")))
    ]
    if not headings or any(heading & topic for heading in headings for topic in topics):
        return False
    own = _topic_pairs(fold(unit.text))
    if any(own & _topic_pairs(phrase) for phrase in phrases):
        return False  # the unit speaks of the topic itself, a case of its section's one
    logger.debug("unit %s is under another topic than %s", unit.idx, topics)
    return True


# "Sở X phối hợp với cơ quan nào ...": the partner is asked, not the body in charge (folded)
def _asks_partner_role(q: Question) -> bool:
    """The question asks the body that takes part in another's task: "phối hợp với cơ quan
    nào", or the partner's role said of the body asked ("ai phối hợp với Sở Y tế ...")."""
    return _ASKS_PARTNER.search(q.route.folded) is not None or ("phoi", "hop") in asked_role(q)


_ASKS_PARTNER = re.compile(
    r"\bphoi hop(?: voi)? (?:(?:nhung|cac) )?(?:co quan|don vi|so|bo|ban|nganh|phong|cuc|vu"
    r"|chi cuc|trung tam|to chuc|luc luong) nao\b|\bphoi hop(?: voi)? ai\b"
)
# A body named by its kind alone ("Bộ trưởng, Thủ trưởng các cơ quan liên quan", "các sở,
# ngành"): a poor answer where another unit names the one body given the task
_GENERIC_BODY = re.compile(r"\b(?:các|những)\s+(?:cơ quan|đơn vị|sở|bộ|ngành|địa phương)\b", re.I)


def _in_role(q: Question, found: Extracted, text: str) -> Extracted:
    """A body found by its place in the sentence (the object of "giao", the partner after
    "phối hợp với"), weighed by the task the question asks of it: said right after its name
    ("giao cơ quan nào theo dõi, đôn đốc" / "giao Văn phòng Chính phủ theo dõi, đôn đốc"), said
    of another, or not asked; a body named by its kind alone is weaker."""
    answer, focus, quality, factor_text, mention = found
    role = asked_role(q)
    if role and not _done_in(role, _words_after(text, focus[1], _ADJACENT_CHARS * 3)):
        quality *= _OTHER_RELATION
    elif role:
        # given the very task asked: as much as a body whose heading is given it (lead_agency)
        quality = min(_SAID_ROLE, quality + 0.15)
    if _GENERIC_BODY.search(answer):
        quality *= _OTHER_RELATION
    return answer, focus, quality, factor_text, mention


_LEAD_VERB = re.compile(
    r"\b(?:chủ trì|chịu trách nhiệm|là cơ quan|làm đầu mối|tham mưu|phụ trách|thực hiện|có trách"
    r" nhiệm|tổ chức thực hiện)\b",
    re.IGNORECASE,
)
_NAME_TAIL = re.compile(r"[\s,;:–-]+$|\s+(?:có|được|là|sẽ|phải|và các|cùng)$", re.IGNORECASE)


# "Cục Thuế đề nghị đơn vị nào ...", "phân cấp cho cấp nào", "Ai được giao ...": the body that
# receives the task — the object of the verb, not its subject.
_ASKS_RECIPIENT = re.compile(
    r"(?<!chuyen )(?<!ban )\b(?:giao|de nghi|phan cap cho|uy quyen cho|yeu cau)\b.*\b(?:nao|ai)\b"
    # "Ai được (Thủ tướng) giao ...": the one who gives it may stand between
    r"|\b(?:ai|co quan nao|don vi nao|cap nao)\s+duoc\s+(?:[^?,]{1,40}?\s)?"
    r"(?:giao|phan cap|uy quyen|phan cong)\b"
)
# The condition a question sets before what it asks ("nhiệm vụ ... do Chủ tịch UBND tỉnh giao
# cho X thì ... gửi sở nào"): its verbs are not the one asked
_CONDITION_END = re.compile(r"\bthì\b", re.IGNORECASE)


def _asked_clause(q: Question) -> str:
    """The folded question after the condition it sets ("... giao cho X thì"), whole when it
    sets none (written with marks: "thì" is told from "Thị" only by them)."""
    ends = list(_CONDITION_END.finditer(q.route.question))
    folded = q.route.folded
    if not ends or len(folded) != len(q.route.question):
        return folded
    return folded[ends[-1].end() :]


# ("thừa ủy quyền Thủ tướng": on behalf of the one named, who gives the task, not receives it)
_ASSIGNING = re.compile(
    r"\b(?:giao|đề nghị|phân cấp|(?<!thừa )ủy quyền|(?<!thừa )uỷ quyền|phân công|yêu cầu)"
    r"(?:\s+cho)?\s+",
    re.I,
)
# Lower-case words that open the task after the body's name ("đề nghị Thuế thành phố Hải Phòng
# căn cứ ..."). Names write each word capitalized ("Công an", "Bảo hiểm"), so a word of the
# name never starts with one of these in lower case.
_TASK_WORD_LIST = """
    ban báo bảo chỉ chịu chủ cung có căn cập duy giám giải gửi hoàn hướng khẩn kiểm ký làm
    lập lựa nghiên nộp phát phê phối quyết quản rà sớm sửa tham thanh theo thẩm thống thực
    tiếp triển trong trình tuyên tại tổ và vận xem xây xử điều đôn được đảm để khảo đánh phổ
    tập hỗ bố xác tăng đẩy chuẩn giúp nắm sắp huy mở thừa thay đang đã sẽ
"""
_TASK_WORDS = frozenset(_TASK_WORD_LIST.split())


def _weaker(extracted: Extracted) -> Extracted:
    answer, focus, quality, factor_text, mention = extracted
    return answer, focus, quality * 0.7, factor_text, mention


# "Cơ quan thực hiện: Sở Khoa học và Công nghệ tiến hành ...", "Đơn vị chủ trì: Sở Nội vụ" at
# the start of a unit; anywhere in it, a field whose label names a body ("- Cơ quan trực tiếp
# thực hiện: Sở Nông nghiệp và Môi trường. - Cơ quan có thẩm quyền quyết định: Chủ tịch UBND
# tỉnh", "Cơ quan thực hiện thủ tục hành chính: Sở X"); the holder of a power is a field of
# its own too, by the person it names ("- Người có thẩm quyền quyết định: Chủ tịch UBND tỉnh")
_AGENCY_FIELD = re.compile(
    r"^[\s\-+•*]*(?:(?:Cơ quan|Đơn vị)\s+)?(?:chủ trì|thực hiện|phụ trách|chịu trách nhiệm)"
    r"(?:\s+thực hiện)?\s*:\s*"
    r"|(?:^|(?<=[\n|;.])|(?<=\s[-+•]))[\s\-+•*]*(?:Cơ quan|Đơn vị|Người(?=\s+có\s+thẩm quyền))"
    # ("Cơ quan trực tiếp thực hiện giải quyết thủ tục hành chính:": ten words of a label)
    r"((?:\s+[^\W\d][^\s:|;.,()]*){1,10})\s*:\s*",
    re.IGNORECASE,
)
# words of a label that name no role ("Người" is who holds it, "ai" in the question)
_FIELD_LABEL_FILLER = frozenset({"co", "quan", "don", "vi", "thu", "tuc", "hanh", "chinh", "nguoi"})


def _field_asked(q: Question, asked: re.Match[str] | None) -> str:
    """The words of the question a field's label is matched against: the role asked after
    "cơ quan nào" ("cơ quan nào thực hiện"); with none after it, the role is named before it
    ("cơ quan phối hợp là cơ quan nào"), the whole question but the documents it names by
    their numbers ("QĐ 2512" read out as "quyết định" is no label's "quyết định")."""
    if asked is None or not asked.group(1).strip():
        return _NAMED_DOCUMENT.sub(" ", q.route.folded)
    return asked.group(0)


# a document named by its kind and number ("quyet dinh 2512", "nghi quyet so 35/2025"), folded
_NAMED_DOCUMENT = re.compile(rf"\b(?:{KINDS})\s+(?:so\s+)?\d\S*")


def field_agency(text: str, question: str = "") -> Extracted | None:
    """The body a field line names ("Cơ quan thực hiện: Sở X ..."), up to the word that opens
    its task; of several fields, the one whose label shares most words with ``question``
    (folded): "do cơ quan nào thực hiện" reads "Cơ quan trực tiếp thực hiện: ...", not "Cơ quan
    có thẩm quyền quyết định: ..."."""
    asked = set(TOKEN.findall(question))
    best: tuple[int, int, int] | None = None
    for field in _AGENCY_FIELD.finditer(text):
        at = field.end()
        if not text[at : at + 1].isupper():
            continue
        label = set(fold(field.group(0)).replace(":", " ").split()) - _FIELD_LABEL_FILLER
        if fold(text[at : at + 6]).startswith("khong"):
            if not label or not label <= asked:
                continue  # "Cơ quan được ủy quyền thực hiện: Không": another field's
            # "Cơ quan phối hợp: Không" for "cơ quan nào phối hợp": the field asked names none,
            # its "Không" is the answer, not another field's body
            end: int | None = at + len("Không")
        else:
            end = name_end(text, at)
            # a field's value is all the bodies it lists, not the first one alone
            end = kinds_end(text, at, list_end(text, end)) if end is not None else None
        if end is None:
            continue
        shared = len(label & asked)
        if best is None or shared > best[0]:
            best = (shared, at, end)
    if best is None:
        return None
    _, at, end = best
    return tidy(text[at:end]), (at, end), 0.9, text, None


def named_by_question(q: Question, name: str) -> bool:
    """The question names this body itself ("Trung tâm X hiện trực thuộc cơ quan nào?"): it is
    what the question asks about, not the body asked for."""
    # "UBND xã" names "UBND cấp xã": the word of the level is often left out
    words = [w for w in TOKEN.findall(fold(without_holder(name))) if w != "cap"]
    if len(words) < 3:
        return False
    asked = [w for w in TOKEN.findall(q.route.folded) if w != "cap"]
    if f" {' '.join(words)} " not in f" {' '.join(asked)} ":
        return False
    # "do Chủ tịch UBND xã hay Sở X tiếp nhận?": a body offered as the answer is asked for
    offered = bodies_offered(q.route.folded) or ()
    return not any(
        f" {' '.join(words)} " in f" {' '.join(w for w in body.split() if w != 'cap')} "
        for body in offered
    )


_NAME_OPENING_WORDS = 6  # "Hội đồng Thi đua - Khen thưởng": a long name is known by these


def _named_in_question(q: Question, name: str) -> bool:
    """The question names this body, whole or by the words that open its long name ("Hội
    đồng Thi đua - Khen thưởng thành phố Hà Nội" for "trình Hội đồng Thi đua - Khen thưởng
    Thành phố")."""
    opening = " ".join(name.split()[:_NAME_OPENING_WORDS])
    return named_by_question(q, name) or named_by_question(q, opening)


# "Ủy ban nhân dân": the lower-case word that goes on a body's name ("ban" is a task word too,
# of "ban hành")
_NAME_GOES_ON = re.compile(r"\b(?:Ủy|Uỷ|Hội đồng)\s+$")


# "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch": "và" inside a name, before a
# capitalized word that opens no other body ("Sở Tài chính và Sở Xây dựng": two bodies)
_NAME_AND_PART = re.compile(r"\s+")


def _joins_name(text: str, after: int) -> bool:
    """Whether the word ending at ``after`` is "và" joining two parts of one body's name."""
    if text[after - 2 : after] != "và":
        return False
    gap = _NAME_AND_PART.match(text, after)
    if gap is None or not text[gap.end() : gap.end() + 1].isupper():
        return False
    # "và UBND các xã": an abbreviated body, written in capitals
    next_word = text[gap.end() :].split(maxsplit=1)[0]
    return not next_word.isupper() and not opens_body(text, gap.end())


def name_after(text: str, at: int) -> int | None:
    """Where the capitalized name that starts at ``at`` ends: before the lower-case word that
    opens its task ("giao Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam làm việc ...",
    "phối hợp Công an thành phố giám sát ...") or at punctuation; None for no name of two
    words or more."""
    if not text[at : at + 1].isupper():
        return None
    words = []
    for word in re.finditer(r"[^\s,;:.()]+", text[at:]):
        start, end = at + word.start(), at + word.end()
        # a task opens with its verb and goes on; a lower-case word after a capitalized one
        # that ends the clause is the last syllable of the name's word ("Báo và Phát thanh,
        # Truyền hình Thái Nguyên"), not a verb ("Sở Tài chính ký, ban hành")
        closes_word = (
            _CLAUSE_PUNCT.match(text, end) is not None
            and bool(words)
            and words[-1].group(0)[0].isupper()
        )
        if (
            word.group(0) in _TASK_WORDS
            and not _NAME_GOES_ON.search(text, 0, start)
            and not _joins_name(text, end)
            and not closes_word
        ) or text[start - 1 : start] in ",;:.(":
            break
        words.append(word)
    return at + words[-1].end() if len(words) >= 2 else None


_CLAUSE_PUNCT = re.compile(r"[,;.]")
# The words of a kind of body, no name (folded): "Cơ quan", "Đơn vị" capitalized as a role
_KIND_WORDS_ONLY = frozenset({"co quan", "don vi", "bo phan", "to chuc", "ca nhan", "nguoi"})


def assigned_body(text: str, role: frozenset[tuple[str, str]] = frozenset()) -> Extracted | None:
    """The body a task is given to: the capitalized name right after "giao", "đề nghị",
    "phân cấp cho", "ủy quyền cho", up to the word that opens the task; of several, the first
    given the ``role`` asked right after its name ("ủy quyền cho Chủ tịch UBND cấp xã quyết
    định đầu tư và giao UBND cấp xã làm chủ đầu tư": "UBND cấp xã" for "làm chủ đầu tư")."""
    first: Extracted | None = None
    for verb in _ASSIGNING.finditer(text):
        at = verb.end()
        end = name_after(text, at)
        if end is None or fold(text[at:end]) in _KIND_WORDS_ONLY:
            # "đề nghị Cơ quan chủ trì chuyển ...": a role written capitalized names no body
            continue
        end = bracketed_end(text, end)  # "giao Văn phòng X (Trung tâm Y)": the unit acts
        found = (tidy(text[at:end]), (at, end), 0.8, text, None)
        if not role or _done_in(role, _words_after(text, end)):
            return found
        first = first or found
    return first


# "phối hợp với Công an thành phố ...", "phối hợp Sở Tài chính ...": the partner of a task
_PARTNERING = re.compile(r"\bphối\s+hợp(?:\s+với)?\s+", re.IGNORECASE)


_PARTNERS_END = re.compile(r"[:;.()\n]|\s(?:để|nhằm|thực hiện|triển khai|tổ chức|xây dựng)\s")
_PARTNERS_CHARS = 80  # "các bộ, cơ quan, địa phương liên quan": a clause of kinds, not a task


def partner_body(q: Question, text: str) -> Extracted | None:
    """ "Sở X phối hợp với cơ quan nào ...?": the body named right after "phối hợp (với)" — the
    partner, never the body the question names as the one that works with it."""
    for verb in _PARTNERING.finditer(text):
        at = verb.end()
        end = name_after(text, at)
        if end is not None and not named_by_question(q, text[at:end]):
            end = list_end(text, end)  # all the partners listed, each with its unit
            return tidy(text[at:end]), (at, end), 0.85, text, None
        if end is None and _GENERIC_BODY.match(text, at):
            # "phối hợp với các bộ, cơ quan liên quan:": the partners named by their kind, up
            # to the end of the clause
            stop = _PARTNERS_END.search(text, at)
            end = stop.start() if stop else len(text)
            if end - at <= _PARTNERS_CHARS:
                return tidy(text[at:end]), (at, end), 0.7, text, None
    return None


def partner_of_named(q: Question, text: str) -> Extracted | None:
    """The partner after "phối hợp (với)" (:func:`partner_body`) when a body the question
    names is written before it, the one whose task the partner takes part in; else None."""
    partner = partner_body(q, text)
    if partner is None:
        return None
    subject = text[: partner[1][0]]
    if not any(named_by_question(q, name) for name in bodies_named(subject)):
        return None
    return partner


def _heading_partner(q: Question, cand: Candidate, sections: Sequence[Section]) -> Extracted | None:
    """ "Sở X phối hợp với cơ quan nào để Y?": the partner named by the heading of the unit's
    section when the unit is the task it leads to ("1. Sở Tài chính chủ trì, phối hợp với Văn
    phòng UBND tỉnh:" / "Xây dựng quy trình điện tử ..."), the heading quoted with the unit;
    only when the heading names, before its partner, the body the question names."""
    unit = cand.unit
    if unit.kind != "text" or AGENCY.match(_LIST_LABEL.sub("", unit.text, count=1)):
        return None  # the unit names its own body
    for section in _section_chain(sections, unit.start):
        found = partner_body(q, section.title)
        if found is None:
            continue
        subject = section.title[: found[1][0]]
        if not any(named_by_question(q, name) for name in bodies_named(subject)):
            return None  # the partner of another body
        cand.extra = ((section.start, min(unit.start, section.start + _HEADING_CHARS)),)
        return found[0], (0, min(len(unit.text), 40)), 0.8, unit.text, None
    return None


# "nộp hồ sơ ở đâu", "gửi báo cáo về cơ quan nào": the body a dossier or a report is lodged
# with (folded)
_ASKS_LODGING = re.compile(
    r"\b(?:nop|gui|chuyen|bao cao|phan anh)\b[^?]*\b(?:o dau|tai dau|ve dau|noi nao"
    r"|(?:den|toi|ve|tai|cho|len) (?:(?:co quan|don vi|bo|so|cuc|vu|ban|phong)\b[^?]*\bnao))\b"
)
# "Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến Trung tâm X", "gửi Bộ X",
# "báo cáo về Sở X", "phản ánh về Sở Y": the body after the verb of lodging, in its clause
_LODGING = re.compile(
    r"\b(?:nộp|gửi|chuyển|báo cáo|phản ánh)\b(?:[^.;:\n|]{0,80}?\s(?:đến|tới|về|tại|cho|lên))?\s+",
    re.IGNORECASE,
)


def lodged_body(q: Question, text: str) -> Extracted | None:
    """ "Nộp hồ sơ ở đâu?", "gửi báo cáo về cơ quan nào?": the body named right after the verb
    of lodging or the word of its direction ("gửi Bộ Dân tộc và Tôn giáo", "nộp ... đến Trung
    tâm Phục vụ Hành chính công cấp xã"), not one the question names."""
    return _first_body_at(q, text, (verb.end() for verb in _LODGING.finditer(text)))


def _first_body_at(q: Question, text: str, starts: Iterable[int]) -> Extracted | None:
    """The first body whose name opens at one of ``starts`` (where a verb's object begins) and
    that the question does not name, or None."""
    for at in starts:
        if not AGENCY.match(text, at):
            continue
        end = name_end(text, at)
        if end is None or named_by_question(q, text[at:end]):
            continue
        return tidy(text[at:end]), (at, end), 0.85, text, None
    return None


# The verb whose object the question asks ("đề nghị UBND TP Huế liên hệ bộ nào", "phản ánh về
# sở nào"), folded: the two words before the kind of body asked
_SLOT_VERB = re.compile(
    r"\b([a-z]+) ([a-z]+) (?:co quan|don vi|bo|so|cuc|ban|phong|trung tam|chi cuc|to chuc) nao\b"
)
# Words that join a verb to its object ("liên hệ với Bộ X", "phản ánh về Sở Y"), folded
_SLOT_LINKS = ("voi", "ve", "den", "toi", "cho", "len", "tai")
# What before the kind asked is no verb ("thuộc sở nào", "là cơ quan nào", "của bộ nào"), or a
# verb of charge ("giao đơn vị nào vận hành ..."), whose body the task after it ends
_NO_SLOT = frozenset({"thi", "la", "hoi", "cua", "thuoc", "va", "hay", "cac", "nhung", "giao"})


def body_of_kind_asked(q: Question, text: str) -> Extracted | None:
    """ "Trạm Kiểm lâm Lao Bảo thuộc hạt kiểm lâm nào?": the first body of that kind ``text``
    names ("Hạt Kiểm lâm Hướng Hóa") that the question does not name itself."""
    asked = OFFICE_KIND_ASKED.search(plain(q.route.folded))
    if asked is None:
        return None
    untoned = strip_diacritics(text).lower()
    if len(untoned) != len(text):
        return None
    kind = r"\s+".join(asked.group(1).split())
    for found in re.finditer(rf"\b{kind}\b", untoned):
        at = found.start()
        # a name: its kind's first word and one word of it after that capitalized ("Chi cục
        # Thuế khu vực XII", "Hạt Kiểm lâm Hướng Hóa"), not "các chi cục thuế"
        named = text[at].isupper() and any(c.isupper() for c in text[at + 1 : found.end() + 2])
        end = name_end(text, at) if named else None
        if end is not None and not named_by_question(q, text[at:end]):
            return tidy(text[at:end]), (at, end), 0.85, text, None
    return None


def slot_body(q: Question, text: str) -> Extracted | None:
    """ "... liên hệ bộ nào để được hướng dẫn?": the body ``text`` writes right after the same
    two words ("liên hệ với Bộ Nông nghiệp và Môi trường"), a word joining the verb to its object
    between them or not: the object of the verb, not the subject that acts."""
    asked = _SLOT_VERB.search(q.route.folded)
    if asked is None or asked.group(2) in _NO_SLOT or asked.group(1) in _NO_SLOT:
        return None
    untoned = strip_diacritics(text).lower()
    if len(untoned) != len(text):
        return None
    verb = rf"\b{asked.group(1)}\s+{asked.group(2)}\s+(?:(?:{'|'.join(_SLOT_LINKS)})\s+)?"
    return _first_body_at(q, text, (m.end() for m in re.finditer(verb, untoned)))


def lodges_with_body(q: Question, text: str) -> bool:
    """The question asks where something is lodged and ``text`` lodges it with a body, or the
    question asks no such thing."""
    return _ASKS_LODGING.search(q.route.folded) is None or lodged_body(q, text) is not None


_NAME_BREAK = re.compile(r"[.;|]\s|\n")


# A body named as what another belongs to ("các tổ chức ... trực thuộc Ủy ban nhân dân tỉnh"),
# not as the subject of the verb after it
_OWNER_BEFORE = re.compile(r"\bthuộc\s+$", re.IGNORECASE)
# A body named after "để" (the purpose a task serves) or "của" (the one whose proposal, report
# or request it is): not the subject of the sentence's task
_NO_SUBJECT_BEFORE = re.compile(r"\b(?:để|của)\s+$", re.IGNORECASE)


def _partners_opening(text: str, at: int) -> int | None:
    """Where "phối hợp (với)" opens the list of partners that the body at ``at`` belongs to
    ("phối hợp với các sở, ban, ngành, Ủy ban nhân dân cấp xã và ..."), None when the body
    is not listed as a partner: no "phối hợp" before it in its clause."""
    opening = None
    for verb in _PARTNERING.finditer(text, 0, at):
        opening = verb
    # a clause's end or a verb of charge between: the body opens another act ("... phối hợp
    # chặt chẽ; Sở X chủ trì")
    if opening is None or any(
        p.search(text, opening.end(), at) for p in (_CLAUSE_BREAK, _LEAD_VERB)
    ):
        return None
    return opening.start()


# A body handing a task to the one named after it ("Ủy ban nhân dân tỉnh giao cơ quan chuyên
# môn (Sở Nội vụ) chủ trì"): no name goes on past these words
_GIVES = re.compile(r"\s(?:giao|cho|để|do|và|với|ủy quyền|phân cấp)\s", re.IGNORECASE)


def _in_brackets(text: str, named: re.Match[str], body: re.Match[str], stop: int) -> bool:
    """``body`` opens a bracket (emphasis marks aside) that closes before ``stop``, right after
    the name of the body ``named`` ("Trung tâm Chuyển đổi số (Sở ...)"; not "Sở Tài chính thẩm
    định, đơn vị đầu mối (Văn phòng ...)", whose bracket names the one acting)."""
    end = name_end(text, named.end())
    return (
        end is not None
        and text[end : body.start()].strip(" *_") == "("
        and not _GIVES.search(text, named.end(), end)
        and ")" in text[body.end() : stop]
    )


def _lead_name(text: str, stop: int) -> tuple[int, str] | None:
    """The body named last before ``stop`` in ``text`` (its start and name), when what stands
    between them is its name and the manner of its task ("Văn phòng Chính phủ theo chức năng,
    nhiệm vụ được giao theo dõi": "Văn phòng Chính phủ")."""
    bodies = list(AGENCY.finditer(text, 0, stop))
    while len(bodies) > 1 and _in_brackets(text, bodies[-2], bodies[-1], stop):
        # "Trung tâm Chuyển đổi số (Sở Khoa học và Công nghệ) được giao ...": the body in
        # brackets says whose unit the one named before it is
        bodies.pop()
    if not bodies:
        return None
    partners = _partners_opening(text, bodies[-1].start())
    if partners is not None:
        # "Sở X có nhiệm vụ phối hợp với các sở, Ủy ban nhân dân cấp xã ... tổ chức kiểm
        # tra": the last body is one of the partners listed, the subject is named before them
        bodies = [b for b in bodies if b.end() <= partners]
        if not bodies:
            return None
        stop = partners
    start, kind_end = holder_start(text, bodies[-1].start()), bodies[-1].end()
    if _OWNER_BEFORE.search(text, max(0, start - 12), start):
        return None  # "các tổ chức trực thuộc Ủy ban nhân dân tỉnh ... thực hiện": the owner
    if _NO_SUBJECT_BEFORE.search(text, max(0, start - 8), start):
        # "Cung cấp ... quy trình để Trung tâm Phục vụ hành chính công niêm yết, công khai
        # thực hiện", "Trên cơ sở đề xuất của Ban Quản lý ..., tổng hợp, tham mưu": the body
        # the task serves or draws on, not the one given the task
        return None
    subject = text[start:stop]
    if _NAME_BREAK.search(subject):
        return None  # "Trung tâm X. - Cơ quan trực tiếp thực hiện": another clause's subject
    while _NAME_TAIL.search(subject):
        subject = _NAME_TAIL.sub("", subject)
    if not 3 <= len(subject) <= 90:
        return None
    # the name ends where its own words do, past the words of its kind ("Ban quản lý")
    stop_word = NAME_END.search(text, kind_end)
    past_kind = stop_word is None or stop_word.start() > kind_end
    end = name_end(text, kind_end) if past_kind else kind_end
    name = text[start:end].rstrip() if end is not None and end < start + len(subject) else subject
    return (start, name) if len(name) >= 3 else None


# A line of a named party's contact details, its label first ("(Địa chỉ: Phòng 11.05, 562
# Nguyễn Văn Cừ, ...)", "Điện thoại: ...") and its emphasis or bracket around it
_CONTACT_LINE = re.compile(
    r"[\s(*_]*(?:Địa\s+chỉ|Điện\s+thoại|ĐT|E-?mail|Fax)\s*:[\s*_]*", re.IGNORECASE
)


def _contact_line_after(corpus: Corpus, q: Question, cand: Candidate) -> Extracted | None:
    """Contact details asked of a party the unit names, given by the line after it ("Kính
    gửi: Công ty TNHH X." / "(Địa chỉ: ..., phường Bồ Đề, thành phố Hà Nội)"): that line's
    details, quoted with the unit; None when the unit writes them or no such line follows."""
    unit = cand.unit
    if not contact_unwritten(q, unit.text):
        return None
    after = corpus.next_unit(unit)
    if after is None or (label := _CONTACT_LINE.match(after.text)) is None:
        return None
    details = after.text[label.end() :].rstrip(" *_);.")
    if not details or contact_unwritten(q, details):
        return None
    cand.quote_also([(after.start, after.end)])
    return tidy(details), (0, len(unit.text)), 0.6, after.text, None


def _units_before(corpus: Corpus, unit: Unit) -> Iterator[Unit]:
    """The units of ``unit``'s document above it, nearest first."""
    ids = corpus.doc_units.get(unit.doc_id, [])
    k = bisect.bisect_left(corpus.doc_starts.get(unit.doc_id, []), unit.start)
    for i in reversed(ids[:k]):
        yield corpus.units[i]


def _units_after(corpus: Corpus, unit: Unit) -> Iterator[Unit]:
    """The units of ``unit``'s document below it, nearest first."""
    ids = corpus.doc_units.get(unit.doc_id, [])
    k = bisect.bisect_right(corpus.doc_starts.get(unit.doc_id, []), unit.start)
    for i in ids[k:]:
        yield corpus.units[i]


# A field line that closes a task's fields ("- Thời gian thực hiện: ...", "+ Thời hạn ban
# hành: ..."), folded: a body field after it belongs to another task
_TIME_FIELD = re.compile(r"^[\s\-+•*]*(?:[a-zđ]\)\s*)?(?:thoi gian|thoi han|tien do)\b[^:]{0,30}:")
_PARTNER_FIELD = re.compile(r"\bphoi hop\b")
_FIELD_UNITS = 12  # units read past a task for the fields of its part


def part_field_body(corpus: Corpus, q: Question, cand: Candidate) -> Extracted | None:
    """The body a plan gives a task in the field lines that follow it in the same part ("3. Về
    đảm bảo an toàn thông tin" / "a) Nhiệm vụ: - Triển khai ..." / "b) Cơ quan thực hiện: - Đơn
    vị chủ trì: Công an Thành phố. - Đơn vị phối hợp: ..." / "c) Thời gian thực hiện: ..."; "a)
    Nghị định ..." / "- Cơ quan chủ trì: Sở X" / "- Thời gian thực hiện: ..."): the first body
    field below the unit, in the unit's own section or in a sibling section of the part that
    holds both, before a time field closes the task's fields; the partner's field only when the
    question asks the partner. The field is quoted with the unit."""
    unit = cand.unit
    if unit.kind != "text" or _AGENCY_FIELD.match(unit.text) or _TIME_FIELD.match(fold(unit.text)):
        return None  # a field line is no task
    chain = _section_chain(corpus.sections.get(unit.doc_id, ()), unit.start)
    if not chain:
        return None
    own = chain[0]
    part = chain[1] if len(chain) > 1 else own
    asked = _ASKED_ROLE.search(q.route.folded)
    wants_partner = _ASKS_PARTNER.search(q.route.folded) is not None
    for steps, other in enumerate(_units_after(corpus, unit)):
        if steps >= _FIELD_UNITS or other.start >= part.end or other.kind != "text":
            return None
        if other.start >= own.end:
            # past the unit's own section: only a section right under the part, no deeper
            inner = _section_chain(corpus.sections.get(unit.doc_id, ()), other.start)
            if not inner or inner[0].parent not in (part.id, part.parent):
                return None
        folded = fold(other.text)
        if _TIME_FIELD.match(folded):
            return None
        field = _AGENCY_FIELD.match(other.text)
        if field is None:
            continue
        if (_PARTNER_FIELD.search(fold(field.group(0))) is not None) != wants_partner:
            continue
        found = field_agency(other.text, _field_asked(q, asked))
        if found is None:
            continue
        cand.extra = ((other.start, other.end),)
        return found[0], (0, min(len(unit.text), 40)), 0.8, unit.text, None
    return None


# A list label that opens a unit: "a)", "1.", "2.1.", "-", "+", "•"
_LIST_LABEL = re.compile(r"^\s*(?:[a-zđ]\)|\d+(?:\.\d+)*[.)]|[-+•*])\s*")
_HEADING_CHARS = 200  # at most this much of a heading is quoted
_BODY_NAME_CHARS = 80  # an answer this short may be a body's name alone


def lead_agency(
    cand: Candidate, document: str, sections: Sequence[Section] = (), title: str = ""
) -> Extracted | None:
    """ "Cơ quan nào chủ trì X?": the body named just before "chủ trì" (or "chịu trách nhiệm",
    "thực hiện", ...) in the unit — not the partner after "phối hợp với" — else, when the unit
    is a later clause run of its sentence ("...; chủ trì, phối hợp với ..."), the body that
    opens the sentence in ``document``, else the nearest section heading above (of
    ``sections``) that names a body when the unit opens with a task, not with a body of its
    own ("3. Sở Nội vụ:" / "a) Chủ trì ...", "Điều 11. Trách nhiệm của Sở X" / "1. Có trách
    nhiệm quản lý ...")."""
    unit = cand.unit
    text = unit.text
    given = _given_opening(text)
    if given is not None:
        return given
    verb = _LEAD_VERB.search(text)
    lead = _lead_name(text, verb.start()) if verb else None
    if lead is not None:
        start, name = lead
        return tidy(name), (start, start + len(name)), 0.85, text, None
    opens_line = unit.start == 0 or document[unit.start - 1] == "\n"
    if verb is not None and verb.start() <= 3 and not (opens_line and unit.kind == "text"):
        # the sentence began before the unit: its subject is the body before its own verb
        opening = max(document.rfind("\n\n", 0, unit.start), document.rfind(". ", 0, unit.start))
        before = document[opening + 1 : unit.start]
        first_verb = _LEAD_VERB.search(before)
        lead = _lead_name(before, first_verb.start()) if first_verb else None
        if lead is not None:
            start, name = lead
            at = opening + 1 + start
            cand.extra = ((at, at + len(name)),)
            return tidy(name), (verb.start(), verb.end()), 0.8, text, None
    if unit.kind != "text":
        return None
    task = _LIST_LABEL.sub("", text, count=1)
    if AGENCY.match(task):
        return None  # the unit names its own body
    chain = _section_chain(sections, unit.start)
    for section in chain:
        name = heading_body(section.title)
        if name is None:
            continue
        broken = _heading_name_going_on(document, section, name)
        if broken is not None and unit.start >= broken[1]:
            # "Điều 2. Giao Sở Công" / "Thương chủ trì, ... có trách nhiệm:" / "1. Cung cấp
            # ...": a name broken at the end of its heading's line goes on in the next line,
            # up to the verb of its task; the items below are that body's tasks
            rest, end = broken
            cand.extra = (strip_span(document, section.start, end),)
            quality = 0.8 if _LEAD_VERB.match(task) else 0.7
            return tidy(f"{name} {rest}"), (0, min(len(text), 40)), quality, text, None
        rest = _name_goes_on(text, verb)
        if rest and "\n\n" not in document[section.start : unit.start]:
            # "3. Bộ Tư lệnh" / "Thành phố chủ trì, ...": a name broken at the end of its
            # heading's line goes on in the unit, up to the verb of its task
            cand.extra = (strip_span(document, section.start, unit.start),)
            return tidy(f"{name} {rest}"), (0, verb.start()), 0.85, text, None
        if "\n\n" not in document[section.start : unit.start] and not _item_below(
            chain, section, unit
        ):
            # the unit is in the paragraph of this section's own heading: it goes on with the
            # heading's sentence, or with the next one, only when the heading gives its body a
            # task ("1. Sở Nội vụ chịu trách nhiệm về ... Tham mưu ...", "Điều 2. Giao Sở Y tế
            # chủ trì, phối hợp với các đơn vị: Văn phòng" / "UBND tỉnh ... công khai ...")
            # ("Điều 2. Thống đốc X tiếp thu ... Luật Y" / "(sửa đổi), ..., thay mặt Chính phủ
            # ký ...": the unit goes on with the heading's own sentence, whose subject it is)
            named_at = section.title.find(name)
            title = section.title.rstrip(" *_")
            goes_on = (
                named_at >= 0
                and len(title) > named_at + len(name) + 1  # the heading says more than a name
                and not title.endswith((".", ":", ";"))
                and not _LIST_LABEL.match(text)
            )
            if not goes_on and (
                named_at < 0 or not _LEAD_VERB.search(section.title, named_at + len(name))
            ):
                continue
        paragraph = document.find("\n\n", section.start, unit.start)
        # the heading alone, up to its first item ("1. Trách nhiệm của Sở Tài chính" / "a) ...")
        first_item = min((s.start for s in sections if s.parent == section.id), default=unit.start)
        end = min(unit.start, first_item, section.start + _HEADING_CHARS)
        cand.extra = (strip_span(document, section.start, paragraph if paragraph > 0 else end),)
        quality = 0.8 if _LEAD_VERB.match(task) else 0.7
        return tidy(name), (0, min(len(text), 40)), quality, text, None
    own = _own_body(title, document)
    if own is not None:
        # "Quy định chức năng, nhiệm vụ ... của Sở Tư pháp" / "b) Chủ trì xây dựng Đề án ...;
        # tiếp nhận, thẩm định hồ sơ ...": the tasks a document sets out are its body's
        cand.extra = (own,)
        return tidy(document[own[0] : own[1]]), (0, min(len(text), 40)), 0.7, text, None
    return None


def _given_opening(text: str) -> Extracted | None:
    """ "2. Giao Thường trực Hội đồng nhân dân, các Ban của ... giám sát việc thực hiện Nghị
    quyết": a sentence that opens with the verb of charge gives its task to the body named
    right after it, whatever bodies its list names later, before the task's verb."""
    label = _LIST_LABEL.match(text)
    opening = _ASSIGNING.match(text, label.end() if label else 0)
    if opening is None:
        return None
    found = assigned_body(text)
    if found is None or found[1][0] != opening.end():
        return None
    return found[0], found[1], 0.85, text, None


def _item_below(chain: Sequence[Section], section: Section, unit: Unit) -> bool:
    """Whether ``unit`` opens an item of ``section`` ("1. Trách nhiệm của Sở Tài chính" / "c)
    Chủ trì, phối hợp ..."): a section nested in it starts where the unit does, its label the
    unit's own, so the unit is one of the tasks listed under the heading, not the heading's
    sentence going on (a document may write its items with no blank line between them)."""
    return (
        any(
            inner.level > section.level and inner.start <= unit.start < inner.start + 8
            for inner in chain
        )
        and _LIST_LABEL.match(unit.text) is not None
    )


# The title of a document that sets out one body's tasks ("Quy định chức năng, nhiệm vụ, quyền
# hạn và cơ cấu tổ chức của Sở Tư pháp"), folded: the body's name after "của"
# ("... thuộc phạm vi chức năng quản lý của Bộ X": procedures in the body's domain, not its tasks)
_OWN_BODY_TITLE = re.compile(
    r"(?<!pham vi )\b(?:chuc nang,? nhiem vu|nhiem vu,? quyen han)\b.*?\bcua ([^,;()]{4,80})$"
)


@lru_cache(maxsize=256)
def _own_body_pattern(title: str) -> re.Pattern[str] | None:
    """The name of the body a title gives the tasks of, as a pattern of its words (the title
    may write it in capitals, the text as a name), or None."""
    words = title.split()
    folded = fold(" ".join(words))
    found = _OWN_BODY_TITLE.search(folded)
    if found is None or len(folded) != len(" ".join(words)):
        return None
    name = " ".join(words)[found.start(1) : found.end(1)].split()
    return re.compile(r"\s+".join(re.escape(w) for w in name), re.IGNORECASE)


@lru_cache(maxsize=256)
def _own_body(title: str, document: str) -> tuple[int, int] | None:
    """Where the document first writes, as a name, the body its title gives the tasks of (one
    scan of the document, not one per candidate)."""
    pattern = _own_body_pattern(title) if title else None
    if pattern is None:
        return None
    for written in pattern.finditer(document):
        if AGENCY.match(document, written.start()) and not written.group().isupper():
            return written.start(), written.end()
    return None


_NAME_GOING_ON = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+){0,4}\s*$")
_NEXT_LINE_CHARS = 120  # the line after a heading read for the rest of its body's name
_HEADING_LABEL_CHARS = 40  # "**Điều 2. **" and the blanks before a heading's title


def _heading_name_going_on(document: str, section: Section, name: str) -> tuple[str, int] | None:
    """When a section's heading ends with a body's name broken at the end of its line ("Điều
    2. Giao Sở Công" / "Thương chủ trì, phối hợp ..."), the rest of the name the next line
    opens with, up to the verb of its task, and where that verb ends in ``document``; else
    None."""
    title = section.title.rstrip(" *_")
    if not title.endswith(name):
        return None
    at = document.find(title, section.start, section.start + len(title) + _HEADING_LABEL_CHARS)
    if at < 0:
        return None
    line_end = at + len(title)
    following = document[line_end : line_end + _NEXT_LINE_CHARS]
    opening = len(following) - len(following.lstrip())
    if not following.startswith("\n") or "\n\n" in following[:opening]:
        return None  # a new paragraph opens with a name of its own, no rest of the heading's
    following = following.lstrip()
    verb = _LEAD_VERB.search(following)
    rest = _name_goes_on(following, verb)
    if not rest or verb is None:
        return None
    return rest, line_end + opening + verb.end()


def _name_goes_on(text: str, verb: re.Match[str] | None) -> str:
    """The words that open ``text`` before the verb of its task when they read as the rest of
    a name ("Thành phố chủ trì": "Thành phố"; capitalized, no punctuation, at most five
    words), else ""."""
    if verb is None or not 0 < verb.start() <= 40:
        return ""
    head = text[: verb.start()]
    return head.strip() if head[0].isupper() and _NAME_GOING_ON.match(head) else ""


# Items of a list read back to the sentence that opens it, and the items after a bare lead-in
# read with its leader (one bound: a second definition of 6 for the latter was rebound to 12)
_LIST_ITEMS = 12
_LABEL_CHARS = 8  # "2.1.3. " and the blanks around it


def _list_lead_recipient(corpus: Corpus, cand: Candidate) -> Extracted | None:
    """The body a list item's task is given to by the sentence that opens its list ("Ủy ban
    nhân dân tỉnh phân cấp cho Ủy ban nhân dân cấp xã quyết định ... như sau:" / "b) Hỗ trợ ổn
    định đời sống ..."): that sentence, quoted with the item, names it."""
    unit = cand.unit
    document = corpus.texts[unit.doc_id]

    def listed(item: Unit) -> bool:  # the document's text, not the unit's: it keeps the label
        return _LIST_LABEL.match(document[item.start : item.start + _LABEL_CHARS]) is not None

    if unit.kind != "text" or not listed(unit):
        return None
    for steps, before in enumerate(_units_before(corpus, unit)):
        if steps >= _LIST_ITEMS or before.kind != "text":
            return None
        if listed(before):
            continue  # an earlier item of the same list
        if not unit.section.startswith(before.section):
            return None  # an item may be a section of its own, inside the lead's
        if not before.text.rstrip(" *_").endswith(":"):
            return None
        found = assigned_body(before.text)
        if found is None:
            return None
        cand.extra = ((before.start, before.end),)
        name = found[0]
        return name, (0, min(len(unit.text), 40)), found[2] * 0.9, unit.text, None
    return None


def _body_at(text: str, at: int) -> str:
    """The body's name that starts at ``at`` (to the end of its clause when it runs long)."""
    end = name_end(text, at)
    return text[at:end] if end is not None else text[at : at + 90]


def entity_answer(corpus: Corpus, q: Question, cand: Candidate) -> Extracted | None:
    """ "Phòng nào chủ trì ...?": the body named in the unit, or heading the unit's section
    when the unit leaves its subject out ("4. Phòng Tư pháp" / "- Chủ trì tham mưu ...")."""
    unit = cand.unit
    text = unit.text
    if unit.heading_span is not None and unit.kind == "text":
        hs, he = unit.heading_span
        heading = unit.heading_title
        if (
            AGENCY.match(heading)
            and not AGENCY.search(text[:40])
            and not named_by_question(q, heading_body(heading) or heading)
        ):
            focus = densest(q, text)
            a, b = clause_window(text, focus, q.weights, q.toned, MAX_ANSWER_CHARS - 60)
            cand.extra = ((hs, he),)
            # a heading that is a body's name ("4. Phòng Tư pháp") heads the body's tasks; one
            # that is a sentence opening with a body ("2. Ủy ban nhân dân cấp xã được phân cấp
            # ...") says one thing of it
            quality = 0.8 if _body_named_whole(heading) else 0.65
            return tidy(f"{heading}: {text[a:b]}"), focus, quality, text[a:b], None
    found = [m for m in body_matches(text) if not _named_in_question(q, _body_at(text, m.start()))]
    if not found:
        return _article_body_heading(corpus, q, cand)
    # the body the question's own words are said of ("Sở Y tế ban hành tiêu chuẩn, định mức",
    # "phản ánh kịp thời về Sở X") is the answer sooner than another one the unit names
    fits = {m.start(): _relation_fit(q, text, m.start(), m.end()) for m in found}
    # a body standing where the question puts the one it asks ("phân cấp ... cho cơ quan nào"
    # / "... của Ủy ban nhân dân thành phố cho Sở Nông nghiệp và Môi trường") is that one,
    # however many of the question's words stand nearer another
    fitting = [m for m in found if fits[m.start()] == 1.0 and _fills_slot(q, text, *m.span())]
    echo, best = max(
        ((_adjacent_echo(q, text, m.start(), m.end()), m) for m in fitting or found),
        key=lambda item: (
            (fits[item[1].start()] or 0.0)
            + item[0]
            + local_gain(q, text, item[1].start(), item[1].end(), 50)
        ),
    )
    in_clause = _body_of_asked_clause(q, text, found, fits)
    if in_clause is not None and in_clause is not best:
        best, echo = in_clause, _adjacent_echo(q, text, in_clause.start(), in_clause.end())
    slot = _fills_slot(q, text, best.start(), best.end())
    quality = min(0.85, 0.7 + 0.1 * (echo + slot))
    if fits[best.start()] == 0.0:
        quality *= _OTHER_RELATION
    elif fits[best.start()] == 1.0:
        # the body in the asked role is the answer itself ("thuộc Sở Văn hóa, Thể thao và Du
        # lịch"), not the clause around it, with the position of its head written before it
        end = name_end(text, best.start())
        if end is not None:
            start = holder_start(text, best.start())
            return tidy(text[start:end]), (start, end), quality, text, None
    return window_answer(q, unit, (best.start(), best.end()), quality)


_BODY_HEADING_SHARE = 0.6  # of a heading, at least, its body's name is when it is that name


def _body_named_whole(heading: str) -> str | None:
    """The body a heading is the name of ("4. Phòng Tư pháp", "Điều 2. Sở Giáo dục và Đào
    tạo"), not a sentence opening with one ("2. Ủy ban nhân dân cấp xã được phân cấp ..."); or
    None."""
    name = heading_body(heading)
    if not name or len(name) < _BODY_HEADING_SHARE * len(heading.strip(" *_:.")):
        return None
    return name


def _article_body_heading(corpus: Corpus, q: Question, cand: Candidate) -> Extracted | None:
    """A task of a list that names no body, under an article or a part whose heading is a
    body's name ("Điều 2. Sở Giáo dục và Đào tạo" / "1. Quyết định việc nâng bậc lương ..."):
    that body, the heading quoted with the unit."""
    unit = cand.unit
    if unit.kind != "text":
        return None
    for section in _section_chain(corpus.sections.get(unit.doc_id, ()), unit.start):
        name = _body_named_whole(section.title)
        if not name or named_by_question(q, name):
            continue
        cand.extra = ((section.start, min(unit.start, section.start + _HEADING_CHARS)),)
        return tidy(name), (0, min(len(unit.text), 40)), 0.8, unit.text, None
    return None


def _body_of_asked_clause(
    q: Question, text: str, found: Sequence[re.Match[str]], fits: Mapping[int, float | None]
) -> re.Match[str] | None:
    """Of the bodies the asked act is said of in clauses of their own ("Sở Y tế ... quyết định
    ... đối với các cơ quan ... thuộc phạm vi quản lý; Ủy ban nhân dân cấp xã quyết định ...
    đối với các đơn vị dự toán ngân sách cấp xã"), the one whose clause holds most of the
    question's words (the case it names: "cho các đơn vị dự toán ngân sách cấp xã"); None
    when they share one clause or no clause holds more of them than every other."""
    fitting = [m for m in found if fits[m.start()] == 1.0]
    clauses = {m.start(): clause_bounds(text, m.start(), m.end()) for m in fitting}
    if len(set(clauses.values())) < 2:
        return None
    gains = sorted(
        ((local_gain(q, text, *clauses[m.start()], 0), m) for m in fitting),
        key=lambda item: item[0],
        reverse=True,
    )
    # a clause the question's words single out; none when two hold as many of them
    return gains[0][1] if gains[0][0] > gains[1][0] else None


# "(cơ quan nào / ai) được giao trực tiếp quản lý ...", "ai (có thẩm quyền) quyết định thành
# lập ...": the task given or decided is the role asked (folded)
_GIVEN = (
    r"(?: duoc (?:giao|phan cong|uy quyen|phan cap)(?: cho)?"
    r"| (?:co tham quyen )?quyet dinh(?= \w))?"
)
# The role the question asks the body in: the words right after "cơ quan nào" ("cơ quan nào
# chủ trì tham mưu ...": "chủ trì"), or the word right before it ("trực thuộc cơ quan nào").
# A body asked by its kind: "cơ quan nào", "sở nào", "đơn vị nào" (folded)
_BODY_KIND_ASKED = r"(?:co quan|don vi|so|bo|ban|phong|cap|trung tam|chi cuc|cuc|to chuc) nao"
_ASKED_ROLE = re.compile(rf"\b{_BODY_KIND_ASKED}\b{_GIVEN}((?: \w+){{0,5}})")
_OTHER_RELATION = 0.75  # a body said to do another thing than the question asks
_SAID_ROLE = 0.95  # the most a body given the asked task is worth (a field's cell is 0.85)
# "cơ quan nào được/là/có ...": the words after the body asked are no task of it
_NO_ROLE_WORDS = frozenset({"duoc", "la", "co", "cua", "thi", "se", "phai"})


# "ai quyết định lập tổ công tác", "ai làm chủ đầu tư": the words after "ai" say what the one
# asked for does (not "ai được giao", "ai là": _NO_ROLE_WORDS)
_ASKED_PERSON_ROLE = re.compile(rf"\bai\b{_GIVEN}((?: \w+){{0,5}})")
_ROLE_WORDS = 3
# "đơn vị nào trực tiếp quản trị, vận hành ...": the manner of the task, not the task; "cơ
# quan nào giữ vai trò thường trực ...": the role is the noun after "vai trò" (folded)
_ROLE_MANNER = (("truc", "tiep"), ("giu", "vai", "tro"), ("dong", "vai", "tro"))
# "cơ quan nào là đầu mối ...": a role named by its noun after "là" (folded), said of the body
# as "làm đầu mối" or "là đầu mối" alike — unlike "là" before anything else ("là cơ quan gì")
_ROLE_NOUNS = (("dau", "moi"), ("thuong", "truc"), ("chu", "dau", "tu"), ("chu", "tri"))
# The kind of body written between "là" and the role noun ("là cơ quan thường trực"), folded
_BODY_KINDS = frozenset({("co", "quan"), ("don", "vi"), ("bo", "phan")})


def asked_role(q: Question) -> frozenset[tuple[str, str]]:
    """The word pairs of the verb the question asks the body of ("chu tri", "thuc hien")."""
    words = _asked_role_words(q)
    return frozenset(zip(words, words[1:], strict=False))


def _asked_role_words(q: Question, *, person: bool = True) -> list[str]:
    """The words of the verb the question asks the body of: after "cơ quan nào" (or "ai", with
    ``person``), or, for a choice of two bodies ("do A hay B tiếp nhận hồ sơ?"), after the
    bodies offered."""
    folded = q.route.folded
    asked = _ASKED_ROLE.search(folded) or (_ASKED_PERSON_ROLE.search(folded) if person else None)
    if asked is not None:
        return _role_words(asked.group(1))
    return _role_words(" ".join(TOKEN.findall(offered_act(folded))))


def _role_words(asked: str) -> list[str]:
    """The words of the verb after the body asked ("chu tri ..."), none after "được", "là", ..."""
    words = asked.split()
    for manner in _ROLE_MANNER:
        if tuple(words[: len(manner)]) == manner and len(words) > len(manner):
            words = words[len(manner) :]
            break
    if words[:1] == ["la"]:
        # "là cơ quan thường trực ...", "là đơn vị đầu mối": the body's kind before the noun
        kind = 3 if tuple(words[1:3]) in _BODY_KINDS else 1
        if any(tuple(words[kind : kind + len(n)]) == n for n in _ROLE_NOUNS):
            words = words[kind:]
    return [] if words and words[0] in _NO_ROLE_WORDS else words[:_ROLE_WORDS]


def _subject_of_role(q: Question, text: str) -> Extracted | None:
    """ "giao bộ nào nghiên cứu, xử lý ...": the body that is the subject of the task asked,
    when the sentence gives it with no verb of charge ("Bộ Nội vụ theo chức năng nhiệm vụ được
    giao khẩn trương nghiên cứu, xử lý ..."), its name and the manner of the task between."""
    # ("ai tiếp nhận hồ sơ": a person asked may be one a body's unit names by post, not the body)
    words = _asked_role_words(q, person=False)
    if len(words) < 2:
        return None
    untoned = strip_diacritics(text).lower()  # same length as the NFC text of a unit
    if len(untoned) != len(text):
        return None
    # of the bodies the asked verb is said of ("Cán bộ ... tiếp nhận và chuyển ...; Sở Nội vụ
    # tiếp nhận hồ sơ, thẩm định ..."), the one whose act goes on with more of the asked words
    best: tuple[int, int, str] | None = None
    for said in _role_pattern(tuple(words)).finditer(untoned):
        lead = _lead_name(text, said.start())
        if lead is None or named_by_question(q, lead[1]):
            continue
        reach = sum(1 for group in said.groups() if group is not None)
        if best is None or reach > best[0]:
            best = (reach, *lead)
    if best is None:
        return None
    _, start, name = best
    return tidy(name), (start, start + len(name)), 0.8, text, None


@lru_cache(maxsize=256)
def _role_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """The asked verb's first two words in folded text, and each further word of the asked
    role that goes on right after them (a group each, None where the act turns elsewhere)."""
    further = "".join(rf"(?:\W+({re.escape(w)})\b" for w in words[2:]) + ")?" * len(words[2:])
    return re.compile(rf"\b{re.escape(words[0])}\W+{re.escape(words[1])}\b{further}")


# The agent of a passive task, lower-case or named ("do cơ quan nội vụ địa phương xác định", "do
# bộ, ngành xác định", "do Ủy ban nhân dân cấp tỉnh quy định"), folded: a body by its kind
_AGENT_KIND = re.compile(
    r"(?:co quan|nguoi dung dau|thu truong|chu tich|bo, nganh|bo|so|uy ban|ubnd|hoi dong"
    r"|don vi|to chuc|cap)\b"
)
_AGENT_WORDS = 12  # words of the agent's name between "do" and the task's verb
_AGENT_RADIUS = 80  # characters before the agent read for the case it is named for


def _passive_agent(q: Question, text: str) -> Extracted | None:
    """ "cơ quan nào xác định số lao động ...": the body after "do" whose verb right after its
    name is the task asked ("... doanh nghiệp thuộc Ủy ban nhân dân địa phương quản lý do cơ
    quan nội vụ địa phương xác định; ... thuộc bộ, ngành trung ương quản lý do bộ, ngành xác
    định"); of several, the one whose case shares most of the question's words."""
    words = _asked_role_words(q)
    if not words:
        return None
    verb = r"\W+".join(words[:2])
    untoned = strip_diacritics(text).lower()  # same length as the NFC text of a unit
    if len(untoned) != len(text):
        return None
    agent = re.compile(rf"\bdo ((?:[^\W\d]+,? ){{1,{_AGENT_WORDS}}}?){verb}\b")
    best: tuple[float, int, int] | None = None
    for found in agent.finditer(untoned):
        start, end = found.start(1), found.end(1)
        name = text[start:end].strip(" ,")
        if not _AGENT_KIND.match(untoned, start) or _named_in_question(q, name):
            continue
        fit = local_gain(q, text, max(0, start - _AGENT_RADIUS), start, 0)
        if best is None or fit > best[0]:
            best = (fit, start, start + len(name))
    if best is None:
        return None
    _, start, end = best
    return tidy(text[start:end]), (start, end), 0.8, text, None


def _role_said_of_another(q: Question, lead: Extracted, text: str) -> bool:
    """The body found before a verb of charge is not the one the asked role is said of: the
    role is written in the unit, not right after that body's name ("do Chủ tịch ... giao hoặc
    Hội đồng nhân dân tỉnh có yêu cầu thực hiện ..., gửi Sở Tài chính tổng hợp vào kế hoạch"
    for "gửi sở nào tổng hợp vào kế hoạch")."""
    role = asked_role(q)
    if not role or not _said_in(role, text):
        return False
    end = lead[1][1]
    if lead[3] is not text or not 0 < end <= len(text):
        return False  # a name read from a heading or a line above
    stop = NAME_END.search(text, end)
    after = stop.start() if stop else end
    return not _said_in(role, _words_after(text, after))


_PARTNER_BEFORE = re.compile(f"{_PARTNERING.pattern}$", re.IGNORECASE)  # ending at the body


def _partner_at(text: str, at: int) -> bool:
    """The body at ``at`` is the partner of another one's task ("Bộ Quốc phòng chủ trì, phối
    hợp với Bộ Công an thẩm định ...": "Bộ Công an"), not the subject of the act after it."""
    return _PARTNER_BEFORE.search(text, max(0, at - 20), at) is not None


_CLAUSE_BREAK = re.compile(r";|\.\s")
_ROLE_REACH = 80  # characters after a body's name (or opening its unit) that say its task


def _role_far_from_body(
    role: frozenset[tuple[str, str]],
    lead: Extracted,
    text: str,
    extra: Sequence[tuple[int, int]],
    document: str,
) -> bool:
    """The role asked is written neither in the words after the body's name, nor where the unit
    opens, nor in the heading quoted with it ("Trong thời gian ... tiếp xúc cử tri, UBND cấp xã
    có trách nhiệm cử đại diện ... tham gia Hội nghị ..., trực tiếp giải quyết ... hoặc tiếp
    nhận để chỉ đạo" for "cơ quan nào tiếp nhận, phân loại kiến nghị"): the asked verb is said
    of another act than the task the body is given."""
    if _said_in(role, text[:_ROLE_REACH]) or any(_said_in(role, document[a:b]) for a, b in extra):
        return False
    start, end = lead[1]
    named_here = lead[3] is text and 0 <= start < end <= len(text) and text[start:end] == lead[0]
    return not (named_here and _said_in(role, text[end : end + _ROLE_REACH]))


def _role_of_another_task(q: Question, role: frozenset[tuple[str, str]], text: str) -> bool:
    """The unit gives its body the role asked ("chủ trì") in one clause and says the question's
    case in another ("c) Chủ trì ... quy định hạn mức đất giao ...; kiểm tra việc chấp hành
    pháp luật ..." for "khi cần thanh tra việc chấp hành pháp luật ... cơ quan nào chủ trì"):
    another clause holds as much of the question's words as the role's own."""
    untoned = strip_diacritics(text).lower()
    if len(untoned) != len(text):
        return False
    at = min(
        (m.start() for a, b in role for m in [re.search(rf"\b{a}\W+{b}\b", untoned)] if m),
        default=None,
    )
    if at is None:
        return False
    bounds = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(text)), len(text)]
    clauses = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
    if len(clauses) < 2:
        return False
    own = next((a, b) for a, b in clauses if a <= at < b)
    own_share = text_share(q, text[own[0] : own[1]])
    return any(text_share(q, text[a:b]) >= own_share for a, b in clauses if (a, b) != own)


# The body asked and what the question says it does: "cơ quan nào chịu trách nhiệm thẩm định
# chương trình ...", "ai phê duyệt danh mục ..." (folded)
_ASKED_TASK = re.compile(rf"\b(?:{_BODY_KIND_ASKED}|ai)\b{_GIVEN}((?: \w+){{2,8}})")
# Verbs of charge, said of any task ("chủ trì, phối hợp ... triển khai"), folded: the task's
# own act comes after them
_CHARGE = re.compile(
    r"^(?:(?:chiu |co )?trach nhiem|chu tri|phoi hop|thuc hien|to chuc|trien khai|tham muu"
    r"|huong dan|theo doi|don doc|va|voi|cho)\b\s*"
)
_OBJECT_FILLER = frozenset({"cac", "nhung", "viec", "moi", "toan", "bo"})
_ACT_WORDS = 5  # the words after the body asked that say its act, before what it is done to


@lru_cache(maxsize=256)
def _asked_task(folded: str) -> tuple[str, ...]:
    """The words after the body asked (:data:`_ASKED_TASK`), none when no body is asked; read
    once per question, not once per unit weighed."""
    asked = _ASKED_TASK.search(folded)
    return tuple(asked.group(1).split()) if asked else ()


def _act_on_another_object(q: Question, text: str) -> bool:
    """The sentence does the question's act to another thing: "Giám đốc Học viện ... tổ chức
    thẩm định tài liệu bồi dưỡng" for "cơ quan nào chịu trách nhiệm thẩm định chương trình bồi
    dưỡng". The act is the word pair after the verbs of charge (:data:`_CHARGE`) that follow
    the body asked, its object the word pair after it; the sentence writes the act with another
    word pair right after it and the object nowhere."""
    task = " ".join(_asked_task(q.route.folded))
    if not task:
        return False
    while (charge := _CHARGE.match(task)) and charge.end() > 0:
        task = task[charge.end() :]
    words = [w for w in task.split() if w not in _OBJECT_FILLER]
    if len(words) < 4:
        return False
    act, wanted = (words[0], words[1]), (words[2], words[3])
    tokens = [t for t in TOKEN.findall(fold(text)) if t not in _OBJECT_FILLER]
    pairs = list(zip(tokens, tokens[1:], strict=False))
    if wanted in pairs:
        return False
    return any(
        pair == act and j + 2 < len(pairs) and pairs[j + 2][0][0].isalpha()
        for j, pair in enumerate(pairs)
    )


def _says_task(corpus: Corpus, q: Question, cand: Candidate) -> bool:
    """The unit, or a heading quoted with it, writes a word pair of the task the question asks
    the body of, or the question writes none ("cơ quan nào chủ trì thẩm định ...": "chủ trì"
    or "thẩm định")."""
    words = _asked_task(q.route.folded)[:_ACT_WORDS]
    if not words or cand.unit.kind == "row":
        return True  # a row's task is its column's header ("Cơ quan thực hiện")
    pairs = frozenset(zip(words, words[1:], strict=False))
    text = corpus.texts[cand.unit.doc_id]
    return _said_in(pairs, cand.unit.text) or any(_said_in(pairs, text[a:b]) for a, b in cand.extra)


def _heading_going_on(corpus: Corpus, unit: Unit) -> str:
    """The heading line of the item ``unit`` opens the body of, when the unit goes on with its
    sentence ("1. Là cơ quan thường trực" / "Ban biên tập Cổng TTĐT tỉnh, giúp ..."): no
    punctuation closes the heading and no blank line parts them; else ""."""
    if unit.heading_span is None or unit.kind != "text":
        return ""
    end = unit.heading_span[1]
    if unit.start < end or "\n\n" in corpus.texts[unit.doc_id][end : unit.start]:
        return ""
    title = unit.heading_title.rstrip(" *_")
    return "" if title.endswith((".", ":", ";")) else title


def _quoted_with(corpus: Corpus, cand: Candidate) -> str:
    """The text of the spans quoted with the candidate's unit (its list's lead-in, the heading
    of the part it stands in)."""
    text = corpus.texts[cand.unit.doc_id]
    return " ".join(text[a:b] for a, b in cand.extra)


def _said_in(pairs: frozenset[tuple[str, str]], text: str) -> bool:
    return bool(pairs & act_pairs(fold(text)))


# "giám sát việc triển khai ...", "kiểm tra việc thực hiện ...": an act written after "việc" is
# the object of another verb, not an act the body named before it does (folded)
_NOMINALIZER = "viec"


def _done_in(pairs: frozenset[tuple[str, str]], text: str) -> bool:
    """Like :func:`_said_in`, but a word pair right after "việc" is not counted: "Giao Thường
    trực Hội đồng nhân dân ... giám sát việc triển khai thực hiện Nghị quyết" does not give
    that body "triển khai", it gives it "giám sát"."""
    tokens = TOKEN.findall(fold(text))
    nominal = False  # within an act that opens after "việc" ("việc triển khai thực hiện")
    for i, pair in enumerate(zip(tokens, tokens[1:], strict=False)):
        if pair not in pairs:
            nominal = False
            continue
        nominal = nominal or (i > 0 and tokens[i - 1] == _NOMINALIZER)
        if not nominal:
            return True
    return False


def _relation_fit(q: Question, text: str, a: int, b: int) -> float | None:
    """1 when the body at ``text[a:b]`` stands in the role the question asks for (the same word
    before it, the asked verb right after its name), 0 when it stands in another, None when
    the question names no role."""
    role = asked_role(q)
    slot = _ASKED_BODY.search(q.route.folded)
    has_slot = slot is not None and slot.group(1) not in ("thi", "la", "hoi")
    if not role and not has_slot:
        return None
    if has_slot and _fills_slot(q, text, a, b):
        return 1.0
    end = NAME_END.search(text, b)
    after = end.start() if end else b
    if role and _said_in(role, _words_after(text, after)):
        return 1.0
    before = text[max(0, a - _ADJACENT_CHARS) : a]
    if role and _OF_BODY.search(before) and _said_in(role, _CLAUSE_START.split(before)[-1]):
        return 1.0  # "ý kiến thẩm định của Sở Tư pháp": the act named, and "của" the body
    return 0.0


# "(ý kiến) thẩm định của Sở Tư pháp", "đề nghị của Sở Nội vụ": the act a body does, as a noun
# before it
_OF_BODY = re.compile(r"\bcủa\s+$")
_CLAUSE_START = re.compile(r"[;.:]")


# The body a question asks for and the word right before it ("phản ánh về sở nào": "về")
_ASKED_BODY = re.compile(
    r"(\w+) (?:co quan|don vi|so|bo|ban|phong|cap|trung tam|chi cuc|cuc|to chuc) nao\b"
)


def _fills_slot(q: Question, text: str, a: int, b: int) -> float:
    """1 when the body at ``text[a:b]`` stands where the question puts the body it asks for:
    after the same word ("phản ánh về sở nào" / "phản ánh kịp thời về Sở X")."""
    asked = _ASKED_BODY.search(q.route.folded)
    if asked is None or asked.group(1) in ("thi", "la", "hoi"):
        return 0.0
    before = fold(text[max(0, a - 12) : a]).split()
    return 1.0 if before and before[-1] == asked.group(1) else 0.0


_ADJACENT_CHARS = 40


def _words_after(text: str, at: int, chars: int = _ADJACENT_CHARS) -> str:
    """The ``chars`` characters after ``at``, cut at the end of their clause: a verb past a
    ";" or a sentence's end is another clause's act ("trình Ủy ban nhân dân tỉnh phê duyệt;
    tiếp nhận, thẩm định hồ sơ": "tiếp nhận" is not said of "Ủy ban nhân dân tỉnh")."""
    window = text[at : at + chars]
    stop = _CLAUSE_BREAK.search(window)
    return window[: stop.start()] if stop else window


def _adjacent_echo(q: Question, text: str, a: int, b: int) -> float:
    """Share of the question's word pairs (up to 4) written right before or right after the
    body named at ``text[a:b]``."""
    if not q.all_bigrams:
        return 0.0
    need = min(4, len(q.all_bigrams))

    def pairs(segment: str) -> float:
        tokens = TOKEN.findall(key(segment, q.toned))
        found = set(zip(tokens, tokens[1:], strict=False)) & q.all_bigrams
        return min(1.0, len(found) / need)

    end = NAME_END.search(text, b)
    after = end.start() if end else b
    before = text[max(0, a - _ADJACENT_CHARS) : a]
    return max(pairs(before), pairs(text[after : after + _ADJACENT_CHARS]))


_LONG_CELL = 200  # a cell this long is prose: several clauses, each with its own value


_CELL_SEPARATOR = " | "  # between the cells of a table row's text


def cell_around(text: str, focus: tuple[int, int]) -> tuple[int, int]:
    """The span of the cell of a table row's ``text`` that holds ``focus``."""
    start = text.rfind(_CELL_SEPARATOR, 0, focus[0])
    end = text.find(_CELL_SEPARATOR, focus[1])
    return (
        0 if start < 0 else start + len(_CELL_SEPARATOR),
        len(text) if end < 0 else end,
    )


def window_answer(
    q: Question,
    unit: Unit,
    focus: tuple[int, int],
    quality: float,
    *,
    in_cell: bool = False,
    unlabelled: bool = False,
) -> Extracted:
    """The clause window around ``focus`` (a table row: its label and value cells; with
    ``in_cell``, its label and the clause of a long cell that holds ``focus``: "- Trường hợp
    2: ... nhóm III tối đa là 36 ngày" of a cell that gives each case its time limit; with
    ``unlabelled`` too, a row whose first cell states figures, the clause alone)."""
    if unit.kind == "row":
        text = unit.text
        start, end = cell_around(text, focus)
        if in_cell and (end - start > _LONG_CELL or unlabelled):
            a, b = clause_window(text, focus, q.weights, q.toned)
            a, b = max(a, start), min(b, end)
            # a row of no label column: the clause holding the value says what it is
            label = "" if unlabelled else name_cell(unit)
            if len(label) > _LONG_CELL:  # prose too, no name: the clause alone
                label = ""
            room = MAX_ANSWER_CHARS - (b - a) - 2
            if len(label) > room:
                cut = label.rfind(" ", 0, max(10, room - 1))
                label = label[: cut if cut > 0 else max(0, room - 1)] + "…"
            answer = tidy(_labelled(label, text[a:b]) if label.strip("…") else text[a:b])
            return answer, focus, quality, None, None
        answer = row_answer(unit, focus)
        return answer, focus, quality, None, None
    a, b = clause_window(unit.text, focus, q.weights, q.toned)
    return tidy(unit.text[a:b]), focus, quality, unit.text[a:b], None


def row_answer(unit: Unit, focus: tuple[int, int], limit: int = MAX_ANSWER_CHARS) -> str:
    """ "<row label>: <value cells>" of a table row, within ``limit`` characters (its label
    cut)."""
    cells = labelled_cells(unit)
    if not cells:
        return tidy(unit.text)
    label, rest = cells[0], cells[1:]
    focus_text = unit.text[focus[0] : focus[1]]
    values = [c for c in rest if _NUMBER.search(c) or focus_text and focus_text in c]
    others = [c for c in rest if c not in values and len(c) <= 24]
    tail = " ".join(values + [o for o in others if o not in ("%",)]) or " ".join(rest)
    held = [c for c in rest if focus_text and focus_text in c]
    if len(tail) > limit // 2 and held:
        # a long record (a procedure's row: address, fees, legal basis): the cell of the value,
        # under the row's name rather than its code
        label, tail = name_cell(unit) or label, held[0]
    room = limit - len(tail) - 2
    if len(label) > room:
        cut = label.rfind(" ", 0, max(10, room - 1))
        label = label[: cut if cut > 0 else room - 1] + "…"
    return tidy(_labelled(label, tail) if tail else label)


def echo_run(q: Question, text: str, a: int) -> int:
    """How many words right before position ``a`` repeat the question's words in order
    ("đang giải quyết 47" answers "đang giải quyết bao nhiêu": 3)."""
    tokens = [t for t in TOKEN.findall(key(text[max(0, a - 60) : a], q.toned)) if t[0].isalpha()]
    if not tokens or tokens[-1] not in q.all_tokens:
        return 0
    run = 1
    while run < len(tokens) and (tokens[-run - 1], tokens[-run]) in q.all_bigrams:
        run += 1
    return run


# (a footnote's mark, "địa phương[3] chưa gửi", ends nothing: the phrase goes on past it)
_PHRASE_END = re.compile(r"[,;.()]|\s(?:và|hoặc|trong đó|gồm)\s|(?<![\[\d])\d(?!\d*\])")


# The word a value is counted in, right after it (past the other end of a range: "200-400mm",
# and past the bold marks closing the value: "**20** thủ tục")
_VALUE_UNIT = re.compile(r"\**(?:\s*[-–]\s*\d+(?:[.,]\d+)*)?[\s*]*([^\W\d_]+)")


# A count said again in words in brackets right after its figure, bold marks around it
# ("**01 (một) **thủ tục", "12 (mười hai) thủ tục"): what it counts follows the bracket
_COUNT_RESTATED = re.compile(
    rf"\**\s*\(\s*{_NUMBER_WORD}(?:\s+(?:{_NUMBER_WORD}|nghìn|ngàn|triệu|tỷ|linh|lẻ))*\s*\)",
    re.IGNORECASE,
)


def past_restated_count(text: str, b: int) -> int:
    """Where the words said of the value ending at ``b`` open: past the count said again in
    words in brackets ("01 (một) thủ tục": at "thủ tục"), else ``b``."""
    restated = _COUNT_RESTATED.match(text, b)
    return restated.end() if restated else b


def value_unit(text: str, a: int, b: int) -> str:
    """What the value at [a, b) counts ("trạm" of "180 trạm", "mm" of "200-400mm", "%"), folded;
    "" when no word follows it ("... đang đi học: 1.5")."""
    if text[a:b].endswith("%"):
        return "%"
    match = _VALUE_UNIT.match(text, past_restated_count(text, b))
    return fold(match.group(1)) if match else ""


def _right_phrase(text: str, b: int, width: int = 40) -> str:
    """The phrase right after a number, up to the next comma, "và" or number."""
    b = past_restated_count(text, b)
    tail = text[b : b + width]
    stop = _PHRASE_END.search(tail)
    return tail[: stop.start()] if stop else tail


# What the question counts, written after "bao nhiêu" up to a comma or a preposition ("bao nhiêu
# TTHC nội bộ cấp xã trong lĩnh vực ...": "TTHC nội bộ cấp xã"), as typed
_COUNTED_ASKED = re.compile(
    r"\b(?:bao nhiêu|bao nhieu|mấy)\s+([^,;?()]+?)"
    r"(?=\s+(?:trong|của|cua|tại|tai|theo|thuộc|thuoc|được|duoc|là|la|ở|cho|khi|thi|thì)\b"
    r"|[,;?()]|$)",
    re.IGNORECASE,
)


def cases_named(q: Question, text: str, values: Sequence[tuple[int, int, str]]) -> set[int]:
    """The values of a list of cases counted alike ("02 TTHC nội bộ cấp tỉnh; 06 TTHC nội bộ cấp
    xã") whose own phrase holds the words of what the question counts that another's holds, and
    more: the case asked. The words before the list ("trong đó:") are all the values' and tell
    none apart."""
    asked_phrase = _COUNTED_ASKED.search(q.route.question)
    if asked_phrase is None:
        return set()
    asked = keyed_tokens(q, asked_phrase.group(1))
    counted: dict[str, list[int]] = {}
    for i, (a, b, _raw) in enumerate(values):
        counted.setdefault(value_unit(text, a, b), []).append(i)
    named: set[int] = set()
    for unit_word, members in counted.items():
        if not unit_word or len(members) < 2:
            continue
        phrases = {i: keyed_tokens(q, _right_phrase(text, values[i][1])) & asked for i in members}
        for i in members:
            # more of what is counted than another's, and nothing of it the other holds alone
            # ("66 xã", "01 xã không thực hiện sắp xếp" for "bao nhiêu xã, phường": neither)
            if any(phrases[i] > phrases[j] for j in members if j != i):
                named.add(i)
    if len(named) > 1:
        # "20 thủ tục hành chính lĩnh vực X, gồm: 14 thủ tục mới ban hành và 06 thủ tục bị
        # bãi bỏ" for "bao nhiêu thủ tục bị bãi bỏ lĩnh vực X": both hold words of what is
        # counted; the one whose words right after it are the question's right after "bao
        # nhiêu", in their order, names the case (the words as written: an abbreviation
        # spelled out, "TTHC", would open like a total's "thủ tục hành chính")
        asked_words = _written_words(asked_phrase.group(1))
        runs = {i: _common_opening(asked_words, _right_phrase(text, values[i][1])) for i in named}
        longest = max(runs.values())
        named = {i for i, run in runs.items() if run == longest}
    return named


# A value's case written as a label right before it, up to its colon ("(cấp tỉnh: 49 thủ tục,
# cấp xã: 33 thủ tục)"): the words since the last bracket, comma, semicolon or line break
_CASE_LABEL_BEFORE = re.compile(r"(?:^|[(,;\n])\s*([^(),;:\n]{2,40}?)\s*:\s*$")


def labelled_cases(q: Question, text: str, values: Sequence[tuple[int, int, str]]) -> set[int]:
    """Of values counted alike each written after its case's label and a colon ("cấp tỉnh: 49
    thủ tục, cấp xã: 33 thủ tục"), the one whose label the question writes as a phrase, no
    other label being written so: the case asked (the whole stated before them, "82 thủ tục",
    counts every case; "tỉnh Thử Nghiệm" writes no "cấp tỉnh")."""
    if text.count(":") < 2:
        return set()
    asked = f" {' '.join(_written_words(q.route.question))} "
    labelled: dict[str, list[tuple[int, bool]]] = {}
    for i, (a, b, _raw) in enumerate(values):
        label = _CASE_LABEL_BEFORE.search(text, max(0, a - 48), a)
        if label is None:
            continue
        words = " ".join(_written_words(label.group(1)))
        if words:
            labelled.setdefault(value_unit(text, a, b), []).append((i, f" {words} " in asked))
    named: set[int] = set()
    for members in labelled.values():
        written = [i for i, all_asked in members if all_asked]
        if len(members) >= 2 and len(written) == 1:
            named.add(written[0])
    return named


def _written_words(text: str) -> list[str]:
    """The words of ``text`` as written, without tones (no abbreviation spelled out)."""
    return re.findall(r"\w+", strip_diacritics(text.lower()))


def _common_opening(asked_words: list[str], phrase: str) -> int:
    """How many words ``phrase`` opens with that open the question's counted phrase too
    (``asked_words``, folded)."""
    run = 0
    for asked, written in zip(asked_words, _written_words(phrase), strict=False):
        if asked != written:
            break
        run += 1
    return run


def right_phrase_share(q: Question, text: str, b: int, width: int = 40) -> float:
    """Share of the question's weight in the phrase right after a number, up to the next comma,
    "và" or number: what is counted ("01 TTHC được sửa đổi và 03 TTHC bãi bỏ": "bãi bỏ" is
    said of 03), past the count said again in words ("01 (một) thủ tục")."""
    b = past_restated_count(text, b)
    tail = text[b : b + width]
    stop = _PHRASE_END.search(tail)
    return text_share(q, tail[: stop.start()] if stop else tail)


def left_context(q: Question, text: str, a: int, unit_words: str = "", width: int = 48) -> float:
    """How much the words just before a number echo the question: its weighted words, its
    word pairs and the share of the words there that the question uses (function words
    count: "đang giải quyết 47" answers "đang giải quyết bao nhiêu")."""
    if q.total <= 0:
        return 0.0
    start = max(0, a - width)
    stop = max(text.rfind(";", start, a), text.rfind(". ", start, a))
    window = text[(stop + 1) if stop >= 0 else start : a]
    trimmed = window.rstrip(" :(")  # "cấp xã là: 109": the clause is "cấp xã là"
    weak = max((m.end() for m in WEAK.finditer(trimmed)), default=0)
    clause = trimmed[weak:]
    skip = set(unit_words.split())  # what is counted ("hồ sơ") follows the number

    def echo(segment: str) -> float:
        tokens = [
            t
            for t in TOKEN.findall(key(segment, q.toned))
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
        for t in reversed(TOKEN.findall(key(window, q.toned)))
        if not t[0].isdigit() and t not in stop_words and strip_diacritics(t) not in skip
    ][:4]
    near = sum((1.0 / (1 + i / 3)) * (t in q.all_tokens) for i, t in enumerate(nearest)) / sum(
        1.0 / (1 + i / 3) for i in range(4)
    )
    return 0.5 * echo(clause) + 0.2 * echo(window) + 0.3 * near


# The words before a document that amends or replaces the one named before it.
_AMENDED_BY = re.compile(
    r"\b(?:sua doi|bo sung|thay the|bai bo)(?:,? (?:va )?(?:sua doi|bo sung))? (?:boi|tai)\W*$"
)


# "Quyết định số 1085/QĐ-TTg ... về việc ban hành Kế hoạch rà soát ...": a decision that issues
# or approves a document of another kind, which has no number of its own (folded subject)
_ISSUING = re.compile(rf"^\W*(?:ve viec )?(?:ban hanh|phe duyet) (?:kem theo )?({KINDS})\b")


def _issues_asked_kind(mention: Mention, asked: set[str]) -> bool:
    """``mention`` is a decision issuing a document of the kind asked ("căn cứ KH ... số mấy":
    the plan is cited by the decision that issues it)."""
    issued = _ISSUING.match(plain(fold(mention.subject)))
    return mention.kind == "quyet dinh" and issued is not None and issued.group(1) in asked


# A kind the question names with no number after it ("Tờ trình của Sở TC ... đề ngày nào"), folded
_UNNUMBERED_KIND = re.compile(rf"\b({KINDS})\b(?! (?:so )?\d)")


def _kinds_named(q: Question) -> set[str]:
    """The kinds of document the question names without their number: the date asked is that
    of a document of one of them."""
    return {m.group(1) for m in _UNNUMBERED_KIND.finditer(plain(q.route.folded))}


def _opening_kind(q: Question) -> str | None:
    """The kind of document the question opens with, unnumbered ("Quyết định thanh tra thuế
    ... ban hành ngày nào" → "quyet dinh"), folded; None when it opens otherwise."""
    opening = _UNNUMBERED_KIND.match(plain(q.route.folded))
    return opening.group(1) if opening is not None else None


def _kinds_numbered_asked(q: Question) -> set[str]:
    """ "Luật Tổ chức Chính phủ mà NQ 386 căn cứ có số hiệu là gì": the number asked is that of
    a document of a kind the question names without its number; empty when no number is asked
    or the question also speaks of a "văn bản", of any kind."""
    folded = plain(q.route.folded)
    if NUMBER_ASKED.search(folded) is None or _ANY_TEXT.search(folded):
        return set()
    return _kinds_named(q)


_ANY_TEXT = re.compile(r"\bvan ban\b")


# "... trong lĩnh vực kinh doanh bảo hiểm thuộc thẩm quyền ...": the field a document's subject
# names, up to what follows it (folded)
_SUBJECT_FIELD = re.compile(r"\blinh vuc ((?:(?!thuoc|cua|tai|tren|doi voi|theo)[a-z]+ ?)+)")
_OTHER_FIELD = 0.3
# "nghị định gốc nào", "văn bản gốc số mấy": the original document is asked, not one amending
# it, which a sentence may cite beside it (folded)
_ORIGINAL_ASKED = re.compile(rf"\b(?:{KINDS}|van ban) goc (?:nao|so may|la)\b")
_AMENDING = 0.3  # a cited document that amends another, for the original one asked


_FIELD_WORDS = 2  # words of a field's name read to find it written
_MANAGED = "quan ly"  # "lĩnh vực quản lý (của ...)", folded: what a body manages


# A sum asked per occasion ("được hỗ trợ thêm mỗi buổi", "bao nhiêu/buổi"), folded: the
# occasion, which a value paid per occasion writes beside it ("đồng/người/buổi")
_PER_OCCASION = re.compile(r"(?:\bmoi |/)(buoi|dem|luot|suat)\b")


def _per_time_unwritten(q: Question, unit: Unit) -> bool:
    """The question asks a sum per occasion ("mỗi buổi") and the unit never writes that
    occasion: a sum paid once or per month ("Nghệ sỹ nhân dân | 120.000.000"), another case."""
    asked = _PER_OCCASION.search(plain(q.route.folded))
    return asked is not None and not re.search(rf"\b{asked.group(1)}\b", plain(unit.folded))


def _total_of_fields(corpus: Corpus, q: Question, unit: Unit) -> bool:
    """ "bao nhiêu TTHC lĩnh vực người có công" where the unit, with its headings, never names
    that field while its document does (a group of its list, "III | Lĩnh vực Người có công: 30
    TTHC"): the unit counts the whole list or another field, not the field asked."""
    field = _SUBJECT_FIELD.search(plain(q.route.folded))
    if field is None:
        return False
    name = " ".join(field.group(1).split()[:_FIELD_WORDS])
    if name.startswith(_MANAGED):
        return False  # "thuộc lĩnh vực quản lý của Sở Nội vụ": a body's remit, no field
    title = corpus.documents[unit.doc_id].meta.title or ""
    around = plain(
        f"{unit.folded} {fold(unit.section)} {fold(unit.heading)} {unit.context_key} {fold(title)}"
    )
    # (a document whose title names the field, "... lĩnh vực điện lực", is that field's whole)
    return not writes_phrase(around, name) and writes_phrase(
        corpus.plain_text(unit.doc_id), f"linh vuc {name}"
    )


def _names_another_field(q: Question, subject: str) -> bool:
    """The cited document's subject names a field ("lĩnh vực kinh doanh bảo hiểm") none of
    whose words the question writes: a document of another field than the one asked."""
    field = _SUBJECT_FIELD.search(plain(fold(subject)))
    if field is None:
        return False
    words = set(field.group(1).split())
    return bool(words) and not words & {strip_diacritics(t) for t in q.all_tokens}


# A subject that ends naming the document it is attached to ("Sửa đổi ... Quy định ban hành kèm
# theo" Quyết định số 55/2014 "quy định về ..."): what it is about goes on after that one (folded)
_ATTACHED_TO = re.compile(r"\b(?:kem theo|tai|cua)\W*$")


def _described_by(mention: Mention) -> str:
    """The words that say what a cited document is about: its subject, carried on through a
    document it names itself by ("ban hành kèm theo Quyết định số 55/2014 ...")."""
    if _ATTACHED_TO.search(plain(fold(mention.subject))):
        return mention.clause
    return mention.subject


_YEAR_MATCHED = 0.1  # the cited document is of the year the question names
_OTHER_YEAR = -0.2  # it is of another year, and its subject does not name the one asked


def _year_fit(q: Question, mention: Mention) -> float:
    """ "Văn bản nào sửa đổi quy định X năm 2023": a year the question names dates the document
    asked for (its number's year, its date) or its subject ("bảng giá đất năm 2026"). Of two
    cited documents on one subject, the one of another year is another document."""
    if not q.route.years:
        return 0.0
    number_year = re.search(r"/((?:19|20)\d{2})\b", mention.number)
    own_years = {
        int(y) for y in (mention.date and mention.date[:4], number_year and number_year[1]) if y
    }
    if not own_years:
        return 0.0
    if own_years & set(q.route.years):
        return _YEAR_MATCHED
    if any(re.search(rf"(?<!\d){y}(?!\d)", mention.subject) for y in q.route.years):
        return 0.0  # the year of what it is about, not of its issue
    return _OTHER_YEAR


_DATED_AS_ASKED = 0.3  # quality a cited document gains dated as the question dates it
_OTHER_ISSUER = 0.5  # quality a cited document loses issued by another body than the one asked
# The body a question says issued the document it asks for ("xử lý văn bản số mấy của Hội Chăn
# nuôi VN"), folded: the words after "của" up to a word opening what is said of it
_ASKED_ISSUER = re.compile(
    rf"\b(?:van ban|{KINDS}) (?:so )?(?:nao|so may|gi) cua "
    r"((?:(?!(?:ve|nam|ngay|quy dinh|huong dan|ban hanh|de|cho|ma|duoc|da|la|co|gui|trong)\b)"
    r"[a-z&]+ ?)+)"
)
# The body a document cited is issued by, as its mention writes it ("... của Văn phòng Chính
# phủ"), folded (each word followed by a blank but the last: one way only to read the run)
_MENTION_ISSUER = re.compile(r"\bcua ((?:[a-z&]+ )*[a-z&]+)$")


def _initials(words: Sequence[str]) -> set[str]:
    """The initials of every run of two or more of ``words`` ("bo tai chinh" → "btc")."""
    return {
        "".join(w[0] for w in words[i:j])
        for i in range(len(words))
        for j in range(i + 2, len(words) + 1)
    }


def _issued_by_another(q: Question, mention: Mention) -> bool:
    """The question names the body that issued the document it asks for, and the mention names
    another ("văn bản số 6902/VPCP-KSTT ... của Văn phòng Chính phủ" for "văn bản số mấy của
    Hội Chăn nuôi"): no word shared, and neither written as the initials of the other's words
    ("của BTC" asked, "của Bộ trưởng Bộ Tài chính" written; "của Tổng cục Hải quan" asked,
    "của TCHQ" written)."""
    asked = _ASKED_ISSUER.search(plain(q.route.folded))
    if asked is None:
        return False
    said = _MENTION_ISSUER.search(plain(fold(mention.text)).rstrip(" .,;"))
    if said is None:
        return False
    asked_words = [w for w in asked.group(1).split() if w not in _STOP_WORDS]
    said_words = said.group(1).split()
    if not asked_words or not said_words:
        return False
    return (
        not set(asked_words) & set(said_words)
        and not set(asked_words) & _initials(said_words)
        and not set(said_words) & _initials(asked_words)
    )


# What stands between two documents listed one after the other ("Quyết định số A ..., Quyết
# định số B"; "... và"), folded: the second one is read with the words before the first
_LISTED_AFTER = re.compile(r"[\s,;*_]*(?:va|hoac)?[\s,;*_]*")


def _list_befores(mentions: Sequence[Mention]) -> list[str]:
    """The words before each of ``mentions`` (in order of place) that say what is done to it:
    its own, or those of the first of a list it stands in ("thay thế Danh mục ... tại Quyết định
    số 1158/QĐ-UBND ..., Quyết định số 634/QĐ-UBND ...": 634 is replaced too)."""
    befores: list[str] = []
    for k, mention in enumerate(mentions):
        # (not after a sentence's end: "Bãi bỏ Quyết định số 12 …. Quyết định số 15 …")
        listed = (
            k > 0
            and mentions[k - 1].end <= mention.start
            and ". " not in mentions[k - 1].subject
            and _LISTED_AFTER.fullmatch(plain(fold(mention.before))) is not None
        )
        befores.append(befores[-1] if listed else mention.before)
    return befores


@lru_cache(maxsize=256)  # read for every mention of every candidate unit of a question
def _dates_named(question: str) -> frozenset[str]:
    """The full dates a question writes, ISO."""
    return frozenset(iso for _, _, iso in find_dates(question))


# "căn cứ" asked of a document, and written right before a document cited (folded); not the
# "căn cứ pháp lý" of a procedure, which its table's cell states
_CAN_CU = re.compile(r"\bcan cu\b(?! phap ly)")
_CITED_AS_GROUND = re.compile(r"\bcan cu\W*$")
_GROUND_CITED = 0.25  # quality added to a document cited by "Căn cứ" when grounds are asked


def best_mention(
    corpus: Corpus,
    q: Question,
    mentions: list[Mention],
    *,
    need_date: bool,
    citing: str | None = None,
) -> tuple[Mention, float] | None:
    """The cited document that best matches the question (its type, subject, place); its year
    too when the question asks a document and ``citing``, the document citing it, is of none of
    the question's years (of that one, they may describe the citing document)."""
    best: tuple[Mention, float] | None = None
    asked = set(q.route.doc_types)
    # "Tờ trình của Sở TC ... đề ngày nào": the date of a cited document of the kind named
    dated_kinds = _kinds_named(q) if need_date and not asked else set()
    opening_kind = _opening_kind(q)
    numbered_kinds = _kinds_numbered_asked(q) if not need_date and not asked else set()
    # "ban hành kèm theo quyết định nào", "được sửa đổi bởi thông tư nào": of the documents a
    # sentence cites, the one it says does what is asked (a question naming no verb: none)
    relation = None if need_date else asked_relation(q.route.folded)
    citing_date = corpus.documents[citing].meta.date if citing is not None else None
    by_year = (
        q.route.intent == "decision"
        and citing_date is not None
        and int(citing_date[:4]) not in q.route.years
    )
    original = _ORIGINAL_ASKED.search(q.route.folded) is not None
    # "căn cứ QĐ nào": a ground cites a document, which may amend another it names ("Căn cứ
    # Quyết định số A ... về việc sửa đổi, bổ sung Quyết định số B"): A is the ground, B what A
    # amends, unless the question asks by that relation
    grounds = q.route.intent == "basis" and relation is None
    cited_as_ground = grounds and _CAN_CU.search(q.route.folded) is not None
    dated = frozenset() if need_date else _dates_named(q.route.question)
    # "(điểm a khoản 3 Điều 44) thuộc Nghị định nào": the document cited right after the article
    # the question names
    articles = _ARTICLE_NAMED.findall(plain(q.route.folded))
    befores = _list_befores(mentions)
    for mention, before in zip(mentions, befores, strict=True):
        if need_date and not mention.date:
            continue
        tokens = keyed_tokens(q, f"{mention.text} {_described_by(mention)}")
        # "Thông tư A quy định về X được sửa đổi, bổ sung bởi Thông tư B": the words before B
        # are A's subject, not B's
        amends = _AMENDED_BY.search(fold(before))
        wider = tokens if amends else tokens | keyed_tokens(q, before)
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
            if mention.kind in asked:
                quality += 0.25
            elif _issues_asked_kind(mention, asked):
                quality += 0.2  # the plan itself, cited as such, first
            else:
                continue  # "quyết định nào" is not answered by a kế hoạch
        elif (
            numbered_kinds
            and mention.kind is not None
            and mention.kind not in numbered_kinds
            and not _issues_asked_kind(mention, numbered_kinds)
        ):
            continue  # "Luật Tổ chức Chính phủ ... số hiệu là gì": not a nghị định's number
        elif dated_kinds:
            # "Nghị quyết ... thông qua vào ngày nào": not the date of the Tờ trình it answers;
            # when the question opens with the kind dated ("Quyết định thanh tra thuế đối với
            # Công ty X ... ban hành ngày nào"), a document of another kind is none
            if opening_kind is not None and mention.kind not in (None, opening_kind):
                continue
            quality += 0.25 if mention.kind in dated_kinds else -0.25
        if _names_another_field(q, mention.subject):
            quality -= _OTHER_FIELD
        if q.localities:  # the first place the mention's subject names: asked or another
            first = corpus.gazetteer.first(plain(mention.subject))
            if first is not None:
                quality += 0.15 if any(first in n or n in first for n in q.localities) else -0.2
        if mention.date:
            quality += 0.05
        if by_year:
            quality += _year_fit(q, mention)
        if mention.date and mention.date in dated:
            # "tiếp theo công điện nào ngày 19/11/2025": of the documents a sentence lists
            # ("Công điện số 217/CĐ-TTg, ... và 222/CĐ-TTg ngày 19/11/2025"), the one so dated
            quality += _DATED_AS_ASKED
        if _issued_by_another(q, mention):
            quality -= _OTHER_ISSUER
        said = mention_relations(before, mention.subject)
        quality += relation_fit(relation, said)
        if original and ("amend", "agent") in said:
            quality -= _AMENDING
        if grounds and ("amend", "object") in said:
            quality -= _AMENDING
        if articles and _cited_for_article(articles, mention.before or before):
            quality += _ARTICLE_CITED
        if cited_as_ground and _CITED_AS_GROUND.search(fold(before)):
            # "được căn cứ quyết định nào": the sentence citing it as its ground ("Căn cứ
            # Quyết định số 2278/QĐ-BYT ..."), before a document a table's cell lists
            quality += _GROUND_CITED
        if best is None or quality > best[1]:
            best = (mention, quality)
    if best is None:
        return None
    # Not capped at 1: of two mentions that both cover the question, the one that also has
    # the type, the place and a date must still rank first.
    return best[0], max(0.0, best[1])


# An article a question or a sentence names ("Điều 44", "Điều 5a"), folded: its number
_ARTICLE_NAMED = re.compile(r"\bdieu (\d+[a-z]?)\b")
_ARTICLE_CITED = 0.3


def _cited_for_article(articles: list[str], before: str) -> bool:
    """The words right before a mention end with an article the question names ("... tại điểm
    a khoản 3 Điều 44" before "Nghị định số 103/2024/NĐ-CP")."""
    tail = plain(fold(before))[-30:]
    return any(re.search(rf"\bdieu {re.escape(n)}\W*(?:cua\W*)?$", tail) for n in articles)


# A period running from a day to this one ("từ ngày 01/7 đến nay"), after the day
_SPAN_TO_NOW = re.compile(r"\s*(?:đến|tới)\s+nay\b", re.IGNORECASE)
# A question asking from when ("từ ngày nào", "kể từ khi nào", "từ bao giờ", "bắt đầu ... khi
# nào"), folded: the start of a period running to now is then what it asks
_START_ASKED = re.compile(r"\btu (?:ngay|khi|thoi diem|luc) nao\b|\btu bao gio\b|\bbat dau\b")


def _quoted_coverage(corpus: Corpus, q: Question, cand: Candidate, mention: Mention) -> float:
    """The share of the question's words that the text quoted with ``cand`` (its spans
    ``extra``) adds to those its sentence citing ``mention`` writes."""
    if not q.total:
        return 0.0
    own = f"{mention.text} {_described_by(mention)} {mention.before}"
    said = keyed_tokens(q, own)
    quoted = said | keyed_tokens(q, _quoted_with(corpus, cand))
    return sum(w for t, w in q.weights.items() if t in quoted and t not in said) / q.total


def _plain_number(raw: str) -> str:
    """A number as compared with the question's: "01" is "1"."""
    return raw.lstrip("0") or raw


# "đến 1 tỷ đồng", "trên 500 triệu": the band of a scale the question names by a limit
_BOUND = r"(?:den|tren|duoi|tu|toi|khong qua|vuot)"
_ASKED_BAND = re.compile(rf"\b({_BOUND}) (?:du )?(\d+(?:[.,]\d+)*) ([a-z]+)")  # "từ (đủ) 5 năm"
_BAND_LIMIT = re.compile(rf"\b{_BOUND}\s*$")


# "chưa đủ 2 năm", "ít hơn 2 năm": the band a text writes "dưới 02 năm"
_BELOW = re.compile(r"\b(?:chua du|khong du|it hon)(?= \d)")


def _asked_bands(folded_question: str) -> list[tuple[str, str, str]]:
    """(bound word, number, unit word) of each band the question names."""
    return [
        (w, _plain_number(n), u)
        for w, n, u in _ASKED_BAND.findall(_BELOW.sub("duoi", folded_question))
    ]


# the words that close a band from above ("dưới", "đến", "không quá"); the others open it
_UPPER_BOUNDS = frozenset({"den", "duoi", "toi", "khong qua"})


def _bound_side(word: str) -> str:
    """ "upper" for a bound word that closes a band from above, "lower" for one opening it."""
    return "upper" if word in _UPPER_BOUNDS else "lower"


def _band_fit(bands: list[tuple[str, str, str]], folded: str) -> float:
    """+0.15 when the text states every band the question names with a bound word of the same
    side ("đến 01 tỷ đồng" for "đến 1 tỷ đồng" or "dưới 1 tỷ đồng"), -0.2 when it gives a
    named limit after another bound word ("trên 01 tỷ") or, naming none, only another band of
    the same scale ("từ 05 năm trở lên" for "dưới 2 năm")."""
    fit = 0.15
    for word, number, unit in bands:
        said = _bound_words(number, unit, folded)
        # "dưới 1 tỷ" asked of a scale written "đến 01 tỷ": another word, the same side of
        # the same limit, hence the same band
        if _bound_side(word) in {_bound_side(w) for w in said}:
            continue
        if said or re.search(rf"\b{_BOUND}\s+\d+(?:[.,]\d+)*\s+{unit}\b", folded):
            return -0.2
        fit = 0.0
    return fit


def _bound_words(number: str, unit: str, folded: str) -> list[str]:
    """The bound words ``folded`` writes before the limit ``number`` ``unit`` ("trên 20 tỷ")."""
    return re.findall(rf"\b({_BOUND})\s+0*{re.escape(number)}\s+{unit}\b", folded)


def band_fit(q: Question, text: str) -> float:
    """How an item of a list of bands fits the bands of a scale the question names by a limit
    ("trên 20 tỷ đồng"): :func:`_item_band_fit`, 0 when the question names none."""
    bands = _asked_bands(q.route.folded)
    return _item_band_fit(bands, fold(text)) if bands else 0.0


def _item_band_fit(bands: list[tuple[str, str, str]], folded: str) -> float:
    """+0.15 when the item states one of the bands asked ("Trên 20 tỷ đồng ..." for "trên 20
    tỷ đồng"; a question may ask two, each an item's), -0.2 when it states another band of
    their scale ("Trên 10 đến 20 tỷ đồng"), 0 when it states none."""
    for word, number, unit in bands:
        if _bound_side(word) in {_bound_side(w) for w in _bound_words(number, unit, folded)}:
            return 0.15
    units = {unit for _, _, unit in bands}
    # (the unit after a band's upper limit too: "trên 10 đến 20 tỷ đồng")
    written = re.findall(
        rf"\b{_BOUND}\s+\d+(?:[.,]\d+)*\s+(?:{_BOUND}\s+\d+(?:[.,]\d+)*\s+)?([a-z]+)\b", folded
    )
    return -0.2 if units & set(written) else 0.0


# a list item or a text unit labelled before its colon ("- Trên 20 tỷ đồng: 85 triệu đồng")
_OPENING_LABEL = re.compile(r"^\W*(?:[a-zđ0-9]{1,3}[.)]\s*)?([^:\n]{3,80}?)\s*:", re.IGNORECASE)


# Where an item of a list written in one line or cell opens: a dash, a bullet or a plus (not a
# formula's: "55 triệu đồng + (0,3% x ...)") after a blank, a cell's bar, a semicolon, a
# sentence's end
_ITEM_OPENS = re.compile(r"(?:^|\s)(?:[-•]|\+(?!\s*\())\s|[|;]|\.\s")
_ITEM_READ_CHARS = 120  # characters, at most, read back from a value to its item's opening


def _own_item(text: str, a: int) -> str:
    """The words of the item the value at ``a`` stands in, before it ("- Trên 20 tỷ đồng mức
    thu phí là " for "85 triệu đồng")."""
    reach = max(0, a - _ITEM_READ_CHARS)
    opens = [m.end() for m in _ITEM_OPENS.finditer(text, reach, a)]
    return text[opens[-1] if opens else reach : a]


def _labels_another_band(q: Question, unit: Unit) -> bool:
    """The unit's label (a row's first cell, the words before an item's colon) is a band of
    the scale the question names by a limit, none of those named ("Trên 20 tỷ đồng" for
    "dưới 1 tỷ đồng"): the row of another case, whose value is not the one asked, however
    many question words its other cells repeat."""
    # "từ 02 đến dưới 05 năm": the lower end read with "đến" for its unit is no band of its own
    bands = [b for b in _asked_bands(q.route.folded) if not re.fullmatch(_BOUND, b[2])]
    if not bands:
        return False
    if unit.kind == "row":
        label = row_label(unit)
    else:
        opening = _OPENING_LABEL.match(unit.text)
        label = opening.group(1) if opening is not None else ""
    # "từ 05 năm trở lên và từ 02 đến dưới 05 năm lần lượt": each row labels one of the bands
    # asked, and only a row that fits none of them is of another case
    folded = fold(label)
    return bool(label) and all(_band_fit([band], folded) < 0 for band in bands)


_WORD = re.compile(r"[a-z0-9]+")  # a word of a folded text, its brackets and marks left out
_TONED_WORD = re.compile(r"[^\W_]+")  # a word of a text read with its marks
_AGGREGATE_WORDS = frozenset({"tong", "cong", "chung", "toan", "tat"})  # a row of all, folded


def _labels_another_kind(q: Question, unit: Unit) -> bool:
    """The row's label opens with a kind the question names with another qualifier ("Bữa
    sáng" for "bữa tối", "Nước mặt" for "nước khoáng thiên nhiên"): its first word the question
    writes, followed by a word of its own, and the label's second word nowhere in the
    question. The row of a sibling case, whose value is not the one asked."""
    # (a question typed with marks is read with them: "thu phí" is not the "Thủ tục" of a label)
    if q.toned:
        words = _TONED_WORD.findall(match_key(row_label(unit)))
        asked = _TONED_WORD.findall(match_key(q.route.question))
    else:
        words = _WORD.findall(plain(fold(row_label(unit))))
        asked = _WORD.findall(plain(q.route.folded))
    if len(words) < 2 or not (words[0].isalpha() and words[1].isalpha()):
        return False
    if words[1] in asked or strip_diacritics(words[0]) in _STOP_WORDS | _AGGREGATE_WORDS:
        return False  # ("Tổng cộng", "Tổng số": the sum of the rows, of any kind asked)
    followers = [asked[i + 1] for i, w in enumerate(asked[:-1]) if w == words[0]]
    return (
        bool(followers)
        and all(
            f.isalpha()
            and strip_diacritics(f) not in _STOP_WORDS
            and f not in words
            # "cấp GP" for "Cấp giấy phép": the initials of the label's words
            and f != "".join(w[0] for w in words[1 : 1 + len(f)])
            for f in followers
        )
    )


def _is_band_limit(text: str, a: int, b: int, bands: list[tuple[str, str, str]]) -> bool:
    """The value at [a, b) is a limit of a band of the scale the question names: a bound word
    before it and the band's unit after it."""
    if _BAND_LIMIT.search(fold(text[max(0, a - 12) : a])) is None:
        return False
    after = fold(text[b : b + 16])
    units = {u for _, _, u in bands}
    words = TOKEN.findall(after)
    # "đến 10 tỷ đồng", or the lower limit of "trên 10 đến 20 tỷ đồng"
    return bool(words) and (words[0] in units or re.match(rf"\s*{_BOUND}\b", after) is not None)


_ASIDE = re.compile(r"\([^()]{0,40}\)")  # "(Huế)" of "tại Hồng Thái (Huế) gần 400mm"
_PLACE_TO_VALUE = 2  # words that may come between the place and its value ("gần", "là")


def _names_place(text: str, a: int, places: list[str]) -> bool:
    """The words right before the value at ``a``, in its clause, name one of ``places``, an
    aside in brackets and a word or two ("tại Hồng Thái (Huế) gần 400mm") between them."""
    head = _ASIDE.sub(" ", text[max(0, a - 80) : a])
    # the name as written, a capital opening it: not the words of "giá trị đánh giá lại dưới
    # 50" read without their tones for "Gia Lai"
    segment = strip_diacritics(_clause_before(head, len(head)))
    for place in filter(None, places):
        name = r"\s+".join(map(re.escape, place.split()))
        found = re.search(
            rf"(?<!\w){name}(?:\s+\w+){{0,{_PLACE_TO_VALUE}}}\s*$", segment, re.IGNORECASE
        )
        if found is not None and found.group()[0].isupper():
            return True
    return False


# the council or committee whose place follows it ("HĐND Hà Nội", "UBND tỉnh Cao Bằng"), folded
_BODY_BEFORE_PLACE = re.compile(
    r"\b(?:hdnd|ubnd|hoi dong nhan dan|uy ban nhan dan)"
    r"(?: (?:tinh|thanh pho|tp|huyen|quan|thi xa|xa|phuong))? $"
)


def _issuer_only_places(corpus: Corpus, q: Question, doc_id: str) -> set[str]:
    """The places the question names only as the body that issued the document ("Theo NQ 48
    HĐND Hà Nội, ... cả nước ..."): they say whose document it is, not of which place a value
    is asked, so a value written next to that place earns no credit for it."""
    meta = corpus.documents[doc_id].meta
    home = plain(f"{meta.issuer or ''} {meta.place or ''}")
    folded = plain(q.route.folded)
    only_issuer: set[str] = set()
    for name in q.localities:
        if not re.search(rf"\b{re.escape(name)}\b", home):
            continue
        mentions = list(re.finditer(rf"\b{re.escape(name)}\b", folded))
        if mentions and all(_BODY_BEFORE_PLACE.search(folded, 0, m.start()) for m in mentions):
            only_issuer.add(name)
    return only_issuer


# "tối đa bao nhiêu", "thấp nhất là bao nhiêu": the question asks for one end of a range
_ASKS_MOST = re.compile(r"\b(?:toi da|cao nhat|nhieu nhat|lon nhat)\b")
_ASKS_LEAST = re.compile(r"\b(?:toi thieu|thap nhat|it nhat|nho nhat)\b")
# "từ 15.000.000 đồng đến 22.500.000 đồng", "từ 03 - 05 ngày": the two ends of a range
_RANGE_FROM = re.compile(r"\btừ\s*$", re.IGNORECASE)
_RANGE_TO = re.compile(r"(?:\bđến|[-–])\s*$", re.IGNORECASE)


def _range_end(text: str, a: int, b: int) -> str | None:
    """ "low" or "high" when the value at [a, b) opens or closes a range ("từ X ... đến Y"),
    else None."""
    before = text[max(0, a - 8) : a]
    if _RANGE_FROM.search(before) and re.match(r"[^,;.]{0,24}?\s(?:đến|[-–])\s*\d", text[b:]):
        return "low"
    if _RANGE_TO.search(before) and re.search(
        r"\btừ\s*\d[^,;]{0,40}$", text[max(0, a - 60) : a], re.IGNORECASE
    ):
        return "high"
    return None


_BOUND_NEAR = 20  # characters before a value its bound is written in ("không thấp hơn ")
# "có từ 4.500 người ... trở lên": a least value, the bound after it in its clause
_AND_ABOVE = re.compile(r"[^,;.:]{0,60}?\btrở lên\b", re.IGNORECASE)


def _bound_written(text: str, a: int, b: int) -> str | None:
    """ "low" when the value at [a, b) is written as the least ("không thấp hơn 1.170.000
    đồng", "từ 4.500 người trở lên"), "high" as the most ("tối đa 05 ngày"), else None."""
    near = fold(text[max(0, a - _BOUND_NEAR) : a])
    if LOWER_BOUND.search(near) or _AND_ABOVE.match(text, b):
        return "low"
    if UPPER_BOUND.search(near):
        return "high"
    return None


def _end_fit(folded_question: str, text: str, a: int, b: int) -> float:
    """+0.25 when the value is the end of a range the question asks for (the upper one for
    "tối đa"), or is written as that bound ("không thấp hơn X" for "thấp nhất"), -0.15 for the
    other end; 0 for a value of no range nor bound or a question of neither."""
    wants = "high" if _ASKS_MOST.search(folded_question) else None
    if _ASKS_LEAST.search(folded_question):
        wants = "low" if wants is None else None
    if wants is None:
        return 0.0
    end = _range_end(text, a, b) or _bound_written(text, a, b)
    if end is None:
        return 0.0
    return 0.25 if end == wants else -0.15


# "tổng cộng bao nhiêu", "tổng số ...", "có tất cả bao nhiêu": a total is asked (folded)
_ASKS_TOTAL = re.compile(r"\btong (?:cong|so|bao nhieu)\b|\btat ca\b")
# "95 đơn vị hành chính cấp xã, gồm 72 xã và 23 phường", "180 trạm, trong đó có 22 trạm 5G":
# a total, the parts it is made of following it; "gồm 72", "trong đó có 22": a part of one
_TOTAL_AFTER = re.compile(r"[^\d;.:]{0,40}?\b(?:gồm|bao gồm|trong đó)\b", re.IGNORECASE)
_PART_BEFORE = re.compile(r"\b(?:gồm|bao gồm|trong đó)(?:\s+có)?\s*:?\s*$", re.IGNORECASE)
_TOTAL_FIT = 0.2
_PART_OPENS = re.compile(r"\b(?:gồm|bao gồm|trong đó)\b", re.IGNORECASE)
_PART_CLAUSE = 160  # characters of the value's clause read back for the word opening its parts


def _total_fit(text: str, a: int, b: int) -> float:
    """For a question asking a total: +:data:`_TOTAL_FIT` for a value its parts follow,
    minus as much for a value that is one of the parts."""
    if _PART_BEFORE.search(text[max(0, a - 16) : a]):
        return -_TOTAL_FIT
    # "gồm 66 xã và 33 phường", "trong đó có 65 xã, 33 phường ... và 01 xã": a later part of
    # the list that opens in the value's clause
    clause = re.split(r";|\.\s", text[max(0, a - _PART_CLAUSE) : a])[-1]
    if _PART_OPENS.search(clause):
        return -_TOTAL_FIT
    if _TOTAL_AFTER.match(text, b):
        return _TOTAL_FIT
    return 0.0


# "5.000 (năm nghìn) tỷ đồng": a number spelled out in brackets, then what it counts; "10
# Gigabit mỗi giây (10 Gbps)": what it counts, then the value restated in brackets
_SPELLED_OUT = re.compile(
    r"\s*\([^()\d]{2,40}\)\s*[^\W\d_]+(?:\s+[^\W\d_]+)?"
    r"|(?:\s+[^\W\d_]+){1,4}\s*\(\d[^()]{0,20}\)"
)


def restates(text: str, end: int, start: int) -> bool:
    """The value starting at ``start`` is the one ending at ``end`` said again in brackets
    ("05 ngày làm việc (40 giờ làm việc)", "10 Gigabit mỗi giây (10 Gbps)"): one value, not a
    second one."""
    spelled = _SPELLED_OUT.match(text, end)
    return spelled is not None and spelled.end() > start > end


# weight of how much more of the question the ";"-bounded clause holding a value holds than its
# whole sentence: of the targets one sentence sets ("Phấn đấu 100% cơ sở ...; trên 70% xã,
# phường có ..."), the one asked is that of the clause the question describes (nothing for a
# sentence of one clause or a table row, whose clause is all of it)
_CLAUSE_MARGIN_WEIGHT = 0.15
_OWN_WORDS = 120  # characters before a value read for the words said of it alone
_OWN_SHARE = 0.15


# the label of a total row alone, no value with it (folded)
_EMPTY_TOTAL = re.compile(r"\W*(?:tong cong|tong so|tong|cong)\W*")


def _column_names(corpus: Corpus, unit: Unit) -> list[str]:
    """The cells of the header row of names right above the table of the row ``unit`` ("Thành
    phố | Xã" under "Tỷ lệ vốn đối ứng (%)"), folded; none when the row above the table's first
    row is no such header (it holds a number, or the rows' context does not end with it)."""
    first = min([unit, *corpus.table_rows(unit)], key=lambda row: row.start)
    above = next(_units_before(corpus, first), None)
    if above is not None and _EMPTY_TOTAL.fullmatch(fold(above.text)):
        # "Tổng cộng | | |": the table's total row put first, its cells left empty, stands
        # between the header and the rows
        above = next(_units_before(corpus, above), None)
    if above is None or above.kind != "row" or any(c.isdigit() for c in above.text):
        return []
    names = [fold(c) for c in above.cells if c.strip()]
    if len(names) < 2 or not unit.context_key.endswith(" ".join(names)):
        return []
    return names


_NUMBER_CELL = re.compile(r"\s*\d+(?:[.,]\d+)*\s*%?\s*")  # a cell that is a value alone
# a name of a column the question writes as a name of its own, not of a place ("thành phố Huế")
_PLACE_AFTER = re.compile(r"\s+[A-ZĐ]")


def _named_column(
    corpus: Corpus, q: Question, unit: Unit, cells: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Of a row's value cells, the one under the column the question names ("ngân sách xã ...
    bao nhiêu phần trăm" of a row "Phường Phong Phú | 30 | 70" under "Thành phố | Xã"), when the
    cells that are a number alone are as many as the header's names and the question names one
    of them alone; else all ``cells``."""
    bare = [(a, b) for a, b in cells if _NUMBER_CELL.fullmatch(unit.text[a:b])]
    numbered = bare
    names = _column_names(corpus, unit) if len(numbered) >= 2 else []
    if not names or len(names) != len(numbered):
        numbered, names = _cells_under_bold_names(corpus, unit, cells)
    if not names and len(bare) < len(cells):
        # "Phường Thuận An | 35 | 65 | Áp dụng trên địa bàn ...": the values stand under the
        # header's names, a note cell after them under a column the names row leaves out
        numbered, names = _cells_under_bold_names(corpus, unit, bare)
    if not names or len(names) != len(numbered):
        numbered, names = _cells_under_header_columns(corpus, unit, cells)
    if not names or len(names) != len(numbered):
        return cells
    # each column by its whole name ("cấp xã") or by the part no other shares ("xã" of "NS xã")
    forms = [dict.fromkeys(pair) for pair in zip(names, _distinct_names(names), strict=True)]
    for column_forms in forms:
        # "xã, phường": a column of places of either level, named by one of them alone ("ngân
        # sách xã"); the parts of another name ("phí, lệ phí") name no column on their own
        levels = re.split(r"\s*[,/]\s*", next(reversed(column_forms)))
        if len(levels) > 1 and all(level in UNIT_NAMES for level in levels):
            column_forms.update(dict.fromkeys(levels))
    question = q.route.question
    named = [
        i
        for i, column_forms in enumerate(forms)
        if any(
            (folded := fold(question[: m.end()])).endswith(name)
            and (
                not _PLACE_AFTER.match(question, m.end())
                # "cấp xã Hà Nội": a level's name, not the kind of the place after it
                or name not in UNIT_NAMES
                or _header_words_before(unit, folded[: len(folded) - len(name)])
            )
            for name in column_forms
            for m in re.finditer(r"\w+", question)
        )
    ]
    return [numbered[named[0]]] if len(named) == 1 else cells


_LEAST_LABEL = 20  # characters of a row's label worth showing before a cell


def _named_cell_answer(unit: Unit, cell: tuple[int, int], value: tuple[int, int]) -> str:
    """ "<row label>: <value>" of the cell of the column the question names: the number of a
    cell that is a number alone ("Xã Hưng Lộc: 65"), the whole cell when it says what the
    number counts ("Chủ trì cuộc họp: 400.000 đồng/người/buổi"); the label cut to fit."""
    cell_text = tidy(unit.text[cell[0] : cell[1]])
    shown = unit.text[value[0] : value[1]] if _NUMBER_CELL.fullmatch(cell_text) else cell_text
    label = row_label(unit)
    room = MAX_ANSWER_CHARS - len(shown) - 2
    if room < _LEAST_LABEL:
        return tidy(unit.text[value[0] : value[1]])  # a long cell: its value alone
    if len(label) > room:
        cut = label.rfind(" ", 0, max(10, room - 1))
        label = label[: cut if cut > 0 else room - 1] + "…"
    return tidy(_labelled(label, shown))


def _cells_under_bold_names(
    corpus: Corpus, unit: Unit, cells: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[str]]:
    """A row's value cells that hold one value each ("500.000 đồng/người/buổi | 400.000
    đồng/người/buổi") and the folded names of the bold header row of its table when that row
    names as many columns ("**Cấp Thành phố** | **Cấp xã**", the second line of a header whose
    first says "Mức chi"); ([], []) otherwise. A table of groups of rows has its names far
    above the row, past the groups' heading rows."""
    if len(cells) < 2:
        return [], []
    if any(len(_values(unit.text[a:b])) != 1 for a, b in cells):
        return [], []
    header, _ = _table_header(corpus, unit)
    if header is None or header.idx == unit.idx:
        return [], []
    names = [fold(c).strip("* ") for c in header.cells]
    names = [name for name in names if name]
    if len(names) != len(cells) or any(_values(name) for name in names):
        return [], []
    return cells, names


# a bracketed measure closing a column's name ("NS xã (%)", "Mức chi (đồng)"): what its values
# count, not a word the question names the column by
_NAME_MEASURE = re.compile(r"\s*\([^()]*\)\s*$")


def _distinct_names(names: list[str]) -> list[str]:
    """Folded column names as a question names them: their bracketed measure left out and the
    words all of them open with ("ns" of "NS Trung ương | NS Thành phố | NS xã") dropped, which
    tell no column apart and a question writes in full ("ngân sách xã")."""
    cores = [_NAME_MEASURE.sub("", name).strip() or name for name in names]
    words = [core.split() for core in cores]
    shared = 0
    while all(len(w) > shared + 1 for w in words) and len({w[shared] for w in words}) == 1:
        shared += 1
    return [" ".join(w[shared:]) for w in words]


def _cells_under_header_columns(
    corpus: Corpus, unit: Unit, cells: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[str]]:
    """A row's value cells and the folded names of the bold header row's cells at the same
    places, when header and row have as many cells (empty ones included: "| Phường Ba Đình | |
    89 | 11 |" under "STT | Nội dung | NS Trung ương (%) | NS Thành phố (%) | NS xã (%) | Ghi
    chú", a column left empty); ([], []) when a value cell stands under no name or two under
    one name."""
    if len(cells) < 2:
        return [], []
    header, _ = _table_header(corpus, unit)
    if header is None or header.idx == unit.idx or len(header.cells) != len(unit.cells):
        return [], []
    located = _located_cells(unit)
    if len(located) < sum(1 for cell in unit.cells if filled_cell(cell)):
        return [], []  # a cell the text does not write where expected
    places = {span: k for k, span in located}
    if any(span not in places for span in cells):
        return [], []
    names = [fold(header.cells[places[span]]).strip("* ") for span in cells]
    if not all(names) or len(set(names)) != len(names):
        return [], []
    return cells, names


def _header_words_before(unit: Unit, before: str) -> bool:
    """The two words ``before`` a column name (folded) are words the table's header writes before
    its names ("ngân sách" of "Tỷ lệ vốn đối ứng ngân sách địa phương (%) | Thành phố | Xã"): the
    question names the column with a place after it ("ngân sách xã Hưng Lộc": the commune's own
    budget), not only the place ("cho xã A Lưới")."""
    words = before.split()[-2:]
    # the table's own lead-in and header, not the headings of the sections above it (the
    # council's name: "Hội đồng nhân dân thành phố Huế")
    table_context = unit.context_key.rpartition(" > ")[2]
    return len(words) == 2 and f" {' '.join(words)} " in f" {table_context} "


# "bao nhiêu lần", "gấp mấy lần": a multiple is asked (folded)
_ASKS_MULTIPLE = re.compile(r"\b(?:bao nhieu|may) lan\b|\bgap\b")
# "10 lần mức chuẩn": the value counts times a thing it names next (folded, the thing's words)
_TIMES_THING = re.compile(r"\s*lan\s+([a-z]+(?:\s+[a-z]+)?)")


def _multiple_of_asked(q: Question, text: str, a: int, b: int) -> bool:
    """ "Mức chuẩn ... là bao nhiêu?" is not answered by "Mức trợ cấp: Mức 10 lần mức chuẩn":
    the value at [a, b) counts times the amount the question asks (every word of the thing
    after "lần" is the question's), in a sentence whose subject is another amount (its words
    before the value do not name that thing; "Mức tiền phạt ... từ 1,2 lần đến 2 lần mức tiền
    phạt ..." states the fine asked as a multiple of another)."""
    times = _TIMES_THING.match(fold(text[b : b + 40]))
    if times is None:
        return False
    words = set(times.group(1).split()) - _STOP_WORDS
    if not words or not words <= set(fold(q.route.question).split()):
        return False
    start = max(text.rfind(".", 0, a), text.rfind(";", 0, a)) + 1
    return not words <= set(re.findall(r"\w+", fold(text[start:a])))


# "(32 TTHC)", "(05 thủ tục)"; or after a colon ending the label ("Lĩnh vực Người có công:
# 30 TTHC")
_COUNT_ASIDE = re.compile(
    r"\(\s*\d+\s+[^\W\d_][^()]{0,30}\)|:\s*\**\s*\d+\s+[^\W\d_][^\d|():]{0,30}$"
)
# A currency after a value ("50.000 đồng/di chúc", "1,5 triệu", "200.000đ"): a sum of money
# (past the sum written out in words: "10.000.000 (mười triệu) đồng")
_CURRENCY_AFTER = re.compile(
    r"\s*(?:\([^()\d]{1,60}\)\s*)?(?:đồng|đ\b|triệu|tỷ|nghìn|ngàn|vnđ|vnd|usd)", re.IGNORECASE
)
_MONEY_FIT = 0.3  # credit of a sum of money for a question asking one (its lack, minus 0.2)


# A count written in words ("tối thiểu một trạm BTS", "hai điểm cầu"), as of one to ten
_COUNT_IN_WORDS = re.compile(
    r"(?<!\w)(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?!\w)(?=\s+[^\W\d_])", re.IGNORECASE
)


# the name of a table's numbering column ("STT", "TT", "Số TT"), folded
_NUMBERING_NAME = re.compile(r"(?:so )?s?tt")


def _numbering_header(corpus: Corpus, unit: Unit) -> bool:
    """The row ``unit`` is the header row of a numbered table: its first cell names the
    numbering column ("**STT** | **Xã, phường** | ..."), every cell in bold."""
    first = next((c for c in unit.cells if c.strip()), "")
    return _NUMBERING_NAME.fullmatch(fold(first).strip("* ")) is not None and _bold_header(
        corpus.texts[unit.doc_id], unit
    )


def _counts_in_words(text: str, counted: str) -> list[tuple[int, int, str]]:
    """Counts written in words in ``text`` of the thing asked (``counted``, the folded first
    word after "bao nhiêu": "trạm" of "bao nhiêu trạm BTS"), as :func:`_values` gives numbers."""
    return [
        (m.start(), m.end(), m.group())
        for m in _COUNT_IN_WORDS.finditer(text)
        if _unit_matches(counted, fold(text[m.end() : m.end() + _RATE_CHARS]))
    ]


# A code a sentence assigns ("mã số 8531.80.19", "mã HS: 2106.90.91", "mã số 1.014466.H12"):
# groups of digits joined by dots, right after the word "mã"
_STATED_CODE = re.compile(
    r"\bmã(?:\s+số)?(?:\s+HS)?\s*:?\s*(\d{1,4}(?:\.\d{2,6}){1,3}(?:\.[A-Z0-9]{1,4})?)(?![\d.]*\d)",
    re.IGNORECASE,
)


# an amount grouped in thousands ("1.500.000") or a date written with dots ("01.01.2025"): a
# cell of these holds no code
_NOT_CODE = re.compile(r"\d{1,3}(?:\.\d{3})+|\d{1,2}\.\d{1,2}\.\d{4}")


# A procedure's code as the national register writes it ("1.012509", "2.002402.H05": a
# province's copy of it with its suffix), and a question that asks a procedure's code
_PROCEDURE_CODE = re.compile(r"(?<![\d.])[1-3]\.\d{6}(?:\.[A-Z]\d{2})?(?![\d.]*\d)")
_PROCEDURE_ASKED = re.compile(r"\bma (?:tthc|thu tuc)\b|\bthu tuc\b[^?]*\bma\b")


def _code_cell(unit: Unit) -> tuple[int, int] | None:
    """Where a table row writes a code in a cell of its own ("1.006427", "2.000119"), or
    None."""
    for _, (a, b) in _located_cells(unit):
        if _CODE_TOKEN.fullmatch(unit.text, a, b) and not _NOT_CODE.fullmatch(unit.text, a, b):
            return a, b
    return None


def stated_code(text: str) -> tuple[int, int] | None:
    """Where ``text`` writes the code it assigns after "mã (số)", or None (the last one: a
    classification names its heading and subheading before the full code)."""
    span = None
    for match in _STATED_CODE.finditer(text):
        span = match.span(1)
    return span


# A procedure's fee field that charges nothing ("8. Phí, lệ phí (nếu có): Không quy định.",
# "h) Phí, lệ phí: **Không.", "**Phí/Lệ phí (nếu có):** Không."): "Không" is the amount it states
_NO_FEE_FIELD = re.compile(
    r"(?:^|(?<=[\n|;.]))[\s\-+•*]*(?:[0-9.]+\.?\s+|[a-zđ]\)\s*)?\**\s*(?:Phí|Lệ phí)"
    r"(?:\s*[,/]\s*lệ phí)?(?:\s*\(nếu có\))?\s*:\s*\**\s*"
    r"(Không(?:\s+(?:quy\s+định|thu))?)(?![^\W\d])",
    re.IGNORECASE,
)


def no_fee(q: Question, text: str) -> Extracted | None:
    """ "phí, lệ phí ... là bao nhiêu" over a fee field that charges nothing: its "Không"."""
    if FEE_ASKED.search(q.route.folded) is None:
        return None
    field = _NO_FEE_FIELD.search(text)
    if field is None:
        return None
    return tidy(field.group(1)), field.span(1), 1.0, text, None


def _labelled(label: str, value: str) -> str:
    """``value`` under its label, the label's own colon kept once ("Tổng thời gian thực hiện
    TTHC:" and "150 ngày" give "Tổng thời gian thực hiện TTHC: 150 ngày")."""
    return f"{label.rstrip(': ')}: {value}"


def _asks_two_values(q: Question) -> bool:
    """The question asks two values, each of its own case (:data:`ASKS_TWO_VALUES`)."""
    return q.route.intent == "compare" or ASKS_TWO_VALUES.search(q.route.folded) is not None


_OTHER_COUNTED = 0.3  # a value counting another thing than asked, beside one counting it
# "D = (209.929 x 5.000)/712.200 = 524,8 tỷ đồng": a value computed on, before the "=" that
# gives the result (a unit word may follow it, an operator and another number may join it)
_FORMULA_OPERAND = re.compile(
    r"(?:\s*[^\W\d_]{1,8})?(?:\s*[)\]]|\s*[x×*/+]\s*\(?\s*\d[\d.,]*\s*%?)*"
    r"(?:\s*[^\W\d_]{1,8})?\s*=(?!=)"
)
_OPERAND = 0.3  # an operand of a formula states no figure of its own: its result does
# "... sẽ là: D = (209.929 x 5.000)/712.200 = ": a result, and the formula it ends, whose
# first "=" follows the name of what it computes (no clause break inside)
_FORMULA_RESULT = re.compile(
    r"[^\W\d_]{0,3}\s*=[^=:;]{0,80}?(?:=[^=:;]{0,80}?)*=\s*$|[^\W\d_]{0,3}\s*=\s*$"
)
_FORMULA_CHARS = 200  # characters before a result read back for its formula


def _formula_start(text: str, a: int) -> int:
    """Where the formula that the value at ``a`` results from opens ("D = ..."), or ``a``:
    what the value is said of is written before its formula, not inside it."""
    reach = max(0, a - _FORMULA_CHARS)
    found = _FORMULA_RESULT.search(text, reach, a)
    return found.start() if found else a


def _counted_as_asked(text: str, values: Sequence[tuple[int, int, str]], expected: str) -> bool:
    """Some value of ``text`` is followed by the thing the question counts (``expected``, the
    folded words after "bao nhiêu": "phuong" of "bao nhiêu phường")."""
    head = expected.split()[0]
    return any(_unit_matches(head, fold(text[b : b + _RATE_CHARS])) for _a, b, _raw in values)


_SEVERAL_COUNTED = re.compile(r",|\s(?:và|va|hoặc|hoac)\s", re.IGNORECASE)
# a comma going on with another noun, not with a clause ("bao nhiêu người, trong đó ...")
_ANOTHER_COUNTED = re.compile(
    r"\s*,\s*(?!(?:trong|theo|tại|tai|của|cua|so|với|voi|khi|thì|thi|là|la|đã|da|đạt|dat)\b)"
    r"[^\W\d]",
    re.IGNORECASE,
)


def _counts_one_thing(q: Question) -> bool:
    """The question counts one thing ("bao nhiêu phường"), not a total ("tổng cộng bao nhiêu")
    nor several things together ("bao nhiêu xã, phường"), which a sentence counts under a name
    of their own ("99 đơn vị hành chính cấp xã, gồm 66 xã và 33 phường")."""
    if _ASKS_TOTAL.search(q.route.folded):
        return False
    counted = _COUNTED_ASKED.search(q.route.question)
    if counted is None:
        return True
    # the counted phrase stops at a comma: "bao nhiêu xã, phường" lists its things after it
    listed = _ANOTHER_COUNTED.match(q.route.question, counted.end())
    return listed is None and _SEVERAL_COUNTED.search(counted.group(1)) is None


# The time a value is of: the last year ("năm 2024", "đến năm 2030") or period ("quý II", "6
# tháng") its sentence writes before it; a time it is compared with ("so với cùng kỳ năm 2024",
# "so với quý I") is not its own, nor the first year of a range ("2021-2025") (folded)
_YEAR_MARK = re.compile(r"\b(?:nam|den|trong|tu)\s+((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)")
_COMPARED_TIME = re.compile(
    r"\bso voi (?:cung ky )?(?:(?:nam|quy|ky) )?(?:(?:19|20)\d{2}|i{1,3}|iv|[1-4])\b"
    r"(?: nam (?:19|20)\d{2}\b)?"
)
_OTHER_TIME = 0.35  # a value of another year or period than asked, beside one of the asked


def _own_time(text: str, a: int) -> tuple[int | None, str | None]:
    """The year and the period the value at ``a`` is of, as its own sentence writes them last
    before it (None for either it does not write)."""
    before = _COMPARED_TIME.sub(" ", fold(text[text.rfind(". ", 0, a) + 1 : a]))
    years = _YEAR_MARK.findall(before)
    placed = [
        (match.start(), period)
        for period in periods_in(before)
        for match in re.finditer(period_pattern(period), before)
    ]
    return (int(years[-1]) if years else None), (max(placed)[1] if placed else None)


def _values_of_other_times(
    q: Question, text: str, values: Sequence[tuple[int, int, str]]
) -> set[int]:
    """The values of a sentence stating several times ("Năm 2024 có 45 xã ..., năm 2025 có 52
    xã ...", "quý I ... đạt 98,2%; quý II ... đạt 97,5%") whose own year or period is another
    than the question's, when another value is of the one asked."""
    asked_years, asked_periods = set(q.route.years), set(q.route.periods)
    if len(values) < 2 or not (asked_years or asked_periods):
        return set()
    times = [_own_time(text, a) for a, _b, _raw in values]
    other: set[int] = set()
    for asked, place in ((asked_years, 0), (asked_periods, 1)):
        if not asked or not any(time[place] in asked for time in times):
            continue
        other |= {
            i
            for i, time in enumerate(times)
            if time[place] is not None and time[place] not in asked
        }
    return other


_ASKED_ACT = 0.35  # a value of whose own clause the act asked is not said, beside one it is


def _values_without_asked_act(
    q: Question,
    text: str,
    values: Sequence[tuple[int, int, str]],
    labels: Sequence[tuple[int, int]],
) -> set[int]:
    """The values of a unit of whose own label (``labels``, :func:`label_spans`) the act the
    question asks ("đã giải ngân bao nhiêu": "giải ngân") says nothing, when another value's
    own label says all of it ("Tổng kinh phí ... là 125,6 tỷ đồng ...; đã giải ngân 62 tỷ
    đồng"). An act written before the first value is said of them all: none is told apart."""
    act = asked_act(q)
    if len(values) < 2 or not act or act <= keyed_tokens(q, text[: values[0][0]]):
        return set()
    said = [
        act & keyed_tokens(q, text[left:a] + " " + text[b:right])
        for (a, b, _raw), (left, right) in zip(values, labels, strict=True)
    ]
    if not any(words == act for words in said):
        return set()
    return {i for i, words in enumerate(said) if not words}


def _values_of_other_list_act(
    q: Question, text: str, values: Sequence[tuple[int, int, str]]
) -> set[int]:
    """Of counts of procedures each followed by the act done to them ("12 (mười hai) thủ tục
    hành chính được sửa đổi, bổ sung và 01 (một) thủ tục hành chính bị bãi bỏ"), those whose
    own phrase names only other acts than the question's ("bị bãi bỏ ... là bao nhiêu"), when
    another's names the act asked."""
    asked = _list_acts(q.route.folded)
    if len(values) < 2 or not asked:
        return set()
    acts = [_list_acts(fold(_right_phrase(text, b))) for _a, b, _raw in values]
    if not any(own & asked for own in acts):
        return set()
    return {i for i, own in enumerate(acts) if own and not own & asked}


# "..., trong đó có 67 xã, 21 phường hình thành sau sắp xếp", "20 thủ tục ..., gồm: 14 thủ tục
# mới ban hành và 06 thủ tục bị bãi bỏ": the parts of a value stated before, up to the end of
# their clause (folded)
_PARTS_FOLLOW = re.compile(r"\b(?:trong do|gom)\b")
_PARTS_END = re.compile(r";|\.\s|\)")
_OTHER_LEVEL = 0.35  # a part when the question asks its whole, the whole when it asks a part


def _values_of_other_level(
    q: Question, text: str, values: Sequence[tuple[int, int, str]]
) -> set[int]:
    """Of a value stated with its parts ("gồm 72 xã và 23 phường; trong đó có 67 xã, 21 phường
    hình thành sau sắp xếp ...": the values after "trong đó" or "gồm" that count what a value
    before them in their sentence counts), the parts when the question asks the whole, the
    whole when it asks a part. It asks a part when what it counts ("bao nhiêu phường hình
    thành sau sắp xếp", "bao nhiêu TTHC mới ban hành") or its other words name something the
    parts' clause holds that the whole's own words, or its statement, do not."""
    folded = strip_diacritics(text).lower()  # same length as the NFC text (fold expands TTHC)
    if len(values) < 2 or len(folded) != len(text) or not _PARTS_FOLLOW.search(folded):
        return set()
    counted_phrase = _COUNTED_ASKED.search(q.route.question)
    counted = keyed_tokens(q, counted_phrase.group(1)) if counted_phrase else set()
    asked = set(q.weights)
    other: set[int] = set()
    for match in _PARTS_FOLLOW.finditer(folded):
        start = text.rfind(". ", 0, match.start()) + 1
        stop = _PARTS_END.search(text, match.end())
        end = stop.start() if stop else len(text)
        before = [i for i, (a, _b, _raw) in enumerate(values) if start <= a < match.start()]
        parts = [i for i, (a, _b, _raw) in enumerate(values) if match.end() <= a < end]
        counts = {i: value_unit(text, values[i][0], values[i][1]) for i in before + parts}
        part_units = {counts[i] for i in parts} - {""}  # a bare number counts nothing named
        wholes = [i for i in before if counts[i] in part_units]
        whole_units = {counts[i] for i in wholes}
        parts = [i for i in parts if counts[i] in whole_units]
        if not parts:
            continue
        clause = keyed_tokens(q, text[match.end() : end])
        whole_words = set().union(
            *(keyed_tokens(q, _right_phrase(text, values[i][1])) for i in wholes)
        )
        statement = keyed_tokens(q, text[start : match.start()])
        if (counted & clause) - whole_words or (asked & clause) - statement:
            other.update(wholes)  # the question names the parts
        else:
            other.update(parts)
    return other


# The end of a clause or a cell: the words before it are read by the rules that stop there
_VALUE_CLAUSE_END = re.compile(r";|\.\s|\|")


def value_answer(corpus: Corpus, q: Question, unit: Unit, intent: str) -> Extracted | None:
    """The number in ``unit`` that answers a figure, score or target question."""
    text = unit.text
    if intent == "figure" and (free := no_fee(q, text)) is not None:
        return free
    if intent == "figure" and asks_a_code(q.route.folded):
        # "được xếp vào mã HS nào": the code the unit assigns is the answer, no amount of it
        code = stated_code(text)
        if code is None and unit.kind == "row":
            # "3. | 1.006427 | Đánh giá kết quả ...": a list of procedures writes each one's
            # code in a cell of its own, under "Mã TTHC" or "Số hồ sơ TTHC"
            code = _code_cell(unit)
        if code is None and _PROCEDURE_ASKED.search(q.route.folded):
            # "Cấp Chứng chỉ hành nghề tu bổ di tích (1.001822.H42)", "... mẫu AK **1.000603.H21**":
            # a procedure's code written after its name, with its province's suffix
            found = _PROCEDURE_CODE.search(text)
            code = found.span() if found is not None else None
        if code is not None:
            return text[code[0] : code[1]], code, 1.0, text, None
    values = _values(text, corpus.unit_mentions(unit))
    row_unit = ""
    stated: tuple[int, int] | None = None  # a first cell stating figures, no label
    column_named = False
    if unit.kind == "row" and _numbering_header(corpus, unit):
        return None  # "STT | ... | Chiều dài *19,500* | Cấp": names of columns, a stray number
    if unit.kind == "row":  # numbers of the value columns, not of the label or a legend
        cells, label_end = _row_value_cells(unit)
        if not cells:
            # "V | Lĩnh vực thể dục thể thao (32 TTHC)": a heading row of a group of rows, the
            # count of its rows in brackets
            cells = [(m.start(), m.end()) for m in _COUNT_ASIDE.finditer(text, 0, label_end)]
        all_cells = cells
        cells = _named_column(corpus, q, unit, cells)
        column_named = len(cells) == 1 < len(all_cells)
        stated = None if column_named else _label_stating_values(unit, cells)
        if stated is not None:
            cells = [stated, *cells]  # no label column: the first cell holds values too
        values = [v for v in values if _inside(v[0], cells)]
        # ("Mỗi ha rừng được hỗ trợ ... | 1,2": a value per the unit its label names after
        # "mỗi" counts no such units; read with its tones, "mỗi" is not "mới")
        row_unit = fold(
            PER_UNIT_WRITTEN.sub(
                " ", text[:label_end] + " " + " ".join(text[a:b] for a, b in cells)
            )
        )
    folded_q = q.route.folded
    expected = _expected_unit(folded_q)
    if expected and unit.kind == "text":
        values = sorted(values + _counts_in_words(text, expected.split()[0]))
    if not values:
        return None
    wants_percent = bool(re.search(r"\b(ty le|ti le|phan tram)\b|%", folded_q))
    wants_rank = bool(re.search(r"\b(xep hang|xep thu|thu hang|thu may|vi tri)\b", folded_q))
    wants_score = bool(_SCORE_WORD.search(folded_q)) and not wants_rank
    context = f"{unit.folded} {unit.context_folded.partition(' || ')[0]} {unit.heading}"
    target_context = bool(_TARGET_CUE.search(context))
    # a row under a header "Tỷ lệ ... (%)" holds percentages written without the sign
    percent_column = unit.kind == "row" and "%" in unit.context_key
    wants_money = asks_money(plain(folded_q), q.route.question)
    # a row under a header "Mức hỗ trợ (đồng)" holds sums written without their currency
    money_column = unit.kind == "row" and _header_unit("dong", unit)
    score_column = _score_column(unit)
    best: tuple[float, tuple[int, int, str]] | None = None
    asked_numbers = {
        _plain_number(m.group())
        for m in _NUMBER.finditer(q.route.question)
        # (not the one a value is reckoned per: "từ mức nào trở lên/01 đơn vị tài sản"; a
        # year after a slash, "quý I/2025", is still the question's)
        if q.route.question[m.start() - 1 : m.start()] != "/" or len(m.group()) > 2
    }
    issuer_places = _issuer_only_places(corpus, q, unit.doc_id) if q.localities else set()
    places = [corpus.place_key(n) for n in q.localities if n not in issuer_places]
    bands = _asked_bands(folded_q)
    asks_total = _ASKS_TOTAL.search(folded_q) is not None
    # "tổng chiều dài đê của xã Văn Lang": the row opening the commune's group of rows holds a
    # part of the sum asked, the row summing them (read after it) the sum
    part_of_sum = (
        unit.kind == "row"
        and intent == "figure"
        and ASKS_A_SUM.search(folded_q) is not None
        and _group_total(corpus, unit) is not None
    )
    band_fit = _band_fit(bands, fold(text)) if bands else 0.0
    previous_end = 0
    named_cases = (
        cases_named(q, text, values) | labelled_cases(q, text, values)
        if unit.kind == "text"
        else set()
    )
    counted_asked = (
        _counted_as_asked(text, values, expected)
        if unit.kind == "text" and expected and not wants_score and _counts_one_thing(q)
        else None
    )
    whole_share = text_share(q, text) if unit.kind == "text" and ";" in text else 0.0
    multiple_of_asked = _ASKS_MULTIPLE.search(folded_q) is None
    # of several values in one text, each one's own label (the words from the break that
    # opens it: ", ", "và", ";"), and those its own clause gives another time, act or whole
    # than the question's (each set empty unless another value fits)
    several = unit.kind == "text" and len(values) > 1
    labels = label_spans(text, [(a, b) for a, b, _raw in values]) if several else []
    other_time, other_act, other_level = (
        (
            _values_of_other_times(q, text, values),
            _values_without_asked_act(q, text, values, labels),
            _values_of_other_level(q, text, values),
        )
        if several
        else (set(), set(), set())
    )
    other_list_act = _values_of_other_list_act(q, text, values) if several else set()
    for i, (a, b, raw) in enumerate(values):
        # where the words said of this value alone open: past the comma or "và" after the
        # value before in its clause ("gồm 55 xã và 09 phường"), or since that value when
        # none parts them ("từ 32.000.000 đồng đến 48.000.000 đồng": "từ ... đến" is said of
        # both; a clause end before it is left to the readings that stop there)
        opening = (
            labels[i][0]
            if labels
            and i
            and labels[i][0] > previous_end
            and _VALUE_CLAUSE_END.search(text, previous_end, a) is None
            else 0
        )
        # "... 100% (năm 2023 xã An Sơn chưa đạt, mới đạt 80,63%)": a bracket opened since
        # the value before and still open holds an aside said of the value inside it whole
        aside = text.rfind("(", previous_end, a)
        if opening and aside != -1 and ")" not in text[aside:a]:
            opening = min(opening, aside + 1)
        own_text = text[opening:]
        # the words since the value before: what this one is said of ("... lần đầu tối thiểu
        # là 5.000 tỷ đồng ... và được nâng lên tối thiểu là 10.000 tỷ đồng")
        own_share = text_share(q, text[max(previous_end, a - _OWN_WORDS, opening) : a])
        previous_end = b
        if _plain_number(raw.rstrip("% ")) in asked_numbers:
            continue  # "mức độ 3,4" or "đến 1 tỷ đồng" of the question is no answer
        if multiple_of_asked and _multiple_of_asked(q, text, a, b):
            continue  # "10 lần mức chuẩn" is no amount of "mức chuẩn"
        quality = _OWN_SHARE * own_share + 0.5
        after = text[b : b + 12]
        before = text[max(0, a - 24) : a]
        is_score = (
            bool(_SCORE_AFTER.match(after))
            or ("/" in raw and "điểm" in text.lower())
            or bool(_SCORE_BEFORE.search(before))
            or score_column
        )
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
            quality += 0.3 if raw.rstrip().endswith("%") or percent_column else -0.2
        elif wants_money:
            # "phí chứng thực di chúc ... bao nhiêu": "50.000 đồng/di chúc", not the "02 (hai)
            # ngày" of the procedure's time limit in the same row
            money = _CURRENCY_AFTER.match(text, b) or money_column
            quality += _MONEY_FIT if money else -0.2
        if expected and not wants_score:
            past = past_restated_count(text, b)
            following = row_unit or fold(text[past : past + 30])
            head = expected.split()[0]
            if _unit_matches(head, following, anywhere=bool(row_unit)) or (
                row_unit and _header_unit(head, unit)
            ):
                quality += 0.2 + (0.05 if _unit_matches(expected, following) else 0.0)
            else:
                quality -= 0.15
                if counted_asked and value_unit(text, a, b):
                    # "85 xã, 14 phường và 03 đặc khu" for "bao nhiêu phường": another value of
                    # the sentence counts what is asked, this one counts another thing, however
                    # many of the question's words stand around it
                    quality -= _OTHER_COUNTED
        clause_share = clause_coverage(q, text, a, b)
        quality += 0.2 * clause_share
        if unit.kind == "text" and ";" in text:
            quality += _CLAUSE_MARGIN_WEIGHT * (clause_share - whole_share)
        if i in named_cases:
            quality += _CASE_NAMED  # "06 TTHC nội bộ cấp xã" for "bao nhiêu TTHC ... cấp xã"
        if (
            denies_question(q, text, a, b)
            or affirms_denied_case(q, text, a, b)
            or sets_apart_another_case(q, text, a, b)
        ):
            # the value of the other case ("không ...", "riêng ...") than the one asked
            quality -= _DENIED_CASE
        if i in other_time:
            quality -= _OTHER_TIME  # "năm 2025 có 52 xã" for 2024, beside "Năm 2024 có 45 xã"
        if i in other_act or i in other_list_act:
            # "Tổng kinh phí ... 125,6 tỷ" for "giải ngân bao nhiêu", "12 thủ tục ... được sửa
            # đổi" for "số thủ tục bị bãi bỏ"
            quality -= _ASKED_ACT
        if i in other_level:
            quality -= _OTHER_LEVEL  # "trong đó ... 21 phường" for the whole's "bao nhiêu phường"
        opens = _formula_start(text, a) if "=" in text else a
        quality += 0.35 * max(
            left_context(q, own_text, a - opening, expected or ""),
            left_context(q, text, opens, expected or "") if opens < a else 0.0,
        )
        quality += 0.25 * right_phrase_share(q, text, b)
        quality += 0.05 * max(0, echo_run(q, own_text, a - opening) - 1)
        quality += band_fit
        quality += _end_fit(folded_q, text, a, b)
        if asks_total:
            quality += _total_fit(text, a, b)
        if part_of_sum:
            quality -= _TOTAL_FIT
        if places and _names_place(text, a, places):
            quality += 0.2  # "Thành phố Hà Nội 209.929": the value of the place asked
        if bands and _is_band_limit(text, a, b, bands):
            quality -= 0.3  # "trên 01 tỷ đến 10 tỷ đồng": a limit of a band, not its value
        elif len(bands) == 1 and len(values) > 1:
            # "- Đến 01 tỷ đồng mức thu phí là 10 triệu đồng. - Trên 20 tỷ đồng mức thu phí là
            # 85 triệu đồng": of the values of several bands, the one its own item says is of
            # the band asked (of two bands asked, each case is asked alone)
            quality += _item_band_fit(bands, fold(_own_item(text, a)))
        if "=" in text and _FORMULA_OPERAND.match(text, b):
            quality -= _OPERAND
        if best is None or quality > best[0]:
            best = (quality, (a, b, raw))
    if best is None:
        return None
    quality, (a, b, _raw) = best
    spelled = _SPELLED_OUT.match(text, b) if unit.kind == "text" else None
    if spelled is None:
        answer, focus, _, window, _ = window_answer(
            q, unit, (a, b), quality, in_cell=True, unlabelled=stated is not None
        )
        if column_named:
            # the cell of the column the question names, not its neighbours ("Xã Hưng Lộc: 65",
            # not "Xã Hưng Lộc: 35 65")
            answer = _named_cell_answer(unit, cells[0], (a, b))
        return answer, focus, max(0.0, min(1.0, quality)), window, None
    # the window holds what the value counts past its number spelled out ("5.000 (năm nghìn)
    # tỷ đồng"), and no further value of the clause; the focus stays the number
    start, end = clause_window(text, (a, spelled.end()), q.weights, q.toned)
    if _NUMBER.search(text, spelled.end(), end):
        end = spelled.end()
    return tidy(text[start:end]), (a, b), max(0.0, min(1.0, quality)), text[start:end], None
