"""Where a document puts the body in charge of a task: the body's name in a sentence, a heading
above the task ("5. Sở Xây dựng" / "a) Chủ trì ...", "Điều 11. Trách nhiệm của Sở Khoa học và
Công nghệ" / "1. Có trách nhiệm quản lý ..."), or a table column ("Cơ quan thực hiện").

Names are read by their structure, not from a list of bodies: a word naming a kind of body
("Sở", "Văn phòng", "Ủy ban nhân dân", "Quỹ phát triển") followed by the rest of the name, which
ends at punctuation or at the verb that opens the body's task.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence

from indexer.normalize import CAPITAL_LETTERS
from indexer.records import Section
from indexer.units import STT, Unit

__all__ = [
    "AGENCY",
    "HOLDER_TITLE",
    "NAME_END",
    "body_column",
    "body_header_row",
    "bodies_named",
    "body_matches",
    "heading_body",
    "bracketed_end",
    "holder_start",
    "NORMATIVE_ACTS",
    "bodies_in",
    "kinds_end",
    "list_end",
    "without_holder",
    "name_end",
    "section_chain",
]

logger = logging.getLogger(__name__)

_UPPER = CAPITAL_LETTERS

# A body's name: a kind of body and a capitalized word ("Sở Tư pháp", "Chi cục Thủy lợi"), or a
# kind whose name goes on in lower case ("Ủy ban nhân dân cấp xã", "Quỹ phát triển khoa học",
# "Đài truyền hình Việt Nam"); a state group ("Tập đoàn Điện lực Việt Nam") is given tasks too.
AGENCY = re.compile(
    r"(?:Văn phòng|Phòng|Sở|Ban|Trung tâm|Công an|Chi cục|Đài|Bộ phận|Hội đồng|Ủy ban|Uỷ ban"
    r"|UBND|HĐND|Đoàn|Cục|Thanh tra|Kho bạc|Bảo hiểm|Tòa án|Viện|Bộ|Quỹ|Vụ|Tổng cục|Ngân hàng"
    rf"|Cảng vụ|Chi nhánh|Thuế|Tập đoàn|Tổng công ty"
    # bodies of the Front and its member organizations ("Liên đoàn Lao động tỉnh", "Hội Nông
    # dân tỉnh", "Mặt trận Tổ quốc"), units serving the state ("Bệnh viện", "Học viện")
    rf"|Liên đoàn|Hiệp hội|Mặt trận|Liên minh|Bệnh viện|Học viện|Kiểm toán)"
    rf"\s+(?:[{_UPPER}][^\s,.;:()]*)"
    # the Front's member organizations named "Hội" (not the place "Hội An")
    r"|Hội (?:Nông dân|Liên hiệp|Cựu chiến binh|Chữ thập đỏ)\b"
    r"|(?:Ủy|Uỷ) ban nhân dân|Hội đồng nhân dân|Ban (?:quản lý|chỉ đạo|chỉ huy)\b"
    r"|Đài (?:truyền hình|phát thanh|Phát thanh)\b"
    # centres named in lower case ("Trung tâm phục vụ hành chính công thành phố", "Trung tâm y
    # tế huyện")
    r"|Trung tâm (?:phục vụ hành chính công|y tế)\b"
    r"|Thuế (?:tỉnh|thành phố|cơ sở)\b|Quỹ (?:phát triển|đầu tư|bảo lãnh|bảo vệ|hỗ trợ)\b"
    # the unit that runs a body's web portal ("Chỉ đạo đơn vị cổng Thông tin điện tử Nghệ An
    # thực hiện"), its name capitalized in one of its words
    r"|Cổng [Tt]hông tin điện tử\b|cổng Thông tin điện tử\b"
)

# Where a body's name ends: punctuation or the verb of its task ("Sở Khoa học và Công nghệ
# tiến hành rà soát ...", "Ủy ban nhân dân tỉnh chủ trì ...").
NAME_END = re.compile(
    r"\s*[,;:.()]|\s+(?:tiến hành|chủ trì|phối hợp|có trách nhiệm|có|thực hiện|tổ chức|rà soát"
    r"|theo dõi|theo|hướng dẫn|tham mưu|chịu|trình|báo cáo|xây dựng|kiểm tra|để|được|là|gửi"
    r"|tổng hợp|triển khai|căn cứ|cập nhật|đôn đốc|và các|cùng|quản lý|thẩm định|tiếp nhận"
    r"|ban hành|bảo đảm|đảm bảo|giải quyết|thường xuyên|khẩn trương|chỉ đạo|trực tiếp"
    r"|xem xét|nghiên cứu|đề xuất|phê duyệt"
    # "Bộ trưởng Bộ Tài chính thừa ủy quyền ..., thay mặt Chính phủ ký", "... làm chủ đầu tư"
    # ("Trung tâm Dịch vụ việc làm": a noun of the name)
    r"|thừa ủy quyền|thừa uỷ quyền|thừa lệnh|thay mặt|(?<!việc\s)làm|thành lập|quyết định|tiếp thu"
    r"|ủy quyền|uỷ quyền"
    # the time of its act ("Bộ Tài chính đang xây dựng Nghị định ...", "Sở X đã ban hành ...")
    r"|đang|đã|sẽ"
    # the time of its task ("gửi Bộ Tư pháp trước ngày 05 tháng 12", "về Sở Nội vụ định kỳ
    # hằng quý", "chậm nhất ngày 15/12")
    r"|trước(?=\s+(?:ngày|tháng|quý|năm|\d))|chậm nhất|định kỳ|trong thời hạn"
    r"|(?:hằng|hàng)(?=\s+(?:ngày|tuần|tháng|quý|năm)\b)"
    # the document it acts by ("theo đề nghị của Sở Nội vụ tại Văn bản số 70/TTr-SNV")
    r"|tại(?=\s+(?:Văn bản|Tờ trình|Báo cáo|Công văn|Kế hoạch|Quyết định|Thông báo)\b))\b"
)

# The head of a body, written before its name: the holder of that position is the one the task
# is given to ("Chủ tịch Ủy ban nhân dân cấp xã thành lập tổ công tác ...")
_HOLDER_TITLE = (
    r"(?:(?:Phó\s+)?(?:Chủ tịch|(?:Tổng\s+)?Giám đốc|Bộ trưởng|Thủ trưởng|Trưởng ban"
    r"|Trưởng phòng|Cục trưởng|Tổng cục trưởng|Chánh Thanh tra|Chánh Văn phòng|Thống đốc"
    r"|Chủ nhiệm|Viện trưởng|Chánh án)|Người đứng đầu)\s+"
)
_HOLDER = re.compile(rf"{_HOLDER_TITLE}$")
_HOLDER_OPENING = re.compile(_HOLDER_TITLE)
HOLDER_TITLE = _HOLDER_OPENING  # a head's position wherever it is written


def without_holder(name: str) -> str:
    """A body's name without the position of its head before it ("Giám đốc Trung tâm X":
    "Trung tâm X")."""
    head = _HOLDER_OPENING.match(name)
    return name[head.end() :] if head is not None else name


def holder_start(text: str, at: int) -> int:
    """Where the name of the body at ``at`` starts with the position of its head written
    before it ("Chủ tịch Ủy ban nhân dân tỉnh": the start of "Chủ tịch"), else ``at``."""
    head = _HOLDER.search(text, max(0, at - 30), at)
    return head.start() if head is not None else at


# "Sở Văn hóa, Thể thao và Du lịch": a comma inside a name, before capitalized words that open
# no other body and end the name's own "và" part
_NAME_COMMA = re.compile(rf"\s*,\s+(?=[{_UPPER}])")
_PLACE_COMMA = re.compile(r"\s*,\s+(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|tỉnh)\b")


def name_end(text: str, at: int, limit: int = 90) -> int | None:
    """Where the body's name that starts at ``at`` ends (None when it runs past ``limit``)."""
    position = at
    while True:
        stop = NAME_END.search(text, position)
        end = stop.start() if stop else len(text)
        if stop is not None and _PLACE_COMMA.match(text, end):  # "các xã, phường"
            position = text.index(",", end) + 1
            continue
        comma = _NAME_COMMA.match(text, end) if stop else None
        if comma is not None and not AGENCY.match(text, comma.end()):
            following = NAME_END.search(text, comma.end())
            part = text[comma.end() : following.start() if following else len(text)]
            if " và " in part:
                position = comma.end()
                continue
        return end if 0 < end - at <= limit else None


