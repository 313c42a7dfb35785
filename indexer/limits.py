"""Limits on what a reader accepts, so a hostile file is refused instead of exhausting the machine.

The file size limit is the reader's ``max_bytes``; the limits here bound what a small file can
unpack into: the entries and unpacked size of a .docx archive (read from the zip directory before
anything is decompressed; :mod:`zipfile` never returns more than a member's declared size, and
a member that decompresses to more fails its CRC check), DTDs in .docx parts (Office Open XML
has none; a DTD is how billion-laughs entity expansion starts), the pages of a PDF and the
decompressed size of one PDF stream, and how deeply HTML or .docx elements nest. Time is
bounded elsewhere (:mod:`indexer.guarded`).
"""

from __future__ import annotations

import io
import logging
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

__all__ = [
    "DEFAULT_LIMITS",
    "ReadLimits",
    "format_size",
    "nests_deeper",
    "zip_problem",
]

logger = logging.getLogger(__name__)

_DTD_SNIFF_BYTES = 4096  # an XML prolog (declaration and DOCTYPE) sits at the start of a part


@dataclass(frozen=True)
class ReadLimits:
    """Structural limits for one file (see the module docstring)."""

    max_unzipped_bytes: int = 200 * 1024 * 1024
    max_zip_entries: int = 5_000
    max_pdf_pages: int = 2_000
    max_pdf_stream_bytes: int = 75 * 1024 * 1024
    max_nesting: int = 100


DEFAULT_LIMITS = ReadLimits()


def format_size(size: int) -> str:
    """``"20 MB"``, ``"1.5 KB"``, ``"12 bytes"``."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f}".removesuffix(".0") + " MB"
    if size >= 1024:
        return f"{size / 1024:.1f}".removesuffix(".0") + " KB"
    return f"{size} bytes"


def zip_problem(data: bytes, limits: ReadLimits) -> str | None:
    """Why the zip archive ``data`` must not be unpacked, or ``None``.

    Looks only at the central directory and the first bytes of the XML parts. An archive that
    is not a valid zip is left to the reader (it reports the archive as corrupt).
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
            if len(entries) > limits.max_zip_entries:
                return (
                    f"archive has {len(entries)} entries, over the limit of "
                    f"{limits.max_zip_entries}"
                )
            unpacked = sum(entry.file_size for entry in entries)
            if unpacked > limits.max_unzipped_bytes:
                return (
                    f"archive unpacks to {format_size(unpacked)}, over the "
                    f"{format_size(limits.max_unzipped_bytes)} limit (zip bomb?)"
                )
            for entry in entries:
                if entry.filename.lower().endswith((".xml", ".rels")) and _has_dtd(archive, entry):
                    return f"part {entry.filename} declares a DTD (not allowed in .docx)"
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        NotImplementedError,
        OSError,
        EOFError,
    ):
        return None  # the reader says "corrupt .docx" with zipfile's own reason
    return None


def _has_dtd(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> bool:
    with archive.open(entry) as handle:
        head = handle.read(_DTD_SNIFF_BYTES)
    return b"<!doctype" in head.lower()


def nests_deeper(root: Any, children: Callable[[Any], Iterable[Any]], limit: int) -> bool:
    """Whether the tree under ``root`` nests deeper than ``limit`` levels.

    Iterative (a deep tree must not exhaust the Python stack); stops at the first node found
    too deep.
    """
    stack = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children(node))
    return False
