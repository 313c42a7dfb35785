"""Answers about a whole document: who signed it, when it was issued, what it cites, and the
targets of one indicator compared across documents and years."""

from __future__ import annotations

import logging
import re

from indexer.extract.citations import code_doc_type, number_key, number_matches
from indexer.normalize import in_capitals, match_key, strip_diacritics
from indexer.places import names_place
from indexer.units import Unit, enclosing_line, line_span
from qa_service.answer.corpus import Corpus
from qa_service.answer.evidence import Candidate
from qa_service.answer.gazetteer import plain
from qa_service.answer.mentions import NUMBER_ASKED, Mention, numbered
from qa_service.answer.own_document import (
    acting_body,
    addressee,
    asked_issuer_places,
    asked_types,
    best_passages,
    card_coverage,
    described_document,
    first_copy_recipient,
    fits_period,
    issued_by_named_body,
    names_issuer_of_kind,
    opens_with_another_document,
    opens_with_own_document,
    opens_with_unheld_document,
    own_number_span,
    rank_documents,
    recipients,
    same_body,
    title_span,
    unmarked,
    written_date_span,
)
from qa_service.answer.question import (
    FORM_WORDS,
    KINDS,
    QUESTION_WORDS,
    Question,
    done_to_by_another,
    keyed_tokens,
    numbers_after_a_type,
)
from qa_service.answer.relations import (
    Relation,
    asked_relation,
    lead_in_relation,
    mention_relations,
    trailing_relation,
)
from qa_service.answer.verify import (
    DATE_GIVEN,
    PROPOSING,
    describes_asked_document,
    given_iso,
)
from qa_service.answer.windows import MAX_ANSWER_CHARS, tidy
from qa_service.comparison import Comparison, build_comparison, indicator_matches
from qa_service.routing import (
    CITED_ARTICLE_ASKED,
    CODED_KINDS,
    COPIES_ASKED,
    asked_recipient_kind,
    fold,
    names_an_event,
    position_asked,
)

__all__ = [
    "ACTED_ON",
    "GROUNDS_ASKED",
    "NOT_LISTED",
    "PROPOSER_ASKED",
    "REPLY_ASKED",
    "Composed",
    "answer_addressee",
    "answer_cited_date",
    "answer_cited_in_document",
    "answer_citing",
    "answer_compare",
    "answer_copy_purpose",
    "answer_document_date",
    "answer_list",
    "answer_proposer",
    "answer_recipients",
    "answer_reply_to",
    "answer_signer",
    "answer_subject",
    "dated_document",
    "document_for",
    "ground_units",
]

logger = logging.getLogger(__name__)

# (answer, supporting candidates, confidence, comparison table)
Composed = tuple[str, list[Candidate], float, Comparison | None]


# "ban hành", "ký", "đề ngày", "(được) thông qua ngày": the question asks when a document was
# issued (a resolution is passed). Typed with accents, "ký" (signed) is told from "kỳ" (a period:
# "kỳ báo cáo"); without them both read "ky". "thông qua" alone is "through".
_ISSUE_DATE_TONED = re.compile(
    r"\b(?:ban hành|ký|đề ngày|ngày tháng năm|được thông qua|thông qua(?= (?:vào )?ngày))\b"
)
_ISSUE_DATE = re.compile(strip_diacritics(_ISSUE_DATE_TONED.pattern))
# "ra thông báo", "phát hành quyết định", "HĐND thông qua NQ ...", "ban hành kế hoạch ...",
# "Giám đốc ký quyết định ...": issuing (a resolution is passed), said of the kind issued
_ISSUES_A_KIND = re.compile(rf"\b(?:ra|phat hanh|ban hanh|thong qua|ky) ({KINDS})\b")
# "công văn (số) 4814/CCTKV...": the first kind the question names, with its number
_NUMBERED_KIND = re.compile(rf"^(?:(?!\b(?:{KINDS})\b).)*\b(?:{KINDS}) (?:so )?\d")


# words of a comparison question that do not name the indicator
_COMPARE_GENERIC = frozenset(
    {"so", "sanh", "qua", "giua", "tieu", "muc", "chi", "nam", "cac", "khac", "nhau"}
)


def document_for(corpus: Corpus, q: Question, scored: list[Candidate]) -> tuple[str, float] | None:
    """The document the question is about: by own number, then locality/type/title/evidence."""
    if q.own_doc is not None:
        return q.own_doc, 1.0
    pool = q.scope if q.scope is not None else set(corpus.documents)
    if not pool:
        return None
    type_words = re.findall(
        r"\b(bao cao|ke hoach|quyet dinh|nghi quyet|chuong trinh|de an|cong van)\b",
        q.route.folded,
    )
    support: dict[str, float] = {}
    for cand in scored[:30]:
        if cand.unit.doc_id in pool:
            support[cand.unit.doc_id] = max(support.get(cand.unit.doc_id, 0.0), cand.evidence)
    best: tuple[float, str] | None = None
    for doc_id in pool:
        meta = corpus.documents[doc_id].meta
        title_terms = keyed_tokens(q, f"{meta.title or ''} {meta.doc_type or ''}")
        coverage = (
            sum(w for t, w in q.weights.items() if t in title_terms) / q.total if q.total else 0.0
        )
        score = 0.5 * coverage + 0.3 * support.get(doc_id, 0.0)
        if type_words and meta.doc_type:
            score += 0.3 if plain(meta.doc_type) in type_words else -0.3
        if not fits_period(corpus, q, doc_id):
            continue  # another year or period than the question's
        if best is None or score > best[0]:
            best = (score, doc_id)
    if best is None:
        return None
    if q.scope is None and best[0] < 0.35:
        return None
    if best[0] < 0:
        return None
    return best[1], min(1.0, 0.5 + best[0] / 2)


# The question opening with the document it asks about, dated before any other document is
# named ("Công văn của Cục Hải quan gửi Công ty X ngày 02/12/2025 do ai ký?"), folded; not a
# day a force or a limit runs from or to (:data:`DATE_GIVEN`: "có hiệu lực từ ngày ...")
_OPENING_DOCUMENT_DATED = re.compile(
    rf"^\W*(?:{KINDS})\b(?:(?!\b(?:{KINDS})\b)[^?])*?{DATE_GIVEN.pattern}"
)


_DATED_RANKED = 5  # documents ranked for one the question dates, the best of that date kept


def opening_document_date(folded: str) -> str | None:
    """The date (ISO) the question gives the document it opens with, or None."""
    m = _OPENING_DOCUMENT_DATED.search(folded)
    return None if m is None else given_iso(*m.groups())


def _asked_document(
    corpus: Corpus, q: Question, scored: list[Candidate], hits: list[tuple[int, float]]
) -> tuple[str, float] | None:
    """The document a question asks a fact of its own about (its signer, its addressee, its
    subject), with the confidence it is the one: named by its number, or described (and, when
    the question dates it, of that date: another letter of the same body and subject is not)."""
    dated = None if q.own_doc is not None else opening_document_date(plain(q.route.folded))

    def of_another_date(doc_id: str) -> bool:
        own = corpus.documents[doc_id].meta.date
        return dated is not None and own is not None and own != dated

    ranked = [
        r
        for r in rank_documents(corpus, q, hits, limit=1 if dated is None else _DATED_RANKED)
        if not of_another_date(r.doc_id)
    ]
    # a place named in the question must be the document's own: only the ranking checks that
    chosen = None if q.localities and q.own_doc is None else document_for(corpus, q, scored)
    if chosen is not None and of_another_date(chosen[0]):
        chosen = None
    if ranked and ranked[0].coverage >= 0.45 and (chosen is None or chosen[1] < 0.6):
        chosen = (ranked[0].doc_id, min(1.0, 0.4 + ranked[0].score))
    return chosen


# A signature block's capacity mark: "TM." (on behalf of a body), "KT." (for its head), "TL." /
# "TUQ." (by order / authority of), "Q." / "QUYỀN" (acting)
_CAPACITY_MARK = re.compile(r"^(?:(?:TM|KT|TL|TUQ|Q)\.|QUYỀN\s)")
# A line naming a role, which opens an item of the block; a line without one continues the line
# above ("TM. ỦY BAN" / "NHÂN DÂN", "KT. TRƯỞNG BAN BAN CHÍNH SÁCH," / "THUẾ QUỐC TẾ")
_ROLE_WORD = re.compile(
    r"^PHÓ\b|CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|THỦ TƯỚNG|BÍ THƯ|CHỦ NHIỆM|CHÁNH|TỔNG|THƯỜNG TRỰC"
)
# An item cut short: a comma, a bare "PHÓ" ("PHÓ" / "CHỦ TỊCH"), a bare mark ("KT." / "TRƯỞNG
# BAN ..."); "KT.", "TL.", "TUQ.", "Q." are followed by a role ("KT. BỘ" / "TRƯỞNG"), "TM." by a
# body, which names none ("TM. ỦY BAN NHÂN DÂN")
_CUT_SHORT = re.compile(r"(?:,|\bPHÓ|^(?:KT|TL|TUQ|Q|TM)\.)$")
_FOR_A_ROLE = re.compile(r"^(?:KT|TL|TUQ|Q)\.")
# What a seal or a digital signature leaves between a position and its name: "(Đã ký)",
# "[daky]", "(đã ký và đóng dấu)", an image
_SIGNED_DEBRIS = re.compile(r"^[(\[]\s*(?:đã\s*ký|daky|ký)[^)\]]*[)\]]$|^!\[", re.IGNORECASE)
_BLOCK_LINES = 10  # lines read up from a signer's name, blank ones and debris included


