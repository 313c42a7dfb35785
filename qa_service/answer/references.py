"""Units that name their subject by a reference to another point of their own document.

Resolutions and decisions state a value for a subject written only at the point they refer to
("Đối tượng quy định tại điểm a khoản 2 Điều 1 Nghị quyết này được hưởng 160.000 đồng"): a
question asks with the subject's own words, which the referring unit does not hold. The words
of the point referred to are read as context of the referring unit (never as its quote), found
from the document's structure: the "Điều N." and "K." parts of the units' section paths and the
lettered points ("a)", "b)") that open units of a clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from indexer.units import Unit
from qa_service.answer.corpus import Corpus
from qa_service.answer.question import Question, keyed_tokens

__all__ = [
    "MAY_REFER",
    "own_references",
    "point_of",
    "referred_texts",
    "referred_units",
    "referred_terms",
]

# "điểm a khoản 2 Điều 1", "khoản 1 Điều này", "điểm a khoản này", "Điều 4": a point, a clause
# or an article, each number or "này" (the one the unit is in); at least one part is written
_REFERENCE = re.compile(
    r"\b(?=điểm|khoản|điều)(?:điểm\s+(?P<point>[a-zđ])(?:\s*,\s*[a-zđ])*\s+)?"
    r"(?:khoản\s+(?P<clause>\d+|này)(?:\s*,\s*(?:khoản\s+)?\d+)*\s*)?"
    r"(?:Điều\s+(?P<article>\d+|này))?",
    re.IGNORECASE,
)
# A document named after the reference: "... Nghị định số 145/2020/NĐ-CP", "Luật ...". Its
# points are another document's unless "này" follows the kind ("Nghị quyết này").
_OTHER_DOCUMENT = re.compile(
    r"\s*(?:của\s+)?(?:Luật|Bộ luật|Nghị định|Nghị quyết|Thông tư|Quyết định|Chỉ thị|Kế hoạch"
    r"|Quy chế|Quy định|Công văn|Văn bản|Pháp lệnh|Hiến pháp)\b(?!\s+này)",
    re.IGNORECASE,
)
# More numbers after the reference ("Điều 3, 4, 5", "khoản 1 và khoản 2") or "các" before it
_LIST_GOES_ON = re.compile(r"\s*(?:,|và)\s*(?:(?:điểm|khoản|Điều)\s+)?(?:\d|[a-zđ]\b)", re.I)
_PLURAL_BEFORE = re.compile(r"\bcác\s*$", re.IGNORECASE)
_ARTICLE_PART = re.compile(r"^\W*Điều\s+(\d+)\b", re.IGNORECASE)
_CLAUSE_PART = re.compile(r"^\W*(\d+)\.(?!\d)")
_POINT_OPENS = re.compile(r"^\W*([a-zđ])\)")
# Chapters, sections and parts group a document's articles without numbering them again
_GROUPING = re.compile(r"^\W*(?:Chương|Mục|Tiết|Phần)\s+[\dIVXLC]+\b", re.IGNORECASE)
_MAX_REFERRED = 6  # units of a clause or article read for its words (its opening ones)
# A unit that may refer to a clause or an article (folded): cheaper than reading each reference
MAY_REFER = re.compile(r"\b(?:khoan|dieu) (?:\d|nay)")


def own_references(text: str) -> list[tuple[str | None, str | None, str | None]]:
    """The points, clauses and articles of its own document ``text`` refers to: "điểm a khoản
    2 Điều 1 Nghị quyết này" as ("1", "2", "a"), "khoản 3 Điều này" as ("này", "3", None).
    A reference followed by another document's name ("Điều 75 Nghị định số 145/2020") is left
    out."""
    found: list[tuple[str | None, str | None, str | None]] = []
    for match in _REFERENCE.finditer(text):
        point, clause, article = match["point"], match["clause"], match["article"]
        if not (clause or article) or not match.group(0).strip():
            continue  # a bare "điểm a" says no more than the sentence it is in
        if _OTHER_DOCUMENT.match(text, match.end()):
            continue
        if (
            "," in match.group(0)
            or _LIST_GOES_ON.match(text, match.end())
            or _PLURAL_BEFORE.search(text, 0, match.start())
        ):
            # "khoản 1, 2, 3 Điều 5", "các Điều 3, 4, 5": a group of cases, no one subject the
            # unit names by it
            continue
        found.append((article, clause, point.lower() if point else None))
    return found


def _parts(section: str) -> list[str]:
    return [p.strip() for p in section.split(" > ")]


@lru_cache(maxsize=65536)  # pure, and a document's units are scanned for every reference
def _scope(section: str, at: int | None) -> tuple[str, ...]:
    """The parts above a section's article that number articles anew (an attached regulation),
    leaving out chapters and sections: "Điều 3" of Chương I is cited from Chương II."""
    if at is None:
        return ()
    return tuple(p for p in _parts(section)[:at] if not _GROUPING.match(p))


@lru_cache(maxsize=65536)  # pure, and a document's units are scanned for every reference
def _place(section: str) -> tuple[int | None, str | None, str | None]:
    """(index of the article part, article number, clause number) of a section path."""
    parts = _parts(section)
    for i, part in enumerate(parts):
        article = _ARTICLE_PART.match(part)
        if article:
            clause = None
            if i + 1 < len(parts) and (m := _CLAUSE_PART.match(parts[i + 1])):
                clause = m.group(1)
            return i, article.group(1), clause
    return None, None, None


def referred_units(corpus: Corpus, unit: Unit) -> list[Unit]:
    """The units of ``unit``'s document at the points it refers to (never ``unit`` itself):
    those of the clause's lettered point, else the opening units of
    the clause or article."""
    references = own_references(unit.text)
    if not references:
        return []
    at, own_article, own_clause = _place(unit.section)
    by_place = _article_units(corpus, unit.doc_id)
    out: list[Unit] = []
    for article, clause, point in references:
        article = own_article if article in (None, "này") else article
        if clause == "này":
            clause = own_clause
        if article is None or (clause is None and point is not None):
            continue
        # a referring unit under no numbered part reads the article wherever it lies
        key = (_scope(unit.section, at) or _ANY_SCOPE, article, clause)
        ids = by_place.get(key, ())
        corpus.units.load(ids)  # one query, not one per unit
        units = [corpus.units[i] for i in ids]
        out.extend(_point_units(units, point))
    return [u for u in out if u.idx != unit.idx]


_ANY_SCOPE = ("*",)  # the key of an article's units under whatever parts


def _article_units(corpus: Corpus, doc_id: str) -> dict[tuple, list[int]]:
    """The units of a document by (parts above their article, article, clause), and by
    (parts, article, None) for the whole article; read once per document."""
    found = corpus.article_units.get(doc_id)
    if found is None:
        ids = corpus.doc_units.get(doc_id, [])
        found = {}
        # the sections alone: a document of thousands of units is not read for one reference
        for i, section in zip(ids, corpus.units.sections(doc_id), strict=True):
            at, article, clause = _place(section)
            if at is None:
                continue
            for scope in {_scope(section, at), _ANY_SCOPE}:
                found.setdefault((scope, article, None), []).append(i)
                if clause is not None:
                    found.setdefault((scope, article, clause), []).append(i)
        corpus.article_units[doc_id] = found
    return found


def point_of(unit: Unit) -> str | None:
    """The letter of the point a unit opens ("a)"), or None."""
    match = _POINT_OPENS.match(unit.text)
    return match.group(1).lower() if match else None


def _point_units(matching: Sequence[Unit], point: str | None) -> list[Unit]:
    """Of the units of one article or clause, those of point ``point`` (all when None)."""
    if not matching:
        return []
    if point is None:
        return list(matching[:_MAX_REFERRED])
    out: list[Unit] = []
    inside = False
    for u in matching:
        letter = point_of(u)
        if letter is not None:
            inside = letter == point
        if inside:
            out.append(u)
    return out[:_MAX_REFERRED]


def referred_texts(corpus: Corpus, unit: Unit) -> tuple[str, ...]:
    """The texts of the units at the points ``unit`` refers to, read once per unit."""
    if not MAY_REFER.search(unit.folded):
        return ()
    texts = corpus.referred_texts.get(unit.idx) if unit.idx >= 0 else None
    if texts is None:
        texts = tuple(other.text for other in referred_units(corpus, unit))
        if unit.idx >= 0:
            corpus.referred_texts[unit.idx] = texts
    return texts


def referred_terms(corpus: Corpus, q: Question, unit: Unit) -> frozenset[str]:
    """The question's matching words written at the points ``unit`` refers to."""
    words: set[str] = set()
    for text in referred_texts(corpus, unit):
        words |= keyed_tokens(q, text)
    return frozenset(words)
