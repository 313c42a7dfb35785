"""Figure questions answered from the value of the case asked, by structure: a name joined by
"và" that the value's row writes whole is one indicator, not two cases; the clause that
negates what the question negates holds its value; a count of kinds the question leaves out,
or a value of another position than the one asked, answers nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.evidence import affirms_denied_case
from qa_service.answer.value_kind import (
    _counts_excluded,
    _other_member,
)
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

TARIFF = """BỘ THỬ NGHIỆM

Số: 58/2025/TT-BTN

Hà Nội, ngày 02 tháng 12 năm 2025

THÔNG TƯ

Quy định phương pháp xác định giá dịch vụ phát điện của nhà máy thủy điện tích năng

PHỤ LỤC I

CÁC THÔNG SỐ ĐƯỢC SỬ DỤNG TÍNH TOÁN GIÁ HỢP ĐỒNG MUA BÁN ĐIỆN

| **TT** | **Hạng mục** | **Thông số** |
|---|---|---|
| **I** | **Đời sống kinh tế** | 40 năm |
| **II** | **Tỷ lệ trượt thành phần giá vận hành và bảo dưỡng theo chi phí sửa chữa lớn và \
chi phí khác (%/năm)** | 2,5%/năm |
"""

TRAINING = """CHÍNH PHỦ

Số: 171/2025/NĐ-CP

Hà Nội, ngày 30 tháng 6 năm 2025

NGHỊ ĐỊNH

Quy định về đào tạo, bồi dưỡng công chức

Điều 8. Chi phí đền bù

2. Điều kiện được giảm chi phí đền bù

Trường hợp công chức là nữ hoặc là người dân tộc thiểu số thì mỗi năm công tác (không tính \
thời gian công tác sau khi được đào tạo) được tính giảm 1,5% chi phí đền bù. Trường hợp công \
chức không phải là nữ hoặc là người dân tộc thiểu số thì mỗi năm công tác của công chức \
(không tính thời gian công tác sau khi được đào tạo) được tính giảm 1% chi phí đền bù.
"""

UPLANDS = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 2003/QĐ-UBND

Thử Nghiệm, ngày 25 tháng 11 năm 2025

QUYẾT ĐỊNH

Phê duyệt danh sách xã, phường miền núi trên địa bàn tỉnh Thử Nghiệm giai đoạn 2026 – 2030

Điều 1. Phê duyệt xã, phường miền núi trên địa bàn tỉnh Thử Nghiệm giai đoạn 2026 – 2030 \
gồm 56 xã, phường (Chi tiết tại danh sách các xã, phường kèm theo).

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.
"""