def signature_block(text: str, name_start: int) -> tuple[int, list[str]]:
    """The signature block above a signer's name, as published: the offset of its first line
    and its items top first, a position wrapped over lines joined ("TL. CỤC TRƯỞNG", "KT.
    TRƯỞNG BAN BAN CHÍNH SÁCH, THUẾ QUỐC TẾ", "PHÓ TRƯỞNG BAN"). The block is the run of lines
    in capitals just above the name; blank lines and signing debris between them are passed."""
    top = text.rfind("\n", 0, name_start) + 1
    lines: list[str] = []
    end = top
    for _ in range(_BLOCK_LINES):
        if end == 0:
            break
        start = text.rfind("\n", 0, end - 1) + 1
        line = " ".join(text[start : end - 1].replace("*", " ").split())
        end = start
        if not line or _SIGNED_DEBRIS.match(line):
            continue
        if not in_capitals(line) or sum(c.isalpha() for c in line) > 80:
            break
        lines.insert(0, line)
        top = start
    items: list[str] = []
    for line in lines:
        if items and (
            _CUT_SHORT.search(items[-1])
            or not _CAPACITY_MARK.match(line)
            and (
                not _ROLE_WORD.search(line)
                or _FOR_A_ROLE.match(items[-1])
                and not _ROLE_WORD.search(_CAPACITY_MARK.sub("", items[-1]))
            )
        ):
            items[-1] += " " + line
        else:
            items.append(line)
    return top, items


# The kind of the document whose signer is asked, written right after "ký" ("Ai ký Nghị
# quyết ...", "ai ký ban hành quyết định ...") or opening the question ("Quyết định ... do ai
# ký"), folded
_SIGNED_KIND = re.compile(rf"\bky (?:ban hanh )?({KINDS})\b|^({KINDS})\b")
# The first document a question names: its kind ("NĐ", "quyết định", "KH"), or its number
# A document's kind as a question names it, folded: its words or the code of its symbol
_KIND_NAMED = rf"(?:{KINDS}|{CODED_KINDS}|qd|kh|nq|cv|bc|tb)"
_FIRST_DOCUMENT = re.compile(rf"\b{_KIND_NAMED}\b(?:\s+so)?(?:\s+(\d+))?|\b(\d+)/")


# A document's number in brackets after a description, folded: "(quyet dinh 25/2025/qd-ubnd)"
_NUMBER_IN_BRACKETS = re.compile(rf"\((?:{_KIND_NAMED}\s+)?(?:so\s+)?(\d+)/[^()]*\)")


def _signed_one_only_cited(corpus: Corpus, q: Question) -> bool:
    """The document whose signer is asked is the first one the question names, by a number
    that no document of the collection has as its own, only cited ("Ai ký NĐ 272/2025/NĐ-CP
    ..."), or one no document has at all ("Ai ký công văn 09/HDTLMM/2025 của Công ty X",
    a letter another answers, its number read by no citation): a citation never states who
    signed. Not a document named after it ("Ai ký kế hoạch thực hiện QĐ 1899/QĐ-TTg"), though
    an indexed one may be ("Tờ trình 33/TTr-SDTTG đề nghị ban hành QĐ 1509/QĐ-UBND do ai ký":
    the proposal's signer is asked)."""
    named = q.number_filter or (q.route.doc_numbers if q.own_doc is None else ())
    if not named:
        return False
    if (
        q.own_doc is not None
        and q.route.doc_numbers
        and corpus.is_own_number(q.own_doc, q.route.doc_numbers[0])
    ):
        return False  # "QĐ 44/2025/QĐ-TTg bãi bỏ QĐ 44/2002/QĐ-TTg … do ai ký": named first
    folded = plain(q.route.folded)
    first = _FIRST_DOCUMENT.search(folded)
    number = first and (first.group(1) or first.group(2))
    bracket = _NUMBER_IN_BRACKETS.search(folded, first.end()) if first is not None else None
    if (
        not number
        and bracket is not None
        and not re.search(rf"\b(?:{KINDS})\b", folded[first.end() : bracket.start()])
    ):
        # "QĐ bảng giá ... năm 2025 (QĐ 25/2025/QĐ-UBND) do ai ký": the number in brackets
        # is the one the document described first is known by (not "kế hoạch thực hiện Chỉ
        # thị của Thủ tướng (Chỉ thị 05/CT-TTg)", another document's, named between)
        number = bracket.group(1)
    return bool(number) and any(re.match(rf"{number}(?!\d)", plain(fold(cited))) for cited in named)


def _quoted_span(
    corpus: Corpus,
    doc_id: str,
    span: tuple[int, int],
    answer: str,
    hits: list[tuple[int, float]],
    confidence: float,
) -> Composed:
    """``answer``, a fact of the document's own read at ``span`` of its text (its signature
    block, its recipients, its subject line), quoted there first, then its best passages."""
    unit = corpus.synthetic_unit(doc_id, *span)
    cand = Candidate(unit=unit, evidence=1.0, prior=0.0, score=confidence, answer=answer)
    return tidy(answer), [cand, *best_passages(corpus, doc_id, hits, confidence)], confidence, None


def answer_signer(
    corpus: Corpus, q: Question, scored: list[Candidate], hits: list[tuple[int, float]]
) -> Composed | None:
    """The signer of the document the question is about, with the position and the capacity
    its signature block states ("Tống Thanh Hải (Phó chủ tịch; TM. ỦY BAN NHÂN DÂN / KT. CHỦ
    TỊCH)"). None when the question asks for the holder of a position the block does not name
    ("Phó Thủ tướng nào ký" a document the Prime Minister signed himself)."""
    if _signed_one_only_cited(corpus, q):
        return None
    chosen = _asked_document(corpus, q, scored, hits)
    if chosen is None:
        return None
    doc_id, confidence = chosen
    meta = corpus.documents[doc_id].meta
    if not meta.signer:
        return None
    signed = _SIGNED_KIND.search(plain(q.route.folded))
    if (
        signed
        and meta.doc_type
        and plain(meta.doc_type) != (signed.group(1) or signed.group(2))
        and not (
            doc_id == q.own_doc
            and _typed_whole(q, meta.number)
            # ("ký tờ trình ... đề nghị ban hành QĐ 2568/QĐ-UBND": the number typed is what
            # the document asked proposes, not that document)
            and not _proposes_number(plain(q.route.folded), signed.end(), meta.number)
        )
    ):
        # "Ai ký Nghị quyết HĐND ..." of a decision found: another document's signer
        return None
    text = corpus.texts[doc_id]
    # the name as written: hard-wrapped or bold-marked between its words ("**Trần\nChí Hùng"),
    # or a bold run broken inside one ("**Lê Hải\nH****òa**")
    written = re.compile(
        r"[\s*_]+".join(r"[*_]*".join(map(re.escape, w)) for w in meta.signer.split())
    )
    found_at = [m.span() for m in written.finditer(text)]
    if not found_at:
        return None
    start, end = found_at[-1]
    position = meta.signer_position or ""
    block_start, items = signature_block(text, start)
    held = bool(items) and bool(position) and fold(position) in fold(items[-1])
    asked = position_asked(q.route.folded)
    stated = fold(" ".join(items) if held else position)
    if asked is not None and re.search(rf"\b{re.escape(asked)}\b", stated) is None:
        return None
    capacity = list(items[:-1]) if held else []
    if held and _CAPACITY_MARK.match(items[-1]):  # "Q. GIÁM ĐỐC": acting
        capacity.append(items[-1])
    if held:
        start = block_start
    elif position:
        window_start = max(0, start - 160)
        block = text[window_start:start]
        found = match_key(block).rfind(match_key(position))
        if found >= 0:
            line_start = text.rfind("\n", 0, window_start + found) + 1
            start = line_start
    stated_as = "; ".join(part for part in (position, " / ".join(capacity)) if part)
    answer = meta.signer + (f" ({stated_as})" if stated_as else "")
    return _quoted_span(corpus, doc_id, (start, end), answer, hits, confidence)


def _proposes_number(folded: str, start: int, number: str | None) -> bool:
    """A proposal's verb stands between ``start`` (the kind whose signer is asked) and the
    document's number typed after it: the document named is the one proposed."""
    at = folded.find(fold(number or ""), start) if number else -1
    return at > start and PROPOSING.search(folded, start, at) is not None


def _typed_whole(q: Question, number: str | None) -> bool:
    """The question types the document's number whole, its symbol too: it names the document
    whatever kind its header was read as ("cv 5387/ct-cs" of a letter whose "CT" was read as
    "chỉ thị")."""
    return (
        bool(number)
        and "/" in number
        and re.search(rf"(?<![\w/]){re.escape(fold(number))}(?![\w/])", q.route.folded) is not None
    )


# An item's enumeration after its colon ("Các Bộ: KHCN, QP, NV"), and its asides in brackets
# ("(để b/c)"), which a list of recipients too long for an answer leaves out
_ENUMERATION = re.compile(r":.*$")
_ITEM_ASIDE = re.compile(r"\s*\([^()]*\)")

# No answer: the document's list of recipients names no body of the kind asked
NOT_LISTED = object()


def _listed(names: list[str]) -> str:
    """The names joined as one answer; when that is longer than an answer may be, each
    item's enumeration after its colon and then its asides left out ("VPCP: BTCN, các Vụ"
    → "VPCP")."""
    answer = "; ".join(names)
    for shorten in (_ENUMERATION, _ITEM_ASIDE):
        if len(answer) <= MAX_ANSWER_CHARS:
            break
        names = [shorten.sub("", n).strip() or n for n in names]
        answer = "; ".join(dict.fromkeys(names))
    return answer


