"""Localities: the place each document is about, and the places its text mentions.

A question naming a locality is answered from the documents of that place only; a locality the
corpus does not hold makes it unanswerable.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property

from indexer.analysis import ABBREVIATIONS
from indexer.normalize import in_capitals
from indexer.normalize import plain_key as plain
from indexer.places import UNIT_PATTERN
from indexer.store import DocumentRow
from qa_service.routing import LocalityMention

__all__ = ["Gazetteer", "build_gazetteer", "plain"]

logger = logging.getLogger(__name__)

_LOCALITY_IN_TEXT = re.compile(
    rf"(?<![\wÀ-ỹ])({UNIT_PATTERN})\s+"
    r"((?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,.;:?!()/]*)"
    r"(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\s,.;:?!()/]*){0,3})"
)

_CAPITAL = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ"
# "các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Quảng Trị, ...": a unit word, a few
# words, then a colon opening a list of the places meant
_PLACE_LIST_OPENS = re.compile(rf"(?<![\wÀ-ỹ])(?:{UNIT_PATTERN})[^.;:()]{{0,40}}:[ \t]*")
# One more place of a list: a comma, "và" or a line's dash before a capitalized run
_NEXT_PLACE = re.compile(
    rf"(?:\s*,\s*|\s+và\s+|\s*\n\s*-\s*)(?:{UNIT_PATTERN}\s+)?"
    rf"([{_CAPITAL}][^\s,.;:?!()/]*(?:\s+[{_CAPITAL}][^\s,.;:?!()/]*){{0,3}})"
)
_FIRST_PLACE = re.compile(rf"[{_CAPITAL}][^\s,.;:?!()/]*(?:\s+[{_CAPITAL}][^\s,.;:?!()/]*){{0,3}}")
_TIMES_LISTED = 2  # lists a document names a place in before it counts as mentioned
_LIST_PLACES = 40  # a list of more names is no list of places (a table, a list of persons)


def _listed_places(text: str, at: int) -> list[str]:
    """The capitalized runs that continue a list of places from ``at`` ("tỉnh Khánh Hòa và Đắk
    Lắk", "các tỉnh: Gia Lai, Đắk Lắk và Khánh Hòa"), as written; the caller keeps those some
    document writes as a place."""
    runs: list[str] = []
    while len(runs) < _LIST_PLACES:
        match = _NEXT_PLACE.match(text, at)
        if match is None:
            break
        runs.append(match.group(1))
        at = match.end()
    return runs


# Capitalized words that follow a unit word in running text but are not part of a place name
# ("tỉnh Ban hành", "Xã Hội Chủ Nghĩa", "thị xã Hương Trà Triển khai").
_NOT_PLACE_WORDS = """
    ban hanh hoi chu nghia trien khai thuc hien khoa giai doan i ii iii iv v vi phe duyet noi vu
    co uy nhan dan ve va cua theo tai nam nhiem ky dang bo quyet dinh ke hoach bao cao so tren
    dia cac
    """
_NOT_PLACE = frozenset(_NOT_PLACE_WORDS.split())
_LOCAL_UNITS = ("huyen", "thi xa", "thanh pho", "quan")  # a document's own level of government


# Words that end a capitalized run after two name words: the run went on into the next
# sentence or line ("tỉnh Đắk Lắk\nCăn cứ", "Đồng Nai Ngày", "Bắc Giang Sửa đổi"). Accented,
# so that a name syllable written alike without its marks is not cut.
_NAME_ENDER_WORDS = "căn cục công ngày quý sửa nước chiều trong không tách chợ thời kính gửi về xét"
_NAME_ENDERS = frozenset(_NAME_ENDER_WORDS.split())
_MARKUP = re.compile(r"[*_`“”\"'‘’]+")


def _place_name(raw: str) -> str | None:
    """Folded place name from a capitalized run, trailing non-name words dropped; ≥ 2 words."""
    words: list[str] = []
    for word in _MARKUP.sub(" ", raw).split():
        folded = plain(word)
        if folded in _NOT_PLACE or (len(words) >= 2 and word.lower() in _NAME_ENDERS):
            break
        words.append(folded)
    return " ".join(words) if len(words) >= 2 else None


def _single_name(raw: str) -> str | None:
    """Folded one-word name of a capitalized run ("Huế" of "thành phố Huế"), None otherwise."""
    words = _MARKUP.sub(" ", raw).split()
    if not words or (len(words) > 1 and plain(words[1]) not in _NOT_PLACE):
        return None
    folded = plain(words[0])
    return None if folded in _NOT_PLACE or in_capitals(words[0]) else folded


_WORD = re.compile(r"[^\W\d_]+")
_NAME_BREAK = re.compile(r"[(),;:]")  # between two words: the second starts a name
# Written as typed, accented or not ("Trần" is a surname, "trấn" a unit word).
_UNIT_WORD_LIST = """
    tỉnh thành phố huyện quận xã phường thị trấn đặc khu tp ubnd hđnd sở
    tinh thanh pho huyen quan xa phuong thi tran dac khu hdnd so
    """
_UNIT_WORDS = frozenset(_UNIT_WORD_LIST.split())
# The second word of a two-word unit, folded, with its first: "trấn" is a unit word only in
# "thị trấn" ("Tran Hong Ha" typed without accents is Trần Hồng Hà, a person)
_SECOND_WORDS = {"tran": "thi", "pho": "thanh", "khu": "dac"}
# Nouns that make the name after them a road, a bridge, a river, a doctrine or a person's
# title, not a locality ("đường Hồ Chí Minh", "tư tưởng Hồ Chí Minh").
_FEATURE_HEAD_WORDS = "duong cau song nui deo ham cang tuong tich ong ba"
_FEATURE_HEADS = frozenset(_FEATURE_HEAD_WORDS.split())
# The administrative units a place name follows, folded ("tp" is written for "thành phố")
UNIT_NAMES = ("thanh pho", "tinh", "huyen", "quan", "thi xa", "thi tran", "xa", "phuong", "dac khu")
# The last word of a unit ("thanh pho", "thi xa", "xa", ...): a name right after it is written
# as a place
_UNIT_TAILS = frozenset({name.split()[-1] for name in UNIT_NAMES} | {"tp"})


def _typed_as_unit_tail(word: str) -> bool:
    """``word`` (as typed) ends a unit: folded, a unit's last word; typed with marks, a unit
    word with those marks ("phường", not "phương" of "phương án"; "xã", not "xa")."""
    return plain(word) in _UNIT_TAILS and (
        word.lower() in _UNIT_WORDS or plain(word) == word.lower()
    )


_MAX_NAME_WORDS = 5
# A place typed as one word: its words glued ("DakLak", "hanoi"), or the initials of a name of
# five words or more that documents are of, its unit's with them ("TPHCM", "tphcm" of "thành phố
# Hồ Chí Minh"). Shorter initials stand for too many things ("HN", "ĐN", "cac" of some "Cẩm An
# Châu"); "TP.HCM", "TP HCM" are read as a unit word and a word the documents write.
_GLUED_MIN_LETTERS = 5
_INITIALS_MIN_WORDS = 5
# A name typed in capitals right after a unit word ("tỉnh BN", "TP. CT"): the initials of a
# name of two to four words that documents are of, when they spell no other such name. The
# unit word says a place is meant, which two letters alone do not (:func:`initials_after_unit`).
_UNIT_INITIALS_WORDS = (2, 4)
_LEADING_UNIT = re.compile(rf"(?:{'|'.join(UNIT_NAMES)}) ")


@dataclass(frozen=True)
class Gazetteer:
    """Folded locality names → ids of the documents of that place / that mention it."""

    own: Mapping[str, frozenset[str]]
    mentioned: Mapping[str, frozenset[str]]
    known_names: tuple[str, ...]  # longest first

    @cached_property
    def _known(self) -> frozenset[str]:
        return frozenset(self.known_names)

    @cached_property
    def _one_word_spellings(self) -> tuple[Mapping[str, str], Mapping[str, str]]:
        """(glued spelling → name, initials → name) of the known names, each spelling kept
        only when it stands for one name and is no known name or other abbreviation itself."""

        def bare(name: str) -> str:
            """The name without its unit ("thanh pho ho chi minh" → "ho chi minh") when the
            documents know it so, a place's own documents being kept under both."""
            unit = _LEADING_UNIT.match(name)
            rest = name[unit.end() :] if unit else ""
            return rest if rest in self._known else name

        glued: dict[str, str | None] = {}
        for name in self.known_names:
            words = name.split()
            if len(words) >= 2 and len(spelled := "".join(words)) >= _GLUED_MIN_LETTERS:
                target = bare(name)
                glued[spelled] = target if glued.get(spelled, target) == target else None
        initials: dict[str, str | None] = {}
        for name in self.own:
            words = name.split()
            if len(words) >= _INITIALS_MIN_WORDS:
                spelled, target = "".join(word[0] for word in words), bare(name)
                initials[spelled] = target if initials.get(spelled, target) == target else None

        def kept(spellings: dict[str, str | None]) -> dict[str, str]:
            out: dict[str, str] = {}
            for spelled, name in spellings.items():
                expansion = ABBREVIATIONS.get(spelled)
                if name is None or spelled in self._known:
                    continue
                if expansion is not None and not plain(expansion).endswith(name):
                    continue  # "kcn" is khu công nghiệp, whatever place shares its letters
                out[spelled] = name
            return out

        return kept(glued), kept(initials)

    @cached_property
    def _short_initials(self) -> Mapping[str, str]:
        """Initials → the one name of two to four words that documents are of spelling them
        ("bn" → "bac ninh"); initials two such names share ("qn") are left out."""
        low, high = _UNIT_INITIALS_WORDS
        spelled: dict[str, str | None] = {}
        for name in self.own:
            words = name.split()
            if low <= len(words) <= high and not _LEADING_UNIT.match(name):
                letters = "".join(word[0] for word in words)
                spelled[letters] = name if spelled.get(letters, name) == name else None
        return {letters: name for letters, name in spelled.items() if name is not None}

    def initials_after_unit(self, typed: str) -> str | None:
        """The place whose initials a word typed in capitals after a unit word spells
        ("BN" in "tỉnh BN" → "bac ninh"), or None: the word must be capitals only and no
        abbreviation of the lexical table ("TTHC")."""
        if len(typed) < 2 or not typed.isupper() or not typed.isalpha():
            return None
        folded = plain(typed)
        if folded in ABBREVIATIONS or typed.lower() in ABBREVIATIONS:
            return None
        return self._short_initials.get(folded)

    def spelled_places(self, text: str) -> dict[str, tuple[str, ...]]:
        """The places ``text`` types as one word ("TPHCM", "DakLak"), each with its one-word
        spellings folded: the one typed and its name's words glued (a document may write it so
        too)."""
        found: dict[str, dict[str, None]] = {}
        for word in _words_not_after_feature(text):
            name = self.one_word_place(word)
            if name is not None:
                spellings = found.setdefault(name, {})
                spellings.setdefault(plain(word), None)
                spellings.setdefault("".join(name.split()), None)
        return {name: tuple(spellings) for name, spellings in found.items()}

    def one_word_place(self, word: str) -> str | None:
        """The known name a single typed word spells (glued or as initials), or None."""
        folded = plain(word)
        glued, initials = self._one_word_spellings
        return glued.get(folded) or initials.get(folded)

    def places_in(self, text: str, common: Callable[[str], bool] | None = None) -> list[str]:
        """Known names that ``text`` (a question as typed) uses as a place, longest first at
        each word. Where the writer capitalizes names, a place is written capitalized and is
        not the tail of a longer proper name ("Trần Hồng Hà", "Công ty Jaks Hải Dương"); a
        name after a road, river or title word ("đường Hồ Chí Minh") is not a place. Where
        the writer capitalizes nothing, a name that ``common`` says the documents mostly write
        as common words ("tien luong": "tiền lương", seldom the commune Tiên Lương) is a place
        only after a unit word ("xa tien luong")."""
        matches = list(_WORD.finditer(text))
        words = [m.group() for m in matches]
        # "... Tĩnh Gia (Thanh Hóa)", "Thuế Bắc Ninh, Khánh Hòa": a bracket or a list mark
        # before a word starts another name
        opens = {
            i
            for i in range(1, len(matches))
            if _NAME_BREAK.search(text, matches[i - 1].end(), matches[i].start())
        }
        folded = [plain(w) for w in words]
        # acronyms in capitals ("HDND", "DBQH", "XVI") are typed by writers who capitalize
        # no names as well; a writer who does not capitalize the question's first word
        # ("thanh hoa uy quyen ... Chu tich UBND") capitalizes a title here and there, not
        # every name, so a lower-case name is no sign of common words
        cased = bool(words) and not words[0][0].islower()
        cased = cased and any(w[0].isupper() and not w.isupper() for w in words[1:])
        found: list[str] = []
        after_place = -1  # the word right after the last place found
        i = 0
        while i < len(words):
            after_unit = i > 0 and _typed_as_unit_tail(words[i - 1])  # "xa tien luong"
            for n in range(min(_MAX_NAME_WORDS, len(words) - i), 0, -1):
                name = " ".join(folded[i : i + n])
                # "Khánh Hòa Đắk Lắk Gia Lai": a known name right after a place starts the next
                # place of a list typed without commas, not the tail of a longer name
                if (
                    name in self._known
                    and _used_as_place(
                        words, folded, i, n, cased, opens=i in opens or i == after_place
                    )
                    and (cased or common is None or after_unit or not common(name))
                    and (cased or after_unit or not self._shadows_own_place(folded, i, n))
                ):
                    found.append(name)
                    i += n
                    after_place = i
                    break
            else:
                i += 1
        return list(dict.fromkeys(found))

    def _shadows_own_place(self, folded: list[str], i: int, n: int) -> bool:
        """The name of ``n`` words at word ``i`` is one no document is of, and its first words
        name a place documents are of: typed bare, "phu tho quy che" is the province Phú Thọ
        before "quy chế", not a commune "Phú Thọ Quý" some text only mentions."""
        if n < 2 or self.own.get(" ".join(folded[i : i + n])):
            return False
        return any(self.own.get(" ".join(folded[i : i + k])) for k in range(1, n))

    def typed_after_unit(self, text: str, name: str) -> bool:
        """``text`` (a question as typed) writes the known ``name`` right after a unit word
        ("tỉnh Lạng Sơn", "tp can tho") at least once."""
        words = _WORD.findall(text)
        folded = [plain(w) for w in words]
        size = len(name.split())
        return any(
            " ".join(folded[i : i + size]) == name and _typed_as_unit_tail(words[i - 1])
            for i in range(1, len(folded) - size + 1)
        )

    def resolve(self, mention: LocalityMention) -> str | None:
        """The longest known name the mention starts with ("huong khe ha tinh" → "huong khe")."""
        words = mention.name.split()
        for k in range(len(words), 0, -1):
            name = " ".join(words[:k])
            if name in self.own or name in self.mentioned:
                return name
        return None

    def first(self, folded: str) -> str | None:
        """The known locality name that occurs first in ``folded`` as whole words (None if none
        does): "an phong" is not in "van phong"."""
        best: tuple[int, str] | None = None
        for name in self.known_names:
            at = _whole_words_at(folded, name)
            if at >= 0 and (best is None or at < best[0]):
                best = (at, name)
        return best[1] if best else None


def _words_not_after_feature(text: str) -> list[str]:
    """The words of ``text`` but those right after a road, river or title word ("đường
    TPHCM" would be a road, not the city)."""
    words = _WORD.findall(text)
    return [w for i, w in enumerate(words) if i == 0 or plain(words[i - 1]) not in _FEATURE_HEADS]


def _whole_words_at(folded: str, name: str) -> int:
    """Where ``name`` first occurs in ``folded`` with no letter or digit joined to either end,
    or -1."""
    at = folded.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not folded[at - 1].isalnum()) and (
            end == len(folded) or not folded[end].isalnum()
        ):
            return at
        at = folded.find(name, at + 1)
    return -1


