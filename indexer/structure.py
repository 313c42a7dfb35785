"""Recover what a document is and how it is organised, from its clean text.

Works line by line on :class:`~indexer.cleaning.CleanText`; every span it returns is already
mapped back to the document text. Nothing here knows the corpus: the patterns are the ones of
Vietnamese administrative writing (Nghị định 30/2020/NĐ-CP layout) and of legal texts
(Phần / Chương / Mục / Điều / Khoản / Điểm).
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from indexer.cleaning import CleanText
from indexer.extract.numbers import iso_date
from indexer.normalize import in_capitals, match_key
from indexer.places import ADMINISTRATIVE_UNITS, UNIT_PATTERN
from indexer.records import Footnote, Section, Table, TableRow

__all__ = ["DocumentStructure", "Line", "innermost_section", "parse_structure", "split_lines"]

logger = logging.getLogger(__name__)

# --------------------------------------------------------------------------------------- lines


@dataclass(frozen=True)
class Line:
    text: str  # clean text of the line, without the line break
    start: int  # clean offsets
    end: int

    @property
    def stripped(self) -> str:
        return self.text.strip()


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    position = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        lines.append(Line(body, position, position + len(body)))
        position += len(raw)
    return lines


# ------------------------------------------------------------------------------------ metadata

_DOC_TYPES = {
    "BÁO CÁO": "báo cáo",
    "KẾ HOẠCH": "kế hoạch",
    "QUYẾT ĐỊNH": "quyết định",
    "NGHỊ QUYẾT": "nghị quyết",
    "NGHỊ ĐỊNH": "nghị định",
    "THÔNG TƯ": "thông tư",
    "CHỈ THỊ": "chỉ thị",
    "TỜ TRÌNH": "tờ trình",
    "THÔNG BÁO": "thông báo",
    "CÔNG VĂN": "công văn",
    "CÔNG ĐIỆN": "công điện",
    "CHƯƠNG TRÌNH": "chương trình",
    "HƯỚNG DẪN": "hướng dẫn",
    "ĐỀ ÁN": "đề án",
    "QUY CHẾ": "quy chế",
    "QUY ĐỊNH": "quy định",
    "BỘ LUẬT": "bộ luật",
    "LUẬT": "luật",
    "PHÁP LỆNH": "pháp lệnh",
}
_TYPE_CODES = {
    "BC": "báo cáo",
    "KH": "kế hoạch",
    "QĐ": "quyết định",
    "NQ": "nghị quyết",
    "NĐ": "nghị định",
    "TT": "thông tư",
    "CT": "chỉ thị",
    "TTr": "tờ trình",
    "TB": "thông báo",
    "CV": "công văn",
    "CĐ": "công điện",
    "CTr": "chương trình",
    "HD": "hướng dẫn",
    "QH": "luật",
}
_NUMBER_LINE = re.compile(
    r"^\s*(?:Số|Luật số|Số hiệu)\s*:?\s*(?P<num>[0-9A-Za-zĐđ./\-]*?)"
    r"\s*/\s*(?P<sym>[A-ZĐa-zđ0-9][\wĐđ&.\-/]*)",
    re.IGNORECASE,
)
_DATE_LINE = re.compile(
    r"^\s*(?:(?P<place>[^\n,]{2,40}?)\s*,\s*"
    # the comma left out: "Hà Nội ngày 01 tháng 12 năm 2025" (a place's capitalized words)
    r"|(?P<bare_place>(?-i:[A-ZĐ][\wÀ-ỹ]*)(?:\s+(?-i:[A-ZĐ][\wÀ-ỹ]*)){0,3})\s+)?"
    r"ngày[\s*_]*(?P<d>\d{1,2})?[\s*_]*tháng[\s*_]*(?P<m>\d{1,2})[\s*_]*năm[\s*_]*(?P<y>\d{4})",
    re.IGNORECASE,
)
_ISSUER_BODY = (
    r"(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Sở [A-ZĐ][\w ]{2,40}?)"
)
_ISSUER_MENTION = re.compile(
    _ISSUER_BODY
    # lower-case units only: in a capitalized header ("UBND HUYỆN VĂN QUAN TỈNH LẠNG SƠN") the
    # name would run on into the next unit
    + r"\s+(?P<level>"
    + "|".join(map(re.escape, ADMINISTRATIVE_UNITS))
    + ")"
    + r"\s+(?P<name>[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\wÀ-ỹ]*(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\wÀ-ỹ]*){0,3})",
)
_POSITION_PREFIX = re.compile(r"^(?:TM|KT|TL|TUQ|Q|QUYỀN)\.?\s+")
_POSITION_ROLE = re.compile(
    r"CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|THỦ TƯỚNG|BÍ THƯ|CHỦ NHIỆM|CHÁNH|ỦY BAN|UỶ BAN|HỘI ĐỒNG|QUỐC HỘI"
    r"|CHÍNH PHỦ|TỔNG|PHÓ|XÁC THỰC|THƯỜNG TRỰC"
)


def _is_position_line(text: str) -> bool:
    """A signature block's position line: capitals naming a role ("KT. CHỦ TỊCH", "CỤC TRƯỞNG")."""
    return (
        in_capitals(text)
        and sum(c.isalpha() for c in text) <= 80
        and (bool(_POSITION_PREFIX.match(text)) or bool(_POSITION_ROLE.search(text)))
        and not _NATIONAL.search(text)
    )


_RANK_PREFIX = re.compile(
    r"^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)|(?:PGS|GS)\.\s*TS\.?|TS\.|ThS\.|BS\.)\s+"
)
_SIGNED_MARK = re.compile(r"^\(?\[?\s*(?:đã ký|Đã ký|ĐÃ KÝ|ký|Ký)\s*\]?\)?$")
_SUBJECT_LINE = re.compile(r"^\s*(?:V/v|V/V|Về việc)\s*:?\s+\S", re.IGNORECASE)
# "V/v" (or "V/v:") alone on its line, the subject in the next one (a header cell broken there)
_SUBJECT_MARK_ALONE = re.compile(r"^\s*(?:V/v|Về việc)\s*:?\s*$", re.IGNORECASE)
# a letter's subject right under its number line without "việc": "Về hướng dẫn đánh giá, ..."
_SUBJECT_UNDER_NUMBER = re.compile(r"^\s*Về\s+[a-zđà-ỹ]")
_NAME_WORD = r"[A-ZĐÀ-Ỹ][a-zđà-ỹ]+"
_PERSON_NAME = re.compile(rf"^\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,4}}\s*$")
_RECIPIENTS_LINE = re.compile(r"^\s*Nơi\s+nhận\s*:?\s*$", re.IGNORECASE)
# A PDF layout line holding both footer columns: "Nơi nhận: KT. CHỦ TỊCH"
_RECIPIENTS_BESIDE = re.compile(r"^\s*Nơi\s+nhận\s*:\s*(?=\S)", re.IGNORECASE)


