"""The index folder: versioned SQLite databases swapped in atomically.

Layout::

    <index_dir>/CURRENT                  name of the live version (replaced atomically)
    <index_dir>/versions/<name>/         one complete index
        manifest.json                    schema version, embedder, counts
        index.sqlite                     documents, sections, tables, passages, extracted records
        lexical/, dense.faiss            written by indexer.lexical / indexer.dense
    <index_dir>/versions/.tmp-<name>/    a version being written; never read

A reader only ever opens the version CURRENT names, so a crash while writing leaves the
previous index serving. What a killed run leaves behind (a ``.tmp-`` folder, a finished
version CURRENT never named, a ``.CURRENT.<name>`` file) is removed at the start and the end of
the next run (:func:`index_run`), under the writer lock so no run removes another's work.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

import numpy as np

from indexer.embedding_cache import text_hash
from indexer.normalize import plain_key
from indexer.records import (
    Citation,
    DocumentMeta,
    DocumentText,
    Figure,
    Footnote,
    Passage,
    Section,
    Table,
    TableRow,
    Target,
)
from indexer.units import UNIT_COLUMNS, Unit, unit_row

__all__ = [
    "SCHEMA_VERSION",
    "CitationRow",
    "DocumentRow",
    "FigureRow",
    "IndexNotFoundError",
    "IndexReader",
    "IndexSchemaError",
    "IndexWriter",
    "TargetRow",
    "index_lock",
    "index_run",
    "remove_stale_versions",
]

logger = logging.getLogger(__name__)

SCHEMA_VERSION = 4  # 2: evidence units; 3: documents.document (display path); 4: unit term
# postings and folded texts
_DB = "index.sqlite"
_MANIFEST = "manifest.json"
_SCHEMA_FILE = Path(__file__).with_name("schema.sql")


class IndexNotFoundError(FileNotFoundError):
    def __init__(self, index_dir: Path) -> None:
        super().__init__(f"no index in {index_dir}: run `vnqa index` first")
        self.index_dir = index_dir


class IndexSchemaError(RuntimeError):
    """The live version was written by a vnqa with another schema: `vnqa index` rebuilds it."""

    def __init__(self, found: object) -> None:
        super().__init__(
            f"the index has schema version {found}, this vnqa reads {SCHEMA_VERSION}: "
            "re-index with `vnqa index` (or `vnqa index --rebuild`)"
        )


@dataclass(frozen=True)
class DocumentRow:
    meta: DocumentMeta
    passage_count: int
    table_count: int


@dataclass(frozen=True)
class CitationRow:
    doc_id: str
    passage_id: int | None
    citation: Citation


@dataclass(frozen=True)
class FigureRow:
    doc_id: str
    passage_id: int | None
    figure: Figure


@dataclass(frozen=True)
class TargetRow:
    doc_id: str
    passage_id: int | None
    target: Target


@contextmanager
def index_lock(index_dir: Path) -> Iterator[None]:
    """One writer at a time per index folder (readers never wait)."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def current_version_dir(index_dir: Path) -> Path | None:
    pointer = index_dir / "CURRENT"
    if not pointer.is_file():
        return None
    version = index_dir / "versions" / pointer.read_text(encoding="utf-8").strip()
    return version if (version / _DB).is_file() else None


def _connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    else:
        conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


def _record_values(record: Any, names: Sequence[str]) -> tuple:
    return tuple(getattr(record, name) for name in names)


_CITATION_FIELDS = [f.name for f in fields(Citation)]
_FIGURE_FIELDS = [f.name for f in fields(Figure)]
_TARGET_FIELDS = [f.name for f in fields(Target)]


