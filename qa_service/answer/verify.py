"""Does the document an answer comes from satisfy what the question says of it?

A composed answer is read from one document (its own number, signer, entry into force, or a
value in one of its sentences). The question may name things that document must hold when it
is the one asked about: a cited document by its number ("thực hiện QĐ 1899/QĐ-TTg") or a
proper name ("của Bộ Xây dựng", "dự án Luật Ngân hàng Nhà nước", "giải thưởng Hải Thượng Lãn
Ông"). A near-miss document — the right kind and place, another law, ministry or plan — writes
none of them: its answer would be the answer to another question, so none is given.

Whether the value read is of the kind asked (its unit, period, case, level or payer) is checked
by :mod:`qa_service.answer.value_kind`, which reads these checks' patterns of what a text writes.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from indexer.analysis import ABBREVIATIONS
from indexer.extract.citations import number_matches
from indexer.extract.numbers import roman_to_int
from indexer.normalize import CAPITAL_LETTERS, match_key, nfc, strip_diacritics
from indexer.units import TOKEN, Unit
from qa_service.answer.corpus import Corpus
from qa_service.answer.evidence import (
    LOWER_BOUND,
    SENTENCE_ENDED,
    UPPER_BOUND,
    Candidate,
    row_group,
    writes_span,
)
from qa_service.answer.gazetteer import UNIT_NAMES, plain
from qa_service.answer.mentions import Mention
from qa_service.answer.own_document import (
    cited_issuer,
    is_list_item,
    list_lead_unit,
    other_ministry,
)
from qa_service.answer.question import (
    ACRONYM_CAPITALS,
    KINDS,
    QUESTION_PHRASES,
    TYPE_THEN_NUMBER,
    Question,
    keyed_tokens,
)
from qa_service.answer.references import referred_texts
from qa_service.answer.relations import asked_relation, mention_relations, says_class
from qa_service.routing import (
    CODED_KINDS,
    DOCUMENT_KINDS,
    FEE_ASKED,
    HOW_MANY,
    STOP_WORDS,
    STOP_WORDS_TONED,
    accent_ratio,
    fold,
    names_a_sum,
)

__all__ = [
    "CODE_WORD",
    "COUNTED_FROM_ANOTHER_EVENT",
    "CONTENT_INTENTS",
    "DATE_GIVEN",
    "DAY_MONTH_YEAR",
    "EXCEPTIONAL_CASE",
    "EXCLUSION",
    "NO_CONTACT",
    "NO_GOODS_CODE",
    "NO_OBJECT",
    "NO_SHARE",
    "NO_SUM",
    "NO_UNIT",
    "NUMBERED_NOT_COUNT",
    "NUMBERED_PART",
    "ORDINARY_ASKED",
    "ORGANIZATION_NAMED",
    "OTHER_PROCEDURE_ROW",
    "OTHER_RATE",
    "OTHER_STATUS_COUNT",
    "PER_UNIT_WRITTEN",
    "PROCEDURES_AROUND",
    "PROCEDURE_STATUSES",
    "PROPOSING",
    "RESOLUTION_TIME",
    "ROMAN",
    "SENTENCE_END",
    "SHARE_FOR_COUNT",
    "STEP_FOR_TOTAL",
    "VALUE_INTENTS",
    "WHOLE_TIME_FOR_STEP",
    "WORD_GAP",
    "asks_money",
    "contact_unwritten",
    "describes_asked_document",
    "given_iso",
    "lacks_asked_act",
    "lacks_asked_procedure",
    "labels_its_heading",
    "lacks_asked_subject",
    "listed_under_another_status",
    "missing_in_document",
    "other_side_of_act",
    "procedure_words",
    "question_acronyms",
    "question_codes",
    "question_models",
    "question_names",
    "spells_initials",
    "subject_phrases",
    "writes_phrase",
]

logger = logging.getLogger(__name__)

# A word of the question as written (letters and digits: "N30" is a code, not a name word).
_WORD = re.compile(r"[^\W_]+")
# What may stand between two words of one name: blanks only (a comma, a bracket or a slash
# ends the name).
_SAME_NAME = re.compile(r"\s+")
# A sentence's end between two words, or inside a unit: a full stop, semicolon, "!" or "?" before
# a blank or the end. (Since session 24 this one pattern serves both uses: a second definition
# for `_focus_sentence` rebound the name, so a colon no longer ends a sentence between words.)
SENTENCE_END = re.compile(r"[.;!?](?=\s|$)")
_TWO_WORD_KINDS = frozenset(k for k in DOCUMENT_KINDS if " " in k)  # "quyet dinh", folded
_NAMES_CASED_SHARE = 0.3  # of the words that can be cased, lower-case ones a question in
# sentence case has at least, for its names to be read ("Trạm Kiểm lâm Cửa Tùng" among acronyms)
_CASED_SHARE = 0.4  # lower-case words a question written in sentence case has at least
# Between two words of a name in a document's folded text: blanks, line breaks and the
# emphasis markers a crawl leaves ("**Bộ\nXây dựng**"), and the comma of two paired verbs
# ("phòng, chống ma túy" for "phòng chống ma túy")
WORD_GAP = r",?[\s*_]+"
_WORD_CHAR = re.compile(r"[a-z0-9]")
# A set of rules named by its kind ("Quy chế sử dụng chữ ký số", "quy trình rà soát ..."),
# folded: what follows is what it rules on. (Not "quy định", a verb too, and the name of an
# annex: "sửa đổi Quy định kèm NQ 09/2022".)
_RULES = "quy che|quy trinh"
# "về" (about), not the "vệ" of "bảo vệ", "phòng vệ", "tự vệ" (folded alike)
_ABOUT = r"(?<!bao )(?<!phong )(?<!tu )ve"
# Words after which a question names what its document is about: the kind of document
# ("Quyết định phân công nhiệm vụ ..."), "về (việc)", "lĩnh vực", "ban hành", and the
# procedure it sets out ("thủ tục cấp chứng chỉ ...") (folded).
_SUBJECT_MARKER = re.compile(
    # ("Quy định quản lý an toàn điện ... ban hành kèm QĐ nào": opening the question, "quy
    # định" names a rule; "Quy định hiện hành về ...": "về" marks its subject)
    r"(?:^quy dinh(?!(?: [a-z]+){0,2} ve\b)"
    # (not the "chỉ thị" of "chứng chỉ thì", folded alike)
    rf"|(?<!chung )\b(?:{KINDS}|{_RULES}|ve viec|{_ABOUT}|linh vuc|ban hanh|thu tuc))"
    r" (?=([a-z]+) ([a-z]+)\b(?: ([a-z0-9]+) ([a-z0-9]+)\b)?)"
)
# Verbs that say how the document relates to its subject, not what the subject is ("kế hoạch
# thực hiện ...", "thông tư quy định ...", "quyết định công bố ...").
_RELATING = frozenset(
    {"thuc hien", "trien khai", "quy dinh", "huong dan", "ban hanh", "sua doi", "bo sung",
     "cong bo", "phe duyet", "ve viec"}
)  # fmt: skip
# "quyết định" right after the word asking for the one that acts ("cơ quan nào quyết định",
# "ai có thẩm quyền quyết định"): the act asked, not the kind of a document (folded; searched
# up to the marker)
_ACT_ASKED = re.compile(r"\b(?:nao|ai)(?: (?:co tham quyen|duoc giao|se|phai))? quyet dinh $")
# "thuộc" (belonging to) after a marker: its object is the subject ("thủ tục thuộc cấp xã")
_BELONGS = "thuoc"
_ASKED_ONE = "nao"  # "which", after a kind of document: the document asked
# "để" (in order to) before a relating verb: "ban hành để thực hiện / để triển khai ..."
_PURPOSE = "de"
# A word that is a number (a year, a count): no word of a subject's name (folded)
_NUMBER_WORD = re.compile(r"\d+")
# "(quy định) ban hành kèm (theo) Quyết định ...": the word that names the document attached to
_ATTACHED = "kem"
# Kinds written as the code of a symbol before its number ("NĐ 126", "QĐ 15"), folded
_KIND_CODES = frozenset(CODED_KINDS.split("|")) | {"qd", "nq", "kh"}
# Verbs that open the subject of many documents ("phát triển hạ tầng 5G", "sử dụng chữ ký
# số", "quản lý giá"): the two words after them say which subject it is.
_BROAD_HEADS = frozenset(
    {"su dung", "phat trien", "quan ly", "to chuc", "tang cuong", "nang cao", "day manh",
     # a system named by what it serves ("phần mềm quản lý tài sản công", "hệ thống thư điện
     # tử"): the words after it say which one
     "phan mem", "he thong"}
)  # fmt: skip
_BROAD_RUN = 8  # words read after a marker for the subject a run of broad heads opens
# A place's unit word closing a subject pair, a name after it ("chợ tỉnh Hòa Lâm"), folded
_PLACE_UNITS = frozenset({"tinh", "huyen", "phuong"})
_NAME_AFTER_UNIT = re.compile(r" [a-z]+")


def _runs_into_a_name(after: str, phrase: str) -> bool:
    """The subject pair ``phrase``, found in the folded words ``after`` its marker, ends with a
    place's unit word and a name follows it."""
    at = after.find(phrase)
    return at >= 0 and _NAME_AFTER_UNIT.match(after, at + len(phrase)) is not None


# Words naming the kind of value asked ("tỷ lệ", "số lượng", "tổng số"), no subject (folded)
_VALUE_KINDS = frozenset({"ty le", "ti le", "so luong", "tong so"})
# Answers that gather several documents: no single document has to hold the question.
_MANY_DOCUMENTS = frozenset({"citing", "list", "compare"})


# Vietnamese syllables open with one consonant or one of these pairs: a word opening with two
# other consonants ("Cty", "Tct", "Bqt") is an abbreviation, not a written word of a name
_ONSET_PAIRS = frozenset({"ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr"})
_VOWELS = frozenset("aeiouy")


def _abbreviated(word: str) -> bool:
    """The word opens with two consonants no Vietnamese syllable opens with ("Cty")."""
    head = plain(word[:2].lower())
    consonants = len(head) == 2 and head.isalpha() and not _VOWELS & set(head)
    return consonants and head not in _ONSET_PAIRS


# A campaign a question names by a capitalised head inside its sentence ("... cho Tháng hành
# động vì bình đẳng giới năm 2025", "Phong trào thi đua ..."): the head and the words after it
# written in lower case, up to three (an acronym, a number or a capitalised word ends them:
# "Tuần lễ Chuyển đổi số" names too few to check; a function word after the head names none).
# Not a plan, scheme or programme: a question paraphrases those documents' titles ("Kế hoạch
# khắc phục hạn chế" of "kế hoạch khắc phục những tồn tại, hạn chế").
_PROGRAMME = re.compile(
    r"(?<=[^\s.?!:])\s+((?:Tháng|Tuần|Phong trào|Cuộc vận động)"
    r"((?:\s+[^\W\d_]+){2,3}))"
)


def named_programmes(question: str) -> list[str]:
    """The programmes and campaigns ``question`` names by a capitalised head (:data:`_PROGRAMME`),
    folded: the document answering writes each (its lines may break inside it)."""
    named = []
    for m in _PROGRAMME.finditer(question):
        words = list(itertools.takewhile(lambda w: w[0].islower(), m.group(2).split()))
        # ("Đề án của tỉnh ...": the head alone, then whose it is; no name)
        if len(words) >= 2 and plain(fold(words[0])) not in STOP_WORDS:
            named.append(plain(fold(" ".join([m.group(1)[: -len(m.group(2))], *words]))))
    return named


# Between the words of a programme's name: blanks, emphasis and the quotation marks that may
# open the name after its head (Đề án “Nâng cao nhận thức ...”)
_NAME_GAP = r"[\s*_\"“”'‘’]+"


def _writes_programme(text: str, programme: str) -> bool:
    """The folded ``text`` writes the ``programme`` (:func:`named_programmes`), its name maybe
    quoted after its head and its lines broken."""
    if writes_phrase(text, programme):
        return True
    gap = _NAME_GAP.join(re.escape(w) for w in programme.split())
    return re.search(rf"(?<![a-z0-9]){gap}(?![a-z0-9])", text) is not None


@lru_cache(maxsize=1024)
def lone_names(question: str) -> tuple[str, ...]:
    """The capitalized words of a question that stand alone, folded: the proper name after a
    kind written in lower case ("Trạm Kiểm lâm Lìa" → "lia"). Not a sentence's first word, one
    opening a bracket or a quote, an abbreviation ("Cty"), one opening a phrase documents write
    by its initials ("Ủy ban nhân dân"), nor any of a question in capitals or Title Case
    throughout."""
    return tuple(dict.fromkeys(plain(word) for word in _lone_words(question)))


def _lone_words(question: str) -> tuple[str, ...]:
    """The words of :func:`lone_names` as the question types them ("Lìa")."""
    if _mostly_capitalized(question):
        return ()
    words = list(_WORD.finditer(question))
    found: list[str] = []
    for k, m in enumerate(words[1:], start=1):
        word = m.group(0)
        if not _capitalized(word):
            continue
        gap = question[words[k - 1].end() : m.start()]
        if SENTENCE_END.search(gap) or any(mark in gap for mark in "(\"“'‘:"):
            continue
        beside = [words[k - 1].group(0)]
        if k + 1 < len(words) and _SAME_NAME.fullmatch(question[m.end() : words[k + 1].start()]):
            beside.append(words[k + 1].group(0))
        if (_SAME_NAME.fullmatch(gap) and beside[0][:1].isupper()) or (
            len(beside) > 1 and beside[1][:1].isupper()
        ):
            continue  # a word of a run: :func:`question_names` reads it
        # ("Ủy ban nhân dân Thành phố": the word opens a phrase documents write by its
        # initials, "UBND", and may never spell out)
        rest = plain(question[m.start() :])
        if not _abbreviated(word) and not any(rest.startswith(p) for p in _SPELLED_PHRASES):
            found.append(word)
    return tuple(dict.fromkeys(found))


def _writes_toned(corpus: Corpus, documents: Iterable[str], word: str) -> bool:
    """One of ``documents`` writes ``word`` with its marks, whatever their placement ("chợ Hàn"
    is not the "hạn" of "thời hạn", folded alike): read in :meth:`Corpus.toned_text`, kept
    with the corpus."""
    pattern = re.compile(rf"(?<!\w){re.escape(match_key(word))}(?!\w)")
    return any(pattern.search(corpus.toned_text(d)) for d in documents)


# The phrases of two words or more that abbreviations stand for ("ủy ban nhân dân"), folded
_SPELLED_PHRASES = tuple(
    sorted({plain(phrase) for phrase in ABBREVIATIONS.values() if " " in phrase})
)


def _mostly_capitalized(question: str) -> bool:
    """The question is written in capitals or Title Case throughout (of its words that can be
    cased: no number, no acronym, "QĐ", "UBND", too few are in lower case)."""
    cased = [w for w in _WORD.findall(question) if w.isalpha() and not w.isupper()]
    return sum(w[:1].islower() for w in cased) < _NAMES_CASED_SHARE * len(cased)


def _capitalized(word: str) -> bool:
    """A word of letters with its first one, and only that one, in capitals ("Lìa", "Sở";
    not "UBND", "PTTg", "2025")."""
    return word.isalpha() and word[:1].isupper() and sum(map(str.isupper, word)) == 1


def question_names(question: str) -> list[str]:
    """The proper names a question writes, each as the folded pair of its first two words:
    a run of capitalized words ("Bộ Xây dựng" → "bo xay", "Phó Thủ tướng Trần Hồng Hà" →
    "pho thu", "tran hong"). Acronyms ("UBND", "PTTg") and a sentence's first word are left
    out, and so are the names of a question written in capitals or Title Case throughout."""
    return list(dict.fromkeys(" ".join(run[:2]) for run in _name_runs(question)))


def _name_runs(question: str) -> list[tuple[str, ...]]:
    """The folded words of each run of two or more capitalized words of a question, the
    names :func:`question_names` reads ("cảng Cam Ranh có ..." → ("cam", "ranh"))."""
    return list(dict.fromkeys(tuple(plain(w) for w in run) for run in _typed_runs(question)))


@lru_cache(maxsize=1024)
def _typed_runs(question: str) -> tuple[tuple[str, ...], ...]:
    """The runs of :func:`_name_runs`, each word as the question types it ("Sở", "Nội")."""
    if _mostly_capitalized(question):
        return ()  # in capitals or Title Case throughout: every word looks like a name
    words = list(_WORD.finditer(question))
    runs: list[tuple[str, ...]] = []
    run: list[str] = []

    def close() -> None:
        if len(run) >= 2:
            runs.append(tuple(run))
        run.clear()

    previous_end = -1
    for k, m in enumerate(words):
        word = m.group(0)
        capital = _capitalized(word)
        if capital and k + 1 < len(words):
            # "Bắc Ninh Quyết định 1509": a kind of document opens after the name, no word of it
            capital = plain(f"{word} {words[k + 1].group(0)}") not in _TWO_WORD_KINDS
        gap = question[previous_end : m.start()] if previous_end >= 0 else ""
        if not capital or not _SAME_NAME.fullmatch(gap):
            close()
        # a sentence's first word is capitalized whatever it is ("Ở Hưng Yên", "Theo Cục
        # Thuế"): a name starts after it, and after an abbreviation that opens it ("Cty Lọc
        # hóa dầu Nghi Sơn": the document writes "Công ty")
        opening_abbreviation = not run and _abbreviated(word)
        # a word a slash joins to the one before ("C/O Mẫu AK", "QĐ/UBND") is part of that
        # code, no name of its own
        in_code = gap == "/"
        if capital and not (
            previous_end < 0 or SENTENCE_END.search(gap) or opening_abbreviation or in_code
        ):
            run.append(word)
        previous_end = m.end()
    close()
    return tuple(dict.fromkeys(runs))


# Words a document may put between a name's head noun and the proper name the question
# shortens it to ("Cảng quốc tế Cam Ranh" for "cảng Cam Ranh", "Trường THPT chuyên Lê Quý
# Đôn" for "trường Lê Quý Đôn"): a qualifier of one or two words, at most
_QUALIFIER_WORDS = 2
# The words of a name's qualifier in folded text, each after the blanks (or a crawl's emphasis
# markers) before it; no comma or other mark: a name does not run across one
_QUALIFIER = rf"(?:[\s*_]+[a-z0-9]+){{1,{_QUALIFIER_WORDS}}}"


def _writes_qualified(text: str, head: str, name: Sequence[str]) -> bool:
    """The folded ``text`` writes the head noun ``head`` and then the proper ``name`` (two
    words or more, all of them, in a row) with a short qualifier between them: "cảng Cam
    Ranh" is written "Cảng quốc tế Cam Ranh"; another name after the head ("Cảng quốc tế Cam
    Lâm") is not it."""
    if len(name) < 2:
        return False  # one word after a qualifier may be any word: no name to tell it by
    words = WORD_GAP.join(re.escape(w) for w in name)
    pattern = rf"(?<![a-z0-9]){re.escape(head)}{_QUALIFIER}[\s*_]+{words}(?![a-z0-9])"
    return re.search(pattern, text) is not None


def _writes_name(text: str, name: str, runs: Sequence[tuple[str, ...]]) -> bool:
    """The folded ``text`` writes the name ``name`` (a question's pair of words opening a
    capitalized run), as is or as the run's head noun and its proper name with a qualifier
    between ("Cảng Cam Ranh" in "Cảng quốc tế Cam Ranh")."""
    if writes_phrase(text, name):
        return True
    return any(
        " ".join(run[:2]) == name and _writes_qualified(text, run[0], run[1:]) for run in runs
    )


# A letter replying to what it received ("Cục Thuế nhận được câu hỏi …", "… có ý kiến như
# sau"), folded: it answers, whether or not it writes "trả lời"
_REPLIES = re.compile(r"\b(?:nhan duoc|co y kien nhu sau|phuc dap)\b")


def _writes_subject(text: str, phrase: str, form: str, runs: Sequence[tuple[str, ...]]) -> bool:
    """The folded ``text`` writes the subject ``phrase``, or the phrase opens a proper name
    after its head noun ("về cảng Cam Ranh", "về Cảng Cam Ranh": "cang cam") that the text
    writes with a qualifier between ("Cảng quốc tế Cam Ranh"): the whole name is then
    needed, not its first word."""
    if writes_phrase(text, phrase):
        return True
    if phrase == "tra loi" and _REPLIES.search(text):
        return True  # "công văn trả lời bà X": a letter to its addressee on what it received
    head, first = phrase.split(" ", 1)
    for run in runs:
        # the name, the head typed in lower case before it or in capitals as its first word
        name = run[1:] if run[0] == head else run
        if not name or name[0] != first:
            continue
        typed = rf"(?<![a-z0-9]){re.escape(head)} {re.escape(' '.join(name))}(?![a-z0-9])"
        if re.search(typed, form) and _writes_qualified(text, head, name):
            return True
    return _writes_company(text, phrase, runs)


# A company as a question shortens it to its head noun and own name ("Cty Riches", "công ty
# Sunny"), folded; and the words its registered name writes between the two ("Công ty TNHH
# Bao bì Kỹ thuật cao Riches": a legal form and a trade, no mark between)
_COMPANY_SHORTENED = re.compile(r"(?:cty|cong ty) (?P<name>.+)")
_COMPANY_QUALIFIER = r"(?:[\s*_]+[a-z0-9&]+){0,6}"
# What may follow a company's own name: "Việt Nam", or a word of the sentence going on ("... về
# đề nghị", "... của", "... gửi"), folded
_AFTER_COMPANY = (
    r"(?:viet nam|ve|cua|tai|theo|co|da|gui|de|voi|va|la|ngay|so|dang|duoc|bi|trong|tren|tu)"
)