def _title_case_locality(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:].lower() for w in text.split())


# ----------------------------------------------------------------------------------- headings

_RANK = {
    "appendix": 0,
    "phan": 1,
    "chuong": 2,
    "muc": 3,
    "dieu": 4,
    "roman": 5,
    "number": 6,
    "number2": 7,
    "number3": 8,
    "letter": 9,
    "closing": 0,
}
_HEADING_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "phan",
        re.compile(
            r"^\s*(?P<label>Phần\s+(?:thứ\s+[\wÀ-ỹ]+|[IVXLC]+|\d+))\s*(?:[.:\-–]\s*|$)(?P<title>.*)$",
            re.IGNORECASE,
        ),
    ),
    ("chuong", re.compile(r"^\s*(?P<label>Chương\s+[IVXLC\d]+)\s*[.:\-–]?\s*(?P<title>.*)$", re.I)),
    ("muc", re.compile(r"^\s*(?P<label>Mục\s+\d+)\s*[.:\-–]\s*(?P<title>.*)$")),
    ("dieu", re.compile(r"^\s*(?P<label>Điều\s+\d+[a-zđ]?)\s*(?:[.:]\s*|$)(?P<title>.*)$")),
    ("roman", re.compile(r"^\s*(?P<label>[IVX]{1,5})\s*[.\-–]\s+(?P<title>\S.*)$")),
    ("number3", re.compile(r"^\s*(?P<label>\d{1,2}\.\d{1,2}\.\d{1,2})\.?\s+(?P<title>\S.*)$")),
    ("number2", re.compile(r"^\s*(?P<label>\d{1,2}\.\d{1,2})\.?\s+(?P<title>\S.*)$")),
    ("number", re.compile(r"^\s*(?P<label>\d{1,2})\s*[.)]\s+(?P<title>\S.*)$")),
    ("letter", re.compile(r"^\s*(?P<label>[a-zđ])\s*\)\s*(?P<title>\S.*)$")),
)
# An attached document or appendix starts over at the top of the tree.
_APPENDIX_START = re.compile(
    r"^\s*(?:PHỤ LỤC|KẾ HOẠCH|CHƯƠNG TRÌNH|QUY CHẾ|QUY ĐỊNH|ĐỀ ÁN|DANH MỤC|BIỂU|CÁC ĐỀ ÁN)\b"
)
_APPENDIX_NUMBERED = re.compile(r"^\s*Phụ lục\s+(?:số\s+)?[\dIVX]+\s*[.:]?\s*$", re.IGNORECASE)


def _is_appendix_title(text: str) -> bool:
    """An attached document or appendix title in capitals ("KẾ HOẠCH ...", "PHỤ LỤC ...")."""
    if _APPENDIX_NUMBERED.match(text):
        return True
    return bool(_APPENDIX_START.match(text)) and text == text.upper() and len(text) <= 200


_TITLE_MAX = 400  # a heading's words are its section's context: keep them (whole line)


def _heading_of(line: str) -> tuple[str, str, str] | None:
    """(kind, label, title) when ``line`` opens a section."""
    text = line.strip()
    if not text or len(text) < 2:
        return None
    for kind, pattern in _HEADING_PATTERNS:
        match = pattern.match(text)
        if match:
            title = match.group("title").strip()
            if kind == "roman" and not title[:1].isupper():
                return None
            return kind, match.group("label").strip(), _short_title(title)
    if _is_appendix_title(text):
        return "appendix", "", _short_title(text)
    if _RECIPIENTS_LINE.match(text):
        return "closing", "", "Nơi nhận"
    return None


def _short_title(title: str) -> str:
    title = title.strip()
    for stop in (":", ". "):
        cut = title.find(stop)
        if 0 < cut < _TITLE_MAX:
            title = title[:cut]
            break
    if len(title) > _TITLE_MAX:
        title = title[:_TITLE_MAX].rsplit(" ", 1)[0] + "…"
    return title.strip(" .;:")


# -------------------------------------------------------------------------------------- tables

_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_SEPARATOR = re.compile(r"^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$|^\s*\|(?:\s*:?-+:?\s*\|)+\s*$")


@dataclass
class _RawTable:
    format: str
    rows: list[tuple[list[str], int, int]]  # cells, clean start, clean end
    header_rows: int
    caption: str
    start_line: int
    end_line: int


def _pipe_cells(text: str) -> list[str]:
    inner = text.strip()
    inner = inner[1:-1] if inner.endswith("|") else inner[1:]
    return [c.strip() for c in inner.split("|")]


def _tsv_cells(text: str) -> list[str]:
    return [c.strip() for c in text.split("\t")]


def _header_key(table: _RawTable) -> tuple[str, ...]:
    """Header cells compared loosely: a repeated header after a page break may differ in markup."""
    return tuple(
        match_key(" ".join(cell.split()))
        for cells, _, _ in table.rows[: table.header_rows]
        for cell in cells
        if cell.strip()
    )


