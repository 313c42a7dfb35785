"""The time of the act a question names: a short sentence after a period naming the act asked
("Tổng kết vào tháng 4 năm 2026." after the period of a campaign), and the issue date of a
notice that reports a meeting ("Thông báo ... kết luận tại buổi làm việc ... ban hành ngày
nào"), not the date of the meeting. The documents are written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.document_answers import _event_as_source
from qa_service.answer.extractors import _new_sentence
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

_HEADER = """|
**{issuer}**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: {number}
|
*{place}, ngày {day} tháng 11 năm 2025*
|
"""

_CAMPAIGN = (
    _HEADER
    + """**KẾ HOẠCH**
PHÁT ĐỘNG PHONG TRÀO THI ĐUA XÂY DỰNG NÔNG THÔN MỚI KIỂU MẪU

**I. MỤC ĐÍCH, YÊU CẦU**

1. Động viên cán bộ, công chức và Nhân dân tích cực tham gia xây dựng nông thôn mới.

2. Kịp thời sơ kết, tổng kết, khen thưởng các tập thể, cá nhân có thành tích trong phong trào.

**II. NỘI DUNG**

1. Các xã tổ chức ra quân làm sạch đường làng, ngõ xóm.

**3. Thời gian tổ chức phong trào thi đua**: Phong trào thi đua được triển khai thực hiện
từ tháng 12 năm 2025 đến hết tháng 6 năm 2026. Tổng kết vào tháng 8 năm 2026.

**III. TỔ CHỨC THỰC HIỆN**

Sở Nội vụ hướng dẫn các xã triển khai Kế hoạch này.
"""
)

_NOTICE = (
    _HEADER
    + """**THÔNG BÁO**
KẾT LUẬN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TẠI BUỔI LÀM VIỆC VỚI ỦY BAN NHÂN DÂN XÃ HÒA AN

Ngày 03 tháng 11 năm 2025, Chủ tịch Ủy ban nhân dân tỉnh đã làm việc với Ủy ban nhân dân xã
Hòa An về tình hình phát triển kinh tế - xã hội. Sau khi nghe báo cáo, Chủ tịch Ủy ban nhân
dân tỉnh kết luận như sau:

1. Ủy ban nhân dân xã Hòa An tập trung giải ngân vốn đầu tư công năm 2025.

2. Sở Tài chính hướng dẫn xã Hòa An hoàn thiện hồ sơ dự án trường tiểu học.

3. Xã Hòa An sơ kết, tổng kết các phong trào thi đua trên địa bàn; tổng kết công tác năm 2025.

4. Các sở, ngành tổng kết việc thực hiện các chương trình mục tiêu quốc gia.
"""
)

DOCUMENTS = {
    "kh-thidua.md": _CAMPAIGN.format(
        issuer="ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM", number="88/KH-UBND", place="Thử Nghiệm",
        day="10",
    ),
    "tb-ketluan.md": _NOTICE.format(
        issuer="VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM", number="512/TB-VP",
        place="Thử Nghiệm", day="14",
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("act-time")
    opened = answerer_over(root, DOCUMENTS, lexical_only=True)
    yield opened
    opened.close()


def test_the_sentence_naming_the_act_asked(answerer: Answerer) -> None:
    result = answerer.ask(
        "Khi nào tỉnh Thử Nghiệm tổng kết phong trào thi đua xây dựng nông thôn mới kiểu mẫu?"
    )
    assert result.found and "tháng 8 năm 2026" in (result.answer or "")
    assert_quotes_verbatim(answerer, result)


def test_the_period_itself_when_asked(answerer: Answerer) -> None:
    # the period asked (no act of its own named): the leader's sentence still answers
    result = answerer.ask(
        "Phong trào thi đua xây dựng nông thôn mới kiểu mẫu của tỉnh Thử Nghiệm được triển"
        " khai thực hiện đến khi nào?"
    )
    assert result.found and "tháng 6 năm 2026" in (result.answer or "")


def test_a_notice_reporting_a_meeting_is_dated_itself(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thông báo 512/TB-VP kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với xã Hòa An"
        " được ban hành ngày nào?"
    )
    assert result.found and "14 tháng 11 năm 2025" in (result.answer or "")


def test_an_event_as_source_or_as_subject() -> None:
    def source(question: str) -> bool:
        return _event_as_source(route_question(question).folded)

    assert source("Thông báo 512/TB-VP kết luận tại buổi làm việc với xã Hòa An ban hành ngày nào?")
    # the meeting is the subject: its own day is asked
    assert not source("UBND tỉnh họp phiên thường kỳ thông qua quyết định 12 vào ngày nào?")
    assert not source("Chủ tịch UBND tỉnh làm việc với xã Hòa An ngày nào?")


def test_a_sentence_of_its_own_or_the_rest_of_one() -> None:
    assert _new_sentence("... đến hết tháng 6 năm 2026.", "Tổng kết vào tháng 8 năm 2026.")
    assert _new_sentence("... như sau:**", "**Bước 1.** Tiếp nhận hồ sơ.")
    # the rest of the leader's sentence, cut at a bracket
    assert not _new_sentence("nhân kỷ niệm 79 năm (", "19/12/1946-19/12/2025) và chào mừng")
    assert not _new_sentence("... đến hết tháng 6 năm 2026", "Tổng kết vào tháng 8 năm 2026.")