class IndexWriter:
    """Writes a new version folder; :meth:`commit` makes it the live one."""

    def __init__(self, index_dir: Path, *, base: IndexReader | None = None) -> None:
        self.index_dir = index_dir
        now = time.time_ns()
        # sorts chronologically: the second, then the nanosecond within it
        stamp = time.strftime("v%Y%m%d-%H%M%S", time.gmtime(now // 10**9))
        self.name = f"{stamp}-{now % 10**9:09d}"
        self.dir = index_dir / "versions" / f".tmp-{self.name}"
        self.dir.mkdir(parents=True)
        self.conn = _connect(self.dir / _DB, readonly=False)
        self.conn.executescript(_SCHEMA_FILE.read_text(encoding="utf-8"))
        self.next_passage_id = 1
        self.base = base
        if base is not None:
            row = base.conn.execute("SELECT COALESCE(MAX(id), 0) FROM passages").fetchone()
            self.next_passage_id = int(row[0]) + 1
            self.conn.execute(
                "ATTACH DATABASE ? AS base", (f"file:{base.version_dir / _DB}?mode=ro",)
            )

    # -- writing ----------------------------------------------------------------------------
    @contextmanager
    def document(self) -> Iterator[None]:
        """All rows of one document, or none of them when the block raises."""
        next_id = self.next_passage_id
        self.conn.execute("SAVEPOINT document")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK TO document")
            self.conn.execute("RELEASE document")
            self.next_passage_id = next_id
            raise
        self.conn.execute("RELEASE document")

    def copy_document(self, doc_id: str) -> None:
        """Carry an unchanged document over from the base version, passage ids included."""
        for table in (
            "documents",
            "sections",
            "tables",
            "footnotes",
            "passages",
            "citations",
            "figures",
            "targets",
            "units",
            "document_plain",
        ):
            self.conn.execute(
                f"INSERT INTO main.{table} SELECT * FROM base.{table} WHERE doc_id = ?", (doc_id,)
            )

    def add_document(
        self,
        meta: DocumentMeta,
        source: DocumentText,
        sections: Sequence[Section],
        tables: Sequence[Table],
        footnotes: Sequence[Footnote],
        passages: Sequence[Passage],
    ) -> list[Passage]:
        """Store one parsed document; returns its passages with their new ids."""
        self.conn.execute(
            "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                meta.doc_id,
                meta.path,
                meta.document,
                meta.sha256,
                meta.format,
                source.encoding,
                source.text,
                json.dumps(list(source.page_starts)),
                meta.doc_type,
                meta.number,
                meta.date,
                meta.place,
                meta.issuer,
                meta.title,
                meta.signer,
                meta.signer_position,
                json.dumps(list(meta.recipients), ensure_ascii=False),
                json.dumps(list(meta.warnings), ensure_ascii=False),
            ),
        )
        self.conn.execute(
            "INSERT INTO document_plain VALUES (?, ?)", (meta.doc_id, plain_key(source.text))
        )
        self.conn.executemany(
            "INSERT INTO sections VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (meta.doc_id, s.id, s.parent, s.level, s.kind, s.label, s.title, s.start, s.end)
                for s in sections
            ],
        )
        self.conn.executemany(
            "INSERT INTO tables VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (
                    meta.doc_id,
                    t.id,
                    t.section,
                    t.caption,
                    json.dumps(list(t.header), ensure_ascii=False),
                    json.dumps(
                        [{"cells": list(r.cells), "start": r.start, "end": r.end} for r in t.rows],
                        ensure_ascii=False,
                    ),
                    t.start,
                    t.end,
                    t.format,
                )
                for t in tables
            ],
        )
        self.conn.executemany(
            "INSERT INTO footnotes VALUES (?,?,?,?,?,?)",
            [
                (meta.doc_id, f.label, f.anchor_start, f.anchor_end, f.start, f.end)
                for f in footnotes
            ],
        )
        stored: list[Passage] = []
        for p in passages:
            stored.append(
                Passage(**{**asdict(p), "id": self.next_passage_id, "doc_id": meta.doc_id})
            )
            self.next_passage_id += 1
        self.conn.executemany(
            "INSERT INTO passages VALUES (?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    p.id,
                    p.doc_id,
                    p.section,
                    p.section_path,
                    p.kind,
                    p.text,
                    p.start,
                    p.end,
                    p.page,
                    text_hash(p.text),
                )
                for p in stored
            ],
        )
        return stored

    def add_units(self, doc_id: str, units: Sequence[Unit]) -> None:
        """Store the evidence units of one document, in text order."""
        marks = ", ".join("?" * (len(UNIT_COLUMNS) + 2))
        self.conn.executemany(
            f"INSERT INTO units (doc_id, position, {', '.join(UNIT_COLUMNS)}) VALUES ({marks})",
            [(doc_id, k, *unit_row(u)) for k, u in enumerate(units)],
        )

    def add_citations(self, doc_id: str, rows: Sequence[tuple[int | None, Citation]]) -> None:
        self.conn.executemany(
            f"INSERT INTO citations (doc_id, passage_id, {', '.join(_CITATION_FIELDS)}) "
            f"VALUES ({', '.join('?' * (len(_CITATION_FIELDS) + 2))})",
            [(doc_id, pid, *_record_values(c, _CITATION_FIELDS)) for pid, c in rows],
        )

    def add_figures(self, doc_id: str, rows: Sequence[tuple[int | None, Figure]]) -> None:
        self.conn.executemany(
            f"INSERT INTO figures (doc_id, passage_id, {', '.join(_FIGURE_FIELDS)}) "
            f"VALUES ({', '.join('?' * (len(_FIGURE_FIELDS) + 2))})",
            [(doc_id, pid, *_record_values(f, _FIGURE_FIELDS)) for pid, f in rows],
        )

    def add_targets(self, doc_id: str, rows: Sequence[tuple[int | None, Target]]) -> None:
        self.conn.executemany(
            f"INSERT INTO targets (doc_id, passage_id, {', '.join(_TARGET_FIELDS)}) "
            f"VALUES ({', '.join('?' * (len(_TARGET_FIELDS) + 2))})",
            [(doc_id, pid, *_record_values(t, _TARGET_FIELDS)) for pid, t in rows],
        )

    def all_passages(self) -> list[tuple[int, str, str]]:
        """(id, doc_id, text) of every passage in the new version, in id order."""
        return [
            (int(r[0]), r[1], r[2])
            for r in self.conn.execute("SELECT id, doc_id, text FROM passages ORDER BY id")
        ]

    def counts(self) -> dict[str, int]:
        return {
            table: int(self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
            for table in (
                "documents",
                "sections",
                "tables",
                "passages",
                "citations",
                "figures",
                "targets",
            )
        }

    def _index_unit_terms(self) -> None:
        """Write the postings of every unit term (table ``unit_terms``)."""
        postings: dict[tuple[int, str], tuple[list[int], list[int]]] = {}
        rows = self.conn.execute(
            "SELECT terms, context_terms, tterms, tcontext_terms FROM units "
            "ORDER BY doc_id, position"
        )
        for ordinal, (terms, context, tterms, tcontext) in enumerate(rows):
            for toned, own_text, context_text in ((0, terms, context), (1, tterms, tcontext)):
                own = set(own_text.split())
                for term in own:
                    postings.setdefault((toned, term), ([], []))[0].append(ordinal)
                for term in set(context_text.split()) - own:
                    postings.setdefault((toned, term), ([], []))[1].append(ordinal)
        self.conn.execute("DELETE FROM unit_terms")
        self.conn.executemany(
            "INSERT INTO unit_terms VALUES (?, ?, ?, ?)",
            (
                (toned, term, _ordinals_blob(direct), _ordinals_blob(context))
                for (toned, term), (direct, context) in postings.items()
            ),
        )

    # -- finishing ----------------------------------------------------------------------------
    def commit(self, manifest: dict[str, Any]) -> Path:
        """Finish the database, write the manifest and make this version the live one."""
        self._index_unit_terms()
        self.conn.commit()
        if self.base is not None:
            self.conn.execute("DETACH DATABASE base")
        self.conn.close()
        full = {
            "schema_version": SCHEMA_VERSION,
            "version": self.name,
            "created": time.strftime("%Y-%m-%dT%H:%M:%S"),
            **manifest,
        }
        (self.dir / _MANIFEST).write_text(json.dumps(full, ensure_ascii=False, indent=2))
        _fsync_tree(self.dir)  # every file on disk before anything points at it
        final = self.dir.with_name(self.name)
        os.replace(self.dir, final)
        _fsync_path(final.parent)
        pointer_tmp = self.index_dir / f".CURRENT.{self.name}"
        pointer_tmp.write_text(self.name, encoding="utf-8")
        _fsync_path(pointer_tmp)
        os.replace(pointer_tmp, self.index_dir / "CURRENT")
        _fsync_path(self.index_dir)
        self.dir = final
        remove_stale_versions(self.index_dir)
        logger.info("index version %s is live", self.name)
        return final

    def abort(self) -> None:
        try:
            self.conn.close()
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


# -- cleaning up after interrupted runs -----------------------------------------------------------


@contextmanager
def index_run(index_dir: Path) -> Iterator[None]:
    """One index run: the writer lock, with leftovers removed on entering and on leaving."""
    with index_lock(index_dir):
        remove_stale_versions(index_dir)
        try:
            yield
        finally:
            remove_stale_versions(index_dir)


def remove_stale_versions(index_dir: Path) -> list[str]:
    """Remove unfinished and old versions; returns the names removed. Hold :func:`index_lock`.

    Kept: the version CURRENT names and the newest finished one before it (a server may still be
    reading it while it reloads). Removed: ``.tmp-`` folders (unfinished), finished versions
    newer than CURRENT (a run killed before its pointer swap) or older than those two, and
    ``.CURRENT.<name>`` pointer files never swapped in. Without a readable CURRENT only the
    unfinished folders and pointer files go.
    """
    versions = index_dir / "versions"
    removed: list[str] = []
    for pointer in index_dir.glob(".CURRENT.*"):
        pointer.unlink(missing_ok=True)
        removed.append(pointer.name)
    if not versions.is_dir():
        return removed
    live = current_version_dir(index_dir)
    finished = sorted(p.name for p in versions.iterdir() if p.is_dir() and p.name[0] != ".")
    keep: set[str] = set()
    if live is not None:
        older = [name for name in finished if name < live.name]
        keep = {live.name, *older[-1:]}
    for path in versions.iterdir():
        unfinished = path.name.startswith(".tmp-")
        if unfinished or (live is not None and path.is_dir() and path.name not in keep):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path.name)
    if removed:
        logger.info("removed stale index versions: %s", ", ".join(sorted(removed)))
    return removed