def _writes_company(text: str, phrase: str, runs: Sequence[tuple[str, ...]]) -> bool:
    """The folded ``text`` writes the company the subject ``phrase`` shortens: "công ty",
    then at most six words of its legal form and trade, then its own name, whole (the run of
    capitalized words ``runs`` holds that the phrase opens: "Hưng Thịnh Phát")."""
    shortened = _COMPANY_SHORTENED.fullmatch(phrase)
    if shortened is None:
        return False
    name = tuple(shortened.group("name").split())
    name = next((run for run in runs if run[: len(name)] == name), name)
    words = WORD_GAP.join(re.escape(w) for w in name)
    # (the name ends the company's, or "Việt Nam" does: not "Hưng Thịnh Phát" for "Hưng Thịnh",
    # nor "xây dựng Hưng Thịnh" for "Cty Xây dựng")
    pattern = (
        rf"(?<![a-z0-9])(?:cong ty|cty){_COMPANY_QUALIFIER}[\s*_]+{words}"
        rf"(?=[\s*_]*(?:{_AFTER_COMPANY}\b|[^\sa-z0-9*_]|$))"
    )
    return re.search(pattern, text) is not None


# A product's model as a question writes it: a name of two or more capitalized words, then a
# designator in capitals, a blank and its short number ("Huawei Watch GT 5", "Galaxy Tab S 9";
# no year; "Verdad Powder N30" ends in a code, which the codes' check reads)
_MODEL = re.compile(r"(?<![\w/-])((?:[A-ZĐ][^\W\d_A-ZĐ]+ ){2,}[A-ZĐ]{1,4})(?= [0-9]{1,3}\b)")


# A model named by capitalized words, its number and the edition after it ("Huawei Watch Fit 4
# Pro"): an edition word, capitalized, closing the name
_EDITION_MODEL = re.compile(
    r"(?<![\w/-])((?:[A-ZĐ][^\W_]+ ){2,}[0-9]{1,3} (?!(?:Điều|Khoản|Luật|Nghị|Quyết)\b)"
    r"[A-Z][a-z]{1,6})(?![\w/-])"
)


# codes of kinds a question types that _KIND_CODES leaves out ("CV 980", "BC 12"), folded
_LETTER_CODES = frozenset({"cv", "bc", "hd"})


def question_models(question: str) -> list[str]:
    """The product models a question names, folded without their number ("Huawei Watch GT 5"
    → "huawei watch gt"): the name's first two words do not tell one model from another; one
    with an edition after its number whole ("Huawei Watch Fit 4 Pro"), the edition telling it
    from the model without it."""
    found = [
        plain(m.group(1))
        for m in _MODEL.finditer(question)
        # not a Roman numeral ("Đại Hội XIV 2"), nor the code of a document's kind ("NQ 57")
        if not ROMAN.fullmatch(m.group(1).split()[-1])
        and plain(m.group(1).split()[-1]) not in _KIND_CODES
    ]
    found += [
        plain(m.group(1))
        for m in _EDITION_MODEL.finditer(question)
        # not a document's code and number before a place ("Theo KH 980 Nghe An")
        if plain(m.group(1).split()[-3]) not in _KIND_CODES | _LETTER_CODES
    ]
    return list(dict.fromkeys(found))


# The sector of a school or facility, folded: public ("công lập", not "ngoài công lập") and
# private ("tư thục", "dân lập", "ngoài công lập")
_PUBLIC = re.compile(r"(?<!ngoai )\bcong lap\b")
_PRIVATE = re.compile(r"\b(?:tu thuc|dan lap|ngoai cong lap)\b")
# A variant of a procedure the question names ("cấp lại", "cấp đổi", "gia hạn"), folded
_PROCEDURE_VARIANT = re.compile(r"\b(?:cap lai|cap doi|gia han)\b")


def _other_variant(question: str, text: str) -> str | None:
    """A qualifier the question puts on its subject that the documents' ``text`` (folded)
    never writes: the public sector asked of documents on private schools only (or the
    reverse), or a variant of a procedure ("cấp lại ... do bị mất") asked of documents that
    give only the first issue's value."""
    asks_public = bool(_PUBLIC.search(question)) and not _PRIVATE.search(question)
    asks_private = bool(_PRIVATE.search(question)) and not _PUBLIC.search(question)
    writes_public, writes_private = bool(_PUBLIC.search(text)), bool(_PRIVATE.search(text))
    if asks_public and writes_private and not writes_public:
        return "sector 'công lập'"
    if asks_private and writes_public and not writes_private:
        return "sector 'tư thục'"
    for variant in dict.fromkeys(_PROCEDURE_VARIANT.findall(question)):
        if variant not in text:
            return f"procedure {variant!r}"
    return None


# The day a folded question names what it asks by: a point in time ("thời điểm 0h00 ngày
# 01/01/2027") or a document's date after its number ("KH 1190/KH-UBND ngày 5/3/2025"); not a
# day of a case or a condition ("kiến nghị nhận ngày 05/3/2025 thì ...")
_NAMED_DAY = re.compile(
    r"(?:\bthoi diem(?: [0-9]{1,2}h[0-9]{0,2}| [0-9]{1,2} gio(?: [0-9]{1,2})?(?: phut)?)?"
    r"|[0-9]+/[a-z0-9/.-]*[a-z][a-z0-9/.-]*)"
    r"\s+(?:ngay\s+)?(?<![0-9/.])([0-9]{1,2})(?:/|-|\.| thang )([0-9]{1,2})(?:/|-|\.| nam )"
    r"((?:19|20)[0-9]{2})(?![0-9])"
)
# Facts of a document itself (its date, its signer, its entry into force)
_DOCUMENT_FACTS = frozenset({"date", "signer", "effective"})
# Intents asking a date: the date the question gives may be the one it checks
_DATE_ASKING = frozenset({"date", "effective"})


def _written_date(day: str, month: str, year: str) -> str:
    """A pattern of the date written in any of its forms in a folded text ("01/01/2027",
    "1-1-2027", "ngày 01 tháng 01 năm 2027", and with a blank lost, "ngày 24 tháng11")."""
    return (
        rf"(?<![0-9])0?{int(day)}\s*(?:/|-|\.|thang)\s*0?{int(month)}"
        rf"\s*(?:/|-|\.|nam)\s*{year}(?![0-9])"
    )


def missing_in_document(corpus: Corpus, q: Question, support: Sequence[Candidate]) -> str | None:
    """What the question names that the document of the answer (its first supporting unit;
    for names and subjects, any document it quotes) does not hold — a cited document number, a
    proper name — or None when it holds all."""
    if not support:
        return None
    if q.route.intent == "compare" and len(q.localities) >= 2:
        # "so sánh ... của Hải Phòng và Hưng Yên": every place compared is written by a document
        # the answer quotes, or the answer compares nothing
        texts = [corpus.plain_text(d) for d in dict.fromkeys(c.unit.doc_id for c in support)]
        for place in q.localities:
            if not any(writes_phrase(text, corpus.place_key(place)) for text in texts):
                return f"place compared {place!r}"
    if (acted_on := _acted_on_answers(corpus, q, support)) is not None:
        return acted_on
    if q.route.intent in _MANY_DOCUMENTS:
        return None
    doc_id = support[0].unit.doc_id
    if doc_id not in corpus.documents:
        return None
    for number in q.number_filter:
        if not _cites(corpus, doc_id, number):
            return f"document number {number}"
    if q.route.intent in _ISSUER_CHECKED:
        # "Bộ Y tế ban hành Lịch ... ngày nào" answered from the Bộ Nội vụ's, "Thông tư của Bộ
        # NN&MT ... số mấy" by one of the Bộ Tài chính
        issuer = _answer_issuer(corpus, doc_id, support[0])
        if issuer and (other := other_ministry(q.route.question, issuer)) is not None:
            return f"issuer {other!r}"
        if _CENTRAL_ISSUER.match(issuer) and _COMMITTEE_ISSUES.search(plain(q.route.folded)):
            # "UBND tỉnh Gia Lai gửi Bộ Tài chính văn bản số mấy" answered by the "Nghị định
            # số 103/2024/NĐ-CP của Chính phủ" a letter cites: a central body's document is no
            # committee's
            return f"issuer {issuer!r} for a people's committee's document"
    if q.route.intent in VALUE_INTENTS | {"deadline"}:
        # "theo NQ 13/2024/NQ-HĐND ... bao nhiêu", "Nghị quyết cũ 13/2024 hỗ trợ bao nhiêu": the
        # value of a document the index does not hold is stated where the text cites it (in
        # the sentence, or in the lines leading to it: "Khoản 1 Điều 8 Nghị quyết số 98/2023
        # ...: a) Miễn thuế ... 05 năm"), not in a sentence of a document citing it elsewhere
        # (a new resolution replacing it states its own value)
        unit = support[0].unit
        lead = corpus.texts[doc_id][max(0, unit.start - _LEAD_CHARS) : unit.end]
        unit_text = plain(f"{lead} {unit.text}")
        for number in q.number_filter:
            if (
                _named_as_source(plain(q.route.folded), number)
                and not corpus.is_own_number(doc_id, number)
                and not _writes_number(unit_text, number)
            ):
                return f"a sentence citing document {number}"
    if q.route.intent in CONTENT_INTENTS and (place := _place_unsaid(corpus, q, support[0])):
        return place
    if q.route.intent in CONTENT_INTENTS:
        # "Theo QĐ 32/2023, cơ quan nào cấp phép ...?" answered from "Bãi bỏ Quyết định số
        # 32/2023/QĐ-UBND ngày ... của UBND Thành phố ban hành Quy định ...": a sentence that
        # only repeals or replaces the document named states nothing it says
        unit = support[0].unit
        lead_start = max(0, unit.start - _REPEAL_LEAD)
        lead = plain(corpus.texts[doc_id][lead_start : unit.end])
        for number in q.number_filter:
            if (
                _named_as_source(plain(q.route.folded), number)
                and not corpus.is_own_number(doc_id, number)
                and _only_repealed(lead, number, unit.start - lead_start)
            ):
                return f"content of document {number} (its sentence only repeals it)"
    if q.route.intent in _OWN_FACTS and q.own_doc is None and q.number_filter:
        folded = plain(q.route.folded)
        kind = _KIND.search(folded)
        asked = _NUMBER_NAMED.match(folded, kind.end()) if kind is not None else None
        if asked is not None and not corpus.is_own_number(doc_id, asked.group(1)):
            return f"document {asked.group(1)} itself"
    if q.own_doc is None and not q.route.doc_numbers:
        # "theo QĐ 1499": a number without its symbol that no document has as its own; the
        # document answering has it as its own or cites it ("Quyết định số 1499/QĐ-UBND")
        own_text = corpus.plain_text(doc_id)
        for m in TYPE_THEN_NUMBER.finditer(plain(q.route.question)):
            number = m.group("number")
            head = number.split("/")[0].lstrip("0") or "0"
            if not re.search(rf"(?<![0-9.,])0*{head}\s*/\s*[0-9a-z]", own_text):
                return f"document {number}"
    # names, periods, acronyms and subjects: an answer joined from several documents ("... của
    # Bắc Ninh và Đồng Nai") holds what any of them writes
    documents = dict.fromkeys(c.unit.doc_id for c in support if c.unit.doc_id in corpus.documents)
    text = "\n\n".join(corpus.plain_text(d) for d in documents)
    runs = _name_runs(q.route.question)
    for name in question_names(q.route.question):
        if not _writes_name(text, name, runs) and not _writes_with_unit(text, name):
            return f"name {name!r}"
    for word in _lone_words(q.route.question):
        # (with its marks when typed with them: "Hàn", not a bare "Kon" in a toned question)
        marked = q.toned and plain(word) != word.lower()
        if not writes_phrase(text, plain(word)) or (
            marked and not _writes_toned(corpus, documents, word)
        ):
            return f"name {plain(word)!r}"
    for programme in named_programmes(q.route.question):
        if not _writes_programme(text, programme):
            return f"programme {programme!r}"
    for forms in named_bodies(q.route.question):
        # "Chi cục Kiểm lâm thuộc Sở NN&MT tỉnh Nghệ An": a body the document never writes is
        # not the one it is about (another decision of that province answers nothing of it)
        if not any(writes_phrase(text, form) for form in forms):
            return f"body {forms[0]!r}"
    fields = named_department_fields(q)
    # ("Lao động - Thương binh và Xã hội": the dash between its words is no part of the name)
    undashed = _DASH.sub(" ", text) if fields else ""
    for field in fields:
        # "thuộc thẩm quyền Sở GD&ĐT": a document that never writes the department's field
        # ("giáo dục và đào tạo") is another department's
        if not writes_phrase(undashed, field):
            return f"department {field!r}"
    organizations = named_organizations(q.route.question)
    # "Cục Thuế hướng dẫn Thuế tỉnh Bắc Ninh ...": a letter to another company, which sends
    # that office a copy only ("Nơi nhận: ... - Thuế tỉnh Bắc Ninh"), says nothing to it
    said = [_said_to(corpus, d) for d in documents] if organizations else []
    acronyms = question_acronyms(q.route.question)
    folded = plain(q.route.folded)
    for organization in organizations:
        # ("Ngân hàng CSXH": the acronym spelled out in one run right after the two words the
        # question writes before it, "Ngân hàng Chính sách xã hội"; letters that open words
        # anywhere spell no name)
        spelled = [
            f"{m.group(1)} {word}"
            for word in organization
            if word in acronyms
            for m in re.finditer(rf"([a-z]+ [a-z]+) {word}\b", folded)
        ]
        if not any(
            all(writes_phrase(t, word) for word in organization)
            or any(_spelled_out(t, phrase, acronyms) for phrase in spelled)
            for t in said
        ):
            return f"organization {' '.join(organization)!r} (named by a copy's recipient at most)"
    if q.toned and (other_words := _name_of_other_words(corpus, q, documents, text)) is not None:
        return other_words
    for model in question_models(q.route.question):
        words = model.split()
        # (the last words of a name read with the capital opening a sentence: "Giá Huawei ...")
        if not any(writes_phrase(text, " ".join(words[i:])) for i in range(len(words) - 2)):
            return f"model {model!r}"
    if q.route.intent not in _DATE_ASKING:
        for day, month, year in _NAMED_DAY.findall(folded):
            # "kiểm kê tài sản công thời điểm 0h00 ngày 01/01/2027": a day the question names
            # of what it asks, which a document of another day never writes
            if not re.search(_written_date(day, month, year), text):
                return f"date {day}/{month}/{year}"
    for first, last in _PERIOD.findall(folded):
        # no look-behind: a pattern that starts with its year is searched for fast
        written = re.finditer(rf"{first}\s*[-–—]\s*{last}(?![0-9])", text)
        if not any(not text[m.start() - 1 : m.start()].isdigit() for m in written) and not (
            writes_span(first, last, text)  # "từ ngày 01/01/2028 đến hết ngày 31/12/2029"
        ):
            return f"period {first}-{last}"
    if (month := _unwritten_month(folded, text)) is not None:
        return month
    for batch in _BATCH.findall(folded):
        # "danh mục ... đợt 2 năm 2025": a document of another batch ("đợt 3") is not the one
        if not _writes_batch(text, batch):
            return f"batch {batch}"
    asked_editions = _editions(folded)
    written_editions = _editions(text) if asked_editions else set()
    for kind, number in asked_editions - written_editions:
        # "HĐND khóa XV", "kỳ họp thứ 30": a document passed by another term or sitting ("khóa
        # XVI, kỳ họp thứ 28") writes its own edition, not the one asked; one writing no
        # edition of that kind may name it otherwise ("nhiệm kỳ 2021 - 2026")
        if any(written == kind for written, _ in written_editions):
            return f"edition {kind} {number}"
    title = plain(corpus.documents[doc_id].meta.title or "")
    if (other_year := _title_of_another_year(folded, title)) is not None:
        return other_year
    if (status := _procedures_of_another_status(folded, title, text)) is not None:
        return status
    # a fact of the document itself asked of it by its own number ("CV 39712/CHQ-GSQL ... (quyền
    # XNK của DN FDI) ngày nào"): the number tells the document, the words describing it as the
    # question abbreviates them tell nothing more
    named_itself = q.route.intent in _DOCUMENT_FACTS and (
        doc_id == q.own_doc or any(corpus.is_own_number(doc_id, n) for n in q.route.doc_numbers)
    )
    for acronym in [] if named_itself else acronyms:
        if not writes_acronym(text, acronym):
            return f"acronym {acronym!r}"
    for code in question_codes(q.route.question):
        if not writes_phrase(text, code):
            return f"code {code!r}"
    if q.route.intent in VALUE_INTENTS | {"deadline"} and (other := _other_variant(folded, text)):
        return other
    if (field := _field_unnamed(q, [corpus.texts[d] for d in documents])) is not None:
        return field
    if (place := _place_of_another_kind(q.route.question, text)) is not None:
        return place
    if (quoted := _quoted_name_unwritten(q.route.question, text)) is not None:
        return quoted
    if (kind_of_value := _kind_of_value_unwritten(corpus, q, documents)) is not None:
        return kind_of_value
    # the subject as the question words it (not of a cited document whose own fact is read
    # where the text cites it by the number the question names: "Báo cáo thẩm định số
    # 3233/BC-STP ... về dự thảo ... đề ngày nào", the citing text need not say what it is on)
    cited_itself = q.route.intent in _DOCUMENT_FACTS and any(
        number_matches(n, m.number)
        for m in corpus.unit_mentions(support[0].unit)
        for n in q.number_filter
    )
    if not cited_itself and (missing_subject := _missing_subject(q, text, acronyms)) is not None:
        return f"subject {missing_subject!r}"
    if (excluded := _excluded_by_title(q, corpus.documents[doc_id].meta.title or "")) is not None:
        return f"subject {excluded!r} (its title leaves it out)"
    if (
        q.route.intent == "decision"
        and support[0].mention is None
        and _ISSUED_ASKED.search(folded) is not None
    ):
        # "quyết định nào ban hành nội quy mẫu ...": what a document issues its title and its
        # first article name; a word of it met in a list deep in the text ("Thông báo thường
        # xuyên nội quy dùng lửa") is not what the document issues
        title = plain(corpus.documents[doc_id].meta.title or "")
        lead = f"{title}\n{_issuing_part(corpus, doc_id)}"
        if (unissued := _missing_subject(q, lead, acronyms, after=_ISSUED_ASKED)) is not None:
            return f"subject {unissued!r} (neither its title nor its first article issues it)"
    if q.route.intent in CONTENT_INTENTS and (out := _out_of_scope(q, corpus.plain_text(doc_id))):
        return out
    cited = support[0].mention
    if q.route.intent in _CITED_ANSWERS and cited is not None:
        if (other := cited_of_another_document(q, cited, support[0].unit)) is not None:
            return other
        if (other := other_side_of_act(corpus, q, cited, support[0].unit)) is not None:
            return other
        # a document the answer's sentence cites: the sentence says what it is about, as the
        # question does after the word asking it ("Quyết định nào về phát triển hạ tầng 5G":
        # "Quyết định số 15/2021/QĐ-UBND ... về ban hành quy chế bảo vệ bí mật nhà nước" is
        # none, though the citing plan writes "hạ tầng" elsewhere; "căn cứ thông tư nào về
        # tiêu chuẩn bổ nhiệm giám định viên": not the ground on controlling procedures)
        sentence = plain(_clause_of(corpus, support[0].unit))
        # grounds are cited by their titles; a letter citing a document for a point of it
        # ("Cục Thuế viện dẫn văn bản nào về ưu đãi ...") describes it in its own words
        titled = (
            q.route.intent == "decision"
            or _GROUND_SENTENCE.match(sentence) is not None
            or _GROUNDS_ASKED.search(folded) is not None
        )
        described = _DESCRIBED_BY_TITLE.search(folded)
        if titled:
            # "căn cứ nghị định nào quy định mức lương cơ sở": the rule it lays down, as its
            # title words it, a ground's title too
            described = _DESCRIBED_BY_RULE.search(folded)
        if described is not None and cited.subject:
            # "dẫn chiếu Nghị định số mấy của Chính phủ về bồi thường, ...": the document
            # asked described by its title's words, the three after "về", of which the
            # citation's own subject writes one at least (not a provision it quotes, on another
            # decree: "... theo quy định tại Nghị định của Chính phủ về bồi thường, hỗ trợ, tái
            # định cư"), past the words that open a subject without naming it ("về việc tính")
            after = re.findall(r"[a-z]+", folded[described.end() :])
            words = [w for w in after if w not in _TITLE_OPENERS][:3]
            # (its subject up to the provision it goes on to quote or to an aside)
            subject = re.split(r"[:(“\"]", cited.subject, maxsplit=1)[0]
            own = plain(fold(f"{cited.text} {subject}"))
            # (any one of them: a title's words may be reworded, "tính tiền thuê đất")
            if len(words) == 3 and not any(writes_phrase(own, w) for w in words):
                return f"subject {' '.join(words)!r} of the document cited, {cited.number}"
        missing_subject = _missing_subject(q, sentence, acronyms, after=_ASKED_DOCUMENT)
        if titled and missing_subject is not None:
            return f"subject {missing_subject!r} of the document cited, {cited.number}"
    if q.route.intent in _PROCEDURE_FACTS:
        for word in procedure_words(folded):
            # an acronym the question types may be written out ("DTTS&MN": "dân tộc thiểu
            # số và miền núi"), as the acronyms checked above
            if not writes_phrase(text, word) and not (
                word in acronyms and writes_acronym(text, word)
            ):
                return f"procedure word {word!r}"
    return None


# A public body a question names by its kind and a capitalized name ("Chi cục Kiểm lâm", "Viện
# Bỏng Lê Hữu Trác", "Trung tâm Công báo - Tin học"), typed with or without marks: the first two
# words of its name
_BODY_NAMED = re.compile(
    r"(?<!\w)(?P<kind>(?i:chi c[uụ]c|c[uụ]c|vi[eệ]n|trung t[aâ]m))\s+"
    rf"(?P<first>[{CAPITAL_LETTERS}][^\W\d_]+)\s+(?P<second>[^\W\d_]+)"
)


