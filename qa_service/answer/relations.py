"""What a cited document is said to do: the verb attached to a citation, matched to the one a
which-document question asks by.

"Quy chế X ban hành kèm theo Quyết định số 25/2016 ..., được sửa đổi, bổ sung bởi Quyết định số
29/2019": both decisions cite X, one issued it, the other amends it. A question asking "X ban
hành kèm theo quyết định nào" wants the first. The relation a sentence attaches to a citation is
read from the words right before it ("ban hành kèm theo", "được sửa đổi, bổ sung bởi", "thay
thế") or, failing those, from the words its subject opens with ("Quyết định số 29/2019 ... sửa
đổi, bổ sung một số điều của ..."). A relation is (class, role): the class of verb, and whether
the cited document is the one acting ("agent": the issuing, amending, guiding one) or the one
acted on ("object": the one replaced, guided, implemented).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from indexer.extract.citations import number_matches
from qa_service.answer.gazetteer import plain
from qa_service.routing import DOCUMENT_KINDS, EARLIER, fold

if TYPE_CHECKING:  # the answering modules import this one
    from indexer.units import Unit
    from qa_service.answer.corpus import Corpus
    from qa_service.answer.evidence import Candidate
    from qa_service.answer.mentions import Mention
    from qa_service.answer.question import Question

__all__ = [
    "Relation",
    "acted_on_by_named",
    "asked_relation",
    "asks_a_document_acted_on",
    "done_by_next_cited",
    "lead_in_relation",
    "mention_relations",
    "relation_fit",
    "reports_another_act",
    "says_class",
    "trailing_relation",
    "without_acts_of_others",
]

Relation = tuple[str, str]  # (class, role): ("amend", "agent"), ...

# Verbs of one class say the same thing of a cited document (folded; the longer first, so that
# "hướng dẫn thực hiện" reads as guiding, not implementing)
_CLASSES: tuple[tuple[str, str], ...] = (
    ("guide", r"huong dan(?: thi hanh| thuc hien)?|quy dinh chi tiet(?: thi hanh)?"),
    ("issue", r"ban hanh|phe duyet"),
    # ("sửa" alone, as a question types it before what it changes, "QĐ nào sửa đơn vị tính
    # ...": not "sửa chữa", nor the "sữa" of "bò sữa", "sữa học đường")
    (
        "amend",
        r"sua doi|bo sung|dinh chinh|sua(?= (?:don vi|noi dung|ten|cum tu|muc|diem|khoan"
        r"|dieu|quy dinh|ty le|thoi han|phu luc)\b)",
    ),
    ("replace", r"thay the|bai bo|huy bo|lam het hieu luc|het hieu luc"),
    ("implement", r"trien khai(?: thuc hien)?|thuc hien|cu the hoa"),
)
_VERB = "|".join(f"(?P<{name}>{verbs})" for name, verbs in _CLASSES)
# The parts of a document a verb is said of ("khoản 27 Điều 1", "các điểm a, b"), folded
_PARTS = r"(?: (?:cac )?(?:diem [a-z]|khoan [\d, va]+|muc [ivxl\d]+|dieu [\d, va]+)(?: cua| tai)?)+"
# "sửa đổi, bổ sung và bãi bỏ", "sửa đổi, bổ sung một số điều của", "thay thế Điều 14, 18 của",
# "bãi bỏ khoản 1 Điều 3", "bãi bỏ toàn bộ", "bãi bỏ một phần":
# the words a verb phrase may run on with before the document it acts on; only amending verbs
# join it, so that of "ký ban hành và thay thế" the verb next to the document is read
_RUN_ON = (
    r"(?:,? (?:va )?(?:sua doi|bo sung|bai bo))*(?: ky thuat| toan bo| mot phan)?"
    rf"(?: (?:mot so|cac) (?:dieu|noi dung|quy dinh)(?: cua| tai)?|{_PARTS})?"
)
# A preposition after the verb makes the cited document the one acting ("ban hành kèm theo
# QĐ", "được sửa đổi bởi QĐ", "phê duyệt tại QĐ"); "cho" leaves it acted on ("thay thế cho")
_AGENT_PREP = r" (?:kem theo|boi|tai|theo|bang)"
_BEFORE = re.compile(
    rf"(?:\b(?P<passive>duoc|bi|da duoc) )?\b(?:{_VERB}){_RUN_ON}(?P<prep>{_AGENT_PREP})?(?: cho)?"
    r"[\s*_:(]*$"
)
# "(được sửa đổi, bổ sung tại khoản 27 Điều 1 Nghị định số ...)": a passive verb, or one opening
# a bracket after the document it is said of, then the preposition and the parts of the cited
# document that act: the cited document acts. (Without either, "Sửa đổi, bổ sung tại khoản 2
# Điều 1 Quyết định số ..." heads the amendment of that decision's clause: it is acted on.)
_PASSIVE = r"\b(?:duoc|bi|da duoc) "
# (a verb opening a bracket after the document it is said of is read as the passive is)
_PASSIVE_OR_BRACKETED = rf"(?:{_PASSIVE}|\(\s*)"
# A verb phrase ending with the preposition of the document that acts ("sửa đổi, bổ sung tại")
_ACTED_BY = rf"(?:{_VERB}){_RUN_ON}{_AGENT_PREP}"
_BEFORE_PARTS = re.compile(rf"{_PASSIVE_OR_BRACKETED}{_ACTED_BY}{_PARTS}[\s*_:(]*$")
# The subject of a cited document opening with its verb, after the body that issued it ("của
# Chính phủ sửa đổi, bổ sung ...", "về việc ban hành ..."): the cited document acts
_ISSUER_WORDS = rf"cua (?:(?!ve\b|{'|'.join(v for _, v in _CLASSES)})[a-z]+,? ){{1,8}}?"
# (not a rule's name: "Quy định thực hiện nếp sống văn minh ..." implements no document)
_SUBJECT = re.compile(
    rf"^[\W_]*(?:{_ISSUER_WORDS})?(?:ve viec |ve |quy dinh (?!thuc hien))?(?:{_VERB})\b"
)

_ANY_DOCUMENT = rf"(?:van ban|{'|'.join(DOCUMENT_KINDS)}|nd|tt)"
# "những văn bản nào", "các quyết định nào": a list question asks by the same verbs
_WHICH = rf"(?:(?:nhung|cac) )?{_ANY_DOCUMENT}{EARLIER}(?: so)? (?:nao|gi|so may|may)\b"
# "được sửa đổi, bổ sung bởi thông tư nào", "ban hành kèm theo quyết định nào", "thay thế quyết
# định nào": the verb right before the document asked for
_ASKED_BEFORE = re.compile(
    rf"(?:\b(?P<passive>duoc|bi|da duoc) )?\b(?:{_VERB}){_RUN_ON}(?P<prep>{_AGENT_PREP})?"
    rf"(?: cho)? {_WHICH}"
)
# "để" of a purpose, folded (not the "đề" of "đề án", "đề nghị", "đề cập", nor "đê điều"; "để
# điều chỉnh", "để thi hành" are purposes)
_PURPOSE = (
    r"\bde\b(?! (?:an|nghi|xuat|dieu(?! chinh| hanh)|tai|muc|cuong|thi(?! hanh)|ra|ngay|cap)\b)"
)
# The purpose a document asked for is issued for, right after it ("... số mấy để bãi bỏ"), folded
_PURPOSE_ACT = re.compile(rf" {_PURPOSE} (?:{_VERB})\b")
# "nghị định nào sửa đổi ...", "văn bản nào của Bộ X hướng dẫn ...": the document asked for acts;
# "văn bản nào được sửa đổi bởi ...", "... bị thay thế bởi ...": it is acted on
_ASKED_AFTER = re.compile(
    # (the issuer's words stop at a purpose: "QĐ nào của Bộ KHCN để Bắc Ninh ban hành QĐ X"
    # asks a ground, the issuing is the other document's)
    rf"\b{_ANY_DOCUMENT}{EARLIER}(?: so)? nao (?:cua (?:(?!{_PURPOSE})[^?,]){{1,60}}? )?"
    rf"(?:(?:da|se) )?(?:(?P<passive>(?:da )?(?:duoc|bi)) )?(?:{_VERB})\b"
)


# "Hà Tĩnh đã bãi bỏ quy định X bằng QĐ số mấy": the verb, what it acts on, then the document
# asked for as the means ("bằng"): that document acts. ("tại", "theo" may be said of another
# verb between: "thay thế các thủ tục đã công bố tại quyết định nào" asks the one acted on; a
# passive verb describes a thing another act is done to: "công bố danh mục TTHC bị bãi bỏ
# bằng quyết định số mấy")
_ASKED_AS_MEANS = re.compile(
    rf"(?<!\bbi )(?<!\bduoc )\b(?:{_VERB})\b(?:(?!\b(?:{_ANY_DOCUMENT})\b)[^?]){{0,160}}?"
    rf"\bbang {_WHICH}\W*$"
)


def _class_of(m: re.Match[str]) -> str:
    """The class whose named group matched."""
    return next(name for name, _ in _CLASSES if m.group(name) is not None)


# Relations read the same whichever way round: issuing ("UBND ban hành Quyết định số X", "ban
# hành kèm theo Quyết định số X" both name the issuing decision) and implementing ("triển khai
# Quyết định số X", "thực hiện theo Quyết định số X" both name the decision carried out)
_EITHER_WAY = frozenset({"issue", "implement"})


def _lapses(phrase: str) -> bool:
    """ "Văn bản nào hết hiệu lực": the verb is intransitive, its subject is the document that
    ends (unlike "làm hết hiệu lực", whose subject ends another)."""
    return phrase.endswith("het hieu luc") and not phrase.endswith("lam het hieu luc")


def _role(m: re.Match[str], cls: str) -> str:
    """Whether the document after a verb phrase acts or is acted on."""
    if cls in _EITHER_WAY or m.group("passive") or m.group("prep"):
        return "agent"
    return "object"


# A time right after the verb ("ban hành ngày ...", "ban hành tháng 6/2025", "ban hành năm
# 2024"), folded
_DATED_AFTER = re.compile(r" (?:vao |trong |tu )?(?:ngay|thang|nam) ?\d")


# The issuer of documents named right before "ban hành" ("... do UBND tỉnh Quảng Bình, Quảng
# Trị (cũ) ban hành"), folded
_ISSUED_BY_BODY = re.compile(r"\bdo (?:[a-z]+[ ,()]*){1,12}$")


def asked_relation(folded_question: str) -> Relation | None:
    """The relation a which-document question asks by, or None when it names none."""
    text = plain(folded_question)
    m = _ASKED_BEFORE.search(text)
    if m is not None:
        cls = _class_of(m)
        if cls == "issue" and _ISSUED_BY_BODY.search(text, 0, m.start()):
            # "bãi bỏ các văn bản ... do UBND tỉnh Quảng Bình ban hành tại quyết định số mấy":
            # "do X ban hành" says who issued the documents acted on; the act asked is the verb
            # of another class before it
            earlier = [
                v
                for v in re.finditer(rf"\b(?:{_VERB})\b", text[: m.start()])
                if _class_of(v) != cls
            ]
            if earlier:
                return _class_of(earlier[0]), "agent"
        purpose = _PURPOSE_ACT.match(text, m.end()) if cls == "issue" else None
        if purpose is not None and _class_of(purpose) not in _EITHER_WAY:
            # "ban hành QĐ số mấy để bãi bỏ QĐ 55/2014": the document issued does that act
            return _class_of(purpose), "agent"
        return cls, _role(m, cls)
    m = _ASKED_AFTER.search(text)
    if m is not None and not (_class_of(m) == "issue" and _DATED_AFTER.match(text, m.end())):
        # "thông tư nào ban hành tháng 6/2025": the time it was issued describes the document
        # asked for, no relation to another
        cls = _class_of(m)
        purpose = _PURPOSE_ACT.match(text, m.end()) if cls == "issue" else None
        if purpose is not None and _class_of(purpose) not in _EITHER_WAY:
            # "văn bản nào được ban hành để thay thế": the document issued does that act
            return _class_of(purpose), "agent"
        acted_on = (m.group("passive") or _lapses(m.group(0))) and cls not in _EITHER_WAY
        return cls, "object" if acted_on else "agent"
    m = _ASKED_AS_MEANS.search(text)
    if m is not None:
        return _class_of(m), "agent"
    return None


# A sentence stating a document's grounds ("Căn cứ Luật ...;"), folded, after emphasis marks
_GROUNDS = re.compile(r"[\s*_]*can cu\b")
# Relations by which a later document acts on an earlier one (it amends, replaces or guides it)
_LATER_ACTS = frozenset({"amend", "replace", "guide"})


def asks_a_document_acted_on(folded_question: str) -> bool:
    """ "Văn bản nào được sửa đổi bởi QĐ 29/2019", "quyết định nào bị thay thế bởi ...": the
    document asked for is the earlier one a later document acts on. A document found by its own
    sentence naming that later one cannot be it (a text does not cite what later amends it; a
    consolidated text citing its amender is not the amended decision): the answer is a document
    such a sentence cites."""
    relation = asked_relation(folded_question)
    return relation is not None and relation[0] in _LATER_ACTS and relation[1] == "object"


def says_class(cls: str, text: str) -> bool:
    """``text`` holds a verb of the relation class ``cls`` ("bãi bỏ", "thay thế" of replacing)."""
    verbs = dict(_CLASSES)[cls]
    return re.search(rf"\b(?:{verbs})\b", plain(fold(text))) is not None


def acted_on_by_named(corpus: Corpus, q: Question, cited: Candidate) -> bool:
    """The document ``cited`` answers with is said to be acted on by the one the question names
    ("Văn bản nào được sửa đổi bởi QĐ X"): a sentence of another document cites X beside it
    ("ban hành kèm theo QĐ A, được sửa đổi, bổ sung tại QĐ X"), or a sentence of X itself does
    the asked act to it ("sửa đổi, bổ sung một số điều của QĐ A"). A sentence that does not
    cite X ("Luật A được sửa đổi bởi Luật B" in X's grounds) says nothing of what X acts on.
    True when the question names no document by its number."""
    relation = asked_relation(q.route.folded)
    named = list(q.number_filter)
    if q.own_doc is not None and (own_number := corpus.documents[q.own_doc].meta.number):
        named.append(own_number)  # named by its number, and in the index
    if not named or relation is None or cited.mention is None:
        return True
    unit = cited.unit
    if unit.doc_id == q.own_doc or any(corpus.is_own_number(unit.doc_id, n) for n in named):
        if _GROUNDS.match(unit.folded):
            return False  # "Căn cứ Luật ...": what the document rests on, not what it acts on
        # a sentence of X saying of the document another act ("ban hành kèm theo") is not it;
        # one saying none may stand in a list its article's heading opens ("hết hiệu lực: 1. ..."),
        # or under a title saying the act ("Bãi bỏ Quyết định số ..."): some words around it
        # must say the act asked — a letter citing the one it answers replaces nothing
        led = [corpus.texts[unit.doc_id][a:b] for a, b in cited.extra]
        if any(lead_in_relation(text) == (relation[0], "object") for text in led):
            # an item read after the lead-in saying the act of all its items ("Các Quyết định
            # sau hết hiệu lực ...:" / "a) Quyết định số 68/2024 ... ban hành Quy chế X")
            return True
        if _under_heading_of(corpus, unit, relation):
            # "Điều 1. Bãi bỏ toàn bộ các quyết định" / "2. Quyết định số 40/2013 ... ban hành
            # Quy định X": an item opening with a document, under a heading saying the act
            return True
        if (relation[0], "object") in _relations_of_list_opening(corpus, unit):
            # "Thay thế Quyết định số 3089 ...; / Quyết định số 1397 ...": a document listed
            # after the one the list's verb acts on, in a unit of its own
            return True
        said = mention_relations(cited.mention.before, cited.mention.subject)
        if said and (relation[0], "object") not in said:
            # "Nghị định số A ... và Nghị định số B ... sửa đổi, bổ sung ... Nghị định số A ...
            # hết hiệu lực từ ...": B's subject says what B does; the predicate closing a
            # sentence of documents says what is done to each of them
            return _closing_predicate(corpus, unit) == (relation[0], "object")
        if said:
            return True
        around = [unit.folded, unit.heading, unit.context_folded]
        around += [corpus.texts[unit.doc_id][a:b] for a, b in cited.extra]
        return says_class(relation[0], " ".join(around))
    return any(number_matches(n, m.number) for m in corpus.unit_mentions(unit) for n in named)


# What may stand before the document opening a sentence: a list item's marker, emphasis
_OPENING = re.compile(r"^[\W_]*(?:(?:[a-zđ]|\d{1,2})[.)][\W_]*)?$")


def _under_heading_of(corpus: Corpus, unit: Unit, relation: Relation) -> bool:
    """``unit`` opens with the document it cites, as an item of a list, and the heading nearest
    above its own says ``relation`` of each of its items ("Điều 1. Bãi bỏ các quyết định")."""
    mentions = corpus.unit_mentions(unit)
    if not mentions or not _OPENING.match(unit.text[: min(m.start for m in mentions)]):
        return False
    headings = [h for h in unit.context_folded.partition(" || ")[0].split(" > ") if h]
    if headings and headings[-1] == unit.heading:
        headings.pop()  # the item's own heading
    return bool(headings) and lead_in_relation(headings[-1]) == (relation[0], "object")


_LISTED_UNITS = 6  # units, at most, read back through a list of documents


def _relations_of_list_opening(corpus: Corpus, unit: Unit) -> tuple[Relation, ...]:
    """For ``unit`` opening with the document it cites, after units that each end with ";"
    (documents listed one after another), what the verb before the list's first document
    says of it ("Thay thế Quyết định số 3089 ...;"): said of each document listed."""
    mentions = corpus.unit_mentions(unit)
    if not mentions or not _OPENING.match(unit.text[: min(m.start for m in mentions)]):
        return ()
    current = unit
    for _ in range(_LISTED_UNITS):
        before = corpus.previous_unit(current)
        if before is None or not before.text.rstrip(" *_").endswith(";"):
            return ()
        listed = corpus.unit_mentions(before)
        if not listed:
            return ()
        first = min(listed, key=lambda m: m.start)
        if not _OPENING.match(before.text[: first.start]):
            return mention_relations(first.before, first.subject)
        current = before
    return ()


def _closing_predicate(corpus: Corpus, unit: Unit) -> Relation | None:
    """The relation the predicate after the last document a unit cites attaches to the
    documents its sentence opens with ("Nghị định số A ... và Nghị định số B ... hết hiệu lực
    kể từ ..."); None when the unit does not open with a document."""
    mentions = corpus.unit_mentions(unit)
    if not mentions or not _OPENING.match(unit.text[: min(m.start for m in mentions)]):
        return None
    return trailing_relation(unit.text[max(m.end for m in mentions) :])


def mention_relations(before: str, subject: str) -> tuple[Relation, ...]:
    """The relations a sentence attaches to a cited document: the one the verb phrase right
    before it says (``before``), then the one the verb its ``subject`` opens with says.

    Both are read: "triển khai thực hiện theo Quyết định số 214 về việc ban hành Kế hoạch Y"
    says the citing text carries the decision out and that the decision issued plan Y; a
    question asking which decision issued Y is answered by the second."""
    said: list[Relation] = []
    folded = plain(fold(before))
    m = _BEFORE.search(folded)
    if m is not None:
        cls = _class_of(m)
        said.append((cls, _role(m, cls)))
    elif (m := _BEFORE_PARTS.search(folded)) is not None:
        said.append((_class_of(m), "agent"))
    m = _SUBJECT.match(plain(fold(subject)))
    if m is not None and (_class_of(m), "agent") not in said:
        said.append((_class_of(m), "agent"))
    return tuple(said)


MATCHED = 0.15  # the cited document does what the question asks of it
OTHER = -0.3  # it does something else (amends what the question asks who issued)


# What a sentence goes on to say of a document it cites, right after it: a passive verb and the
# preposition of the document that acts ("Nghị định số 08/2015 (được sửa đổi, bổ sung tại
# khoản 27 Điều 1 Nghị định số 167/2025)"), folded; not "được sửa đổi, bổ sung như sau", which
# the text that writes it does itself
_DONE_BY_NEXT = re.compile(rf"^[\W_]*{_PASSIVE_OR_BRACKETED}{_ACTED_BY}\b")


# The same passive said anywhere in a text, up to the document acting, unless that is the text
# itself ("được sửa đổi, bổ sung bởi Quyết định này"), folded
_DONE_BY_ANOTHER = re.compile(rf"{_PASSIVE}{_ACTED_BY}(?:{_PARTS})?(?! (?:{_ANY_DOCUMENT}) nay\b)")


def without_acts_of_others(folded: str) -> str:
    """``folded`` without the passive clauses that say another document acted on one it cites
    ("... 08/2015/NĐ-CP (được sửa đổi, bổ sung tại ... Nghị định số 167/2025 ..."): the verbs
    left are said of, or by, the text itself."""
    return _DONE_BY_ANOTHER.sub(" ", folded)


def done_by_next_cited(subject: str) -> str | None:
    """The class of act a citation's ``subject`` says another document did to it ("(được sửa
    đổi, bổ sung tại ... Nghị định số ...)"), or None."""
    m = _DONE_BY_NEXT.match(plain(fold(subject)))
    return None if m is None else _class_of(m)


def relation_fit(asked: Relation | None, said: tuple[Relation, ...]) -> float:
    """The change to a cited document's quality: a bonus when one relation the text attaches to
    it is the one asked, a penalty when it attaches only others, nothing when either names none."""
    if asked is None or not said:
        return 0.0
    return MATCHED if asked in said else OTHER


# A list's lead-in names the act once for all its items ("Các văn bản sau đây hết hiệu lực kể
# từ ...:", "Bãi bỏ các quyết định sau:"): its first verb says it of each item
_LEAD_VERB = re.compile(rf"\b(?:{_VERB})\b")
# The predicate after a document opening its sentence ("Nghị quyết số 01/2024 ... hết hiệu lực
# kể từ ...", "Quyết định số X ... bị bãi bỏ"): passive or intransitive, the document is acted on
_TRAILING = re.compile(rf"\b(?:(?:bi|duoc) (?:{_VERB})|(?<!lam )het hieu luc)\b")


def lead_in_relation(lead_in: str) -> Relation | None:
    """The relation a list's lead-in sentence attaches to each of its items, or None when it
    names no verb. Items of "bãi bỏ / sửa đổi / hết hiệu lực" lists are acted on; those of
    "ban hành kèm theo / triển khai" lists read the same either way."""
    folded = plain(fold(lead_in))
    if _GROUNDS.match(folded):
        return None  # "Căn cứ ...:" lists grounds, told apart by their own sentences
    m = _LEAD_VERB.search(folded)
    if m is None:
        return None
    cls = _class_of(m)
    return cls, "agent" if cls in _EITHER_WAY else "object"


def trailing_relation(rest: str) -> Relation | None:
    """The relation the predicate after a sentence-opening document attaches to it (``rest``:
    the sentence after the citation), or None when no passive or lapsing verb follows."""
    m = _TRAILING.search(plain(fold(rest)))
    if m is None:
        return None
    cls = _class_of(m) if m.group(0).startswith(("bi ", "duoc ")) else "replace"
    return cls, "agent" if cls in _EITHER_WAY else "object"


# Acts a document does to another it cites: a document whose title opens with one of them is
# about that other document's subject
_ACTS_ON_ANOTHER = frozenset({"amend", "replace"})


def reports_another_act(asked: Relation | None, title: str, cited: Mention | None) -> bool:
    """ "Định mức X được ban hành theo quyết định số mấy" asked where a decision titled "Sửa đổi,
    bổ sung ... Quyết định số 48/2024 về ban hành định mức X" is found: the document found acts
    on another (its ``title`` opens with amending or repealing) while the question asks another
    act, one that the ``cited`` mention is said to do. The subject the question describes is the
    cited document's, and so is the answer."""
    if asked is None or asked[0] in _ACTS_ON_ANOTHER or cited is None:
        return False
    m = _SUBJECT.match(plain(fold(title)))
    if m is None or _class_of(m) not in _ACTS_ON_ANOTHER:
        return False
    return asked in mention_relations(cited.before, cited.subject)
