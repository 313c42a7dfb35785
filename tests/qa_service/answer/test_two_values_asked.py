"""Two values asked together ("A và B lần lượt", "A bao nhiêu, còn B bao nhiêu", "đến hết 2026
và từ 2027 khác nhau thế nào"): each case asked alone, each value from the unit naming it; a
period opened or closed by a date names that date's year; the least of one and the most of
the other asked together ("tối thiểu ... và ... tối đa") are both asked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.evidence import explicit_year
from qa_service.answer.pipeline import _two_cases
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

FEES = """BỘ TÀI CHÍNH

Số: 77/2025/TT-BTC

Hà Nội, ngày 02 tháng 12 năm 2025

THÔNG TƯ

Quy định mức thu phí thẩm định cấp giấy phép kinh doanh dịch vụ giải trí

Điều 4. Mức thu phí

1. Mức thu phí thẩm định cấp Giấy phép đủ điều kiện kinh doanh dịch vụ bi-a là 700.000 \
đồng/bàn, nhưng tổng mức thu không quá 5.000.000 đồng/Giấy phép/lần thẩm định.

2. Mức thu phí thẩm định cấp Giấy phép đủ điều kiện kinh doanh dịch vụ sàn nhảy là \
12.000.000 đồng/Giấy phép/lần thẩm định.

Điều 5. Lệ phí cấp chứng nhận xuất xứ

|
**STT**
|
**Tên thủ tục**
|
**Lệ phí**
|
|
1
|
Cấp Giấy chứng nhận xuất xứ hàng hóa mẫu XY
|
- Từ ngày 01/7/2025 đến ngày 31/12/2026: 25.000 đồng/bộ.
- Từ ngày 01/01/2027 trở đi: 55.000 đồng/bộ.
|

Điều 6. Hộp thư điện tử

Sở Tài chính quyết định dung lượng cấp cho mỗi hộp thư điện tử, bảo đảm tối thiểu 02 GB/hộp
thư điện tử; kích cỡ các tệp gửi kèm tối đa 30 MB/hộp thư điện tử.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("two-values")
    opened = answerer_over(root, {"thong-tu-77.md": FEES}, lexical_only=True)
    yield opened
    opened.close()


def test_two_cases_of_lan_luot_and_of_khac_nhau() -> None:
    cases = _two_cases(
        "Theo TT 77/2025, phí thẩm định cấp phép bi-a (mỗi bàn) và phí cấp phép sàn nhảy lần "
        "lượt là bao nhiêu?"
    )
    assert cases is not None
    assert cases.names == ("phí thẩm định cấp phép bi-a (mỗi bàn)", "phí cấp phép sàn nhảy")
    assert "sàn nhảy" not in cases.questions[0] and "lần lượt" not in cases.questions[0]
    # a period against another: each opened by its own word, the subject before them shared
    cases = _two_cases("Lệ phí cấp mẫu XY đến hết 2026 và từ 2027 trở đi khác nhau thế nào?")
    assert cases is not None
    assert cases.names == ("đến hết 2026", "từ 2027 trở đi")
    assert cases.questions[1].startswith("Lệ phí cấp mẫu XY từ 2027 trở đi là bao nhiêu")
    # the second case ends with its clause: "..., công chức phải ... lần lượt"
    cases = _two_cases(
        "Với khóa dưới 01 tháng và khóa từ 01 tháng trở lên, công chức phải còn công tác ít "
        "nhất lần lượt là bao nhiêu tháng?"
    )
    assert cases is not None
    assert cases.names[1] == "khóa từ 01 tháng trở lên"
    assert "công tác ít nhất" in cases.questions[1]


def test_two_cases_of_a_value_asked_twice() -> None:
    cases = _two_cases(
        "TT 77/2025: phí cấp phép bi-a là bao nhiêu, còn phí cấp phép sàn nhảy là bao nhiêu?"
    )
    assert cases is not None
    # the cases by their own words, without the value asked of them
    assert cases.names == ("phí cấp phép bi-a", "phí cấp phép sàn nhảy")
    assert cases.questions[1].startswith("TT 77/2025: phí cấp phép sàn nhảy là bao nhiêu")
    assert _two_cases("Phí cấp phép bi-a là bao nhiêu?") is None


def test_each_value_comes_from_the_unit_naming_its_case(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo Thông tư 77/2025/TT-BTC, phí thẩm định cấp phép bi-a (tính mỗi bàn) và phí thẩm "
        "định cấp phép sàn nhảy lần lượt là bao nhiêu?"
    )
    assert result.found, result
    # not the cap of the first fee taken for the second one's
    assert "700.000" in result.answer and "12.000.000" in result.answer, result.answer
    assert_quotes_verbatim(answerer, result)


def test_a_period_bounded_by_a_date_names_its_year(answerer: Answerer) -> None:
    assert explicit_year("2027", "tu ngay 01/01/2027 tro di: 55.000 dong")
    assert explicit_year("2026", "tu ngay 01/7/2025 den ngay 31/12/2026: 25.000 dong")
    # a date a document is cited by is no year of the value's
    assert not explicit_year("2022", "quyet dinh so 12/2022/qd-ubnd ngay 26/12/2022")
    result = answerer.ask("Lệ phí cấp chứng nhận xuất xứ mẫu XY từ năm 2027 là bao nhiêu?")
    assert result.found, result
    assert "55.000" in result.answer, result.answer


def test_two_cases_of_a_value_asked_twice_by_may() -> None:
    # "là mấy" asks a value as "là bao nhiêu" does
    cases = _two_cases(
        "Hệ số trợ cấp: trẻ dưới 4 tuổi là mấy, trẻ từ đủ 4 đến dưới 16 tuổi là mấy?"
    )
    assert cases is not None
    assert cases.names == ("trẻ dưới 4 tuổi", "trẻ từ đủ 4 đến dưới 16 tuổi")
    assert cases.questions[0] == "Hệ số trợ cấp: trẻ dưới 4 tuổi là mấy?"


def test_the_least_of_one_and_the_most_of_the_other(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo TT 77/2025/TT-BTC, dung lượng tối thiểu mỗi hộp thư và kích cỡ tệp gửi kèm tối đa "
        "lần lượt là bao nhiêu?"
    )
    assert result.found, result
    assert "02 GB" in result.answer and "30 MB" in result.answer, result.answer
    assert_quotes_verbatim(answerer, result)