# What joins the bodies of a list ("Sở Nội vụ, Sở Giáo dục và Đào tạo, Sở Tài chính") ...
_LIST_JOIN = re.compile(r"\s*,\s+|\s+và\s+")
# ... and the unit of a body named in brackets after it, the one that acts for it ("Văn phòng
# Ủy ban nhân dân tỉnh (Trung tâm Phục vụ hành chính công tỉnh)")
_BRACKETED_BODY = re.compile(r"\s*\(([^()\n]{3,80})\)")


def bracketed_end(text: str, end: int) -> int:
    """Where the name ending at ``end`` ends with the body named in brackets right after it
    ("Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh)"), else ``end``."""
    bracket = _BRACKETED_BODY.match(text, end)
    if bracket is None or AGENCY.match(bracket.group(1)) is None:
        return end
    return bracket.end()


def list_end(text: str, end: int) -> int:
    """Where a list of bodies whose first name ends at ``end`` ends: past each body that
    follows a comma or "và" ("Cơ quan chủ trì: Sở Nội vụ, Sở Giáo dục và Đào tạo, Sở Tài
    chính"), each with the unit named in brackets after it; at the first part that is no
    body's name ("Sở X, các sở, ngành liên quan": the kinds end it)."""
    end = bracketed_end(text, end)
    while (join := _LIST_JOIN.match(text, end)) is not None:
        at = join.end()
        if AGENCY.match(text, at) is None and _LEVEL_BODY.match(text, at) is None:
            break
        following = name_end(text, at)
        if following is None:
            break
        end = bracketed_end(text, following)
    return end


