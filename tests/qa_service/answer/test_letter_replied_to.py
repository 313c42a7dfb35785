"""The letter a reply answers ("Cục Thuế trả lời công văn số mấy của Thuế tỉnh X?") is the one
the reply cites, not the reply itself; the reply is still what "công văn nào trả lời công văn số
823/..." asks. The document is written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.routing import asks_a_related_document, fold
from tests.qa_service.small_index import answerer_over

REPLY = """**CỤC THUẾ THỬ NGHIỆM**

Số: 5253/CT-CS

V/v tiền thuê đất

*Hà Nội, ngày 17 tháng 11 năm 2025*

Kính gửi: Thuế tỉnh Thử Nghiệm.

Cục Thuế nhận được công văn số 823/TNG-CNTK ngày 17/09/2025 của Thuế tỉnh Thử Nghiệm về \
tiền thuê đất. Về vấn đề này, Cục Thuế có ý kiến như sau: người thuê đất nộp tiền thuê đất \
hằng năm theo quy định.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("replied-to"), {"cv-5253.md": REPLY}, lexical_only=True
    )
    yield opened
    opened.close()


def test_the_letter_replied_to_is_a_related_document() -> None:
    assert asks_a_related_document(fold("Cục Thuế trả lời công văn số mấy của Thuế tỉnh X?"))
    assert not asks_a_related_document(fold("Công văn nào trả lời công văn số 823/TNG-CNTK?"))


def test_the_letter_replied_to_is_answered(answerer: Answerer) -> None:
    result = answerer.ask(
        "Cục Thuế trả lời công văn số mấy của Thuế tỉnh Thử Nghiệm về tiền thuê đất?"
    )
    assert result.found and "823/TNG-CNTK" in result.answer, result.answer
