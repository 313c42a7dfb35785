"""Question routing: what kind of answer a question wants, and the constraints it names.

Everything here is pure and fast (no index, no model): a question is folded (NFC, one tone
placement, lower case, diacritics removed, abbreviations expanded) so that "Quyết định nào ..."
"quyet dinh nao ..." and "QĐ nào ..." route alike. The intent is found with ordered keyword
patterns (first match wins, most specific first); constraints (years, localities, document
numbers, document types, periods) are read with regular expressions.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from indexer.matching import (
    QUESTION_ABBREVIATIONS,
    STOP_WORDS,
    STOP_WORDS_TONED,
    content_terms,
    expand_abbreviations,
    fold,
    key,
    tone_key,
)
from indexer.normalize import match_key, nfc, strip_diacritics
from indexer.places import ADMINISTRATIVE_UNITS

__all__ = [
    "ASKS_A_RELATED_DOCUMENT",
    "ASKS_THE_RELATING_DOCUMENT",
    "DOCUMENT_KINDS",
    "INTENTS",
    "SCORE_WORD",
    "STOP_WORDS",
    "STOP_WORDS_TONED",
    "LocalityMention",
    "Route",
    "accent_ratio",
    "content_terms",
    "expand_abbreviations",
    "fold",
    "key",
    "route_question",
    "tone_key",
]

logger = logging.getLogger(__name__)
_SPACES = re.compile(r"\s+")

INTENTS = (
    "decision",  # which document decided, approved, planned or implemented X
    "figure",  # bao nhiêu, tỷ lệ, mấy, số lượng
    "target",  # chỉ tiêu, mục tiêu, phấn đấu
    "score",  # điểm, xếp hạng, xếp thứ
    "signer",  # ai ký
    "date",  # ngày nào, khi nào (ban hành)
    "effective",  # có hiệu lực / áp dụng từ khi nào
    "deadline",  # thời hạn, trước ngày, chậm nhất
    "agency",  # cơ quan chủ trì, giao ai chủ trì, đơn vị nào chịu trách nhiệm
    "basis",  # căn cứ văn bản nào
    "citing",  # văn bản nào trong kho viện dẫn X
    "list",  # những văn bản nào được viện dẫn
    "compare",  # so sánh ... giữa / qua các năm
    "general",
)


def accent_ratio(text: str) -> float:
    """Share of syllables written with a Vietnamese mark (0.0 for text typed without accents)."""
    syllables = [w for w in re.findall(r"[^\W\d_]+", nfc(text)) if len(w) > 1]
    if not syllables:
        return 0.0
    return sum(1 for w in syllables if strip_diacritics(w) != w) / len(syllables)


@dataclass(frozen=True)
class LocalityMention:
    """A place the question names: ``unit`` ("huyen", "thi xa", ...) and folded ``name``.

    ``certain`` is False when the name was guessed from lower-case words after a unit
    ("huyen ky anh"): the answerer only treats such a guess as a constraint when no known
    locality matches it.
    """

    unit: str
    name: str
    certain: bool


@dataclass(frozen=True)
class Route:
    question: str  # NFC, whitespace collapsed
    intent: str
    folded: str
    terms: tuple[str, ...]  # content syllables without localities, toned when ``accented``
    accented: bool  # typed with diacritics: match words with their marks
    years: tuple[int, ...]  # single years ("năm 2023"); those of a range are in ``ranges``
    ranges: tuple[tuple[int, int], ...]  # "giai đoạn 2021-2030"
    localities: tuple[LocalityMention, ...]
    doc_numbers: tuple[str, ...]  # as written ("1941/QĐ-UBND") or bare after a type ("496")
    doc_types: tuple[str, ...]  # requested kinds of document: "quyet dinh", "ke hoach", ...
    periods: tuple[str, ...]  # "quy i", "6 thang", ...
    query: str  # retrieval query: the question plus abbreviation variants

    @property
    def keyed(self) -> str:
        """The question in the matching form of its ``terms``."""
        return key(self.question, self.accented)

    @property
    def unnumbered(self) -> str:
        """The question with its document numbers blanked out: no year, word or place is read
        inside one ("QĐ 1949/QĐ-UBND", "838/CCTKV.XII-NVDTPC.HUE")."""
        return _without(self.question, self.doc_numbers)


# The kinds of document a question can ask for or name, folded: the one list that routing,
# which-document, issue-date and abstention rules read.
DOCUMENT_KINDS = (
    "quyet dinh", "ke hoach", "bao cao", "nghi quyet", "nghi dinh", "chi thi", "cong van",
    "thong tu", "thong bao", "chuong trinh", "ket luan", "de an", "huong dan", "to trinh",
    "cong dien", "luat",
)  # fmt: skip

# Any document a question names by its kind, or "văn bản" (folded)
_ANY_DOCUMENT = rf"(?:van ban|{'|'.join(DOCUMENT_KINDS)})"
# What one document does to another ("thay thế", "bãi bỏ", ...), folded
_RELATIONS = "thay the|bai bo|sua doi|bo sung|huy bo|dinh chinh"

# "... thay thế quyết định nào", "làm hết hiệu lực nghị quyết nào", "ý kiến thẩm định nằm ở báo
# cáo số mấy": the document asked for is the object of a relation the question names — one the
# described document cites, not that document itself (folded)
ASKS_A_RELATED_DOCUMENT = re.compile(
    rf"\b(?:{_RELATIONS}|het hieu luc|de nghi tai|o|tai)"
    rf" {_ANY_DOCUMENT}(?: so)? (?:nao|gi|so may|may)\b"
)

# "Văn bản nào (đã) thay thế QĐ 800/QĐ-UBND", "QĐ 13/2024 bị bãi bỏ bởi văn bản nào": the
# document asked for is the subject of the relation — one that cites the named document, whose
# own number answers, not another document its sentence cites beside it (folded)
_DONE_TO = f"{_RELATIONS}|lam het hieu luc"
ASKS_THE_RELATING_DOCUMENT = re.compile(
    rf"\b{_ANY_DOCUMENT}(?: so)? nao (?:(?:da|se|duoc) )?(?P<verb>{_DONE_TO})\b"
    rf"|\b(?:bi|duoc) (?P<passive>{_DONE_TO})(?: boi| tai| theo)? {_ANY_DOCUMENT}(?: so)? nao\b"
)

# "điểm" asked for (a score), not "thời điểm", "địa điểm", nor what a value is used for ("tính
# điểm"), folded
SCORE_WORD = r"(?<!thoi )(?<!dia )(?<!tinh )\bdiem\b"

# ---------------------------------------------------------------- intents

# Each pattern runs on the folded question (abbreviations expanded). Order = priority.
_INTENT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (intent, re.compile(pattern))
    for intent, pattern in (
        (
            "compare",
            r"\bso sanh\b|\bqua cac (nam|ky|giai doan)\b|\bchenh lech\b|\bkhac nhau\b"
            r"|\bgiua (cac|hai|2) (huyen|dia phuong|ke hoach|van ban|nam|don vi)\b"
            # "biến động" asked as one value ("... bằng bao nhiêu") is no comparison
            r"|\bthay doi (the nao|ra sao) qua\b|\bbien dong\b(?!.*\bbao nhieu\b)",
        ),
        (
            "citing",  # which documents cite X ("được viện dẫn" asks what X cites: "list")
            r"\bnao\b(?:(?!\bduoc\b).)*\b(vien dan|dan chieu|trich dan|nhac (den|toi)"
            r"|can cu(?: vao| theo)?)\s+(?:den\s+)?(?:bo luat|luat|nghi dinh|quyet dinh|thong tu"
            r"|nghi quyet|ke hoach|chi thi|cong van|van ban so|\d)"
            # "QĐ 3361 được những văn bản nào trích dẫn?": cited by which documents
            r"|\bduoc (?:nhung |cac )?(?:van ban|quyet dinh|ke hoach|nghi quyet|cong van) nao"
            r" (?:vien dan|trich dan|dan chieu|can cu|nhac (?:den|toi))\b"
            # "Công văn nào của Cục Thuế trả lời công văn 838/...": a reply cites what it answers
            r"|\b(?:nao|so may)\b(?:(?!\bduoc\b).)*\btra loi (?:cong van|van ban|to trinh)"
            r" (?:so )?\d",
        ),
        (
            "list",
            r"\b(nhung|cac) (van ban|quyet dinh|ke hoach|nghi quyet|nghi dinh|chi thi|cong van"
            r"|thong tu|can cu)\b.*\b(nao|gi)\b|\bliet ke\b|\bvien dan\b"
            r"|\bdanh (sach|muc) (cac )?(van ban|quyet dinh|ke hoach|can cu)\b.*\b(nao|gi)\b"
            r"|\b(nhung|cac) can cu\b",
        ),
        # "do ai chủ trì" asks for a body, not a signer: every form says "ký"
        (
            "signer",
            r"\bai (da )?ky\b|\bnguoi ky\b|\bky boi\b|\bdo ai (da )?ky\b|\bky ten\b"
            # "PCT nào ký", "Chủ tịch HĐND nào ký": a person named by a position
            r"|\bnao (da )?ky\b(?! ket)"
            # "Chủ tịch UBND tỉnh ký quyết định ... là ai?": who the position that signed is
            rf"|\bky (?:ban hanh )?{_ANY_DOCUMENT}\b.*\bla ai\b",
        ),
        ("decision", ASKS_A_RELATED_DOCUMENT.pattern),
        (
            # unless a time limit is asked ("chậm nhất bao lâu sau khi ... có hiệu lực")
            "effective",
            r"^(?!.*\b(?:cham nhat|bao lau|thoi han|han chot)\b).*(?:\bhieu luc\b"
            r"|\b(bat dau )?(duoc )?ap dung (tu|ke tu) (ngay|khi|thoi diem) nao\b"
            r"|\bthi hanh (tu|ke tu) (ngay|khi)\b)",
        ),
        (
            "deadline",
            r"\bthoi han\b|\bhan chot\b|\bcham nhat\b|\btruoc ngay nao\b|\b(trong )?bao lau\b"
            r"|\bhan (nop|gui|hoan thanh|bao cao|cuoi)\b|\bmay ngay( lam viec)?\b"
            r"|\bthoi gian (giai quyet|thuc hien|hoan thanh)\b"
            r"|\b(trong )?bao nhieu (ngay|gio|tuan)( lam viec)?\b",
        ),
        (
            "agency",
            r"\bchu tri\b|\bco quan (nao|gi)\b|\bdon vi (nao|gi)\b|\bchiu trach nhiem\b"
            r"|\bphu trach\b|\bdau moi\b|\bgiao (cho )?(co quan|don vi|so|ai)\b"
            r"|(?<!van )(?<!can )(?<!ma )\b(so|ban|bo|cuc) nao\b"
            r"|\bai (thuc hien|tham muu|huong dan|to chuc)\b"
            r"|\bdo ai (chu tri|phu trach|thuc hien)\b|\b(phan cap|giao) cho cap nao\b"
            r"|\bai (duoc )?giao\b|\bgiao (cho )?ai\b",
        ),
        (
            # "căn cứ tính định mức ... là bao nhiêu": a value used as a basis, not a document
            "basis",
            r"^(?!.*\bbao nhieu\b).*\bcan cu\b"
            r"|\bdua (tren|vao) (van ban|quyet dinh|nghi dinh|luat|co so|cong van|thong tu"
            r"|nghi quyet|ke hoach|bao cao|chi thi|huong dan)\b[^?]*\b(nao|gi)\b",
        ),
        (
            # "Quyết định nào ... ban hành tỷ lệ ...": the document is asked for, whatever the
            # words of its subject ("tỷ lệ", "chỉ tiêu", "điểm"), unless a value is asked too
            "decision",
            r"^(?!.*\b(?:bao nhieu|ngay nao|khi nao|ai ky|la may)\b).*\b(?:quyet dinh|ke hoach"
            r"|van ban|nghi quyet|nghi dinh|chi thi|cong van|thong tu|thong bao|chuong trinh"
            r"|ket luan|de an|huong dan|cong dien)(?: so)? nao\b",
        ),
        (
            "date",
            r"\bngay nao\b|\bkhi nao\b|\bbao gio\b|\bthoi diem nao\b|\bngay thang nam nao\b"
            r"|\bngay bao nhieu\b|\bvao ngay\b.*\?$|\bthoi gian nao\b|\bhan chot\b"
            r"|\btruoc ngay nao\b|\bngay may\b|\b(?:vao|trong|tu|den) nam nao\b",
        ),
        (
            "target",
            r"\bchi tieu\b|\bmuc tieu\b|\bphan dau\b|\bphan dau\b|\bdat muc\b|\bke hoach dat\b"
            r"|\bdu kien dat\b|\bdinh huong den\b|\bden (?:nam )?\d{4}\b|\bphai dat\b",
        ),
        (
            "decision",  # "kế hoạch số bao nhiêu": a document number, not a figure
            r"\b(quyet dinh|ke hoach|van ban|nghi quyet|chi thi|cong van|bao cao|de an"
            r"|chuong trinh) (?:so )?(?:la )?(?:so )?(bao nhieu|may)\b",
        ),
        (
            "score",
            # "thời điểm", "địa điểm"; "tính điểm" names what a value is used for
            rf"{SCORE_WORD}|\bxep hang\b|\bxep thu\b|\bthu hang\b"
            r"|\bdung thu\b|\bvi tri (xep|thu)\b|\bthu bac\b",
        ),
        (
            "figure",
            r"\bbao nhieu\b|\bty le\b|\bti le\b|\bso luong\b|\btong so\b|\bcon so\b"
            r"|\bphan tram\b|%|\bmay (nhiem vu|ho so|van ban|thu tuc|cuoc|lop|sang kien|xa|don vi"
            r"|co quan|nguoi|cong chuc|vien chuc|can bo|tin|bai|doanh nghiep|phieu|lan|to)\b"
            r"|\b(co|la|dat|duoc|giao) may\b|\bmuc (do|ty le) dat\b|\bso (ho so|tthc|thu tuc"
            r"|nhiem vu|van ban|doanh nghiep|tin bai|phieu|cong chuc|vien chuc|bien che)\b",
        ),
        ("general", r"\b(ve )?noi dung (gi|nao)\b|\bve viec gi\b|\bnhu the nao\b|\bra sao\b"),
        (
            "decision",
            r"^(quyet dinh|ke hoach|nghi quyet|chi thi|cong van|de an|chuong trinh)\b"
            r"|\b(quyet dinh|ke hoach|van ban|nghi quyet|nghi dinh|chi thi|cong van|thong tu"
            r"|thong bao|chuong trinh|ket luan|de an|huong dan)( so)? nao\b|\bcan cu\b|\bso hieu\b"
            r"|\bban hanh kem theo\b|\bduoc ban hanh (theo|tai|boi)\b|\bvan ban gi\b"
            r"|\b(quyet dinh|ke hoach|van ban) gi\b|\bso may\b|\btheo (quyet dinh|van ban) nao\b",
        ),
    )
)


# "sở nào" (which department) and "số nào" (which number) fold alike; a question typed with
# marks tells them apart, and one that writes no "sở" asks no department by "so nao"
_WHICH_SO = re.compile(r"\bso (?=nao\b)")
_DEPARTMENT_TONED = re.compile(r"\bsở\b")


def _intent(folded: str, toned: str | None = None) -> str:
    """The first intent whose pattern ``folded`` matches; ``toned`` (the question with its marks,
    when typed with them) keeps "số nào" from reading as "sở nào"."""
    for intent, pattern in _INTENT_PATTERNS:
        text = folded
        if intent == "agency" and toned is not None and not _DEPARTMENT_TONED.search(toned):
            text = _WHICH_SO.sub("so_ ", folded)
        if pattern.search(text):
            return intent
    return "general"


# ---------------------------------------------------------------- constraints

_YEAR = re.compile(r"(?<![\d/.,])((?:19|20)\d{2})(?![\d/.,]\d)")
# "tháng 11/2025": a month, when the document was issued or the work done, no word the evidence
# must hold (as a term it matches document numbers: "11/2025/QĐ-UBND")
_MONTH = re.compile(r"\bthang ((\d{1,2})/(?:19|20)\d{2})\b")
_RANGE = re.compile(r"(?<![\d/.,])((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})(?![\d/.,]\d)")
# "552/KH-UBND", "48/2024/QH15", "4814/CCTKV.05-TTKT3": a symbol may end in digits (a
# legislature's term) and carry an office code after a dot (".05", ".XII", ".HUE").
_DOC_NUMBER = re.compile(
    r"(?<![\w/.])(\d{1,6}(?:\.\d{1,2})?(?:/\d{4})?/[A-Za-zĐđ&]+\d*(?:\.(?:\d+|[A-ZĐ]{1,6}))?"
    r"(?:[-–][A-Za-zĐđ0-9&]+(?:\.(?:\d+|[A-ZĐ]{1,6}))?)*"
    r"|\d{1,6}[-–][A-Za-zĐđ]+/[A-Za-zĐđ]+)",  # the party's symbol-first "66-NQ/TW"
    re.UNICODE,
)
# "luật" of "pháp luật" is no kind of document ("văn bản pháp luật nào")
_TYPE_ALT = "(?<!phap )(?:" + "|".join(sorted(DOCUMENT_KINDS, key=len, reverse=True)) + ")"
# "báo cáo 496", "quyết định số 11671": a bare number after a type word.
_BARE_NUMBER = re.compile(rf"\b({_TYPE_ALT}) (?:so )?(\d{{1,6}})(?![\d/.,-])")
# "công văn hướng dẫn nào": the first of two kind words is the kind, the second describes it
_ASKED_TYPE = re.compile(rf"\b({_TYPE_ALT})(?: (?:{_TYPE_ALT}))?(?: so)? (?:nao|gi)\b")
_PERIOD = re.compile(
    r"\bquy (i{1,3}|iv|[1-4])\b|\b(\d{1,2}) thang\b|\b(nua dau|nua cuoi) nam\b|\bca nam\b"
)
_ROMAN = {"1": "i", "2": "ii", "3": "iii", "4": "iv"}

_UNITS_CASED = (
    *ADMINISTRATIVE_UNITS,
    "TP.",
    "TP",
    "TX.",
    "TX",
)
_NAME_WORD = r"[^\W\d_][^\s,.;:?!()/]*"
_CASED_LOCALITY = re.compile(
    r"(?<![\wÀ-ỹ])(?i:("
    + "|".join(re.escape(u) for u in _UNITS_CASED)
    + rf"))\s+({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})"
)
_UNIT_FOLD = {
    "thanh pho": "thanh pho",
    "tp": "thanh pho",
    "tp.": "thanh pho",
    "thi tran": "thi tran",
    "thi xa": "thi xa",
    "tx": "thi xa",
    "tx.": "thi xa",
    "phuong": "phuong",
    "huyen": "huyen",
    "quan": "quan",
    "tinh": "tinh",
    "xa": "xa",
}
# Folded units unambiguous enough to guess a lower-case name after them.
_FOLDED_LOCALITY = re.compile(
    r"\b(thanh pho|thi tran|thi xa|tx|tp|huyen|tinh|phuong)\s+([a-z]+(?:\s+[a-z]+){0,2})"
)
# Words that cannot start a place name: a unit followed by one of them is generic ("huyện đã").
_NOT_NAME_WORDS = """
    ban uy nhan dan hoi dong giao thuc hien xay dung trien khai tiep nhan chi dao to chuc
    phong cap chu tich ket qua cong tac nhiem vu ke hoach quyet dinh bao cao cai cach
    thu tuc hanh chinh quy giai doan dieu hanh lanh dao quan ly ngan sach kinh te xa hoi
    truc thuoc doan the nha nuoc can bo cong chuc vien chuc dang bo uy vien thi xa huyen
    tinh phuong trung tam
    """
_NOT_NAME = STOP_WORDS | frozenset(_NOT_NAME_WORDS.split())


def _localities(question: str, folded_plain: str) -> tuple[LocalityMention, ...]:
    mentions: dict[tuple[str, str], LocalityMention] = {}
    for match in _CASED_LOCALITY.finditer(question):
        unit_raw = match.group(1)
        unit = _UNIT_FOLD.get(strip_diacritics(unit_raw.lower()), "")
        words: list[str] = []
        for word in match.group(2).split():
            if not word[0].isupper():
                break
            words.append(word)
        if not unit or not words:
            continue
        name = " ".join(words)
        name_folded = strip_diacritics(match_key(name)).strip()
        if name_folded.split()[0] in {"nao", "do", "nay", "minh"}:
            continue
        mentions.setdefault((unit, name_folded), LocalityMention(unit, name_folded, True))
    if mentions or accent_ratio(question) >= 0.4:
        # typed with accents: a place name is capitalized; "huyện phê duyệt" is not one
        return tuple(mentions.values())
    for match in _FOLDED_LOCALITY.finditer(folded_plain):
        unit, words = _UNIT_FOLD[match.group(1)], match.group(2).split()
        if words[0] in _NOT_NAME or words[0].isdigit():
            continue
        kept: list[str] = []
        for word in words:
            if word in _NOT_NAME:
                break
            kept.append(word)
        mentions.setdefault((unit, " ".join(kept)), LocalityMention(unit, " ".join(kept), False))
    return tuple(mentions.values())


def _doc_numbers(question: str, folded_plain: str) -> tuple[str, ...]:
    numbers: dict[str, None] = {}
    for match in _DOC_NUMBER.finditer(question):
        numbers.setdefault(match.group(1), None)
    for match in _BARE_NUMBER.finditer(folded_plain):
        number = match.group(2)
        if _YEAR.fullmatch(number) and f"so {number}" not in folded_plain:
            continue
        if not any(n.split("/")[0] == number for n in numbers):
            numbers.setdefault(number, None)
    return tuple(numbers)


def _periods(folded_plain: str) -> tuple[str, ...]:
    found: dict[str, None] = {}
    for match in _PERIOD.finditer(folded_plain):
        if match.group(1):
            found.setdefault("quy " + _ROMAN.get(match.group(1), match.group(1)), None)
        elif match.group(2):
            found.setdefault(f"{int(match.group(2))} thang", None)
        elif match.group(3):
            found.setdefault(f"{match.group(3)} nam", None)
        else:
            found.setdefault("ca nam", None)
    return tuple(found)


def _query(question: str, folded_plain: str) -> str:
    """The question plus the other spelling of each abbreviation it uses (for BM25)."""
    extra: list[str] = []
    for short, long in QUESTION_ABBREVIATIONS.items():
        plain_short, plain_long = strip_diacritics(short), strip_diacritics(long)
        if len(plain_short) < 3 or "-" in short or "&" in short:
            continue
        if re.search(rf"(?<![\w/-]){re.escape(plain_short)}(?![\w/-])", folded_plain):
            extra.append(long)
        elif re.search(rf"\b{re.escape(plain_long)}\b", folded_plain):
            extra.append(short.upper())
    return " ".join([question, *extra]) if extra else question


def _without(text: str, numbers: tuple[str, ...]) -> str:
    """``text`` with each of ``numbers`` blanked out."""
    for number in numbers:
        text = text.replace(number, " ")
    return text


def route_question(question: str) -> Route:
    """Intent and constraints of ``question`` (any casing, with or without diacritics)."""
    text = _SPACES.sub(" ", nfc(question)).strip()
    folded_plain = _SPACES.sub(" ", strip_diacritics(match_key(text))).strip()
    folded = fold(text)
    accented = accent_ratio(text) >= 0.4
    intent = _intent(folded, tone_key(text) if accented else None)
    localities = _localities(text, folded_plain)
    locality_words = {w for m in localities for w in m.name.split()}
    locality_words |= {"huyen", "thi", "xa", "tinh", "thanh", "pho", "phuong", "tran"}
    doc_numbers = _doc_numbers(text, folded_plain)
    without_numbers = _without(text, doc_numbers)
    months = {m.group(1) for m in _MONTH.finditer(folded_plain) if 1 <= int(m.group(2)) <= 12}
    terms = tuple(
        t
        for t in content_terms(key(without_numbers, accented), accented)
        if (strip_diacritics(t) not in locality_words or not localities) and t not in months
    )
    ranges = tuple(dict.fromkeys((int(a), int(b)) for a, b in _RANGE.findall(text)))
    in_ranges = {y for pair in ranges for y in pair}
    # "QĐ 1949/QĐ-UBND" names a document, not the year 1949
    years = tuple(
        dict.fromkeys(int(y) for y in _YEAR.findall(without_numbers) if int(y) not in in_ranges)
    )
    asked = tuple(dict.fromkeys(m.group(1) for m in _ASKED_TYPE.finditer(folded)))
    route = Route(
        question=text,
        intent=intent,
        folded=folded,
        terms=terms,
        accented=accented,
        years=years,
        ranges=ranges,
        localities=localities,
        doc_numbers=doc_numbers,
        doc_types=asked,
        periods=_periods(folded_plain),
        query=_query(text, folded_plain),
    )
    logger.debug("routed %r → %s", text, route)
    return route
