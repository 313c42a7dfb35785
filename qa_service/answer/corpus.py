"""The opened index as the answerer reads it: documents, evidence units, term statistics,
localities and citations, loaded once per index version."""

from __future__ import annotations

import bisect
import logging
import math
import re
import time
from collections.abc import Sequence

from indexer.extract.citations import number_key, number_keys_match, number_matches
from indexer.normalize import fold_tone_placement, match_key, nfc, strip_diacritics
from indexer.records import Section
from indexer.store import CitationRow, DocumentRow, IndexReader, TargetRow
from indexer.units import TOKEN, Unit
from qa_service.answer.gazetteer import UNIT_NAMES, build_gazetteer, plain
from qa_service.answer.mentions import Mention, locate_mentions
from qa_service.answer.unit_table import UnitTable
from qa_service.routing import content_terms, fold, tone_key

__all__ = ["Corpus", "whole_words"]

logger = logging.getLogger(__name__)

# A unit word before a place name in folded text
_UNIT_BEFORE = rf"(?:{'|'.join(UNIT_NAMES)}|tp)"
_UNIT_ENDS = re.compile(rf" {_UNIT_BEFORE}$")  # a unit word right before the searched name
_UNIT_REACH = len(" thanh pho")  # the longest unit word, with its space
_WORD_CHAR = re.compile(r"\w")
_PLACE_SHARE = 0.25  # least share of a place name's occurrences written after a unit word
# least share of its occurrences a name is written with each word capitalized (not in capitals)
# to be a proper name: "Khánh Hòa" listed after other provinces with no unit word before it
_NAME_CASE_SHARE = 0.5
_MAX_QUOTED_UNITS = 40  # units of one quotation read as the cited document's words
_INTRODUCES = re.compile(r":[\s*_]*$")  # "... Nghị quyết số 98/2023/QH15 có quy định:"
# A quotation's introduction in which the document cited speaks ("Theo Điều 5 Thông tư
# 16/2024/TT-BCA có quy định như sau:"; not the author's own act: "..., Bộ Công an trả lời như
# sau:"), folded: what follows quotes it even with no "“" ...
_AS_FOLLOWS = re.compile(r"^\W*(?:theo|tai)\b.*\bquy dinh(?: cu the)? nhu sau\W*$")
_UNMARKED_UNITS = 12  # ... for a few units at most (an article's clauses)
# ... up to where the citing text speaks again ("Như vậy, ...", "Theo đó, ..."), folded
_SPEAKS_AGAIN = re.compile(
    r"^\W*(?:nhu vay|theo do|do do|vi vay|tuy nhien|ngoai ra|mat khac|can cu|tren co so"
    r"|tren day|de nghi|doi chieu)\b"
)
_NAMING_CACHE = 4096  # place names whose documents are kept (a name costs ~5-15 ms to look up)


def whole_words(key: str) -> re.Pattern[str]:
    """``key`` where no letter or digit (of folded text) touches it on either side. The name
    comes first and the left side is checked after it (a lookbehind spanning the name): a
    pattern that opens with a literal is searched for with a fast string search, one that opens
    with a lookbehind is tried at every character (10-40 times slower over all the texts)."""
    name = re.escape(key)
    return re.compile(rf"{name}(?<![a-z0-9]{name})(?![a-z0-9])")


def _unmarked(text: str) -> str:
    """``text`` as :func:`plain` folds it, letters left in their case."""
    return " ".join(strip_diacritics(fold_tone_placement(nfc(text))).split())


_NEIGHBOUR_REACH = 24  # characters looked at on each side of a name for the words beside it
_NEXT_WORD = re.compile(r"\s*(\S+)")