def _find_tables(lines: list[Line]) -> list[_RawTable]:
    tables: list[_RawTable] = []
    i = 0
    while i < len(lines):
        text = lines[i].text
        if _PIPE_ROW.match(text):
            j = i
            rows: list[tuple[list[str], int, int]] = []
            header_rows = 0
            while j < len(lines) and _PIPE_ROW.match(lines[j].text):
                if _PIPE_SEPARATOR.match(lines[j].text):
                    header_rows = len(rows)
                else:
                    rows.append((_pipe_cells(lines[j].text), lines[j].start, lines[j].end))
                j += 1
            tables.append(_RawTable("pipe", rows, header_rows, "", i, j - 1))
            i = j
            continue
        if "\t" in text and len(_tsv_cells(text)) >= 2 and text.strip():
            j = i
            rows = []
            last = i
            while j < len(lines):
                if "\t" in lines[j].text and lines[j].text.strip():
                    rows.append((_tsv_cells(lines[j].text), lines[j].start, lines[j].end))
                    last = j
                    j += 1
                elif not lines[j].text.strip():
                    j += 1  # a blank line inside a TSV table
                else:
                    break
            if len(rows) >= 2:
                tables.append(_RawTable("tsv", rows, 0, "", i, last))
            i = last + 1
            continue
        i += 1
    for table in tables:
        if table.format == "tsv" or table.header_rows == 0:
            table.header_rows = _guess_header_rows(table.rows)
        table.caption = _caption_before(lines, table.start_line)
    return _merge_continued(tables, lines)


def _guess_header_rows(rows: list[tuple[list[str], int, int]]) -> int:
    """The first row, plus following rows that continue it (empty first cell, no numbers)."""
    count = 1
    while count < min(len(rows), 3):
        cells = rows[count][0]
        if cells and not cells[0] and not any(re.fullmatch(r"[\d.,%]+", c) for c in cells):
            count += 1
        else:
            break
    return count


def _caption_before(lines: list[Line], index: int) -> str:
    parts: list[str] = []
    k = index - 1
    while k >= 0 and not lines[k].stripped:
        k -= 1
    while k >= 0 and lines[k].stripped and len(parts) < 3:
        text = lines[k].stripped
        if _PIPE_ROW.match(text) or "\t" in lines[k].text or len(text) > 250:
            break
        parts.insert(0, text)
        k -= 1
    return " ".join(parts)


def _merge_continued(tables: list[_RawTable], lines: list[Line]) -> list[_RawTable]:
    """Join a table continued after a page break: same header, nothing but blank lines between."""
    merged: list[_RawTable] = []
    for table in tables:
        previous = merged[-1] if merged else None
        if previous and previous.format == table.format:
            between = lines[previous.end_line + 1 : table.start_line]
            only_blank = all(not ln.stripped for ln in between)
            same_header = _header_key(previous) == _header_key(table)
            if only_blank and same_header:
                body = table.rows[table.header_rows :]
                if body and previous.rows and body[0][0] and not body[0][0][0]:
                    # a row split by the page break: its tail has an empty first cell
                    cells, start, _ = previous.rows[-1]
                    tail, _, end = body[0]
                    joined = [
                        " ".join(p for p in (a, b) if p)
                        for a, b in zip(cells, tail + [""] * (len(cells) - len(tail)), strict=False)
                    ]
                    previous.rows[-1] = (joined, start, end)
                    body = body[1:]
                previous.rows.extend(body)
                previous.end_line = table.end_line
                continue
        merged.append(table)
    return merged


def _header_labels(rows: list[tuple[list[str], int, int]], header_rows: int) -> list[str]:
    """One label per column; a merged top cell ("Kết quả thống kê") spans the sub-columns below."""
    width = max(len(r[0]) for r in rows)
    grid = [[(cells[c] if c < len(cells) else "") for c in range(width)] for cells, _, _ in rows]
    header = grid[:header_rows]
    labels: list[str] = []
    left = ""
    for col in range(width):
        top = header[0][col] if header else ""
        below = [row[col] for row in header[1:] if row[col]]
        if top:
            left = top
        elif below and left:
            top = left  # the empty cell is covered by the merged cell on its left
        labels.append(" – ".join(" ".join(p.split()) for p in [top, *below] if p))
    return labels


# ------------------------------------------------------------------------------------ the parse


@dataclass(frozen=True)
class DocumentStructure:
    doc_type: str | None
    number: str | None
    date: str | None
    place: str | None
    issuer: str | None
    title: str | None
    signer: str | None
    signer_position: str | None
    recipients: tuple[str, ...]
    sections: tuple[Section, ...]
    tables: tuple[Table, ...]
    footnotes: tuple[Footnote, ...]
    table_spans: tuple[tuple[int, int], ...]  # clean spans of table lines
    footnote_spans: tuple[tuple[int, int], ...]  # clean spans of footnote bodies


_FOOTNOTE_ANCHOR = re.compile(r"<sup>\s*(\w{1,4})\s*</sup>", re.IGNORECASE)


def parse_structure(original: str, clean: CleanText) -> DocumentStructure:
    """Parse metadata, section tree, tables and footnotes of one document."""
    lines = split_lines(clean.text)
    raw_tables = _find_tables(lines)
    table_lines: set[int] = set()
    for t in raw_tables:
        table_lines.update(range(t.start_line, t.end_line + 1))
    footnotes, footnote_lines = _footnotes(original, clean, lines)

    head = _metadata(lines, table_lines)
    sections = _sections(lines, table_lines | footnote_lines, clean)
    tables = _tables(raw_tables, sections, clean)
    table_spans = tuple((lines[t.start_line].start, lines[t.end_line].end) for t in raw_tables)
    footnote_spans = tuple((lines[i].start, lines[i].end) for i in sorted(footnote_lines))
    return DocumentStructure(
        **head,
        sections=tuple(sections),
        tables=tuple(tables),
        footnotes=tuple(footnotes),
        table_spans=table_spans,
        footnote_spans=footnote_spans,
    )


# Header columns run into one line by a crawl: "CHÍNH PHỦ_____ Số: 172/2025/NĐ-CP | CỘNG HÒA ...
# Hạnh phúc______ Hà Nội, ngày 30 tháng 6 năm 2025 |" (cells, rules of underscores or dashes)
_HEADER_CELL_SEPARATOR = re.compile(r"\s*(?:\||_{3,}|-{3,}|–{3,})\s*")
_ENDS_WITH_NGAY = re.compile(r"\bngày[\s*_]*$", re.IGNORECASE)


def _header_cells(text: str) -> list[str]:
    """The cells of a header line, in order (the line itself when it has one)."""
    cells = [c for c in _HEADER_CELL_SEPARATOR.split(text) if c.strip()]
    return cells or [text]