# A list opened by kinds of bodies ("Các Sở, ban, ngành, UBND xã, phường"): the plural word and
# the kinds that follow it, each a lower-case word of a kind after a comma
_KINDS_OPENING = re.compile(r"(?:Các|các)\s")
_KIND_PART = re.compile(
    r"\s*,\s+((?:ban|ngành|cơ quan|đơn vị|địa phương|tổ chức|đoàn thể|hội|doanh nghiệp)\b)"
)


def kinds_end(text: str, at: int, end: int) -> int:
    """Where a list of bodies starting at ``at``, its first name ending at ``end``, ends when
    it opens with kinds of bodies ("Các Sở, ban, ngành, UBND xã, phường": all of it, not "Các
    Sở"); ``end`` for a list opened by one body's name."""
    if _KINDS_OPENING.match(text, at) is None:
        return end
    while (part := _KIND_PART.match(text, end)) is not None:
        # the last kind may take the level it serves ("ban, ngành Thành phố")
        following = name_end(text, part.start(1))
        end = following if following is not None and following > part.end() else part.end()
    return list_end(text, end)


# A heading that names the body whose tasks follow: "Sở Xây dựng", "Trách nhiệm của Sở Khoa
# học và Công nghệ", "Cục Đăng kiểm Việt Nam có trách nhiệm", "Giao Sở Tài chính", "Nội dung
# Sở Nông nghiệp và Môi trường có trách nhiệm chủ trì", "Nội dung công việc do Sở X chủ trì".
_HEADING_LEAD = re.compile(
    r"^(?:(?:Trách nhiệm|Nhiệm vụ)(?:\s+(?:của|thực hiện))?\s+|Giao\s+|Đề nghị\s+|Đối với\s+"
    r"|Nội dung(?:\s+công việc)?(?:\s+(?:do|của))?\s+"
    # "Chỉ đạo đơn vị cổng Thông tin điện tử Nghệ An (thuộc Văn phòng) thực hiện": the body
    # directed to carry out the tasks below, after the word of its kind
    r"|Chỉ đạo\s+(?:(?:đơn vị|cơ quan)\s+)?)?",
    re.IGNORECASE,
)


