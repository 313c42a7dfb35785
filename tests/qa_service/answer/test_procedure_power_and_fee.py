"""A procedure's fields beyond the body that carries it out: the holder of the power to decide
("- Người có thẩm quyền quyết định: Chủ tịch UBND cấp tỉnh"), asked "ai có thẩm quyền quyết
định", and a fee field that charges nothing ("h) Phí, lệ phí: Không."), asked "phí bao nhiêu"
or "có mất phí không": "Không" is the amount the field states; the count of a paper's copies
("Bản chính: 03") is no fee."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import field_agency
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

PROCEDURE = """**BỘ THỬ NGHIỆM**

**QUYẾT ĐỊNH**

**Về việc công bố thủ tục hành chính lĩnh vực thủy văn**

**1. Thủ tục cấp giấy phép khai thác nước mặt quy mô nhỏ**

a) Trình tự thực hiện: Tổ chức nộp hồ sơ tại Trung tâm Phục vụ hành chính công.

d) Thời hạn giải quyết: Trong 12 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ.

**e) Cơ quan thực hiện thủ tục hành chính:**

- Cơ quan thực hiện thủ tục
hành chính: Sở Thủy văn.

- Người có thẩm quyền quyết định:
Chủ tịch Ủy ban nhân dân cấp tỉnh.

g) Kết quả thực hiện thủ tục hành chính: Giấy phép khai thác nước mặt.

h) Phí, lệ phí (nếu có): Không
quy định.

**2. Thủ tục gia hạn giấy phép khai thác nước ngầm**

d) Thời hạn giải quyết: Trong 20 ngày làm việc.

h) Phí, lệ phí: 300.000 đồng/hồ sơ.

**3. Thủ tục cho phép xả nước thải vào công trình thủy lợi**

**Thành phần, số lượng hồ sơ:**

| Tên giấy tờ | Số lượng |
|---|---|
| Đơn đề nghị cho phép xả nước thải vào công trình thủy lợi | Bản chính: 03 Bản sao: 0 |

**Thời hạn giải quyết:** 15 ngày.

**Phí/Lệ phí (nếu có):** Không.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("procedure-power-fee")
    opened = answerer_over(root, {"qd-thuy-van.md": PROCEDURE}, lexical_only=True)
    yield opened
    opened.close()


def test_the_holder_of_the_power_is_a_field() -> None:
    text = (
        "- Cơ quan thực hiện thủ tục\nhành chính: Sở Thủy văn.\n\n"
        "- Người có thẩm quyền quyết định:\nChủ tịch Ủy ban nhân dân cấp tỉnh."
    )
    found = field_agency(text, "ai co tham quyen quyet dinh")
    assert found is not None
    answer, (start, end), *_ = found
    assert answer == "Chủ tịch Ủy ban nhân dân cấp tỉnh" and text[start:end] == answer
    # the body that carries the procedure out is still read for "cơ quan nào thực hiện"
    found = field_agency(text, "co quan nao thuc hien")
    assert found is not None and found[0] == "Sở Thủy văn"


@pytest.mark.parametrize(
    "question",
    [
        "Phí, lệ phí thủ tục cấp giấy phép khai thác nước mặt quy mô nhỏ là bao nhiêu?",
        "thu tuc cap giay phep khai thac nuoc mat quy mo nho co mat phi khong",
        # "Phí/Lệ phí": the field's two names joined by a slash
        "Phí thủ tục cho phép xả nước thải vào công trình thủy lợi là bao nhiêu?",
        "le phi cho phep xa nuoc thai vao cong trinh thuy loi",
    ],
)
def test_a_fee_field_charging_nothing_answers(answerer: Answerer, question: str) -> None:
    result = answerer.ask(question)
    assert result.found, result
    assert result.answer.startswith("Không"), result.answer


def test_a_fee_charged_is_its_amount(answerer: Answerer) -> None:
    result = answerer.ask("Gia hạn giấy phép khai thác nước ngầm có mất phí không?")
    assert result.found, result
    assert "300.000" in result.answer, result.answer


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # a role named bare describes whom a number is asked of
        ("Người chủ trì cuộc họp được bồi dưỡng bao nhiêu một buổi?", "figure"),
        ("nguoi phu trach duoc ho tro bao nhieu tien moi thang", "figure"),
        ("Có bao nhiêu cơ quan chủ trì nhiệm vụ này?", "figure"),
        # a body asked by a question word of its own
        ("Cơ quan nào chủ trì và kinh phí bao nhiêu?", "agency"),
        ("Ai chủ trì hội nghị tổng kết?", "agency"),
        ("Đơn vị chủ trì kế hoạch là đơn vị nào?", "agency"),
        # whether a fee is charged asks the fee; a transfer gives no task
        ("Thủ tục cấp phép có mất phí không?", "figure"),
        ("Chuyển giao đơn vị sự nghiệp công lập có phải nộp phí, lệ phí không?", "figure"),
        ("UBND tỉnh giao đơn vị nào thực hiện?", "agency"),
    ],
)
def test_intent(question: str, intent: str) -> None:
    assert route_question(question).intent == intent


def test_a_partner_field_naming_none_is_its_answer() -> None:
    cell = (
        "Cơ quan thực hiện: Sở Thủy văn. Cơ quan có thẩm quyền Quyết định: UBND tỉnh. "
        "Cơ quan được ủy quyền: Không. Cơ quan phối hợp: Không."
    )
    found = field_agency(cell, "co quan phoi hop la co quan nao")
    assert found is not None
    answer, (start, end), *_ = found
    assert answer == "Không" and cell[start:end] == "Không"
    # a field asked for whose label the question does not write is skipped when it says "Không"
    found = field_agency(cell, "co quan nao thuc hien")
    assert found is not None and found[0] == "Sở Thủy văn"


def test_a_count_of_copies_is_no_fee(answerer: Answerer) -> None:
    from qa_service.answer.value_kind import _COPIES_LABEL_BEFORE

    assert _COPIES_LABEL_BEFORE.search("don de nghi | ban chinh: ")
    assert _COPIES_LABEL_BEFORE.search("so luong ho so: ")
    assert not _COPIES_LABEL_BEFORE.search("phi, le phi: ")
