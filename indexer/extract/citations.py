"""Find the legal and administrative documents a text cites.

A *citation* is a mention of one identifiable document:

- by its number-symbol (số ký hiệu) — state documents "1941/QĐ-UBND", "61/2018/NĐ-CP",
  "77/2015/QH13", công văn "2623/UBND-NV" (no type code in the symbol), party documents
  "03-NQ/HU"; with or without the type word before it ("Quyết định số", "Văn bản", or none as
  in "Tổ công tác số 1272/QĐ-UBND"), with or without "số", with spacing and hyphen slips
  ("214 / KH-UBND", "QĐ- UBND", "43/2006 NĐ-CP"), and shared symbols ("Nghị quyết số 18,
  19-NQ/TW" is two citations);
- laws, codes and ordinances cited by name ("Luật Tổ chức chính quyền địa phương ngày
  19/6/2015"): the record's ``number`` is then the name as written ("Luật Tổ chức chính quyền
  địa phương"), ``type_code`` is None and the key is built from the name.

Not citations: a type word with a bare number and no symbol ("Nghị định 68", "báo cáo số
420": no symbol, so no way to tell which document), blank numbers ("công văn số hướng dẫn"),
the document's own "Số: 96/BC-UBND" header line, standards ("ISO 9001:2015").

Each record carries the date ("ngày 26/12/2022", "ngày 26 tháng 12 năm 2022", or a clause
opening "Ngày 10/01/2023, UBND huyện ban hành Kế hoạch số ..."), the issuer ("của UBND tỉnh Hải
Dương") and the subject (trích yếu: "về việc ...", "ban hành ...", up to the end of the clause).
The span runs from the type word (or the number) to the end of the date or issuer.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import replace
from functools import lru_cache

from indexer.extract.numbers import DATE_PATTERN, parse_date
from indexer.normalize import strip_diacritics
from indexer.records import Citation

__all__ = [
    "DOC_TYPE_CODES",
    "canonical_key",
    "code_doc_type",
    "extract_citations",
    "is_national_issuer",
    "number_key",
    "number_keys_match",
    "number_matches",
    "symbol_parts",
]

logger = logging.getLogger(__name__)


def _word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string (keeps long lexicons readable)."""
    return frozenset(words.split())


# Type codes of the symbol (Nghị định 30/2020/NĐ-CP, appendix I; party Quy định 66-QĐ/TW).
DOC_TYPE_CODES: dict[str, str] = {
    "QĐ": "Quyết định",
    "QĐi": "Quy định",
    "QyĐ": "Quy định",
    "KH": "Kế hoạch",
    "NĐ": "Nghị định",
    "NQ": "Nghị quyết",
    "NQLT": "Nghị quyết liên tịch",
    "TT": "Thông tư",
    "TTLT": "Thông tư liên tịch",
    "CT": "Chỉ thị",
    "TB": "Thông báo",
    "HD": "Hướng dẫn",
    "HDLT": "Hướng dẫn liên tịch",
    "BC": "Báo cáo",
    "TTr": "Tờ trình",
    "ĐA": "Đề án",
    "PA": "Phương án",
    "CTr": "Chương trình",
    "CTrHĐ": "Chương trình hành động",
    "CTHĐ": "Chương trình hành động",
    "CTTrHĐ": "Chương trình hành động",
    "KL": "Kết luận",
    "QC": "Quy chế",
    "CĐ": "Công điện",
    "TTr-UB": "Tờ trình",
    "PL": "Pháp lệnh",
    "L": "Lệnh",
    "BB": "Biên bản",
    "HĐ": "Hợp đồng",
    "GM": "Giấy mời",
    "GGT": "Giấy giới thiệu",
    "TC": "Thông cáo",
    "TTri": "Thông tri",
    "CV": "Công văn",
    "ĐL": "Điều lệ",
}
_CODE_BY_FOLD: dict[str, str] = {}
for _code in DOC_TYPE_CODES:
    _CODE_BY_FOLD.setdefault(strip_diacritics(_code).upper(), _code)

