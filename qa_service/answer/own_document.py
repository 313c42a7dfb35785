"""The indexed document a question is about, and the answers that are facts of that document:
its own number and date ("Quyết định nào ... ?"), its entry into force ("có hiệu lực từ khi
nào?") and its signer.

A document is ranked by how much of the question's subject its *card* (type, number, issuer,
place and title, as parsed) covers, by how high its passages rank for the question, and by the
kind of document and place the question names. Nothing here needs a metadata field to be
present: a document without a title still ranks by its passages, and an answer is only given
from text the document holds.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from indexer.analysis import expand_abbreviations
from indexer.extract.citations import code_doc_type, number_matches, symbol_parts
from indexer.normalize import nfc, strip_diacritics
from indexer.units import TOKEN, Unit, enclosing_line
from qa_service.answer.corpus import Corpus
from qa_service.answer.evidence import Candidate
from qa_service.answer.gazetteer import plain
from qa_service.answer.question import (
    KINDS,
    Question,
    done_to_by_another,
    keyed_tokens,
    numbers_with_year,
)
from qa_service.answer.relations import (
    asked_relation,
    done_by_next_cited,
    mention_relations,
    without_acts_of_others,
)
from qa_service.answer.windows import tidy
from qa_service.routing import (
    ASKS_THE_RELATING_DOCUMENT,
    CITED_ARTICLE_ASKED,
    RELATION_CLASSES,
    fold,
    key,
    period_pattern,
)

__all__ = [
    "FORCE_END_ASKED",
    "RankedDocument",
    "acting_body",
    "addressee",
    "first_copy_recipient",
    "recipients",
    "answer_effective",
    "answer_own_document",
    "asked_issuer",
    "asked_issuer_places",
    "asked_types",
    "best_passages",
    "card_coverage",
    "cited_issuer",
    "described_document",
    "document_answer",
    "fits_period",
    "issued_by_named_body",
    "issuer_places",
    "issuing_ministry",
    "named_bodies",
    "opens_with_own_document",
    "names_issuer_of_kind",
    "other_ministry",
    "own_number_span",
    "rank_documents",
    "same_body",
    "title_span",
    "unmarked",
    "written_date_span",
]

logger = logging.getLogger(__name__)

# Words of the question's frame: they ask, they do not say which document. A syllable of a
# frame phrase ("bao" of "bao nhiêu", "chi" of "chỉ thị") is dropped where it stands in that
# phrase only: "báo chí", "chi phí" still say what the document is about.
_FRAME_WORDS = frozenset(
    {
        *("nao", "gi", "so", "may", "ai", "ky", "ngay", "khi", "la", "cua", "ve", "viec"),
        *("duoc", "co", "tu", "thi", "luat"),
        # where, not what: "trên địa bàn tỉnh / huyện ..." (the place is a filter)
        *("tren", "tinh", "huyen"),
    }
)
_FRAME_PHRASES = frozenset(
    {
        *("bao nhieu", "ban hanh", "hieu luc", "ap dung", "van ban", "quyet dinh", "ke hoach"),
        *("nghi quyet", "nghi dinh", "thong bao", "thong tu", "cong van", "chi thi", "to trinh"),
        *("de an", "chuong trinh", "huong dan", "bao cao", "dia ban", "thanh pho"),
        # the issuer, which the question's "của ..." and the ranking check
        *("uy ban", "nhan dan", "hoi dong"),
    }
)
_GENERIC_TYPES = {"van ban"}
_HEAD_CHARS = 1500  # a document's header, its "Kính gửi" and first lines
_CANDIDATE_HITS = 40
_PASSAGES_READ = 5  # a document's passages ranked first that may hold what the question says of it


@dataclass(frozen=True)
class RankedDocument:
    doc_id: str
    score: float
    coverage: float  # weighted share of the question's subject words on the document's card
    support: float  # how high its passages rank for the question (1 = the first hit)
    type_match: bool | None  # None when the question names no kind of document
    body_match: bool | None = None  # None when the question names no kind of issuing body


def _subject_weights(q: Question) -> dict[str, float]:
    frame = _frame_syllables(q)
    return {t: w for t, w in q.weights.items() if plain(t) not in frame}


def _frame_syllables(q: Question) -> frozenset[str]:
    """Syllables the question uses only as frame words or inside frame phrases (folded)."""
    tokens = re.findall(r"[^\W_]+", plain(q.route.folded))
    framed = [t in _FRAME_WORDS for t in tokens]
    for i in range(len(tokens) - 1):
        if f"{tokens[i]} {tokens[i + 1]}" in _FRAME_PHRASES:
            framed[i] = framed[i + 1] = True
    free = {t for t, f in zip(tokens, framed, strict=True) if not f}
    return frozenset(t for t, f in zip(tokens, framed, strict=True) if f and t not in free)


def card_coverage(corpus: Corpus, q: Question, doc_id: str) -> float:
    """Weighted share of the question's subject words on the document's card alone (its
    passages not counted)."""
    weights = _subject_weights(q)
    total = sum(weights.values())
    if not total:
        return 0.0
    card_terms = _terms(_card(corpus, doc_id), q.toned)
    return sum(w for t, w in weights.items() if t in card_terms) / total


def _card(corpus: Corpus, doc_id: str) -> str:
    """Type, number, issuer, place and title, abbreviations read out ("UBND" → "ủy ban nhân
    dân"), as the question's words are."""
    meta = corpus.documents[doc_id].meta
    return _expanded(
        " ".join(x or "" for x in (meta.doc_type, meta.number, meta.issuer, meta.place, meta.title))
    )


@lru_cache(maxsize=8192)
def _terms(text: str, toned: bool) -> frozenset[str]:
    """The tokens of a card or passage in a question's matching form (the same passages come
    back in every ranking of a question, and across questions)."""
    return frozenset(TOKEN.findall(key(text, toned)))


@lru_cache(maxsize=8192)
def _expanded(card: str) -> str:
    return expand_abbreviations(card)


# A kind of document the question asks for: "QĐ nào", "Kế hoạch ... là KH số mấy", or the kind
# it opens with ("Quyết định công bố TTHC ... là quyết định số mấy?").
# "số hiệu (của)", "số và ngày (của)" before the kind whose number is asked (folded)
_NUMBER_OF = r"\bso (?:hieu|va ngay|, ngay)(?: cua)?"
_ASKED_KIND = re.compile(
    rf"^(?:{KINDS})\b|\b(?:{KINDS})(?: so)? (?:nao|gi|so may|so bao nhieu|la so may)\b"
    # an article of a document named by its kind and title ("dẫn khoản 4 Điều 52 Luật Điện lực
    # số mấy"): the number of the document whose article is cited is asked
    rf"|\b{CITED_ARTICLE_ASKED}"
    rf"|\bla (?:{KINDS}) so (?:may|bao nhieu)\b"
    rf"|{_NUMBER_OF} (?:{KINDS})\b"
    # the document a body issued, its number asked at the end ("UBND tỉnh X ban hành kế hoạch
    # triển khai Luật Y với số hiệu nào"; not "Quyết định ban hành Kế hoạch ... số hiệu nào",
    # whose first kind is the one asked)
    rf"|^(?:(?!\b(?:{KINDS}|van ban)\b).)*?\bban hanh\s+(?:{KINDS})\b"
    r"(?=[^?]*\bso hieu (?:nao|la gi|la bao nhieu)\b)"
    # the document whose signer is asked ("Ai ký nghị quyết ...")
    rf"|\bai (?:da )?ky (?:ban hanh )?(?:{KINDS})\b"
)
# "Số hiệu (của) văn bản ban hành X", "số và ngày của nghị quyết X": the number of the document
# described is asked for, whatever the kind it names
_ASKS_ITS_NUMBER = re.compile(
    rf"{_NUMBER_OF} (?:van ban|{KINDS})\b|\bvan ban (?:nao|gi|so may|so bao nhieu)\b"
)


def asked_types(q: Question) -> list[str]:
    """The kinds of document the question asks for, as plain names ("quyet dinh"): the kind
    before "nào" / "số mấy" when there is one, else the kind the question opens with."""
    asking: list[str] = []
    opening: list[str] = []
    for m in _ASKED_KIND.finditer(plain(q.route.folded)):
        kind = re.search(rf"\b({KINDS})\b", m.group(0))
        if kind:
            asks = re.search(r"(?:nao|gi|may|nhieu)$", m.group(0))
            (asking if asks or m.start() else opening).append(kind.group(1))
    kinds = asking or opening or [t for t in q.route.doc_types if t not in _GENERIC_TYPES]
    return list(dict.fromkeys(kinds))


def rank_documents(
    corpus: Corpus,
    q: Question,
    hits: list[tuple[int, float]],
    limit: int = 5,
    *,
    of_asked_kind: bool = True,
) -> list[RankedDocument]:
    """The documents the question is most likely about, best first; ``of_asked_kind`` False:
    the kind asked is that of a document the one described cites ("Cục Hải quan dẫn nghị định
    nào khi trả lời Công ty X?"), no kind of the one ranked."""
    support: dict[str, float] = {}
    ranked_passages: dict[str, list[tuple[int, int]]] = {}
    for rank, (passage_id, _) in enumerate(hits[:_CANDIDATE_HITS]):
        span = corpus.passage_span.get(passage_id)
        if span is not None:
            support.setdefault(span[0], 1.0 / (1.0 + rank / 3.0))
            found = ranked_passages.setdefault(span[0], [])
            if len(found) < _PASSAGES_READ:
                found.append((span[1], span[2]))
    pool = set(support)
    if q.own_doc is not None:
        pool.add(q.own_doc)
    if q.scope is not None and len(q.scope) <= 50:
        pool |= q.scope
    if q.scope is not None:
        pool &= q.scope
    weights = _subject_weights(q)
    total = sum(weights.values())
    # the words of the places named: a passage listing them says the document acts on them
    place_terms = frozenset(
        t for t in weights if any(plain(t) in name.split() for name in q.localities)
    )
    asked = asked_types(q)
    if not of_asked_kind:
        # the kind asked is a cited document's; another kind the question names ("Cần Thơ làm kế
        # hoạch ... dựa trên nghị quyết nào") may be the described one's
        named = re.findall(rf"\b({KINDS})\b", plain(q.route.folded))
        asked = [k for k in dict.fromkeys(named) if k not in asked]
    ranked: list[RankedDocument] = []
    bodies = named_bodies(q)
    body_names = named_body_names(q)
    issuing_places = issuer_places(q)
    issuing_bodies = _ISSUER_OF_KIND.search(plain(q.route.folded)) is not None
    # (not a body acted on: "Sở Tư pháp được phân cấp ... tại quyết định nào")
    acting = [
        m.group(1)
        for m in _BODY_ACTING_BY_KIND.finditer(q.route.folded)
        if not _ACTED_ON.search(m.group(0))
    ]
    for doc_id in pool:
        meta = corpus.documents[doc_id].meta
        if doc_id != q.own_doc and not fits_period(corpus, q, doc_id):
            continue  # another year or period than the question's
        card = _card(corpus, doc_id)
        # facts of a document of another place (the place may be its recipient's: "Cục
        # Thuế hướng dẫn Thuế tỉnh Quảng Trị")
        if q.localities:
            where = plain(f"{card} {corpus.texts[doc_id][:_HEAD_CHARS]}")
            # or places the document acts on, every one named in its passages ranked first
            # ("Xã Tràm Chim mới (gộp thị trấn Tràm Chim và xã Tân Công Sính) được thành lập
            # theo nghị quyết nào": a resolution arranging a province's communes lists them)
            ranked_text = plain(
                " ".join(corpus.texts[doc_id][a:b] for a, b in ranked_passages.get(doc_id, ()))
            )
            if not any(name in where for name in q.localities) and not all(
                name in ranked_text for name in q.localities
            ):
                continue
        home = plain(f"{meta.issuer or ''} {meta.place or ''}")
        if issuing_places and not any(name in home for name in issuing_places):
            continue  # "QĐ nào của tỉnh Quảng Bình": another place issued this one
        # what the question says of the document is on its card or in its passage ranked
        # first ("QĐ nào công bố TTHC cấp C/O mẫu AK": the title names the field, Điều 1 the
        # procedure)
        # (half weight: a passage also speaks of what the document is not about)
        card_terms = _terms(card, q.toned)
        passage_terms: set[str] = set()
        for start, end in ranked_passages.get(doc_id, ()):
            passage_terms |= _terms(corpus.texts[doc_id][start:end], q.toned)
        # (a place named that its passages write counts in full: the places it acts on)
        full = card_terms | (place_terms & passage_terms)
        covered = sum(
            w if t in full else 0.5 * w if t in passage_terms else 0.0 for t, w in weights.items()
        )
        coverage = covered / total if total else 0.0
        score = 0.55 * coverage + 0.35 * support.get(doc_id, 0.0)
        type_match = None
        if asked:
            type_match = bool(meta.doc_type) and plain(meta.doc_type) in asked
            score += 0.15 if type_match else -0.15
        issuer = fold(meta.issuer or "")
        if acting and issuer and not any(_issued_by(issuer, body) for body in acting):
            # "Sở Ngoại vụ đề nghị bãi bỏ tại văn bản số mấy": the body opening the question
            # acts by the document asked; one another body issued is not it (it may cite it)
            continue
        body_match = any(issuer.startswith(body) for body in bodies) if bodies else None
        if body_match is False:
            score -= 0.3  # "văn bản nào của Sở Nội vụ": another body issued this one
            if not issuing_bodies:
                # said of a thing in its subject ("QĐ công bố TTHC của Sở NN&MT"), not of the
                # asked kind itself ("công văn nào của Thủ tướng"): it may still be the one
                body_match = None
        elif issuer and any(not issuer.startswith(name) for name in body_names):
            continue  # "của Bộ Xây dựng": a ministry, but not the one that issued this
        acts_on = _TITLE_ACTS_ON_ANOTHER.match(plain(meta.title or ""))
        if acts_on is not None and acts_on.group(1) not in plain(q.route.folded):
            # "Bãi bỏ Quyết định số 09/2022 ... ban hành Quy định chức năng ... Sở Tư pháp" for
            # "QĐ nào ban hành Quy định chức năng ... Sở Tư pháp": its title names the act asked
            # as that of the document it repeals or amends
            score -= _TITLE_ACTS_ON_ANOTHER_PENALTY
        if doc_id == q.own_doc:
            score += 1.0
        ranked.append(
            RankedDocument(
                doc_id, score, coverage, support.get(doc_id, 0.0), type_match, body_match
            )
        )
    ranked.sort(key=lambda r: (-r.score, r.doc_id))
    return ranked[:limit]


# A title that opens with an act on another document ("Bãi bỏ Quyết định số …", "Về việc sửa
# đổi, bổ sung …"), folded: the act
_TITLE_ACTS_ON_ANOTHER = re.compile(
    r"^\W*(?:ve viec |ve )?(bai bo|sua doi|thay the|huy bo|dinh chi|cham dut)\b"
)
_TITLE_ACTS_ON_ANOTHER_PENALTY = 0.3


# The issuing body a question names after "của" ("văn bản nào của Sở Nội vụ"), folded.
_BODIES = (
    r"uy ban nhan dan|hoi dong nhan dan|so|bo|cuc|chinh phu|thu tuong|van phong|tong cuc"
    r"|trung tam|ban|uy ban thuong vu quoc hoi|quoc hoi"
)
_BODY_AFTER_CUA = re.compile(rf"\bcua (?:chu tich |bo truong |giam doc )?({_BODIES})\b")
# "quyết định nào của Bộ X", "công văn trả lời của Cục Thuế": the issuer of a cited document
# is named close after its kind; in "quyết định nào quy định chức năng, nhiệm vụ của Sở X" the
# body is the one whose duties the document sets
_BODY_AFTER_KIND = re.compile(
    rf"\b(?:{KINDS}|van ban)(?: [^\s,;]+){{0,3}} cua"
    rf" (?:chu tich |bo truong |giam doc )?({_BODIES})\b"
)

# "quyết định công bố TTHC nào của Bộ Xây dựng": the kind asked, the words describing it, then
# the asking word and its issuer right after it (folded)
_BODY_AFTER_ASKED_KIND = re.compile(
    rf"\b(?:{KINDS}|van ban)(?: [^\s,;?]+){{0,6}}? (?:nao|gi) cua"
    rf" (?:chu tich |bo truong |giam doc )?({_BODIES})\b"
)

# "HĐND TP Hồ Chí Minh ban hành NQ nào", "Năm 2025, Bộ Tài chính đã ban hành thông tư số
# mấy": the body opening the clause is the one that issues the kind asked (no "của" between:
# "Quyết định của UBND được ban hành để thực hiện QĐ nào" names the issuer of another
# document; "bổ sung", "bãi bỏ" hold no "Bộ" there)
_BODY_ISSUING_KIND = re.compile(
    rf"(?:^|[,:;] ?)({_BODIES}) (?:(?!cua\b)[^\s,;?]+ ){{0,6}}(?:da |vua )?ban hanh"
    rf" (?:{KINDS}|van ban) (?:nao|gi|so may)\b"
)

# "Bộ trưởng Bộ Công Thương đã kiện toàn Hội đồng trường ... bằng quyết định số mấy", "UBND tỉnh
# phê duyệt quy hoạch tại quyết định nào": the body opening the question acts by the document
# asked, so issued it ("theo" a document is not its own: it may carry out another's)
# (not the "số" of "số lượng", the "bổ" of "bổ sung", the "ban" of "ban hành", folded; nor a
# provision the document is read by: "... theo quy định tại nghị định nào")
_BODY_ACTING_BY_KIND = re.compile(
    rf"^(?:chu tich |bo truong |giam doc )?({_BODIES})"
    r" (?!(?:luong|lieu|tien|sung|hanh|do)\b)(?:(?!cua\b)[^?])*?"
    rf"(?<!quy dinh )(?<!huong dan )\b(?:bang|tai) (?:{KINDS}|van ban) (?:nao|gi|so may)\b"
)
_BODY_ISSUING = (_BODY_AFTER_KIND, _BODY_ISSUING_KIND, _BODY_AFTER_ASKED_KIND, _BODY_ACTING_BY_KIND)


# "công văn nào của Thủ tướng", "thông báo số mấy của Cục Hải quan": the body issued the kind
_ISSUER_OF_KIND = re.compile(
    rf"\b(?:{KINDS})(?: (?:nao|gi|so may|so bao nhieu))? cua (?:{_BODIES})\b"
)


def names_issuer_of_kind(q: Question) -> bool:
    """The question names the body that issued the document of the kind it asks for ("văn bản
    nào của Thủ tướng", "quyết định nào của Bộ Công Thương")."""
    return _BODY_AFTER_KIND.search(q.route.folded) is not None


def issuer_places(q: Question) -> list[str]:
    """The places the question names as the issuer, after "của" ("QĐ nào của tỉnh Quảng
    Bình", "của UBND TP Huế"), folded."""
    folded = plain(q.route.folded)
    # "Nghị quyết của UBTVQH về sắp xếp ... của tỉnh Bắc Ninh": the kind's own "của" names
    # another issuer; a place after it is what the document is about
    own_of = _KIND_THEN_OF.search(folded)
    places: list[str] = []
    for name in q.localities:
        for m in re.finditer(
            r"\bcua (?:(?:chu tich |uy ban nhan dan |ubnd |hdnd |hoi dong nhan dan )?"
            rf"(?:tinh |thanh pho |tp |huyen |thi xa |xa |phuong ))?{re.escape(name)}\b",
            folded,
        ):
            if own_of is not None and m.start() != own_of.start("of"):
                continue
            # "... bãi bỏ các quyết định cũ của Quảng Bình": the issuer of other documents;
            # "sắp xếp các ĐVHC cấp xã của TP Cần Thơ": the place whose units are acted on
            before = folded[: m.start()]
            if not _OTHER_DOCUMENTS_BEFORE.search(before) and not _UNITS_BEFORE.search(before):
                places.append(name)
                break
    return places


# The "của" right after the kind of document asked ("nghị quyết (nào) của ..."), folded
_KIND_THEN_OF = re.compile(rf"\b(?:{KINDS})(?: (?:nao|gi|so may))? (?P<of>cua) ")


# Documents other than the one asked, named in the plural right before a "của" ("các quyết
# định cũ của", "những văn bản của"), folded
_OTHER_DOCUMENTS_BEFORE = re.compile(rf"\b(?:cac|nhung) (?:van ban|{KINDS})(?: \w+){{0,2}} $")


# A place's administrative units named right before a "của" ("các đơn vị hành chính cấp xã của
# thành phố Cần Thơ"), folded
_UNITS_BEFORE = re.compile(r"\b(?:cap (?:xa|huyen|tinh)|don vi hanh chinh) $")


def asked_issuer_places(q: Question) -> list[str]:
    """The places the question names as the issuer of the document it asks for, right after
    its kind ("quyết định nào của UBND tỉnh Quảng Trị ... các QĐ của Quảng Bình"), folded."""
    folded = plain(q.route.folded)
    return [
        name
        for name in q.localities
        if re.search(
            rf"(?:^(?:{KINDS})|\b(?:{KINDS}) (?:nao|gi|so may)) cua (?:chu tich )?"
            r"(?:uy ban nhan dan |hoi dong nhan dan )?(?:tinh |thanh pho |huyen |thi xa |xa "
            r"|phuong )?"
            rf"{re.escape(name)}\b",
            folded,
        )
    ]


_NAMED_KINDS = frozenset({"bo", "so", "cuc"})
_TITLES = frozenset({"chu tich", "bo truong", "giam doc", "cuc truong", "thu truong"})
_OTHER_BODIES = frozenset({"ubnd", "uy", "hdnd", "hoi", "chinh", "thu", "van", "tong", "ban"})


def named_body_names(q: Question) -> list[str]:
    """ "của Bộ Xây dựng", "của Sở Tư pháp": the kind and first word of the body's name,
    folded ("bo xay"). An abbreviated name ("Sở GDĐT", "Bộ LĐ-TB&XH") is left out: its first
    word is not the issuer's."""
    words = re.findall(r"[^\s,;:?()]+", q.route.question)
    folded = [plain(w) for w in words]
    names: list[str] = []
    bodies = 0
    for i, word in enumerate(folded[:-2]):
        if word != "cua":
            continue
        k = i + 1
        while k < len(words) - 2 and f"{folded[k]} {folded[k + 1]}" in _TITLES:
            k += 2  # "của Bộ trưởng Bộ ...", "của Chủ tịch UBND ..."
        bodies += folded[k] in _NAMED_KINDS or folded[k] in _OTHER_BODIES
        if folded[k] not in _NAMED_KINDS or k + 1 >= len(words):
            continue
        name = words[k + 1]
        acronym = (len(name) > 1 and name.isupper()) or not re.search(r"[aeiouy]", folded[k + 1])
        if name[:1].isupper() and not acronym and folded[k + 1].isalpha():
            names.append(f"{folded[k]} {folded[k + 1]}")
    # "QĐ nào của Chủ tịch UBND ... TTHC của Sở Văn hóa": two bodies, the issuer is unclear
    return names if bodies == 1 else []


def named_bodies(q: Question) -> list[str]:
    """The kinds of issuing body the question names after "của" (folded: "bo", "so", ...)."""
    return [m.group(1) for m in _BODY_AFTER_CUA.finditer(q.route.folded)]


_ACTED_ON = re.compile(r"\b(?:duoc|bi)\b")  # a passive verb, folded
_HEAD_TITLE = re.compile(r"^(?:chu tich|bo truong|giam doc) ")  # an issuer's head, folded


def _issued_by(issuer: str, body: str) -> bool:
    """The issuer (folded: "chu tich uy ban nhan dan tinh ...") is of the kind of body (folded:
    "uy ban nhan dan"), its head's title aside; the Thủ tướng's documents are the
    government's ("Chính phủ phê duyệt ... tại quyết định nào": a QĐ-TTg)."""
    issuer = _HEAD_TITLE.sub("", issuer)
    return issuer.startswith(body) or (body == "chinh phu" and issuer.startswith("thu tuong"))


# The issuer code of a symbol names the kind of body ("1941/QĐ-UBND", "15/CT-TTg").
_SYMBOL_BODY = {"ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan", "cp": "chinh phu",
                "ttg": "thu tuong", "ubtvqh": "uy ban thuong vu quoc hoi"}  # fmt: skip


_PLACE_UNIT = re.compile(r"\b(?:tinh|thanh pho|huyen|thi xa|xa|phuong)\b")
# An issuer whose place unit ends it, no name after ("ủy ban nhân dân tỉnh"), folded
_UNNAMED_PLACE = re.compile(r"\b(?:tinh|thanh pho|huyen|thi xa|xa|phuong)\W*$")
# A kind of document then its number ("cong van 5487/ct-cs", "quyet dinh so 17"), folded
_NUMBERED_KIND = re.compile(rf"(?:{KINDS}|van ban)(?: so)? \d")


_OF_ISSUER = re.compile(r"\bcua (.+)$")  # "... của Chi cục Thuế Khu vực V": its issuer


def cited_issuer(mention_text: str) -> str:
    """The issuer a citation names after its "của" (folded: "bo tai chinh" of "Thông tư số
    283/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính"); "" when it names none."""
    m = _OF_ISSUER.search(fold(mention_text))
    return m.group(1) if m else ""


def issued_by_named_body(
    q: Question, mention_text: str, number: str, *, strict: bool = False
) -> bool:
    """A cited document fits the body the question names ("QĐ nào của Bộ Công Thương") and the
    place it names as issuer ("QĐ nào của UBND tỉnh Quảng Trị"): its "của ..." says so, or its
    symbol's issuer code; unknown counts as fitting, unless ``strict``."""
    places = asked_issuer_places(q)
    issuer = cited_issuer(mention_text)
    # "của Ủy ban nhân dân tỉnh": the place unnamed is that of the document writing it
    unnamed_place = _UNNAMED_PLACE.search(issuer) is not None
    if (
        places
        and not unnamed_place
        and _PLACE_UNIT.search(issuer)
        and not any(re.search(rf"\b{re.escape(p)}\b", issuer) for p in places)
    ):
        return False  # "của UBND tỉnh Quảng Bình": another place issued it
    # "Công văn 5487/CT-CS của Cục Thuế ... dựa vào nghị định nào": the body after a
    # numbered document issued that one, the document the question is about, not the one asked
    named = [
        m
        for pattern in _BODY_ISSUING
        for m in pattern.finditer(q.route.folded)
        if not _NUMBERED_KIND.match(m.group(0))
    ]
    if not named:
        return True
    bodies = [m.group(1) for m in named]
    # "…/NQ-UBTVQH15": a legislature's code ends in its term
    code = plain(number.rsplit("-", 1)[-1]).rstrip("0123456789") if "-" in number else ""
    # a letter's symbol writes its issuer first, then the issuing unit ("11344/BNV-CCVC")
    codes = [plain(part) for part in number.rsplit("/", 1)[-1].split("-")[:-1]] + [code]
    if any(_initials_of(c, q.route.folded[m.start(1) :]) for m in named for c in codes):
        # "thông tư nào của Văn phòng Chính phủ": "…/TT-VPCP" (issued "của Bộ trưởng, Chủ
        # nhiệm Văn phòng Chính phủ", a head's title alone before the comma)
        return True
    if issuer:
        # "của Chủ tịch Ủy ban nhân dân tỉnh": the body whose head signed it
        body_named = _HEAD_TITLE.sub("", issuer)
        asked_ministry = asked_kind_ministry(q.route.question)
        if asked_ministry and other_ministry(q.route.question, issuer, asked_ministry):
            return False  # "của Bộ Văn hóa, Thể thao và Du lịch" for "nào của Bộ Xây dựng"
        return any(
            body_named.startswith(body) or (unnamed_place and body.startswith(body_named))
            for body in bodies
        )
    kind = _SYMBOL_BODY.get(code)
    return (kind is None and not strict) or kind in bodies


_CODE_MIN = 3  # letters of an issuer code read as the initials of a body's name, at least


def _initials_of(code: str, name: str) -> bool:
    """The issuer code of a symbol ("vpcp", "btc", "bnnmt") is the initials of the body's name
    a question writes (folded, "văn phòng chính phủ ...", "bộ nông nghiệp và môi trường"; "và"
    has none)."""
    if len(code) < _CODE_MIN or not code.isalpha():
        return False
    initials = "".join(word[0] for word in name.split() if word != "va" and word[0].isalpha())
    return initials.startswith(code)


def same_body(named: str, issuer: str) -> bool:
    """The body a question names (folded) is the issuer (folded), or the start of its name, or
    the other way round; a word of initials stands for the issuer's words they begin ("cuc hq"
    for "cuc hai quan")."""
    words, names = named.split(), issuer.split()
    spelled: list[str] = []
    for word in words:
        at = len(spelled)
        initials = "".join(w[0] for w in names[at : at + len(word)])
        if len(word) >= 2 and word == initials and word not in names[at : at + 1]:
            spelled.extend(names[at : at + len(word)])
        else:
            spelled.append(word)
    body = " ".join(spelled)
    return body.startswith(issuer) or issuer.startswith(body)


# "Cục Hải quan trả lời Công ty X về ...", "Cục Thuế hướng dẫn ... tại công văn số mấy?": the
# body that issued a letter, named first, and the act the letter itself is (folded); an event it
# organizes ("tổ chức hội nghị") has a date of its own
_LETTER_ACT = re.compile(
    r"\b(?:da )?(?:tra loi|huong dan|de nghi|thong bao|chi dao|yeu cau|phe duyet|cong bo"
    r"|co van ban|co y kien|gui van ban|tra ket qua)\b"
)
_FIRST_WORDS = 8  # the issuing body's name opens the question within this many words


def acting_body(folded: str) -> str | None:
    """The body that opens the question before the act its document is ("Cục Hải quan trả lời
    ...": "cuc hai quan"), folded; None when the question does not open so."""
    act = _LETTER_ACT.search(folded)
    if act is None or len(folded[: act.start()].split()) > _FIRST_WORDS:
        return None
    return folded[: act.start()].strip() or None


# "Số NQ của UBTVQH ...", "công văn nào của Cục Thuế ...": the issuer named right after the kind
# asked, with the rest of the question (folded)
_ISSUER_AFTER_ASKED_KIND = re.compile(
    rf"(?:^so (?:hieu )?(?:cua )?(?:{KINDS})|\b(?:{KINDS}) (?:nao|gi|so may)) cua (?P<body>.+)$"
)


# A ministry, department or directorate and the first word of its name, as typed ("Bộ Y tế",
# "Sở NN&MT", "Cục Hải quan"), issuing the document asked: opening the question before its act
# ("ban hành", "công bố", "phê duyệt", "hướng dẫn", "trả lời", "thông báo"), or after the
# document's kind and "của" ("Thông tư của Bộ NN&MT"); read on the question with its tones
# dropped, which keeps its length, so that spans point into the question as typed
_MINISTRY = r"(?P<kind>bo|so|cuc|tong cuc)\s+(?P<name>[^\s,;:?()]+)"
_ISSUING_OPENS = re.compile(
    rf"^(?:[^,?]{{0,40}},\s*)?{_MINISTRY}(?:\s+[^\s,;:?]+){{0,4}}?\s+(?:da\s+|vua\s+)?"
    r"(?:ban\s+hanh|cong\s+bo|phe\s+duyet|huong\s+dan|tra\s+loi|thong\s+bao)",
    re.IGNORECASE,
)
_KIND_OF = re.compile(
    rf"\b(?:{KINDS})(?:\s+(?:nao|gi|so may|so \S*\d\S*|\S*\d\S*))?"
    rf"\s+cua\s+(?:bo truong\s+|giam doc\s+)?{_MINISTRY}",
    re.IGNORECASE,
)
_NOT_NAME_START = frozenset({"nao", "gi", "truong", "va", "cac", "nganh"})


def issuing_ministry(question: str) -> tuple[str, str] | None:
    """The ministry, department or directorate a question names as the issuer of the document
    it asks about: its folded kind ("bo") and the first word of its name as typed ("Y", "NN&MT");
    None when it names none there."""
    question = nfc(question)
    untoned = strip_diacritics(question)  # same length and case for NFC text
    for pattern in (_ISSUING_OPENS, _KIND_OF):
        m = pattern.search(untoned)
        if m is None:
            continue
        name = question[m.start("name") : m.end("name")]
        if plain(name) not in _NOT_NAME_START:
            return plain(m.group("kind")), name
    return None


# "quyết định công bố TTHC nào của Bộ Xây dựng": the ministry named as the issuer of the cited
# document asked, after the words describing it and the asking word (read as _KIND_OF is)
_ASKED_KIND_OF = re.compile(
    rf"\b(?:{KINDS})(?:\s+[^\s,;:?]+){{0,6}}?\s+(?:nao|gi)"
    rf"\s+cua\s+(?:bo truong\s+|giam doc\s+)?{_MINISTRY}",
    re.IGNORECASE,
)


def asked_kind_ministry(question: str) -> tuple[str, str] | None:
    """The ministry, department or directorate a question names as the issuer of the cited
    document it asks for ("căn cứ quyết định ... nào của Bộ Xây dựng" → ("bo", "Xây")); None
    when it names none there."""
    question = nfc(question)
    m = _ASKED_KIND_OF.search(strip_diacritics(question))
    if m is None:
        return None
    name = question[m.start("name") : m.end("name")]
    return None if plain(name) in _NOT_NAME_START else (plain(m.group("kind")), name)


def other_ministry(question: str, issuer: str, named: tuple[str, str] | None = None) -> str | None:
    """The body the question names as issuer (``named``, or the one :func:`issuing_ministry`
    reads) when ``issuer`` (folded: "bo noi vu", "so tai chinh tinh x") is a body of the same
    kind with another name ("Bộ Y tế" asked, "Bộ Nội vụ" issued it); None when they agree or it
    cannot tell."""
    named = named or issuing_ministry(question)
    if named is None:
        return None
    kind, name = named
    m = re.match(rf"(?:chu tich |bo truong |giam doc )?{kind} (\S+(?: \S+)*)", issuer)
    if m is None:
        return None
    words = m.group(1).split()
    letters = re.sub(r"[^a-z]", "", plain(name))
    if len(name) > 1 and (name.isupper() or "&" in name or "-" in name):
        # initials: "NN&MT" for "Nông nghiệp và Môi trường" ("và" has none)
        initials = "".join(w[0] for w in words if w != "va")
        fits = initials.startswith(letters) or initials.startswith(letters[:2])
    else:
        # "bộ khcn" typed in lower case: initials all the same, of a name the mention may cut
        # ("của Bộ Khoa học" at a line end)
        initials = "".join(w[0] for w in words if w != "va")
        fits = words[0] == letters or (
            len(letters) > 1
            and len(initials) > 1
            and (initials.startswith(letters) or letters.startswith(initials))
        )
    return None if fits else f"{kind} {name}"


def asked_issuer(q: Question) -> str | None:
    """The body the question names as the issuer of the document it asks for, folded, with the
    words that follow it (:func:`same_body` reads a prefix): the one opening the question before
    its act, or the one after "<kind> nào của"; None when it names none."""
    folded = plain(q.route.folded)
    after = _ISSUER_AFTER_ASKED_KIND.search(folded)
    if after is not None:
        return after.group("body")
    return acting_body(folded)


_YEAR_SPAN = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}(?!\d)")


