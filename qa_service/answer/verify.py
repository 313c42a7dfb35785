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
from qa_service.answer.question import Question
from qa_service.routing import STOP_WORDS

__all__ = ["missing_in_document", "question_names", "subject_phrases"]

logger = logging.getLogger(__name__)

# A word of the question as written (letters and digits: "N30" is a code, not a name word).
_WORD = re.compile(r"[^\W_]+")
# What may stand between two words of one name: blanks only (a comma, a bracket or a slash
# ends the name).
_SAME_NAME = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"[.:;!?]")
# Between two words of a name in a document's folded text: blanks, line breaks and the
# emphasis markers a crawl leaves ("**Bộ\nXây dựng**").
_GAP = r"[\s*_]+"
# Words after which a question names what its document is about: the kind of document
# ("Quyết định phân công nhiệm vụ ..."), "về (việc)", "lĩnh vực", "ban hành" (folded).
_KINDS = (
    "quyet dinh", "ke hoach", "nghi quyet", "thong tu", "nghi dinh", "cong van", "thong bao",
    "chi thi", "to trinh", "de an", "chuong trinh", "huong dan", "bao cao",
)  # fmt: skip
_SUBJECT_MARKER = re.compile(
    rf"\b(?:{'|'.join(_KINDS)}|ve viec|ve|linh vuc|ban hanh) (?=([a-z]+) ([a-z]+)\b)"
)
# Answers that gather several documents: no single document has to hold the question.
_MANY_DOCUMENTS = frozenset({"citing", "list", "compare"})


def question_names(question: str) -> list[str]:
    """The proper names a question writes, each as the folded pair of its first two words:
    a run of capitalized words ("Bộ Xây dựng" → "bo xay", "Phó Thủ tướng Trần Hồng Hà" →
    "pho thu", "tran hong"). Acronyms ("UBND", "PTTg") and a sentence's first word are left
    out, and so are the names of a question written in capitals throughout."""
    words = list(_WORD.finditer(question))
    if not any(m.group(0)[:1].islower() for m in words):
        return []  # written in capitals: every word looks like a name
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
    ("về việc gì", "ban hành ngày nào") or another kind of document ("về Nghị định ...")
    is no subject."""
    phrases: list[str] = []
    for m in _SUBJECT_MARKER.finditer(folded):
        first, second = m.group(1), m.group(2)
        phrase = f"{first} {second}"
        if first in STOP_WORDS or second in STOP_WORDS or phrase in _KINDS:
            continue
        phrases.append(phrase)
    return list(dict.fromkeys(phrases))


def _writes(text: str, phrase: str) -> bool:
    """The folded ``text`` writes the words of ``phrase`` in a row (line breaks and emphasis
    markers between them allowed)."""
    gap = _GAP.join(re.escape(w) for w in phrase.split())
    return re.search(rf"(?<![a-z0-9]){gap}(?![a-z0-9])", text) is not None


def _cites(corpus: Corpus, doc_id: str, number: str) -> bool:
    """The document is ``number`` or cites it."""
    if corpus.is_own_number(doc_id, number):
        return True
    return any(
        number_matches(number, row.citation.number)
        for row in corpus.citations_by_doc.get(doc_id, [])
    )
