"""``GET/POST /documents``, ``GET/DELETE /documents/{doc_id}``.

An upload is written into the corpus folder (its name reduced to a safe base name) and the
index is updated incrementally (unchanged files are not re-processed); the answer comes as soon
as the new version is searchable, its new passages being embedded in the background
(:mod:`qa_service.api.background`). A delete removes the file from the corpus folder and
updates the index the same way. Upload and delete are on ``write_router``: they need a write
token (see :mod:`qa_service.api.auth`).
"""

from __future__ import annotations

import logging
import os
import re
import unicodedata
import uuid
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, Query, Request, UploadFile

from indexer.readers import SUPPORTED_SUFFIXES, UnreadableDocumentError
from indexer.store import DocumentRow
from qa_service.answer import Answerer
from qa_service.api.auth import WriteAccess
from qa_service.api.deps import AnswererDep, ServiceDep, SettingsDep
from qa_service.api.errors import (
    ApiError,
    BadFileName,
    DocumentNotFound,
    UnreadableUpload,
    UnsupportedFileType,
    UploadTooLarge,
)
from qa_service.api.schemas import (
    DeleteResponse,
    DocumentDetail,
    DocumentList,
    DocumentSummary,
    ErrorResponse,
    OutlineItem,
    UploadResponse,
)
from qa_service.settings import Settings

__all__ = ["router", "safe_file_name", "write_router"]

logger = logging.getLogger(__name__)

router = APIRouter(tags=["văn bản"])
# Upload, replace and delete: a write token (or a loopback client when none is configured).
write_router = APIRouter(
    tags=["văn bản"],
    dependencies=[WriteAccess],
    responses={401: {"model": ErrorResponse}, 403: {"model": ErrorResponse}},
)

_CHUNK = 1 << 16
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:")
# Characters drawn like a slash that NFKC leaves alone: division, fraction, big solidus.
_SLASH_LOOKALIKES = str.maketrans(dict.fromkeys("\u2215\u2044\u29f8\u29f9", "/"))
# Control (Cc), format (Cf: bidi overrides, zero-width), separator (Zl, Zp) and unassigned or
# private-use characters have no place in a file name.
_INVISIBLE = frozenset({"Cc", "Cf", "Zl", "Zp", "Co", "Cn", "Cs"})


class Conflict(ApiError):
    status_code = 409


def safe_file_name(name: str | None) -> str:
    """The base name an upload may be stored under; raises :class:`BadFileName` otherwise.

    The name is NFKC-normalised first (full-width "／" and "．．" become "/" and "..") and
    stripped of control and format characters (bidi overrides, zero-width spaces); slash
    look-alikes count as separators. NUL bytes, absolute paths (POSIX, Windows drive or UNC) and
    ".." components are refused; any other folder part is dropped; hidden names (".env") and
    names left empty are refused.
    """
    if not name or not name.strip():
        raise BadFileName("the upload has no file name")
    if "\x00" in name:
        raise BadFileName("invalid file name: it contains a NUL byte")
    name = unicodedata.normalize("NFKC", name).translate(_SLASH_LOOKALIKES)
    name = "".join(ch for ch in name if unicodedata.category(ch) not in _INVISIBLE)
    if name.startswith(("/", "\\")) or _WINDOWS_DRIVE.match(name):
        raise BadFileName("invalid file name: absolute paths are not allowed")
    parts = re.split(r"[\\/]", name)
    if any(part.strip() == ".." for part in parts):
        raise BadFileName("invalid file name: '..' is not allowed")
    base = parts[-1].strip()
    if not base:
        raise BadFileName("invalid file name: nothing is left of it once normalised")
    if base.startswith("."):
        raise BadFileName("invalid file name: hidden names (starting with '.') are not allowed")
    if len(base.encode("utf-8")) > 255:
        raise BadFileName("invalid file name: too long")
    return base


def _summary_fields(row: DocumentRow) -> dict:
    meta = row.meta
    return {
        "doc_id": meta.doc_id,
        "document": meta.document,
        "title": meta.title,
        "doc_type": meta.doc_type,
        "number": meta.number,
        "date": meta.date,
        "place": meta.place,
        "issuer": meta.issuer,
        "signer": meta.signer,
        "format": meta.format,
        "passage_count": row.passage_count,
    }


@router.get(
    "/documents",
    response_model=DocumentList,
    responses={503: {"model": ErrorResponse}},
    summary="Indexed documents",
)
def list_documents(answerer: AnswererDep) -> DocumentList:
    rows = [DocumentSummary(**_summary_fields(r)) for r in answerer.documents.values()]
    return DocumentList(count=len(rows), documents=rows)


@router.get(
    "/documents/{doc_id}",
    response_model=DocumentDetail,
    responses={404: {"model": ErrorResponse}, 503: {"model": ErrorResponse}},
    summary="One document: metadata, outline and text",
)
def get_document(doc_id: str, answerer: AnswererDep) -> DocumentDetail:
    row = answerer.documents.get(doc_id)
    if row is None:
        raise DocumentNotFound(doc_id)
    outline = [
        OutlineItem(
            id=s.id,
            parent=s.parent,
            level=s.level,
            kind=s.kind,
            label=s.label,
            title=s.title,
            start=s.start,
            end=s.end,
        )
        for s in answerer.reader.sections(doc_id)
        if s.parent is not None
    ]
    return DocumentDetail(
        **_summary_fields(row),
        signer_position=row.meta.signer_position,
        recipients=list(row.meta.recipients),
        warnings=list(row.meta.warnings),
        outline=outline,
        text=answerer.texts[doc_id],
    )


