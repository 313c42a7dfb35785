"""The signer of a document the collection only cites is not answered by the signer of the
document citing it: a citation never states who signed ("Ai ký NĐ 272/2025/NĐ-CP?"). A
document named after the one signed ("kế hoạch thực hiện NĐ 272/2025/NĐ-CP") still is. The
document is written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

DECISION = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 2003/QĐ-UBND

*Thử Nghiệm, ngày 20 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Phê duyệt danh sách xã miền núi trên địa bàn tỉnh Thử Nghiệm giai đoạn 2026 - 2030**

*Căn cứ Nghị định số 272/2025/NĐ-CP ngày 16 tháng 10 năm 2025 của Chính phủ về phân định \
vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026 - 2030;*

**Điều 1.** Phê duyệt danh sách 95 xã miền núi trên địa bàn tỉnh Thử Nghiệm.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.

**TM. ỦY BAN NHÂN DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Hoàng Văn Thạch**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("signer-cited"), {"qd-2003.md": DECISION}, lexical_only=True
    )
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "question",
    [
        "Ai ký NĐ 272/2025/NĐ-CP về phân định vùng đồng bào dân tộc thiểu số và miền núi?",
        "Nghị định 272/2025/NĐ-CP do ai ký?",
    ],
)
def test_the_signer_of_a_cited_document_is_not_stated(answerer: Answerer, question: str) -> None:
    result = answerer.ask(question)
    assert not result.found, result.answer


def test_the_document_applying_it_is_signed_by_its_signer(answerer: Answerer) -> None:
    result = answerer.ask(
        "Ai ký quyết định phê duyệt danh sách xã miền núi thực hiện NĐ 272/2025/NĐ-CP?"
    )
    assert result.found and "Hoàng Văn Thạch" in result.answer, result.answer
