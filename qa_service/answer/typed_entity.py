"""The answer of the kind a question's head noun asks for, when that noun is no document's kind.

"Cử tri tỉnh nào kiến nghị ...": a place written after "tỉnh"; "... cho công ty nào": a company's
name; "... thuộc lĩnh vực nào": the field written after "lĩnh vực" or under a "Lĩnh vực" column;
"... nộp theo phương thức nào": the value of a "Cách thức" label or column. Not a document's
number, a date or a figure the unit also writes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from indexer.normalize import CAPITAL_LETTERS
from indexer.units import Unit
from qa_service.answer.agency import name_end
from qa_service.answer.evidence import local_gain
from qa_service.answer.question import Question
from qa_service.answer.windows import tidy
from qa_service.routing import asked_entity, fold, tone_key

__all__ = ["asked_kind", "entity_of_kind", "named_in_question"]

Found = tuple[str, tuple[int, int], float]

_CAPITAL = CAPITAL_LETTERS
_CAPITALIZED = rf"[{_CAPITAL}][^\s,.;:?!()/*|]*"
# up to four capitalized words: a place's name ("Phú Tân", "Hồ Chí Minh")
_NAME = rf"{_CAPITALIZED}(?:\s+{_CAPITALIZED}){{0,3}}"
# capitalized words and the words a company's name is written in ("TNHH", "JSC", "Vina")
_COMPANY_NAME = rf"(?:\s+(?:{_CAPITALIZED}|&))+"

# The words a place of each asked level is written after, as the text writes them ("xã", not
# the "xã" of "thị xã"; "Thành phố" opening a line)
_PLACE_WORDS = {
    "tinh": r"tỉnh",
    "thanh pho": r"thành phố",
    "huyen": r"huyện",
    "quan": r"quận",
    "thi xa": r"thị xã",
    "thi tran": r"thị trấn",
    "xa": r"(?<!thị )(?<!hợp tác )xã",
    "phuong": r"phường",
}
# The words an organization of each asked kind is named by
_ORGANIZATION_WORDS = {
    "cong ty": r"(?:tổng )?công ty",
    "tong cong ty": r"tổng công ty",
    "doanh nghiep": r"doanh nghiệp",
    "quy": r"quỹ",
    "ngan hang": r"ngân hàng",
    "hop tac xa": r"hợp tác xã",
    "tap doan": r"tập đoàn",
}
# Heads of one family ("hình thức", "phương thức", "cách thức" are said of one another)
_FAMILIES = (frozenset({"hinh thuc", "phuong thuc", "cach thuc"}),)
_TONED_HEADS = {
    "linh vuc": "lĩnh vực",
    "nganh": "ngành",
    "hinh thuc": "hình thức",
    "phuong thuc": "phương thức",
    "cach thuc": "cách thức",
    "nhom": "nhóm",
    "loai": "loại",
    "doi tuong": "đối tượng",
}

# What is written right before a place that a change results in ("... thành xã mới có tên gọi
# là **xã Phú Tân**", "nhập vào xã X"): the place the question asks of a merger
_RESULT_CUE = re.compile(r"(?:tên gọi là|tên là|(?<!hoàn )\bthành|nhập vào)[\s*_]*$", re.IGNORECASE)
_RESULT_CHARS = 20
# Where the words of a field or a form end: punctuation, a cell's edge, a blank line, or a word
# that opens what is said of it ("lĩnh vực nông nghiệp và môi trường trên địa bàn ...")
_PHRASE_END_WORDS = (
    r"(?:thuộc|trên địa bàn|trên|của|tại|theo|được|do|cho|đối với|có|về|trong|gồm|như"
    r"|nhằm|để|từ|đến|sau|khi|đã|đang|sẽ|với)\b"
)
_PHRASE_END = re.compile(
    rf"\s*(?:[,;.:()|*]|\n\s*\n|\n\s*[-+]\s)|\s+{_PHRASE_END_WORDS}", re.IGNORECASE
)
# The head followed at once by what is said of it ("một số lĩnh vực thuộc phạm vi quản lý của
# Bộ"): no words of its own name one
_PHRASE_OPENING_END = re.compile(_PHRASE_END_WORDS, re.IGNORECASE)
_PHRASE_CHARS = 80
_BRACKETED = re.compile(r"\s*\([^()\n]{2,80}\)")
# An address label and its value, to the end of its line or its part ("Địa chỉ: Hồ Chí Minh;")
_ADDRESS = re.compile(r"(?i:địa chỉ|trụ sở)[ \t]*:[ \t*_]*([^;()\n|]{2,80})")
_LABEL_VALUE_END = re.compile(r"\s*(?:\n\s*[-+*|]|\n\s*\n|;|\.(?:\s|$)|\|)")
_HEADER_ROWS = 60  # rows looked back for a table's header

_COLUMN_QUALITY = 0.85
_LABEL_QUALITY = 0.85
_NAME_QUALITY = 0.8
_PHRASE_QUALITY = 0.75


@functools.lru_cache(maxsize=256)
def _asked(folded: str, toned: str | None) -> tuple[str, str] | None:
    return asked_entity(folded, toned)


def asked_kind(q: Question) -> tuple[str, str] | None:
    """(kind, head noun) of the entity ``q`` asks for (:func:`~qa_service.routing.asked_entity`)."""
    route = q.route
    return _asked(route.folded, tone_key(route.question) if route.accented else None)


def named_in_question(q: Question, name: str) -> bool:
    """The question writes ``name`` itself: it is what the question asks about, not for."""
    said = fold(name)
    return bool(said) and re.search(rf"(?<!\w){re.escape(said)}(?!\w)", q.route.folded) is not None


def _heads_of(head: str) -> frozenset[str]:
    return next((family for family in _FAMILIES if head in family), frozenset({head}))


def _header_cells(before: Iterator[Unit], width: int) -> list[str] | None:
    """The cells of the header row above a table row of ``width`` cells (``before``: the units
    above it, nearest first): the first row of that width whose cells are all labels (no
    number; a cell left empty at its end), not a rule of dashes."""
    for n, other in enumerate(before):
        if other.kind != "row" or n >= _HEADER_ROWS:
            return None
        cells = other.cells
        if (
            len(cells) == width
            and not any(re.search(r"\d", c) for c in cells)
            and any(c.strip(" *-:") for c in cells)
        ):
            return cells
    return None


def _column_cell(unit: Unit, before: Iterator[Unit], heads: frozenset[str]) -> Found | None:
    """In a table row, the cell under the column whose header opens with the head noun asked
    ("Lĩnh vực", "Cách thức thực hiện", "Tên doanh nghiệp"), as its span in the unit text."""
    header = _header_cells(before, len(unit.cells))
    if header is None:
        return None
    for label, cell in zip(header, unit.cells, strict=True):
        words = fold(label.strip(" *")).removeprefix("ten ")
        if any(words == h or words.startswith(h + " ") for h in heads) and cell.strip(" *"):
            at = unit.text.find(cell.strip())
            if at >= 0:
                value = cell.strip()
                return tidy(value), (at, at + len(value)), _COLUMN_QUALITY
    return None


def _best(q: Question, text: str, found: list[tuple[int, int, bool]]) -> tuple[int, int] | None:
    """Of the spans found (start, end, preferred), the preferred one nearest the question's
    words, else the one nearest them."""
    if not found:
        return None
    a, b, _ = max(found, key=lambda f: (f[2], local_gain(q, text, f[0], f[1])))
    return a, b


def _place(q: Question, text: str, head: str) -> Found | None:
    """A place of the level asked written in ``text`` and not in the question ("xã Phú Tân"),
    the one a change results in first."""
    pattern = re.compile(rf"(?<!\w)(?i:{_PLACE_WORDS[head]})[ \t]+[*_]*({_NAME})")
    found = []
    for m in pattern.finditer(text):
        if named_in_question(q, m.group(1)):
            continue
        cue = _RESULT_CUE.search(text[max(0, m.start() - _RESULT_CHARS) : m.start()])
        found.append((m.start(), m.end(), cue is not None))
    span = _best(q, text, found)
    if span is None:
        return _address(q, text)
    if _PLACES_ASKED.search(q.route.folded):
        span = _listed_with(text, span)
    return tidy(text[span[0] : span[1]]), span, _NAME_QUALITY


# "những phường, xã nào", "các xã nào" (folded): every place of the list is asked
_PLACES_ASKED = re.compile(
    r"\b(?:nhung|cac) (?:(?:tinh|thanh pho|huyen|quan|thi xa|thi tran|xa|phuong|dac khu)"
    r"(?:,? (?:va )?)?)+nao\b"
)
# A place of any level and its name ("phường Hội An", "các phường Hội An", "xã Tân Hiệp")
_LEVELS = "|".join(sorted(set(_PLACE_WORDS.values()), key=len, reverse=True))
_ANY_PLACE = re.compile(rf"(?<!\w)(?:(?i:các)\s+)?(?i:{_LEVELS}|đặc khu)[ \t]+[*_]*{_NAME}")
# What joins the places of one list: a comma, then the next name with or without its level, or
# "và" and the last one, with its level or ending the clause ("các phường Hội An, Hội An Đông,
# Hội An Tây, xã Tân Hiệp" — not "và Khu Dự trữ sinh quyển")
_NEXT_PLACE = re.compile(
    rf"[ \t]*(?:,[ \t]+(?:(?i:{_LEVELS}|đặc khu)[ \t]+)?[*_]*{_NAME}"
    rf"|\s+và[ \t]+(?:(?i:{_LEVELS}|đặc khu)[ \t]+[*_]*{_NAME}|[*_]*{_NAME}(?=[ \t]*(?:[.;,)]|$))))"
)


def _listed_with(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The list of places ``span``'s place is written in, joined by commas and "và" ("các
    phường Hội An, Hội An Đông, Hội An Tây, xã Tân Hiệp"), from its first place to its last;
    ``span`` itself when it is written alone."""
    for m in _ANY_PLACE.finditer(text):
        start, end = m.start(), m.end()
        while (more := _NEXT_PLACE.match(text, end)) is not None:
            end = more.end()
        if start <= span[0] and span[1] <= end:
            return start, end
    return span


