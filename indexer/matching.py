"""Matching forms of text shared by the index and the questions: folded (no diacritics,
abbreviations expanded) or toned (diacritics kept), and the content words of either.

The index computes them for its evidence units, the question router for questions, so both sides
compare the same forms ("quyet dinh nao ..." and "QĐ nào ..." meet).
"""

from __future__ import annotations

import re
from functools import lru_cache

from indexer.analysis import ABBREVIATIONS as LEXICAL_ABBREVIATIONS
from indexer.normalize import match_key, strip_diacritics

__all__ = [
    "QUESTION_ABBREVIATIONS",
    "STOP_WORDS",
    "STOP_WORDS_TONED",
    "content_terms",
    "expand_abbreviations",
    "fold",
    "key",
    "tone_key",
]

# Abbreviation → expansion, in match_key form (NFC, one tone placement, lower case): the
# lexical analyzer's table (indexer.analysis.ABBREVIATIONS), so that routing and BM25 read
# "CCHC", "TTHC", "UBND" alike. Used on both sides of every comparison here, so "CCHC" in a
# document matches "cải cách hành chính" in a question and the other way round.
#
# Routing folds case away, so two-letter keys would also expand inside names and codes ("Phòng
# VH TT" is not "thông tư"); the analyzer expands those only in capitals. Here only the
# two-letter abbreviations that questions use in lower case are kept.
_SHORT_IN_QUESTIONS = frozenset({"qđ", "kh", "bc", "nq", "tx", "tp", "cp", "cv"})
# Abbreviations that questions typed in haste use and the documents do not ("ds xã miền núi",
# "việc mất GCN"): read on both sides here, outside the lexical table so that the index's
# analysis stays as built.
_TYPED_ABBREVIATIONS = {
    "ds": "danh sách",
    "gcn": "giấy chứng nhận",
    # programmes, fields and codes typed by their initials, which no document of the
    # collection writes so ("vốn NTM", "TSCĐ vô hình", "vùng ĐBSCL", "BLHS"); none of them
    # stands for another word of these texts. (Initials the documents write too, "ĐH", "BQP",
    # "HQ", would be read one way in an index built before and another after: they wait for
    # the next parser version. Those a question types for a place or a ministry, "HN", "Bộ
    # XD", "NS", were tried and cost more right answers than they gave.)
    "ptt": "phó thủ tướng",
    "vlxd": "vật liệu xây dựng",
    "ntm": "nông thôn mới",
    "tscđ": "tài sản cố định",
    "attt": "an toàn thông tin",
    "đbscl": "đồng bằng sông cửu long",
    "blhs": "bộ luật hình sự",
    "blds": "bộ luật dân sự",
    "hsg": "học sinh giỏi",
    "nsnd": "nghệ sỹ nhân dân",
    "nsưt": "nghệ sỹ ưu tú",
    # the taxes named by their initials, in questions and in tax letters alike ("Luật Thuế GTGT")
    "gtgt": "giá trị gia tăng",
    "tncn": "thu nhập cá nhân",
    "tndn": "thu nhập doanh nghiệp",
}
_ABBREVIATIONS_TONED: dict[str, str] = {
    match_key(k): match_key(v)
    for k, v in (*LEXICAL_ABBREVIATIONS.items(), *_TYPED_ABBREVIATIONS.items())
    if sum(ch.isalpha() for ch in k) > 2
    or match_key(k) in _SHORT_IN_QUESTIONS
    or k in _TYPED_ABBREVIATIONS
}
# The same without diacritics, for folded text.
_ABBREVIATIONS_PLAIN: dict[str, str] = {
    strip_diacritics(k): strip_diacritics(v) for k, v in _ABBREVIATIONS_TONED.items()
}


def _abbreviation_re(keys: list[str]) -> re.Pattern[str]:
    # Not inside a document number ("1941/QĐ-UBND") nor a hyphenated code.
    return re.compile(
        r"(?<![\w/&-])("
        + "|".join(sorted(map(re.escape, keys), key=len, reverse=True))
        + r")(?![\w/&-])"
    )


