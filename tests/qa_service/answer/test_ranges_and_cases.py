"""Values read from ranges and cases: the end of a range a question asks for, two cases stated
by parallel sentences, a time limit whose statement names a year, spans of years, a limit in
working days asked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import _dates, _end_fit, _range_end, durations
from qa_service.routing import fold
from tests.qa_service.small_index import answerer_over

RULES = """BỘ THỬ NGHIỆM

Số: 12/2025/NĐ-CP

Hà Nội, ngày 02 tháng 12 năm 2025

NGHỊ ĐỊNH

Quy định chi tiết thi hành công tác khoáng sản và công chức nhiệm kỳ 2026 - 2031

Điều 1. Thời hạn thẩm định

1. Thời hạn thẩm định, công nhận kết quả thăm dò khoáng sản đối với khoáng sản nhóm I, nhóm \
II có quy mô phân tán, nhỏ lẻ tối đa là 60 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.

2. Thời hạn thẩm định, công nhận kết quả thăm dò khoáng sản đối với khoáng sản nhóm III tối \
đa là 45 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.

Điều 2. Điều khoản chuyển tiếp

1. Chậm nhất đến ngày 01 tháng 7 năm 2027, các Bộ, ngành, địa phương phải hoàn thành việc bố \
trí vào vị trí việc làm đối với công chức được tuyển dụng trước ngày Luật Cán bộ, công chức \
năm 2025 có hiệu lực.

2. Người tập sự tính đến ngày 30 tháng 6 năm 2025 thì thực hiện theo quy định.

Điều 3. Trình tự rà soát

Bước 1: Ủy ban nhân dân cấp xã tổ chức rà soát, thống kê số liệu về nhà ở của hộ gia đình \
tại xã, gửi hồ sơ về Ủy ban nhân dân tỉnh trong thời hạn 10 ngày làm việc
kể từ ngày Ủy ban nhân dân tỉnh chỉ đạo triển khai. Trong đó:

+ Số liệu rà soát về nhà ở của hộ gia đình được thống kê theo dữ liệu dân cư trong vòng
20 ngày kể từ ngày Nghị định này có hiệu lực thi hành;

Điều 4. Hiệu lực thi hành

Nghị định này có hiệu lực kể từ ngày ký.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("ranges")
    opened = answerer_over(root, {"nghi-dinh-12.md": RULES}, lexical_only=True)
    yield opened
    opened.close()


def test_the_end_of_a_range_the_question_asks_for() -> None:
    text = "Phạt tiền từ 15.000.000 đồng đến 22.500.000 đồng đối với hành vi báo cháy giả."
    low, high = text.index("15.000.000"), text.index("22.500.000")
    assert _range_end(text, low, low + 10) == "low"
    assert _range_end(text, high, high + 10) == "high"
    most = fold("Cố ý báo cháy giả bị phạt tối đa bao nhiêu tiền?")
    assert _end_fit(most, text, high, high + 10) > 0 > _end_fit(most, text, low, low + 10)
    least = fold("Cố ý báo cháy giả bị phạt tối thiểu bao nhiêu tiền?")
    assert _end_fit(least, text, low, low + 10) > 0 > _end_fit(least, text, high, high + 10)
    plain = fold("Cố ý báo cháy giả bị phạt bao nhiêu tiền?")
    assert _end_fit(plain, text, high, high + 10) == 0.0
    alone = "Mức hỗ trợ tối đa 2.000.000 đồng/người/lần."
    at = alone.index("2.000.000")
    assert _range_end(alone, at, at + 9) is None


def test_a_span_of_years_is_no_time_limit_nor_the_subjects_period() -> None:
    text = "Bầu cử nhiệm kỳ 2026 - 2031; hồ sơ gửi trước ngày 31/3/2026."
    title = fold("Kế hoạch bầu cử nhiệm kỳ 2026 - 2031")
    asked = fold("Hồ sơ phải gửi trước ngày nào?")
    assert [m.group() for m in _dates(text, "", asked, limit=True)] == ["trước ngày 31/3/2026"]
    # a date answer leaves out the span the title writes, unless a span is asked for
    assert [m.group() for m in _dates(text, title, asked, limit=False)] == ["trước ngày 31/3/2026"]
    when = fold("Hồ sơ phải gửi khi nào?")
    assert len(_dates(text, fold("Kế hoạch bầu cử"), when, limit=False)) == 2
    # a day asked ("ngày nào") is none of a span, whatever the title writes
    assert len(_dates(text, fold("Kế hoạch bầu cử"), asked, limit=False)) == 1
    span = fold("Cuộc bầu cử thuộc nhiệm kỳ nào?")
    assert len(_dates(text, title, span, limit=False)) == 2


def test_two_cases_joined_by_and_get_both_values(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thời hạn thẩm định, công nhận kết quả thăm dò khoáng sản đối với khoáng sản nhóm I, "
        "II quy mô nhỏ lẻ và đối với nhóm III tối đa là bao nhiêu ngày?"
    )
    assert result.found, result
    assert "60 ngày" in result.answer and "45 ngày" in result.answer
    for source in result.sources:
        assert answerer.texts[source.doc_id][source.start : source.end] == source.quote


def test_one_case_asked_gets_its_value_alone(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thời hạn thẩm định, công nhận kết quả thăm dò khoáng sản đối với khoáng sản nhóm III "
        "tối đa là bao nhiêu ngày?"
    )
    assert result.found, result
    assert "45 ngày" in result.answer and "60 ngày" not in result.answer


def test_a_year_naming_the_rule_need_not_be_in_the_limits_clause(answerer: Answerer) -> None:
    result = answerer.ask(
        "Chậm nhất khi nào các bộ, ngành, địa phương phải xong việc bố trí vị trí việc làm cho "
        "công chức tuyển trước khi Luật Cán bộ, công chức 2025 có hiệu lực?"
    )
    assert result.found, result
    assert "01 tháng 7 năm 2027" in result.answer


def test_a_day_and_month_of_a_date_is_no_duration() -> None:
    text = (
        "Thực hiện Quyết định số 2138/QĐ-TTg ngày 27 tháng 9 năm 2025 của Thủ tướng, các sở báo "
        "cáo trong 15 ngày; thời gian thực hiện 6 tháng."
    )
    assert [m.group() for m in durations(text)] == ["trong 15 ngày", "6 tháng"]


def test_a_limit_in_working_days_is_not_the_next_items(answerer: Answerer) -> None:
    # the sentence gives its own limit in the unit asked; the item after its "Trong đó:" sets
    # the limit of one part in calendar days
    result = answerer.ask(
        "UBND cấp xã gửi hồ sơ rà soát số liệu nhà ở về UBND tỉnh trong bao nhiêu ngày làm việc?"
    )
    assert result.found, result
    assert "10 ngày làm việc" in (result.answer or "")