# Words that name a document type before its number, longest first.
_TYPE_WORDS = (
    "Thông tư liên tịch",
    "Nghị quyết liên tịch",
    "Chương trình hành động",
    "Quyết định",
    "Kế hoạch",
    "Nghị định",
    "Nghị quyết",
    "Thông tư",
    "Chỉ thị",
    "Công văn",
    "Văn bản",
    "Thông báo",
    "Hướng dẫn",
    "Báo cáo",
    "Tờ trình",
    "Đề án",
    "Phương án",
    "Chương trình",
    "Kết luận",
    "Quy chế",
    "Quy định",
    "Bộ luật",
    "Luật",
    "Pháp lệnh",
    "Lệnh",
    "Công điện",
    "Thông tri",
    "Điều lệ",
    "Giấy mời",
)
_CODE_OF_WORD: dict[str, str | None] = {
    "thông tư liên tịch": "TTLT",
    "nghị quyết liên tịch": "NQLT",
    "chương trình hành động": "CTrHĐ",
    "quyết định": "QĐ",
    "kế hoạch": "KH",
    "nghị định": "NĐ",
    "nghị quyết": "NQ",
    "thông tư": "TT",
    "chỉ thị": "CT",
    "thông báo": "TB",
    "hướng dẫn": "HD",
    "báo cáo": "BC",
    "tờ trình": "TTr",
    "đề án": "ĐA",
    "phương án": "PA",
    "chương trình": "CTr",
    "kết luận": "KL",
    "quy chế": "QC",
    "quy định": "QyĐ",
    "pháp lệnh": "PL",
    "lệnh": "L",
    "công điện": "CĐ",
    "thông tri": "TTri",
    "điều lệ": "ĐL",
    "giấy mời": "GM",
}

