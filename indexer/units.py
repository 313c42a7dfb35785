"""Evidence units: the sentences, clause runs of long sentences and table rows answers come from.

A unit is cut from the cleaned text of a document (markup removed, so an answer copies numbers
as written) and keeps its span in the document text, so every quote is an exact slice of it.
Units are made at index time and stored (``indexer.store``); the answerer reads them back.
"""

from __future__ import annotations

import bisect
import functools
import json
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from indexer.cleaning import clean_text
from indexer.matching import content_terms, fold, tone_key
from indexer.records import Passage, Section
from indexer.segment import section_paths

__all__ = [
    "MAX_QUOTE_CHARS",
    "UNIT_COLUMNS",
    "STT",
    "TOKEN",
    "Unit",
    "build_units",
    "enclosing_line",
    "line_span",
    "strip_span",
    "shared_pairs",
    "unit_from_row",
    "unit_row",
    "unit_sets",
]

logger = logging.getLogger(__name__)

MAX_QUOTE_CHARS = 420  # a longer sentence is quoted by its clause window around the answer
TOKEN = re.compile(r"[^\W_]+(?:[.,/]\d+)*")
STT = re.compile(r"^[\dIVXivx]+(?:\.[\dIVXivx]+)*\.?$")  # a table's row number ("1", "II.2")
_PIPE_SEPARATOR = re.compile(r"^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*\s*$")
_LONG_SPLIT = re.compile(r";\s+")
# A numbered item ("3.", "2.1.") or one lettered "a)" that is a short label waiting for its value
# on the next line
# ("3. Ủy ban nhân dân xã, phường:" / "Xét tối đa 15 tập thể và 30 cá nhân.")
_LABEL_ITEM_LINE = re.compile(
    r"^\s*(?:\d{1,3}(?:\.\d{1,3})*\.|[a-zđ]\))\s+[^\W\d_][^:]{1,100}:\s*$"
)
_LABEL_ITEM_WORDS = 14
# A line that opens an item of its own: a list label, a bullet, an article heading.
_ITEM_OPENING = re.compile(
    r"^\s*(?:[-+•–—*]\s|\d{1,3}(?:\.\d{1,3})*[.)](?:\s|$)|[a-zđ][.)]\s|[IVXLC]{1,6}[.)]\s"
    r"|\(\w{1,4}\)\s|(?:Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN|Phụ lục|PHỤ LỤC)\s+\w+)"
)


@dataclass(frozen=True)  # no slots: the word pairs are cached on the instance
class Unit:
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
    tterms: frozenset[str]  # the same two keeping diacritics
    tcontext_terms: frozenset[str]
    toned: str  # the text in toned matching form
    context_key: str  # folded: section path and table row context
    context_toned: str  # the same, toned
    context_folded: str  # "<section path and table context> || <document title>"
    heading: str  # folded: the heading of the innermost section above the unit
    heading_span: tuple[int, int] | None = None  # that heading's line in the document text
    heading_title: str = ""  # the heading without its label, markup removed

    # Word pairs are needed only for the units a question scores: the tokens of the text and
    # of the context, each run between spaces, made on first use (not stored).
    @cached_property
    def token_runs(self) -> str:
        return _token_runs(self.folded, self.context_key)

    @cached_property
    def ttoken_runs(self) -> str:
        return _token_runs(self.toned, self.context_toned)


def _token_runs(*keyed: str) -> str:
    return "\n".join(_run(k) for k in keyed)


# Cached: the units of one section or table share their context, read again for each of them
@lru_cache(maxsize=1 << 14)
def _run(keyed: str) -> str:
    return f" {' '.join(TOKEN.findall(keyed))} "


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
        if spans and at == spans[-1][1]:
            # no blank between the two: the tokenizer cut inside a word at its period
            # ("4814/CCTKV.05-TTKT3"), a sentence never ends there
            spans[-1] = (spans[-1][0], at + len(sentence))
        else:
            spans.append((at, at + len(sentence)))
        cursor = at + len(sentence)
    if not spans:
        spans.append((0, len(line)))
    return spans