# A province's department the question names by its field, as folding reads its initials out
# ("Sở GD&ĐT" → "so giao duc va dao tao"): the field, folded
_DEPARTMENT_NAMED = re.compile(
    r"\bso (giao duc va dao tao|khoa hoc va cong nghe|tai nguyen va moi truong"
    r"|nong nghiep va (?:phat trien nong thon|moi truong)|lao dong thuong binh va xa hoi"
    r"|van hoa the thao va du lich|van hoa va the thao|giao thong van tai|tai chinh|noi vu"
    r"|tu phap|y te|cong thuong|xay dung|ke hoach va dau tu|thong tin va truyen thong"
    r"|ngoai vu|dan toc va ton giao)\b"
)


_DASH = re.compile(r"\s+[-–]\s+")  # a dash between words, with blanks around it
# "Sở" as typed with its marks (not "số", "sổ"); a question typed without marks is read by its
# folded words alone (:func:`named_department_fields`)
_DEPARTMENT_TYPED = re.compile(r"(?<!\w)[Ss][ởỞ](?!\w)")
# Fields whose folded words also follow "số" or "sổ" ("chuyển đổi số y tế"): read only after
# a "Sở" typed with its marks
_AMBIGUOUS_FIELDS = frozenset({"y te", "tai chinh", "xay dung", "tu phap"})


def named_department_fields(q: Question) -> list[str]:
    """The fields of the provincial departments the question names ("Sở GD&ĐT" → "giao duc va
    dao tao"), folded; a field other words may follow ("số y tế") only after "Sở" typed with
    its marks."""
    marked = bool(_DEPARTMENT_TYPED.search(q.route.question))
    if q.toned and not marked:
        return []  # "số", "sổ" typed: no department
    return [
        field
        for field in dict.fromkeys(_DEPARTMENT_NAMED.findall(plain(q.route.folded)))
        if marked or field not in _AMBIGUOUS_FIELDS
    ]


def named_bodies(question: str) -> list[tuple[str, str]]:
    """Each public body's name the question writes after its kind, folded, in the two forms a
    document writing it has one of: the kind and the name's first word, and the name's first
    two words ("Chi cục Kiểm lâm" → ("chi cuc kiem", "kiem lam"); "Cục Thuế hướng dẫn" →
    ("cuc thue", "thue huong"), the word after the name being no part of it)."""
    return list(
        dict.fromkeys(
            (plain(f"{m.group('kind')} {m.group('first')}"), plain(f"{m['first']} {m['second']}"))
            for m in _BODY_NAMED.finditer(question)
            if not m["first"].isupper()  # "Cục HQ": an acronym, which the text may write out
        )
    )


# An organization a question names by its kind and a capitalized name ("Công ty TNHH BHFLEX
# VINA", "Thuế tỉnh Bắc Ninh", typed with or without marks): a company, a group, a bank, a
# cooperative, or a tax office, whom a letter is written to or about
ORGANIZATION_NAMED = re.compile(
    r"(?<!\w)(?:(?P<office>(?i:thu[eế] (?:t[iỉ]nh|th[aà]nh ph[oố])))"
    r"|(?i:(?:t[oổ]ng )?c[oô]ng ty|t[aậ]p [dđ]o[aà]n|ng[aâ]n h[aà]ng|h[oợ]p t[aá]c x[aã]))"
    rf"(?P<name>(?:\s+(?:[{CAPITAL_LETTERS}][^\s,.;:?!()/]*)){{1,6}})"
)
# The words of a company's legal form, which its name is written with or without
_LEGAL_FORMS = frozenset({"tnhh", "cp", "mtv", "co", "phan", "trach", "nhiem", "huu", "han"})
# The list of those a document is sent to for their information ("Nơi nhận: - Như trên; - Thuế
# tỉnh X; - Lưu: VT"), up to the cell's end
_COPIES = re.compile(r"nơi nhận\W.{0,800}?(?=\n\s*\||\Z)", re.IGNORECASE | re.DOTALL)


def named_organizations(question: str) -> list[tuple[str, ...]]:
    """The organizations ``question`` names, each as the folded words a document naming it
    writes: a tax office's whole name, in a row ("thue tinh bac ninh"); a company's own words,
    its legal form and two-letter initials left out, anywhere ("our", "riches", "nmt")."""
    named: list[tuple[str, ...]] = []
    for m in ORGANIZATION_NAMED.finditer(question):
        if m.group("office"):
            named.append((plain(fold(m.group(0))),))
        else:
            # (initials of two letters, "TM DV", may be written out: "Thương mại Dịch vụ"; so
            # may those run together before the name, "TMDV NMT")
            name = m.group("name").split()
            typed = [
                w
                for i, w in enumerate(name)
                if not (w.isupper() and (len(w) <= 2 or len(w) <= 4 and i < len(name) - 1))
            ]
            words = plain(" ".join(typed)).split()
            named.append(tuple(w for w in words if w not in _LEGAL_FORMS))
    return [words for words in dict.fromkeys(named) if words]


def _said_to(corpus: Corpus, doc_id: str) -> str:
    """The document's folded text without its list of copies' recipients."""
    return plain(fold(_COPIES.sub(" ", corpus.texts[doc_id])))


# A letter's addressee ("Kính gửi: Thuế tỉnh Quảng Trị", "Kính gửi:** | - Công ty ...;"), in its
# header: whom the letter's statements are said to
_ADDRESSEE = re.compile(r"Kính gửi", re.IGNORECASE)
_HEADER_CHARS = 1500  # a document's header: issuer, number, date, title, addressee
_ADDRESSEE_CHARS = 300  # the addressees listed after "Kính gửi"


def _place_unsaid(corpus: Corpus, q: Question, cand: Candidate) -> str | None:
    """A place the question names (one with documents of its own) that the answer's statement
    is not said of: its document is of none of the places named (a national plan, another
    province's decision, one that only names the place somewhere in passing), and neither the
    unit, the headings it stands under, the lead-in quoted with it, the document's title nor,
    for a letter, its addressee names any of them. None when some place is said, or the
    question names none."""
    own = corpus.gazetteer.own
    # places with documents of their own (a province, a city): a commune or ward only a table
    # lists is said by its rows, whose group or total rows need not name it again
    places = [place for place in q.localities if own.get(place)]
    doc_id = cand.unit.doc_id
    if not places or any(doc_id in own.get(place, frozenset()) for place in q.localities):
        return None
    document = corpus.texts[doc_id]
    addressed = _ADDRESSEE.search(document, 0, _HEADER_CHARS)
    said = " ".join(
        [
            cand.unit.text,
            cand.unit.context_folded,
            corpus.documents[doc_id].meta.title or "",
            document[addressed.end() : addressed.end() + _ADDRESSEE_CHARS] if addressed else "",
            *(document[a:b] for a, b in cand.extra),
        ]
    )
    folded = plain(fold(said))
    if any(writes_phrase(folded, corpus.place_key(place)) for place in places):
        return None
    return f"place {places[0]!r} (neither the document's nor said by its unit)"


def _name_of_other_words(
    corpus: Corpus, q: Question, documents: Iterable[str], text: str
) -> str | None:
    """A name the question types with its marks ("Sở Nội vụ") whose first two words the
    folded ``text`` of the answer's documents writes only as other words ("hồ sơ nơi" folds
    to "so noi" too): none of the documents writes them with the question's marks (nor
    without any, a text typed bare), and no longer form of the name (a qualifier between its
    head and name, a unit word before its place) is written either."""
    for typed in _typed_runs(q.route.question):
        pair = typed[:2]
        if all(strip_diacritics(w) == w for w in pair):
            continue  # typed bare: the folded check is all there is
        name = " ".join(plain(w) for w in pair)
        if not writes_phrase(text, name):
            continue  # not written as is: a longer form the folded check accepted
        marked = WORD_GAP.join(re.escape(match_key(w)) for w in pair)
        bare = WORD_GAP.join(re.escape(plain(w)) for w in pair)
        written = re.compile(rf"(?<!\w)(?:{marked}|{bare})(?!\w)")
        if any(written.search(corpus.toned_text(d)) for d in documents):
            continue
        folded = tuple(plain(w) for w in typed)
        if _writes_with_unit(text, name) or _writes_qualified(text, folded[0], folded[1:]):
            continue
        return f"name {' '.join(pair)!r} (its folded words written only as other words)"
    return None


# Relations by which a later document acts on an earlier one: the document asked for amends,
# replaces or guides the one the question names, so it is issued after it.
_LATER_ACTS = frozenset({"amend", "replace", "guide"})
_TITLE_WORDS = 6  # a document named by its kind and title ("Luật Dữ liệu"): short titles only
# "NQ 1658 căn cứ Hiến pháp (được) sửa đổi, bổ sung theo NQ số mấy": a ground the question names
# after "căn cứ" is the document acted on, not the one named by its number (folded)
# "QĐ 1059 căn cứ thông tư nào của VPCP hướng dẫn nghiệp vụ X": the document asked for is a
# ground, and the verb after it says what that ground does to its own subject (folded)
_GROUND_ACTED_ON = re.compile(
    r"\bcan cu (?:(?!(?:nao|gi|may)\b)[^\W\d]+ ){1,8}?(?:(?:da )?(?:duoc|bi) )?"
    r"(?:sua doi|bo sung|thay the|huong dan)\b"
    rf"|\bcan cu (?:vao |theo )?(?:{KINDS}|van ban)(?: so)? (?:nao|gi|so may)\b"
    # "Cục Thuế dẫn chiếu NĐ nào quy định chi tiết Luật Quản lý thuế": the document the answer
    # cites guides the law it names, not the one citing it
    rf"|\b(?:dan chieu|vien dan|trich dan) (?:{KINDS}|{CODED_KINDS}|van ban)(?: so)?"
    r" (?:nao|gi|so may)\b"
    # "Công văn nào của VPCP hướng dẫn … được QĐ 2533 lấy làm căn cứ": the ground asked guides
    # its own subject
    r"|\b(?:lay )?lam can cu\W*$"
)


def _names_document(corpus: Corpus, q: Question, doc_id: str) -> bool:
    """The question names the document ``doc_id``: by its own number, or by its kind and a
    short title ("Luật Dữ liệu")."""
    if doc_id == q.own_doc or any(
        corpus.is_own_number(doc_id, number) for number in q.number_filter
    ):
        return True
    meta = corpus.documents[doc_id].meta
    title = plain(fold(meta.title or ""))
    if not meta.doc_type or not title or len(title.split()) > _TITLE_WORDS:
        return False
    return writes_phrase(plain(q.route.folded), f"{plain(fold(meta.doc_type))} {title}")


def _acts_on_another_named(corpus: Corpus, q: Question, documents: set[str]) -> bool:
    """The question names, after the document it asks for, another document by its number,
    none of ``documents`` ("QĐ 1949 căn cứ thông tư nào hướng dẫn thi hành Nghị định 118/2025"):
    the relation acts on that one; the document named first is the one citing them."""
    folded = plain(q.route.folded)
    asked = _ASKED_DOCUMENT.search(folded)
    if asked is None:
        return False
    after = [n for n in q.route.doc_numbers if plain(n) in folded[asked.end() :]]
    return bool(after) and not any(corpus.is_own_number(d, n) for d in documents for n in after)


def _names_a_cited_document(corpus: Corpus, q: Question, documents: set[str]) -> bool:
    """Besides the answer's own ``documents``, the question names by its number another
    document they cite ("Theo công văn 5387, Điều 44 Nghị định 103/2024 đã được sửa đổi tại
    nghị định nào"): the relation may act on that one, which the answer's text reports on."""
    others = [
        n for n in q.route.doc_numbers if not any(corpus.is_own_number(d, n) for d in documents)
    ]
    return bool(others) and all(_cites(corpus, d, n) for d in documents for n in others)


def _acted_on_answers(corpus: Corpus, q: Question, support: Sequence[Candidate]) -> str | None:
    """Which document amends, replaces or guides the one the question names ("văn bản nào
    thay thế Quyết định 71/2025", "... quy định chi tiết ... Luật Dữ liệu"), answered from
    that very document: a document cannot name what later amends or replaces it, nor be its
    own amender, so the answer (the document itself, or one it cites: a basis, a decision it
    replaces) is another relation. None when some supporting unit lies in another document."""
    relation = asked_relation(q.route.folded)
    if relation is None or relation[0] not in _LATER_ACTS or relation[1] != "agent":
        return None  # "văn bản nào được sửa đổi bởi ...": the one asked for is acted on
    documents = {c.unit.doc_id for c in support}
    if not documents <= corpus.documents.keys():
        return None
    if _acts_on_another_named(corpus, q, documents):
        return None
    if _names_a_cited_document(corpus, q, documents):
        return None
    if _GROUND_ACTED_ON.search(plain(q.route.folded)):
        return None  # the relation acts on a ground the question names, not on the document
    if all(_names_document(corpus, q, d) for d in documents):
        return f"later document that does {relation[0]} it (its own text cannot name one)"
    return None


def _missing_subject(
    q: Question, text: str, acronyms: Sequence[str], after: re.Pattern[str] | None = None
) -> str | None:
    """A subject phrase of the question (of its words ``after`` a match, when given) the
    folded ``text`` does not write, in either form of the question (abbreviations read out or
    as typed: "về DVCTT"; an acronym the table lacks spelled out by the text: "thuế TNCN",
    "thuế thu nhập cá nhân"); None when it writes one form's every phrase."""
    forms = [plain(q.route.folded), plain(q.route.question)]
    if after is not None:
        # (a blank first: what follows is no question's opening, "Quy định ...")
        forms = [f" {form[m.end() :]}" if (m := after.search(form)) else "" for form in forms]
    runs = _name_runs(q.route.question)
    content = _content_syllables(q.route.question)
    stops = _PURPOSE_FOLDED if _types_purpose_only(q.route.question) else frozenset()
    missing = [
        [
            p
            for p in subject_phrases(form, content, bare=not q.toned, stops=stops)
            if not _writes_subject(text, p, form, runs)
            and not _spelled_out(text, p, acronyms)
            and not _written_with_definition(text, p, acronyms)
            and not _spelled_then_named(text, p, acronyms)
        ]
        for form in forms
    ]
    return missing[0][0] if all(missing) else None


# The word asking for a document ("quyết định nào", "văn bản gì", "số mấy"), folded: the
# question describes the document asked after it.
_ASKED_DOCUMENT = re.compile(r"\b(?:nao|gi|so may)\b")
# A sentence stating a ground of its document ("*Căn cứ Nghị định số ...;*"), folded
_GROUND_SENTENCE = re.compile(r"^[\W_]*can cu\b")
# A question asking the grounds a document rests on ("căn cứ", "dựa vào", "trên cơ sở"), not
# what a letter cites for a point ("viện dẫn"), folded
_GROUNDS_ASKED = re.compile(r"\b(?:can cu|dua (?:tren|vao)|tren co so)\b")
# A legal document asked described as its title does, "về" after the asking word and its issuer
# ("Nghị định số mấy của Chính phủ về ..."; not a letter, "văn bản nào ... về ưu đãi", which a
# reply cites for a point of it), folded
_TITLE_OPENERS = frozenset({"viec", "cac", "nhung", "mot", "so"})
_DESCRIBED_BY_TITLE = re.compile(
    r"\b(?:nghi dinh|thong tu|quyet dinh|nghi quyet|luat)(?: so)? (?:nao|so may|gi)"
    r"(?: cua(?: [a-z]+){1,4}?)? ve\b"
)
# ... or by the rule it lays down ("nghị định nào quy định mức lương cơ sở ..."), folded
_DESCRIBED_BY_RULE = re.compile(
    r"\b(?:nghi dinh|thong tu|quyet dinh|nghi quyet|luat)(?: so)? (?:nao|so may|gi)"
    r" quy dinh\b"
)
# Intents answered by a document a sentence cites (its mention), which the question describes
_CITED_ANSWERS = frozenset({"decision", "basis"})
# The kind of document asked: the kinds written before the asking word, with at most six
# words describing it between them, no body, place, field or other document ("thông tư phân
# cấp nào", "quyết định công bố TTHC nào"; not "quyết định của Bộ nào", "... cho xã nào"),
# folded
_KIND_ASKED = re.compile(
    rf"\b((?:{KINDS})(?: (?:{KINDS}))*)"
    r"((?: (?!(?:cua|do|tai|o|thuoc|cho|voi|va|hay|hoac|van|ban|so|nam|ngay|xa|phuong|tinh"
    r"|huyen|linh|nganh|co|don|dieu|khoan|muc|phu)\b)[a-z]+){0,6})"
    r" (?:so )?(?:nao|gi|so may)\b"
)
# A proposal the document answers ("Theo đề nghị của Giám đốc Sở ... tại Tờ trình số ..."),
# and a question that asks about one (folded)
_PROPOSAL_SENTENCE = re.compile(r"^[\W_]*(?:theo|xet) (?:de nghi|to trinh|de xuat)\b")
_PROPOSAL_ASKED = re.compile(r"\b(?:de nghi|to trinh|de xuat|trinh)\b")
# A proposal's verb (folded)
PROPOSING = re.compile(r"\b(?:de nghi|de xuat)\b")
# What a proposal asks to do to another document ("đề nghị ban hành Nghị quyết thay thế Nghị
# quyết số 61/2021"): the document after it is the one acted on, not the proposal (folded)
_PROPOSED_ACT = re.compile(r"\b(?:thay the|bai bo|sua doi|bo sung|het hieu luc|huy bo)\b")


def _proposed_itself(before: str) -> bool:
    """The words ``before`` a cited document propose it ("Theo đề nghị của Sở ... tại"), not
    an act on it that the proposal asks for ("... đề nghị ban hành Nghị quyết thay thế")."""
    proposing = list(PROPOSING.finditer(before))
    return bool(proposing) and not _PROPOSED_ACT.search(before, proposing[-1].end())


# A date the question gives the document it asks for, after the asking word ("QĐ nào của Bộ
# VHTTDL ngày 14/11/2025", "ban hành ngày 25/9/2025"); not a day its force starts or ends
# ("hết hiệu lực từ ngày 05/12/2025"), nor a limit ("trước ngày ..."), folded
# A day written in full, folded: its day, month and year ("21/11/2025", "21 thang 11 nam 2025")
DAY_MONTH_YEAR = r"(\d{1,2})(?:/| thang )(\d{1,2})(?:/| nam )((?:19|20)\d{2})\b"
DATE_GIVEN = re.compile(
    r"(?<!\btu )(?<!\bden )(?<!truoc )(?<!\bsau )(?<!\bluc )(?<!\bhan )(?<!\bhet )"
    rf"\bngay {DAY_MONTH_YEAR}"
)


def given_iso(day: str, month: str, year: str) -> str | None:
    """The ISO date of a day, month and year matched by :data:`DATE_GIVEN`, None when the day
    or the month cannot be one."""
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return None
    return f"{year}-{int(month):02d}-{int(day):02d}"


# A question opening with the document it describes, not by its number, and asking its number
# last, no other document named between ("Kế hoạch phát động ... do UBND tỉnh Đắk Lắk ban hành
# có số hiệu là gì?"; not "NQ 393/NQ-CP ... theo đề nghị tại văn bản số mấy"), folded
_OPENING_KIND_NUMBER_ASKED = re.compile(
    rf"^\W*(?:so hieu (?:cua )?)?({KINDS})\b(?! (?:so )?\d)(?:(?!\b(?:{KINDS}|van ban)\b)[^?])*"
    r"\b(?:so hieu|so ky hieu|mang so|co so|so)\b(?: (?:la|nao|gi|bao nhieu|may)\b)+\W*$"
)


def opening_kind_numbered(folded: str) -> str | None:
    """The kind of the document a folded question opens with when it asks that document's own
    number ("Kế hoạch ... có số hiệu là gì" → "ke hoach"), or None."""
    opening = _OPENING_KIND_NUMBER_ASKED.match(folded)
    return None if opening is None else opening.group(1)


def asked_kinds(folded: str) -> set[str]:
    """The kinds of document a folded question asks for by the word asking it: "căn cứ thông tư
    phân cấp nào" → {"thong tu"}; empty when it asks a "văn bản" of any kind."""
    found: set[str] = set()
    for m in _KIND_ASKED.finditer(folded):
        between = m.group(2).split()
        if any(w in _KIND_CODES for w in between):
            continue  # "quyết định sửa đổi NĐ nào": a document of the kind coded after it
        found.update(re.findall(rf"\b(?:{KINDS})\b", m.group(1)))
    return found


def given_dates(folded: str) -> set[str]:
    """The dates (ISO) a folded question gives the document it asks for, after the word asking
    it ("... nào của Bộ NN&MT ban hành ngày 25/9/2025" → {"2025-09-25"})."""
    asking = _ASKED_DOCUMENT.search(folded)
    if asking is None:
        return set()
    found = (given_iso(*day) for day in DATE_GIVEN.findall(folded, asking.end()))
    return {iso for iso in found if iso is not None}


_CLAUSE_END = re.compile(r"[;.](?=\s|$)")
_CLAUSE_RUN = 300  # characters a unit cut at a line break may run on to its clause's end


def _clause_of(corpus: Corpus, unit: Unit) -> str:
    """The unit's text run on to the end of its clause (";" or "."), when the index cut it at a
    line break ("Căn cứ Thông tư số 02/2017/TT-VPCP ... của Văn phòng" | "Chính phủ hướng dẫn
    về nghiệp vụ kiểm soát thủ tục hành chính;")."""
    if _CLAUSE_END.search(unit.text.rstrip("*_ ")[-1:] + " ") is not None:
        return unit.text
    rest = corpus.texts[unit.doc_id][unit.end : unit.end + _CLAUSE_RUN]
    end = _CLAUSE_END.search(rest)
    return f"{unit.text} {rest[: end.start()] if end is not None else ''}"


# An item of a list ("d) Thông tư số 16/2023/TT-BYT ...", "- Quyết định số ..."), as written
def _list_lead(corpus: Corpus, unit: Unit) -> str:
    """The text before the first item of the list ``unit`` is an item of ("Các Thông tư sau
    hết hiệu lực kể từ ...:"), which says its act once for every item; empty for no item."""
    lead = list_lead_unit(corpus, unit)
    return lead.text if lead is not None else ""


