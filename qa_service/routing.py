"""Question routing: what kind of answer a question wants, and the constraints it names.

Everything here is pure and fast (no index, no model): a question is folded (NFC, one tone
placement, lower case, diacritics removed, abbreviations expanded) so that "Quyết định nào ..."
"quyet dinh nao ..." and "QĐ nào ..." route alike. The intent is found with ordered keyword
patterns (first match wins, most specific first); constraints (years, localities, document
numbers, document types, periods) are read with regular expressions.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from indexer.extract.citations import code_doc_type
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
    "asked_event_words",
    "asked_recipient_kind",
    "ADDRESSEE_ASKED",
    "COPIES_ASKED",
    "COPY_PURPOSE_ASKED",
    "RECIPIENTS_ASKED",
    "ASKS_A_RELATED_DOCUMENT",
    "ASKS_THE_RELATING_DOCUMENT",
    "EARLIER",
    "CITED_ARTICLE_ASKED",
    "CODED_KINDS",
    "DOCUMENT_KINDS",
    "OFFICE_KIND_ASKED",
    "ENTITY_HEADS",
    "FEE_ASKED",
    "HOW_MANY",
    "HOW_OFTEN",
    "INTENTS",
    "SCORE_WORD",
    "STOP_WORDS",
    "STOP_WORDS_TONED",
    "SUBJECT_ASKED",
    "RELATION_CLASSES",
    "LocalityMention",
    "Route",
    "accent_ratio",
    "asked_entity",
    "asks_a_code",
    "PERIOD_ASKED",
    "asks_a_related_document",
    "asks_dating",
    "bodies_offered",
    "offered_act",
    "content_terms",
    "expand_abbreviations",
    "fold",
    "key",
    "names_a_sum",
    "period_pattern",
    "position_asked",
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

# Kinds written as the code of a symbol ("NĐ 85", "TT 28/2024", "CT 09", "TTLT"), which folding
# does not read out ("TT" is also "trung tâm"): read only before a number or inside the question
# structures below (folded)
CODED_KINDS = "nd|tt|ttlt|ct|tb|ttr"

# Any document a question names by its kind, or "văn bản" (folded)
_ANY_DOCUMENT = rf"(?:van ban|{'|'.join(DOCUMENT_KINDS)})(?: lien tich)?"
# What one document does to another ("thay thế", "bãi bỏ", ...), folded
_RELATIONS = "thay the|bai bo|sua doi|bo sung|huy bo|dinh chinh"

# A word that tells the earlier of two documents ("nghị định gốc nào", "quyết định cũ nào"),
# between the kind and the question word (folded)
EARLIER = r"(?: (?:goc|cu))?"
# "... thay thế quyết định nào", "làm hết hiệu lực nghị quyết nào", "theo đề nghị tại tờ trình
# nào": the document asked for is the object of a relation the question names — one the
# described document cites, not that document itself (folded)
_BY_RELATION = (
    # ("trả lời công văn số mấy": the letter a reply answers, which the reply cites)
    # ("tiếp tục áp dụng theo QĐ nào": the earlier document whose rule goes on applying)
    # ("bãi bỏ toàn bộ quyết định nào": how much of it the relation takes)
    rf"\b(?:{_RELATIONS}|het hieu luc|de nghi tai|tra loi|phuc dap"
    rf"|tiep tuc ap dung(?: theo| tai)?)(?: toan bo| mot phan)? {_ANY_DOCUMENT}{EARLIER}"
    r"(?: so)?"
    r" (?:nao|gi|so may|may)\b"
    # "quyết định cũ nào ... bị bãi bỏ", "(QĐ số mấy) hết hiệu lực": the document asked for is
    # the one a relation is done to, said after it in the passive, or the one whose force ends
    # (only its issuer or a bracket between, unless a word tells it the earlier of two: "thông
    # tư nào hướng dẫn trường hợp giấy phép hết hiệu lực" asks a document about the subject;
    # "nghị định cũ nào năm 2010 quy định ... hết hiệu lực" the one ended)
    rf"|\b{_ANY_DOCUMENT}(?:(?: so)? (?:nao|so may)\b(?:\W*| cua [^?]{{0,60}}?)\s*"
    rf"| (?:goc|cu)(?: so)? (?:nao|so may)\b[^?]{{0,80}}?)"
    rf"(?:\b(?:bi|da bi) (?:{_RELATIONS})|(?<!\blam )\bhet hieu luc)\b"
)
# "... tại / ở quyết định nào": the document asked for is where something stands (folded)
_AT_A_DOCUMENT = rf"\b(?:o|tai) {_ANY_DOCUMENT}(?: so)? (?:nao|gi|so may|may)\b"
# Said right before "tại / ở", a verb of where a thing is written ("được nêu ở công văn nào",
# "nằm ở báo cáo số mấy") makes the document asked for one the described document cites. An act
# ("Đồng Nai công bố TTHC ... tại quyết định nào", "ban hành ... tại", "bãi bỏ QĐ 14 tại"), a
# rule ("được quy định tại nghị định nào": the document asked for may be the one that rules or
# one it cites) or any other verb leaves the document itself in the running (folded; a verb is
# read only right before the preposition, so "nằm" is not "năm 2025", nor "nêu" "nếu")
_WRITTEN_AT = re.compile(
    r"\b(?:neu|ghi|nam|de cap|the hien|trinh bay|trich dan|vien dan|dan chieu)"
    rf"(?: (?:cu the|ro|chi tiet))? {_AT_A_DOCUMENT}"
)
# "Quy định X (được sửa đổi năm 2025) ban đầu được ban hành kèm theo quyết định số mấy": the
# document asked for is the first one, which the amending document found cites (folded)
_ORIGINALLY = (
    r"\b(?:ban dau|luc dau|truoc day|ban goc)\b"
    rf"[^?]*\b{_ANY_DOCUMENT}(?: so)? (?:nao|gi|so may|may)\b"
)
# "QĐ 2020 thay thế 3 TTHC đã công bố tại quyết định nào", "bãi bỏ danh mục TTHC ban hành kèm
# theo quyết định nào": what a relation is done to was published, earlier, by the document asked
# for, which the described document cites (folded)
# (the relation is done by a document the question names by its number, "QĐ 3574/QĐ-BYT bãi bỏ",
# not a word of a subject's name: "quy định sửa đổi quy chế ... được ban hành tại QĐ nào")
_ACTED_ON_FROM = (
    rf"\b{_ANY_DOCUMENT}(?: so)? \d\S*(?: \S+){{0,4}}? (?P<acted>{_RELATIONS})\b[^?]*"
    rf"\b(?:cong bo|ban hanh)(?: kem)? (?:tai|o|theo) {_ANY_DOCUMENT}(?: so)?"
    r" (?:nao|gi|so may|may)\b"
)
ASKS_A_RELATED_DOCUMENT = re.compile(
    f"{_BY_RELATION}|{_AT_A_DOCUMENT}|{_ORIGINALLY}|{_ACTED_ON_FROM}"
)


def asks_a_related_document(folded: str) -> bool:
    """The document a which-document question asks for is one the document it describes cites
    (a relation it names: "thay thế quyết định nào"; a place something is written: "được nêu ở
    công văn nào"), not the described document itself (``folded``: the folded question)."""
    return (
        re.search(_BY_RELATION, folded) is not None
        or _WRITTEN_AT.search(folded) is not None
        or re.search(_ORIGINALLY, folded) is not None
        or re.search(_ACTED_ON_FROM, folded) is not None
    )


# "Văn bản nào (đã) thay thế QĐ 800/QĐ-UBND", "Thông tư nào của Bộ X làm hết hiệu lực ...",
# "QĐ 13/2024 bị bãi bỏ bởi văn bản nào", "... đã được thay bằng QĐ nào", "QĐ 25/2021 hết hiệu
# lực theo quyết định nào" (the named document's end, said of it): the document asked for
# is the subject of the relation — one that cites the named document, whose own number answers,
# not another document its sentence cites beside it (folded)
_DONE_TO = f"{_RELATIONS}|lam het hieu luc|thay"
_ISSUER = r"(?:cua [^?,]{1,60}? )?"  # "của Bộ Giáo dục và Đào tạo" between the kind and the verb
# ("Văn bản nào của UBND tỉnh ban hành quy chế X thay cho QĐ 17/2024": the verb said of a
# numbered document at the question's end, after what the document asked for does)
ASKS_THE_RELATING_DOCUMENT = re.compile(
    rf"\b{_ANY_DOCUMENT}(?: so)? nao {_ISSUER}(?:(?:da|se|duoc) )?(?P<verb>{_DONE_TO})\b"
    rf"|\b(?:(?:bi|duoc) (?P<passive>{_DONE_TO})|(?P<ended>het hieu luc))"
    rf"(?: boi| tai| theo| bang)? {_ANY_DOCUMENT}(?: so)? nao\b"
    rf"|\b{_ANY_DOCUMENT}(?: so)? nao\b[^?]*\b(?P<numbered>{_DONE_TO})(?: cho)? {_ANY_DOCUMENT}"
    r"(?: so)? \d[^\s?]*\W*$"
)
# Relations of one class: a document that ends another's force may say so in other words
# ("thay thế", "bãi bỏ", "làm hết hiệu lực"); one that amends it ("sửa đổi", "bổ sung")
RELATION_CLASSES = (
    ("thay the", "thay", "bai bo", "huy bo", "lam het hieu luc", "het hieu luc"),
    ("sua doi", "bo sung", "dinh chinh"),
)

# What a document does to another it cites, folded
_CITES = "vien dan|trich dan|dan chieu|can cu|nhac (?:den|toi)|de cap"

# What a document that cites another says it does to it, after "văn bản nào" (folded)
_CITING_VERBS = r"vien dan|dan chieu|trich dan|nhac (?:den|toi)|can cu(?: vao| theo)?"
# What a document does to another it implements or quotes again (folded): "triển khai",
# "thực hiện", "cụ thể hóa", "dẫn (lại)"
_IMPLEMENTS = r"trien khai|thuc hien|cu the hoa|(?<!huong )(?<!nhan )dan(?: lai)?"

# "số hiệu (của) văn bản ...", "số và ngày của nghị quyết ...": a document's number is asked
_ITS_NUMBER = rf"\bso hieu\b|\bso(?:,| va) ngay (?:ban hanh )?(?:cua )?{_ANY_DOCUMENT}\b"

# No body is asked for: "cơ quan nào", "ai", "sở nào" (not "văn bản nào", "căn cứ nào")
_NO_BODY_ASKED = (
    r"(?!.*\b(?:ai|(?:co quan|don vi|cap|to chuc) nao)\b)"
    r"(?!.*(?<!van )(?<!can )(?<!ma )\b(?:so|ban|bo|cuc) nao\b)"
)

# "điểm" asked for (a score), folded. Not the second syllable of a word ("thời điểm", "địa
# điểm", "trọng điểm", "thí điểm", "quan điểm", "đặc điểm", "cao điểm" ...), nor what a value
# is used for ("tính điểm"); not a site named by what it serves ("điểm cầu", "điểm du lịch",
# "điểm giao dịch", "điểm sạt lở": "bao nhiêu điểm cầu" counts sites), nor its head ("trưởng
# điểm thi"), nor a point of a clause ("điểm a khoản 2"); nor the points a rate is taken of
# ("tỷ lệ điểm": a rate is asked)
_NOT_SCORE_BEFORE = (
    "thoi", "dia", "tinh", "trong", "thi", "quan", "dac", "uu", "nhuoc", "khuyet", "cao",
    "tieu", "luan", "yeu", "khoi", "giao", "cuc", "phat", "truong", "ty le", "ti le",
)  # fmt: skip
_SITE_AFTER = (
    r"[a-d]|cau|den|du lich|giao dich|ban|truong|dan cu|tap ket|nhan|moi|tiep nhan|phuc vu"
    r"|truy cap|buu dien|nong|sat lo|cung cap|dung|do|kinh doanh|thu gom|ngap|un tac|chot"
    r"|di tich|van hoa|vui choi|sinh hoat|dau|cuoi|xuat phat|tham quan|ket noi|canh bao"
)
SCORE_WORD = (
    "".join(rf"(?<!\b{w} )" for w in _NOT_SCORE_BEFORE) + rf"\bdiem\b(?! (?:{_SITE_AFTER})\b)"
)

# ---------------------------------------------------------------- intents

# A document named by its kind, its code, or "văn bản" (folded)
_KIND = rf"(?:{_ANY_DOCUMENT}|{CODED_KINDS})"
# Whom a document is sent to, as its "Kính gửi" line says: "Công văn ... được gửi tới ai",
# "Cục Thuế gửi công văn 5332/CT-CS ... cho ai", "kính gửi cơ quan nào", "gửi những bộ nào (của
# tỉnh)". The document is what is sent: the question opens with its kind, or names it by its
# number right after "gửi"; a file, report or draft sent somewhere ("hồ sơ gửi tới cơ quan
# nào") is a step of a procedure (folded)
_RECIPIENT_KINDS = (
    r"bo|so|cuc|vu|ban|chi cuc|van phong|cong ty|doanh nghiep|tinh|thanh pho|xa|phuong"
    r"|uy ban nhan dan|hoi dong nhan dan|hoi"
)
_WHOM = (
    r"(?:ai|nhung ai|(?:(?:nhung|cac) )?(?:co quan|don vi|to chuc|ca nhan|dia phuong|noi"
    rf"|{_RECIPIENT_KINDS})(?: nao| gi))"
)
# what qualifies the body asked after it: "cơ quan nào của tỉnh", "công ty nào ở Đà Nẵng"
_WHOM_QUALIFIED = r"(?: (?:cua|o|tai|thuoc) (?:(?!\b(?:nao|gi|dau|bao gio)\b)[^?])*)?\W*$"
_SENT_ITEMS = r"ho so|bao cao|du thao|to khai|don(?! vi)|y kien|ket qua thuc hien|danh sach"
# such an item named, not as what a document is about ("công văn về dự thảo Chỉ thị")
_ITEM_SENT = rf"(?<!\bve )\b(?:{_SENT_ITEMS})\b"
ADDRESSEE_ASKED = re.compile(
    rf"\bkinh gui (?:la )?{_WHOM}(?!\w)"
    rf"|^(?!.*{_ITEM_SENT})(?:{_KIND})\b[^?]*\bgui (?:(?:toi|cho|den) )?{_WHOM}"
    rf"{_WHOM_QUALIFIED}"
    rf"|\bgui {_KIND} (?:so )?\d[^?]*\b(?:toi|cho|den) {_WHOM}{_WHOM_QUALIFIED}"
)
# The list of a document's recipients asked ("nơi nhận gồm những ai"), or its copies ("đồng
# gửi", "sao gửi" those besides its addressees), of a document the question names (folded)
# "nơi nhận" naming the list, not a place something is received at ("nơi nhận kết quả")
_LIST_NAMED = r"(?=\W*$|\W*(?:cua|gom|bao gom|la|co|ghi|trong|o)\b)"
COPIES_ASKED = re.compile(r"(?<!\bcong )(?<!\bvi )(?<!\btai )\b(?:dong|sao) gui\b")
RECIPIENTS_ASKED = re.compile(
    rf"^(?!.*{_ITEM_SENT})(?=.*\b(?:{_KIND})\b)"
    rf".*(?:\bnoi nhan\b{_LIST_NAMED}|{COPIES_ASKED.pattern})"
)
# What a document is sent to a body for asked ("gửi công văn X cho Hội Y để làm gì"): a
# recipient's aside in the list says it ("- Hội Y (để phối hợp);") (folded)
COPY_PURPOSE_ASKED = re.compile(
    rf"^(?!.*{_ITEM_SENT})(?=.*\b(?:{_KIND})\b).*\bgui\b.*"
    r"\b(?:de lam gi|nham (?:muc dich )?gi|voi muc dich gi)\W*$"
)
# The kind of body asked among the recipients ("gửi những bộ nào", "cơ quan nào của tỉnh"),
# after the word sending or receiving (folded)
_ASKED_RECIPIENT_KIND = re.compile(
    # the kind, not the end of another noun ("văn bản", "nhiệm vụ", "bộ phận", "câu hỏi")
    rf"\b(?:nhung |cac )?(?<!\bvan )(?<!\bnhiem )(?<!\bdich )(?<!\bnghia )(?<!\btoan )"
    rf"(?<!\bcau )({_RECIPIENT_KINDS})(?: nganh)? nao\b"
    rf"|\b(?:co quan|don vi|to chuc|noi) nao (?:cua|thuoc) ({_RECIPIENT_KINDS})\b"
)
_SENDING = re.compile(r"\bgui\b|\bnoi nhan\b")


def asked_recipient_kind(folded: str) -> str | None:
    """The kind of body the question asks among a document's recipients, folded ("bo" of
    "gửi những bộ nào", "tinh" of "cơ quan nào của tỉnh"), or None when any body is asked
    ("cơ quan nào", "ai")."""
    sent = [m.end() for m in _SENDING.finditer(folded)]
    found = _ASKED_RECIPIENT_KIND.search(folded, sent[-1] if sent else 0)
    return (found.group(1) or found.group(2)) if found else None


# A document's subject line ("V/v ...", the title under its kind) asked of it: "Công văn
# 11208/BNV-KHTC về việc gì?", "trích yếu của QĐ 2828 là gì" (folded)
SUBJECT_ASKED = re.compile(
    r"\b(?:ve viec|v/v|ve van de)(?: (?:la|co noi dung))? gi\W*$|\btrich yeu\b"
)
# A person asked for: "ai", "người / lãnh đạo / đồng chí nào", or a position and "nào" ("Phó Chủ
# tịch nào", "PCT nào") (folded)
_POSITIONS = (
    r"(?:pho )?(?:chu tich|giam doc|cuc truong|truong ban|truong phong|bo truong|thu truong"
    r"|thu tuong|chanh van phong|bi thu|tong cuc truong)|pct|pgd|ct"
)
# One who holds a position, named by it or as a person ("người", "lãnh đạo", "đồng chí") (folded)
_ONE_HELD = rf"(?:nguoi|lanh dao|dong chi|{_POSITIONS})"
_PERSON_ASKED = rf"(?:\bai\b|\b(?:ong|ba|{_ONE_HELD}) nao\b)"
# A position and "nào" ("Phó Chủ tịch nào", "PCT nào"): the person asked holds that position
_POSITION_ASKED = re.compile(rf"\b({_POSITIONS}) nao\b")
_POSITION_INITIALS = {"pct": "pho chu tich", "pgd": "pho giam doc", "ct": "chu tich"}


def position_asked(folded: str) -> str | None:
    """The position a question asks the holder of ("Phó Thủ tướng nào ký" → "pho thu tuong"),
    initials spelled out; None when it asks for a person by no position."""
    found = _POSITION_ASKED.search(folded)
    if found is None:
        return None
    return _POSITION_INITIALS.get(found.group(1), found.group(1))


# Not the object of a verb of charge ("giao ai", "ủy quyền cho ai", "cử ai"): one given a task
# (a lookbehind, folded)
_CHARGED = r"(?<!\bgiao )(?<!\bcho )(?<!phan cong )(?<!uy quyen )(?<!\bcu )"
# "ký" the verb, not "kỳ" of "kỳ họp", "định kỳ", "nhiệm kỳ" nor "ký kết" (folded; a question
# typed with marks is checked on its marks as well)
_SIGN = (
    # ("đăng ký" registers; "ký xác nhận" on a record is a task the document gives)
    r"(?<!dinh )(?<!nhiem )(?<!hoc )(?<!chu )(?<!dang )\bky\b"
    r"(?! (?:ket|hop|thi|thuat|nay|tiep|cuoi|dau|truoc|sau|han|xac nhan)\b)"
)
_SIGN_TONED = re.compile(r"\bký\b")
# A yes/no question: a claim opened by "có phải" ("có phải ... không?") or closed by "phải
# không" / "đúng không"; what it asks is what its claim states (folded)
_YES_NO_OPEN = r"\b(?:co phai|phai chang)\b"
_YES_NO_CLOSE = r"(?:phai|dung|co dung|co phai) khong\W*$"
# A time asked for ("khi nào", "bao giờ", "ngày nào", "hôm nào", "thời điểm nào", the years of
# "giai đoạn nào") (folded); a year asked ("hoàn thành vào năm nào") stays with "date", whose
# extractor reads a task's year
_TIME_ASKED = (
    r"(?:\b(?:ngay|hom) nao\b|\bkhi nao\b|\bbao gio\b|\b(?:thoi diem|thoi gian|luc|thang) nao\b"
    r"|\bngay thang nam nao\b|\bngay bao nhieu\b|\bngay may\b|\bgiai doan nao\b)"
)
# What dates a document itself: it is issued, signed, passed, sent, drawn up, answers, a body
# has it (folded)
_DATING_VERB = (
    rf"\b(?:ban hanh|{_SIGN}|thong qua|phat hanh|gui|lap (?:ngay|vao)|tra loi|phuc dap"
    rf"|tra ket qua|de ngay|co ngay|ra (?:{_KIND}|ngay|vao)"
    # "Cục Thống kê (đã) có công văn phúc đáp ... vào ngày nào": a body's letter is dated
    r"|co (?:cong van|van ban|to trinh))\b"
)


# Words that frame the question rather than name its subject, written as documents write them
# (match-key form; the folded form is derived): the boundary of a time asked ("bắt đầu từ khi
# nào", "kéo dài đến bao giờ"), the cost word before an amount asked ("mất bao nhiêu
# ngày"), and "do" ("do cơ quan nào thực hiện"), a function word the indexer stops only when
# folded (its folded form also spells "dò", "đó"). As subject words they outweigh the unit
# stating the value, which names neither ("Thời gian thực hiện: Từ tháng 10/2025").
_FRAME_TONED = (
    r"\b(?:bắt đầu|kết thúc|kéo dài|diễn ra)\b(?=(?: \w+){0,2} (?:khi|lúc|bao|ngày|tháng|năm"
    r"|thời điểm|thời gian|thời hạn) (?:nào|giờ|lâu|nhiêu|mấy)\b)"
    r"|\bmất(?= (?:tổng cộng |tối đa |khoảng |hết )?(?:bao|mấy)\b)"
)
_FRAME = {
    True: re.compile(rf"{match_key(_FRAME_TONED)}|(?<!lý )(?<!tự )\bdo\b"),
    False: re.compile(strip_diacritics(match_key(_FRAME_TONED))),
}


def without_frame_words(keyed: str, toned: bool) -> str:
    """``keyed`` (:func:`key` form) with the words that frame the question blanked out."""
    return _FRAME[toned].sub(" ", keyed)


def asks_dating(folded: str) -> bool:
    """The question (``folded``) asks when a document was passed, signed, issued or sent ("được
    thông qua ngày nào", "ký ngày nào"): the day of that act, not one the document sets."""
    return re.search(_DATING_VERB, folded) is not None


# "thời hạn" as a time limit, not as a term a thing holds or lacks ("có thời hạn", "còn thời
# hạn", "hết thời hạn": a validity named in the subject), folded
_TIME_LIMIT_NAMED = r"(?<!\bco )(?<!\bcon )(?<!\bhet )\bthoi han\b"
# A question opening with a document's kind (its number or subject after it) and closing on the
# day asked ("Thông báo kết quả xác định trước mã số ... ngày nào?"): the day of the document,
# not of an act it sets; "thông báo trước" opens with a verb of notice, no document (folded)
_DOCUMENT_DAY_ASKED = (
    rf"^(?:cho (?:hoi|biet) |xin hoi )?{_KIND}\b(?! truoc\b)[^?]*"
    r"\b(?:la |vao )?ngay (?:nao|thang nam nao)\W*$"
)
# What is to be done by a time: an obligation, a recurring time (folded)
_OBLIGATION = r"\b(?:phai|yeu cau|hang nam|hang quy|hang thang)\b"
# What takes place at a time rather than is done by one: a visit, a meeting, a conference, a
# ceremony ("Thủ tướng làm việc với Thường trực Tỉnh ủy ...", "Hội nghị được tổ chức", "tổ chức
# lễ khánh thành"); its time is the date of an event, no time limit. A meeting named as the
# source of what is asked ("theo kết luận tại hội nghị ...", "sau cuộc họp") is none (folded)
_EVENT = (
    # (not the workplace of the persons a document is about: "người làm việc tại các Hội")
    r"(?:(?<!nguoi )(?<!vien chuc )(?<!cong chuc )(?<!nhan vien )\blam viec (?:voi|tai)\b"
    r"|\bbuoi lam viec\b|\bden tham\b|\btham(?:,| va) lam viec\b"
    r"|\bchuyen (?:cong tac|tham)\b|\bdien ra\b|\bkhai mac\b|\bbe mac\b|\bhop bao\b"
    # "Phó Thủ tướng đi kiểm tra dự án ...", "lễ truy điệu, lễ viếng ...": a visit, a ceremony
    r"|\bdi (?:kiem tra|khao sat|tham)\b|\ble (?:truy dieu|vieng|an tang|quoc tang)\b"
    # "UBND tỉnh họp thông qua dự thảo ...": a meeting, "họp" as the verb of an act (not the
    # "hợp" of "tổng hợp", "phối hợp", "kết hợp" ...)
    r"|(?<!tong )(?<!phoi )(?<!ket )(?<!phu )(?<!thich )(?<!truong )(?<!lien )(?<!to )"
    r"\bhop (?:de )?(?:thong qua|xem xet|cho y kien|bieu quyet)\b"
    r"|(?<!tai )(?<!theo )(?<!cua )(?<!sau )(?<!truoc )(?<!tu )"
    r"\b(?:(?:cuoc|phien|ky|buoi) hop|hop phien|hoi nghi|hoi thao|dai hoi|toa dam|dien dan"
    r"|le (?:khanh thanh|khoi cong|ky niem|trao|cong bo|ra mat|phat dong|tuyen duong|don))\b"
    # a day observed yearly, named ("Ngày Quốc tế, Ngày toàn dân phòng, chống ma túy")
    r"|\bngay (?:quoc te|toan dan|truyen thong|the gioi|thanh lap)\b)"
)
_EVENT_NAMED = re.compile(_EVENT)
# A vote or a training held, an event when its own day is asked ("các thành viên UBND biểu
# quyết qua phiếu thông qua QĐ … vào ngày nào", "tổ chức tập huấn … vào ngày nào"), not the
# vote a document is issued on ("trên cơ sở biểu quyết"), a training listed as a task ("việc tổ
# chức tập huấn … thực hiện vào thời gian nào"), nor either when the question asks the day a
# document was issued or signed ("… biểu quyết thống nhất, ban hành khi nào"; not the words
# naming what a document carries: "quy chế ban hành kèm QĐ 211/2025") (folded)
_HELD_EVENT = re.compile(
    r"(?<!co so )(?<!ket qua )(?<!quyen )\bbieu quyet\b"
    r"|\b(?:lop|buoi|to chuc|mo) tap huan\b(?=[^?]*\b(?:vao )?ngay nao\b)"
)
_DOCUMENT_DATED = re.compile(r"\b(?:ban hanh(?! kem\b)|ky|co hieu luc)\b")


# a day observed yearly, and the words asking when a document was issued: a question asking
# when "QĐ công nhận Ngày truyền thống ..." was issued names the day in the document's title
_OBSERVED_DAY = re.compile(r"ngay (?:quoc te|toan dan|truyen thong|the gioi|thanh lap)\b")
_ISSUANCE_ASKED = re.compile(r"\b(?:ban hanh|co hieu luc)\b")


# Words of an event's name that say no more of what takes place ("cuộc họp", "phiên họp", "tổ
# chức lễ", "đến thăm", "họp thông qua"), folded
_EVENT_FRAME = frozenset(
    {"cuoc", "phien", "buoi", "ky", "lop", "mo", "to", "chuc", "di", "den", "voi", "tai", "va",
     "thong", "qua", "xem", "xet", "cho", "y", "kien", "de"}
)  # fmt: skip


def asked_event_words(folded: str) -> frozenset[str]:
    """The words of the event the question names that say what takes place ("lam viec" of
    "làm việc với", "hop" of "phiên họp", "tap huan"); empty for none, or for a day observed
    yearly ("Ngày toàn dân phòng, chống ma túy")."""
    found = _EVENT_NAMED.search(folded) or _HELD_EVENT.search(folded)
    if found is None or _OBSERVED_DAY.match(folded, found.start()):
        return frozenset()  # (a day observed yearly is named, not an event held)
    return frozenset(re.findall(r"[a-z]+", found.group())) - _EVENT_FRAME


def names_an_event(folded: str) -> bool:
    """The folded question names an event that takes place at a time (a meeting, a
    conference, a visit: "UBND tỉnh họp phiên thường kỳ ... vào ngày nào"; a day observed
    yearly, unless the question asks when a document was issued)."""
    issuance = _ISSUANCE_ASKED.search(folded) is not None
    if _HELD_EVENT.search(folded) and not _DOCUMENT_DATED.search(folded):
        return True
    return any(
        not (issuance and _OBSERVED_DAY.match(folded, m.start()))
        for m in _EVENT_NAMED.finditer(folded)
    )


# "mấy" as typed without marks, not "máy" ("nhà máy", "bộ máy" but "công bố / bãi bỏ / hủy bỏ /
# loại bỏ mấy", "xe máy", "máy móc"), folded
_MAY = (
    r"(?<!nha )(?<!(?<!cong )(?<!bai )(?<!huy )(?<!loai )bo )(?<!xe )\bmay\b"
    r"(?! (?:moc|tinh|bay|thiet|chu|phat|in|lanh"
    r"|dieu hoa|xuc|cay|thu (?:hoach|am|phat|hinh)|quay|anh|bom|nen|mong|lam|che (?:bien|tao))\b)"
)
# "bao nhiêu" / "mấy": a quantity is asked (folded)
HOW_MANY = rf"(?:\bbao nhieu\b|{_MAY})"
# "sao lưu định kỳ với tần suất như thế nào": how often, a count per period (folded)
HOW_OFTEN = r"\btan suat\b(?:[^?]*\b(?:nhu the nao|the nao|ra sao|bao nhieu)\b| (?:la )?nao\b)"
# "mấy" asked of a count ("tối thiểu mấy ký tự"), not of a designation ("số mấy") (folded)
_HOW_MANY = rf"(?<!so ){_MAY}(?= \w)"

# A rate or a sum of money asked ("bao nhiêu %/ngày", "bao nhiêu phần trăm", "bao nhiêu tiền",
# "bao nhiêu đồng"), folded
_RATE_OR_SUM_ASKED = r"\b(?:bao nhieu|may) ?(?:%|phan tram\b|tien\b|dong\b|trieu\b|ty dong\b)"

# A comparative: "cao hơn", "ngắn hơn", "sớm hơn", "rẻ hơn" ... (folded)
# ... or "nhiều / ít <what is counted> hơn" ("xã hay phường được bố trí nhiều nhân viên hơn")
_HIGHER = (
    r"(?:(?:cao|thap|nhieu|it|dai|ngan|som|muon|tre|lon|nho|re|dat|nhanh|cham|manh|yeu)"
    r"|(?:nhieu|it)(?! nhat\b)(?: [a-z]+){1,6}?) hon\b"
    # ("cao hơn trên 30% so với mức giá": a band of values, no comparison; "cao hơn trên địa
    # bàn" still compares)
    r"(?! (?:\d|so voi\b|muc\b|(?:tren|duoi) (?:\d|muc\b)))"
)

# Each pattern runs on the folded question (abbreviations expanded). Order = priority.
# A body asked for by its kind, the kind's qualifiers between ("cơ quan trung ương nào",
# "đơn vị chuyên môn nào"), or by the role it is asked in ("phối hợp với vụ nào", "gửi về cục
# nào"); the place where a dossier or a report is lodged is a body ("nộp hồ sơ trực tiếp ở
# đâu", "gửi báo cáo về đâu") (folded)
_BODY_KIND = (
    r"(?:co quan|don vi(?! hanh chinh\b)|bo phan|to chuc|chi cuc|trung tam|phong|vu|cuc|so|ban"
    r"|bo|nganh|luc luong|uy ban|hoi dong)"
)
# Words that qualify a kind of body asked without naming one ("phòng chuyên môn nào", "Chi cục
# Hải quan khu vực nào"), folded
BODY_KIND_QUALIFIERS = r"(?: (?:chuyen mon|chuc nang|nghiep vu|hai quan|thue|kiem lam|khu vuc))*"
_BODY_ROLE = (
    r"(?:phoi hop|chu tri|tham muu|tham dinh|tiep nhan|giao|gui|trinh|bao cao|nop|de nghi"
    r"|lay y kien|xin y kien|hoi y kien)"
)
# A task asked by "gì" ("có nhiệm vụ gì", "chủ trì nội dung gì"): what a body does, not a body
_TASK_ASKED = r"\b(?:noi dung|nhiem vu|cong viec|viec) gi\b"
# The words that may stand between a question word asking for an agent and its act ("cấp nào
# có thẩm quyền phê duyệt", "nơi nào sẽ tiếp nhận") and the acts a body is asked by (folded)
_AGENT_MODAL = r"(?:co tham quyen|co trach nhiem|duoc giao|se|phai|duoc|la noi|dung ra)"
_AGENT_ACT = (
    rf"(?:{_BODY_ROLE}|thuc hien|quyet dinh|phe duyet|giai quyet|quan ly|cap|to chuc"
    r"|chiu trach nhiem|dam nhiem|dam nhan|xu ly|ban hanh|kiem tra|thanh tra|cong nhan"
    r"|cho phep|chap thuan|dieu hanh|van hanh|tong hop|huong dan|theo doi|xac nhan)"
)
# One given a task, or the agent of an act, asked as a person ("giao ai chủ trì", "ai chủ trì
# tính toán ..."), folded
_ONE_CHARGED = (
    rf"\b(?:giao|de nghi|yeu cau|phan cong) (?:cho )?ai\b|\bai (?:{_AGENT_MODAL} )?{_AGENT_ACT}\b"
    # or as a body of a kind ("đơn vị nào chủ trì tính toán ...")
    rf"|\b{_BODY_KIND} nao (?:{_AGENT_MODAL} )?{_AGENT_ACT}\b"
)
_BODY_ASKED = (
    r"(?:\bco quan(?: (?!nao\b)\w+){0,2} nao\b"
    rf"|\b{_BODY_ROLE}(?: (?:voi|cho|ve|len|den|toi|tai))? (?:(?:cac|nhung) )?{_BODY_KIND} nao\b"
    # "nộp hồ sơ ở đâu", "báo cáo kết quả về đâu" (not "về đầu tư")
    # "vướng mắc thì phản ánh về đâu": where a difficulty is reported
    r"|\b(?:nop|gui|tiep nhan|dang ky|lien he|bao cao|trinh|phan anh)\b[^?]*"
    r"\b(?:o dau|tai dau|ve dau(?! tu\b)|noi nao)\b"
    # "thủ tục ... thực hiện tại đâu": the body a procedure is carried out at (not a zone's
    # place: "vùng phát thải thấp thực hiện tại đâu")
    r"|\bthu tuc\b[^?]*\bthuc hien (?:o|tai) dau\b)"
)

# A body asked by the kind of office it is, a kind few bodies share, with a word qualifying it
# or none ("Kho bạc nào", "thuộc hạt kiểm lâm nào", "chi cục thuế nào"), folded: the kind
OFFICE_KIND_ASKED = re.compile(
    r"\b(hat kiem lam|kho bac(?: nha nuoc)?|quan khu|(?:chi cuc|tong cuc|ngan hang)"
    # ("Chi cục Hải quan khu vực nào": the two words of its kind, then "khu vực")
    r"(?: (?!(?:theo|bang|o|voi|trong|cach|co|la|thi|nao)\b)[a-z]+){0,2}(?: khu vuc)?) nao\b"
)

# A count of years or months asked ("bao nhiêu năm", "mấy tháng"), not a year or a month named
# ("năm nào", "tháng 6", "mấy tháng đầu năm" is a period), folded
DURATION_ASKED = rf"(?:\bbao nhieu\b|{_MAY}) (?:nam|thang)\b(?! (?:nao|dau|cuoi|\d))"
# A body named by a kind, a level or its council, as one side of a choice (folded)
_BODY_NAMED = rf"(?:{_BODY_KIND}|cap|uy ban nhan dan|chu tich)"
# A choice between two bodies for an act ("do UBND xã hay Sở Xây dựng thực hiện", "cấp huyện
# hay cấp tỉnh phê duyệt?"): the body that acts is asked, whatever the bodies are (folded)
_BODY_CHOICE = (
    rf"(?:\bdo |^)(?P<first>{_BODY_NAMED}\b(?:(?! do )[^?]){{0,60}}?)"
    rf" hay (?P<second>{_BODY_NAMED}\b[^?]{{0,60}}?) (?:{_AGENT_MODAL} )*{_AGENT_ACT}\b"
)
_BODY_CHOICE_RE = re.compile(_BODY_CHOICE)


def bodies_offered(folded: str) -> tuple[str, str] | None:
    """The two bodies a question offers as the one that acts ("do UBND xã hay Sở Xây dựng
    thực hiện": "uy ban nhan dan xa", "so xay dung"), folded; None when it offers no choice."""
    choice = _BODY_CHOICE_RE.search(folded)
    return None if choice is None else (choice.group("first"), choice.group("second"))


def offered_act(folded: str) -> str:
    """The act a choice of two bodies is asked for, as the question writes it after them ("do
    Chủ tịch UBND xã hay Sở X tiếp nhận hồ sơ?": "tiep nhan ho so"), folded; "" with no choice."""
    choice = _BODY_CHOICE_RE.search(folded)
    return "" if choice is None else folded[choice.end("second") :].strip(" ?.")


# The number of a document asked after an article of it ("dẫn khoản 4 Điều 52 Luật Điện lực số
# mấy"): the document whose article is cited, named by its kind and title (folded)
# (the title's words are no verb of content: "Điều 5 Nghị quyết này quy định gì" asks what the
# article says, not a number)
# A period asked by its kind, a school year or a numbered round ("năm học nào", "đợt mấy",
# "đợt thứ mấy"), folded
PERIOD_ASKED = re.compile(r"\bnam hoc (?:nao|bao nhieu)\b|\bdot (?:thu )?(?:nao|may)\b")

CITED_ARTICLE_ASKED = (
    rf"(?:(?:diem [a-z]|khoan \d+) )*dieu \d+ (?:cua )?{_KIND} "
    r"(?:(?!(?:quy dinh|noi dung|gom|la)\b)[^\W\d]+ ){0,6}"
    r"(?:so )?(?:nao|may)\b"
)

_INTENT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (intent, re.compile(pattern))
    for intent, pattern in (
        (
            "compare",
            r"\bso sanh\b|\bqua cac (nam|ky|giai doan)\b|\bkhac nhau\b|\bchenh nhau the nao\b"
            # "chênh lệch" is the object of a task when a body is asked to do it ("giao ai chủ
            # trì tính toán chênh lệch tỷ giá"), no comparison
            rf"|^(?!.*(?:{_BODY_ASKED}|{_ONE_CHARGED})).*\bchenh lech\b"
            r"|\bgiua (cac|hai|2) (huyen|dia phuong|ke hoach|van ban|nam|don vi)\b"
            # "biến động" asked as one value ("... bằng bao nhiêu") is no comparison
            # nor as the case a body is asked for ("khi giá biến động thì cơ quan nào tham mưu")
            rf"|\bthay doi (the nao|ra sao) qua\b|^(?!.*{_BODY_ASKED}).*\bbien dong\b"
            r"(?!.*\bbao nhieu\b)"
            # two cases of one rule, which is higher ("A hay B được chi cao hơn", "nhóm nào
            # ngắn hơn", "ai phải báo cáo sớm hơn", "toàn trình thì rẻ hơn một phần không"),
            # not a document that sets a higher value ("Nghị quyết nào quy định mức cao hơn")
            rf"|^(?!.*\b{_KIND}(?: so)? nao\b)(?:.*\b(?:nao|ai|hay)\b[^?]*\b{_HIGHER}"
            rf"|.*\b{_HIGHER}[^?]*\b(?:hay|khong)\b)",
        ),
        (
            "citing",  # which documents cite X ("được viện dẫn" asks what X cites: "list")
            # (the article cited named first: "viện dẫn khoản 2 Điều 9 NĐ 125/2020/NĐ-CP")
            rf"\bnao\b(?:(?!\bduoc\b).)*\b(?:{_CITING_VERBS})\s+(?:(?:den|toi)\s+)?"
            r"(?:(?:diem [a-z0-9]+|khoan \d+|dieu \d+[a-z]?|cua),? )*"
            r"(?:bo luat|luat|nghi dinh|quyet dinh|thong tu"
            rf"|nghi quyet|ke hoach|chi thi|cong van|van ban so|\d|(?:{CODED_KINDS}) \d)"
            # "văn bản nào viện dẫn Chiến lược hạ tầng số (QĐ 1132/QĐ-TTg)": the document cited
            # named by its subject, its number in brackets after it
            rf"|\bnao\b(?:(?!\bduoc\b).)*\b(?:{_CITING_VERBS})\b[^?(]*\((?:{_KIND}) (?:so )?\d"
            # "Kế hoạch nào (của các tỉnh) triển khai QĐ 2437/QĐ-TTg", "Công văn nào dẫn lại công
            # văn 5106/CT-CS": a document of the kind asked acting on a numbered one cites it
            rf"|\b{_KIND}(?: so)? nao\b(?:(?!\bduoc\b)[^?])*?\b(?:{_IMPLEMENTS})"
            rf" (?:cac |nhung )?(?:{_KIND}) (?:so )?\d"
            # "Văn bản nào lấy Nghị định 60/2024 làm căn cứ?"
            rf"|\bnao\b(?:(?!\bduoc\b).)*\blay (?:{_ANY_DOCUMENT}|{CODED_KINDS}) (?:so )?\d"
            r"[^?]* lam can cu\b"
            # "QĐ 3361 được những văn bản nào trích dẫn?", "NĐ 85 được dẫn chiếu trong những văn
            # bản nào?": cited by which documents, the agent named before or after the verb
            # ("... được những văn bản nào trong bộ tài liệu lấy làm căn cứ?")
            rf"|\bduoc (?:nhung |cac )?{_ANY_DOCUMENT} nao(?: trong [^?,]{{1,30}}?)?"
            rf" (?:{_CITES}|lay lam can cu)\b"
            # ("được căn cứ vào văn bản nào" asks what the document is based on)
            r"|\bduoc (?:(?:vien dan|trich dan|dan chieu|nhac (?:den|toi)|de cap)"
            r"(?: (?:den|toi))?(?: (?:trong|tai|o|boi))?|can cu (?:trong|tai|o|boi))"
            rf" (?:nhung |cac )?{_ANY_DOCUMENT} nao\b"
            # "Công văn nào của Cục Thuế trả lời công văn 838/...": a reply cites what it answers
            r"|\b(?:nao|so may)\b(?:(?!\bduoc\b).)*\btra loi (?:cong van|van ban|to trinh)"
            r" (?:so )?\d"
            # "Cục Thuế trả lời công văn 1010/PTH-KTr2 bằng công văn số mấy?": the same, the
            # question word after the numbered document answered
            rf"|\btra loi (?:cong van|van ban|to trinh) (?:so )?\d[^?]*\b{_ANY_DOCUMENT}"
            r"(?: so)? (?:nao|so may)\b",
        ),
        (
            "list",
            # (the kinds of document named in the plural: "những công điện nào", "các luật nào";
            # not the time asked of a document about them: "QĐ áp dụng các quyết định ... ký
            # ngày nào")
            r"\b(nhung|cac) (van ban|quyet dinh|ke hoach|nghi quyet|nghi dinh|chi thi|cong van"
            r"|thong tu|cong dien|luat|thong bao|ket luan|to trinh|can cu)\b"
            # (not the body asked after them: "các thông tư ... ban hành theo đề nghị của đơn
            # vị nào", an agency)
            r".*\b(?<!ngay )(?<!nam )(?<!thang )(?<!khi )(?<!co quan )(?<!don vi )(?<!bo phan )"
            r"(nao|gi)\b"
            r"|\bliet ke\b"
            # "viện dẫn văn bản nào" asks one document: a basis; "Thông tư 40/2021 được viện
            # dẫn trong công văn X ban hành ngày nào" asks the date of the one document cited
            # (nor who signed it: "QĐ 146/QĐ-BVTV-KH (được QĐ 5042 viện dẫn) do ai ký", nor
            # when it took effect: "TT 10/2024, được viện dẫn trong QĐ 4831, có hiệu lực ...")
            r"|^(?!.*\b(?:(?:ban hanh|ky|thong qua) (?:vao )?(?:ngay|thoi gian|khi) nao"
            r"|co hieu luc)\b)"
            r"(?!.*\bai (?:da )?ky\b)"
            # (nor one document's number: "viện dẫn Luật Đầu tư số hiệu nào", "... mà TB
            # 37690 viện dẫn có số hiệu là gì")
            r"(?!.*\bso hieu (?:nao|la gi)\b|.*\bco so hieu\b)"
            rf".*\bvien dan\b(?! {_KIND}(?: so)? (?:nao|gi|may)\b| {CITED_ARTICLE_ASKED})"
            # (not the one document a list is drawn up by: "danh mục văn bản ... thực hiện theo
            # công văn nào")
            r"|\bdanh (sach|muc) (cac )?(van ban|quyet dinh|ke hoach|can cu)\b"
            # (not the date of one document in the list: "... ban hành ngày nào")
            rf"(?!.*\b(?:theo|tai|boi) {_KIND}(?: so)? nao\b)"
            r".*\b(?<!ngay )(?<!nam )(?<!thang )(?<!khi )(nao|gi)\b"
            r"|\b(nhung|cac) can cu\b",
        ),
        # "do ai chủ trì" asks for a body, not a signer: every form says "ký"
        (
            "signer",
            # a person asked, then "ký": "ai ký", "lãnh đạo nào của Sở đã ký", "PCT nào ký"
            # (not one given the signing as a task: "ai được giao (thay mặt Chính phủ) ký")
            # ("Chính phủ giao ai thay mặt Chính phủ ký": the object of a verb of charge is)
            rf"{_CHARGED}{_PERSON_ASKED}"
            r"(?! duoc (?:giao|uy quyen|thua uy quyen|phan cong)\b)"
            rf"[^?]*?{_SIGN}"
            r"|\bnguoi ky\b|\bky (?:boi|ten)\b"
            # "Chủ tịch HĐND tỉnh nào ký": a person named by a position and its body
            r"|\bnao (da )?ky\b(?! ket)"
            # "Chủ tịch UBND tỉnh ký quyết định ... là ai?": who the position that signed is
            rf"|{_SIGN}[^?]*\b(?:la|do) ai\b"
            # the capacity a signature states: "ký thay ai", "ký thừa lệnh ai", "ký với chức
            # vụ gì", "ký dưới tư cách gì" (not "ký ban hành quy định chức danh nào")
            rf"|{_SIGN} (?:thay|thua lenh|thay mat|thua uy quyen)(?: cho)? ai\b"
            rf"|{_SIGN}\b[^?]*\b(?:voi|duoi|theo) (?:chuc vu|chuc danh|tu cach) (?:gi|nao)\b"
            # "PCT ký QĐ 84/2025?": a position and "ký" a document, no other question word
            rf"|^(?:{_POSITIONS}) (?:da )?ky {_KIND}\b(?!.*\b(?:nao|gi|bao nhieu|may)\b)"
            # a yes/no question whose claim is who signed, "do" and the signer before "ký" closing
            # it ("QĐ 210 có phải do PCT Trần Văn Quân ký không?", "... do ông X ký phải
            # không"): the signer confirms or denies it (not "có phải ký quỹ không": a duty; not
            # "tờ khai do chủ hộ ký phải không": a form, no document named)
            rf"|^(?=.*\b(?:{_KIND})\b)(?:.*{_YES_NO_OPEN}[^?]*\bdo [^?]*{_SIGN}\W*khong\W*$"
            rf"|.*\bdo [^?]*{_SIGN}\W*{_YES_NO_CLOSE})",
        ),
        # a period asked by its kind ("thực hiện từ năm học nào", "danh mục ... là đợt mấy"):
        # the school year or round is the answer, not a time limit, a document or a count
        ("date", PERIOD_ASKED.pattern),
        ("decision", ASKS_A_RELATED_DOCUMENT.pattern),
        # "Văn bản ... đưa bảo vật ra nước ngoài có thời hạn ... bị NĐ 308 bãi bỏ có số hiệu là
        # gì?": the number closing the question is what is asked, whatever words of time the
        # subject holds ("có thời hạn", "hiệu lực")
        ("decision", r"\bso hieu(?: (?:van ban|cua no|day du))? (?:la )?(?:gi|nao)\W*$"),
        # a length of time counted in years or months ("có hiệu lực mấy năm", "thời hạn bao
        # nhiêu năm", "trợ cấp mấy tháng lương"): a quantity, not the date a force starts or a
        # time limit ends (days stay a time limit: "giải quyết trong mấy ngày")
        ("figure", DURATION_ASKED),
        (
            # unless a time limit is asked ("chậm nhất bao lâu sau khi ... có hiệu lực", "khi
            # văn bản có hiệu lực thì ... phải cập nhật trong tối đa bao nhiêu ngày")
            "effective",
            # nor a document that ends another's force ("thông tư nào làm hết hiệu lực ...")
            r"^(?!.*\b(?:cham nhat|bao lau|thoi han|han chot"
            r"|(?:trong|toi da|cham nhat) (?:bao nhieu|may) ngay)\b)"
            rf"(?!.*\b{_KIND}(?: so)? nao\b[^?]*\bhet hieu luc\b)"
            # (or after it: "thay thế (làm hết hiệu lực) nghị định nào"; "hết hiệu lực khi
            # quyết định nào có hiệu lực": the document whose force ends another's)
            rf"(?!.*\bhet hieu luc\W*{_KIND}(?: so)? nao\b)"
            rf"(?!.*\bhet hieu luc\b[^?]*\b{_KIND}(?: so)? nao (?:co |bat dau )*hieu luc\b)"
            # nor the one a document's force ended by ("hết hiệu lực theo quyết định nào")
            rf"(?!.*\bhet hieu luc (?:theo|tai|boi|bang|o) {_KIND}(?: so)? (?:nao|so may)\b)"
            # nor a document's number, no time asked ("Khi QĐ 161 có hiệu lực thì quyết định
            # năm 2024 (số mấy) hết hiệu lực?": the document whose force ends is asked)
            rf"(?!(?!.*{_TIME_ASKED}).*\b{_KIND}\b[^?]*\bso (?:may|nao|hieu)\b)"
            # nor a force named as the bound of a case ("ban hành trước ngày Quyết định này có
            # hiệu lực thì xử lý thế nào"), no time asked: the case is the subject
            rf"(?!(?!.*{_TIME_ASKED}).*\b(?:truoc|sau) (?:ngay|khi)\b[^?]*\bhieu luc\b)"
            r".*(?:\bhieu luc\b"
            r"|\b(bat dau )?(duoc )?ap dung (tu|ke tu) (?:(ngay|khi|luc|thoi diem) nao|bao gio)\b"
            r"|\bthi hanh (tu|ke tu) (ngay|khi)\b)",
        ),
        (
            "deadline",
            # not a rate or a sum asked of the case ("nộp chậm ... bị truy thu thêm bao nhiêu
            # %/ngày", "quá thời hạn thì phạt bao nhiêu tiền"): a figure, whatever time it names
            rf"^(?!.*{_RATE_OR_SUM_ASKED})"
            # (nor the document a time limit is set by: "... phải tuân thủ thời hạn ... theo
            # nghị định nào")
            rf"(?!.*\b(?:theo|tai|boi|o) {_KIND}(?: so)? (?:nao|so may)(?: cua [a-z ]{{1,30}})?"
            r"\W*$)"
            # (nor a document asked first, no time: "Văn bản nào ... quy định mức cho vay, thời
            # hạn và lãi suất cho vay ...?", the time limit one of the things it rules on)
            rf"(?!{_ANY_DOCUMENT}(?: so)? nao\b(?!.*(?:{_TIME_ASKED}|\bbao lau\b|{HOW_MANY})))"
            r"(?:.*(?:"
            # (not a term a thing holds: "đình chỉ hoạt động có thời hạn", "chứng chỉ còn thời
            # hạn", a validity named as part of the subject)
            rf"{_TIME_LIMIT_NAMED}|\bhan chot\b|\bcham nhat\b|\btruoc ngay nao\b"
            # "cho áp dụng QĐ 06/2015 ... đến hết ngày nào": the last day a rule still holds
            r"|\b(?:den|toi) het ngay nao\b"
            r"|\b(trong )?bao lau\b"
            # "sao lưu định kỳ với tần suất như thế nào": how often, a count per period
            rf"|{HOW_OFTEN}"
            r"|\bhan (nop|gui|trinh|hoan thanh|bao cao|cuoi)\b"
            # "hạn Sở KHCN trình ...": the limit of the body named and its act, "hạn" as a noun
            # (not "quyền hạn", "thời hạn", "gia hạn", "giới hạn", "kỳ hạn" of a body)
            r"|(?<!gia )(?<!thoi )(?<!ky )(?<!quyen )(?<!gioi )(?<!co )(?<!huu )(?<!vo )"
            r"\bhan (?:so|bo|cuc|uy ban nhan dan|phong|cac|don vi|co quan)\b"
            # or the question opens with it, after the document it is about ("QĐ 3565: hạn ...")
            r"|(?:^|: )han (?!che\b|muc\b|ngach\b|quoc\b|han\b)\w"
            # "mấy ngày", "trong mấy giờ": a duration, not the hour of "sau mấy giờ (đêm)"
            # ("bắt đầu từ mấy giờ": the hour a thing starts at, a time of day)
            r"|\bmay ngay( lam viec)?\b|(?<!sau )(?<!luc )(?<!truoc )(?<!tu )\bmay (?:gio|tuan)\b"
            # "mốc thời gian nào", "hạn công bố ... là ngày nào": a time limit set for an act
            r"|\bmoc (?:thoi gian|thoi han|ngay)\b"
            rf"|(?<!gia )\bhan (?!che\b|muc\b|ngach\b|quoc\b)\w+\b[^?]*{_TIME_ASKED}"
            r"|\bthoi gian (giai quyet|thuc hien|hoan thanh)\b"
            r"|\b(trong )?bao nhieu (ngay|gio|tuan)( lam viec)?\b))",
        ),
        # "được ban hành theo quyết định số mấy, ngày nào": a document's number and date are
        # asked together, which the document named by its number and date answers
        (
            "decision",
            rf"\b{_ANY_DOCUMENT}(?: so)? (?:nao|so may)\b,? (?:va )?(?:(?:ban hanh|ky) )?"
            r"(?:vao )?ngay (?:nao|thang nam nao)\W*$",
        ),
        (
            # "Văn bản giao Sở Tài chính ... là văn bản nào?": a document is what is asked, by its
            # kind, and no body ("cơ quan nào", "ai") nor value is: the bodies it names describe it
            # (what a document is based on is asked below: "căn cứ", "dựa trên", "trên cơ sở")
            # ("số hiệu ... là gì": the number is what "là gì" asks)
            "decision",
            rf"^{_NO_BODY_ASKED}(?!.*\b(?:bao nhieu|ngay nao|khi nao|bao lau|la gi|can cu"
            r"|dua (?:tren|vao)|tren co so)\b)"
            # "Cục Thuế dẫn thông tư nào ...", "dẫn điểm a khoản 3 Điều 44 của Nghị định nào":
            # the one document an agent relies on (basis)
            r"(?!.*(?<!\bnhan )(?<!\bhuong )\b(?:dan|vien dan|trich dan|dan chieu)(?: lai)?"
            rf" (?:{_KIND}\b|{CITED_ARTICLE_ASKED}))"
            rf".*\b{_ANY_DOCUMENT}(?: so)? (?:nao|so may)\b|^{_NO_BODY_ASKED}.*(?:{_ITS_NUMBER})",
        ),
        (
            "agency",
            # a role named bare ("người chủ trì cuộc họp được bồi dưỡng bao nhiêu") describes
            # whom a number is asked of when "bao nhiêu"/"mấy" is asked: a body is asked only
            # by a question word of its own ("cơ quan nào", "ai")
            # ("Công an tỉnh chủ trì nội dung gì": the task a body is given is asked, not a body)
            # ("Phiên họp ... do Thủ tướng chủ trì diễn ra ngày nào": the body is named, a
            # time is asked)
            rf"^(?!.*{HOW_MANY})(?!.*{_TASK_ASKED})(?!.*{_TIME_ASKED})"
            r".*(?:\bchu tri\b|\bchiu trach nhiem\b|\bphu trach\b|\bdau moi\b)"
            # whom a document is sent to ("công văn ... tỷ lệ ... được gửi tới ai")
            f"|{ADDRESSEE_ASKED.pattern}"
            r"|\bco quan (nao|gi)\b|\bdon vi (nao|gi)\b"
            # a body's kind asked with another beside it ("đơn vị, nhà thầu nào thực hiện",
            # "cơ quan hoặc tổ chức nào")
            # (bodies both: "tổ chức, cá nhân nào" asks who a rule applies to, "bộ phận, chi tiết
            # nào" parts of a thing)
            r"|\b(?:co quan|don vi)(?:,| hoac| hay) (?:co quan|don vi|to chuc|nha thau"
            r"|doanh nghiep|bo phan) nao\b"
            # (not "chuyển giao đơn vị sự nghiệp", "bàn giao": a transfer, no task given; nor
            # "giao cho Sở Tư pháp bao nhiêu biên chế": what the body is given is counted)
            rf"|(?<!chuyen )(?<!ban )\bgiao (cho )?(co quan|don vi|so|ai)\b(?![^?]*{HOW_MANY})"
            # (not "công bố nào", "bãi bỏ nào": a document's act)
            r"|(?<!van )(?<!can )(?<!ma )\b(so|ban|(?<!cong )(?<!bai )bo|cuc) nao\b"
            # a unit of a ministry or a body asked by its kind ("phối hợp với vụ nào", "phòng
            # nào thẩm định"; not "nhiệm vụ nào", "dịch vụ nào", "mùa vụ nào": a task, a service)
            r"|(?<!nhiem )(?<!dich )(?<!nghia )(?<!mua )(?<!thoi )\bvu nao\b"
            r"|\b(?:phong|trung tam)(?: chuyen mon)? nao\b"
            # a body asked by the kind of office it is ("Kho bạc nào có trách nhiệm thi hành",
            # "thuộc hạt kiểm lâm nào", "chi cục thuế nào")
            rf"|{OFFICE_KIND_ASKED.pattern}"
            # a person asked by a position as the one given a task ("giao Phó Thủ tướng nào chỉ
            # đạo", "đồng chí nào được phân công theo dõi"): the holder the text names, as "ai
            # được giao" asks
            rf"|\b(?:giao|phan cong|uy quyen|cu)(?: cho)? {_ONE_HELD} nao\b"
            rf"|\b{_ONE_HELD} nao (?:duoc |se |da )?(?:giao|phan cong|uy quyen)\b"
            # "cơ quan trung ương nào", "phối hợp với vụ nào", "nộp hồ sơ trực tiếp ở đâu"
            rf"|{_BODY_ASKED}"
            # "ai (được UBND tỉnh) giao hướng dẫn": a body asked by the task it is given
            r"|\bai\b(?: [^?]*?)? (?:thuc hien|tham muu|huong dan|to chuc|giao|chu tri"
            r"|phu trach|chiu trach nhiem)\b"
            r"|\bdo ai (chu tri|phu trach|thuc hien)\b|\b(phan cap|giao) cho cap nao\b"
            # "ai được (UBND tỉnh) ủy quyền ...", "ủy quyền cho ai": who receives a task or a
            # power — a body or the holder of a position, whatever the task asks besides ("100%")
            r"|\bai (?:duoc (?:[^?,]{1,40}? )?)?(?:giao|uy quyen|phan cong)\b"
            r"|\b(?:giao|uy quyen|phan cong)(?: cho)? ai\b"
            # a party, a level or a place asked as the one that acts: the question word right
            # before the act ("bên nào thực hiện", "cấp nào quyết định đầu tư", "do cấp nào
            # thẩm định", "nơi nào tiếp nhận hồ sơ"); not "công trình cấp nào" (a grade) nor
            # "cấp nào thì phải ..." (a case)
            rf"|\bben nao\b|(?:^|\bdo |, )(?:cap|noi) nao (?:{_AGENT_MODAL} )*{_AGENT_ACT}\b"
            rf"|{_BODY_CHOICE}"
            # a body named as the subject and asked by "là gì"/"là ai" at the end ("Cơ quan
            # có thẩm quyền giải quyết thủ tục là gì?"), not the tasks it has ("có trách
            # nhiệm gì": no "là")
            r"|^(?:co quan|don vi(?! (?:hanh chinh|tinh)\b)|bo phan)\b[^?]*\bla (?:gi|ai)\W*$",
        ),
        (
            # "căn cứ tính định mức ... là bao nhiêu": a value used as a basis, not a document
            "basis",
            r"^(?!.*\bbao nhieu\b).*\bcan cu\b"
            rf"|\bdua (?:tren|vao) (?:co so )?(?:cua )?{_KIND}\b[^?]*\b(?:nao|gi|so may)\b"
            # "dựa trên phiếu lấy ý kiến ... số mấy": the number of what it rests on, whatever
            # the kind of that paper
            r"|\b(?:dua (?:tren|vao)|tren co so)\b[^?]*\bso may\W*$"
            # "Cục Thuế dẫn nghị định nào (khi trả lời)": the one document an answer relies on
            rf"|(?<!\bnhan )(?<!\bhuong )\b(?:dan|vien dan|trich dan|dan chieu)(?: lai)? {_KIND}"
            r"(?: so)? (?:nao|gi|may)\b"
            rf"|(?<!\bnhan )(?<!\bhuong )\b(?:dan|vien dan|trich dan|dan chieu)(?: lai)?"
            rf" {CITED_ARTICLE_ASKED}"
            # "được ban hành trên cơ sở luật nào"
            rf"|\btren co so {_ANY_DOCUMENT}\b[^?]*\b(?:nao|gi|so may)\b",
        ),
        (
            # "Quyết định nào ... ban hành tỷ lệ ...": the document is asked for, whatever the
            # words of its subject ("tỷ lệ", "chỉ tiêu", "điểm"), unless a value is asked too
            "decision",
            r"^(?!.*\b(?:bao nhieu|ngay nao|khi nao|ai ky|la may)\b).*\b(?:quyet dinh|ke hoach"
            r"|van ban|nghi quyet|nghi dinh|chi thi|cong van|thong tu|thong bao|chuong trinh"
            r"|ket luan|de an|huong dan|cong dien)(?: so)? nao\b",
        ),
        # the time an event takes place ("Thủ tướng làm việc với ... vào ngày nào", "Hội nghị
        # được tổ chức khi nào"), no obligation said: a date, not a time limit
        ("date", rf"^(?=.*{_TIME_ASKED})(?!.*{_OBLIGATION}).*{_EVENT}"),
        (
            # a time asked of an act ("phải ... khi nào", "tổng kết vào thời gian nào", "hằng
            # năm"), not of what dates a document (issued, signed, sent, answered ...)
            "deadline",
            # ("Công văn 5642/CT-CS ngày nào?": the time is asked of the document itself)
            rf"^(?=.*{_TIME_ASKED})(?:(?=.*{_OBLIGATION})|(?!.*{_DATING_VERB})"
            # ("Thông báo xác định trước mã số ... ngày nào?": a question opening with a
            # document's kind and closing on the day asks the day of that document)
            rf"(?!{_DOCUMENT_DAY_ASKED})"
            # ("Tờ trình ... (QĐ 98/2025/QĐ-UBND) ngày nào?": the number closes a bracket)
            rf"(?!.*\b{_KIND}(?: so)? [\w/.-]*\d[\w/.-]*\)?"
            rf" (?:(?:duoc|co|la|vao) )*{_TIME_ASKED}))",
        ),
        (
            "date",
            # "ngày ban hành QĐ 170?", "ngày ký ...": the date named, no question word
            r"(?<!tu )(?<!sau )(?<!truoc )\bngay (?:ban hanh|ky|thong qua)\b"
            r"|\b(?:ngay|hom) nao\b|\bkhi nao\b|\bbao gio\b|\bthoi diem nao\b"
            r"|\bngay thang nam nao\b|\bngay bao nhieu\b|\bvao ngay\b.*\?$|\bthoi gian nao\b"
            r"|\bhan chot\b|\btruoc ngay nao\b|\bngay may\b|\b(?:vao|trong|tu|den) nam nao\b"
            # "xác định mốc năm nào bắt buộc ...": a point in time asked by its landmark
            r"|\bmoc (?:thoi gian |nam )?nao\b",
        ),
        # "KH 153 ... thực hiện chương trình ... đến năm 2030 của BCA số mấy?": the number of a
        # document named is asked, whatever year its subject runs to
        ("decision", rf"\b{_ANY_DOCUMENT}\b[^?]*\bso may\W*$"),
        # "(đến năm 2030) ... sẽ được tích hợp vào đâu", "được đặt tại đâu": a place or a body
        # is asked, not a value, whatever year or target the subject names ("đâu" closing the
        # question or its clause: not "về đầu tư", "đầu thầu" folded alike)
        (
            "general",
            r"^(?!.*\b(?:bao nhieu|may|ty le|ti le)\b)"
            r".*\b(?:vao|o|tai|len|den|toi|ve) dau(?=\W*$|\s*(?:,|va\b|de\b))",
        ),
        (
            "target",
            # (not a programme's name: "Chương trình mục tiêu quốc gia ...", "CT MTQG")
            r"\bchi tieu\b|\bmuc tieu\b(?! quoc gia)|\bphan dau\b|\bdat muc\b|\bke hoach dat\b"
            r"|\bdu kien dat\b|\bdinh huong den\b|\bden (?:nam )?\d{4}\b|\bphai dat\b",
        ),
        (
            "decision",  # "kế hoạch số bao nhiêu": a document number, not a figure
            # (a "số" is said: "tổng kinh phí thực hiện kế hoạch là bao nhiêu" asks a sum)
            rf"\b{_ANY_DOCUMENT} (?:so (?:la )?|la so )(bao nhieu|may)\b",
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
            rf"|\bphan tram\b|%|{_HOW_MANY}"
            # ("hồ sơ thủ tục" is no "số thủ tục")
            r"|\b(co|la|dat|duoc|giao) may\b|\bmuc (do|ty le) dat\b"
            # a level asked ("dân số dưới mức nào", "hoạt động ổn định ở mức nào"; not a grade,
            # "xếp loại chất lượng ở mức nào", nor a section written of, "được nêu ở mục nào")
            r"|^(?!.*\b(?:xep loai|danh gia|phan loai|hoan thanh nhiem vu|neu|ghi|de cap)\b)"
            r".*\b(?:o|den|dat|duoi|tren|vuot|khong qua|toi thieu|toi da|tu) muc nao\b"
            # a coefficient asked ("hưởng phụ cấp hệ số mấy"): no designation's "số mấy"
            r"|\bhe so (?:la )?may\b"
            # a range asked ("bị phạt tù trong khung nào", "khung giá nào"; not "khung giờ nào",
            # a time of day)
            r"|\bkhung (?!gio\b|thoi gian\b)(?:[a-z]+ ){0,3}?nao\b"
            # an ordinal asked at the question's end ("tại kỳ họp thứ mấy?")
            rf"|\bthu {_MAY}(?=\W*$)"
            # a fee asked by how it is reckoned ("lệ phí ... tính thế nào"): its amount
            r"|\b(?:le phi|phi|muc thu|muc phi)\b.*\btinh (?:nhu )?(?:the nao|ra sao)\b"
            # a rate or a fee named, no word asking anything else ("thuế suất TNCN trên lãi cổ
            # đông nhận khi cho công ty vay?"): its amount
            r"|^(?:muc )?(?:thue suat|le phi|hoc phi|muc thu|muc phi)\b"
            r"(?!.*\b(?:nao|gi|ai|dau|sao|khong)\b)"
            r"|(?<!\bho )\bso (ho so|tthc|thu tuc"
            r"|nhiem vu|van ban|doanh nghiep|tin bai|phieu|cong chuc|vien chuc|bien che)\b",
        ),
        # "ai quyết định lập tổ công tác", "ai làm chủ đầu tư": a person or body asked by what
        # it does or the role it holds, no other answer type asked, is an agent ("ai ký" is the
        # signer, above)
        ("agency", r"\bai\b(?! (?:do|nay|khac)\b)"),
        ("general", r"\b(ve )?noi dung (gi|nao)\b|\bve viec gi\b|\bnhu the nao\b|\bra sao\b"),
        (
            "decision",
            r"^(quyet dinh|ke hoach|nghi quyet|chi thi|cong van|de an|chuong trinh)\b"
            # "Số (hiệu) NQ của UBTVQH về ...?": the number of a document, asked as a noun
            rf"|^so (?:hieu )?(?:cua )?{_KIND}\b"
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
_DEPARTMENT_TONED = re.compile(r"\bsở nào\b")
# Typed without marks, "so nao" closing the question after "là" or a kind of document ("Quyết
# định ... là so nao?", "văn bản so nao?") asks a number: a department is asked by what it is
# given or does ("so nao duoc giao chu tri", "thuoc so nao"); so does a law or a basis named
# before it ("căn cứ Luật Thuế GTGT số nào")
_NUMBER_LAST = re.compile(
    r"\b(?:la|quyet dinh|ke hoach|nghi quyet|van ban|cong van) so nao\W*$"
    # (not a department a file goes to: "luật ... thuộc sở nào", "nộp hồ sơ cho sở nào")
    r"|\b(?:can cu )?luat(?: (?!(?:thuoc|tai|cho|nop|gui|o|den|ve)\b)\w+){0,6} so nao\W*$"
)


# "mục nào" (which section) and "mức nào" (which level) fold alike; typed with marks, a
# section asked is no level
_WHICH_MUC = re.compile(r"\bmuc (?=nao\b)")
_SECTION_TONED = re.compile(r"\bmục nào\b", re.IGNORECASE)


# "dv nào", "cq gì": a body's kind typed as its initials, read as a body only before the
# question word (elsewhere "dv" may be "dịch vụ"), folded
_BODY_INITIALS = {"dv": "don vi", "cq": "co quan"}
_BODY_INITIALS_ASKED = re.compile(rf"\b({'|'.join(_BODY_INITIALS)})(?= (?:nao|gi)\b)")


# The head nouns of an entity that is no document, by the kind of answer each asks for (folded):
# a place ("tỉnh nào", "xã nào"), an organization ("công ty nào", "quỹ nào"), a field ("thuộc
# lĩnh vực nào") or a category ("hình thức nào", "nhóm đối tượng nào")
ENTITY_HEADS = {
    "place": ("tinh", "thanh pho", "huyen", "quan", "thi xa", "thi tran", "xa", "phuong"),
    "organization": (
        "cong ty",
        "tong cong ty",
        "doanh nghiep",
        "quy",
        "ngan hang",
        "hop tac xa",
        "tap doan",
    ),
    "field": ("linh vuc", "nganh"),
    "category": ("nhom", "loai", "hinh thuc", "phuong thuc", "cach thuc", "doi tuong"),
}
_HEAD_KIND = {head: kind for kind, heads in ENTITY_HEADS.items() for head in heads}
# the head noun right before the question word ("thuộc lĩnh vực nào"; "cơ quan nào" is a body,
# "thành phố nào" a place, not "phố")
_ENTITY_ASKED = re.compile(
    r"(?<!\bco )\b(?P<head>"
    + "|".join(sorted(_HEAD_KIND, key=len, reverse=True))
    + r") (?:nao|gi)\b"
)
# "các sở, ban, ngành nào": bodies listed by their kinds (an agency asked), not a field
_BODY_KINDS_LISTED = re.compile(r"\b(?:ban|so),? $")
# a year near an unmarked "quy nao" ("trong quy nao nam 2025"): a quarter, not a fund
_A_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# heads whose folded form is another word too ("quỹ"/"quý", "tỉnh"/"tính"): read with the
# question's marks when it is typed with them
_HEADS_TONED = {"quy": "quỹ", "tinh": "tỉnh", "xa": "xã", "phuong": "phường", "quan": "quận"}


def asked_entity(folded: str, toned: str | None = None) -> tuple[str, str] | None:
    """(kind, head noun) of the entity a question asks for by "<noun> nào/gì" when the noun is
    no document's kind ("Cử tri tỉnh nào kiến nghị ...": ("place", "tinh")), folded; None when
    no such noun is asked. ``toned``: the question with its marks, when typed with them."""
    for m in _ENTITY_ASKED.finditer(folded):
        head = m.group("head")
        if head == "nganh" and _BODY_KINDS_LISTED.search(folded, 0, m.start()):
            continue
        if toned is None and head == "quy" and _A_YEAR.search(folded):
            continue
        if (
            toned is not None
            and head in _HEADS_TONED
            and re.search(rf"\b{_HEADS_TONED[head]} (?:nào|gì)\b", toned) is None
        ):
            continue  # "quý nào" (a quarter), not "quỹ nào"
        return _HEAD_KIND[head], head
    return None


def _intent(folded: str, toned: str | None = None) -> str:
    """The intent of the question; a document is not asked when the question asks for an
    entity of another kind ("Quyết định 3565 công bố TTHC thuộc lĩnh vực nào?": a field)."""
    intent = _first_intent(folded, toned)
    if intent == "decision" and asked_entity(folded, toned) is not None:
        return "general"
    return intent


# "ai" asking who acts on a count the question names, no question word asking the count itself
# ("ai có thẩm quyền quyết định số lượng máy móc"), folded
_WHO_DECIDES_A_COUNT = re.compile(
    rf"^(?!.*(?:{HOW_MANY}|\bt[yi] le\b|\bphan tram\b))"
    r"(?:.*\bai\b(?: co tham quyen)? (?:quyet dinh|phe duyet|xac dinh|dieu chinh)\b[^?]*"
    r"\b(?:so luong|tong so)\b|.*\b(?:so luong|tong so)\b[^?]*\bdo ai (?:quyet dinh|phe duyet)\b)"
)


def _first_intent(folded: str, toned: str | None = None) -> str:
    """The first intent whose pattern ``folded`` matches; ``toned`` (the question with its marks,
    when typed with them) keeps "số nào" from reading as "sở nào"."""
    folded = _BODY_INITIALS_ASKED.sub(lambda m: _BODY_INITIALS[m.group(1)], folded)
    for intent, pattern in _INTENT_PATTERNS:
        text = folded
        if intent == "agency" and (
            (toned is not None and not _DEPARTMENT_TONED.search(toned))
            or (toned is None and _NUMBER_LAST.search(folded))
        ):
            text = _WHICH_SO.sub("so_ ", folded)
        if intent == "signer" and toned is not None and not _SIGN_TONED.search(toned):
            continue  # "kỳ họp", "định kỳ": no signature asked
        if intent == "decision" and _CODE_LAST.search(folded):
            # "QĐ 4001/QĐ-BKHCN bãi bỏ TTHC ..., mã số là gì?": the code its last words ask,
            # not the document it opens with
            continue
        if intent == "figure" and toned is not None and _SECTION_TONED.search(toned):
            text = _WHICH_MUC.sub("muc_ ", text)  # "ở mục nào": a section, no level asked
        if intent == "figure" and _WHO_DECIDES_A_COUNT.search(folded):
            # "ai có thẩm quyền quyết định bổ sung số lượng máy móc": the count is what is
            # decided, the one deciding is asked
            continue
        if pattern.search(text):
            return intent
    if (
        names_a_sum(folded)
        or asks_a_code(folded)
        or _FEE_CHARGED.search(folded)
        or _FEE_HOW.search(folded)
    ):
        return "figure"
    return "general"


# A fee named ("phí", "lệ phí"), folded: not "kinh phí", "chi phí", "học phí", nor the prefix
# "phi" ("phi nông nghiệp", "phi lợi nhuận", "phi chính phủ")
FEE_ASKED = re.compile(
    r"(?<!kinh )(?<!chi )(?<!hoc )\b(?:le )?phi\b(?! (?:nong|loi|chinh|quan|vat|ly)\b)"
)
# Whether a fee is charged ("có mất phí không", "có phải nộp phí, lệ phí không"): the fee
# field answers, its amount or its "Không"
_FEE_CHARGED = re.compile(rf"{FEE_ASKED.pattern}[^?]*\bkhong\W*$")
# How a fee is charged ("thu phí thẩm định thế nào khi ..."): its amount for the case named
_FEE_HOW = re.compile(rf"\bthu {FEE_ASKED.pattern}[^?]*\b(?:the nao|ra sao)\b")


# No question word, the question names a sum ("phí cấp chứng chỉ khi thay đổi thông tin", "mức
# hỗ trợ giáo viên mầm non tư thục"): the sum is what is asked (folded); "kinh phí ... từ đâu"
# asks its source
_SUM_NAMED = re.compile(
    r"^(?!.*\b(?:(?:o|tu|ve|tai|di) dau|nao|gi|ai|(?:ra|vi|tai) sao|bao (?:lau|gio))\b)"
    r"(?:(?:muc |so )?(?:le phi|phi|hoc phi|gia|don gia"
    r"|kinh phi|so tien|tien)\b|muc (?:thu|chi|ho tro|phat|luong|tro cap)\b)"
)
# The question asks a code ("xếp vào mã HS nào", "mã ngành ... là mã nào", "mã số hàng hóa là
# gì", "mã số bao nhiêu", "mã số HS của ... là bao nhiêu" as its last words), folded
_CODE_ASKED = re.compile(
    r"\bma (?:so|hs|tthc|thu tuc|nganh)\b"
    r"(?:[^?]*\b(?:nao|gi)\b|(?: hs| hang hoa)?(?: la)? bao nhieu\b"
    r"|[^?]*\bla bao nhieu\W*$)"
    # "Mã thủ tục cấp C/O mẫu AK tại Sở Công Thương": the code named first, no question word
    r"|^ma (?:so |tthc |thu tuc )(?!.*\b(?:nao|gi|ai|bao nhieu|may)\b)"
)
# A code (of a procedure too) asked by the question's last words ("..., mã số là gì?", "có mã
# TTHC nào?"), whatever document it opens with, folded
_CODE_LAST = re.compile(
    r"\bma (?:so|tthc|thu tuc(?: hanh chinh)?)\b(?: (?:la|cua no))? (?:gi|nao|bao nhieu)\W*$"
)


def asks_a_code(folded: str) -> bool:
    """``folded`` asks for a code ("được xếp vào mã HS nào", "mã số ... là bao nhiêu"), not for
    an amount or a count."""
    return _CODE_ASKED.search(folded) is not None or _CODE_LAST.search(folded) is not None


def names_a_sum(folded: str) -> bool:
    """``folded`` asks no question word but names a sum of money, the value it asks for ("phí
    lệ phí của thủ tục này", "mức hỗ trợ giáo viên")."""
    return _SUM_NAMED.search(folded) is not None


# ---------------------------------------------------------------- constraints

_YEAR = re.compile(r"(?<![\d/.,])((?:19|20)\d{2})(?![\d/.,]\d)")
# the year of a full date ("lượng mưa ngày 16/11/2024"), which the pattern above leaves (a
# number's year: "16/2024/QĐ-UBND")
_DATED_YEAR = re.compile(r"(?<![\d/.,])\d{1,2}/\d{1,2}/((?:19|20)\d{2})(?![\d/.,]\d)")
# The date of a document, after its number or its kind ("Kế hoạch số 552/KH-UBND ngày
# 19/11/2025"), folded: it tells the document, not the year of the fact asked
_DOCUMENT_DATE_BEFORE = re.compile(rf"(?:\d+/\S+|\bso \S+|\b{_ANY_DOCUMENT})\s+ngay\s*$")


def _dated_years(folded: str) -> list[str]:
    """The years of the full dates a folded question writes, but a document's own date."""
    return [
        m.group(1)
        for m in _DATED_YEAR.finditer(folded)
        if not _DOCUMENT_DATE_BEFORE.search(folded, max(0, m.start() - 40), m.start())
    ]


# A law named by its year ("Luật Căn cước 2023", "luật công đoàn năm 2024", a code by its
# initials: "BLHS 2015"): a few words of its name, then the year (folded, plain; "pháp luật"
# is law in general, no name)
_LAW_NAME_YEAR = re.compile(
    r"(?:(?<!phap )\b(?:bo )?luat(?: [a-z]+){1,4}?|\b(?:blhs|blds|bltths|blttds|blld)) (?:nam )?"
    r"((?:19|20)\d{2})\b(?![/.,]\d)"
)
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
# (not a count of a period: "báo cáo 6 tháng", "kế hoạch 5 năm"; "quyết định 2533 ngày 20/11"
# is a number)
# (a number glued to a letter names a technology or a format, not a document: "kế hoạch 5G")
_BARE_NUMBER = re.compile(
    rf"\b({_TYPE_ALT}) (?:so )?(\d{{1,6}})(?![\d/.,-]|[^\W\d_])"
    r"(?! (?:thang|quy|tuan|ngay|nam)\b(?! \d))"
)
# "công văn hướng dẫn nào": the first of two kind words is the kind, the second describes it
_ASKED_TYPE = re.compile(
    rf"\b({_TYPE_ALT})(?: (?:{_TYPE_ALT}))?{EARLIER}(?:(?: so)? (?:nao|gi)| so (?:may|bao nhieu))\b"
    # "Số hiệu (của) quyết định ...", "số và ngày của nghị quyết ...": its number is asked
    rf"|\bso (?:hieu|va ngay)(?: cua)? ({_TYPE_ALT})\b|^so ({_TYPE_ALT})\b"
)
# "Tờ trình của Sở Xây dựng về ... số mấy?": a question that opens with a kind and asks a
# number at its end asks for a document of that kind (folded)
# (not a kind with its number: "NQ 75/2025/NQ-HĐND của HN ... căn cứ Luật Dân quân tự vệ số
# mấy" names the resolution, and asks the kind nearest before "số mấy")
_OPENING_KIND = re.compile(
    rf"^(?:cho (?:hoi|biet) |xin hoi )?({_TYPE_ALT})\b(?! (?:so )?\d)"
    rf"[^?]*\bso (?:may|nao|bao nhieu)\W*$"
)
_NUMBERED_OPENING = re.compile(rf"^(?:cho (?:hoi|biet) |xin hoi )?{_TYPE_ALT} (?:so )?\d")
# "QĐ quy định thoát nước ... căn cứ Luật Tài nguyên nước số mấy": the kind the described
# document grounds itself on is the one asked, not the kind the question opens with (folded)
_GROUNDS_KIND = re.compile(
    rf"\b(?:can cu|dua (?:tren|vao)|tren co so|vien dan|trich dan|dan chieu)"
    rf" (?:vao |theo )?(?:{_TYPE_ALT})\b"
)
# ("NQ 393/NQ-CP thông qua ... Luật Viên chức theo đề nghị ... tại văn bản số mấy": any kind)
_NEAREST_KIND = re.compile(
    rf"\b({_TYPE_ALT})\b(?! (?:so )?\d)(?:(?!\b(?:{_TYPE_ALT}|van ban)\b)[^?])*"
    r"\bso (?:may|nao|bao nhieu)\W*$"
)
_PERIOD = re.compile(
    r"\bquy (i{1,3}|iv|[1-4])\b|\b(\d{1,2}) thang\b|\b(nua dau|nua cuoi) nam\b|\bca nam\b"
    # a quarterly duty ("báo cáo hằng quý"): a unit of no quarter is of another period ("định kỳ
    # 06 tháng, năm"); "hằng tháng / hằng năm" tell nothing, every text writes "tháng", "năm"
    r"|\b(hang|moi|tung) quy\b"
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
# (a level is no place: "cấp xã TP Cần Thơ"; the name is read ahead, not taken, so that a
# unit opening it is read as a place of its own)
_CASED_LOCALITY = re.compile(
    r"(?<![\wÀ-ỹ])(?<![Cc]ấp )(?i:("
    + "|".join(re.escape(u) for u in _UNITS_CASED)
    + rf"))\s+(?=({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}))"
)
# (with their marks: "Tĩnh" of "Hà Tĩnh", "Quan" of "Văn Quan" are no "tỉnh", "quận")
_UNIT_WORDS = frozenset(u.lower() for u in _UNITS_CASED if " " not in u)
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
# A unit typed without marks (not "quan", "xa": "cơ quan", "xa" are other words) and a name of
# capitalized words after it, no initials ("tinh QD 80" names no place "QD")
_BARE_CASED_LOCALITY = re.compile(
    r"\b(?i:(thanh pho|thi tran|thi xa|huyen|tinh|phuong))\s+"
    r"((?:[A-ZĐ][a-zđ]+)(?:\s+[A-ZĐ][a-zđ]+){0,3})\b"
)
# Folded units unambiguous enough to guess a lower-case name after them ("phuong" of "địa
# phương", "đa phương", "song phương", "đơn phương" is no ward: "địa phương hóa TTHC")
_FOLDED_LOCALITY = re.compile(
    r"\b(thanh pho|thi tran|thi xa|tx|tp|huyen|tinh|(?<!dia )(?<!da )(?<!song )(?<!don )phuong)"
    r"\s+([a-z]+(?:\s+[a-z]+){0,2})"
)
# Words that cannot start a place name: a unit followed by one of them is generic ("huyện đã",
# "VP UBND tinh de bai bo ...": "để"; "Ha Tinh QD 2890": a document's kind no province's
# initials are ("tỉnh TT Huế", "tỉnh ND" are); "tinh hinh": the "tình hình" of a matter).
_NOT_NAME_WORDS = """
    ban uy nhan dan hoi dong giao thuc hien xay dung trien khai tiep nhan chi dao to chuc
    phong cap chu tich ket qua cong tac nhiem vu ke hoach quyet dinh bao cao cai cach
    thu tuc hanh chinh quy giai doan dieu hanh lanh dao quan ly ngan sach kinh te xa hoi
    truc thuoc doan the nha nuoc can bo cong chuc vien chuc dang bo uy vien thi xa huyen
    tinh phuong trung tam de qd nq cv hinh
    """
_NOT_NAME = STOP_WORDS | frozenset(_NOT_NAME_WORDS.split())
# Codes of a kind of document that end a name begun before them ("tp hcm kh kèm QĐ 2820": the
# plan), though they may open one ("tỉnh TT Huế", "tỉnh ND")
_CODES_AFTER_NAME = frozenset({"kh", "tt", "tb", "nd", "ct", "bc", "cd"})
# "tinh hang nam": a unit word before how often a thing recurs ("tỉnh hằng năm"), no name
_RECURRING = re.compile(r"(?:hang|moi) (?:ngay|tuan|thang|quy|nam)\b")


def _localities(question: str, folded_plain: str) -> tuple[LocalityMention, ...]:
    mentions: dict[tuple[str, str], LocalityMention] = {}
    for match in _CASED_LOCALITY.finditer(question):
        unit_raw = match.group(1)
        unit = _UNIT_FOLD.get(strip_diacritics(unit_raw.lower()), "")
        words: list[str] = []
        for word in match.group(2).split():
            if not word[0].isupper() or (words and word.lower() in _UNIT_WORDS):
                break  # (a unit word after the name opens the place it is in: "... TP Hà Nội")
            words.append(word)
        if not unit or not words or words[0].lower() in _UNIT_WORDS:
            continue  # "xã TP Cần Thơ": the unit opening the name is the place's own
        name = " ".join(words)
        name_folded = strip_diacritics(match_key(name)).strip()
        if name_folded.split()[0] in {"nao", "do", "nay", "minh"}:
            continue
        mentions.setdefault((unit, name_folded), LocalityMention(unit, name_folded, True))
    if mentions or accent_ratio(question) >= 0.4:
        # typed with accents: a place name is capitalized; "huyện phê duyệt" is not one
        return tuple(mentions.values())
    for match in _BARE_CASED_LOCALITY.finditer(question):
        # typed without marks, the capitals still tell a name ("UBND tinh Ha Tinh": "Ha Tinh",
        # where the folded reading below stops at the unit word "tinh")
        name = strip_diacritics(match_key(match.group(2))).strip()
        unit = _UNIT_FOLD[match.group(1).lower()]
        mentions.setdefault((unit, name), LocalityMention(unit, name, True))
    if mentions:
        return tuple(mentions.values())
    for match in _FOLDED_LOCALITY.finditer(folded_plain):
        unit, words = _UNIT_FOLD[match.group(1)], match.group(2).split()
        if words[0] in _NOT_NAME or words[0].isdigit() or _RECURRING.match(match.group(2)):
            continue
        kept: list[str] = []
        for word in words:
            if word in _NOT_NAME or (kept and word in _CODES_AFTER_NAME):
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


def period_pattern(period: str) -> str:
    """A regular expression for the folded ways a document writes a period of the route
    ("1 thang" also as "01 tháng", "quy iv" also as "quý 4")."""
    months = re.fullmatch(r"(\d+) thang", period)
    if months:
        return rf"(?<![0-9])0*{months.group(1)} thang\b"
    quarter = re.fullmatch(r"quy (i{1,3}|iv)", period)
    if quarter:
        arabic = {v: k for k, v in _ROMAN.items()}[quarter.group(1)]
        return rf"\bquy (?:{quarter.group(1)}|{arabic})\b"
    if period == "hang quy":  # a quarter written, not the "quy" of "quy chế", "quy định"
        return (
            r"\bquy (?:i{1,3}|iv|[1-4]|tiep theo|sau|truoc|dau|cuoi)\b"
            r"|\b(?:hang|moi|tung|theo|cac|mot) quy\b"
        )
    return rf"\b{re.escape(period)}\b"


def periods_in(folded_plain: str) -> tuple[str, ...]:
    """The periods a folded text names ("quy i", "6 thang", "ca nam"), as a route holds them."""
    found: dict[str, None] = {}
    for match in _PERIOD.finditer(folded_plain):
        if match.group(1):
            found.setdefault("quy " + _ROMAN.get(match.group(1), match.group(1)), None)
        elif match.group(2):
            found.setdefault(f"{int(match.group(2))} thang", None)
        elif match.group(3):
            found.setdefault(f"{match.group(3)} nam", None)
        elif match.group(4):
            found.setdefault("hang quy", None)
        else:
            found.setdefault("ca nam", None)
    return tuple(found)


def _query(question: str, folded_plain: str) -> str:
    """The question plus the other spelling of each abbreviation it uses (for BM25)."""
    extra: list[str] = []
    for short_pattern, long_pattern, short, long in _abbreviation_patterns():
        if short_pattern.search(folded_plain):
            extra.append(long)
        elif long_pattern.search(folded_plain):
            extra.append(short.upper())
    return " ".join([question, *extra]) if extra else question


@functools.cache
def _abbreviation_patterns() -> tuple[tuple[re.Pattern[str], re.Pattern[str], str, str], ...]:
    """(short form, long form, short, long) of each abbreviation :func:`_query` spells the
    other way, folded and compiled once: one search per abbreviation and question, more than
    the ``re`` module's cache holds."""
    out = []
    for short, long in QUESTION_ABBREVIATIONS.items():
        plain_short, plain_long = strip_diacritics(short), strip_diacritics(long)
        if len(plain_short) < 3 or "-" in short or "&" in short:
            continue
        out.append(
            (
                re.compile(rf"(?<![\w/-]){re.escape(plain_short)}(?![\w/-])"),
                re.compile(rf"\b{re.escape(plain_long)}\b"),
                short,
                long,
            )
        )
    return tuple(out)


def _without(text: str, numbers: tuple[str, ...]) -> str:
    """``text`` with each of ``numbers`` blanked out."""
    for number in numbers:
        text = text.replace(number, " ")
    return text


# A time of day typed short ("16h", "7h30", "16h00"): documents write it "16 giờ" ("7 giờ 30")
_CLOCK_TIME = re.compile(r"(?<![\w/.,-])(\d{1,2})[hH](\d{2})?(?![\w/-])")


def _clock_times_spelled(text: str) -> str:
    """``text`` with each short time of day written as documents write it ("sau 16h" → "sau 16
    giờ"); a question typed bare gets "gio"."""
    hour = "giờ" if accent_ratio(text) >= 0.4 else "gio"
    return _CLOCK_TIME.sub(
        lambda m: f"{m.group(1)} {hour}" + (f" {m.group(2)}" if m.group(2) else ""), text
    )


# The words people use for an official paper or term, which documents never write, and the
# term documents write ("cấp sổ đỏ": "cấp giấy chứng nhận quyền sử dụng đất"); typed bare,
# only words no document term shares ("so do" is also "sơ đồ")
_PEOPLES_WORDS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(rf"\b(?:{people})\b", re.IGNORECASE), toned, bare)
    for people, toned, bare in (
        ("sổ đỏ", "giấy chứng nhận quyền sử dụng đất", "giay chung nhan quyen su dung dat"),
        (
            "sổ hồng|so hong",
            "giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất",
            "giay chung nhan quyen so huu nha o va quyen su dung dat",
        ),
        ("bằng lái(?: xe)?|bang lai(?: xe)?", "giấy phép lái xe", "giay phep lai xe"),
        ("chứng minh thư|chung minh thu", "chứng minh nhân dân", "chung minh nhan dan"),
        ("đất thổ cư|dat tho cu", "đất ở", "dat o"),
    )
)


def _official_terms(text: str) -> str:
    """``text`` with each word people use for an official paper written as documents write it
    ("sổ đỏ" → "giấy chứng nhận quyền sử dụng đất"), toned as the question is."""
    accented = accent_ratio(text) >= 0.4
    for people, toned, bare in _PEOPLES_WORDS:
        text = people.sub(toned if accented else bare, text)
    return text


# "NĐ nào", "TB số mấy": a kind's code right before the question word asks for a document of
# that kind (folded). "TT" and "CT" may name a centre or a chairman ("TT nào tiếp nhận"): they
# ask for a circular or a directive with "số" ("TT số mấy") or after what relates a document
# ("kèm TT nào", "căn cứ CT nào", "bãi bỏ bằng TT nào")
_KIND_CODE_ASKED = re.compile(
    r"\b(nd|tb|ttr|ttlt)(?= (?:so )?(?:nao|may|bao nhieu)\b)"
    r"|\b(tt|ct)(?= so (?:nao|may|bao nhieu)\b)"
    r"|\b(?P<lead>(?:kem|bang|can cu|theo|tai|thay the|bai bo|sua doi|huong dan|la) )(tt|ct)"
    r"(?= (?:so )?(?:nao|may|bao nhieu)\b)"
)


def _asked_codes_spelled(folded: str) -> str:
    """``folded`` with each code of a kind asked for (:data:`_KIND_CODE_ASKED`) spelled out as the
    kind ("nd nao" → "nghi dinh nao"), as "QĐ nào" is."""
    return _KIND_CODE_ASKED.sub(
        lambda m: (m.group("lead") or "") + fold(code_doc_type(m.group(m.lastindex or 0)) or ""),
        folded,
    )


# The words of a place's level as questions type them with their marks (toned match keys), and
# folded (less "quan", which is also "cơ quan", "quan trọng"): a question naming a place does
# not search for them
_TONED_LEVEL_WORDS = frozenset(tone_key("huyện thị xã tỉnh thành phố phường trấn quận").split())
_LEVEL_WORDS = frozenset(strip_diacritics(w) for w in _TONED_LEVEL_WORDS) - {"quan"}


def _toned_place_words(text: str, localities: Sequence[LocalityMention]) -> frozenset[str]:
    """The toned words a question typed with its marks writes its places with ("hồ", "chí",
    "minh" of "Hồ Chí Minh") and the levels' words ("tỉnh", "phường")."""
    words = re.findall(r"[^\W_]+", tone_key(text))
    bare = [strip_diacritics(w) for w in words]
    toned = set(_TONED_LEVEL_WORDS)
    for mention in localities:
        name = mention.name.split()
        for i in range(len(words) - len(name) + 1):
            if bare[i : i + len(name)] == name:
                toned.update(words[i : i + len(name)])
    return frozenset(toned)


def route_question(question: str) -> Route:
    """Intent and constraints of ``question`` (any casing, with or without diacritics)."""
    text = _official_terms(_clock_times_spelled(_SPACES.sub(" ", nfc(question)).strip()))
    folded_plain = _SPACES.sub(" ", strip_diacritics(match_key(text))).strip()
    folded = _asked_codes_spelled(fold(text))
    accented = accent_ratio(text) >= 0.4
    intent = _intent(folded, tone_key(text) if accented else None)
    localities = _localities(text, folded_plain)
    locality_words = {w for m in localities for w in m.name.split()}
    locality_words |= _LEVEL_WORDS
    toned_places = _toned_place_words(text, localities) if accented else frozenset()
    doc_numbers = _doc_numbers(text, folded_plain)
    without_numbers = _without(text, doc_numbers)
    months = {m.group(1) for m in _MONTH.finditer(folded_plain) if 1 <= int(m.group(2)) <= 12}
    keyed = without_frame_words(key(without_numbers, accented), accented)
    terms = tuple(
        t
        for t in content_terms(keyed, accented)
        if not localities
        or strip_diacritics(t) not in locality_words
        # typed with its marks, a word is the place's only as the place writes it: "phương án",
        # "tính thuế" and "chi phí" are no words of "phường", "tỉnh" or "Hồ Chí Minh"
        or (accented and t not in toned_places)
        if t not in months
    )
    ranges = tuple(dict.fromkeys((int(a), int(b)) for a, b in _RANGE.findall(text)))
    in_ranges = {y for pair in ranges for y in pair}
    # "QĐ 1949/QĐ-UBND" names a document, not the year 1949
    # "Luật Căn cước 2023": the year a law is named by, no year the fact asked is of
    named_by = {int(y) for y in _LAW_NAME_YEAR.findall(folded_plain)}
    years = tuple(
        dict.fromkeys(
            int(y)
            for y in _YEAR.findall(without_numbers) + _dated_years(folded_plain)
            if int(y) not in in_ranges and int(y) not in named_by
        )
    )
    asked = tuple(
        dict.fromkeys(next(g for g in m.groups() if g) for m in _ASKED_TYPE.finditer(folded))
    )
    grounds = _GROUNDS_KIND.search(folded) is not None
    if not asked and not grounds and (opening := _OPENING_KIND.match(folded)) is not None:
        asked = (opening.group(1),)
    elif not asked and (grounds or _NUMBERED_OPENING.match(folded)):
        nearest = _NEAREST_KIND.search(folded)
        asked = (nearest.group(1),) if nearest is not None else ()
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
        periods=periods_in(folded_plain),
        query=_query(text, folded_plain),
    )
    logger.debug("routed %r → %s", text, route)
    return route
