"""Is the value an answer reads of the kind the question asks?

A sentence found for a figure, a time limit or a body may state a value of another thing: a
share where a count is asked, another level's or year's rate, a part where the total is asked,
the sum of another payer. :func:`value_mismatch` says what is wrong with the value read, or
None; the document-level checks (what the question names that the document must hold) are in
:mod:`qa_service.answer.verify`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Collection, Sequence
from functools import lru_cache

from indexer.extract.citations import number_matches
from indexer.extract.numbers import roman_to_int
from indexer.normalize import CAPITAL_LETTERS, match_key, strip_diacritics
from indexer.units import Unit
from qa_service.answer.agency import AGENCY, HOLDER_TITLE
from qa_service.answer.corpus import Corpus
from qa_service.answer.evidence import (
    LOWER_BOUND,
    MONTHLY_RATE,
    UPPER_BOUND,
    Candidate,
    clause_bounds,
    task_of_another_body,
    text_share,
)
from qa_service.answer.gazetteer import plain
from qa_service.answer.mentions import Mention
from qa_service.answer.question import (
    ASKS_DURATION,
    KINDS,
    TYPE_THEN_NUMBER,
    Question,
    done_to_by_another,
)
from qa_service.answer.typed_entity import named_in_question
from qa_service.answer.verify import (
    CASE_LEFT_OUT,
    CODE_PIECE,
    CODE_WORD,
    CONTENT_INTENTS,
    COUNTED_FROM_ANOTHER_EVENT,
    DATE_GIVEN,
    DAY_MONTH_YEAR,
    DURATION_FOR_COUNT,
    EXCEPTIONAL_CASE,
    EXCLUSION,
    NO_CONTACT,
    NO_GOODS_CODE,
    NO_OBJECT,
    NO_SHARE,
    NO_SUM,
    NO_UNIT,
    NUMBERED_NOT_COUNT,
    NUMBERED_PART,
    ORGANIZATION_NAMED,
    OTHER_ACT_OF_BODY,
    OTHER_GRADE,
    OTHER_PROCEDURE_ROW,
    OTHER_RATE,
    OTHER_STATUS_COUNT,
    PAST_LIMIT,
    PER_UNIT_WRITTEN,
    PROCEDURE_STATUSES,
    PROCEDURES_AROUND,
    RESOLUTION_TIME,
    ROMAN,
    SENTENCE_END,
    SHARE_FOR_COUNT,
    SPAN_FROM_ANOTHER_DAY,
    STEP_FOR_TOTAL,
    VALUE_INTENTS,
    WHOLE_TIME_FOR_STEP,
    WORD_GAP,
    asks_money,
    contact_unwritten,
    given_iso,
    spells_initials,
    writes_phrase,
)
from qa_service.routing import (
    DOCUMENT_KINDS,
    HOW_MANY,
    OFFICE_KIND_ASKED,
    STOP_WORDS,
    STOP_WORDS_TONED,
    accent_ratio,
    asked_entity,
    asks_a_code,
    fold,
)

__all__ = [
    "TOTAL_TIME_ASKED",
    "quantity_of",
    "same_unit",
    "other_level",
    "states_no_value_asked",
    "things_measured",
    "value_mismatch",
]

_FULL_STOP = re.compile(r"[.!?](?=\s|$)")


_LEFT_OUT_WORDS = 3  # words in a row, at least, the question shares with what a sentence excludes
_EXCLUDED_WORDS = 30  # words of an exclusion read, at most
# The words of an exclusion, folded ("trừ" is also "trụ", "trú": a question writing any is left
# be); or the act denied, which asks of the case left out ("sở, ngành không quyết định thanh lý
# tài sản ... dưới mức bao nhiêu", "... thì không thuộc diện phân cấp")
_EXCLUDING_WORDS = re.compile(
    r"\btru\b|\bkhong bao gom\b|\bkhong (?:duoc |phai )?(?:quyet dinh|thuoc|ap dung)\b"
)


def _case_left_out(q: Question, text: str) -> str | None:
    """The case the question asks of, which the answer's sentence names only among what it
    leaves out ("Cơ quan nhà nước, đơn vị sự nghiệp công lập (trừ đơn vị sự nghiệp công lập tự
    bảo đảm chi thường xuyên và chi đầu tư)" for "với đơn vị sự nghiệp công lập tự bảo đảm chi
    thường xuyên ... thì ai quyết định"): the longest run of the excluded words the question
    writes, when the rest of the sentence does not write it. None when the question states an
    exclusion itself ("loại trừ", also typed without marks)."""
    if _EXCLUDING_WORDS.search(plain(q.route.folded)):
        return None
    excluded = [
        plain(m.group(1)).split()[:_EXCLUDED_WORDS] for m in EXCLUSION.finditer(text.lower())
    ]
    if not excluded:
        return None
    asked = plain(q.route.folded)
    longest = ""
    for words in excluded:
        for i in range(len(words)):
            shortest = max(_LEFT_OUT_WORDS, len(longest.split()) + 1)
            for j in range(len(words), i + shortest - 1, -1):
                run = " ".join(words[i:j])
                if writes_phrase(asked, run):
                    longest = run
                    break
    if not longest or writes_phrase(plain(EXCLUSION.sub(" ", text.lower())), longest):
        return None
    return f"{CASE_LEFT_OUT} {longest!r}, which the answer's sentence names only as left out"


# The same words with their tones ("thì", not the "thị" of "thị trấn")
_NO_UNIT_TONED = frozenset(
    match_key(w) for w in ("là", "thì", "vậy", "à", "theo", "cho", "mỗi", "một", "khi", "nếu")
)
_DURATION_AFTER = re.compile(r"[\s|)]*(?:ngay|gio|tuan|phut)\b")
# What makes a number a sum of money in running text: a currency, a share of another sum
# ("50% giá trị", "bằng 1,5 lần mức lương cơ sở"), a number of months' pay. "lần" is a multiple
# of a sum only before what is paid ("02 lần liên tục được tặng danh hiệu" counts times).
# "đồng" as the currency, not a syllable of another word once folded ("đồng bào", "đồng bộ",
# "cộng đồng", "hội đồng", "hợp đồng", "lao động", "hoạt động", "đóng góp", "Đồng Nai")
_DONG_AS_MONEY = (
    r"(?<!\bcong )(?<!\bhoi )(?<!\bhop )(?<!\btac )(?<!\blao )(?<!\bhoat )(?<!\bdi )"
    r"(?<!\bvan )(?<!\bchu )(?<!\bbien )(?<!\bkich )(?<!\btu )(?<!\bung )(?<!\bcam )"
    # (not a word that may follow a sum: "đồng đối với", "đồng có", "đồng (bằng chữ")
    r"dong(?! (?:bao(?! gom)|bo(?! sung)|nghiep|deu|hanh|loat|nai|thap|xoai|nhat|thuan|gop"
    r"|goi|luc|vat)\b)"
)
_AMOUNT_AFTER = re.compile(
    rf"%|\b(?:{_DONG_AS_MONEY}|d|trieu|ty|nghin|ngan|vnd|usd|luong|tien)\b"
    r"|\blan (?:(?:muc|so|tong) )?(?:luong|tien|gia|muc|chi phi|phi|dinh muc|thu nhap|don gia)\b"
)
# The term a right, a paper or a post lasts, asked ("thời hạn ủy quyền", "thời hạn sử dụng",
# "thời hạn lưu trữ"), folded: a span of validity, not a time limit of an act
_TERM_ASKED = re.compile(
    r"\bthoi han (uy quyen|su dung|luu tru|luu giu|hieu luc|bao hanh|cho thue|giao dat"
    r"|thue dat|khai thac|tam tru|giu chuc vu|bo nhiem)\b"
)
# "số" right before a value, after what it numbers: a house, a form, an annex, an item, a part
# of a text ("(số 16)", "nhà số 5", "Mẫu số 03", "Phụ lục số 2", "Mục số 3"), folded; not a
# count ("tổng số 82 thủ tục"), a code ("mã số") or a coefficient ("hệ số 2,34")
_NUMBERED_BY_SO = re.compile(
    r"(?:\(|\b(?:nha|mau|phu luc|bieu|duong|phong|thon|to|khu|can ho|phieu|ho so|lo"
    r"|dieu|khoan|diem|muc|phan|chuong))\s*so\s*$"
)
_NAME_WORDS = 3  # words of a thing's name between it and "số" numbering it, at most
# A law's name right before a value, its year ("Luật Năng lượng nguyên tử 2025"), folded
_LAW_NAMED_BEFORE = re.compile(r"(?<!phap )\bluat(?: [a-z]+){1,5}\s*$")
# "số" closing the words before a value, as a designation: not a coefficient ("hệ số 2,34"), a
# code ("mã số"), a total ("tổng số"), a ratio ("tỷ số"), an index ("chỉ số"), nor a word of
# its own ("thiểu số", "dân số", "đa số", "tần số", "biến số", "kỹ số"), folded
_DESIGNATING_SO = re.compile(
    r"(?<!\bhe )(?<!\bma )(?<!\btong )(?<!\bty )(?<!\bti )(?<!\bchi )(?<!\bthieu )(?<!\bdan )"
    r"(?<!\bda )(?<!\btan )(?<!\bbien )(?<!\bky )\bso\s*$"
)
# The part of a text a numbered item stands in, right after its number ("số 3 Mục VI phần B"),
# folded
_PART_AFTER = re.compile(r"\s*(?:muc|phan|dieu|khoan|chuong|phu luc)\s+[0-9ivxlc]+\b")
# A clause stating an exceptional case ("Trường hợp đặc biệt", "trường hợp phức tạp", "trường
# hợp cần gia hạn"), folded: the word that makes it one; not the rule's own proviso leaving the
# exception out ("... ít nhất 03 ngày làm việc (Trừ trường hợp khẩn cấp)")
_EXCEPTIONAL = re.compile(
    r"(?<!\btru )(?<!\btru cac )(?<!\btru nhung )(?<!\bngoai )\btruong hop (?:[a-z]+ ){0,2}?"
    r"(dac biet|phuc tap|khan cap|bat kha khang|gia han)\b"
)


def _exception_before(cand: Candidate) -> str | None:
    """The word making an exceptional case of the clause that states the candidate's value,
    written before the value in its sentence and after any other value ("... 05 ngày làm việc,
    trường hợp phức tạp thì không quá 10 ngày": the 10 days' only), folded; or None."""
    if cand.focus is None:
        return None
    sentence = _focus_sentence(cand)
    start = max(0, cand.unit.text.find(sentence))
    lead = plain(fold(cand.unit.text[start : cand.focus[0]]))
    found = list(_EXCEPTIONAL.finditer(lead))
    if not found or re.search(r"\d", lead[found[-1].end() :]):
        return None
    return found[-1].group(1)


# A sum counted in months or years of pay ("1,5 tháng tiền lương", "03 tháng lương"), folded
_MONTHS_OF_PAY = re.compile(r"[0-9.,]+\s*(?:thang|nam)\s+(?:tien\s+)?luong\b")
# Digits grouped by dots ("1.013120", "8531.80.19", "1.500.000").
_DOTTED = re.compile(r"[0-9]+(?:\.[0-9]+)+")
# An amount as written: thousands grouped by dots, or a number with a currency.
_AMOUNT = re.compile(
    r"(?<![0-9.])[0-9]{1,3}(?:\.[0-9]{3})+(?![0-9]|\.[0-9])|[0-9]\s*(?:đồng|đ\b|triệu|tỷ)"
)

_UNIT_CHARS = 30
# A fee field's value that charges nothing ("Không", "Không quy định"), after its label
# ("Phí, lệ phí (nếu có):"), folded
_NOTHING_CHARGED = re.compile(r"khong(?: quy dinh| thu)?\W*$")
_FEE_LABEL_BEFORE = re.compile(r"\bphi(?: \(neu co\))?\s*:\W*$")

# "tỷ lệ" (a rate) heading the clause before a share ("Có tỷ lệ cử tri đi bầu cử đạt từ 98%"),
# folded: the share is of what is counted, no sum of money
_RATE_LABEL = re.compile(r"\bt[yi] le\b")
# What a share is of when it is a sum ("50% giá trị", "70% mức lương", "30% chi phí"), folded,
# read after the "%"
_SHARE_OF_A_SUM = re.compile(
    r"\W*(?:(?:cua|so|tong|muc|tren) )*(?:gia tri|luong|chi phi|kinh phi|tien|von|du toan"
    r"|doanh thu|thu nhap|phi|muc|tong muc|don gia|gia)\b"
)


def _share_of_no_sum(text: str, start: int, value: str, after: str) -> bool:
    """The share at ``start`` of the unit's ``text`` ("98%", ``after`` it folded) is a rate the
    clause before it names ("tỷ lệ cử tri đi bầu đạt từ 98%") and no share of a sum ("50% giá
    trị" pays half a value): it answers no "bao nhiêu tiền"."""
    if not (value.strip().endswith("%") or after.lstrip().startswith("%")):
        return False
    lead = text[max(0, start - _LABEL_CHARS) : start]
    clause = _LABEL_START.search(lead)
    label = plain(fold(lead[clause.start() + 1 :] if clause else lead))
    return bool(_RATE_LABEL.search(label)) and not _SHARE_OF_A_SUM.match(
        after.lstrip().removeprefix("%")
    )


def _is_code(value: str) -> bool:
    """Digits grouped by dots otherwise than in thousands ("1.013120", "8531.80.19"): the
    code of a procedure or of goods, no amount."""
    if not _DOTTED.fullmatch(value):
        return False
    first, *groups = value.split(".")
    return len(first) > 3 or any(len(g) != 3 for g in groups)


# What says when a text takes effect or applies ("có hiệu lực", "áp dụng từ", "thi hành kể
# từ", "thực hiện từ ngày"), folded
_STATES_EFFECT = re.compile(
    r"\bhieu luc\b|\bap dung\b|\bthi hanh\b|\bco gia tri\b|\bthuc hien (?:tu|ke tu)\b|\bke tu\b"
    # "độ tuổi cấp thẻ căn cước từ ngày 1/7/2024 như sau:": a rule stated as of a day on, no
    # period ("từ ngày 01/11 đến ngày 30/11")
    r"|\btu ngay \d{1,2}(?:/\d{1,2}/| thang \d{1,2} nam )\d{4}\b(?! ?(?:den|-|–))"
)

# "(ngoài tiêu chí tỷ lệ 15%)", "(không kể ...)", "ngoài tỷ lệ 15% thì": a case the question
# sets aside, its quantities no part of what is asked (folded)
_EXCEPTED_ASIDE = re.compile(
    r"\(\s*(?:ngoai|khong ke|khong tinh|tru)\b[^()]*\)"
    # or a clause setting it aside before the case asked ("ngoài tỷ lệ 15% thì cần có từ bao
    # nhiêu người")
    r"|\bngoai (?:tieu chi |ty le |muc )[^,;()?]{0,40}?(?:,|\bthi\b)"
)
# The head of a value's label or of the indicator asked, with its marks ("mức", not "mục"):
# a rate named whole ("lãi suất", "thuế suất", "tỷ suất"), or a kind of value ("tỷ lệ",
# "mức") with the words after it naming what it is of ("tỷ lệ hộ nghèo", "mức bồi thường")
_LABEL_HEAD = re.compile(
    r"\b(?:(lãi suất|thuế suất|hiệu suất|t[ỷỉ] suất)"
    r"|(?:t[ỷỉ] lệ|mức)(?: (\w+)(?: (\w+)(?: (\w+))?)?)?)(?!\w)"
)
# The same heads folded, for a question typed without marks
_LABEL_HEAD_FOLDED = re.compile(
    r"\b(?:(lai suat|thue suat|hieu suat|t[yi] suat)"
    r"|(?:t[yi] le|muc)(?: (\w+)(?: (\w+)(?: (\w+))?)?)?)\b"
)
_LABEL_CHARS = 120  # characters before a value read for its label, at most
# Where the clause holding a value's label starts: a sentence's end (not a decimal or a
# thousands point), a semicolon, a colon ending a lead-in ("1. Nội dung chi, mức chi hỗ trợ:"
# over "Hỗ trợ hàng tháng cho ...: 3.250.000") or a comma before a word
_LABEL_START = re.compile(r"(?:[.;!?:](?![0-9])|,(?=\s))[^.;!?,:]*$")


def _head(match: re.Match[str]) -> str:
    """A label head as one kind, folded: a rate named whole ("tỉ suất" is "ty suat"), or the
    words a kind of value is of ("boi thuong" of "mức bồi thường"); "" when it names none."""
    if match.group(1):
        return _TY.sub("ty", strip_diacritics(match.group(1)))
    words = [strip_diacritics(w) for w in match.group(2, 3, 4) if w]
    if not words or words[0] in NO_OBJECT or not words[0].isalpha():
        return ""
    ends = next((i for i, w in enumerate(words) if w in NO_OBJECT or not w.isalpha()), None)
    return " ".join(words[:ends])


_TY = re.compile(r"\bti\b")  # "tỉ" folded, as "tỷ" is
# a rate named whole, folded
_RATE_FOLDED = re.compile(r"\b(?:lai suat|thue suat|hieu suat|ty suat)\b")


def _other_indicator(q: Question, folded: str, label: str) -> str | None:
    """The indicator the value's label (the clause before it, with its marks) names when it
    is another than the one the question asks: the head nearest the value names a rate the
    question never writes ("lãi suất cho vay: 0%" for "thuế suất thuế TNDN", "lãi suất 6,6%"
    for "tỷ lệ hộ nghèo"), or a kind of value of something the question never names ("Mức
    bồi thường bằng 50%" for "tỷ lệ hộ dân phải di dời") or names only after the rate it
    asks ("Mức hỗ trợ bằng 20%" for "lãi suất cho vay hỗ trợ di dời"). None when the question
    names no rate nor kind of value, or the label no head."""
    asked = (
        _LABEL_HEAD.finditer(match_key(q.route.question))
        if q.toned
        else _LABEL_HEAD_FOLDED.finditer(folded)
    )
    asked_heads = {_head(m) for m in asked}
    if not asked_heads:
        return None
    heads = list(_LABEL_HEAD.finditer(label))
    if not heads or not (head := _head(heads[-1])):
        return None
    if asked_heads & {_head(m) for m in heads}:
        return None  # "Mức lãi suất ..." for "lãi suất"
    asked_text = _TY.sub("ty", folded)
    if _named_longer(asked_heads, head, asked_text, label):
        return None  # "tỷ lệ hộ gia đình có hợp đồng ..." for "tỷ lệ hộ có hợp đồng ..."
    rate = _RATE_FOLDED.search(asked_text)
    words = head.split()
    # what it is of, as the question writes it: a word alone, or two side by side ("mức chi
    # hỗ trợ" is of "hỗ trợ")
    pairs = [" ".join(pair) for pair in zip(words, words[1:], strict=False)] or words
    asked_of = asked_text[: rate.start()] if rate else asked_text
    if any(re.search(rf"\b{pair}\b", asked_of) for pair in pairs):
        # (a rate asked is the head of the words after it, "lãi suất cho vay hỗ trợ ...", not
        # of those before: "mức hỗ trợ lãi suất")
        return None
    return f"{OTHER_RATE}, {head!r}"


# Sums of money of a kind of their own, folded: what is paid for ("tiền ăn", "học phí"), what
# is granted ("phụ cấp", "trợ cấp"), what is spent ("kinh phí", "chi phí"); not the words any
# sum is asked by ("mức hỗ trợ", "số tiền")
_SUM_KINDS = re.compile(
    r"\b(?:kinh phi|chi phi|le phi|hoc phi|tien an|tien thuong|tien luong|tien cong|tien phat"
    r"|tien thue|tien boi thuong|mai tang phi|phu cap|tro cap)\b"
)


def _sum_of_another_kind(folded: str, label: str, sentence: str) -> str | None:
    """The kind of sum the value's label (the clause before it) names ("tiền ăn mỗi người mỗi
    ngày bằng 234.000 đồng") when the question asks a sum of other kinds only ("kinh phí đào
    tạo ... bao nhiêu tiền") and the answer's ``sentence`` writes none of these: the value is
    another sum's. None when either names no kind of sum."""
    asked = set(_SUM_KINDS.findall(folded))
    named = set(_SUM_KINDS.findall(plain(fold(label))))
    if not asked or not named or asked & named:
        return None
    if any(re.search(rf"\b{kind}\b", plain(fold(sentence))) for kind in asked):
        return None
    return f"a sum of another kind, {sorted(named)[0]!r}, for {sorted(asked)[0]!r}"


def _named_longer(asked_heads: set[str], head: str, asked_text: str, label: str) -> bool:
    """The label names the indicator asked at more length: a head the question writes opens
    the label's ("hộ" of "hộ gia đình"), and the two words after each are the same ("tỷ lệ hộ
    gia đình có hợp đồng" for "tỷ lệ hộ có hợp đồng")."""
    written = _TY.sub("ty", strip_diacritics(label.lower()))
    after = re.search(rf"\b{re.escape(head)} (\w+ \w+)", written)
    if after is None:
        return False
    for asked in asked_heads:
        if not asked or not head.startswith(f"{asked} "):
            continue
        tail = re.search(rf"\b(?:ty le|muc) {re.escape(asked)} (\w+ \w+)", asked_text)
        if tail is not None and tail.group(1) == after.group(1):
            return True
    return False


# Where the sentence holding a value's label starts: a sentence's end, a semicolon or a colon
# (not a comma: "tỷ lệ phòng học, phòng công vụ ... đạt 100%" names its indicator before one)
_SENTENCE_LABEL_START = re.compile(r"[.;!?:](?![0-9])[^.;!?:]*$")
_ANY_NUMBER = re.compile(r"[0-9]")
_SENTENCE_CHARS = 240  # characters before a value read for the sentence naming it, at most


def _sentence_label(lead: str, clause: str) -> str:
    """The label of a value whose clause (``clause``, after the last comma) names no kind of
    value ("..., phòng nội trú/bán trú được kiên cố hóa đạt"): the sentence from the last kind
    of value it names up to the value, when no other number stands between; else ``clause``."""
    start = _SENTENCE_LABEL_START.search(lead)
    sentence = " ".join(match_key(lead[start.start() + 1 :] if start else lead).split())
    heads = list(_LABEL_HEAD.finditer(sentence))
    if not heads or _ANY_NUMBER.search(sentence[heads[-1].end() :]):
        return clause
    return sentence[heads[-1].start() :]


_DESCRIBED_SHARE = 0.5  # the question's weight a clause holds, at least, to be the one it describes
# A list label in lower case ("a)", "b)")
_LOWER_LABEL = re.compile(r"[a-zđ]\)")


def _goes_on(clause: str) -> bool:
    """``clause`` opens in lower case with no list label ("a)", "b)"): a part of the clause
    before it that a semicolon cuts ("...; danh mục, thời gian tính hao mòn ...")."""
    opening = clause.lstrip(" *_")
    return opening[:1].islower() and not _LOWER_LABEL.match(opening)


_DESCRIBED_OVER = 2.0  # times the weight of the clause citing the answer's document, at least


def _other_clause_described(q: Question, cand: Candidate) -> str | None:
    """The clause the question describes, when the document the answer cites is another
    clause's of the same sentence ("(2) Bộ NN&MT đã trình Chính phủ ban hành Nghị quyết về cơ
    chế ... Luật Địa chất và Khoáng sản; (3) Bộ Tài chính đã báo cáo ... Nghị quyết số
    106/2023/QH15" for "nghị quyết về cơ chế ... số mấy"): the clause described names its
    document by no number; the number cited is another document's."""
    mention, text = cand.mention, cand.unit.text
    if mention is None or ";" not in text:
        return None
    left, right = clause_bounds(text, mention.start, mention.end)
    cited = text_share(q, text[left:right])
    at = 0
    for clause in text.split(";"):
        start, at = at, at + len(clause) + 1
        if start < right and left < at:
            continue  # the clause citing the answer's document
        if _goes_on(clause):
            # "... quy định danh mục tài sản cố định đặc thù; danh mục, thời gian tính hao mòn":
            # a part of a title the semicolon cuts, no clause of its own
            continue
        share = text_share(q, clause)
        if share >= _DESCRIBED_SHARE and share >= _DESCRIBED_OVER * cited:
            return f"the question describes another clause than the one citing {mention.number}"
    return None


# A year the question writes on its own ("năm 2026", "đến 2030", "2021-2025"), not one inside a
# document's number ("80/2025/NĐ-CP", "NQ 33/2025", "quý I/2025")
_WRITTEN_YEAR = re.compile(r"(?<![\d/.])((?:19|20)\d{2})(?![\d/])")


# Intents answered by another document's number
_DOCUMENT_ASKED = frozenset({"decision", "basis"})
# Documents a question names by their kind and number, one or a list ("CĐ 217, 218, 219 và
# 222/CĐ-TTg", "QĐ số 15/2025"), folded: the list of numbers
_NAMED_NUMBERS = re.compile(
    rf"\b(?:{KINDS}|qd|nq|cv|kh|cd|nd|tt|ct|tb|bc|ttr)\s+(?:so\s+)?"
    r"(\d[\w/.-]*(?:\s*,\s*\d[\w/.-]*)*(?:\s+(?:va|hoac)\s+\d[\w/.-]*)?)"
)


def _named_numbers(folded: str) -> list[str]:
    """The numbers of the documents a folded question names by kind and number, whole; a bare
    item of a list takes the symbol of the list's last item ("cd 217, 218 va 222/cd-ttg" →
    217/cd-ttg, 218/cd-ttg, 222/cd-ttg); a list with no symbol of letters names none (a bare
    "QĐ 15", "NQ 64/2025" is no whole number to tell documents by)."""
    named: list[str] = []
    for listed in _NAMED_NUMBERS.findall(folded):
        items = [n.strip() for n in re.split(r",|\bva\b|\bhoac\b", listed) if n.strip()]
        symbol = items[-1].partition("/")[2] if items else ""
        if not re.search(r"[a-z]", symbol):
            continue  # "64/2025": a number and a year, of any kind ("Luật 64/2025/QH15")
        named.extend(n if "/" in n else f"{n}/{symbol}" for n in items)
    return named


def year_unwritten(corpus: Corpus, q: Question, support: Sequence[Candidate]) -> str | None:
    """A year the question writes that no document of the answer writes anywhere (its text,
    date, title or number): the answer is another year's ("kế hoạch năm 2026" answered by the
    plan of 2025, "QĐ 1085/QĐ-TTg năm 2024" by documents citing the one of 2023). None when
    every year is written."""
    docs = {c.unit.doc_id for c in support}
    for year in sorted(set(_WRITTEN_YEAR.findall(q.route.unnumbered))):
        written = re.compile(rf"(?<!\d){year}(?!\d)")
        if not any(
            corpus.doc_has_year(d, int(year)) or written.search(corpus.texts[d]) for d in docs
        ):
            return f"the year {year} the question writes is in no document of the answer"
    return None


# The state before a replacement asked ("theo NQ 61/2021 (trước khi bị NQ 75/2025 thay thế)",
# "theo TT 01/2021 (trước khi bị thay thế)"), folded
_BEFORE_REPLACED = re.compile(r"\btruoc khi (?:bi|duoc) (?:\S+ ){0,4}?thay the\b")


def _of_the_replacing(corpus: Corpus, q: Question, cand: Candidate) -> str | None:
    """The question asks a value of a document as it stood before another replaced it, a
    document the collection only cites; the answer's document is not that one (the one that
    replaced it, whose value is the new one)."""
    if not q.number_filter or not _BEFORE_REPLACED.search(plain(q.route.folded)):
        return None
    if any(corpus.is_own_number(cand.unit.doc_id, number) for number in q.number_filter):
        return None
    return f"a value of another document than the replaced one asked ({q.number_filter[0]})"


def value_mismatch(
    corpus: Corpus, q: Question, support: Sequence[Candidate], cases: Sequence[str] = ()
) -> str | None:
    """What makes the value of the answer's sentence or row no answer to the question: a value
    of another kind than asked (a duration, a count, a share, another unit for "bao nhiêu GB",
    a number with no unit for "bao nhiêu km2", a piece of a code), another level or school
    grade than the one named ("cấp quốc gia" asked, a row of "cấp tỉnh"; for a time limit
    too), another beneficiary or position ("giáo viên" asked, the row of "học sinh"), a quantity the
    question names that the sentence never writes (the row "dưới 5.000 m3" for "từ 3.000 đến
    dưới 5.000 m3"), no day for "ngày nào", a day for "bao lâu", or for a time limit a day
    years before the document was issued (an event recalled, "(06/01/1946 - 06/01/2026)") or
    the years of an anniversary ("Kỷ niệm 80 năm ngày ..."); for when a document takes
    effect, a document cited with the day it was issued ("Quyết định số 11/2022/QĐ-UBND ngày
    03 tháng 6 năm 2022") or a sentence that says nothing of effect; a value whose label names
    another indicator than the one asked ("lãi suất" for "thuế suất"); another rank of the
    office ("Trưởng Bộ môn" for its deputy) or another class ("loại A" for "loại B"); a count
    of procedures of another status; no goods code for "mã HS nào", no number for "bao
    nhiêu"; for a time limit, a bare length for a point in time, or the body asked sent to
    where the question has it act (or the other way round). None when it fits. ``cases``: the
    questions of the two cases the question asks, each answered by a unit of ``support``,
    whose member, level and rank each unit is judged by (either case's)."""
    if support and (unwritten := year_unwritten(corpus, q, support)) is not None:
        return unwritten
    if (
        support
        and q.route.intent in _DOCUMENT_ASKED
        and support[0].mention is not None
        and any(
            number_matches(n, support[0].mention.number)
            for n in _named_numbers(plain(q.route.folded))
        )
    ):
        # "Công điện nào … tiếp theo các CĐ 217, 218, 219 và 222/CĐ-TTg": a document the question
        # names is not the one it asks for
        return f"a document the question names: {support[0].mention.number}"
    if support and (replacing := _of_the_replacing(corpus, q, support[0])) is not None:
        return replacing
    if support and q.route.intent == "effective" and support[0].mention is not None:
        return f"a document cited for a date of entry into force: {support[0].mention.number}"
    if (
        support
        and q.route.intent == "effective"
        and not _STATES_EFFECT.search(plain(fold(support[0].unit.text)))
    ):
        # "... báo cáo Thủ tướng kết quả thực hiện trong tháng 11 năm 2025": a date, no entry
        # into force
        return "no statement of entry into force"
    if support and (
        (unsaid := asked_element_unsaid(q, support[0].answer or "", _focus_sentence(support[0])))
        is not None
    ):
        return unsaid
    if (
        support
        and q.route.intent == "decision"
        and (other := _other_clause_described(q, support[0]))
    ):
        return other
    if (
        support
        and q.route.intent in ("basis", "decision")
        and support[0].mention is not None
        and (year := _KIND_OF_YEAR_ASKED.search(plain(q.route.folded))) is not None
        and not _of_year(support[0].mention, year.group(1))
    ):
        # "căn cứ Nghị định năm 2024 nào" answered by "Nghị định số 43/2022/NĐ-CP"
        return f"a document of another year than {year.group(1)}: {support[0].mention.number}"
    if (
        support
        and q.route.intent in ("decision", "basis")
        and (echo := _document_given(q, support[0])) is not None
    ):
        return echo
    if (
        support
        and q.route.intent == "decision"
        and (other := _cited_for_another_act(q, support[0]))
    ):
        return other
    if support and q.route.intent == "date" and (echo := _date_given(q, support[0])) is not None:
        return echo
    if support and q.route.intent == "date" and (other := _dated_of_another_kind(q, support[0])):
        return other
    if support and q.route.intent == "date" and _ASKS_SIGNING_DAY.search(plain(q.route.folded)):
        # "được ký ngày nào" answered by the dateline of an unsigned copy, its day left blank
        # ("ngày   tháng 5 năm 2025"): a month, no day of signing (the month still answers when
        # the document was issued, "ban hành ngày nào")
        dated = plain(fold(support[0].answer or ""))
        if _MONTH.search(dated) and not _DAY.search(dated):
            return f"a month without its day for a question of the day: {support[0].answer!r}"
    if support and q.route.intent == "date" and _ASKS_DAY.search(plain(q.route.folded)):
        # "Hội nghị tổng kết ... tổ chức vào ngày cụ thể nào" answered by the months a movement
        # runs ("từ tháng 10 năm 2025 đến hết tháng 3 năm 2026"): a span, no day
        dated = plain(fold(support[0].answer or ""))
        if _SPAN.search(dated) and not _DAY.search(dated):
            return f"a span of months for a question of the day: {support[0].answer!r}"
        if _QUARTER.search(dated) and not _DAY.search(dated):
            # "Quy chế phối hợp … được ban hành ngày nào" answered by a plan's row "… : Quý
            # IV/2026": the quarter a task is due in, no day
            return f"a quarter for a question of the day: {support[0].answer!r}"
    if (
        support
        and q.route.intent in CONTENT_INTENTS | {"general"}
        and (left_out := _case_left_out(q, support[0].unit.text)) is not None
    ):
        return left_out
    if (
        support
        and q.route.intent in CONTENT_INTENTS | {"general"}
        and (other := _other_round(q, support[0].unit.text)) is not None
    ):
        return other
    if (
        support
        and q.route.intent in CONTENT_INTENTS | {"general"}
        and (other := _another_person(q, support[0].unit.text)) is not None
    ):
        return other
    if support and (unheld := _role_unsaid(q, support)) is not None:
        return unheld
    if support and (unnamed := _office_kind_unnamed(q, support[0].answer or "")) is not None:
        return unnamed
    if (
        support
        and q.route.intent not in _DAY_INTENTS
        and (other := _span_from_another_day(q, support[0].answer or "")) is not None
    ):
        return other
    if (
        support
        and q.route.intent not in _DAY_INTENTS
        and (other := _values_from_the_day(q, support[0].unit.text)) is not None
    ):
        return other
    if support and (unnamed := _duty_of_unnamed_body(corpus, q, support[0])) is not None:
        return unnamed
    if support and (unnamed := _asked_place_unnamed(q, support[0].answer or "")) is not None:
        return unnamed
    if support and (former := _former_value_unstated(q, support)) is not None:
        return former
    if support and q.route.intent == "agency" and (named := _document_for_body(support[0].answer)):
        return named
    if (
        support
        and q.route.intent == "agency"
        and not _BODY_WORD.search(plain(fold(support[0].answer or "")))
    ):
        # "ủy quyền cho ai tiếp nhận … các TTHC như …" answered by a procedure's name ("Đăng ký
        # khai thác sử dụng nước mặt, nước biển"): no body, no person, no level
        return f"no body for a body asked: {support[0].answer!r}"
    if support and q.route.intent == "score":
        # points asked for a grade: those the sentence sets for another grade are not they
        unit = support[0].unit
        heading = _nearest_heading(plain(unit.context_folded.partition(" || ")[0]))
        grade = _other_grade(plain(q.route.folded), f"{plain(fold(unit.text))} {heading}")
        if grade is not None:
            return grade
    if (
        support
        and q.route.intent == "agency"
        and (other := other_level(plain(q.route.folded), *_text_and_headings(support[0])))
    ):
        # "thủ tục ... thuộc thẩm quyền của UBND cấp tỉnh do cơ quan nào thực hiện" answered by
        # the row of the procedure of "UBND cấp xã": the body of another level's procedure
        return other
    if not support or q.route.intent not in _CHECKED_INTENTS:
        return None
    cand = support[0]
    folded = plain(q.route.folded).translate(_SUPERSCRIPTS)
    unit_text, headings = _text_and_headings(cand)
    # an answer of two cases quotes a sentence for each ("mức hỗ trợ cho trẻ mầm non và cho
    # giáo viên mầm non"): each is judged by the member, level and rank of either case
    paired = (
        [plain(fold(case)).translate(_SUPERSCRIPTS) for case in cases] if len(support) > 1 else []
    )

    def misfit(check: Callable[[str, Candidate], str | None]) -> str | None:
        if not paired:
            return check(folded, cand)
        for each in support:
            misfits = [check(case, each) for case in paired]
            if all(misfits):
                return misfits[0]
        return None

    # a level, a beneficiary or a position the answer's sentence is not about: its value or
    # its time limit is another's
    if (other := misfit(lambda f, c: _other_member(f, *_text_and_headings(c)))) is not None:
        return other
    if (body := task_of_another_body(q, cand.unit)) is not None:
        return f"a task of {body!r}, under its heading, for another body the question names"
    if (other := misfit(lambda f, c: other_level(f, *_text_and_headings(c)))) is not None:
        return other
    if (other := _other_case_label(folded, cand)) is not None:
        return other
    if (other := _item_of_another_label(corpus, folded, cand)) is not None:
        return other
    # (the document's own title may name the deputy: "Kết luận của Phó Thủ tướng ...", whose
    # words are no office a value is set for)
    if (
        other := misfit(lambda f, c: _other_rank(f, *_text_and_headings(c), _title_of(c)))
    ) is not None:
        return other
    if (other := _other_grade(folded, f"{unit_text} {_nearest_heading(headings)}")) is not None:
        return other
    if cand.unit.kind == "row" and (other := _act_of_another_office(folded, unit_text)):
        return other
    if q.route.intent != "compare" and (other := _other_class(folded, cand)) is not None:
        return other
    if q.route.intent in ("figure", "target") and (
        (other := _other_named_kind(q.route.question, _focus_sentence(cand))) is not None
        or (other := _other_payer(folded, plain(fold(_focus_sentence(cand))))) is not None
        or (other := _procedures_counted_of_another_status(folded, cand)) is not None
        or (other := _received_for_paid(q, _focus_sentence(cand))) is not None
        or (other := _proposed_for_granted(folded, plain(fold(_lead_to_value(cand))))) is not None
        or (other := _other_act_on_assets(folded, plain(fold(_lead_to_value(cand))))) is not None
        or (other := _rate_of_another_period(folded, plain(fold(cand.answer or "")))) is not None
    ):
        return other
    if (other := _range_of_another_case(folded, plain(fold(_focus_sentence(cand))))) is not None:
        return other
    if (
        q.route.intent == "target"
        and _PLAN_ASKED.search(folded)
        and not _REACHED_ASKED.search(q.route.question.lower())
        and _reports_a_result(_lead_to_value(cand))
    ):
        return f"a result reached, no target: {cand.answer!r}"
    if (
        cand.unit.kind == "row"
        and (act := _PROCEDURE_ACT.search(folded))
        and not re.search(
            rf"\b{act.group(0)}\b", f"{unit_text} {headings} {plain(fold(cand.answer or ''))}"
        )
    ):
        # "lệ phí gia hạn chứng chỉ" answered by the row of "Cấp chứng chỉ ...": the fee of
        # another procedure on the same paper
        return f"{OTHER_PROCEDURE_ROW} {act.group(0)!r}"
    if q.route.intent in VALUE_INTENTS or q.route.intent == "deadline":
        # a comparison quotes a unit for each case: each case's quantity is in its own; a
        # time limit's case is bounded by its row or its heading ("... quy mô từ 5.000 m3/ngày
        # đêm trở lên" is not the row of "nước mặt", which writes no 5.000)
        held = _numbers(unit_text)
        if q.route.intent == "deadline":
            held |= _numbers(headings)
        if q.route.intent == "compare":
            held = held.union(*(_numbers(plain(fold(c.unit.text))) for c in support[1:]))
        bounding = _EXCEPTED_ASIDE.sub(" ", folded)
        if q.route.intent == "deadline":
            # (a share describes the thing a time is asked of, "DN 100% vốn nhà nước", "lãi
            # suất 0%"; no band of it)
            bounding = _SHARE_WRITTEN.sub(" ", bounding)
        for quantity in _quantities(bounding):
            if quantity not in held:
                return f"the quantity {quantity} is not in the answer's {cand.unit.kind}"
    stated = cand.answer or (cand.unit.text[slice(*cand.focus)] if cand.focus else "")
    if (unstated := _no_value_of_kind(q, folded, stated)) is not None:
        return unstated
    if (no_age := _no_age(q, cand, stated)) is not None:
        return no_age
    if q.route.intent in ("deadline", "figure") and (
        stored := _other_thing_stored(folded, plain(fold(_focus_sentence(cand))))
    ):
        return stored
    if cand.focus is None:
        return None
    a, b = cand.focus
    value, after = cand.unit.text[a:b], plain(fold(cand.unit.text[b : b + _UNIT_CHARS]))
    before = plain(fold(cand.unit.text[max(0, a - _UNIT_CHARS) : a]))
    if q.route.intent == "figure" and _ONE_OF_THEM.match(
        plain(fold(cand.unit.text[a : b + _ONE_OF_CHARS]))
    ):
        # "Khi Chi cục trưởng vắng mặt, một Phó Chi cục trưởng được ... ủy quyền": "một" picks
        # one of them, it counts none
        return f"'một' naming one of them, no count: {value!r}"
    if (
        q.route.intent in ("figure", "deadline")
        and _PART_ASKED.search(folded)
        and _states_value_itself(folded, value, after)
    ):
        # "trong 48 ngày ..., Sở và VP UBND tỉnh mỗi bên được bao nhiêu ngày": the total the
        # question gives, not the part it asks
        return f"the value the question states itself: {value!r}"
    if (other_bound := _other_bound(folded, before)) is not None:
        return f"{other_bound}: {value!r}"
    if _FREQUENCY_ASKED.search(folded) and not _FREQUENCY_WRITTEN.search(
        f"{before[-_FREQUENCY_REACH:]} {plain(fold(value))} {after[:_FREQUENCY_REACH]}"
    ):
        # "đổi mật khẩu định kỳ bao nhiêu ngày một lần" answered by "trong vòng 05 ngày kể từ
        # ...": a length once, no period things recur at
        return f"no period of recurrence for a question of how often: {value!r}"
    if q.route.intent in ("figure", "target"):
        lead = cand.unit.text[max(0, a - _LABEL_CHARS) : a]
        lead = lead.rstrip(" :\n")  # the colon before the value ends its own label
        clause = _LABEL_START.search(lead)
        label = " ".join(match_key(lead[clause.start() + 1 :] if clause else lead).split())
        if not _LABEL_HEAD.search(label):
            label = _sentence_label(cand.unit.text[max(0, a - _SENTENCE_CHARS) : a], label)
        if (other := _other_indicator(q, folded, label)) is not None:
            return f"{other}: {value!r}"
        if (unsaid := _measure_unsaid(q, cand)) is not None:
            return unsaid
        if (other := _sum_of_another_kind(folded, label, _focus_sentence(cand))) is not None:
            return f"{other}: {value!r}"
    if q.route.intent == "deadline":
        folded_value = plain(fold(value))
        if _ASKS_DAY.search(folded) and not _DAY.search(folded_value):
            return f"no day for a question of the day: {value!r}"
        if _LIMIT_DAY_ASKED.search(folded) and _START_BEFORE.search(before):
            # "báo cáo Thủ tướng trước ngày nào" answered by "Từ ngày 16-20/11/2025, trên các
            # sông ... xuất hiện một đợt lũ": the day something starts, no day it must be done by
            return f"the day a span starts for the day of a limit: {value!r}"
        if _LIMIT_ASKED.search(folded) and _ROUND_THE_CLOCK.search(
            cand.unit.text[max(0, a - _UNIT_CHARS) : b + _UNIT_CHARS]
        ):
            # "vận hành thông suốt, liên tục 24/24 giờ": round the clock, no time limit
            return f"round the clock, no time limit: {value!r}"
        if (term := _TERM_ASKED.search(folded)) and not re.search(
            rf"\b{term.group(1)}\b", f"{unit_text} {headings}"
        ):
            # "thời hạn ủy quyền đến khi nào" answered by "Trong thời hạn 02 ngày ... gửi kết
            # quả": how long a right or a paper lasts is said where it is named
            return f"a time limit of another thing than the term of {term.group(1)!r}: {value!r}"
        if (exception := _exception_before(cand)) is not None and not re.search(
            rf"\b{exception}\b", folded
        ):
            # "Trường hợp đặc biệt thì phải hẹn trả lời nhưng tối đa không quá 10 ngày" for
            # "phải được trả lời trong bao lâu": the time of the exception, not of the rule
            return f"{EXCEPTIONAL_CASE} ({exception}): {value!r}"
        if _MONTHS_OF_PAY.match(f"{folded_value} {after}"):
            # "được trợ cấp 1,5 tháng tiền lương": a sum counted in months of pay, no time
            return f"months of pay for a time limit: {value!r}"
        if (
            ASKS_DURATION.search(folded)
            and _DATE.search(folded_value)
            and not _DURATION_IN.search(_DATE.sub(" ", folded_value))
        ):
            return f"a day for a question of how long: {value!r}"
        issued = (
            corpus.documents[cand.unit.doc_id].meta.date
            if cand.unit.doc_id in corpus.documents
            else None
        )
        if (past := _past_day(folded_value, issued)) is not None:
            return past
        if (
            _limit_already_past(
                folded_value,
                issued,
                cand.unit.text[:a],
                cand.unit.text[b:],
                _LIMIT_OR_START_ASKED.search(folded) is not None,
            )
            and not q.number_filter
        ):
            # (unless the question asks of a document cited, whose own limit it may be)
            return f"{PAST_LIMIT} ({issued}): {value!r}"
        if (
            TOTAL_TIME_ASKED.search(folded)
            or (_PROCEDURE_TIME_ASKED.search(folded) and not _STEP_ASKED.search(folded))
        ) and _one_step(cand.unit, unit_text, headings):
            return f"{STEP_FOR_TOTAL}: {value!r}"
        if not _STEP_ASKED.search(folded) and _step_under_timed_act(
            corpus, cand, folded, unit_text, headings
        ):
            return f"{STEP_FOR_TOTAL}: {value!r}"
        if _total_for_step(folded, cand.unit, unit_text):
            return f"{WHOLE_TIME_FOR_STEP}: {value!r}"
        if _ANNIVERSARY_BEFORE.search(before):
            return f"the years of an anniversary for a time limit: {value!r}"
        tail = plain(fold(cand.unit.text[b : b + _TIE_AFTER]))
        if (point := _length_for_point(folded, before, folded_value, tail)) is not None:
            return point
        focus_sentence = plain(fold(_focus_sentence(cand)))
        if other_act := _other_act_timed(folded, f"{unit_text} {headings}", focus_sentence):
            return other_act
        if other_start := _counted_from_another_event(folded, focus_sentence):
            return other_start
        return _other_act_of_body(
            q.route.question,
            folded,
            focus_sentence,
            plain(fold(_focus_sentence(cand, _FULL_STOP))),
        )
    if (
        _CODE_BEFORE.search(before)
        # (not when the heading is asked: "thuộc nhóm số bao nhiêu")
        or (
            _HEADING_BEFORE.search(before)
            and _DOTTED.fullmatch(value)
            and "nhom" not in folded.split()
        )
    ) and (
        not CODE_WORD.search(folded)
        # a code the question names ("mặt hàng ... (mã 2106.90.91) chịu thuế suất bao
        # nhiêu %") while it asks a share or a rate: no piece of a code answers it
        or (_asked_unit(folded, q.route.question) or ("",))[0] == "share"
        or _RATE_FOLDED.search(folded) is not None
    ):
        return f"{CODE_PIECE}: {value!r}"
    if _SYMBOL_GOES_ON.match(cand.unit.text[b : b + _UNIT_CHARS]):
        # "công văn số 01-10/2025/CV-TKV": the value opens a document's number, no quantity
        return f"a piece of a document's number: {value!r}"
    if _NUMBERED_PART_BEFORE.search(before) and not _NUMBERED_PART_WORD.search(folded):
        # "(Mẫu số 06, 07 ban hành kèm theo ...)", "tại Điều 7 và 8": the number of a form, an
        # annex or an article, no quantity
        return f"{NUMBERED_PART}: {value!r}"
    if _ITEM_LABEL_BEFORE.search(cand.unit.text, 0, a) and _ITEM_LABEL_AFTER.match(
        f"{value.strip()}{cand.unit.text[b : b + _UNIT_CHARS]}"
    ):
        # "... Ủy ban nhân dân Thành phố Hồ Chí Minh. 3. Kết quả thực hiện: ...": the number
        # of the next numbered part, run into the cell of the one before, no quantity
        return f"the number of the next item: {value!r}"
    if asks_money(folded, q.route.question):
        if _NOTHING_CHARGED.match(plain(fold(value))) and _FEE_LABEL_BEFORE.search(before):
            return None  # "Phí, lệ phí: Không": the field states that nothing is charged
        if _DURATION_AFTER.match(after):
            return f"a duration for a sum of money: {value!r}"
        if (unit := _UNIT_WORD.match(after)) and _UNIT_KINDS.get(unit.group(1)) == "measure":
            # "bán lẻ điện đến cấp điện áp 0,4kV": a measure, no sum
            return f"a measure for a sum of money: {value!r}"
        if _NUMBERED_BY_SO.search(before):
            # "Trung tâm Phục vụ hành chính công tỉnh (số 16)": a house's number, no sum
            return f"a number naming a house or an item for a sum of money: {value!r}"
        if (per := _rate_for_a_total(folded, after)) is not None:
            return f"a rate per {per} for a total sum: {value!r}"
        if _share_of_no_sum(cand.unit.text, a, value, after):
            return f"a rate of something counted for a sum of money: {value!r}"
        if cand.unit.kind != "row" and not _AMOUNT_AFTER.search(f"{value} {after}"):
            return f"{NO_SUM}: {value!r}"
        if _is_code(value.strip()) and not _AMOUNT.search(cand.answer or ""):
            return f"a code for a sum of money: {value!r}"
        if _SHARE_OF_COUNT.match(f"{value.strip()[-1:]}{after}"):
            return f"a share of a count for a sum of money: {value!r}"
        if _counts_things(cand.unit.text[b : b + _UNIT_CHARS]):
            return f"a count of things for a sum of money: {value!r}"
        if _COPIES_LABEL_BEFORE.search(before):
            return f"{NO_SUM} but a count of copies: {value!r}"
    asked = _asked_unit(folded, q.route.question)
    if (
        asked is not None
        and asked[0] in ("count", "things")
        and (
            _NUMBERED_BY_SO.search(before)
            or (
                _DESIGNATING_SO.search(before) is not None
                and (
                    _PART_AFTER.match(after) is not None
                    or re.search(
                        rf"\b{re.escape(asked[1])}(?: [a-z]+){{0,{_NAME_WORDS}}} so\s*$", before
                    )
                )
            )
        )
        and not after.lstrip(" *").startswith(asked[1])
    ):
        # "(số 16)" of an address, "Mẫu số 03" for "bao nhiêu TTHC": a number that names a
        # house or an item, no count of the things asked; nor one of the things counted
        # ("quy trình điện tử số 1", "số 3 Mục VI" for "bao nhiêu quy trình")
        return f"{NUMBERED_NOT_COUNT}, no count of {asked[1]!r}: {value!r}"
    if (
        asked is not None
        and asked[0] == "count"
        and cand.unit.kind == "text"
        and not asks_money(folded, q.route.question)
    ):
        counted = _things_counted(folded, q.route.question)
        named = _COUNTED_AS.get(counted, counted)
        written = f"{unit_text} {cand.unit.context_folded}"
        if counted and not re.search(rf"\b(?:{named})\b", written):
            # "bao nhiêu sinh viên": a sentence that never names them counts something else
            # ("01 trường")
            return f"the things counted, {counted!r}, are not in the answer's sentence"
        if _ITEM_NUMBER.match(cand.unit.text, b) and not cand.unit.text[:a].strip(" \t|"):
            # "16 Thủ tục cấp ... | 10 ngày": the number a table's row or a list's item opens
            # with, before the name it numbers, counts nothing
            return f"the number of an item for a number of {counted!r}: {value!r}"
    measured = things_measured(q.route.question)
    if measured and q.route.intent in ("figure", "target"):
        written = f"{unit_text} {plain(cand.unit.context_folded)}"
        if not all(re.search(rf"\b{word}\b", written) for word in measured):
            # "bao nhiêu lít sữa": "0,75 lít nước mắm" measures another thing
            return f"the thing measured, {' '.join(measured)!r}, is not in the answer's sentence"
    if (excluded := _counts_excluded(folded, after)) is not None:
        return f"a count of {excluded!r}, which the question leaves out: {value!r}"
    if (
        asked is not None
        and asked[0] in ("count", "things")
        and _YEAR.fullmatch(value.strip())
        and (_YEAR_BEFORE.search(before) or _LAW_NAMED_BEFORE.search(before))
    ):
        # "... năm 2025 và 2026", "Luật Năng lượng nguyên tử 2025": a year for "bao nhiêu thủ
        # tục", none of the things counted written after it
        return f"a year for a number of {asked[1]!r}: {value!r}"
    if (
        (asked is None or asked[0] in ("count", "things"))
        # the "%" ending the value or written right after it ("6,6%/năm" read as "6,6")
        and (value.strip().endswith("%") or after.lstrip().startswith("%"))
        and _asks_a_number_of_things(folded, q.route.question)
        and not _OF_THE_COUNT.match(after.lstrip().removeprefix("%"))
    ):
        return f"{SHARE_FOR_COUNT}: {value!r}"
    if asked is None:
        return None
    answer = plain(fold(cand.answer or "")).translate(_SUPERSCRIPTS)
    written = after.translate(_SUPERSCRIPTS)
    return _unit_mismatch(
        asked, plain(fold(value)), written, cand.unit.kind, answer, cand.answer or ""
    )


# What a question leaves out of the things it counts: "(không tính phường)", "không kể đặc
# khu" (folded); the word after it
_LEFT_OUT = re.compile(r"\b(?:khong tinh|khong ke)\s+(\w+)")
# The kinds a value counts together, written right after it up to a clause's end or a bracket:
# "56 xã, phường" (folded); the kinds after the first, not those of a number of their own
# ("85 xã, 14 phường": 85 counts no "phường")
_KINDS_COUNTED = re.compile(r"[^;.()|:]*")
_KINDS_JOINED = re.compile(r"(?:,|\bva\b)\s*(\w+)")


def _counts_excluded(folded: str, after: str) -> str | None:
    """The kind the question leaves out of its count ("bao nhiêu xã (không tính phường)")
    that the value counts with the first ("56 xã, phường"), or None."""
    counted = _KINDS_COUNTED.match(after.lstrip())
    if counted is None:
        return None
    joined = {m.group(1) for m in _KINDS_JOINED.finditer(counted.group(0))}
    for match in _LEFT_OUT.finditer(folded):
        if match.group(1) in joined:
            return match.group(1)
    return None


# "km²", "m³": the unit as typed with digits ("km2", "m3").
_SUPERSCRIPTS = str.maketrans({"²": "2", "³": "3"})


# A year ("2026") and what writes one before it (folded): "năm", "giai đoạn", a year and the
# word joining it to the next ("năm 2025 và", "2021 -")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_YEAR_BEFORE = re.compile(r"\b(?:nam|giai doan)\s+(?:(?:19|20)[0-9]{2}\s*(?:va|den|-|–|,)\s*)?$")


# "Số trạm BTS ...", "số lượng hồ sơ ...", as typed with tones (folded "so" is also "sở", the
# department): a number of things is asked; not "một số" (some), "chỉ số" (an index), "tỷ
# số", nor a number that names ("số hiệu", "số điện thoại") or money ("số tiền").
_NUMBER_OF = r"(?<!một )(?<!chỉ )(?<!tỷ )(?<!\w)số (?:lượng )?"
_NOT_THINGS = "tiền|hiệu|điện|ký|liệu|hóa|hoá|thứ"
_NUMBER_OF_THINGS = re.compile(rf"{_NUMBER_OF}(?!{_NOT_THINGS})\w")


# "100% số xã", "80% các trường": a share of the things counted may answer how many (folded).
_OF_THE_COUNT = re.compile(r"\s*(?:tong so|so|cac)\b")


def _asks_a_number_of_things(folded: str, question: str) -> bool:
    """ "Số trạm BTS 5G ... là bao nhiêu?": a count is asked, no share ("tỷ lệ", "phần trăm",
    "%")."""
    if _SHARE_ASKED.search(folded) or "%" in folded:
        return False
    typed = question.lower()
    if _CHANGE_ASKED.search(typed):
        return False  # "số vụ ... tăng bao nhiêu": a count's growth is written as a share
    return _NUMBER_OF_THINGS.search(typed) is not None


# "tăng (thêm / lần lượt / ít nhất) bao nhiêu", "giảm mấy": the change of a count is asked,
# as typed with tones (folded "tang" is also "tặng", given, and "tầng", a floor)
_CHANGE_ASKED = re.compile(r"(?<!\w)(?:tăng|giảm)(?:\s+\w+){0,3}?\s+(?:bao\s+nhiêu|mấy)(?!\w)")


# The words before a value that make it (a piece of) a code: "mã số 220825-2", "mã hồ sơ
# 1.013120" (folded, the value's own run of characters between).
_CODE_BEFORE = re.compile(r"\bma(?: so| ho so| thu tuc)?\s+[^\s]*$")
# A heading of the goods nomenclature, before a dotted value ("thuộc nhóm 21.06", "phân nhóm
# 2106.90"), folded
_HEADING_BEFORE = re.compile(r"\bnhom\s*$")
# A document's number going on after the value ("01" of "01-10/2025/CV-TKV", "15" of
# "15/2025/QĐ-UBND"), as written: a slash or a hyphen, then a symbol with a slash in it
_SYMBOL_GOES_ON = re.compile(r"[-/](?:[\w.-]*/)+[^\W\d_]")
# The label of a numbered part a document names, with the numbers listed before the value
# ("mẫu số 06, 07", "phụ lục 02 và 03", "điều 7 và 8", "khoản 2"), folded: the value numbers a
# form, an annex or an article
_NUMBERED_PART_BEFORE = re.compile(
    r"\b(?:mau|bieu mau|bieu|phu luc|dieu|khoan|chuong)(?: so)?\s+"
    r"(?:[0-9]{1,3}[a-z]?\s*(?:,|\bva\b|-|–)\s*)*$"
)
# A question that names such a part ("mẫu số mấy", "điều nào", "phụ lục"; folded, "mau" is
# also "màu", "dieu" also "điều kiện"): left unchecked
_NUMBERED_PART_WORD = re.compile(r"\b(?:mau|bieu|phu luc|dieu|khoan|chuong)\b")
# A share of a number of things, not of a sum ("60% số lượng thí sinh", "50% tổng số hồ sơ";
# "50% số tiền" is money): the share's "%" and the folded words after it.
# A word in capitals right after a number ("(02 TTHC)", "15 DVCTT"): things counted, unless it
# is a currency ("VNĐ", "USD", "ĐỒNG")
_CAPITALS_AFTER = re.compile(r"\s*([^\W\d_]{2,})(?!\w)")
_CURRENCY_CAPITALS = frozenset({"vnd", "usd", "eur", "dong", "trieu", "ty", "nghin", "ngan"})


def _counts_things(after: str) -> bool:
    """The text right after a number, as written, names things counted in capitals."""
    m = _CAPITALS_AFTER.match(after)
    return (
        m is not None and m.group(1).isupper() and plain(fold(m.group(1))) not in _CURRENCY_CAPITALS
    )


# The field of a dossier's papers a number fills ("Bản chính: 03", "Số lượng hồ sơ: 01 bộ"),
# folded, right before it: a count of copies
_COPIES_LABEL_BEFORE = re.compile(r"\b(?:ban (?:chinh|sao)|so luong(?: ho so)?|so bo)\W*$")
_SHARE_OF_COUNT = re.compile(r"%\s*(?:tong )?so (?!tien\b)")
# A day with its year (folded): "06/01/1946", "ngày 06 tháng 01 năm 1946".
_DAY_YEAR = re.compile(
    r"[0-9]{1,2}\s*[/.-]\s*[0-9]{1,2}\s*[/.-]\s*((?:19|20)[0-9]{2})\b"
    r"|\bngay\s+[0-9]{1,2}\s+thang\s+[0-9]{1,2}\s+nam\s+((?:19|20)[0-9]{2})\b"
)
# "Kỷ niệm 80 năm ngày Tổng tuyển cử": the years an anniversary counts (folded, before them).
_ANNIVERSARY_BEFORE = re.compile(r"\bky niem\W*$")
_PAST_YEARS = 2  # a time limit the document sets falls in its year or after, or shortly before


_FULL_DAY = re.compile(r"\b(\d{1,2})(?: thang |\s*[/.-]\s*)(\d{1,2})(?: nam |\s*[/.-]\s*)(\d{4})\b")


# A day opening its sentence, a comma after it ("Ngày 10/10/2024, tại Công văn số ... Cục Thuế
# trả lời ..."): the day of an event told, the text before the day and the text after it
# (a sentence starts after a full stop, a blank line or at a list mark, not at a hard-wrapped
# line's break)
_EVENT_DAY_BEFORE = re.compile(
    r"(?:^|[.;:!?]\s+|\n[ \t]*\n|\n[ \t]*[-+•|])[\s*_|-]*(?:[Nn]gày\s+)?$"
)
_EVENT_DAY_AFTER = re.compile(r"[\s*_]*,")
_EVENT_SENTENCE_CHARS = 200  # the sentence of an event's day, read after it
# A limit or a start asked ("trước ngày nào", "bắt đầu tính từ ngày nào", "hạn chót"), folded
_LIMIT_OR_START_ASKED = re.compile(r"\b(?:truoc|cham nhat|han chot|thoi han)\b|\bbat dau\b")
# What a start told as an event writes ("Ngày 01/7/2025, Thông tư ... bắt đầu có hiệu lực")
_START_WRITTEN = re.compile(r"\b(?:bat dau|hieu luc|ap dung|ke tu|tu ngay)\b")


def _limit_already_past(
    value: str, issued: str | None, before: str, after: str, asks_limit: bool
) -> bool:
    """A day (folded ``value``) before the one the document was issued (``issued``, ISO), in a
    sentence telling what was done ("đã", in the text ``before`` the value; or, when a limit or
    a start is asked, ``asks_limit``, the day opening the sentence, a comma in the text
    ``after`` it): a limit an earlier document set, or an event, which the document recalls,
    not a limit it sets ("nhận công văn ... vào ngày nào" asks the event's day itself)."""
    m = _FULL_DAY.search(value)
    told = re.search(r"(?<!\w)đã(?!\w)", before) is not None or (
        asks_limit
        and _EVENT_DAY_BEFORE.search(before) is not None
        and _EVENT_DAY_AFTER.match(after) is not None
        and not _START_WRITTEN.search(plain(fold(after[:_EVENT_SENTENCE_CHARS])))
    )
    if m is None or not issued or not told:
        return False
    day = given_iso(*m.groups())
    return day is not None and day < issued[:10]


def _past_day(value: str, issued: str | None) -> str | None:
    """A day (folded ``value``) years before the document was issued (``issued``, ISO): an
    event it recalls, no time limit it sets."""
    m = _DAY_YEAR.search(value)
    if m is None or not issued or not issued[:4].isdigit():
        return None
    year = int(m.group(1) or m.group(2))
    if year <= int(issued[:4]) - _PAST_YEARS:
        return f"a day of {year} for a time limit of a document of {issued[:4]}: {value!r}"
    return None


# Bounds (folded): a question of the most ("tối đa", "không quá", "chậm nhất") is not answered
# by a value written as the least ("ít nhất 03 ngày làm việc trước thời hạn"), nor the other
# way round.
_BOUND_BEFORE = 14  # the bound word sits right before its value


# How often is asked ("bao nhiêu ngày một lần", "bao lâu 1 lần", "định kỳ bao lâu"), folded;
# a period written by its value ("06 tháng một lần", "500.000 đồng/lần", "định kỳ 03 tháng",
# "mỗi năm", "hằng quý")
_FREQUENCY_ASKED = re.compile(
    r"\b(?:bao nhieu \w+|bao lau) (?:mot|1) lan\b|\bdinh ky (?:\w+ )?bao (?:nhieu|lau)\b"
)
_FREQUENCY_WRITTEN = re.compile(
    r"\b(?:mot|1|01) lan\b|/\s*lan\b|\bdinh ky\b|\bmoi\b|\bh[ao]ng (?:ngay|tuan|thang|quy|nam)\b"
)
_FREQUENCY_REACH = 30  # characters read on each side of a value for its period


def _other_bound(folded: str, before: str) -> str | None:
    """The bound written right before the value (folded ``before``) against the one the
    question asks, when they differ."""
    near = before[-_BOUND_BEFORE:]
    if UPPER_BOUND.search(folded) and LOWER_BOUND.search(folded):
        return None  # "dung lượng tối thiểu ... và kích cỡ tối đa": both bounds are asked
    if UPPER_BOUND.search(folded) and LOWER_BOUND.search(near):
        return "a least value for a question of the most"
    if LOWER_BOUND.search(folded) and UPPER_BOUND.search(near):
        return "a most value for a question of the least"
    return None


# ------------------------------------------------------------------ the unit asked

# Units a value is written with, by kind (folded words right after the number).
# Measures a question may spell out where a text writes the symbol ("bao nhiêu mét" for "30m",
# "bao nhiêu héc-ta" for "15ha"), folded, with their symbols: units of measure, not things
# counted
_SPELLED_UNITS = {
    **dict.fromkeys(("met",), "m"),
    **dict.fromkeys(("kilomet",), "km"),
    **dict.fromkeys(("milimet",), "mm"),
    **dict.fromkeys(("centimet",), "cm"),
    **dict.fromkeys(("hecta", "hec"), "ha"),
    **dict.fromkeys(("kilogam", "kilogram"), "kg"),
    **dict.fromkeys(("gam", "gram"), "g"),
}
_UNIT_KINDS = {
    # "bao nhiêu tiếng" (hours, as spoken), "bao nhiêu thời gian", "bao nhiêu giây"
    **dict.fromkeys(
        ("ngay", "thang", "nam", "gio", "phut", "tuan", "lau", "tieng", "thoi", "giay"), "time"
    ),
    **dict.fromkeys(("dong", "d", "trieu", "ty", "nghin", "ngan", "vnd", "usd", "tien"), "money"),
    **dict.fromkeys(("%", "phan"), "share"),
    **dict.fromkeys(
        ("gb", "mb", "tb", "kb", "ha", "km", "km2", "m", "m2", "m3", "kg", "tan", "kw", "kwh",
         "mw", "lit", "mm", "cm", "gw", "kv", *_SPELLED_UNITS), "measure"
    ),
}  # fmt: skip
# Units of time by their length: a length asked in one ("bao nhiêu năm") is not written in
# one three steps shorter or longer ("48 giờ"), folded
_TIME_RANK = {"phut": 0, "gio": 1, "ngay": 2, "tuan": 3, "thang": 4, "nam": 5}
_FAR_TIMES = 3
# Units of one quantity, that one rule may write side by side ("500MB/hộp thư cá nhân, 2GB/hộp
# thư cơ quan", "800.000 đồng ... 1,2 triệu đồng"), folded
_SAME_QUANTITY = {
    **dict.fromkeys(("kb", "mb", "gb", "tb"), "data"),
    **dict.fromkeys(("dong", "d", "trieu", "ty", "nghin", "ngan", "vnd"), "vnd"),
    **dict.fromkeys(("mm", "cm", "m", "km"), "length"),
    **dict.fromkeys(("m2", "ha", "km2"), "area"),
    **dict.fromkeys(("kg", "tan"), "mass"),
    **dict.fromkeys(("kw", "mw", "gw"), "power"),
    **dict.fromkeys(_TIME_RANK, "time"),
}


# A measured quantity a question names, without a unit ("dung lượng ... bao nhiêu", "diện
# tích ... là bao nhiêu"): the quantity of the units that measure it (folded)
_QUANTITY_NAMED_TONED_OF = {"dung lượng": "data", "diện tích": "area", "chiều dài": "length"}
_QUANTITY_NAMED_OF = {plain(name): kind for name, kind in _QUANTITY_NAMED_TONED_OF.items()}
_QUANTITY_NAMED = re.compile(rf"\b({'|'.join(_QUANTITY_NAMED_OF)})\b")
# The same as typed with marks: folded, "thủy điện tích năng" writes "dien tich" too
_QUANTITY_NAMED_TONED = re.compile(rf"(?<!\w)({'|'.join(_QUANTITY_NAMED_TONED_OF)})(?!\w)")


def same_unit(asked: str, written: str) -> bool:
    """The unit word ``written`` after a value is the one a question asks (both folded), as
    a symbol or spelled out ("m" for "met"); any currency for "tien"; any unit of the quantity
    a question names without a unit ("data" for "dung lượng": "MB", "GB")."""
    if asked == "tien":
        return _UNIT_KINDS.get(written) == "money"
    if asked in _QUANTITY_NAMED_OF.values():
        return _SAME_QUANTITY.get(_SPELLED_UNITS.get(written, written)) == asked
    return _SPELLED_UNITS.get(asked, asked) == _SPELLED_UNITS.get(written, written)


def quantity_of(unit: str) -> str:
    """The quantity a value's unit word (folded, as :func:`extractors.value_unit` reads it)
    measures: "gb" and "mb" alike; a word of no known quantity is its own."""
    return _SAME_QUANTITY.get(unit, unit)


_UNIT_WORD = re.compile(r"[\s(]*(%|[a-z0-9]+)")
_SHARE_ASKED = re.compile(r"\b(?:ty le|ti le|phan tram|ty trong|ti trong)\b")
# A tax or an interest rate asked ("thuế suất ... là bao nhiêu"), a share; not a subsidy of
# interest ("thời gian hỗ trợ lãi suất"), nor a loan described by its rate ("vay vốn ưu đãi lãi
# suất ... được vay tối đa bao nhiêu"), nor with a time asked, folded
_RATE_ASKED = re.compile(
    r"\b(?:thue suat|(?<!ho tro )(?<!cap bu )(?<!uu dai )lai suat)\b"
    r"(?:(?!\b(?:so tien|han muc|muc (?:cho )?vay|duoc vay|vay toi da)\b)[^?]){0,120}"
    r"\bbao nhieu\b"
)
_TIME_OF_RATE = re.compile(r"\b(?:thoi gian|thoi han|bao lau|may nam|may thang)\b")
_FRACTION = re.compile(r"\s*\d{1,2}\s*/\s*\d{1,2}\s*")  # "2/3" of the households: a share
_CHECKED_INTENTS = frozenset({*VALUE_INTENTS, "deadline"})

# The positions of a body's head, as a question writes them (folded)
_POSITION_WORDS = (
    r"(?:pho )?(?:chu tich|(?:tong )?giam doc|cuc truong|truong ban|truong phong|bo truong"
    r"|thu truong|thu tuong|chanh van phong|chanh thanh tra|bi thu|vien truong)|nguoi dung dau"
)
# The holder of a position the question names asked, no act of his ("Giám đốc Trung tâm X hiện
# nay là ai?", "ai là Chủ tịch ...", "ai làm trưởng ban ..."): a person, not the body or the
# position (folded)
_HOLDER_ASKED = re.compile(
    rf"^(?:(?:{_POSITION_WORDS}) [^?]*\b(?:hien nay |hien tai |dang )?la ai\W*$"
    rf"|.*\bai (?:hien nay |hien tai |dang )?(?:la|lam) (?:{_POSITION_WORDS})\b)"
)
# A person's name: two to four capitalized words ("Trần Hồng Hà"), read once the names of
# bodies and the positions of their heads are taken out
_PERSON_NAME = re.compile(
    rf"[{CAPITAL_LETTERS}][^\W\d_]+(?:\s+[{CAPITAL_LETTERS}][^\W\d_]+){{1,3}}"
)
# The levels of a place, as written before its name
_PLACE_LEVELS = "tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường"
# A place's name after its level ("thành phố Đà Nẵng", "tỉnh Cao Bằng"): no person's name
_PLACE_NAMED = re.compile(rf"(?i:\b(?:{_PLACE_LEVELS}|đặc khu))\s+{_PERSON_NAME.pattern}")
# A reason asked ("lý do ... là gì", "vì sao"), and the words that give one in an answer (folded)
_REASON_ASKED = re.compile(
    r"\b(?:ly do|nguyen nhan)\b[^?]*\b(?:la gi|gi)\W*$|\b(?:vi sao|tai sao)\b"
)
# (what a sentence carries out is its reason: "Thực hiện Nghị quyết 68 ... thì ...")
_REASON_WRITTEN = re.compile(
    r"(?<!trong )(?<!qua )\bdo\b"  # "trong đó", "qua đó" point back, they give no cause
    r"|\b(?:vi|boi|nguyen nhan|ly do|nham|de|dan den|nen|thuc hien|can cu)\b"
)


# A value reached ("đã thu hút vốn FDI đạt 1.219 triệu USD"), with its marks: what a report
# says was done, with no word of a plan ("chỉ tiêu", "mục tiêu", "phấn đấu", "kế hoạch", "được
# giao") before the value that would make it the target the question asks ...
_RESULT_REACHED = re.compile(r"(?<!\w)đã(?: \w+){0,6}? đạt(?!\w)")
_PLAN_WORDS = re.compile(
    r"(?<!\w)(?:chỉ tiêu|mục tiêu|phấn đấu|kế hoạch|được giao|giao chỉ tiêu|dự kiến|định hướng)"
    r"(?!\w)"
)
# ... when the question asks a plan's value (folded), and not what was reached ("đã"), as typed
_PLAN_ASKED = re.compile(r"\b(?:chi tieu|muc tieu|phan dau|ke hoach)\b")
_REACHED_ASKED = re.compile(r"(?<!\w)(?:đã|da)(?!\w)")


def _reports_a_result(lead: str) -> bool:
    """The words of a sentence up to its value (lower case, with marks) report the value
    reached, not one planned (what follows it may weigh it against a plan: "..., bằng 115,1%
    mục tiêu")."""
    return _RESULT_REACHED.search(lead) is not None and not _PLAN_WORDS.search(lead)


def _lead_to_value(cand: Candidate) -> str:
    """The candidate's sentence up to the end of its value, lower case with one tone
    placement (its unit's whole text when it has no value)."""
    text = cand.unit.text
    if cand.focus is None:
        return " ".join(match_key(text).split())
    start = _sentence_start(text, cand.focus[0], SENTENCE_END)
    return " ".join(match_key(text[start : cand.focus[1]]).split())


def _text_and_headings(cand: Candidate) -> tuple[str, str]:
    """The candidate's unit text and the headings above it, folded plain."""
    return plain(fold(cand.unit.text)), plain(cand.unit.context_folded.partition(" || ")[0])


def _title_of(cand: Candidate) -> str:
    """The title of the candidate's document, folded plain."""
    return plain(cand.unit.context_folded.partition(" || ")[2])


def _focus_sentence(cand: Candidate, end: re.Pattern[str] = SENTENCE_END) -> str:
    """The sentence of the candidate's unit that holds its answer (the unit's text when it has
    no focus); with ``end`` a full stop, its clauses after a semicolon with the one opening
    it, whose subject they share."""
    text = cand.unit.text
    if cand.focus is None:
        return text
    a, b = cand.focus
    stop = end.search(text, b)
    return text[_sentence_start(text, a, end) : stop.end() if stop else len(text)]


def _sentence_start(text: str, at: int, end: re.Pattern[str]) -> int:
    """Where the sentence holding position ``at`` of ``text`` starts: after the last ``end``
    before it."""
    ends = [m.end() for m in end.finditer(text, 0, at)]
    return ends[-1] if ends else 0


# "doanh nghiệp nào", "công ty nào", "nhà thầu nào" (folded): a company is asked, by its name
_COMPANY_ASKED = re.compile(r"\b(?:doanh nghiep|cong ty|tap doan|nha thau|nha cung cap)\s+nao\b")
_CAPITALIZED = re.compile(rf"(?<![\w/-])[{CAPITAL_LETTERS}][^\s,.;:?!()/]*")
# Capitalized words that open a reference to a document or to a part of one ("Điều 1 Quyết
# định này", "Phụ lục II", "Nghị định số ..."), folded: no organization's name
_REFERENCE_WORDS = frozenset(
    {"dieu", "khoan", "diem", "chuong", "muc", "phu", "quyet", "nghi", "thong", "luat", "chi"}
)
# The kinds a company is named by: a public body's name that opens with one ("Ngân hàng ...",
# "Tập đoàn ...") may be a company's, any other is a state body's or an association's
_COMPANY_KIND = re.compile(r"(?i:(?:tổng )?công ty|tập đoàn|ngân hàng|hợp tác xã|doanh nghiệp)")
# A public body's name read on over its capitalized words and the lower-case ones between them
# ("Hiệp hội Ngân hàng Việt Nam", "Thuế tỉnh Bắc Ninh", "Thủ tướng Chính phủ"), a place named
# by its unit ("tỉnh Khánh Hòa"), the country: names of no company
# (and a document's number, "838/CCTKV.XII-NVDTPC.HUE"); the run stops where a company's
# name opens
_NAME_RUN = (
    rf"(?:\s+(?!{_COMPANY_KIND.pattern})"
    rf"(?:[{CAPITAL_LETTERS}][^\s,.;:?!()/]*|[^\W\d_]+(?=\s+[{CAPITAL_LETTERS}])))*"
)
_NOT_COMPANY = re.compile(
    rf"(?:{AGENCY.pattern}|Thủ tướng|Chính phủ|Quốc hội|Nhà nước)(?=\W){_NAME_RUN}"
    rf"|(?<!\w)(?:{_PLACE_LEVELS})\s+[{CAPITAL_LETTERS}]"
    rf"\S*{_NAME_RUN}|Việt Nam|(?<!\S)[^\s/]*/\S*"
)
# A sentence's first word, capitalized as any sentence's is ("Về vấn đề này, ...")
_SENTENCE_OPENING = re.compile(r"(?:^|[.:;!?…]\s+)[\W_]*$")


def _names_organization(q: Question, answer: str) -> bool:
    """The ``answer`` names a company: one of a company's kinds by its name ("Công ty TNHH
    BHFLEX VINA"), not in another body's name ("Hiệp hội Ngân hàng Việt Nam"), or a capitalized
    word the question does not write ("VNPT", "Viettel") outside the names of state bodies,
    associations and places and the numbers of documents; a sentence's capital first word is
    no name unless written in capitals."""
    others = [m.span() for m in _NOT_COMPANY.finditer(answer) if not _COMPANY_KIND.match(m.group())]
    for m in ORGANIZATION_NAMED.finditer(answer):
        if not m.group("office") and not any(a <= m.start() < b for a, b in others):
            return True
    asked = set(plain(q.route.question).split())
    for word in _CAPITALIZED.finditer(answer):
        text = word.group()
        if any(a <= word.start() < b for a, b in others) or any(ch.isdigit() for ch in text):
            continue
        if ROMAN.fullmatch(text):
            continue  # a numbered part or region ("khu vực XII", "Phụ lục II")
        if not text.isupper() and _SENTENCE_OPENING.search(answer, 0, word.start()):
            continue
        if not set(plain(text).split()) <= asked | _REFERENCE_WORDS:
            return True
    return False


# The duties asked of a body ("Sở KH&CN có trách nhiệm gì", "nhiệm vụ của Sở Tài chính là
# gì", "Sở X phải làm gì"), folded
_DUTY_ASKED = re.compile(
    r"\b(?:trach nhiem|nhiem vu)(?: cu the)? (?:gi|nao)\b"
    r"|\b(?:trach nhiem|nhiem vu) cua\b[^?]*\bla gi\b|\bphai lam gi\b"
)
_ACRONYM_NAME = re.compile(r"[A-ZĐ&]{2,}")


def _duty_of_unnamed_body(corpus: Corpus, q: Question, cand: Candidate) -> str | None:
    """For the duties of a body the question names by its kind and name ("Sở KH&CN Huế có
    trách nhiệm gì?"), an answer whose unit, with its headings, its title and the spans quoted
    with it, never writes that body (its name, or the words its acronym stands for): the duty
    of other bodies ("Thủ trưởng các đơn vị liên quan chịu trách nhiệm thi hành ...")."""
    duty = _DUTY_ASKED.search(plain(q.route.folded))
    if duty is None or not q.route.accented:
        return None
    bodies = [m for m in AGENCY.finditer(q.route.question) if " " in m.group()]
    before = [m for m in bodies if m.end() <= duty.start()]
    body = before[-1] if before else next(iter(bodies), None)
    if body is None:
        return None
    name = body.group().split()[-1]
    if not any(ch.isupper() for ch in name):
        return None
    text = corpus.texts.get(cand.unit.doc_id, "")
    quoted = " ".join(text[a:b] for a, b in cand.extra)
    evidence = plain(f"{fold(cand.unit.text)} {cand.unit.context_folded} {fold(quoted)}")
    if _ACRONYM_NAME.fullmatch(name):
        letters = plain(fold(name)).replace("&", "").replace(" ", "")
        if spells_initials(evidence, letters) or writes_phrase(evidence, plain(fold(name))):
            return None
    elif writes_phrase(evidence, plain(fold(body.group()))):
        return None
    return f"the duty of a body the answer's unit does not name: {body.group()!r}"


def asked_element_unsaid(q: Question, answer: str, unit_text: str = "") -> str | None:
    """The element the question asks of a subject the document covers, when the answer does not
    write one of its kind: a person for the holder of a position ("Giám đốc Trung tâm X là
    ai?" answered by a body), an address, an e-mail or a telephone number for contact details,
    a cause for a reason ("lý do ... là gì", in the answer or the ``unit_text`` it is read
    from). None when the answer writes it or the question asks none of these."""
    if not answer:
        return None
    folded = plain(q.route.folded)
    if q.route.intent == "agency" and _HOLDER_ASKED.search(folded):
        position = re.search(rf"\b(?:{_POSITION_WORDS})\b", folded)
        said = plain(fold(f"{answer} {unit_text}"))
        if position is not None and not re.search(rf"\b{position.group()}\b", said):
            # "ai làm trưởng ban ...": a sentence naming no such position names no holder
            return f"the holder of {position.group()!r} asked, the position unsaid: {answer!r}"
        rest = _PLACE_NAMED.sub(" ", HOLDER_TITLE.sub(" ", AGENCY.sub(" ", answer)))
        # a name the question writes itself is the body's ("Viện Bỏng Lê Hữu Trác"), no holder
        if all(named_in_question(q, name.group()) for name in _PERSON_NAME.finditer(rest)):
            return f"the holder of a position asked, no person named: {answer!r}"
    if _COMPANY_ASKED.search(folded) and not _names_organization(q, answer):
        return f"a company asked, none named: {answer!r}"
    written = plain(fold(answer))
    if contact_unwritten(q, answer):
        return f"{NO_CONTACT}: {answer!r}"
    if (
        _REASON_ASKED.search(folded)
        and _REASON_WRITTEN.search(f"{written} {plain(fold(unit_text))}") is None
    ):
        return f"a reason asked, none given: {answer!r}"
    return None


# The first word of the things a count asks for, after "bao nhiêu / mấy" (folded): "bao
# nhiêu sinh viên" → "sinh", "mấy trạm BTS" → "tram".
_COUNTED = re.compile(rf"{HOW_MANY}\s+([a-z]+)(?:\s+([a-z]+))?")
# The word typed after "bao nhiêu" / "mấy", with its tones
_COUNTED_TYPED = re.compile(r"(?:bao\s+nhiêu|mấy)\s+([^\W\d_]+)")


# People counted are written by what they are ("bao nhiêu người": "120 cán bộ, công chức",
# "35 đại biểu"), folded
_COUNTED_AS = {
    "nguoi": "nguoi|can bo|cong chuc|vien chuc|lao dong|dai bieu|thanh vien|hoc sinh|sinh vien"
    "|hoc vien|doan vien|dang vien|hoi vien|nhan vien|chuyen gia|giao vien|bac si|ca nhan",
}


# The first words of things a share of which is no number of them: people and the units
# they live in ("15% người" answers no "bao nhiêu người"; "20% chi phí" does answer "cắt giảm
# bao nhiêu chi phí", a quantity that is no count of things)
_COUNTED_BY_HEAD = frozenset(
    {w.split()[0] for w in _COUNTED_AS["nguoi"].split("|")}
    | {"ho", "xa", "thon", "ban", "phuong", "huyen", "tinh", "to"}
)


# Things a rule counts that are no people nor places: criteria, procedures, papers, tasks
# ("06 tiêu chí", "05 thủ tục"), right after the value, folded
# (not "chỉ tiêu", a quota that may count people: "150 chỉ tiêu biên chế công chức")
_OTHER_THINGS_AFTER = re.compile(
    r"\s*(?:tieu chi|thu tuc|tthc|van ban|nhiem vu|du an|ho so|linh vuc|muc tieu)\b"
)


def _things_counted(folded: str, question: str = "") -> str | None:
    """The folded word naming what a count question asks the number of, or None (no word,
    a function word, a unit of time, money or measure). A noun whose first word folds to a
    function word ("thị trấn", "cán bộ": "thì", "cần") is read as its two words when the
    ``question`` types it with its tones."""
    m = _COUNTED.search(folded)
    if m is None:
        return None
    if m.group(1) in NO_UNIT or m.group(1) in STOP_WORDS:
        typed = _COUNTED_TYPED.search(question.lower())
        if (
            typed is None
            or m.group(2) is None
            or m.group(2) in STOP_WORDS
            or plain(typed.group(1)) != m.group(1)
            or typed.group(1) == m.group(1)  # typed without its tones
            or match_key(typed.group(1)) in STOP_WORDS_TONED | _NO_UNIT_TONED
        ):
            return None
        return f"{m.group(1)} {m.group(2)}"
    return None if m.group(1) in _UNIT_KINDS or m.group(1) == "tien" else m.group(1)


# After a number, a name written with a capital ("16 Thủ tục cấp ...": no acronym, "02 TTHC"
# counts things)
_ITEM_NUMBER = re.compile(rf"[ \t]+[{CAPITAL_LETTERS}][^\W\d_{CAPITAL_LETTERS}]+\s")

# "bao nhiêu tấn sầu riêng", "mấy lít sữa mỗi tháng": a unit of measure, as typed, and the
# words after it, which name the thing measured
_MEASURED_TYPED = re.compile(
    # (a lookahead: each start is tried, one match taking no words another may need)
    r"(?<!\w)(?=(?:bao\s+nhi[eê]u|m[aấ]y)\s+(\S+)\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?)"
)
# Words that end the thing measured (folded), whatever the question's tones: a period, a bound,
# a place or a purpose after it ("bao nhiêu kg mỗi ngày", "bao nhiêu m2 để ...")
_MEASURED_END = frozenset(
    {*NO_UNIT, "tro", "tren", "duoi", "tu", "den", "trong", "de", "va", "hoac", "tai", "o"}
    | {"nam", "ngay", "thang", "gio", "tuan", "dem", "lan", "nguoi", "ho", "xa", "tinh"}
)
_MEASURED_WORDS = 2  # words of the thing measured read, at most


def things_measured(question: str) -> tuple[str, ...]:
    """The folded words naming what a measure the question asks is of: "bao nhiêu tấn sầu
    riêng" → ("sau", "rieng"), "mấy lít sữa mỗi tháng" → ("sua",); () when "bao nhiêu" asks no
    unit of measure or no word follows it. A question typed with its tones ends the words at
    a function word too ("bao nhiêu tấn sau khi ..."), one typed without them only at a word
    that cannot name a thing."""
    # the first "bao nhiêu / mấy" followed by a unit of measure ("dệt may ... bao nhiêu tấn sợi")
    m = next(
        (
            found
            for found in _MEASURED_TYPED.finditer(question.lower())
            if _UNIT_KINDS.get(plain(fold(found.group(1)))) == "measure"
        ),
        None,
    )
    if m is None:
        return ()
    toned = accent_ratio(question) > 0.0
    words: list[str] = []
    for typed in m.group(2, 3)[:_MEASURED_WORDS]:
        if typed is None:
            break
        word = plain(fold(typed))
        if word in _MEASURED_END or (toned and match_key(typed) in STOP_WORDS_TONED):
            break
        words.append(word)
    return tuple(words)


def _asked_unit(folded: str, question: str) -> tuple[str, str] | None:
    """The kind of unit a question asks and its word: "bao nhiêu GB" → ("measure", "gb"),
    "bao nhiêu kiến nghị" → ("count", "kien"); without a unit after "bao nhiêu", or without
    "bao nhiêu" ("So sánh số dự án ..."), the quantity the question names: "tỷ lệ ..." →
    ("share", ""), "số hồ sơ ..." → ("things", "ho"); None when it names none."""
    how_much = _HOW_MUCH_UNIT.search(folded)
    if how_much is not None and how_much.group(1) not in NO_UNIT:
        word = how_much.group(1)
        if word == "giay" and _PAPER_ASKED.search(question.lower()):
            return "count", word  # "bao nhiêu giấy chứng nhận": papers, no seconds
        return _UNIT_KINDS.get(word, "count"), word
    if how_much is not None and (counted := _things_counted(folded, question)) is not None:
        return "count", counted  # "bao nhiêu thị trấn": folded, "thi" is also "thì"
    if _SHARE_ASKED.search(folded) or (
        _RATE_ASKED.search(folded) and not _TIME_OF_RATE.search(folded)
    ):
        return ("share", "")
    typed = question.lower()
    if how_much is not None:
        toned = plain(typed) != typed
        quantity = (_QUANTITY_NAMED_TONED if toned else _QUANTITY_NAMED).search(
            typed if toned else folded
        )
        if quantity is not None:
            # "dung lượng hộp thư tối đa bao nhiêu": a measure of the quantity named ("03
            # tháng" is none)
            return "measure", _QUANTITY_NAMED_OF[plain(quantity.group(1))]
    named = _NUMBER_OF_NAMED.search(typed)
    if named is None:
        return None
    word = plain(fold(named.group(1)))
    return _UNIT_KINDS.get(word, "things"), word


# "số dự án", "số lượng hồ sơ" (with tones: folded "so" is also "sở"): the number of things a
# question names, by the first word of the things (not a document's "số 12/KH", "số mấy", nor
# a sum: "số thu", "số vốn", "số kinh phí").
_NUMBER_OF_NAMED = re.compile(
    rf"{_NUMBER_OF}(?!(?:{_NOT_THINGS}|mấy|bao|thu|chi|vốn|kinh|dư|nợ|nộp|vay|thuế)\b)"
    r"([^\W\d_]+)"
)


# A total sum asked ("tổng kinh phí", "tổng số tiền"), folded
_TOTAL_SUM_ASKED = re.compile(r"\btong (?:kinh phi|so tien|chi phi|ngan sach|muc chi|von)\b")
# A sum stated per head or per thing right after the value ("4.960.000 đồng/người/tháng"),
# folded: the thing it is per
_PER_THING_AFTER = re.compile(r"\s*(?:(?:nghin|ngan|trieu|ty)\s+)?dong\s*/\s*([a-z]+)")


def _rate_for_a_total(folded: str, after: str) -> str | None:
    """The thing a sum is stated per ("đồng/người/tháng") when the question asks a total
    ("tổng kinh phí ... bao nhiêu tỷ đồng") and names no such rate ("mỗi người"): a rate is no
    total. None otherwise."""
    if not _TOTAL_SUM_ASKED.search(folded):
        return None
    m = _PER_THING_AFTER.match(after)
    if m is None or re.search(rf"(?:\bmoi|\bmot|\b1|/)\s*{m.group(1)}\b", folded):
        return None
    return m.group(1)


def _unit_mismatch(
    asked: tuple[str, str], value: str, after: str, kind: str, answer: str, toned: str = ""
) -> str | None:
    """The unit asked against the unit written after the value: another kind of unit (a
    duration for a number of GB or of petitions), or a bare number of running text for a
    share. A value of the kind asked in the answer (a row's label) lets it be.
    ``toned``: the answer as written, whose "mỗi" is told from "mới"."""
    asked_kind, asked_word = asked
    written_word = m.group(1) if (m := _UNIT_WORD.match(after)) else ""
    if value.endswith("%"):
        written_word = "%"
    written = _UNIT_KINDS.get(written_word)
    if asked_kind == "count":
        # the word after "bao nhiêu" may be no noun ("bao nhiêu 1 bảng", "từ bao nhiêu trở
        # lên"): only a duration is sure to count nothing
        if written == "time":
            return f"{DURATION_FOR_COUNT} {asked_word!r}: {value!r}"
        other = _OTHER_THINGS_AFTER.match(after)
        if (
            other is not None
            and asked_word in _COUNTED_BY_HEAD
            # ("hộ" folds as the "hồ" of "hồ sơ": not told apart here)
            and asked_word != "ho"
            # ("06 tiêu chí của xã" may count what the communes meet: the thing asked as the
            # owner right after it is left be; "cấp xã", "tại các xã" name where, not whose)
            and not re.match(
                rf"\s+cua\s+(?:cac\s+)?{re.escape(asked_word)}\b", after[other.end() :]
            )
        ):
            # "bao nhiêu xã ...": "Có từ 06 tiêu chí trở lên" counts the criteria a commune
            # meets, no communes
            return f"a count of other things for a number of {asked_word!r}: {value!r}"
        if (
            written == "share"
            and asked_word in _COUNTED_BY_HEAD
            and not _OF_THE_COUNT.match(after.lstrip().removeprefix("%"))
        ):
            # "bao nhiêu người": "có từ 15% người ..." is a share of them, not their number
            # ("100% số xã" counts them all)
            return f"{SHARE_FOR_COUNT}: {value!r}"
        return None
    if asked_kind == "things":
        # a duration, a sum or a measure answers no number of things ("số dự án": "3.000 km")
        if written in ("time", "money", "measure"):
            return f"a {written} for a number of {asked_word!r}: {value!r}"
        return None
    if (
        asked_kind == written == "time"
        and asked_word in _TIME_RANK
        and written_word in _TIME_RANK
        and abs(_TIME_RANK[asked_word] - _TIME_RANK[written_word]) >= _FAR_TIMES
        and not any(m.group(1) == asked_word for m in _VALUE_WITH_UNIT.finditer(answer))
    ):
        # "bao nhiêu năm": "trong vòng 48 giờ" is the length of another rule's time
        return f"{written_word!r} for {asked_word!r}: {value!r}"
    if asked_kind != "measure" and any(
        _UNIT_KINDS.get(m.group(1)) == asked_kind for m in _VALUE_WITH_UNIT.finditer(answer)
    ):
        return None
    if (
        asked_kind == "share"
        and written is None
        and kind != "row"
        and not _FRACTION.fullmatch(value)
    ):
        return f"{NO_SHARE}: {value!r}"
    if (
        asked_kind == "measure"
        and written is None
        and kind == "row"
        and any(plain(fold(m.group(1))) == asked_word for m in PER_UNIT_WRITTEN.finditer(toned))
    ):
        # "Mỗi ha rừng được hỗ trợ ... | 1,2" for "bao nhiêu ha": a value per the unit asked
        return f"a value per {asked_word!r}, no number of them: {value!r}"
    if (
        asked_kind == "measure"
        and written is None
        and kind != "row"
        and not any(same_unit(asked_word, m.group(1)) for m in _VALUE_WITH_UNIT.finditer(answer))
    ):
        return f"no unit for a number of {asked_word!r}: {value!r}"
    if written is not None and asked_kind != written:
        return f"{written} ({written_word!r}) for {asked_kind} ({asked_word!r}): {value!r}"
    if asked_kind == written == "measure" and not same_unit(asked_word, written_word):
        return f"{written_word!r} for {asked_word!r}: {value!r}"
    return None


# A small number after a sentence's end (not a label's colon: "Số lượng hồ sơ: 01.") and before
# a full stop and a capital, or nothing: the
# label of the next numbered part ("... Hồ Chí Minh. 3. Kết quả thực hiện:"), as written
_ITEM_LABEL_BEFORE = re.compile(r"(?:^|\.)[\s*_]*$")
_ITEM_LABEL_AFTER = re.compile(rf"\d{{1,2}}\.(?:[\s*_]*$|[\s*_]+[{CAPITAL_LETTERS}])")
_VALUE_WITH_UNIT = re.compile(r"[0-9](?:[.,]?[0-9])*\s*(%|[a-z][a-z0-9]*)")
_HOW_MUCH_UNIT = re.compile(rf"{HOW_MANY}\s*(%|[a-z0-9]*)")
# "giấy" after the asking word, as typed: with its tones, or without them the name of a paper
# ("bao nhieu giay chung nhan", "giay phep"), not "giây", a second
_PAPER_ASKED = re.compile(
    r"\b(?:bao nhiêu|mấy) giấy\b"
    r"|\b(?:bao nhieu|may) giay (?:chung nhan|chung chi|phep|to|xac nhan|moi|khen|uy quyen)\b"
)

# ------------------------------------------------------------------ levels and quantities

# Levels of which a sentence or row states one: a value of another level answers nothing
# ("cấp quốc gia" asked, the row of "cấp tỉnh"; "trung học phổ thông" asked, the row of
# "trung học cơ sở").
_LEVELS = (
    ("cap quoc gia", "cap trung uong", "cap tinh", "cap huyen", "cap xa", "cap co so"),
    # the scope of a plan or a rule ("phạm vi toàn tỉnh" for "phạm vi toàn huyện"; not "toàn
    # xã", which "an toàn xã hội" writes folded)
    ("toan quoc", "toan tinh", "toan huyen"),
    ("mam non", "tieu hoc", "trung hoc co so", "trung hoc pho thong"),
    # degrees of training ("trình độ đại học" the article's, "thạc sĩ" asked)
    ("trinh do trung cap", "trinh do cao dang", "trinh do dai hoc", "thac si", "tien si"),
    # the vocational degrees, the lower named without "trình độ" ("Người tốt nghiệp cao đẳng,
    # trung cấp được hưởng ..." for "chỉ có trình độ sơ cấp"); "sơ cấp" only with it (folded, "so
    # cap" is also "Sở cấp")
    ("trinh do so cap", "trung cap", "cao dang"),
)


def other_level(folded: str, unit_text: str, headings: str = "") -> str | None:
    """The level of the answer's sentence, or, when it names none, of the headings above it
    (``headings``, folded), when that is another than the one level the question names."""
    for levels in _LEVELS:
        asked = [level for level in levels if writes_phrase(folded, level)]
        if len(asked) != 1 or writes_phrase(unit_text, asked[0]):
            continue
        others = [level for level in levels if writes_phrase(unit_text, level)]
        if not others and not writes_phrase(headings, asked[0]):
            others = [level for level in levels if writes_phrase(headings, level)]
        if others:
            return f"level {others[0]!r} for {asked[0]!r}"
    return None


# Kinds of the people a sentence or row is about, folded: the beneficiaries of an aid or a
# procedure, and the positions held. A value stated for one member of a kind answers nothing
# of another ("hộ nghèo" asked, the row of "người có công"; "Phó Chủ tịch" asked, the sentence
# of "Chủ tịch").
_PEOPLE = (
    (
        "ho ngheo",
        "ho can ngheo",
        "nguoi co cong",
        "tre em",
        "hoc sinh",
        "sinh vien",
        "giao vien",
        "cong nhan",
        "nguoi lao dong",
        "nguoi cao tuoi",
        "nguoi khuyet tat",
        "quan nhan",
        "dien vien",
        "van dong vien",
        "huan luyen vien",
    ),
    (
        "chu tich",
        "pho chu tich",
        "giam doc",
        "pho giam doc",
        "hieu truong",
        "pho hieu truong",
        "bi thu",
        "pho bi thu",
        "truong thon",
        "to truong",
        "uy vien",
        "thu ky",
        # the commanders of a militia ("Chỉ huy trưởng Ban chỉ huy quân sự cấp xã", "Thôn đội
        # trưởng", "Trung đội trưởng")
        "chi huy truong",
        "chi huy pho",
        "doi truong",
    ),
)


# Honours awarded, folded: the time limit or number of proposals stated for one ("Bằng khen")
# answers nothing of another ("Giấy khen")
_HONOURS = ("bang khen", "giay khen", "huan chuong", "ky niem chuong", "co thi dua")


# The case a value is stated for, as a label before it ("Đối với chương trình tín dụng nước
# sạch và vệ sinh môi trường: Mức cho vay tối đa là 30 triệu đồng"), folded
_CASE_LABEL = re.compile(r"\bdoi voi ([^:;.\n]{3,160}?)\s*:")
# Words that may follow the name of a case in a question without naming another case (folded)
_AFTER_CASE_WORDS = (
    "la bao nhieu theo cua tai o duoc nam tu den va cho trong thi co khi moi mot nay do tren"
    " voi ve nhu nao gi may hien dang se da hang quy thang ngay so toi thieu muc"
)
_AFTER_CASE = frozenset(_AFTER_CASE_WORDS.split())
_CASE_HEAD = 2  # words of a label's head the question writes as well, at least


# An item of a list that opens with the body or case its value is for ("Ủy ban bầu cử của
# tỉnh: Không quá 05 cá nhân;", "Đối với xã, phường: ..."), folded: its label and its value
_ITEM_LABEL = re.compile(r"^[\W_]*(?:doi voi )?([a-z][^:;.()]{3,80}?)\s*:\s*(\S.*)$")
_ITEM_LABEL_WORDS = (3, 10)  # words of an item's label, at least and at most
_OPENING_WORDS = 3  # words opening the answer's item that, named by the question, name it
_SIBLINGS = 15  # units read on each side of the answer's for the items of its list
_NOT_LABEL_WORDS = frozenset({"cua", "cac"})


def _item_of_another_label(corpus: Corpus, folded: str, cand: Candidate) -> str | None:
    """The label of another item of the answer's list (a unit under the same heading that
    opens with its body or case and a colon, its value after it: "Ủy ban bầu cử của tỉnh:
    Không quá 05 cá nhân;") when the question names it ("Ủy ban bầu cử tỉnh ... bao nhiêu tập
    thể") and the answer's unit (with the part of its item before it) does not: the body asked
    has an item of its own, the answer's value is another's. None when no such item."""
    unit = cand.unit
    if unit.heading_span is None:
        return None
    ids = corpus.doc_units.get(unit.doc_id, [])
    at = bisect.bisect_left(corpus.doc_starts.get(unit.doc_id, []), unit.start)
    if not (0 <= at < len(ids)) or ids[at] != unit.idx:
        return None
    asked = f" {' '.join(w for w in folded.split() if w not in _NOT_LABEL_WORDS)} "
    own = plain(fold(unit.text))
    if at > 0 and _ITEM_LABEL.match(before := plain(fold(corpus.units[ids[at - 1]].text))) is None:
        own = f"{before} {own}"  # "Đối với Ủy ban Mặt trận Tổ quốc": the item's opening line
    own_words = [w for w in re.findall(r"[a-z0-9]+", own) if w not in _NOT_LABEL_WORDS]
    if f" {' '.join(own_words[:_OPENING_WORDS])} " in asked:
        return None  # "Chất trợ dung 2,2%": the question names the answer's item as well
    own = f" {' '.join(own_words)} "
    for i in ids[max(0, at - _SIBLINGS) : at + _SIBLINGS + 1]:
        sibling = corpus.units[i]
        if i == unit.idx or sibling.heading_span != unit.heading_span:
            continue
        m = _ITEM_LABEL.match(plain(fold(sibling.text)))
        if m is None:
            continue
        words = [w for w in re.findall(r"[a-z0-9]+", m.group(1)) if w not in _NOT_LABEL_WORDS]
        if not _ITEM_LABEL_WORDS[0] <= len(words) <= _ITEM_LABEL_WORDS[1]:
            continue
        label = f" {' '.join(words)} "
        if label in asked and label not in own:
            return f"the item of {m.group(1).strip()!r}, which the question names, is another"
    return None


def _other_case_label(folded: str, cand: Candidate) -> str | None:
    """The case labelling the answer's value ("Đối với chương trình tín dụng nước sạch ...:"),
    when the question names a case of the same head with other words ("chương trình tín dụng
    học sinh sinh viên"): the value is another case's. None when the unit labels no case, the
    question writes the label whole or shortened, or names no case of that head."""
    text = cand.unit.text if cand.focus is None else cand.unit.text[: cand.focus[0]]
    labels = list(_CASE_LABEL.finditer(plain(fold(text))))
    if not labels:
        return _other_case_after(folded, cand)
    label = re.findall(r"[a-z0-9]+", labels[-1].group(1))
    asked = re.findall(r"[a-z0-9]+", folded)
    described = label[:2] == ["truong", "hop"]
    if described:
        # "đối với trường hợp thay đổi chủ sở hữu:": the case is described after the words
        # saying it is one ("khi thay đổi địa điểm" asks another); a question may word the
        # description in another order ("hồ sơ ... mẫu AK nộp bản giấy trực tiếp" of "hồ sơ
        # ... của thương nhân được nộp trực tiếp ... dưới dạng bản giấy"): half or more of the
        # words after its head written say it is that case
        label = label[2:]
    for size in range(len(label), _CASE_HEAD - 1, -1):
        head = label[:size]
        at = next((i for i in range(len(asked) - size + 1) if asked[i : i + size] == head), None)
        if at is None:
            continue
        rest = label[size:]
        after = asked[at + size] if at + size < len(asked) else None
        if not rest or after is None or after in _AFTER_CASE:
            return None
        if described and _half_written(rest, asked):
            return None
        if after in rest or any(word in asked for word in rest[:2]):
            # "chương trình tạo việc làm" for "chương trình tín dụng hỗ trợ tạo việc làm": the
            # question leaves out words of the label, it names no other case
            return None
        return f"a value labelled for another case: {' '.join(label)!r}"
    return None


def _half_written(described: Sequence[str], asked: Collection[str]) -> bool:
    """The question writes half or more of the content words describing a case: it names that
    case (in its own order, as it may); False when the description has none."""
    content = [w for w in described if w not in STOP_WORDS]
    return bool(content) and 2 * sum(w in asked for w in content) >= len(content)


# A case named right after the value, in its clause ("Phạt tiền từ 20.000.000 đồng đến
# 30.000.000 đồng đối với hành vi để hình thành môi trường nguy hiểm cháy, nổ ..."), folded:
# its head ("hành vi", "trường hợp") and its description
_CASE_AFTER = re.compile(r"^[^;.:]{0,40}?\bdoi voi (hanh vi|truong hop) ([^;.\n]{3,200})")


def _other_case_after(folded: str, cand: Candidate) -> str | None:
    """The case named after the answer's value ("... đồng đối với hành vi để hình thành môi
    trường nguy hiểm cháy, nổ"), when the question names a case of the same head ("hành vi
    không mua bảo hiểm cháy, nổ bắt buộc") and writes less than half the words describing it:
    the value is another case's."""
    if cand.focus is None:
        return None
    case = _CASE_AFTER.match(plain(fold(cand.unit.text[cand.focus[1] :])))
    if case is None or not re.search(rf"\b{case.group(1)}\b", folded):
        return None
    described = re.findall(r"[a-z0-9]+", case.group(2))
    if not any(w not in STOP_WORDS for w in described) or _half_written(
        described, set(re.findall(r"[a-z0-9]+", folded))
    ):
        return None
    return f"a value for another case: {case.group(1)} {case.group(2)[:60]!r}"


# A sentence or an item opening with a term: a word in capitals and the lower-case word after
# it ("Thẻ kim cương được ...", "- Hạng nhì: ..."), after its item mark
_OPENING_TERM = re.compile(
    rf"^[\W\d_]*?(?:[a-zđ0-9]{{1,3}}[).]\s*)?([{CAPITAL_LETTERS}][^\W\d_]*)\s+([^\W\d_]+)"
)
# A term written in the question's run: a word with a capital (no acronym, no name's last
# word) after a lower-case word, and the word after it ("người có Thẻ bạc", "vận động viên
# Hạng nhì")
_QUESTION_TERM = re.compile(r"(?<![^\W\d_])(?=([^\W\d_]+) ([^\W\d_]+)\s+([^\W\d_]+))")


# Who pays, in a sentence ("Kinh phí công đoàn do cơ quan, tổ chức ... đóng bằng 2%"), folded:
# the words after "do" up to the verb of paying, no number between
# (folding makes "lao động", "Hội đồng", "kiểm tra" read as the verbs: the word before rules
# them out)
_PAYER_VERB = (
    r"(?<!lao )(?<!hoi )(?<!cong )(?<!hanh )(?<!thanh )(?<!kiem )(?<!tu )(?<!bien )"
    r"(dong|nop|chi tra|tra)"
)
_PAYER_WRITTEN = re.compile(rf"\bdo ((?:[a-z]+[\s,]+){{1,16}}?){_PAYER_VERB}\b")
# Who pays, in the question ("đoàn viên phải đóng"), folded: the words before the same verb
# (not "được đóng": what is paid is written before it)
_PAYER_ASKED = r"((?:[a-z]+ ){{1,2}})(?:phai |se )?{verb}\b"


# Heads making the verb of paying a noun ("mức đóng", "việc nộp", "số tiền đóng"), folded
_PAYING_AS_NOUN = frozenset({"muc", "viec", "tien", "so", "le", "thoi", "han"})
# The one a value is said of, after the noun asked ("... của doanh nghiệp"), folded
_PAYER_OF = re.compile(r"\bcua ((?:[a-z]+ ?){1,2})")


# A rate asked by the month ("phụ cấp hằng tháng", "mỗi tháng"), folded; a value stated per
# session, day or hour ("120.000 đồng/người/buổi"), folded, and not per month
# (evidence.MONTHLY_RATE): the rate of another period
_MONTH_ASKED = re.compile(r"\b(?:hang|moi|mot) thang\b")
_RATE_PER_OTHER = re.compile(r"\d\s*(?:dong|d)?\s*(?:/\s*nguoi\s*)?/\s*(?:buoi|ngay|gio|luot)\b")


def _rate_of_another_period(folded: str, answer: str) -> str | None:
    """A sum per session, day or hour (``answer``, folded) for a rate the question asks by the
    month ("phụ cấp hằng tháng ... bao nhiêu" answered by "120.000 đồng/người/buổi")."""
    if (
        _MONTH_ASKED.search(folded)
        and _RATE_PER_OTHER.search(answer)
        and not MONTHLY_RATE.search(answer)
    ):
        return f"a rate of another period than the month asked: {answer[:60]!r}"
    return None


def _other_payer(folded: str, sentence: str) -> str | None:
    """The payer a sentence names ("do cơ quan, tổ chức, đơn vị ... đóng") when the question
    asks of another one ("đoàn viên phải đóng"): none of the payer's words the question
    writes right before the same verb is among the sentence's. None when either names none."""
    written = _PAYER_WRITTEN.search(sentence)
    if written is None:
        return None
    asked = re.search(_PAYER_ASKED.format(verb=written.group(2)), folded)
    if asked is None or asked.group(1).split()[-1] == "duoc":
        return None
    words = [w for w in asked.group(1).split() if w not in STOP_WORDS]
    if asked.group(1).split()[-1] in _PAYING_AS_NOUN:
        # "mức đóng kinh phí công đoàn của doanh nghiệp": the verb made a noun names no payer
        # before it; the one it is said of ("của ...") pays
        of = _PAYER_OF.search(folded, asked.end())
        words = [w for w in of.group(1).split() if w not in STOP_WORDS] if of else []
    payer = set(written.group(1).replace(",", " ").split())
    if not words or any(w in payer for w in words):
        return None
    return f"another payer: {written.group(1).strip()!r} for {' '.join(words)!r}"


def _other_named_kind(question: str, sentence: str) -> str | None:
    """The kind of a thing the answer's sentence opens with ("Thẻ kim cương được hỗ trợ 100%")
    when the question names another kind of the same thing ("người có Thẻ bạc"), the kind
    written after the same word in capitals, and the sentence never writes the question's:
    the value is another kind's. None for a document's kind ("Nghị định này")."""
    opening = _OPENING_TERM.match(sentence)
    if opening is None or not opening.group(2).islower() or not opening.group(1)[1:].islower():
        return None
    head, kind = opening.group(1), plain(fold(opening.group(2)))
    if kind in STOP_WORDS or plain(fold(f"{head} {opening.group(2)}")) in DOCUMENT_KINDS:
        return None
    folded_sentence = plain(fold(sentence))
    for m in _QUESTION_TERM.finditer(question):
        before, word, after = m.groups()
        if word != head or not before.islower() or not after.islower():
            continue
        asked = plain(fold(after))
        if asked == kind or asked in STOP_WORDS:
            return None
        if not re.search(rf"\b{plain(fold(head))} {asked}\b", folded_sentence):
            return f"another kind of {head!r}: {kind!r} for {asked!r}"
    return None


@lru_cache(maxsize=64)
def _member_pattern(member: str) -> re.Pattern[str]:
    """A member of a kind written as such: "chủ tịch" not the tail of "phó chủ tịch" or
    "tổng giám đốc" (another position), nor the parents a child is named after ("trẻ mầm non
    con công nhân" is a child); line breaks and emphasis allowed between words."""
    gap = WORD_GAP.join(re.escape(w) for w in member.split())
    return re.compile(rf"(?<![a-z0-9])(?<!pho )(?<!tong )(?<!con ){gap}(?![a-z0-9])")


def _names(text: str, members: Sequence[str]) -> list[str]:
    return [m for m in members if _member_pattern(m).search(text)]


def _other_member(folded: str, unit_text: str, headings: str = "") -> str | None:
    """The beneficiary or position of the answer's sentence, or, when it names none of that
    kind, of the headings above it (``headings``, folded), when the sentence and its headings
    name another member of the kind the question names and none the question names."""
    for members in (*_PEOPLE, _HONOURS):
        asked = _names(folded, members)
        if not asked or _names(unit_text, asked) or _names(headings, asked):
            continue
        others = _names(unit_text, members) or _names(headings, members)
        if others:
            return f"{others[0]!r} for {asked[0]!r}"
    return None


# Classes a value is stated for, by a class word and its designator ("thiết bị y tế loại B",
# "khoáng sản nhóm III", "viên chức hạng II", "vùng 1", "cấp độ 3"), folded
_CLASS_WORDS = r"loai|hang|nhom|cap do|vung|khu vuc"
_DESIGNATOR = r"(?:[a-d]|i{1,3}|iv|vi{0,3}|[0-9]{1,2})(?!\w)(?![/.,][0-9])"
_CLASS_NAMED = re.compile(
    rf"\b({_CLASS_WORDS})\s+({_DESIGNATOR})"
    rf"((?:\s*(?:,|\bva\b|\bhoac\b)\s*(?:(?:{_CLASS_WORDS})\s+)?{_DESIGNATOR})*)"
)
# A range of classes ("từ hạng III đến hạng I", "loại B - D"): the classes between go unnamed
_CLASS_RANGE = re.compile(
    rf"\b(?:{_CLASS_WORDS})\s+{_DESIGNATOR}\s*(?:-|–|\bden\b|\btoi\b)\s*"
    rf"(?:(?:{_CLASS_WORDS})\s+)?{_DESIGNATOR}"
)
_DESIGNATOR_WORD = re.compile(rf"(?<![a-z0-9]){_DESIGNATOR}")


def _classes(folded: str) -> dict[str, set[str]]:
    """The designators written after each class word ("loại A, B" → {"loai": {"a", "b"}});
    roman numerals read as digits ("nhóm III" and "nhóm 3" are one class)."""
    named: dict[str, set[str]] = {}
    for match in _CLASS_NAMED.finditer(folded):
        designators = [match.group(2), *_DESIGNATOR_WORD.findall(match.group(3))]
        named.setdefault(match.group(1), set()).update(
            str(roman_to_int(d)) if roman_to_int(d) is not None else d for d in designators
        )
    return named


def _value_scope(cand: Candidate) -> str:
    """The text a value is stated with, folded: the cell of a row that holds it (the whole row
    when the cell names no class), else its sentence."""
    text = cand.unit.text
    if cand.unit.kind == "row" and cand.focus is not None:
        a, b = cand.focus
        start, end = text.rfind("|", 0, a) + 1, text.find("|", b)
        cell = plain(fold(text[start : end if end >= 0 else len(text)]))
        if _CLASS_NAMED.search(cell):
            return cell
        return plain(fold(text))
    return plain(fold(_focus_sentence(cand)))


def _other_class(folded: str, cand: Candidate) -> str | None:
    """The class the answer's value is stated for ("thiết bị y tế loại A: 500.000 đồng") when
    the question names one other class of the same word ("loại B"): the value is another
    class's. None when the value's text names no class of that word, or a range of them."""
    scope = ""
    for word, asked in _classes(folded).items():
        if len(asked) != 1:
            continue
        scope = scope or _value_scope(cand)
        written = _classes(scope).get(word)
        if written and not asked & written and not _CLASS_RANGE.search(scope):
            return f"a value of {word} {sorted(written)} for {word} {sorted(asked)}"
    return None


# A deputy's position the question names ("Phó Trưởng Bộ môn", "Phó Chủ tịch Hội đồng"),
# folded: the two words of the position after "phó" (not "thành phố", "khu phố", "phổ thông")
_DEPUTY_OF = re.compile(
    r"(?<!thanh )(?<!khu )(?<!duong )(?<!dan )(?<![a-z0-9])pho"
    r"\s+((?:truong|chu|giam|hieu|bi|chanh|thu|tong|cuc|vu|doi|chi)\s+[a-z]+)\b"
)
# The head of a board, team or group the question names ("Trưởng ban kiểm soát", "trưởng đoàn
# kiểm tra"), folded: the two words naming what the board does
_HEAD_OF_BOARD = re.compile(r"(?<!pho )\btruong (?:ban|doan|to|nhom) ([a-z]+ [a-z]+)\b")


def _nearest_heading(headings: str) -> str:
    """The heading right above a unit (the last of its path of headings), folded."""
    return headings.rpartition(" > ")[2]


# An office's deputy named after it ("đội phó", "tổ phó"), folded: the office's word
_DEPUTY_AFTER = re.compile(r"\b(doi|to|khoa|nhom|lop) pho\b(?! voi\b)")


# The grades of an assessment of staff ("xếp loại ... hoàn thành tốt nhiệm vụ"), folded, the
# most qualified first: a plain "hoàn thành nhiệm vụ" is none of the others
_GRADES = (
    ("xuat sac", re.compile(r"\bhoan thanh xuat sac nhiem vu\b")),
    ("tot", re.compile(r"\bhoan thanh tot nhiem vu\b")),
    ("khong", re.compile(r"\bkhong hoan thanh nhiem vu\b")),
    ("plain", re.compile(r"(?<!khong )\bhoan thanh nhiem vu\b")),
)


# A question about grading staff ("xếp loại", "đánh giá", "bao nhiêu điểm"), folded
# (not "thời điểm", "địa điểm")
_GRADING = re.compile(r"\b(?:xep loai|danh gia|phan loai)\b|\b(?:bao nhieu|may|tong so) diem\b")


def _grades(folded: str) -> list[str]:
    return [name for name, pattern in _GRADES if pattern.search(folded)]


def _other_grade(folded: str, unit_text: str) -> str | None:
    """The grade the answer's sentence sets its value for when it is another than the one the
    question asks ("tổng số điểm trên 90 điểm" of "hoàn thành xuất sắc nhiệm vụ" for "xếp loại
    hoàn thành nhiệm vụ"); None when the sentence names the asked grade or none."""
    if not _GRADING.search(folded):
        return None  # "hoàn thành tốt các nhiệm vụ được giao trước ngày ...": no grade asked
    asked = _grades(folded)
    written = _grades(unit_text)
    if not asked or not written or asked[0] in written:
        return None
    return f"{OTHER_GRADE}, {written[0]!r}, for {asked[0]!r}"


def _said_by(folded: str, title: str) -> bool:
    """The folded question has the deputy of ``title`` (gaps as :data:`WORD_GAP`) say what it
    asks of ("Phó Thủ tướng Mai Văn Chính yêu cầu ...", "theo kết luận của Phó Thủ tướng"),
    not receive it ("báo cáo Phó Thủ tướng")."""
    deputy = rf"pho{WORD_GAP}{title}"
    return (
        re.search(rf"\b(?:theo|ket luan|chi dao|y kien)(?: cua)? {deputy}\b", folded) is not None
        or re.search(
            rf"\b{deputy}(?: [a-z]+){{0,4}} (?:yeu cau|chi dao|ket luan|giao|de nghi)\b", folded
        )
        is not None
    )


def _both_ranks_asked(folded: str, title: str) -> bool:
    """The folded question asks of an office's head and deputy side by side, the same words for
    both ("Trưởng bộ môn và Phó Trưởng bộ môn", "Trưởng, Phó Trưởng phòng"), not the head as
    a case of the deputy's ("khi vắng Trưởng phòng, Phó Trưởng phòng …", "theo đề nghị của Chủ
    tịch Hội đồng, Phó Chủ tịch …")."""
    head = re.escape(title)
    first = re.escape(title.split()[0])
    side_by_side = re.compile(
        rf"(?<![a-z0-9])(?P<t>{head}(?: [a-z]+){{0,2}})(?:,| va| hoac) pho (?P=t)(?![a-z0-9])"
        rf"|(?<![a-z0-9])pho (?P<u>{head}(?: [a-z]+){{0,2}})(?:,| va| hoac) (?P=u)(?![a-z0-9])"
        rf"|(?<![a-z0-9]){first}(?:,| va) pho {head}(?![a-z0-9])"
    )
    for m in side_by_side.finditer(folded):
        before = folded[: m.start()].split()[-3:]
        if not any(w in _HEAD_AS_CASE for w in before) and "de nghi" not in " ".join(before):
            return True
    return False


# Words before a head named as a case of the deputy's ("khi vắng", "ủy quyền", "thay")
_HEAD_AS_CASE = frozenset({"vang", "khi", "quyen", "thay"})


def _other_rank(
    folded: str, unit_text: str, headings: str = "", document_title: str = ""
) -> str | None:
    """The position of the answer's sentence when it holds the same office at another rank than
    the question names: "Trưởng Bộ môn" for "Phó Trưởng Bộ môn" (the sentence never names the
    deputy), "Kiểm soát viên" (a member) for "Trưởng ban kiểm soát" (its head)."""
    for match in _DEPUTY_OF.finditer(folded):
        title = WORD_GAP.join(match.group(1).split())
        deputy = re.compile(rf"(?<![a-z0-9])pho{WORD_GAP}{title}(?![a-z0-9])")
        if deputy.search(unit_text) or deputy.search(_nearest_heading(headings)):
            continue
        if _both_ranks_asked(folded, match.group(1)):
            continue  # "Trưởng bộ môn và Phó Trưởng bộ môn": both ranks asked, side by side
        if deputy.search(document_title) and _said_by(folded, title):
            # "Phó Thủ tướng ... yêu cầu ..." of "Kết luận của Phó Thủ tướng ...": the deputy
            # whose document it is, speaking, not an office a value is set for
            continue
        if re.search(rf"(?<![a-z0-9]){title}(?![a-z0-9])", unit_text):
            return f"the value of {match.group(1)!r} for its deputy"
    for match in _DEPUTY_AFTER.finditer(folded):
        # "thôn (tổ) đội phó": the deputy written after the office, the head "đội trưởng"
        # (not asked too: "tổ trưởng tổ phố", "đội trưởng đội xung kích đối phó thiên tai")
        office = match.group(1)
        if re.search(rf"\b{office}{WORD_GAP}truong\b", folded):
            continue
        if re.search(rf"\b{office}{WORD_GAP}pho\b", unit_text) or re.search(
            rf"\b{office}{WORD_GAP}pho\b", _nearest_heading(headings)
        ):
            continue
        if re.search(rf"\b{office}{WORD_GAP}truong\b", unit_text):
            return f"the value of {office!r} trưởng for its deputy"
    for match in _HEAD_OF_BOARD.finditer(folded):
        office = WORD_GAP.join(match.group(1).split())
        if re.search(rf"\btruong{WORD_GAP}(?:ban|doan|to|nhom){WORD_GAP}{office}\b", unit_text):
            continue
        if re.search(rf"\b{office}{WORD_GAP}vien\b", unit_text):
            return f"the value of a member, {match.group(1)!r} viên, for the head of the board"
    return None


# A body whose act or time limit a question asks ("Bộ Tư pháp phải tổng hợp", "gửi báo cáo
# về Sở Nội vụ"), in the text without diacritics, case kept: a ministry, department or office
# by its capitalised name, or the Prime Minister
_ACTING_BODY = re.compile(
    r"\b(?:(?:Bo|So|Cuc|Tong cuc|BO|SO) [A-Z][a-z]*(?: [a-z]+)?|Thu tuong"
    r"|(?:UBND|Uy ban nhan dan) cap (?:xa|huyen|tinh))\b"
)
# A people's committee written out or by its initials ("Ủy ban nhân dân cấp xã", "UBND cấp
# xã"), folded: one name for both
_COMMITTEE = re.compile(r"\bu[yi] ban nhan dan\b")
# Words before a body that make it whom something is sent to ("gửi về Sở Nội vụ", "báo cáo
# Thủ tướng", "trình Bộ trưởng"), folded
_SENT_TO = re.compile(
    r"\b(?:gui|ve|den|cho|trinh|bao cao|nop|len)\s+(?:(?:ve|den|cho|len|toi)\s+)?$"
)
# What makes a body a partner of another's act: "phối hợp với" and the list it opens, up to
# the body, with no clause's end between ("phối hợp với các sở, ban, ngành, Ủy ban nhân dân
# cấp xã"), folded
_PARTNER_BEFORE = re.compile(r"\bphoi hop voi\b[^.;:()]{0,80}$")
# Words after a body (its name's last words between) that make it the one acting ("Sở Nội vụ
# tổng hợp", "Bộ Tư pháp có trách nhiệm", "Bộ Nội vụ phải"), folded
_ACTS = re.compile(
    r"(?:\s+[a-z]+){0,4}?\s+(?:co trach nhiem|chu tri|phai|tong hop|bao cao|trinh|gui"
    r"|thuc hien|xay dung|ban hanh|tham muu|hoan thanh|huong dan|de xuat|cap nhat)\b"
)


# The asking of a time right after a body ("giao / cho Sở X bao lâu để ..."), folded: the body
# is given the time to act, whatever word before it ("cho") would send something to it
_GIVEN_TIME = re.compile(r"\s+(?:bao lau|(?:bao nhieu|may) (?:ngay|thang|gio|tuan))\b")
# ... after the word giving it, no sending before ("gửi cho Sở X" sends to it), folded
_GIVER = re.compile(r"(?<!gui )(?<!nop )(?<!ve )\b(?:giao|cho)\s+$")


def _roles(text: str, body: str) -> set[str]:
    """What ``body`` is in folded ``text`` at each place it is written: "to" (what is sent or
    reported goes to it), "with" (a partner of another body's act: "Sở Công Thương phối hợp
    với các sở, Ủy ban nhân dân cấp xã ..."), "by" (it acts), "" (neither)."""
    roles = set()
    for match in re.finditer(rf"\b{re.escape(body)}\b", text):
        if _GIVEN_TIME.match(text, match.end()) and _GIVER.search(text, 0, match.start()):
            roles.add("by")  # "cho Sở Tài chính bao lâu để bãi bỏ ...": the time it is given
        elif _SENT_TO.search(text, 0, match.start()):
            roles.add("to")
        elif _PARTNER_BEFORE.search(text, 0, match.start()):
            roles.add("with")
        elif _ACTS.match(text, match.end()):
            roles.add("by")
        else:
            roles.add("")
    return roles


# Acts a time limit is set for, folded ("trả lời", "khởi công", "báo cáo"); the act a question
# times, written before its question of time ("phải được trả lời trong bao nhiêu ngày",
# "phải khởi công trước thời điểm nào")
_TIMED_ACTS = (
    "tra loi", "khoi cong", "hoan thanh", "bao cao", "ban hanh", "tham dinh", "phe duyet",
    "tiep nhan", "thong bao", "cong bo", "nop", "gui", "tong hop", "cap nhat", "niem yet",
    # ("trình" a draft, not a syllable of "quy trình", "tờ trình", "chương trình", "công trình",
    # "lộ trình", "giáo trình", "toàn trình", "quá trình", "tiến trình", "lịch trình", "hành
    # trình", "phương trình", "trình tự", "trình độ", "trình bày")
    "(?<!quy )(?<!to )(?<!chuong )(?<!cong )(?<!lo )(?<!giao )(?<!toan )(?<!qua )(?<!tien )"
    "(?<!lich )(?<!hanh )(?<!phuong )trinh(?! (?:tu|do|bay)\\b)",
    # ("họp" a meeting, folded as "hợp" is: said as one, after a word naming a meeting or its
    # body ("cuộc họp", "tổ chức họp", "Hội đồng họp") or before its time or kind ("họp vào",
    # "họp định kỳ"); not "xã Hợp Thịnh", "hộp thư", "phối hợp", "trường hợp", "tích hợp vào")
    "(?:(?<=cuoc )|(?<=phien )|(?<=buoi )|(?<=chuc )|(?<=tap )|(?<=dong )|(?<=hoi )"
    "|(?<=doan )|(?<=ban ))hop\\b"
    "|(?<!tich )(?<!ket )(?<!phoi )(?<!tong )(?<!hoa )(?<!sap nhap )(?<!lien )"
    "hop(?= (?:vao|dinh ky|thuong ky|bat thuong|truc tuyen|xet|lan)\\b)",
)  # fmt: skip
# ("giải quyết", "xử lý": what any time limit of a procedure is for, whatever its sentence says)
# ("nộp", "gửi" a paper: how it reaches the body whose act is timed, not an act of its own)
_ACTS_ASKED = "|".join(a for a in _TIMED_ACTS if a not in ("nop", "gui"))
_ACT_REACH = 16  # words between the act and the words asking its time, at most
# (the words between pass no other act: the act asked is the last one written before the words
# asking its time, "tiếp nhận hồ sơ ... chuyển Sở thẩm định trong bao nhiêu ngày" times "thẩm định")
# The words asking a time, folded ("bao lâu", "ngày nào", "khi nào"; "mấy" is read apart)
_ASKING_A_TIME = r"bao lau|bao nhieu|(?:thoi diem|ngay|thoi han) nao|khi nao"
_ACT_TIMED = re.compile(
    # (over a document's number too: "... thực hiện nghị quyết 66-nq/tw trước ngày nào"; not
    # over a year closing a clause, "ban hành năm 2025, cơ quan ...")
    # (nor over "được giải quyết": "các TTHC công bố tại QĐ X được giải quyết trong bao lâu"
    # times the procedures, the act before it says which ones; "trình quy trình giải quyết
    # TTHC" still times the "trình")
    # (a year inside the clause is passed: "công bố kết quả xếp loại ... năm 2025 vào ngày nào")
    rf"\b({_ACTS_ASKED})\b(?:\s+(?!(?:{_ACTS_ASKED}|duoc giai quyet|duoc xu ly)\b)"
    r"(?:[a-z]+|[0-9]+[-/][^\s?,;:]*|(?:19|20)[0-9]{2}(?=\s)))"
    rf"{{0,{_ACT_REACH}}}?\s+"
    r"(?:trong (?:vong |thoi han )?|truoc |cham nhat (?:la )?|sau )?"
    rf"(?:{_ASKING_A_TIME}|may)\b"
)
# ... or written after them, as what the time is given to ("dành bao nhiêu ngày làm việc cho
# bước thẩm định hồ sơ", "mất mấy ngày để phê duyệt")
_ACT_TIMED_AFTER = re.compile(
    rf"(?:{_ASKING_A_TIME}|may)\b(?: [a-z]+){{0,3}}? (?:cho|de) (?:buoc |khau |viec )?"
    rf"({_ACTS_ASKED})\b"
)
_ANY_ACT = re.compile(rf"\b(?:{'|'.join(_TIMED_ACTS)})\b")
# Each asking of a time in a question, to count them ("mấy" only before a unit of time: folded,
# "nhà máy" reads "nha may"); and the label of an item's completion time, which names no act of
# its own ("Thời gian hoàn thành: Trước ngày ...")
_TIME_ASKED = re.compile(rf"\b(?:{_ASKING_A_TIME}|may (?:ngay|thang|nam|gio|tuan))\b")
_COMPLETION_LABEL = re.compile(r"\bthoi (?:gian|han) hoan thanh\b")
# A procedure's processing time, counted from the file received ("kể từ ngày nhận đủ hồ sơ"),
# folded; and the acts that are steps of processing it, which such a time may be of
_PROCESSING_TIME = re.compile(r"\bke tu (?:ngay|khi|thoi diem) nhan (?:du |duoc )*ho so\b")
_STEPS_OF_PROCESSING = frozenset({"tra loi", "tham dinh", "phe duyet", "tiep nhan", "thong bao"})
# The question has the body whose act it times send something ("phải gửi kịch bản lễ khánh thành
# khởi công ... trước ngày nào", "Sở gửi báo cáo kết quả kiểm kê ... trước ngày nào"), folded:
# the sending in the clause of the act, no "thì" opening another's clause between ("công dân
# nộp hồ sơ thì cơ quan phải trả lời ...": the reply is timed)
_MUST_SEND = re.compile(r"\b(?:gui|nop)\b(?!.*\bthi\b)")


# The event a time limit is counted from ("kể từ ngày được thành lập", "tính từ khi kết thúc
# cuộc họp"): the words after the mark (folded); the question's few, the sentence's more (its
# event may follow the body acting: "kể từ ngày Ủy ban nhân dân tỉnh nhận được hồ sơ")
_COUNTED_FROM = re.compile(r"\b(?:ke tu|tinh tu) (?:ngay |khi |thoi diem )?((?:[a-z]+ ?){1,10})")
_EVENT_WORDS_ASKED = 4
_EVENT_FILLER = frozenset({"duoc", "da", "co", "cac", "cua", "va", "nay", "tai", "theo", "ngay"})


def _counted_from_another_event(folded: str, sentence: str) -> str | None:
    """The question counts its time limit from an event ("họp trong bao nhiêu ngày kể từ ngày
    được thành lập") and the sentence counts its own from others only, none of whose words the
    one asked writes ("... kể từ ngày kết thúc cuộc họp"): the limit of another step."""
    asked = _COUNTED_FROM.search(folded)
    stated = [set(m.group(1).split()) - _EVENT_FILLER for m in _COUNTED_FROM.finditer(sentence)]
    if asked is None or not stated:
        return None
    words = set(asked.group(1).split()[:_EVENT_WORDS_ASKED]) - _EVENT_FILLER
    if not words or any(words & event for event in stated):
        return None
    return f"{COUNTED_FROM_ANOTHER_EVENT} another event than {' '.join(sorted(words))!r}"


def _other_act_timed(folded: str, unit_text: str, sentence: str) -> str | None:
    """A time limit of another act than the one the question times: "kiến nghị ... phải được
    trả lời trong bao nhiêu ngày" answered by "Trong thời hạn 02 ngày ..., Văn phòng UBND tỉnh
    gửi kết quả ...": the unit never writes the act asked, its sentence writes another, or
    states a procedure's processing time ("kể từ ngày nhận đủ hồ sơ") for a task ("cập nhật",
    "trình"). None when the question times a sending ("phải gửi ... trước ngày nào")."""
    timed = list(_ACT_TIMED.finditer(folded)) or list(_ACT_TIMED_AFTER.finditer(folded))
    if not timed or len(_TIME_ASKED.findall(folded)) > 1:
        return None  # ("bước thẩm định mất bao lâu, bước trình ký mất bao lâu": two acts timed)
    act = timed[-1].group(1)
    if _MUST_SEND.search(folded[: timed[-1].start()]):
        # "Đài THVN phải gửi kịch bản lễ khánh thành khởi công ... trước ngày nào": the act
        # timed is the sending; the act named after it names what is sent
        return None
    # (the act as its pattern reads it: "trình" is not the end of "quy trình")
    # ("họp" is read by its context, which the act alone lacks: the unit writes the word)
    written = next(
        (pattern for pattern in _TIMED_ACTS if re.fullmatch(pattern, act)), re.escape(act)
    )
    if re.search(rf"\b{written}\b", unit_text):
        return None
    # ("Thời gian hoàn thành: Trước ngày 15/4/2026" labels the time of the item's own task)
    if (other := _ANY_ACT.search(_COMPLETION_LABEL.sub(" ", sentence))) is not None:
        return f"a time limit of {other.group(0)!r}, another act than {act!r}"
    if act not in _STEPS_OF_PROCESSING and _PROCESSING_TIME.search(sentence):
        # "VP UBND tỉnh cập nhật TTHC lên CSDL trong mấy ngày" answered by "Thủ tục X: Trong
        # thời hạn 21 ngày làm việc, kể từ ngày nhận đủ hồ sơ": the time a procedure takes,
        # not the task asked
        return f"the time a procedure takes, not that of the task {act!r}"
    return None


def _other_act_of_body(question: str, folded: str, sentence: str, whole: str = "") -> str | None:
    """A time limit of another act of the body the question names: the question has the body
    act ("Bộ Tư pháp phải tổng hợp, báo cáo Thủ tướng trước ngày nào") and the answer's
    sentence only sends to it ("Các báo cáo gửi Bộ Tư pháp trước ngày 05/12"), or the other
    way round ("gửi báo cáo về Sở Nội vụ" asked, "Sở Nội vụ tổng hợp ... đến ngày 31/12"), or
    names it as a partner of another body's act ("Sở Công Thương có nhiệm vụ phối hợp với ...
    Ủy ban nhân dân cấp xã ...; báo cáo định kỳ (trước ngày 30 tháng 01 năm sau)"). The
    ``whole`` sentence, over its semicolons, is read when the clause of the value does not
    name the body."""
    folded, sentence = _COMMITTEE.sub("ubnd", folded), _COMMITTEE.sub("ubnd", sentence)
    whole = _COMMITTEE.sub("ubnd", whole)
    for named in _ACTING_BODY.finditer(strip_diacritics(question)):
        body = _COMMITTEE.sub("ubnd", plain(fold(named.group(0))))
        asked = _roles(folded, body)
        if len(asked) != 1 or "" in asked:
            continue
        written = _roles(sentence, body) or _roles(whole, body)
        if written and "" not in written and not written & asked:
            role = "sent to" if "to" in written else "a partner" if "with" in written else "acting"
            return f"{OTHER_ACT_OF_BODY} {body!r} {role}, another act than asked"
    return None


# The status of the procedures a count is of, in the question or around a value ("bãi bỏ bao
# nhiêu thủ tục", "MỤC THỦ TỤC HÀNH CHÍNH BAN HÀNH MỚI (09 TTHC)"), folded
_COUNT_STATUSES = {
    **PROCEDURE_STATUSES,
    "moi ban hanh": re.compile(r"\bmoi ban hanh\b|\bban hanh moi\b"),
}
_PROCEDURES_COUNTED = re.compile(rf"{HOW_MANY}\s+(?:thu tuc|tthc)\b")
# What ends the clause of a value among others ("gồm 14 thủ tục mới ban hành và 06 thủ tục bị
# bãi bỏ"), lower case with diacritics
_CLAUSE_BREAK_TONED = re.compile(r"[;|\n]|,\s|\bvà\b|\bgồm\b")


def _value_clause(cand: Candidate) -> str:
    """The clause of the unit around the answer's value, folded: from the last break before it
    to the first after it."""
    text = cand.unit.text
    if cand.focus is None:
        return plain(fold(text))
    a, b = cand.focus
    before, after = match_key(text[:a]), match_key(text[b:])
    starts = [m.end() for m in _CLAUSE_BREAK_TONED.finditer(before)]
    stop = _CLAUSE_BREAK_TONED.search(after)
    start, end = starts[-1] if starts else 0, stop.start() if stop else len(after)
    return plain(fold(before[start:] + text[a:b] + after[:end]))


def _procedures_counted_of_another_status(folded: str, cand: Candidate) -> str | None:
    """A count of procedures of another status than the question asks ("bãi bỏ bao nhiêu thủ
    tục" answered by "MỤC THỦ TỤC HÀNH CHÍNH BAN HÀNH MỚI (09 TTHC)"): the clause of the value
    names a status and none the question names around "thủ tục"."""
    if not _PROCEDURES_COUNTED.search(folded):
        return None
    around = " | ".join(f"{m.group(1)} {m.group(2)}" for m in PROCEDURES_AROUND.finditer(folded))
    asked = {status for status, said in _COUNT_STATUSES.items() if said.search(around)}
    if not asked:
        return None
    clause = _value_clause(cand)
    written = {status for status, said in _COUNT_STATUSES.items() if said.search(clause)}
    if written and not written & asked:
        return f"{OTHER_STATUS_COUNT} {sorted(written)} for {sorted(asked)}"
    return None


# A point in time asked ("vào thời điểm nào", "khi nào", "lúc nào", "bao giờ"), folded
_POINT_ASKED = re.compile(r"\b(?:thoi diem nao|khi nao|luc nao|bao gio)\b")
# A length of time as a value ("52 tuần", "03 tháng"), folded
_LENGTH_VALUE = re.compile(r"^\s*[0-9]+(?:[.,][0-9]+)?\s*(?:ngay|tuan|thang|nam|gio|phut)\b")
# Words around a length of time that tie it to a point ("trong 15 ngày", "sau 03 tháng kể từ",
# "chậm nhất 10 ngày", "hằng năm"), folded
_LENGTH_TIED = re.compile(
    r"\b(?:ke tu|tinh tu|sau|truoc|trong|cham nhat|toi da|khong qua|vong|thoi han|hang|moi"
    r"|dinh ky|tu|den|tiep theo|lien ke)\b"
)
_TIE_BEFORE, _TIE_AFTER = 25, 40  # characters before and after a length read for its tie


# The total time of a procedure asked ("tổng thời gian giải quyết"), folded; a row of one
# step of an internal procedure ("Bước 5 | ...", "B7 | ...", "8 | Lập hồ sơ trình ..." under
# "quy trình"); a row naming a procedure or a total
TOTAL_TIME_ASKED = re.compile(r"\btong (?:cong )?(?:thoi gian|thoi han|so ngay)\b")
# the time a procedure is resolved in, no step of it named ("Thủ tục X được giải quyết trong
# bao nhiêu ngày"): the whole procedure's
_PROCEDURE_TIME_ASKED = re.compile(
    r"\bthu tuc\b[^?]*\bgiai quyet (?:trong )?(?:bao lau|bao nhieu|may|thoi han)\b"
    r"|\bgiai quyet (?:ho so )?thu tuc\b[^?]*\b(?:trong )?(?:bao lau|bao nhieu|may)\b"
)
_STEP_ASKED = re.compile(r"\b(?:buoc|khau|giai doan|(?:tai|o|cua) (?:cap|ubnd|so|phong|bo phan))\b")
# A step of a procedure's flow ("bước", not the "buộc" of "bắt buộc"); a table of a procedure's
# flow, by its caption or header (folded)
_A_STEP = re.compile(r"(?<!\bbat )\bbuoc\b")
_FLOW_TABLE = re.compile(r"\b(?:buoc|quy trinh|trinh tu)\b")
# A catalog row of procedures: its name cell opens with "Thủ tục" after its number and code
_PROCEDURE_ROW = re.compile(r"^[\W\d_]*(?:[\d.]+[a-z]*\d*\W+)?thu tuc\b")


def _total_for_step(folded: str, unit: Unit, unit_text: str) -> bool:
    """The question asks the time of a step ("bước Lãnh đạo UBND tỉnh ký duyệt ... được mấy
    ngày") and the unit states a procedure's whole time (its field "Thời hạn giải quyết: ...",
    or its row in a catalog of procedures), naming no step, in no table of a procedure's flow:
    not the step's."""
    if _A_STEP.search(folded) is None or _A_STEP.search(unit_text) is not None:
        return False
    if _FLOW_TABLE.search(unit.context_key):
        return False  # a step's row under a caption "Thời gian giải quyết TTHC"
    return bool(RESOLUTION_TIME.search(unit.folded) or _PROCEDURE_ROW.match(unit.folded))


_STEP_CELL = re.compile(r"^\W*(?:buoc\s*\d+|b\d+)\b")
_NUMBER_CELL = re.compile(r"^\W*\d+\s*\|")
_FLOW_HEADING = re.compile(r"\bquy trinh\b")
# (or its code in the national register: "| 1.013876 |", "2.002409.H05")
_NAMES_A_PROCEDURE = re.compile(r"\b(?:thu tuc|tong)\b|(?<![\d.])[123]\.\d{6}\b")


# A step of a flow opening its text ("**Bước 2. **Trong vòng 02 ngày ..."), folded; and a
# heading timing an act ("d) Thời hạn rà soát đối tượng"): the words of the act after it
_STEP_OPENING = re.compile(r"\bbuoc\s*\d+\W*$")
_TIMED_HEADING = re.compile(r"\bthoi (?:han|gian) ([a-z]+ [a-z]+)")


def _step_under_timed_act(
    corpus: Corpus, cand: Candidate, folded: str, text: str, headings: str
) -> bool:
    """A step of a flow ("Bước 2. Trong vòng 02 ngày ...") under a heading timing the act the
    question asks ("Thời hạn rà soát đối tượng": "rà soát ... trong bao nhiêu ngày"), the step
    not writing that act: its time is a part of the whole the heading's own text gives."""
    unit = cand.unit
    if unit.doc_id not in corpus.texts:
        return False
    lead = plain(fold(corpus.texts[unit.doc_id][max(0, unit.start - 24) : unit.start]))
    if not _STEP_OPENING.search(lead.rstrip(" *_")):
        return False
    timed = _TIMED_HEADING.findall(headings)
    if not timed:
        return False
    act = timed[-1]
    return re.search(rf"\b{act}\b", folded) is not None and re.search(rf"\b{act}\b", text) is None


def _one_step(unit: Unit, text: str, headings: str) -> bool:
    """``unit`` is a table row of one step of a procedure's flow, no total (``text`` its text
    and ``headings`` the headings above it, folded): its time is the step's, not the whole."""
    if unit.kind != "row" or re.search(r"\btong\b", text):
        return False
    if _STEP_CELL.match(text):
        return True
    # a numbered row under a heading naming a flow ("quy trình"), not a list of procedures
    # (each row of which is a whole procedure, its whole time)
    return bool(
        _NUMBER_CELL.match(text)
        and _FLOW_HEADING.search(headings)
        and not _NAMES_A_PROCEDURE.search(text)
    )


def _length_for_point(folded: str, before: str, value: str, after: str) -> str | None:
    """A bare length of time ("| 52 tuần –") for a point in time asked ("được chi trả vào thời
    điểm nào"): no word ties the length to a point it is counted from or to."""
    if not _POINT_ASKED.search(folded) or ASKS_DURATION.search(folded):
        return None
    if not _LENGTH_VALUE.match(value):
        return None
    if _LENGTH_TIED.search(before[-_TIE_BEFORE:]) or _LENGTH_TIED.search(after[:_TIE_AFTER]):
        return None
    return f"a length of time for a point in time: {value!r}"


# A goods code asked ("mã HS nào", "mã số hàng hóa là gì"), folded; the code a ruling gives
# ("8517.62.59", "85176259"): a heading's four digits and its subheadings
_GOODS_CODE_ASKED = re.compile(r"\bma (?:so )?(?:hs|hang hoa)\b")
_GOODS_CODE = re.compile(r"(?<![\d.])\d{4}(?:\.\d{2}){1,3}(?![\d.]\d)|(?<!\d)\d{8}(?!\d)")
# A code as documents write one: dotted numbers ("1.014466", "2.002167.000.00.00.H12"), letters
# and digits in one token ("BTP-01", "H12"), a long number ("85176259")
_CODE_WRITTEN = re.compile(r"\d+(?:[.,-]\w+)+|\b(?=\w*\d)(?=\w*[^\W\d_])\w+\b|\d{4,}")
# A number written in words ("một trạm", "mười ngày"), nothing charged or counted, or the rule
# that sets the sum ("Phí: Theo quy định của Bộ Tài chính"), folded
_NUMBER_IN_WORDS = re.compile(
    r"\b(?:mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi|tram|nghin|ngan|trieu|ty|nua|khong|mien"
    r"|toan bo|tat ca|theo quy dinh)\b"
)


# The same number words and the words holding them, with their marks (lower case)
_NUMBER_IN_WORDS_TONED = re.compile(
    r"(?<!\w)(?:một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười|mươi|trăm|nghìn|ngàn|triệu|tỷ|tỉ"
    r"|nửa|không|miễn|toàn bộ|tất cả|theo quy định)(?!\w)"
)
_TONED_HOLDING_NUMBER_WORDS = re.compile(
    r"(?<!\w)(?:thông tư|tư pháp|đầu tư|tư vấn|tư nhân|tư liệu|h[ằà]ng năm|mỗi năm|năm học)(?!\w)"
)


def states_no_value_asked(q: Question, answer: str) -> bool:
    """``answer`` holds no value of the kind the question asks (:func:`_no_value_of_kind`)."""
    return _no_value_of_kind(q, plain(q.route.folded).translate(_SUPERSCRIPTS), answer) is not None


def _no_value_of_kind(q: Question, folded: str, answer: str) -> str | None:
    """An answer holding no value of the kind asked: no number at all for "bao nhiêu" (the name
    of a case, "chứng chỉ ... còn thời hạn nhưng do thay đổi thông tin"), no goods code for "mã
    HS nào" ("chống nước theo chuẩn 5 ATM")."""
    if _GOODS_CODE_ASKED.search(folded):
        if not _GOODS_CODE.search(answer):
            return f"{NO_GOODS_CODE} for a code asked: {answer[:60]!r}"
        return None
    if (
        q.route.intent not in _DAY_INTENTS
        and asks_a_code(folded)
        and not _CODE_WRITTEN.search(_REFERENCE_NUMBERS.sub(" ", answer))
    ):
        # "mã số của thủ tục ... là gì" answered by a sentence of the procedure that writes no
        # code (a document that gives its procedures none), or only the number of a letter
        # ("Cục Thống kê đã có công văn số 2273/CTK"): the code asked is not stated
        return f"no code for a code asked: {answer[:60]!r}"
    if (
        q.route.intent in ("figure", "target")
        and re.search(HOW_MANY, folded)
        and not _states_a_number(answer, exact=_EXACT_SUM_ASKED.search(folded) is not None)
    ):
        # (the numbers and days of the documents it cites count nothing: "Phí ... được áp
        # dụng theo quy định tại Thông tư số 10/2024/TT- BTC ngày 05/02/2024")
        return f"no number for a figure asked: {answer[:60]!r}"
    if _LONG_TIME_ASKED.search(folded):
        stated = plain(fold(answer))
        if _SHORT_TIME_WRITTEN.search(stated) and not _LONG_TIME_WRITTEN.search(stated):
            # "có giá trị sử dụng trong bao nhiêu năm" answered by "... ngày làm việc kể từ
            # ngày ban hành quyết định cấp chứng chỉ": days of processing, no term in years
            return f"days or hours for a time asked in years or months: {answer[:60]!r}"
        # (a date's "tháng 12 năm 2025" is no length of time)
        lengths = _DATE_WRITTEN.sub(" ", stated)
        if (
            _YEARS_ASKED.search(folded)
            and any(int(m.group(1)) % _MONTHS_A_YEAR for m in _MONTHS_WRITTEN.finditer(lengths))
            and not _YEARS_WRITTEN.search(lengths)
        ):
            # "thẻ ... có thời hạn sử dụng bao nhiêu năm" answered by "(ảnh chụp trong thời gian
            # không quá 06 tháng ...)": months of another thing, no term in years ("12 tháng",
            # "60 tháng" are years)
            return f"months for a time asked in years: {answer[:60]!r}"
    return None


# A document's number and a day written in a sentence ("Thông tư số 10/2024/TT- BTC ngày
# 05/02/2024", "ngày 05 tháng 02 năm 2024"): numbers that state no figure
_REFERENCE_NUMBERS = re.compile(
    r"\d+(?:/\d+)*/[A-ZĐ][\w\-–.]*|\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}"
    r"|(?i:ngày\s+\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)"
    # the parts of a document cited: "khoản 2 Điều 4", "điểm a", "Phụ lục II", "Mẫu số 01"
    # ("danh mục 02 thủ tục" counts two: not a part)
    r"|(?i:(?<!\w)(?:khoản|điều|(?<!danh )mục|chương|mẫu số|phụ lục)\s+[\dIVXLivxl]+\b)"
    # a step's or a site's label ("Bước 1:", "Cơ sở 2:") and a street address ("Số 64, đường
    # Lý Tự Trọng"): numbers that count nothing
    r"|(?i:(?<!\w)(?:bước|cơ sở)\s+\d+\b)|(?i:(?<!\w)số\s+\d+[\s,]+(?:đường|phố|ngõ|ngách)\b)"
    r"|(?i:(?:địa chỉ|trụ sở)[^.;\n]{0,40}?(?<!\w)số\s+\d+\b)"
    # an item's mark in brackets before its colon ("Ưu tiên (2): Hộ ...")
    r"|\(\d{1,2}\)\s*:"
)


def _states_a_number(answer: str, exact: bool) -> bool:
    """``answer`` writes a number, in digits or in words, besides the numbers and days of the
    documents it cites and the "tư" of "Thông tư"; "theo quy định" stands for a value unless
    the value itself is asked (``exact``: "cụ thể là bao nhiêu")."""
    said = _REFERENCE_NUMBERS.sub(" ", answer)
    if re.search(r"\d", said):
        return True
    words = _WORDS_HOLDING_NUMBER_WORDS.sub(" ", plain(fold(said)))
    if exact:
        words = _AS_PRESCRIBED.sub(" ", words)
    if _NUMBER_IN_WORDS.search(words) is None:
        return False
    # a document's words, written with their marks: "tám", not the "tâm" of "Trung tâm" (folded
    # alike); a text written without them is read folded
    if accent_ratio(said) == 0.0:
        return True
    toned = _TONED_HOLDING_NUMBER_WORDS.sub(" ", match_key(said))
    if exact:
        toned = toned.replace("theo quy định", " ")
    return _NUMBER_IN_WORDS_TONED.search(toned) is not None


# number words that are syllables of other words ("Thông tư", "Sở Tư pháp", "đầu tư", "hằng
# năm"; "miền núi", a region, not "miễn", nothing charged), folded
_WORDS_HOLDING_NUMBER_WORDS = re.compile(
    r"\b(?:thong tu|tu phap|dau tu|tu van|tu nhan|tu lieu|h[ao]ng nam|moi nam|nam hoc"
    r"|mien (?:nui|bac|trung|tay|dong|que))\b"
)
_AS_PRESCRIBED = re.compile(r"\btheo quy dinh\b")
# ("bao nhiêu đồng" alone may be answered "Theo quy định của Bộ Tài chính": the document's own)
_EXACT_SUM_ASKED = re.compile(r"\bcu the\b")

# A time asked in years or months ("trong bao nhiêu năm", "mấy tháng"), folded; and a time
# written in days or hours, and one in years or months (a number before its unit, a number in
# words between: "05 (năm) năm"), folded
_LONG_TIME_ASKED = re.compile(r"\b(?:bao nhieu|may) (?:nam|thang)\b(?! (?:nao|gi)\b)")
_SHORT_TIME_WRITTEN = re.compile(
    r"\b(?:ngay lam viec|gio lam viec|\d+\s*(?:\([^)]*\)\s*)?(?:ngay|gio))\b"
)
_LONG_TIME_WRITTEN = re.compile(
    r"(?:\d+\s*(?:\([^)]*\)\s*)?|\(\d+\)\s*|\b(?:mot|hai|ba|bon|sau|bay|tam|chin|muoi) )"
    r"(?:nam|thang)\b"
)
# the same, of years alone asked and written, and of months written
_YEARS_ASKED = re.compile(_LONG_TIME_ASKED.pattern.replace("(?:nam|thang)", "nam"))
_YEARS_WRITTEN = re.compile(_LONG_TIME_WRITTEN.pattern.replace("(?:nam|thang)", "nam"))
_MONTHS_WRITTEN = re.compile(r"(?<![\d/])(\d+)\s*(?:\([^)]*\)\s*)?thang\b")
_MONTHS_A_YEAR = 12
# a date written in words or figures ("ngày 01 tháng 12 năm 2025", "tháng 12 năm 2025",
# "01/12/2025"), folded
_DATE_WRITTEN = re.compile(
    r"\b(?:ngay \d{1,2} )?thang \d{1,2} nam \d{4}\b|\b\d{1,2}/\d{1,2}/\d{4}\b"
)


# The round of an act ("khiếu nại lần đầu", "lần thứ hai", "cấp lại lần 2"), folded: its
# ordinal, read as a number; a paper issued anew ("cấp mới") or again ("cấp lại") is of the
# first round or a later one
_ROUND = re.compile(r"\b(?:lan (dau|thu nhat|mot|hai|thu hai|ba|thu ba|[1-3])|cap (moi|lai))\b")
_ROUND_NUMBER = {
    "dau": 1, "thu nhat": 1, "mot": 1, "moi": 1,
    "hai": 2, "thu hai": 2, "lai": 2,
    "ba": 3, "thu ba": 3,
}  # fmt: skip


def _rounds(folded: str) -> set[int]:
    """The rounds of an act the folded text names, as numbers."""
    return {
        _ROUND_NUMBER.get(m.group(1) or m.group(2)) or int(m.group(1))
        for m in _ROUND.finditer(folded)
    }


def _other_round(q: Question, text: str) -> str | None:
    """The row or sentence of another round of the act asked: "khiếu nại lần hai" answered by
    the row of "Thủ tục giải quyết khiếu nại lần đầu tại cấp xã"."""
    asked = _rounds(plain(q.route.folded))
    if len(asked) != 1:
        return None  # no round named, or two compared
    written = _rounds(plain(fold(text)))
    if not written or asked & written:
        return None
    return f"another round of the act than asked: {sorted(written)} for {sorted(asked)}"


# A person named by a title written before the name ("họa sĩ Bùi Trang Chước", "đồng chí
# Nguyễn Văn A"), in the text and in the question as typed (marks stripped: "hoa si Tran Van
# Can"), the name in capitals; "ông"/"bà" are left out ("ba" is also "three"), and so are a
# title before a position ("đồng chí Chủ tịch", "đồng chí nguyên Bí thư") and "nhà văn hóa"
_TITLES = r"họa sĩ|hoạ sĩ|nhạc sĩ|nhà thơ|nhà văn(?! hóa| hoá| phòng)|nghệ nhân|nghệ sĩ|đồng chí"
_TITLED_PERSON = re.compile(rf"(?i:\b(?:{_TITLES}))\s+({_PERSON_NAME.pattern})")
_TITLED_PERSON_PLAIN = re.compile(
    rf"(?i:\b(?:{strip_diacritics(_TITLES)}))\s+({_PERSON_NAME.pattern})"
)
# the words of a position, which a capitalized run after a title may be, not a name (folded)
_POSITION_NAMED = re.compile(
    r"^(?:nguyen (?:chu|pho|bi|tong|thu|bo|uy)|chu tich|pho|bi thu|tong|uy vien|bo truong"
    r"|thu truong|thu tuong|giam doc|truong|thanh vien|lanh dao|dai bieu|chanh|vu truong)\b"
)


def _titled_names(text: str, pattern: re.Pattern[str]) -> list[str]:
    """The names (folded) ``text`` writes after a person's title, positions left out."""
    names = (plain(fold(m.group(1))) for m in pattern.finditer(text))
    return [name for name in names if not _POSITION_NAMED.match(name)]


def _another_person(q: Question, text: str) -> str | None:
    """A value stated of another person than the one the question names by a title: "họa sĩ
    Trần Văn Cẩn đã vẽ bao nhiêu bản" answered by "họa sĩ Bùi Trang Chước đã có 112 bản vẽ"."""
    asked = _titled_names(strip_diacritics(q.route.question), _TITLED_PERSON_PLAIN)
    if not asked:
        return None
    titled = _titled_names(text, _TITLED_PERSON)
    folded = plain(q.route.folded)
    if not titled or any(re.search(rf"\b{re.escape(name)}\b", folded) for name in titled):
        return None
    return f"a value of another person than the one asked: {titled[0]!r}"


# The other ways an office of a kind is written: its initials, a bank by its brand (folded)
_OFFICE_KIND_WRITTEN = {
    "kho bac": re.compile(r"\bkbnn\b"),
    "ngan hang": re.compile(r"\bnh(?:nn|csxh|tm|ptvn)\b|[a-z]*bank\b|\bbidv\b"),
}


# A role a body holds in a council, asked by its noun ("sở nào làm cơ quan thường trực của Hội
# đồng"), not a body so named ("Thường trực HĐND"), folded (not "đầu mối", which a text may
# give as "chủ trì")
_ROLE_NOUN_ASKED = re.compile(
    r"\b(?:lam|la|giu vai tro|dong vai tro)(?: (?:co quan|don vi|bo phan))? (thuong truc)\b"
    r"|\b(?:co quan|don vi|bo phan) (thuong truc)\b"
)


# An appraisal asked of a body ("cơ quan nào (phải) thẩm định ... trước khi ban hành"): an act
# documents always name by its word, which no other act stands for, folded
_APPRAISAL_ASKED = re.compile(
    r"\b(?:co quan|don vi|so|bo|ban|phong|ai) nao (?:(?:phai|se|co trach nhiem|chiu trach nhiem"
    r"|duoc giao|thuc hien) )?(tham dinh|tham tra)\b"
)


def _role_unsaid(q: Question, support: Sequence[Candidate]) -> str | None:
    """A body asked by the role it holds ("cơ quan nào làm thường trực Hội đồng tư vấn ...")
    or by the appraisal it makes ("cơ quan nào thẩm định ...") answered by a passage that
    writes no such role or act: the body does something else there (a procedure's row naming
    who receives its files, the body that decides once another has appraised)."""
    if q.route.intent != "agency":
        return None
    folded = plain(q.route.folded)
    asked = _ROLE_NOUN_ASKED.search(folded) or _APPRAISAL_ASKED.search(folded)
    if asked is None:
        return None
    role = next(group for group in asked.groups() if group)
    for cand in support:
        if any(role in written for written in _text_and_headings(cand)):
            return None
    return f"the role {role!r} asked, the passage gives the body none"


def _office_kind_unnamed(q: Question, answer: str) -> str | None:
    """A body asked by the kind of office it is ("ngân hàng nào", "kho bạc nào") answered by
    words naming none of that kind ("Nộp hồ sơ … đến Trung tâm Phục vụ hành chính công")."""
    if q.route.intent != "agency" or not answer:
        return None
    asked = OFFICE_KIND_ASKED.search(plain(q.route.folded))
    if asked is None:
        return None
    kind = " ".join(asked.group(1).split()[:2])
    written = plain(fold(answer))
    if re.search(rf"\b{kind}\b", written) or (
        (other := _OFFICE_KIND_WRITTEN.get(kind)) is not None and other.search(written)
    ):
        return None
    return f"a {kind!r} asked, the answer names none: {answer[:60]!r}"


# A measure asked by its own noun, which a value of it is stated with ("lãi suất cho vay ưu đãi
# … bao nhiêu %/năm", "mức thưởng … giải nhất"), folded: the noun's pattern in the question and
# the one the answer's sentence, row or heading must write
_MEASURES = (
    # (the rate opening the question, not the object of support: "mức hỗ trợ lãi suất")
    (
        re.compile(r"^(?:muc )?lai suat\b"),
        re.compile(rf"^(?:{match_key('mức')} )?{match_key('lãi suất')}\b"),
        re.compile(rf"\b{match_key('lãi suất')}\b"),
    ),
    # (a reward, not "thường" / "thương" / "thượng", folded alike: "bình thường", "giải thường
    # niên"; with its marks when typed with them)
    (
        re.compile(r"\b(?:muc|tien|giai) thuong\b(?! (?:xuyen|truc|nien|le|ky|vu)\b)"),
        re.compile(
            rf"\b(?:{match_key('mức')}|{match_key('tiền')}|{match_key('giải')}|"
            rf"{match_key('được')}) {match_key('thưởng')}\b"
        ),
        re.compile(match_key("thưởng")),
    ),
)


def _measure_unsaid(q: Question, cand: Candidate) -> str | None:
    """A value of a measure the question names by its noun (an interest rate, a reward) read
    where no such measure is written: "lợi nhuận định mức không vượt quá 10% tổng chi phí" for
    "lãi suất cho vay … bao nhiêu %", "Bồi dưỡng học sinh tham gia tập huấn: 80" for "mức
    thưởng … giải nhất"."""
    folded = plain(q.route.folded)
    toned = match_key(q.route.question)
    unit = cand.unit
    # (the measure's noun with its marks: folded, "thuong" is also "thường xuyên")
    said = match_key(f"{unit.text} {unit.section} {unit.context_toned}")
    for asked_plain, asked_toned, written in _MEASURES:
        asked = asked_toned.search(toned) if q.route.accented else asked_plain.search(folded)
        if asked and not written.search(said):
            return f"a value of another measure than {asked.group()!r}: {cand.answer!r}"
    return None


# A kind of document a question names as one ("ban hành quyết định ấn định thuế", "ra quyết
# định", "Quyết định 2691", "tại công văn số 12"), not a verb its word also is ("đề nghị hướng
# dẫn góp vốn", "định kỳ báo cáo", "báo cáo số liệu") nor "pháp luật", folded
_KIND_AS_NOUN = re.compile(
    rf"(?:^|\b(?:ban hanh|ra|co|nhan duoc|gui|trinh|trong|(?<!dinh )ky|tai|theo|bang|cua"
    rf"|van ban|cac|mot) )({KINDS})\b(?! moi\b)"
    rf"|\b({KINDS})(?= (?:so \d|so hieu|\d|nao\b))"
)


def _dated_of_another_kind(q: Question, cand: Candidate) -> str | None:
    """The day of a document of a kind the question never names: "ban hành quyết định ấn
    định thuế … vào ngày nào" answered by the day of the "Công văn số 144/2025/CV-BSGBTr" a
    sentence cites."""
    mention = cand.mention
    if mention is None or not mention.kind:
        return None
    folded = plain(q.route.folded)
    if any(
        number_matches(n, mention.number) and not done_to_by_another(folded, n)
        for n in q.number_filter
    ):
        # "có văn bản 3245/TTr-STP ... vào ngày nào": the document named by number (not one
        # the asked one acts on: "Nghị định sửa đổi NĐ 126/2020 dự kiến ban hành khi nào")
        return None
    named = {a or b for a, b in _KIND_AS_NOUN.findall(folded)}
    if not re.search(r"(?<!phap )\bluat\b", folded):
        named.discard("luat")  # "pháp luật" names no law
    if not named or mention.kind in named:
        return None
    return f"the day of a {mention.kind} for a {sorted(named)[0]} asked: {mention.number}"


# A value compared with the one a former document set ("so với mức tại QĐ 41/2023 cũ thay đổi
# thế nào", "thấp hơn bao nhiêu so với … nghị quyết trước đó"), folded
_AGAINST_FORMER = re.compile(
    r"\bso voi\b[^?]*\b(?:cu|truoc do|truoc day)\b|\b(?:cu|truoc do|truoc day)\b[^?]*\bso voi\b"
)
_VALUE_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _former_value_unstated(q: Question, support: Sequence[Candidate]) -> str | None:
    """A change against a former document's value asked, answered by one value of one
    document ("Từ 5 đến 10 năm: 65"): the value compared with is not stated."""
    if q.route.intent not in ("figure", "compare", "target", "deadline", "general"):
        return None
    if not _AGAINST_FORMER.search(plain(q.route.folded)):
        return None
    documents = {c.unit.doc_id for c in support}
    given = set(_VALUE_NUMBER.findall(q.route.folded))  # "từ 5 đến 10 năm": the case named
    values = {n for c in support for n in _VALUE_NUMBER.findall(c.answer or "")} - given
    if len(documents) > 1 or len(values) > 1:
        return None
    return f"a change against a former document, one value stated: {support[0].answer!r}"


# A word any body, person, level or place an agency answer names writes, folded (loose: "so"
# is also a number's "số"; what it leaves out is an act or a thing, never one who acts)
_BODY_WORD = re.compile(
    r"\b(?:co quan|don vi|bo phan|so|bo|cuc|ban|phong|uy ban|ubnd|hdnd|cong an|thanh tra|doan"
    r"|hat|tram|trung tam|thu tuong|chu tich|giam doc|truong|kho bac|ngan hang|vien|hoi|to|doi"
    r"|van phong|chinh phu|quoc hoi|toa an|doanh nghiep|cong ty|nguoi|ho|ca nhan|to chuc|cap"
    r"|xa|phuong|tinh|huyen|thanh pho|quan|lanh dao|can bo|cong chuc|vien chuc|nhan dan|thue"
    r"|hai quan|bao hiem|dang uy|mat tran|benh vien|hoc vien|dai|quy|chi nhanh|tap doan|vu"
    r"|cong|cang|lien doan|hiep hoi|hop tac xa|uy|dai dien|nha nuoc|thu truong|hieu truong"
    r"|chu dau tu|nha dau tu|nha thau|kiem lam|canh sat|nganh(?! nghe)|luc luong|chu rung|evn"
    r"|dien luc|ben moi thau|tu van)\b"
)


# A document named by its kind and number ("Quyết định số 1221/QĐ-UBND", "Công văn 55/2014")
# (by "số" or a symbol: "Báo cáo 6 tháng", "Kế hoạch 2026", "Chương trình 135" are none)
_DOCUMENT_NUMBERED = re.compile(
    r"\b(?:Quyết định|Nghị quyết|Nghị định|Thông tư|Kế hoạch|Công văn|Chỉ thị|Thông báo"
    r"|Báo cáo|Tờ trình|Hướng dẫn|Công điện|Chương trình|Đề án|Luật)"
    r"(?:\s+số\s+\d|\s+\d+/[A-ZĐ0-9])",
    re.IGNORECASE,
)


def _document_for_body(answer: str | None) -> str | None:
    """A body asked, answered by a document: the answer names a document by its number before
    any body ("Chấm dứt…: Quyết định số 1221/QĐ-UBND ngày 28/7/2025 của Chủ tịch …", a row's
    label and its cell), not one that acts ("Bộ Tài chính đang xây dựng Nghị định … số …")."""
    found = _DOCUMENT_NUMBERED.search(answer or "")
    if found is None:
        return None
    before = (answer or "")[: found.start()]
    if AGENCY.search(before) or HOLDER_TITLE.search(before):
        return None
    return f"a document for a body asked: {found.group(0)!r}"


def _asked_place_unnamed(q: Question, answer: str) -> str | None:
    """A body or a figure answered where the question asks places by their kind ("phụ trách
    địa bàn những xã nào": a unit's name with no "xã" in it, "Chi cục Kiểm lâm thuộc Sở ...")."""
    if q.route.intent not in ("agency", "figure") or not answer:
        return None
    asked = asked_entity(plain(q.route.folded))
    if asked is None or asked[0] != "place":
        return None
    if re.search(rf"\b{asked[1]}\b", plain(fold(answer))):
        return None
    return f"no {asked[1]!r} named for the places asked: {answer[:60]!r}"


def _no_age(q: Question, cand: Candidate, stated: str) -> str | None:
    """An answer writing no age ("60 tuổi") for an age asked, in what it states or right after
    its value: "tuổi bổ nhiệm lần đầu ... không quá bao nhiêu" answered by "Người giữ chức danh
    ... tại doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ"."""
    if q.route.intent != "figure":
        return None
    asked = (
        _AGE_ASKED.search(q.route.question.lower())
        if q.toned
        else _AGE_ASKED_PLAIN.search(plain(q.route.folded))
    )
    if asked is None:
        return None
    after = cand.unit.text[cand.focus[1] : cand.focus[1] + _UNIT_CHARS] if cand.focus else ""
    if _AGE_WRITTEN.search(plain(fold(f"{stated}{after}"))):
        return None
    return f"no age for an age asked: {stated[:60]!r}"


# Numbers written in words before "tuổi" ("dưới sáu tuổi"): an age that qualifies, not one asked
_NUMBER_WORDS = ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mươi")
# An age asked, as typed with its marks: "bao nhiêu tuổi", or "tuổi" (not of a number, "dưới 6
# tuổi", nor "người cao tuổi", "tuổi thọ", "tuổi Đảng") with "bao nhiêu" after it, no unit
# following ("tuổi ... không quá bao nhiêu?")
_AGE_ASKED = re.compile(
    r"\bbao nhiêu tuổi\b"
    # (not an age the question writes itself: "trẻ dưới 24 tháng tuổi")
    r"|(?<!\d )(?<!\d)(?<!cao )(?<!tháng )(?<!\w)"
    + "".join(f"(?<!{w} )" for w in _NUMBER_WORDS)
    + r"tuổi(?! thọ| đảng)(?!\w)[^?]*\bbao nhiêu\s*(?:\?|$)"
)
# The same typed without marks, where "tuoi" may be "tưới" or "tươi": "bao nhieu tuoi", "do
# tuoi ... bao nhieu" (folded)
_AGE_ASKED_PLAIN = re.compile(r"\bbao nhieu tuoi\b|\bdo tuoi\b[^?]*\bbao nhieu\s*(?:\?|$)")
# An age written in an answer, folded: a number and "tuổi" ("60 tuổi", "đủ 18 tuổi")
_AGE_WRITTEN = re.compile(r"\d\s*tuoi\b")


# A number of the question (folded): its digits and separators.
_NUMBER = re.compile(r"(?<![0-9.,/-])[0-9]+(?:[.,][0-9]+)*(?![0-9/]|[.,][0-9])")
# Thousands dots ("3.000") or a decimal comma ("1,5"); not a numbered item ("tiêu chí 4.5").
_SEPARATED = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+,[0-9]+")
_MEASURE_AFTER = re.compile(r"\s*(?:%|(?:gb|mb|tb|ha|km2?|m[23]?|kg|tan|kwh?|mw|lit)\b)")


# The side a quantity bounds a case from (folded, around the number): from below ("từ 12 tháng
# trở lên", "trên 5.000 m3"), from above ("dưới 12 tháng", "12 tháng trở xuống")
_FROM_BELOW_BEFORE = re.compile(r"\btren\s*$")
_FROM_BELOW_AFTER = re.compile(r"^(?:\s*[^\W_]+){0,2}\s+tro len\b")
_FROM_ABOVE_BEFORE = re.compile(r"\b(?:duoi|den)\s*$")
_FROM_ABOVE_AFTER = re.compile(r"^(?:\s*[^\W_]+){0,2}\s+tro xuong\b")
_BOUND_REACH = 24  # characters read after a number for "trở lên" / "trở xuống"
_BOUND_UNIT = re.compile(r"\s*([a-z%]+)")  # the word after a bounding number: its unit


# The act a procedure does to a paper, which tells it from the other procedures on that paper
# ("gia hạn", "cấp lại", "thu hồi" a licence), folded
_PROCEDURE_ACT = re.compile(r"\b(?:gia han|cap lai|cap doi|thu hoi|dieu chinh|dang ky lai)\b")


def _bounded_sides(folded: str) -> list[tuple[str, str, str]]:
    """Each number of ``folded`` with the side it bounds a case from ("below", "above", or ""
    for a number bounding nothing) and the word after it (its unit: "ty", "thang")."""
    sides = []
    for m in _NUMBER.finditer(folded):
        before, after = (
            folded[max(0, m.start() - 8) : m.start()],
            folded[m.end() : m.end() + _BOUND_REACH],
        )
        if _FROM_BELOW_BEFORE.search(before) or _FROM_BELOW_AFTER.match(after):
            side = "below"
        elif _FROM_ABOVE_BEFORE.search(before) or _FROM_ABOVE_AFTER.match(after):
            side = "above"
        else:
            side = ""
        unit = _BOUND_UNIT.match(after)
        sides.append((_digits(m.group(0)).lstrip("0") or "0", side, unit.group(1) if unit else ""))
    return sides


def _range_of_another_case(folded: str, sentence: str) -> str | None:
    """The question bounds its case by a quantity from one side ("khóa từ 12 tháng trở lên",
    "chi phí trên 20 tỷ đồng") and the answer's sentence writes that quantity only as the bound
    from the other side ("từ 01 tháng trở lên đến dưới 12 tháng"), or bounds its own case by
    other quantities of that unit and never writes it ("Đến 01 tỷ đồng mức thu ..."): the
    sentence's case is another range than the asked."""
    held = _bounded_sides(sentence)
    asked = _bounded_sides(folded)
    for number, side, unit in asked:
        if not side or any(n == number and s and s != side for n, s, _ in asked):
            continue  # bounding a case from each side ("từ 05 năm trở lên và từ 02 đến dưới 05")
        sides = {s for n, s, _ in held if n == number}
        other = "above" if side == "below" else "below"
        if sides == {other}:
            return f"the quantity {number} bounds another range (from {other}) in the sentence"
        one_case = sum(1 for _, s, _ in asked if s) == 1  # two cases asked: each its own
        if one_case and not sides and unit and any(s and u == unit for _, s, u in held):
            return f"another range of {unit!r} than the one bounded by {number}"
    return None


_SHARE_WRITTEN = re.compile(r"[0-9]+(?:[.,][0-9]+)?\s*%")  # "100%", "0,5 %"


def _quantities(folded: str) -> list[str]:
    """The quantities a question names: numbers with a thousands separator or a decimal
    comma, or followed by a unit of measure ("từ 3.000 đến dưới 5.000 m3" → "3000", "5000"),
    as digits. Years, dates and document numbers are none."""
    found: list[str] = []
    # "NQ 70 Hà Nội", "Quyết định 1582": the number of a document its kind names, whatever
    # follows it ("ha" of "Hà Nội" folded is no hectare)
    numbered = {m.start("number") for m in TYPE_THEN_NUMBER.finditer(folded)}
    for m in _NUMBER.finditer(folded):
        if m.start() in numbered:
            continue
        number, after = m.group(0), folded[m.end() :]
        before = folded[max(0, m.start() - 6) : m.start()]
        if re.search(r"(?:ngay|thang|nam)\s*$", before) or re.match(r"\s*/", after):
            continue
        if re.fullmatch(r"(?:19|20)[0-9]{2}", number):
            continue
        if number == "1":
            continue  # "bao nhiêu đồng 1 m3": the unit a price is given for
        if _SEPARATED.fullmatch(number) or _MEASURE_AFTER.match(after):
            found.append(_digits(number))
    return found


# "một" before one authorized to act in another's stead ("một Phó Chi cục trưởng được Chi cục
# trưởng ủy quyền"), folded: one of several picked, no count
_ONE_OF_THEM = re.compile(r"\s*mot\s+(?:[a-z]+\s+){1,5}?duoc\s+(?:[a-z]+\s+){0,4}?uy quyen\b")
_ONE_OF_CHARS = 90  # characters after "một" read for the act said of the one picked
# A part of a whole asked ("mỗi bên", "còn lại", "trong đó"), folded: a question giving the whole
_PART_ASKED = re.compile(r"\b(?:moi (?:ben|noi|co quan|don vi|cap)|con lai|trong do)\b")


def _states_value_itself(folded: str, value: str, after: str) -> bool:
    """The question writes the value with the word after it ("48 ngày"), as a given: the value
    it asks is another one."""
    written = re.match(r"\s*([0-9][0-9.,]*)\s*([a-z]+)", f"{plain(fold(value))} {after}")
    if written is None:
        return False
    number, word = written.groups()
    return re.search(rf"(?<![\d.,/]){re.escape(number)} {word}\b", folded) is not None


def _numbers(text: str) -> set[str]:
    return {_digits(m.group(0)) for m in _NUMBER.finditer(text)}


def _digits(number: str) -> str:
    """A number with its thousands dots left out ("3.000" → "3000"; "0,5" stays)."""
    return number.replace(".", "")


# A date ("15/12", "ngày 15 tháng 12"), and a length of time ("15 ngày", "03 tháng") in a value.
_DATE = re.compile(
    # (a month from 1 to 12, and not "24/7": "24/24", "24/7" are all hours of the day)
    r"(?<![0-9])(?!24\s*/\s*7(?![0-9/]))[0-9]{1,2}\s*/\s*(?:0?[1-9]|1[0-2])"
    r"(?:\s*/\s*[0-9]{2,4})?(?![0-9])"
    r"|\bngay\s+[0-9]{1,2}\s+thang\s+[0-9]{1,2}(?:\s+nam\s+[0-9]{4})?"
)
_DURATION_IN = re.compile(r"[0-9]\s*(?:ngay|thang|nam|gio|tuan|phut)\b")
# A limit asked ("tối đa bao nhiêu giờ", "trong bao lâu"; not "thời hạn", which names every
# time limit, a date too), folded; and round the clock ("24/24 giờ", "24/7"; not the date
# "ngày 24/7"), as written, which sets no limit (it answers "chế độ thời gian nào")
_LIMIT_ASKED = re.compile(r"\b(?:toi da|bao lau|trong vong|cham nhat|khong qua)\b")
_ROUND_THE_CLOCK = re.compile(
    r"(?<![\d/])(?<!ngày )(?<!ngay )24\s*/\s*(?:24\s*(?:giờ|h)\b|7(?![\d/]))", re.IGNORECASE
)
# A document asked by its kind and year ("Nghị định năm 2024 nào"), folded: the year
_KIND_OF_YEAR_ASKED = re.compile(
    rf"\b(?:{KINDS})(?: so)? (?:ban hanh )?nam ((?:19|20)\d{{2}}) (?:nao|gi)\b"
)


def _of_year(mention: Mention, year: str) -> bool:
    """The document ``mention`` cites is of ``year``: its number or its date says so (neither
    known: it may be; "12/2024/TT-BTC" dated 30/12/2023 is of both years)."""
    written = re.findall(r"/((?:19|20)\d{2})/", mention.number)
    if mention.date is None and not written:
        return True
    return year in written or (mention.date or "").startswith(year)


# "trước ngày nào", "ngày nào", "vào ngày cụ thể nào": a day is asked (folded).
_ASKS_DAY = re.compile(r"\bngay (?:cu the )?nao\b")
# The day something must be done by ("trước ngày nào", "chậm nhất là ngày nào", "hạn chót"),
# folded; and the words opening a span right before a value ("từ ngày", "kể từ", "bắt đầu từ")
_LIMIT_DAY_ASKED = re.compile(
    r"\b(?:truoc|cham nhat(?: la)?|han chot|han cuoi)(?: vao)? ngay (?:cu the )?nao\b"
)
# (the first day of a range written before the last: "từ ngày 16-20/11/2025")
_START_BEFORE = re.compile(r"\b(?:tu|bat dau)(?: ngay)?\s*(?:[0-9]{1,2}\s*[-–]\s*)?$")
# A span from one time to another ("từ tháng 10 năm 2025 đến hết tháng 3 năm 2026"), folded
_SPAN = re.compile(r"\btu\b[^;.]*\bden\b")
_QUARTER = re.compile(r"\bquy\s+(?:[ivx]+|[1-4])\b")
# A day in a value: "15/12", "ngày 20", "20 tháng 6" (not a count of months: "định kỳ 06 tháng").
_DAY = re.compile(
    r"(?<![0-9])[0-9]{1,2}\s*[/.-]\s*[0-9]{1,2}(?![0-9])|\bngay\s+[0-9]|[0-9]\s+thang\s+[0-9]"
)
# An act of a people's council or committee, or of its chairman, by its kind ("Quyết định của
# Chủ tịch UBND cấp xã", "Quyết định của Ủy ban nhân dân cấp xã"), folded: two kinds of act,
# set apart by the chairman named or not (not a document named by its number first: "QĐ
# 2691/QĐ-UBND của Chủ tịch UBND tỉnh")
_ACT_OF_BODY = re.compile(
    r"\b(?:quyet dinh|nghi quyet|van ban|ke hoach) cua (chu tich )?"
    r"(?:uy ban nhan dan|hoi dong nhan dan)\b"
)


# The words naming a source the question asks from ("theo quyết định của UBND tỉnh", "tại
# nghị quyết của HĐND"), folded, right before an act it names: no act a row is of
_SOURCE_BEFORE = re.compile(r"\b(?:theo|tai|can cu|boi|o)\s*$")


def _act_of_another_office(folded: str, text: str) -> str | None:
    """The question asks of an act of a body's chairman ("quyết định của Chủ tịch UBND cấp
    xã") and the answer's row writes acts of the body alone ("Quyết định của Ủy ban nhân dân
    cấp xã | 20"), or the other way round: another kind of act's value. (Read of rows only: a
    sentence may cite an act of either as its ground.)"""
    asked = next(
        (
            m
            for m in _ACT_OF_BODY.finditer(folded)
            if not _SOURCE_BEFORE.search(folded, 0, m.start())
        ),
        None,
    )
    written = list(_ACT_OF_BODY.finditer(text)) if asked is not None else []
    if asked is None or not written:
        return None
    chairman = asked.group(1) is not None
    if all((m.group(1) is not None) != chairman for m in written):
        office = "its chairman" if not chairman else "the body itself"
        return f"a value of an act of {office}, for an act of the other: {written[0].group(0)!r}"
    return None


# A day a span starts from, as a question gives it ("kể từ 01/01/2030") and as an answer
# opens with it ("c) Kể từ ngày 01 tháng 01 năm 2030: ..."), folded
# (not "thông tư ngày 15/3/2025": "tư" folds as "từ" does)
_DAY_FROM = rf"(?<!\bthong )(?<!\bdau )(?:ke )?tu (?:ngay )?{DAY_MONTH_YEAR}"
_DAY_FROM_RE = re.compile(rf"\b{_DAY_FROM}")  # in a question or a text
# intents whose answer is a day itself, which a question's own day does not bound
_DAY_INTENTS = frozenset({"date", "effective", "deadline"})
_OPENS_FROM = re.compile(rf"^\W*(?:[a-z0-9]{{1,2}}[.)]\s*)?{_DAY_FROM}")


# A day a question asks a value before ("Trước ngày 01/7/2025, phí ... là bao nhiêu"), folded
_BEFORE_ASKED = re.compile(rf"\btruoc (?:ngay )?{DAY_MONTH_YEAR}")


def _values_from_the_day(q: Question, text: str) -> str | None:
    """A value asked for before a day, from a text whose values hold from that day on ("Từ
    ngày 01/7/2025 đến ngày 31/12/2026: 30.000 đồng/bộ C/O"), none before it."""
    asked = _BEFORE_ASKED.search(plain(q.route.folded))
    if asked is None:
        return None
    day = given_iso(*asked.groups())
    folded = plain(fold(text))
    starts = {d for m in _DAY_FROM_RE.finditer(folded) if (d := given_iso(*m.groups()))}
    before = {given_iso(*m.groups()) for m in _BEFORE_ASKED.finditer(folded)}
    if day is None or not starts or day in before or any(d < day for d in starts):
        return None
    first = min(starts)
    return f"{SPAN_FROM_ANOTHER_DAY}: values from {first} on, asked before {day}"


def _span_from_another_day(q: Question, answer: str) -> str | None:
    """The answer opens with a span from another day than the one the question asks from
    ("kể từ 01/01/2030 ... tại khu vực nào" answered by "Kể từ ngày 01 tháng 7 năm 2026 đến
    hết ngày 31 tháng 12 năm 2027: ..."): a step of another time of the same roadmap."""
    asked = _DAY_FROM_RE.search(plain(q.route.folded))
    opened = _OPENS_FROM.match(plain(fold(answer))) if asked is not None else None
    if asked is None or opened is None:
        return None
    if given_iso(*asked.groups()) != given_iso(*opened.groups()):
        return f"{SPAN_FROM_ANOTHER_DAY}: {answer[:60]!r}"
    return None


# The acts a question asks the document of ("được thành lập, kiện toàn theo quyết định số
# mấy", "được phê duyệt tại QĐ nào"), folded: a few acts no other word stands for
_FOUNDING_ACTS = r"thanh lap|kien toan|phe duyet|cong nhan|giai the|chia tach|sap nhap"
_ACT_ASKED_BY = re.compile(
    rf"\b((?:{_FOUNDING_ACTS})(?:(?:,| va| hoac) (?:{_FOUNDING_ACTS}))*) (?:theo|tai|bang|o)"
    rf" (?:{KINDS}|van ban)"
    r"(?: so)? (?:so may|nao|gi)\b"
)


# A relation a question asks the document of ("QĐ 2691 bãi bỏ quyết định ... nào"), folded
_RELATION_ASKED_BY = re.compile(
    rf"\b(bai bo|thay the|huy bo|sua doi)(?: (?:cac|nhung))? (?:{KINDS}|van ban)\b[^?]*"
    r"\b(?:nao|so may)\b"
)
_GROUND_BEFORE = re.compile(r"\bcan cu\b")


def _cited_for_another_act(q: Question, cand: Candidate) -> str | None:
    """The document a sentence cites for another act than the one asked: "Ban Chỉ đạo … được
    thành lập, kiện toàn theo quyết định số mấy" answered by "Căn cứ Quyết định số 3531/QĐ-BTC
    … về ban hành Kế hoạch …", "được phê duyệt tại QĐ số mấy" by "bãi bỏ Quyết định số
    23/2019 …"."""
    mention = cand.mention
    if mention is None:
        return None
    related = _RELATION_ASKED_BY.search(plain(q.route.folded))
    if related is not None:
        # "bãi bỏ quyết định … nào" answered by a ground ("Căn cứ Quyết định số 3100/QĐ-BTP")
        before = plain(fold(mention.before))
        if _GROUND_BEFORE.search(before) and related.group(1) not in before:
            return f"a ground cited for a document {related.group(1)!r}: {mention.number}"
    asked = _ACT_ASKED_BY.search(plain(q.route.folded))
    if asked is None:
        return None
    acts = re.findall(_FOUNDING_ACTS, asked.group(1))
    said = plain(fold(f"{mention.before} {mention.text} {mention.subject} {mention.clause}"))
    if any(re.search(rf"\b{act}\b", said) for act in acts):
        return None
    return f"a document cited for another act than {acts}: {mention.number}"


# A document's full number in an answer ("Quyết định số 82/2025/QĐ-UBND ngày ..."): its
# number, year and code
# (or its number and code without a year: "Quyết định số 3854/QĐ-UBND ngày ...")
_FULL_NUMBER = re.compile(r"\b\d+/(?:(?:19|20)\d{2}/)?[^\W\d_][\w-]*", re.UNICODE)


def _document_given(q: Question, cand: Candidate) -> str | None:
    """The document an answer names is the one the question gives by its full number
    ("trước khi có QĐ 82/2025/QĐ-UBND, nội quy được ban hành tại quyết định số mấy" answered
    by "Quyết định số 82/2025/QĐ-UBND ...", "QĐ 3854/QĐ-UBND bãi bỏ quy trình đã phê duyệt tại
    quyết định số mấy" by "Quyết định số 3854/QĐ-UBND"): the question asks another document
    than the one it names."""
    given = {match_key(n) for n in q.route.doc_numbers if _FULL_NUMBER.fullmatch(n)}
    named = _FULL_NUMBER.search(cand.answer or "")
    if named is not None and match_key(named.group(0)) in given:
        return f"the document the question names itself: {named.group(0)!r}"
    return None


def _date_given(q: Question, cand: Candidate) -> str | None:
    """The answer to a question of a day is a day the question writes itself ("NQ 47/2024
    ngày 12/12/2024 ... bắt đầu từ ngày nào" answered by "Nghị quyết số 47/2024/NQ-HĐND ngày
    12 tháng 12 năm 2024"): the question asks another day than the one it gives."""
    answered = {given_iso(*day) for day in DATE_GIVEN.findall(plain(fold(cand.answer or "")))}
    answered.discard(None)
    given = {given_iso(*day) for day in DATE_GIVEN.findall(plain(q.route.folded))}
    if answered and answered <= given:
        return f"the day the question gives itself: {cand.answer!r}"
    return None


# "được ký ngày nào", "ký vào ngày nào", "ký ban hành ngày nào": the day of signing (folded)
_ASKS_SIGNING_DAY = re.compile(r"\bky(?: ban hanh)?(?: vao)? ngay nao\b")
# A month written in a value: "tháng 5 năm 2025", "tháng 11/2025", "5/2025" (folded).
_MONTH = re.compile(r"\bthang\s+[0-9]{1,2}\b|(?<![0-9/.])[0-9]{1,2}\s*/\s*(?:19|20)[0-9]{2}\b")


# A sum paid ("mức đóng", "phải đóng", "nộp") and one received ("được hưởng", "hưởng thêm"),
# as written with their marks
_PAID = re.compile(r"(?<!\w)(?:đóng|nộp)(?!\w)")
_RECEIVED = re.compile(r"(?<!\w)hưởng(?!\w)")


# A sum a body has granted, as a question asks it ("Bộ Tài chính đã chấp thuận bố trí bao
# nhiêu tỷ"), and a sum only asked for, as a sentence leads to it ("Về kiến nghị bổ sung ...
# khoảng 16.750 tỷ đồng"), and the words granting it after all ("đồng ý", "thống nhất"), folded
_GRANTED_ASKED = re.compile(r"\b(?:da|duoc) (?:chap thuan|phe duyet|bo tri|dong y)\b")
# (not the proposal a grant answers, "Theo đề nghị của Sở ...", nor "để xuất khẩu")
_ASKED_FOR = re.compile(
    r"(?<!\btheo )(?<!\bxet )(?<!\bcan cu )\b(?:kien nghi|de nghi"
    r"|de xuat(?! (?:khau|ban(?! hanh)|canh)\b))\b"
)
_GRANTING = re.compile(
    r"\b(?:chap thuan|phe duyet|dong y|thong nhat|bo tri|phan bo|giao(?! thong| dich| dat))\b"
)
# (after the request, only an assent grants: "bố trí", "phân bổ" there are what is requested)
_ASSENT = re.compile(r"\b(?:chap thuan|dong y|thong nhat)\b")


# How long something is kept, asked ("được lưu giữ tối thiểu bao lâu"), and the thing a
# sentence keeps after its label ("Thời gian lưu trữ nhật ký tối thiểu 06 tháng"), folded
_STORING = re.compile(r"\bluu (?:tru|giu)\b")
# (read past the words opening the thing kept that name none: "các", "đối với")
_STORED_LABEL = re.compile(
    r"\b(?:thoi gian|thoi han) luu (?:tru|giu) (?:(?:cac|nhung|doi voi|cua|mot so|ve) )*"
    r"((?:[a-z]+ ?){1,4})"
)
# words after the thing kept that end its name: a bound, a verb, a preposition
_NO_THING_KEPT = re.compile(
    r"toi|it|la|cua|trong|khong|theo|tu|duoc|phai|tai|o|ke|den|da|can|va"
    r"|tren|voi|cho|bang|sau|truoc|tinh|bat|vinh|tam|doi|moi"
)


def _other_thing_stored(folded: str, sentence: str) -> str | None:
    """The sentence times the keeping of a thing its label names and the question does not
    ("Thời gian lưu trữ nhật ký ..." for "dữ liệu sao lưu phải được lưu giữ bao lâu"): the
    term of another thing kept."""
    if not _STORING.search(folded):
        return None
    label = _STORED_LABEL.search(sentence)
    if label is None:
        return None
    words = label.group(1).split()
    kept = list(itertools.takewhile(lambda w: not _NO_THING_KEPT.fullmatch(w), words))
    if not kept or kept[0] in re.findall(r"[a-z0-9]+", folded):
        return None  # nothing named, or it is what is asked ("mẫu" of "mẫu bệnh phẩm")
    return f"the time {' '.join(kept)!r} is kept, another thing than asked"


# What a body may decide to do with public assets, each set its own threshold ("quyết định
# điều chuyển tài sản ... dưới 01 tỷ đồng", "thanh lý", "tiêu hủy"), folded ("thuê" folds as
# "thuế" does: left out)
_ASSET_ACTS = re.compile(
    r"\b(?:mua sam|dieu chuyen|thanh ly|tieu huy|thu hoi|sua chua|bao duong|chuyen nhuong)\b"
)


def _other_act_on_assets(folded: str, lead: str) -> str | None:
    """The value's sentence, up to it (``lead``, folded), sets the threshold of another act on
    assets than the ones the question asks ("tiêu hủy tài sản ... dưới bao nhiêu tỷ" answered by
    "điều chuyển tài sản công có nguyên giá ... dưới 01 tỷ đồng")."""
    asked = set(_ASSET_ACTS.findall(folded))
    written = set(_ASSET_ACTS.findall(lead))
    if asked and written and not asked & written:
        return f"the threshold of {sorted(written)[0]!r}, another act than asked"
    return None


def _proposed_for_granted(folded: str, lead: str) -> str | None:
    """The value's sentence, up to it (``lead``, folded), states a sum asked for ("kiến nghị",
    "đề xuất") and grants none, while the question asks a sum granted ("đã chấp thuận bố trí
    bao nhiêu"): the sentence says nothing of what was granted."""
    if not _GRANTED_ASKED.search(folded) or _ASKED_FOR.search(folded):
        return None
    request = _ASKED_FOR.search(lead)
    if request and not (
        _GRANTING.search(lead, 0, request.start()) or _ASSENT.search(lead, request.end())
    ):
        return "a sum asked for, for a sum granted"
    return None


def _received_for_paid(q: Question, sentence: str) -> str | None:
    """A sentence stating what someone receives ("được hưởng thêm 50% lương") for a question
    asking what someone pays ("mức đóng của doanh nghiệp là bao nhiêu phần trăm tiền lương"):
    the sentence says nothing of the sum paid. Only a question typed with its marks tells
    "đóng" from "đồng"."""
    asked = q.route.question.lower()
    if not q.toned or not _PAID.search(asked) or _RECEIVED.search(asked):
        return None
    written = sentence.lower()
    if _RECEIVED.search(written) and not _PAID.search(written):
        return "a sum received for a sum paid"
    return None