# Acts a later document does to an earlier one, which a question may ask either side of
_ACTS_ON_EARLIER = frozenset({"amend", "replace"})
_DONE_BY = re.compile(r"\b(?:duoc|bi|boi|tai|theo|bang|kem)\b")
# "QĐ số mấy bãi bỏ QĐ 08/2025": the number of the document doing the act is asked (folded)
# ("Đà Nẵng bãi bỏ QĐ 55/2014 ... bằng quyết định số mấy": the same, asked after the act)
_NUMBER_OF_DOER = re.compile(
    rf"\b(?:{KINDS}) so may (?:da )?(bai bo|thay the|sua doi|bo sung)\b"
    rf"|\b(bai bo|thay the|sua doi|bo sung)\b[^?]*\bbang (?:{KINDS})(?: so)? (?:may|nao)\b"
)


def _done_to(cls: str, mention: Mention) -> bool:
    """The sentence does an act of ``cls`` to the document ``mention`` cites: said so of it, or
    its verb right before it with no word making it the doer ("Bãi bỏ toàn bộ Quyết định số
    09/2022", not "được bãi bỏ bởi", "ban hành kèm theo")."""
    before = plain(fold(mention.before))
    if (cls, "object") in mention_relations(mention.before, mention.subject):
        return True
    return says_class(cls, before) and _DONE_BY.search(before) is None


def other_side_of_act(corpus: Corpus, q: Question, cited: Mention, unit: Unit) -> str | None:
    """The cited document is on the other side of the act the question asks by: the one the
    act is done to for "QĐ số mấy bãi bỏ QĐ 08/2025" ("Bãi bỏ toàn bộ Quyết định số
    09/2022"); for "quyết định nào bị bãi bỏ", "sửa đổi quyết định nào", one its sentence (with
    the lines leading to it: "Các Quyết định sau hết hiệu lực: a) ...") does no such act to (a
    ground, "Căn cứ Quyết định số 46/QĐ-UBND ... về việc ủy quyền"). None otherwise."""
    relation = asked_relation(q.route.folded)
    if relation is None and (m := _NUMBER_OF_DOER.search(plain(q.route.folded))) is not None:
        act = m.group(1) or m.group(2)
        relation = ("replace" if act in ("bai bo", "thay the") else "amend", "agent")
    if relation is None or relation[0] not in _ACTS_ON_EARLIER:
        return None
    said = mention_relations(cited.before, cited.subject)
    if relation in said:
        return None
    if relation[1] == "agent":
        if _done_to(relation[0], cited):
            return f"document {cited.number} the act asked is done to, not the one doing it"
        for named in corpus.unit_mentions(unit):
            # "Bãi bỏ toàn bộ Quyết định số 08/2025 ... ban hành kèm theo Quyết định số
            # 09/2022": the sentence does the act to the document named, and its doer is the
            # document writing it, not one cited in the named one's title (unlike "Căn cứ
            # Quyết định số 3659 ... về việc sửa đổi, bổ sung Quyết định số 3212": cited before
            # the named one, its own title does the act)
            if cited.start < named.start and says_class(relation[0], cited.subject):
                continue
            if any(number_matches(n, named.number) for n in q.number_filter) and _done_to(
                relation[0], named
            ):
                return f"document {cited.number} cited where the named one is {relation[0]}d"
        return None
    lead = corpus.texts[unit.doc_id][max(0, unit.start - _REPEAL_LEAD) : unit.end]
    if not says_class(relation[0], f"{_list_lead(corpus, unit)} {lead}"):
        return f"document {cited.number} no sentence says is acted on ({relation[0]})"
    return None


def cited_of_another_document(q: Question, cited: Mention, unit: Unit) -> str | None:
    """What makes the document the answer's sentence cites another than the one asked: of
    another kind than the one the question asks ("thông tư nào" answered by a Tờ trình, a
    "quyết định ... nào" by a Thông tư; not a decision issuing the plan asked); the proposal
    the document answers ("Theo đề nghị ... tại Tờ trình số ..."), when no proposal is asked
    (it does not do the act it proposes); of another date than the one the question gives it
    ("QĐ ... ngày 14/11/2025" answered by one of 14/3/2025). None when it is none of these."""
    folded = plain(q.route.folded)
    own_kind = opening_kind_numbered(folded)
    if own_kind is not None and cited.kind is not None and not cited.kind.startswith(own_kind):
        # the number of the plan the question describes, not of a decision it implements or
        # that issued it
        return f"document of another kind ({cited.kind}) than the one numbered ({own_kind})"
    kinds = asked_kinds(folded)
    if kinds and cited.kind is not None:
        issues = plain(fold(cited.subject))[:80]
        if not any(
            cited.kind == k or cited.kind.startswith(f"{k} ") or re.search(rf"\b{k}\b", issues)
            for k in kinds
        ):
            asked = ", ".join(sorted(kinds))
            return f"document of another kind ({cited.kind}) than asked ({asked})"
    if (
        _PROPOSAL_SENTENCE.match(unit.folded)
        and (cited.kind == "to trinh" or _proposed_itself(plain(fold(cited.before))))
        and _PROPOSAL_ASKED.search(folded) is None
    ):
        # not the appraisal report the same sentence cites ("...; ý kiến thẩm định của Sở Tư
        # pháp tại Báo cáo số 3190/BC-STP")
        return f"proposal {cited.number} (no proposal asked)"
    dates = given_dates(folded)
    if dates and cited.date and cited.date not in dates:
        return f"document of another date ({cited.date}) than given ({', '.join(sorted(dates))})"
    return None


def describes_asked_document(q: Question, text: str) -> bool:
    """``text`` (a citation's own words after its number: "... của Chính phủ quy định chính
    sách phát triển giáo dục mầm non") writes every subject phrase the question gives the
    document it asks for after the asking word ("nghị định nào về chính sách phát triển giáo
    dục mầm non"); False when the question gives it none."""
    after = [
        form[m.end() :]
        for form in (plain(q.route.folded), plain(q.route.question))
        if (m := _ASKED_DOCUMENT.search(form))
    ]
    if not any(subject_phrases(form) for form in after):
        return False
    acronyms = question_acronyms(q.route.question)
    return _missing_subject(q, plain(text), acronyms, after=_ASKED_DOCUMENT) is None


# Facts of one administrative procedure (its time limit, fee, the body receiving its file).
_PROCEDURE_FACTS = frozenset({"figure", "target", "deadline", "agency"})
# The procedure a question names: the words after "thủ tục (hành chính)" up to one that ends
# its name (a place, "là", "mất", a question word), folded; nor the words that ask for the body
# ("TTHC khoa học công nghệ giao đơn vị nào chủ trì ...": "giao đơn vị nào" is the question's)
_PROCEDURE_NAME_WORD = (
    # ("do", by; not the "dò" of "thăm dò khoáng sản")
    r"(?!(?:tai|o|cua|la|theo|mat|trong|duoc|co|thuoc|(?<!tham )do|nao|gi|bao|cho(?! phep)"
    r"|khi|phai|va|thi"
    # ("chậm", not the "chấm" of "chấm dứt hoạt động", a procedure's act)
    r"|tren|cham(?! dut)|dua|moi|tu(?= (?:ngay|khi|luc|nam|thang|[0-9]))|den|da|ve|khong|so"
    # ("đang", not the "đăng" of "đăng ký", "đăng kiểm", "đăng tải", "đăng bạ": a procedure's act)
    r"|ngay|can|nay|bi|se|dang(?! (?:ky|kiem|tai|ba)\b)|hay|hoac|nhu|voi|sau|ke(?= tu\b)"
    # ("kéo dài đến khi nào": how long a thing lasts, asked after the name)
    r"|truoc|len|xong|keo(?= dai (?:den|toi|bao lau|trong|may)\b))\b)"
    r"(?!(?:giao |de nghi |yeu cau )?(?:(?:co quan|don vi|bo phan|bo|ban|cap|phong|cuc)"
    r" )?(?:nao|ai)\b)[a-z0-9/]+"
)
_PROCEDURE_NAME = rf"((?:{_PROCEDURE_NAME_WORD} ?)+)"
_PROCEDURE = re.compile(rf"\bthu tuc (?:hanh chinh )?+{_PROCEDURE_NAME}")
# The same name read on across the commas of its paired verbs ("thủ tục đánh giá, nghiệm thu
# kết quả nhiệm vụ"): a name whose fact is asked runs to the word ending it, not to a comma;
# not on to a clause asking the fact after the name ("thủ tục X, thời hạn bao lâu")
_LISTED_PROCEDURE = re.compile(
    rf"\bthu tuc (?:hanh chinh )?+((?:{_PROCEDURE_NAME_WORD}"
    r"(?:, (?!(?:thoi han|thoi gian|le phi|phi|co quan|don vi|muc)\b)| )?)+)"
)
_PROCEDURE_WORDS = 8  # words of a procedure's name looked at, at most
# A procedure whose time limit is asked by its name alone, without "thủ tục" ("thời hạn cấp
# giấy phép hoạt động phát điện", "thời gian giải quyết việc đăng ký ..."), folded: the name
# opens with the act a procedure grants
_GRANTED = (
    r"(?:cap(?! (?:xa|tinh|huyen|quan|phuong|bo|so|trung uong|co so|co|tren|duoi|uy|nao)\b)"
    r"|dang ky|gia han|cong nhan)\b"
)
_GRANTING_ACT = rf"(?:{_GRANTED}|thanh lap\b|cho phep\b)"
_TIME_OF_NAMED_ACT = re.compile(
    rf"\b(?:thoi han|thoi gian) (?:giai quyet )?(?:viec )?({_GRANTING_ACT}"
    rf"(?: {_PROCEDURE_NAME_WORD})+)"
    # or a paper granted, then the time asked ("Hà Nội cấp biển hiệu ... trong mấy ngày làm
    # việc"), its name read whole up to the time asked ("vận tải" is no "tại" there) unless a
    # verb of its own says it is a task, no paper ("... phải trả lời trong bao nhiêu ngày")
    rf"|\b({_GRANTED}(?: (?!phai\b|duoc\b)[a-z0-9/]+){{1,12}}?)(?: \([^)]*\))? trong "
    r"(?:vong )?(?:bao nhieu|may|bao lau)\b"
)
_LIST_OF = "danh muc "  # the list a procedure's words may follow, folded


def procedure_words(folded: str) -> list[str]:
    """The words naming the procedure a folded question asks about ("thời hạn giải quyết TTHC
    cấp giấy phép khai thác khoáng sản nhóm III tại Cà Mau" → "cap", "giay", "phep", "khai",
    "thac", "khoang", "san", "nhom"): each is written by the document of a procedure of that
    name, however its table words the rest. A word that is also a function word ("thể",
    "lại" folded) is taken with the one before it ("giai the", "cap lai")."""
    words: list[str] = []
    # (read on across the commas of paired verbs: "thủ tục thành lập, giải thể cơ sở trợ giúp
    # xã hội" names "co", "so", "tro", "giup" too)
    for m in _LISTED_PROCEDURE.finditer(folded):
        if folded.endswith(_LIST_OF, 0, m.start()):
            # "danh mục TTHC giáo dục đào tạo làm không phụ thuộc địa giới": the field of a
            # list of procedures, as the question words it, names no one procedure
            continue
        # (a function word opening a clause after a comma goes with the word after it: "lĩnh
        # vực PPP, đấu thầu" names "dau thau", no "ppp dau")
        named: list[str] = []
        opens: set[int] = set()
        for token in m.group(1).replace(",", " , ").split():
            if token == ",":
                opens.add(len(named))
            else:
                named.append(token)
        named = named[:_PROCEDURE_WORDS]
        for i, word in enumerate(named):
            if len(word) < 2:
                continue
            if word not in STOP_WORDS:
                words.append(word)
            elif i in opens and i + 1 < len(named):
                words.append(f"{word} {named[i + 1]}")
            elif i > 0:
                words.append(f"{named[i - 1]} {word}")
    return list(dict.fromkeys(words))


# What a question asks of the procedure it names right after, folded ("thời hạn giải quyết
# thủ tục X", "lệ phí thủ tục X", "cơ quan nào thực hiện thủ tục X", "hồ sơ thủ tục X"): the
# procedure is the subject of the fact asked, not the object of a task ("xây dựng quy trình
# giải quyết thủ tục X trong bao lâu") nor the field of a system ("hệ thống thông tin giải
# quyết TTHC")
_FACT_OF_PROCEDURE = re.compile(
    r"\b(?:(?:thoi han|thoi gian)(?: giai quyet)?|phi|nao (?:thuc hien|tiep nhan|giai quyet)"
    r"|ho so)\s*$"
)
# The fact asked after the procedure named ("thủ tục X ... được giải quyết trong thời hạn bao
# lâu", "thủ tục X ở Đắk Lắk: lệ phí bao nhiêu"), folded, read from the end of its name: the
# procedure is the subject of the fact asked
_FACT_AFTER_PROCEDURE = re.compile(
    r"[^?]{0,80}?\b(?:thoi han|thoi gian giai quyet|giai quyet trong|le phi|phi bao nhieu"
    r"|muc thu|(?:co quan|don vi) nao (?:thuc hien|tiep nhan|giai quyet))\b"
)
# What may stand before a procedure a question opens with: nothing, or a frame ended by a comma
# or a colon ("Ở Đắk Lắk, ", "Theo QĐ 12/QĐ-UBND: ")
_OPENS_WITH_PROCEDURE = re.compile(r"(?:^|[,:]\s*)\W*$")
# The unit word of a place that ends a procedure's name ("... giám định tư pháp tỉnh Quảng Ngãi")
_PLACE_AFTER_NAME = re.compile(
    r"\b(?:tinh|thanh pho|tp)\b.*"
    # how the file is lodged ("cấp C/O mẫu AK qua bưu điện thì trong bao lâu"): the case of the
    # procedure asked, not its name; so is the "thì" closing a condition
    r"|\bqua (?:buu dien|buu chinh|dich vu buu chinh|mang|he thong|cong)\b.*|(?<!ky )\bthi$"
)
# The act a procedure's label opens with, before the colon of its field ("Cấp lại Giấy đăng
# ký hoạt động ...: Trong thời hạn ..."), folded; not a level ("Cấp xã: 05 ngày làm việc")
# (the acts but "cấp", whose reading of a level each pattern bounds its own way)
_ACTS_BUT_CAP = r"gia han|thu hoi|cham dut|dang ky|thay doi|dieu chinh|cong nhan|thanh lap|giai the"
_LABEL_ACT = re.compile(
    rf"^[\W\d_]*(?:[a-z][.)]\s*)?(cap lai|cap doi|cap moi|cap|{_ACTS_BUT_CAP})\b"
    r"(?<!cap(?= (?:xa|tinh|huyen|trung uong|co so|bo|so|quan|phuong)\b))[^:\n]{0,120}:"
)


def _act_in_pairs(act: str, pairs: Sequence[str]) -> bool:
    """A word pair of the asked procedure's name writes the act (folded)."""
    return any(re.search(rf"\b{act}\b", pair) for pair in pairs)


def _labels_another_act(unit: Unit, pairs: Sequence[str]) -> bool:
    """The unit is a field labelled by an act none of the asked procedure's word pairs writes
    ("Cấp lại Giấy đăng ký hoạt động ...: Trong thời hạn 05 ngày" for "chấm dứt hoạt động
    ..."), under headings that do not name the asked procedure either: another procedure's
    field, whatever words of the name it shares. (A step of the procedure asked, "Cấp Giấy
    chứng nhận ...: 03 ngày" under "Thủ tục đăng ký ...", is told by its heading.)"""
    label = _LABEL_ACT.match(unit.folded)
    if label is None:
        return False
    if _act_in_pairs(label.group(1), pairs):
        return False
    headings = plain(f"{fold(unit.section)} {fold(unit.heading)}")
    return not any(writes_phrase(headings, pair) for pair in pairs)


# The act a procedure's name opens with, folded ("Công nhận kết quả thăm dò khoáng sản ...",
# "Cấp giấy phép thăm dò khoáng sản")
_NAME_ACT = re.compile(
    # ("cấp" a paper: not a level, "cấp thành phố", nor "cấp có thẩm quyền")
    r"(cap lai|cap doi|cap moi|cap(?= (?:giay|chung|the|phep|bang|van bang|ma|so)\b)"
    rf"|{_ACTS_BUT_CAP}|phe duyet)\b"
)
_NAME_CELL_WORDS = 4  # words of a row's cell, at least, for it to hold a procedure's name


def _names_row_of_another_act(unit: Unit, pairs: Sequence[str]) -> bool:
    """The unit is a row of a list of procedures, or a part of a procedure's section, whose
    name opens with another act than the name the question asks ("01 | 1.014466 | Công nhận
    kết quả thăm dò khoáng sản thuộc thẩm quyền cấp giấy phép ... | ..." or a field under "1.
    Công nhận kết quả thăm dò ..." for "cấp giấy phép thăm dò khoáng sản"): another
    procedure's, whatever words of the name asked its own goes on with. The first name met
    tells (a step under the procedure, "Cấp giấy chứng nhận" under "Thủ tục đăng ký ...", is
    the procedure's)."""
    asked = _NAME_ACT.match(pairs[0]) if pairs else None
    if asked is None:
        return False
    if unit.kind == "row":
        names = [c.strip(" *_") for c in unit.folded.split("|")]
    else:
        names = [_SECTION_NUMBER.sub("", part) for part in fold(unit.section).split(">")]
    act = next(
        (
            m
            for n in names
            if (m := _NAME_ACT.match(n)) and len(re.findall(r"\b[a-z]+\b", n)) >= _NAME_CELL_WORDS
        ),
        None,
    )
    if act is None or act.group(1) == asked.group(1):
        return False
    return not _act_in_pairs(act.group(1), pairs)


# The numbering and the "thủ tục" opening a section's name ("1. ", "II. Thủ tục hành chính "),
# folded
_SECTION_NUMBER = re.compile(
    r"^\W*(?:[0-9ivx]+(?:\.[0-9]+)*[.)]\s*)?(?:thu tuc (?:hanh chinh )?(?!cap\b))?"
)


_FACT_REACH = 20  # characters before "thủ tục" read for the fact asked of it
_MOST_PAIRS_MISSING = 0.5  # share of a procedure's word pairs its evidence may lack


@lru_cache(maxsize=256)
def asked_procedure_pairs(folded: str) -> tuple[str, ...]:
    """The word pairs of the name of the procedure whose fact a folded question asks ("thời
    hạn giải quyết TTHC cấp chứng chỉ hành nghề dược" → "cap chung", "chung chi", ...); none
    when the procedure is not the subject of the fact asked. Pairs, not words: a table of
    procedures writes every word of a neighbour's name ("cấp", "giấy", "phép", "xuất bản")
    while only the procedure asked writes them in its order."""
    names = [
        m.group(1).replace(",", " ")
        for m in _LISTED_PROCEDURE.finditer(folded)
        if _FACT_OF_PROCEDURE.search(folded[max(0, m.start() - _FACT_REACH) : m.start()])
    ]
    if not names and (m := _TIME_OF_NAMED_ACT.search(folded)) is not None:
        names = [m.group(1) or m.group(2)]
    pairs: list[str] = []
    for name in names:
        named = _PLACE_AFTER_NAME.sub("", name).split()[:_PROCEDURE_WORDS]
        pairs.extend(f"{a} {b}" for a, b in zip(named, named[1:], strict=False))
    return tuple(dict.fromkeys(pairs))


@lru_cache(maxsize=256)  # read for every candidate unit of a question
def _opening_procedure_variants(folded: str) -> frozenset[str]:
    """The variants ("cấp lại", "cấp đổi", "gia hạn") written in the name of the procedure a
    folded question opens with, its fact asked after ("Ở Hà Nội, thủ tục cấp lại X giải quyết
    trong bao lâu"), not the procedure a task it asks about acts on ("xây dựng quy trình ...
    cho thủ tục cấp lại X trong thời hạn bao lâu")."""
    m = _LISTED_PROCEDURE.search(folded)
    if (
        m is None
        or not _OPENS_WITH_PROCEDURE.search(folded[: m.start()])
        or not _FACT_AFTER_PROCEDURE.match(folded, m.end())
    ):
        return frozenset()
    return frozenset(_PROCEDURE_VARIANT.findall(m.group(1)))


def lacks_asked_procedure(q: Question, unit: Unit, procedure: str = "") -> bool:
    """The unit, with the headings it sits under (and the name of the ``procedure`` whose part
    of the document holds it, when its heading leaves the name to a table cell), lacks most word
    pairs of the name of the procedure whose fact the question asks: it states the fact of
    another procedure (another row of the same table, another step of the same decision). Its
    wider context (the text before a table, the document's title) names every procedure of the
    document alike."""
    folded = plain(q.route.folded)
    pairs = asked_procedure_pairs(folded)
    variants = set(_PROCEDURE_VARIANT.findall(" ".join(pairs))) | _opening_procedure_variants(
        folded
    )
    if not pairs and not variants:
        return False
    evidence = plain(f"{unit.folded} {fold(unit.section)} {fold(unit.heading)} {fold(procedure)}")
    if variants and not any(writes_phrase(evidence, v) for v in variants):
        # "cấp lại" asked, the row or part of "cấp" or "cấp đổi": every other word of their
        # names alike
        return True
    if not pairs:
        return False
    if _labels_another_act(unit, pairs) or _names_row_of_another_act(unit, pairs):
        return True
    if (means := _asked_means(q.route.question)) is not None:
        named = f"{unit.text} {unit.section} {procedure}".lower()
        written = {strip_diacritics(w) for w in _MEANS.findall(named)}
        if written and means not in written:
            # "cấp biển hiệu phương tiện ... bằng xe ô tô" asked, the row of the one "bằng
            # đường thủy nội địa": the same words name a procedure of another means
            return True
    # an acronym stands for a name whose words go in their own order ("cấp CFS hàng xuất khẩu"
    # for "cấp giấy chứng nhận lưu hành tự do (CFS) đối với hàng hóa xuất khẩu"): a pair of it
    # is written where the acronym is
    acronyms = set(question_acronyms(q.route.question))
    written = set(TOKEN.findall(evidence)) & acronyms
    missing = sum(
        not writes_phrase(evidence, pair) and not written.intersection(pair.split())
        for pair in pairs
    )
    return missing > _MOST_PAIRS_MISSING * len(pairs)