def _of_kind(names: list[str], kind: str | None) -> list[str]:
    """The names that name a body of the asked ``kind`` (folded: "bo", "cong ty"); all of
    them when no kind is asked."""
    if kind is None:
        return names
    return [n for n in names if re.search(rf"\b{kind}\b", plain(fold(n)))]


def _recipients_composed(
    corpus: Corpus,
    q: Question,
    hits: list[tuple[int, float]],
    chosen: tuple[str, float],
    *,
    copies_only: bool,
) -> Composed | object | None:
    """The recipients of the chosen document of the kind the question asks, quoted as its
    list stands; :data:`NOT_LISTED` when its list names none of that kind, None when it has
    no list."""
    doc_id, confidence = chosen
    listed = recipients(corpus.texts[doc_id], copies_only=copies_only)
    if listed is None:
        return None
    names = _of_kind(listed[0], asked_recipient_kind(q.route.folded))
    if not names:
        return NOT_LISTED
    return _quoted_span(corpus, doc_id, listed[1], _listed(names), hits, confidence)


def answer_recipients(
    corpus: Corpus, q: Question, scored: list[Candidate], hits: list[tuple[int, float]]
) -> Composed | object | None:
    """Whom the document the question is about lists as its recipients ("nơi nhận gồm những
    ai"), or its copies besides the addressees ("đồng gửi", "sao gửi"), of the kind of body
    asked ("những bộ nào"). :data:`NOT_LISTED` when its list names no body of that kind."""
    chosen = _asked_document(corpus, q, scored, hits)
    if chosen is None:
        return None
    copies_only = COPIES_ASKED.search(q.route.folded) is not None
    return _recipients_composed(corpus, q, hits, chosen, copies_only=copies_only)


# The purpose a copy is sent with, as its item's aside says ("- Hội Khuyến học TP (để phối
# hợp);")
_PURPOSE_ASIDE = re.compile(r"\(để\b[^()]*\)")


def answer_copy_purpose(
    corpus: Corpus, q: Question, scored: list[Candidate], hits: list[tuple[int, float]]
) -> Composed | None:
    """What the document the question is about is sent to the body it names for: the item of
    its list of recipients naming that body, with its aside ("(để phối hợp)"). None when no
    item the question names has one."""
    chosen = _asked_document(corpus, q, scored, hits)
    if chosen is None:
        return None
    doc_id, confidence = chosen
    listed = recipients(corpus.texts[doc_id])
    if listed is None:
        return None
    asked = f" {plain(q.route.folded)} "
    for name in listed[0]:
        body = plain(fold(_ITEM_ASIDE.sub("", name))).strip(" .,;")
        if _PURPOSE_ASIDE.search(name) and body and f" {body} " in asked:
            unit = corpus.synthetic_unit(doc_id, *listed[1])
            cand = Candidate(unit=unit, evidence=1.0, prior=0.0, score=confidence, answer=name)
            passages = best_passages(corpus, doc_id, hits, confidence)
            return tidy(name), [cand, *passages], confidence, None
    return None


def answer_addressee(
    corpus: Corpus, q: Question, scored: list[Candidate], hits: list[tuple[int, float]]
) -> Composed | None:
    """Whom the document the question is about is sent to: the names its "Kính gửi" line
    gives, quoted from the mark to the last name, or else the first of its recipients when it
    names one there; else (or when none of those is of the kind of body asked: "gửi bộ
    nào") those of its list of recipients of that kind. None when the document names none."""
    chosen = _asked_document(corpus, q, scored, hits)
    if chosen is None:
        return None
    doc_id, confidence = chosen
    text = corpus.texts[doc_id]
    found = addressee(text) or first_copy_recipient(text)
    kind = asked_recipient_kind(q.route.folded)
    if found is None or not _of_kind(found[0], kind):
        listed = _recipients_composed(corpus, q, hits, chosen, copies_only=False)
        return listed if isinstance(listed, tuple) else None
    names, (start, end) = found
    return _quoted_span(
        corpus, doc_id, (start, end), _listed(_of_kind(names, kind)), hits, confidence
    )


# The letter a reply answers, asked ("CV 39712 là trả lời công văn nào của Công ty X", "trả lời
# văn bản số mấy"), folded
REPLY_ASKED = re.compile(r"\b(?:tra loi|phuc dap) (?:cong van|van ban|don|thu)\b")
# A reply letter's own line naming the letter it answers ("Trả lời công văn số 01/KGL ngày
# 20/11/2025 của ...", "Phúc đáp văn bản số 01-10/2025/CV-TKV"): its number is written as the
# sender numbers its letters, which a citation's symbol pattern need not read; failing that,
# the letter it says it received ("Cục Hải quan nhận được công văn số 2025-005/SAV-CHQ ngày
# 10/11/2025 của ...", its number after "số")
_NUMBERED_LETTER = (
    r"\s+(?:công văn|văn bản|đơn|thư)\s+{}"
    r"\d[^\s,;:]*(?:\s+ngày\s+\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}})?"
)
_REPLY_LINE = re.compile(
    r"(?:trả lời|phúc đáp)" + _NUMBERED_LETTER.format(r"(?:số\s*)?"), re.IGNORECASE
)
_RECEIVED_LINE = re.compile(r"nhận được" + _NUMBERED_LETTER.format(r"số\s*"), re.IGNORECASE)


def answer_reply_to(
    corpus: Corpus, q: Question, scored: list[Candidate], hits: list[tuple[int, float]]
) -> Composed | None:
    """The letter the document asked about replies to, from its own "Trả lời công văn số ..."
    line, or None when it has none."""
    chosen = _asked_document(corpus, q, scored, hits)
    if chosen is None:
        return None
    doc_id, confidence = chosen
    text = corpus.texts[doc_id]
    found = _REPLY_LINE.search(text) or _RECEIVED_LINE.search(text)
    if found is None:
        return None
    return _quoted_span(corpus, doc_id, found.span(), tidy(found.group(0)), hits, confidence)


# Whose proposal a document was issued on ("QĐ X được ban hành theo đề nghị của ai", "... ban
# hành theo đề nghị của đơn vị nào thuộc Bộ", "cơ quan nào đề nghị ban hành QĐ X"): the body its
# preamble names after "Theo đề nghị của" (folded)
_PROPOSED_KINDS = (
    r"van ban|quyet dinh|nghi quyet|nghi dinh|thong tu|chi thi|ke hoach|quy che|quy dinh"
    r"|qd|nq|nd|tt|ct|kh|[0-9]"
)
_PROPOSER_KIND = r"(?:co quan|don vi|bo phan|bo|so|vu|cuc|ban|phong|nganh|cap|to chuc)"
# The acts a document is proposed for: issuing it, or what it does to an earlier one ("cơ quan
# nào đề nghị UBND tỉnh bãi bỏ QĐ 02/2022": the proposal of the repealing decision)
_PROPOSED_ACTS = r"ban hanh|ky(?! ket)|thong qua|bai bo|sua doi|thay the"
PROPOSER_ASKED = re.compile(
    # ("ký kết" a contract is no signing of the document)
    rf"^(?=.*\b(?:{_PROPOSED_ACTS})\b)(?:"
    r".*\b(?:theo|xet|tren co so) (?:de nghi|de xuat|to trinh) cua"
    rf" (?:ai|{_PROPOSER_KIND}(?: \w+){{0,2}} nao)\b"
    # (the document named right after: "đề nghị ban hành quy chuẩn" is a rule's subject; the
    # body asked to act may stand between: "đề nghị UBND tỉnh Hà Tĩnh bãi bỏ QĐ ...")
    rf"|.*\b(?:ai|{_PROPOSER_KIND} nao) (?:da )?(?:de nghi|de xuat|trinh)(?: \w+){{0,12}}?"
    rf" (?:{_PROPOSED_ACTS}) (?:{_PROPOSED_KINDS})\b)"
)
# A preamble line stating the proposal a document answers ("*Theo đề nghị của Giám đốc Sở Nội
# vụ tại Tờ trình số ...;*", "Xét đề nghị của Vụ trưởng Vụ Tổ chức cán bộ;"), opening its line
_PROPOSAL_LINE = re.compile(
    r"^[ \t*_]*(?P<open>(?:Theo|Xét)\s+(?:đề\s+nghị|đề\s+xuất)\s+của\s+)", re.MULTILINE
)
# Where the proposer's name ends: the end of the line's clause, the document it proposes by
# ("tại Tờ trình số ..."), the emphasis closing the line, a blank line
# (a comma ending its line ends it too; "TP. Hồ Chí Minh" goes on)
_PROPOSER_END = re.compile(
    r"\s*(?:[;:*_]|(?<!\bTP)(?<!\bTX)\.(?:\s|$)|,[ \t]*\n|\s+tại\s|\n[ \t]*\n)"
)
_PROPOSER_CHARS = 200  # a longer run is no name, or several, of those who proposed
# The first article or the enacting word of a document ("**Điều 1.", "QUYẾT ĐỊNH:"): its
# preamble ends there
_PREAMBLE_END = re.compile(r"^[ \t*_]*(?:Điều\s+1\b|QUYẾT\s+(?:ĐỊNH|NGHỊ)\s*:)", re.MULTILINE)