_UPPER = "A-ZĐƯƠÂÊÔĂÁÀẢÃẠ"
# "CCTKV.05", "CCTKV.XII", "NVDTPC.HUE": an office code after a dot (digits or capitals)
_CODE = rf"[{_UPPER}][{_UPPER}a-zđ0-9&]*(?:\.(?:\d{{1,3}}(?![\d.])|[{_UPPER}]{{1,6}}(?![\w.])))?"
_YEAR = r"(?:19|20)\d{2}"
_NUM = r"\d{1,5}(?:\.\d{1,2}(?=[ \t]*/))?"  # "66.7/2025/NQ-CP": a decimal number
_SEP = r"[ \t]*"
# "1941/QĐ-UBND", "61/2018/NĐ-CP", "43/2006 NĐ-CP", "77/2015/QH13", "2623/ UBND-NV",
# "891/TB-KV VI"; party "03-NQ/HU". Lists share the symbol: "18, 19-NQ/TW".
_NUMS = rf"(?P<nums>{_NUM}(?:{_SEP}(?:,|và){_SEP}{_NUM})*)"
_STATE_SYMBOL = (
    rf"{_SEP}/{_SEP}(?:(?P<year>{_YEAR}){_SEP}(?:/{_SEP}|[ \t]+(?={_CODE}{_SEP}-)))?"
    rf"(?P<codes>{_CODE}(?:{_SEP}-{_SEP}{_CODE})*(?:[ \t](?:I{{1,3}}|IV|VI{{0,3}}|IX|X)\b)?)"
)
_PARTY_SYMBOL = rf"{_SEP}-{_SEP}(?P<ptype>{_CODE}){_SEP}/{_SEP}(?P<pissuer>{_CODE})"
_TYPE_WORD = "|".join(_TYPE_WORDS)
_CITATION = re.compile(
    rf"(?:(?<![\w])(?P<type>(?i:{_TYPE_WORD}))[ \t]+)?"
    rf"(?:(?P<so>(?i:số))[ \t]*:?[ \t]*)?"
    rf"(?<![\w/.,-]){_NUMS}(?:{_STATE_SYMBOL}|{_PARTY_SYMBOL})(?![\w/])"
)
_DATE_AFTER = re.compile(
    rf"[ \t]*,?[ \t]*(?:(?:huyện|tỉnh|thị xã|thành phố)[ \t]+)?(?i:ngày)[ \t]+(?:{DATE_PATTERN})",
)
_ISSUER_AFTER = re.compile(r"[ \t]*,?[ \t]*của[ \t]+")
# Words that end an issuer and start the subject ("của Chính phủ | về việc ...").
_ISSUER_STOP = re.compile(
    r"(?i:về|v/v|ban hành|quy định|hướng dẫn|phê duyệt|sửa đổi|triển khai|thực hiện|tăng cường|"
    r"công bố|thành lập|tiếp tục|giao|kèm|đã|được|là|thì|để|nhằm|theo|tại|trong|đối với|cho|"
    r"đến|từ|ngày|số|gồm|có)(?![\w])"
)
# Lower-case words found inside issuers' names ("Ủy ban nhân dân tỉnh", "Ban chấp hành").
_ISSUER_LOWER_WORDS = _word_set(
    "nhân dân tỉnh huyện thị xã thành phố trấn phường quận chính phủ thường vụ chấp hành đảng "
    "bộ trung ương ban hội đồng nghị lần thứ khóa khoá ủy uỷ trưởng tịch nội tư pháp tài kế "
    "hoạch văn phòng nhà nước khu vực hai ba bốn năm sáu bảy tám chín mười mặt trận tổ quốc "
    "tướng chủ trị cục viện tòa án kiểm sát thanh tra công an quân sự y tế giáo dục đào tạo "
    "xây dựng thông vận tải tin truyền nông nghiệp phát triển thôn nguyên môi trường lao động "
    "thương binh hóa hoá thể thao du lịch khoa học nghệ ngoại ngân hàng bảo hiểm thuế hải "
    "quan kho bạc thống kê đại biểu liên đoàn lệnh đội biên cảnh điều đầu toán"
)
_MAX_ISSUER_WORDS = 12
_ORG_HEADS = _word_set("Sở Bộ Ban Cục Vụ Viện Phòng Tổng Chi Trung Văn Ủy Uỷ Hội")
_ORG_AFTER_AND = re.compile(r"(?:UBND|HĐND|Ủy ban|Uỷ ban|Hội đồng)\b")
_SUBJECT_LEAD = re.compile(
    r"[ \t]*,?[ \t]*(?P<lead>(?i:về việc|v/v|về|ban hành|quy định|hướng dẫn|phê duyệt|"
    r"sửa đổi|triển khai|thực hiện|tăng cường|tiếp tục|rà soát|kiểm soát|xây dựng|tuyên truyền|"
    r"thành lập|tổ chức|công bố|đẩy mạnh|duy trì|kiểm tra|ứng dụng|chuyển đổi|cải cách|giao|"
    r"đánh giá|triển khai thi hành|khắc phục|nâng cao))(?![\w])"
)
_CLAUSE_END = re.compile(r"[;\n]|\.(?!\d)|,[ \t]+(?=[^\W\d_])")
# First words that show the text after a citation is the sentence going on, not a subject.
_NOT_A_SUBJECT = _word_set(
    "và hoặc của các ở đề đưa nêu yêu chỉ gửi trong với đã được theo tại là để nhằm thì có do "
    "cho đến từ trên sau trước khi này đó mà nhưng cũng vẫn sẽ đang"
)
_MAX_SUBJECT = 300
_MAX_NUMBER_LEAD = 200  # chars before the number on a number line ("Quyết định số: ")
_LINE_END = re.compile(r"[^\S\n]*(?:\n|\Z)")
_HEADER_LINE = re.compile(r"^[ \t]*(?:số|Số|SỐ)[ \t]*:?", re.MULTILINE)
_LEADING_DATE = re.compile(
    rf"(?:^|[.;:])[ \t]*(?i:ngày)[ \t]+(?P<date>{DATE_PATTERN})[ \t]*,", re.MULTILINE
)

