"""Tables of named records (procedures, places) read again from a document's text, one cell a
line between lone "|" lines.

The index stops a crawled table at a cell of more lines than it reads as a cell (a procedure's
places and bodies listed item by item); the rest of the row and the rows after it become
sentences and short rows whose header is lost. Here a table is read whole: its header is the
run of bold cells opening with the number column ("**STT**", "**TT**"), each row opens with a
number cell after the bar that closed the row before, and a row written short takes its missing
last cells from the row above (cells merged down the rows are written once). A question that
names the record of a row (by its name or its code) and a column by the header's words is
answered by that cell, or by the item of the cell the question names when the cell lists
several ("- Cơ quan thực hiện: ...", "+ Cơ sở 1: ...", "...; 100.000 đồng đối với ..."); a
cell "Như trên" is the row above's."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from indexer.matching import STOP_WORDS, fold
from indexer.units import TOKEN
from qa_service.answer.corpus import Corpus
from qa_service.answer.document_answers import Composed
from qa_service.answer.evidence import Candidate
from qa_service.answer.extractors import (
    ASKS_A_SUM,
    ASKS_TWO_VALUES,
    band_fit,
    names_other_procedure,
    record_name_fit,
)
from qa_service.answer.question import Question
from qa_service.answer.value_kind import states_no_value_asked
from qa_service.answer.windows import MAX_ANSWER_CHARS, tidy

__all__ = ["GridRow", "GridTable", "grid_tables", "named_cell_answer"]

_BAR = re.compile(r"^\s*\|\s*$")
_MARKUP = re.compile(r"\*+|__+")
_NUMBER_HEAD = re.compile(r"(?:stt|tt|so tt)")  # the header's first cell, folded
_ROMAN = r"[IVX]{1,5}"
_ROW_NUMBER = re.compile(rf"(?:\d{{1,3}}|{_ROMAN})\.?")  # a row's first cell
_SECTION_NUMBER = re.compile(rf"{_ROMAN}\.?")  # a group's heading row: "II | Cấp xã"
_NAME_HEAD = re.compile(r"ten\b")  # "Tên TTHC", "Tên thủ tục hành chính", "Tên xã, phường"
_CODE_HEAD = re.compile(r"ma\b")  # "Mã TTHC", "Mã số TTHC"
_CODE = re.compile(r"\d\.\d{6}(?:\.\s*H\d{2})?")  # a procedure's code: "1.014466.H12"
_DITTO = re.compile(r"nhu tren\W*")  # a cell repeating the one above, folded
_HEAD_ASIDE = re.compile(r"\([^)]*\)")  # "(nếu có)"
_SAME_TERM = ((re.compile(r"\bthoi gian\b"), "thoi han"),)  # two words heading one column
_ITEM_LINE = re.compile(r"^[\s*_]*[-+•](?:[\s*_]|$)")  # "- Cơ quan thực hiện: ...", "+ ..."
_MARK_ONLY = re.compile(r"\W*\w?\W*")  # an empty cell or a tick: "x", "(x)"
_LEAST_COLUMN_WORDS = 2
_LABEL_CHARS = 40  # an item's label before its colon is short
_CASE_LABEL_CHARS = 80  # "- Trường hợp nộp hồ sơ trực tiếp hoặc qua bưu chính công ích:"
# the statement naming only the text that sets the value, folded: "Theo Nghị quyết số ..."
_DEFERS = re.compile(
    r"(?:thuc hien |ap dung )?theo (?:quy dinh (?:tai|cua) )?(?:luat|nghi|thong|quyet)"
)
# a label opening a line, up to its colon (over at most one line break): "- Cơ quan trực tiếp
# thực hiện\ngiải quyết thủ tục hành chính: ..."
_LABEL = re.compile(
    r"^[ \t*_+•-]*([^\n:|]{3,120}?(?:\n(?![ \t]*\n)[^\n:|]{1,120}?)?)[ \t*_]*:", re.MULTILINE
)
_AMOUNT = re.compile(r"\d[\d.,]*\s*(?:đồng|đ\b|vnđ|vnd|%)", re.IGNORECASE)  # "50.000 đồng", "0,5 %"
_ASKED_YEAR = re.compile(r"\bnam ((?:19|20)\d{2})\b")  # "năm 2020", folded
_OPENING_CHARS = 1500  # a document's number, date and title
_DOCUMENTS_READ = 2  # the documents of the best candidates whose tables are read
_CANDIDATES_READ = 30
_CONFIDENCE = 0.8


@dataclass(frozen=True)
class GridCell:
    """A cell's span in the document (its lines, no bars) and its text, markup removed."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class GridRow:
    cells: tuple[GridCell, ...]