_ABBREVIATION_RE = _abbreviation_re(list(_ABBREVIATIONS_PLAIN))
_ABBREVIATION_TONED_RE = _abbreviation_re(list(_ABBREVIATIONS_TONED))
_SPACES = re.compile(r"\s+")
# A number and the unit of measure glued to it ("150MW", "220kV", "50ha"): written apart, as
# documents often do ("301 MW"), so that both forms meet (lower case)
_GLUED_UNIT = re.compile(r"(?<=\d)(?=(?:mw|kw|kwh|kv|gw|ha|km|kg|mm|cm)\b)")


def expand_abbreviations(folded: str) -> str:
    """Replace abbreviations in folded (lower-case, accent-free) text by their expansion."""
    return _ABBREVIATION_RE.sub(lambda m: _ABBREVIATIONS_PLAIN[m.group(1)], folded)


# Cached: answering folds the same unit texts again for every question and every rule that reads
# them (a fifth of the time of a slow question before the cache).
@lru_cache(maxsize=1 << 14)
def fold(text: str) -> str:
    """Matching form: NFC, one tone placement, lower case, no diacritics, abbreviations expanded."""
    folded = _GLUED_UNIT.sub(" ", strip_diacritics(match_key(text)))
    return _SPACES.sub(" ", expand_abbreviations(folded)).strip()


@lru_cache(maxsize=1 << 14)
def tone_key(text: str) -> str:
    """Like :func:`fold` but keeping diacritics ("viện" and "viên" stay apart)."""
    keyed = _GLUED_UNIT.sub(" ", match_key(text))
    keyed = _ABBREVIATION_TONED_RE.sub(lambda m: _ABBREVIATIONS_TONED[m.group(1)], keyed)
    return _SPACES.sub(" ", keyed).strip()


def key(text: str, toned: bool) -> str:
    """:func:`tone_key` or :func:`fold`."""
    return tone_key(text) if toned else fold(text)


# Question and function words (folded) that carry no content for matching evidence.
_STOP_WORDS = """
    nao gi bao nhieu may khi ai dau the nhu la co cua va cac nhung duoc da trong ve cho voi
    theo tai tu den o thi ma nay do so nam ngay thang hay hoac khong chua bi boi roi con
    mot hai ba bon sau bay tam chin muoi sao vay a u nhi nhe xin hoi biet ra vao len xuong
    tren duoi truoc moi rat qua cung deu dang se can phai nen vi neu lam kia ay luc bang hon
    nhat lai
    """
_STOP = frozenset(_STOP_WORDS.split())

_STOP_TONED_WORDS = """
    nào gì bao nhiêu mấy khi ai đâu thế như là có của và các những được đã trong về cho với
    theo tại từ đến ở thì mà này đó số năm ngày tháng hay hoặc không chưa bị bởi rồi còn một
    hai ba bốn sáu bảy tám chín mười sao vậy à ư nhỉ nhé xin hỏi biết ra vào lên xuống trên
    dưới trước mới rất qua cũng đều đang sẽ cần phải nên vì nếu làm kia ấy lúc bằng hơn nhất
    lại
    """
_STOP_TONED = frozenset(match_key(w) for w in _STOP_TONED_WORDS.split())
STOP_WORDS = _STOP  # function and question words, folded
STOP_WORDS_TONED = _STOP_TONED  # the same with their diacritics
_WORD = re.compile(r"[^\W_]+(?:[.,/]\d+)*")
_YEAR_TOKEN = re.compile(r"(?:19|20)\d{2}$")  # years are constraints, not evidence words


def content_terms(keyed: str, toned: bool = False) -> tuple[str, ...]:
    """Content syllables (and numbers) of keyed text without stop words, in order, unique."""
    stop = _STOP_TONED if toned else _STOP
    seen: dict[str, None] = {}
    for token in _WORD.findall(keyed):
        if token in stop or (len(token) < 2 and not token.isdigit()) or _YEAR_TOKEN.match(token):
            continue
        if "/" in token and not token[0].isdigit():  # "i/2023" of "quý I/2023": a period
            continue
        seen.setdefault(token, None)
    return tuple(seen)


QUESTION_ABBREVIATIONS = _ABBREVIATIONS_TONED  # abbreviation → expansion, toned match keys