# ------------------------------------------------------------------------------- named laws

_LAW_TRIGGER = re.compile(r"(?<![\w])(?P<kind>Bộ luật|Luật|Pháp lệnh)[ \t]+(?=\w)")
# Words after "Luật" that show it is not a law's name ("Luật này", "Luật sư", "Luật pháp").
_NOT_A_NAME_PHRASE = re.compile(r"(?i:quy định|hiện hành|có hiệu lực|định nghĩa)(?![\w])")
_NOT_A_NAME = _word_set(
    "này đó trên có được và hoặc khác chuyên pháp sư gia số của mới cũ nào những về thì "
    "là để không phải do theo tại trong nêu đã sẽ cũng vẫn"
)
# Words that end a law's name ("Luật Đất đai | ngày ...", "| quy định ...", "| năm 2013").
_NAME_STOP = re.compile(
    r"số\s*:?\s*\d|(?i:ngày|của(?!\s+Nhà nước)|đã|được|hoặc|theo|tại|về|thì|là|để|nhằm|"
    r"trong|khi|do|với|đối với|"
    r"hiện hành|có|quy định|hướng dẫn|sẽ|này|đó|thông qua|và các|và những|trước|sau|xảy ra|"
    r"cần|nhưng|mà|nếu|như|đều|cũng|chỉ|phải|bị|đang|vẫn|còn|liên quan|tương ứng|áp dụng|"
    r"điều chỉnh|thuộc|gồm|bao gồm|cho|từ|đến|khác|hiện|nay|năm nay|các|những)(?![\w])|năm\s+\d"
)
# After "và", these words start something else ("Luật Đất đai và các văn bản", "và Luật ...").
_AND_STOP = _word_set(
    "các những văn nghị thông pháp quy điều luật hướng được có bộ quyết chỉ theo tại khác lệnh hiến"
)
_AMENDING_OK = re.compile(r"(?i:của|một số|số điều)(?![\w])")
_MAX_NAME_WORDS = 14
_WORD = re.compile(r"[^\s,;:.()“”\"'\[\]]+|[,;:.()“”\"'\[\]]")


def _fold(text: str) -> str:
    return strip_diacritics(text).upper()


def _known_code(code: str) -> str | None:
    if code in DOC_TYPE_CODES:
        return code
    return _CODE_BY_FOLD.get(_fold(code))


def symbol_parts(number: str) -> tuple[str | None, str | None, int | None]:
    """(type_code, issuer_code, year) of a normalized number ("61/2018/NĐ-CP" → NĐ, CP, 2018).

    A symbol whose first code is not a type code is a công văn ("2623/UBND-NV": no type,
    issuer UBND) or a law ("77/2015/QH13": no type, issuer QH13).
    """
    party = re.fullmatch(rf"{_NUM}-({_CODE})/({_CODE})", number)
    if party:
        return _known_code(party.group(1)) or party.group(1), party.group(2), None
    state = re.fullmatch(rf"{_NUM}/(?:({_YEAR})/)?(.+)", number)
    if not state:
        return None, None, None
    year = int(state.group(1)) if state.group(1) else None
    codes = state.group(2).split("-")
    first = _known_code(codes[0])
    if first and len(codes) > 1:
        return first, codes[1], year
    if first and year is None:
        return first, None, year
    return None, codes[0], year


def code_doc_type(type_code: str | None) -> str | None:
    """Full Vietnamese name of a symbol's type code ("QĐ" → "Quyết định")."""
    if not type_code:
        return None
    known = _known_code(type_code)
    return DOC_TYPE_CODES.get(known) if known else None


_NATIONAL = re.compile(
    r"^(?:CP|TTG|TW|VPCP|QH\d*|UBTVQH\d*|CTN|BCT|BNV|BTC|BTP|BCA|BQP|BYT|BGDDT|BTTTT|BKHDT|"
    r"BNNPTNT|BLDTBXH|BXD|BGTVT|BTNMT|BVHTTDL|BKHCN|BNG|NHNN|TTCP|KTNN|TANDTC|VKSNDTC|BTCTW|"
    r"BBT|BCT|BCH|UBKTTW|BDVTW|BTGTW|BKTTW|TTLT)$"
)