GOODS = """BỘ TÀI CHÍNH
CỤC THỬ NGHIỆM

Số: 37689/TB-CTN

Hà Nội, ngày 21 tháng 11 năm 2025

THÔNG BÁO

Về kết quả xác định trước mã số

1. Hàng hóa đề nghị xác định trước mã số:

Tên thương mại: Kester 275 Flux-Cored Wire

2. Tóm tắt mô tả hàng hóa:

- Thành phần, cấu tạo, công thức hóa học, hàm lượng tính trên trọng lượng: Dây hàn có lõi là \
chất trợ dung, dùng để hàn chảy, dạng cuộn. Thành phần:
+ Chất trợ dung 2,2%.
+ Dây hàn: 97,8%.

- Cơ chế hoạt động, cách thức sử dụng: Dây hàn sẽ bị nóng chảy khi sử dụng nhiệt độ cao, \
dùng để hàn các linh kiện điện tử trên bảng mạch.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("figure_case")
    opened = answerer_over(
        root,
        {
            "thong-tu-58.md": TARIFF,
            "nghi-dinh-171.md": TRAINING,
            "quyet-dinh-2003.md": UPLANDS,
            "thong-bao-37689.md": GOODS,
        },
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_a_name_joined_by_and_that_the_row_writes_whole_is_one_indicator(
    answerer: Answerer,
) -> None:
    # "chi phí sửa chữa lớn và chi phí khác" shares its head word, yet the row names them as
    # one indicator with one value: no second case is missing
    result = answerer.ask(
        "Tỷ lệ trượt thành phần giá vận hành và bảo dưỡng theo chi phí sửa chữa lớn và chi phí "
        "khác là bao nhiêu mỗi năm?"
    )
    assert result.found and "2,5%/năm" in (result.answer or ""), result
    assert_quotes_verbatim(answerer, result)


def test_the_clause_negating_the_case_asked_holds_its_value(answerer: Answerer) -> None:
    result = answerer.ask(
        "cong chuc khong phai la nu hoac nguoi dan toc thieu so thi moi nam cong tac duoc giam "
        "bao nhieu phan tram chi phi den bu"
    )
    assert result.found and "1%" in (result.answer or ""), result
    assert "1,5%" not in (result.answer or ""), result
    result = answerer.ask(
        "Công chức là nữ được giảm bao nhiêu phần trăm chi phí đền bù cho mỗi năm công tác?"
    )
    assert result.found and "1,5%" in (result.answer or ""), result


def test_a_count_with_the_kind_the_question_leaves_out_is_no_answer(answerer: Answerer) -> None:
    result = answerer.ask(
        "Tỉnh Thử Nghiệm có bao nhiêu xã miền núi (không tính phường) giai đoạn 2026 - 2030?"
    )
    assert not result.found, result.answer
    result = answerer.ask("Tỉnh Thử Nghiệm có bao nhiêu xã, phường miền núi giai đoạn 2026 - 2030?")
    assert result.found and "56" in (result.answer or ""), result


def test_the_items_after_a_bare_lead_in_are_read_with_their_leader(answerer: Answerer) -> None:
    # "Thành phần:" states no value; the item naming what is asked does
    result = answerer.ask(
        "Dây hàn Kester 275 Flux-Cored Wire có chất trợ dung chiếm bao nhiêu phần trăm trọng lượng?"
    )
    assert result.found and "2,2%" in (result.answer or ""), result
    assert_quotes_verbatim(answerer, result)
    # no item names silver: no item's value answers
    result = answerer.ask("Dây hàn Kester 275 có hàm lượng bạc bao nhiêu phần trăm?")
    assert not result.found, result.answer


def test_denied_case_read_from_the_clause_of_the_value() -> None:
    class _Q:
        route = route_question("Công chức không phải là nữ được giảm bao nhiêu %?")
        weights = {"cong": 1.0, "chuc": 1.0, "nu": 2.0, "giam": 1.0}

    text = "Công chức là nữ được giảm 1,5%. Công chức không phải là nữ được giảm 1%."
    first, second = text.index("1,5%"), text.index("1%.")
    assert affirms_denied_case(_Q(), text, first, first + 4)  # type: ignore[arg-type]
    assert not affirms_denied_case(_Q(), text, second, second + 2)  # type: ignore[arg-type]


def test_kinds_counted_together_and_left_out() -> None:
    asked = "co bao nhieu xa mien nui (khong tinh phuong)"
    assert _counts_excluded(asked, "xa, phuong (chi tiet") == "phuong"
    # "85 xã, 14 phường": the phường have a number of their own
    assert _counts_excluded(asked, "xa, 14 phuong va 03") is None
    assert _counts_excluded("co bao nhieu xa, phuong", "xa, phuong (chi tiet") is None


def test_the_value_of_another_commander_is_not_the_one_asked() -> None:
    asked = "muc phu cap hang thang doi voi chi huy pho ban chi huy quan su cap xa la bao nhieu"
    unit = "theo quyet dinh cua chi huy truong co quan quan su dia phuong cap xa, muc tro cap"
    assert _other_member(asked, unit) is not None
    assert _other_member(asked, "muc phu cap doi voi chi huy pho la 1.000.000 dong") is None