def _longer_name(cased: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is part of a longer capitalized run: a person ("Trần Văn
    Quân"), a company ("Bia Sài Gòn"), a street; not a place written as itself."""
    before = cased[max(0, start - _NEIGHBOUR_REACH) : start].split()
    if before and before[-1][0].isupper() and before[-1][-1].isalpha():
        return True
    after = _NEXT_WORD.match(cased, end, end + _NEIGHBOUR_REACH)
    return bool(after and after.group(1)[0].isupper() and cased[end : end + 1] == " ")


def _written_as_name(words: str) -> bool:
    """Each word capitalized, the rest of it in lower case ("Khanh Hoa", not "KHANH HOA" of a
    heading nor "Tien luong" opening a sentence)."""
    return all(w[0].isupper() and not w[1:].isupper() for w in words.split())


class Corpus:
    """Everything an answer is built from, for one index version."""

    def __init__(self, reader: IndexReader) -> None:
        started = time.perf_counter()
        self.reader = reader
        self.documents: dict[str, DocumentRow] = {d.meta.doc_id: d for d in reader.documents()}
        self.texts: dict[str, str] = {d: reader.document_text(d) for d in self.documents}
        self.units = UnitTable(reader)  # made at index time (indexer/units.py), read on use
        self.doc_units: dict[str, list[int]] = {}  # unit ids of a document, by start
        self.doc_starts: dict[str, list[int]] = {}
        self.passage_span: dict[int, tuple[str, int, int]] = {}
        self.sections: dict[str, list[Section]] = {}
        for doc_id in self.documents:
            self.sections[doc_id] = reader.sections(doc_id)
        for passage_id, doc_id, start, end in reader.passage_spans():
            self.passage_span[passage_id] = (doc_id, start, end)
        starts = self.units.starts
        for doc_id, ids in self.units.document_units().items():
            ids.sort(key=starts.__getitem__)
            self.doc_units[doc_id] = ids
            self.doc_starts[doc_id] = [starts[i] for i in ids]
        n = max(1, len(self.units))
        self.n_units = n
        self.idf_unknown = math.log((n + 1) / 0.5)
        self.gazetteer = build_gazetteer(self.documents, self.texts)
        self.citations: list[CitationRow] = reader.citations()
        self.citations_by_doc: dict[str, list[CitationRow]] = {}
        for row in sorted(self.citations, key=lambda r: (r.doc_id, r.citation.start)):
            self.citations_by_doc.setdefault(row.doc_id, []).append(row)
        self.citation_starts = {
            d: [r.citation.start for r in rows] for d, rows in self.citations_by_doc.items()
        }
        self.mention_cache: dict[int, list[Mention]] = {}
        # the texts of the points a unit refers to in its own document (answer/references.py)
        self.referred_texts: dict[int, tuple[str, ...]] = {}
        # per document, its units by (parts above the article, article, clause): where a
        # reference to a point of the document is looked up (answer/references.py)
        self.article_units: dict[str, dict[tuple, list[int]]] = {}
        # a table row's header row above it and the text units between (by unit index)
        self.table_header_cache: dict[int, tuple[Unit | None, int]] = {}
        # per document, its tables of named records read again from its text (grid_tables.py)
        self.grid_tables: dict[str, list] = {}
        # per document, the parts setting out one procedure each: (start, end, name)
        # (answer/extractors.py)
        self.procedure_sections: dict[str, tuple[tuple[int, int, str], ...]] = {}
        # per document, the numbers of the documents its sentences repeal (answer/extractors.py)
        self.repealed: dict[str, tuple[str, ...]] = {}
        self.targets: list[TargetRow] = reader.targets()
        self._plain_texts: dict[str, str] | None = None  # folded texts, read on first use
        self._naming: dict[str, frozenset[str]] = {}  # docs_naming by folded name
        self._common: dict[str, bool] = {}  # common_words by folded name
        self._written: dict[str, frozenset[str]] = {}  # written_words by document
        self._toned: dict[str, str] = {}  # toned_text by document
        self._joined_plain: str | None = None  # every folded text, joined
        self._joined_cased: str | None = None  # the same, letters in their case (same offsets)
        self._citation_keys: tuple[list[str], dict[str, list[int]]] | None = None
        self._title_documents: dict[bool, dict[str, frozenset[str]]] = {}
        self._section_starts: dict[str, list[int]] = {}  # heading starts by document, sorted
        logger.info(
            "corpus loaded: %d documents, %d units in %.2f s",
            len(self.documents),
            len(self.units),
            time.perf_counter() - started,
        )

    def preload(self) -> None:
        """Read now what questions otherwise read on first use: the folded document texts
        (places named in a question), joined with their case (places typed bare) and the
        sorted keys of the cited numbers."""
        self._folded_texts()
        self._joined_texts()
        self._citations_of(())

    def weight(self, term: str, toned: bool) -> float:
        """IDF of a question word. A word the corpus never uses is either the indicator it does
        not hold ("hộ nghèo") or a paraphrase ("muốn"): half the weight of the rarest word."""
        df = self.units.posting(term, toned).df
        return math.log((self.n_units + 1) / (df + 0.5)) if df else 0.5 * self.idf_unknown

    def title_documents(self, toned: bool) -> dict[str, frozenset[str]]:
        """Content word of a document title (folded or toned matching form) → the documents
        whose title holds it."""
        found = self._title_documents.get(toned)
        if found is None:
            holders: dict[str, set[str]] = {}
            for doc_id, row in self.documents.items():
                title = row.meta.title or ""
                keyed = tone_key(title) if toned else fold(title)
                for term in content_terms(keyed, toned):
                    holders.setdefault(term, set()).add(doc_id)
            found = {term: frozenset(docs) for term, docs in holders.items()}
            self._title_documents[toned] = found
        return found

    def known(self, term: str, toned: bool) -> bool:
        """Some unit holds ``term`` (in its text or its context)."""
        return self.units.posting(term, toned).df > 0

    # -- document numbers ----------------------------------------------------------------------
    def unit_mentions(self, unit: Unit) -> list[Mention]:
        """The stored citations inside ``unit``, located in its text (cached per unit)."""
        cached = self.mention_cache.get(unit.idx) if unit.idx >= 0 else None
        if cached is not None:
            return cached
        found = locate_mentions(
            unit,
            self.citations_by_doc.get(unit.doc_id, []),
            self.citation_starts.get(unit.doc_id, []),
            self.texts[unit.doc_id],
        )
        if unit.idx >= 0:
            self.mention_cache[unit.idx] = found
        return found

    def cited(self, number: str, kind: str | None = None) -> bool:
        """Some document of the corpus cites ``number``; with ``kind`` (plain: "de an"), the
        kind a question writes before a bare number, a document of that kind or of none."""
        rows = self._citations_of((number,))
        if kind is None:
            return bool(rows)
        return any(plain(self.citations[k].citation.doc_type or "") in ("", kind) for k in rows)

    def own_number(
        self,
        number: str,
        places: Sequence[str] = (),
        *,
        unique: bool = False,
        kind: str | None = None,
    ) -> str | None:
        """The document whose own number is ``number``; when several share it (provinces
        number alike), the one whose issuer, place or title names one of ``places`` (with
        ``unique``, None when no place tells them apart). ``kind`` (plain: "thong tu"), the kind
        the question writes before a bare number ("Thông tư 56 năm 2025"), tells apart
        documents of other kinds that share it."""
        owners = [
            doc_id
            for doc_id, row in self.documents.items()
            if row.meta.number and number_matches(number, row.meta.number)
        ]
        if len(owners) > 1 and kind is not None:
            of_kind = [
                doc_id
                for doc_id in owners
                if plain(self.documents[doc_id].meta.doc_type or "") == kind
            ]
            owners = of_kind or owners
        if len(owners) > 1 and places:
            for doc_id in owners:
                meta = self.documents[doc_id].meta
                card = plain(f"{meta.issuer or ''} {meta.place or ''} {meta.title or ''}")
                if any(place in card for place in places):
                    return doc_id
        if unique and len(owners) > 1 and not self._copies(owners):
            return None
        return owners[0] if owners else None

    def _copies(self, doc_ids: Sequence[str]) -> bool:
        """The documents are copies of one (the same number, kind, issuer and title: a text
        published twice), which no place need tell apart."""
        cards = {
            (
                number_key(meta.number or ""),
                plain(meta.doc_type or ""),
                plain(meta.issuer or ""),
                plain(meta.title or ""),
            )
            for meta in (self.documents[d].meta for d in doc_ids)
        }
        return len(cards) == 1

    def is_own_number(self, doc_id: str, number: str) -> bool:
        """``number`` is the document's own number."""
        own = self.documents[doc_id].meta.number
        return bool(own) and number_key(own) == number_key(number)

    def citing_units(self, numbers: Sequence[str]) -> set[int]:
        """Units holding a stored citation of one of ``numbers``."""
        out: set[int] = set()
        for position in self._citations_of(numbers):
            row = self.citations[position]
            c = row.citation
            ids = self.doc_units.get(row.doc_id, [])
            starts = self.doc_starts.get(row.doc_id, [])
            k = max(0, bisect.bisect_right(starts, c.start) - 1)
            while k < len(ids) and self.units.starts[ids[k]] < c.end:
                if self.units.ends[ids[k]] > c.start:
                    out.add(ids[k])
                k += 1
        return out

    def quoted_after(self, citing: set[int]) -> set[int]:
        """Units of the quotations ``citing`` units introduce: a unit ending with ":" ("Khoản 1
        Điều 8 Nghị quyết số 98/2023/QH15 ... có quy định:") right before one opening with "“"
        holds the cited document's words up to the unit closing the quotation ("”")."""
        out: set[int] = set()
        for idx in citing:
            doc_id = self.units.doc_of[idx]
            ids = self.doc_units.get(doc_id, [])
            k = bisect.bisect_left(self.doc_starts.get(doc_id, []), self.units.starts[idx])
            if k + 1 >= len(ids) or ids[k] != idx or not _INTRODUCES.search(self.units[idx].text):
                continue
            if not self.units[ids[k + 1]].text.lstrip(" *_-").startswith("“"):
                if _AS_FOLLOWS.search(self.units[idx].folded):
                    out.update(self._unmarked_quotation(ids[k + 1 : k + 1 + _UNMARKED_UNITS]))
                continue
            depth = 0
            for following in ids[k + 1 : k + 1 + _MAX_QUOTED_UNITS]:
                text = self.units[following].text
                depth += text.count("“") - text.count("”")
                out.add(following)
                if depth <= 0:
                    break
        return out - citing

    def _unmarked_quotation(self, following: Sequence[int]) -> list[int]:
        """The units of a quotation no "“" opens ("Theo Điều 5 Thông tư 16/2024/TT-BCA có quy
        định như sau:" / "1. Thẻ căn cước hình chữ nhật, chiều rộng 53,98mm ..."): those after
        the unit introducing it, up to the one where the citing text speaks again ("Như vậy,
        theo quy định nêu trên ...") or introduces another quotation."""
        quoted: list[int] = []
        for idx in following:
            unit = self.units[idx]
            if _SPEAKS_AGAIN.search(unit.folded) or _INTRODUCES.search(unit.text):
                break
            quoted.append(idx)
        return quoted

    def _citations_of(self, numbers: Sequence[str]) -> list[int]:
        """Positions in ``citations`` of the rows citing one of ``numbers``
        (:func:`number_matches`), in order: a number's matches share its key as a prefix, so
        they are looked up in the sorted keys rather than compared with every row."""
        if self._citation_keys is None:
            by_key: dict[str, list[int]] = {}
            for k, row in enumerate(self.citations):
                by_key.setdefault(number_key(row.citation.number), []).append(k)
            self._citation_keys = (sorted(by_key), by_key)
        keys, by_key = self._citation_keys
        found: set[int] = set()
        for asked in {number_key(n) for n in numbers} - {""}:
            at = bisect.bisect_left(keys, asked)
            while at < len(keys) and keys[at].startswith(asked):
                if number_keys_match(asked, keys[at]):
                    found.update(by_key[keys[at]])
                at += 1
        return sorted(found)

    # -- documents -----------------------------------------------------------------------------
    # Short forms of place names that documents write in full ("TP HCM").
    _PLACE_ALIASES = {"hcm": "ho chi minh", "tphcm": "ho chi minh", "hn": "ha noi"}

    def place_key(self, name: str) -> str:
        """A place name folded, with its common short forms written out ("hcm")."""
        return " ".join(self._PLACE_ALIASES.get(w, w) for w in plain(name).split())

    def plain_text(self, doc_id: str) -> str:
        """The document's folded text (lower case, no diacritics, blanks collapsed)."""
        return self._folded_texts().get(doc_id, "")

    def written_words(self, doc_id: str) -> frozenset[str]:
        """The folded words a document writes, read once per document and kept with the corpus
        (a module-level cache would keep a swapped-out index alive)."""
        found = self._written.get(doc_id)
        if found is None:
            found = self._written[doc_id] = frozenset(TOKEN.findall(self.plain_text(doc_id)))
        return found

    def toned_text(self, doc_id: str) -> str:
        """The document's text in lower case with its marks (NFC, one tone placement), read
        once per document and kept with the corpus."""
        found = self._toned.get(doc_id)
        if found is None:
            found = self._toned[doc_id] = match_key(self.texts.get(doc_id, ""))
        return found

    def _folded_texts(self) -> dict[str, str]:
        """Every document's folded text, read from the index on first use."""
        if self._plain_texts is None:
            self._plain_texts = self.reader.plain_texts()
        return self._plain_texts

    def docs_naming(self, name: str) -> set[str]:
        """Documents whose text names the place ``name`` (folded, whole words)."""
        return self.docs_writing(self.place_key(name))

    def docs_writing(self, key: str) -> set[str]:
        """Documents whose folded text holds ``key`` (folded) as whole words."""
        found = self._naming.get(key)
        if found is None:  # one search of every document's text per name and version
            pattern = whole_words(key)
            found = frozenset(d for d, t in self._folded_texts().items() if pattern.search(t))
            if len(self._naming) < _NAMING_CACHE:
                self._naming[key] = found
        return set(found)

    def common_words(self, name: str) -> bool:
        """The documents write the folded place ``name`` mostly without a unit word before it
        ("tien luong": "tiền lương" hundreds of times, "xã Tiên Lương" a few): typed bare and
        without capitals, those words are more likely the common ones than the place."""
        found = self._common.get(name)
        if found is None:
            text, cased = self._joined_texts()
            # every " name" found by a literal search (fast), then the few characters before each
            # looked at: one regex led by the unit words' alternation took 40-85 ms a name
            total = after_unit = name_cased = 0
            needle = " " + name
            at = text.find(needle)
            while at >= 0:
                total += 1
                end = at + len(needle)
                # a unit word counts before a name written as one ("phường An Phong", "XÃ AN
                # PHONG"), not before common words its folding shares ("phương án phòng")
                if (
                    (end == len(text) or not _WORD_CHAR.match(text, end))
                    and not cased[at + 1].islower()
                    and _UNIT_ENDS.search(text, max(0, at - _UNIT_REACH), at)
                ):
                    after_unit += 1
                if _written_as_name(cased[at + 1 : end]) and not _longer_name(cased, at + 1, end):
                    name_cased += 1
                at = text.find(needle, at + 1)
            # a place the documents write as a name without a unit word (in lists of provinces,
            # "Sở Y tế Khánh Hòa") is no common phrase, however seldom a unit word precedes it
            found = (
                total > 0
                and after_unit < _PLACE_SHARE * total
                and name_cased < _NAME_CASE_SHARE * total
            )
            if len(self._common) < _NAMING_CACHE:
                self._common[name] = found
        return found

    def _joined_texts(self) -> tuple[str, str]:
        """Every document's text folded (lower case, no marks, spaces collapsed) and joined, and
        the same text with its letters' case kept: one offset is one character in both."""
        if self._joined_plain is None or self._joined_cased is None:
            cased = " " + " ".join(_unmarked(self.texts[d]) for d in self._folded_texts())
            lowered = cased.lower()
            if len(lowered) != len(cased):  # a letter whose lower case is longer: no case cues
                cased = lowered
            self._joined_plain, self._joined_cased = lowered, cased
        return self._joined_plain, self._joined_cased

    def doc_has_year(self, doc_id: str, year: int) -> bool:
        """The document's date, title or own number ("21/2025/TT-BGDĐT", the year of a document
        whose header writes no date) says ``year``."""
        meta = self.documents[doc_id].meta
        return str(year) in f"{meta.date or ''} {meta.title or ''} {meta.number or ''}"

    def heading_inside(self, unit: Unit) -> int | None:
        """Where a section heading opens inside ``unit``'s span, past its start, or None: a
        table row the conversion ran on into the next section's heading (a procedure's last
        "Tổng thời gian" cell followed by "Quy trình số: 02 ..." and the next table's header)."""
        starts = self._section_starts.get(unit.doc_id)
        if starts is None:
            starts = sorted(s.start for s in self.sections.get(unit.doc_id, []))
            self._section_starts[unit.doc_id] = starts
        k = bisect.bisect_right(starts, unit.start)
        if k < len(starts) and starts[k] < unit.end:
            return starts[k]
        return None

    def next_unit(self, unit: Unit) -> Unit | None:
        """The unit after ``unit`` in its document and section (None at the end)."""
        starts = self.doc_starts.get(unit.doc_id, [])
        return self._neighbour(unit, bisect.bisect_right(starts, unit.start))

    def previous_unit(self, unit: Unit) -> Unit | None:
        """The unit before ``unit`` in its document and section (None at the start)."""
        starts = self.doc_starts.get(unit.doc_id, [])
        return self._neighbour(unit, bisect.bisect_left(starts, unit.start) - 1)

    def _neighbour(self, unit: Unit, k: int) -> Unit | None:
        """The ``k``-th unit of ``unit``'s document when it is in the same section."""
        ids = self.doc_units.get(unit.doc_id, [])
        if not 0 <= k < len(ids):
            return None
        other = self.units[ids[k]]
        return other if other.section == unit.section else None

    def table_rows(self, unit: Unit) -> list[Unit]:
        """The other rows of the table of the row ``unit``: the rows next to it in its
        document under the same headers (its context), in the document's order."""
        if unit.kind != "row":
            return []
        ids = self.doc_units.get(unit.doc_id, [])
        at = bisect.bisect_left(self.doc_starts.get(unit.doc_id, []), unit.start)
        if at >= len(ids) or ids[at] != unit.idx:
            return []
        rows: list[Unit] = []
        for step in (-1, 1):
            k = at + step
            while 0 <= k < len(ids):
                row = self.units[ids[k]]
                if row.kind != "row" or row.context_key != unit.context_key:
                    break
                rows.append(row)
                k += step
        return sorted(rows, key=lambda row: row.start)

    def synthetic_unit(self, doc_id: str, start: int, end: int) -> Unit:
        """A unit for any span of a document (a date line, a signature, a target cell)."""
        text = self.texts[doc_id][start:end]
        section = ""
        ids = self.doc_units.get(doc_id, [])
        starts = self.doc_starts.get(doc_id, [])
        k = bisect.bisect_right(starts, start) - 1
        if 0 <= k < len(ids):
            section = self.units[ids[k]].section
        folded = fold(text)
        return Unit(
            idx=-1,
            doc_id=doc_id,
            start=start,
            end=end,
            text=" ".join(text.split()),
            kind="text",
            section=section,
            cells=(),
            folded=folded,
            terms=frozenset(content_terms(folded)),
            context_terms=frozenset(),
            tterms=frozenset(content_terms(tone_key(text), True)),
            tcontext_terms=frozenset(),
            toned=tone_key(text),
            context_key="",
            context_toned="",
            context_folded="",
            heading="",
        )