def _address(q: Question, text: str) -> Found | None:
    """The value of an address label, which writes a place without its level ("(Địa chỉ: Hồ
    Chí Minh; Số ĐT: ...)"), when it is no name the question writes."""
    found = []
    for m in _ADDRESS.finditer(text):
        value = m.group(1).strip()
        if value and not named_in_question(q, value):
            found.append((m.start(1), m.start(1) + len(value), False))
    span = _best(q, text, found)
    if span is None:
        return None
    return tidy(text[span[0] : span[1]]), span, _PHRASE_QUALITY


def _organization(q: Question, text: str, head: str) -> Found | None:
    """An organization of the kind asked named in ``text`` and not in the question ("Công ty
    TNHH BHFLEX VINA"), with the others of its kind listed with it ("... và Công ty ...")."""
    words = _ORGANIZATION_WORDS[head]
    pattern = re.compile(rf"(?<!\w)(?i:{words})(?={_COMPANY_NAME})")
    run = re.compile(_COMPANY_NAME)
    found = []
    for m in pattern.finditer(text):
        # a name in capitals ("Công ty TNHH BHFLEX VINA"), or one that goes on in lower case
        # ("Quỹ Đầu tư phát triển Thành phố") to where a body's name ends
        capitals = run.match(text, m.end())
        end = capitals.end() if capitals and len(capitals.group().split()) >= 2 else None
        end = end or name_end(text, m.start(), 60) or (capitals.end() if capitals else m.end())
        if end <= m.end() or named_in_question(q, text[m.end() : end]):
            continue
        found.append((m.start(), end, False))
    span = _best(q, text, found)
    if span is None:
        return None
    # the whole list the name is one of: "A và B", "A, B và C"
    joiner = re.compile(r"(?:\s*,\s*|\s+và\s+)")
    a, b = span
    for start, end, _ in sorted(found, reverse=True):  # leftward: the nearest name first
        if end < a and joiner.fullmatch(text, end, a):
            a = start
    for start, end, _ in sorted(found):
        if start > b and joiner.fullmatch(text, b, start):
            b = end
    return tidy(text[a:b]), (a, b), _NAME_QUALITY


