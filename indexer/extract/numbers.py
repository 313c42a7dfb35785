"""Vietnamese numbers, dates, periods and quantities as written in administrative documents.

- :func:`parse_number` reads the Vietnamese format: "." groups thousands, "," marks decimals
  ("1.234,5" → 1234.5, "45,2" → 45.2, "03" → 3); an English "7.5" is read as 7.5.
- :func:`parse_date` reads "26/12/2022", "6/3/2023", "13 /3/2023", "26 tháng 12 năm 2022".
- :func:`find_periods` finds reporting periods ("quý I năm 2023", "8 tháng đầu năm 2023").
- :func:`find_quantities` finds the measured values of a text: percentages, scores, ranks,
  counts with a unit, money and deadlines, each with its exact span.

The patterns are hand-written regular expressions: no library reads Vietnamese number and date
formats, and the offsets must stay exact for quoting.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "DATE_PATTERN",
    "NUMBER_PATTERN",
    "Quantity",
    "find_dates",
    "find_deadlines",
    "find_periods",
    "find_quantities",
    "iso_date",
    "parse_date",
    "parse_number",
    "roman_to_int",
]

logger = logging.getLogger(__name__)

# "1.234.567", "1.234,5", "45,2", "03", "7.5". Not inside a longer token ("4G", "A1", "3/4").
NUMBER_PATTERN = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+\.\d+|\d+)"
_NUMBER = re.compile(rf"(?<![\w.,/]){NUMBER_PATTERN}(?![\w])")

DATE_PATTERN = (
    r"(?P<day>\d{1,2})\s*[/.-]\s*(?P<month>\d{1,2})\s*[/.-]\s*(?P<year>(?:19|20)\d{2})(?!\d)"
    r"|(?P<wday>\d{1,2})\s+(?i:tháng)\s+(?P<wmonth>\d{1,2})\s+(?i:năm)\s+(?P<wyear>(?:19|20)\d{2})"
    r"(?!\d)"
)
_DATE = re.compile(rf"(?<![\d/])(?:{DATE_PATTERN})", re.IGNORECASE)

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9}


def roman_to_int(text: str) -> int | None:
    """ "IV" → 4 (quarters and small ordinals only); digits pass through."""
    text = text.strip().upper()
    if text.isdigit():
        return int(text)
    return _ROMAN.get(text)


def parse_number(raw: str) -> float:
    """Read a number written the Vietnamese way ("1.234,5" → 1234.5)."""
    s = raw.strip().replace(" ", "")
    if "," in s and "." in s:
        s = s.replace(".", "").replace(",", ".")
    elif "," in s:
        s = s.replace(",", "") if s.count(",") > 1 else s.replace(",", ".")
    elif "." in s and (s.count(".") > 1 or re.fullmatch(r"\d{1,3}\.\d{3}", s)):
        s = s.replace(".", "")
    return float(s)


def iso_date(day: int | None, month: int, year: int) -> str | None:
    """ "2022-12-26"; "2023-08" when the day was left blank ("ngày   tháng 8 năm 2023");
    None for an impossible date."""
    if not (1 <= month <= 12 and 1900 <= year <= 2100):
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= day <= 31 else None


def _date_of(match: re.Match[str]) -> str | None:
    if match.group("day"):
        return iso_date(
            int(match.group("day")), int(match.group("month")), int(match.group("year"))
        )
    return iso_date(int(match.group("wday")), int(match.group("wmonth")), int(match.group("wyear")))


def parse_date(text: str) -> str | None:
    """ISO date of the first date written in ``text`` ("ngày 26 tháng 12 năm 2022")."""
    for match in _DATE.finditer(text):
        iso = _date_of(match)
        if iso:
            return iso
    return None


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """Every valid date in ``text`` as (start, end, ISO date)."""
    found = []
    for match in _DATE.finditer(text):
        iso = _date_of(match)
        if iso:
            found.append((match.start(), match.end(), iso))
    return found


# ----------------------------------------------------------------------------------- periods

_PERIOD = re.compile(
    r"(?P<quarter>quý\s+(?:I{1,3}|IV|[1-4])(?:\s*(?:/|năm)\s*(?:19|20)\d{2})?)"
    r"|(?P<months>(?:\d{1,2}|sáu|chín)\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+(?:19|20)\d{2})?)"
    r"|(?P<half>(?:6|sáu)\s+tháng(?:\s+năm\s+(?:19|20)\d{2})?)"
    r"|(?P<month>tháng\s+\d{1,2}\s*(?:/|năm)\s*(?:19|20)\d{2})"
    r"|(?P<year>(?<!so với )năm\s+(?:19|20)\d{2})",
    re.IGNORECASE,
)


def find_periods(text: str) -> list[tuple[int, int, str]]:
    """Reporting periods written in ``text`` as (start, end, text as written)."""
    return [(m.start(), m.end(), " ".join(m.group(0).split())) for m in _PERIOD.finditer(text)]


# -------------------------------------------------------------------------------- quantities


@dataclass(frozen=True)
class Quantity:
    """One measured value in a text; ``text[start:end] == raw``."""

    value: float
    raw: str
    unit: str | None
    kind: str  # "percent", "score", "rank", "count", "money", "deadline"
    start: int
    end: int
    denominator: float | None = None
    upper: float | None = None  # the upper bound of a range ("20% - 25%")


# Nouns that count things in administrative reports. A number followed by one of these is a
# count; the longest unit wins ("dịch vụ công" before "dịch vụ").
COUNT_UNITS = (
    "hồ sơ",
    "thủ tục hành chính",
    "thủ tục",
    "TTHC",
    "nhiệm vụ",
    "văn bản",
    "VBQPPL",
    "cơ quan",
    "đơn vị",
    "xã",
    "phường",
    "thị trấn",
    "xã, phường",
    "xã, thị trấn",
    "huyện",
    "người",
    "cán bộ",
    "công chức",
    "viên chức",
    "lượt",
    "cuộc",
    "lớp",
    "tin bài",
    "bài",
    "phiếu",
    "doanh nghiệp",
    "dự án",
    "sáng kiến",
    "phản ánh",
    "kiến nghị",
    "lĩnh vực",
    "dịch vụ công",
    "dịch vụ",
    "tổ",
    "trường hợp",
    "biên chế",
    "tài khoản",
    "giấy mời",
    "chuyên đề",
    "chuyên mục",
    "kế toán",
    "hội nghị",
    "đoàn",
    "YKCD",
    "PAKN",
    "CBCCVC",
    "trường",
    "hợp tác xã",
    "HTX",
    "máy tính",
    "đề án",
    "kế hoạch",
    "quyết định",
    "nhiệm vụ trọng tâm",
    "bậc",
    "vấn đề",
    "tiêu chí",
    "chỉ tiêu",
    "mô hình",
    "giáo viên",
    "học sinh",
    "hộ",
    "thôn",
    "tổ dân phố",
    "camera",
    "cuộc kiểm tra",
    "lượt truy cập",
    "tin",
    "Luật",
    "Nghị quyết",
    "license",
    "giấy phép",
    "điểm",
)
_COUNT_UNIT = "|".join(sorted((re.escape(u) for u in COUNT_UNITS), key=len, reverse=True))

_SPACE = r"[ \t]*"
_N = rf"(?<![\w.,/]){NUMBER_PATTERN}"
_MONEY_SCALE = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "rank",
        re.compile(
            rf"(?P<lead>(?:xếp|đứng)\s+(?:thứ|hạng)(?:\s+thứ)?|xếp\s+hạng|vị\s+trí(?:\s+thứ)?)"
            rf"\s+(?P<a>{_N})(?:\s*/\s*(?P<b>{NUMBER_PATTERN}))?(?![\w/])",
            re.IGNORECASE,
        ),
    ),
    (
        "score",
        re.compile(
            rf"(?P<a>{_N})\s*/\s*(?P<b>{NUMBER_PATTERN})(?![\w/]){_SPACE}(?P<unit>điểm)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "money",
        re.compile(
            rf"(?P<a>{_N}){_SPACE}(?P<scale>tỷ|tỉ|triệu|nghìn|ngàn)"
            rf"(?:{_SPACE}(?P<b>{NUMBER_PATTERN}){_SPACE}(?P<scale2>triệu|nghìn|ngàn))?"
            rf"(?:{_SPACE}(?P<unit>đồng|VNĐ|VND))?(?![\w])"
            rf"|(?P<c>{_N}){_SPACE}(?P<unit2>đồng|VNĐ|VND)(?![\w])",
            re.IGNORECASE,
        ),
    ),
    (
        "percent",
        re.compile(
            rf"(?:(?P<lo>{_N}){_SPACE}%?{_SPACE}(?:-|–|đến){_SPACE})?(?P<a>{_N}){_SPACE}%",
        ),
    ),
    (
        "fraction",
        re.compile(
            rf"(?P<a>{_N})\s*/\s*(?P<b>{NUMBER_PATTERN})(?![\w/.,]\d)(?!\s*/)"
            rf"(?:{_SPACE}(?P<unit>{_COUNT_UNIT})(?![\w]))?",
        ),
    ),
    (
        "count",
        re.compile(rf"(?P<a>{_N}){_SPACE}(?P<unit>{_COUNT_UNIT})(?![\w])"),
    ),
]

_DEADLINE_LEAD = r"(?:trước|chậm nhất|hạn chót|hoàn thành trong|hoàn thành|đến hết)"
_DEADLINE = re.compile(
    rf"(?P<lead>{_DEADLINE_LEAD}\s+(?:ngày\s+)?)(?P<date>{DATE_PATTERN})"
    rf"|(?P<qlead>{_DEADLINE_LEAD}\s+)?"
    r"(?P<quarter>quý\s+(?P<q>I{1,3}|IV|[1-4])\s*(?P<sep>/|năm)\s*(?P<qyear>(?:19|20)\d{2}))(?!\d)",
    re.IGNORECASE,
)
_QUARTER_END = {1: "03-31", 2: "06-30", 3: "09-30", 4: "12-31"}


def _deadline_value(iso: str) -> float:
    """Deadlines are stored as YYYYMMDD so they sort and compare as numbers."""
    return float(iso.replace("-", ""))


def find_deadlines(text: str) -> list[Quantity]:
    """Deadlines: "trước ngày 15/12/2023", "hoàn thành trong quý II năm 2024", "Quý IV/2030"
    in a table."""
    found = []
    for m in _DEADLINE.finditer(text):
        if m.group("quarter"):
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            in_table = "|" in line or "\t" in line
            # "trong quý I năm 2023" is a period; "Quý IV/2030" in a task table is a deadline.
            if not m.group("qlead") and not (m.group("sep") == "/" and in_table):
                continue
            q = roman_to_int(m.group("q")) or 4
            iso = f"{m.group('qyear')}-{_QUARTER_END[q]}"
            start, end = m.start("quarter"), m.end("quarter")
        else:
            date = parse_date(m.group("date"))
            if not date:
                continue
            iso = date
            start, end = m.start(), m.end()
        found.append(Quantity(_deadline_value(iso), text[start:end], None, "deadline", start, end))
    return found


class _TakenSpans:
    """Spans taken so far, kept merged and sorted: an overlap test is a binary search (a long
    text has tens of thousands of numbers; a linear scan per number is quadratic)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(spans):
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some taken span ``(a, b)`` has ``a < end and start < b``."""
        k = bisect.bisect_left(self.starts, end) - 1  # the last span starting before ``end``
        return k >= 0 and self.ends[k] > start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        if i and self.ends[i - 1] >= start:
            i -= 1
            start, end = self.starts[i], max(end, self.ends[i])
        j = i
        while j < len(self.starts) and self.starts[j] <= end:
            end = max(end, self.ends[j])
            j += 1
        self.starts[i:j] = [start]
        self.ends[i:j] = [end]


def find_quantities(text: str, *, skip: Iterable[tuple[int, int]] = ()) -> list[Quantity]:
    """Measured values in ``text`` (not inside the ``skip`` spans), in text order.

    Earlier patterns win where they overlap: a rank "xếp thứ 10/11" is not also a fraction,
    money "1,5 tỷ đồng" is not also a count.
    """
    taken = _TakenSpans(skip)
    found: list[Quantity] = []
    for q in find_deadlines(text):
        if not taken.overlaps(q.start, q.end):
            taken.add(q.start, q.end)
            found.append(q)
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            quantity = _quantity(kind, m)
            if quantity is None or taken.overlaps(quantity.start, quantity.end):
                continue
            taken.add(quantity.start, quantity.end)
            found.append(quantity)
    found.sort(key=lambda q: q.start)
    return found


def _quantity(kind: str, m: re.Match[str]) -> Quantity | None:
    text = m.string
    if kind == "rank":
        start, end = m.start("a"), m.end()
        b = m.group("b")
        return Quantity(
            parse_number(m.group("a")),
            text[start:end],
            None,
            "rank",
            start,
            end,
            parse_number(b) if b else None,
        )
    if kind == "score":
        return Quantity(
            parse_number(m.group("a")),
            m.group(0),
            "điểm",
            "score",
            m.start(),
            m.end(),
            parse_number(m.group("b")),
        )
    if kind == "money":
        if m.group("c"):
            value = parse_number(m.group("c"))
        else:
            value = parse_number(m.group("a")) * _MONEY_SCALE[m.group("scale").lower()]
            if m.group("b"):
                value += parse_number(m.group("b")) * _MONEY_SCALE[m.group("scale2").lower()]
        return Quantity(value, m.group(0), "đồng", "money", m.start(), m.end())
    if kind == "percent":
        value = parse_number(m.group("a"))
        if m.group("lo"):
            low = parse_number(m.group("lo"))
            return Quantity(low, m.group(0), "%", "percent", m.start(), m.end(), upper=value)
        return Quantity(value, m.group(0), "%", "percent", m.start(), m.end())
    if kind == "fraction":
        a, b = parse_number(m.group("a")), parse_number(m.group("b"))
        if b == 0 or a > b or b >= 1900 and b <= 2100 and "," not in m.group("b"):
            return None  # "3/2023" is a month, "20/4" part of a date handled elsewhere
        return Quantity(a, m.group(0), m.group("unit"), "count", m.start(), m.end(), b)
    value = parse_number(m.group("a"))
    return Quantity(value, m.group(0), m.group("unit"), "count", m.start(), m.end())