# A list of procedures a document heads by their status ("I. DANH MỤC THỦ TỤC HÀNH CHÍNH BAN
# HÀNH MỚI (09 TTHC)", "DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ"), as written: the words after
# its name, up to a bracket, a cell's end or the line's
_STATUS_LIST = re.compile(
    r"danh\W+mục\W+(?:các\W+)?(?:thủ\W+tục\W+hành\W+chính|tthc)\W+([^()|\n]{0,60})",
    re.IGNORECASE,
)
# The status a question says of the procedure it asks about ("thủ tục X (bị bãi bỏ)", "TTHC
# mới ban hành"), folded; not a document's act on another document ("QĐ 12 bãi bỏ QĐ 45")
_ASKED_STATUSES = {
    "bai bo": re.compile(r"\b(?:bi|da|duoc)\s+bai bo\b|\b(?:thu tuc|tthc)\s+bai bo\b"),
    "moi ban hanh": re.compile(r"\bmoi ban hanh\b|\bban hanh moi\b"),
}


@lru_cache(maxsize=64)  # read for every candidate unit of a question
def _status_lists(text: str) -> tuple[tuple[int, frozenset[str]], ...]:
    """Where each list of procedures of a document's ``text`` opens, with the statuses its
    name writes (none, one, or several for a list of all: "... BAN HÀNH MỚI VÀ TTHC BỊ BÃI
    BỎ")."""
    listed = {**PROCEDURE_STATUSES, "moi ban hanh": _ASKED_STATUSES["moi ban hanh"]}
    lists = []
    for m in _STATUS_LIST.finditer(text):
        named = plain(fold(m.group(1)))
        statuses = frozenset(status for status, said in listed.items() if said.search(named))
        lists.append((m.start(), statuses))
    return tuple(lists)


_HEADING_OPENS = 8  # characters of marks ("**", "I. ") a list's heading may open with
_NAME_THEN_COLON = re.compile(
    r"danh\W+mục\W+(?:các\W+)?(?:thủ\W+tục\W+hành\W+chính|tthc)\W*:", re.IGNORECASE
)


def listed_under_another_status(corpus: Corpus, q: Question, unit: Unit) -> bool:
    """The unit stands in a document's list of procedures of another status than the one the
    question says of the procedure it asks about: the time limit of a newly issued procedure
    for one "bị bãi bỏ" (whose list states none), or the other way round. The last list opened
    before the unit, or by it (the list's own heading: "DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ
    (08 TTHC)"), is its own."""
    folded = plain(q.route.folded)
    if not _PROCEDURES.search(folded):
        return False
    asked = {status for status, said in _ASKED_STATUSES.items() if said.search(folded)}
    if not asked or unit.doc_id not in corpus.texts:
        return False
    # (a list's name the unit writes, not in capitals, "1. Danh mục thủ tục hành chính: 14
    # thủ tục ... mới ban hành và 06 ... bị bãi bỏ", is no heading of its own)
    # "DANH MỤC ... BỊ BÃI BỎ (08 TTHC)", "**2. Danh mục thủ tục hành chính bị bãi bỏ**": the
    # list's name, no colon after it opening what it lists
    heading = _NAME_THEN_COLON.search(unit.text) is None
    reach = unit.start + _HEADING_OPENS if heading else unit.start
    opened = [s for start, s in _status_lists(corpus.texts[unit.doc_id]) if start < reach]
    return bool(opened) and bool(opened[-1]) and not opened[-1] & asked


# The means a procedure's name gives ("vận tải khách du lịch bằng xe ô tô", "nộp bằng đường
# bưu chính"), with its marks ("bằng", not "bảng", the table, nor "Bằng khen", an award): the
# word after it, read in lower case
_MEANS = re.compile(r"(?<!\w)bằng\s+(?!khen\b|chứng\b|tốt\b|văn\b|cấp\b)(\w+)")


def _asked_means(question: str) -> str | None:
    """The means (its first word, folded) the name of the procedure a question asks about gives
    after "bằng" ("thủ tục cấp biển hiệu phương tiện vận tải khách du lịch bằng xe ô tô" →
    "xe"); None when the question, typed with its marks, names none within a procedure's name."""
    lowered = question.lower()
    at = re.search(r"(?<!\w)(?:thủ tục|tthc)(?!\w)", lowered) or _VEHICLE_NAMED.search(lowered)
    if at is None:
        return None
    if at.re is _VEHICLE_NAMED:
        # "thời hạn cấp biển hiệu xe ô tô vận tải khách du lịch": the procedure named by the
        # vehicle it is for, no "bằng" before it
        return strip_diacritics(at.group(1))
    name = re.split(r"[,?;:]|(?<!\w)(?:tại|ở|là|mất|theo)(?!\w)", lowered[at.end() :])[0]
    m = _MEANS.search(name)
    return strip_diacritics(m.group(1)) if m else None


# A procedure's act on a vehicle, named by it ("cấp biển hiệu xe ô tô", "đăng ký tàu cá"), as
# typed with marks
_VEHICLE_NAMED = re.compile(
    r"(?<!\w)(?:cấp|cấp lại|cấp đổi|đăng ký|đăng kiểm|kiểm định)(?:\s+\w+){0,3}?\s+(xe|tàu)(?!\w)"
)


# A word of the question that names a thing rather than what is asked of it: capitals inside
# the question (a place, a body, a document's kind or number: "Đắk Lắk", "Cục Thuế", "UBND")
_NAME_WORD = re.compile(r"\S*[A-ZĐ0-9]\S*")
# Words of a folded question that say how the value is asked, not what it is of: the verb
# before "bao nhiêu" and the unit after it ("đạt bao nhiêu triệu đồng", "mấy năm kinh
# nghiệm"), a part or a period numbered after its word
# ("khoản 1", "năm 2025", "nhóm 2"), a bound ("tối đa", "không quá"), a period it recurs by
# ("hằng tháng")
_HOW_ASKED = re.compile(
    # a total asked ("tất cả bao nhiêu", "tổng cộng bao nhiêu"): no word of what it counts
    rf"(?:\b(?:la|dat|duoc|co|chiem)\s+)?(?:\b(?:tat ca|tong cong|toan bo)\s+)?{HOW_MANY}"
    r"(?:\s+[a-z]+){0,2}"
    r"|\b(?:khoan|dieu|diem|muc|nhom|loai|chuong|phan|dot|nam|thang|quy|so)(?=\s+[0-9])"
    rf"|{UPPER_BOUND.pattern}|{LOWER_BOUND.pattern}"
    # the ends of a range asked ("tỷ lệ ... thấp nhất và cao nhất": "từ 0,25% đến 3%")
    r"|\b(?:thap nhat|cao nhat|nho nhat|lon nhat)\b"
    r"|\bhang (?:ngay|tuan|thang|quy|nam)\b"
)
# Words of a folded question that ask a time limit or a date, not what it is the limit of
# ("thời hạn giải quyết", "hạn chót hoàn thành ... là ngày nào", "trong bao lâu")
_WHEN_ASKED = re.compile(
    r"\b(?:thoi han|han chot|thoi gian|thoi diem|cham nhat|hoan thanh|giai quyet|bao lau"
    r"|bao gio|(?:ngay|khi|thang|nam|luc) nao|truoc ngay|tu ngay|den ngay|ke tu|dat moc|moc)\b"
)
# Words of a folded question that ask a body and its charge, not the task it is charged with
# ("cơ quan chuyên môn nào chủ trì", "giao đơn vị nào", "ai chịu trách nhiệm", "đầu mối")
_WHO_ASKED = re.compile(
    r"\b(?:(?:co quan|don vi|bo phan|to chuc|phong|so|ban|cuc|vu|cap|nganh|luc luong|uy ban)"
    r"(?: \w+){0,2} nao|ai|nao|(?:chiu |co )?trach nhiem|chu tri|phoi hop|phu trach|tham muu"
    r"|dau moi|(?:duoc )?giao(?: cho)?|co tham quyen|dam nhiem|dam nhan|la|do"
    # verbs of charge said of any task ("triển khai", "tổ chức thực hiện" a rule)
    r"|trien khai|(?:to chuc )?thuc hien"
    # the body a unit belongs to, not a task ("trực thuộc cơ quan nào")
    r"|(?:truc )?thuoc"
    # the level a body is of, written in its name ("Công an Thành phố", "UBND cấp xã"), not
    # in its task
    r"|thanh pho|(?:cap|uy ban nhan dan) (?:tinh|huyen|xa|phuong)|so,? (?:ban,? )?nganh"
    # the body's role toward the one asking, not its task ("gửi báo cáo qua cơ quan nào", "do
    # cơ quan nào đề nghị"): what is sent or proposed is the task
    r"|gui|nop|de nghi)\b"
)
# Intents whose asking words each pattern reads out of the subject. A body's task is judged
# by the words it shares with the unit and the headings it stands under, of which a rule
# wording the task its own way ("thẩm định dự thảo" written "ý kiến thẩm định") still writes
# a share: a unit of another task writes none of its rare words.
_ASKING_WORDS = {"deadline": _WHEN_ASKED, "agency": _WHO_ASKED}
# An opening clause that frames the question ("Theo Nghị định 103/2024 được Cục Thuế dẫn, ...",
# "Sau sắp xếp chính quyền 2 cấp, ..."): the source or the time, not the thing asked of
_FRAMING_CLAUSE = re.compile(r"^\W*(?:theo|sau|truoc|trong|tai|den|khi|tu|can cu)\b[^,:?]*[,:]")
# A purpose the value serves ("mức chuẩn để tính trợ cấp cho nghệ nhân ... là bao nhiêu"),
# folded, up to how the value is asked: what it is used for, which the rule stating it writes
# in its own lead-in or article, not of the thing asked; "de" of a word it opens ("đề án",
# "đề nghị", "dễ dàng") is no "để"
_PURPOSE_CLAUSE = re.compile(
    r"\bde (?!(?:an|nghi|xuat|cap|tai|cuong|ra|dang)\b)[^?]*?"
    rf"(?=\s(?:la|dat|duoc|co|chiem)\s+{HOW_MANY}|\s{HOW_MANY}|\?|$)"
)
# An aside in brackets ("(trường hợp thông thường)", "(TTHC nội bộ QĐ 2913)"): the case or
# the source a question on a limit or a body frames, which the sentence stating it need not
# repeat
_ASIDE = re.compile(r"\([^()]*\)")
# "để" as typed: the word opening a purpose, none of the thing asked of (folded, it is also
# "đề" of "đề án")
_PURPOSE_TONED = "để"
# Several values asked side by side ("... lần lượt là bao nhiêu"), folded: no one unit need
# write the things of both
_RESPECTIVELY = re.compile(r"\blan luot\b")
# The ordinary case asked ("giấy đăng ký thông thường có hiệu lực mấy năm", "kiến nghị thông
# thường và kiến nghị cấp bách"), folded: the general rule, which names no case of its own
ORDINARY_ASKED = re.compile(r"\b(?:thong thuong|binh thuong|noi chung)\b")
# Words naming the kind of value asked, not what it is of ("tỷ lệ", "số lượng", "mức"), folded
_VALUE_WORDS = re.compile(r"\b(?:" + "|".join(f"{a} {b}" for a, b in QUESTION_PHRASES) + r"|muc)\b")
# The act of publishing a document's contents ("QĐ 3771 công bố bao nhiêu TTHC ..."), folded:
# the document's own act, which it writes "Ban hành kèm theo Quyết định này Danh mục 82 thủ
# tục ..." as often as "Công bố ...", so it names no subject, right before the count asked
# ("phí công bố hợp quy" names one)
_PUBLISHING = re.compile(r"\b(?:cong bo|ban hanh)(?= (?:bao nhieu|may)\b)")
_MOST_SUBJECT_WORDS = 10  # words of a subject, at most, read as naming one thing
_SUBJECT_WORDS = 2  # words of the subject besides the title's, at least, to judge a unit by
_SUBJECT_SHARE = 0.3  # weight of the subject's words the unit answering must write, at least
_CORE_WORD_SHARE = 0.4  # of that weight, one word's that makes it the subject's core


def _asked_thing_weights(q: Question) -> dict[str, float]:
    """The weighted words of what a question asks the value of, as its own lower-case words
    write it ("tổng kim ngạch xuất khẩu", "lực lượng bảo vệ dân phố"): not the names it gives
    (places, bodies, documents and their kinds: "Nghị định 103/2024", "Cục Thuế"), the words
    of its form ("tỷ lệ", "số lượng", "mức"), of how it asks (:data:`_HOW_ASKED`) and of the
    purpose the value serves (:data:`_PURPOSE_CLAUSE`), function words, nor those of the
    places it resolves (a question typed without capitals)."""
    words = q.route.question.split()
    named = " ".join(
        w for i, w in enumerate(words) if _NAME_WORD.fullmatch(w) and (i > 0 or w.isupper())
    )
    asked = plain(q.route.question)
    if q.route.intent not in VALUE_INTENTS:
        # (a value's aside may be what tells it from its neighbour's: "(tính trên mỗi phòng)")
        asked = _ASIDE.sub(" ", asked)
    asked = _FRAMING_CLAUSE.sub(" ", asked)
    if q.route.intent in VALUE_INTENTS and (not q.toned or "để" in q.route.question.lower()):
        # (the purpose of a task asked is the task: "phối hợp với cơ quan nào để gỡ thủ tục
        # trên CSDL", "hạn chót ... để bàn giao hồ sơ")
        asked = _PURPOSE_CLAUSE.sub(" ", asked)
    if q.route.intent in VALUE_INTENTS:
        asked = _PUBLISHING.sub(" ", asked)  # (read before the words asking the count go)
    asked = _HOW_ASKED.sub(" ", _VALUE_WORDS.sub(" ", _KIND.sub(" ", asked)))
    asked = ORDINARY_ASKED.sub(" ", asked)
    if (asking := _ASKING_WORDS.get(q.route.intent)) is not None:
        asked = asking.sub(" ", asked)
    own = set(TOKEN.findall(asked))
    left_out = set(TOKEN.findall(plain(named)))
    left_out.update(w for name in q.localities for w in plain(name).split())
    # a function word as typed: folded, "lực" of "lực lượng" would be "lúc"
    stop_words = STOP_WORDS_TONED if q.toned else STOP_WORDS
    return {
        t: w
        for t, w in q.weights.items()
        if t[0].isalpha()
        and (folded := strip_diacritics(t)) in own
        and folded not in left_out
        and t not in stop_words
        and t != _PURPOSE_TONED
    }


# A line's label before its colon ("Mức hỗ trợ: 60.000.000 đồng/người.")
_LINE_LABEL = re.compile(r"^[\W_]*([^:\n]{3,60}?)\s*:\s*\S")


def labels_its_heading(unit: Unit) -> bool:
    """The unit is a line whose label is the title of the heading right above it ("Mức hỗ
    trợ: 60.000.000 đồng/người." under "II. MỨC HỖ TRỢ"): the headings above say what it is
    of."""
    label = _LINE_LABEL.match(unit.text)
    title = fold(unit.heading_title).strip(" .:*_")
    return label is not None and bool(title) and fold(label.group(1)).strip(" *_") == title


def lacks_asked_subject(corpus: Corpus, q: Question, unit: Unit, context: str = "") -> bool:
    """The unit, with the heading right above it (a table row: with its table's caption and
    column headers, which say what its cells are), writes too little of the weight of the
    words naming what the question asks the value of: it states the value of another
    indicator of the same report ("tổng thu ngân sách" for "kim ngạch xuất khẩu") or of
    another group of the same rule ("Công an cấp xã" for "bảo vệ dân phố"). Words of its
    document's title are every unit's and ask nothing of this one. A comparison asks of two
    things, which no one unit need write both of (nor one of them, asked alone, the case
    cut from the question); a code or a name asked ("mã HS nào") is what its document is
    about, which the sentence stating it need not repeat. ``context`` is text read with the
    unit (the lead-in or heading of a list item quoted with it), whose words count too."""
    folded = plain(q.route.folded)
    valued = q.route.intent in VALUE_INTENTS
    if (
        not (valued or q.route.intent in _ASKING_WORDS)
        or q.route.intent == "compare"
        # one case of two values asked, cut from the question: the whole question, which
        # is not judged (below), says what they are of
        or q.one_case
        # a code or a name asked ("mã HS nào"), no amount
        or (valued and not re.search(HOW_MANY, folded))
        or CODE_WORD.search(folded)  # "mã số bao nhiêu": a code, of what the document is about
        or _RESPECTIVELY.search(folded)
        # two values asked ("A được bao nhiêu, còn B được bao nhiêu"): each of its own unit
        or len(re.findall(HOW_MANY, folded)) > 1
    ):
        return False
    weights = _asked_thing_weights(q)
    if not weights:
        return False
    title = corpus.documents[unit.doc_id].meta.title or ""
    # in the question's form: a toned question's "đăng ký" is not the "Đảng" of a title
    titled = keyed_tokens(q, title)
    asked = {t: w for t, w in weights.items() if t not in titled}
    if len(asked) < _SUBJECT_WORDS:
        return False  # the title names what is asked; a word left over says too little
    few_left = False
    if len(asked if q.route.intent in _ASKING_WORDS else weights) > _MOST_SUBJECT_WORDS:
        # a long question states a case, a condition or a purpose besides its subject ("...
        # tối thiểu bao nhiêu thì TP mới bỏ ngân sách xây trường"), which a list item under
        # its lead-in need not repeat; its subject is still what its rarest words name, of
        # which the unit must write its share (not nothing: "... báo cáo kết quả ... lĩnh vực
        # quản lý chất lượng nông lâm thủy sản" is not answered by the limit of another
        # plan's report). A limit asked is counted without its document's title words: a
        # question naming the resolution at length ("... địa giới ĐVHC cấp xã của TP Cần Thơ
        # sau sắp xếp") asks no longer a task. (A value's is not: its title words may be all
        # it asks, and its subject is the title's, so a value's question long by its title
        # words, half its subject or more, is judged only by whether the unit writes any of
        # the words its title leaves: "lãi suất nợ quá hạn ..." of a resolution on "lãi suất
        # cho vay ..." is not answered by the rate of "hộ mới thoát nghèo"; one with a few
        # title words is judged by the share the unit writes of the words its title leaves.)
        few_left = len(asked) <= _MOST_SUBJECT_WORDS and 2 * len(asked) <= len(weights)
        rarest = sorted(asked, key=asked.__getitem__, reverse=True)[:_MOST_SUBJECT_WORDS]
        asked = {t: asked[t] for t in rarest}
    total = sum(asked.values())
    texts = [unit.folded, unit.heading, fold(context)]
    if unit.kind == "text" and unit.idx > 0:
        # a unit opening in lower case, or after one its sentence does not end, goes on with
        # the sentence of the one before ("Bộ Khoa học và Công nghệ chủ trì ... làm rõ mô hình
        # ...;" / "rà soát ...; báo cáo Thủ tướng Chính phủ trong quý I năm 2026", "b) Tỷ suất
        # sinh lợi nội tại về tài chính" / "(IRR) không vượt quá 12%"): its words are its own
        before = corpus.units[unit.idx - 1]
        if (
            before.doc_id == unit.doc_id
            and before.kind == "text"
            and (unit.text[:1].islower() or not SENTENCE_ENDED.search(before.text))
        ):
            texts.append(before.folded)
            if is_list_item(before):  # and, an item of a list, the lead-in of its list
                texts.append(fold(_list_lead(corpus, before)))
    if q.route.intent == "figure":
        # "Đối tượng quy định tại điểm a khoản 2 Điều 1 Nghị quyết này được hưởng 160.000
        # đồng": an amount's subject (a group, a thing) is written at the point of its own
        # document the unit refers to; a limit's or a target's is a task, its own clause's
        texts.extend(fold(text) for text in referred_texts(corpus, unit))
    if unit.kind == "row":
        texts.append(unit.context_key)
        group = row_group(corpus, unit)
        if group is not None:  # "Trường Mầm non X" over its "3.1 | Nhà trẻ | 3.800.000"
            texts.append(group.folded)
    if q.route.intent in _ASKING_WORDS or labels_its_heading(unit):
        # a limit or a task stated under the article of its body's duties ("Điều 10. Trách
        # nhiệm của Sở Khoa học và Công nghệ"): the article names who must act; a line that
        # labels its heading ("Mức hỗ trợ: ..." under "II. MỨC HỖ TRỢ") is of what the
        # headings above name
        texts.append(fold(unit.section))
    read = [TOKEN.findall(text) for text in texts]
    evidence = {t for tokens in read for t in tokens}
    if q.route.intent == "agency":
        # a task's words its document writes nowhere ("mail" for "thư điện tử") tell none of
        # its units from another: the task is judged by those it writes
        written_anywhere = corpus.written_words(unit.doc_id)
        asked = {t: w for t, w in asked.items() if strip_diacritics(t) in written_anywhere}
        total = sum(asked.values())
        # a body's task is written whole, each word beside one it stands beside in the question
        # (a limit's is not held to it: a bare limit line, "**10 ngày làm việc**", or a period's
        # heading, "Thời gian ủy quyền: ...", leaves its task to the lines around it)
        evidence = _words_written_whole(folded, asked, read)
    written = sum(w for t, w in asked.items() if strip_diacritics(t) in evidence)
    if few_left:
        # the unit writes nothing of what the title leaves: the value of another indicator;
        # nor, writing little of it, the word that weighs most of it ("nhân viên nấu ăn (cấp
        # dưỡng)" of a resolution on children and teachers: "Đối tượng trẻ em ... 160.000 đồng")
        rarest = max(asked, key=asked.__getitem__)
        return written == 0 or (
            asked[rarest] >= _CORE_WORD_SHARE * total
            and strip_diacritics(rarest) not in evidence
            and written < _SUBJECT_SHARE * total
        )
    return written < _SUBJECT_SHARE * total


