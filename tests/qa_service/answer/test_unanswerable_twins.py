"""Questions that name a real document and a topic it treats but ask a detail it does not
state, beside their answerable twins: the holder of a body named after a person ("Viện Bỏng
Trần Văn Thử"), whose name in the question is no holder's; the value of one case of a list
labelled by case ("Đối với chương trình tín dụng nước sạch ...: ..."), asked for another case
of the same head. Each was answered before (the sentence naming the body, the other case's
value). The documents are written here."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.question import analyse
from qa_service.answer.value_kind import (
    asked_element_unsaid,
)
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

REPEAL = """**BỘ THỬ NGHIỆM**

Số: 127/2025/TT-BTN

*Hà Nội, ngày 19 tháng 11 năm 2025*

**THÔNG TƯ**

Bãi bỏ Quyết định số 181/2006/QĐ-BTN ban hành Điều lệ tổ chức và hoạt động của Viện Bỏng \
Trần Văn Thử

*Bộ trưởng Bộ Thử Nghiệm ban hành Thông tư bãi bỏ Quyết định số 181/2006/QĐ-BTN ngày 31 tháng \
10 năm 2006 của Bộ trưởng Bộ Thử Nghiệm ban hành Điều lệ tổ chức và hoạt động của Viện Bỏng \
Trần Văn Thử.*

**Điều 1. Bãi bỏ văn bản quy phạm pháp luật**

Bãi bỏ Quyết định số 181/2006/QĐ-BTN ngày 31 tháng 10 năm 2006 của Bộ trưởng Bộ Thử Nghiệm \
ban hành Điều lệ tổ chức và hoạt động của Viện Bỏng Trần Văn Thử.

**Điều 2. Điều khoản thi hành**

Thông tư này có hiệu lực thi hành từ ngày 24 tháng 11 năm 2025.

**KT. BỘ TRƯỞNG**
**THỨ TRƯỞNG**

**Lê Văn Nghiệm**
"""

LENDING = """**HỘI ĐỒNG NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 56/2025/NQ-HĐND

*Thử Nghiệm, ngày 10 tháng 11 năm 2025*

**NGHỊ QUYẾT**

Quy định mức cho vay từ nguồn vốn ngân sách tỉnh ủy thác qua Ngân hàng Chính sách xã hội

**Điều 1. Mức cho vay**

1. Đối với chương trình tín dụng nước sạch và vệ sinh môi trường: Mức cho vay tối đa là 30 \
triệu đồng/công trình nước sạch và 50 triệu đồng/công trình vệ sinh.

2. Đối với chương trình tín dụng nhà ở xã hội: Mức cho vay tối đa là 800 triệu đồng/hộ.

**Điều 2. Hiệu lực thi hành**

Nghị quyết này có hiệu lực từ ngày 01 tháng 12 năm 2025.

**CHỦ TỊCH**

**Phan Văn Thử**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("unanswerable-twins"),
        {"bo-thu-nghiem_thong-tu-127.md": REPEAL, "thu-nghiem_nghi-quyet-56.md": LENDING},
    )
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "question",
    [
        # the body is named after a person: its name is no holder of the position asked
        "Viện trưởng Viện Bỏng Trần Văn Thử được nêu trong Thông tư 127/2025/TT-BTN là ai?",
        # the list states the values of two programmes, not of the one asked
        "Mức cho vay tối đa chương trình tín dụng học sinh sinh viên theo Nghị quyết "
        "56/2025/NQ-HĐND tỉnh Thử Nghiệm là bao nhiêu?",
    ],
)
def test_a_detail_the_document_does_not_state_is_not_answered(
    answerer: Answerer, question: str
) -> None:
    result = answerer.ask(question)
    assert not result.found, (question, result.answer)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "Mức cho vay tối đa chương trình tín dụng nhà ở xã hội theo Nghị quyết "
            "56/2025/NQ-HĐND tỉnh Thử Nghiệm là bao nhiêu?",
            "800 triệu",
        ),
        ("Ai ký Thông tư 127/2025/TT-BTN bãi bỏ Điều lệ Viện Bỏng Trần Văn Thử?", "Lê Văn Nghiệm"),
    ],
)
def test_the_answerable_twin_still_answers(answerer: Answerer, question: str, answer: str) -> None:
    result = answerer.ask(question)
    assert result.found, question
    assert answer in (result.answer or "")


@pytest.mark.parametrize(
    ("answer", "unsaid"),
    [
        ("của Bộ trưởng Bộ Thử Nghiệm ban hành Điều lệ của Viện Bỏng Trần Văn Thử", True),
        ("Viện trưởng Viện Bỏng Trần Văn Thử là ông Đỗ Minh Khoa", False),
    ],
)
def test_a_name_the_question_writes_itself_names_no_holder(
    answerer: Answerer, answer: str, unsaid: bool
) -> None:
    q = analyse(
        answerer.corpus,
        route_question("Viện trưởng Viện Bỏng Trần Văn Thử là ai?"),
        None,
    )
    assert (asked_element_unsaid(q, answer) is not None) is unsaid


def test_a_case_named_with_words_of_its_label_left_out_still_answers(answerer: Answerer) -> None:
    result = answerer.ask(
        "NQ 56/2025/NQ-HĐND tỉnh Thử Nghiệm: chương trình nhà ở xã hội được vay tối đa bao nhiêu?"
    )
    assert result.found
    assert "800 triệu" in (result.answer or "")
