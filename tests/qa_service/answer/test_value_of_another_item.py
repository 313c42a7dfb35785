"""A value stated for another item than the one asked answers nothing: a rate a "tỷ lệ" label
names for a sum of money, the value of a list item whose label is another body than the one
the question names when that body has an item of its own, the time limit of another honour
("Bằng khen" for "Giấy khen"), the row of a procedure of another means ("bằng đường thủy" for
"bằng xe ô tô"), a document cited of another ministry than the one asked. The value of the item
asked is still answered. The documents are written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.own_document import asked_kind_ministry, issued_by_named_body
from tests.qa_service.answer.test_own_document import _question
from tests.qa_service.answer.value_candidates import mismatch_for
from tests.qa_service.small_index import answerer_over

PLAN = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 0126/KH-UBND

*Thử Nghiệm, ngày 18 tháng 11 năm 2025*

**KẾ HOẠCH**

Phát động phong trào thi đua trên địa bàn tỉnh Thử Nghiệm

**I. TIÊU CHUẨN KHEN THƯỞNG**

Tặng cho xã có tỷ lệ cử tri đi bầu cử đạt từ 97% trở lên.

Mỗi tập thể được hỗ trợ bằng 50% giá trị hợp đồng.

Khi làm nhiệm vụ được hưởng thêm tiền ăn mỗi người mỗi ngày bằng 234.000 đồng.

**II. SỐ LƯỢNG ĐỀ NGHỊ KHEN THƯỞNG**

**1. Bằng khen của Chủ tịch UBND tỉnh**

- Ban Chỉ đạo của tỉnh: Không quá 05 cá nhân;

- Ủy ban kiểm phiếu của tỉnh: Không quá 04 cá nhân;

- Sở Nội vụ; Văn phòng UBND tỉnh mỗi đơn vị đề nghị không quá 02 tập thể, 06 cá nhân;

**III. THỜI GIAN**

Hồ sơ đề nghị tặng Bằng khen gửi về Sở Nội vụ trước ngày 31/3/2026.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("another-item"),
        {"thu-nghiem_ke-hoach-0126.md": PLAN},
        lexical_only=True,
    )
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "written", "value", "intent", "fits"),
    [
        # a rate a "tỷ lệ" label names for a sum of money; a share of a sum is one
        ("Bằng khen kèm theo tiền thưởng bao nhiêu?", "từ 97%", "97%", "figure", False),
        (
            "Mức hỗ trợ kinh phí cho mỗi tập thể là bao nhiêu?",
            "bằng 50% giá",
            "50%",
            "figure",
            True,
        ),
        # a sum of another kind than the one asked; the kind asked
        (
            "Định mức kinh phí đào tạo mỗi người là bao nhiêu tiền?",
            "bằng 234.000 đồng",
            "234.000",
            "figure",
            False,
        ),
        (
            "Tiền ăn mỗi người mỗi ngày khi làm nhiệm vụ là bao nhiêu?",
            "bằng 234.000 đồng",
            "234.000",
            "figure",
            True,
        ),
        # the item of another body, when the body asked has its own item; its own item
        (
            "Ủy ban kiểm phiếu tỉnh được đề nghị tối đa bao nhiêu tập thể?",
            "02 tập thể",
            "02",
            "figure",
            False,
        ),
        (
            "Văn phòng UBND tỉnh được đề nghị tối đa bao nhiêu tập thể?",
            "02 tập thể",
            "02",
            "figure",
            True,
        ),
        (
            "Ủy ban kiểm phiếu của tỉnh được đề nghị tối đa bao nhiêu cá nhân?",
            "04 cá nhân",
            "04",
            "figure",
            True,
        ),
        # the time limit of another honour; of the honour asked
        (
            "Hồ sơ đề nghị tặng Giấy khen phải nộp trước ngày nào?",
            "trước ngày 31/3/2026",
            "31/3/2026",
            "deadline",
            False,
        ),
        (
            "Hồ sơ đề nghị tặng Bằng khen phải nộp trước ngày nào?",
            "trước ngày 31/3/2026",
            "31/3/2026",
            "deadline",
            True,
        ),
    ],
)
def test_a_value_of_another_item(
    answerer: Answerer, question: str, written: str, value: str, intent: str, fits: bool
) -> None:
    mismatch = mismatch_for(answerer, question, written, value, intent)
    assert (mismatch is None) is fits, mismatch


MAIL_RULES = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 80/2025/QĐ-UBND

*Thử Nghiệm, ngày 21 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

Ban hành Quy chế quản lý, sử dụng hệ thống thư điện tử công vụ tỉnh Thử Nghiệm

**Điều 3. Cấp mới tài khoản**

Trong thời hạn 02 ngày làm việc kể từ ngày nhận được văn bản đề nghị, Sở Khoa học và Công \
nghệ cấp mới tài khoản thư điện tử. Người dùng có thể sử dụng phần mềm máy trạm thư điện tử.
"""


