"""How often a thing recurs ("đổi mật khẩu định kỳ bao nhiêu ngày một lần") is answered by a
period written as one ("06 tháng một lần", "định kỳ 90 ngày"), not by a length once ("trong vòng
05 ngày kể từ ..."). The document is written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

RULES = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

**QUY CHẾ**

**Quản lý hộp thư điện tử công vụ**

**Điều 5. Trách nhiệm của người dùng**

1. Không thay đổi mật khẩu mặc định lần đầu trong vòng 05 ngày kể từ thời điểm thông báo \
cấp phát thì hộp thư bị khóa.

**Điều 6. Báo cáo**

Cơ quan quản lý thực hiện báo cáo định kỳ 06 tháng một lần về tình hình sử dụng hộp thư.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("how-often"), {"quy-che.md": RULES}, lexical_only=True
    )
    yield opened
    opened.close()


def test_a_length_once_is_no_period(answerer: Answerer) -> None:
    result = answerer.ask("Người dùng phải đổi mật khẩu định kỳ bao nhiêu ngày một lần?")
    assert not result.found, result.answer


@pytest.mark.parametrize(
    "question",
    [
        "Cơ quan quản lý báo cáo tình hình sử dụng hộp thư bao lâu một lần?",
        "bao cao tinh hinh su dung hop thu dinh ky bao lau",
    ],
)
def test_a_period_answers(answerer: Answerer, question: str) -> None:
    result = answerer.ask(question)
    assert result.found and "06 tháng" in result.answer, result.answer
