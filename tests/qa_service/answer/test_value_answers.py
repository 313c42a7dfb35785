"""Value answers: which number of a unit answers a figure or a time-limit question."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from types import SimpleNamespace

import pytest

from indexer.normalize import strip_diacritics
from qa_service.answer import Answerer
from qa_service.answer.extractors import (
    _asked_bands,
    _band_fit,
    _is_band_limit,
    _names_place,
    _row_value_cells,
    _values,
    asked_phrase,
    name_cell,
    one_step,
    other_action,
    other_procedure,
    window_answer,
)
from qa_service.answer.question import Question, analyse
from qa_service.routing import fold, route_question
from tests.qa_service.small_index import answerer_over

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
    root = tmp_path_factory.mktemp("values")
    opened = answerer_over(root, {"quyet-dinh-77.md": DECISION}, lexical_only=True)
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
    # a band of a period too: the text that states it fits, one of another band does not
    period = _asked_bands(fold("cuộc thi tổ chức từ 2 năm trở lên 1 lần"))
    assert period == [("tu", "2", "nam")]
    assert _band_fit(period, fold("Cuộc thi tổ chức từ 02 năm trở lên 01 lần")) > 0
    assert _band_fit(period, fold("Cuộc thi tổ chức hằng năm dưới 01 năm")) < 0
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


# A decision that adds some procedures and repeals others (the repealed ones named at length,
# so their line holds more of the question's words), and a table of procedures whose first row
# is long (its legal basis) and whose next rows renew or return the same licence.
CHANGES = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 88/QĐ-UBND

Thử Nghiệm, ngày 03 tháng 12 năm 2025

QUYẾT ĐỊNH

Công bố danh mục thủ tục hành chính lĩnh vực tài nguyên nước và đo lường

Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính mới ban hành trong lĩnh \
vực đo lường chất lượng thuộc thẩm quyền giải quyết của Ủy ban nhân dân tỉnh, cụ thể:

- Ban hành mới 14 thủ tục hành chính cấp tỉnh và 14 quy trình điện tử thuộc thẩm quyền giải \
quyết của Ủy ban nhân dân tỉnh Thử Nghiệm.

- Bãi bỏ 05 thủ tục hành chính cấp tỉnh thuộc lĩnh vực đo lường chất lượng tại Quyết \
định số 1548/QĐ-UBND ngày 13/5/2025 của Chủ tịch Ủy ban nhân dân tỉnh về công bố danh mục \
thủ tục hành chính lĩnh vực đo lường chất lượng.

|
**STT**
|
**Tên thủ tục hành chính**
|
**Thời hạn giải quyết**
|
**Căn cứ pháp lý**
|
|
1
|
Cấp giấy phép hành nghề khoan nước dưới đất (1.004122)
|
Trong thời hạn 22 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ.
|
- Luật Tài nguyên nước năm 2023. - Nghị định số 54/2024/NĐ-CP ngày 16/5/2024 của Chính phủ \
quy định việc hành nghề khoan nước dưới đất, kê khai, đăng ký, cấp phép, dịch vụ tài nguyên \
nước và tiền cấp quyền khai thác tài nguyên nước. - Nghị định số 136/2025/NĐ-CP ngày \
12/6/2025 của Chính phủ quy định phân quyền, phân cấp trong lĩnh vực nông nghiệp và môi \
trường. - Thông tư số 14/2025/TT-BNNMT ngày 19/6/2025 của Bộ trưởng Bộ Nông nghiệp và Môi \
trường quy định về phân cấp, phân định thẩm quyền quản lý nhà nước trong lĩnh vực tài nguyên \
nước và hướng dẫn hồ sơ cấp phép hành nghề khoan nước dưới đất của tổ chức, cá nhân.
|
|
2
|
Cấp lại giấy phép hành nghề khoan nước dưới đất (1.004253)
|
Trong thời hạn 08 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ.
|
- Khoản 1 Điều 31 Nghị định số 136/2025/NĐ-CP.
|
|
3
|
Trả lại giấy phép hành nghề khoan nước dưới đất (1.012501)
|
Trong thời hạn 08 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ.
|
- Khoản 3 Điều 8 Thông tư số 14/2025/TT-BNNMT.
|

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""


@pytest.fixture(scope="module")
def changes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("changes")
    opened = answerer_over(root, {"quyet-dinh-88.md": CHANGES}, lexical_only=True)
    yield opened
    opened.close()


def _question(answerer: Answerer, text: str) -> Question:
    return analyse(answerer.corpus, route_question(text), None)


def test_the_action_before_the_value_is_the_one_asked(changes: Answerer) -> None:
    question = (
        "Tỉnh Thử Nghiệm ban hành mới bao nhiêu thủ tục hành chính cấp tỉnh trong lĩnh vực "
        "đo lường chất lượng?"
    )
    result = changes.ask(question)
    assert result.found, result
    assert "14" in result.answer and "05" not in result.answer
    q = _question(changes, question)
    assert [strip_diacritics(t) for t in asked_phrase(q)][:2] == ["ban", "hanh"]
    repeal = "Bãi bỏ 05 thủ tục hành chính"
    assert other_action(q, repeal, repeal.index("05"))
    add = "Ban hành mới 14 thủ tục hành chính"
    assert not other_action(q, add, add.index("14"))
    # a value in a cell, or one the question's words lead to, is no other action
    assert not other_action(q, "Tổng số | 05", len("Tổng số | "))
    plain = _question(changes, "Tỉnh có bao nhiêu thủ tục hành chính?")  # "có": no action
    assert not other_action(plain, repeal, repeal.index("05"))


def test_a_row_of_another_procedure_is_not_the_one_asked(changes: Answerer) -> None:
    question = "Cap giay phep hanh nghe khoan nuoc duoi dat duoc giai quyet trong bao lau?"
    result = changes.ask(question)
    assert result.found, result
    assert "22 ngày" in result.answer
    first = result.sources[0]
    assert changes.texts[first.doc_id][first.start : first.end] == first.quote
    q = _question(changes, question)
    rows = [
        changes.corpus.units[i]
        for i in changes.corpus.doc_units[first.doc_id]
        if changes.corpus.units[i].kind == "row" and "khoan" in changes.corpus.units[i].text
    ]
    assert len(rows) == 3
    assert [other_procedure(q, u) for u in rows] == [False, True, True]  # cấp, cấp lại, trả lại


def test_a_value_in_a_long_prose_cell_answers_with_its_clause(changes: Answerer) -> None:
    cells = (
        "01",
        "1.014466.H12",
        "Công nhận kết quả thăm dò khoáng sản thuộc thẩm quyền của Ủy ban nhân dân cấp tỉnh",
        "- Trường hợp 1: Thời hạn thẩm định, công nhận kết quả thăm dò khoáng sản đối với "
        "khoáng sản nhóm I, nhóm II có quy mô phân tán, nhỏ lẻ tối đa là 48 ngày (cắt giảm "
        "12/60 ngày) kể từ ngày nhận đủ hồ sơ hợp lệ; - Trường hợp 2: Thời hạn thẩm định, công "
        "nhận kết quả thăm dò khoáng sản đối với khoáng sản nhóm III tối đa là 36 ngày (cắt "
        "giảm 09/45 ngày) kể từ ngày nhận đủ hồ sơ hợp lệ.",
        "Sở Nông nghiệp và Môi trường",
    )
    text = " | ".join(cells)
    unit = replace(
        changes.corpus.synthetic_unit(next(iter(changes.texts)), 0, 10),
        text=text,
        kind="row",
        cells=cells,
    )
    q = _question(
        changes,
        "Công nhận kết quả thăm dò khoáng sản nhóm III được giải quyết tối đa trong bao nhiêu "
        "ngày?",
    )
    at = text.index("36 ngày")
    answer = window_answer(q, unit, (at, at + len("36 ngày")), 0.9, in_cell=True)[0]
    assert "36 ngày" in answer and "48 ngày" not in answer
    assert answer.startswith("Công nhận kết quả")  # the row's name, not its code
    assert name_cell(unit).startswith("Công nhận")


def test_a_prose_cell_keeps_its_values_but_the_formula_and_the_place_steers(
    changes: Answerer,
) -> None:
    cells = (
        "- Dự kiến cả nước năm 2026: 2.000.000 tỷ đồng - Đến 5.000 tỷ đồng được 4 điểm - Trên "
        "5.000 tỷ đồng đến 40.000 tỷ đồng thêm 3 điểm - Trên 40.000 tỷ đồng đến 80.000 tỷ đồng "
        "thêm 2 điểm - Trên 80.000 tỷ đồng thêm 1 điểm",
        "- Thành phố Thử Nghiệm 209.929 tỷ đồng - Số thu nội địa khởi đầu tính điểm sẽ là: D = "
        "(209.929 x 5.000)/712.200 = 524,8 tỷ đồng (lấy tròn 525 tỷ đồng). Tức là: - Đến 525 "
        "tỷ đồng được 4 điểm - Trên 525 tỷ đến 4.200 tỷ đồng thêm 3 điểm",
    )
    text = " | ".join(cells)
    unit = replace(
        changes.corpus.synthetic_unit(next(iter(changes.texts)), 0, 10),
        text=text,
        kind="row",
        cells=cells,
    )
    spans, _ = _row_value_cells(unit)
    kept = " ".join(text[a:b] for a, b in spans)
    assert "209.929 tỷ đồng" in kept and "712.200" not in kept  # the formula's piece is out
    assert "Đến 525 tỷ đồng" in kept
    at = text.index("209.929")
    assert _names_place(text, at, ["thu nghiem"])
    assert not _names_place(text, text.index("525 tỷ đồng được"), ["thu nghiem"])
    q = _question(changes, "Số thu nội địa của Thử Nghiệm dự kiến năm 2026 là bao nhiêu?")
    answer = window_answer(q, unit, (at, at + 7), 0.9, in_cell=True)[0]
    assert "209.929" in answer and "2.000.000" not in answer  # no prose cell as a label


def test_one_step_of_a_procedure_is_no_answer_for_the_whole() -> None:
    """A step's row ("Bước 3 | Thẩm định | 5 ngày") fits a question about one step, not one
    about the time of the whole procedure."""
    step = SimpleNamespace(kind="row", folded=fold("Bước 3 | Phòng chuyên môn thẩm định | 5 ngày"))
    total = SimpleNamespace(kind="row", folded=fold("Thủ tục cấp phép xả thải | 20 ngày"))
    whole = SimpleNamespace(route=route_question("Thủ tục cấp phép xả thải mất bao nhiêu ngày?"))
    named = SimpleNamespace(route=route_question("Bước thẩm định của thủ tục mất mấy ngày?"))
    assert one_step(whole, step)  # type: ignore[arg-type]
    assert not one_step(whole, total)  # type: ignore[arg-type]
    assert not one_step(named, step)  # type: ignore[arg-type]


def test_a_score_named_before_its_value_answers_a_score_question(changes: Answerer) -> None:
    # "Tổng số điểm đạt được từ 85 đến 100": the score is named before its numbers ("điểm" does
    # not follow them); a time ("thời điểm 31/12") or a count of items is no score
    from qa_service.answer.extractors import value_answer

    q = _question(changes, "Trung tâm cần tổng điểm bao nhiêu để được xếp loại tốt?")
    assert q.route.intent == "score"
    unit = changes.corpus.synthetic_unit(next(iter(changes.texts)), 0, 10)
    scored = replace(unit, text="a) Loại tốt: Tổng số điểm đạt được từ 85 đến 100;")
    found = value_answer(changes.corpus, q, scored, "score")
    assert found is not None and "85 đến 100" in found[0]
    for other in ("Tại thời điểm 31/12 có 85 trung tâm;", "Số trung tâm đạt loại tốt là 85;"):
        assert value_answer(changes.corpus, q, replace(unit, text=other), "score") is None


def test_a_row_s_header_gives_the_unit_of_its_values(changes: Answerer) -> None:
    # "Mức hỗ trợ (đồng)" over "Các phường: ... | 400.000.000": the value is in đồng as much as
    # a sibling table's "3.000.000 đ"
    from qa_service.answer.extractors import value_answer

    q = _question(changes, "Số tiền hỗ trợ cho các phường Bình An là bao nhiêu đồng?")
    unit = changes.corpus.synthetic_unit(next(iter(changes.texts)), 0, 10)
    cells = ("Các phường: Bình An, Bình Minh.", "400.000.000")
    row = replace(unit, text=" | ".join(cells), kind="row", cells=cells)
    bare = value_answer(changes.corpus, q, row, "figure")
    headed = replace(row, context_key=f"{row.context_key} khu vuc muc ho tro (dong)")
    found = value_answer(changes.corpus, q, headed, "figure")
    assert bare is not None and found is not None and "400.000.000" in found[0]
    assert found[2] > bare[2]