@pytest.fixture(scope="module")
def mail_rules(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("system-rules")
    opened = answerer_over(root, {"qd-80.md": MAIL_RULES}, lexical_only=True)
    yield opened
    opened.close()


def test_the_rules_of_another_system_answer_nothing(mail_rules: Answerer) -> None:
    """ "phần mềm" is written by rules on an e-mail system; "tài sản công", the system asked,
    is not."""
    asked = "Theo quy chế {} tỉnh Thử Nghiệm, tài khoản được cấp mới trong bao nhiêu ngày?"
    result = mail_rules.ask(asked.format("hệ thống thư điện tử công vụ"))
    assert result.found and "02 ngày làm việc" in result.answer
    result = mail_rules.ask(asked.format("phần mềm quản lý tài sản công"))
    assert not result.found, result.answer


PROCEDURES = """|
**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
|
Số: 79/QĐ-UBND
|
*Thử Nghiệm, ngày 18 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC DU LỊCH
**Điều 1**. Công bố kèm theo Quyết định này danh mục 01 thủ tục hành chính.
**PHỤ LỤC**
|
**STT**
|
**Tên TTHC**
|
**Thời hạn giải quyết**
|
|
1
|
Thủ tục cấp biển hiệu phương tiện vận tải khách du lịch bằng đường thủy nội địa.
|
07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.
|
"""


@pytest.fixture(scope="module")
def procedures(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("procedure-means")
    opened = answerer_over(root, {"qd-79.md": PROCEDURES}, lexical_only=True)
    yield opened
    opened.close()


def test_a_procedure_of_another_means_is_not_answered(procedures: Answerer) -> None:
    asked = (
        "Thời hạn giải quyết thủ tục cấp biển hiệu phương tiện vận tải khách du lịch bằng {} ở "
        "tỉnh Thử Nghiệm là mấy ngày làm việc?"
    )
    result = procedures.ask(asked.format("đường thủy nội địa"))
    assert result.found and "07 ngày làm việc" in result.answer
    result = procedures.ask(asked.format("xe ô tô"))
    assert not result.found, result.answer
    # the procedure named by its vehicle, no "thủ tục" nor "bằng" typed
    result = procedures.ask(
        "Tỉnh Thử Nghiệm: thời hạn cấp biển hiệu xe ô tô vận tải khách du lịch là mấy ngày?"
    )
    assert not result.found, result.answer


def test_a_document_cited_of_another_ministry() -> None:
    q = _question("QĐ 15/QĐ-TTPV căn cứ quyết định công bố TTHC nào của Bộ Xây dựng?")
    assert asked_kind_ministry(q.route.question) == ("bo", "Xây")
    assert not issued_by_named_body(
        q, "Quyết định số 3253/QĐ-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch", "3253/QĐ-BVHTTDL"
    )
    assert not issued_by_named_body(q, "Quyết định số 46/QĐ-UBND của UBND Thành phố", "46/QĐ-UBND")
    assert issued_by_named_body(q, "Quyết định số 120/QĐ-BXD của Bộ Xây dựng", "120/QĐ-BXD")
