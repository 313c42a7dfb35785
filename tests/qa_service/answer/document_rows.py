"""Index rows of documents known only by their place (and issuer), for gazetteer tests."""

from __future__ import annotations

from indexer.records import DocumentMeta
from indexer.store import DocumentRow

__all__ = ["document_row"]


def document_row(doc_id: str, place: str | None, issuer: str | None = None) -> DocumentRow:
    """A one-passage document of ``place`` (and ``issuer``), every other field unknown."""
    meta = DocumentMeta(
        doc_id=doc_id,
        path=f"{doc_id}.md",
        document=f"d/{doc_id}.md",
        sha256="0" * 64,
        format="md",
        doc_type=None,
        number=None,
        date=None,
        place=place,
        issuer=issuer,
        title=None,
        signer=None,
        signer_position=None,
    )
    return DocumentRow(meta=meta, passage_count=1, table_count=0)