def answer_proposer(
    corpus: Corpus, q: Question, scored: list[Candidate], hits: list[tuple[int, float]]
) -> Composed | None:
    """Whose proposal the document the question is about was issued on: the bodies (with
    the position of their head) its preamble names after "Theo đề nghị của" / "Xét đề nghị
    của", each line's up to the document it proposes by. None when its preamble states no
    proposal (a rule inside the document may name one: the units answer then)."""
    chosen = _asked_document(corpus, q, scored, hits)
    if chosen is None:
        return None
    doc_id, confidence = chosen
    text = corpus.texts[doc_id]
    preamble = _PREAMBLE_END.search(text)
    limit = preamble.start() if preamble is not None else len(text)
    names: list[str] = []
    spans: list[tuple[int, int]] = []
    for line in _PROPOSAL_LINE.finditer(text, 0, limit):
        stop = _PROPOSER_END.search(text, line.end())
        end = stop.start() if stop is not None else len(text)
        name = unmarked(text, line.end(), end)
        # ("các Sở, ngành": the bodies' names open after the plural word)
        named = re.sub(r"^(?:các|những)\s+", "", name)
        if not 3 <= end - line.end() <= _PROPOSER_CHARS or not named[:1].isupper():
            continue
        names.append(name)
        spans.append((line.start("open"), end))
    if not names:
        return None
    answer = "; ".join(dict.fromkeys(names))
    support = [
        Candidate(
            unit=corpus.synthetic_unit(doc_id, *span), evidence=1.0, prior=0.0, score=confidence
        )
        for span in spans
    ]
    support[0].answer = answer
    return (
        tidy(answer),
        [*support, *best_passages(corpus, doc_id, hits, confidence)],
        confidence,
        None,
    )


# The mark a subject line opens with ("V/v", "Về việc"), left out of the answer
_SUBJECT_MARK = re.compile(r"^(?:V/v|Về việc)\s*:?\s*", re.IGNORECASE)


def answer_subject(
    corpus: Corpus, q: Question, scored: list[Candidate], hits: list[tuple[int, float]]
) -> Composed | None:
    """What the document the question is about is about ("Công văn X về việc gì?"): its
    subject line ("V/v ...") or the title under its kind, quoted where it stands."""
    chosen = _asked_document(corpus, q, scored, hits)
    if chosen is None:
        return None
    doc_id, confidence = chosen
    title = (corpus.documents[doc_id].meta.title or "").strip(" *_")
    span = title_span(corpus.texts[doc_id], title) if title else None
    if span is None:
        return None
    answer = _SUBJECT_MARK.sub("", unmarked(corpus.texts[doc_id], *span))
    return _quoted_span(corpus, doc_id, span, answer, hits, confidence)


# The kind of document a question opens with, its subject ("Tờ trình của Sở X ...", folded)
_OPENING_KIND = re.compile(rf"^({KINDS})\b")
# The day a paper was received asked ("nhận đơn đề nghị ... ngày nào", "nhận được hồ sơ vào
# ngày nào"; not the "tiếp nhận hồ sơ" of a procedure's name, nor "đơn vị"), with no issue of a
# document asked, folded
_RECEIPT_ASKED = re.compile(
    r"^(?!.*\b(?:ban hanh|(?<!dang )ky|thong qua|hieu luc)\b)"
    r".*(?<!tiep )(?<!khi )\bnhan (?:duoc )?"
    r"(?:don(?! vi)|ho so|cong van|van ban|to trinh|bao cao)\b"
    # (no other act dated between: "nhận được công văn 324 … và trả lời bằng Công văn 5348 đề
    # ngày nào" dates the reply)
    r"(?:(?!\b(?:tra loi|gui|de ngay|ra|phat hanh)\b)[^?])*\bngay nao\b"
)
# A question opening with the document it draws on ("theo NQ 386/NQ-CP, ...", "tại QĐ X"),
# folded; and the kinds issued apart from the document issuing them (not a "quy chế" or "danh
# mục" a decision issues with it, dated as the decision is)
_AS_SOURCE = re.compile(rf"^(?:theo|tai|can cu|trong) (?:{KINDS})\b")
# A question opening with its source, then a document named by its kind and number as the
# subject of the clause after it ("theo qd 5042/qd-bnnmt, thong tu 18/2019/tt-bnnptnt duoc ban
# hanh ngay nao", "... thi thong tu ..."), folded
_SUBJECT_AFTER_SOURCE = re.compile(
    _AS_SOURCE.pattern
    + rf" [^,]*?(?:,| thi) (?:{KINDS}|qd|nq|tt|nd|cv|kh) (?:so )?(?P<number>\d[\w/.-]*)"
)
# "kế hoạch này", "văn bản này": the document named as the source is the one asked of (folded)
_THIS_DOCUMENT = re.compile(rf"\b(?:{KINDS}|van ban) nay\b")
_ISSUED_APART = frozenset({"luat", "nghi dinh", "nghi quyet", "thong tu", "quyet dinh", "chi thi"})
# A paper no kind of official document names, opening a question ("Đơn đề nghị xác định trước
# mã số ... (TB 37700/TB-CHQ) đề ngày nào?"): what the document named after it cites, folded
_OPENING_PAPER = re.compile(
    r"^(don (?:de nghi|xin|khieu nai|to cao|dang ky|yeu cau|kien nghi|phan anh|thu)|giay de nghi"
    r"|bien ban|phieu)\b"
)
# The kind of the document "ngày nào" dates, written right before it after the word placing
# something in it ("tại tờ trình ngày nào", "theo công văn số 12 ngày nào"), folded
_KIND_DATED = re.compile(
    rf"\b(?:tai|theo|o|bang|(?<!thong )qua) ({KINDS})(?: so \S+)? (?:de |ky |ban hanh )?ngay nao\b"
)


# The question opens with a document (its subject) and names an event only as where the
# document comes from ("Thông báo 634/TB-VPCP kết luận của Thủ tướng tại buổi làm việc với
# ... được ban hành ngày nào?"): the document is what is dated, not the event (folded)
_EVENT_AS_SOURCE = re.compile(rf"^(?:{KINDS})\b[^?]*?\b(?:tai|theo)\b")


def _event_as_source(folded: str) -> bool:
    """The question's subject is a document and every event it names follows "tại" or
    "theo" (the meeting or visit the document reports), so the document's date is asked."""
    opening = _EVENT_AS_SOURCE.match(folded)
    return opening is not None and not names_an_event(folded[: opening.end()])


# A day asked as planned, not passed ("dự kiến", "sẽ được ban hành"; not the "sẻ" of "chia sẻ",
# folded alike), folded
_PLANNED_DAY = re.compile(r"\bdu kien\b|\bse (?:duoc )?(?:ban hanh|trinh|ky|thong qua)\b")


def dated_document(
    corpus: Corpus, q: Question, hits: list[tuple[int, float]]
) -> tuple[str, float] | None:
    """The indexed document whose issue date the question asks for ("Báo cáo 96 ban hành
    ngày nào?", "Văn phòng Chính phủ ra thông báo kết luận ... ngày nào?"), or None when it
    asks for another date (a deadline, a document it cites by number)."""
    # With accents the keyed question keeps them: "kỳ" matches neither pattern, while a word
    # typed bare in an accented question ("ban hanh") still matches the plain one.
    keyed = q.route.keyed if q.route.accented else q.route.folded
    folded = plain(q.route.folded)
    if _RECEIPT_ASKED.search(folded):
        # "Cục Hải quan nhận đơn đề nghị ... vào ngày nào": the day a paper came in ("Đơn ...
        # ngày 15/9/2025 (nhận ngày 18/9/2025)"), which the reply's own date is not
        return None
    if _PLANNED_DAY.search(folded):
        # "Thông tư ... dự kiến được ban hành ngày nào": a day planned, which no document
        # issued has as its own date; a sentence planning it answers
        return None
    issued = _ISSUES_A_KIND.search(folded)
    if not (_ISSUE_DATE_TONED.search(keyed) or _ISSUE_DATE.search(keyed) or issued):
        if opens_with_own_document(corpus, q) and not names_an_event(folded):
            # "Công văn 37413/CHQ-NVTHQ về ... theo Thông tư 60/2019/TT-BTC ngày nào?": the
            # document the question opens with, by its own number, is what "ngày nào" dates;
            # the one named after it only says what it is about
            return q.own_doc, 1.0
        return _acting_issuer_document(corpus, q, hits)
    if names_an_event(folded) and not _event_as_source(folded):
        # "UBND tỉnh họp phiên thường kỳ biểu quyết thông qua QĐ ... vào ngày nào": the day of
        # the meeting, which the document's own date is not (it may be passed by written vote);
        # a sentence that dates the event answers
        return None
    if q.own_doc is not None and opens_with_another_document(corpus, q):
        return None  # the document the question opens with is dated, not the one named after
    if q.own_doc is not None:
        own_type = plain(corpus.documents[q.own_doc].meta.doc_type or "")
        opening = _OPENING_KIND.match(folded) or _OPENING_PAPER.match(folded)
        if opening is not None and own_type and opening.group(1) != own_type:
            # "Tờ trình của Sở X đề nghị ban hành ... (QĐ 102/2025) đề ngày nào?": the document
            # named says where the one asked is cited; the one asked is of its own kind
            return None
        dated_kind = _KIND_DATED.search(folded)
        if dated_kind is not None and own_type and dated_kind.group(1) != own_type:
            # "Sở X trình đề nghị ban hành QĐ 52/2025 tại tờ trình ngày nào?": the day of the
            # proposal the decision cites, not the decision's own
            return None
        if (
            issued is not None
            and own_type
            and issued.group(1) != own_type
            # (a plan a decision issues is dated by it; one a notice tells of is not)
            and (
                issued.group(1) in _ISSUED_APART
                or (issued.group(1) == "ke hoach" and own_type != "quyet dinh")
            )
            and _AS_SOURCE.match(folded)
        ):
            # "theo NQ 386/NQ-CP, Quốc hội thông qua Luật Thuế TNCN vào ngày nào": the day
            # another document is passed, which the one named as the source tells of
            return None
        # (the number opening the clause after the source: its subject, not a document the
        # source carries out, "…, để triển khai Chỉ thị 32/CT-TTg, kế hoạch được ban hành …")
        subject = _SUBJECT_AFTER_SOURCE.match(folded)
        if (
            subject is not None
            and not _THIS_DOCUMENT.search(folded)
            and any(
                subject.group("number").startswith(plain(number))
                and not corpus.is_own_number(q.own_doc, number)
                and not done_to_by_another(folded, number)
                for number in q.number_filter
            )
        ):
            # "Theo QĐ 5042/QĐ-BNNMT, Thông tư 18/2019/TT-BNNPTNT ... ban hành ngày nào": the
            # document named after the source is the one dated
            return None
        return q.own_doc, 1.0
    if _NUMBERED_KIND.search(folded):
        return None  # "công văn 4814/... gửi ngày nào": the date of the document it numbers
    opening = _OPENING_KIND.match(folded)
    if opening is not None and re.search(rf"\({opening.group(1)} (?:so )?\d", folded):
        # "Kế hoạch của UBND tỉnh X về ... (KH 64) ban hành ngày nào?": the bracket numbers the
        # document described, one no indexed document is: its date is that of its mentions
        return None
    kinds = asked_types(q) or ([issued.group(1)] if issued else [])
    if not kinds:
        # "Danh mục bí mật nhà nước lĩnh vực X được ban hành ngày nào?": what is dated is what a
        # document issues (its title), named without the document's kind; the one document
        # whose card (title) covers nearly all of that subject is dated: a subject word the
        # title lacks ("lĩnh vực quốc phòng" of a list of another field) says it is another one
        chosen = described_document(corpus, q, hits, of_asked_kind=False)
        if chosen is None or card_coverage(corpus, q, chosen.doc_id) < _UNNAMED_KIND_COVERAGE:
            return None
        return chosen.doc_id, min(1.0, 0.4 + chosen.score)
    if ACTED_ON.search(folded):
        # "Quyết định thành lập X, nằm trong danh sách văn bản bị Thủ tướng bãi bỏ, ban hành
        # ngày nào?": the document dated is one another repeals, dated by its mentions
        return None
    chosen = described_document(corpus, q, hits)
    if chosen is None:
        return None
    doc_type = corpus.documents[chosen.doc_id].meta.doc_type
    if not doc_type or plain(doc_type) not in kinds:
        return None
    return chosen.doc_id, min(1.0, 0.4 + chosen.score)