def _metadata(lines: list[Line], skip: set[int]) -> dict:
    number = date = place = doc_type = title = None
    symbol_type = None
    texts = [ln.stripped for ln in lines]
    head_limit = min(len(lines), 60)
    type_line = subject_line = number_line = None
    for i in range(head_limit):
        text = texts[i]
        header_line = False  # a number or date line: no type or subject is read from it
        for cell in _header_cells(text):
            if number is None and symbol_type is None:
                m = _NUMBER_LINE.match(cell)
                if m and m.group("sym").endswith(("-", "/")) and i + 1 < head_limit:
                    # "Số: 3783/QĐ-" / "UBND": the symbol goes on in the next line
                    m = _NUMBER_LINE.match(cell.rstrip() + texts[i + 1].strip(" *|"))
                if m:
                    number_line = i
                    raw = m.group("num").strip(" .")
                    symbol = m.group("sym").strip(" .")
                    number = f"{raw}/{symbol}" if raw and any(c.isdigit() for c in raw) else None
                    code = symbol.split("-")[0].split("/")[-1] if symbol else ""
                    symbol_type = _TYPE_CODES.get(code) or _TYPE_CODES.get(code.upper())
                    if re.fullmatch(r"QH\d*", symbol.split("/")[-1] or ""):
                        symbol_type = "luật"
                    # a PDF's layout line holds both header columns: "Số: 12/QĐ-UB Hà Nội, ngày"
                    cell = cell[m.end() :]
                    header_line = not cell.strip()
            if date is None and cell.strip():
                m = _DATE_LINE.match(cell)
                if m is None and i + 1 < head_limit and _ENDS_WITH_NGAY.search(cell):
                    m = _DATE_LINE.match(f"{cell} {texts[i + 1]}")  # "Hà Nội, ngày" / "02 tháng"
                if m and len(cell) < 120:
                    day = int(m.group("d")) if m.group("d") else None
                    date = iso_date(day, int(m.group("m")), int(m.group("y")))
                    place = (m.group("place") or m.group("bare_place") or "").strip(" *") or None
                    header_line = True
        if header_line:
            continue
        if type_line is None:
            upper = " ".join(text.strip(" *:").split())
            if upper in _DOC_TYPES:
                doc_type, type_line = _DOC_TYPES[upper], i
            elif subject_line is None and (
                _SUBJECT_LINE.match(text)
                or (_SUBJECT_MARK_ALONE.match(text) and i + 1 < head_limit and texts[i + 1])
                or (
                    number_line is not None
                    and i - number_line <= 2
                    and _SUBJECT_UNDER_NUMBER.match(text)
                )
            ):
                subject_line = i
    if type_line is not None:
        title = _paragraph_after(texts, type_line)
    elif subject_line is not None:
        # An official letter (công văn) has no type line, only its subject under the number;
        # its symbol names the issuing units ("5282/CT-CS": Cục Thuế), not a type.
        doc_type = "công văn"
        title = " ".join(texts[subject_line].split())
        if _SUBJECT_MARK_ALONE.match(title):
            title = f"{title} {' '.join(texts[subject_line + 1].split())}"
    doc_type = doc_type or symbol_type
    # no date line: a law, or a resolution of the National Assembly or its Standing Committee,
    # is dated by the day it was passed
    if date is None and doc_type in ("luật", "bộ luật", "pháp lệnh", "nghị quyết"):
        date = _passed_on(texts)
    signer, position = _signature(texts)
    return {
        "doc_type": doc_type,
        "number": number,
        "date": date,
        "place": place,
        "issuer": _issuer(texts, place, head_limit),
        "title": title,
        "signer": signer,
        "signer_position": position,
        "recipients": _recipients(texts),
    }


# A law has no place-date line; its date is the day the National Assembly passed it, stated
# above the signature: "... khóa XV, kỳ họp thứ 8 thông qua ngày 27 tháng 11 năm 2024."
_PASSED_ON = re.compile(
    r"\bthông qua\s+ngày\s*(?P<d>\d{1,2})\s*tháng\s*(?P<m>\d{1,2})\s*năm\s*(?P<y>\d{4})"
)


def _passed_on(texts: list[str]) -> str | None:
    for text in reversed(texts):
        m = _PASSED_ON.search(text)
        if m and ("Quốc hội" in text or "Ủy ban Thường vụ" in text):
            return iso_date(int(m.group("d")), int(m.group("m")), int(m.group("y")))
    return None


# The enacting authority under a decision's title ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...",
# "BỘ TRƯỞNG BỘ TÀI CHÍNH"): the title has ended.
_AUTHORITY_LINE = re.compile(
    r"^[\s*_]*(?:CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|CHÍNH PHỦ|ỦY BAN|UỶ BAN|HỘI ĐỒNG|GIÁM ĐỐC"
    r"|CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG|TRƯỞNG BAN|VIỆN TRƯỞNG|CHÁNH ÁN|TỔNG KIỂM TOÁN|THỐNG ĐỐC"
    r"|CHÁNH VĂN PHÒNG|TỔNG GIÁM ĐỐC)\b"
)

_TITLE_CONNECTORS = frozenset({"của", "và", "về", "cho", "tại", "theo", "với", "thuộc"})


def _paragraph_after(texts: list[str], index: int) -> str | None:
    k = index + 1
    while k < len(texts) and not texts[k]:
        k += 1
    parts: list[str] = []
    while k < len(texts) and texts[k] and len(parts) < 6:
        line = texts[k]
        heading = _heading_of(line)
        # a line of no letters ("2026 - 2030" wrapped under "... GIAI ĐOẠN") goes on in any case
        capitals = in_capitals(line) or not any(c.isalpha() for c in line)
        after_connector = bool(parts) and parts[-1].split()[-1].lower() in _TITLE_CONNECTORS
        authority = capitals and not after_connector and _AUTHORITY_LINE.match(line)
        if (len(parts) >= 4 and not capitals) or authority:
            break
        if parts and in_capitals(parts[-1]):
            if not capitals:
                break  # a title in capitals ends where the text in sentence case begins
            # a title in capitals wrapped before "KẾ HOẠCH ..." ("... BAN HÀNH\nKẾ HOẠCH
            # TRIỂN KHAI ...") goes on; a numbered appendix does not
            if heading and heading[0] == "appendix" and not _APPENDIX_NUMBERED.match(line):
                heading = None
        # "NGHỊ QUYẾT / QUY ĐỊNH NỘI DUNG ...": under the type line a title, not an appendix
        if line.startswith(("Kính gửi", "Căn cứ")) or (
            heading and (parts or heading[0] != "appendix")
        ):
            break
        parts.append(line)
        k += 1
    title = " ".join(" ".join(parts).split())
    return title or None if len(title) <= 400 else None


