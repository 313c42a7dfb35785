"""Read a document file into its *document text* (:class:`~indexer.records.DocumentText`).

Every offset stored in an index points into the text returned here, so readers are conservative:

- ``.txt``/``.md``: the decoded bytes, unchanged (no newline or Unicode normalization); only a
  byte-order mark is dropped. UTF-8, UTF-8/UTF-16/UTF-32 with BOM, or legacy Windows-1258.
- ``.docx``: body paragraphs, text boxes and tables in reading order, separated by one blank
  line; each table row one line with cells joined by tabs (the TSV form the structure parser
  reads), except a one-row layout table (header, signature), whose cells are blocks of lines.
- ``.pdf``: the text layer page by page in layout order (lines by position, so text stamped
  later and widget appearances such as a signature's number and day land in their line; runs of
  spaces collapsed), pages joined by a blank line, ``page_starts`` set.
- ``.html``/``.htm``: visible text; block elements on their own lines, table rows as TSV lines.

Bad input never raises anything but :class:`UnreadableDocumentError`.
"""

from __future__ import annotations

import codecs
import io
import logging
import re
import stat
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from indexer.limits import DEFAULT_LIMITS, ReadLimits, format_size, nests_deeper, zip_problem
from indexer.records import DocumentText

__all__ = [
    "SUPPORTED_SUFFIXES",
    "UnreadableDocumentError",
    "garbled_text_warning",
    "is_supported",
    "join_split_syllables",
    "read_document",
]

logger = logging.getLogger(__name__)

SUPPORTED_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".docx", ".pdf", ".html", ".htm"})
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
CP1258_WARNING = "decoded as Windows-1258 (legacy Vietnamese encoding)"


class UnreadableDocumentError(Exception):
    """A file that cannot be turned into document text; ``reason`` is one line of English."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[Path, str]]:  # crosses process boundaries intact
        return type(self), (self.path, self.reason)


class _Reject(Exception):
    """Internal: carries a reason up to :func:`read_document`, which adds the path."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def is_supported(path: Path | str) -> bool:
    return Path(path).suffix.lower() in SUPPORTED_SUFFIXES


def read_document(
    path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES, limits: ReadLimits = DEFAULT_LIMITS
) -> DocumentText:
    """Read ``path`` (any suffix in :data:`SUPPORTED_SUFFIXES`) into a :class:`DocumentText`.

    ``max_bytes`` bounds the file, ``limits`` what it unpacks into (:mod:`indexer.limits`).
    """
    path = Path(path)
    source = _read_any(path, max_bytes, limits)
    garbled = garbled_text_warning(source.text)
    if garbled:
        logger.warning("%s: %s", path, garbled)
        source = replace(source, warnings=(*source.warnings, garbled))
    return source


def _read_any(path: Path, max_bytes: int, limits: ReadLimits) -> DocumentText:
    suffix = path.suffix.lower()
    try:
        if suffix not in SUPPORTED_SUFFIXES:
            raise _Reject(f"unsupported file type {suffix or '(no suffix)'}")
        data = _read_bytes(path, max_bytes)
        if suffix in (".txt", ".md"):
            text, encoding, warnings = _decode_text(data)
            if not text.strip():
                raise _Reject("file has only whitespace")
            return DocumentText(text, suffix[1:], encoding, (0,), warnings)
        if suffix == ".docx":
            return _read_docx(data, limits)
        if suffix == ".pdf":
            with _pdf_limits(limits):
                return _read_pdf(data, limits.max_pdf_pages)
        return _read_html(data, limits.max_nesting)
    except _Reject as error:
        logger.info("unreadable document %s: %s", path, error.reason)
        raise UnreadableDocumentError(path, error.reason) from None


# Vowels Vietnamese writes with a mark (tone, breve, circumflex, horn), lower case; with "đ",
# every letter only Vietnamese writes with a mark
_MARKED_VOWEL = "ăâêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
_VIETNAMESE_MARKED = frozenset(_MARKED_VOWEL + "đ")
_WORD = re.compile(r"[^\W\d_]{2,}")
# Most Vietnamese words of two letters or more carry a mark (0.78-0.87 in the benchmark files,
# never below 0.35 in admin-docs); a scanner's text layer made without Vietnamese, or a legacy
# font's bytes, has almost none ("Cdn cu C6ng vdn" for "Căn cứ Công văn")
_MIN_MARKED_SHARE = 0.2
_MIN_WORDS = 50


def garbled_text_warning(text: str) -> str | None:
    """A warning when ``text`` is long enough to tell and few of its words carry a Vietnamese
    mark: the document is indexed all the same, but its words will rarely match a question."""
    words = _WORD.findall(unicodedata.normalize("NFC", text).lower())
    if len(words) < _MIN_WORDS:
        return None
    marked = sum(not _VIETNAMESE_MARKED.isdisjoint(word) for word in words) / len(words)
    if marked >= _MIN_MARKED_SHARE:
        return None
    return (
        f"text looks garbled: {marked:.0%} of its words carry a Vietnamese mark "
        "(an OCR layer made without Vietnamese, or a legacy font); search will rarely find it"
    )


