"""Which side of a relation between two documents is asked: the document the named one replaces
(not the named one), the original an amending decision cites, the one that ended a named
document's force; the effect date of the document asked, not of one citing it; the date of a
plan numbered in brackets; a decision publishing procedures is not the one doing their acts; a
time of day as a limit. The documents are written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

_HEAD = """|
**{body}**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: {number}
|
*{place}, ngày {day}*
|
"""

_SIGNED = """|
**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
**Lê Văn Tâm**
"""

# a ministry's circular replacing an older one, published twice (two copies of one text)
_CIRCULAR = (
    _HEAD.format(
        body="BỘ XÂY DỰNG", number="77/2025/TT-BXD", place="Hà Nội", day="12 tháng 11 năm 2025"
    )
    + """**THÔNG TƯ**
QUY ĐỊNH MỨC THU PHÍ THẨM ĐỊNH THIẾT KẾ CÔNG TRÌNH CẦU TREO DÂN SINH
*Căn cứ Luật Phí và lệ phí ngày 25 tháng 11 năm 2015;*
**Điều 1. Phạm vi điều chỉnh**
Thông tư này quy định mức thu phí thẩm định thiết kế công trình cầu treo dân sinh.
**Điều 2. Hiệu lực thi hành**
1. Thông tư này có hiệu lực kể từ ngày 01 tháng 01 năm 2026.
2. Thông tư này thay thế Thông tư số 05/2019/TT-BXD ngày 10 tháng 4 năm 2019 của Bộ trưởng Bộ
Xây dựng quy định mức thu phí thẩm định thiết kế công trình cầu treo dân sinh.
|
**BỘ TRƯỞNG**
**Trần Hồng Minh**

Thông tư 77/2025/TT-BXD quy định mức thu phí thẩm định thiết kế công trình cầu treo dân sinh do
Bộ trưởng Bộ Xây dựng ban hành
"""
)

# a provincial decision amending a rule issued with an older decision, and ending another's force
_AMENDING = (
    _HEAD.format(
        body="ỦY BAN NHÂN DÂN TỈNH HÒA LÂM",
        number="41/2025/QĐ-UBND",
        place="Hòa Lâm",
        day="20 tháng 11 năm 2025",
    )
    + """**QUYẾT ĐỊNH**
Sửa đổi, bổ sung một số điều của Quy định quản lý chợ trên địa bàn tỉnh Hòa Lâm ban hành kèm
theo Quyết định số 18/2023/QĐ-UBND ngày 05 tháng 6 năm 2023 của Ủy ban nhân dân tỉnh Hòa Lâm
**ỦY BAN NHÂN DÂN TỈNH HÒA LÂM**
**QUYẾT ĐỊNH:**
**Điều 1.** Sửa đổi, bổ sung một số điều của Quy định quản lý chợ trên địa bàn tỉnh Hòa Lâm ban
hành kèm theo Quyết định số 18/2023/QĐ-UBND ngày 05 tháng 6 năm 2023 của Ủy ban nhân dân tỉnh
Hòa Lâm: sửa đổi khoản 2 Điều 5 về phân hạng chợ.
**Điều 2.** Quyết định này có hiệu lực kể từ ngày 10 tháng 12 năm 2025. Quyết định số
09/2022/QĐ-UBND ngày 14 tháng 3 năm 2022 của Ủy ban nhân dân tỉnh Hòa Lâm về phí chợ hết hiệu
lực kể từ ngày Quyết định này có hiệu lực.
"""
    + _SIGNED
)

# a plan citing another plan of the province by its number, beside a resolution elsewhere
# sharing that bare number
_PLAN = (
    _HEAD.format(
        body="ỦY BAN NHÂN DÂN TỈNH HÒA LÂM",
        number="190/KH-UBND",
        place="Hòa Lâm",
        day="25 tháng 11 năm 2025",
    )
    + """**KẾ HOẠCH**
Triển khai công tác phòng, chống tệ nạn xã hội năm 2026
**I. NHIỆM VỤ**
a) Triển khai hiệu quả Kế hoạch số 64/KH-UBND ngày 22/8/2025 của Ủy ban nhân dân tỉnh về xây
dựng xã, phường lành mạnh không có tệ nạn xã hội giai đoạn 2025 - 2030.
b) Các sở, ngành báo cáo kết quả thực hiện trong tháng 12 năm 2025.
"""
    + _SIGNED
)
_RESOLUTION = (
    _HEAD.format(
        body="HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH SƠN",
        number="64/2025/NQ-HĐND",
        place="Bình Sơn",
        day="27 tháng 11 năm 2025",
    )
    + """**NGHỊ QUYẾT**
