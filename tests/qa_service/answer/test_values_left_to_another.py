"""A value a document states for another body answers nothing: the time limit of a body's
report for a partner its sentence names ("Sở Công Thương có nhiệm vụ phối hợp với ..., Ủy ban
nhân dân cấp xã ...; báo cáo định kỳ (trước ngày 30 tháng 01 năm sau)" for "UBND cấp xã phải
báo cáo trước ngày nào"). The value of the row or body asked is still answered, and a fee cell
naming the body that sets the fee ("Theo quy định của Bộ Tài chính") answers with those words.
The documents are written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.answer.value_candidates import mismatch_for
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

PROCEDURES = """|
**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
|
Số: 2716/QĐ-UBND
|
*Thử Nghiệm, ngày 19 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC ĐIỆN LỰC
**PHỤ LỤC**
|
**STT**
|
**Tên thủ tục hành chính**
|
**Thời hạn giải quyết**
|
**Phí, lệ phí**
|
|
1
|
Cấp giấy phép hoạt động phát điện thuộc thẩm quyền cấp của Ủy ban nhân dân cấp tỉnh
|
14 ngày làm việc từ ngày nhận được hồ sơ đầy đủ và hợp lệ
|
Theo quy định của Bộ Tài chính
|
|
2
|
Cấp giấy phép hoạt động bán lẻ điện thuộc thẩm quyền cấp của Ủy ban nhân dân cấp tỉnh
|
10 ngày làm việc từ ngày nhận được hồ sơ đầy đủ và hợp lệ
|
800.000 đồng/giấy phép
|
"""

SAFETY = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 28/2025/QĐ-UBND

*Thử Nghiệm, ngày 27 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

Ban hành Quy định quản lý an toàn điện trên địa bàn tỉnh Thử Nghiệm

**Điều 14. Tổ chức thực hiện**

1. Sở Công Thương có nhiệm vụ phối hợp với các sở, ban, ngành, Ủy ban nhân dân cấp xã và \
các đơn vị điện lực tổ chức kiểm tra, đôn đốc thực hiện Quy định này; báo cáo định kỳ (trước \
ngày 30 tháng 01 năm sau) về tình hình an toàn điện về Ủy ban nhân dân tỉnh.
"""


@pytest.fixture(scope="module")
def procedures(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("fee-left"), {"qd-2716.md": PROCEDURES}, lexical_only=True
    )
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def safety(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("partner"), {"qd-28.md": SAFETY}, lexical_only=True
    )
    yield opened
    opened.close()


def test_a_fee_cell_naming_the_body_that_sets_it_says_so(procedures: Answerer) -> None:
    # the document's own answer, no sum: the body that sets the fee (a text cited instead,
    # "Theo Nghị quyết số ...", states it elsewhere and is read past)
    result = procedures.ask(
        "Phí cấp giấy phép hoạt động phát điện thuộc thẩm quyền của UBND tỉnh là bao nhiêu đồng?"
    )
    assert result.found, result
    assert result.answer == "Theo quy định của Bộ Tài chính"
    assert_quotes_verbatim(procedures, result)


def test_a_fee_cell_stating_the_fee_still_answers(procedures: Answerer) -> None:
    result = procedures.ask(
        "Phí cấp giấy phép hoạt động bán lẻ điện thuộc thẩm quyền cấp của UBND tỉnh là bao nhiêu?"
    )
    assert result.found, result
    assert "800.000" in result.answer, result.answer
    assert_quotes_verbatim(procedures, result)


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        # the committee is only a partner of the department's act: the report's time limit is
        # the department's
        (
            "UBND cấp xã phải gửi báo cáo định kỳ về tình hình an toàn điện trước ngày nào?",
            True,
        ),
        (
            "Ủy ban nhân dân cấp xã phải báo cáo định kỳ về an toàn điện trước ngày nào?",
            True,
        ),
        ("Sở Công Thương phải báo cáo định kỳ về tình hình an toàn điện trước ngày nào?", False),
    ],
)
def test_the_time_limit_of_the_body_a_partner_works_with(
    safety: Answerer, question: str, refused: bool
) -> None:
    written = "báo cáo định kỳ (trước ngày 30 tháng 01 năm sau)"
    mismatch = mismatch_for(safety, question, written, "trước ngày 30 tháng 01 năm sau", "deadline")
    assert (mismatch is not None) == refused, mismatch