def _issuer(texts: list[str], place: str | None, head_limit: int) -> str | None:
    # 1. The issuing body of the header's left column ("ỦY BAN NHÂN DÂN / TỈNH ĐỒNG THÁP",
    #    "BỘ TÀI CHÍNH / CỤC THUẾ", "UBND THÀNH PHỐ HÀ NỘI / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG").
    bodies = _header_bodies(texts, head_limit)
    if bodies:
        return _issuer_of(bodies, place)
    # 2. The body that enacts, on its own line above the grounds ("ỦY BAN THƯỜNG VỤ QUỐC HỘI").
    enacting = _enacting_body(texts, head_limit)
    if enacting:
        return _issuer_of([enacting], place)
    # 3. The body the text names most often, preferring the place of issue.
    counts: Counter[tuple[str, str]] = Counter()
    for text in texts:
        for m in _ISSUER_MENTION.finditer(text):
            level = m.group("level").lower()
            name = _title_case_locality(_trim_name(m.group("name")))
            counts[(level, name)] += 1
    if not counts:
        return None
    if place:
        place_key = match_key(place)
        local = [(k, c) for k, c in counts.items() if match_key(k[1]) == place_key]
        if local:
            (level, name), _ = max(local, key=lambda kc: kc[1])
            return f"UBND {level} {name}"
    (level, name), _ = counts.most_common(1)[0]
    return f"UBND {level} {name}"


_GROUNDS_LINE = re.compile(r"^[\s*_]*Căn cứ\b")
_MINISTER = re.compile(r"^BỘ TRƯỞNG\s+(?=BỘ\b)")  # "BỘ TRƯỞNG BỘ CÔNG THƯƠNG": the ministry


def _enacting_body(texts: list[str], head_limit: int) -> str | None:
    """The body in capitals on the line right above the first "Căn cứ" (a header that names no
    issuer in its left column: "ỦY BAN THƯỜNG VỤ QUỐC HỘI" / "Căn cứ Hiến pháp ..."), as
    written, or None."""
    for i, text in enumerate(texts[:head_limit]):
        if not _GROUNDS_LINE.match(text):
            continue
        k = i - 1
        while k >= 0 and not texts[k].strip(" *_-|"):
            k -= 1
        if k < 0:
            return None
        line = " ".join(texts[k].strip(" *_-|").split())
        if not in_capitals(line) or _DOC_TYPES.get(line) or not _BODY_START.match(line):
            return None
        return _MINISTER.sub("", line)
    return None


# A line of the header's left column that starts an issuing body; other capital lines continue
# the body above them ("HỘI ĐỒNG NHÂN" / "DÂN", "ỦY BAN NHÂN DÂN" / "TỈNH ĐỒNG THÁP").
_BODY_START = re.compile(
    r"^(?:ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG|HĐND|SỞ|BỘ|CỤC|TỔNG CỤC|CHI CỤC|BAN|TRUNG TÂM|PHÒNG"
    r"|VĂN PHÒNG|CHÍNH PHỦ|THỦ TƯỚNG|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ|HUYỆN ỦY|HUYỆN UỶ|ĐẢNG ỦY"
    r"|ĐẢNG UỶ|QUỐC HỘI|CHỦ TỊCH|THUẾ|KHO BẠC|BỘ CHỈ HUY|BỘ TƯ LỆNH|CÔNG AN|TÒA ÁN|TOÀ ÁN"
    r"|VIỆN|KIỂM TOÁN|BẢO HIỂM|NGÂN HÀNG|ĐOÀN|HẢI QUAN|TRƯỜNG|BỆNH VIỆN|ĐẠI HỌC|HỌC VIỆN"
    r"|TẬP ĐOÀN|TỔNG CÔNG TY|CÔNG TY|LIÊN ĐOÀN|MẶT TRẬN|HỘI)\b"
)
_NATIONAL = re.compile(r"CỘNG H[OÒ]A XÃ HỘI|CỘNG HOÀ XÃ HỘI|Độc lập\s*-", re.IGNORECASE)
_UNIT_IN_BODY = re.compile(rf"\b(?:{UNIT_PATTERN}|TP\.)\s", re.IGNORECASE)
_STANDS_FOR_PLACE = ("ỦY BAN", "UỶ BAN", "UBND", "HỘI ĐỒNG NHÂN", "HĐND")


def _header_bodies(texts: list[str], head_limit: int) -> list[str]:
    """The issuing bodies of the header's left column, top to bottom."""
    lines: list[str] = []
    for text in texts[: min(head_limit, 25)]:
        if _NUMBER_LINE.match(text) or _DATE_LINE.match(text):
            break
        national = _NATIONAL.search(text)
        if national:  # "ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI ..." on one line: keep the left part
            text = text[: national.start()]
        text = " ".join(text.replace("|", " ").split()).strip(" -_*")
        if not in_capitals(text):
            if lines and any(c.islower() for c in text):
                break  # the body of the document has begun
            continue
        if _DOC_TYPES.get(text):
            break
        lines.append(text)
    bodies: list[str] = []
    for line in lines:
        if bodies and not _BODY_START.match(line):
            bodies[-1] = f"{bodies[-1]} {line}"
        elif _BODY_START.match(line):
            bodies.append(line)
    return bodies


def _issuer_of(bodies: list[str], place: str | None) -> str:
    """The lowest body, with the place of the one above when it names none ("Sở Nội vụ tỉnh X")."""
    body = bodies[-1]
    if len(bodies) > 1 and not _UNIT_IN_BODY.search(body):
        parent = _UNIT_IN_BODY.search(bodies[-2])
        if parent and not body.startswith(("CỤC", "TỔNG CỤC", "VĂN PHÒNG", "THUẾ", "HẢI QUAN")):
            body = f"{body} {bodies[-2][parent.start() :]}"
    issuer = _canonical_issuer(body)
    if body.startswith(_STANDS_FOR_PLACE) and issuer.split()[-1].islower() and place:
        issuer = f"{issuer} {place}"  # "UBND huyện" alone: the name is the place of issue
    return issuer


