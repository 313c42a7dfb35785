"""The term or sitting a question names ("HĐND khóa XV", "kỳ họp thứ 30"): a document passed by
another ("khóa XIX, kỳ họp thứ 35") answers nothing of it; an ordinal asked ("kỳ họp thứ bao
nhiêu") is no sum of money, whatever sum the subject names. The documents are written here,
never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.verify import (
    _editions,
    asks_money,
)
from tests.qa_service.small_index import answerer_over

_RESOLUTION = """|
**HỘI ĐỒNG NHÂN DÂN**
**TỈNH PHÚ THỌ**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 45/2025/NQ-HĐND
|
*Phú Thọ, ngày 10 tháng 12 năm 2025*
|

**NGHỊ QUYẾT**
**QUY ĐỊNH MỨC CHI HỖ TRỢ HUẤN LUYỆN VIÊN, VẬN ĐỘNG VIÊN THỂ THAO TỈNH PHÚ THỌ**

*Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*

**Điều 1. Phạm vi điều chỉnh**

Nghị quyết này quy định mức chi hỗ trợ huấn luyện viên, vận động viên thể thao của tỉnh.

**Điều 2. Mức chi**

Hỗ trợ huấn luyện viên đội tuyển tỉnh: 250.000 đồng/người/ngày.

**Điều 3. Tổ chức thực hiện**

Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.

*Nghị quyết này đã được Hội đồng nhân dân tỉnh Phú Thọ khóa XIX, kỳ họp thứ 35 thông qua
ngày 10 tháng 12 năm 2025 và có hiệu lực từ ngày 20 tháng 12 năm 2025./.*
"""

DOCUMENTS = {"nq-45-2025-phu-tho.md": _RESOLUTION}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("edition-frames")
    opened = answerer_over(root, DOCUMENTS, lexical_only=True)
    yield opened
    opened.close()


_ASKED = "Nghị quyết về mức chi hỗ trợ huấn luyện viên thể thao tỉnh Phú Thọ được HĐND tỉnh"


def test_the_term_the_document_states_is_answered(answerer: Answerer) -> None:
    result = answerer.ask(f"{_ASKED} khóa XIX thông qua tại kỳ họp thứ mấy?")
    assert result.found and "35" in (result.answer or "")


def test_another_term_is_refused(answerer: Answerer) -> None:
    assert not answerer.ask(f"{_ASKED} khóa XVIII thông qua tại kỳ họp thứ mấy?").found
    assert not answerer.ask(f"{_ASKED} khoa XX thong qua tai ky hop thu may?").found


def test_another_sitting_is_refused(answerer: Answerer) -> None:
    assert not answerer.ask(f"{_ASKED} thông qua tại kỳ họp thứ 30 vào ngày nào?").found
    passed = answerer.ask(f"{_ASKED} thông qua tại kỳ họp thứ 35 vào ngày nào?")
    assert passed.found and "10 tháng 12 năm 2025" in (passed.answer or "")


def test_an_edition_the_document_does_not_write_in_its_kind_is_no_refusal(
    answerer: Answerer,
) -> None:
    # the resolution writes its term and sitting, no "lần thứ": a question naming one may name
    # the same act otherwise, so it is answered
    asked = "Mức chi hỗ trợ huấn luyện viên đội tuyển tỉnh Phú Thọ"
    result = answerer.ask(f"{asked} sửa đổi lần thứ 2 là bao nhiêu?")
    assert result.found and "250.000" in (result.answer or "")


def test_an_ordinal_is_no_sum_of_money(answerer: Answerer) -> None:
    result = answerer.ask(f"{_ASKED} khóa XIX thông qua tại kỳ họp thứ bao nhiêu?")
    assert result.found and "35" in (result.answer or "")
    assert not asks_money("muc chi ho tro duoc thong qua tai ky hop thu bao nhieu?")
    assert asks_money("muc chi ho tro huan luyen vien la bao nhieu?")


@pytest.mark.parametrize(
    ("folded", "editions"),
    [
        ("hdnd khoa xv thong qua tai ky hop thu may", {("khoa", 15)}),
        ("khoa xvi, ky hop thu 28 thong qua", {("khoa", 16), ("ky hop", 28)}),
        ("khoa xix, ky hop 35 thong qua", {("khoa", 19), ("ky hop", 35)}),
        ("khoa **xvi**, ky hop thu ** 28** thong qua", {("khoa", 16), ("ky hop", 28)}),
        ("phien hop thu hai cua ban chi dao", {("phien hop", 2)}),
        ("ke khai lan thu 2", {("lan", 2)}),
        # a count, a year, a field of study: no edition
        ("kiem tra lan 2 trong nam", set()),
        ("tai ky hop nam 2025", set()),
        ("linh vuc khoa hoc va cong nghe", set()),
    ],
)
def test_editions_read(folded: str, editions: set[tuple[str, int]]) -> None:
    assert _editions(folded) == editions