# The document asked is acted on by another ("bị Thủ tướng bãi bỏ", "bị thay thế"), folded: it
# is dated by its mentions, and numbered by the one citing it
ACTED_ON = re.compile(
    r"\bbi (?:[a-z]+ ){0,3}(?:bai bo|thay the|sua doi|huy bo|dinh chi)\b"
    r"(?! (?:bang|boi|tai|theo) )"  # not with its agent: "bị bãi bỏ bằng thông tư số mấy"
)


# Share of the question's subject the card of a document must cover to be dated when the
# question names no kind of document, only what it issues
_UNNAMED_KIND_COVERAGE = 0.9


# The time a thing is to be done by, asked after what the body requires ("VPCP yêu cầu ... bảo
# đảm hoàn thành dự án vào năm nào"), folded: the target's time, not the letter's date
_TIME_OF_COMPLETION = re.compile(
    r"\b(?:hoan thanh|hoan tat|ve dich|dua vao (?:khai thac|su dung|van hanh)|ket thuc)\b"
    r"[^?]*\b(?:(?:nam|ngay|thang|thoi diem) nao|khi nao|bao gio)\W*$"
)


def _acting_issuer_document(
    corpus: Corpus, q: Question, hits: list[tuple[int, float]]
) -> tuple[str, float] | None:
    """ "Cục Hải quan trả lời Công ty X về Y vào ngày nào?": the letter the body that opens the
    question issued as that act, when the question describes it; None otherwise."""
    body = acting_body(q.route.folded)
    if body is None or _TIME_OF_COMPLETION.search(plain(q.route.folded)):
        return None
    chosen = described_document(corpus, q, hits)
    if chosen is None:
        return None
    issuer = fold(corpus.documents[chosen.doc_id].meta.issuer or "")
    if not issuer or not same_body(body, issuer):
        return None  # the document found is not that body's
    return chosen.doc_id, min(1.0, 0.4 + chosen.score)


def answer_document_date(corpus: Corpus, doc_id: str, confidence: float) -> Composed | None:
    """The document's own date (``meta.date``, read by the indexer) quoted from its date line;
    without one, the date its text gives its own number ("Kèm theo Nghị định số 170/2025/NĐ-CP
    ngày 30 tháng 6 năm 2025"); None when neither is there: no other date stands in for it."""
    iso = corpus.documents[doc_id].meta.date
    text = corpus.texts[doc_id]
    span = written_date_span(text, iso, limit=None) if iso else own_dated_mention(corpus, doc_id)
    if span is None:
        return None
    unit = corpus.synthetic_unit(doc_id, *enclosing_line(text, *span))
    answer = unmarked(text, *span)
    cand = Candidate(unit=unit, evidence=1.0, prior=0.0, score=confidence, answer=answer)
    support = [cand]
    numbered = own_dated_mention(corpus, doc_id) if iso else None
    if numbered is not None and written_date_span(text[slice(*numbered)], iso, limit=None):
        # the line that writes the document's number with that date ("Kèm theo Quyết định số
        # 2691/QĐ-UBND ngày 18 tháng 11 năm 2025"): the date line names no document, this one
        # says whose date it is
        line = corpus.synthetic_unit(doc_id, *enclosing_line(text, *numbered))
        support.append(Candidate(unit=line, evidence=1.0, prior=0.0, score=confidence))
    passed = _passed_on_span(text, iso) if iso else None
    if passed is not None:
        # a resolution's closing line says it was passed that day: the statement of the date
        # the question asks ("HĐND ... thông qua NQ ... vào ngày nào")
        line = corpus.synthetic_unit(doc_id, *enclosing_line(text, *passed))
        support.append(Candidate(unit=line, evidence=1.0, prior=0.0, score=confidence))
    return tidy(answer), support, confidence, None


_PASSED_ON = re.compile(r"thông\s+qua\s+(?:vào\s+)?(?=ngày)", re.IGNORECASE)


def _passed_on_span(text: str, iso: str) -> tuple[int, int] | None:
    """Where ``text`` says it was passed on the day ``iso`` ("... Kỳ họp thứ 28 thông qua ngày
    27 tháng 11 năm 2025"), or None."""
    for m in _PASSED_ON.finditer(text):
        found = written_date_span(text[m.end() : m.end() + 60], iso, limit=None)
        if found is not None and found[0] == 0:
            return m.start(), m.end() + found[1]
    return None


# A document named as sent ("gửi công văn (số) 1010/PTH-KTr2"), folded
_SENDS_A_KIND = re.compile(rf"\bgui (?:{KINDS})(?: so)? \d")


def answer_cited_date(corpus: Corpus, q: Question) -> Composed | None:
    """ "Quyết định số 35/2015 của UBND tỉnh Quảng Trị ... được ký ngày nào?": the date of a
    document the collection only cites, from its mentions: the one date they write with its
    number (of the kind named, by the place named as issuer), quoted where one writes it; None
    when the question asks no issue date, names an indexed document, or the mentions disagree."""
    keyed = q.route.keyed if q.route.accented else q.route.folded
    if q.own_doc is not None or not (
        _ISSUE_DATE_TONED.search(keyed)
        or _ISSUE_DATE.search(keyed)
        # "Thuế tỉnh X gửi công văn 1010/PTH-KTr2 … ngày nào": a letter is dated the day sent
        or _SENDS_A_KIND.search(plain(q.route.folded))
    ):
        return None
    # (the first document named is the one dated: "Tờ trình 88/TTr-SXD … về dự thảo QĐ bãi bỏ
    # QĐ 32/2023/QĐ-UBND đề ngày nào", the one after it says what it is about)
    named = [(None, n) for n in q.number_filter[:1]] or numbers_after_a_type(q.route.question)
    if not named:
        return None
    issuers = asked_issuer_places(q)
    spans: dict[str, tuple[str, int, int]] = {}
    for row in corpus.citations:
        c = row.citation
        if not c.date or not any(number_matches(n, c.number) for _, n in named):
            continue
        written_kind = plain(c.doc_type or code_doc_type(c.type_code) or "")
        if any(kind and written_kind and written_kind != kind for kind, _ in named):
            continue  # "NĐ 35/2015" is not Quyết định 35/2015
        if issuers and not any(p in plain(c.issuer or "") for p in issuers):
            continue  # another province's decision of that number
        text = corpus.texts[row.doc_id]
        found = written_date_span(text[c.start : c.end], c.date, limit=None)
        if found is not None:
            spans.setdefault(c.date, (row.doc_id, c.start + found[0], c.start + found[1]))
    if len(spans) != 1:
        return None
    doc_id, start, end = next(iter(spans.values()))
    text = corpus.texts[doc_id]
    unit = corpus.synthetic_unit(doc_id, *enclosing_line(text, start, end))
    answer = unmarked(text, start, end)
    cand = Candidate(unit=unit, evidence=1.0, prior=0.0, score=0.8, answer=answer)
    return tidy(answer), [cand], 0.8, None