_NAME_STOP = {"về", "trong", "năm", "và", "đã", "của", "tại", "theo", "được", "là", "có"}


def _trim_name(name: str) -> str:
    words = name.split()
    kept: list[str] = []
    for w in words:
        if w.lower() in _NAME_STOP:
            break
        kept.append(w)
    return " ".join(kept)


def _canonical_issuer(header: str) -> str:
    text = " ".join(header.split())
    for long, short in (
        ("ỦY BAN NHÂN DÂN", "UBND"),
        ("UỶ BAN NHÂN DÂN", "UBND"),
        ("HỘI ĐỒNG NHÂN DÂN", "HĐND"),
    ):
        if text.startswith(long):
            rest = text[len(long) :].strip()
            if not rest:
                return short
            level_match = re.match(rf"({UNIT_PATTERN})\s*(.*)", rest)
            if level_match:
                level, name = (
                    level_match.group(1).lower(),
                    _title_case_locality(level_match.group(2)),
                )
                return f"{short} {level} {name}".strip()
            return f"{short} {_title_case_locality(rest)}"
    if not text.isupper():
        return text
    # "SỞ NỘI VỤ TỈNH ĐỒNG THÁP" → "Sở Nội vụ tỉnh Đồng Tháp": the body word, its name, its place
    unit = _UNIT_IN_BODY.search(text)
    name = text[: unit.start()] if unit else text
    words = name.lower().split()
    body = _BODY_START.match(name)
    head = len(body.group(0).split()) if body else 1
    for k in {0, head} & set(range(len(words))):
        words[k] = words[k][:1].upper() + words[k][1:]
    if unit:  # "TỈNH ĐỒNG THÁP" → "tỉnh Đồng Tháp", "TP. HUẾ" → "tp. Huế"
        words += [unit.group(0).strip().lower(), _title_case_locality(text[unit.end() :])]
    return " ".join(w for w in words if w)


def _signature(texts: list[str]) -> tuple[str | None, str | None]:
    """Signer and own position from the first signature block that is followed by a name."""
    for i, line in enumerate(texts):
        text = _RECIPIENTS_BESIDE.sub("", line)
        if not _is_position_line(text):
            continue
        block = [text]
        k = i + 1
        while k < len(texts) and (
            not texts[k] or _is_position_line(texts[k]) or _SIGNED_MARK.match(texts[k])
        ):
            if texts[k] and not _SIGNED_MARK.match(texts[k]):
                block.append(texts[k])
            k += 1
        # the name may come after the recipients list ("Nơi nhận:" placed beside the signature)
        for j in range(k, min(len(texts), k + 40)):
            candidate = texts[j].strip(" |")
            if ";" in candidate and not candidate.startswith(("-", "+", "•")):
                # the name printed beside the recipients list: "các phòng, đơn vị; Cù Ngọc Trang"
                beside = candidate.rsplit(";", 1)[1].strip()
                candidate = (
                    beside if _PERSON_NAME.match(_RANK_PREFIX.sub("", beside)) else candidate
                )
            if (
                not candidate
                or candidate.startswith(("-", "+", "•"))
                or _RECIPIENTS_LINE.match(candidate)
                or _SIGNED_MARK.match(candidate)
            ):
                continue
            name = _RANK_PREFIX.sub("", candidate)
            if _PERSON_NAME.match(name):
                position = _POSITION_PREFIX.sub("", block[-1]).strip()
                return " ".join(name.split()), position[:1] + position[1:].lower()
            if len(candidate) > 60 or _is_position_line(candidate):
                break
    return _signature_in_cells(texts)


# "TM. CHÍNH PHỦKT. THỦ TƯỚNGPHÓ THỦ TƯỚNG(Đã ký)Nguyễn Hòa Bình", "( Đã ký) Lê Thành Long": a
# crawl's last table cell holding the signature block run together, the name after the mark
_SIGNED_IN_CELL = re.compile(r"^(?P<block>.*?)\(\s*(?:đã ký|Đã ký|ĐÃ KÝ)\s*\)\s*(?P<name>.+)$")


def _signature_in_cells(texts: list[str]) -> tuple[str | None, str | None]:
    """Signer (and own position, when it can be told) from a signature block a crawl ran into
    the last cell of the recipients' row: "... - Lưu: HC, PLTP. | TM. ỦY BAN THƯỜNG VỤ QUỐC
    HỘICHỦ TỊCH" and the name on the next line, or the block, "(Đã ký)" and the name in one
    cell; the first such block of the document, None when it holds neither."""
    for i in range(len(texts)):
        cell = texts[i].rsplit("|", 1)[0] if texts[i].rstrip().endswith("|") else texts[i]
        cell = cell.rsplit("|", 1)[-1].strip()
        signed = _SIGNED_IN_CELL.match(cell)
        if (
            signed is not None
            and signed.group("block") == signed.group("block").upper()  # capitals, or nothing
            and _PERSON_NAME.match(name := signed.group("name").strip())
        ):
            return " ".join(name.split()), _cell_position(signed.group("block"))
        if _PERSON_NAME.match(cell) and i > 0:
            block = texts[i - 1].rsplit("|", 1)[-1].strip() if "|" in texts[i - 1] else ""
            if block and _is_position_line(block):
                return " ".join(cell.split()), _cell_position(block)
    return None, None


_ROLE_OR_PREFIX = re.compile(rf"(?:{_POSITION_ROLE.pattern})|(?:TM|KT|TL|TUQ|Q)\.")


def _cell_position(block: str) -> str | None:
    """The signer's own position in a block run together: the part after the last point where
    a role's word runs into the next line's ("TM. ỦY BAN THƯỜNG VỤ QUỐC HỘICHỦ TỊCH" → "Chủ
    tịch", "KT. BỘ TRƯỞNGTHỨ TRƯỞNG" → "Thứ trưởng"), its "TM."/"KT." prefix left out."""
    # a role's word run into the next line's ("TRƯỞNGTHỨ"), or a role or a "KT." opening right
    # after another line's last letter ("NHÂN DÂNCHỦ TỊCH", "PHỦKT.")
    cuts = [
        m.end()
        for m in _POSITION_ROLE.finditer(block)
        if m.end() < len(block) and block[m.end()].isalpha() and block[m.end()].isupper()
    ] + [
        m.start()
        for m in _ROLE_OR_PREFIX.finditer(block)
        if m.start() > 0 and block[m.start() - 1].isalpha()
    ]
    position = _POSITION_PREFIX.sub("", block[max(cuts, default=0) :].strip()).strip()
    return position[:1] + position[1:].lower() if position else None