@dataclass(frozen=True)
class GridTable:
    """A table's header (cells folded) and its rows, each as wide as the header."""

    header: tuple[str, ...]
    rows: tuple[GridRow, ...]
    name_column: int
    code_column: int | None


def _clean(raw: str) -> str:
    return " ".join(_MARKUP.sub(" ", raw).split())


def _cell(text: str, start: int, end: int) -> GridCell:
    """The cell of the lines ``text[start:end]``, its span trimmed of blanks."""
    raw = text[start:end]
    lead = len(raw) - len(raw.lstrip())
    end = start + len(raw.rstrip())
    return GridCell(min(start + lead, end), end, _clean(raw))


def _segments(text: str) -> list[list[GridCell]]:
    """The runs of cells between lone "|" lines: a run ends at a blank line (no table holds
    one in this layout)."""
    runs: list[list[GridCell]] = []
    run: list[GridCell] = []
    opened: int | None = None  # where the cell after the last bar starts
    blank = False
    at = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if _BAR.match(line):
            if opened is not None and not blank:
                run.append(_cell(text, opened, at))
            elif run:
                runs.append(run)
                run = []
            opened, blank = at + len(line), False
        elif not stripped:
            blank = True
        at += len(line)
    if run:
        runs.append(run)
    return runs


def _bold(text: str, cell: GridCell) -> bool:
    raw = text[cell.start : cell.end].strip()
    return raw.startswith("**") and bool(cell.text)


def _tables_in_run(text: str, run: list[GridCell]) -> list[GridTable]:
    """The tables of one run of cells: a header of bold cells opening with the number column,
    then rows opening with a number cell after an empty segment (the bars between rows)."""
    tables: list[GridTable] = []
    k = 0
    while k < len(run):
        if not (_NUMBER_HEAD.fullmatch(fold(run[k].text)) and _bold(text, run[k])):
            k += 1
            continue
        end = k
        while end < len(run) and _bold(text, run[end]):
            end += 1
        header = tuple(fold(_HEAD_ASIDE.sub(" ", c.text)) for c in run[k:end])
        rows: list[GridRow] = []
        starts = [
            i
            for i in range(end + 1, len(run))
            if not run[i - 1].text and _ROW_NUMBER.fullmatch(run[i].text)
        ]
        stop = next(
            (
                i
                for i in range(end, len(run))
                if _NUMBER_HEAD.fullmatch(fold(run[i].text)) and _bold(text, run[i])
            ),
            len(run),
        )
        starts = [i for i in starts if i < stop]
        for n, first in enumerate(starts):
            last = starts[n + 1] - 1 if n + 1 < len(starts) else stop
            cells = list(run[first:last][: len(header)])
            if len(cells) < len(header) and _SECTION_NUMBER.fullmatch(cells[0].text):
                continue  # a group's heading ("II | Thủ tục cấp xã"), no record
            if len(cells) < len(header) and rows:
                # written short: the last cells span this row and the one above
                cells += rows[-1].cells[len(cells) :]
            if rows:
                # "Như trên": the cell says what the row above's says
                above = rows[-1].cells
                cells = [
                    above[i] if _DITTO.fullmatch(fold(c.text)) and i < len(above) else c
                    for i, c in enumerate(cells)
                ]
            if len(cells) == len(header):
                rows.append(GridRow(tuple(cells)))
        names = [i for i, h in enumerate(header) if _NAME_HEAD.match(h)]
        codes = [i for i, h in enumerate(header) if _CODE_HEAD.match(h)]
        if names and rows:
            tables.append(GridTable(header, tuple(rows), names[0], codes[0] if codes else None))
        k = max(stop, k + 1)
    return tables


