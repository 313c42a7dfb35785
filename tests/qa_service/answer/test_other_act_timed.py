"""A time limit of another act than the one the question times ("phải được trả lời trong bao
nhiêu ngày" answered by "Trong thời hạn 02 ngày ..., Văn phòng gửi kết quả ...") answers
nothing; the act asked is still timed by its own sentence. The document is written here, never
seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.value_kind import _other_act_timed
from tests.qa_service.small_index import answerer_over

RULES = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

**QUY CHẾ**

**Tiếp nhận, xử lý kiến nghị của cử tri**

**Điều 7. Chuyển kết quả**

Trong thời hạn 02 ngày làm việc kể từ ngày có kết quả giải quyết kiến nghị của cử tri, Văn \
phòng UBND tỉnh có trách nhiệm gửi kết quả đến Thường trực HĐND tỉnh.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("other-act"), {"quy-che.md": RULES}, lexical_only=True
    )
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "unit", "refused"),
    [
        (
            "kien nghi cua cu tri phai duoc tra loi trong bao nhieu ngay",
            "trong thoi han 02 ngay, van phong gui ket qua den thuong truc hdnd",
            True,
        ),
        (
            "du an phai khoi cong truoc thoi diem nao",
            "bao cao thu tuong trong thang 12 nam 2025",
            True,
        ),
        # the act asked written in the unit
        (
            "van phong phai gui ket qua trong bao nhieu ngay",
            "trong thoi han 02 ngay, van phong gui ket qua den thuong truc hdnd",
            False,
        ),
        # no act timed by the question
        ("thoi han giai quyet bao nhieu ngay", "15 ngay lam viec, gui ket qua", False),
        # two acts timed, each asked: no one act to check
        (
            "buoc tham dinh mat bao lau, buoc trinh lanh dao ky mat bao lau",
            "buoc 3 | tham dinh, thu ly ho so | 2,5 ngay",
            False,
        ),
        # ("nhà máy" asks nothing)
        (
            "du an nha may phai khoi cong truoc thoi diem nao",
            "bao cao thu tuong trong thang 12 nam 2025",
            True,
        ),
        # "Thời gian hoàn thành" labels the item's own time, no act of another
        (
            "ubnd xa phai tong hop ket qua, bao cao bang van ban gui ve so truoc ngay nao",
            "thoi gian hoan thanh: truoc ngay 15/4/2026.",
            False,
        ),
        # the act asked is the last one before the words asking its time
        (
            "van phong tiep nhan ho so roi chuyen so xay dung tham dinh trong bao nhieu ngay",
            "so xay dung tham dinh trong 10 ngay",
            False,
        ),
        # a sending in another's clause ("nộp ... thì") is not the act timed
        (
            "cong dan nop ho so thi co quan phai tra loi trong bao nhieu ngay",
            "trong thoi han 02 ngay, van phong gui ket qua",
            True,
        ),
        # the question times a sending ("phải gửi"); the act after it names what is sent
        (
            "dai phai gui kich ban le khanh thanh khoi cong cho bo truoc ngay nao",
            "gui bo xay dung truoc ngay 03 thang 12 nam 2025 de tong hop bao cao",
            False,
        ),
    ],
)
def test_other_act_timed(question: str, unit: str, refused: bool) -> None:
    assert (_other_act_timed(question, unit, unit) is not None) == refused


def test_the_time_of_another_act_answers_nothing(answerer: Answerer) -> None:
    result = answerer.ask("Kiến nghị của cử tri phải được trả lời trong bao nhiêu ngày?")
    assert not result.found, result.answer
    result = answerer.ask("Văn phòng UBND tỉnh gửi kết quả giải quyết kiến nghị trong bao lâu?")
    assert result.found and "02 ngày" in result.answer, result.answer
