"""Questions whose documents lack the thing asked, answered before with what stood nearest: a
count of months ("Định kỳ 06 tháng") for "chậm nhất ngày nào", a dateline whose day is blank for
"ký ngày nào", a sentence naming no company for "doanh nghiệp nào", the rule of a sentence that
excludes the case asked ("(trừ đơn vị ...)"), a case the document says it does not govern, a
list of procedures of another status ("mới ban hành" for "bị bãi bỏ"), another month's round,
the number another clause cites, and the date of a citation cut in two by the units. The
documents are written here; each rule has a question it still answers beside it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.question import analyse
from qa_service.answer.value_kind import (
    _case_left_out,
    _names_organization,
)
from qa_service.answer.verify import (
    _out_of_scope,
    _procedures_of_another_status,
    _unwritten_month,
)
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

RULES = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 71/2025/QĐ-UBND

*Thử Nghiệm, ngày 20 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

Ban hành Quy chế quản lý Hệ thống thông tin điều hành tỉnh Thử Nghiệm

**Điều 1. Phạm vi điều chỉnh**

1. Quy chế này quy định việc quản lý, vận hành Hệ thống thông tin điều hành tỉnh Thử Nghiệm.

2. Quy chế này không áp dụng đối với hồ sơ điện tử có nội dung thuộc bí mật nhà nước.

**Điều 2. Đối tượng áp dụng**

Cơ quan nhà nước, đơn vị sự nghiệp công lập (trừ đơn vị sự nghiệp công lập tự bảo đảm chi \
thường xuyên và chi đầu tư) sử dụng Hệ thống thông tin điều hành.

**Điều 3. Trách nhiệm của Sở Khoa học và Công nghệ**

1. Định kỳ 06 tháng, Sở Khoa học và Công nghệ báo cáo Ủy ban nhân dân tỉnh tình hình vận hành \
Hệ thống thông tin điều hành.

2. Sở Khoa học và Công nghệ cấp tài khoản Hệ thống thông tin điều hành trong thời hạn 03 ngày \
làm việc kể từ ngày nhận được đề nghị.

**Điều 4. Trách nhiệm của doanh nghiệp cung cấp dịch vụ**

Doanh nghiệp cung cấp dịch vụ bảo đảm Hệ thống thông tin điều hành vận hành liên tục, hỗ trợ \
kỹ thuật 24/7 và khắc phục sự cố trong thời gian sớm nhất.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**

**Hà Văn Nghiệm**
"""

DRAFT = """**BỘ THỬ NGHIỆM**

Số: /QĐ-BTN

*Hà Nội, ngày    tháng 5 năm 2025*

**QUYẾT ĐỊNH**

Về việc thành lập Hội đồng Thẩm định sáng chế Bộ Thử Nghiệm

**Điều 1.** Thành lập Hội đồng Thẩm định sáng chế Bộ Thử Nghiệm gồm 07 thành viên.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.

**BỘ TRƯỞNG**

**Lê Văn Thử**
"""

PROCEDURES = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 1763/QĐ-UBND

*Thử Nghiệm, ngày 18 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

Công bố danh mục thủ tục hành chính mới ban hành lĩnh vực xuất bản thuộc thẩm quyền giải \
quyết của Sở Văn hóa tỉnh Thử Nghiệm

**Điều 1.** Công bố kèm theo Quyết định này danh mục 02 thủ tục hành chính mới ban hành lĩnh \
vực xuất bản thuộc thẩm quyền giải quyết của Sở Văn hóa tỉnh Thử Nghiệm.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.

**CHỦ TỊCH**

**Hà Văn Nghiệm**
"""

NOTICE = """**VĂN PHÒNG THỬ NGHIỆM**

Số: 727/TB-VPTN

*Hà Nội, ngày 20 tháng 11 năm 2025*

**THÔNG BÁO**

Kết luận của Trưởng ban tại phiên họp lần thứ 9 Ban Chỉ đạo các công trình trọng điểm

Thời gian qua, các bộ đã hoàn thành 08 nhiệm vụ đúng hạn, trong đó: (1) Bộ Khai khoáng đã \
trình Chính phủ ban hành Nghị quyết về cơ chế đặc thù nhằm tháo gỡ khó khăn trong triển khai \
Luật Khai khoáng; (2) Bộ Ngân khố đã báo cáo tổng kết việc thực hiện Nghị quyết số \
106/2023/QH15 của Quốc hội về thí điểm chính sách đặc thù trong đầu tư xây dựng đường bộ.

**KT. CHỦ NHIỆM**

