"""Two letters of one body on one subject, told apart by the date the question gives the one
it asks about ("Công văn của Cục X gửi Công ty Y ngày 09/12/2025 do ai ký?"). The letters are
written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.document_answers import opening_document_date
from qa_service.routing import fold
from tests.qa_service.small_index import assert_quotes_verbatim, served_answerer_over


@pytest.mark.parametrize(
    ("question", "date"),
    [
        (
            "Công văn của Cục Hải quan gửi Công ty Đông Phong ngày 09/12/2025 do ai ký?",
            "2025-12-09",
        ),
        ("Quyết định của UBND tỉnh ngày 3 tháng 7 năm 2025 do ai ký?", "2025-07-03"),
        # a date of another document it names, or a day a force runs from
        ("Công văn trả lời công văn ngày 06/11/2025 của Công ty Đông Phong do ai ký?", None),
        ("Quyết định có hiệu lực từ ngày 01/01/2026 do ai ký?", None),
        ("Ai ký công văn ngày 09/12/2025?", None),  # the question does not open with it
    ],
)
def test_the_date_a_question_gives_the_document_it_opens_with(
    question: str, date: str | None
) -> None:
    assert opening_document_date(fold(question)) == date


def _letter(number: str, day: str, company: str, subject: str, signer: str) -> str:
    return f"""|
**BỘ TÀI CHÍNH**
**CỤC HẢI QUAN**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**
|
Số: {number}/CHQ-GSQL
V/v thủ tục hải quan đối với container rỗng
|
*Hà Nội, ngày {day} tháng 12 năm 2025*
|

**Kính gửi:** {company}.

Trả lời công văn của {company} về thủ tục hải quan đối với container rỗng, Cục Hải quan có ý
kiến như sau: {subject}

Đề nghị Công ty căn cứ các quy định nêu trên để thực hiện./.
|
**KT. CỤC TRƯỞNG**
**PHÓ CỤC TRƯỞNG**

**{signer}**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    letters = {
        # the earlier letter answers a company of the same words about more of the subject
        "cv-40001.md": _letter(
            "40001",
            "01",
            "Công ty TNHH Vận tải Đông Phong Hải Phòng",
            "thủ tục hải quan đối với container rỗng tạm nhập, tái xuất thực hiện theo"
            " Điều 51 Nghị định số 08/2015/NĐ-CP; container rỗng của công ty vận tải đăng"
            " ký tờ khai theo quy định.",
            "Trần Quốc Việt",
        ),
        "cv-41277.md": _letter(
            "41277",
            "09",
            "Công ty TNHH Đông Phong",
            "container rỗng thực hiện theo Điều 51 Nghị định số 08/2015/NĐ-CP.",
            "Lê Minh Đức",
        ),
    }
    opened = served_answerer_over(tmp_path_factory.mktemp("dated-letters"), letters)
    yield opened
    opened.close()


def test_the_signer_of_the_letter_of_the_date_asked(answerer: Answerer) -> None:
    result = answerer.ask(
        "Công văn của Cục Hải quan gửi Công ty Đông Phong về container rỗng ngày 09/12/2025 do"
        " ai ký?"
    )
    assert result.found and result.answer is not None
    assert "Lê Minh Đức" in result.answer
    assert_quotes_verbatim(answerer, result)
    other = answerer.ask(
        "Công văn của Cục Hải quan gửi Công ty Đông Phong về container rỗng ngày 01/12/2025 do"
        " ai ký?"
    )
    assert other.found and other.answer is not None
    assert "Trần Quốc Việt" in other.answer
