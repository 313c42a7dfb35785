"""The citation graph and the inconsistencies in how documents cite each other.

Local issuers (UBND, HĐND, Huyện ủy, Sở ...) number their documents per province or district, so
"05/KH-UBND" of one district is not "05/KH-UBND" of another. Mentions of a local number are
therefore only compared within one *scope*: by default the citing document, or the scope the
caller gives for it (its locality, so that two reports of one district are compared). Central
numbers (CP, TTg, QH14, TW, ministries) are compared across the whole collection.

:func:`find_conflicts` reports

- ``"date"``: the same key cited with two different dates;
- ``"type"``: the same number (digits, year, issuer code) with two type codes ("214/KH-UBND" and
  "214/QĐ-UBND"), or a type word that disagrees with the symbol inside one mention ("Quyết
  định số 214/KH-UBND" — then both mentions of the conflict are that one mention);
- ``"subject"``: the same key cited for two different subjects ("về ..." trích yếu compared
  with rapidfuzz ``token_set_ratio`` on normalized text below ``subject_threshold``).
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz

from indexer.extract.citations import code_doc_type, is_national_issuer, symbol_parts
from indexer.normalize import match_key, strip_diacritics
from indexer.records import Citation

__all__ = ["Conflict", "Mention", "citation_graph", "find_conflicts", "scoped_key"]

logger = logging.getLogger(__name__)

Mention = tuple[str, Citation]  # (citing doc_id, citation)


@dataclass(frozen=True)
class Conflict:
    kind: str  # "date", "type", "subject"
    key: str
    message: str
    first: Mention
    second: Mention


def _scope(doc_id: str, citation: Citation, scopes: Mapping[str, str] | None) -> str | None:
    """None for central numbers (one scope for all), else the citing document's scope."""
    if citation.type_code is None and citation.issuer_code is None:
        return None  # a law cited by name
    if is_national_issuer(citation.issuer_code):
        return None
    return scopes.get(doc_id, doc_id) if scopes else doc_id


def scoped_key(doc_id: str, citation: Citation, scopes: Mapping[str, str] | None = None) -> str:
    """The key of the cited document: ``citation.key`` for central numbers and laws,
    ``key@scope`` for local numbers."""
    scope = _scope(doc_id, citation, scopes)
    return citation.key if scope is None else f"{citation.key}@{scope}"


def citation_graph(
    mentions: Iterable[Mention], scopes: Mapping[str, str] | None = None
) -> dict[str, list[Mention]]:
    """Cited document (scoped key) → every mention of it, in the order given."""
    graph: dict[str, list[Mention]] = defaultdict(list)
    for doc_id, citation in mentions:
        graph[scoped_key(doc_id, citation, scopes)].append((doc_id, citation))
    return dict(graph)


_SUBJECT_LEAD = re.compile(r"^(?:về việc|v/v|về)\s+", re.IGNORECASE)
# Words every trích yếu shares; left in, they make any two subjects of one district look alike.
_LOCALITY = re.compile(
    r"(?:trên địa bàn\s+)?(?:thị xã|thành phố|thị trấn|huyện|tỉnh|quận|phường|xã)"
    r"(?:\s+[A-ZĐÂĂÊÔƠƯ][\w]*)*"
)
_BOILERPLATE = re.compile(
    r"\b(?:về việc|v/v|việc|thực hiện|công tác|trên địa bàn|của|các|những|và|đối với|trong|"
    r"tại|cho|nhằm|để|theo|năm\s+\d{4}|giai đoạn\s+\d{4}\s*-\s*\d{4}|\d+)\b"
)


def _subject_norm(subject: str | None) -> str | None:
    """Only "về ..." subjects are compared: bare text after a citation is often the sentence
    going on ("... ngày 17/01/2023 đề ra 49 nhiệm vụ"), not the document's trích yếu.
    Localities, years and filler words are removed before comparing."""
    if not subject or not _SUBJECT_LEAD.match(subject.strip()):
        return None
    text = _SUBJECT_LEAD.sub("", subject.strip())
    text = _LOCALITY.sub(" ", text)
    text = re.sub(r"[^\w\s-]", " ", match_key(text))
    text = _BOILERPLATE.sub(" ", text)
    words = text.replace("-", " ").split()
    return " ".join(words) if len(words) >= 2 else None