def fits_period(corpus: Corpus, q: Question, doc_id: str) -> bool:
    """The question's years and periods ("năm 2023", "6 tháng đầu năm") are the document's, and
    the spans of years it names ("năm học 2026-2027", "giai đoạn 2021-2025") the document writes."""
    title = fold(corpus.documents[doc_id].meta.title or "")
    # a title naming its span ("... năm học 2025-2026") is of that span, whatever later one its
    # text plans for ("trình ... năm học 2026-2027"); a title naming none, of the spans it writes
    spanned = title if _YEAR_SPAN.search(title) else corpus.texts[doc_id]
    return (
        all(corpus.doc_has_year(doc_id, y) for y in q.route.years)
        and all(re.search(period_pattern(p), title) for p in q.route.periods)
        and all(re.search(rf"(?<!\d){a}\s*[-–]\s*{b}(?!\d)", spanned) for a, b in q.route.ranges)
    )


# ------------------------------------------------------------------------ the document itself

# (a crawl may join the rule under the issuer's name to it: "------------------ Số: 1661/...")
_NUMBER_LINE = re.compile(
    r"(?im)^[ \t*|]*(?:-{3,}[ \t*|]*)?(?:Số|Luật số|Số hiệu)\s*:?\s*\**\s*(?P<num>\S[^\n|]*)"
)