def is_national_issuer(issuer_code: str | None) -> bool:
    """Central issuers number their documents once for the whole country (CP, TTg, QH14, BNV, TW);
    a local code (UBND, HĐND, HU, TU, SNV) is only unique inside one province or district."""
    return bool(issuer_code) and bool(_NATIONAL.match(_fold(issuer_code or "")))


def _normalize_number(head: str, year: str | None, codes: str | None, party: bool) -> str:
    if party:
        return head
    code_text = re.sub(r"\s*-\s*", "-", codes or "")
    code_text = re.sub(r"\s+", "", code_text)
    return f"{head}/{year}/{code_text}" if year else f"{head}/{code_text}"


def canonical_key(number: str, type_code: str | None) -> str:
    """A stable key for the cited document: case, space, diacritic and leading-zero insensitive.

    ``canonical_key("05/KH-UBND", "KH") == canonical_key("5 / kh-ubnd", "KH") == "KH|5/KH-UBND"``.
    """
    folded = re.sub(r"[\s,.]+", "", _fold(number))
    folded = re.sub(r"^0+(?=\d)", "", folded)
    prefix = _fold(type_code) if type_code else ""
    return f"{prefix}|{folded}"


@lru_cache(maxsize=65536)  # answering compares a question's number with every stored citation
def number_key(number: str) -> str:
    """Comparable form of a document number: "01/qđ- ubnd" → "1/QD-UBND"."""
    return canonical_key(number, None).partition("|")[2]


def number_matches(asked: str, cited: str) -> bool:
    """``asked`` names ``cited``: the same number, or its head ("1941" and "1941/QĐ" name
    "1941/QĐ-UBND", "03" names "03-NQ/HU"); case, spaces, accents and leading zeros aside.

    Whole numbers only: "41/QĐ-UBND" and "194" do not name "1941/QĐ-UBND".
    """
    return number_keys_match(number_key(asked), number_key(cited))


def number_keys_match(asked_key: str, cited_key: str) -> bool:
    """:func:`number_matches` on keys already made by :func:`number_key`."""
    a, c = asked_key, cited_key
    return bool(a) and (a == c or (c.startswith(a) and c[len(a)] in "/-"))


def _capitalize(word: str) -> str:
    word = " ".join(word.split())
    return word[:1].upper() + word[1:].lower()


def extract_citations(text: str) -> list[Citation]:
    """Every citation in ``text`` (clean text), in text order; spans are offsets into ``text``."""
    citations: list[Citation] = []
    header_lines = {m.start() for m in _HEADER_LINE.finditer(text)}
    leading_dates = [
        (m.start(), m.end(), parse_date(m.group("date"))) for m in _LEADING_DATE.finditer(text)
    ]
    leading_ends = [b for _, b, _ in leading_dates]
    numbered_spans: list[tuple[int, int]] = []
    newlines = [m.start() for m in re.finditer("\n", text)]  # bisected: no rescans of long lines
    for match in _CITATION.finditer(text):
        type_word = match.group("type")
        line = bisect.bisect_left(newlines, match.start())  # lines before the match's line
        line_start = newlines[line - 1] + 1 if line else 0
        if _is_own_number(text, match, line_start, line, header_lines):
            continue
        party = match.group("ptype") is not None
        heads = re.split(r"\s*(?:,|và)\s*", match.group("nums").strip())
        if party:
            symbol = f"-{match.group('ptype')}/{match.group('pissuer')}"
            numbers = [f"{h}{symbol}" for h in heads]
        else:
            numbers = [
                _normalize_number(h, match.group("year"), match.group("codes"), False)
                for h in heads
            ]
        if not party and not _plausible_state_symbol(match):
            continue
        start = match.start("type") if type_word else match.start("nums")
        end = match.end()
        date, end = _date_after(text, end)
        issuer, end_with_issuer = _issuer_after(text, end)
        subject = _subject_after(text, end_with_issuer, bare=date is not None)
        if date is None:
            date = _leading_date(text, leading_dates, leading_ends, start)
        end = end_with_issuer
        for number in numbers:
            type_code, issuer_code, year = symbol_parts(number)
            doc_type = _capitalize(type_word) if type_word else code_doc_type(type_code)
            if doc_type is None and type_code is None and issuer_code:
                doc_type = None if year else "Công văn"
            if year is None and date:
                year = int(date[:4])
            citations.append(
                Citation(
                    key=canonical_key(number, type_code),
                    number=number,
                    doc_type=doc_type,
                    type_code=type_code,
                    issuer_code=issuer_code,
                    year=year,
                    date=date,
                    issuer=issuer,
                    subject=subject,
                    start=start,
                    end=end,
                )
            )
        numbered_spans.append((start, end))
    named, named_numbers = _named_laws(text, numbered_spans)
    citations.extend(named)
    # "Luật Đất đai số 45/2013/QH13": the numbered citation is the law's; give it the name.
    for index, citation in enumerate(citations):
        law = named_numbers.get(citation.start)
        if law is not None:
            law_start, kind, name = law
            citations[index] = replace(
                citation, start=law_start, doc_type=kind, subject=citation.subject or name
            )
    citations.sort(key=lambda c: (c.start, c.end))
    return citations