# A heading that is a kind of body and the level it serves ("1. Thanh tra tỉnh", "Công an cấp
# xã"): a name, in a heading, not in running text ("UBND tỉnh (Trung tâm Công báo)" goes on
# from "Văn phòng" in the line above)
_LEVEL_BODY = re.compile(
    r"(?:Thanh tra|Công an|Kho bạc|Bảo hiểm xã hội|Ủy ban nhân dân|UBND|Văn phòng|Đoàn|Chi cục"
    r"|Hội đồng nhân dân|HĐND|Ban chỉ huy|Bộ Chỉ huy|Tòa án|Viện kiểm sát|Thuế)"
    r"\s+(?:cấp\s+)?(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\b",
    re.IGNORECASE,
)


# "Trách nhiệm của cơ quan Thuế": in a heading, the word of a kind before a capitalized name
_KIND_NAMED = re.compile(rf"(?:[Cc]ơ quan|[Đđ]ơn vị)\s+[{_UPPER}]")


# A heading that names a group of bodies by their kind and role and lists them in brackets
# ("Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế ...)"): the group is the
# body the tasks below are given to
_KIND_GROUP = re.compile(
    r"(?:[Cc]ác\s+)?(?:[Cc]ơ quan|[Đđ]ơn vị)\s+[^\W\d_][^():;.]{0,60}?\s*\(\s*([^()]{3,240})\)"
)


def heading_body(title: str) -> str | None:
    """The body a section heading names, or None."""
    title = title.strip(" *_:.")
    at = _HEADING_LEAD.match(title)
    start = at.end() if at else 0
    group = _KIND_GROUP.match(title, start)
    if group is not None and AGENCY.match(group.group(1)):
        return title[start : group.end()]
    # "Thống đốc Ngân hàng Nhà nước Việt Nam tiếp thu ...": the head of a body, by its position
    holder = _HOLDER_OPENING.match(title, start)
    body_at = holder.end() if holder else start
    if not any(p.match(title, body_at) for p in (AGENCY, _LEVEL_BODY, _KIND_NAMED)):
        return None
    end = name_end(title, body_at)
    return title[start:end] if end is not None else None


def opens_body(text: str, at: int) -> bool:
    """Whether a body's name starts at ``at``: a kind of body and its name, a level's body
    ("Công an tỉnh") or the head of one ("Chủ tịch UBND tỉnh")."""
    return any(
        pattern.match(text, at) is not None for pattern in (AGENCY, _LEVEL_BODY, _HOLDER_OPENING)
    )


def body_matches(text: str) -> list[re.Match[str]]:
    """Where ``text`` names a body by its kind and name ("Sở Nội vụ"), and where it names a
    level's body no such name covers ("... quản lý nhà nước của Thanh tra tỉnh"), in order."""
    named = list(AGENCY.finditer(text))
    levels = [
        m
        for m in _LEVEL_BODY.finditer(text)
        if not any(n.start() < m.end() and m.start() < n.end() for n in named)
    ]
    return sorted(named + levels, key=lambda m: m.start())


def bodies_named(text: str) -> list[str]:
    """The bodies ``text`` names by their structure: a kind of body and its name ("Sở Nội vụ",
    "Ủy ban nhân dân cấp xã"), a level's body ("Công an cấp xã"), or the head of one ("Chủ tịch
    Ủy ban nhân dân tỉnh"); each name up to the verb of its task."""
    starts = sorted(
        {m.start() for m in AGENCY.finditer(text)}
        | {m.start() for m in _LEVEL_BODY.finditer(text)}
        | {m.start() for m in _HOLDER_OPENING.finditer(text)}
    )
    return [text[at : _body_name_end(text, at)] for at in starts]


_UNENDED_NAME = 90  # characters a body's name is read to when nothing ends it


def _body_name_end(text: str, at: int) -> int:
    """Where the name of the body opening at ``at`` ends: past its head's title ("Chủ tịch Ủy
    ban nhân dân tỉnh"), up to the verb of its task."""
    holder = _HOLDER_OPENING.match(text, at)
    end = name_end(text, holder.end() if holder else at)
    return end if end is not None else at + _UNENDED_NAME


def section_chain(sections: Sequence[Section], position: int) -> list[Section]:
    """The sections around ``position``, innermost first (the document root left out)."""
    chain = [s for s in sections if s.parent is not None and s.start <= position < s.end]
    return sorted(chain, key=lambda s: -s.level)