def _phrase(q: Question, text: str, head: str) -> Found | None:
    """The words written after the head noun ("lĩnh vực hoạt động khoa học và công nghệ"),
    not those the question writes itself, nor the head asked again ("lĩnh vực nào")."""
    pattern = re.compile(rf"(?<!\w)(?i:{_TONED_HEADS[head]})\s+(?!nào\b|gì\b)(?=\w)")
    found = []
    for m in pattern.finditer(text):
        if _PHRASE_OPENING_END.match(text, m.end()):
            continue
        stop = _PHRASE_END.search(text, m.end(), m.end() + _PHRASE_CHARS)
        end = stop.start() if stop else -1
        if end <= m.end() or named_in_question(q, text[m.end() : end]):
            continue
        # "Phương thức tuyển dụng (thi tuyển, xét tuyển)": the forms listed in brackets after
        # the words are the answer with them, sooner than words naming no form
        listed = _BRACKETED.match(text, end)
        found.append((m.start(), listed.end() if listed else end, listed is not None))
    span = _best(q, text, found)
    if span is None:
        return None
    return tidy(text[span[0] : span[1]]), span, _PHRASE_QUALITY


def _label_value(q: Question, text: str, heads: frozenset[str]) -> Found | None:
    """The value of a label naming the head noun asked ("- Cách thức: Nộp trực tuyến ...")."""
    labels = "|".join(_TONED_HEADS[h] for h in heads if h in _TONED_HEADS)
    if not labels:
        return None
    found = []
    for m in re.finditer(rf"(?<!\w)(?i:{labels})(?:\s+\w+){{0,2}}\s*:[\s*_]*", text):
        stop = _LABEL_VALUE_END.search(text, m.end())
        end = stop.start() if stop else len(text)
        if end > m.end():
            found.append((m.end(), end, False))
    span = _best(q, text, found)
    if span is None:
        return None
    return tidy(text[span[0] : span[1]]), span, _LABEL_QUALITY


def entity_of_kind(
    q: Question, unit: Unit, before: Iterator[Unit]
) -> tuple[str, tuple[int, int], float, str, None] | None:
    """The answer in ``unit`` of the kind ``q``'s head noun asks for, or None (no such noun
    asked, or the unit writes no span of that kind). ``before``: the units above ``unit``,
    nearest first (a table row's header)."""
    asked = asked_kind(q)
    if asked is None:
        return None
    kind, head = asked
    text = unit.text
    found: Found | None = None
    heads = _heads_of(head)
    if unit.kind == "row" and unit.cells:
        found = _column_cell(unit, before, heads)
    if found is None and kind == "place":
        found = _place(q, text, head)
    elif found is None and kind == "organization":
        found = _organization(q, text, head)
    elif found is None and kind in ("field", "category"):
        found = _label_value(q, text, heads) if kind == "category" else None
        if found is None and head in ("linh vuc", "nganh", "hinh thuc", "phuong thuc"):
            found = _phrase(q, text, head)
    if found is None or not found[0]:
        return None
    answer, span, quality = found
    return answer, span, quality, text, None
