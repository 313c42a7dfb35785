"""A document's own date when its header has no date line: the date its text gives its own
number ("Kèm theo Nghị định số ... ngày ..."). The documents are written here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.own_document import same_body
from tests.qa_service.small_index import answerer_over

_DECREE = """CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: {number}/2025/NĐ-CP |

**NGHỊ ĐỊNH**

**Quy định về {subject}**

*Chính phủ ban hành Nghị định quy định về {subject}.*

**Điều 1. Phạm vi điều chỉnh**

Nghị định này quy định về {subject} trên địa bàn cả nước.

**Điều 2. Hiệu lực thi hành**

Nghị định này có hiệu lực thi hành kể từ ngày ký.

**Phụ lục**

*(Kèm theo Nghị định số {number}/2025/NĐ-CP {dated}của Chính phủ)*

Mẫu số 01. Tờ khai {subject}.
"""

DECREES = {
    "nd-412.md": dict(number="412", subject="quản lý kho lưu trữ điện tử",
                      dated="ngày 14 tháng 8 năm 2025 "),
    "nd-413.md": dict(number="413", subject="bảo quản tài liệu giấy", dated=""),
}  # fmt: skip


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("decrees")
    documents = {name: _DECREE.format(**fields) for name, fields in DECREES.items()}
    opened = answerer_over(root, documents, lexical_only=True)
    yield opened
    opened.close()


def test_the_date_the_text_gives_the_documents_own_number(answerer: Answerer) -> None:
    assert not any(row.meta.date for row in answerer.documents.values())  # no date line
    result = answerer.ask("Nghị định 412/2025/NĐ-CP được ban hành ngày nào?")
    assert result.found and result.answer == "ngày 14 tháng 8 năm 2025"
    source = result.sources[0]
    assert "Kèm theo Nghị định số 412/2025/NĐ-CP" in source.quote


def test_no_date_stands_in_when_the_text_dates_its_number_nowhere(answerer: Answerer) -> None:
    result = answerer.ask("Nghị định 413/2025/NĐ-CP được ban hành ngày nào?")
    assert not result.found


@pytest.mark.parametrize(
    ("named", "issuer", "same"),
    [
        ("cuc hq", "cuc hai quan", True),
        ("cuc hai quan", "cuc hai quan", True),
        ("so gd&dt", "so giao duc va dao tao", False),  # no initials of words in order
        ("cuc thue", "cuc hai quan", False),
        ("cuc hq", "cuc thue", False),
    ],
)
def test_a_body_named_by_initials(named: str, issuer: str, same: bool) -> None:
    assert same_body(named, issuer) is same
