"""Targets (chỉ tiêu) stated in plans, with the year they are due.

A *target* is a quantified commitment: a value the plan sets for an indicator — "phấn đấu đến năm
2025, 100% ...", "Tối thiểu 80% hồ sơ ...", "đạt từ 9/10 điểm", "tăng từ 6 bậc trở lên", "xếp
hạng 6/11", "thu ngân sách đạt 170 tỷ đồng", "giao ... 01 sáng kiến". Tasks with only a deadline
and qualitative aims ("xếp từ loại khá trở lên") are not targets.

:func:`extract_targets` reads a whole plan line by line and keeps the context a reader keeps:

- the heading stack (I. > 1. > 1.2. > a)). Under a heading about objectives ("Mục tiêu", "Chỉ
  tiêu") every quantified value is a target; under tasks and solutions ("Nhiệm vụ", "Giải pháp")
  a value needs a target word in its clause ("phấn đấu", "tối thiểu", "đạt", "đảm bảo", "trở
  lên", "giảm", "tăng", a "giao ..." quota); under findings ("Thực trạng", "Tình hình", "Kết
  quả thực hiện") only "phấn đấu" makes a target;
- the year: a year in the value's clause ("đến năm 2025", "Năm 2021,", "giai đoạn 2022-2025",
  not "so với năm 2021"), else the governing year heading ("a) Đến năm 2025" rules the lines
  below it until the next heading of its level or higher), else the plan's year from its title
  ("... năm 2024", "giai đoạn 2021 - 2030").

Values inside a parenthesis that reports a fact ("(năm 2023 xã An Sơn mới đạt 80,63%)") and
values preceded by "mới đạt", "đã đạt", "còn" are findings, not targets. Table lines are left to
:func:`targets_from_table`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from indexer.extract.citations import extract_citations
from indexer.extract.figures import clause_bounds, non_figure_spans
from indexer.extract.indicators import indicator_key, quantity_indicator
from indexer.extract.numbers import (
    COUNT_UNITS,
    NUMBER_PATTERN,
    Quantity,
    find_deadlines,
    find_quantities,
    parse_number,
)
from indexer.records import Target

__all__ = ["extract_targets", "plan_year", "targets_from_table"]

logger = logging.getLogger(__name__)

_YEAR = r"(?:19|20)\d{2}"
_LABEL = re.compile(
    r"^[ \t]*(?P<label>(?P<roman>[IVX]+)[.)]|(?P<num>\d+(?:\.\d+)*)[.)]?|(?P<letter>[a-zđ])\))"
    r"[ \t]+(?P<title>\S.*)$"
)
_YEAR_HEADING = re.compile(
    rf"^(?i:(?:đến|tới|trong|giai đoạn đến)\s+(?:năm\s+)?|năm\s+|giai đoạn\s+{_YEAR}\s*[-–]\s*)"
    rf"(?P<year>{_YEAR})\s*:?\s*$"
)
_TARGET_HEADING = re.compile(r"(?i:mục tiêu|chỉ tiêu|phấn đấu|phần đầu|phân đấu)")
_TASK_HEADING = re.compile(
    r"(?i:nhiệm vụ|giải pháp|tổ chức thực hiện|kinh phí|yêu cầu|nội dung|khắc phục)"
)
_FACT_HEADING = re.compile(
    r"(?i:thực trạng|tình hình|kết quả (?:đạt được|thực hiện)|đánh giá chung|tồn tại)"
)
_STRIVE = re.compile(r"(?i:phấn đấu|phần đầu|phân đấu|phấn đầu)")
_CUE = re.compile(
    r"(?i:phấn đấu|phần đầu|phân đấu|phấn đầu|mục tiêu|chỉ tiêu|tối thiểu|ít nhất|trở lên|"
    r"tối đa|không quá|không vượt quá|đảm bảo|bảo đảm|đạt|hoàn thành|tăng|giảm)(?![\w])"
)
_QUOTA = re.compile(r"(?i:(?<![\w])giao(?![\w]))")
_FINDING_BEFORE = re.compile(r"(?i:mới đạt|đã đạt|chỉ đạt|hiện đạt|chưa đạt|còn|đã có)\s*$")
_FINDING_WORDS = re.compile(
    r"(?i:mới đạt|chưa đạt|đã đạt|còn|hiện nay|tại thời điểm|thực tế|trong đó có)"
)
_PAST = re.compile(r"(?i:(?<![\w])đã(?![\w]))")
_VERB = re.compile(r"(?i:(?<![\w])(?:tăng|giảm|đạt|là|hoàn thành|chiếm|bằng|nâng)(?![\w]))")
_AT_LEAST = re.compile(r"(?i:tối thiểu|ít nhất|không dưới)(?![\w])")
# "từ", "trên" only right before the value: "đạt từ 9/10", "trên 20%"; not "từ UBND huyện đến".
_AT_LEAST_NEAR = re.compile(r"(?i:(?<![\w])(?:từ|trên|hơn))(?![\w])")
_AT_MOST = re.compile(r"(?i:tối đa|không quá|không vượt quá|(?<![\w])dưới|ít hơn)(?![\w])")
_OR_MORE = re.compile(r"^\s*(?:\S+\s+){0,3}?(?i:trở lên)")
_CLAUSE_YEAR = re.compile(
    rf"(?P<range>giai đoạn\s+{_YEAR}\s*[-–]\s*(?P<end>{_YEAR}))"
    rf"|(?P<single>(?i:năm)\s+(?P<year>{_YEAR}))(?!\s*[-–]\s*\d)"
)
_BASELINE = re.compile(r"(?i:(?:so với|hơn|trước|từ|ngoài)\s*(?:năm|giai đoạn)?\s*)$")
_WORD_NUMBERS = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
_COUNT_UNIT = "|".join(sorted((re.escape(u) for u in COUNT_UNITS), key=len, reverse=True))
# "phấn đấu một đơn vị ...": a number word right after "phấn đấu" counts.
_WORD_NUMBER = re.compile(
    r"(?i:phấn đấu|phần đầu|phân đấu|phấn đầu)\s+(?:có\s+)?"
    rf"(?P<word>{'|'.join(_WORD_NUMBERS)})\s+(?P<unit>{_COUNT_UNIT})(?![\w])"
)
_TITLE_END = re.compile(r"^(?i:căn cứ|kính gửi|thực hiện|để |xét |điều \d|[IVX]+\.)")
_DATE_LINE = re.compile(r"ngày\s+\d{0,2}\s*tháng|\d{1,2}/\d{1,2}/\d{4}|^số\s*:", re.IGNORECASE)
_TARGET_KINDS = {"percent", "score", "rank", "count", "money"}


@dataclass
class _Heading:
    level: int
    title: str
    year: int | None


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    position = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        spans.append((position, position + len(body)))
        position += len(raw)
    return spans


def plan_year(text: str) -> int | None:
    """The year a plan aims at, from its title lines: the last year named there
    ("... năm 2023 và ... năm 2024" → 2024, "giai đoạn 2021 - 2030" → 2030)."""
    years: list[int] = []
    seen = 0
    for start, end in _lines(text):
        line = text[start:end].strip()
        if not line:
            continue
        seen += 1
        if seen > 15 or len(line) > 250 or _TITLE_END.match(line):
            break
        if _DATE_LINE.search(line):
            continue
        years.extend(int(y) for y in re.findall(rf"(?<!\d){_YEAR}(?!\d)", line))
    return max(years) if years else None


def _heading(line: str) -> tuple[int, str] | None:
    """(level, title) of a heading line; numbered items that state something are not headings."""
    m = _LABEL.match(line)
    if not m:
        return None
    title = m.group("title").strip()
    if len(line.strip()) > 160 or title.endswith(";"):
        return None
    if title.endswith(".") and len(title) > 60:
        return None
    if m.group("roman"):
        level = 1
    elif m.group("num"):
        level = 1 + m.group("num").count(".") + 1
    else:
        level = 6
    return level, title


def _mode(stack: list[_Heading]) -> str:
    for heading in reversed(stack):
        if heading.year is not None or _TARGET_HEADING.search(heading.title):
            return "target"
        if _TASK_HEADING.search(heading.title):
            return "task"
        if _FACT_HEADING.search(heading.title):
            return "fact"
    return "task"


def extract_targets(text: str, *, locality: str | None = None) -> list[Target]:
    """Targets of a plan (clean text of the whole document), in text order."""
    default_year = plan_year(text)
    quantities = find_quantities(text, skip=non_figure_spans(text))
    quantities.extend(_word_number_quantities(text))
    quantities.sort(key=lambda q: q.start)
    targets: list[Target] = []
    stack: list[_Heading] = []
    q_index = 0
    for start, end in _lines(text):
        line = text[start:end]
        heading = _heading(line)
        if heading is not None:
            level, title = heading
            while stack and stack[-1].level >= level:
                stack.pop()
            year_match = _YEAR_HEADING.match(title)
            stack.append(_Heading(level, title, int(year_match["year"]) if year_match else None))
        while q_index < len(quantities) and quantities[q_index].start < start:
            q_index += 1
        in_line = []
        while q_index < len(quantities) and quantities[q_index].end <= end:
            in_line.append(quantities[q_index])
            q_index += 1
        if not in_line or "|" in line or "\t" in line:
            continue
        mode = _mode(stack)
        heading_year = next((h.year for h in reversed(stack) if h.year is not None), None)
        for q in in_line:
            if q.kind not in _TARGET_KINDS or (q.kind == "count" and not q.unit):
                continue
            if not _is_target(text, q, mode):
                continue
            c_start, c_end = clause_bounds(text, q.start, q.end)
            year = _clause_year(text, c_start, c_end, q) or heading_year or default_year
            indicator = quantity_indicator(text, q, q.kind, c_start, c_end) or line.strip()
            targets.append(
                Target(
                    indicator=indicator,
                    indicator_key=indicator_key(indicator),
                    comparator=_comparator(text, q, c_start, c_end),
                    value=q.value,
                    raw=q.raw,
                    unit=_unit(q),
                    year=year,
                    deadline=_deadline(text, c_start, c_end),
                    locality=locality,
                    start=q.start,
                    end=q.end,
                )
            )
    return targets


def _deadline(text: str, c_start: int, c_end: int) -> str | None:
    """ISO date of a deadline in the clause ("... trước ngày 30/6/2025")."""
    for q in find_deadlines(text[c_start:c_end]):
        digits = f"{int(q.value):08d}"
        return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
    return None


def _unit(q: Quantity) -> str | None:
    if q.kind == "rank":
        return "hạng"
    return q.unit


def _word_number_quantities(text: str) -> list[Quantity]:
    found = []
    for m in _WORD_NUMBER.finditer(text):
        start, end = m.start("word"), m.end()
        value = float(_WORD_NUMBERS[m.group("word").lower()])
        found.append(Quantity(value, text[start:end], m.group("unit"), "count", start, end))
    return found


def _parenthesis(text: str, q: Quantity, c_start: int, c_end: int) -> tuple[int, int] | None:
    opened = text.rfind("(", c_start, q.start)
    if opened < 0 or text.rfind(")", opened, q.start) >= 0:
        return None
    closed = text.find(")", q.end, c_end + 200)
    return opened, closed if closed >= 0 else c_end


def _is_target(text: str, q: Quantity, mode: str) -> bool:
    c_start, c_end = clause_bounds(text, q.start, q.end)
    clause = text[c_start:c_end]
    before = text[c_start : q.start]
    if _FINDING_BEFORE.search(before):
        return False
    parenthesis = _parenthesis(text, q, c_start, c_end)
    if parenthesis and _FINDING_WORDS.search(text[parenthesis[0] : parenthesis[1]]):
        return False
    if mode == "target":
        return True
    if _STRIVE.search(clause):
        return True
    if mode == "fact":
        return False
    if _PAST.search(before):
        return False
    if _CUE.search(clause):
        return True
    if q.kind == "count":
        s_start, _ = clause_bounds(text, q.start, q.end, sentence=True)
        return bool(_QUOTA.search(text[s_start : q.start]))
    return False


def _comparator(text: str, q: Quantity, c_start: int, c_end: int) -> str:
    before = text[c_start : q.start]
    verbs = list(_VERB.finditer(before))
    if verbs:
        verb = verbs[-1].group(0).lower()
        if verb == "tăng":
            return "increase"
        if verb == "giảm":
            return "decrease"
    words = before.split("(")[-1].split()
    near, window = " ".join(words[-2:]), " ".join(words[-7:])
    if q.upper is not None or _OR_MORE.match(text[q.end : c_end]):
        return ">="
    if _AT_LEAST_NEAR.search(near) or _AT_LEAST.search(window):
        return ">="
    if _AT_MOST.search(window):
        return "<="
    return "="


def _clause_year(text: str, c_start: int, c_end: int, q: Quantity) -> int | None:
    """The year named in the value's clause: the nearest before the value, else the first
    after it. Skipped: comparison bases ("so với năm 2021", "hơn năm 2023"), dates ("ngày 15
    tháng 3 năm 2023"), years inside citations, and side remarks in a parenthesis that does not
    hold the value ("đạt từ 90% đến 100% (năm 2023 xã An Sơn mới đạt 80,63%)")."""
    clause = text[c_start:c_end]
    skip = [(c_start + a, c_start + b) for a, b in _citation_spans(clause)]
    for m in re.finditer(r"\([^()]*\)", clause):
        a, b = c_start + m.start(), c_start + m.end()
        if not a <= q.start < b:
            skip.append((a, b))
    before: list[int] = []
    after: list[int] = []
    for m in _CLAUSE_YEAR.finditer(text, c_start, c_end):
        if any(a <= m.start() < b for a, b in skip):
            continue
        preceding = text[max(c_start, m.start() - 20) : m.start()]
        if _BASELINE.search(preceding) or re.search(r"tháng\s+\d{1,2}\s+$", preceding):
            continue
        year = int(m.group("end") or m.group("year"))
        (before if m.start() < q.start else after).append(year)
    if before:
        return before[-1]
    return after[0] if after else None


def _citation_spans(text: str) -> list[tuple[int, int]]:
    return [(c.start, c.end) for c in extract_citations(text)]


_HEADER_YEAR = re.compile(rf"(?<!\d)({_YEAR})(?!\d)")
_CELL_VALUE = re.compile(
    rf"(?P<cmp>≥|>=|>|≤|<=|<|(?i:tối thiểu|ít nhất|trên|tối đa|dưới|không quá))?\s*"
    rf"(?P<num>{NUMBER_PATTERN})\s*(?P<pct>%)?"
)
_UNIT_HEADER = re.compile(r"(?i:đơn vị tính|đvt|đơn vị)")
_INDEX_CELL = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[IVX]+|[a-zđ]\))\s*$")


def targets_from_table(
    caption: str,
    header: Sequence[str],
    rows: Sequence[tuple[Sequence[str], int, int]],
    *,
    locality: str | None = None,
) -> list[Target]:
    """Targets from a table whose columns are years ("Năm 2025", "2030", "Đến năm 2025").

    Each numeric cell under a year column is one target; the indicator is the row's first text
    cell, the unit comes from "%" in the cell or a "Đơn vị tính" column, the span is the row's.
    """
    year_columns = {}
    unit_column = None
    for index, cell in enumerate(header):
        years = _HEADER_YEAR.findall(cell)
        if years and len(cell) < 40:
            year_columns[index] = int(years[-1])
        elif _UNIT_HEADER.search(cell):
            unit_column = index
    if not year_columns:
        return []
    targets = []
    for cells, start, end in rows:
        indicator = next(
            (
                c.strip()
                for i, c in enumerate(cells)
                if i not in year_columns
                and i != unit_column
                and c.strip()
                and not _INDEX_CELL.match(c)
            ),
            "",
        )
        if not indicator:
            continue
        unit_cell = (
            cells[unit_column].strip()
            if unit_column is not None and unit_column < len(cells)
            else ""
        )
        for index, year in year_columns.items():
            if index >= len(cells):
                continue
            m = _CELL_VALUE.fullmatch(cells[index].strip())
            if not m:
                continue
            comparator = _table_comparator(m.group("cmp"))
            unit = "%" if m.group("pct") else (unit_cell or None)
            targets.append(
                Target(
                    indicator=indicator,
                    indicator_key=indicator_key(indicator),
                    comparator=comparator,
                    value=parse_number(m.group("num")),
                    raw=cells[index].strip(),
                    unit=unit,
                    year=year,
                    deadline=None,
                    locality=locality,
                    start=start,
                    end=end,
                )
            )
    if targets:
        logger.debug("%d targets from table %r", len(targets), caption[:60])
    return targets


def _table_comparator(symbol: str | None) -> str:
    if not symbol:
        return "="
    symbol = symbol.lower()
    if symbol in {"≥", ">=", ">", "tối thiểu", "ít nhất", "trên"}:
        return ">="
    return "<="