# "dẫn Điều 52 Luật Điện lực số mấy": a document asked by its title and an article of it
_ARTICLE_ASKED = re.compile(CITED_ARTICLE_ASKED)
_CODED_KIND_ASKED = re.compile(rf"\b({CODED_KINDS}) nao\b")
# A kind of document right before the word asking for it ("luật nào", "quyết định số mấy")
_KIND_BEFORE_ASKING = re.compile(rf"\b(?:{KINDS})(?: so)? (?:nao|gi|so may|so bao nhieu)\b")
# "căn cứ (vào) quyết định nào", "thực hiện (theo) kế hoạch nào", "triển khai (thi hành) nghị
# định nào", "dựa trên văn bản nào": the grounds a document states are asked, the verb right
# before the kind asked (folded)
_DESCRIBING = r"(?:cong bo|ban hanh|phe duyet|huong dan|quy dinh)"
GROUNDS_ASKED = re.compile(
    r"\b(?:can cu(?: vao| theo)?|trien khai|thuc hien|dua (?:tren|vao)|tren co so)"
    r"(?: (?:thuc hien|thi hanh|theo))?(?: (?:nhung|cac))?"
    # (a verb may say what the document asked does: "căn cứ quyết định công bố nào")
    rf" (?P<kind>van ban|{KINDS}|{CODED_KINDS})(?: so)?(?: {_DESCRIBING})? (?:nao|gi|so may)\b"
)
# A paragraph stating grounds opens with "Căn cứ", "Thực hiện", "Triển khai" or "Theo" and a
# kind of document ("Theo Quyết định số ..."; not "Theo đề nghị của ...": a proposal), folded
_GROUNDS_OPENING = re.compile(rf"^[\W_]*(?:can cu|thuc hien|trien khai|theo (?:{KINDS})\b)")
# The next item of a list of grounds, cut from the one before at its ";": it opens with the
# kind of the document it names ("Nghị định số 92/2017/NĐ-CP ...", "số 79/2025/NĐ-CP ..."), folded
_LISTED_DOCUMENT = re.compile(rf"^[\W_]*(?:(?:cac )?(?:van ban|{KINDS})\b|so \d)")


def ground_units(corpus: Corpus, doc_id: str) -> list[Unit]:
    """The units that state a document's grounds ("Căn cứ ...", "Thực hiện Quyết định số ...",
    "Triển khai ...") before its first article or part, with the items of their lists cut
    into units of their own ("...; Quyết định số 912/QĐ-BKHCN ...")."""
    found: list[Unit] = []
    grounds = False  # the unit opens or goes on with a statement of grounds
    for idx in corpus.doc_units[doc_id]:
        unit = corpus.units[idx]
        if unit.section:
            break
        if unit.kind == "row":
            continue
        if _GROUNDS_OPENING.match(unit.folded):
            grounds = True
        elif not _LISTED_DOCUMENT.match(unit.folded):
            grounds = False
        if grounds:
            found.append(unit)
    return found


def answer_cited_in_document(
    corpus: Corpus, q: Question, hits: list[tuple[int, float]]
) -> Composed | None:
    """ "Khi trả lời Công ty X, Cục Thuế viện dẫn văn bản nào của Thủ tướng?", "KH 624 triển
    khai văn bản nào?": the one document of the kind asked (and by the body named as its issuer)
    that the document the question names or describes cites, read first in the grounds it
    states when those are asked, quoted where it is cited; None unless the question names a
    kind, an issuer or asks the grounds, and that document cites exactly one such."""
    folded = plain(q.route.folded)
    kinds = [k for k in asked_types(q) if k != "van ban"]
    if (
        q.own_doc is not None
        and not _KIND_BEFORE_ASKING.search(folded)
        and not _ARTICLE_ASKED.search(folded)
    ):
        # "NQ 75/2025/NQ-HĐND ... căn cứ Luật Dân quân tự vệ số mấy?": the kind it opens with
        # is that of the document named by its number, not the kind asked ("dẫn Điều 52 Luật
        # Điện lực số mấy" names the kind asked)
        kinds = []
    # "dựa trên TT nào": a kind asked by its code, read out by the symbols' table of type codes
    kinds += [
        plain(code_doc_type(m.group(1)) or m.group(1)) for m in _CODED_KIND_ASKED.finditer(folded)
    ]
    # "Thông tư của Bộ Công Thương ... dẫn Điều 52 Luật Điện lực số mấy": the body named issued
    # the document described, the one asked for is named by its title
    by_body = names_issuer_of_kind(q) and _ARTICLE_ASKED.search(folded) is None
    grounds = GROUNDS_ASKED.search(folded)
    if not kinds and not by_body and grounds is None:
        return None
    if q.own_doc is not None:
        doc_id, score = q.own_doc, 1.0  # named by its own number
    else:
        chosen = described_document(corpus, q, hits, of_asked_kind=False)
        if chosen is None:
            return None
        doc_id, score = chosen.doc_id, chosen.score
    passes: list[tuple[list[Unit], list[str]]] = []
    if grounds is not None:
        # the kind right after the verb ("triển khai văn bản nào": any kind of grounds)
        asked = grounds["kind"]
        asked_kinds = [] if asked == "van ban" else [plain(code_doc_type(asked) or asked)]
        passes.append((ground_units(corpus, doc_id), asked_kinds))
    if kinds or by_body:
        passes.append(([corpus.units[idx] for idx in corpus.doc_units[doc_id]], kinds))
    for units, of_kinds in passes:
        found = _one_cited(corpus, q, doc_id, units, of_kinds, by_body)
        if found is None:
            continue
        unit, mention = found
        answer = tidy(unit.text[mention.start : mention.end])
        confidence = min(1.0, 0.4 + score)
        cand = Candidate(unit=unit, evidence=1.0, prior=0.0, score=confidence, answer=answer)
        cand.focus, cand.mention = (mention.start, mention.end), mention
        return answer, [cand], confidence, None
    return None


# The number of the article a question names of the document it asks ("dẫn điểm a khoản 3 Điều
# 44 của Nghị định nào"), folded
_ARTICLE_NUMBER = re.compile(r"\bdieu (\d+)\b")


def _cited_at_named_article(q: Question, unit: Unit, mention: Mention) -> bool:
    """The question names an article of the document it asks, and ``mention`` is cited right
    after that article: "Điều 44 Nghị định số 103/2024/NĐ-CP" for "Điều 44 của Nghị định nào"."""
    asked = _ARTICLE_ASKED.search(plain(q.route.folded))
    number = _ARTICLE_NUMBER.search(asked.group(0)) if asked is not None else None
    if number is None:
        return False
    before = plain(fold(unit.text[max(0, mention.start - 30) : mention.start]))
    return re.search(rf"\bdieu {number.group(1)}\W*(?:cua\W*)?$", before) is not None


# Kinds of document a ground paragraph names that are no grounds: the proposal answered
_NOT_GROUNDS = frozenset({"to trinh", "bao cao"})


def _one_cited(
    corpus: Corpus,
    q: Question,
    doc_id: str,
    units: list[Unit],
    kinds: list[str],
    by_body: bool,
) -> tuple[Unit, Mention] | None:
    """The one document of ``kinds`` (any kind of grounds when none) that ``units`` of
    ``doc_id`` cite, by the body the question names; of several, the one whose own words say
    what the question says of it; None unless exactly one."""
    number_asked = NUMBER_ASKED.search(q.route.folded) is not None
    # "Căn cứ Quyết định số A … về việc sửa đổi, bổ sung Quyết định số B": A is cited, B only
    # as what A amends, unless the question asks by that relation
    relation = asked_relation(q.route.folded)
    # every place each is cited ("QUYẾT ĐỊNH SỐ 10/2016 ... BAN HÀNH" cut by its title's line
    # end, then "Bãi bỏ toàn bộ Quyết định số 10/2016 ... ban hành Quy định chức năng ...")
    found: dict[str, list[tuple[Unit, Mention]]] = {}
    for unit in units:
        for m in corpus.unit_mentions(unit):
            if not m.kind or corpus.is_own_number(doc_id, m.number):
                continue
            if relation is None and ("amend", "object") in mention_relations(m.before, m.subject):
                continue
            if (kinds and m.kind not in kinds) or (not kinds and m.kind in _NOT_GROUNDS):
                continue
            if number_asked and not numbered(m):
                continue  # named by its title only: no number to answer with
            if any(number_matches(n, m.number) for n in q.route.doc_numbers):
                continue  # "(bổ sung Điều 4 TT 39/2015/TT-BTC)": it leads to the one asked
            if by_body and not issued_by_named_body(q, m.text, m.number, strict=True):
                continue
            found.setdefault(number_key(m.number), []).append((unit, m))
    if len(found) > 1:
        # "dựa vào nghị định nào về chính sách phát triển giáo dục mầm non": of the several
        # cited, the one whose own words (its title after the number) say what the question says
        # of it, else its words across the documents its title names; "thông tư nào hướng dẫn
        # thi hành Nghị định 118/2025/NĐ-CP": the one whose title cites the document named
        tests = (
            lambda unit, m: _cited_at_named_article(q, unit, m),
            lambda unit, m: describes_asked_document(q, m.subject),
            lambda unit, m: describes_asked_document(q, m.clause),
            lambda unit, m: _title_cites_named(corpus, q, unit, m),
        )
        for test in tests:
            described = {
                k: passing
                for k, places in found.items()
                if (passing := [p for p in places if test(*p)])
            }
            if described:
                break
        found = described
    if len(found) != 1:
        return None
    return next(iter(found.values()))[0]


