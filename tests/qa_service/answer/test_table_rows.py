"""A value asked of one row of a table: the row the question names answers, not a sentence
that holds more of the question's general words, nor a sibling row."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.store import IndexReader
from qa_service.answer import Answerer

# A resolution as crawled from the web: its table laid out one cell a line, a second header
# row naming the budgets, and sentences above it that repeat the table's subject.
RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 12/2025/NQ-HĐND

Thử Nghiệm, ngày 10 tháng 12 năm 2025

NGHỊ QUYẾT

Quy định tỷ lệ vốn đối ứng của ngân sách địa phương thực hiện Chương trình giảm nghèo

Căn cứ Quyết định số 02/2022/QĐ-TTg quy định nguyên tắc, tiêu chí, định mức phân bổ vốn \
ngân sách trung ương và tỷ lệ vốn đối ứng của ngân sách địa phương thực hiện Chương trình \
mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025;

Điều 1. Sửa đổi khoản 2 Điều 12 về tỷ lệ vốn đối ứng của ngân sách địa phương thực hiện \
Chương trình mục tiêu quốc gia giảm nghèo bền vững.

a) Tỷ lệ vốn đối ứng của ngân sách địa phương (tỉnh, xã) theo Bảng sau:

|
**TT**
|
**Địa phương**
|
**Tỷ lệ vốn đối ứng ngân sách địa phương (%)**
|
**Ghi chú**
|
|
**Tỉnh**
|
**Xã**
|
|
|
1
|
Xã Bình An
|
80
|
20
|
Áp dụng trên địa bàn các xã miền núi.
|
|
2
|
Xã Bình Minh
|
65
|
35
|
Áp dụng trên địa bàn các xã đồng bằng.
|
|
3
|
Phường Đông Hải
|
30
|
70
|
Áp dụng trên địa bàn các phường.
|

Điều 2. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    from indexer.pipeline import build_index

    root = tmp_path_factory.mktemp("rows")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "nghi-quyet-12.md").write_text(RESOLUTION, encoding="utf-8")
    build_index([corpus], root / "index", lexical_only=True, progress=False)
    opened = Answerer(IndexReader.open(root / "index"))  # lexical evidence only
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "row", "value"),
    [
        ("Tỷ lệ vốn đối ứng của ngân sách tỉnh cho xã Bình An trong chương trình giảm nghèo "
         "bền vững là bao nhiêu phần trăm?", "Xã Bình An", "80"),
        ("ty le von doi ung ngan sach dia phuong cua xa Binh Minh la bao nhieu phan tram",
         "Xã Bình Minh", "65"),
        ("Tỷ lệ vốn đối ứng ngân sách địa phương của phường Đông Hải là bao nhiêu?",
         "Phường Đông Hải", "30"),
    ],
)  # fmt: skip
def test_the_row_the_question_names_answers(
    answerer: Answerer, question: str, row: str, value: str
) -> None:
    result = answerer.ask(question)
    assert result.found, result
    assert result.answer.startswith(row) and value in result.answer.split(":")[1].split()
    text = answerer.texts[result.sources[0].doc_id]
    first = result.sources[0]
    assert text[first.start : first.end] == first.quote and row in first.quote


def test_a_place_the_documents_only_mention_tells_the_row(answerer: Answerer) -> None:
    # "phường Đông Hải" is a ward the resolution lists, no document is of it: its name is a
    # word of the question (the row's label), not only a scope
    from qa_service.answer.question import analyse
    from qa_service.routing import route_question

    question = (
        "Theo nghị quyết của Hội đồng nhân dân tỉnh Thử Nghiệm về giảm nghèo bền vững, ngân "
        "sách xã phải đối ứng bao nhiêu phần trăm đối với phường Đông Hải?"
    )
    q = analyse(answerer.corpus, route_question(question), None)
    assert {"đông", "hải"} <= set(q.weights)
    assert not {"thử", "nghiệm"} & set(q.weights)  # the province's own documents: a scope
    result = answerer.ask(question)
    assert result.found, result
    assert "Phường Đông Hải" in result.sources[0].quote and "70" in result.answer.split()


def test_clause_and_article_numbers_are_no_figures(answerer: Answerer) -> None:
    # the sentences naming "khoản 2 Điều 12" and "giai đoạn 2021 - 2025" hold no figure
    result = answerer.ask("Tỷ lệ vốn đối ứng của ngân sách địa phương là bao nhiêu?")
    assert not result.found or not {"2", "12", "2021"} & set(result.answer.split())


@pytest.mark.parametrize("asked", ["Nghị quyết 12/2025", "NQ 12/2025", "nghi quyet so 12"])
def test_a_number_without_its_symbol_names_the_resolution(answerer: Answerer, asked: str) -> None:
    from qa_service.answer.question import analyse
    from qa_service.routing import route_question

    q = analyse(answerer.corpus, route_question(f"Theo {asked}, tỷ lệ của xã Bình An?"), None)
    assert q.own_doc is not None
    assert answerer.documents[q.own_doc].meta.number == "12/2025/NQ-HĐND"
    assert 2025 not in q.route.years  # the year is the number's, no constraint on the evidence


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "khoản",
                "Khoản",
                "điều",
                "ĐIỀU",
                "điểm",
                "mục",
                "danh mục",
                "Danh ",
                "chương",
                "phụ lục",
                "tiết",
                "xkhoản",
                "lục",
                " ",
                "  ",
                "\n",
                "\t",
                "\u00a0",
                "3",
                "12",
                ",",
                ".",
                "a",
                "(",
                "đ",
            ]
        ),  # fmt: skip
        max_size=14,
    ),
    st.integers(min_value=0, max_value=60),
)
def test_the_reference_check_reads_only_the_end_of_the_text_before_a_number(
    parts: list[str], cut: int
) -> None:
    """A part's number ("khoản 2", "Phụ lục 3") is found by the word before its blanks, the
    same as the search from the start of the text."""
    from qa_service.answer.extractors import _REFERENCE_BEFORE, _reference_before

    text = "".join(parts) + "5 hồ sơ"
    at = min(cut, len(text))
    expected = _REFERENCE_BEFORE.search(text, 0, at) is not None
    assert _reference_before(text, at) == expected