def unmarked(text: str, start: int, end: int) -> str:
    """``text[start:end]`` as shown in an answer: emphasis markers dropped, blanks collapsed."""
    return " ".join(text[start:end].replace("*", "").split())


# A line ending with a kind of document, before a line opening with "Số" (folded)
_KIND_BEFORE_LINE = re.compile(rf"\b(?:{KINDS})[\s*_]*$")


def own_number_span(text: str, number: str) -> tuple[int, int] | None:
    """Span of the document's own number as written on its "Số:" line (in its first lines)."""
    head = number.split("/")[0].lstrip("0") or number.split("/")[0]
    for m in _NUMBER_LINE.finditer(text, 0, min(len(text), 6000)):
        if _KIND_BEFORE_LINE.search(plain(fold(text[max(0, m.start() - 40) : m.start()]))):
            # "BÃI BỎ QUYẾT ĐỊNH" / "SỐ 09/2022/QĐ-UBND NGÀY ...": a title cut before the number
            # of the document it names, which is not its own
            continue
        # "Số: 2871/QĐ-" / "UBND": a symbol cut after its hyphen goes on in the next line
        found = re.search(
            rf"0*{re.escape(head)}\s*/\S*(?:(?<=-)[ \t]*\n\s*[^\W\d_][\w.-]*)?",
            text[m.start("num") : m.end() + 40],
        )
        if found and m.start("num") + found.start() < m.end():
            start = m.start("num") + found.start()
            end = m.start("num") + found.end()
            while end > start and text[end - 1] in " *|":
                end -= 1
            return start, end
    return None