def _words_written_whole(folded: str, asked: dict[str, float], read: list[list[str]]) -> set[str]:
    """The asked words (folded) the texts write as the question does: each beside a word it
    stands beside in the question ("doanh nghiệp", "trung tâm"), since a task's words are
    words of two syllables or more, whose syllables alone are any other word's ("kinh doanh",
    "tâm lý"); a question of one word, anywhere."""
    wanted = {strip_diacritics(t) for t in asked}
    tokens = TOKEN.findall(folded)
    pairs = {(a, b) for a, b in zip(tokens, tokens[1:], strict=False) if a in wanted or b in wanted}
    if not pairs:
        return {t for tokens in read for t in tokens if t in wanted}
    written: set[str] = set()
    for text_tokens in read:
        for pair in zip(text_tokens, text_tokens[1:], strict=False):
            if pair in pairs:
                written.update(pair)
    return written & wanted


# A period the question names ("giai đoạn 2026-2030"), folded: a document of another period
# does not write it.
_PERIOD = re.compile(r"(?<![0-9/])((?:19|20)[0-9]{2})\s*[-–—]\s*((?:19|20)[0-9]{2})(?![0-9/])")
# A month of a year the question names ("đợt tháng 12/2025", "trong tháng 11 năm 2025"),
# folded, with the words before it; one set as a bound ("trước tháng 12/2025") may paraphrase
# a day of the month before, which the document writes instead
_MONTH_NAMED = re.compile(
    r"\bthang\s+([0-9]{1,2})\s*(?:/|-|\bnam\b)\s*((?:19|20)[0-9]{2})(?![0-9])"
)
_BOUND_BEFORE_MONTH = re.compile(
    r"\b(?:truoc|den|het|sau|tu|cham nhat|muon nhat|khong qua|han)\s*(?:ngay\s+)?$"
)
# The numbered batch a question names ("đợt 2", "đợt II"), folded
_BATCH = re.compile(r"\bdot\s+(\d{1,2}|[ivx]{1,4})\b")


# A subject dated by its title ("lịch phổ biến thông tin thống kê năm 2026"), folded: the two
# words before the year, then the year
_TITLED_YEAR = re.compile(r"\b([a-z]+ [a-z]+) nam ((?:19|20)[0-9]{2})\b(?!\s*[-–])")


def _title_of_another_year(question: str, title: str) -> str | None:
    """The question (folded) writes the subject its document's title dates with a year ("...
    thông tin thống kê năm 2025") with another year than the title's ("... năm 2026"): the
    document is of another year (the issue date does not date its subject)."""
    for m in _TITLED_YEAR.finditer(title):
        subject, year = m.group(1), m.group(2)
        asked = re.search(rf"\b{subject} nam ((?:19|20)[0-9]{{2}})\b", question)
        if asked is not None and asked.group(1) != year and asked.group(1) not in title:
            return f"year {asked.group(1)} of {subject!r} (its title's is {year})"
    return None


# What a title says its document leaves out: "(trừ máy móc, thiết bị thuộc lĩnh vực y tế,
# giáo dục)", "không bao gồm ..." (as written: folded, "trừ" is also the "trụ" of "trụ sở"),
# up to the bracket or the line that closes it
# "(trừ ...)", ", trừ ...", "ngoại trừ ...", "không bao gồm ...": not "phòng trừ", "khấu trừ"
EXCLUSION = re.compile(r"(?:(?:[(,]\s*|\bngoại\s+)trừ|\bkhông bao gồm)\b([^()\n]*)", re.IGNORECASE)


# "quyết định nào ban hành ...", "văn bản gì ban hành ...": what the document issues is asked,
# named after the verb (folded)
_ISSUED_ASKED = re.compile(r"\b(?:nao|gi|so may) (?:da |duoc )?(?=ban hanh\b)")
# The article after the one that issues: a document's text up to it issues what it issues
_SECOND_ARTICLE = re.compile(r"\bdieu 2\b")
_ISSUING_CHARS = 6000  # of a document with no second article: its opening


def _issuing_part(corpus: Corpus, doc_id: str) -> str:
    """The folded text of a document up to its second article (its grounds and the article
    issuing what it issues), or its opening."""
    text = corpus.plain_text(doc_id)
    second = _SECOND_ARTICLE.search(text)
    return text[: second.start()] if second is not None else text[:_ISSUING_CHARS]


def _excluded_by_title(q: Question, title: str) -> str | None:
    """A subject phrase of the question its document's ``title`` names only among what the
    document leaves out ("Quyết định phân cấp ... (trừ máy móc thuộc lĩnh vực y tế)" asked
    about "lĩnh vực y tế"): the document is not about it, whatever else its text writes."""
    excluded = [plain(fold(m.group(1))) for m in EXCLUSION.finditer(title.lower())]
    if not excluded:
        return None
    covered = plain(fold(EXCLUSION.sub(" ", title.lower())))
    for phrase in subject_phrases(plain(q.route.folded)):
        if any(writes_phrase(span, phrase) for span in excluded) and not writes_phrase(
            covered, phrase
        ):
            return phrase
    return None


# What a document says it does not govern: "Thông tư này không điều chỉnh đối với hồ sơ đăng
# ký thuốc cổ truyền; ...", "Quy chế này không áp dụng đối với ..." (folded), up to the
# sentence's end; its items are cut at a list's marks, and at what locates them ("theo quy
# định tại ...", "tỉnh Đồng Tháp"), which many other sentences write too
_SCOPE_LEFT_OUT = re.compile(
    r"\bnay khong (?:dieu chinh|ap dung)(?: doi voi| voi| cho)?\s+([^.]{1,400})"
)
_ITEM_MARK = re.compile(r"[;,()]|\b(?:va|hoac)\b")
_ITEM_LOCATION = re.compile(r"\b(?:theo|tai|sau day|tinh|thanh pho|tp)\b.*")
_ITEM_TAIL = 3  # words ending an item that tell it from what the document governs
# A question about the scope itself ("... có áp dụng đối với ... không"), folded
_SCOPE_ASKED = re.compile(r"\b(?:ap dung|dieu chinh|pham vi)\b")


def _out_of_scope(q: Question, text: str) -> str | None:
    """The case the question asks of, which the document's ``text`` (folded) says it does not
    govern ("Thông tư này không điều chỉnh đối với hồ sơ đăng ký thuốc cổ truyền" for "thời
    hạn giải quyết hồ sơ đăng ký lưu hành thuốc cổ truyền"): the last words of an excluded
    item, which the question writes. None when the question asks of the scope itself."""
    asked = plain(q.route.folded)
    if _SCOPE_ASKED.search(asked):
        return None
    for m in _SCOPE_LEFT_OUT.finditer(text):
        for item in _ITEM_MARK.split(m.group(1)):
            words = _ITEM_LOCATION.sub(" ", item).split()
            # (opened by a word of content: "dịch vụ của doanh nghiệp" ends in "vụ của doanh
            # nghiệp", not in "của doanh nghiệp", which a question names many cases by)
            start = len(words) - _ITEM_TAIL
            while start > 0 and words[start] in STOP_WORDS:
                start -= 1
            if start >= 0 and writes_phrase(asked, tail := " ".join(words[start:])):
                return f"the case {tail!r}, which the document does not govern"
    return None


# A list of administrative procedures, and the status a decision publishing one gives them
# (folded): newly issued, amended, repealed or replaced; in a question, the words right around
# the procedures, which their status opens or follows ("danh mục TTHC bị bãi bỏ lĩnh vực ...",
# "bãi bỏ bao nhiêu thủ tục"), not a status said of another thing ("... quyết định cũ nào bị
# bãi bỏ")
_PROCEDURES = re.compile(r"\b(?:thu tuc|tthc)\b")
PROCEDURES_AROUND = re.compile(
    r"((?:\S+ ){0,4})\b(?:thu tuc|tthc)\b(?: hanh chinh)?((?: \S+){1,4})"
)
PROCEDURE_STATUSES = {
    "moi ban hanh": re.compile(r"\bmoi ban hanh\b"),
    "sua doi, bo sung": re.compile(r"\bsua doi\b|\bbo sung\b"),
    "bai bo": re.compile(r"\bbai bo\b"),
    "thay the": re.compile(r"\bthay the\b"),
}


# The code of one administrative procedure ("1.014465.H05", "2.002163")
_PROCEDURE_CODE = re.compile(r"\b[123]\.\d{6}\b")


# A document's own article doing an act to procedures ("Quyết định này bãi bỏ danh mục 01 thủ
# tục hành chính ...", "Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành và thay thế
# ba (03) thủ tục ...", "Quyết định này có hiệu lực kể từ ngày ký, ban hành. Bãi bỏ Danh mục
# thủ [tục] hành chính ...", folded): it does that act whatever its title lists
_OWN_ACT_ON_PROCEDURES = re.compile(
    r"\b(?:quyet dinh|nghi quyet|thong tu)\s+nay\s+((?:\S+\s+){1,20}?)"
    r"(?:thu tuc|tthc|thu hanh chinh)\b"
)


def _does_to_procedures(text: str, status: str) -> bool:
    """``text`` (folded) has the document itself do the act of ``status`` to procedures in its
    article ("Quyết định này bãi bỏ danh mục 01 thủ tục hành chính ...", "Quyết định này có
    hiệu lực ... ban hành. Bãi bỏ Danh mục thủ tục ..."), not to a document whose subject they
    are ("... Bãi bỏ Quyết định số 12/2020 về việc công bố thủ tục ...")."""
    said = PROCEDURE_STATUSES[status]
    return any(
        said.search(m.group(1)) and not _DOCUMENT_ACTED_ON.search(m.group(1))
        for m in _OWN_ACT_ON_PROCEDURES.finditer(text)
    )


# A numbered document in the words before the procedures an act names (folded): the act is done
# to that document
_DOCUMENT_ACTED_ON = re.compile(r"\b(?:quyet dinh|nghi quyet|thong tu|chi thi) so\b")


def _procedures_of_another_status(folded: str, title: str, text: str = "") -> str | None:
    """The status of the procedures the question asks a list of ("danh mục TTHC bị bãi bỏ")
    when the document's ``title`` (folded) lists procedures of other statuses only ("công bố
    danh mục TTHC mới ban hành") and the question writes none of the title's anywhere ("... được
    sửa đổi ... thay thế các thủ tục đã công bố"): another decision publishes the list asked.
    None when the document's ``text`` (folded) has it do the asked act itself ("Quyết định này
    bãi bỏ danh mục 01 thủ tục ..."), which its title need not list."""
    if not (_PROCEDURES.search(folded) and _PROCEDURES.search(title)):
        return None
    if _PROCEDURE_CODE.search(folded):
        return None  # one procedure named by its code: the words after it are its name
    around = " | ".join(f"{m.group(1)} {m.group(2)}" for m in PROCEDURES_AROUND.finditer(folded))
    asked = {status for status, said in PROCEDURE_STATUSES.items() if said.search(around)}
    titled = {status for status, said in PROCEDURE_STATUSES.items() if said.search(title)}
    # any status the question writes that the title lists: the list asked may be that one
    written = {status for status, said in PROCEDURE_STATUSES.items() if said.search(folded)}
    if asked and titled and not written & titled:
        if any(_does_to_procedures(text, status) for status in asked):
            return None
        return f"procedures {', '.join(sorted(asked))!r} (its title lists {sorted(titled)})"
    return None


# The numbered term or sitting of a body a text names ("khóa XV", "kỳ họp thứ 28", "kỳ họp
# 28", "phiên họp thứ hai", "lần thứ 3"), folded: its kind, then its number (Arabic, Roman, or
# an ordinal word, this one only after "thứ"), emphasis marks allowed between ("khóa **XVI**")
_EDITION = re.compile(
    r"\b(khoa|ky hop|phien hop|lan)(?:[\s*_]+(thu))?[\s*_]+"
    r"(\d{1,3}|[ivxl]{1,6}|nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)\b(?! hoc\b)"
)
_ORDINAL_WORDS = {
    "nhat": 1, "hai": 2, "ba": 3, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
    "muoi": 10,
}  # fmt: skip
_ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10, "l": 50}


def _edition_number(written: str) -> int | None:
    """The number of an edition as written: "28", "XVI" (any Roman numeral up to L), "hai"."""
    if written.isdigit():
        return int(written)
    if written in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[written]
    values = [_ROMAN_DIGITS[c] for c in written]
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))


def _editions(folded: str) -> set[tuple[str, int]]:
    """The numbered terms and sittings a folded text names, as (kind, number); "lần" and an
    ordinal word only after "thứ" ("lần 2" is a count), "khóa" only with a Roman numeral or
    digits."""
    found: set[tuple[str, int]] = set()
    for m in _EDITION.finditer(folded):
        kind, ordinal, written = m.group(1), m.group(2) is not None, m.group(3)
        if (kind == "lan" or written in _ORDINAL_WORDS) and not ordinal:
            continue  # "lần 2" counts, "kỳ họp năm 2025" dates
        if kind == "khoa" and written in _ORDINAL_WORDS:
            continue
        number = _edition_number(written)
        if number:
            found.add((kind, number))
    return found


def _writes_month(text: str, month: str, year: str) -> bool:
    """The folded ``text`` writes the month of that year: "12/2025", "01/12/2025", "tháng 12
    năm 2025", "tháng 12-2025" (emphasis marks between the parts allowed)."""
    number = rf"0?{int(month)}"
    return (
        re.search(rf"(?<![0-9]){number}[\s*_]*[/.-][\s*_]*{year}(?![0-9])", text) is not None
        or re.search(rf"\bthang[\s*_]+{number}[\s*_]+nam[\s*_]+{year}(?![0-9])", text) is not None
    )


def _unwritten_month(folded: str, text: str) -> str | None:
    """A month of a year the question names ("Cục Thuế tạm dừng TMS đợt tháng 12/2025 ...")
    that the folded ``text`` of the answer's documents never writes: they tell another round
    (a pause in November). A month set as a bound ("trước tháng 12/2025") is left be."""
    for m in _MONTH_NAMED.finditer(folded):
        if _BOUND_BEFORE_MONTH.search(folded, 0, m.start()):
            continue
        if not _writes_month(text, m.group(1), m.group(2)):
            return f"month {m.group(1)}/{m.group(2)}"
    return None


def _writes_batch(text: str, batch: str) -> bool:
    """The folded ``text`` names the batch numbered ``batch`` ("đợt 2", "đợt 02", "đợt II")."""
    number = roman_to_int(batch)
    return number is not None and any(
        roman_to_int(m.group(1)) == number for m in _BATCH.finditer(text)
    )


# An acronym as typed: two or more capitals (Đ included), none of a document number's symbol
# ("14/2025/QĐ-UBND") or a Roman numeral.
_ACRONYM = re.compile(rf"(?<![\w/-])[{ACRONYM_CAPITALS}]{{2,}}(?![\w/])")
_DOCUMENT_NUMBER = re.compile(r"\S*[0-9]+/\S*")
ROMAN = re.compile(r"[IVXLC]+")


def question_acronyms(question: str) -> list[str]:
    """The acronyms a question types ("đầu tư PPP" → "ppp", "Sở KH&CN" → "kh", "cn"), folded;
    none in a document number's symbol, none of a question typed in capitals throughout."""
    # (of the words that are no acronym's shape: "GIẤY PHÉP" in capitals counts, "UBND" not)
    words = [w for w in _WORD.findall(question) if w.isalpha() and not _acronym_shaped(w)]
    if sum(w[:1].islower() for w in words) < _CASED_SHARE * len(words):
        return []
    bare = _DOCUMENT_NUMBER.sub(" ", question)
    found = [
        plain(m.group(0))
        for m in _ACRONYM.finditer(bare)
        if not ROMAN.fullmatch(m.group(0)) and not _among_capitalized_words(bare, m)
    ]
    return list(dict.fromkeys(found))


def _acronym_shaped(word: str) -> bool:
    """A word in capitals with no mark but "Đ" ("UBND", "HĐND", "ATIGA"), as acronyms are."""
    return word.isupper() and strip_diacritics(word.replace("Đ", "D")) == word.replace("Đ", "D")


def _among_capitalized_words(text: str, m: re.Match[str]) -> bool:
    """The acronym-shaped word ``m`` stands beside a word typed in capitals with its marks
    ("GIẤY PHÉP LAO ĐỘNG CHO NGƯỜI"): a phrase in capitals, no acronym."""
    before = text[: m.start()].split()[-1:]
    after = text[m.end() :].split()[:1]
    return any(w.isupper() and not _acronym_shaped(w) for w in before + after)


# A name made of letters and digits ("5G", "N30", "COVID19"), folded; no document number
# ("14/2025/QĐ-UBND"), decimal or unit of measure ("m3", "km2").
_CODE = re.compile(r"(?<![\w/.,-])(?=[a-z]*[0-9])(?=[0-9]*[a-z])[a-z0-9]+(?![\w/])")
_MEASURE = re.compile(r"[0-9]*(?:km|cm|mm|m|ha|kg|kw|kwh|mw|gb|mb|tb)[23]?")


def question_codes(question: str) -> list[str]:
    """The names of letters and digits a question types ("hạ tầng 5G" → "5g", "Verdad Powder
    N30" → "n30"): the document answering writes each, whatever its words around them."""
    found = [m.group(0) for m in _CODE.finditer(plain(question))]
    return list(dict.fromkeys(c for c in found if not _MEASURE.fullmatch(c)))


# Acronyms of foreign words, which no Vietnamese initials spell, and the words documents write
# for them ("doanh nghiệp FDI": "doanh nghiệp có vốn đầu tư nước ngoài"), folded
_FOREIGN_ACRONYMS = {
    "fdi": ("von dau tu nuoc ngoai", "dau tu truc tiep nuoc ngoai"),
    "oda": ("ho tro phat trien chinh thuc",),
    "ppp": ("doi tac cong tu",),
}


@lru_cache(maxsize=1)
def _abbreviated_words() -> dict[str, tuple[str, ...]]:
    """The words each known abbreviation stands for, both folded ("tw" → "trung uong"), and
    those of the foreign acronyms."""
    known = {plain(short): (plain(words),) for short, words in ABBREVIATIONS.items()}
    return {**known, **_FOREIGN_ACRONYMS}


def writes_acronym(text: str, acronym: str) -> bool:
    """The folded ``text`` writes ``acronym``, words whose first letters spell it, the words a
    known abbreviation stands for although their initials differ ("TW": "trung ương"), or two
    words sharing their last one ("XNK": "xuất khẩu, nhập khẩu")."""
    if writes_phrase(text, acronym) or spells_initials(text, acronym):
        return True
    if any(writes_phrase(text, words) for words in _abbreviated_words().get(acronym, ())):
        return True
    return len(acronym) == 3 and _sharing_last_word(acronym).search(text) is not None


@lru_cache(maxsize=64)
def _sharing_last_word(acronym: str) -> re.Pattern[str]:
    """Two words that share the third: "XNK" written "xuất khẩu, nhập khẩu" (folded)."""
    a, b, c = (re.escape(letter) for letter in acronym)
    return re.compile(rf"\b{a}[a-z]* ({c}[a-z]*)\s*(?:,|va|hoac)\s*{b}[a-z]* \1\b")


def spells_initials(text: str, acronym: str) -> bool:
    """The folded ``text`` writes words whose first letters spell ``acronym`` ("thpt" →
    "trung học phổ thông"; "kh" → "khoa học"), "và" or a dash allowed between them."""
    return acronym in _word_initials(text)


def _spelled_out(text: str, phrase: str, acronyms: Sequence[str]) -> bool:
    """The folded ``text`` writes ``phrase`` with its acronyms spelled out: words whose first
    letters are those of the phrase's words, an acronym's letters one word each ("thue tncn"
    → "thuế thu nhập cá nhân")."""
    words = phrase.split()
    if not any(w in acronyms for w in words):
        return False
    return spells_initials(text, "".join(w if w in acronyms else w[0] for w in words))


def _spelled_then_named(text: str, phrase: str, acronyms: Sequence[str]) -> bool:
    """The folded ``text`` writes ``phrase`` (an acronym the question types, then words) as the
    acronym spelled out, then a few words, then the phrase's other words ("CTMTQG vùng":
    "chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng"): a question shortens
    a long name to its acronym and its last words."""
    first, _, rest = phrase.partition(" ")
    if first not in acronyms or not rest or any(w in acronyms for w in rest.split()):
        return False
    spelled = r"\s+".join(rf"{re.escape(letter)}[a-z0-9]*" for letter in first)
    pattern = (
        rf"(?<![a-z0-9]){spelled}(?:[\s,-]+[a-z0-9]+){{0,{_NAMED_AFTER}}}?[\s,-]+"
        rf"{re.escape(rest)}(?![a-z0-9])"
    )
    return re.search(pattern, text) is not None


_NAMED_AFTER = 8  # words, at most, between an acronym spelled out and the words it goes on with
_DEFINED_WORDS = 8  # words, at most, an acronym defined in brackets stands for


def _written_with_definition(text: str, phrase: str, acronyms: Sequence[str]) -> bool:
    """The folded ``text`` writes ``phrase`` (two words, one an acronym the question types)
    where it defines the acronym: the other word opens the words the acronym stands for,
    written before it in brackets ("vốn ODA": "vốn hỗ trợ phát triển chính thức (ODA)"), or
    follows the bracket ("DVCTT toàn trình": "dịch vụ công trực tuyến (DVCTT) toàn trình")."""
    first, _, second = phrase.partition(" ")
    if second in acronyms and first not in acronyms:
        words = rf"(?:[\s*_]+[a-z0-9]+){{1,{_DEFINED_WORDS}}}"
        pattern = rf"(?<![a-z0-9]){re.escape(first)}{words}[\s*_]*\(\s*{re.escape(second)}\s*\)"
    elif first in acronyms and second not in acronyms:
        pattern = rf"\(\s*{re.escape(first)}\s*\)[\s*_,]+{re.escape(second)}(?![a-z0-9])"
    else:
        return False
    return re.search(pattern, text) is not None