LISTS = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 2717/QĐ-UBND

*Thử Nghiệm, ngày 19 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

Công bố danh mục thủ tục hành chính được ban hành mới hoặc bị bãi bỏ trong lĩnh vực điện lực

**PHỤ LỤC**

## I. DANH MỤC THỦ TỤC HÀNH CHÍNH BAN HÀNH MỚI (02 TTHC)

| STT | Tên thủ tục hành chính | Thời hạn giải quyết | Địa điểm thực hiện |
|---|---|---|---|
| 1 | Cấp giấy phép hoạt động phát điện thuộc thẩm quyền cấp tỉnh | 14 ngày làm việc từ \
ngày nhận được hồ sơ đầy đủ và hợp lệ | Trung tâm Phục vụ hành chính công tỉnh |
| 2 | Cấp giấy phép hoạt động bán lẻ điện thuộc thẩm quyền cấp tỉnh | 10 ngày làm việc từ \
ngày nhận được hồ sơ đầy đủ và hợp lệ | Trung tâm Phục vụ hành chính công tỉnh |

## II. DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ (02 TTHC)

| STT | Mã thủ tục hành chính | Tên thủ tục hành chính | Căn cứ pháp lý |
|---|---|---|---|
| 1 | 2.001561.H50 | Cấp giấy phép hoạt động tư vấn chuyên ngành điện thuộc thẩm quyền cấp \
của địa phương | Luật Điện lực số 61/2024/QH15 |
| 2 | 2.001535.H50 | Cấp giấy phép hoạt động bán lẻ điện đến cấp điện áp 0,4kV tại địa \
phương | Luật Điện lực số 61/2024/QH15 |
"""


@pytest.fixture(scope="module")
def lists(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("status-lists"), {"qd-2717.md": LISTS}, lexical_only=True
    )
    yield opened
    opened.close()


def test_no_time_limit_of_a_new_procedure_for_a_repealed_one(lists: Answerer) -> None:
    # the repealed procedure's list states no time limit: the new procedures' are others'
    result = lists.ask(
        "Thủ tục cấp giấy phép hoạt động tư vấn chuyên ngành điện thuộc thẩm quyền địa phương "
        "(bị bãi bỏ) có thời hạn giải quyết bao nhiêu ngày?"
    )
    assert not result.found, result.answer


def test_the_time_limit_of_a_new_procedure_still_answers(lists: Answerer) -> None:
    result = lists.ask(
        "Thủ tục cấp giấy phép hoạt động bán lẻ điện thuộc thẩm quyền cấp tỉnh mới ban hành "
        "có thời hạn giải quyết bao nhiêu ngày?"
    )
    assert result.found, result
    assert "10 ngày làm việc" in result.answer, result.answer
    assert_quotes_verbatim(lists, result)


MANAGERS = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 88/2025/QĐ-UBND

*Thử Nghiệm, ngày 03 tháng 12 năm 2025*

**QUYẾT ĐỊNH**

Quy định về quản lý người giữ chức danh, chức vụ tại doanh nghiệp thuộc UBND tỉnh Thử Nghiệm

**Điều 2. Đối tượng áp dụng**

4. Người giữ chức danh, chức vụ tại doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ thuộc \
UBND tỉnh Thử Nghiệm quản lý (sau đây gọi là người quản lý doanh nghiệp):

a) Chủ tịch Hội đồng thành viên.

b) Tổng Giám đốc.

**Điều 4. Tiêu chuẩn cụ thể**

1. Chủ tịch Hội đồng thành viên phải có kinh nghiệm ít nhất 03 năm làm công tác quản lý, \
điều hành doanh nghiệp.
"""


