"""The kind of value a question asks: a sum for a fee, a count written in words, a row's value
cell set apart after an empty cell, no value in a table's header row, a place's name written
with its capital, the kind of value named as the subject ("về tỷ lệ ...")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import (
    _counts_in_words,
    _group_total,
    _names_place,
    _numbering_header,
)
from qa_service.answer.verify import (
    subject_phrases,
)
from qa_service.routing import fold, route_question
from tests.qa_service.small_index import answerer_over

DECISION = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 88/QĐ-UBND

Thử Nghiệm, ngày 02 tháng 12 năm 2025

QUYẾT ĐỊNH

Công bố danh mục thủ tục hành chính lĩnh vực chứng thực

Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.

|
**STT**
|
**Tên thủ tục hành chính**
|
**Thời hạn giải quyết**
|
**Phí, lệ phí**
|
|
1
|
Chứng thực di chúc
|
Không quá 02 (hai) ngày làm việc, kể từ ngày nhận đủ hồ sơ yêu cầu chứng thực hoặc có thể
kéo dài hơn theo thỏa thuận bằng văn bản với người yêu cầu chứng thực
|
Phí: 50.000 đồng/di chúc
|

Điều 2. Tại mỗi xã, phường bố trí tối thiểu một trạm BTS kiên cố, chịu được thiên tai cấp độ 4.

Điều 3. Sở, ngành quyết định bán tài sản cố định (trừ tài sản có nguyên giá theo sổ kế toán \
dưới 250 triệu đồng/01 đơn vị tài sản, tài sản có giá trị đánh giá lại dưới 50 triệu đồng/01 \
đơn vị tài sản).

Điều 4. Định mức chi hỗ trợ tổ chức đảng như sau:

|
**TT**
|
**Nội dung**
|
**Chế độ chi cấp trên**
|
**Chế độ chi đặc thù**
|
|
**I**
|
**Chế độ chi hỗ trợ tổ chức đảng trong doanh nghiệp ngoài khu vực Nhà nước**
|
|
1
|
Chi hỗ trợ thành lập mới tổ chức đảng trong doanh nghiệp ngoài khu vực Nhà nước
|
|
20.000.000 đồng/1
tổ chức đảng thành lập mới
|
|
2
|
Chi hỗ trợ kinh phí hoạt động thường xuyên của chi bộ
|
|
3.000.000 đồng/chi bộ/năm
|

Điều 5. Các tuyến đê được quản lý như sau:

|
**STT**
|
**Xã**
|
**Chiều dài**
*19,500*
|
**Cấp**
|
|
1
|
Xã Văn Lang
|
12,500
|
IV
|

Điều 6. Chiều dài đê theo từng xã như sau:

|
**STT**
|
**Xã**
|
**Tuyến đê**
|
**Lý trình**
|
**Chiều dài (km)**
|
**Cấp đê**
|
|
1
|
Xã Nghiệm Đông
|
Hữu Thao
|
K9+200 - K21+700
|
12,500
|
IV
|
|
|
Tả Ngòi Lao
|
K0+000 - K2+300
|
2,300
|
IV
|
|
|
*Tổng*
|
*14,800*
|
|
|
|
2
|
Xã Nghiệm Tây
|
Hữu Lô
|
K0+000 - K8+120
|
8,120
|
IV
|
|
3
|
Xã Nghiệm Nam
|
Tả Lô
|
K0+000 - K4+000
|
4,000
|
IV
|
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("value-kind")
    opened = answerer_over(root, {"quyet-dinh-88.md": DECISION}, lexical_only=True)
    yield opened
    opened.close()


def test_a_fee_asked_is_a_sum_not_the_time_limit_of_its_row(answerer: Answerer) -> None:
    result = answerer.ask("Phí chứng thực di chúc là bao nhiêu?")
    assert result.found, result
    assert "50.000 đồng" in result.answer and "Không quá 02" not in result.answer


def test_a_count_written_in_words_answers_how_many(answerer: Answerer) -> None:
    result = answerer.ask("Mỗi xã, phường phải bố trí ít nhất bao nhiêu trạm BTS kiên cố?")
    assert result.found, result
    assert "một trạm BTS" in result.answer
    text = "bố trí tối thiểu một trạm BTS và hai điểm cầu; năm 2025"
    assert [v[2] for v in _counts_in_words(text, "tram")] == ["một"]
    assert [v[2] for v in _counts_in_words(text, "diem")] == ["hai"]


def test_a_place_is_named_with_its_capital_not_by_words_folded_alike() -> None:
    text = "tài sản có giá trị đánh giá lại dưới 50 triệu đồng"
    assert not _names_place(text, text.index("50"), ["gia lai"])
    named = "tỉnh Gia Lai 50 triệu đồng"
    assert _names_place(named, named.index("50"), ["gia lai"])


def test_the_threshold_asked_is_the_one_its_words_name(answerer: Answerer) -> None:
    result = answerer.ask(
        "Sở, ngành quyết định bán tài sản cố định trừ tài sản có nguyên giá dưới bao nhiêu?"
    )
    assert result.found, result
    assert "250 triệu" in result.answer


def test_a_row_s_value_cell_set_apart_after_an_empty_cell_answers(answerer: Answerer) -> None:
    result = answerer.ask(
        "Mức chi hỗ trợ thành lập mới tổ chức đảng trong doanh nghiệp ngoài khu vực Nhà nước "
        "là bao nhiêu?"
    )
    assert result.found, result
    assert "20.000.000 đồng" in result.answer
    first = result.sources[0]
    assert answerer.texts[first.doc_id][first.start : first.end] == first.quote


def test_a_numbered_table_s_header_row_holds_no_value(answerer: Answerer) -> None:
    corpus = answerer.corpus
    rows = [corpus.units[i] for ids in corpus.units.document_units().values() for i in ids]
    header = next(u for u in rows if u.kind == "row" and "19,500" in u.text)
    assert _numbering_header(corpus, header)
    row = next(u for u in rows if u.kind == "row" and "Văn Lang" in u.text)
    assert not _numbering_header(corpus, row)


def test_a_sum_asked_of_a_group_of_rows_is_the_row_summing_them(answerer: Answerer) -> None:
    result = answerer.ask("Tổng chiều dài đê của xã Nghiệm Đông là bao nhiêu km?")
    assert result.found, result
    assert "14,800" in result.answer
    corpus = answerer.corpus
    rows = [corpus.units[i] for ids in corpus.units.document_units().values() for i in ids]
    opening = next(u for u in rows if u.kind == "row" and "Nghiệm Đông" in u.text)
    total = _group_total(corpus, opening)
    assert total is not None and "14,800" in total.text
    compared = answerer.ask("xa Nghiem Dong hay xa Nghiem Tay co tong chieu dai de lon hon?")
    assert compared.found, compared
    assert "14,800" in compared.answer and "12,500" not in compared.answer
    # no sum asked: the row's own value
    part = answerer.ask("Chiều dài tuyến đê Hữu Thao qua xã Nghiệm Đông là bao nhiêu km?")
    assert part.found, part
    assert "12,500" in part.answer
    # a row that no unnumbered row follows has no sum of its own
    alone = next(u for u in rows if u.kind == "row" and "Nghiệm Tây" in u.text)
    assert _group_total(corpus, alone) is None


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # a rate asked of a late payment is a figure, whatever time limit the case names
        ("Đóng sau thời hạn chậm nhất thì bị truy thu thêm bao nhiêu %/ngày?", "figure"),
        ("Quá thời hạn nộp thì bị phạt bao nhiêu tiền?", "figure"),
        ("Thời hạn nộp hồ sơ là bao nhiêu ngày?", "deadline"),
        ("Chậm nhất ngày nào phải nộp báo cáo?", "deadline"),
    ],
)
def test_a_rate_or_a_sum_asked_is_no_time_limit(question: str, intent: str) -> None:
    assert route_question(question).intent == intent


def test_the_kind_of_value_named_is_no_subject() -> None:
    folded = fold("Chỉ tiêu đến năm 2030 về tỷ lệ hộ nghèo là bao nhiêu?")
    assert "ty le" not in subject_phrases(folded)
    assert "ho ngheo" in subject_phrases(folded)
