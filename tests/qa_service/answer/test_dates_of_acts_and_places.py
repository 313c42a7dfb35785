"""The day a document is passed or signed is not the day something starts, and "vào đâu" asks a
place: a resolution that organises communes from one day and was passed on another, a plan that
integrates a database into a centre by a target year. The documents are written here, never seen
in tuning."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import dates_an_act
from qa_service.answer.question import analyse
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

_RESOLUTION = """|
**ỦY BAN THƯỜNG VỤ QUỐC HỘI**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 1801/NQ-UBTVQH15
|
*Hà Nội, ngày 20 tháng 6 năm 2025*
|

**NGHỊ QUYẾT**
**Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Hòa Phong năm 2025**

*Xét đề nghị của Chính phủ tại Tờ trình số 512/TTr-CP ngày 12 tháng 5 năm 2025 và Báo cáo
thẩm tra số 640/BC-UBPLTP15 ngày 03 tháng 6 năm 2025,*

**QUYẾT NGHỊ:**

**Điều 1.** Sắp xếp để thành lập các xã, phường mới của tỉnh Hòa Phong.

**Điều 2.** Hiệu lực thi hành

1. Nghị quyết này có hiệu lực từ ngày được thông qua.

2. Các cơ quan có thẩm quyền khẩn trương thực hiện các công tác chuẩn bị cần thiết, bảo đảm để
chính quyền địa phương ở các đơn vị hành chính cấp xã hình thành sau sắp xếp quy định tại
Điều 1 của Nghị quyết này chính thức hoạt động từ ngày 01 tháng 8 năm 2025.

*Nghị quyết này được Ủy ban Thường vụ Quốc hội khóa XV thông qua ngày 20 tháng 6 năm 2025.*
"""

_PLAN = """|
**ỦY BAN NHÂN DÂN TỈNH HÒA PHONG**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 733/KH-UBND
|
*Hòa Phong, ngày 10 tháng 10 năm 2025*
|

**KẾ HOẠCH**
**Chuyển đổi số ngành thủy lợi tỉnh Hòa Phong đến năm 2030**

**I. MỤC TIÊU**

1. Đến năm 2030, phấn đấu 95% hồ sơ công trình thủy lợi được số hóa.

2. Hoàn thiện cơ sở dữ liệu tập trung về công trình thủy lợi toàn tỉnh, tích hợp vào Trung tâm
Giám sát điều hành thông minh của tỉnh.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("dates-of-acts")
    opened = answerer_over(
        root, {"nq-hoa-phong.md": _RESOLUTION, "kh-thuy-loi.md": _PLAN}, lexical_only=True
    )
    yield opened
    opened.close()


def test_the_day_something_starts_is_not_the_day_it_was_passed(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo NQ 1801 của UBTVQH, chính quyền địa phương ở các đơn vị hành chính cấp xã hình "
        "thành sau sắp xếp của tỉnh Hòa Phong phải chính thức hoạt động từ ngày nào?"
    )
    assert result.found and "01 tháng 8 năm 2025" in (result.answer or "")


def test_the_day_passed_answers_when_asked(answerer: Answerer) -> None:
    result = answerer.ask("NQ 1801/NQ-UBTVQH15 về tỉnh Hòa Phong được thông qua ngày nào?")
    assert result.found and "20 tháng 6 năm 2025" in (result.answer or "")


@pytest.mark.parametrize(
    ("question", "text", "dated"),
    [
        ("Xã mới hoạt động từ ngày nào?", "khóa XV thông qua ngày 20 tháng 6 năm 2025.", True),
        ("Xã mới hoạt động từ ngày nào?", "Báo cáo số 640/BC-UBPLTP15 ngày 03 tháng 6", True),
        ("Xã mới hoạt động từ ngày nào?", "chính thức hoạt động từ ngày 01 tháng 8", False),
        # a date after another date ("10/5") is no date of a document's number
        ("Hạn báo cáo là ngày nào?", "báo cáo trước các ngày 10/5, ngày 15 tháng 6", False),
        # the day of passing is what the question asks
        ("Nghị quyết được thông qua ngày nào?", "khóa XV thông qua ngày 20 tháng 6", False),
    ],
)
def test_a_date_that_dates_an_act(
    answerer: Answerer, question: str, text: str, dated: bool
) -> None:
    date = re.search(r"ngày \d+ tháng \d+", text)
    assert date is not None
    q = analyse(answerer.corpus, route_question(question), None)
    assert dates_an_act(q, text, date) is dated


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Đến năm 2030 cơ sở dữ liệu thủy lợi sẽ được tích hợp vào đâu?", "general"),
        ("Hệ thống thư điện tử công vụ được cài đặt tại đâu?", "general"),
        # a value is asked with it, or a body where a file is lodged
        ("Bao nhiêu hồ sơ được tích hợp vào đâu?", "figure"),
        ("Hồ sơ nộp trực tiếp ở đâu?", "agency"),
        # "đấu thầu", "đầu tư" fold to "dau" too: no place asked
        ("Mục tiêu đến năm 2030 về đấu thầu qua mạng là bao nhiêu?", "target"),
    ],
)
def test_where_asks_a_place_not_a_value(question: str, intent: str) -> None:
    assert route_question(question).intent == intent


def test_a_place_asked_by_a_target_year(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo KH 733 của Hòa Phong, đến năm 2030 cơ sở dữ liệu tập trung về công trình thủy lợi "
        "toàn tỉnh sẽ được tích hợp vào đâu?"
    )
    assert result.found and "Trung tâm" in (result.answer or "")