def _recipients(texts: list[str]) -> tuple[str, ...]:
    for i, text in enumerate(texts):
        if _RECIPIENTS_LINE.match(text):
            items: list[str] = []
            for line in texts[i + 1 :]:
                if not line:
                    continue
                if line.startswith(("-", "+", "•")):
                    items.append(line.lstrip("-+• ").rstrip(" ;.,"))
                elif items:
                    break
            return tuple(items)
    return ()


def _footnotes(
    original: str, clean: CleanText, lines: list[Line]
) -> tuple[list[Footnote], set[int]]:
    """Footnote bodies are lines that open with an anchor; other anchors point at them."""
    anchors = list(_FOOTNOTE_ANCHOR.finditer(original))
    if not anchors or not lines:  # a text of nothing but anchors cleans to no lines
        return [], set()
    line_starts = [ln.start for ln in lines]

    def line_of(original_offset: int) -> int:
        return max(0, bisect.bisect_right(line_starts, clean.to_clean(original_offset)) - 1)

    bodies: dict[str, list[int]] = {}
    references = []
    for m in anchors:
        k = m.start()  # back over markup to see whether the anchor opens its line
        while k and original[k - 1] in " *_\t":
            k -= 1
        if k and original[k - 1] != "\n":
            references.append(m)
        else:
            bodies.setdefault(m.group(1), []).append(line_of(m.end()))
    footnotes: list[Footnote] = []
    for m in references:
        anchor_line = line_of(m.end())
        following = [i for i in bodies.get(m.group(1), []) if i > anchor_line]
        if following:
            body = lines[following[0]]
            start = clean.to_original(body.start, body.end)[0]
            end = _trim_end(clean, body.start, body.end)
            footnotes.append(Footnote(m.group(1), m.start(), m.end(), start, end))
    return footnotes, {i for found in bodies.values() for i in found}


_ARTICLE_WORD_ALONE = re.compile(r"^[*_\s]*Điều[*_\s]*$")


def _sections(lines: list[Line], skip: set[int], clean: CleanText) -> list[Section]:
    n = len(clean.text)
    root_end = clean.original_length
    opened: list[dict] = [
        {
            "id": 0,
            "parent": None,
            "level": 0,
            "kind": "root",
            "label": "",
            "title": "",
            "start": 0,
            "rank": -1,
        }
    ]
    stack = [0]
    content_since_heading = True
    awaiting_title: dict | None = None
    joined = -1  # a line already read as the second half of a heading
    title_line = -1  # the last line read into a title written in capitals
    tail_whole = True  # that line was not cut by _short_title ("... DỰ ÁN 1: GIẢI QUYẾT ...")
    for index, line in enumerate(lines):
        if not line.stripped or index == joined:
            continue
        heading = None if index in skip else _heading_of(line.text)
        if (
            heading is None
            and awaiting_title is None
            and tail_whole
            and _continues_title(lines, index, title_line, skip, opened[-1]["title"])
        ):
            # a title in capitals over three lines or more ("... THAM GIA CÁC LỚP ĐÀO TẠO" /
            # "CHUYÊN NGÀNH TRÌNH ĐỘ ĐẠI HỌC"): the next line in capitals, no blank between
            opened[-1]["title"] = _short_title(f"{opened[-1]['title']} {line.stripped}")
            title_line = index
            tail_whole = _is_whole_title(line.stripped)
            continue
        if heading is None and index not in skip and _ARTICLE_WORD_ALONE.match(line.stripped):
            # "Điều" / "11. Trách nhiệm của Sở ...": a crawl broke the article's heading
            following = next((k for k in range(index + 1, len(lines)) if lines[k].stripped), None)
            if following is not None and following not in skip:
                heading = _heading_of(f"Điều {lines[following].stripped}")
                if heading is not None and heading[0] == "dieu":
                    joined = following
                else:
                    heading = None
        if awaiting_title is not None:
            # "Chương I" / "NHỮNG QUY ĐỊNH CHUNG": the title is the next line
            candidate = line.stripped
            awaiting, awaiting_title = awaiting_title, None
            if awaiting["kind"] == "appendix":
                # "Phụ lục IV" / "CHI HỖ TRỢ KINH PHÍ ĐÀO TẠO ...": a title in capitals under
                # the numbered appendix is its title; text in sentence case is its body
                if (
                    index not in skip
                    and len(candidate) <= 400
                    and in_capitals(candidate)
                    # (under a bare type word, not another kind of heading: "PHỤ LỤC" / "PHẦN I.
                    # DANH MỤC ..." opens a part)
                    and (not awaiting.get("bare") or heading is None or heading[0] == "appendix")
                ):
                    awaiting["title"] = _short_title(f"{awaiting['title']} {candidate}")
                    title_line = index
                    tail_whole = _is_whole_title(candidate)
                    continue
            elif (
                index not in skip
                and len(candidate) <= 250
                and (heading is None or heading[0] == "appendix")
            ):
                awaiting["title"] = _short_title(candidate)
                title_line = index if in_capitals(candidate) else -1
                tail_whole = _is_whole_title(candidate)
                continue
        if heading is None:
            content_since_heading = True
            continue
        kind, label, title = heading
        if kind == "appendix" and len(opened) == 1:
            continue  # the document's own type line ("KẾ HOẠCH") in its preamble
        if kind == "appendix" and opened[-1]["kind"] == "appendix" and not content_since_heading:
            # a title written over several lines ("Phụ lục 2" / "BIỂU MẪU THỐNG KÊ ...")
            opened[-1]["title"] = _short_title(f"{opened[-1]['title']} {title}")
            title_line = index
            tail_whole = _is_whole_title(line.stripped)
            continue
        content_since_heading = False
        title_line = index if kind == "appendix" else -1
        tail_whole = _is_whole_title(line.stripped)
        if kind in _TITLED_ON_ITS_LINE and title and in_capitals(title):
            # "PHẦN II. NỘI DUNG CỤ THỂ CỦA" / "TỪNG THỦ TỤC ...": a title on the heading's line
            # reads on too (whole when the line ends with it, not cut after its label)
            title_line = index
            tail_whole = line.stripped.rstrip(" .;:*_").endswith(title)
        rank = _RANK[kind]
        while len(stack) > 1 and opened[stack[-1]]["rank"] >= rank:
            stack.pop()
        section = {
            "id": len(opened),
            "parent": stack[-1],
            "level": len(stack),
            "kind": kind,
            "label": label,
            "title": title,
            "start": line.start,
            "rank": rank,
        }
        opened.append(section)
        stack.append(section["id"])
        if (not title and kind in {"phan", "chuong", "muc", "dieu"}) or (
            kind == "appendix" and _APPENDIX_NUMBERED.match(title)
        ):
            awaiting_title = section
        elif kind == "appendix" and _BARE_TYPE.match(title):
            # "QUY CHẾ" / (blank) / "QUẢN LÝ, SỬ DỤNG CHỨNG THƯ ...": an attached document's type
            # word alone takes its title in capitals from the next line, as a numbered appendix
            awaiting_title = section
            section["bare"] = True
    # A section ends where the next section outside its subtree begins.
    result: list[Section] = []
    for position, s in enumerate(opened):
        end_clean = n
        if s["id"] != 0:
            for later in opened[position + 1 :]:
                if _is_outside(later, s, opened):
                    end_clean = later["start"]
                    break
        if s["id"] == 0:
            start, end = 0, root_end
        else:
            start = clean.to_original(s["start"], s["start"] + 1)[0]
            end = _trim_end(clean, s["start"], end_clean)
        result.append(
            Section(s["id"], s["parent"], s["level"], s["kind"], s["label"], s["title"], start, end)
        )
    return result