def _is_own_number(
    text: str, match: re.Match[str], line_start: int, line: int, header_lines: set[int]
) -> bool:
    """The document's own number line: "Số: 96/BC-UBND" anywhere, or "Luật số: 68/2020/QH14"
    alone on one of the first lines (``line``: its 0-based number)."""
    if match.start("nums") - line_start > _MAX_NUMBER_LEAD:
        return False  # text before the number on its line: not a number line
    before = text[line_start : match.start("nums")].strip(" \t:").lower()
    if not match.group("type"):
        return line_start in header_lines and before == "số"
    colon = ":" in text[match.start() : match.start("nums")]
    return (
        colon
        and _LINE_END.match(text, match.end()) is not None
        and line < 12
        and (before.startswith(match.group("type").lower()))
    )


def _plausible_state_symbol(match: re.Match[str]) -> bool:
    """A symbol needs a type code, a year or an issuer-unit pair: "214/KH-UBND",
    "77/2015/QH13", "2623/UBND-NV"; "16/ Nghị" or "12/Kế" are not symbols."""
    codes = re.split(r"\s*-\s*", match.group("codes").strip())
    if match.group("year"):
        return True
    if len(codes) > 1:
        return True
    return _known_code(codes[0]) is not None and codes[0].isupper()


def _date_after(text: str, end: int) -> tuple[str | None, int]:
    m = _DATE_AFTER.match(text, end)
    if not m:
        return None, end
    return parse_date(m.group(0)), m.end()


def _issuer_after(text: str, end: int) -> tuple[str | None, int]:
    """ "của UBND tỉnh Hải Dương về ...": the issuer runs over organisation words and place names
    and stops at punctuation, at a subject lead ("về", "ban hành", "Triển khai") or at a
    lower-case word that is not part of an organisation's name."""
    m = _ISSUER_AFTER.match(text, end)
    if not m:
        return None, end
    base = m.end()
    window = text[base : base + 200]
    tokens = list(re.finditer(r"[^\s,;:.()]+|[,;:.()]", window.split("\n")[0]))
    taken_end = None
    for i, token_match in enumerate(tokens):
        if i >= _MAX_ISSUER_WORDS:
            break
        token = token_match.group(0)
        if token in ",;:.()":
            break
        previous = tokens[i - 1].group(0) if i else ""
        # After an organisation's head word the capitalised words are its name ("Sở Giao thông
        # vận tải"); elsewhere a subject may start capitalised ("... Hương Trà Triển khai ...").
        named = previous in _ORG_HEADS and token[:1].isupper()
        if not named and _ISSUER_STOP.match(window, token_match.start()):
            break
        if token == "và":
            following = tokens[i + 1].group(0) if i + 1 < len(tokens) else ""
            if _ORG_AFTER_AND.match(following):
                continue
            break
        if token[:1].islower() and token not in _ISSUER_LOWER_WORDS:
            break
        taken_end = base + token_match.end()
    if taken_end is None:
        return None, end
    return " ".join(text[base:taken_end].split()), taken_end