_MARK = r"[\s*_]*"  # blanks and emphasis markers a crawl leaves inside a date line
_IN_WORD_MARK = r"\**"  # emphasis marks a crawl leaves inside a word ("V****Ă****N")


def written_date_span(text: str, iso: str, limit: int | None = 6000) -> tuple[int, int] | None:
    """Span of the first date written in ``text`` (its first ``limit`` characters) that is
    ``iso`` ("2025-11-24", or "2025-11" for a blank day), with its "ngày", markup between its
    words allowed ("ngày **24 **tháng 11 năm 2025")."""
    head = text if limit is None else text[:limit]
    year, month, day = (iso.split("-") + [""])[:3]
    m_ = rf"0?{int(month)}"
    if day:
        d_ = rf"0?{int(day)}"
        pattern = (
            rf"(?:ngày{_MARK})?{d_}{_MARK}tháng{_MARK}{m_}{_MARK}năm{_MARK}{year}"
            rf"|(?:ngày{_MARK})?(?<!\d){d_}\s*[/.-]\s*{m_}\s*[/.-]\s*{year}"
        )
    else:
        pattern = rf"tháng{_MARK}{m_}{_MARK}năm{_MARK}{year}"
    m = re.search(pattern, head, re.IGNORECASE)
    return (m.start(), m.end()) if m else None


def title_span(text: str, title: str) -> tuple[int, int] | None:
    """Where the parsed ``title`` stands in the document text (its words in order, with markup
    and line breaks between them, and emphasis marks a crawl leaves inside a word: "phối
    **tr**ộn"), searched in the first lines."""
    words = title.split()
    if not words:
        return None
    pattern = _MARK.join(_IN_WORD_MARK.join(map(re.escape, w)) for w in words[:60])
    m = re.search(pattern, text[:8000])
    return (m.start(), m.end()) if m else None


# The mark a letter names its addressee by, in its header: "Kính gửi:" (a letter), "... điện:"
# (a government telegram: "THỦ TƯỚNG CHÍNH PHỦ điện:"), the names on its line or listed below
_ADDRESSEE_MARK = re.compile(
    r"Kính[ \t]*(?:\n[ \t*_]*)?gửi[ \t*_]*:?[ \t*_]*|(?<=\s)điện[ \t*_]*:[ \t*_]*"
)
_ADDRESSEE_HEAD = 3000  # where a header's addressee stands, at most
_LIST_ITEM = re.compile(r"^[-+•][ \t]*")
# An aside under an addressee: its address or phone ("*(Địa chỉ: ...)*"), no name of it
_ASIDE = re.compile(r"^[*_]*\(")
# A name's last words wrapped onto a line of their own ("Bộ trưởng / Bộ Công Thương"), at most,
# and its last line closed by its full stop ("Công ty TNHH KGL / Việt Nam tại TP. HCM.")
_TAIL_WORDS = 3
_CLOSING_WORDS = 8
_BLANK_FORM = re.compile(r"…|\.{3}")  # a form's blank to fill in, no addressee