# Headings whose title stands on their own line ("PHẦN II. NỘI DUNG ...", "Mục 1. HỒ SƠ ...")
_TITLED_ON_ITS_LINE = frozenset({"phan", "chuong", "muc", "roman"})
# An attached document's type word alone on its line ("QUY CHẾ", "PHỤ LỤC"), its title below
_BARE_TYPE = re.compile(
    r"^(?:PHỤ LỤC|KẾ HOẠCH|CHƯƠNG TRÌNH|QUY CHẾ|QUY ĐỊNH|ĐỀ ÁN|DANH MỤC|BIỂU)(?:\[\d+\])?$"
)
# Lines in capitals that are no part of a title above them: an attachment note, a list item, a
# header row aligned with spaces, a form's national heading, a form's number, a caption, a note
_NOT_A_TITLE_LINE = re.compile(
    r"^\(?\s*(?:BAN HÀNH\s+)?KÈM THEO\b|^[-+•*–]\s|\t| {3,}|CỘNG H[OÒ]A XÃ HỘI"
    r"|^(?:MẪU SỐ|BIỂU SỐ|BẢNG\s*\d|MỤC\s+\d|ĐƠN VỊ TÍNH|GHI CHÚ|CHÚ THÍCH|CÁC TỪ VIẾT TẮT"
    r"|NƠI NHẬN)\b"
)
# The end of a period a title's last line leaves open ("(GIAI ĐOẠN" / "2025-2030)")
_PERIOD_TAIL = re.compile(r"[\d\s\-–/.,]+\)?")


def _continues_title(
    lines: list[Line], index: int, title_line: int, skip: set[int], title: str
) -> bool:
    """A line in capitals right under a title's last line, no blank line between, whole (a line
    cut by ``_short_title``, "A. DANH MỤC ...", opens something else), and none of the lines
    that stand under a title without being part of it (:data:`_NOT_A_TITLE_LINE`, a position
    over its signer's name); or the years that close a period the title opens."""
    if title_line < 0 or index != title_line + 1 or index in skip:
        return False
    text = lines[index].stripped
    if (title.count("(") > title.count(")") or title.endswith(("-", "–"))) and (
        _PERIOD_TAIL.fullmatch(text)
    ):
        return True
    if _NOT_A_TITLE_LINE.search(text):
        return False
    below = (lines[k].stripped for k in range(index + 1, min(len(lines), index + 4)))
    after = next((line for line in below if line), "")
    if _is_position_line(text) and (_PERSON_NAME.match(after) or _SIGNED_MARK.match(after)):
        return False
    return len(text) <= 200 and in_capitals(text) and _is_whole_title(text)


def _is_whole_title(text: str) -> bool:
    return _short_title(text) == text.strip(" .;:")


def _is_outside(later: dict, section: dict, opened: list[dict]) -> bool:
    """True when ``later`` is not a descendant of ``section``."""
    parent = later["parent"]
    while parent is not None:
        if parent == section["id"]:
            return False
        parent = opened[parent]["parent"]
    return True


def _trim_end(clean: CleanText, start: int, end: int) -> int:
    """Original end offset of the clean span, trailing whitespace excluded."""
    k = end
    while k > start and clean.text[k - 1].isspace():
        k -= 1
    return clean.to_original(start, k)[1]


def _tables(raw_tables: list[_RawTable], sections: list[Section], clean: CleanText) -> list[Table]:
    tables: list[Table] = []
    for number, raw in enumerate(raw_tables):
        if not raw.rows:
            continue
        header = _header_labels(raw.rows, raw.header_rows)
        rows = tuple(
            TableRow(tuple(" ".join(c.split()) for c in cells), *clean.to_original(s, e))
            for cells, s, e in raw.rows[raw.header_rows :]
        )
        start, _ = clean.to_original(raw.rows[0][1], raw.rows[0][2])
        _, end = clean.to_original(raw.rows[-1][1], raw.rows[-1][2])
        section = innermost_section(sections, start, end).id
        tables.append(
            Table(number, section, raw.caption, tuple(header), rows, start, end, raw.format)
        )
    return tables


def innermost_section(sections: Sequence[Section], start: int, end: int) -> Section:
    """The deepest section whose span holds ``[start, end)`` (the root holds everything)."""
    best = sections[0]
    for s in sections:
        if s.start <= start and end <= s.end and s.level >= best.level:
            best = s
    return best
