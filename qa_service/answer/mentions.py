"""Cited documents inside evidence units: the stored citation records, located in unit text.

The indexer extracts every citation once (``IndexReader.citations()``: number, type, date,
issuer, subject, span in the document text); here they are found again in a unit's cleaned text,
so an answer can copy "Quyết định số 1941/QĐ-UBND ngày 26/12/2022" as written.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from indexer.cleaning import clean_text
from indexer.extract.citations import code_doc_type
from indexer.records import Citation
from indexer.store import CitationRow
from indexer.units import Unit
from qa_service.answer.gazetteer import plain

__all__ = ["NUMBER_ASKED", "Mention", "locate_mentions", "numbered"]

logger = logging.getLogger(__name__)

_SUBJECT_CHARS = 240
# "dẫn luật số mấy", "số hiệu của thông tư": the number of a cited document is asked, which one
# cited by its title alone ("Luật Quản lý thuế") does not give (folded question)
NUMBER_ASKED = re.compile(r"\bso (?:may|nao|bao nhieu)\b|\bso hieu\b")
_BEFORE_CHARS = 160


@dataclass(frozen=True)
class Mention:
    """A stored citation located inside a unit's text."""

    start: int  # in unit text
    end: int
    number: str
    kind: str | None  # folded type: "quyet dinh", ...
    text: str  # as written: "Quyết định số 1941/QĐ-UBND ngày 26/12/2022 của UBND tỉnh"
    date: str | None  # ISO
    subject: str  # text after the mention, up to the next mention or ";"
    before: str = ""  # the clause before it ("... đã được HĐND phê duyệt tại")
    # the text after it up to ";", across the mentions nested in it ("Sửa đổi ... Quy định ban
    # hành kèm theo Quyết định số 55/2014 quy định về quản lý vỉa hè ...")
    clause: str = ""


def locate_mentions(
    unit: Unit, rows: Sequence[CitationRow], starts: Sequence[int], document: str
) -> list[Mention]:
    """The citations of ``rows`` (one document's, sorted by start; ``starts`` their starts)
    that lie inside ``unit``, located in its text; one not found there is left out."""
    text = unit.text
    located: list[tuple[int, int, Citation]] = []
    cursor = 0
    for k in range(bisect.bisect_left(starts, unit.start), len(rows)):
        c = rows[k].citation
        if c.start >= unit.end:
            break
        written = " ".join(clean_text(document[c.start : c.end]).text.split())
        at = text.find(written, cursor) if written else -1
        if at < 0:
            logger.debug("citation %s not found in unit %d", c.number, unit.idx)
            continue
        located.append((at, at + len(written), c))
        cursor = at + len(written)
    out: list[Mention] = []
    for i, (start, end, c) in enumerate(located):
        stop = located[i + 1][0] if i + 1 < len(located) else len(text)
        clause_end = text.find(";", end)
        stop = min(stop, clause_end) if clause_end >= 0 else stop
        left = text[max(out[-1].end if out else 0, start - _BEFORE_CHARS) : start]
        cut = max(left.rfind(";"), left.rfind(". "))
        kind = c.doc_type or code_doc_type(c.type_code)
        out.append(
            Mention(
                start=start,
                end=end,
                number=c.number,
                kind=plain(kind) if kind else None,
                text=text[start:end],
                date=c.date,
                subject=text[end:stop][:_SUBJECT_CHARS],
                before=left[cut + 1 :] if cut >= 0 else left,
                clause=text[end : clause_end if clause_end >= 0 else len(text)][:_SUBJECT_CHARS],
            )
        )
    return out


def numbered(mention: Mention) -> bool:
    """The mention gives a number (digits), not only a title ("Luật Quản lý thuế")."""
    return any(ch.isdigit() for ch in mention.number)