def _lines_from(text: str, start: int) -> list[tuple[int, int]]:
    """The spans of the lines of ``text`` from ``start`` on (the first one from ``start``)."""
    spans, at = [], start
    while at < len(text) and len(spans) < 40:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        spans.append((at, end))
        at = end + 1
    return spans


def _bare(line: str) -> str:
    """A header line without its emphasis marks, cell bars and outer blanks."""
    return line.replace("*", "").replace("_", " ").strip(" \t|")


# A position alone on the mark's line ("Kính gửi: Bộ trưởng / Bộ Công Thương"): the body it
# heads follows on the next line
_BARE_POSITION = re.compile(
    r"^(?:Phó |Tổng )?(?:Bộ trưởng|Thứ trưởng|Chủ tịch|Giám đốc|Cục trưởng|Chủ nhiệm"
    r"|Trưởng ban|Thủ trưởng|Chánh Văn phòng)$",
    re.IGNORECASE,
)


def _continues(previous: str, line: str, listed: bool) -> bool:
    """``line`` goes on with the name ``previous`` wrapped: the name is not closed (no ";" or
    "." ends it) and the line is the rest of a listed item, the body of a position the name is
    alone ("Bộ trưởng / Bộ Công Thương"), opens in lower case ("Thuế / thành phố Huế"), holds
    only a name's last words ("Ông Thái Mạnh / Cường") or closes the name with its full stop;
    not a sentence of the body."""
    if previous.endswith((";", ".", ":")):
        return False
    words = len(line.split())
    return (
        listed
        or _BARE_POSITION.match(previous) is not None
        or line[0].islower()
        or words <= _TAIL_WORDS
        or (line.endswith(".") and words <= _CLOSING_WORDS)
    )


def addressee(text: str) -> tuple[list[str], tuple[int, int]] | None:
    """Whom the document is addressed to, as its header's "Kính gửi" names them (on the mark's
    line or the next, hard-wrapped onto the lines after, or a list of "- ..." items under it;
    an address in brackets under a name left out), and the span from the mark to the last
    name. None when the header has no such mark, or the mark is a form's blank ("………")."""
    mark = _ADDRESSEE_MARK.search(text, 0, _ADDRESSEE_HEAD)
    if mark is None:
        return None
    names: list[str] = []
    end = mark.end()
    listed = blank = in_aside = False
    for a, b in _lines_from(text, mark.end()):
        raw, line = text[a:b], _bare(text[a:b])
        if in_aside or _ASIDE.match(line):
            in_aside = ")" not in line
            if listed:
                continue  # "- Công ty B;" / "(Địa chỉ: ...)" / "- Thuế tỉnh C."
            break  # "Bà X" / "*(Địa chỉ: ...)*": the body follows
        if not line:
            if names and raw.strip() == "|":
                break  # the cell the names stand in ends
            blank = blank or bool(names)
            continue
        if _LIST_ITEM.match(line):
            names.append(_LIST_ITEM.sub("", line))
            end, listed, blank = b, True, False
        elif not names:
            names, end = [line], b
        elif blank or not _continues(names[-1], line, listed):
            break  # a paragraph of the body
        else:
            names[-1], end = f"{names[-1]} {line}", b
    names = [" ".join(n.split()).rstrip(" ;.,") for n in names]
    names = [n for n in names if n]
    if not names or any(_BLANK_FORM.search(n) for n in names):
        return None
    while end > mark.start() and text[end - 1] in " \t*|":
        end -= 1
    return names, (mark.start(), end)


# The list of a document's recipients, by its signature ("Nơi nhận:", "*Nơi\nnhận:*" wrapped
# inside its marks), and its first item
_COPIES_MARK = re.compile(r"Nơi[ \t*_]*\n?[ \t*_]*nhận[ \t*_]*:?")
_CLOSING_CHARS = 400  # the closing words above that list
# Items of that list that name no one the document is sent to: "Như trên" / "Như Điều 3" (the
# addressees, named elsewhere), "Lưu: VT", or a copy sent to report ("(để b/c)", "(để biết)")
# The list's item that files the document ("Lưu: VT, CS"), no recipient
_ARCHIVE_ITEM = re.compile(r"^Lưu\b", re.IGNORECASE)
# An item standing for the addressees named in the header ("Như trên"), or in an article ("Như
# Điều 3")
_ADDRESSEES_ITEM = re.compile(r"^Như\b", re.IGNORECASE)
_NOT_ADDRESSED = re.compile(
    rf"{_ADDRESSEES_ITEM.pattern}|{_ARCHIVE_ITEM.pattern}|\(để\b|\bb/c\b", re.IGNORECASE
)


def first_copy_recipient(text: str) -> tuple[list[str], tuple[int, int]] | None:
    """Whom a document with no "Kính gửi" line is sent to, as the first item of its list of
    recipients names them ("Nơi nhận: - Công ty TNHH X (số 208, ...);"), an address in
    brackets left out, with that name's span. None when the list opens with the addressees
    named elsewhere ("Như trên", "Như Điều 3"), a copy or the archive, or when the closing
    words above it do not name that first one ("... thông báo để Công ty TNHH X biết"): the
    list then names copies for information ("Ủy ban Thường vụ Quốc hội"), no addressee."""
    mark = _COPIES_MARK.search(text)
    if mark is None:
        return None
    lines = [(a, b) for a, b in _lines_from(text, mark.end())[:8] if _bare(text[a:b])]
    if not lines or not _LIST_ITEM.match(_bare(text[lines[0][0] : lines[0][1]])):
        return None
    item = _LIST_ITEM.sub("", _bare(text[lines[0][0] : lines[0][1]]))
    for a, b in lines[1:]:  # "- Công ty TNHH / Công nghiệp Vàng Anh (129 Tân Cảng ...);"
        line = _bare(text[a:b])
        if "(" in item or item.endswith((";", ".")) or _LIST_ITEM.match(line):
            break
        item = f"{item} {line}"
    name = " ".join(item.split(" (")[0].split()).rstrip(" ;.,")
    if not name or _NOT_ADDRESSED.search(item):
        return None
    closing = " ".join(text[max(0, mark.start() - _CLOSING_CHARS) : mark.start()].split())
    if name not in closing:
        return None  # a copy for information: the closing words send it to no one named
    written = re.compile(r"\s+".join(re.escape(w) for w in name.split()))
    found = written.search(text, lines[0][0])
    return ([name], found.span()) if found else None


_AS_ABOVE = re.compile(r"^Như trên\b", re.IGNORECASE)


def recipients(text: str, *, copies_only: bool = False) -> tuple[list[str], tuple[int, int]] | None:
    """The items of the document's list of recipients ("Nơi nhận:" by its signature), each
    as written (its hard-wrapped lines joined, marks and closing ";" left out), the archive's
    item ("Lưu: VT") left out and "Như trên" replaced by the addressees the header names (left
    out with "Như Điều 3" when ``copies_only``: the copies sent besides the addressees); and
    the span from the mark to the last item. None when the document has no such list, or
    the lines after its mark are no "- ..." items."""
    mark = _COPIES_MARK.search(text)
    if mark is None:
        return None
    items: list[str] = []
    end = mark.end()
    after_blank = False  # a blank line ends the last item: no signature block joins it
    for a, b in _lines_from(text, mark.end()):
        raw, line = text[a:b], _bare(text[a:b])
        if not line:
            if items and raw.strip() == "|":
                break  # the cell the list stands in ends
            after_blank = bool(items)
            continue
        if _LIST_ITEM.match(line):
            items.append(_LIST_ITEM.sub("", line))
            after_blank = False
        elif (
            items and not after_blank and (not items[-1].endswith((";", ".")) or line[0].islower())
        ):
            items[-1] = f"{items[-1]} {line}"  # "- VPCP: BTCN, các Vụ,\nCục: TH;"
        else:
            break
        end = b
    names: list[str] = []
    for item in items:
        name = " ".join(item.split()).rstrip(" ;.,")
        if not name or _ARCHIVE_ITEM.match(name):
            continue
        if copies_only and _ADDRESSEES_ITEM.match(name):
            continue  # "Như trên", "Như Điều 3": the addressees
        if _AS_ABOVE.match(name) and (addressed := addressee(text)) is not None:
            names.extend(addressed[0])
        else:
            names.append(name)
    if not names:
        return None
    while end > mark.start() and text[end - 1] in " \t*|;":
        end -= 1
    return names, (mark.start(), end)


def _type_label(doc_type: str | None) -> str:
    return (doc_type or "văn bản")[:1].upper() + (doc_type or "văn bản")[1:]


def described_document(
    corpus: Corpus, q: Question, hits: list[tuple[int, float]], *, of_asked_kind: bool = True
) -> RankedDocument | None:
    """The one indexed document the question describes: of the asked kind (unless
    ``of_asked_kind`` is False), its card (or its first passage) covering most of the question's
    subject, and clearly ahead of the next."""
    ranked = rank_documents(corpus, q, hits, limit=2, of_asked_kind=of_asked_kind)
    if not ranked:
        return None
    best = ranked[0]
    if best.type_match is False or best.body_match is False or best.coverage < 0.45:
        return None  # not of the kind, or not by the body, the question names
    if _title_period_differs(corpus.documents[best.doc_id].meta.title or "", q.route.years):
        return None  # "bảng giá năm 2025" asked, the title's is "năm 2026": one it replaces
    if (
        len(ranked) > 1
        and ranked[1].score > best.score - 0.02
        and ranked[1].coverage > best.coverage - 0.1
    ):
        return None  # two documents fit as well: no answer rather than a guess
    return best


_TITLE_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?(?![\d/.-])")


def _title_period_differs(title: str, years: tuple[int, ...]) -> bool:
    """The title names its own years or periods, and none holds the question's years."""
    periods = [(int(a), int(b or a)) for a, b in _TITLE_YEAR.findall(title)]
    if not years or not periods:
        return False
    return not any(lo <= y <= hi for y in years for lo, hi in periods)


