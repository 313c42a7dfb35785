"""The value of another procedure on the same paper ("Cấp chứng chỉ ...: 100.000 đồng" for "lệ
phí gia hạn chứng chỉ") answers nothing: the act the question names ("gia hạn", "cấp lại",
"thu hồi") is not written with it. The document is written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.answer.value_candidates import mismatch_for
from tests.qa_service.small_index import answerer_over

PROCEDURES = """**TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG THỬ NGHIỆM**

**QUYẾT ĐỊNH**

**Công bố thủ tục hành chính lĩnh vực đấu thầu**

| STT | Tên thủ tục | Phí, lệ phí |
|---|---|---|
| 1 | Cấp chứng chỉ hành nghề đấu giá viên | 100.000 đồng/chứng chỉ |
| 2 | Cấp lại chứng chỉ hành nghề đấu giá viên | 50.000 đồng/chứng chỉ |
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("procedure-act"), {"qd-dau-thau.md": PROCEDURES}, lexical_only=True
    )
    yield opened
    opened.close()


def test_the_fee_of_another_procedure_answers_nothing(answerer: Answerer) -> None:
    result = answerer.ask("Lệ phí gia hạn chứng chỉ hành nghề đấu giá viên là bao nhiêu?")
    assert not result.found, result.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Lệ phí cấp lại chứng chỉ hành nghề đấu giá viên là bao nhiêu?", "50.000"),
        ("le phi cap chung chi hanh nghe dau gia vien la bao nhieu", "100.000"),
    ],
)
def test_the_fee_of_the_procedure_named(answerer: Answerer, question: str, expected: str) -> None:
    result = answerer.ask(question)
    assert result.found and expected in result.answer, result.answer


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("Lệ phí gia hạn chứng chỉ hành nghề đấu giá viên là bao nhiêu?", True),
        ("le phi thu hoi chung chi hanh nghe dau gia vien", True),
        ("Lệ phí cấp chứng chỉ hành nghề đấu giá viên là bao nhiêu?", False),
    ],
)
def test_a_row_of_another_act(answerer: Answerer, question: str, refused: bool) -> None:
    mismatch = mismatch_for(answerer, question, "100.000 đồng", "100.000 đồng")
    assert (mismatch is not None) == refused, mismatch
