"""Tell soft line breaks (a hard-wrapped line ending mid-sentence) from real ones.

Documents copied from PDFs and web crawls are hard-wrapped anywhere, also inside a phrase
("**ỦY BAN NHÂN\\nDÂN**", "Kế hoạch số\\n283/KH-UBND ngày\\n24/9/2025"). A soft break is read as
a space, so sentences, evidence units and passages do not end there; headings, list items, table
cells, header cells and paragraph ends stay line breaks. The rules look at the two lines around a
break only, the way a reader does:

- a blank line, a table/header cell ("|", a tab), a line of its own markup (a rule, "**") → hard;
- a list or heading label alone on its line ("**4.****", "II.") reads on into its text → soft;
- the line before ends a sentence (". ; : ! ?") or a header cell ("----"), closes an emphasis
  run ("...**"), or is a document-type line ("NGHỊ QUYẾT") → hard; but "Số:" waiting for its
  number is soft;
- the next line opens a heading, list item, signature block, number line or emphasis run
  ("Điều 2.", "1.", "a)", "-", "Căn cứ", "KT.", "Số:", "**") → hard; but an emphasis run that
  opens in lower case ("gửi về Sở Nội vụ\n*trước ngày 31/3/2026*") goes on with the sentence;
- an article or chapter heading, or a signature position ("Điều 5. ...", "KT. CHỦ TỊCH"), is
  continued only by a lower-case line, or, for a heading, by the line that closes the bold run
  it left open ("**Điều 6. Trách nhiệm Văn phòng" / "UBND tỉnh**");
- a line in capitals continues only inside one emphasis run ("**QUY\\nĐỊNH MỘT SỐ ...**"), and
  mixed case runs into capitals only after a connecting word ("của\\nUBND TỈNH");
- a heading or list item whose emphasis run stays open reads on into the next line
  ("**5. Thủ tục\nYêu cầu chấm dứt quyền sử dụng sáng chế**"): one bold heading;
- a line ending on the capitalized word that opens a body's name ("phối hợp Sở" / "Nông nghiệp
  và Môi trường ...", "Trách nhiệm của Sở" / "Công Thương**") reads on, a heading or list item
  too: the name goes on in the next line;
- the next line starts lower case or with a digit → soft; with a capital → soft unless the line
  before is itself a heading or list item that does not end on a connecting word, or the next
  line is a short tail that ends the item's sentence ("1. Giao Ủy ban nhân dân Thành phố tổ chức
  thực hiện\nNghị quyết.", "Căn cứ Luật\nĐất đai;"): a heading's body is no few-word sentence.
"""

from __future__ import annotations

import re

from indexer.normalize import in_capitals

__all__ = ["is_soft", "soft_break_offsets"]