# A word, or a mark that ends a run of words (blanks, emphasis, commas, "&" and dashes do not).
_INITIALS_TOKEN = re.compile(r"[a-z0-9]+|[^a-z0-9\s*_,&-]")


@lru_cache(maxsize=32)
def _word_initials(text: str) -> str:
    """The first letter of every word of ``text`` but "và", a blank where a run of words ends;
    computed once per document text (a long document takes tens of milliseconds)."""
    return "".join(
        t[0] if t[0].isalnum() else " " for t in _INITIALS_TOKEN.findall(text) if t != "va"
    )


# Facts of the document a question names ("Ai ký Quyết định 14/2025/QĐ-UBND ...?"): the
# document citing it ("bãi bỏ Quyết định số 14/2025/QĐ-UBND") has its own signer.
_OWN_FACTS = frozenset({"signer"})
# Facts of a document whose issuer the question may name
_ISSUER_CHECKED = frozenset({"signer", "date", "effective", "decision"})


def _answer_issuer(corpus: Corpus, doc_id: str, cand: Candidate) -> str:
    """The issuer (folded) of the document an answer is about: the cited one's "của ..." when
    the answer is a mention, else the answering document's own; "" when unknown."""
    if cand.mention is not None:
        return cited_issuer(cand.mention.text)
    return fold(corpus.documents[doc_id].meta.issuer or "")


# A people's committee named as the one that sends or issues the document asked ("UBND tỉnh
# Gia Lai gửi Bộ Tài chính văn bản số mấy"), folded
# (the document asked the object of the act: not a ground the committee's document rests on,
# "UBND tỉnh X ban hành KH ... căn cứ quyết định nào", nor what another document it names
# carries out, "ban hành KH thực hiện quyết định nào")
_COMMITTEE_ISSUES = re.compile(
    r"^(?!.*\b(?:can cu|dua (?:tren|vao)|tren co so)\b)"
    # (the committee acting: not "UBND các tỉnh được Bộ Nội vụ gửi văn bản số mấy")
    r".*\b(?:ubnd|uy ban nhan dan)(?: (?:tinh|thanh pho|tp|xa|phuong))?\b"
    r"(?:(?!\b(?:duoc|bi|nhan|chinh phu|thu tuong|bo)\b)[^?,;]){0,30}?"
    r"\b(?:gui|ban hanh|trinh)"
    # (a recipient at most: "gửi Bộ Tài chính"; not "trình Thủ tướng phê duyệt quyết định")
    r"(?: (?:bo|so|thu tuong|chinh phu|hoi dong|uy ban|cuc)"
    r"(?: (?!(?:phe|duyet|ban|hanh|ky|cho|de|theo|cua|ve|thuc|trien|huong)\b)[a-z]+){0,4})?"
    r" (?:van ban|cong van|quyet dinh|ke hoach|to trinh|bao cao)(?: so)?"
    r" (?:nao|so may|so bao nhieu)\b"
)
# Issuers of the central state (folded): the government, the prime minister, the assembly and
# ministries (not a province's "Bộ Chỉ huy Quân sự", "Bộ đội Biên phòng")
_CENTRAL_ISSUER = re.compile(
    r"(?:chinh phu|thu tuong|quoc hoi|bo truong|bo (?!chi huy|doi|phan)[a-z]+)\b"
)
# The first kind of document a question names, and a number right after it (folded).
_KIND = re.compile(rf"\b(?:{KINDS})\b")
_NUMBER_NAMED = re.compile(r"\s+(?:so\s+)?([0-9]+/[^\s,;?]+)")


def _asks_bound(words: str) -> bool:
    """Two of the three words after a subject marker open a bound ("cham nhat", "toi da")."""
    second_on = words.split(" ", 1)[-1]
    return any(
        b.match(w) is not None for b in (UPPER_BOUND, LOWER_BOUND) for w in (words, second_on)
    )


@lru_cache(maxsize=1024)
def _content_syllables(question: str) -> frozenset[str]:
    """The folded stop words a question typed with its marks writes only as content words:
    "lĩnh vực khí tượng" writes "khi" as "khí" (air), not "khi" (when); "báo chí" writes "bao"
    as "báo" (press), not "bao" (how much). Empty for a question typed without marks."""
    typed = [match_key(w) for w in _WORD.findall(question) if not w.isdigit()]
    # a word typed bare ("nao", "khi") may be either: only a marked one tells
    content = {plain(w) for w in typed if w not in STOP_WORDS_TONED and plain(w) != w}
    stops = {plain(w) for w in typed if w in STOP_WORDS_TONED}
    return frozenset((content - stops) & STOP_WORDS)


# "để" (in order to), which folds to "de" as "đề" (a proposal, a topic) does: a question that
# types every "de" as "để" ends a subject there ("lĩnh vực ODA để thiết lập ...": "oda de" is
# no pair of a name)
_PURPOSE_FOLDED = frozenset({_PURPOSE})
# "de" right before a subject marker, not the "đề" of a compound ("chuyên đề", "vấn đề")
_PURPOSE_BEFORE = re.compile(r"(?<!\bchuyen )(?<!\bvan )(?<!\btieu )(?<!\bchu )\bde $")


def _types_purpose_only(question: str) -> bool:
    """Every word of the question that folds to "de" is typed "để"."""
    typed = [match_key(w) for w in _WORD.findall(question)]
    folding = [w for w in typed if plain(w) == "de"]
    return bool(folding) and all(w == "để" for w in folding)


# Whom a report is made to, after "báo cáo" as a verb ("báo cáo PTTg Trần Hồng Hà", "báo cáo
# Thủ tướng Chính phủ", "báo cáo UBND tỉnh"), folded
_REPORTED_TO = re.compile(
    r"(?:pttg|ttg|pho thu tuong|thu tuong|chu tich|bo truong|uy ban|ubnd|hdnd|lanh dao)\b"
)


def subject_phrases(
    folded: str,
    content: frozenset[str] = frozenset(),
    *,
    bare: bool = False,
    stops: frozenset[str] = frozenset(),
) -> list[str]:
    """The two words after each subject marker of a folded question: what the document asked
    about is ("quyết định phân công nhiệm vụ ..." → "phan cong", "lĩnh vực giám định tư
    pháp" → "giam dinh", "ban hành nội quy mẫu" → "noi quy"; after a verb many subjects
    open with, the two words after it: "quy chế sử dụng chữ ký số" → "chu ky"). A function or
    question word ("về việc gì", "ban hành ngày nào"), a verb relating the document to its subject
    ("thực hiện", "công bố") or another kind of document ("về Nghị định ...") is none; a
    stop word opening the pair is a subject word when the question types it as one
    (``content``, from :func:`_content_syllables`: "lĩnh vực báo chí" → "bao chi"; not the
    pair's second word, which may cut a longer term: "giá đăng|kiểm"). In a question typed
    ``bare`` (no marks tell "khí" from "khi"), a pair opened by a stop word goes on to the two
    content words after it ("linh vuc khi tuong thuy van" → "thuy van"). Neither after
    "về", which may be a verb ("gửi về cơ quan nào"). ``stops``: folded words the question
    types only as function words besides those (``"de"`` of "để")."""
    phrases: list[str] = []
    for m in _SUBJECT_MARKER.finditer(folded):
        first, second = m.group(1), m.group(2)
        if folded[m.start() : m.end() - 1] == "bao cao" and _REPORTED_TO.match(folded, m.end()):
            continue  # "báo cáo PTTg Trần Hồng Hà về ...": reported to someone, no subject
        if first == _BELONGS:
            # "bao nhiêu thủ tục thuộc cấp xã": what they belong to, after the verb ("cấp
            # xã: 38 thủ tục" writes no "thuộc")
            words = folded[m.end() :].split()[1:3]
            if len(words) < 2 or not all(w.isalpha() for w in words):
                continue
            first, second = words
        elif f"{first} {second}" in _BROAD_HEADS and m.group(3):
            # "sử dụng chữ ký số": "chu ky"; "phần mềm quản lý tài sản công": "tai san"
            words = folded[m.end() :].split()[:_BROAD_RUN]
            at = 0
            while at + 3 < len(words) and f"{words[at]} {words[at + 1]}" in _BROAD_HEADS:
                at += 2
            if at + 1 < len(words) and words[at].isalpha() and words[at + 1].isalpha():
                first, second = words[at], words[at + 1]
            else:
                first, second = m.group(3), m.group(4)
        elif f"{first} {second}" in _VALUE_KINDS:
            # "về tỷ lệ xã, phường không có ma túy": the kind of value asked, which a text
            # writes as its value ("50% số xã"); the words after it are the subject
            if not m.group(3):
                continue
            first, second = m.group(3), m.group(4)
        # "về" may be a verb of direction ("gửi về cơ quan nào"), whose object is no
        # subject: a stop word after it stays one
        naming = folded[m.start() : m.end() - 1] != "ve"
        # "luật căn cước 2023 áp dụng": a pair a year or number follows is the name it dates
        # ("căn cước"), its first word no stop word; the pair after it would cut across the
        # number ("2023 ap" names nothing)
        dated = bool(m.group(3)) and _NUMBER_WORD.fullmatch(m.group(3)) is not None
        if first == "khi" and folded[m.start() : m.end() - 1] == "ban hanh":
            continue  # "được ban hành khi xem xét tờ trình ...": when it was issued, no subject
        if (
            naming
            and bare
            and not dated
            and first in STOP_WORDS
            # "nghị định nào hướng dẫn luật ...": the words after the document asked say
            # what that one is (typed with marks, "nào" ends the pair as well)
            and first != _ASKED_ONE
            and not {second, *m.group(3, 4)} & STOP_WORDS
        ):
            if not m.group(3):
                continue
            first, second = m.group(3), m.group(4)
        phrase = f"{first} {second}"
        if second in _PLACE_UNITS and _runs_into_a_name(folded[m.end() :], phrase):
            continue  # "quản lý chợ tỉnh Hòa Lâm": the pair runs into a place's name
        if (
            ({first, second} & (STOP_WORDS | stops))
            - (content & {first} if naming else frozenset())
            - ({first} if naming and bare and dated else frozenset())
            or phrase in DOCUMENT_KINDS
            or phrase in _RELATING
        ):
            continue
        if _asks_bound(f"{first} {second} {m.group(3) or ''}"):
            # "phải về đích chậm nhất vào năm nào": "về" a verb, and the bound asked ("chậm
            # nhất", "tối đa") is what the question wants to know, no subject of a document
            continue
        if first == _PURPOSE and f"{second} {m.group(3)}" in _RELATING:
            continue  # "ban hành để thực hiện QĐ ...": the document's purpose, no subject
        if (bare or _PURPOSE in stops) and _PURPOSE_BEFORE.search(folded, 0, m.start()):
            # "căn cứ thông tư nào để hướng dẫn Thuế Phú Thọ ...": the purpose of the act of the
            # document asking, no subject of the one asked (typed "để", or typed bare and no
            # "chuyên đề", "vấn đề")
            continue
        if first == _ATTACHED:
            continue  # "ban hành kèm (theo) QĐ 1760": the document it is attached to, no subject
        if _ACT_ASKED.search(folded, 0, m.end()):
            continue  # "cơ quan nào quyết định việc tăng ...": a verb, the act of the body asked
        if second in _KIND_CODES and re.match(rf"{phrase} \d", folded[m.end() :]):
            continue  # "nghị định sửa NĐ 126": another document, by the code of its kind
        phrases.append(phrase)
    return list(dict.fromkeys(phrases))


def writes_phrase(text: str, phrase: str) -> bool:
    """The folded ``text`` writes the words of ``phrase`` in a row (line breaks and emphasis
    markers between them allowed)."""
    at = text.find(phrase)
    while at >= 0:  # written as is, most often: no pattern needed
        end = at + len(phrase)
        if not _WORD_CHAR.match(text[at - 1 : at]) and not _WORD_CHAR.match(text[end : end + 1]):
            return True
        at = text.find(phrase, at + 1)
    if " " not in phrase:
        return False  # one word: the search above was the whole check (a regex is slow)
    return _phrase_pattern(phrase).search(text) is not None


@lru_cache(maxsize=4096)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """The words of ``phrase`` in a row, any gap :data:`WORD_GAP` allows between them, compiled
    once per phrase (the ``re`` module's own cache holds too few for a question's many)."""
    gap = WORD_GAP.join(re.escape(w) for w in phrase.split())
    return re.compile(rf"(?<![a-z0-9]){gap}(?![a-z0-9])")


def _writes_with_unit(text: str, name: str) -> bool:
    """The folded ``text`` writes the two words of ``name`` with the word of an administrative
    unit between them: a body named after its place ("Thuế Quảng Trị" is "Thuế tỉnh Quảng
    Trị", "Công an Hà Nội" "Công an thành phố Hà Nội")."""
    body, place = name.split(" ", 1)
    return any(writes_phrase(text, f"{body} {unit} {place}") for unit in UNIT_NAMES)


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
    return _writes_number(corpus.plain_text(doc_id), number)


_LEAD_CHARS = 600  # the lines before a sentence that may cite the document it states


def _writes_number(text: str, number: str) -> bool:
    """The folded ``text`` writes the document number, blanks around its "/" and "-" allowed
    ("1899/ QĐ-TTg", "10- CTr/TU")."""
    pattern = _number_pattern(number, blanks_in_symbol=True)
    return pattern is not None and re.search(pattern, text) is not None


def _number_pattern(number: str, *, blanks_in_symbol: bool) -> str | None:
    """The pattern of the document ``number`` in folded text: leading zeros and blanks around
    its first "/" allowed, and around the symbol's "/" and "-" when ``blanks_in_symbol``;
    None for a number without a numeric head and a symbol."""
    written = re.sub(r"\s+", "", plain(number))
    head, _, rest = written.partition("/")
    if not head.isdigit() or not rest:
        return None
    rest_pattern = "".join(
        rf"\s*{re.escape(ch)}\s*" if blanks_in_symbol and ch in "/-" else re.escape(ch)
        for ch in rest
    )
    return rf"(?<![0-9])0*{head.lstrip('0') or '0'}\s*/\s*{rest_pattern}(?![0-9a-z])"


# Intents asking what a document says (not which document, nor its date or signer)
CONTENT_INTENTS = frozenset({"figure", "target", "deadline", "agency"})
_REPEAL_LEAD = 300  # the lines before a unit that may open the sentence repealing a document
# A verb doing away with a document, and the clause after it up to the document's number
# ("bãi bỏ", "thay thế", "hết hiệu lực (kể từ ...): Quyết định số ..."), folded
_REPEALS = re.compile(r"\b(?:bai bo|huy bo|thay the|het hieu luc|ngung hieu luc)\b[^.;]*$")


def _only_repealed(text: str, number: str, start: int = 0) -> bool:
    """The folded ``text`` writes the document ``number`` from ``start`` on, each time in the
    clause of a verb doing away with it ("Bãi bỏ Quyết định số 32/2023/QĐ-UBND", "Các Quyết
    định sau hết hiệu lực ...: Quyết định số 449/2016/QĐ-UBND"); the text before ``start``
    may open that clause."""
    pattern = _number_pattern(number, blanks_in_symbol=False)
    if pattern is None:
        return False
    found = [m.start() for m in re.finditer(pattern, text) if m.start() >= start]
    return bool(found) and all(_REPEALS.search(text[max(0, at - 200) : at]) for at in found)


# Rules a document carries as its attachment ("Quy chế ban hành kèm theo Quyết định ..."), folded
_CARRIED = r"(?:quy che|quy dinh|dieu le|noi quy|huong dan|danh muc|bang gia|phuong an)"


def _named_as_source(folded: str, number: str) -> bool:
    """The folded question names the document ``number`` as the one stating what it asks: it
    opens with it ("Nghị quyết cũ 13/2024/NQ-HĐND ... hỗ trợ bao nhiêu") or reads "theo" it
    where "theo" names a source — opening the question or a clause ("Theo NQ 22, ...") or
    after the question word ("thưởng bao nhiêu theo NQ 22/2025") —, not right after a noun it
    qualifies ("hợp đồng theo Nghị định 68": contracts of that kind), nor a document another
    one carries out ("kế hoạch thực hiện QĐ 1899")."""
    written = re.escape(re.sub(r"\s+", "", plain(number)))
    source = rf"^(?:theo )?|[,;:(] ?theo |{HOW_MANY}(?: [a-z]+){{0,2}} theo "
    # ("Theo Quy chế ban hành kèm QĐ 35/2024": the rules a document carries are its own)
    document = (
        rf"(?:{_CARRIED} ban hanh kem(?: theo)? )?"
        rf"(?:{KINDS}|van ban)(?: cu| moi)?(?: so)? {written}(?![0-9a-z])"
    )
    return re.search(rf"(?:{source}){document}", folded) is not None


# ------------------------------------------------------------------ the kind of value

# The question asks for a sum of money ("tổng mức đầu tư", "mức tiền thưởng", "kinh phí ... là
# bao nhiêu"), folded.
_MONEY_ASKED = re.compile(
    r"\b(?:so tien|muc tien|tien thuong|kinh phi|muc dau tu|von dau tu|chi phi|le phi|muc phi"
    # (not the "mục thủ tục" of "danh mục thủ tục hành chính")
    r"|don gia|muc thu(?! tuc)|muc ho tro|muc tro cap|muc thuong|muc chi|tien an|tien luong"
    r"|tien cong|tien phat|tri gia"
    # a fine ("mức phạt", "mức xử phạt", "phạt tiền bao nhiêu"): a sum of money; not a prison
    # term typed without marks ("muc phat tu la bao nhieu": a length of time; "mức phạt từ
    # bao nhiêu" still asks a sum; with marks, "phạt tù", see _PRISON_TYPED)
    r"|muc (?:xu )?phat(?! tu\b(?! (?:\d|bao|may)))|phat tien"
    # an allowance or a benefit paid ("phụ cấp chức vụ", "trợ cấp một lần"): a sum of money
    r"|phu cap|tro cap)\b"
    # "được thưởng bao nhiêu" typed without tones (not "khen thưởng", the honour)
    r"|(?<!khen )\bthuong(?= bao nhieu\b)"
    # a sum per a unit named in brackets as the unit asked ("(đồng/m3)"; not "lao động/ha")
    r"|\(\s*(?:nghin |trieu )?dong\s*/\s*[a-z0-9]+"
)
# "bao nhiêu", or "mấy" (not the "máy" of "bộ máy", "xe máy", "máy móc", folded alike): a value
# is asked (folded).
_HOW_MUCH = re.compile(rf"{HOW_MANY}\s*([a-z]*)")
_CURRENCY_WORDS = frozenset({"dong", "tien", "trieu", "ty", "nghin", "ngan"})
# "... là bao nhiêu?", "bao nhiêu vậy", "thưởng bao nhiêu theo NQ 22", "bao nhiêu mỗi tháng"
NO_UNIT = frozenset({"", "la", "thi", "vay", "a", "theo", "cho", "moi", "mot", "khi", "neu"})
VALUE_INTENTS = frozenset({"figure", "target", "compare"})


def asks_money(folded: str, question: str = "") -> bool:
    """The question asks how much money: "bao nhiêu" with a currency ("bao nhiêu tiền", "bao
    nhiêu đồng"), or a money noun (in the ``question`` as typed, a fee: "phí") and "bao
    nhiêu" asking for no other unit ("bao nhiêu địa phương", "bao nhiêu tháng lương", "tỷ
    lệ"), or a sum named with no question word ("phí lệ phí của thủ tục này"); not an
    ordinal ("thứ bao nhiêu")."""
    if re.search(r"\b(?:ty le|ti le|phan tram)\b", folded):
        return False
    if re.search(rf"{HOW_MANY}\s*%", folded) and len(re.findall(HOW_MANY, folded)) == 1:
        return False  # "bằng bao nhiêu % tổng mức chi": a share of a sum, no sum
    how_much = _HOW_MUCH.search(folded)
    if how_much is None:
        return names_a_sum(folded)
    if folded[: how_much.start()].endswith("thu "):
        return False  # "kỳ họp thứ bao nhiêu": an ordinal is asked, whatever sum is named
    if _CODE_ASKED_BEFORE.search(folded, 0, how_much.start()):
        # "thủ tục khấu trừ kinh phí bồi thường ... có mã số bao nhiêu": the code is asked,
        # whatever sum names the procedure
        return False
    unit = how_much.group(1)
    if unit in _CURRENCY_WORDS:
        return True
    if _COEFFICIENT.search(folded):
        return False  # "hệ số trợ cấp ... là bao nhiêu": a multiple of a sum, no sum itself
    if _PRISON_TYPED.search(question.lower()):
        return False  # "mức phạt tù bao nhiêu": a prison term, whatever a fine would be
    noun = _MONEY_ASKED.search(folded) or _MONEY_TYPED.search(question.lower())
    if noun is None and question and accent_ratio(question) == 0.0:
        # typed with no tones at all, "phi" cannot be told from "phí" by its marks: it is a fee
        # where it opens no other word ("phi nông nghiệp", "phi lợi nhuận")
        noun = FEE_ASKED.search(folded)
    return noun is not None and unit in NO_UNIT


_COEFFICIENT = re.compile(r"\bhe so\b")
# A code asked right before "bao nhiêu" ("có mã số bao nhiêu", "mã TTHC là bao nhiêu"), folded
_CODE_ASKED_BEFORE = re.compile(
    r"\bma(?: so)?(?: (?:thu tuc hanh chinh|thu tuc|ho so|tthc))?(?: la)? $"
)


# Money as typed with its tones (without them "phi" is also "non-", "tien" "tiến", "thuong"
# "thường"): a fee ("phí cấp chứng chỉ"), money ("tiền ăn giữa ca"), a reward given ("được
# thưởng bao nhiêu"; not "khen thưởng", the honour).
_MONEY_TYPED = re.compile(r"(?<!\w)(?:phí|tiền)(?!\w)|(?<!khen )(?<!\w)thưởng\s+bao\s+nhiêu")


