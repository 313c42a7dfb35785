"""Two checks of an answer against its question, read on the folded words: a document the
proposal asks to act on ("đề nghị ban hành Nghị quyết thay thế Nghị quyết số 61/2021") is no
proposal, so it still answers "thay thế nghị quyết nào"; a sum per session or day answers no
rate asked by the month."""

from __future__ import annotations

import pytest

from qa_service.answer.value_kind import (
    _rate_of_another_period,
)
from qa_service.answer.verify import (
    _proposed_itself,
)


@pytest.mark.parametrize(
    ("before", "proposed"),
    [
        (
            "xet to trinh so 390 ve viec de nghi ban hanh nghi quyet thay the nghi quyet so",
            False,
        ),
        ("theo de nghi cua giam doc so tu phap tai to trinh so", True),
        ("can cu luat to chuc chinh quyen dia phuong; nghi dinh so", False),
    ],
)
def test_a_document_the_proposal_acts_on_is_no_proposal(before: str, proposed: bool) -> None:
    assert _proposed_itself(before) is proposed


@pytest.mark.parametrize(
    ("question", "answer", "refused"),
    [
        (
            "muc phu cap hang thang cho truong cong an xa la bao nhieu",
            "muc 120.000 dong/nguoi/buoi",
            True,
        ),
        (
            "muc phu cap hang thang cho truong cong an xa la bao nhieu",
            "4.960.000 dong/nguoi/thang",
            False,
        ),
        ("muc phu cap moi thang la bao nhieu", "muc 1.170.000 dong", False),
        ("muc boi duong moi buoi hop la bao nhieu", "120.000 dong/nguoi/buoi", False),
    ],
)
def test_a_rate_per_session_answers_no_monthly_rate(
    question: str, answer: str, refused: bool
) -> None:
    assert (_rate_of_another_period(question, answer) is not None) is refused