def grid_tables(corpus: Corpus, doc_id: str) -> list[GridTable]:
    """The tables of named records of a document (cached per document)."""
    found = corpus.grid_tables.get(doc_id)
    if found is None:
        text = corpus.texts[doc_id]
        found = [t for run in _segments(text) for t in _tables_in_run(text, run)]
        corpus.grid_tables[doc_id] = found
    return found


def _words(folded: str) -> list[str]:
    for pattern, same in _SAME_TERM:
        folded = pattern.sub(same, folded)
    return [t for t in TOKEN.findall(folded) if t[0].isalpha()]


def _named_column(q: Question, table: GridTable) -> int | None:
    """The column whose header (or one of its parts between "/": "Địa điểm/Cơ quan thực
    hiện") the question writes all the words of; the one of most words, None on a tie."""
    asked = set(_words(q.route.folded))
    question = " ".join(_words(q.route.folded))
    best: list[tuple[int, int]] = []
    for column, head in enumerate(table.header):
        if column in (0, table.name_column, table.code_column):
            continue
        parts = [_words(part) for part in head.split("/")]
        written = max((len(w) for w in parts if w and set(w) <= asked), default=0)
        if written < _LEAST_COLUMN_WORDS and _head_word(head) in asked:
            written = _LEAST_COLUMN_WORDS
        if written >= _LEAST_COLUMN_WORDS and not _written_with_value(
            question, parts, table, column
        ):
            best.append((written, column))
    best.sort(reverse=True)
    if not best or (len(best) > 1 and best[0][0] == best[1][0]):
        return None
    return best[0][1]


# "mã TTHC của thủ tục X", "mã số thủ tục hành chính": a record's code is asked (folded, the
# abbreviation expanded)
_CODE_ASKED = re.compile(r"\bma (?:so )?(?:cua )?thu tuc\b")


def _code_asked(q: Question) -> bool:
    """The question asks a procedure's code and writes none (a code written names the row)."""
    return bool(_CODE_ASKED.search(q.route.folded)) and not _CODE.search(q.route.question)


def _head_word(head: str) -> str | None:
    """The word each of a header's alternatives between "," ends with ("Phí, lệ phí"): the
    question writing it alone names the column."""
    parts = [_words(part) for part in head.split(",")]
    if len(parts) < 2 or not all(parts):
        return None
    last = parts[0][-1]
    return last if all(part[-1] == last for part in parts) else None


def _written_with_value(
    question: str, parts: list[list[str]], table: GridTable, column: int
) -> bool:
    """The question writes the header with a value of its column after it ("TTHC nội bộ lĩnh
    vực môi trường"): the column scopes the question, it is not what it asks."""
    values = {" ".join(_words(fold(row.cells[column].text))) for row in table.rows}
    return any(
        f"{' '.join(part)} {value}" in question
        for part in parts
        if part
        for value in values
        if value
    )


def _code_key(code: str) -> str:
    return "".join(code.split()).upper()