def _ordinals_blob(ordinals: Sequence[int]) -> bytes:
    return np.asarray(ordinals, dtype="<i4").tobytes()


def _fsync_path(path: Path) -> None:
    """Flush a file, or a folder's entries, to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_tree(root: Path) -> None:
    for folder, _, files in os.walk(root):
        for name in files:
            _fsync_path(Path(folder) / name)
        _fsync_path(Path(folder))


def _meta(row: sqlite3.Row) -> DocumentMeta:
    return DocumentMeta(
        doc_id=row["doc_id"],
        path=row["path"],
        document=row["document"],
        sha256=row["sha256"],
        format=row["format"],
        doc_type=row["doc_type"],
        number=row["number"],
        date=row["date"],
        place=row["place"],
        issuer=row["issuer"],
        title=row["title"],
        signer=row["signer"],
        signer_position=row["signer_position"],
        recipients=tuple(json.loads(row["recipients"])),
        warnings=tuple(json.loads(row["warnings"])),
    )


_PASSAGE_COLUMNS = "id, doc_id, section, section_path, kind, text, start, end, page"
_META_COLUMNS = (
    "doc_id, path, document, sha256, format, doc_type, number, date, place, issuer, title, signer, "
    "signer_position, recipients, warnings"
)


class IndexReader:
    """Read-only view of the live index version."""

    def __init__(self, version_dir: Path) -> None:
        self.version_dir = version_dir
        self.version = version_dir.name
        self.manifest: dict[str, Any] = json.loads((version_dir / _MANIFEST).read_text())
        if self.manifest.get("schema_version") != SCHEMA_VERSION:
            raise IndexSchemaError(self.manifest.get("schema_version"))
        self.conn = _connect(version_dir / _DB, readonly=True)

    @classmethod
    def open(cls, index_dir: Path) -> IndexReader:
        version = current_version_dir(index_dir)
        if version is None:
            raise IndexNotFoundError(index_dir)
        return cls(version)

    def close(self) -> None:
        self.conn.close()

    # -- documents ------------------------------------------------------------------------------
    def documents(self) -> list[DocumentRow]:
        rows = self.conn.execute(
            f"SELECT {_META_COLUMNS}, "
            "(SELECT COUNT(*) FROM passages p WHERE p.doc_id = d.doc_id) AS n_passages, "
            "(SELECT COUNT(*) FROM tables t WHERE t.doc_id = d.doc_id) AS n_tables "
            "FROM documents d ORDER BY path"
        ).fetchall()
        return [DocumentRow(_meta(r), r["n_passages"], r["n_tables"]) for r in rows]

    def document(self, doc_id: str) -> DocumentRow | None:
        return next((d for d in self.documents() if d.meta.doc_id == doc_id), None)

    def document_text(self, doc_id: str) -> str:
        row = self.conn.execute("SELECT text FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        if row is None:
            raise KeyError(doc_id)
        return row[0]

    def page_starts(self, doc_id: str) -> tuple[int, ...]:
        row = self.conn.execute(
            "SELECT page_starts FROM documents WHERE doc_id = ?", (doc_id,)
        ).fetchone()
        return tuple(json.loads(row[0])) if row else (0,)

    def sections(self, doc_id: str) -> list[Section]:
        rows = self.conn.execute(
            "SELECT id, parent, level, kind, label, title, start, end FROM sections "
            "WHERE doc_id = ? ORDER BY id",
            (doc_id,),
        )
        return [Section(*tuple(r)) for r in rows]

    def tables(self, doc_id: str) -> list[Table]:
        rows = self.conn.execute(
            "SELECT id, section, caption, header, rows, start, end, format FROM tables "
            "WHERE doc_id = ? ORDER BY id",
            (doc_id,),
        )
        return [
            Table(
                r["id"],
                r["section"],
                r["caption"],
                tuple(json.loads(r["header"])),
                tuple(
                    TableRow(tuple(x["cells"]), x["start"], x["end"]) for x in json.loads(r["rows"])
                ),
                r["start"],
                r["end"],
                r["format"],
            )
            for r in rows
        ]

    def footnotes(self, doc_id: str) -> list[Footnote]:
        rows = self.conn.execute(
            "SELECT label, anchor_start, anchor_end, start, end FROM footnotes WHERE doc_id = ?",
            (doc_id,),
        )
        return [Footnote(*tuple(r)) for r in rows]

    # -- passages -------------------------------------------------------------------------------
    def passages(self, ids: Sequence[int]) -> list[Passage]:
        """Passages in the order of ``ids`` (unknown ids are left out)."""
        if not ids:
            return []
        found: dict[int, Passage] = {}
        chunk = 900
        for i in range(0, len(ids), chunk):
            part = list(ids[i : i + chunk])
            marks = ",".join("?" * len(part))
            rows = self.conn.execute(
                f"SELECT {_PASSAGE_COLUMNS} FROM passages WHERE id IN ({marks})",
                part,
            )
            for r in rows:
                found[r[0]] = Passage(*tuple(r))
        return [found[i] for i in ids if i in found]

    def document_passages(self, doc_id: str) -> list[Passage]:
        rows = self.conn.execute(
            f"SELECT {_PASSAGE_COLUMNS} FROM passages WHERE doc_id = ? ORDER BY start, id",
            (doc_id,),
        )
        return [Passage(*tuple(r)) for r in rows]

    # -- extracted records ---------------------------------------------------------------------
    def passage_spans(self) -> Iterator[tuple[int, str, int, int]]:
        """(id, doc_id, start, end) of every passage."""
        yield from self.conn.execute("SELECT id, doc_id, start, end FROM passages ORDER BY id")

    def units(self) -> Iterator[tuple[str, tuple]]:
        """Every stored evidence unit as (doc_id, columns), documents in id order, text order."""
        cursor = self.conn.execute(
            f"SELECT doc_id, {', '.join(UNIT_COLUMNS)} FROM units ORDER BY doc_id, position"
        )
        for row in cursor:
            yield row[0], tuple(row[1:])

    def unit_spans(self) -> Iterator[tuple[str, int, int, int]]:
        """(doc_id, start, end, row) of every unit in ordinal order (documents by id, text
        order); ``row`` is what :meth:`unit_rows_at` reads it by."""
        yield from self.conn.execute(
            "SELECT doc_id, start, end, rowid FROM units ORDER BY doc_id, position"
        )

    def unit_rows_at(self, rows: Sequence[int]) -> Iterator[tuple[int, tuple]]:
        """(row, columns) of the units at ``rows`` (of :meth:`unit_spans`), in any order: one
        query for units of many documents, each found by its row id (no index to read)."""
        marks = ", ".join("?" * len(rows))
        cursor = self.conn.execute(
            f"SELECT rowid, {', '.join(UNIT_COLUMNS)} FROM units WHERE rowid IN ({marks})",
            tuple(rows),
        )
        for row in cursor:
            yield row[0], tuple(row[1:])

    def unit_sections(self, doc_id: str) -> list[str]:
        """The section path of each unit of a document, in text order (no other column read)."""
        cursor = self.conn.execute(
            "SELECT section FROM units WHERE doc_id = ? ORDER BY position", (doc_id,)
        )
        return [row[0] for row in cursor]

    def unit_rows(self, doc_id: str, positions: Sequence[int]) -> Iterator[tuple[int, tuple]]:
        """(position, columns) of the named units of one document."""
        marks = ", ".join("?" * len(positions))
        cursor = self.conn.execute(
            f"SELECT position, {', '.join(UNIT_COLUMNS)} FROM units "
            f"WHERE doc_id = ? AND position IN ({marks})",
            (doc_id, *positions),
        )
        for row in cursor:
            yield row[0], tuple(row[1:])

    def unit_postings(self, term: str, toned: bool) -> tuple[np.ndarray, np.ndarray] | None:
        """Ordinals of the units holding ``term`` in their text, and in their context only."""
        row = self.conn.execute(
            "SELECT direct, context FROM unit_terms WHERE toned = ? AND term = ?",
            (int(toned), term),
        ).fetchone()
        if row is None:
            return None
        return np.frombuffer(row[0], dtype="<i4"), np.frombuffer(row[1], dtype="<i4")

    def plain_texts(self) -> dict[str, str]:
        """Every document's folded text (for place-name search)."""
        return dict(self.conn.execute("SELECT doc_id, plain FROM document_plain"))

    def citations(self) -> list[CitationRow]:
        """Every citation mention (number lookups: :mod:`qa_service.citations`)."""
        query = f"SELECT doc_id, passage_id, {', '.join(_CITATION_FIELDS)} FROM citations"
        rows = self.conn.execute(query + " ORDER BY doc_id, start")
        return [CitationRow(r[0], r[1], Citation(*tuple(r)[2:])) for r in rows]

    def figures(self, doc_id: str | None = None) -> list[FigureRow]:
        query = f"SELECT doc_id, passage_id, {', '.join(_FIGURE_FIELDS)} FROM figures"
        rows = (
            self.conn.execute(query + " WHERE doc_id = ? ORDER BY start", (doc_id,))
            if doc_id
            else self.conn.execute(query + " ORDER BY doc_id, start")
        )
        return [FigureRow(r[0], r[1], Figure(*tuple(r)[2:])) for r in rows]

    def targets(self, year: int | None = None) -> list[TargetRow]:
        """Targets of every plan, or of one year (indicator matching: qa_service.comparison)."""
        query = f"SELECT doc_id, passage_id, {', '.join(_TARGET_FIELDS)} FROM targets"
        params: tuple = ()
        if year is not None:
            query += " WHERE year = ?"
            params = (year,)
        rows = self.conn.execute(query + " ORDER BY doc_id, start", params)
        return [TargetRow(r[0], r[1], Target(*tuple(r)[2:])) for r in rows]

    def counts(self) -> dict[str, int]:
        return {
            table: int(self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
            for table in ("documents", "passages", "tables", "citations", "figures", "targets")
        }