def _sources(answerer: Answerer | None, corpus_dir: Path) -> list[Path]:
    """What the live index was built from, plus the corpus folder."""
    sources: list[Path] = []
    if answerer is not None:
        sources = [Path(p) for p in answerer.reader.manifest.get("sources") or []]
    corpus = corpus_dir.resolve()
    covered = any(p.resolve() == corpus or p.resolve() in corpus.parents for p in sources)
    if not covered:
        sources.append(corpus_dir)
    return [p for p in sources if p.exists()]


def _reindex(service, settings: Settings, sources: list[Path]):  # noqa: ANN001, ANN202
    from indexer.pipeline import build_index

    # Not the live answerer itself: held here, its version would outlive the reload below.
    embedder = getattr(getattr(service.answerer, "retriever", None), "embedder", None)
    report = build_index(
        sources,
        Path(settings.index_dir),
        embedder_spec=settings.embedder,
        embedder=embedder,
        cache_dir=settings.cache_dir,
        hnsw_threshold=settings.hnsw_threshold,
        max_file_bytes=settings.max_file_bytes,
        progress=False,
        # searchable is enough: the server's background worker embeds the new passages
        lexical_only=settings.background_embedding,
        analysis_workers=settings.analysis_workers,
        limits=settings.read_limits(),
        parse_timeout_s=settings.parse_timeout(),
    )
    service.load()
    return report


def _save_upload(file: UploadFile, target: Path, settings: Settings) -> None:
    """Copy the upload to a hidden temporary file next to ``target``; 413 past the size limit,
    422 when it cannot be read and parsed under the read limits and the parse time limit."""
    from indexer.pipeline import parse_guarded

    limit = settings.max_upload_bytes
    temp = target.with_name(f".upload-{uuid.uuid4().hex}{target.suffix}")
    size = 0
    try:
        with open(temp, "xb") as handle:
            while chunk := file.file.read(_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise UploadTooLarge(limit)
                handle.write(chunk)
        try:
            parse_guarded(
                temp,
                "upload",
                max_bytes=limit,
                limits=settings.read_limits(),
                timeout_s=settings.parse_timeout(),
            )
        except UnreadableDocumentError as error:
            raise UnreadableUpload(f"cannot read {target.name}: {error.reason}") from error
        os.replace(temp, target)
    finally:
        if temp.exists():
            temp.unlink()


@write_router.post(
    "/documents",
    status_code=201,
    response_model=UploadResponse,
    responses={
        400: {"model": ErrorResponse},
        413: {"model": ErrorResponse},
        409: {"model": ErrorResponse},
        415: {"model": ErrorResponse},
        422: {"model": ErrorResponse},
    },
    summary="Upload one document into the corpus folder and index it",
)
def upload_document(
    request: Request,
    service: ServiceDep,
    settings: SettingsDep,
    file: Annotated[UploadFile, File(description="A .txt, .md, .docx, .pdf or .html file.")],
    replace: Annotated[
        bool, Query(description="Replace a corpus file of the same name (409 otherwise).")
    ] = False,
) -> UploadResponse:
    limit = settings.max_upload_bytes
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit + (1 << 16):
        raise UploadTooLarge(limit)
    name = safe_file_name(file.filename)
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnsupportedFileType(suffix, sorted(SUPPORTED_SUFFIXES))
    corpus_dir = Path(settings.corpus_dir)
    corpus_dir.mkdir(parents=True, exist_ok=True)
    target = corpus_dir / name
    if target.is_symlink() or target.resolve().parent != corpus_dir.resolve():
        raise BadFileName("invalid file name")
    with service.write_lock:
        if target.exists() and not replace:
            raise Conflict(f"{name} is already in the corpus: send replace=true to replace it")
        _save_upload(file, target, settings)
        report = _reindex(service, settings, _sources(service.answerer, corpus_dir))
    answerer = service.require()
    resolved = target.resolve()
    row = next(
        (r for r in answerer.documents.values() if Path(r.meta.path).resolve() == resolved), None
    )
    return UploadResponse(
        doc_id=row.meta.doc_id if row else None,
        document=row.meta.document if row else f"{corpus_dir.resolve().name}/{name}",
        index_version=answerer.version,
        documents=len(answerer.documents),
        passages=report.passages or sum(r.passage_count for r in answerer.documents.values()),
    )


@write_router.delete(
    "/documents/{doc_id}",
    response_model=DeleteResponse,
    responses={404: {"model": ErrorResponse}, 409: {"model": ErrorResponse}},
    summary="Remove a document from the corpus folder and the index",
)
def delete_document(
    doc_id: str, answerer: AnswererDep, service: ServiceDep, settings: SettingsDep
) -> DeleteResponse:
    row = answerer.documents.get(doc_id)
    if row is None:
        raise DocumentNotFound(doc_id)
    corpus_dir = Path(settings.corpus_dir).resolve()
    path = Path(row.meta.path).resolve()
    if path.parent != corpus_dir:
        raise Conflict(f"document {doc_id!r} is outside the corpus folder: remove it at its source")
    if len(answerer.documents) == 1:
        raise Conflict("the only indexed document cannot be deleted")
    with service.write_lock:
        sources = _sources(answerer, Path(settings.corpus_dir))
        if path.exists():
            path.unlink()
        _reindex(service, settings, sources)
    live = service.require()
    return DeleteResponse(deleted=doc_id, index_version=live.version)