def _leading_date(
    text: str, leading_dates: list[tuple[int, int, str | None]], ends: list[int], start: int
) -> str | None:
    """ "Ngày 15/3/2023, Hội đồng ... đã xây dựng và ban hành Kế hoạch số 14/KH-HĐPH": the
    date opening the clause is the issuing date when the citation follows "ban hành".

    ``ends``: the end offsets of ``leading_dates`` (ascending); the last date ending at or
    before ``start`` is the candidate."""
    k = bisect.bisect_right(ends, start) - 1
    if k < 0:
        return None
    _, b, iso = leading_dates[k]
    between = text[b:start]
    if len(between) > 200 or re.search(r"[;.\n]", between):
        return None
    if re.search(r"ban hành\s+$", between) or re.search(r"ban hành\s+\S+\s*$", between):
        return iso
    return None


def _subject_after(text: str, end: int, *, bare: bool) -> str | None:
    lead = _SUBJECT_LEAD.match(text, end)
    if lead:
        begin = lead.start("lead")
    elif not bare:
        return None
    else:
        # "Kế hoạch số 04/KH-UBND ngày 10/01/2023 xây dựng văn bản ...": a bare subject.
        bare = re.match(r"[ \t]+(?=[a-zđ])", text[end : end + 3])
        if not bare:
            return None
        begin = end + bare.end()
        first = re.match(r"\w+", text[begin : begin + 100])
        if not first or first.group(0) in _NOT_A_SUBJECT:
            return None
    limit = min(len(text), begin + _MAX_SUBJECT)
    stop_at = limit
    for stop in _CLAUSE_END.finditer(text, begin, limit):
        if stop.group(0).startswith(",") and not text[stop.end()].isupper():
            continue  # "về việc rà soát, đánh giá ..." goes on after a comma
        stop_at = stop.start()
        break
    subject = " ".join(text[begin:stop_at].split()).rstrip(" ,")
    return subject or None


