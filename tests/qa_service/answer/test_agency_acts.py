"""The body the asked act is said of when a sentence names several ("... Hội đồng nhân dân tỉnh
có yêu cầu thực hiện ..., gửi Sở Tài chính tổng hợp"), the body an act names as a noun before
"của" ("ý kiến thẩm định của Sở Tư pháp"), and a numbered part of a programme the question
names that the document gives no body ("Dự án 8")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.agency import name_end
from qa_service.answer.extractors import _relation_fit
from qa_service.answer.question import analyse
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

REGULATION = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 21/2025/QĐ-UBND

Thử Nghiệm, ngày 12 tháng 5 năm 2025

QUYẾT ĐỊNH

Ban hành Quy chế hoạt động tư vấn, phản biện của Liên hiệp các hội Khoa học tỉnh

Theo đề nghị của Sở Nội vụ tại Tờ trình số 70/TTr-SNV ngày 10/4/2025; ý kiến thẩm định của \
Sở Tư pháp tại Báo cáo số 323/BC-STP ngày 05/4/2025.

Điều 5. Kinh phí hoạt động tư vấn, phản biện

Đối với các đề án do Tỉnh ủy, Hội đồng nhân dân tỉnh có yêu cầu thực hiện tư vấn, phản biện, \
Liên hiệp các hội Khoa học tỉnh lập dự toán kinh phí, gửi Sở Tài chính tổng hợp vào kế hoạch \
ngân sách tỉnh hằng năm.
"""

PLAN = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 153/KH-UBND

Thử Nghiệm, ngày 12 tháng 3 năm 2025

KẾ HOẠCH

Triển khai Chương trình phòng, chống tệ nạn xã hội đến năm 2030

III. TỔ CHỨC THỰC HIỆN

1. Sở Y tế

a) Chủ trì triển khai, thực hiện các nhiệm vụ được giao tại Dự án 6 về cai nghiện phục hồi.

2. Sở Giáo dục và Đào tạo

a) Chủ trì triển khai, thực hiện các nhiệm vụ được giao tại Dự án 7 về tuyên truyền trong \
trường học.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("acts")
    answerer = answerer_over(
        root,
        {"quy-che-tu-van.md": REGULATION, "ke-hoach-te-nan.md": PLAN},
        lexical_only=True,
    )
    yield answerer
    answerer.close()


@pytest.mark.parametrize(
    ("question", "body", "not_body"),
    [
        # the body right before the asked act, not the one before another verb of charge
        ("Dự toán kinh phí tư vấn, phản biện của Liên hiệp các hội Khoa học tỉnh gửi sở nào "
         "tổng hợp vào kế hoạch ngân sách?", "Sở Tài chính", "Hội đồng"),
        # a part the plan names is given its body
        ("Kế hoạch 153 giao đơn vị nào chủ trì Dự án 6?", "Sở Y tế", "Giáo dục"),
    ],
)  # fmt: skip
def test_the_body_the_act_is_said_of(
    answerer: Answerer, question: str, body: str, not_body: str
) -> None:
    result = answerer.ask(question)
    assert result.found and result.answer is not None
    assert body in result.answer
    assert not_body not in result.answer


def test_a_part_the_plan_never_names_is_not_answered(answerer: Answerer) -> None:
    result = answerer.ask("Kế hoạch 153 giao đơn vị nào chủ trì Dự án 8?")
    assert not result.found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bộ Tài chính đang xây dựng Nghị định sửa đổi", "Bộ Tài chính"),
        ("Sở Nội vụ đã ban hành văn bản", "Sở Nội vụ"),
        ("đề nghị của Sở Nội vụ tại Văn bản số 70/TTr-SNV", "đề nghị của Sở Nội vụ"),
    ],
)
def test_a_name_ends_before_the_time_or_the_document_of_its_act(text: str, name: str) -> None:
    assert text[: name_end(text, 0, limit=200)] == name


def test_an_act_named_before_of_puts_its_body_in_the_role(answerer: Answerer) -> None:
    question = "Cơ quan nào thẩm định dự thảo Quyết định ban hành Quy chế?"
    q = analyse(answerer.corpus, route_question(question), None)
    text = "Theo đề nghị của Sở Nội vụ tại Tờ trình số 70; ý kiến thẩm định của Sở Tư pháp tại"
    appraiser = text.index("Sở Tư pháp")
    assert _relation_fit(q, text, appraiser, appraiser + len("Sở Tư pháp")) == 1.0