def _title_cites_named(corpus: Corpus, q: Question, unit: Unit, mention: Mention) -> bool:
    """The words after ``mention`` up to its ";" (its title) cite a document the question
    names by its number ("Thông tư số 03/2025/TT-VPCP ... hướng dẫn thi hành ... Nghị định số
    118/2025/NĐ-CP")."""
    end = mention.end + len(mention.clause)
    return any(
        mention.end <= other.start < end and number_matches(n, other.number)
        for other in corpus.unit_mentions(unit)
        for n in q.route.doc_numbers
    )


def own_dated_mention(corpus: Corpus, doc_id: str) -> tuple[int, int] | None:
    """Span of the date the document's text writes with its own number (an annex's "Kèm theo
    Quyết định số 12/QĐ-UBND ngày 05/11/2025", a closing "Nghị định số ... ngày ..."), when
    every such dated mention gives the same date; None otherwise."""
    text = corpus.texts[doc_id]
    spans: dict[str, tuple[int, int]] = {}
    for row in corpus.citations_by_doc.get(doc_id, []):
        c = row.citation
        if not c.date or not corpus.is_own_number(doc_id, c.number):
            continue
        found = written_date_span(text[c.start : c.end], c.date, limit=None)
        if found is not None:
            spans.setdefault(c.date, (c.start + found[0], c.start + found[1]))
    if len(spans) != 1:
        return None
    return next(iter(spans.values()))


# The verbs a list question asks by (folded syllables), left out of its subject words
_RELATION_WORDS = frozenset(
    {"lam", "het", "hieu", "luc", "bai", "bo", "huy", "sua", "doi", "sung", "thay", "the"}
    | {"bi", "duoc", "dinh", "chinh"}
)
# The marker an item of a list opens with: "a)", "1.", "2)", "-", "+"
_ITEM_MARKER = re.compile(
    r"[\s*_]*(?:(?P<letter>[a-zđ]\))|(?P<digit>\d{1,2}[.)])|(?P<dash>[-+•]))\s"
)


def _item_style(text: str) -> str | None:
    """The kind of list marker ``text`` opens with, or None when it opens with none."""
    m = _ITEM_MARKER.match(text)
    return m.lastgroup if m is not None else None


def _said_of(
    unit: Unit, mention: Mention, mentions: list[Mention], lead: Relation | None
) -> tuple[tuple[Relation, ...], Relation | None]:
    """The relations a unit attaches to one document it cites, and the lead-in relation of the
    documents after it in the unit. One opening its item (nothing but a marker or ";" before
    it, or a lead-in ending with ":") takes the lead-in's relation ("hết hiệu lực ...: a) Nghị
    định số X"), else the predicate after it ("Nghị quyết số X ... hết hiệu lực kể từ ...");
    any document takes the verb right before it or its subject's."""
    said = mention_relations(mention.before, mention.subject)
    marker = _ITEM_MARKER.match(mention.before)
    before = mention.before[marker.end() if marker else 0 :].strip(" *_\n")
    if before.endswith(":"):  # "Các quyết định sau hết hiệu lực ...: Quyết định số X; ..."
        lead = lead_in_relation(before)
    elif before:
        return said, lead
    own = lead
    if own is None:
        later = [m.start for m in mentions if m.start > mention.start]
        own = trailing_relation(unit.text[mention.end : min(later, default=len(unit.text))])
    return ((own, *said) if own is not None else said), lead


# What joins a cited document to the one before it of its kind: "và", "hoặc", a comma (folded)
_COORDINATED = re.compile(r"[\s,;]*(?:va|hoac)[\s,;]*|[\s]*[,;][\s]*")


def answer_list(
    corpus: Corpus, q: Question, scored: list[Candidate], top_k: int
) -> Composed | None:
    """The documents cited by the document the question is about (its "căn cứ" only when asked)."""
    if opens_with_unheld_document(q):
        return None  # the named document's citations: another document's are not its
    chosen = document_for(corpus, q, scored)
    if chosen is None:
        return None
    doc_id, confidence = chosen
    asked = set(q.route.doc_types) | set(
        re.findall(
            r"\b(?:nhung|cac) (quyet dinh|ke hoach|nghi quyet|nghi dinh|chi thi|cong van"
            r"|thong tu)\b",
            q.route.folded,
        )
    )
    basis = bool(re.search(r"\bcan cu\b", q.route.folded))
    # "căn cứ những luật nào", "triển khai những nghị quyết nào": the grounds the document
    # states, items of their lists cut into units of their own included
    grounds_asked = GROUNDS_ASKED.search(plain(q.route.folded))
    grounds = {u.idx for u in ground_units(corpus, doc_id)} if basis or grounds_asked else set()
    generic = {
        "van", "ban", "vien", "dan", "duoc", "cao", "hoach", "ke", "quyet", "dinh", "nghi",
        "thong", "tu", "chi", "thi", "cong", "nhung", "cac", "trong", "lien", "quan",
        "hanh", "can", "cu", "liet",
    }  # fmt: skip
    generic |= {word for kind in asked for word in kind.split()}  # the kind asked, no subject
    if grounds_asked:  # "triển khai (thực hiện)": the relation asked, no subject either
        generic |= set(grounds_asked.group(0).split())
    relation = None if basis or grounds else asked_relation(q.route.folded)
    if relation is not None:  # "bãi bỏ", "hết hiệu lực": the act asked, not the subject
        generic |= _RELATION_WORDS
        # "NĐ 308 hướng dẫn Luật Di sản văn hóa thay thế những NĐ nào": the words of the
        # document's own title describe it, not the documents it acts on
        generic |= set(plain(fold(corpus.documents[doc_id].meta.title or "")).split())
    subject_terms = {t: w for t, w in q.weights.items() if strip_diacritics(t) not in generic}
    per_unit: list[tuple[Unit, list[Mention]]] = []
    related: list[tuple[Unit, list[Mention]]] = []  # the mentions said to bear the asked relation
    lead: Relation | None = None  # the relation of the list the current unit is an item of
    item_style: str | None = None
    for idx in corpus.doc_units[doc_id]:
        unit = corpus.units[idx]
        if unit.kind == "row":
            continue
        if relation is not None:
            style = _item_style(unit.text)
            if lead is not None and (style is None or item_style not in (None, style)):
                lead = None  # the list ended
            elif lead is not None:
                item_style = style
            if unit.text.rstrip(" *_").endswith(":"):
                lead, item_style = lead_in_relation(unit.text), None
        opens_basis = basis and unit.folded.startswith("can cu")
        if (basis or grounds) and unit.idx not in grounds and not opens_basis:
            continue
        mentions = [
            m
            for m in corpus.unit_mentions(unit)
            if m.kind
            and (not asked or "van ban" in asked or m.kind in asked)
            and m.kind not in ("bao cao",)
            and not corpus.is_own_number(doc_id, m.number)
        ]
        if mentions:
            per_unit.append((unit, mentions))
            if relation is not None:
                bearing, unit_lead = [], lead
                said_of_kind: dict[str, tuple[Relation, ...]] = {}
                for m in mentions:
                    said, unit_lead = _said_of(unit, m, mentions, unit_lead)
                    if not said and _COORDINATED.fullmatch(plain(fold(m.before))):
                        # "thay thế Nghị định số A ... và Nghị định số B ...": B joined to A by
                        # "và" bears what is said of A
                        said = said_of_kind.get(m.kind, ())
                    if said:
                        said_of_kind[m.kind] = said
                    if relation in said:
                        bearing.append(m)
                if bearing:
                    related.append((unit, bearing))
    if related:  # "bãi bỏ những văn bản nào": only those the document says it repeals
        per_unit = related
    if not per_unit:
        return None
    if subject_terms:  # "những kế hoạch nào về tuyên truyền": keep mentions on that subject
        total = sum(subject_terms.values())

        def on_subject(m: Mention) -> bool:
            tokens = keyed_tokens(q, m.subject)
            return sum(w for t, w in subject_terms.items() if t in tokens) / total >= 0.5

        focused = [(u, [m for m in ms if on_subject(m)]) for u, ms in per_unit]
        focused = [(u, ms) for u, ms in focused if ms]
        if focused:
            per_unit = focused
    chosen_units: list[tuple[Unit, list[Mention]]] = []
    seen: set[str] = set()
    ranked = sorted(per_unit, key=lambda um: -len({m.number for m in um[1]} - seen))
    for unit, mentions in ranked:
        new = [m for m in mentions if m.number not in seen]
        if not new:
            continue
        chosen_units.append((unit, new))
        seen.update(m.number for m in new)
        if len(chosen_units) >= top_k:
            break
    chosen_units.sort(key=lambda um: um[0].start)
    numbers: list[str] = []
    for _unit, mentions in chosen_units:
        for m in mentions:
            if m.number not in numbers:
                numbers.append(m.number)
    answer = ""
    for number in numbers:
        piece = number if not answer else f"; {number}"
        if len(answer) + len(piece) > MAX_ANSWER_CHARS - 2:
            answer += "; …"
            break
        answer += piece
    cands = [
        Candidate(unit=u, evidence=1.0, prior=0.0, score=confidence, answer=answer)
        for u, _ in chosen_units
    ]
    return answer, cands, confidence, None


