"""Does the document an answer comes from satisfy what the question says of it?

A composed answer is read from one document (its own number, signer, entry into force, or a
value in one of its sentences). The question may name things that document must hold when it
is the one asked about: a cited document by its number ("thực hiện QĐ 1899/QĐ-TTg") or a
proper name ("của Bộ Xây dựng", "dự án Luật Ngân hàng Nhà nước", "giải thưởng Hải Thượng Lãn
Ông"). A near-miss document — the right kind and place, another law, ministry or plan — writes
none of them: its answer would be the answer to another question, so none is given.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from indexer.extract.citations import number_matches
from qa_service.answer.corpus import Corpus
from qa_service.answer.evidence import Candidate
from qa_service.answer.gazetteer import plain
from qa_service.answer.question import KINDS, Question
from qa_service.routing import DOCUMENT_KINDS, STOP_WORDS, fold

__all__ = ["missing_in_document", "question_names", "subject_phrases", "value_mismatch"]

logger = logging.getLogger(__name__)

# A word of the question as written (letters and digits: "N30" is a code, not a name word).
_WORD = re.compile(r"[^\W_]+")
# What may stand between two words of one name: blanks only (a comma, a bracket or a slash
# ends the name).
_SAME_NAME = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"[.:;!?]")
_CASED_SHARE = 0.4  # lower-case words a question written in sentence case has at least
# Between two words of a name in a document's folded text: blanks, line breaks and the
# emphasis markers a crawl leaves ("**Bộ\nXây dựng**").
_GAP = r"[\s*_]+"
_WORD_CHAR = re.compile(r"[a-z0-9]")
# Words after which a question names what its document is about: the kind of document
# ("Quyết định phân công nhiệm vụ ..."), "về (việc)", "lĩnh vực", "ban hành", and the
# procedure it sets out ("thủ tục cấp chứng chỉ ...") (folded).
_SUBJECT_MARKER = re.compile(
    rf"\b(?:{KINDS}|ve viec|ve|linh vuc|ban hanh|thu tuc) (?=([a-z]+) ([a-z]+)\b)"
)
# Verbs that say how the document relates to its subject, not what the subject is ("kế hoạch
# thực hiện ...", "thông tư quy định ...", "quyết định công bố ...").
_RELATING = frozenset(
    {"thuc hien", "trien khai", "quy dinh", "huong dan", "ban hanh", "sua doi", "bo sung",
     "cong bo", "phe duyet", "ve viec"}
)  # fmt: skip
# Answers that gather several documents: no single document has to hold the question.
_MANY_DOCUMENTS = frozenset({"citing", "list", "compare"})


def question_names(question: str) -> list[str]:
    """The proper names a question writes, each as the folded pair of its first two words:
    a run of capitalized words ("Bộ Xây dựng" → "bo xay", "Phó Thủ tướng Trần Hồng Hà" →
    "pho thu", "tran hong"). Acronyms ("UBND", "PTTg") and a sentence's first word are left
    out, and so are the names of a question written in capitals or Title Case throughout."""
    words = list(_WORD.finditer(question))
    lower = sum(m.group(0)[:1].islower() for m in words)
    if lower < _CASED_SHARE * len(words):
        return []  # in capitals or Title Case throughout: every word looks like a name
    names: list[str] = []
    run: list[str] = []

    def close() -> None:
        if len(run) >= 2:
            names.append(f"{plain(run[0])} {plain(run[1])}")
        run.clear()

    previous_end = -1
    for m in words:
        word = m.group(0)
        capital = word.isalpha() and word[:1].isupper() and sum(map(str.isupper, word)) == 1
        gap = question[previous_end : m.start()] if previous_end >= 0 else ""
        if not capital or not _SAME_NAME.fullmatch(gap):
            close()
        # a sentence's first word is capitalized whatever it is ("Ở Hưng Yên", "Theo Cục
        # Thuế"): a name starts after it
        if capital and not (previous_end < 0 or _SENTENCE_END.search(gap)):
            run.append(word)
        previous_end = m.end()
    close()
    return list(dict.fromkeys(names))


def missing_in_document(corpus: Corpus, q: Question, support: Sequence[Candidate]) -> str | None:
    """What the question names that the document of the answer (its first supporting unit)
    does not hold — a cited document number, a proper name — or None when it holds all."""
    if not support or q.route.intent in _MANY_DOCUMENTS:
        return None
    doc_id = support[0].unit.doc_id
    if doc_id not in corpus.documents:
        return None
    for number in q.number_filter:
        if not _cites(corpus, doc_id, number):
            return f"document number {number}"
    text = corpus.plain_text(doc_id)
    for name in question_names(q.route.question):
        if not _writes(text, name):
            return f"name {name!r}"
    # the subject as the question words it, abbreviations read out or as typed ("về DVCTT")
    missing = [
        [p for p in subject_phrases(form) if not _writes(text, p)]
        for form in (plain(q.route.folded), plain(q.route.question))
    ]
    if all(missing):
        return f"subject {missing[0][0]!r}"
    return None


def subject_phrases(folded: str) -> list[str]:
    """The two words after each subject marker of a folded question: what the document asked
    about is ("quyết định phân công nhiệm vụ ..." → "phan cong", "lĩnh vực giám định tư
    pháp" → "giam dinh", "ban hành nội quy mẫu" → "noi quy"). A function or question word
    ("về việc gì", "ban hành ngày nào"), a verb relating the document to its subject
    ("thực hiện", "công bố") or another kind of document ("về Nghị định ...") is none."""
    phrases: list[str] = []
    for m in _SUBJECT_MARKER.finditer(folded):
        first, second = m.group(1), m.group(2)
        phrase = f"{first} {second}"
        if {first, second} & STOP_WORDS or phrase in DOCUMENT_KINDS or phrase in _RELATING:
            continue
        phrases.append(phrase)
    return list(dict.fromkeys(phrases))


def _writes(text: str, phrase: str) -> bool:
    """The folded ``text`` writes the words of ``phrase`` in a row (line breaks and emphasis
    markers between them allowed)."""
    at = text.find(phrase)
    while at >= 0:  # written as is, most often: no pattern needed
        end = at + len(phrase)
        if not _WORD_CHAR.match(text[at - 1 : at]) and not _WORD_CHAR.match(text[end : end + 1]):
            return True
        at = text.find(phrase, at + 1)
    gap = _GAP.join(re.escape(w) for w in phrase.split())
    return re.search(rf"(?<![a-z0-9]){gap}(?![a-z0-9])", text) is not None


def _cites(corpus: Corpus, doc_id: str, number: str) -> bool:
    """The document is ``number`` or cites it: a stored citation, else the number written in
    its text (a mention the citation reader missed still counts)."""
    if corpus.is_own_number(doc_id, number):
        return True
    if any(
        number_matches(number, row.citation.number)
        for row in corpus.citations_by_doc.get(doc_id, [])
    ):
        return True
    written = re.sub(r"\s+", "", plain(number))
    head, _, rest = written.partition("/")
    if not head.isdigit() or not rest:
        return False
    # blanks around its "/" and "-" allowed ("1899/ QĐ-TTg", "10- CTr/TU")
    rest_pattern = "".join(
        rf"\s*{re.escape(ch)}\s*" if ch in "/-" else re.escape(ch) for ch in rest
    )
    pattern = rf"(?<![0-9])0*{head.lstrip('0') or '0'}\s*/\s*{rest_pattern}(?![0-9a-z])"
    return re.search(pattern, corpus.plain_text(doc_id)) is not None


# ------------------------------------------------------------------ the kind of value

# The question asks for a sum of money ("tổng mức đầu tư", "mức tiền thưởng", "kinh phí ... là
# bao nhiêu"), folded.
_MONEY_ASKED = re.compile(
    r"\b(?:so tien|muc tien|tien thuong|kinh phi|muc dau tu|von dau tu|chi phi|le phi|muc phi"
    r"|don gia|muc thu|muc ho tro|muc tro cap|muc thuong|muc chi)\b"
)
_HOW_MUCH = re.compile(r"\bbao nhieu\b\s*([a-z]*)")
_CURRENCY_WORDS = frozenset({"dong", "tien", "trieu", "ty", "nghin", "ngan"})
_NO_UNIT = frozenset({"", "la", "thi", "vay", "a"})  # "... là bao nhiêu?", "bao nhiêu vậy"
_DURATION_AFTER = re.compile(r"[\s|)]*(?:ngay|gio|tuan|phut)\b")
# What makes a number a sum of money in running text: a currency, a share of another sum
# ("50% giá trị", "bằng 1,5 lần mức lương cơ sở"), a number of months' pay.
_AMOUNT_AFTER = re.compile(r"%|\b(?:dong|d|trieu|ty|nghin|ngan|vnd|usd|lan|luong|tien)\b")
_VALUE_INTENTS = frozenset({"figure", "target", "compare"})
_UNIT_CHARS = 30


def asks_money(folded: str) -> bool:
    """The question asks how much money: a money noun, and "bao nhiêu" asks for no other
    unit ("bao nhiêu địa phương", "bao nhiêu tháng lương", "tỷ lệ")."""
    if not _MONEY_ASKED.search(folded) or re.search(r"\b(?:ty le|ti le|phan tram)\b", folded):
        return False
    how_much = _HOW_MUCH.search(folded)
    if how_much is None:
        return False
    unit = how_much.group(1)
    return unit in _CURRENCY_WORDS or unit in _NO_UNIT


def value_mismatch(q: Question, support: Sequence[Candidate]) -> str | None:
    """The value answering a "how much money" question is no sum of money: a duration ("5
    ngày"), or a bare number of running text (the "3" of "Vành đai 3"). A table row's bare
    number is let be: its column header gives the unit."""
    if q.route.intent not in _VALUE_INTENTS or not support:
        return None
    cand = support[0]
    if cand.focus is None or not asks_money(plain(q.route.folded)):
        return None
    a, b = cand.focus
    value, after = cand.unit.text[a:b], plain(fold(cand.unit.text[b : b + _UNIT_CHARS]))
    if _DURATION_AFTER.match(after):
        return f"a duration for a sum of money: {value!r}"
    if cand.unit.kind != "row" and not _AMOUNT_AFTER.search(f"{value} {after}"):
        return f"no sum of money: {value!r}"
    return None
