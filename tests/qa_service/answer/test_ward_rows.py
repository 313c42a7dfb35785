"""A table row of a ward the gazetteer does not know, in a crawled table whose empty column
makes two bars meet inside each row: the ward's name, named only in the text, ranks its row
("Lệ phí trước bạ ... phường Cửa Nam": the row "Phường Cửa Nam | 99 | 1", not the ward above)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

ROWS = (
    ("Phường Bến Sông", "89", "11"),
    ("Phường Cửa Nam", "99", "1"),
    ("Phường Đồi Thông", "74", "26"),
)


def _resolution() -> str:
    head = """HỘI ĐỒNG NHÂN DÂN
THÀNH PHỐ HÀ NỘI

Số: 48/2025/NQ-HĐND

Hà Nội, ngày 26 tháng 11 năm 2025

NGHỊ QUYẾT

Quy định tỷ lệ phần trăm phân chia các khoản thu giữa các cấp ngân sách

Điều 1. Tỷ lệ phân chia các khoản thu theo Phụ lục kèm theo.

"""
    cells = ["**STT**", "**Nội dung**", "**NS Trung ương (%)**", "**NS Thành phố (%)**"]
    cells += ["**NS xã (%)**"]
    lines = ["|"]
    for cell in cells:
        lines += [cell, "|"]
    lines += ["|", "**1**", "|", "**Lệ phí trước bạ xe máy, ô tô trên địa bàn các phường**"]
    lines += ["|", "|", "|", "|"]
    for ward, city, commune in ROWS:  # | | ward | | city | commune |
        lines += ["|", "|", ward, "|", "|", city, "|", commune, "|"]
    return (
        head
        + "\n".join(lines)
        + "\n\nĐiều 2. Nghị quyết có hiệu lực từ ngày 01 tháng 01 năm 2026.\n"
    )


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("ward-rows")
    opened = answerer_over(root, {"nq-48.md": _resolution()}, lexical_only=True)
    yield opened
    opened.close()


@pytest.mark.parametrize(("ward", "city"), [(w, c) for w, c, _ in ROWS])
def test_the_row_of_the_named_ward_answers(answerer: Answerer, ward: str, city: str) -> None:
    result = answerer.ask(
        f"Lệ phí trước bạ xe máy, ô tô trên địa bàn {ward.replace('Phường', 'phường')} "
        "thì ngân sách thành phố được hưởng bao nhiêu %?"
    )
    assert result.found, result
    assert result.sources[0].quote.startswith(ward), result
    assert city in (result.answer or ""), result