def _named_laws(
    text: str, numbered: list[tuple[int, int]]
) -> tuple[list[Citation], dict[int, tuple[int, str, str]]]:
    """Laws cited by name, and {start of a number that follows a law's name: (law start, kind,
    name)} for "Luật Đất đai số 45/2013/QH13"."""
    found: list[Citation] = []
    numbers: dict[int, tuple[int, str, str]] = {}
    skip_until = 0
    covered = _merged(numbered)
    covered_starts = [a for a, _ in covered]
    for trigger in _LAW_TRIGGER.finditer(text):
        start = trigger.start()
        k = bisect.bisect_right(covered_starts, start) - 1
        if start < skip_until or (k >= 0 and start < covered[k][1]):
            continue
        name_end = _law_name_end(text, trigger.end(), amending=False)
        if name_end is None:
            continue
        name = " ".join(text[start:name_end].split())
        numbered_after = re.match(r"[ \t]*số[ \t]*:?[ \t]*(?=\d)", text[name_end : name_end + 12])
        if numbered_after:
            numbers[name_end + numbered_after.end()] = (start, trigger.group("kind"), name)
            continue
        date, end = _date_after(text, name_end)
        year = int(date[:4]) if date else None
        if date is None:
            in_year = re.match(rf"[ \t]+năm[ \t]+({_YEAR})(?!\d)", text[name_end : name_end + 60])
            if in_year:
                year = int(in_year.group(1))
                end = name_end + in_year.end()
        kind = trigger.group("kind")
        found.append(
            Citation(
                key=canonical_key(name, None),
                number=name,
                doc_type=kind,
                type_code=None,
                issuer_code=None,
                year=year,
                date=date,
                issuer=None,
                subject=None,
                start=start,
                end=end,
            )
        )
        skip_until = end
    return found, numbers


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` as sorted, disjoint spans covering the same offsets."""
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        elif a < b:
            merged.append((a, b))
    return merged


def _law_name_end(text: str, begin: int, *, amending: bool) -> int | None:
    """End offset of a law's name starting at ``begin`` (just after "Luật "), or None."""
    tokens = [
        (m.group(0), begin + m.start(), begin + m.end())
        for m in _WORD.finditer(text[begin : begin + 300].split("\n")[0])
    ]
    if not tokens:
        return None
    first = tokens[0][0]
    if (
        not first[:1].isalpha()
        or first.lower() in _NOT_A_NAME
        or _NOT_A_NAME_PHRASE.match(text, begin)
    ):
        return None
    amending = amending or first.lower() == "sửa"
    end: int | None = None
    words = commas = 0
    i = 0
    max_words = _MAX_NAME_WORDS * 2 if amending else _MAX_NAME_WORDS
    while i < len(tokens) and words < max_words:
        token, a, b = tokens[i]
        low = token.lower()
        if token == ",":
            following = tokens[i + 1][0].lower() if i + 1 < len(tokens) else ""
            # "Phòng, chống", "sửa đổi, bổ sung", "Quản lý, sử dụng"
            fixed = following in {"chống", "bổ", "sử"}
            if not _comma_continues(text, tokens, i, amending) or (
                commas >= 3 and not fixed and not amending
            ):
                break
            commas += 0 if fixed else 1
            i += 1
            continue
        previous = tokens[i - 1][0].lower() if i else ""
        if token[:1].isdigit() and amending and previous in {"điều", "khoản"}:
            pass  # "Pháp lệnh sửa đổi, bổ sung Điều 6 Pháp lệnh thuế tài nguyên"
        elif token in ";:.()“”\"'[]" or token[:1].isdigit():
            break
        if low == "và":
            nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
            if amending and nxt in {"Luật", "Bộ"}:
                i += 1
                continue
            if nxt.lower() in _AND_STOP:
                break
            i += 1
            continue
        if words and _NAME_STOP.match(text, a):
            after_mot = low == "số" and tokens[i - 1][0].lower() == "một"
            if not (amending and (_AMENDING_OK.match(text, a) or after_mot)):
                break
        if words and not amending and token in {"Luật", "Nghị", "Quyết", "Thông", "Chỉ"}:
            break
        end = b
        words += 1
        i += 1
    return end


def _comma_continues(text: str, tokens: list[tuple[str, int, int]], i: int, amending: bool) -> bool:
    """ "Luật Phòng, chống tham nhũng", "Luật Cán bộ, công chức", "Luật Thể dục, thể thao ngày
    29/11/2006": a comma inside a name is followed by a short lower-case piece that ends at
    punctuation, at a word that ends a name ("ngày", "quy định") or at the end of the text."""
    following = [t for t, _, _ in tokens[i + 1 : i + 9]]
    starts = [a for _, a, _ in tokens[i + 1 : i + 9]]
    if not following:
        return False
    if following[0].lower() in {"chống", "bổ", "sử"}:
        return True
    piece: list[str] = []
    ended = False
    for k, token in enumerate(following):
        if token in {",", ";", ".", ":", "(", ")"}:
            ended = True
            break
        if piece and _NAME_STOP.match(text, starts[k]):
            ended = True
            break
        if len(piece) == 6:
            break
        piece.append(token)
        if k == len(following) - 1 and len(tokens) <= i + 1 + len(following):
            ended = True  # the text ends here
    if not piece or any(not p[:1].islower() for p in piece):
        return False
    if piece[0].lower() in _NOT_A_NAME or piece[0].lower() in {"các", "những"}:
        return False
    if any(p.lower() in _NOT_A_NAME for p in piece):
        return False
    return ended
