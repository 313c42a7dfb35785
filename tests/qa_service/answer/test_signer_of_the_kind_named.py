"""The signer asked of a document of a kind ("Ai ký Nghị quyết HĐND ...") is that of a
document of that kind, not of another kind's on the same subject (the UBND's decision carrying
the resolution out). The documents are written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

RESOLUTION = """**HỘI ĐỒNG NHÂN DÂN**
**THÀNH PHỐ THỬ NGHIỆM**

Số: 35/2025/NQ-HĐND

*Thử Nghiệm, ngày 10 tháng 11 năm 2025*

**NGHỊ QUYẾT**

**Sửa đổi quy định phân bổ vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội \
vùng đồng bào dân tộc thiểu số và miền núi**

**Điều 1.** Sửa đổi tỷ lệ vốn đối ứng của ngân sách thành phố.

**CHỦ TỊCH**

**Lê Trường Sơn**
"""

DECISION = """**ỦY BAN NHÂN DÂN**
**THÀNH PHỐ THỬ NGHIỆM**

Số: 125/2025/QĐ-UBND

*Thử Nghiệm, ngày 20 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Sửa đổi quy định phân bổ vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội \
vùng đồng bào dân tộc thiểu số và miền núi trên địa bàn thành phố**

**Điều 1.** Sửa đổi quy định phân bổ vốn Chương trình mục tiêu quốc gia phát triển kinh tế - \
xã hội vùng đồng bào dân tộc thiểu số và miền núi trên địa bàn thành phố.

**TM. ỦY BAN NHÂN DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Nguyễn Thanh Hải**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("signer-kind"),
        {"nq-35.md": RESOLUTION, "qd-125.md": DECISION},
        lexical_only=True,
    )
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "signer"),
    [
        (
            "Ai ký Nghị quyết HĐND sửa đổi quy định phân bổ vốn CT MTQG vùng đồng bào DTTS và "
            "miền núi?",
            "Lê Trường Sơn",
        ),
        (
            "Ai ký quyết định sửa đổi quy định phân bổ vốn CT MTQG vùng đồng bào DTTS và miền núi?",
            "Nguyễn Thanh Hải",
        ),
    ],
)
def test_the_signer_of_the_kind_named(answerer: Answerer, question: str, signer: str) -> None:
    result = answerer.ask(question)
    assert result.found and signer in result.answer, result.answer


def test_another_kinds_signer_is_no_answer(answerer: Answerer) -> None:
    # the words of the decision's title, the kind of the resolution: not the decision's signer
    result = answerer.ask(
        "Ai ký nghị quyết sửa đổi quy định phân bổ vốn CT MTQG vùng đồng bào DTTS và miền núi "
        "trên địa bàn thành phố?"
    )
    assert not result.found or "Nguyễn Thanh Hải" not in result.answer, result.answer


def test_the_kind_signed_is_the_kind_asked(answerer: Answerer) -> None:
    from qa_service.answer.own_document import asked_types
    from qa_service.answer.question import analyse
    from qa_service.routing import route_question

    q = analyse(answerer.corpus, route_question("Ai ký Nghị quyết HĐND về phân bổ vốn?"), None)
    assert asked_types(q) == ["nghi quyet"]