def answer_own_document(
    corpus: Corpus, q: Question, hits: list[tuple[int, float]]
) -> tuple[str, list[Candidate], float, float] | None:
    """ "Quyết định nào ban hành X?": an indexed document of the asked kind whose card covers the
    question's subject, answered with its own number and date, quoted from its header.
    Returns (answer, support, confidence, share of the subject its card covers)."""
    if q.own_doc is not None:
        return None  # the question names its document: "which document" asks for another one
    if not asked_types(q) and not _ASKS_ITS_NUMBER.search(q.route.folded):
        return None
    best = described_document(corpus, q, hits)
    if best is None:
        return None
    if _named_bare(corpus, best.doc_id, _bare_numbers(q)):
        # "QĐ số mấy ... thay cho QĐ 14/2025/QĐ-UBND bị bãi bỏ bởi QĐ 75/2025": the question
        # names this one by its number and year, so asks for another
        return None
    meta = corpus.documents[best.doc_id].meta
    if _CONSOLIDATED.search(meta.number or "") and not _ASKS_CONSOLIDATED.search(q.route.folded):
        # a consolidated text headed "Quyết định ... ban hành Quy chế X" restates the decisions
        # it joins: the decision that issued or amended X is one of those, not the text itself
        return None
    title = plain(fold(meta.title or ""))
    if _PUBLISHES_PROCEDURES.search(title) and not _SPEAKS_OF_PROCEDURES.search(
        plain(q.route.folded)
    ):
        # "QĐ nào phê duyệt danh sách xã khu vực I, II, III": a decision publishing the procedure
        # "Phê duyệt danh sách xã ..." names an act it does not do itself
        return None
    found = document_answer(corpus, best.doc_id, hits, best.score)
    if found is None:
        return None
    return (*found, best.coverage)


# A document that publishes administrative procedures ("Về việc công bố (danh mục) thủ tục hành
# chính ..."), its title folded: the procedures it lists are named by acts others do
_PUBLISHES_PROCEDURES = re.compile(r"\bcong bo\b[^.;]*\bthu tuc hanh chinh\b")
# A question that asks about procedures, their publication or their steps and files (folded)
_SPEAKS_OF_PROCEDURES = re.compile(
    r"\bthu tuc\b|\btthc\b|\bcong bo\b|\btrinh tu\b|\bquy trinh\b|\bho so\b|\bcach thuc\b"
)


def _bare_numbers(q: Question) -> list[str]:
    """The numbers with their year a question writes after a kind ("QĐ 75/2025"), folded, when
    it names another document besides ("thay cho QĐ 14/2025/QĐ-UBND bị bãi bỏ bởi QĐ
    75/2025"); none when it names one only ("Quyết định 81/2025 ... có số hiệu đầy đủ là gì":
    that one, shared by several documents, is the one asked)."""
    numbers = numbers_with_year(plain(q.route.folded))
    return numbers if len({*numbers, *q.route.doc_numbers}) > 1 else []


def _named_bare(corpus: Corpus, doc_id: str, numbers: list[str]) -> bool:
    """The document's own number is one of ``numbers`` written bare ("75/2025" of
    "75/2025/QĐ-UBND")."""
    own_number = corpus.documents[doc_id].meta.number or ""
    return bool(own_number) and any(number_matches(n, own_number) for n in numbers)


def answer_relating_document(
    corpus: Corpus, q: Question, scored: list[Candidate], hits: list[tuple[int, float]]
) -> tuple[str, list[Candidate], float] | None:
    """ "Văn bản nào thay thế QĐ 800/QĐ-UBND?": the indexed document whose own sentence does to
    the named document what the question asks (replaces, repeals, amends it), answered with its
    own number and date, quoted from its header and from that sentence."""
    relation = ASKS_THE_RELATING_DOCUMENT.search(plain(q.route.folded))
    if relation is None or q.own_doc is not None:
        return None
    verb = (
        relation.group("verb")
        or relation.group("passive")
        or relation.group("ended")
        or relation.group("numbered")
    )
    verbs = next((c for c in RELATION_CLASSES if verb in c), (verb,))
    # "Văn bản nào bãi bỏ quy định cước vận tải ... của tỉnh Quảng Trị (cũ)?": the document
    # done to is named by its subject, not its number: the best units that cite some other
    # document stand for it
    folded = plain(q.route.folded)
    if not q.number_filter and not _names_a_document_done_to(folded, relation):
        return None  # "QĐ nào công bố TTHC sửa đổi về ...": what is amended is no document
    citing = corpus.citing_units(q.number_filter) if q.number_filter else None
    candidates = scored if citing is not None else scored[:_SUBJECT_NAMED_UNITS]
    bare_numbers = _bare_numbers(q)
    for cand in candidates:  # best evidence first
        unit = cand.unit
        if citing is not None and unit.idx not in citing:
            continue
        if citing is None and (
            cand.evidence < _SUBJECT_NAMED_EVIDENCE
            or not any(
                not corpus.is_own_number(unit.doc_id, m.number) for m in corpus.unit_mentions(unit)
            )
        ):
            continue
        # the verb in its sentence, or in the heading of the article listing it ("Điều 1. Bãi
        # bỏ các văn bản ... sau: ... 6. Quyết định số 31/2016/QĐ-UBND ...")
        # (not in a clause saying another document acted on one it cites: "... 08/2015/NĐ-CP
        # (được sửa đổi, bổ sung tại ... Nghị định số 167/2025)")
        paragraph = without_acts_of_others(
            plain(fold(f"{unit.section}\n{_paragraph_up_to(corpus, unit)}"))
        )
        if not any(v in paragraph for v in verbs):
            continue
        # (nor one the question names as the relation's other side: "thay cho QĐ 14/2025/QĐ-
        # UBND bị bãi bỏ bởi QĐ 75/2025" asks the document replacing it, not the one repealing)
        if any(corpus.is_own_number(unit.doc_id, n) for n in q.number_filter) or _named_bare(
            corpus, unit.doc_id, bare_numbers
        ):
            continue
        if _done_by_a_cited_document(corpus, q, unit):
            continue
        if _CONSOLIDATED.search(corpus.documents[unit.doc_id].meta.number or ""):
            # a consolidated text ("Số: 89/VBHN-BQP") restates what the decisions it joins do:
            # its sentences "được sửa đổi, bổ sung bởi ..." are theirs, it acts on nothing
            continue
        found = document_answer(corpus, unit.doc_id, hits, cand.evidence)
        if found is not None:
            answer, support, confidence = found
            return answer, [*support[:3], cand], confidence
    return None


def _done_by_a_cited_document(corpus: Corpus, q: Question, unit: Unit) -> bool:
    """The unit's sentence says the act asked of another document it cites, not of its own
    ("... có Quyết định số 05/2025 về việc sửa đổi, bổ sung ... Quyết định số 62/2019", "Quy
    định ban hành kèm theo QĐ 62/2019, được sửa đổi bởi QĐ 05/2025"): that one does it, and
    the citing document, which only reports it, is not the one asked for."""
    asked = asked_relation(q.route.folded)
    if asked is None or asked[1] != "agent":
        return False
    for m in corpus.unit_mentions(unit):
        if corpus.is_own_number(unit.doc_id, m.number):
            continue
        if any(number_matches(n, m.number) for n in q.number_filter):
            # "... Nghị định số 08/2015 (được sửa đổi, bổ sung tại khoản 27 Điều 1 Nghị định
            # số ...": the named document is said to be acted on by the next one cited
            if done_by_next_cited(m.subject) == asked[0]:
                return True
        elif asked in mention_relations(m.before, m.subject):
            return True
    return False


# What a relation is done to, right after its verb, when it is a document named by its subject
# ("bãi bỏ quy định cước vận tải ...", "thay thế các quyết định ..."), folded
_DOCUMENT_DONE_TO = re.compile(rf" (?:cac |nhung )?(?:van ban|quy dinh|quy che|{KINDS})\b")
# A document done to that the question names by its subject: the units read (best evidence
# first) and the share of the question they must hold
_SUBJECT_NAMED_UNITS = 3
# The symbol of a consolidated text (văn bản hợp nhất) in a document's own number
_CONSOLIDATED = re.compile(r"\bVBHN\b", re.IGNORECASE)
# A question asking for a consolidated text ("văn bản hợp nhất số mấy", "VBHN"), folded
_ASKS_CONSOLIDATED = re.compile(r"\bhop nhat\b|\bvbhn\b")
_SUBJECT_NAMED_EVIDENCE = 0.5


def _names_a_document_done_to(folded: str, relation: re.Match[str]) -> bool:
    """The question names a document as what the relation is done to: right after an active
    verb, or opening the question before a passive one ("Quy định X bị bãi bỏ bởi văn bản nào")."""
    if relation.group("numbered"):
        return True  # "... thay cho QĐ 17/2024": named by its number
    if relation.group("passive") or relation.group("ended"):
        return _DOCUMENT_DONE_TO.match(f" {folded}") is not None
    return _DOCUMENT_DONE_TO.match(folded, relation.end()) is not None


_RELATION_REACH = 600  # characters before a unit its relation verb may stand, in one paragraph


def _paragraph_up_to(corpus: Corpus, unit: Unit) -> str:
    """The unit's text with what its paragraph says before it ("… đồng thời thay thế các quyết
    định: …, Quyết định số 800/QĐ-UBND …": a long sentence is cut into several units)."""
    text = corpus.texts[unit.doc_id]
    start = max(0, unit.start - _RELATION_REACH)
    paragraph = text.rfind("\n\n", start, unit.start)
    return text[paragraph + 2 if paragraph >= 0 else start : unit.end]


def own_number_fits(number: str, doc_type: str | None, date: str | None) -> bool:
    """A number read as a document's own fits it: the year it writes (a legal document's) is
    the year the document is dated, and the kind its symbol codes is the document's kind. A
    number read from another line when the header's is missing is a document the text cites
    ("Quyết định số 09/2022/QĐ-UBND" in the title of one of 2025 repealing it; "Nghị định số
    118/2025/NĐ-CP" in a decision's grounds)."""
    type_code, _, year = symbol_parts(number)
    if year is None:
        return True  # "5662/CT-CS": a letter's code names its office, not its kind
    if date and str(year) != date[:4]:
        return False
    coded = code_doc_type(type_code)
    if not coded or not doc_type:
        return True
    coded, kind = plain(fold(coded)), plain(fold(doc_type))
    return coded.startswith(kind) or kind.startswith(coded)  # "Chương trình (hành động)"