def _cut_long(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a long sentence after "; " into runs no longer than the quote limit (when possible)."""
    if end - start <= MAX_QUOTE_CHARS:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    run_start, previous = start, None
    for match in _LONG_SPLIT.finditer(line, start, end):
        cut = match.start() + 1
        if cut - run_start > MAX_QUOTE_CHARS and previous is not None:
            pieces.append((run_start, previous))
            run_start = previous
        previous = cut
    pieces.append((run_start, end))
    return [strip_span(line, a, b) for a, b in pieces if b > a]


def unit_sets(unit: Unit, toned: bool) -> tuple[frozenset[str], frozenset[str]]:
    """(terms, context terms) of ``unit`` in the folded or toned matching form; its word pairs
    are counted by :func:`shared_pairs` (made on demand, only where a score needs them)."""
    if toned:
        return unit.tterms, unit.tcontext_terms
    return unit.terms, unit.context_terms


def shared_pairs(unit: Unit, toned: bool, pairs: Iterable[tuple[str, str]]) -> int:
    """How many of ``pairs`` are consecutive words of ``unit`` (its text or its context) in
    the folded or toned matching form; the same count as intersecting with the set of
    consecutive token pairs of each, without building the pair sets."""
    runs = unit.ttoken_runs if toned else unit.token_runs
    needles = _pair_needles(pairs) if isinstance(pairs, frozenset) else _needles(pairs)
    return sum(needle in runs for needle in needles)


def _needles(pairs: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    return tuple(f" {a} {b} " for a, b in pairs)


# A question's pairs are counted in every unit it scores (hundreds): written out once.
_pair_needles = functools.lru_cache(maxsize=256)(_needles)


def line_span(text: str, at: int) -> tuple[int, int]:
    """The line of ``text`` starting at ``at``, surrounding blanks left out."""
    end = text.find("\n", at)
    return strip_span(text, at, len(text) if end < 0 else end)


def enclosing_line(text: str, start: int, end: int) -> tuple[int, int]:
    """The line(s) of ``text`` holding ``[start, end)``, surrounding blanks left out."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return strip_span(text, line_start, len(text) if line_end < 0 else line_end)


def strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    """[a, b) without surrounding blanks and list bullets."""
    while a < b and (text[a].isspace() or text[a] in "-+•*|"):
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def build_units(
    doc_id: str,
    text: str,
    title: str,
    sections: Sequence[Section],
    passages: Sequence[Passage],
    first_idx: int,
) -> list[Unit]:
    """The units of one document in text order, numbered from ``first_idx``.

    ``text`` is the document text; ``sections`` and ``passages`` are its indexed ones (section
    paths and the nearest heading give a unit its context, a table row passage its caption).
    """
    clean = clean_text(text)
    paths = section_paths(sections)
    ordered = sorted(sections, key=lambda s: (s.start, s.level))
    sec_starts = [s.start for s in ordered]
    rows = sorted((p for p in passages if p.kind == "table_row"), key=lambda p: p.start)
    row_starts = [p.start for p in rows]
    folded_title = fold(title)

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

    def heading_at(pos: int) -> Section | None:
        """The innermost section whose heading starts before ``pos``."""
        k = bisect.bisect_right(sec_starts, pos - 1) - 1
        while k >= 0:
            s = ordered[k]
            if s.start < pos < s.end and s.parent is not None:
                return s
            k -= 1
        return None

    def make_unit(
        idx: int, body: tuple[int, int, str, str, tuple[str, ...]], section: str, context: str
    ) -> Unit:
        """A unit of ``body`` (start, end, text, kind, cells) in its section and row context."""
        start, end, unit_text, kind, cells = body
        path = section_at(start)
        head = heading_at(start)
        folded = fold(unit_text)
        context_folded = fold(f"{path} {context}")
        toned = tone_key(unit_text)
        context_toned = tone_key(f"{path} {context}")
        return Unit(
            idx=idx,
            doc_id=doc_id,
            start=start,
            end=end,
            text=unit_text,
            kind=kind,
            section=section,
            cells=cells,
            folded=folded,
            terms=frozenset(content_terms(folded)),
            context_terms=frozenset(content_terms(context_folded)),
            tterms=frozenset(content_terms(toned, True)),
            tcontext_terms=frozenset(content_terms(context_toned, True)),
            toned=toned,
            context_key=context_folded,
            context_toned=context_toned,
            context_folded=f"{context_folded} || {folded_title}",
            heading=fold(head.heading) if head else "",
            heading_span=line_span(text, head.start) if head else None,
            heading_title=head.title if head else "",
        )

    units: list[Unit] = []

    def label_unit(label: tuple[int, int, str]) -> Unit:
        """A list item's label line as a unit of its own (its clean span and text)."""
        at, label_end, label_text = label
        start, end = clean.to_original(at, label_end)
        return make_unit(
            first_idx + len(units), (start, end, label_text, "text", ()), section_at(start), ""
        )

    lines: list[tuple[int, str]] = []
    offset = 0
    for line in clean.text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    grid_rows, in_grid = _grid_rows(lines)
    label: tuple[int, int, str] | None = None  # a label line waiting for its value
    for line_no, (line_start, line) in enumerate(lines):
        if not line.strip() or line_no in in_grid:
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
            if _waits_for_value(lines, line_no, in_grid):
                a, b = strip_span(line, 0, len(line))
                label = (line_start + a, line_start + b, " ".join(line[a:b].split()))
                continue
        carried, label = label, None
        for k, (a, b) in enumerate(spans):
            a, b = strip_span(line, a, b)
            if b - a < 2:
                continue
            if carried and k == 0 and b - a + len(carried[2]) < MAX_QUOTE_CHARS:
                # the item's label opens the unit of its value's first sentence: "3. Ủy ban
                # nhân dân xã, phường: Xét tối đa 15 tập thể" is one statement, not two
                start, _ = clean.to_original(carried[0], carried[0] + 1)
                _, end = clean.to_original(line_start + a, line_start + b)
                unit_text = f"{carried[2]} {' '.join(line[a:b].split())}"
                units.append(
                    make_unit(
                        first_idx + len(units),
                        (start, end, unit_text, "text", ()),
                        section_at(start),
                        "",
                    )
                )
                carried = None
                continue
            if carried:  # the value is too long to join: the label stays a unit of its own
                units.append(label_unit(carried))
                carried = None
            cells: tuple[str, ...] = ()
            if is_row:
                cells = tuple(" ".join(c.split()) for c in re.split(r"\t|\|", line[a:b]))
                if not any(cells):
                    continue
                unit_text = " | ".join(c for c in cells if c)
            else:
                unit_text = " ".join(line[a:b].split())
            start, end = clean.to_original(line_start + a, line_start + b)
            context = row_context(start) if is_row else ""
            section = section_at(start) or (context.split(" — ")[0] if context else "")
            units.append(
                make_unit(
                    first_idx + len(units),
                    (start, end, unit_text, "row" if is_row else "text", cells),
                    section,
                    context,
                )
            )
        if carried:
            units.append(label_unit(carried))
    for cells, header in grid_rows:  # a table laid out one cell a line (web crawls)
        a = lines[next(c for c in cells if c)[0]][0]
        last = lines[next(c for c in reversed(cells) if c)[-1]]
        b = last[0] + len(last[1].rstrip())
        texts = tuple(_cell_text(lines, cell) for cell in cells)
        start, end = clean.to_original(a, b)
        unit_text = " | ".join(t for t in texts if t)
        section = section_at(start)
        units.append(
            make_unit(
                first_idx + len(units), (start, end, unit_text, "row", texts), section, header
            )
        )
    return units


def _waits_for_value(lines: Sequence[tuple[int, str]], line_no: int, in_grid: set[int]) -> bool:
    """The line is a numbered list item of a few words ending with ":" and the next line is
    its value (plain text, not an item, a row or a blank line)."""
    line = lines[line_no][1]
    if not _LABEL_ITEM_LINE.match(line) or len(line.split()) > _LABEL_ITEM_WORDS:
        return False
    if line_no + 1 >= len(lines) or line_no + 1 in in_grid:
        return False
    value = lines[line_no + 1][1].strip()
    return (
        bool(value)
        and "|" not in value
        and "\t" not in value
        # a heading or an emphasised line ("**Điều 4. Hiệu lực**", "# Chương II") is no value
        and value[0] not in "*_#"
        and not _ITEM_OPENING.match(value)
    )


_CELL_BAR = re.compile(r"^\s*\|\s*$")
_MAX_CELL_LINES = 8
# A cell that opens a section rather than a table cell: "II. NƯỚC THIÊN NHIÊN", "PHỤ LỤC ...".
_HEADING_CELL = re.compile(
    r"^\s*(?:(?:[IVX]{1,5}|[A-ZĐ])\s*[.\-–]\s+\S|(?:PHỤ LỤC|DANH MỤC|DANH SÁCH|BẢNG|BIỂU|MẪU)\b)"
)
_NUMBERED_HEADING_LINE = re.compile(r"^[\s*_]*(\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\))[\s*_]+(\S)")
_NUMBER_CELL = re.compile(r"^\s*[-+(]?\d")  # a value ("3.000.000 đ", "80"), not a label
# A cell of the document's closing block laid out beside the table: its recipients or its
# signature ("KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "KT GIÁM ĐỐC").
_RECIPIENTS_CELL = re.compile(r"^\s*Nơi nhận\b")
_SIGNATURE_CELL = re.compile(r"^\s*(?:KT|TM|TL|TUQ|Q)\.?\s+[^\W\d_]{2,}")
# A row numbered in its first cell: "1", "1.1.", "II", "a)" (the cell or the start of its text),
# or labelled by a cell holding a letter or a dash alone ("a", "-", "+": the items of a group).
# A value with groups of thousands ("20.000.000 đồng") is no row number.
_ROW_NUMBER = re.compile(
    r"^\s*(?:(?:[IVX]+|\d{1,3}(?:\.\d{1,2})*)\.?|[a-zđ]\)|(?:[a-zđ]|[-+])\s*$)(?:\s|$)"
)

# A grid row: its cells (line numbers of each; [] for an empty cell kept in its column) and its
# table's context (caption and header text).
GridRow = tuple[list[list[int]], str]


def _grid_rows(lines: Sequence[tuple[int, str]]) -> tuple[list[GridRow], set[int]]:
    """Rows of tables laid out one cell a line: cells between lone "|" lines, a new row where
    two "|" lines meet (``| a | b |`` then ``| c | d |``). A line of blanks between two "|" lines
    is an empty cell (its markup, "** **", was removed), not the end of the table. Returns
    each row's cells with its table's header, and the line numbers they use. A run without a
    row break (a two-column document header, a signature beside its recipients) is not a
    table."""
    rows: list[GridRow] = []
    used: set[int] = set()
    i = 0
    while i < len(lines):
        if not _CELL_BAR.match(lines[i][1]):
            i += 1
            continue
        run: list[list[list[int]]] = []  # rows of cells of line numbers
        row: list[list[int]] = []
        gaps: dict[int, int] = {}  # id of a row: the "|" lines beyond two before it (empty cells)
        cell: list[int] = []
        bars = 0
        j = i
        while j < len(lines):
            text = lines[j][1]
            if _CELL_BAR.match(text):
                if cell:
                    row.append(cell)
                    cell = []
                bars += 1
                if bars == 2 and row:
                    run.append(row)
                    row = []
                elif bars >= 3 and run and not row:
                    gaps[id(run[-1])] = gaps.get(id(run[-1]), 0) + 1
            elif text and not text.strip() and bars and not cell and _bar_after(lines, j):
                bars = 0  # a cell of markup only ("** **"): the next bar closes it
            elif not text.strip() or "\t" in text or len(cell) >= _MAX_CELL_LINES:
                break
            else:
                cell.append(j)
                bars = 0
            j += 1
        if row:
            run.append(row)  # the last row; text after its closing bar (``cell``) is not a cell
        # a first row holding the document's closing block or an appendix title is no header:
        # the crawl lost the bars after them, and its width is no column count
        opened = len(run) >= 2 and not any(_closing_cell(lines, c) for c in run[0])
        exact = _counted_rows(lines, i, j, len(run[0])) if opened else None
        if exact is None and opened and (heading := _heading_after_rows(lines, i, j, run)):
            # "| 1 | ... | Căn cứ |" then "**B. DANH MỤC ... BỊ BÃI BỎ**" and the next table:
            # the rows counted up to the section heading are the table's; the heading and the
            # table after it are read anew
            exact = _counted_rows(lines, i, heading, len(run[0]))
            if exact:
                j = heading
        if exact:
            # every row laid out in full, its empty cells in their columns: all its cells are
            # the row's (a lone cell, a heading across the table, stays a line of text)
            found = _table_rows(exact, lines, {})
            rows += found
            used.update(k for cells, _ in found for c in cells for k in c)
        elif len(run) >= 2:
            found = _table_rows(_split_tables(run, lines), lines, gaps)
            rows += found
            # a lone cell stays a line of text; so do the pieces of a row joined back across an
            # empty cell (their sentences stay units of their own beside the row)
            used.update(k for cells, _ in found for c in _before_empty(cells) for k in c)
        i = max(j, i + 1)
    return rows, used


def _counted_rows(
    lines: Sequence[tuple[int, str]], first: int, stop: int, width: int
) -> list[list[list[int]]] | None:
    """The rows of the crawled cells in ``lines[first:stop]`` read by counting bars, when the
    run is a table of ``width`` columns (its first row's) written in full: each row a bar, then
    each column a cell and a bar, or a bar alone for an empty cell (``| a | | c |``). Two bars
    meet both at a row's end and around an empty cell; counting the columns tells them apart
    ("Phường Ba Đình | | 89 | 11 |" is one row, not two). None when the bars do not add up to
    rows of that width (merged cells, two tables run together): the run is then read by its
    meeting bars."""
    if width < 2:
        return None
    tokens: list[list[int] | None] = []  # None: a bar; a list: the line numbers of a cell
    for k in range(first, stop):
        text = lines[k][1]
        if _CELL_BAR.match(text):
            tokens.append(None)
        elif text.strip():  # a line of markup only ("** **") is an empty cell: skip it
            if tokens and tokens[-1] is not None:
                tokens[-1].append(k)
            else:
                tokens.append([k])
    if tokens and tokens[-1] is not None:
        tokens.pop()  # text after the closing bar is no cell
    rows: list[list[list[int]]] = []
    at = 0
    while at < len(tokens):
        if tokens[at] is not None:  # a row opens with a bar
            return None
        at += 1
        row: list[list[int]] = []
        while len(row) < width:
            if at >= len(tokens):
                return None
            cell = tokens[at]
            if cell is None:
                row.append([])
                at += 1
            elif at + 1 < len(tokens) and tokens[at + 1] is None:
                row.append(cell)
                at += 2
            else:
                return None
        rows.append(row)
    return rows if len(rows) >= 2 else None


def _heading_after_rows(
    lines: Sequence[tuple[int, str]], first: int, stop: int, run: Sequence[Sequence[Sequence[int]]]
) -> int | None:
    """The line of the first section heading a cell of ``run`` (after its first row) opens
    with (``_heading_cell``: its first line in capitals, numbered by a roman numeral or a
    capital letter, or opening with "PHỤ LỤC", "DANH MỤC", "BẢNG", "BIỂU", "MẪU" …: "**B. DANH
    MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ**"): where the table before it ends. None when there is
    none."""
    for row in run[1:]:
        for cell in row:
            if cell and _heading_cell(lines, cell) and first < cell[0] < stop:
                return cell[0]
    return None


def _before_empty(cells: list[list[int]]) -> list[list[int]]:
    """The cells of a row up to its first empty cell after a filled one (all of a row that has
    none): the row as crawled, before any piece joined back to it."""
    first = next(k for k, c in enumerate(cells) if c)
    rest = cells[first:]
    return rest[: rest.index([])] if [] in rest else rest


def _bar_after(lines: Sequence[tuple[int, str]], j: int) -> bool:
    """The next non-blank line after ``j`` is a lone "|"."""
    for k in range(j + 1, min(len(lines), j + 4)):
        if lines[k][1].strip():
            return bool(_CELL_BAR.match(lines[k][1]))
    return False


def _heading_cell(lines: Sequence[tuple[int, str]], cell: Sequence[int]) -> bool:
    """A cell that opens with a section heading in capitals ("II. NƯỚC THIÊN NHIÊN",
    "PHỤ LỤC")."""
    if not cell:
        return False
    first = lines[cell[0]][1].strip()
    text = _cell_text(lines, cell).lstrip("*_ ")  # "* *" of an empty bold run before it
    return bool(_HEADING_CELL.match(text[:60])) and first.upper() == first


def _numbered_heading_cell(lines: Sequence[tuple[int, str]], cell: Sequence[int]) -> bool:
    """A cell holding a numbered heading on a line of its own ("Quy trình số 06" / "6. Quy
    trình nội bộ giải quyết TTHC: ...", "b) Đối với trường hợp giải thể"), perhaps with
    headings under it ("2.1. Thủ tục ..."); not a list of numbered items ("1. Trực tiếp: ..." /
    "2. Trực tuyến: ...": the first label has one of its depth after it)."""
    found = [m for k in cell if (m := _NUMBERED_HEADING_LINE.match(lines[k][1]))]
    depths = [m.group(1).count(".") if m.group(1)[0].isdigit() else -1 for m in found]
    return bool(found) and found[0].group(2).isupper() and depths.count(depths[0]) == 1


def _closing_cell(lines: Sequence[tuple[int, str]], cell: Sequence[int]) -> bool:
    """A cell of the document's recipients or signature, or a heading in capitals (the
    appendix title between the signature and the appendix's table)."""
    return _recipients_or_signature(lines, cell) or _heading_cell(lines, cell)


def _recipients_or_signature(lines: Sequence[tuple[int, str]], cell: Sequence[int]) -> bool:
    """A cell of the document's recipients ("Nơi nhận:") or its signature block ("KT. CHỦ
    TỊCH", "TM. ỦY BAN NHÂN DÂN", in capitals)."""
    if not cell:
        return False
    text = _cell_text(lines, cell)[:40]
    if _RECIPIENTS_CELL.match(text):
        return True
    first = lines[cell[0]][1].strip()
    return bool(_SIGNATURE_CELL.match(text)) and first.upper() == first


def _cell_text(lines: Sequence[tuple[int, str]], cell: Sequence[int]) -> str:
    return " ".join(" ".join(lines[k][1].split()) for k in cell)


def _usual_width(rows: Sequence[Sequence[object]]) -> int:
    """The most common width of ``rows`` of two cells or more (the widest on a tie; 0: none)."""
    widths = [len(r) for r in rows if len(r) >= 2]
    return max(set(widths), key=lambda w: (widths.count(w), w)) if widths else 0


# A run of crawled cells cut into tables: each item a row, or None where a new table starts.
Segments = list[list[list[int]] | None]


def _split_tables(run: list[list[list[int]]], lines: Sequence[tuple[int, str]]) -> Segments:
    """Rows of ``run`` with the rows that run two tables together cut apart, a None where a
    table starts. The crawl loses the bars between a table, the text after it and the next
    table's header, so these land in one row:

    - a first row that opens with the document's recipients, signature or appendix title (laid
      out in a table beside each other) before the header of the appendix's table: those cells
      stand alone (a lone cell is text) and the table starts after them;
    - a row wider than the rows above it in its table (below it, for its first row): it ends
      at their width; a later cell
      that opens a section ("II. NƯỚC THIÊN NHIÊN") or, when the cells left are one more than
      the rows below hold, the first of them (the sentence introducing the next table) stands
      alone, and the rest is the next table's header; so does a cell after the row's first two
      that holds a numbered heading ("6. Quy trình nội bộ ...") before two labels or more (a
      short last row, "Tổng thời gian | 05 ngày", run into the next table's heading and header)."""
    out: Segments = []
    table: list[list[list[int]]] = []  # rows of the current table so far
    for at, row in enumerate(run):
        lead = 0
        while lead < len(row) - 2 and _closing_cell(lines, row[lead]):
            lead += 1
        if lead and _recipients_or_signature(lines, row[0]):
            # the appendix's title is no caption of the table: it dates the decision, not the rows
            out.append(None)
            out += [[c] for c in row[:lead]]
            table = [row[lead:]]
            out.append(row[lead:])
            continue
        usual = _usual_width(table) or _usual_width(run[at + 1 : at + 4])
        cut = 0
        if usual and len(row) > usual:
            cut = next((k for k in range(1, len(row)) if _heading_cell(lines, row[k])), 0)
            if cut:  # the heading is a line of text of its own, the rest the next table's header
                out += [row[:cut], row[cut : cut + 1], None, row[cut + 1 :]]
                table = [row[cut + 1 :]]
                continue
            caption = next(
                (k for k in range(2, len(row) - 2) if _numbered_heading_cell(lines, row[k])), 0
            )
            header = [_cell_text(lines, c) for c in row[caption + 1 :]]
            if caption and not any(_NUMBER_CELL.match(t) for t in header):
                # a short last row ("Tổng thời gian | 05 ngày"), then the next table's numbered
                # heading ("6. Quy trình nội bộ ...") and its header (labels, no figure)
                out += [row[:caption], row[caption : caption + 1], None, row[caption + 1 :]]
                table = [row[caption + 1 :]]
                continue
            below = _usual_width(run[at + 1 : at + 4])
            rest = len(row) - usual
            if below >= 2 and rest in (below, below + 1):
                text_cells = row[usual : usual + rest - below]
                out += [row[:usual], *([c] for c in text_cells), None, row[usual + rest - below :]]
                table = [row[usual + rest - below :]]
                continue
        out.append(row)
        table.append(row)
    return out


def _join_split_rows(
    rows: list[list[list[int]]],
    lines: Sequence[tuple[int, str]],
    width: int,
    gaps: dict[int, int],
) -> list[list[list[int]]]:
    """Rows of a table of ``width`` columns with the rows an empty cell cut back together: an
    empty cell is written like the end of a row (two "|" lines meet), so a numbered row of two
    cells or more ("1.1. Tiêu chí | 4") is followed by pieces without a number ("Minh chứng");
    joined with an empty cell between each, they fill the table's width exactly. Without row
    numbers nothing tells an empty cell from a row's end, and the rows stay as they are."""
    numbered = [bool(_ROW_NUMBER.match(_cell_text(lines, r[0]))) for r in rows]
    out: list[list[list[int]]] = []
    k = 0
    while k < len(rows):
        row, filled = rows[k], len(rows[k])
        end = k + 1
        if numbered[k] and 2 <= filled < width:  # one cell: a group's heading across the table
            while end < len(rows) and not numbered[end]:
                empties = 1 + gaps.get(id(rows[end - 1]), 0)  # a third "|": one more empty cell
                if filled + empties + len(rows[end]) > width:
                    break
                filled += empties + len(rows[end])
                end += 1
            if filled != width:
                end = k + 1
        joined = list(row)
        for before, piece in zip(rows[k : end - 1], rows[k + 1 : end], strict=True):
            joined += [[]] * (1 + gaps.get(id(before), 0)) + piece
        out.append(joined)
        k = end
    return out


def _table_rows(
    run: Segments, lines: Sequence[tuple[int, str]], gaps: dict[int, int]
) -> list[GridRow]:
    """The rows of a run of cells with two cells or more, each with its table's header: the
    first row of three cells or more (or of two cells holding no figure, when it opens its
    table), with the rows of labels right under it (a second header row: "Thành phố | Xã"
    under "Tỷ lệ vốn đối ứng (%)"); a row that opens with a section heading starts a new
    table, and so does a None in ``run``; the lone cell right before that is the table's
    caption (the sentence introducing it)."""
    tables: list[tuple[str, list[list[list[int]]]]] = [("", [])]
    previous: list[list[int]] | None = None
    for row in run:
        if row is None:
            caption = _cell_text(lines, previous[0]) if previous and len(previous) == 1 else ""
            tables.append((caption, []))
        else:
            tables[-1][1].append(row)
        previous = row
    out: list[GridRow] = []
    for caption, rows in tables:
        width = next((len(r) for r in rows if len(r) >= 3), 0)
        if width:
            rows = _join_split_rows(rows, lines, width, gaps)
        opener = next((r for r in rows if len(r) >= 2), None)
        header, in_header = "", False
        groups: list[tuple[int, str]] = []  # the group rows above, by the level of their label
        for cells in rows:
            filled = [c for c in cells if c]
            texts = [_cell_text(lines, c) for c in cells]
            opens = bool(filled) and _heading_cell(lines, cells[0])
            if opens and len(filled) >= 3:
                header, in_header = "", False
            if len(filled) < 2:
                continue
            level = _label_level(texts[0])
            if level is not None:
                groups = [g for g in groups if g[0] < level]
            context = " ".join([caption, header, *(title for _, title in groups)])
            out.append((cells, " ".join(context.split())))
            if level is not None and _group_row(texts, width):
                groups.append((level, " ".join(t for t in texts[1:] if t)))
            headed = len(filled) >= 3 or (
                cells is opener and not any(_NUMBER_CELL.match(t) for t in texts)
            )
            if not header and headed:
                # a heading the row opens with is the section's title, not a column's
                kept = texts[1:] if opens else texts
                # rows of labels under a header of two cells are its data ("BM.01 | Mẫu ...")
                header, in_header = " ".join(t for t in kept if t), len(filled) >= 3
            elif in_header and not (
                STT.match(texts[0]) or any(_NUMBER_CELL.match(t) for t in texts)
            ):
                header = f"{header} {' '.join(t for t in texts if t)}"
            else:
                in_header = False
    return out


# Row labels by depth: a group of letters ("A", "B": parts), roman numerals, numbers by their
# dots ("2", "2.1", "2.1.3"), lower-case letters ("a", "b)"), dashes ("-", "+").
_LABEL_LEVELS = (
    (re.compile(r"[A-HJ-UWYZĐ]\.?"), 0),
    (re.compile(r"[IVX]+\.?"), 1),
    (re.compile(r"\d{1,2}(?:\.\d{1,2}){0,3}\.?"), 2),
    (re.compile(r"[a-zđ][.)]?"), 7),
    (re.compile(r"[-+•]"), 8),
)


def _label_level(label: str) -> int | None:
    """The depth of a row's label ("II": 1, "2": 2, "2.1": 3, "a": 7, "-": 8), or None when the
    first cell is no label."""
    label = label.strip(" *_")
    for pattern, level in _LABEL_LEVELS:
        if pattern.fullmatch(label):
            return level + label.rstrip(".").count(".") if level == 2 else level
    return None


def _group_row(texts: Sequence[str], width: int) -> bool:
    """A labelled row that names a group of the rows under it ("2 | Tỷ lệ chi phí nhân công
    (knc)" over "2.1 | Quy mô từ 150MW trở xuống | 0,8%"): its label and a title, no value,
    in a table whose rows hold more."""
    filled = [t for t in texts if t]
    return width >= 3 and len(filled) == 2 and not _NUMBER_CELL.match(filled[1])


# -- stored form ------------------------------------------------------------------------------
UNIT_COLUMNS = (
    "start", "end", "text", "kind", "section", "cells", "folded", "toned", "context_key",
    "context_toned", "context_folded", "heading", "heading_start", "heading_end",
    "heading_title", "terms", "context_terms", "tterms", "tcontext_terms",
)  # fmt: skip


def unit_row(unit: Unit) -> tuple:
    """The stored columns of ``unit`` (:data:`UNIT_COLUMNS`)."""
    heading_start, heading_end = unit.heading_span or (None, None)
    return (
        unit.start, unit.end, unit.text, unit.kind, unit.section, json.dumps(unit.cells),
        unit.folded, unit.toned, unit.context_key, unit.context_toned, unit.context_folded,
        unit.heading, heading_start, heading_end, unit.heading_title,
        " ".join(sorted(unit.terms)), " ".join(sorted(unit.context_terms)),
        " ".join(sorted(unit.tterms)), " ".join(sorted(unit.tcontext_terms)),
    )  # fmt: skip


def unit_from_row(idx: int, doc_id: str, row: Sequence) -> Unit:
    """A stored unit back, numbered ``idx``."""
    (start, end, text, kind, section, cells, folded, toned, context_key, context_toned,
     context_folded, heading, heading_start, heading_end, heading_title, terms,
     context_terms, tterms, tcontext_terms) = row  # fmt: skip
    return Unit(
        idx=idx,
        doc_id=doc_id,
        start=start,
        end=end,
        text=text,
        kind=kind,
        section=section,
        cells=tuple(json.loads(cells)) if cells != "[]" else (),
        folded=folded,
        terms=frozenset(terms.split()),
        context_terms=frozenset(context_terms.split()),
        tterms=frozenset(tterms.split()),
        tcontext_terms=frozenset(tcontext_terms.split()),
        toned=toned,
        context_key=context_key,
        context_toned=context_toned,
        context_folded=context_folded,
        heading=heading,
        heading_span=None if heading_start is None else (heading_start, heading_end),
        heading_title=heading_title,
    )