# Column headers of the body that carries out a procedure or a task ("Địa điểm thực hiện" of a
# procedure: the body that receives its dossier).
_BODY_HEADER = re.compile(
    # "Đơn vị/người thực hiện", "Cơ quan/đơn vị chủ trì": the kinds a column's cells may be
    r"^(?:cơ quan|đơn vị|bộ phận|nơi|địa điểm)"
    r"(?:\s*/\s*(?:cơ quan|đơn vị|bộ phận|người|cá nhân|công chức))*"
    r"\s+(?:(?:chủ trì|thực hiện|giải quyết|tiếp nhận|thẩm định|phụ trách|quản lý|chịu trách nhiệm"
    r"|có thẩm quyền)[\s,/]*)+"
    r"|^(?:chủ trì|đơn vị chủ trì|cơ quan chủ trì)$",
    re.IGNORECASE,
)


_PLACE_HEADER = re.compile(r"^địa điểm\b", re.IGNORECASE)

# Column headers of the bodies that take part in another's task ("Cơ quan phối hợp").
_PARTNER_HEADER = re.compile(r"^(?:cơ quan|đơn vị)\s+phối hợp\b", re.IGNORECASE)

_HEADER_ROWS = 400  # rows looked back for a table's header


def _header_row(before: Iterable[Unit]) -> Unit | None:
    """The header row above a table row (``before``: the units above it, nearest first): the
    first row naming a body in a column header, within the same run of rows."""
    for n, other in enumerate(before):
        if other.kind != "row" or n >= _HEADER_ROWS:
            return None  # the table ended
        if any(_BODY_HEADER.match(c.strip(" *")) for c in other.cells):
            return other
    return None


def body_header_row(before: Iterable[Unit]) -> Unit | None:
    """The header row above a table row whose columns it labels (one of them the bodies'),
    or None; not a row of a table of fields ("2.7 | Cơ quan thực hiện: Sở X")."""
    header = _header_row(before)
    if header is None or not any(_is_body_header(c) for c in header.cells):
        return None
    return header


# A cell that goes on past its label's colon: a field and its value ("Cơ quan thực hiện: Sở
# X" in a procedure's table of fields), not the header of a column
_LABEL_WITH_VALUE = re.compile(r":[\s*_]*[^\s*_]")


def _is_body_header(cell: str) -> bool:
    """Whether ``cell`` heads a column of bodies: their label alone, no value after it."""
    label = cell.strip(" *")
    return _BODY_HEADER.match(label) is not None and not _LABEL_WITH_VALUE.search(label)


_LABEL_HEADER_WORDS = 6  # a column's name ("Thứ tự công việc"), no caption run on into it
# A row's own label in its first cell: its number ("3", "II.1") or its step ("Bước 8")
_ROW_LABEL = re.compile(r"(?:bước|giai đoạn)\s+\d{1,3}", re.IGNORECASE)


def _leading_cells_kept(header: Unit, unit: Unit) -> bool:
    """A row with fewer cells than its header that opens with its own label ("Bước 8 | Lãnh
    đạo Phòng X | Phân công ... | 04 giờ" under "TT | Đơn vị/ người thực hiện | Nội dung | Thời
    gian | Mức độ Dịch vụ công"): the cells it lost are its empty last ones (a column filled in
    the first step only), so its cells stand under the header's first ones."""
    if not 1 < len(unit.cells) < len(header.cells):
        return False
    if len(header.cells[0].split()) > _LABEL_HEADER_WORDS:
        return False  # the header's first cell ran on from the caption above the table
    first = unit.cells[0].strip(" *")
    return bool(STT.match(first) or _ROW_LABEL.fullmatch(first))


def _columns(header: Unit, unit: Unit) -> tuple[str, ...]:
    """The header's column names over ``unit``'s cells: without its first cell when that cell
    ran on from the caption and heading above the table ("THỦ TỤC HÀNH CHÍNH ... (Ban hành kèm
    theo ...) ... Thủ tục hành chính cấp tỉnh | TT | Mã TTHC | ...") and the row has one cell
    fewer."""
    cells = header.cells
    if len(cells) - len(unit.cells) == 1 and len(cells[0].split()) > _LABEL_HEADER_WORDS:
        return cells[1:]
    return cells


