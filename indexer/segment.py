"""Cut a parsed document into passages: sentence-aware chunks inside one section, and table rows.

Packing rule: the units of a section (its own text runs and its child sections, in order) are
packed greedily into passages of at most ``max_words`` words. A passage holds whole child sections
or lies inside one, so it never crosses a section boundary. A unit too long for one passage is
split (a child section recursively, a text run at sentence boundaries found by underthesea).
Table rows and footnote bodies become passages of their own.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from indexer.cleaning import CleanText
from indexer.records import DocumentText, Passage, Section, Table
from indexer.structure import DocumentStructure, innermost_section

__all__ = ["MAX_WORDS", "MIN_WORDS", "build_passages", "section_heading", "section_paths"]

logger = logging.getLogger(__name__)

MAX_WORDS = 200
MIN_WORDS = 80
_WORD = re.compile(r"\S+")


def section_heading(section: Section) -> str:
    if section.kind == "root":
        return ""
    if not section.label:
        return section.title
    separator = ") " if section.kind == "letter" else ". "
    return f"{section.label}{separator}{section.title}".strip()


# A passage's path names its headings by at most this many characters of their titles: the
# search reads the passage's own words first (an evidence unit's context reads whole headings)
PASSAGE_TITLE_CHARS = 160


def section_paths(sections: Sequence[Section], title_chars: int | None = None) -> dict[int, str]:
    """Section id → "III. ... > 2. ... > a) ..." (the root has an empty path); with
    ``title_chars``, a longer title is cut at a space before it and ends with "…"."""
    paths: dict[int, str] = {}
    for s in sections:  # parents come before children
        if s.parent is None:
            paths[s.id] = ""
            continue
        parent = paths.get(s.parent, "")
        if title_chars is not None and len(s.title) > title_chars:
            s = replace(s, title=s.title[:title_chars].rsplit(" ", 1)[0] + "…")
        heading = section_heading(s)
        paths[s.id] = f"{parent} > {heading}" if parent else heading
    return paths


@dataclass(frozen=True)
class _Unit:
    start: int  # clean offsets
    end: int
    child: Section | None  # None for a run of the section's own text


def _default_sentence_splitter(text: str) -> list[str]:
    from underthesea import sent_tokenize  # heavy import, loaded on first use

    return sent_tokenize(text)


class _Segmenter:
    def __init__(
        self,
        doc_id: str,
        source: DocumentText,
        clean: CleanText,
        structure: DocumentStructure,
        split_sentences: Callable[[str], list[str]],
        max_words: int,
    ) -> None:
        self.doc_id = doc_id
        self.source = source
        self.clean = clean
        self.structure = structure
        self.split_sentences = split_sentences
        self.max_words = max_words
        self.paths = section_paths(structure.sections, PASSAGE_TITLE_CHARS)
        self.children: dict[int, list[Section]] = {}
        for s in structure.sections:
            if s.parent is not None:
                self.children.setdefault(s.parent, []).append(s)
        self.excluded = sorted(structure.table_spans + structure.footnote_spans)
        self.passages: list[Passage] = []

    # -- clean-text helpers -------------------------------------------------------------
    def clean_span(self, section: Section) -> tuple[int, int]:
        if section.parent is None:
            return 0, len(self.clean.text)
        return self.clean.to_clean(section.start), self.clean.to_clean(section.end)

    def pieces(self, start: int, end: int) -> list[tuple[int, int]]:
        """``[start, end)`` minus table and footnote lines."""
        out: list[tuple[int, int]] = []
        cursor = start
        for a, b in self.excluded:
            if b <= cursor or a >= end:
                continue
            if a > cursor:
                out.append((cursor, a))
            cursor = max(cursor, b)
        if cursor < end:
            out.append((cursor, end))
        return out

    def words(self, start: int, end: int) -> int:
        return sum(len(_WORD.findall(self.clean.text[a:b])) for a, b in self.pieces(start, end))

    def text_of(self, start: int, end: int) -> str:
        return " ".join(
            " ".join(self.clean.text[a:b].split()) for a, b in self.pieces(start, end)
        ).strip()

    # -- emitting -----------------------------------------------------------------------
    def emit(self, start: int, end: int, section: Section, kind: str = "text") -> None:
        text = self.text_of(start, end)
        if not text:
            return
        # the span covers whole units (a trailing table included), so it crosses no section
        first, last = min(a for a, _ in self.pieces(start, end)), end
        while first < last and self.clean.text[first].isspace():
            first += 1
        while last > first and self.clean.text[last - 1].isspace():
            last -= 1
        o_start, o_end = self.clean.to_original(first, last)
        self.passages.append(
            Passage(
                id=0,
                doc_id=self.doc_id,
                section=section.id,
                section_path=self.paths.get(section.id, ""),
                kind=kind,
                text=text,
                start=o_start,
                end=o_end,
                page=self.source.page_at(o_start),
            )
        )

    # -- packing ------------------------------------------------------------------------
    def units(self, section: Section) -> list[_Unit]:
        start, end = self.clean_span(section)
        units: list[_Unit] = []
        cursor = start
        for child in self.children.get(section.id, []):
            c_start, c_end = self.clean_span(child)
            if c_start > cursor:
                units.append(_Unit(cursor, c_start, None))
            units.append(_Unit(c_start, c_end, child))
            cursor = max(cursor, c_end)
        if cursor < end:
            units.append(_Unit(cursor, end, None))
        return [u for u in units if self.text_of(u.start, u.end)]

    def segment(self, section: Section) -> None:
        pack: list[_Unit] = []
        pack_words = 0

        def flush() -> None:
            nonlocal pack, pack_words
            if pack:
                owner = pack[0].child if len(pack) == 1 and pack[0].child else section
                self.emit(pack[0].start, pack[-1].end, owner)
            pack, pack_words = [], 0

        for unit in self.units(section):
            words = self.words(unit.start, unit.end)
            if words > self.max_words:
                flush()
                if unit.child is not None:
                    self.segment(unit.child)
                else:
                    self.split_run(unit.start, unit.end, section)
                continue
            if pack_words + words > self.max_words:
                flush()
            pack.append(unit)
            pack_words += words
        flush()

    def split_run(self, start: int, end: int, section: Section) -> None:
        """Chunk a long run of text at sentence boundaries."""
        for a, b in self.pieces(start, end):
            spans = self.sentence_spans(a, b)
            chunk_start, chunk_words = None, 0
            for s, e in spans:
                words = len(_WORD.findall(self.clean.text[s:e]))
                if chunk_start is not None and chunk_words + words > self.max_words:
                    self.emit(chunk_start, s, section)
                    chunk_start, chunk_words = None, 0
                if words > self.max_words:
                    self.split_words(s, e, section)
                    continue
                if chunk_start is None:
                    chunk_start = s
                chunk_words += words
            if chunk_start is not None:
                self.emit(chunk_start, b, section)

    def split_words(self, start: int, end: int, section: Section) -> None:
        matches = list(_WORD.finditer(self.clean.text, start, end))
        for i in range(0, len(matches), self.max_words):
            group = matches[i : i + self.max_words]
            self.emit(group[0].start(), group[-1].end(), section)

    def sentence_spans(self, start: int, end: int) -> list[tuple[int, int]]:
        """Locate each sentence underthesea finds, line by line, in the clean text."""
        spans: list[tuple[int, int]] = []
        text = self.clean.text
        line_start = start
        while line_start < end:
            line_end = text.find("\n", line_start, end)
            line_end = end if line_end == -1 else line_end + 1
            line = text[line_start:line_end]
            if line.strip():
                cursor = line_start
                for sentence in self.split_sentences(line):
                    head = sentence.strip()[:20]
                    found = text.find(head, cursor, line_end) if head else -1
                    if found == -1:
                        continue
                    if found > cursor and spans and spans[-1][1] == cursor:
                        spans[-1] = (spans[-1][0], found)
                    spans.append((found, found + len(sentence.strip())))
                    cursor = found + len(sentence.strip())
                if spans and cursor < line_end:
                    spans[-1] = (spans[-1][0], line_end)
            line_start = line_end
        # sentences must tile the run: stretch each to the next one's start
        tiled = [
            (s, spans[i + 1][0] if i + 1 < len(spans) else end) for i, (s, _) in enumerate(spans)
        ]
        if tiled and tiled[0][0] > start:
            tiled[0] = (start, tiled[0][1])
        return tiled or [(start, end)]

    # -- tables and footnotes -------------------------------------------------------------
    def table_rows(self, table: Table) -> None:
        section = self.structure.sections[table.section]
        caption = " ".join(table.caption.split())
        group = ""
        for row in table.rows:
            filled = [c for c in row.cells if c]
            if not filled:
                continue
            if len(filled) <= 2 and len(row.cells) > 3 and not any(c for c in row.cells[2:]):
                group = " ".join(filled)
            cells = [
                f"{header}: {cell or '–'}" if header else cell
                for header, cell in zip(table.header, row.cells, strict=False)
            ]
            prefix = [caption] if caption else []
            if group and group != " ".join(filled):
                prefix.append(group)
            text = " — ".join([*prefix, *[c for c in cells if c]])
            self.passages.append(
                Passage(
                    0,
                    self.doc_id,
                    section.id,
                    self.paths.get(section.id, ""),
                    "table_row",
                    text,
                    row.start,
                    row.end,
                    self.source.page_at(row.start),
                )
            )

    def footnotes(self) -> None:
        for note in self.structure.footnotes:
            section = innermost_section(self.structure.sections, note.start, note.end)
            body = " ".join(self.source.text[note.start : note.end].split())
            text = " ".join(
                self.clean.text[
                    self.clean.to_clean(note.start) : self.clean.to_clean(note.end)
                ].split()
            )
            self.passages.append(
                Passage(
                    0,
                    self.doc_id,
                    section.id,
                    self.paths.get(section.id, ""),
                    "footnote",
                    f"Chú thích {note.label}: {text or body}",
                    note.start,
                    note.end,
                    self.source.page_at(note.start),
                )
            )


def build_passages(
    doc_id: str,
    source: DocumentText,
    clean: CleanText,
    structure: DocumentStructure,
    *,
    split_sentences: Callable[[str], list[str]] | None = None,
    max_words: int = MAX_WORDS,
) -> list[Passage]:
    """All passages of one document, in reading order (ids are assigned by the store)."""
    segmenter = _Segmenter(
        doc_id,
        source,
        clean,
        structure,
        split_sentences or _default_sentence_splitter,
        max_words,
    )
    segmenter.segment(structure.sections[0])
    for table in structure.tables:
        segmenter.table_rows(table)
    segmenter.footnotes()
    return sorted(segmenter.passages, key=lambda p: (p.start, p.end))