def find_conflicts(
    mentions: Iterable[Mention],
    *,
    scopes: Mapping[str, str] | None = None,
    subject_threshold: float = 60.0,
) -> list[Conflict]:
    """Inconsistent citations among ``(doc_id, citation)`` mentions (see the module docstring)."""
    mentions = list(mentions)
    conflicts: list[Conflict] = []
    conflicts.extend(_word_symbol_conflicts(mentions))
    conflicts.extend(_type_conflicts(mentions, scopes))
    graph = citation_graph(mentions, scopes)
    for key, cited in graph.items():
        conflicts.extend(_date_conflicts(key, cited))
        conflicts.extend(_subject_conflicts(key, cited, subject_threshold))
    return conflicts


def _word_symbol_conflicts(mentions: list[Mention]) -> list[Conflict]:
    found: list[Conflict] = []
    reported: set[str] = set()
    for doc_id, citation in mentions:
        symbol_type = code_doc_type(citation.type_code)
        word = citation.doc_type
        if not symbol_type or not word or citation.key in reported:
            continue
        a, b = _fold(word), _fold(symbol_type)
        if word.lower() in {"văn bản", "công văn"} or a.startswith(b) or b.startswith(a):
            continue
        reported.add(citation.key)
        found.append(
            Conflict(
                kind="type",
                key=citation.key,
                message=(
                    f"{citation.number}: the text calls it a {word} but the symbol's type code "
                    f"{citation.type_code} is a {symbol_type}"
                ),
                first=(doc_id, citation),
                second=(doc_id, citation),
            )
        )
    return found


def _fold(text: str) -> str:
    return strip_diacritics(text).lower()


def _type_conflicts(mentions: list[Mention], scopes: Mapping[str, str] | None) -> list[Conflict]:
    """Same digits, year and issuer code with different type codes."""
    groups: dict[tuple, dict[str, Mention]] = defaultdict(dict)
    for doc_id, citation in mentions:
        if citation.type_code is None:
            continue
        digits = re.match(r"\d+", citation.number)
        if not digits:
            continue
        _, issuer, number_year = symbol_parts(citation.number)
        year = number_year or citation.year
        if year is None and _scope(doc_id, citation, scopes) is None:
            continue  # a central number without a year could be any year's
        identity = (
            int(digits.group(0)),
            _fold(issuer or citation.issuer_code or ""),
            year,
            number_year is not None,  # legal documents ("03/2023/QĐ-UBND") are numbered apart
            _scope(doc_id, citation, scopes),
        )
        groups[identity].setdefault(_fold(citation.type_code), (doc_id, citation))
    found = []
    for identity, by_type in groups.items():
        if len(by_type) < 2:
            continue
        ordered = list(by_type.values())
        first = ordered[0]
        for second in ordered[1:]:
            found.append(
                Conflict(
                    kind="type",
                    key=first[1].key,
                    message=(
                        f"number {identity[0]} of {identity[1].upper()} is cited as "
                        f"{first[1].number} and as {second[1].number}"
                    ),
                    first=first,
                    second=second,
                )
            )
    return found


def _date_conflicts(key: str, cited: list[Mention]) -> list[Conflict]:
    by_date: dict[str, Mention] = {}
    for mention in cited:
        if mention[1].date:
            by_date.setdefault(mention[1].date, mention)
    if len(by_date) < 2:
        return []
    ordered = list(by_date.values())
    first = ordered[0]
    return [
        Conflict(
            kind="date",
            key=key,
            message=f"{first[1].number} is dated {first[1].date} and {second[1].date}",
            first=first,
            second=second,
        )
        for second in ordered[1:]
    ]


def _subject_conflicts(key: str, cited: list[Mention], threshold: float) -> list[Conflict]:
    distinct: list[tuple[str, Mention]] = []
    for mention in cited:
        norm = _subject_norm(mention[1].subject)
        if norm is None:
            continue
        if all(fuzz.token_set_ratio(norm, seen) < threshold for seen, _ in distinct):
            distinct.append((norm, mention))
    if len(distinct) < 2:
        return []
    first = distinct[0][1]
    return [
        Conflict(
            kind="subject",
            key=key,
            message=(
                f"{first[1].number} is cited for two subjects: "
                f'"{first[1].subject}" and "{second[1].subject}"'
            ),
            first=first,
            second=second,
        )
        for _, second in distinct[1:]
    ]
