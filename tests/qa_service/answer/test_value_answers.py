"""Value answers: which number of a unit answers a figure or a time-limit question."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from indexer.store import IndexReader
from qa_service.answer import Answerer
from qa_service.answer.extractors import _asked_bands, _band_fit, _is_band_limit, _values
from qa_service.routing import fold, route_question

# A decision listing procedures: a fee scale by bands of cost, and a table whose time-limit
# column gives bare durations ("40 ngày") with no "trong thời hạn" before them.
DECISION = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 77/QĐ-UBND

Thử Nghiệm, ngày 02 tháng 12 năm 2025

QUYẾT ĐỊNH

Công bố danh mục thủ tục hành chính lĩnh vực địa chất và khoáng sản

Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.

Phí thẩm định hồ sơ công nhận kết quả thăm dò khoáng sản như sau:

- Tổng chi phí thăm dò khoáng sản thực tế đến 01 tỷ đồng, mức thu 12 triệu đồng.

- Tổng chi phí thăm dò khoáng sản thực tế trên 01 tỷ đến 10 tỷ đồng, mức thu 12 triệu đồng \
+ (0,5% x phần tổng chi phí trên 01 tỷ đồng).

- Tổng chi phí thăm dò khoáng sản thực tế trên 10 đến 20 tỷ đồng, mức thu 57 triệu đồng.

|
**STT**
|
**Tên thủ tục hành chính**
|
**Thời hạn giải quyết**
|
**Cơ quan thực hiện**
|
|
1
|
Thủ tục đề nghị hỗ trợ lãi suất vay đổi mới công nghệ
|
45 ngày
|
Quỹ phát triển khoa học và công nghệ
|
|
2
|
Thủ tục đề xuất tham gia chương trình voucher công nghệ
|
25 ngày
|
Sở Khoa học và Công nghệ
|

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    from indexer.pipeline import build_index

    root = tmp_path_factory.mktemp("values")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "quyet-dinh-77.md").write_text(DECISION, encoding="utf-8")
    build_index([corpus], root / "index", lexical_only=True, progress=False)
    opened = Answerer(IndexReader.open(root / "index"))  # lexical evidence only
    yield opened
    opened.close()


def test_the_band_the_question_names_gives_the_fee(answerer: Answerer) -> None:
    result = answerer.ask(
        "Phí thẩm định công nhận kết quả thăm dò khoáng sản khi tổng chi phí thăm dò thực tế "
        "đến 1 tỷ đồng là bao nhiêu?"
    )
    assert result.found, result
    assert "12 triệu" in result.answer and "trên 01 tỷ" not in result.answer
    assert "trên 10" not in result.answer


def test_a_bare_duration_in_a_time_limit_column_answers(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thủ tục đề nghị hỗ trợ lãi suất vay đổi mới công nghệ được giải quyết trong "
        "bao nhiêu ngày?"
    )
    assert result.found, result
    assert "45 ngày" in result.answer
    first = result.sources[0]
    assert answerer.texts[first.doc_id][first.start : first.end] == first.quote


def test_band_limits_of_the_question_are_no_answers() -> None:
    bands = _asked_bands(fold("Lệ phí nếu tổng chi phí đến 1 tỷ đồng là bao nhiêu?"))
    assert bands == [("den", "1", "ty")]
    assert _asked_bands(fold("cuộc thi tổ chức từ 2 năm trở lên 1 lần")) == []  # a period
    named = "Tổng chi phí đến 01 tỷ đồng, mức thu 10 triệu đồng."
    other = "Tổng chi phí trên 01 tỷ đến 10 tỷ đồng, mức thu 10 triệu đồng."
    assert _band_fit(bands, fold(named)) > 0 > _band_fit(bands, fold(other))
    at = other.index("10 tỷ")
    assert _is_band_limit(other, at, at + 2, bands)
    fee = other.index("10 triệu")
    assert not _is_band_limit(other, fee, fee + 2, bands)
    ranged = "Tổng chi phí trên 10 đến 20 tỷ đồng"
    assert _is_band_limit(ranged, ranged.index("10"), ranged.index("10") + 2, bands)


def test_an_item_number_opening_a_cell_is_no_value() -> None:
    text = "I | Tốt nghiệp trung học phổ thông | 1. Ban Chỉ đạo thi"
    assert [v[2] for v in _values(text)] == []
    assert [v[2] for v in _values("- Trưởng ban | 692")] == ["692"]
    assert [v[2] for v in _values("Đạt 1. Tiếp theo là 3 hồ sơ")] == ["1", "3"]


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # "tính điểm" says what the value is used for; the value asked is no score
        ("Số thu nội địa năm 2026 dùng để tính điểm phân bổ vốn là bao nhiêu?", "figure"),
        # a value taken as a basis is asked, not a document
        ("Thu nội địa dự kiến được lấy làm căn cứ tính định mức là bao nhiêu?", "figure"),
        ("Quyết định được ban hành căn cứ nghị định nào?", "basis"),
        # unaccented "tàu biển đóng" folds like "biến động": one value asked is no comparison
        ("Tau bien dong moi thi gia tinh bang bao nhieu phan tram gia niem yet?", "figure"),
        ("Số hộ nghèo biến động qua các năm ra sao?", "compare"),
    ],
)
def test_value_questions_route_to_a_value(question: str, intent: str) -> None:
    assert route_question(question).intent == intent


def test_a_document_number_is_no_year() -> None:
    route = route_question("QĐ 1949/QĐ-UBND công bố tổng cộng bao nhiêu TTHC năm 2025?")
    assert route.years == (2025,)
    assert route.doc_numbers == ("1949/QĐ-UBND",)
