"""Vietnamese text analysis for the lexical index (pure functions, usable as bm25s splitters).

Three token streams ("fields") are produced from one text:

- **syllables**: NFC, one tone placement (:func:`indexer.normalize.match_key`), lower case;
  document numbers, dates and decimals ("214/KH-UBND", "130/2005/NĐ-CP", "17/01/2023", "32,6")
  kept as one token *and* split into their parts; known abbreviations (UBND, CCHC, NĐ-CP, ...)
  followed by the syllables of their expansion, on both the query and the document side, so
  "UBND" meets "Ủy ban nhân dân" whichever way round.
- **words**: underthesea word segmentation, a multi-syllable word joined by "_" ("hành_chính").
- **bigrams**: pairs of adjacent syllables inside a clause ("cải_cách", "cách_hành"), with
  abbreviations read as their expansion. Vietnamese words are mostly one or two syllables, so
  pairs catch compounds and short phrases without depending on segmentation errors.
- **plain**, **plain_bigrams**: syllables and pairs without tones or vowel marks, đ→d, for
  queries typed without accents ("ke hoach" finds "kế hoạch"); pairs matter most there, since one
  accent-free syllable stands for many ("cong" is công, cống, cộng, ...).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from indexer.normalize import fold_tone_placement, match_key, nfc, strip_diacritics

__all__ = [
    "ABBREVIATIONS",
    "AnalyzedText",
    "DOCUMENT_NUMBER",
    "accent_ratio",
    "analyze",
    "bigram_tokens",
    "document_numbers",
    "expand_abbreviations",
    "plain_tokens",
    "syllable_tokens",
    "word_tokens",
]

# Usual abbreviations of Vietnamese administrative and legal texts (keys in match_key form).
ABBREVIATIONS: Mapping[str, str] = {
    "ubnd": "ủy ban nhân dân",
    "hđnd": "hội đồng nhân dân",
    "ubmttq": "ủy ban mặt trận tổ quốc",
    "mttq": "mặt trận tổ quốc",
    "cchc": "cải cách hành chính",
    "tthc": "thủ tục hành chính",
    "qđ": "quyết định",
    "kh": "kế hoạch",
    "bc": "báo cáo",
    "nq": "nghị quyết",
    "nđ": "nghị định",
    "nđ-cp": "nghị định chính phủ",
    "cp": "chính phủ",
    "tt": "thông tư",
    "ttg": "thủ tướng",
    "qđ-ttg": "quyết định thủ tướng",
    "ct": "chỉ thị",
    "tb": "thông báo",
    "hd": "hướng dẫn",
    "qh": "quốc hội",
    "ubtvqh": "ủy ban thường vụ quốc hội",
    "tw": "trung ương",
    "dvc": "dịch vụ công",
    "dvctt": "dịch vụ công trực tuyến",
    "cbccvc": "cán bộ công chức viên chức",
    "cbcc": "cán bộ công chức",
    "ccvc": "công chức viên chức",
    "đvsn": "đơn vị sự nghiệp",
    "đvsncl": "đơn vị sự nghiệp công lập",
    "đvhc": "đơn vị hành chính",
    "qppl": "quy phạm pháp luật",
    "vbqppl": "văn bản quy phạm pháp luật",
    "cntt": "công nghệ thông tin",
    "csdl": "cơ sở dữ liệu",
    "hcc": "hành chính công",
    "nsnn": "ngân sách nhà nước",
    "qlnn": "quản lý nhà nước",
    "cqnn": "cơ quan nhà nước",
    "pakn": "phản ánh kiến nghị",
    "kt-xh": "kinh tế xã hội",
    "ktxh": "kinh tế xã hội",
    "htx": "hợp tác xã",
    "dn": "doanh nghiệp",
    "bhxh": "bảo hiểm xã hội",
    "bhyt": "bảo hiểm y tế",
    "thcs": "trung học cơ sở",
    "thpt": "trung học phổ thông",
    "tand": "tòa án nhân dân",
    "vksnd": "viện kiểm sát nhân dân",
    "xhcn": "xã hội chủ nghĩa",
    "chxhcn": "cộng hòa xã hội chủ nghĩa",
    "bnv": "bộ nội vụ",
    "vpcp": "văn phòng chính phủ",
    "tn&mt": "tài nguyên và môi trường",
    "tnmt": "tài nguyên và môi trường",
    "gd&đt": "giáo dục và đào tạo",
    "gdđt": "giáo dục và đào tạo",
    "lđtbxh": "lao động thương binh và xã hội",
    "nn&ptnt": "nông nghiệp và phát triển nông thôn",
    "nn&mt": "nông nghiệp và môi trường",
    "nnmt": "nông nghiệp và môi trường",
    "dt&tg": "dân tộc và tôn giáo",
    "kh&cn": "khoa học và công nghệ",
    "khcn": "khoa học và công nghệ",
    "ttđt": "thông tin điện tử",
    "gtvt": "giao thông vận tải",
    "vhttdl": "văn hóa thể thao và du lịch",
    "lđtb&xh": "lao động thương binh và xã hội",
    "tt&tt": "thông tin và truyền thông",
    "hđnd-ubnd": "hội đồng nhân dân ủy ban nhân dân",
    "ykcd": "ý kiến chỉ đạo",
    "htqlcl": "hệ thống quản lý chất lượng",
    "xdcb": "xây dựng cơ bản",
    "tnvk": "thâm niên vượt khung",
    "tx": "thị xã",
    "tp": "thành phố",
    "ykcđ": "ý kiến chỉ đạo",
    "qlcl": "quản lý chất lượng",
    "vbqp": "văn bản quy phạm",
    "sncl": "sự nghiệp công lập",
    "snv": "sở nội vụ",
    "hcm": "hồ chí minh",
    "tphcm": "thành phố hồ chí minh",
    "cv": "công văn",
    "dtts": "dân tộc thiểu số",
    "mtqg": "mục tiêu quốc gia",
    "tdtt": "thể dục thể thao",
    "noxh": "nhà ở xã hội",
    "đmst": "đổi mới sáng tạo",
    "đbqh": "đại biểu quốc hội",
    "gpmb": "giải phóng mặt bằng",
    "atgt": "an toàn giao thông",
    "pccc": "phòng cháy chữa cháy",
    "kcn": "khu công nghiệp",
    "ccn": "cụm công nghiệp",
    "attp": "an toàn thực phẩm",
}
# Two-letter abbreviations collide with ordinary syllables and column labels ("TT" is also
# "thứ tự"), so they are expanded only when written in capitals, in queries as in documents.
_SHORT = 2

# A run of letters/digits joined by "/", "-", ".", "," or "&" without spaces: a candidate
# document number, date, decimal or code ("130/2005/NĐ-CP", "17/01/2023", "32,6", "TN&MT").
_TOKEN = re.compile(r"[^\W_]+(?:[/\-.,&][^\W_]+)*")
_PART = re.compile(r"[^\W_]+")
_CODE_PART_MAX = 8

# Document numbers for exact lookup: "214/KH-UBND", "130/2005/NĐ-CP", "1941/QĐ-UBND",
# "61/2018/NĐ-CP", and the short "61/2018" ("Nghị định 61/2018").
DOCUMENT_NUMBER = re.compile(
    r"(?<![\w/.])(\d{1,6}(?:\.\d{1,2})?(?:/\d{4})?/[^\W\d_][^\W_]*(?:[-&][^\W_]+)*"
    r"|\d{1,6}/(?:19|20)\d{2})(?![\w/])"
)
# "12/2018" alone is a month; the short form is a number only after a document type
# ("Nghị định 61/2018", "Thông tư số 01/2018"), matched on the accent-free lower-case text.
_SHORT_NUMBER_CONTEXT = re.compile(
    r"(?:nghi dinh|quyet dinh|thong tu|nghi quyet|ke hoach|bao cao|chi thi|cong van|"
    r"thong bao|huong dan|luat|phap lenh|nd|qd|tt|nq|kh|bc|ct)\s*(?:so\s*)?:?\s*$"
)


@dataclass(frozen=True)
class AnalyzedText:
    syllables: tuple[str, ...]
    words: tuple[str, ...]
    bigrams: tuple[str, ...]
    plain: tuple[str, ...]
    plain_bigrams: tuple[str, ...]


def _is_code(raw: str, parts: list[str]) -> bool:
    """A compound worth one token: it has a digit, or every part is a short capitalized code."""
    if any(ch.isdigit() for ch in raw):
        return True
    return all(p.isupper() and len(p) <= _CODE_PART_MAX for p in parts)


@lru_cache(maxsize=1)
def _plain_abbreviations() -> dict[str, str]:
    return {strip_diacritics(key): value for key, value in ABBREVIATIONS.items()}


def _expansion(raw: str, key: str, *, query: bool) -> str | None:
    """The expansion of an abbreviation as written (``raw``), or None."""
    letters = sum(ch.isalpha() for ch in key)
    if not (raw.isupper() or (query and letters > _SHORT)):
        return None
    found = ABBREVIATIONS.get(key)
    if found is None and query:
        found = _plain_abbreviations().get(strip_diacritics(key))
    return found


def _fold(text: str) -> str:
    """NFC and one tone placement, case kept (capitals mark abbreviations)."""
    return fold_tone_placement(nfc(text))


def _syllables(text: str, *, query: bool) -> list[str]:
    """The syllable stream (see module docstring)."""
    text = _fold(text)
    out: list[str] = []
    for match in _TOKEN.finditer(text):
        raw = match.group()
        parts = _PART.findall(raw)
        if len(parts) == 1:
            out.append(raw.lower())
            expansion = _expansion(raw, raw.lower(), query=query)
            if expansion:
                out.extend(expansion.split())
            continue
        if not _is_code(raw, parts):  # "chính.Tiếp": two words glued by a missing space
            for part in parts:
                out.append(part.lower())
            continue
        whole = raw.lower()
        out.append(whole)
        out.extend(part.lower() for part in parts)
        expansion = _expansion(raw, whole, query=query)
        if expansion:
            out.extend(expansion.split())
            continue
        for part in parts:
            expansion = _expansion(part, part.lower(), query=query)
            if expansion:
                out.extend(expansion.split())
    return out


def syllable_tokens(text: str, *, query: bool = False) -> list[str]:
    """Lower-case syllables, whole codes with their parts, abbreviation expansions."""
    return _syllables(text, query=query)


def plain_tokens(text: str, *, query: bool = False) -> list[str]:
    """:func:`syllable_tokens` without diacritics (đ→d)."""
    return [_plain(token) for token in syllable_tokens(text, query=query)]


@lru_cache(maxsize=200_000)
def _plain(token: str) -> str:
    """strip_diacritics, cached: a corpus repeats a few thousand syllables millions of times."""
    return strip_diacritics(token)


def _clauses(text: str, *, query: bool) -> list[list[str]]:
    """Runs of syllables not separated by punctuation; codes as their parts, abbreviations as
    the syllables of their expansion."""
    text = _fold(text)
    clauses: list[list[str]] = [[]]
    previous_end = 0
    for match in _TOKEN.finditer(text):
        gap = text[previous_end : match.start()]
        previous_end = match.end()
        if gap.strip() and clauses[-1]:
            clauses.append([])
        raw = match.group()
        parts = _PART.findall(raw)
        expansion = _expansion(raw, raw.lower(), query=query)
        if expansion:
            clauses[-1].extend(expansion.split())
            continue
        for part in parts:
            expansion = _expansion(part, part.lower(), query=query) if len(parts) > 1 else None
            clauses[-1].extend(expansion.split() if expansion else [part.lower()])
    return clauses


def bigram_tokens(text: str, *, query: bool = False) -> list[str]:
    """Adjacent syllable pairs inside clauses, joined by "_"."""
    return [
        f"{first}_{second}"
        for clause in _clauses(text, query=query)
        for first, second in zip(clause, clause[1:], strict=False)
    ]


@lru_cache(maxsize=256)
def _segmented_expansion(phrase: str) -> tuple[str, ...]:
    return tuple(word.lower() for word in _segment(phrase))


def word_tokens(text: str, *, query: bool = False) -> list[str]:
    """underthesea words, lower case, syllables of a word joined by "_"; abbreviations expanded."""
    out: list[str] = []
    for word in _segment(_fold(text)):
        out.append(word.lower())
        if "_" in word:
            continue
        expansion = _expansion(word, word.lower(), query=query)
        if expansion:
            out.extend(_segmented_expansion(expansion))
    return out


_MODEL_LOAD = threading.Lock()
_model_loaded = False


def _word_tokenize() -> Callable[[str], list[str]]:
    """underthesea's word_tokenize, its model loaded once: underthesea loads it on first use,
    and two threads doing that at once (the first concurrent queries of a server) make one of
    them fail with "'NoneType' object has no attribute 'process'"."""
    global _model_loaded
    from underthesea import word_tokenize

    if not _model_loaded:
        with _MODEL_LOAD:
            if not _model_loaded:
                word_tokenize("Ủy ban nhân dân")
                _model_loaded = True
    return word_tokenize


def _segment(text: str) -> list[str]:
    """underthesea words (case kept), punctuation dropped, syllables joined by "_"."""
    words: list[str] = []
    for word in _word_tokenize()(text):
        if not any(ch.isalnum() for ch in word):
            continue
        words.append("_".join(word.split()) if " " in word else word)
    return words


def analyze(text: str, *, query: bool = False, words: bool = True) -> AnalyzedText:
    """All fields of ``text`` (``words=False`` skips the slower word segmentation)."""
    syllables = syllable_tokens(text, query=query)
    bigrams = bigram_tokens(text, query=query)
    return AnalyzedText(
        syllables=tuple(syllables),
        words=tuple(word_tokens(text, query=query)) if words else (),
        bigrams=tuple(bigrams),
        plain=tuple(_plain(token) for token in syllables),
        plain_bigrams=tuple(_plain(token) for token in bigrams),
    )


def accent_ratio(text: str) -> float:
    """Share of syllables carrying a Vietnamese mark; 0.0 for text typed without accents."""
    syllables = [s for s in _PART.findall(nfc(text)) if any(ch.isalpha() for ch in s)]
    if not syllables:
        return 0.0
    marked = sum(1 for s in syllables if strip_diacritics(s) != s)
    return marked / len(syllables)


def expand_abbreviations(text: str) -> str:
    """``text`` with each known abbreviation followed by its expansion in parentheses.

    For models and displays that read raw text: "UBND tỉnh" → "UBND (ủy ban nhân dân) tỉnh".
    """

    def replace(match: re.Match[str]) -> str:
        raw = match.group()
        expansion = _expansion(raw, match_key(raw), query=True)
        return f"{raw} ({expansion})" if expansion else raw

    return _TOKEN.sub(replace, nfc(text))


def document_numbers(text: str) -> list[tuple[str, int, int]]:
    """Document numbers in ``text`` as (number in canonical form, start, end).

    Canonical form: NFC, upper case, no spaces ("1941/qđ-ubnd" → "1941/QĐ-UBND").
    """
    text = nfc(text)
    out: list[tuple[str, int, int]] = []
    for match in DOCUMENT_NUMBER.finditer(text):
        number = unicodedata.normalize("NFC", match.group(1)).upper()
        if not any(ch.isalpha() for ch in number):
            before = strip_diacritics(text[max(0, match.start(1) - 30) : match.start(1)]).lower()
            if not _SHORT_NUMBER_CONTEXT.search(before):
                continue
        out.append((number, match.start(1), match.end(1)))
    return out