**Trần Văn Báo**
"""

REPEAL = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số:
79/2025/QĐ-UBND

*Thử Nghiệm, ngày
24 tháng 11 năm 2025*

**QUYẾT ĐỊNH**
BÃI BỎ QUYẾT ĐỊNH
SỐ 09/2022/QĐ-UBND NGÀY 25/3/2022 VÀ QUYẾT ĐỊNH SỐ 08/2025/QĐ-UBND NGÀY
01/3/2025 CỦA UBND TỈNH BÃI BỎ MỘT PHẦN QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN
VÀ CƠ CẤU TỔ CHỨC CỦA SỞ TƯ PHÁP

**Điều 1.** Bãi bỏ toàn bộ Quyết định số 09/2022/QĐ-UBND ngày 25/3/2022 của Ủy ban nhân dân \
tỉnh ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày 05 tháng 12 năm 2025.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**

**Hà Văn Nghiệm**
"""

PAUSE = """**CỤC THỬ NGHIỆM**

Số: 5100/TB-CTN

*Hà Nội, ngày 18 tháng 11 năm 2025*

**THÔNG BÁO**

Kế hoạch tạm dừng ứng dụng quản lý tập trung phục vụ chuyển đổi máy chủ

Cục Thử nghiệm tạm dừng ứng dụng quản lý tập trung để chuyển đổi máy chủ từ 18h00 ngày \
22/11/2025 đến 03h00 ngày 23/11/2025.

**CỤC TRƯỞNG**

**Phan Văn Cục**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("asked-thing-absent"),
        {
            "thu-nghiem_quyet-dinh-71.md": RULES,
            "bo-thu-nghiem_du-thao-hoi-dong.md": DRAFT,
            "thu-nghiem_quyet-dinh-1763.md": PROCEDURES,
            "van-phong-thu-nghiem_thong-bao-727.md": NOTICE,
            "cuc-thu-nghiem_thong-bao-5100.md": PAUSE,
            "thu-nghiem_quyet-dinh-79.md": REPEAL,
        },
    )
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "question",
    [
        # "Định kỳ 06 tháng": a count of months, no day
        "Sở Khoa học và Công nghệ tỉnh Thử Nghiệm phải báo cáo 6 tháng về tình hình vận hành Hệ "
        "thống thông tin điều hành chậm nhất ngày nào?",
        # the dateline's day is left blank
        "Quyết định thành lập Hội đồng Thẩm định sáng chế Bộ Thử Nghiệm được ký ngày nào?",
        # no company is named
        "Doanh nghiệp nào cung cấp dịch vụ Hệ thống thông tin điều hành tỉnh Thử Nghiệm và hỗ "
        "trợ kỹ thuật 24/7?",
        # the decision lists procedures newly issued, none repealed
        "UBND tỉnh Thử Nghiệm công bố danh mục TTHC bị bãi bỏ lĩnh vực xuất bản bằng quyết "
        "định số mấy?",
        # the clause described names its resolution by no number; the number is another's
        "TB 727/TB-VPTN nêu Bộ Khai khoáng đã trình Chính phủ ban hành Nghị quyết về cơ chế đặc "
        "thù tháo gỡ khó khăn trong triển khai Luật Khai khoáng; nghị quyết đó số mấy?",
        # the date of the decision its title cites, cut from "NGÀY" by the units
        "QĐ 79/2025/QĐ-UBND tỉnh Thử Nghiệm bãi bỏ QĐ 09/2022 về Sở Tư pháp: Sở Tư pháp phải "
        "trình UBND tỉnh quy định chức năng, nhiệm vụ mới chậm nhất ngày nào?",
        # the notice tells November's pause, not December's
        "Cục Thử nghiệm tạm dừng ứng dụng quản lý tập trung đợt tháng 12/2025 để chuyển đổi máy "
        "chủ vào ngày nào?",
    ],
)
def test_the_thing_asked_absent_from_the_evidence_is_not_answered(
    answerer: Answerer, question: str
) -> None:
    result = answerer.ask(question)
    assert not result.found, (question, result.answer)


@pytest.mark.parametrize(
    ("question", "key"),
    [
        (
            "Sở Khoa học và Công nghệ tỉnh Thử Nghiệm cấp tài khoản Hệ thống thông tin điều hành "
            "trong thời hạn bao lâu?",
            "03 ngày",
        ),
        (
            "UBND tỉnh Thử Nghiệm công bố danh mục TTHC mới ban hành lĩnh vực xuất bản bằng quyết "
            "định số mấy?",
            "1763/QĐ-UBND",
        ),
    ],
)
def test_the_thing_asked_stated_is_still_answered(
    answerer: Answerer, question: str, key: str
) -> None:
    result = answerer.ask(question)
    assert result.found, question
    assert key in (result.answer or "")


def test_the_case_a_sentence_excludes_is_left_out(answerer: Answerer) -> None:
    text = (
        "Cơ quan nhà nước, đơn vị sự nghiệp công lập (trừ đơn vị sự nghiệp công lập tự bảo đảm "
        "chi thường xuyên và chi đầu tư) sử dụng Hệ thống thông tin điều hành."
    )
    excluded = analyse(
        answerer.corpus,
        route_question(
            "Với đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên và chi đầu tư thì ai cấp "
            "tài khoản Hệ thống thông tin điều hành?"
        ),
        None,
    )
    assert _case_left_out(excluded, text) is not None
    covered = analyse(
        answerer.corpus,
        route_question("Đơn vị sự nghiệp công lập nào sử dụng Hệ thống thông tin điều hành?"),
        None,
    )
    assert _case_left_out(covered, text) is None
    # the question states the exclusion itself (typed without marks)
    quoting = analyse(
        answerer.corpus,
        route_question(
            "Ts co dinh nhung loai tru tai san cua don vi su nghiep cong lap tu bao dam"
        ),
        None,
    )
    assert _case_left_out(quoting, text) is None


def test_a_case_the_document_does_not_govern_is_out_of_scope(answerer: Answerer) -> None:
    scope = "quy che nay khong ap dung doi voi ho so dien tu co noi dung thuoc bi mat nha nuoc."
    outside = analyse(
        answerer.corpus,
        route_question("Hồ sơ điện tử thuộc bí mật nhà nước được xử lý trong thời hạn bao lâu?"),
        None,
    )
    assert _out_of_scope(outside, scope) is not None
    inside = analyse(
        answerer.corpus,
        route_question("Hồ sơ điện tử đề nghị cấp tài khoản được xử lý trong thời hạn bao lâu?"),
        None,
    )
    assert _out_of_scope(inside, scope) is None
    # the question asks of the scope itself
    asked = analyse(
        answerer.corpus,
        route_question("Quy chế có áp dụng đối với hồ sơ thuộc bí mật nhà nước không?"),
        None,
    )
    assert _out_of_scope(asked, scope) is None


@pytest.mark.parametrize(
    ("answer", "named"),
    [
        ("vận hành hệ thống liên tục, hỗ trợ kỹ thuật 24/7", False),
        (
            "Giao Sở Văn hóa chủ trì, phối hợp với đơn vị cung cấp dịch vụ tại Điều 1 Quyết "
            "định này",
            False,
        ),
        ("Công ty TNHH Phần mềm Sao Mai", True),
        ("VNPT Thử Nghiệm", True),
    ],
)
def test_a_company_asked_needs_a_name(answerer: Answerer, answer: str, named: bool) -> None:
    q = analyse(
        answerer.corpus,
        route_question("Doanh nghiệp nào cung cấp dịch vụ cho Sở Văn hóa tỉnh Thử Nghiệm?"),
        None,
    )
    assert _names_organization(q, answer) is named


def test_a_month_named_must_be_written() -> None:
    text = "tam dung tu 18h00 ngay 22/11/2025 den 03h00 ngay 23/11/2025."
    assert _unwritten_month("tam dung dot thang 12/2025 vao ngay nao", text) == "month 12/2025"
    assert _unwritten_month("tam dung dot thang 11/2025 vao ngay nao", text) is None
    assert _unwritten_month("tam dung thang 11 nam 2025 ngay nao", text) is None
    # a bound ("trước tháng 12/2025") may paraphrase a day of November
    assert _unwritten_month("phai hoan thanh truoc thang 12/2025", text) is None


def test_procedures_of_another_status() -> None:
    title = "cong bo danh muc thu tuc hanh chinh moi ban hanh linh vuc xuat ban"
    asked = "cong bo danh muc tthc bi bai bo linh vuc xuat ban bang quyet dinh so may"
    assert _procedures_of_another_status(asked, title) is not None
    assert _procedures_of_another_status(asked.replace("bi bai bo", "moi ban hanh"), title) is None
    # "bãi bỏ" said of a decision, not of the procedures
    other = "cong bo lai 3 thu tuc cap bien hieu, quyet dinh cu nao bi bai bo toan bo"
    assert _procedures_of_another_status(other, title.replace("moi ban hanh", "sua doi")) is None
    # a status of the title written elsewhere in the question ("được sửa đổi ... thay thế")
    amended = "ba tthc kh&cn cap tinh duoc sua doi thay the cac thu tuc da cong bo tai qd nao"
    assert _procedures_of_another_status(amended, title.replace("moi ban hanh", "sua doi")) is None


def test_a_procedure_named_by_its_code_has_no_status_asked() -> None:
    title = "cong bo danh muc thu tuc hanh chinh moi ban hanh linh vuc bao chi"
    asked = "co quan thuc hien tthc 1.014465.h05 sua doi, bo sung/cap lai giay cfs la co quan nao"
    assert _procedures_of_another_status(asked, title) is None
    assert _procedures_of_another_status(asked.replace("1.014465.h05 ", ""), title) is not None
