"""A name the question types with its marks ("Sở Nội vụ") must be the document's own words,
not other words that fold the same ("một số nội dung" folds to "mot so noi dung", which holds
"so noi"): a list of another department's procedures does not answer for it. The documents
are written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

FINANCE = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 3851/QĐ-UBND

*Thử Nghiệm, ngày 26 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

Ban hành danh mục thủ tục hành chính thực hiện không phụ thuộc vào địa giới hành chính thuộc \
phạm vi chức năng quản lý của Sở Tài chính

*Căn cứ Thông tư số 03/2025/TT-VPCP hướng dẫn thi hành một số nội dung của Nghị định số \
118/2025/NĐ-CP;*

**Điều 1.** Ban hành kèm theo Quyết định này Danh mục 71 thủ tục hành chính thực hiện không \
phụ thuộc vào địa giới hành chính thuộc phạm vi chức năng quản lý của Sở Tài chính.

**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày ký.

**CHỦ TỊCH**

**Lê Văn Thử**
"""

HOME_AFFAIRS = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 3783/QĐ-UBND

*Thử Nghiệm, ngày 20 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

Ban hành danh mục thủ tục hành chính thực hiện không phụ thuộc vào địa giới hành chính thuộc \
phạm vi chức năng quản lý của Sở Nội vụ

**Điều 1.** Ban hành kèm theo Quyết định này Danh mục 55 thủ tục hành chính thực hiện không \
phụ thuộc vào địa giới hành chính thuộc phạm vi chức năng quản lý của Sở Nội vụ.

**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày ký.

**CHỦ TỊCH**

**Lê Văn Thử**
"""

QUESTION = (
    "Danh mục thủ tục hành chính không phụ thuộc vào địa giới hành chính thuộc phạm vi quản lý "
    "của Sở Nội vụ gồm bao nhiêu thủ tục?"
)


@pytest.fixture(scope="module")
def finance_only(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("names-typed-one"), {"so-tai-chinh.md": FINANCE}, lexical_only=True
    )
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("names-typed-both"),
        {"so-tai-chinh.md": FINANCE, "so-noi-vu.md": HOME_AFFAIRS},
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_a_name_folded_out_of_other_words_is_not_written(finance_only: Answerer) -> None:
    result = finance_only.ask(QUESTION)
    assert not result.found, result.answer


def test_the_document_writing_the_name_answers(both: Answerer) -> None:
    result = both.ask(QUESTION)
    assert result.found and result.answer is not None
    assert "55" in result.answer and "71" not in result.answer


def test_a_name_typed_bare_is_judged_folded(finance_only: Answerer) -> None:
    """Typed without marks, "So Noi" cannot be told from "số nội": the folded check alone."""
    bare = (
        "Danh muc thu tuc hanh chinh khong phu thuoc vao dia gioi hanh chinh thuoc pham vi quan "
        "ly cua So Tai chinh gom bao nhieu thu tuc?"
    )
    result = finance_only.ask(bare)
    assert result.found and result.answer is not None and "71" in result.answer
