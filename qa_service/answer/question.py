"""Question analysis: the route's constraints resolved against the corpus, and word weights.

A locality, document number, year or filter the corpus does not hold makes the question
unsupported (it is answered "not found", whatever the retriever returns).
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from indexer.extract.citations import code_doc_type
from indexer.normalize import strip_diacritics
from indexer.places import names_place
from indexer.units import TOKEN
from qa_service.answer.corpus import Corpus
from qa_service.answer.gazetteer import plain
from qa_service.routing import (
    ASKS_A_RELATED_DOCUMENT,
    CODED_KINDS,
    DOCUMENT_KINDS,
    HOW_MANY,
    RELATION_CLASSES,
    LocalityMention,
    Route,
    asks_a_related_document,
    fold,
    key,
)

__all__ = [
    "ACRONYM_CAPITALS",
    "ASKS_CLOCK",
    "ASKS_DURATION",
    "FORM_WORDS",
    "KINDS",
    "QUESTION_PHRASES",
    "QUESTION_WORDS",
    "TYPE_THEN_NUMBER",
    "Question",
    "analyse",
    "keyed_tokens",
    "numbers_with_year",
]

logger = logging.getLogger(__name__)

# "đến mấy giờ", "lúc mấy giờ", "mấy giờ sáng": a time of day is asked, no length of hours
# (folded)
_CLOCK_HOUR = (
    r"(?:(?<=\bden )|(?<=\bluc )|(?<=\bvao )|(?<=\btruoc )|(?<=\btu ))may gio\b"
    r"|\bmay gio(?= (?:sang|chieu|toi(?! (?:da|thieu)\b)|trua|dem)\b)"
)
ASKS_CLOCK = re.compile(_CLOCK_HOUR)
# "bao lâu", "mấy ngày", "bao nhiêu ngày làm việc": a length of time is asked, in the unit named
# (not "bao nhiêu ngày nào", nor a time of day), folded
ASKS_DURATION = re.compile(
    rf"\bbao lau\b|(?!{_CLOCK_HOUR}){HOW_MANY}\s+(?P<unit>ngay|thang|nam|gio|tuan|phut)\b"
    r"(?!\s+(?:nao|bao))(?P<working> lam viec)?"
)

_ASKS_HOW_LONG = re.compile(r"\bbao lau\b")  # folded


@dataclass
class Question:
    """A routed question with its weights and the scope the corpus gives it."""

    route: Route
    toned: bool  # match words with their diacritics
    terms: tuple[str, ...]
    weights: dict[str, float]
    total: float
    bigrams: frozenset[tuple[str, str]]
    all_bigrams: frozenset[tuple[str, str]]  # consecutive words, function words included
    all_tokens: frozenset[str]  # every word of the question but the question words
    scope: set[str] | None  # document ids, None = all
    own_doc: str | None  # the document the question names by number
    number_filter: tuple[str, ...]  # cited document numbers the evidence must contain
    unsupported: str | None = None
    notes: list[str] = field(default_factory=list)
    localities: tuple[str, ...] = ()  # folded names the question gives
    # one case of a question asking two values ("A và B lần lượt"), asked alone: its words
    # are cut from the whole question's, which says what the values are of
    one_case: bool = False
    # what extractors.extract found in a unit for an answer type, for the types it reads from
    # the question and the unit alone: made once per question (key: unit, answer type)
    extracted: dict[tuple[int, str], Any] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    # units whose answer was refused as a value of another kind, read no more (as a sentence
    # following another too)
    # (an init field: a copy made by dataclasses.replace shares the set)
    refused_units: set[int] = field(default_factory=set, repr=False, compare=False)


# Phrases that say what kind of answer is wanted; documents often leave them out ("tỷ lệ ... là
# bao nhiêu" is answered by "80% thủ tục ..."), so they weigh less as evidence.
QUESTION_PHRASES = (
    ("ty", "le"),
    ("ti", "le"),
    ("phan", "tram"),
    ("so", "luong"),
    ("tong", "so"),
    ("chi", "tieu"),
    ("muc", "tieu"),
    ("phan", "dau"),
    ("xep", "hang"),
    ("xep", "thu"),
    ("thu", "hang"),
    ("con", "so"),
    ("so", "hieu"),
    ("tong", "cong"),
    ("dua", "tren"),  # "dựa trên văn bản nào": asks for a basis
)


FORM_WORDS = frozenset(w for pair in QUESTION_PHRASES for w in pair)
# Words weighed as those of the question's form, besides: how it says its source is cited ("NĐ X
# được Cục Thuế trích dẫn trong CV Y") and the ends of a range it asks ("thấp nhất và cao
# nhất"), which no evidence need write
_FORM_PHRASES = (*QUESTION_PHRASES, ("trich", "dan"), ("thap", "nhat"), ("cao", "nhat"))


# "QĐ 1994 của Cao Bằng", "CV 11583", "NQ 33/2025": a type word then a number without its
# symbol (and no unit after it); "TT" ("trung tâm" as well) only before a number with its year
TYPE_THEN_NUMBER = re.compile(
    r"\b(?P<kind>quyet dinh|qd|ke hoach|kh|nghi quyet|nq|thong bao|tb|cong van|cv|chi thi|ct"
    r"|thong tu lien tich|ttlt|thong tu|nghi dinh|nd|bao cao|bc|to trinh"
    r"|tt(?= (?:so )?\d{1,6}/(?:19|20)\d{2}))(?: so)?"
    r" (?P<number>\d{1,6}/(?:19|20)\d{2}|\d{2,6})\b"
    r"(?!\s*(?:/|%|nam\b|thang\b|ngay\b|gio\b|nguoi\b|ty\b|trieu\b|dong\b))"
)


def numbers_with_year(plain_q: str) -> list[str]:
    """The numbers with their year a folded question writes bare after a kind ("QĐ
    181/2006")."""
    return [
        m.group("number") for m in TYPE_THEN_NUMBER.finditer(plain_q) if "/" in m.group("number")
    ]


def _bare_cited_numbers(corpus: Corpus, plain_q: str) -> list[str]:
    """The numbers with their year a question writes bare after a kind ("QĐ 181/2006") that
    some document of the collection cites."""
    return [number for number in numbers_with_year(plain_q) if corpus.cited(number)]


# The kinds of document a question names, folded ("quyết định", "công văn", ...).
KINDS = "|".join(DOCUMENT_KINDS)

# "thông tư 56 năm 2025": a bare number after its kind, the year it was issued after it
_KIND_NUMBER_YEAR = r"\b(?P<kind>{kinds}) (?:so )?{number}(?: nam (?P<year>(?:19|20)\d{{2}}))?\b"


def _bare_number_named(plain_q: str, number: str) -> tuple[str | None, str]:
    """The kind a question writes before a bare document number and the number with the year
    written after it ("thông tư 56 năm 2025" → ("thong tu", "56/2025")); (None, number) for a
    number with its symbol or none written after a kind."""
    if not number.isdigit():
        return None, number
    found = re.search(_KIND_NUMBER_YEAR.format(kinds=KINDS, number=number), plain_q)
    if found is None:
        return None, number
    year = found.group("year")
    return found.group("kind"), f"{number}/{year}" if year else number


# The year or date written after a document's number (folded): "năm 2024", "ban hành năm 2024",
# "ngày 16/11/2024", "ngày 16 tháng 11 năm 2024"
_DATED_BY = (
    r"(?:ban hanh )?(?:nam ((?:19|20)\d{2})\b"
    r"|ngay \d{1,2}[/.-]\d{1,2}[/.-]((?:19|20)\d{2})\b"
    r"|ngay \d{1,2} thang \d{1,2} nam ((?:19|20)\d{2})\b)"
)


def _year_differs(corpus: Corpus, doc_id: str, plain_q: str, number: str) -> bool:
    """The question writes a year, or a date, right after a number whose symbol has none ("QĐ
    4001/QĐ-BKHCN năm 2024", "Công điện 217/CĐ-TTg ngày 16/11/2024"), and the document owning
    that number is dated another year."""
    if re.search(r"/(?:19|20)\d{2}\b", number):
        return False  # the year is in the symbol: the owner has it
    found = re.search(rf"{re.escape(plain(number))} {_DATED_BY}", plain_q)
    date = corpus.documents[doc_id].meta.date
    year = found and next(y for y in found.groups() if y)
    return bool(year) and bool(date) and not date.startswith(year)


_PLACE_WORD_WEIGHT = 0.4
# Units of the communes a province's or city's tables list row by row (folded, as mentioned).
_COMMUNE_UNITS = frozenset({"xa", "phuong", "thi tran"})
_OWN_TITLE_WORD_WEIGHT = 0.5

QUESTION_WORDS = frozenset({"bao", "nhiêu", "nhieu", "mấy", "may", "nào", "nao", "gì", "gi"})


def numbers_after_a_type(question: str) -> list[tuple[str, str]]:
    """(kind, number) of each number the question names after a type word without its symbol
    ("NĐ 85/2024", "Quyết định 1899", "CV 11583"), the kind folded ("nghi dinh")."""
    return [
        # a code ("nd") read out by the symbols' table of type codes ("Nghị định")
        (plain(code_doc_type(m.group("kind")) or m.group("kind")), m.group("number"))
        for m in TYPE_THEN_NUMBER.finditer(plain(question))
    ]


def _of_kind_named(corpus: Corpus, doc_id: str, kind: str) -> bool:
    """The document is of the kind the question writes before its number ("KH", "quyết định":
    folded), or of no kind known."""
    doc_type = plain(corpus.documents[doc_id].meta.doc_type or "")
    return not doc_type or doc_type == plain(code_doc_type(kind) or kind)


def _without_naming(route: Route, plain_q: str, number: str) -> Route:
    """``route`` without what names the document numbered ``number`` after its kind ("QĐ
    1994", "CV 11583", "NQ 33/2025"): the number is no year the evidence must be about, and the
    kind's words are no words the evidence must hold."""
    for m in TYPE_THEN_NUMBER.finditer(plain_q):
        if m.group("number") != number:
            continue
        year = int(number.split("/")[-1])
        naming = set(m.group(0).split()) | set(fold(m.group(0)).split())  # "cv"
        return replace(
            route,
            years=tuple(y for y in route.years if y != year),
            terms=tuple(t for t in route.terms if plain(t) not in naming),
        )
    # "CT 15/CT-TTg", "NĐ 80/2025/NĐ-CP": the code of a kind written before a full number
    # names the document too (a rare word no text of it writes so)
    code = re.search(rf"\b({CODED_KINDS})(?: so)? {re.escape(plain(number))}", plain_q)
    if code is not None:
        return replace(route, terms=tuple(t for t in route.terms if plain(t) != code.group(1)))
    return route


def analyse(corpus: Corpus, route: Route, filters: Mapping[str, Any] | None) -> Question:
    """Resolve the route's localities, document numbers and ``filters`` to a document scope,
    and weigh the question's words by their IDF over the units."""
    scope: set[str] | None = None
    unsupported: str | None = None
    notes: list[str] = []
    plain_q = plain(route.question)
    locality_words: set[str] = set()

    # localities named with a unit word, then bare known names
    named: list[str] = []
    unresolved: list[str] = []  # places the gazetteer does not know but some text names
    # words of a named place no document is of, only mentioned in them ("phường Phong Phú" in
    # a city's resolution): a term, as the name of a table row or a list item is
    mentioned_words: set[str] = set()
    for mention in route.localities:
        resolved = corpus.gazetteer.resolve(mention)
        naming = corpus.docs_naming(mention.name) if resolved is None else set()
        if resolved is None and not naming and mention.certain:
            # "tỉnh BN": capitals no text writes after a unit word, the initials of a place
            resolved = _place_by_initials(corpus, route.question, mention.name)
            if resolved is not None:
                locality_words.add(mention.name)  # typed for the place's words
        if resolved is None:
            # Not a place the gazetteer knows: the question is unsupported only when no
            # document's text names it (metadata may have missed it, the text cannot).
            if naming:
                scope = naming if scope is None else scope | naming
                unresolved.append(corpus.place_key(mention.name))
                if mention.unit in _COMMUNE_UNITS:
                    # a commune no document is of, some only name it: a term too, the label of
                    # the table row or list item about it ("Phường Ba Đình | 89 | 11")
                    mentioned_words.update(mention.name.split())
            elif mention.certain or looks_like_name(mention):
                unsupported = f"locality {mention.unit} {mention.name}"
            continue
        named.append(resolved)
        if not corpus.gazetteer.own.get(resolved):
            mentioned_words.update(mention.name.split())
    bare: set[str] = set()  # places typed without a unit word before them
    for name in corpus.gazetteer.places_in(route.unnumbered, corpus.common_words):
        if not any(name in n for n in named):
            named.append(name)
            if not corpus.gazetteer.typed_after_unit(route.unnumbered, name):
                bare.add(name)
    if named:
        docs: set[str] = set()
        for name in named:
            own = corpus.gazetteer.own.get(name, frozenset())
            if own:  # the scope says it; a place the documents only mention stays a term
                locality_words.update(name.split())
            # the documents of the place and those that name it in their text (a letter *to*
            # a province's tax office): ranking prefers the former, none is left out
            docs |= own | corpus.gazetteer.mentioned.get(name, frozenset())
            if name in bare:
                # typed without a unit word, a place's name may be part of a rarer name (a
                # company "Bia Sài Gòn – Bến Tre", a road "Tuyên Quang - Hà Giang"): the
                # documents writing it stay in scope, the question's rarer words rank them
                docs |= corpus.docs_naming(name)
        scope = docs
        notes.append(f"localities={named}")

    # a place typed as one word ("TPHCM", "DakLak"): the documents of that place, those naming
    # it and those writing it so are the scope, its words weighing as a place's; its name is no
    # locality the evidence must write (an address writes "TP. HCM" only)
    spelled = corpus.gazetteer.spelled_places(route.unnumbered)
    if spelled and not any(name in named for name in spelled):
        docs = set()
        for name, spellings in spelled.items():
            locality_words.update((*name.split(), *spellings))  # its words weigh as a place's
            docs |= corpus.gazetteer.own.get(name, frozenset())
            docs |= corpus.gazetteer.mentioned.get(name, frozenset())
            for spelling in spellings:
                docs |= corpus.docs_writing(spelling)
        scope = docs if scope is None else scope | docs
        notes.append(f"spelled places={sorted(spelled)}")

    # document numbers: the question's own document, or cited documents to look for
    own_doc: str | None = None
    where_doc: str | None = None  # the document a cited one asked about is mentioned in
    number_filter: list[str] = []
    places = [*named, *(m.name for m in route.localities)]  # to tell numbers shared by provinces
    for number in route.doc_numbers:
        kind, number = _bare_number_named(plain_q, number)
        owner = corpus.own_number(number, places, kind=kind)
        if owner is not None and kind is not None and not _of_kind_named(corpus, owner, kind):
            # "Đề án 06" is no directive numbered 06/CT-UBND: a bare number's kind, written
            # before it, tells which document it names (as below for "KH 64")
            owner = None
        if owner is not None and _year_differs(corpus, owner, plain_q, number):
            # "Quyết định 4001/QĐ-BKHCN năm 2024" of a decision 4001/QĐ-BKHCN of 2025: another
            # year's decision of that number, which the collection holds only if some text
            # cites it with that year
            if not corpus.cited(number):
                unsupported = unsupported or f"document number {number} of another year"
            continue
        if (
            owner is not None
            and own_doc is None
            and number_filter
            and _named_as_where(plain_q, number)
        ):
            # "Tờ trình 8798/TTr-BCT … (nêu trong CV 11520/VPCP-CN) do ai ký?": the document
            # named first, which the collection only cites, is the one asked about; the one
            # named as where it is mentioned holds the evidence, it is no subject
            where_doc = owner
            continue
        if owner is not None and own_doc is not None:
            # "Công văn 5615/CT-CS ... về Nghị quyết 98/2023/QH15 ...": the document named
            # first is the subject, the later one a document it speaks of
            number_filter.append(number)
            continue
        if owner is not None:
            own_doc = owner
            route = _without_naming(route, plain_q, number)
            continue
        if corpus.cited(number, plain(code_doc_type(kind) or kind) if kind else None):
            number_filter.append(number)
            continue
        # not read as a citation ("mẫu 03/TNDN", a symbol the extractor missed): the question is
        # unsupported only when no document's text writes it
        writing = corpus.docs_writing(plain(number))
        if writing:
            scope = writing if scope is None else scope & writing
        else:
            unsupported = unsupported or f"document number {number}"
    if own_doc is None and not route.doc_numbers:
        # "quyết định 1994 của Cao Bằng", "CV 11583": a bare number right after a type word
        # is a document number when some document of the collection has it as its own
        for m in TYPE_THEN_NUMBER.finditer(plain_q):
            # "nđ 80/2025": the kind written tells a decree from a province's decision of the
            # same number and year
            kind = plain(code_doc_type(m.group("kind")) or m.group("kind"))
            owner = corpus.own_number(m.group("number"), places, unique=True, kind=kind)
            if owner is not None and not _of_kind_named(corpus, owner, m.group("kind")):
                # "KH 64" is no resolution numbered 64: the kind written tells them apart
                owner = None
            if owner is not None:
                own_doc = owner
                route = _without_naming(route, plain_q, m.group("number"))
                break
        else:
            # "thay cho QĐ 17/2024": a number with its year, no document's own, that some
            # document cites is a cited document to look for
            number_filter.extend(_bare_cited_numbers(corpus, plain_q))
    elif own_doc is not None:
        # "Sau khi TT 127/2025/TT-BQP bãi bỏ QĐ 181/2006, ... văn bản nào": beside the document
        # named in full, a bare number with its year that the document does not have as its own
        # names another, cited one
        number_filter.extend(
            number
            for number in _bare_cited_numbers(corpus, plain_q)
            if not corpus.is_own_number(own_doc, number) and number not in number_filter
        )
    if own_doc is None and where_doc is not None:
        scope = {where_doc}
    if own_doc is not None:  # the number names the document; a place only ranks
        scope = {own_doc}
        if asks_a_related_document(plain_q):
            # "QĐ 62/2025 về bảng giá năm 2026 thay thế quyết định nào": the years of the named
            # document describe it; the sentence citing the other one is of that one's years
            meta = corpus.documents[own_doc].meta
            card = plain(f"{meta.title or ''} {meta.date or ''}")
            route = replace(
                route, years=tuple(y for y in route.years if not re.search(rf"\b{y}\b", card))
            )
    elif asks_a_related_document(read := plain(route.folded)) and (
        related := ASKS_A_RELATED_DOCUMENT.search(read)
    ):
        # "Quyết định quy định khung giá ... năm 2025 bãi bỏ quyết định nào": the years written
        # before the relation describe the document that acts, not the one asked for, whose
        # sentence in it is of its own years (read with the kinds written out: "QĐ 2020 ...
        # thay thế", the relation's own word when a numbered document does it)
        at = related.start("acted") if related.group("acted") else related.start()
        route = replace(
            route,
            years=tuple(
                y
                for y in route.years
                if not re.search(rf"(?<!\d){y}(?!\d)", read[:at])
                or re.search(rf"(?<!\d){y}(?!\d)", read[at:])
            ),
        )
    # "thay thế Quyết định 1849/QĐ-UBND năm 2024": the year dates the cited document, it is no
    # constraint on the evidence
    dated = {
        int(m.group(1))
        for number in route.doc_numbers
        for m in re.finditer(
            rf"{re.escape(plain(number))}\s+(?:ngay \S+ )?nam ((?:19|20)\d{{2}})\b", plain_q
        )
    }
    if dated:
        route = replace(route, years=tuple(y for y in route.years if y not in dated))
    # "Bảng giá năm 2025 (bị thay thế bởi bảng giá năm 2026)": a bracketed relation speaks of
    # another document, its years are not the evidence's
    outside = _OTHER_DOCUMENT_CLAUSE.sub(" ", plain_q)
    if outside != plain_q:
        route = replace(
            route,
            years=tuple(y for y in route.years if re.search(rf"(?<!\d){y}(?!\d)", outside)),
        )

    if filters:
        wanted = filters.get("doc_ids")
        if wanted:
            scope = _narrow(scope, set(wanted))
        doc_type = filters.get("doc_type")
        if doc_type:
            keep = {
                d
                for d, row in corpus.documents.items()
                if row.meta.doc_type and plain(row.meta.doc_type) == plain(doc_type)
            }
            scope = _narrow(scope, keep)
        year = filters.get("year")
        if year:
            keep = {d for d, row in corpus.documents.items() if corpus.doc_has_year(d, int(year))}
            scope = _narrow(scope, keep)
        locality = filters.get("locality")
        if locality:
            keep = {
                d
                for d, row in corpus.documents.items()
                if names_place(locality, row.meta.place, row.meta.issuer, row.meta.title)
            }
            scope = _narrow(scope, keep)
    if scope is not None and not scope:
        unsupported = unsupported or "no document matches the filters"

    toned = route.accented
    # The place narrows the scope; its words still tell a table row of a commune from the
    # next one ("phường Phong Phú"), at a lower weight
    terms = tuple(route.terms)
    named_words = tuple(
        t
        for t in dict.fromkeys(TOKEN.findall(route.keyed))
        if strip_diacritics(t) in mentioned_words and t not in terms
    )
    terms += named_words
    if scope is not None and len(scope) <= _SPELLED_SCOPE:
        terms = _spelled_out(corpus, route, terms, sorted(scope))
    weights = {
        t: corpus.weight(t, toned)
        * (_PLACE_WORD_WEIGHT if strip_diacritics(t) in locality_words or t in named_words else 1.0)
        for t in terms
    }
    if own_doc is not None:
        # "Chỉ đạo về đường HCM trong CV 11583 ...": words its title holds say which document
        # is asked about (the scope holds them); the evidence need not hold them again
        meta = corpus.documents[own_doc].meta
        titled = set(TOKEN.findall(key(f"{meta.title or ''} {meta.doc_type or ''}", toned)))
        for term in terms:
            if term in titled:
                weights[term] *= _OWN_TITLE_WORD_WEIGHT
    for first, second in _FORM_PHRASES:  # words of the question form, not its topic
        if re.search(rf"\b{first} {second}\b", route.folded):
            for term in terms:
                if strip_diacritics(term) in (first, second):
                    weights[term] *= 0.3
    total = sum(weights.values())
    if _ASKS_HOW_LONG.search(route.folded):
        # "trong bao lâu": "lâu" only asks a length, which evidence writes as one ("35 ngày
        # làm việc"), never as that word ("lâu dài" is another matter): it matches nothing,
        # yet its weight stays in the total so that the shares cut-offs are set in keep
        # their meaning
        terms = tuple(t for t in terms if strip_diacritics(t) != "lau")
        weights = {t: w for t, w in weights.items() if strip_diacritics(t) != "lau"}
    q_tokens = [t for t in TOKEN.findall(route.keyed) if strip_diacritics(t) not in locality_words]
    q_bigrams = frozenset(
        (x, y) for x, y in zip(q_tokens, q_tokens[1:], strict=False) if x in weights or y in weights
    )
    return Question(
        route=route,
        toned=toned,
        terms=terms,
        weights=weights,
        total=total,
        bigrams=q_bigrams,
        all_bigrams=frozenset(zip(q_tokens, q_tokens[1:], strict=False)),
        all_tokens=frozenset(q_tokens) - QUESTION_WORDS,
        scope=scope,
        own_doc=own_doc,
        number_filter=tuple(number_filter),
        unsupported=unsupported,
        notes=notes,
        localities=tuple(named + unresolved),
    )


# A relation verb right before a document number, its kind between ("thay QĐ 65/2024", "thay
# thế cho Quyết định số 12/2023"), folded
_DONE_TO_NUMBER = re.compile(
    r"\b(?:"
    + "|".join(v for verbs in RELATION_CLASSES for v in verbs)
    # (or a number after one so named, joined to it: "bãi bỏ QĐ 09/2022 và QĐ 08/2025"; no
    # date, no other word between)
    + r")(?: cho)? (?:[a-z]+ ){0,3}"
    + r"(?:(?<!thang )(?<!nam )(?!\d{1,2}/\d{1,2}/\d{4})\d+/[\w/.-]+(?:,| va| hoac) "
    + rf"(?:(?:{KINDS}|qd|nq|tt|nd|cv) )?(?:so )?)*$"
)
_RELATION_REACH = 64  # characters before a number its relation verb may stand (and the
# numbers named with it before)
_MENTION_REACH = 40  # characters before a number the words naming where it is mentioned may
# stand


# A relation verb, then its object's words, then the bracket that names the object by its
# number ("bãi bỏ quy định chức năng, nhiệm vụ Sở Tư pháp (QĐ 09/2022)"), folded
_DONE_TO_BRACKETED = re.compile(
    r"\b(?:"
    + "|".join(v for verbs in RELATION_CLASSES for v in verbs)
    + r")(?: cho)? (?:[a-z,]+ ){1,12}\((?:[a-z]+ ){0,2}(?:so )?$"
)
_BRACKETED_REACH = 100  # characters before a bracketed number its relation verb may stand


# Where a document is mentioned, right before the number of the one mentioning it ("(nêu trong
# CV", "được trả lời tại Công văn"), or an aside naming the one that repealed it ("(đã bị bãi
# bỏ bởi TT", "(nay đã bị bãi bỏ bởi", ", đã bị bãi bỏ bởi QĐ"; not "X bị bãi bỏ bởi Y; người ký
# văn bản bãi bỏ đó", which asks of Y), folded
_MENTIONED_IN = re.compile(
    r"(?:\b(?:neu|nhac(?: toi| den)?|de cap|trich dan|dan chieu|tra loi) (?:tai|trong|o)"
    r"|[(,] ?(?:nay |hien )?(?:da )?(?:bi |duoc )?(?:bai bo|thay the|sua doi)(?:, bo sung)?"
    r" (?:boi|tai|theo))"
    r" (?:[a-z]+ ){0,3}(?:so )?$"
)


def _named_as_where(plain_q: str, number: str) -> bool:
    """The question names the document numbered ``number`` as where another, named before it,
    is mentioned, answered or repealed (``plain_q``: the folded question without marks)."""
    at = plain_q.find(plain(number))
    return at > 0 and _MENTIONED_IN.search(plain_q[max(0, at - _MENTION_REACH) : at]) is not None


def done_to_by_another(plain_q: str, number: str) -> bool:
    """The question names the document numbered ``number`` as what another one acts on ("quy
    chế mới (thay QĐ 65/2024)", "QĐ bãi bỏ quy định X (QĐ 09/2022)"): it is not the document
    asked about (``plain_q``: the folded question without marks)."""
    at = plain_q.find(plain(number))
    if at < 0:
        return False
    before = plain_q[max(0, at - _RELATION_REACH) : at]
    if _DONE_TO_NUMBER.search(before) is not None:
        return True
    return _DONE_TO_BRACKETED.search(plain_q[max(0, at - _BRACKETED_REACH) : at]) is not None


# A bracketed relation to another document ("(bị thay thế bởi bảng giá năm 2026)"), folded
_OTHER_DOCUMENT_CLAUSE = re.compile(
    r"\((?:nay )?(?:bi |duoc |da )?(?:"
    + "|".join(v for verbs in RELATION_CLASSES for v in verbs)
    + r")\b[^)]*\)"
)


# The capitals an acronym is typed in: the unmarked letters and the capital vowels initials keep
# ("NSƯT" for "Nghệ sỹ ưu tú")
ACRONYM_CAPITALS = "A-ZĐÂĂÊÔƠƯ"
# An acronym as typed ("NN&MT", "DT&TG", "TTĐT"): capitals, groups joined by "&", not inside a
# document number or a code
_ACRONYM = re.compile(
    rf"(?<![\w/&.-])([{ACRONYM_CAPITALS}]{{2,}}(?:&[{ACRONYM_CAPITALS}]+)*)(?![\w/&-])"
)
_ACRONYM_LETTERS = 3  # fewer initials ("GĐ", "TC") spell too many phrases to tell one
_SPELLED_SCOPE = 3  # documents read for the words an acronym spells
_AND_WORDS = frozenset({"va", "và"})


def _spelled_out(
    corpus: Corpus, route: Route, terms: tuple[str, ...], doc_ids: list[str]
) -> tuple[str, ...]:
    """``terms`` with each acronym of the question that the documents of the scope never write
    ("Sở DT&TG", "cổng TTĐT") replaced by the words those documents write whose initials spell
    it ("Dân tộc và Tôn giáo", "Thông tin điện tử"), the phrase they write most; an acronym
    left as it is when they write it, or no phrase, or two phrases as often."""
    plain_texts = [corpus.plain_text(d) for d in doc_ids]
    for acronym in dict.fromkeys(_ACRONYM.findall(route.question)):
        groups = [plain(g) for g in acronym.split("&")]
        if sum(map(len, groups)) < _ACRONYM_LETTERS:
            continue
        if fold(acronym) != plain(acronym):
            continue  # a known abbreviation, read as its words already ("TTHC")
        tokens = [t for t in TOKEN.findall(key(acronym, route.accented)) if t in terms]
        written = re.compile(rf"\b{re.escape(plain(acronym))}\b")
        if not tokens or any(written.search(text) for text in plain_texts):
            continue  # no word of the question, or the documents write it as typed
        phrase = _spelling_phrase(corpus, groups, doc_ids, route.accented)
        if phrase is None:
            continue
        logger.debug("acronym %r read as %r", acronym, " ".join(phrase))
        kept = [t for t in terms if t not in tokens]
        terms = tuple(dict.fromkeys([*kept, *(w for w in phrase if w not in _AND_WORDS)]))
    return terms


def _spelling_phrase(
    corpus: Corpus, groups: list[str], doc_ids: list[str], toned: bool
) -> tuple[str, ...] | None:
    """The words of the documents ``doc_ids`` (keyed) whose initials spell the letters of
    ``groups`` in order, a "và" allowed between two groups; the phrase written most, None when
    none is, or two are as often."""
    counts: Counter[tuple[str, ...]] = Counter()
    for doc_id in doc_ids:
        words = TOKEN.findall(key(corpus.texts.get(doc_id, ""), toned))
        initials = [strip_diacritics(w)[:1] for w in words]
        first = groups[0][0]
        for start in (i for i, letter in enumerate(initials) if letter == first):
            at = _spells(initials, words, start, groups)
            if at is not None:
                counts[tuple(words[start:at])] += 1
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _spells(initials: list[str], words: list[str], start: int, groups: list[str]) -> int | None:
    """Where the words from ``start`` end once their initials spelled ``groups`` (one word a
    letter, a "và" allowed between groups), or None."""
    at = start
    for i, group in enumerate(groups):
        if i and at < len(words) and words[at] in _AND_WORDS:
            at += 1
        if initials[at : at + len(group)] != list(group):
            return None
        at += len(group)
    return at


def _place_by_initials(corpus: Corpus, question: str, name: str) -> str | None:
    """The place a locality's name typed in capitals spells by its initials ("BN" of "tỉnh
    BN" → "bac ninh"), or None: ``name`` is the mention's folded name, one word."""
    if " " in name:
        return None
    for typed in TOKEN.findall(question):
        if plain(typed) == name and typed.isupper():
            return corpus.gazetteer.initials_after_unit(typed)
    return None


def _narrow(scope: set[str] | None, keep: set[str]) -> set[str]:
    """The documents of ``scope`` (all when None) that a filter keeps."""
    return keep if scope is None else keep & scope


def keyed_tokens(q: Question, text: str) -> set[str]:
    """Tokens of ``text`` in the question's matching form (toned or folded)."""
    return set(TOKEN.findall(key(text, q.toned)))


def looks_like_name(mention: LocalityMention) -> bool:
    """A locality of two words or more is a name, even without a unit word."""
    return len(mention.name.split()) >= 2