def document_answer(
    corpus: Corpus, doc_id: str, hits: list[tuple[int, float]], score: float
) -> tuple[str, list[Candidate], float] | None:
    """A document named by its own number and date (and issuer), quoted from its header and
    title; None without a number its text writes."""
    meta = corpus.documents[doc_id].meta
    text = corpus.texts[doc_id]
    if not meta.number or not own_number_fits(meta.number, meta.doc_type, meta.date):
        return None
    number_span = own_number_span(text, meta.number)
    if number_span is None:
        return None
    support = [_candidate(corpus, doc_id, *enclosing_line(text, *number_span), score)]
    written = re.sub(r"\s+", "", text[number_span[0] : number_span[1]])  # one line
    answer = f"{_type_label(meta.doc_type)} số {written}"
    if (dated := _date_line(corpus, doc_id, score)) is not None:
        support.append(dated[1])
        answer += " " + dated[0]
    if meta.issuer:
        answer += f" của {meta.issuer}"
    title = title_span(text, meta.title) if meta.title else None
    if title is not None:
        support.append(_candidate(corpus, doc_id, *title, score))
    support.extend(best_passages(corpus, doc_id, hits, score, limit=1))
    return tidy(answer), support, min(1.0, 0.4 + score)


def best_passages(
    corpus: Corpus, doc_id: str, hits: list[tuple[int, float]], score: float, limit: int = 2
) -> list[Candidate]:
    """The document's passages ranked first for the question: what makes it the answer."""
    found: list[Candidate] = []
    for passage_id, _ in hits[:_CANDIDATE_HITS]:
        if len(found) == limit:
            break
        span = corpus.passage_span.get(passage_id)
        if span is not None and span[0] == doc_id:
            found.append(_candidate(corpus, doc_id, span[1], span[2], score))
    return found


def _candidate(corpus: Corpus, doc_id: str, start: int, end: int, score: float) -> Candidate:
    unit = corpus.synthetic_unit(doc_id, start, end)
    return Candidate(unit=unit, evidence=1.0, prior=0.0, score=score, answer=None)


def _date_line(corpus: Corpus, doc_id: str, score: float) -> tuple[str, Candidate] | None:
    """The document's date as its date line writes it, with that line as a source; None when
    its date was not read or is not written there."""
    meta = corpus.documents[doc_id].meta
    text = corpus.texts[doc_id]
    span = written_date_span(text, meta.date) if meta.date else None
    if span is None:
        return None
    return unmarked(text, *span), _candidate(corpus, doc_id, *enclosing_line(text, *span), score)


# ------------------------------------------------------------------------------- lists

# An item of a list, marked: "a)", "2.", "iv)", a dash or a bullet
_ITEM_MARK = re.compile(r"^[\W_]*(?:(?:[a-zđ]|\d{1,2}|[ivxl]{1,4})[.)]|[-+•])\s", re.IGNORECASE)
_LIST_ITEMS = 30  # items of one list looked back over, at most
# An item of a list of documents, its dash cut off ("Quyết định số 60/2024/QĐ-UBND ngày ..."),
# folded
_DOCUMENT_ITEM = re.compile(rf"^[\W_]*(?:{KINDS})(?: so)?\s*\d")
# A list's number the index cut from its item ("2."), as written
_MARK_ALONE = re.compile(r"^[\s*_]*(?:[0-9]{1,2}|[a-zđ])[.)][\s*_]*$")


def is_list_item(unit: Unit) -> bool:
    """Whether ``unit`` is a list item: marked as one, or a document listed by its number."""
    return bool(_ITEM_MARK.match(unit.text) or _DOCUMENT_ITEM.match(unit.folded))


def _in_list(unit: Unit) -> bool:
    """Whether ``unit`` is a part of a list of items: an item, or its number cut from it."""
    return is_list_item(unit) or _MARK_ALONE.match(unit.text) is not None


def list_lead_unit(corpus: Corpus, unit: Unit) -> Unit | None:
    """The unit before the first item of the list ``unit`` is an item of ("Các Thông tư sau
    hết hiệu lực kể từ ...:"), which says its act once for every item; None for no item."""
    units = corpus.doc_units[unit.doc_id]
    at = units.index(unit.idx) if unit.idx in units else -1
    first = at
    while first > 0 and at - first < _LIST_ITEMS and _in_list(corpus.units[units[first]]):
        first -= 1
        if corpus.units[units[first]].text.rstrip(" *_").endswith(":"):
            break  # a numbered lead-in ("2. Các Quyết định sau đây hết hiệu lực ...:")
    return corpus.units[units[first]] if 0 <= first < at else None


# ------------------------------------------------------------------------ entry into force

_EFFECTIVE = re.compile(
    r"(?:có hiệu lực|hiệu lực thi hành|được áp dụng|áp dụng|thi hành)[^.;\n]{0,80}?"
    r"(?:(?:kể )?từ ngày|từ|sau)\s+(?P<when>(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})"
    r"|(?:\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})|ký(?:,?\s+ban hành)?|ban hành)",
    re.IGNORECASE,
)
# The kinds of document a clause of entry into force can tie its own to, as written
_WRITTEN_KINDS = r"Luật|Pháp lệnh|Nghị định|Nghị quyết|Thông tư|Quyết định|Chỉ thị"
# "Quyết định có hiệu lực theo Quyết định số 800/QĐ-BDTTG ngày 07/11/2025 ...", "có hiệu lực
# thi hành kể từ ngày Thông tư số 36/2025/TT-BKHCN ... có hiệu lực": the document takes effect
# with another one, which the clause names; the clause up to the end of its sentence answers
_EFFECTIVE_WITH = re.compile(
    r"(?:có hiệu lực|hiệu lực thi hành)(?:\s+thi hành)?\s+(?:theo|cùng(?:\s+thời điểm)?(?:\s+với)?"
    rf"|(?:kể\s+)?từ\s+ngày|từ\s+thời điểm)\s+(?:{_WRITTEN_KINDS})\s+(?:số\s+)?\d[^.;\n]{{0,200}}",
    re.IGNORECASE,
)
_CLAUSE_REACH = 200  # characters before a clause its subject may stand, in one sentence
# "có hiệu lực đến (hết) ngày nào", "hiệu lực đến khi nào": the end of the force asked (folded)
_FORCE_UNTIL_ASKED = re.compile(
    # ("có giá trị đến ngày nào thì hết hiệu lực": what holds, then until when)
    r"\b(?:hieu luc|co gia tri)\b[^?]*\b(?:den|toi) (?:het )?(?:ngay|khi|thoi diem) nao\b"
    r"|\b(?:hieu luc|co gia tri)\b[^?]*\b(?:den|toi) bao gio\b"
)
# The end a clause of entry into force goes on to state ("... đến hết ngày 31/12/2026"), as
# written, in its sentence
_UNTIL = re.compile(r"[^.;\n]{0,80}?\b(?:đến|tới)\s+(?:hết\s+)?ngày\s+\d", re.IGNORECASE)
# "NĐ 80/2025 hết hiệu lực vào ngày nào": the end of a document's force is asked, which its
# clause of entry into force does not state (folded)
FORCE_END_ASKED = re.compile(
    r"^(?!.*\bco hieu luc\b).*(?<!\blam )\bhet hieu luc\b[^?]*"
    r"\b(?:ngay nao|khi nao|bao gio|thoi diem nao)"
)


def _subject_before(text: str, at: int) -> str:
    """The folded words of the sentence that open a clause at ``at`` (its subject)."""
    head = text[max(0, at - _CLAUSE_REACH) : at]
    head = re.split(r"[.;:]\s|\n\s*\n", head)[-1]
    return plain(fold(head))


# The kind of document a question's clause of entry into force has as its subject: the clause
# opens with it ("..., Luật này dự kiến có hiệu lực từ ngày nào", folded)
_EFFECT_SUBJECT = re.compile(rf"(?:^|[,:;] )({KINDS})\b[^,:;?]*\bhieu luc\b")
# "độ tuổi ... theo luật căn cước 2023 áp dụng từ ngày nào": the kind of document the fact is
# stated by, after "theo", in a question that names no document before it ("Quyết định ... theo
# Luật Đất đai 2024 có hiệu lực ...": the decision's own); a document of another kind found,
# its own clause of entry into force is not the date asked (folded)
_SOURCE_KIND = re.compile(rf"^(?:(?!\b(?:{KINDS})\b).)*?\btheo ({KINDS})\b")


# The document whose force is asked described by its year after the source the question
# names ("Theo QĐ 87/2025 ..., quyết định năm 2019 sửa đổi ..."), folded: the year
# (documents dated by their year of issue; a plan's or a programme's year is its subject's)
_SUBJECT_OF_A_YEAR = re.compile(
    r"[,:;] (?:quyet dinh|nghi quyet|nghi dinh|thong tu|chi thi|cong van)"
    r" (?:ban hanh |duoc ban hanh )?nam (\d{4})\b"
)
# "Công văn 37413/...", "QĐ số 52/2025/...": a kind and a number open the question (folded)
# ("Các Công điện 217, 218 và 222/CĐ-TTg ...": several of a kind, numbered, open it too)
_NUMBERED_OPENING = re.compile(rf"^(?:(?:cac|nhung) )?(?:{KINDS}|qd|cv|nq|tt|kh) (?:so )?\d")
# A day asked ("ngày nào", "khi nào"), not a period of another kind ("năm học nào"), folded
_DAY_ASKED = re.compile(r"\bngay (?:nao|may|bao nhieu|thang nam nao)\b|\bkhi nao\b|\bbao gio\b")


def opens_with_unheld_document(q: Question) -> bool:
    """The question opens with a kind and a number the collection holds no document of ("QĐ
    2077/QĐ-BYT ... được căn cứ vào những nghị định nào"): what that document states, another
    document does not."""
    return (
        q.own_doc is None
        and bool(q.route.doc_numbers)
        and _NUMBERED_OPENING.match(plain(q.route.folded)) is not None
    )


def opens_with_own_document(corpus: Corpus, q: Question) -> bool:
    """The question opens with a kind and the own number of the document it names ("Công văn
    37413/CHQ-NVTHQ ... theo Thông tư 60/2019/TT-BTC ngày nào?"), names another document after
    it by number and asks a day: the day is the named document's, the other one describes it."""
    if q.own_doc is None or len(q.route.doc_numbers) < 2:
        return False
    folded = plain(q.route.folded)
    if _NUMBERED_OPENING.match(folded) is None or _DAY_ASKED.search(folded) is None:
        return False
    return corpus.is_own_number(q.own_doc, q.route.doc_numbers[0])