# --- files ---------------------------------------------------------------------------------


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; the size limit is checked with ``stat`` before anything is read."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise _Reject("not a regular file")
        if info.st_size > max_bytes:
            raise _Reject(_too_big(info.st_size, max_bytes))
        if info.st_size == 0:
            raise _Reject("empty file")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may have grown since stat
    except FileNotFoundError:
        raise _Reject("file not found") from None
    except PermissionError:
        raise _Reject("permission denied") from None
    except IsADirectoryError:
        raise _Reject("not a regular file") from None
    except OSError as error:
        raise _Reject(f"cannot read file: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise _Reject(_too_big(len(data), max_bytes))
    if not data:
        raise _Reject("empty file")
    return data


def _too_big(size: int, max_bytes: int) -> str:
    shown = format_size(size)
    if shown == format_size(max_bytes):  # 20.04 MB would read "20 MB, over the 20 MB limit"
        shown = f"{size} bytes"
    return f"file is {shown}, over the {format_size(max_bytes)} limit"


# --- plain text ----------------------------------------------------------------------------

_BOMS = (  # UTF-32 first: its little-endian BOM starts with the UTF-16 one
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# C0 controls other than \t \n \v \f \r, DEL, C1 controls: absent from real text.
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_RATIO = 0.02
# Browsers read these labels as Windows-1252 (WHATWG Encoding Standard).
_WHATWG_ALIASES = {"ascii": "cp1252", "iso8859-1": "cp1252"}
_TONE_MARKS = re.compile("[\u0300\u0301\u0303\u0309\u0323]")
_PLAIN_VOWELS = frozenset("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")


def _decode_text(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    """``(text, encoding, warnings)`` for the bytes of a plain-text file (BOM dropped)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding.removesuffix("-sig"))
            except UnicodeDecodeError as error:
                raise _Reject(f"cannot decode: invalid {encoding} at byte {error.start}") from None
            _reject_binary_text(text)
            return text, encoding, ()
    if b"\x00" in data or len(_CONTROL_BYTES.findall(data)) > _MAX_CONTROL_RATIO * len(data):
        raise _Reject("binary data, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        first_bad = error.start
    else:
        _reject_binary_text(text)
        return text, "utf-8", ()
    if _mostly_utf8(data):
        raise _Reject(f"cannot decode: invalid UTF-8 at byte {first_bad}")
    text = _decode_cp1258(data)
    if text is None:
        raise _Reject("cannot decode: not UTF-8/UTF-16/Windows-1258" + _encoding_hint(data))
    _reject_binary_text(text)
    return text, "cp1258", (CP1258_WARNING,)


def _reject_binary_text(text: str) -> None:
    if len(_CONTROL_CHARS.findall(text)) > _MAX_CONTROL_RATIO * len(text):
        raise _Reject("binary data, not text")


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few corrupt bytes (more valid multi-byte characters than invalid bytes).

    Legacy single-byte Vietnamese text almost never forms valid UTF-8 sequences, so this keeps
    a damaged UTF-8 file from being "rescued" as Windows-1258 mojibake.
    """
    decoded = data.decode("utf-8", errors="replace")
    invalid = decoded.count("\ufffd")
    valid = len(decoded) - len(decoded.encode("ascii", errors="ignore")) - invalid
    return valid > invalid


def _decode_cp1258(data: bytes) -> str | None:
    """The Windows-1258 decoding when it reads as Vietnamese, else ``None``.

    Windows-1258 writes most tones as combining marks after a plain vowel ("ê" + dot below).
    charset-normalizer alone is not used for the decision: on short inputs it guesses other code
    pages (one Vietnamese word came back as cp1006), and it scores cp1252 French/Italian as
    clean cp1258. The rule here: at least one tone mark, and (almost) every tone mark follows
    a vowel without a tone of its own; text in other single-byte encodings puts these bytes
    after consonants or toned letters.
    """
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        return None
    on_vowel = misplaced = 0
    for match in _TONE_MARKS.finditer(text):
        position = match.start()
        if position > 0 and text[position - 1] in _PLAIN_VOWELS:
            on_vowel += 1
        else:
            misplaced += 1
    if on_vowel == 0 or misplaced * 10 > on_vowel:
        return None
    return text


def _encoding_hint(data: bytes) -> str:
    """A hint like ``" (looks like cp1251)"`` from charset-normalizer, for error messages only."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding in ("ascii", "utf_8", "cp1258"):
        return ""
    return f" (looks like {best.encoding})"


def _decode_html(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    """BOM, then the declared charset, then the plain-text rules."""
    from bs4.dammit import EncodingDetector

    if any(data.startswith(bom) for bom, _ in _BOMS):
        return _decode_text(data)
    declared = EncodingDetector.find_declared_encoding(data, is_html=True)
    if declared is None:
        return _decode_text(data)
    try:
        codec = codecs.lookup(declared).name
    except LookupError:
        text, encoding, warnings = _decode_text(data)
        return text, encoding, (f"unknown declared charset {declared!r}", *warnings)
    codec = _WHATWG_ALIASES.get(codec, codec)
    if codec != "utf-8" and _is_utf8_multibyte(data):
        # Pages declaring latin-1/ascii while holding UTF-8 are common; valid multi-byte
        # UTF-8 is practically never produced by a legacy single-byte encoding.
        warning = f"declared charset {declared!r} but content is UTF-8"
        return data.decode("utf-8"), "utf-8", (warning,)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        text, encoding, warnings = _decode_text(data)
        return text, encoding, (f"content does not match declared charset {declared!r}", *warnings)
    _reject_binary_text(text)
    return text, codec, (CP1258_WARNING,) if codec == "cp1258" else ()


def _is_utf8_multibyte(data: bytes) -> bool:
    try:
        return data.decode("utf-8") != data.decode("ascii", errors="ignore")
    except UnicodeDecodeError:
        return False


# --- docx ----------------------------------------------------------------------------------

_SPACES = re.compile(r"\s+")
_TABS = re.compile(r"\t+")


def _read_docx(data: bytes, limits: ReadLimits) -> DocumentText:
    import docx
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    problem = zip_problem(data, limits)  # before python-docx unpacks anything
    if problem:
        raise _Reject(problem)
    try:
        # python-docx parses parts with lxml, resolve_entities=False and huge_tree off (so at
        # most 256 levels); deeper than max_nesting is refused here.
        document = docx.Document(io.BytesIO(data))
        if nests_deeper(document.element, lambda e: e.iterchildren(), limits.max_nesting):
            raise _Reject(_too_deep(limits.max_nesting))
        blocks: list[str] = []
        numbering = _DocxNumbering(document, qn)
        for element in _docx_body_blocks(document.element.body, qn):
            if element.tag == qn("w:p"):
                # Tabs inside a paragraph are layout ("Số: 96/BC-UBND<tab>Hương Khê, ngày ...");
                # kept, they would make a paragraph look like a TSV table row downstream.
                own = _TABS.sub(" ", Paragraph(element, document).text).strip()
                label = numbering.label(element)  # an empty item is counted all the same
                texts = [f"{label} {own}" if label and own else own]
                texts += _docx_text_boxes(element, document, qn, Paragraph)
            elif _is_layout_table(element, qn):
                texts = _docx_layout_table(element, document, qn, Paragraph)
            else:
                texts = [_docx_table(element, document, qn, Paragraph)]
            blocks.extend(text for text in texts if text.strip())
    except _Reject:
        raise
    except Exception as error:  # zipfile, lxml, KeyError on missing parts, ...
        raise _Reject(f"corrupt .docx: {_one_line(error)}") from None
    text = "\n\n".join(blocks)
    if not text.strip():
        raise _Reject("no text in document")
    return DocumentText(text, "docx")


class _DocxNumbering:
    """The labels Word draws before numbered paragraphs ("Điều 1.", "a)", "II."), which are no
    part of the paragraphs' text: a decree whose articles are a numbered list would otherwise
    read "Phạm vi điều chỉnh" for "Điều 1. Phạm vi điều chỉnh".

    python-docx does not render list numbering (nor does mammoth, which maps lists to HTML
    without their labels), so the part of ECMA-376 §17.9 that administrative documents use is
    followed here: a level's start, number format and label text (``%1``..``%9``), counters
    kept per abstract numbering (lists of one abstract numbering continue each other unless a
    list restarts a level), a level restarting the levels below it.
    """

    def __init__(self, document: Any, qn: Any) -> None:
        self._qn = qn
        self._levels: dict[str, dict[int, tuple[int, str, str]]] = {}  # abstract → ilvl → …
        self._abstract_of: dict[str, str] = {}  # numId → abstractNumId
        self._starts: dict[str, dict[int, int]] = {}  # numId → ilvl → restart value
        self._counters: dict[str, dict[int, int]] = {}
        self._started: set[str] = set()
        self._style_numbering: dict[str, tuple[str, int] | None] = {}
        self._styles: Any = None
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return  # no numbering part: nothing is numbered
        try:
            self._styles = document.styles.element
            self._read(root)
        except Exception as error:  # a damaged numbering part loses the labels, not the text
            logger.warning("docx numbering unreadable: %s", _one_line(error))
            self._levels.clear()

    def _read(self, root: Any) -> None:
        qn = self._qn
        val = qn("w:val")
        for abstract in root.iterchildren(qn("w:abstractNum")):
            levels: dict[int, tuple[int, str, str]] = {}
            for lvl in abstract.iterchildren(qn("w:lvl")):
                start = lvl.find(qn("w:start"))
                fmt = lvl.find(qn("w:numFmt"))
                text = lvl.find(qn("w:lvlText"))
                levels[_int(lvl.get(qn("w:ilvl")), 0)] = (
                    _int(start.get(val) if start is not None else None, 1),
                    fmt.get(val, "decimal") if fmt is not None else "decimal",
                    text.get(val, "") if text is not None else "",
                )
            self._levels[abstract.get(qn("w:abstractNumId"), "")] = levels
        for num in root.iterchildren(qn("w:num")):
            num_id = num.get(qn("w:numId"), "")
            ref = num.find(qn("w:abstractNumId"))
            if ref is not None:
                self._abstract_of[num_id] = ref.get(val, "")
            starts = {}
            for override in num.iterchildren(qn("w:lvlOverride")):
                start = override.find(qn("w:startOverride"))
                if start is not None:
                    starts[_int(override.get(qn("w:ilvl")), 0)] = _int(start.get(val), 1)
            self._starts[num_id] = starts

    def label(self, paragraph: Any) -> str:
        """The label of ``paragraph`` (counting it), or "" when it is not numbered."""
        found = self._numbering(paragraph)
        if found is None:
            return ""
        num_id, ilvl = found
        abstract = self._abstract_of.get(num_id)
        levels = self._levels.get(abstract or "")
        if not levels or ilvl not in levels:
            return ""
        counters = self._counters.setdefault(abstract or "", {})
        if num_id not in self._started:  # a list restarting levels of its abstract numbering
            self._started.add(num_id)
            for level, start in self._starts.get(num_id, {}).items():
                counters[level] = start - 1
        start, fmt, text = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [level for level in counters if level > ilvl]:
            del counters[deeper]
        if fmt == "bullet":
            # a bullet is a glyph of a symbol font ("§", "ü", "v" in Wingdings), not a letter
            return "-"
        if fmt == "none":
            return text if "%" not in text else ""

        def number(match: re.Match[str]) -> str:
            level = int(match.group(1)) - 1
            start, fmt, _ = levels.get(level, (1, "decimal", ""))
            return _list_number(counters.get(level, start), fmt)

        return _LEVEL_PLACEHOLDER.sub(number, text).strip()

    def _numbering(self, paragraph: Any) -> tuple[str, int] | None:
        qn = self._qn
        ppr = paragraph.find(qn("w:pPr"))
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        if num_pr is not None and num_pr.find(qn("w:numId")) is not None:
            return self._list_of(num_pr)
        style = ppr.find(qn("w:pStyle")) if ppr is not None else None
        return self._style(style.get(qn("w:val"), "")) if style is not None else None

    def _list_of(self, num_pr: Any) -> tuple[str, int] | None:
        """(numId, level) of a ``w:numPr`` that has a ``w:numId``; None for numId 0 (the
        paragraph's numbering turned off)."""
        qn = self._qn
        value = num_pr.find(qn("w:numId")).get(qn("w:val"), "")
        ilvl = num_pr.find(qn("w:ilvl"))
        level = _int(ilvl.get(qn("w:val")) if ilvl is not None else None, 0)
        return None if value == "0" else (value, level)

    def _style(self, style_id: str, depth: int = 0) -> tuple[str, int] | None:
        """The numbering a paragraph style (or the style it is based on) gives."""
        if style_id in self._style_numbering:
            return self._style_numbering[style_id]
        qn = self._qn
        found: tuple[str, int] | None = None
        element = None
        if self._styles is not None and depth < 10:
            for candidate in self._styles.iterchildren(qn("w:style")):
                if candidate.get(qn("w:styleId")) == style_id:
                    element = candidate
                    break
        if element is not None:
            num_pr = element.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            if num_pr is not None and num_pr.find(qn("w:numId")) is not None:
                found = self._list_of(num_pr)
            else:
                based = element.find(qn("w:basedOn"))
                if based is not None:
                    found = self._style(based.get(qn("w:val"), ""), depth + 1)
        self._style_numbering[style_id] = found
        return found


_LEVEL_PLACEHOLDER = re.compile(r"%([1-9])")
_ROMAN_NUMERALS = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def _list_number(value: int, fmt: str) -> str:
    """``value`` in a Word number format (other formats as decimal numbers)."""
    if fmt in ("lowerLetter", "upperLetter") and value > 0:
        # Word repeats the letter past z: a..z, aa..zz
        letter = "abcdefghijklmnopqrstuvwxyz"[(value - 1) % 26] * ((value - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman") and 0 < value < 4000:
        out = []
        for amount, numeral in _ROMAN_NUMERALS:
            count, value = divmod(value, amount)
            out.append(numeral * count)
        roman = "".join(out)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _int(value: str | None, default: int) -> int:
    """``value`` as a list number within Word's own bounds (0..32767): a hostile start of two
    billion in a letter format would spell a label of millions of letters."""
    try:
        number = int(value) if value is not None else default
    except ValueError:
        return default
    return max(0, min(number, 32767))


def _docx_body_blocks(parent: Any, qn: Any) -> Iterator[Any]:
    """``w:p`` and ``w:tbl`` children in document order, looking inside content controls."""
    for child in parent.iterchildren():
        if child.tag in (qn("w:p"), qn("w:tbl")):
            yield child
        elif child.tag == qn("w:sdt"):
            for content in child.iterchildren(qn("w:sdtContent")):
                yield from _docx_body_blocks(content, qn)


_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _docx_text_boxes(paragraph: Any, document: Any, qn: Any, paragraph_cls: Any) -> list[str]:
    """The text boxes anchored in a paragraph, one block each (their own paragraphs as lines).

    A text box is stored twice, as a DrawingML shape and as its VML fallback; the fallback is
    skipped.
    """
    boxes = []
    for content in paragraph.iter(qn("w:txbxContent")):
        if any(ancestor.tag == _MC_FALLBACK for ancestor in content.iterancestors()):
            continue
        boxes.append(_docx_lines(content.iter(qn("w:p")), document, paragraph_cls))
    return boxes


def _is_layout_table(tbl: Any, qn: Any) -> bool:
    """A one-row table of at most three cells lays out blocks side by side (the header's issuer
    and national motto, the recipients beside the signature) rather than holding data."""
    rows = [tr for tr in tbl.tr_lst if "".join(t.text or "" for t in tr.iter(qn("w:t"))).strip()]
    return len(rows) == 1 and len(rows[0].tc_lst) <= 3


def _docx_layout_table(tbl: Any, document: Any, qn: Any, paragraph_cls: Any) -> list[str]:
    """Each cell of a layout table as a block of its lines, left to right, like text boxes."""
    return [
        _docx_lines(tc.iter(qn("w:p")), document, paragraph_cls)
        for tr in tbl.tr_lst
        for tc in tr.tc_lst
    ]


def _docx_lines(paragraphs: Iterator[Any], document: Any, paragraph_cls: Any) -> str:
    """Paragraphs and their line breaks as lines, spaces collapsed, empty lines dropped."""
    lines = []
    for p in paragraphs:
        for line in paragraph_cls(p, document).text.split("\n"):
            line = _SPACES.sub(" ", line).strip()
            if line:
                lines.append(line)
    return "\n".join(lines)


def _docx_table(tbl: Any, document: Any, qn: Any, paragraph_cls: Any) -> str:
    """One line per row, cells joined by tabs.

    A merged cell's text appears once: the grid columns a cell spans and the rows below a
    vertical merge are empty cells, so every row keeps the table's column positions (the
    layout of the TSV tables in the .txt corpus).
    """
    lines = []
    for tr in tbl.tr_lst:
        cells = [""] * tr.grid_before
        for tc in tr.tc_lst:
            if tc.vMerge == "continue":
                text = ""
            else:
                paragraphs = (paragraph_cls(p, document).text for p in tc.iter(qn("w:p")))
                text = _SPACES.sub(" ", " ".join(paragraphs)).strip()
            cells.append(text)
            cells.extend([""] * (tc.grid_span - 1))
        if any(cells):
            lines.append("\t".join(cells))
    return "\n".join(lines)


# --- pdf -----------------------------------------------------------------------------------


def _read_pdf(data: bytes, max_pages: int) -> DocumentText:
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError

    warnings: list[str] = []
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            _decrypt_pdf(reader)
        if len(reader.pages) > max_pages:
            raise _Reject(f"PDF has {len(reader.pages)} pages, over the limit of {max_pages}")
        pages: list[str] = []
        text_layer = False  # a signature stamp on a scan is no text layer
        for number, page in enumerate(reader.pages, start=1):
            try:
                text, own_text = _pdf_page_text(page, number)
            except LimitReachedError as error:  # a hostile page, not a damaged one
                raise _Reject(
                    f"page {number}: over a PDF size limit ({_one_line(error)})"
                ) from None
            except Exception as error:  # one broken content stream should not lose the rest
                logger.warning("pdf page %d: text extraction failed: %s", number, error)
                warnings.append(f"page {number}: text extraction failed")
                text, own_text = "", False
            pages.append(text)
            text_layer = text_layer or own_text
    except _Reject:
        raise
    except Exception as error:  # pypdf raises PdfReadError but also KeyError, ValueError, ...
        raise _Reject(f"corrupt .pdf: {_one_line(error)}") from None
    if not text_layer:
        raise _Reject("no text layer (scanned PDF?)")
    starts: list[int] = []
    offset = 0
    for page in pages:
        starts.append(offset)
        offset += len(page) + 2  # the "\n\n" joining pages
    return DocumentText("\n\n".join(pages), "pdf", None, tuple(starts), tuple(warnings))


_PDF_SPACE_RUN = re.compile(r" {2,}")
_PDF_LINE_END_SPACE = re.compile(r" +(?=\n)")
# "Số: 1059 /QĐ-TTPVHCC": the gap left for a number that was filled in later (stamped, signed)
_PDF_NUMBER_GAP = re.compile(r"(?m)^(Số\s*:\s*\d[\w.\-]*) +(?=/)")
_MAX_WIDGETS = 200
_MAX_FORM_DEPTH = 4
_NON_SPACE = re.compile(r"\S")


def _pdf_page_text(page: Any, number: int) -> tuple[str, bool]:
    """The page's text with what its widget annotations show, and whether the page content
    itself has text (a scan carrying only a signature stamp has none)."""
    flat = _with_widget_appearances(page, number)
    text = _page_lines(flat)
    if flat is page:
        return text, bool(text)
    return text, bool(_page_lines(page))


def _page_lines(page: Any) -> str:
    """The page's text lines in reading order.

    pypdf's layout mode places every piece of text by its position, so text drawn out of order
    (a number stamped after the page was made, a widget appearance merged in) lands in its
    line. Layout mode skips text inside form XObjects; when the plain extraction finds more,
    the plain one is used.
    """
    layout = _tidy_layout_page(
        page.extract_text(extraction_mode="layout", layout_mode_strip_rotated=False)
    )
    if _has_form_xobjects(page) or not layout:
        plain = _tidy_pdf_page(page.extract_text() or "")
        if len(_NON_SPACE.findall(layout)) < 0.9 * len(_NON_SPACE.findall(plain)):
            return join_split_syllables(plain)
    return join_split_syllables(layout)


# A syllable cut by the text extraction where a PDF places a vowel with its marks as a glyph
# of its own: after its initial consonants ("ngh ệ", "đ ịnh", "Qu ốc", "TH ẨM": no Vietnamese
# word is consonants alone), or inside a two-vowel nucleus ("hi ện", "thu ộc", "nư ớc", "ho ạt":
# "ện", "ộc", "ớc", "ạt" are no words; "chu ẩn" is read "chuẩn"). A letter alone before "ở"
# ("điểm b ở trên") and a word before a word that opens with such a vowel ("như ở", "thu âm",
# "cho ăn") stay apart.
_INITIALS = (
    "ngh",
    "ng",
    "nh",
    "ch",
    "gh",
    "gi",
    "kh",
    "ph",
    "qu",
    "th",
    "tr",
    *"bcdđghklmnpqrstvx",
)
# the second vowel of the nuclei iê / yê, uô, ươ, uâ, oa / oă / oe, by the vowel before it
_SECOND_VOWEL = {
    "i": "êềếểễệ",
    "y": "êềếểễệ",
    "u": "ôồốổỗộâầấẩẫậ",
    "ư": "ơờớởỡợ",
    "o": "àáảãạăằắẳẵặèéẻẽẹ",
}
_SPLIT_SYLLABLE = re.compile(
    rf"(?<![^\W\d_])(?:(?P<lower>{'|'.join(_INITIALS)}) (?=[{_MARKED_VOWEL}])"
    rf"|(?P<upper>{'|'.join(i.upper() for i in _INITIALS)}) (?=[{_MARKED_VOWEL.upper()}])"
    rf"|(?P<title>{'|'.join(i.capitalize() for i in _INITIALS)}) (?=[{_MARKED_VOWEL}])"
    rf"|(?P<open>(?:{'|'.join(_INITIALS)}|[{''.join(_INITIALS[11:]).upper()}]|"
    rf"{'|'.join(i.capitalize() for i in _INITIALS[:11])})?u?[iyuưo]) "
    rf"(?=[{''.join(_SECOND_VOWEL.values())}]))"
    r"(?P<rest>\w*)"
)
# words that open with a marked vowel, not the rest of a syllable cut before it
_VOWEL_WORDS = frozenset(
    ("ở", "ấy", "ổn", "ước", "ưu", "ông", "ăn", "ảnh", "ủy", "ủng", "ứng", "ấn", "ống", "ạ")
    + ("ồn", "ưa", "ý", "ốc", "ếch", "ẩm", "ướt", "ế", "êm", "ổ", "ốm", "ồ", "ơ", "ơn", "ớt")
    + ("ờ", "ấm", "ầm", "âm", "ân", "ẩu", "ập", "ất", "ấu", "ả", "á", "à", "ắt", "ẵm", "ép", "è")
)


def join_split_syllables(text: str) -> str:
    """``text`` with the spaces that cut syllables removed (:data:`_SPLIT_SYLLABLE`)."""

    def joined(match: re.Match[str]) -> str:
        head = match.group("lower") or match.group("upper") or match.group("title")
        rest = match.group("rest")
        if head is None:  # a cut inside a two-vowel nucleus
            head = match.group("open")
            if rest.lower() in _VOWEL_WORDS or rest[:1] not in _SECOND_VOWEL[head[-1].lower()]:
                return match.group(0)
        elif len(head) == 1 and rest.lower() == "ở":
            return match.group(0)
        elif match.group("upper") and not rest.isupper():
            return match.group(0)  # "45/KH Ủy ban": a code before a word, no word in capitals
        return head + rest

    return _SPLIT_SYLLABLE.sub(joined, text)


def _tidy_layout_page(text: str) -> str:
    """One space between words, no indentation, at most one blank line in a row."""
    lines: list[str] = []
    for raw in text.splitlines():
        line = _PDF_SPACE_RUN.sub(" ", raw).strip()
        if line or (lines and lines[-1]):
            lines.append(line)
    return _PDF_NUMBER_GAP.sub(r"\1", "\n".join(lines).strip("\n"))


def _tidy_pdf_page(text: str) -> str:
    """Collapse runs of spaces: pypdf doubles the gaps of justified lines ("Ủy  ban  nhân")."""
    return _PDF_LINE_END_SPACE.sub("", _PDF_SPACE_RUN.sub(" ", text)).rstrip()


def _has_form_xobjects(page: Any) -> bool:
    resources = page.get("/Resources")
    xobjects = resources.get_object().get("/XObject") if resources is not None else None
    if xobjects is None:
        return False
    return any(x.get_object().get("/Subtype") == "/Form" for x in xobjects.get_object().values())


def _with_widget_appearances(page: Any, number: int) -> Any:
    """A copy of ``page`` with its widgets' normal appearances drawn into its content.

    Signed PDFs carry the number and day in a signature widget's appearance, not in the page
    text. Each appearance form (and the forms it draws, as signature appearances nest them) is
    merged at the place its annotation ``/Rect`` gives, the way a viewer draws it. On any
    problem the page is returned as it is.
    """
    try:
        stamps = list(_widget_forms(page))
        if not stamps:
            return page
        from pypdf import PageObject, PdfReader, PdfWriter, Transformation
        from pypdf.generic import DictionaryObject, NameObject

        box = page.mediabox
        scratch = PdfWriter()
        flat = scratch.add_blank_page(float(box.width) or 1, float(box.height) or 1)
        flat.merge_page(page, expand=False)
        for form, matrix in stamps:
            box = [float(v) for v in form.get("/BBox", (0, 0, 1, 1))]
            stamp = PageObject.create_blank_page(width=box[2] - box[0], height=box[3] - box[1])
            stamp[NameObject("/Contents")] = form
            resources = form.get("/Resources")
            stamp[NameObject("/Resources")] = (
                resources.get_object() if resources is not None else DictionaryObject()
            )
            flat.merge_transformed_page(stamp, Transformation(matrix), over=True, expand=False)
        buffer = io.BytesIO()
        scratch.write(buffer)  # read back: pypdf extracts layout text from reader pages
        return PdfReader(buffer).pages[0]
    except Exception as error:  # a malformed annotation must not lose the page text
        logger.warning("pdf page %d: widget appearances skipped: %s", number, error)
        return page


_Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_HIDDEN_FLAGS = 2 | 32  # Hidden, NoView


def _widget_forms(page: Any) -> Iterator[tuple[Any, _Matrix]]:
    """``(form XObject, matrix to page space)`` for what the page's visible widgets show."""
    annotations = page.get("/Annots")
    annotations = annotations.get_object() if annotations is not None else []
    for reference in list(annotations)[:_MAX_WIDGETS]:
        annotation = reference.get_object()
        if annotation.get("/Subtype") != "/Widget":
            continue
        if int(annotation.get("/F", 0)) & _HIDDEN_FLAGS or "/Rect" not in annotation:
            continue
        appearance = annotation.get("/AP")
        normal = appearance.get_object().get("/N") if appearance is not None else None
        normal = normal.get_object() if normal is not None else None
        if normal is not None and "/Subtype" not in normal:  # states of a check box
            state = annotation.get("/AS")
            normal = normal.get(state).get_object() if state in normal else None
        if normal is None or normal.get("/Subtype") != "/Form":
            continue
        matrix = _multiply(_form_matrix(normal), _fit_to_rect(normal, annotation["/Rect"]))
        yield from _nested_forms(normal, matrix, 0)


def _nested_forms(form: Any, matrix: _Matrix, depth: int) -> Iterator[tuple[Any, _Matrix]]:
    """The form, then the forms its content draws with ``Do`` (own ``cm`` and ``/Matrix``)."""
    from pypdf.generic import ContentStream

    yield form, matrix
    if depth >= _MAX_FORM_DEPTH:
        return
    resources = form.get("/Resources")
    xobjects = resources.get_object().get("/XObject") if resources is not None else None
    if xobjects is None:
        return
    xobjects = xobjects.get_object()
    stack: list[_Matrix] = []
    current = _IDENTITY
    for operands, operator in ContentStream(form, None).operations:
        if operator == b"q":
            stack.append(current)
        elif operator == b"Q" and stack:
            current = stack.pop()
        elif operator == b"cm" and len(operands) == 6:
            current = _multiply(tuple(float(v) for v in operands), current)  # type: ignore[arg-type]
        elif operator == b"Do" and operands and operands[0] in xobjects:
            inner = xobjects[operands[0]].get_object()
            if inner.get("/Subtype") == "/Form":
                inner_matrix = _multiply(_form_matrix(inner), _multiply(current, matrix))
                yield from _nested_forms(inner, inner_matrix, depth + 1)


def _form_matrix(form: Any) -> _Matrix:
    values = form.get("/Matrix")
    if values is None or len(values) != 6:
        return _IDENTITY
    return tuple(float(v) for v in values)  # type: ignore[return-value]


def _fit_to_rect(form: Any, rect: Any) -> _Matrix:
    """The matrix mapping the form's transformed bounding box onto the annotation rectangle
    (PDF 32000-1 12.5.5, "Appearance streams")."""
    x0, y0, x1, y1 = (float(v) for v in rect)
    box = [float(v) for v in form.get("/BBox", (0, 0, 1, 1))]
    a, b, c, d, e, f = _form_matrix(form)
    corners = [(x, y) for x in (box[0], box[2]) for y in (box[1], box[3])]
    xs = [a * x + c * y + e for x, y in corners]
    ys = [b * x + d * y + f for x, y in corners]
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    sx = abs(x1 - x0) / width if width else 1.0
    sy = abs(y1 - y0) / height if height else 1.0
    return (sx, 0.0, 0.0, sy, min(x0, x1) - min(xs) * sx, min(y0, y1) - min(ys) * sy)


def _multiply(m: _Matrix, n: _Matrix) -> _Matrix:
    """``m`` then ``n`` (PDF row-vector convention: ``m × n``)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (
        a * p + b * r,
        a * q + b * s,
        c * p + d * r,
        c * q + d * s,
        e * p + f * r + t,
        e * q + f * s + u,
    )


@contextmanager
def _pdf_limits(limits: ReadLimits) -> Iterator[None]:
    """pypdf's own resource limits, lowered to ours for one read."""
    from pypdf import apply_configuration

    size = limits.max_pdf_stream_bytes
    with apply_configuration(
        maximum_declared_stream_length=size,
        array_based_stream_maximum_output_length=size,
        lzw_maximum_output_length=size,
        run_length_maximum_output_length=size,
        zlib_maximum_output_length=size,
        brotli_maximum_output_length=size,
    ):
        yield


def _decrypt_pdf(reader: Any) -> None:
    """Open a PDF encrypted with an empty user password (common for "no copy" PDFs)."""
    try:
        opened = reader.decrypt("")
    except Exception as error:  # pypdf's DependencyError when AES support is missing, ...
        raise _Reject(f"encrypted PDF, cannot decrypt: {_one_line(error)}") from None
    if not opened:
        raise _Reject("encrypted PDF (password required)")


# --- html ----------------------------------------------------------------------------------

_HTML_SKIP = frozenset({"script", "style", "noscript", "template", "head", "title", "iframe"})
_HTML_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
        "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend",
        "li", "main", "menu", "nav", "ol", "p", "section", "summary", "tr", "ul",
    }
)  # fmt: skip
_HTML_SPACE = re.compile(r"[ \t\n\r\f\xa0]+")
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
# "<!DOCTYPE html [<!ENTITY ...>]>": billion-laughs material; web pages have no internal subset.
_INTERNAL_DTD = re.compile(r"<!DOCTYPE[^>\[]*\[", re.IGNORECASE)
_PROLOG_CHARS = 4096


def _read_html(data: bytes, max_nesting: int) -> DocumentText:
    from bs4 import BeautifulSoup, Tag

    text, encoding, warnings = _decode_html(data)
    if _INTERNAL_DTD.search(text, 0, _PROLOG_CHARS):
        raise _Reject("declares entities in a DTD (not read in .html)")
    try:
        # lxml's HTML parser: no DTD or external entity is loaded, nothing from the network.
        soup = BeautifulSoup(text, "lxml")
    except Exception as error:
        raise _Reject(f"corrupt .html: {_one_line(error)}") from None
    if nests_deeper(soup, lambda t: (c for c in t.contents if isinstance(c, Tag)), max_nesting):
        raise _Reject(_too_deep(max_nesting))  # the walk below recurses per level
    collector = _HtmlText()
    collector.walk(soup)
    result = collector.finish()
    if not result.strip():
        raise _Reject("no visible text in document")
    return DocumentText(result, "html", encoding, (0,), warnings)


class _HtmlText:
    """Visible text of a parsed page, the way a browser lays out blocks.

    Hand-written because ``get_text`` has no notion of blocks or table rows: blocks are joined
    by blank lines, ``<br>`` ends a line, whitespace collapses as in rendering (``<pre>`` keeps
    it), and a table row becomes one tab-separated line.
    """

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.lines: list[str] = []
        self.inline: list[str] = []

    def end_line(self) -> None:
        line = _HTML_SPACE.sub(" ", "".join(self.inline)).strip()
        if line:
            self.lines.append(line)
        self.inline.clear()

    def end_block(self) -> None:
        self.end_line()
        if self.lines:
            self.blocks.append("\n".join(self.lines))
        self.lines.clear()

    def finish(self) -> str:
        self.end_block()
        return "\n\n".join(self.blocks)

    def walk(self, node: Any) -> None:
        from bs4.element import (
            NavigableString,
            PreformattedString,
            Script,
            Stylesheet,
            Tag,
            TemplateString,
        )

        for child in node.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, PreformattedString | Script | Stylesheet | TemplateString):
                    self.inline.append(str(child))
                continue
            if not isinstance(child, Tag) or _html_hidden(child):
                continue
            name = child.name.lower()
            if name in _HTML_SKIP:
                continue
            if name == "br":
                self.end_line()
            elif name == "table":
                self.end_block()
                self._table(child)
            elif name == "pre":
                self.end_block()
                lines = [line.rstrip() for line in child.get_text().split("\n")]
                self.blocks.append("\n".join(lines).strip("\n"))
            elif name in _HTML_BLOCKS:
                self.end_block()
                self.walk(child)
                self.end_block()
            else:
                self.walk(child)

    def _table(self, table: Any) -> None:
        caption = table.find("caption", recursive=False)
        if caption is not None and not _html_hidden(caption):
            self.walk_block(caption)
        rows = [tr for tr in _own_rows(table) if not _html_hidden(tr)]
        lines = []
        spans: dict[int, int] = {}  # grid column -> rows below still covered by a rowspan
        for tr in rows:
            covered = set(spans)
            below: dict[int, int] = {}
            cells: list[str] = []
            for cell in tr.find_all(["td", "th"], recursive=False):
                while len(cells) in covered:
                    cells.append("")
                first = len(cells)
                colspan = _html_span(cell.get("colspan"))
                rowspan = _html_span(cell.get("rowspan"))
                if rowspan > 1:
                    below.update(dict.fromkeys(range(first, first + colspan), rowspan - 1))
                cells.append("" if _html_hidden(cell) else _html_cell_text(cell))
                cells.extend([""] * (colspan - 1))
            while covered and len(cells) <= max(covered):
                cells.append("")
            spans = {column: left - 1 for column, left in spans.items() if left > 1}
            spans.update(below)
            if any(cells):
                lines.append("\t".join(cells))
        if lines:
            self.blocks.append("\n".join(lines))

    def walk_block(self, node: Any) -> None:
        self.end_block()
        self.walk(node)
        self.end_block()


def _own_rows(table: Any) -> Iterator[Any]:
    """The ``tr`` elements of ``table``, in order, not those of tables nested in it."""
    from bs4 import Tag

    stack = [c for c in reversed(table.contents) if isinstance(c, Tag)]
    while stack:
        node = stack.pop()
        if node.name == "table":
            continue
        if node.name == "tr":
            yield node
        stack.extend(c for c in reversed(node.contents) if isinstance(c, Tag))


def _too_deep(limit: int) -> str:
    return f"elements nested more than {limit} levels deep"


def _html_cell_text(cell: Any) -> str:
    collector = _HtmlText()
    collector.walk(cell)
    return _SPACES.sub(" ", collector.finish()).strip()


def _html_span(value: Any) -> int:
    try:
        return min(max(int(str(value).strip()), 1), 1000)
    except (TypeError, ValueError):
        return 1


def _html_hidden(tag: Any) -> bool:
    attrs = getattr(tag, "attrs", None) or {}
    return "hidden" in attrs or bool(_DISPLAY_NONE.search(str(attrs.get("style", ""))))


def _one_line(error: BaseException) -> str:
    message = " ".join(str(error).split()) or type(error).__name__
    return message[:200]