def _used_as_place(
    words: list[str], folded: list[str], i: int, n: int, cased: bool, *, opens: bool = False
) -> bool:
    if cased and not all(w[0].isupper() for w in words[i : i + n]):
        return False
    # a name is written with each word capitalized or none: "Tiền lương" opening a question is
    # no "Tiên Lương" (the first word of a sentence is capitalized whatever it is)
    if words[i][0].isupper() and any(not w[0].isupper() for w in words[i + 1 : i + n]):
        return False
    if i == 0:
        return True
    before, before_folded = words[i - 1], folded[i - 1]
    if before_folded in _FEATURE_HEADS:
        return False
    # the tail of a longer capitalized name, unless that word is a unit or an acronym
    head = _SECOND_WORDS.get(before_folded)
    unit_word = before.lower() in _UNIT_WORDS and (
        head is None or (i >= 2 and folded[i - 2] == head)
    )
    return opens or not (
        cased
        and before[0].isupper()
        and not before.isupper()
        and not unit_word
        and not _ends_a_department(words, folded, i)
    )


_DEPARTMENT = "so"  # "Sở": a province's department, named by its field, then its province
_DEPARTMENT_WORDS = 7  # words of a department's field before its province, at most


def _ends_a_department(words: list[str], folded: list[str], i: int) -> bool:
    """The name the place at word ``i`` ends opens with "Sở" a few words before ("Sở Công
    Thương Đắk Lắk", "Sở Văn hóa, Thể thao và Du lịch Bắc Ninh"): a department is named after
    its province, which the name writes as a place, unlike a company ("Công ty Jaks Hải
    Dương")."""
    return any(
        folded[k] == _DEPARTMENT and words[k][0].isupper()
        for k in range(max(0, i - _DEPARTMENT_WORDS), i)
    )