# A prison term asked, typed with its marks ("mức phạt tù", "phạt tù bao nhiêu năm"; not the
# name of a paper, "lệ phí cấp giấy chứng nhận chấp hành xong án phạt tù")
_PRISON_TYPED = re.compile(
    r"(?<!\w)mức\s+phạt\s+tù(?!\w)|(?<!\w)phạt\s+tù\s+(?:bao\s+nhiêu|mấy|bao\s+lâu)"
)


# The reason given for a share where a number of things is asked (the pipeline reads past it)
SHARE_FOR_COUNT = "a share for a number of things"
# The reason given for a bare number where a share is asked (the pipeline reads past it too)
NO_SHARE = "no share"
# The reason given for a number of another kind where a sum of money is asked ("12" of "không
# quá 12 tháng"; the pipeline reads past it too)
NO_SUM = "no sum of money"
# The reason given for a number named after "số" ("(số 16)" of an address) where a count is asked
# (the pipeline reads past it too: the heading of the list may count the things asked)
NUMBERED_NOT_COUNT = "a number named after 'số'"
# The reason given for a length of time where a count of things is asked ("chậm nhất sau 05
# ngày làm việc" for "bao nhiêu TTHC"; the pipeline reads past it: the heading of the list may
# count the things asked)
DURATION_FOR_COUNT = "a duration for a number of"
# The reason given for the number of a form, an annex or an article ("quy định tại các Điều 3,
# 4") where a value is asked (the pipeline reads past it: the clause referred to states it)
NUMBERED_PART = "the number of a form or an article"
# The reason given for a piece of a goods code ("thuộc nhóm 21.06") where a value is asked (the
# pipeline reads past it: a table of the goods' make-up states the share asked)
CODE_PIECE = "a piece of a code"
# The reason given for a value whose sentence names the case asked only among those it leaves
# out ("trừ ... có nguyên giá ... từ 02 tỷ đồng trở lên") (for a figure, the pipeline reads past
# it: the clause of that case states its own value)
CASE_LEFT_OUT = "the case left out"
# The reason given for a unit that names the party whose address, telephone or e-mail is asked,
# without them (the pipeline reads past it: its addressee line may have them on the next line)
NO_CONTACT = "contact details asked, none written"
# The reason given for the time of one step of a procedure's flow where its total is asked (the
# pipeline reads past it: the total is often stated apart, under the steps)
STEP_FOR_TOTAL = "the time of one step for the total time asked"
# The reason given for the value of an exceptional case ("Trường hợp đặc biệt thì ... không quá
# 10 ngày") where the question asks the rule (the pipeline reads past it: the rule is stated
# before)
EXCEPTIONAL_CASE = "the value of an exceptional case"
# The reason given for the value set for another grade of an assessment than the one asked (the
# pipeline reads past it: the grades are set one after another)
OTHER_GRADE = "the value of another grade"
# The reasons given for a time limit counted from another event than the one asked, and for a
# procedure's whole time where a step's is asked (the pipeline reads past them: the limit asked
# is often another sentence or row of the same document)
COUNTED_FROM_ANOTHER_EVENT = "a time counted from"
WHOLE_TIME_FOR_STEP = "the whole time of a procedure for a step asked"
# The reason given for a time limit of another act of the body the question names ("Các báo cáo
# gửi Bộ Tư pháp trước ngày 05/12" for what Bộ Tư pháp itself must do; the pipeline reads past
# it: the body's own act is often the next sentence)
OTHER_ACT_OF_BODY = "a time limit with"
# The reason given for a step of a roadmap from another day than the one a question asks from
# (the pipeline reads past it: the step asked is often the next item)
SPAN_FROM_ANOTHER_DAY = "a span from another day than asked"
# The reason given for a time limit a document recalls as set before it ("… đã chỉ đạo … hoàn
# thành … trước ngày 30 tháng 10 năm 2025" in a letter of 28/11/2025): the pipeline reads past
# it, to the limit the document sets itself
PAST_LIMIT = "a time limit already past when the document was issued"
# "mỗi ha", "mỗi tấn" as written (with its tones "mỗi" is not "mới"): the unit a value is per
PER_UNIT_WRITTEN = re.compile(r"(?<!\w)mỗi\s+(\w+)", re.IGNORECASE)
# The reason given for an answer writing no goods code where "mã HS nào" is asked (the pipeline
# reads past it: the sentence classifying the goods writes the code, far from their name)
NO_GOODS_CODE = "no goods code"
# The reason given for a row of another procedure on the same paper ("Cấp biển hiệu ..." for
# "cấp lại biển hiệu"; the pipeline reads past it: the next rows are that paper's others)
OTHER_PROCEDURE_ROW = "a value of another procedure than"
# The reason given for a count of procedures of another status than asked ("Ban hành mới 16
# thủ tục" for "bãi bỏ bao nhiêu TTHC"; the pipeline reads past it: the next item counts those
# of the status asked)
OTHER_STATUS_COUNT = "a count of procedures"
# The reason given for the value of another indicator than the one asked (no answer: the
# document states the one its label names)
OTHER_RATE = "the value of another indicator"
# Words after "tỷ lệ", "mức" (folded) that name nothing it is of ("mức tối đa", "tỷ lệ là",
# "mức bằng"): the label names no indicator then
NO_OBJECT = frozenset(
    {
        "la",
        "bang",
        "tu",
        "den",
        "duoc",
        "cua",
        "cho",
        "o",
        "tren",
        "duoi",
        "khong",
        "toi",
        "thap",
        "cao",
        "va",
        "nhu",
        "theo",
        "tuong",
        "quy",
        "ap",
        "chung",
        "co",
        "dat",
        "sau",
        "nay",
        "do",
        "it",
        "nhieu",
        # the question's own word ("từ mức nào trở lên"): the level asked, of nothing named
        "nao",
        "gi",
        # a unit or a count, not what the value is of ("tỷ lệ phần trăm (%)", "mức tiền
        # thưởng", "tỷ lệ số hộ")
        "phan",
        "tien",
        "so",
    }
)
# A question that asks a code ("mã số HS là bao nhiêu") is answered by one (folded "mã"; also
# "mà", the conjunction: such a question is left unchecked).
CODE_WORD = re.compile(r"\bma\b")
# Contact details asked (folded): an address ("địa chỉ ... ở đâu"), a telephone number
# (the address is what is asked, its question word after it: "địa chỉ ... ở đâu / là gì", not
# "lệ phí cấp lại giấy ... do thay đổi địa chỉ là bao nhiêu")
_ADDRESS_ASKED = re.compile(r"\bdia chi\b(?:(?!\bbao nhieu\b|\bmay\b)[^?])*\b(?:o dau|gi|nao)\W*$")
_PHONE_ASKED = re.compile(
    r"\bso dien thoai\b|\bdien thoai lien he\b|\bhotline\b|\bduong day nong\b"
)
# What an address writes: a street, a house number, a ward, a commune or a village by its name
# or number ("77 đường Lạc Thử", "phường Bồ Đề"; not "cấp xã", "quản lý", "Phó Giám
# đốc"; a province alone is in every sentence), or a web or mail address
_ADDRESS_PLACE = re.compile(
    r"(?<!\w)(?:đường|phố|số nhà|ngõ|ngách|hẻm|phường|xã|quận|huyện|thị xã|thị trấn|thôn|ấp"
    r"|tổ dân phố|khu phố|tầng|tòa nhà|lô)\s+(\w)",
    re.IGNORECASE,
)
# the same, for a text typed without marks (folded)
_ADDRESS_PLACE_FOLDED = re.compile(
    strip_diacritics(_ADDRESS_PLACE.pattern).replace("đ", "d"), re.IGNORECASE
)
_WEB_OR_MAIL = re.compile(r"https?:|www\.|@|\.(?:vn|com|org)\b")


def _writes_address(text: str) -> bool:
    """``text`` writes an address: a place below the province named or numbered after its word
    (read with marks, or folded in a text typed without them)."""
    if _WEB_OR_MAIL.search(text):
        return True
    places = _ADDRESS_PLACE if accent_ratio(text) > 0.0 else _ADDRESS_PLACE_FOLDED
    return any(m.group(1).isupper() or m.group(1).isdigit() for m in places.finditer(nfc(text)))


_PHONE_WRITTEN = re.compile(r"\d(?:[\s.]?\d){7,}")
_EMAIL_ASKED = re.compile(r"\bemail\b|\bdia chi thu dien tu\b")


def contact_unwritten(q: Question, text: str) -> bool:
    """The question asks a contact detail (an address, a telephone number, an e-mail) that
    ``text`` does not write."""
    folded = plain(q.route.folded)
    if _PHONE_ASKED.search(folded):
        return _PHONE_WRITTEN.search(text) is None
    if _EMAIL_ASKED.search(folded):
        return "@" not in text
    return _ADDRESS_ASKED.search(folded) is not None and not _writes_address(text)


# A field a question names ("lĩnh vực Báo chí, Xuất bản", "lĩnh vực hoạt động khoa học và công
# nghệ"), folded: its words up to one that ends its name (a relation, a place, a verb, a
# question word; folded, a word may end it that is also a word of a field: "tài chính" read
# as "tại", the field is then not judged)
_FIELD_END = (
    r"(?:thuoc|cua|tai|tren|theo|do|duoc|trong|nao|gi|la|co|cho|ma|khi|thi|da|se|bi|den|tu"
    r"|doi voi|tinh|thanh pho|tp|xa|phuong|nam|ngay|so|can|phai|bao nhieu|may|gom|nhu|nay|voi"
    r"|o|vao|de|ban hanh|sua doi|bai bo|cong bo|giai quyet|ky|bang|van ban"
    rf"|{KINDS})"
)
_FIELD = re.compile(rf"\blinh vuc ((?:(?!{_FIELD_END}\b)[a-z]+(?:,? |(?=\W|$)))+)")
# The fields a document names, in its own text with its marks (which tell "tài chính" from
# "tại"): the words after "lĩnh vực" up to a relation or a clause's end, a bracketed word one
# of them ("... vốn hỗ trợ phát triển chính thức (ODA) và vốn vay ưu đãi")
_FIELD_WRITTEN = re.compile(
    r"lĩnh vực ((?:(?!(?:thuộc|của|tại|trên|theo|do|được|trong|đối với|cho|đã|sẽ|bị|gồm|như"
    r"|này|với|là|có)\b)\(?[^\W\d_]+\)?(?:,? |(?=\W|$))){1,24})"
)
_EMPHASIS = re.compile(r"[*_\s]+")
_BRACKETS = re.compile(r"[(),]")
_FIELD_JOINERS = frozenset({"va", "hoac"})  # "khoa học và công nghệ": no word of the field
_FIELD_NAME_WORDS = 3  # first words of a field's name the question writes, judged


def _field_words(folded: str) -> list[tuple[str, ...]]:
    """The first words of each field a folded question names after "lĩnh vực", joiners left
    out: a field's name opens with what tells it from another ("báo chí", "hoạt động khoa
    học"); the words after may run on into the rest of the question ("vốn ODA trình UBND")."""
    fields = []
    for m in _FIELD.finditer(folded):
        words = [w for w in m.group(1).replace(",", " ").split() if w not in _FIELD_JOINERS]
        if words:
            fields.append(tuple(dict.fromkeys(words))[:_FIELD_NAME_WORDS])
    return fields


@lru_cache(maxsize=64)
def _document_fields(text: str) -> tuple[frozenset[str], ...]:
    """The folded words of each field a document's text (as written) names."""
    written = _EMPHASIS.sub(" ", text.lower())
    return tuple(
        frozenset(plain(_BRACKETS.sub(" ", m.group(1))).split()) - _FIELD_JOINERS
        for m in _FIELD_WRITTEN.finditer(written)
    )


def _field_unnamed(q: Question, texts: Iterable[str]) -> str | None:
    """A field the question names that the documents' ``texts`` (as written), which name
    fields of their own ("... trong lĩnh vực chứng thực"), name nowhere: no field they name
    writes half of the first words of the asked one. A document states the facts of its own
    fields (the count of procedures it publishes, their time limits), none of another. An
    acronym the question types ("lĩnh vực PPP") may be spelled out: not judged unless a field
    writes it. None when the documents name no field (what they are about is then judged by
    their other words)."""
    asked = _field_words(plain(q.route.folded))
    if not asked:
        return None
    named = [field for text in texts for field in _document_fields(text) if field]
    if not named:
        return None
    acronyms = set(question_acronyms(q.route.question))
    for words in asked:
        judged = {w for w in words if w not in acronyms or any(w in f for f in named)}
        if judged and not any(2 * len(judged & field) >= len(judged) for field in named):
            return f"field {' '.join(words)!r} (the document names other fields)"
    return None


# A commune-level place a question names with its unit's kind ("thị trấn Long Bình", "xã Đa
# Phước"), as typed: the kind, then the capitalized words of the name
_KIND_OF_PLACE = r"(?i:th[iị] tr[aấ]n|th[iị] x[aã]|x[aã]|ph[uư][oờ]ng)"
_PLACE_WITH_KIND = re.compile(
    rf"(?<!\w)({_KIND_OF_PLACE})\s+((?:[{CAPITAL_LETTERS}][^\s,.;:?!()/]*\s*){{1,4}})"
)
# The kind of a unit written before a place's name in a document (folded), the last one before
# it naming it: "các xã Thạnh Tân, Long Bình" names "Long Bình" a "xã"
_UNIT_KIND = re.compile(rf"\b(?:{'|'.join(UNIT_NAMES)})\b")
_KIND_REACH = 120  # characters before a name read for the kind of its unit
_PROVINCE_KINDS = frozenset({"tinh", "thanh pho"})


def _place_of_another_kind(question: str, text: str) -> str | None:
    """A place the question names with its kind ("thị trấn Long Bình") that the folded
    document ``text`` names only as a unit of another kind ("các xã Thạnh Tân, Long Bình và
    Tân Long", "phường Long Bình"): the document says nothing of the one asked. None when some
    mention of the name is of the asked kind, or none tells its kind."""
    for m in _PLACE_WITH_KIND.finditer(question):
        kind, name = plain(m.group(1)), plain(m.group(2))
        kinds: set[str] = set()
        for written in re.finditer(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", text):
            before = _ASIDE.sub(" ", text[max(0, written.start() - _KIND_REACH) : written.start()])
            named = _UNIT_KIND.findall(before)
            if named:
                kinds.add(named[-1])
        if kinds & _PROVINCE_KINDS:
            # "xã, phường Thanh Hóa", "cấp xã Bắc Ninh": the communes of a province named
            return None
        if kinds and kind not in kinds:
            return f"place {kind} {name!r} (the document names it a {' or '.join(sorted(kinds))})"
    return None


# The act whose time limit a question asks, folded: the words after the duty ("UBND xã phải rà
# soát đối tượng trong bao nhiêu ngày"), its first two words (a verb, a body) before the words
# bounding the limit; or the two words right after "thời hạn" when the limit is asked right
# after them ("thời hạn ủy quyền kéo dài tới khi nào"), not a case of the limit ("thời hạn thông
# thường để ...")
_LIMIT_BOUND = (
    r"(?:trong|truoc|bao nhieu|bao lau|bao gio|la|may|toi da|toi thieu|ke tu|tinh tu|den|khi"
    r"|nao|keo dai|sau|cham nhat|muon nhat|duoc|thi|ngay|thang|nam|gio|tuan|cua|theo|doi voi)"
)
_ACT_OF_LIMIT = re.compile(
    rf"\bphai\s+((?!{_LIMIT_BOUND}\b)[a-z]+\s+(?!{_LIMIT_BOUND}\b)[a-z]+)\b"
    rf"|\bthoi han\s+((?!{_LIMIT_BOUND}\b)[a-z]+\s+(?!{_LIMIT_BOUND}\b)[a-z]+)"
    rf"(?=\s+{_LIMIT_BOUND}\b|\s*[?,:]|\s*$)"
)
# Acts every time limit is of ("thời hạn giải quyết", "phải hoàn thành"): they name no one act
_ANY_ACT = frozenset({"giai quyet", "thuc hien", "hoan thanh", "xu ly", "tra loi", "tra ket"})
# The time a procedure takes to resolve a file, as its field or its table's column names it
# ("Thời hạn giải quyết: ...", "| Thời gian giải quyết |"), folded
RESOLUTION_TIME = re.compile(r"\b(?:thoi han|thoi gian) giai quyet\b")


# ("rà soát" folds to "ra soat": only "ra" before a paper it issues is the light verb)
_LIGHT_VERB = re.compile(
    r"\bphai (?:dua )?ra (?=(?:ke hoach|quyet dinh|van ban|thong bao|chi thi|cong van)\b)"
)


def asked_act(folded: str) -> str | None:
    """The first two words of the act (or the body acting) whose time limit the folded
    question asks, or None when it names none of its own."""
    # "phải ra kế hoạch": a light verb says no act of its own; its object names the act
    m = _ACT_OF_LIMIT.search(_LIGHT_VERB.sub("phai ", folded))
    if m is None:
        return None
    act = " ".join((m.group(1) or m.group(2)).split())
    return None if act in _ANY_ACT else act


def lacks_asked_act(q: Question, unit: Unit, context: str = "") -> bool:
    """The unit states the time a procedure takes to resolve a file (its field "Thời hạn giải
    quyết", a cell under that column) yet, with its headings and the lead-in read with it
    (``context``), does not write the act whose time limit the question asks ("UBND xã phải rà
    soát đối tượng", "thời hạn ủy quyền"): the procedure's time is not that act's. A one-word
    verb and its object ("gửi báo cáo") may be written apart, each word in the unit."""
    act = asked_act(plain(q.route.folded))
    if act is None or not RESOLUTION_TIME.search(f"{unit.folded} {unit.context_key}"):
        return False
    evidence = plain(
        " ".join(
            (unit.folded, fold(unit.section), fold(unit.heading), unit.context_key, fold(context))
        )
    )
    if writes_phrase(evidence, act):
        return False
    written = set(TOKEN.findall(plain(unit.folded)))
    return not all(word in written for word in act.split())


# The kind of value a question asks by what it is of ("mức cho vay", "mức đóng", "mức phụ cấp"):
# the one or two words after "mức"; a word naming no object ("mức tối đa", "mức bằng") ends it.
# Typed without marks, "muc" may be "mục": "mục tiêu" is no kind of value.
_VALUE_OF = re.compile(r"(?<!\w)(?:mức|muc) (?!ti[eê]u\b)(\w+)(?: (\w+))?")
_VALUE_OF_INTENTS = frozenset({"figure", "target", "general"})


@lru_cache(maxsize=32)
def _with_marks(text: str) -> str:
    """A document's text in lower case with its marks, as :func:`match_key` reads a question."""
    return match_key(text)


def _kind_of_value_unwritten(corpus: Corpus, q: Question, documents: Iterable[str]) -> str | None:
    """The kind of value the question asks ("mức cho vay tối đa") when the ``documents`` write
    nowhere a word of what it is of ("vay"): they state another kind of
    value ("Tối đa 30% tổng mức chi"), not the one asked. A function word opening it is a verb
    with its object ("cho vay", "cho thuê"), whose next word counts too. (Each word alone: a
    rule words "mức chi cấp tỉnh" as "mức chi ... của cấp tỉnh".) A question typed with its
    marks is read with them ("phạt" is not "phát"); an acronym it types ("mức đóng BHXH") may
    be spelled out: not a word judged. None when it asks no such kind."""
    if q.route.intent not in _VALUE_OF_INTENTS:
        return None
    asked = match_key(q.route.question) if q.toned else plain(q.route.folded)
    acronyms = set(question_acronyms(q.route.question))
    written: str | None = None
    for m in _VALUE_OF.finditer(asked):
        if q.toned and not m.group(0).startswith("mức"):
            continue  # "mục" typed
        first, second = m.group(1), m.group(2)
        if plain(first) in NO_OBJECT - {"cho"} or plain(first) in acronyms:
            continue
        words = [first]
        if plain(first) in STOP_WORDS:
            if not second or plain(second) in NO_OBJECT or plain(second) in acronyms:
                continue  # "mức cho mỗi người": no kind of value named
            words.append(second)
        if written is None:
            written = " ".join(
                _with_marks(corpus.texts[d]) if q.toned else corpus.plain_text(d) for d in documents
            )
        for word in words:
            if not re.search(rf"(?<!\w){re.escape(word)}(?!\w)", written):
                return f"kind of value {'mức ' + ' '.join(words)!r}"
    return None


# A question's word quoted whole ("Mã số TTHC "Thu hồi chứng chỉ ..." là gì"): the name of a
# procedure, a programme or a title, which the document answering writes as quoted
_QUOTED_NAME = re.compile(r"[\"“”]([^\"“”]{8,160})[\"“”]")


def _quoted_name_unwritten(question: str, text: str) -> str | None:
    """A name the question quotes that the folded document ``text`` does not write."""
    for m in _QUOTED_NAME.finditer(question):
        name = " ".join(plain(m.group(1)).split())
        if name and not writes_phrase(text, name) and not _writes_spelled(text, m.group(1)):
            return f"quoted name {name!r}"
    return None


def _writes_spelled(text: str, name: str) -> bool:
    """The folded ``text`` writes ``name`` with its acronyms spelled out, a word for each
    letter ("thuốc BVTV dự trữ" as "thuoc bao ve thuc vat du tru"); False when it has none."""
    words = name.split()
    if not any(_acronym_shaped(w.strip(",.;:()")) for w in words):
        return False
    pattern = WORD_GAP.join(
        WORD_GAP.join(rf"{re.escape(letter)}[a-z0-9]*" for letter in plain(bare))
        if _acronym_shaped(bare := w.strip(",.;:()")) and bare.isalpha()
        else re.escape(plain(w))
        for w in words
    )
    return re.search(rf"(?<![a-z0-9]){pattern}(?![a-z0-9])", text) is not None