_EMPHASIS = re.compile(r"\*{1,3}|_{2}")
_NUMBER_LABEL = re.compile(r"^(?:Số|Luật số|Lệnh số|Nghị quyết số|Số và ký hiệu)\s*:?$", re.I)
# A list or heading label alone on its line, its text on the next one ("**4.****" / "**Phối hợp
# kiểm tra …", "II." / "MỤC TIÊU"), once emphasis markers are stripped.
_BARE_LABEL = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.|[IVXLC]{1,6}\.|[a-zđ]\))$")
_MARKER = re.compile(
    r"^(?:[-+•–—]\s"
    r"|\d{1,3}(?:\.\d{1,3})*[.)](?:\s|$)"
    r"|[a-zđ]\)\s?"
    r"|[IVXLC]{1,6}[.)](?:\s|$)"
    r"|\[\d{1,3}\]"
    r"|(?:Điều|ĐIỀU|Ðiều)\s+\d+[a-zđ]?\s*(?:[.:]|$)"
    r"|(?:Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN|Phụ lục|PHỤ LỤC)\s+(?:[\dIVXLC]+\b|THỨ|thứ)"
    r"|(?:Căn cứ|Xét|Nơi nhận|Kính gửi|Theo đề nghị|QUYẾT ĐỊNH:|V/v)\b"
    r"|(?:TM|KT|TL|TUQ|Q)\.\s"  # signature blocks
    r"|(?:Bộ luật |Luật |Pháp lệnh |Lệnh |Nghị quyết )?[Ss]ố\s*:)"
)
_DOC_TYPE_LINE = re.compile(
    r"^(?:QUYẾT ĐỊNH|NGHỊ QUYẾT|KẾ HOẠCH|BÁO CÁO|THÔNG BÁO|THÔNG TƯ(?: LIÊN TỊCH)?|NGHỊ ĐỊNH"
    r"|CHỈ THỊ|CÔNG VĂN|TỜ TRÌNH|ĐỀ ÁN|CHƯƠNG TRÌNH(?: HÀNH ĐỘNG)?|HƯỚNG DẪN|CÔNG ĐIỆN|LUẬT"
    r"|PHÁP LỆNH|QUY CHẾ|QUY ĐỊNH|KẾT LUẬN|GIẤY MỜI|LỆNH|THÔNG BÁO KẾT LUẬN)$"
)
# Words after which a sentence cannot stop: prepositions, conjunctions, classifiers of names.
_CONNECTORS = frozenset(
    {
        *("của", "tại", "theo", "và", "với", "cho", "trên", "thuộc", "về", "là", "các", "những"),
        *("đến", "từ", "bởi", "do", "như", "gồm", "hoặc", "hay", "nhằm", "để", "trong", "ngoài"),
        *("giữa", "đối", "vào", "kèm", "tỉnh", "huyện", "xã", "phường", "quận", "phố", "trấn"),
    }
)
# The capitalized word that opens a body's name and cannot end a line of its own ("Sở" /
# "Tài chính", "Ban" / "Chỉ đạo", "Trạm" / "Kiểm lâm Hướng Phùng", "Bộ Công" / "Thương"); as
# written, so "nhiệm vụ" ending a heading is not one
_NAME_OPENING = frozenset(
    {
        *("Sở", "Bộ", "Cục", "Ban", "Vụ", "Phòng", "Viện", "Quỹ", "Trường", "Đài"),
        *("Trạm", "Hạt", "Đội", "Đoàn", "Hội", "Công"),
    }
)
# A few words closing a sentence ("Nghị quyết.", "Kế hoạch, Tài chính.", "Đất đai;"): wrapped
# off the line before, not a sentence of its own
_SHORT_TAIL = re.compile(r"^[^.;:!?]{1,40}[.;]$")
_SHORT_TAIL_WORDS = 4
# A roman numeral opening a line with no mark after it and a word in lower case next ("3. Bảo
# tàng hạng" / "III phải đạt ..."): the class or rank the line before names, not a heading
# (a heading's numeral takes "." / ")" / "-": "III. MỤC TIÊU")
_RANK_GOES_ON = re.compile(r"^[IVXLC]{1,6}\s+(?P<next>\w)")
# Lines that stand alone whatever follows: article and chapter headings, signature positions.
_STANDALONE = re.compile(
    r"^(?:(?:Điều|ĐIỀU|Ðiều)\s+\d+[a-zđ]?\s*(?:[.:]|$)"
    r"|(?:Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)\s+(?:[\dIVXLC]+\b|THỨ|thứ)"
    r"|(?:TM|KT|TL|TUQ|Q)\.\s)"
)


# A line opening with an aside in brackets in lower case ("(năm) ngày làm việc" after "trong
# vòng 05", "(thuộc Văn phòng UBND tỉnh) thực hiện"): the sentence wrapped before it goes on;
# a list label in brackets ("(a)", "(ii)") opens an item instead
_ASIDE_GOES_ON = re.compile(r"^\((?![a-zđ]\)|[ivxlc]+\))(?P<first>[^\W\d_])")
# A signing note in brackets ("(đã ký)", "(ký, ghi rõ họ tên)") under a signer's name or a form's
# signature caption: part of the signature block, which the parser reads line by line
_SIGNING_ASIDE = re.compile(r"^\((?:đã\s+)?ký\b")


# An article, chapter or part heading (not a signature block, whose lines stand apart).
_HEADING_WRAP = re.compile(
    r"^(?:(?:Điều|ĐIỀU|Ðiều)\s+\d+[a-zđ]?\s*[.:]"
    r"|(?:Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)\s+(?:[\dIVXLC]+\b|THỨ|thứ))"
)


def _closes_run(raw: str) -> bool:
    """The line closes the bold run the line before left open ("UBND tỉnh**") and opens
    none of its own."""
    return raw.count("**") % 2 == 1 and not _opens_emphasis(raw)


