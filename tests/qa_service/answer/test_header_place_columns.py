"""A row's value cell read under the header cell at the same place ("| Phường An Bình | | 89 |
11 |" under "STT | Nội dung | NS Trung ương (%) | NS Thành phố (%) | NS xã (%) | Ghi chú", a
column left empty): the question names the column in full ("ngân sách xã") past the lead word
its header names share ("NS"), and the answer is that cell alone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.evidence import direct_share, named_row_context_share
from qa_service.answer.extractors import _distinct_names, value_unit
from tests.qa_service.small_index import answerer_over

RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
THÀNH PHỐ THỬ NGHIỆM

Số: 41/2025/NQ-HĐND

Thử Nghiệm, ngày 05 tháng 12 năm 2025

NGHỊ QUYẾT

Quy định tỷ lệ phần trăm phân chia nguồn thu giữa các cấp ngân sách

Điều 1. Tỷ lệ phần trăm phân chia nguồn thu theo Phụ lục kèm theo Nghị quyết này.

Điều 2. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026.

**PHỤ LỤC**

|
**STT**
|
**Nội dung**
|
**NS Trung ương
(%)**
|
**NS Thành phố
(%)**
|
**NS xã (%)**
|
**Ghi chú**
|
|
**1**
|
**Lệ phí môn bài trên địa bàn các phường**
|
** **
|
** **
|
** **
|
** **
|
|
|
Phường An Bình
|
|
89
|
11
|
|
|
|
Phường Hòa Lạc
|
|
74
|
26
|
|
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("header-place-columns")
    opened = answerer_over(root, {"nghi-quyet-41.md": RESOLUTION}, lexical_only=True)
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "value", "other"),
    [
        ("Phường An Bình: ngân sách xã được hưởng bao nhiêu % lệ phí môn bài?", "11", "89"),
        ("le phi mon bai phuong Hoa Lac ngan sach thanh pho huong bao nhieu %", "74", "26"),
        (
            # a long question: the row's label is a small share of it, its table's header and
            # group row ("Lệ phí môn bài trên địa bàn các phường") write the rest
            "Theo nghị quyết quy định tỷ lệ phần trăm phân chia nguồn thu giữa các cấp ngân "
            "sách, lệ phí môn bài trên địa bàn các phường thì phường Hòa Lạc được hưởng tỷ lệ "
            "ngân sách xã là bao nhiêu phần trăm?",
            "26",
            "74",
        ),
    ],
)
def test_the_column_at_the_cells_place_gives_its_cell(
    answerer: Answerer, question: str, value: str, other: str
) -> None:
    result = answerer.ask(question)
    assert result.found, result
    assert value in result.answer and other not in result.answer
    first = result.sources[0]
    assert answerer.texts[first.doc_id][first.start : first.end] == first.quote


def test_shared_lead_words_and_measures_leave_the_names() -> None:
    names = ["ns trung uong (%)", "ns thanh pho (%)", "ns xa (%)"]
    assert _distinct_names(names) == ["trung uong", "thanh pho", "xa"]
    assert _distinct_names(["thanh pho", "xa"]) == ["thanh pho", "xa"]


def test_a_bold_value_counts_the_word_after_its_marks() -> None:
    text = "Công bố **20** thủ tục hành chính"
    assert value_unit(text, text.index("20"), text.index("20") + 2) == "thu"


def test_a_named_row_reads_its_header_and_group_rows_as_its_own(answerer: Answerer) -> None:
    question = (
        "Lệ phí môn bài trên địa bàn các phường thì phường Hòa Lạc được hưởng tỷ lệ ngân sách "
        "xã là bao nhiêu phần trăm?"
    )
    _route, q, _hits, scored = answerer._ranked(question, None, {})
    rows = {c.unit.text.split(" | ")[0]: c.unit for c in scored if c.unit.kind == "row"}
    named, sibling = rows["Phường Hòa Lạc"], rows["Phường An Bình"]
    # "lệ phí môn bài", "ngân sách" are written by the header and group rows, not the row
    assert named_row_context_share(q, named) > direct_share(q, named)
    assert named_row_context_share(q, sibling) == 0.0
