"""Records passed between the indexer stages and stored in the index.

Every span (``start``, ``end``) is a pair of character offsets into the *document text*:
for ``.txt``/``.md`` that is the decoded file itself, for other formats the text the reader
extracted (stored in the index). ``document_text[start:end]`` is therefore always the verbatim
source of a record.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "Citation",
    "DocumentMeta",
    "DocumentText",
    "Figure",
    "Footnote",
    "Passage",
    "Section",
    "Table",
    "TableRow",
    "Target",
]


@dataclass(frozen=True)
class DocumentText:
    """What a reader returns: the document text and where its pages start."""

    text: str
    format: str  # "txt", "md", "docx", "pdf", "html"
    encoding: str | None = None
    page_starts: tuple[int, ...] = (0,)  # offset of the first character of each page
    warnings: tuple[str, ...] = ()

    def page_at(self, offset: int) -> int:
        """1-based page number holding ``offset``."""
        page = 1
        for number, start in enumerate(self.page_starts, start=1):
            if start <= offset:
                page = number
            else:
                break
        return page


@dataclass(frozen=True)
class Section:
    """A node of the section tree (Phần, Chương, Mục, Điều, Khoản, I., 1., 1.1., a), ...)."""

    id: int  # position in the document's section list; 0 is the document root
    parent: int | None
    level: int  # depth in the tree, root = 0
    kind: (
        str  # "root", "phan", "chuong", "muc", "dieu", "khoan", "diem", "roman", "number", "letter"
    )
    label: str  # "I", "1.2", "Điều 3", "a"
    title: str  # heading text without its label, markup removed
    start: int  # heading start
    end: int  # end of the section's content (before the next sibling or ancestor sibling)

    @property
    def heading(self) -> str:
        return f"{self.label}. {self.title}".strip(". ") if self.label else self.title


@dataclass(frozen=True)
class TableRow:
    cells: tuple[str, ...]
    start: int
    end: int


@dataclass(frozen=True)
class Table:
    """One logical table (continuations across page breaks merged)."""

    id: int
    section: int
    caption: str
    header: tuple[str, ...]
    rows: tuple[TableRow, ...]
    start: int
    end: int
    format: str  # "pipe" or "tsv"


@dataclass(frozen=True)
class Footnote:
    label: str
    anchor_start: int  # the <sup>n</sup> mark in the text
    anchor_end: int
    start: int  # the note's own text
    end: int


@dataclass(frozen=True)
class Passage:
    """A retrievable unit: a chunk of sentences inside one section, or one table row."""

    id: int  # global passage id in an index (FAISS id); 0 until stored
    doc_id: str
    section: int
    section_path: str  # "III > 2. Cải cách thủ tục hành chính > 2.2. ..."
    kind: str  # "text" or "table_row" or "footnote"
    text: str  # clean text used for matching and embedding
    start: int
    end: int
    page: int


@dataclass(frozen=True)
class DocumentMeta:
    doc_id: str
    path: str  # as given to the indexer, relative to the working directory when possible
    document: str  # what clients see: the indexed folder's name + the relative path, no server path
    sha256: str
    format: str
    doc_type: str | None  # "báo cáo", "kế hoạch", "quyết định", ...
    number: str | None  # "96/BC-UBND"; None when blank ("Số: /BC-UBND")
    date: str | None  # ISO date
    place: str | None
    issuer: str | None
    title: str | None
    signer: str | None
    signer_position: str | None
    recipients: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Citation:
    """A mention of a legal document inside a text."""

    key: str  # canonical key, e.g. "QĐ|1941/QĐ-UBND" (see indexer.extract.citations)
    number: str  # "1941/QĐ-UBND" as normalized
    doc_type: str | None  # "Quyết định", "Kế hoạch", ...
    type_code: str | None  # "QĐ", "KH", "NĐ-CP" ...
    issuer_code: str | None  # "UBND", "CP", "QH13" ...
    year: int | None
    date: str | None  # ISO
    issuer: str | None  # "UBND thị xã", "Chính phủ"
    subject: str | None
    start: int
    end: int


@dataclass(frozen=True)
class Figure:
    value: float
    raw: str  # the number as written ("32,6%")
    unit: str | None  # "%", "điểm", "hồ sơ", "TTHC", "đồng" ...
    kind: str  # "percent", "score", "rank", "count", "money", "deadline"
    indicator: str | None
    period: str | None
    locality: str | None
    start: int
    end: int
    denominator: float | None = None  # 16 in "14,75/16 điểm", 11 in "xếp thứ 10/11"


@dataclass(frozen=True)
class Target:
    indicator: str
    indicator_key: str  # normalized indicator used to group the same indicator across plans
    comparator: str  # ">=", "=", "<=", "increase", "decrease"
    value: float | None
    raw: str
    unit: str | None
    year: int | None
    deadline: str | None
    locality: str | None
    start: int
    end: int
