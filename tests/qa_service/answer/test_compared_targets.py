"""Targets and values asked side by side: two cases of one list, the growth of a count written
as a share, a document's number that is no quantity, a bound asked that is no subject, and a
document's dateline that is no time limit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import DATELINE
from qa_service.answer.gazetteer import plain
from qa_service.answer.pipeline import _case_words
from qa_service.answer.value_kind import (
    _asks_a_number_of_things,
    _quantities,
)
from qa_service.answer.verify import (
    subject_phrases,
)
from qa_service.routing import fold, route_question
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 41/2025/NQ-HĐND

Thử Nghiệm, ngày 05 tháng 12 năm 2025

NGHỊ QUYẾT

Quy định chính sách trợ giúp xã hội trên địa bàn tỉnh Thử Nghiệm

Điều 3. Trợ cấp xã hội hằng tháng đối với trẻ em tại cộng đồng

1. Đối tượng áp dụng: trẻ em mồ côi cả cha và mẹ.

2. Hệ số trợ cấp xã hội hằng tháng:

a) Trẻ em dưới 4 tuổi: 2.5

b) Trẻ em từ đủ 4 tuổi đến dưới 16 tuổi; người từ đủ 16 tuổi đến dưới 22 tuổi đang đi học: 1.5

Điều 6. Đối tượng được nuôi dưỡng trong cơ sở trợ giúp xã hội

1. Đối tượng áp dụng: trẻ em bị bỏ rơi.

2. Hệ số trợ cấp nuôi dưỡng hằng tháng:

a) Hệ số 5,0 đối với trẻ em dưới 4 tuổi.

b) Hệ số 4,0 đối với các đối tượng từ đủ 4 tuổi trở lên.
"""

PLAN = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 77/KH-UBND

Thử Nghiệm, ngày 03 tháng 12 năm 2025

KẾ HOẠCH

Phòng, chống ma túy đến năm 2030 trên địa bàn tỉnh Thử Nghiệm

I. CHỈ TIÊU

1. Hằng năm, số vụ phạm tội về ma túy có tổ chức xuyên quốc gia được phát hiện tăng trên \
03%; số vụ phạm tội về ma túy lợi dụng không gian mạng được phát hiện tăng trên 05%.

2. Phấn đấu 100% cơ sở cai nghiện ma túy công lập bảo đảm điều kiện theo quy định của Luật \
Phòng, chống ma túy; trên 70% xã, phường có người nghiện ma túy bố trí điểm tiếp nhận và tư vấn \
cai nghiện ma túy đủ điều kiện theo quy định.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("compared-targets")
    opened = answerer_over(
        root, {"nghi-quyet-41.md": RESOLUTION, "ke-hoach-77.md": PLAN}, lexical_only=True
    )
    yield opened
    opened.close()


def test_two_cases_asked_side_by_side_are_items_of_one_list(answerer: Answerer) -> None:
    result = answerer.ask(
        "Hệ số trợ cấp hằng tháng: trẻ em dưới 4 tuổi là mấy, trẻ em từ đủ 4 đến dưới 16 tuổi "
        "là mấy?"
    )
    assert result.found
    assert "2.5" in (result.answer or "") and "1.5" in (result.answer or "")
    assert "5,0" not in (result.answer or "")
    assert_quotes_verbatim(answerer, result)


def test_a_case_named_only_by_its_lists_heading_is_not_the_one_asked() -> None:
    # "Trưởng ban" under "Ban Tổ chức" names no "Trưởng ban Giám khảo" in its own words
    assert _case_words("Trưởng ban Giám khảo") == {"truong", "ban", "giam", "khao"}
    assert not _case_words("Trưởng ban Giám khảo") <= set(
        fold("Mức 400.000 đồng áp dụng đối với Trưởng ban").split()
    )


def test_the_growth_of_a_count_is_answered_by_a_share(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo KH 77 của tỉnh Thử Nghiệm, số vụ phạm tội ma túy lợi dụng không gian mạng được "
        "phát hiện hằng năm phải tăng bao nhiêu?"
    )
    assert result.found
    assert "05%" in (result.answer or "")
    assert_quotes_verbatim(answerer, result)


def test_the_target_of_the_clause_the_question_describes(answerer: Answerer) -> None:
    result = answerer.ask(
        "Tỉnh Thử Nghiệm phấn đấu đến 2030 trên bao nhiêu % xã phường có người nghiện bố trí "
        "điểm tiếp nhận tư vấn cai nghiện?"
    )
    assert result.found
    assert "70%" in (result.answer or "") and "100%" not in (result.answer or "")
    assert_quotes_verbatim(answerer, result)


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("Số vụ phạm tội được phát hiện tăng bao nhiêu?", False),
        ("Số vụ phạm tội được phát hiện phải tăng lần lượt bao nhiêu?", False),
        ("Số trạm BTS 5G là bao nhiêu?", True),
        # "tặng" (given) folds as "tăng" does: only the toned form is a change
        ("Số tập thể được xét tặng bao nhiêu?", True),
    ],
)
def test_a_change_of_a_count_may_be_a_share(question: str, count: bool) -> None:
    folded = plain(route_question(question).folded)
    assert _asks_a_number_of_things(folded, question) is count


@pytest.mark.parametrize(
    ("question", "quantities"),
    [
        # the number of a document its kind names, before a place ("ha" of "Hà Nội")
        ("NQ 70 Hà Nội: UBND cấp xã báo cáo trước ngày nào?", []),
        ("Quyết định 1582 quy định tổng thời gian bao nhiêu ngày?", []),
        ("Dự án có diện tích 70 ha thì ai phê duyệt?", ["70"]),
    ],
)
def test_a_document_number_is_no_quantity(question: str, quantities: list[str]) -> None:
    assert _quantities(plain(route_question(question).folded)) == quantities


def test_a_bound_asked_is_no_subject() -> None:
    folded = plain(route_question("Dự án phải về đích chậm nhất vào năm nào?").folded)
    assert subject_phrases(folded) == []
    folded = plain(route_question("Kế hoạch về phòng chống ma túy là số mấy?").folded)
    assert subject_phrases(folded) == ["phong chong"]


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("Hà Nội, ngày 26 tháng 11 năm 2025", True),
        ("*Quảng Trị, ngày 19/11/2025*", True),
        ("Hoàn thành trước ngày 21/11/2025.", False),
        ("Báo cáo, ngày 5 tháng 3 năm 2025 gửi Sở Tài chính", False),
    ],
)
def test_a_dateline_is_no_time_limit(line: str, dateline: bool) -> None:
    assert (DATELINE.match(line) is not None) is dateline
