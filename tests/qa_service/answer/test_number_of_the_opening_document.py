"""A question opening with the document it describes and asking its number last ("Kế hoạch ...
do UBND tỉnh X ban hành có số hiệu là gì?") asks that document's own number: a decision of
another kind the collection cites (the one that issued a national plan of the same subject) is
no answer. The documents are written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.gazetteer import plain
from qa_service.answer.verify import (
    opening_kind_numbered,
)
from qa_service.routing import fold
from tests.qa_service.small_index import served_answerer_over


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        (
            "Kế hoạch phát động thi đua chào mừng Đại hội do UBND tỉnh Sơn La ban hành có số hiệu"
            " là gì?",
            "ke hoach",
        ),
        ("Nghị quyết về chính sách hỗ trợ nghệ nhân mang số hiệu nào?", "nghi quyet"),
        ("Kế hoạch cải cách hành chính năm 2026 của tỉnh Sơn La số mấy?", "ke hoach"),
        # another document named between: it may be the one numbered
        ("Kế hoạch triển khai Quyết định 12 có số hiệu là gì?", None),
        ("Quyết định nào ban hành kế hoạch cải cách hành chính?", None),
        # named by its number: the number asked is another document's
        ("Nghị quyết 393/NQ-CP được ban hành theo đề nghị tại văn bản số mấy?", None),
        ("Nghị quyết được ban hành theo đề nghị tại văn bản số mấy?", None),
    ],
)
def test_the_kind_of_the_document_whose_number_is_asked(question: str, kind: str | None) -> None:
    assert opening_kind_numbered(plain(fold(question))) == kind


_LETTER = """|
**ỦY BAN NHÂN DÂN**
**TỈNH SƠN LA**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 4410/UBND-KGVX
V/v triển khai đợt thi đua chào mừng Đại hội
|
*Sơn La, ngày 12 tháng 11 năm 2025*
|
**Kính gửi:** Các sở, ban, ngành tỉnh.

Thực hiện Quyết định số 2437/QĐ-TTg ngày 04/11/2025 của Thủ tướng Chính phủ ban hành Kế hoạch
triển khai đợt thi đua lập thành tích chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của
Đảng, Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành tổ chức phát động thi đua chào mừng Đại
hội tại cơ quan, đơn vị.
|
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Cầm Văn Hùng**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = served_answerer_over(
        tmp_path_factory.mktemp("number-of-the-opening-document"), {"cv-4410.md": _LETTER}
    )
    yield opened
    opened.close()


def test_a_plan_the_collection_does_not_hold_is_not_answered_by_a_decision(
    answerer: Answerer,
) -> None:
    result = answerer.ask(
        "Kế hoạch phát động đợt thi đua chào mừng Đại hội XIV của Đảng do UBND tỉnh Sơn La ban"
        " hành có số hiệu là gì?"
    )
    assert not result.found, result.answer
