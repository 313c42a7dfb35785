"""A sentence that states a value or a time limit for one beneficiary, position or level
answers no question about another of the same kind ("giáo viên" asked, the row of "học
sinh"; "cấp huyện" asked, the step of "cấp xã"); its twin about the member it names is
answered. The documents are written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.gazetteer import plain
from qa_service.answer.value_kind import (
    _other_member,
)
from qa_service.routing import fold
from tests.qa_service.small_index import answerer_over

RESOLUTION = """**HỘI ĐỒNG NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 47/2025/NQ-HĐND

*Thử Nghiệm, ngày 12 tháng 11 năm 2025*

**NGHỊ QUYẾT**

Quy định mức hỗ trợ đối với học sinh trường chuyên trên địa bàn tỉnh Thử Nghiệm

**Điều 1. Mức hỗ trợ**

1. Học sinh trường chuyên được hỗ trợ 800.000 đồng/tháng trong thời gian học tập.

2. Hồ sơ đề nghị hỗ trợ được niêm yết công khai tại trụ sở Ủy ban nhân dân cấp xã \
trong thời hạn 07 ngày làm việc.

**Điều 2.** Nghị quyết này có hiệu lực từ ngày 01 tháng 12 năm 2025.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("other-person"),
        {"thu-nghiem_nghi-quyet-47.md": RESOLUTION},
        lexical_only=True,
    )
    yield opened
    opened.close()


def _f(text: str) -> str:
    return plain(fold(text))


@pytest.mark.parametrize(
    ("question", "unit", "other"),
    [
        # another beneficiary
        ("Mức hỗ trợ cho giáo viên là bao nhiêu?", "Học sinh được hỗ trợ 800.000 đồng", True),
        ("Mức hỗ trợ cho học sinh là bao nhiêu?", "Học sinh được hỗ trợ 800.000 đồng", False),
        # another position: "Phó Chủ tịch" is no "Chủ tịch", nor the other way round
        ("Phó Chủ tịch được chi bao nhiêu?", "Mức 500.000 đồng đối với Chủ tịch", True),
        ("Chủ tịch được chi bao nhiêu?", "Mức 400.000 đồng đối với Phó Chủ tịch", True),
        ("Chủ tịch được chi bao nhiêu?", "Mức 500.000 đồng đối với Chủ tịch", False),
        # a sentence naming no one of the kind says nothing against the question
        ("Mức hỗ trợ cho giáo viên là bao nhiêu?", "Mức hỗ trợ là 800.000 đồng", False),
        # a child named after the parents' work is no worker
        ("Trẻ mầm non con công nhân được hỗ trợ mấy tháng?", "Trẻ em được hỗ trợ 09 tháng", False),
    ],
)
def test_another_member_of_the_kind(question: str, unit: str, other: bool) -> None:
    assert (_other_member(_f(question), _f(unit)) is not None) is other


def test_a_heading_names_the_member_of_a_row() -> None:
    """A row that names no one takes its member from the headings above it."""
    question = _f("Mức hỗ trợ cho hộ nghèo là bao nhiêu?")
    assert _other_member(question, _f("Mức 1: 500.000 đồng"), _f("Người có công")) is not None
    assert _other_member(question, _f("Mức 1: 500.000 đồng"), _f("Hộ nghèo")) is None


@pytest.mark.parametrize(
    "question",
    [
        "Theo Nghị quyết 47/2025/NQ-HĐND tỉnh Thử Nghiệm, giáo viên trường chuyên được hỗ trợ "
        "bao nhiêu đồng mỗi tháng?",
        "Theo Nghị quyết 47/2025/NQ-HĐND tỉnh Thử Nghiệm, hồ sơ đề nghị hỗ trợ được niêm yết "
        "tại trụ sở UBND cấp huyện trong bao nhiêu ngày?",
    ],
)
def test_a_near_miss_member_is_not_answered(answerer: Answerer, question: str) -> None:
    result = answerer.ask(question)
    assert not result.found, (question, result.answer)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        (
            "Theo Nghị quyết 47/2025/NQ-HĐND tỉnh Thử Nghiệm, học sinh trường chuyên được hỗ "
            "trợ bao nhiêu đồng mỗi tháng?",
            "800.000",
        ),
        (
            "Theo Nghị quyết 47/2025/NQ-HĐND tỉnh Thử Nghiệm, hồ sơ đề nghị hỗ trợ được niêm "
            "yết tại trụ sở UBND cấp xã trong bao nhiêu ngày?",
            "07 ngày",
        ),
    ],
)
def test_the_twin_about_the_member_named_is_answered(
    answerer: Answerer, question: str, value: str
) -> None:
    result = answerer.ask(question)
    assert result.found and value in (result.answer or ""), (question, result.answer)
