"""What a number measures: the indicator phrase near it, its normalized key, and fuzzy grouping.

- :func:`indicator_phrase` reads the noun phrase a value measures from its clause: the phrase
  after the value ("80% | hồ sơ giải quyết thủ tục hành chính ...") or, when the value ends
  the clause, the subject before it ("Tỷ lệ hồ sơ giải quyết trực tuyến | đạt tối thiểu 50%").
  :func:`quantity_indicator` calls it for a found quantity, with the hints its kind gives.
- :func:`indicator_key` normalizes an indicator for comparison:
  :func:`~indexer.normalize.match_key`, common abbreviations spelled out (TTHC → thủ tục hành
  chính), leading quantifiers and verbs ("phấn đấu", "tối thiểu", "tỷ lệ", "số") and numbers
  removed.
- :func:`group_indicators` puts the same indicator worded differently across plans under one
  key, with rapidfuzz ``token_set_ratio`` on the keys.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from indexer.normalize import match_key

if TYPE_CHECKING:
    from indexer.extract.numbers import Quantity

__all__ = ["group_indicators", "indicator_key", "indicator_phrase", "quantity_indicator"]

logger = logging.getLogger(__name__)


def _word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string (keeps long lexicons readable)."""
    return frozenset(words.split())


_ABBREVIATIONS = {
    "tthc": "thủ tục hành chính",
    "cchc": "cải cách hành chính",
    "dvc": "dịch vụ công",
    "dvctt": "dịch vụ công trực tuyến",
    "vbqppl": "văn bản quy phạm pháp luật",
    "qppl": "quy phạm pháp luật",
    "ubnd": "ủy ban nhân dân",
    "hđnd": "hội đồng nhân dân",
    "cbccvc": "cán bộ công chức viên chức",
    "cbcc": "cán bộ công chức",
    "đvsn": "đơn vị sự nghiệp",
    "đvsncl": "đơn vị sự nghiệp công lập",
    "nsnn": "ngân sách nhà nước",
    "cntt": "công nghệ thông tin",
    "htqlcl": "hệ thống quản lý chất lượng",
    "pakn": "phản ánh kiến nghị",
    "ykcd": "ý kiến chỉ đạo",
    "tỉ": "tỷ",
    "uỷ": "ủy",
}
_LEADING = re.compile(
    r"^(?:(?:phấn đấu|phần đầu|phân đấu|đảm bảo|bảo đảm|tối thiểu|ít nhất|tối đa|khoảng|"
    r"trên|dưới|từ|đạt|có|là|các|những|số lượng|số|tỷ lệ|tỉ lệ|tỷ trọng|mức độ|mức|sự|bình quân|"
    r"nâng|tăng|giảm|thực hiện|hoàn thành|chỉ tiêu|mục tiêu|trong đó|đến năm|năm|"
    r"và|của)\s+)+"
)
_TRAILING = re.compile(
    r"(?:\s+(?:đạt|là|từ|tối thiểu|ít nhất|trên|dưới|tương ứng|khoảng|bằng|chiếm|"
    r"phấn đấu|phần đầu|tăng|giảm|với|mức|bình quân|tỷ lệ))+$"
)
_NUMBERISH = re.compile(r"\d+(?:[.,/]\d+)*\s*%?")
_PUNCT = re.compile(r"[^\w\s]")

# Where a phrase after a value stops ("... 100% thủ tục | , trong đó ...", "| so với năm ...").
_AFTER_STOP = re.compile(
    r"[;.:()\n“”\"]|\b(?:trở lên|so với|trong đó|trong số đó|đồng thời|để|nhằm|theo|"
    r"cho đến|đến năm|trong năm|năm \d{4}|giai đoạn)\b"
)
_BEFORE_CUT = re.compile(r"[;:()\n]|\.(?!\d)")
_LEADING_PERIOD = re.compile(
    r"^(?:(?:phấn đấu|phần đầu|phân đấu|đến|trong)\s+)?năm\s+\d{4}\s*,?\s*", re.IGNORECASE
)
_NOT_AN_OBJECT = _word_set(
    "trở so đối trong và theo để trên cho với của từ đến là được kế tại nhằm khi vào mỗi "
    "/tổng tổng đã đang sẽ thì còn hoặc"
)
_MAX_WORDS = 14
# Periods are recorded apart from the indicator ("... trong quý I", "... năm 2023").
_PERIOD = re.compile(
    r"\s*(?:trong|của|vào|tính đến)?\s*(?:quý\s+(?:I{1,3}|IV|[1-4])(?:\s*(?:/|năm)\s*\d{4})?|"
    r"\d+\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+\d{4})?|năm\s+\d{4})(?=\s*$|\s*,)",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^\s*(?:[-+•*]|\d+(?:\.\d+)*[.)]?|[a-zđ][.)]|[IVX]+[.)])\s+")


def _words(text: str) -> list[str]:
    return text.split()