def _named_row(q: Question, table: GridTable) -> GridRow | None:
    """The row whose code the question writes, else the one whose name it writes best (no
    other procedure's name: "cấp lại ..." for "cấp ..."); None when two fit alike."""
    if table.code_column is not None:
        asked = {_code_key(m.group()) for m in _CODE.finditer(q.route.question)}
        for row in table.rows:
            code = _code_key(row.cells[table.code_column].text)
            if any(code == a or code.startswith(a + ".") for a in asked):
                return row
    fits: list[tuple[tuple[int, int], GridRow]] = []
    for row in table.rows:
        name = row.cells[table.name_column].text
        fit = record_name_fit(q, name)
        if fit is not None and not names_other_procedure(q, name):
            fits.append((fit, row))
    fits.sort(key=lambda f: f[0], reverse=True)
    if not fits or (len(fits) > 1 and fits[0][0] == fits[1][0]):
        return None
    return fits[0][1]


def _items(text: str, cell: GridCell) -> list[GridCell]:
    """The items of a cell: its lines opening with "-" or "+" (a dash alone on its line opens
    the item of the lines after it), else its clauses between ";"."""
    raw = text[cell.start : cell.end]
    opens = [0]
    at = 0
    for line in raw.splitlines(keepends=True):
        if _ITEM_LINE.match(line) and at:
            opens.append(at)
        at += len(line)
    if len(opens) == 1:
        opens += [m.end() for m in re.finditer(r";\s*", raw)]
    bounds = [*opens, len(raw)]
    items = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        piece = raw[a:b]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece.rstrip())
        if lead < trail:
            items.append(GridCell(cell.start + a + lead, cell.start + a + trail, _clean(piece)))
    return items


# Intents asking a value a cell's item states with a number (a time limit, an amount)
_VALUE_ITEM_INTENTS = frozenset({"deadline", "figure"})
_DIGIT = re.compile(r"\d")


def _with_clauses_after(
    text: str, items: list[GridCell], labels: list[list[str]], k: int
) -> GridCell:
    """Item ``k`` of a cell with the clauses after it, up to the next labelled one, that a ";"
    joins to it ("Tại Ủy ban nhân dân cấp xã: 2.000 đồng/trang; từ trang thứ 3 trở lên thu
    1.000 đồng/trang, tối đa thu không quá 200.000 đồng/bản"): its label says whose they are."""
    end = k
    while (
        _opens_case(items[k].text, labels[k])
        and end + 1 < len(items)
        and not _opens_case(items[end + 1].text, labels[end + 1])
        and text[items[end].start : items[end + 1].start].rstrip(" *_\n").endswith(";")
    ):
        end += 1
    if end == k:
        return items[k]
    a, b = items[k].start, items[end].end
    return GridCell(a, b, _clean(text[a:b]))


def _opens_case(item: str, label: list[str]) -> bool:
    """The item names a case of its own: a label ("Tại cơ quan đại diện: 10 USD/bản", "-
    Trường hợp nộp hồ sơ qua dịch vụ công trực tuyến: ..."), or a dash opening it."""
    return bool(label) or ":" in item[:_CASE_LABEL_CHARS] or _ITEM_LINE.match(item) is not None


def _label_words(item: str) -> list[str]:
    """The folded words of an item's label, before its colon ("- Cơ quan thực hiện: ...")."""
    colon = item.find(":")
    if colon < 0 or colon > _LABEL_CHARS:
        return []
    return TOKEN.findall(fold(item[:colon].strip(" -+•")))