Quy định mức chi hỗ trợ hoạt động văn hóa cơ sở trên địa bàn tỉnh Bình Sơn
**Điều 1.** Mức chi hỗ trợ đội văn nghệ quần chúng là 5 triệu đồng/đội/năm.
**Điều 2.** Nghị quyết này có hiệu lực từ ngày 10 tháng 12 năm 2025.
"""
)

# a decision publishing procedures, one named by the act it is about
_PROCEDURES = (
    _HEAD.format(
        body="ỦY BAN NHÂN DÂN TỈNH HÒA LÂM",
        number="2665/QĐ-UBND",
        place="Hòa Lâm",
        day="26 tháng 11 năm 2025",
    )
    + """**QUYẾT ĐỊNH**
VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH NỘI BỘ LĨNH VỰC CÔNG TÁC DÂN TỘC
**Điều 1.** Công bố kèm theo Quyết định này 02 thủ tục hành chính nội bộ lĩnh vực công tác dân tộc.
**DANH MỤC THỦ TỤC HÀNH CHÍNH NỘI BỘ**
1. Phê duyệt danh sách thôn đặc biệt khó khăn vùng đồng bào dân tộc thiểu số giai đoạn 2026 - 2030
2. Công nhận người có uy tín trong đồng bào dân tộc thiểu số
**PHẦN II. NỘI DUNG CỤ THỂ**
**1. Phê duyệt danh sách thôn đặc biệt khó khăn vùng đồng bào dân tộc thiểu số giai đoạn 2026 -
2030**
a) Trình tự thực hiện: Ủy ban nhân dân cấp xã lập danh sách thôn đặc biệt khó khăn gửi Sở Dân tộc
và Tôn giáo thẩm định, trình Chủ tịch Ủy ban nhân dân tỉnh phê duyệt danh sách.
"""
    + _SIGNED
)

# a rule setting a time of day as the limit
_DATABASE = (
    _HEAD.format(
        body="ỦY BAN NHÂN DÂN TỈNH HÒA LÂM",
        number="30/2025/QĐ-UBND",
        place="Hòa Lâm",
        day="15 tháng 11 năm 2025",
    )
    + """**QUYẾT ĐỊNH**
Ban hành Quy chế cập nhật thông tin vào Cơ sở dữ liệu hộ tịch điện tử tỉnh Hòa Lâm
**Điều 5. Cập nhật thông tin**
Phòng Tư pháp cập nhật thông tin đăng ký hộ tịch vào Cơ sở dữ liệu ngay trong ngày nhận hồ sơ.
Trường hợp hồ sơ được nhận sau 16 giờ thì việc cập nhật thông tin phải hoàn thành trước 10 giờ
sáng ngày làm việc tiếp theo.
"""
    + _SIGNED
)


# a price table of a year replacing the previous year's, and a plan setting an hour each day
_PRICE_TABLE = (
    _HEAD.format(
        body="ỦY BAN NHÂN DÂN TỈNH HÒA LÂM",
        number="62/2025/QĐ-UBND",
        place="Hòa Lâm",
        day="17 tháng 11 năm 2025",
    )
    + """**QUYẾT ĐỊNH**
BAN HÀNH BẢNG GIÁ CA MÁY XÂY DỰNG TRÊN ĐỊA BÀN TỈNH HÒA LÂM NĂM 2026
**Điều 2.** 1. Quyết định này có hiệu lực từ ngày 01 tháng 01 năm 2026.
2. Quyết định này thay thế Quyết định số 25/2025/QĐ-UBND ngày 18 tháng 3 năm 2025 của Ủy ban
nhân dân tỉnh Hòa Lâm ban hành Bảng giá ca máy xây dựng trên địa bàn tỉnh Hòa Lâm năm 2025.
"""
    + _SIGNED
)
_FLOOD_PLAN = (
    _HEAD.format(
        body="ỦY BAN NHÂN DÂN TỈNH HÒA LÂM",
        number="0129/KH-UBND",
        place="Hòa Lâm",
        day="21 tháng 11 năm 2025",
    )
    + """**KẾ HOẠCH**