def indicator_phrase(
    text: str,
    start: int,
    end: int,
    clause_start: int,
    clause_end: int,
    *,
    prefer_before: bool = False,
    unit: str | None = None,
) -> str:
    """The indicator a value at ``text[start:end]`` measures, read from its clause.

    The phrase after the value is used when it starts with a noun ("80% | hồ sơ ..."); scores
    and ranks (``prefer_before``) and values of a plan ("đạt 29,8% | kế hoạch") use the subject
    before the value. A very short phrase after the value is completed with the words before it.
    """
    after_words = _after_words(text[end:clause_end])
    before = _before_phrase(text[clause_start:start])
    if unit:  # a count's unit is the head noun: "20 dự án | đầu tư có sử dụng đất"
        if after_words and after_words[0].lower() not in _NOT_AN_OBJECT:
            return " ".join([unit, *after_words][:_MAX_WORDS])
        return " ".join([*before.split()[-(_MAX_WORDS - 1) :], unit]).strip()
    usable_after = (
        after_words
        and after_words[0][:1].isalpha()
        and after_words[0].lower() not in _NOT_AN_OBJECT
    )
    if usable_after and not prefer_before:
        if len(after_words) <= 2 and before:
            return " ".join(before.split()[-6:] + after_words)
        return " ".join(after_words)
    return before or " ".join(after_words)


def quantity_indicator(
    text: str, quantity: Quantity, kind: str, clause_start: int, clause_end: int
) -> str:
    """:func:`indicator_phrase` of a quantity read as ``kind``: scores and ranks name their
    subject before the value, a count's unit is the head noun of its indicator."""
    return indicator_phrase(
        text,
        quantity.start,
        quantity.end,
        clause_start,
        clause_end,
        prefer_before=kind in {"score", "rank"},
        unit=quantity.unit if kind == "count" else None,
    )


def _after_words(after: str) -> list[str]:
    words: list[str] = []
    for m in re.finditer(r"[^\s,]+|,", after):
        token = m.group(0)
        if token == ",":
            if not words or len(words) >= 4:
                break
            continue
        if _AFTER_STOP.match(after, m.start()) or len(words) >= _MAX_WORDS:
            break
        words.append(token)
    return words


def _before_phrase(before: str) -> str:
    pieces = [p for p in _BEFORE_CUT.split(before)]
    phrase = _clean_before(pieces[-1]) if pieces else ""
    # "Bảo đảm mức độ hoàn thành kế hoạch năm 2024: hoàn thành 100%": too short after the
    # cut, so the piece before it is the subject.
    if len(phrase.split()) <= 2 and len(pieces) > 1:
        previous = _clean_before(pieces[-2])
        if previous:
            phrase = previous
    lowered = phrase.lower()
    for marker in ("tỷ lệ", "tỉ lệ", "mức độ", "chỉ số"):
        position = lowered.find(marker)
        if position >= 0:
            return " ".join(phrase[position:].split()[:_MAX_WORDS])
    return " ".join(phrase.split()[-_MAX_WORDS:])


def _clean_before(piece: str) -> str:
    piece = _LABEL.sub("", piece).strip(" ,")
    piece = _TRAILING.sub("", piece).strip(" ,")
    piece = _PERIOD.sub("", piece).strip(" ,")
    piece = _LEADING_PERIOD.sub("", piece).strip(" ,")
    piece = re.sub(
        r"^(?:phấn đấu|phần đầu|phân đấu|đảm bảo|bảo đảm|chỉ tiêu chung|mục tiêu)\s+",
        "",
        piece,
        flags=re.IGNORECASE,
    )
    return piece.strip(" ,")


def indicator_key(text: str) -> str:
    """Normalized indicator: "Tỷ lệ TTHC được cung cấp trực tuyến" → "thủ tục hành chính được
    cung cấp trực tuyến"."""
    key = match_key(text)
    key = _NUMBERISH.sub(" ", key)
    key = _PUNCT.sub(" ", key)
    words = [_ABBREVIATIONS.get(w, w) for w in key.split()]
    key = " ".join(words)
    key = _LEADING.sub("", key)
    return " ".join(key.split())


def group_indicators(texts: Sequence[str], threshold: float = 80.0) -> dict[str, str]:
    """Map each indicator text to a group key; texts whose keys score at least ``threshold``
    (rapidfuzz ``token_set_ratio``, 0-100) against a group's first key join that group."""
    groups: list[str] = []
    mapping: dict[str, str] = {}
    for text in texts:
        if text in mapping:
            continue
        key = indicator_key(text)
        if not key:
            mapping[text] = key
            continue
        best = process.extractOne(key, groups, scorer=fuzz.token_set_ratio) if groups else None
        if best is not None and best[1] >= threshold and _shared_content(key, best[0]):
            mapping[text] = best[0]
        else:
            groups.append(key)
            mapping[text] = key
    return mapping


def _shared_content(a: str, b: str) -> bool:
    """token_set_ratio is 100 when one key's words are a subset of the other's; require that
    the shorter key is not just one or two generic words of the longer one."""
    shorter = min(a.split(), b.split(), key=len)
    return len(shorter) >= 3 or fuzz.ratio(a, b) >= 80