def _asked_item(
    q: Question, text: str, row: GridRow, cell: GridCell, skip: int, head: str
) -> GridCell | None:
    """The cell, or the item of it that the question's own words (not the row's name, nor the
    column's header: "lệ phí" names the column, "nộp trực tiếp" the item) fit best when the
    cell lists several and one fits best; a long cell's best or first item; None when the
    question's words name two items each by words of its own."""
    # a lead ending with ":" ("Nộp hồ sơ qua một trong các hình thức sau:") goes with its
    # items, no answer alone
    items = [item for item in _items(text, cell) if not item.text.endswith(":")]
    if len(items) >= 2 and q.route.intent in _VALUE_ITEM_INTENTS:
        # a time limit or an amount asked: of the limits a cell lists, none is the total
        # asked ("tổng thời gian", stated under its own label elsewhere), and an item that
        # states no number ("Trong trường hợp cần thiết, ... thành lập Hội đồng tư vấn")
        # gives no value at all
        if ASKS_A_SUM.search(q.route.folded) and not any(
            ASKS_A_SUM.search(fold(item.text)) for item in items
        ):
            return None
        valued = [item for item in items if _DIGIT.search(item.text)]
        if valued:
            items = valued
    if len(items) < 2:
        return cell if len(cell.text) <= MAX_ANSWER_CHARS or not items else items[0]
    written = set(TOKEN.findall(q.route.folded))
    # an item labelled by words the question writes all of ("Cơ quan thực hiện:", "Cơ sở 1:"),
    # the label of most words; a label that only repeats the column's header ("Phí: 2.000
    # đồng/trang; ... tối đa 200.000 đồng/bản" under "Phí, lệ phí") names no item of it,
    # unless the header joins alternatives the items are labelled by ("Địa điểm/Cơ quan thực
    # hiện": "Cơ quan thực hiện:" names its item)
    header = set(TOKEN.findall(head)) if "/" not in head else set()
    labels = [_label_words(item.text) for item in items]
    named = [
        len(words) if words and set(words) <= written and not set(words) <= header else 0
        for words in labels
    ]
    if max(named) and named.count(max(named)) == 1:
        return _with_clauses_after(text, items, labels, named.index(max(named)))
    asked = written - set(TOKEN.findall(fold(row.cells[skip].text))) - set(TOKEN.findall(head))
    written_in = [asked & set(TOKEN.findall(fold(item.text))) for item in items]
    if _asks_two_items(q, written_in):
        return None  # "khi nộp trực tiếp và khi nộp trực tuyến": two items asked, not one
    # (of items as many words fit, the one whose band is the one asked: "- Trên 20 tỷ đồng
    # mức thu phí là 85 triệu đồng", not "- Trên 10 đến 20 tỷ đồng ...")
    scores = [
        len(words) + band_fit(q, item.text) for words, item in zip(written_in, items, strict=True)
    ]
    best = max(scores)
    if best and scores.count(best) == 1:
        return _with_clauses_after(text, items, labels, scores.index(best))
    return cell if len(cell.text) <= MAX_ANSWER_CHARS else items[0]


def _asks_two_items(q: Question, written_in: list[set[str]]) -> bool:
    """The question joins by "và" two items, each named by words of its own (not the other
    items'): one before the "và", one after ("khi nộp trực tiếp và khi nộp qua DVCTT")."""
    tokens = TOKEN.findall(q.route.folded)
    joins = [at for at, token in enumerate(tokens) if token == "va"]
    if not joins:
        return False
    firsts = []
    for words in written_in:
        own = words.difference(STOP_WORDS, *(other for other in written_in if other is not words))
        if own:
            firsts.append(min(at for at, token in enumerate(tokens) if token in own))
    return any(any(a < join < b for a in firsts for b in firsts) for join in joins)


def _defers(item: str) -> bool:
    """The item, after its label, only names the text that sets the value ("Trường hợp nộp
    trực tiếp: Theo Nghị quyết số 22/2025/NQ-HĐND ..."): it does not state it."""
    colon = item.find(":")
    said = item[colon + 1 :] if 0 <= colon <= _CASE_LABEL_CHARS else item
    return bool(_DEFERS.match(fold(said).strip(" -+•"))) and _AMOUNT.search(said) is None


@lru_cache(maxsize=16)
def _document_labels(text: str) -> tuple[list[str], ...]:
    """The words of each label a document's lines open with, folded (read once per document:
    a long document's scan costs tens of milliseconds)."""
    return tuple(_words(fold(_clean(m.group(1)))) for m in _LABEL.finditer(text))


