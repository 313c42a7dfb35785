"""Citation queries over an index: mentions of a number, conflicts, and cited documents we hold.

Shared by the CLI (``vnqa citations``) and the HTTP API (``/citations``).
"""

from __future__ import annotations

from collections.abc import Sequence

from indexer.extract.citations import canonical_key, number_matches, symbol_parts
from indexer.extract.conflicts import Conflict, find_conflicts, scoped_key
from indexer.records import Citation
from indexer.store import CitationRow, DocumentRow, IndexReader

__all__ = [
    "conflicts",
    "linked_documents",
    "mentions",
    "scopes",
]


def mentions(reader: IndexReader, number: str | None = None) -> list[CitationRow]:
    """Every citation mention, or those of ``number`` (see :func:`number_matches`)."""
    rows = reader.citations()
    if number and number.strip():
        rows = [r for r in rows if number_matches(number, r.citation.number)]
    return rows


def scopes(documents: Sequence[DocumentRow]) -> dict[str, str]:
    """Citing document → the scope its local numbers live in (its issuing body)."""
    return {d.meta.doc_id: d.meta.issuer or d.meta.doc_id for d in documents}


def conflicts(reader: IndexReader) -> list[Conflict]:
    rows = reader.citations()
    return find_conflicts([(r.doc_id, r.citation) for r in rows], scopes=scopes(reader.documents()))


def linked_documents(reader: IndexReader) -> dict[str, str]:
    """Scoped key of a cited document → id of the indexed document that *is* it."""
    documents = reader.documents()
    scope_of = scopes(documents)
    links: dict[str, str] = {}
    for d in documents:
        if not d.meta.number:
            continue
        type_code, issuer_code, year = symbol_parts(d.meta.number)
        own = Citation(
            key=canonical_key(d.meta.number, type_code),
            number=d.meta.number,
            doc_type=d.meta.doc_type,
            type_code=type_code,
            issuer_code=issuer_code,
            year=year,
            date=d.meta.date,
            issuer=d.meta.issuer,
            subject=d.meta.title,
            start=0,
            end=0,
        )
        # a document is cited from inside its own scope (its issuer's other documents)
        links[scoped_key(d.meta.doc_id, own, scope_of)] = d.meta.doc_id
    return links