def _plain(line: str) -> str:
    return _EMPHASIS.sub("", line).strip()


def _closes_emphasis(raw: str) -> bool:
    raw = raw.rstrip()
    return bool(re.search(r"\S(?:\*{1,3}|__)$", raw)) or raw.endswith(("**", "*")) and len(raw) > 2


def _inside_emphasis(raw: str) -> bool:
    """An emphasis run opened on this line and not closed ("**ỦY BAN NHÂN")."""
    bold = raw.count("**")
    return bold % 2 == 1 or raw.replace("**", "").count("*") % 2 == 1


def _opens_emphasis(raw: str) -> bool:
    return bool(re.match(r"^\s*(?:\*{1,3}|__)\S", raw))


def _last_word(text: str) -> str:
    words = text.split()
    return words[-1].lower() if words else ""


def is_soft(before_raw: str, after_raw: str) -> bool:
    """Whether the break between two consecutive lines is a soft (wrapping) one."""
    if "|" in before_raw or "|" in after_raw or "\t" in before_raw or "\t" in after_raw:
        return False
    before, after = _plain(before_raw), _plain(after_raw)
    if not any(c.isalnum() for c in before) or not any(c.isalnum() for c in after):
        return False
    if _NUMBER_LABEL.match(before) or _BARE_LABEL.match(before):
        return True  # "Số:" waiting for its number, "**4.****" for its heading
    if not (before[-1].isalnum() or before[-1] in ",)%\"'”"):
        return False  # ". ; : ! ?" end a sentence; "----" a header cell
    if _closes_emphasis(before_raw):
        return False
    if _opens_emphasis(after_raw) and not after[0].islower():
        return False  # a bold heading or emphasised line; "*trước ngày 31/3*" reads on
    if _DOC_TYPE_LINE.match(before) or _DOC_TYPE_LINE.match(after) or _MARKER.match(after):
        return False
    if before.split()[-1] in _NAME_OPENING and after[0].isupper() and not in_capitals(after):
        return True  # "phối hợp Sở" / "Nông nghiệp và Môi trường ...": the name goes on
    if _HEADING_WRAP.match(before) and _inside_emphasis(before_raw) and _closes_run(after_raw):
        # "**Điều 6. Trách nhiệm Văn phòng" / "UBND tỉnh**": the article's bold heading is
        # wrapped inside its emphasis run, the run closing on the next line: one title
        return True
    if _STANDALONE.match(before) and not after[0].islower():
        return False
    connector = before.endswith(",") or _last_word(before) in _CONNECTORS
    if in_capitals(before) or in_capitals(after):
        # "QUY\nĐỊNH ..." inside one bold title, "của\nUBND TỈNH" wrap; "TỈNH ĐỒNG THÁP" then
        # "Số: ..." or a title block then its body are separate lines
        return _inside_emphasis(before_raw) or (connector and not in_capitals(before))
    first = after[0]
    if first.islower() or first.isdigit() or first in "\"'“%":
        return True
    if (
        (aside := _ASIDE_GOES_ON.match(after)) is not None
        and aside["first"].islower()
        and not _SIGNING_ASIDE.match(after)
    ):
        return True  # "thời hạn 05" / "(năm) ngày làm việc": an aside reads on, no list label
    if (rank := _RANK_GOES_ON.match(after)) is not None and rank["next"].islower():
        return True
    if not first.isupper():
        return False
    if _MARKER.match(before) and _inside_emphasis(before_raw):
        return True  # "**5. Thủ tục" / "Yêu cầu chấm dứt ... bắt buộc**": one bold heading
    # a capital after a heading or list item starts its body, unless the item reads on ("tỉnh")
    # or the line is the few words that end the item's sentence
    return connector or not _MARKER.match(before) or _short_tail(after)


def _short_tail(line: str) -> bool:
    return bool(_SHORT_TAIL.match(line)) and len(line.split()) <= _SHORT_TAIL_WORDS


def soft_break_offsets(text: str) -> list[int]:
    """Offsets of the ``\\n`` characters of ``text`` that are soft breaks."""
    offsets: list[int] = []
    lines = text.split("\n")
    position = 0
    for before, after in zip(lines, lines[1:], strict=False):
        position += len(before)
        if is_soft(before.rstrip("\r"), after):
            offsets.append(position)
        position += 1
    return offsets