@pytest.fixture(scope="module")
def managers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("managers"), {"qd-88.md": MANAGERS}, lexical_only=True
    )
    yield opened
    opened.close()


def test_no_share_of_capital_for_an_age_asked(managers: Answerer) -> None:
    result = managers.ask(
        "Theo QĐ 88/2025/QĐ-UBND, tuổi bổ nhiệm lần đầu Tổng Giám đốc doanh nghiệp do Nhà nước "
        "nắm giữ 100% vốn điều lệ không quá bao nhiêu?"
    )
    assert not result.found, result.answer


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("Tuổi bổ nhiệm lần đầu Tổng Giám đốc không quá bao nhiêu?", True),
        ("Nhà nước nắm giữ bao nhiêu phần trăm vốn điều lệ của doanh nghiệp?", False),
    ],
)
def test_an_age_asked_wants_an_age(managers: Answerer, question: str, refused: bool) -> None:
    written = "nắm giữ 100% vốn điều lệ"
    mismatch = mismatch_for(managers, question, written, "100%")
    assert (mismatch is not None) == refused, mismatch


AGES = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 89/2025/QĐ-UBND

*Thử Nghiệm, ngày 03 tháng 12 năm 2025*

**QUYẾT ĐỊNH**

Quy định tiêu chuẩn bổ nhiệm người quản lý doanh nghiệp

**Điều 3.** Tuổi bổ nhiệm lần đầu Tổng Giám đốc không quá 55 tuổi.
"""


@pytest.fixture(scope="module")
def ages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(tmp_path_factory.mktemp("ages"), {"qd-89.md": AGES}, lexical_only=True)
    yield opened
    opened.close()


def test_an_age_written_still_answers(ages: Answerer) -> None:
    assert (
        mismatch_for(
            ages,
            "Tuổi bổ nhiệm lần đầu Tổng Giám đốc không quá bao nhiêu?",
            "không quá 55 tuổi",
            "55",
        )
        is None
    )
    result = ages.ask("Tuổi bổ nhiệm lần đầu Tổng Giám đốc không quá bao nhiêu?")
    assert result.found, result
    assert "55 tuổi" in result.answer, result.answer


FORESTERS = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 40/2025/QĐ-UBND

*Thử Nghiệm, ngày 25 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

Ban hành Quy định chức năng, nhiệm vụ của Chi cục Kiểm lâm thuộc Sở Nông nghiệp và Môi trường

**Điều 1. Vị trí và chức năng**

Chi cục Kiểm lâm là tổ chức hành chính thuộc Sở Nông nghiệp và Môi trường tỉnh Thử Nghiệm, \
giúp Sở thực hiện chức năng quản lý nhà nước trên các lĩnh vực được giao.

**Điều 3. Cơ cấu tổ chức**

Các đơn vị thuộc Chi cục gồm: Đội Kiểm lâm cơ động và Phòng cháy, chữa cháy rừng số 1; Đội \
Kiểm lâm cơ động và Phòng cháy, chữa cháy rừng số 2.
"""


@pytest.fixture(scope="module")
def foresters(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("foresters"), {"qd-40.md": FORESTERS}, lexical_only=True
    )
    yield opened
    opened.close()


def test_no_body_for_the_places_asked(foresters: Answerer) -> None:
    # "những xã nào": the communes a unit covers, which no sentence names; the body above the
    # unit is no commune
    result = foresters.ask(
        "Đội Kiểm lâm cơ động và Phòng cháy, chữa cháy rừng số 2 thuộc Chi cục Kiểm lâm "
        "phụ trách địa bàn những xã nào?"
    )
    assert not result.found, result.answer