def body_column(
    before: Iterable[Unit], unit: Unit, *, partner: bool = False
) -> tuple[int, int] | None:
    """In a table row under a column header naming the body that carries out the row's
    procedure or task ("Cơ quan thực hiện", "Đơn vị giải quyết"), the span (in the unit text)
    of the body's cell, or None. ``before``: the units above ``unit``, nearest first. With
    ``partner``, the cell under "Cơ quan phối hợp" (the partners asked), and only that one."""
    if unit.kind != "row" or not unit.cells:
        return None
    header = _header_row(before)
    if header is None:
        return None
    wanted = _PARTNER_HEADER if partner else _BODY_HEADER
    cells: list[str] = []
    # the cell under the header; a partner's also in a row whose empty last cell was dropped
    # ("... | Sở Tài chính | 2025" under "... | Cơ quan phối hợp | Thời gian | Sản phẩm"); a
    # field and its value ("2.7 | Cơ quan thực hiện: Sở X") heads no column of the rows below
    columns = _columns(header, unit)
    aligned = any(_is_body_header(c) for c in columns) and (
        len(columns) == len(unit.cells)
        or (partner and len(columns) - len(unit.cells) == 1)
        or _leading_cells_kept(header, unit)
    )
    if aligned:
        under = [
            (name.strip(" *"), unit.cells[k].strip())
            for k, name in enumerate(columns)
            if k < len(unit.cells) and wanted.match(name.strip(" *"))
        ]
        # a procedure's "Địa điểm thực hiện" names a body only when no column names the body
        # itself, and only in a cell that opens with a body's name (not "Nộp hồ sơ trực tuyến")
        bodies = [cell for name, cell in under if not _PLACE_HEADER.match(name)]
        cells = bodies or [cell for _, cell in under if AGENCY.match(cell)]
    elif partner:
        return None  # which cell partners is known only under its header
    # cells lost or merged: the cell that opens with a body's name
    cells = [c.strip() for c in cells if c.strip()] or [
        c.strip() for c in unit.cells if AGENCY.match(c.strip()) and not partner
    ]
    for cell in cells:
        at = unit.text.find(cell)
        # a header's label repeated is no body; a body named by its task is ("Bộ phận tiếp
        # nhận hồ sơ và trả kết quả" under "Đơn vị/người thực hiện")
        if at >= 0 and cell[0].isupper() and not _BODY_HEADER.fullmatch(cell.strip(" *:")):
            return at, at + len(cell)
    return None


# The kinds of normative act a text cites by name, as written ("Thông tư số ...")
NORMATIVE_ACTS = "Luật|Bộ luật|Pháp lệnh|Nghị định|Thông tư|Quyết định|Nghị quyết|Chỉ thị"
# A normative act cited, and "của" right before its issuer's name or its head's ("Căn cứ Thông
# tư số 10/2025/TT-BNV ngày 19/6/2025 của Bộ trưởng Bộ Nội vụ"), in the clause before the name:
# the body issued that act, it is given no task by it
_CITED_ACT_ISSUER = re.compile(
    rf"(?:{NORMATIVE_ACTS})\b[^;:\n]{{0,80}}?\bcủa\s+(?:{_HOLDER_TITLE})?$"
)
_ISSUER_REACH = 200  # characters before a name read for the act it issued


def bodies_in(text: str, start: int, end: int) -> list[tuple[str, bool]]:
    """The bodies named in ``text[start:end]``, each with whether it is named there as the
    issuer of an act the text cites (after "Thông tư số ... của", "Nghị định ... của")."""
    flat = text.replace("\n", " ")
    found: list[tuple[str, bool]] = []
    for at in range(start, end):
        if (at > 0 and flat[at - 1].isalnum()) or not opens_body(flat, at):
            continue
        name = flat[at : min(end, _body_name_end(flat, at))]
        issued = _CITED_ACT_ISSUER.search(flat, max(0, at - _ISSUER_REACH), at) is not None
        found.append((name, issued))
    return found