def opens_with_another_document(corpus: Corpus, q: Question) -> bool:
    """The question opens with a kind and a number that is not the own number of the document
    it names ("công văn 01-10/2025/CV-TKV của Công ty X gửi Cục Hải quan (được trả lời tại CV
    39365/CHQ-GSQL) đề ngày nào?"): what it asks of is that other document."""
    if q.own_doc is None or not q.route.doc_numbers:
        return False
    if _NUMBERED_OPENING.match(plain(q.route.folded)) is None:
        return False
    number = q.route.doc_numbers[0]
    own = corpus.documents[q.own_doc].meta.number
    # (the head of its own number names it too: "Quyết định số 2623/QĐ ban hành ngày nào")
    return not corpus.is_own_number(q.own_doc, number) and not (own and number_matches(number, own))


# Words of asking a start of force, no subject (folded)
_FORCE_WORDS = frozenset(
    {"co", "hieu", "luc", "thi", "hanh", "ap", "dung", "duoc", "tu", "ngay", "nao", "khi",
     "bat", "dau", "ke", "thang", "nam", "bao", "gio"}
)  # fmt: skip


# The words of the kinds of document: the kind names the document, no subject (folded)
_KIND_WORDS = frozenset(KINDS.replace("|", " ").split())


def _clause_of_asked_subject(
    corpus: Corpus, q: Question, doc_id: str, matched: list[tuple[Unit, re.Match[str]]]
) -> tuple[Unit, re.Match[str]]:
    """Of the clauses stating a start of force, the first one that writes most of what the
    question names besides the document's title: "bảng giá đất lần đầu ... áp dụng từ ngày nào"
    is answered by "... bảng giá đất lần đầu để công bố và áp dụng từ ngày 01 tháng 01 năm
    2026", not by the decision's own "có hiệu lực thi hành kể từ ngày ký"."""
    titled = keyed_tokens(q, corpus.documents[doc_id].meta.title or "")
    asked = {
        t: w
        for t, w in q.weights.items()
        if t not in titled and strip_diacritics(t) not in _FORCE_WORDS | _KIND_WORDS
    }

    def rank(unit: Unit, m: re.Match[str]) -> tuple[float, bool]:
        # written alike, a clause of force ("có hiệu lực") before one of application
        force = m.group(0).lower().startswith(("có hiệu lực", "hiệu lực"))
        return sum(asked[t] for t in keyed_tokens(q, unit.text) if t in asked), force

    ranks = [rank(unit, m) for unit, m in matched]
    return matched[ranks.index(max(ranks))]


# A list's lead-in ending the force of every document it lists, as written: on a day it
# writes ("Các Quyết định sau đây hết hiệu lực kể từ ngày 01/01/2026:"), or on the day the
# document writing it takes effect ("... sau đây hết hiệu lực kể từ ngày Nghị định này có hiệu
# lực thi hành:", "Kể từ ngày Nghị định này có hiệu lực thi hành, các Nghị định ... sau đây
# hết hiệu lực thi hành:")
_ENDS_ON_DAY = re.compile(
    r"hết\s+hiệu\s+lực(?:\s+thi\s+hành)?\s+(?:kể\s+)?từ\s+ngày\s+(?P<when>"
    r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})",
    re.IGNORECASE,
)
_ENDS = re.compile(r"hết\s+hiệu\s+lực", re.IGNORECASE)
_WITH_THIS_ONE = re.compile(
    rf"(?:kể\s+)?từ\s+ngày\s+(?:{_WRITTEN_KINDS})\s+này\s+có\s+hiệu\s+lực", re.IGNORECASE
)


def _end_in_list_lead(
    corpus: Corpus, doc_id: str, cited: list[str], score: float
) -> tuple[str, list[Candidate], float] | None:
    """ "Nghị định 46/2010/NĐ-CP hết hiệu lực từ ngày nào": the document listed as an item
    ("b) Nghị định số 46/2010/NĐ-CP ...") under a lead-in ending their force, on the day it
    writes or on the day the document writing it takes effect (its own clause: "Nghị định này
    có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2025", or "kể từ ngày ký": its date)."""
    for idx in corpus.doc_units.get(doc_id, []):
        item = corpus.units[idx]
        if not is_list_item(item) or not any(
            number_matches(n, m.number) for m in corpus.unit_mentions(item) for n in cited
        ):
            continue
        lead = list_lead_unit(corpus, item)
        if lead is None or not _ENDS.search(lead.text):
            continue
        support = [  # (the lead-in states the act, the item names the document)
            _candidate(corpus, doc_id, lead.start, lead.end, score),
            _candidate(corpus, doc_id, item.start, item.end, score),
        ]
        if (day := _ENDS_ON_DAY.search(lead.text)) is not None:
            return tidy(day.group("when")), support, min(1.0, 0.4 + score)
        if (with_this := _WITH_THIS_ONE.search(lead.text)) is None:
            return None
        for other in corpus.doc_units[doc_id]:
            clause = corpus.units[other]
            m = _EFFECTIVE.search(clause.text)
            if m is None or _ENDS.search(clause.text):
                continue
            if corpus.unit_mentions(clause) and not re.search(r"\bnày\b", clause.text[: m.start()]):
                continue  # the force of another document the clause names
            support.append(_candidate(corpus, doc_id, clause.start, clause.end, score))
            said = " ".join(with_this.group().split())
            when = m.group("when")
            if not when[0].isdigit():
                # "có hiệu lực kể từ ngày ký": the day its date line writes
                if (dated := _date_line(corpus, doc_id, score)) is None:
                    return None
                when = dated[0]
                support.append(dated[1])
            return tidy(f"{said} ({when})"), support, min(1.0, 0.4 + score)
        return None
    return None


def answer_effective(
    corpus: Corpus, q: Question, hits: list[tuple[int, float]]
) -> tuple[str, list[Candidate], float] | None:
    """ "X có hiệu lực từ khi nào?": the entry-into-force clause of the document the question is
    about; "kể từ ngày ký" is answered with the document's date, quoted from its date line; "có
    hiệu lực theo Quyết định số ..." with the clause naming that document. When the question's
    subject is a kind of document other than the one found ("Luật Viên chức (sửa đổi) có hiệu
    lực ..." answered in a Nghị quyết about the bill), only a clause whose own subject is of that
    kind ("Luật ... (có hiệu lực từ ngày 01/7/2025)") answers, not the document's own."""
    ranked = rank_documents(corpus, q, hits, limit=1)
    # the document the question names by its number needs no other word of it
    if not ranked or (ranked[0].doc_id != q.own_doc and ranked[0].coverage < 0.35):
        return None
    best = ranked[0]
    doc_id = best.doc_id
    other_kinds = asked_types(q) if best.type_match is False else []
    doc_type = plain(corpus.documents[doc_id].meta.doc_type or "")
    subject = _EFFECT_SUBJECT.search(plain(q.route.folded)) or _SOURCE_KIND.search(
        plain(q.route.folded)
    )
    dated = _SUBJECT_OF_A_YEAR.search(plain(q.route.folded))
    issued = corpus.documents[doc_id].meta.date
    if dated is not None and issued and not issued.startswith(dated.group(1)):
        # "Theo QĐ 87/2025 ..., quyết định năm 2019 sửa đổi Quy định ... có hiệu lực từ ngày
        # nào": a document of another year, which the one found only names
        return None
    if subject is not None and doc_type and subject.group(1) != doc_type:
        # "Theo NQ 386 ... dự án Luật X, Luật này có hiệu lực từ ngày nào?": the law's entry
        # into force is asked, not that of the resolution found
        other_kinds = [subject.group(1)]
    # "QĐ 29/2024 ... có hiệu lực từ ngày nào?" asked of a document the collection only cites:
    # the found one's own clause is not its entry into force, only a clause citing it is
    # (not one the question names as what another acts on: "quy chế mới (thay QĐ 65/2024)")
    folded = plain(q.route.folded)
    cited_only = [
        n
        for n in q.number_filter
        if not corpus.is_own_number(doc_id, n) and not done_to_by_another(folded, n)
    ]
    if doc_id == q.own_doc and opens_with_own_document(corpus, q):
        cited_only = []  # "QĐ 84/2025 ... căn cứ Luật Giá 16/2023 có hiệu lực từ ngày nào?"
    ends_asked = FORCE_END_ASKED.search(folded) is not None
    # "có hiệu lực đến hết ngày nào": the last day of its force, which a clause stating only
    # its start ("có hiệu lực thi hành kể từ ngày ký") does not give
    until_asked = _FORCE_UNTIL_ASKED.search(folded) is not None
    clean_units = [corpus.units[i] for i in corpus.doc_units.get(doc_id, [])]
    matched: list[tuple[Unit, re.Match[str]]] = []
    for unit in clean_units:
        m = _EFFECTIVE.search(unit.text)
        tied = _EFFECTIVE_WITH.search(unit.text)
        if tied is not None and (m is None or tied.start() <= m.start()):
            m = tied
        if m is None:
            continue
        if ends_asked and not re.search(r"\bhết\s+$", unit.text[: m.start()], re.IGNORECASE):
            continue  # "... có hiệu lực từ ngày ...": the start of the force, not its end
        if until_asked and not _UNTIL.match(unit.text, m.end()):
            continue  # "... có hiệu lực kể từ ngày ký." for "đến hết ngày nào": no end stated
        if cited_only and not any(
            number_matches(n, mention.number)
            for mention in corpus.unit_mentions(unit)
            for n in cited_only
            if mention.start < m.start()
        ):
            continue
        if other_kinds:
            subject = _subject_before(unit.text, m.start())
            if not any(re.search(rf"\b{kind}\b", subject) for kind in other_kinds):
                continue  # the found document's own entry into force, not the asked one's
        matched.append((unit, m))
    if not matched and ends_asked and cited_only:
        return _end_in_list_lead(corpus, doc_id, cited_only, best.score)
    if not matched:
        return None
    unit, m = _clause_of_asked_subject(corpus, q, doc_id, matched)
    support = [_candidate(corpus, doc_id, unit.start, unit.end, best.score)]
    answer = " ".join(unit.text[m.start() : m.end()].split())
    if m.re is _EFFECTIVE_WITH:
        return tidy(answer), support, min(1.0, 0.4 + best.score)
    when = m.group("when")
    if not when[0].isdigit():
        if (dated := _date_line(corpus, doc_id, best.score)) is None:
            return tidy(answer), support, min(1.0, 0.3 + best.score)
        support.append(dated[1])
        answer = f"{answer} ({dated[0]})"
    return tidy(answer), support, min(1.0, 0.4 + best.score)