def answer_compare(corpus: Corpus, q: Question, top_k: int) -> Composed | None:
    """Targets of one indicator across documents and years; None unless the question names
    the indicator with at least two words of its own ("so sánh tỷ lệ" names none)."""
    indicator_terms = [
        t
        for t in q.terms
        if strip_diacritics(t) not in _COMPARE_GENERIC
        and strip_diacritics(t) not in FORM_WORDS
        and t not in QUESTION_WORDS
    ]
    if len(indicator_terms) < 2 or not corpus.targets:
        return None
    indicator = " ".join(indicator_terms)
    comparison = build_comparison(
        indicator,
        corpus.targets,
        corpus.documents,
        corpus.texts.__getitem__,
        doc_ids=q.scope,
    )
    if comparison is None or not comparison.rows:
        return None
    row = comparison.rows[0]
    cands: list[Candidate] = []
    parts: list[str] = []
    for cell in row.cells[:top_k]:
        unit = corpus.synthetic_unit(cell.doc_id, cell.start, cell.end)
        cand = Candidate(unit=unit, evidence=1.0, prior=0.0, score=0.8)
        year = str(cell.year) if cell.year else ""
        if year and year not in cell.quote:  # "b) Đến năm 2030" above: quote it too
            heading = year_heading(corpus, cell.doc_id, cell.start, year)
            if heading is None:
                year = ""
            else:
                cand.extra = (heading,)
        cands.append(cand)
        label = corpus.documents[cell.doc_id].meta.place or ""
        parts.append(" ".join(x for x in (label, year) if x) + f": {cell.raw}")
    answer = tidy("; ".join(parts))
    score = indicator_matches(indicator, row.indicator, row.indicator_key) / 100
    return answer, cands, 0.6 + 0.3 * score, comparison


def year_heading(corpus: Corpus, doc_id: str, pos: int, year: str) -> tuple[int, int] | None:
    """The line of the innermost section heading above ``pos`` that writes ``year``."""
    text = corpus.texts[doc_id]
    holding = [s for s in corpus.sections[doc_id] if s.parent is not None and s.start <= pos]
    for section in sorted(holding, key=lambda s: s.start, reverse=True):
        if pos < section.end and re.search(rf"(?<!\d){year}(?!\d)", section.title):
            return line_span(text, section.start)
    return None


# The kind of the citing documents asked for, right before "nào" ("kế hoạch nào", "các quyết
# định nào"), folded; "văn bản nào" asks any kind
_KIND_ASKED = re.compile(rf"\b({KINDS})(?: so)? nao\b")


def answer_citing(corpus: Corpus, q: Question, top_k: int) -> Composed | None:
    """ "Văn bản nào viện dẫn Nghị định 85/2024/NĐ-CP?": the indexed documents that cite the
    first number the question names, each by its own number, quoted from its number line and
    where it cites that number."""
    kind = None
    if q.route.doc_numbers:
        cited = q.route.doc_numbers[0]
    else:
        # "Văn bản nào viện dẫn NĐ 85/2024?": a number without its symbol, of the kind named
        named = numbers_after_a_type(q.route.question)
        if not named:
            return None
        kind, cited = named[0]
    # "Kế hoạch nào (của các tỉnh) triển khai QĐ 2437": the citing documents of that kind
    kinds_asked = set(_KIND_ASKED.findall(plain(q.route.folded)))
    # the places the question gives the issuer of the document asked ("Quyết định nào của Chủ
    # tịch UBND tỉnh Cà Mau …"), not the sender of the one it cites ("trả lời công văn … của
    # Thuế tỉnh Bắc Ninh")
    issued_by = _ISSUER_OF_ASKED.search(plain(q.route.folded))
    issuing_places = [
        place for place in q.localities if issued_by and plain(place) in issued_by.group(0)
    ]
    numbered: list[Candidate] = []
    citing: list[Candidate] = []
    names: list[str] = []
    numbers: list[str] = []
    taken: set[str] = set()
    cites: list[tuple[str, int, int]] = []
    for row in sorted(corpus.citations, key=lambda r: (r.doc_id, r.citation.start)):
        c = row.citation
        if not number_matches(cited, c.number) or corpus.is_own_number(row.doc_id, c.number):
            continue
        written_kind = c.doc_type or code_doc_type(c.type_code)
        if kind is not None and (not written_kind or plain(written_kind) != kind):
            continue  # "NĐ 85/2024" is not Thông tư 85/2024
        cites.append((row.doc_id, c.start, c.end))
    if not cites and kind is None:
        cites = _written_number(corpus, q.route.question, cited)
    article = _ARTICLE_CITED.search(plain(q.route.folded))
    for doc_id, start, end in cites:
        if doc_id in taken:
            continue
        if article is not None and not _cites_article(corpus.texts[doc_id], start, article):
            continue  # "viện dẫn khoản 3 Điều 9 NĐ 125": a document citing another part of it
        # the scope of a question naming an indexed document by its number is that document:
        # the documents citing it are the others
        if q.scope is not None and q.own_doc is None and doc_id not in q.scope:
            continue
        meta = corpus.documents[doc_id].meta
        if kinds_asked and meta.doc_type and plain(meta.doc_type) not in kinds_asked:
            continue  # a decision citing it, a plan asked for
        if any(corpus.is_own_number(doc_id, n) for n in q.route.doc_numbers):
            continue  # "… (viện dẫn QĐ 1085) và nay bị QĐ 01814 thay thế": named, not asked
        if (
            issuing_places
            and meta.place
            and not any(
                names_place(place, meta.place, meta.issuer, meta.title) for place in issuing_places
            )
        ):
            continue  # "QĐ nào của UBND tỉnh Cà Mau … viện dẫn …": another province's
        text = corpus.texts[doc_id]
        number_span = own_number_span(text, meta.number) if meta.number else None
        if number_span is None:
            continue  # a document without a number of its own cannot be named by one
        taken.add(doc_id)
        number = tidy(text[number_span[0] : number_span[1]])
        names.append(f"{meta.doc_type or 'văn bản'} {number}")
        numbers.append(number)
        line = enclosing_line(text, *number_span)
        numbered.append(Candidate(corpus.synthetic_unit(doc_id, *line), 1.0, 0.0, 0.9))
        citing.append(Candidate(corpus.synthetic_unit(doc_id, start, end), 1.0, 0.0, 0.9))
    if not names:
        return None
    listed = _listing(names, numbers)
    # each document listed is quoted by its number line (the sources go past ``top_k`` when
    # the list is longer: see ``Answerer.ask``), then where it cites the number asked
    keep = len(listed)
    return "; ".join(listed), [*numbered[:keep], *citing[:keep]], 0.9, None


# The part of a document a citing question names before its number ("viện dẫn khoản 2 Điều 9
# NĐ 125/2020/NĐ-CP"), folded: its clause, if any, and its article; and the text read before a
# citation for the part it cites
_ARTICLE_CITED = re.compile(r"\b(?:khoan (\d+),? )?dieu (\d+)\b")
_ARTICLE_REACH = 200


def _cites_article(text: str, start: int, article: re.Match[str]) -> bool:
    """The text just before a citation at ``start`` writes the article (and clause) asked
    ("khoản 2 Điều 9 Nghị định số 125/2020/NĐ-CP")."""
    before = plain(fold(text[max(0, start - _ARTICLE_REACH) : start]))
    clause, number = article.groups()
    if not re.search(rf"\bdieu {number}\b", before):
        return False
    return clause is None or re.search(rf"\bkhoan {clause}\b", before) is not None


_MAX_LISTED = 12  # documents named in one answer, at most
# The people's committee or council the question gives as the issuer of the document it asks
# for, right after the asking word ("quyết định nào của Chủ tịch UBND tỉnh Cà Mau"), folded
_ISSUER_OF_ASKED = re.compile(
    rf"\b(?:{KINDS}|van ban)(?: so)? nao cua (?:chu tich )?(?:ubnd|uy ban nhan dan|hdnd"
    r"|hoi dong nhan dan) (?:tinh|thanh pho|tp|xa|phuong)(?: [a-z]+){1,3}"
)


def _written_number(corpus: Corpus, question: str, cited: str) -> list[tuple[str, int, int]]:
    """Where documents write the number ``cited`` as the question types it, for a number the
    citations read in no document: a company's letter numbered with a range ("công văn số
    01-10/2025/CV-TKV", read as "10/2025/CV-TKV") is cited by the reply that answers it. Each
    document once, where it first writes it; none of the document numbered so."""
    typed = re.search(rf"[\w.-]*{re.escape(cited)}", question, re.IGNORECASE)
    if typed is None:
        return []
    written = re.compile(rf"(?<![\w./-]){re.escape(typed.group(0))}(?![\w/-])", re.IGNORECASE)
    found = []
    for doc_id, text in sorted(corpus.texts.items()):
        m = written.search(text)
        if m is not None and not corpus.is_own_number(doc_id, cited):
            found.append((doc_id, m.start(), m.end()))
    return found


def _listing(names: list[str], numbers: list[str]) -> list[str]:
    """The documents of a list answer as written within the answer's length: each with its
    kind ("kế hoạch 310/KH-UBND"), or by its number alone when the kinds make it too long
    (the number's symbol names the kind), as many as fit."""
    for written in (names, numbers):
        fitting: list[str] = []
        for name in written[:_MAX_LISTED]:
            if len("; ".join([*fitting, name])) > MAX_ANSWER_CHARS:
                break
            fitting.append(name)
        if len(fitting) == min(len(written), _MAX_LISTED):
            return fitting
    return fitting