Hỗ trợ nhu yếu phẩm khẩn cấp cho Nhân dân bị ảnh hưởng mưa lũ
**II. NHIỆM VỤ**
- Sở Công Thương tổng hợp nhu cầu lương thực từ cơ sở, báo cáo UBND
tỉnh **trước 19h00’ hằng ngày **và đột xuất khi cần thiết.
"""
    + _SIGNED
)


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    documents = {
        "tt-77.md": _CIRCULAR,
        "tt-77-copy.md": _CIRCULAR,
        "qd-41.md": _AMENDING,
        "kh-190.md": _PLAN,
        "nq-64.md": _RESOLUTION,
        "qd-2665.md": _PROCEDURES,
        "qd-30.md": _DATABASE,
        "qd-62.md": _PRICE_TABLE,
        "kh-0129.md": _FLOOD_PLAN,
    }
    opened = answerer_over(tmp_path_factory.mktemp("sides"), documents, lexical_only=True)
    yield opened
    opened.close()


def test_the_document_a_named_one_replaces_is_not_the_named_one(answerer: Answerer) -> None:
    # the circular is published twice: its number still names it
    result = answerer.ask("tt 77/2025 phi tham dinh cau treo thay the thong tu nao")
    assert result.found and result.answer is not None
    assert "05/2019/TT-BXD" in result.answer and "77/2025" not in result.answer


def test_a_named_document_is_never_its_own_replaced_one(answerer: Answerer) -> None:
    result = answerer.ask("Thông tư 77/2025/TT-BXD bãi bỏ văn bản nào?")
    assert not result.found or "77/2025" not in (result.answer or "")


def test_the_original_of_an_amended_rule_is_the_one_the_amending_decision_cites(
    answerer: Answerer,
) -> None:
    result = answerer.ask(
        "Quy định quản lý chợ tỉnh Hòa Lâm (được sửa đổi năm 2025) ban đầu được ban hành kèm theo"
        " quyết định số mấy?"
    )
    assert result.found and result.answer is not None
    assert "18/2023/QĐ-UBND" in result.answer


def test_the_document_that_ended_a_named_ones_force(answerer: Answerer) -> None:
    result = answerer.ask("Quyết định 09/2022/QĐ-UBND về phí chợ hết hiệu lực theo quyết định nào?")
    assert result.intent == "decision"
    assert result.found and result.answer is not None and "41/2025/QĐ-UBND" in result.answer


def test_the_effect_of_a_document_only_cited_is_not_the_citing_ones(answerer: Answerer) -> None:
    result = answerer.ask(
        "QĐ 18/2023/QĐ-UBND của tỉnh Hòa Lâm về quản lý chợ có hiệu lực từ ngày nào?"
    )
    assert not result.found


def test_a_date_that_states_no_effect_is_no_effect_date(answerer: Answerer) -> None:
    result = answerer.ask(
        "Chỉ thị về phòng, chống tệ nạn xã hội nêu tại kế hoạch 190/KH-UBND có hiệu lực từ ngày"
        " nào?"
    )
    assert not result.found


def test_the_date_of_a_plan_numbered_in_brackets_is_its_mentions(answerer: Answerer) -> None:
    # "KH 64" is no resolution numbered 64 of another province
    result = answerer.ask(
        "Kế hoạch của UBND tỉnh Hòa Lâm về xây dựng xã, phường lành mạnh không có tệ nạn xã hội"
        " (KH 64) được ban hành ngày nào?"
    )
    assert result.found and result.answer is not None and "22/8/2025" in result.answer


def test_a_decision_publishing_a_procedure_does_not_do_its_act(answerer: Answerer) -> None:
    result = answerer.ask(
        "qd nao cua UBND tinh Hoa Lam phe duyet danh sach thon dac biet kho khan giai doan"
        " 2026-2030?"
    )
    assert not result.found
    published = answerer.ask(
        "Quyết định nào của UBND tỉnh Hòa Lâm công bố thủ tục hành chính nội bộ lĩnh vực công tác"
        " dân tộc?"
    )
    assert published.found and "2665/QĐ-UBND" in (published.answer or "")


def test_a_time_of_day_typed_short_finds_the_limit(answerer: Answerer) -> None:
    result = answerer.ask(
        "Hòa Lâm: hồ sơ hộ tịch nhận sau 16h thì chậm nhất lúc nào phải cập nhật xong vào CSDL?"
    )
    assert result.found and result.answer is not None
    assert "10 giờ sáng ngày làm việc tiếp theo" in result.answer


def test_the_years_of_the_named_document_do_not_bind_the_one_it_replaces(
    answerer: Answerer,
) -> None:
    # 2026 is the named table's year; the sentence replacing the older one writes 2025
    result = answerer.ask(
        "Quyết định 62/2025/QĐ-UBND về bảng giá ca máy năm 2026 của Hòa Lâm thay thế quyết định"
        " số mấy?"
    )
    assert result.found and result.answer is not None and "25/2025/QĐ-UBND" in result.answer


def test_an_hour_of_each_day_is_a_limit(answerer: Answerer) -> None:
    result = answerer.ask(
        "Hòa Lâm: Sở Công Thương tổng hợp nhu cầu lương thực, báo cáo UBND tỉnh chậm nhất lúc nào"
        " hằng ngày?"
    )
    assert result.found and result.answer is not None and "19h00" in result.answer