def _fuller_label(q: Question, text: str, head: str) -> bool:
    """The document states a value under a label holding the header's words with words between
    them the question writes ("Cơ quan trực tiếp thực hiện giải quyết" for the column "Cơ quan
    thực hiện"): the question asks that label's value, which the column does not narrow to."""
    head_words = _words(head)
    if len(head_words) < _LEAST_COLUMN_WORDS:
        return False
    asked = set(_words(q.route.folded))
    for words in _document_labels(text):
        at = [words.index(w) if w in words else -1 for w in head_words]
        if -1 in at or at != sorted(at):
            continue
        between = set(words[at[0] : at[-1] + 1]) - set(head_words)
        if between and between <= asked:
            return True
    return False


def _dates_asked_year(text: str, row: GridRow, years: list[str]) -> bool:
    """Each year the question writes ("năm 2020") is the row's (in one of its cells, as a year
    of its own, not a document's number or a date: "01/2020/TT-BTP", "27/10/2020") or the
    document's (in its opening lines: number, date, title)."""
    if not years:
        return True
    opening = text[:_OPENING_CHARS]
    cells = " ".join(cell.text for cell in row.cells)
    return all(year in opening or re.search(rf"(?<![\d/]){year}(?![\d/])", cells) for year in years)


def _value_candidate(corpus: Corpus, doc_id: str, value: GridCell, answer: str) -> Candidate:
    """The stored unit holding the value, focused on it (its sources then quote the other
    places the document states the value), else a unit of the value's own span."""
    ids = corpus.doc_units.get(doc_id, [])
    k = bisect.bisect_right(corpus.doc_starts.get(doc_id, []), value.start) - 1
    if 0 <= k < len(ids):
        unit = corpus.units[ids[k]]
        at = unit.text.find(answer)
        if unit.end >= value.end and at >= 0:
            return Candidate(
                unit, 1.0, 1.0, _CONFIDENCE, answer=answer, focus=(at, at + len(answer))
            )
    unit = corpus.synthetic_unit(doc_id, value.start, value.end)
    return Candidate(unit, 1.0, 1.0, _CONFIDENCE, answer=answer)


def named_cell_answer(corpus: Corpus, q: Question, scored: Sequence[Candidate]) -> Composed | None:
    """The cell of the row and column a question names in a table of records, read whole from
    the documents of the best candidates; None when no such table answers, or when the question
    asks two values ("trước và sau", "so với"), which one cell does not give."""
    if ASKS_TWO_VALUES.search(q.route.folded):
        return None
    documents = list(dict.fromkeys(c.unit.doc_id for c in scored[:_CANDIDATES_READ]))
    years = _ASKED_YEAR.findall(q.route.folded)
    for doc_id in documents[:_DOCUMENTS_READ]:
        text = corpus.texts[doc_id]
        for table in grid_tables(corpus, doc_id):
            column = _named_column(q, table)
            if column is None and table.code_column is not None and _code_asked(q):
                column = table.code_column
            if column is None:
                continue
            row = _named_row(q, table)
            if row is None:
                continue
            name, cell = row.cells[table.name_column], row.cells[column]
            if _MARK_ONLY.fullmatch(cell.text):
                return None  # a tick ("x") answers no value
            if not _dates_asked_year(text, row, years):
                return None  # "phí ... năm 2020": the row is not of that year
            value = _asked_item(q, text, row, cell, table.name_column, table.header[column])
            if value is None or _defers(value.text) or _fuller_label(q, text, table.header[column]):
                continue  # the value is stated elsewhere: in the text cited, under the label
            answer = tidy(value.text)
            if states_no_value_asked(q, answer):
                # "có mấy báo cáo viên pháp luật": the field of the row of "Thủ tục miễn nhiệm
                # báo cáo viên pháp luật" ("Phổ biến, giáo dục pháp luật") counts nothing
                continue
            named = corpus.synthetic_unit(doc_id, name.start, name.end)
            support = [
                _value_candidate(corpus, doc_id, value, answer),
                Candidate(named, 1.0, 1.0, _CONFIDENCE),
            ]
            return answer, support, _CONFIDENCE, None
    return None
