"""A task set out as an item, its fields on the lines under it ("Xây dựng Cổng thông tin ..." /
"- Cơ quan chủ trì: ..." / "- Thời gian thực hiện: năm 2026 - 2027."): "trong giai đoạn nào"
asks the task's time, which the field states; the item's own line, which only repeats what the
question writes, answers nothing. A plan written here, indexed lexical-only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import echoes_question
from qa_service.answer.question import Question, analyse
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

_PLAN = """**ỦY BAN NHÂN DÂN**
TỈNH LAM ĐIỀN

Số: 214/KH-UBND

*Lam Điền, ngày 12 tháng 11 năm 2025*

**KẾ HOẠCH**

TRIỂN KHAI THI HÀNH LUẬT BẢO VỆ DỮ LIỆU CÁ NHÂN TRÊN ĐỊA BÀN TỈNH LAM ĐIỀN

**II. NHIỆM VỤ CỤ THỂ**

**1. Xây dựng Cổng thông tin về bảo vệ dữ liệu cá nhân của tỉnh**

- Nội dung: Cổng thông tin cung cấp thông tin tuyên truyền, hỗ trợ hướng dẫn người dân về
bảo vệ dữ liệu cá nhân.

- Cơ quan chủ trì: Công an tỉnh.

- Thời gian thực hiện: năm 2026 - 2027.

**2. Tập huấn cán bộ làm công tác bảo vệ dữ liệu cá nhân**

- Cơ quan chủ trì: Sở Nội vụ.

- Thời gian thực hiện: hằng năm.
"""

_ASKED = (
    "Cổng thông tin về bảo vệ dữ liệu cá nhân của tỉnh Lam Điền được xây dựng trong giai đoạn nào?"
)


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("task-period")
    opened = answerer_over(root, {"kh-214.md": _PLAN}, lexical_only=True)
    yield opened
    opened.close()


def _question(answerer: Answerer, text: str) -> Question:
    return analyse(answerer.corpus, route_question(text), None)


@pytest.mark.parametrize(
    "question",
    [
        _ASKED,
        "cong thong tin bao ve du lieu ca nhan xay dung giai doan nao",
        "Kế hoạch chuyển đổi số được thực hiện trong giai đoạn nào?",
    ],
)
def test_the_period_of_a_task_is_a_time_asked(question: str) -> None:
    assert route_question(question).intent == "deadline"


def test_the_period_field_of_the_task_answers(answerer: Answerer) -> None:
    result = answerer.ask(_ASKED)
    assert result.found, result
    assert "2026 - 2027" in result.answer, result.answer
    assert_quotes_verbatim(answerer, result)


def test_a_line_repeating_the_question_says_nothing(answerer: Answerer) -> None:
    q = _question(answerer, _ASKED)
    assert echoes_question(q, "Xây dựng Cổng thông tin về bảo vệ dữ liệu cá nhân của tỉnh")
    assert not echoes_question(q, "Thời gian thực hiện: năm 2026 - 2027.")
    assert not echoes_question(q, "Cổng thông tin cung cấp thông tin tuyên truyền")


def test_a_yes_or_no_question_is_confirmed_in_its_own_words(answerer: Answerer) -> None:
    q = _question(answerer, "Tỉnh có xây dựng Cổng thông tin về bảo vệ dữ liệu cá nhân không?")
    assert not echoes_question(q, "Xây dựng Cổng thông tin về bảo vệ dữ liệu cá nhân của tỉnh")