def build_gazetteer(documents: Mapping[str, DocumentRow], texts: Mapping[str, str]) -> Gazetteer:
    """Each document's own place (metadata, issuer, title, else the district its text names
    most) and the places its text mentions."""
    own_docs: dict[str, set[str]] = {}
    mentioned_docs: dict[str, set[str]] = {}
    # Names written in capitals (a title, a heading) may be common nouns ("CÁC XÃ ÁP DỤNG"):
    # kept only when some document writes the same name as a name (metadata or running text).
    capital_names: dict[str, list[tuple[str, str]]] = {}  # doc id → (name, "own" or "")
    written: set[str] = set()
    single_names: dict[str, set[str]] = {}  # one-word names after a unit word → documents
    for doc_id, row in documents.items():
        meta = row.meta
        own: set[str] = set()
        if meta.place:  # "Thành phố Huế, ngày ..." is the place Huế
            place = plain(meta.place)
            own.add(place)
            unit = _LEADING_UNIT.match(place)
            if unit and place[unit.end() :]:
                own.add(place[unit.end() :])
        counts: dict[str, int] = {}
        local: dict[str, int] = {}
        listed: list[str] = []  # capitalized runs listed after a place (_listed_places)
        sources = [(meta.issuer or "", True), (meta.title or "", True), (texts[doc_id], False)]
        for source, about_itself in sources:
            for match in _LOCALITY_IN_TEXT.finditer(source):
                name = _place_name(match.group(2))
                if not name:
                    single = _single_name(match.group(2))
                    if single and not about_itself:
                        single_names.setdefault(single, set()).add(doc_id)
                    continue
                if in_capitals(match.group(2)):
                    capital_names.setdefault(doc_id, []).append(
                        (name, "own" if about_itself else "")
                    )
                    continue
                written.add(name)
                if about_itself:
                    own.add(name)
                    continue
                counts[name] = counts.get(name, 0) + 1
                if plain(match.group(1)) in _LOCAL_UNITS:
                    local[name] = local.get(name, 0) + 1
                listed.extend(_listed_places(source, match.end()))
        # the places a unit word lists after a colon or after its first name are mentioned as
        # much as that first one ("Công điện ... các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai")
        text = texts[doc_id]
        for match in _PLACE_LIST_OPENS.finditer(text):
            first = _FIRST_PLACE.match(text, match.end())
            if first is not None:
                listed.append(first.group())
                listed.extend(_listed_places(text, first.end()))
        times_listed: dict[str, int] = {}
        for raw in listed:
            name = _place_name(raw)
            if name:
                times_listed[name] = times_listed.get(name, 0) + 1
        for name, times in times_listed.items():
            # a place listed once is an example in passing ("các tỉnh như: Lào Cai, Lạng Sơn,
            # ..."); one the document lists again is one it addresses. Kept below only if some
            # document writes it after a unit word
            if times >= _TIMES_LISTED:
                capital_names.setdefault(doc_id, []).append((name, ""))
        written |= own
        if not own and local:  # no header: the district or town the text names most
            own.add(max(local, key=local.__getitem__))
        for name in own:
            own_docs.setdefault(name, set()).add(doc_id)
        for name in counts:
            mentioned_docs.setdefault(name, set()).add(doc_id)
    for doc_id, names in capital_names.items():
        for name, role in names:
            if name in written:
                target = own_docs if role == "own" else mentioned_docs
                target.setdefault(name, set()).add(doc_id)
    # "Kính gửi: Thuế thành phố Huế": a one-word name is a mention of the place some document
    # is of (its metadata says so), not of a word that happens to follow a unit word
    for name, docs in single_names.items():
        if name in own_docs:
            mentioned_docs.setdefault(name, set()).update(docs - own_docs[name])
    return Gazetteer(
        own={k: frozenset(v) for k, v in own_docs.items()},
        mentioned={k: frozenset(v) for k, v in mentioned_docs.items()},
        known_names=tuple(sorted(set(own_docs) | set(mentioned_docs), key=len, reverse=True)),
    )
