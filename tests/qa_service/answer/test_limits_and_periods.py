"""Time limits, periods and the document a date or an entry into force belongs to: a length
spelled out before its figure ("Bảy (07) ngày làm việc"), the period of a delegation stated in
an article of its own, a plan cited by the decision that issues it, the entry into force of a
law asked of a resolution on its bill, a school year the document is not about, and a proposal
a decision cites with no date. The documents are written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import DURATION, _stated_as_time_allowed, durations
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

_HEADER = """|
**{issuer}**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: {number}
|
*{place}, ngày {day} tháng 11 năm 2025*
|
"""

_DELEGATION = (
    _HEADER
    + """**QUYẾT ĐỊNH**
VỀ VIỆC ỦY QUYỀN CHO GIÁM ĐỐC SỞ XÂY DỰNG THỰC HIỆN NHIỆM VỤ TRONG LĨNH VỰC VẬT LIỆU XÂY DỰNG

*Theo đề nghị của Giám đốc Sở Xây dựng.*

**QUYẾT ĐỊNH:**

**Điều 1.** Ủy quyền Giám đốc Sở Xây dựng thực hiện nhiệm vụ trong lĩnh vực vật liệu xây
dựng, cụ thể:

1. Cấp, thu hồi giấy chứng nhận hợp quy sản phẩm gạch không nung.

2. Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường.

**Điều 2.** Thời gian ủy quyền: Kể từ ngày ký đến hết ngày 30/6/2027, trừ trường hợp pháp
luật có quy định khác.

**Điều 3.** Giám đốc Sở Xây dựng báo cáo định kỳ hằng năm kết quả thực hiện các nội dung
được ủy quyền.

**Điều 4.** Quyết định này có hiệu lực kể từ ngày ký.
"""
)

_PROCEDURES = (
    _HEADER
    + """**QUYẾT ĐỊNH**
VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC ĐO LƯỜNG

*Căn cứ Quyết định số 1085/QĐ-TTg ngày 15/9/2022 của Thủ tướng Chính phủ về việc ban hành
Kế hoạch rà soát, đơn giản hóa thủ tục hành chính nội bộ giai đoạn 2022 - 2025;*

**Điều 1.** Công bố kèm theo Quyết định này danh mục 01 thủ tục hành chính lĩnh vực đo lường.

**DANH MỤC**
|
**STT**
|
**Tên thủ tục hành chính**
|
**Thời hạn giải quyết**
|
**Căn cứ pháp lý**
|
|
1
|
Chứng nhận chuẩn đo lường dùng trực tiếp để kiểm định phương tiện đo nhóm 2
|
Bảy (07) ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ.
|
- Thông tư số 24/2013/TT-BKHCN ngày 30 tháng 9 năm 2013 của Bộ trưởng Bộ Khoa học và Công
nghệ quy định chi tiết thi hành một số điều của Luật Đo lường.
|
"""
)

_BILL = (
    _HEADER
    + """**NGHỊ QUYẾT**
VỀ VIỆC TIẾP THU, GIẢI TRÌNH Ý KIẾN ĐẠI BIỂU QUỐC HỘI VỀ DỰ ÁN LUẬT ĐO LƯỜNG (SỬA ĐỔI)

**Điều 1.** Giao Bộ Khoa học và Công nghệ tiếp thu, giải trình ý kiến đại biểu Quốc hội,
hoàn thiện dự án Luật Đo lường (sửa đổi).

**Điều 2.** Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.
"""
)

_FEES = (
    _HEADER
    + """**NGHỊ QUYẾT**
QUY ĐỊNH MỨC THU HỌC PHÍ CÁC TRƯỜNG TRUNG CẤP CÔNG LẬP TỈNH THỬ NGHIỆM NĂM HỌC 2025-2026

**Điều 1.** Quy định mức thu học phí các trường trung cấp công lập tỉnh Thử Nghiệm năm học
2025-2026: 1,2 triệu đồng mỗi tháng.

**Điều 2.** Giao Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh mức thu học phí các
trường trung cấp công lập năm học 2026-2027 và các năm học tiếp theo.

**Điều 3.** Nghị quyết này có hiệu lực từ ngày 05 tháng 12 năm 2025.
"""
)

_PROPOSED = (
    _HEADER
    + """**QUYẾT ĐỊNH**
BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ NHÀ NƯỚC VỀ HOẠT ĐỘNG KHUYẾN CÔNG

*Căn cứ Nghị định số 235/2025/NĐ-CP ngày 28 tháng 8 năm 2025 của Chính phủ về khuyến công;*

*Theo đề nghị của Giám đốc Sở Công Thương.*

**Điều 1.** Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý nhà nước về hoạt động
khuyến công.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.
"""
)

_PLAN = (
    _HEADER
    + """**KẾ HOẠCH**
CẬP NHẬT QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC LÂM NGHIỆP

**1.** Sở Nông nghiệp và Môi trường rà soát, xây dựng quy trình nội bộ giải quyết thủ tục
hành chính lĩnh vực lâm nghiệp; trình Chủ tịch UBND tỉnh phê duyệt trước ngày 28/11/2025.

**2.** Văn phòng UBND tỉnh cập nhật quy trình trên Hệ thống thông tin giải quyết thủ tục
hành chính của tỉnh.

**3.** Cơ quan nhận phản ánh của người dân về thủ tục hành chính lâm nghiệp xử lý và trả lời
người dân không quá mười (10) ngày làm việc.
"""
)

_RULES = (
    _HEADER
    + """**QUY CHẾ**
QUẢN LÝ, VẬN HÀNH CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THỬ NGHIỆM

**Điều 7. Trả lời ý kiến của tổ chức, cá nhân trên chuyên mục Góp ý - Hiến kế**

1. Văn phòng UBND tỉnh tiếp nhận, phân loại ý kiến gửi đến chuyên mục Góp ý - Hiến kế.

2. Trả lời ý kiến của tổ chức, cá nhân

a) Thời gian trả lời trên chuyên mục Góp ý - Hiến kế quy định như sau:

Sáu (06) ngày làm việc đối với các ý kiến thuộc thẩm quyền giải quyết; Chín (09) ngày làm
việc đối với các ý kiến cần sự phối hợp liên ngành;

Trường hợp đặc biệt thì phải hẹn trả lời nhưng tối đa không quá mười hai (12) ngày làm việc
kể từ ngày tiếp nhận.

b) Thủ trưởng các sở, ngành chịu trách nhiệm về nội dung trả lời.

**Điều 8. Xử lý phản ánh kiến nghị trên Ứng dụng Công dân số**

Thời gian xử lý và trả lời phản ánh kiến nghị là 04 ngày kể từ ngày tiếp nhận trên Ứng dụng,
đồng thời ưu tiên xử lý các phản ánh liên quan đến an ninh trật tự.
"""
)

DOCUMENTS = {
    "qc-cong.md": _RULES.format(
        issuer="ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM", number="88/QC-UBND", place="Thử Nghiệm",
        day="03",
    ),
    "qd-uq.md": _DELEGATION.format(
        issuer="ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM", number="1703/QĐ-UBND", place="Thử Nghiệm",
        day="12",
    ),
    "qd-tthc.md": _PROCEDURES.format(
        issuer="ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM", number="2931/QĐ-UBND", place="Thử Nghiệm",
        day="14",
    ),
    "nq-luat.md": _BILL.format(
        issuer="CHÍNH PHỦ", number="391/NQ-CP", place="Hà Nội", day="20",
    ),
    "nq-hocphi.md": _FEES.format(
        issuer="HỘI ĐỒNG NHÂN DÂN TỈNH THỬ NGHIỆM", number="45/2025/NQ-HĐND",
        place="Thử Nghiệm", day="25",
    ),
    "qd-quyche.md": _PROPOSED.format(
        issuer="ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM", number="118/2025/QĐ-UBND",
        place="Thử Nghiệm", day="26",
    ),
    "kh-quytrinh.md": _PLAN.format(
        issuer="ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM", number="402/KH-UBND", place="Thử Nghiệm",
        day="17",
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("limits")
    opened = answerer_over(root, DOCUMENTS, lexical_only=True)
    yield opened
    opened.close()


def test_a_length_spelled_before_its_figure() -> None:
    written = [m.group() for m in DURATION.finditer("Bảy (07) ngày làm việc kể từ ngày nhận")]
    assert written == ["Bảy (07) ngày làm việc"]
    assert [m.group() for m in DURATION.finditer("không quá mười hai (12) giờ")] == [
        "không quá mười hai (12) giờ"
    ]
    # "năm" of a date is no number word: "6 năm 2025" holds no length
    assert not durations("ngày 27 tháng 6 năm 2025 của Bộ")


def test_the_limit_column_spelled_out(answerer: Answerer) -> None:
    result = answerer.ask(
        "thoi han giai quyet thu tuc chung nhan chuan do luong dung truc tiep de kiem dinh"
        " phuong tien do nhom 2"
    )
    assert result.found and "Bảy (07) ngày làm việc" in (result.answer or "")
    assert_quotes_verbatim(answerer, result)


def test_the_period_of_a_delegation(answerer: Answerer) -> None:
    result = answerer.ask(
        "UBND tỉnh Thử Nghiệm ủy quyền cho GĐ Sở Xây dựng cấp, thu hồi giấy chứng nhận hợp quy"
        " sản phẩm gạch không nung đến khi nào?"
    )
    assert result.intent == "deadline"
    assert result.found and "30/6/2027" in (result.answer or "")
    assert_quotes_verbatim(answerer, result)
    # a limit asked of another act, the delegation named in passing: not its period
    result = answerer.ask(
        "Giám đốc Sở Xây dựng phải gửi báo cáo năm về kết quả thực hiện nội dung được ủy quyền"
        " trước ngày nào?"
    )
    assert "30/6/2027" not in (result.answer or "")


def test_a_plan_cited_by_the_decision_issuing_it(answerer: Answerer) -> None:
    result = answerer.ask(
        "QD 2931 Thu Nghiem do luong can cu KH ra soat, don gian hoa TTHC noi bo cua TTg so may"
    )
    assert result.intent == "basis"
    assert result.found and "1085/QĐ-TTg" in (result.answer or "")


def test_a_law_in_force_is_not_the_resolution_on_its_bill(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo NQ 391/NQ-CP tiếp thu, giải trình dự án Luật Đo lường (sửa đổi), Luật này dự kiến"
        " có hiệu lực thi hành từ ngày nào?"
    )
    assert not result.found


def test_another_school_year_than_the_document_s(answerer: Answerer) -> None:
    asked = (
        "Nghị quyết HĐND tỉnh Thử Nghiệm quy định mức thu học phí các trường trung cấp công lập"
        " năm học {} có hiệu lực từ ngày nào?"
    )
    result = answerer.ask(asked.format("2025-2026"))
    assert result.found and "05 tháng 12 năm 2025" in (result.answer or "")
    # the later year is only planned for in the text, not the one this resolution sets
    assert not answerer.ask(asked.format("2026-2027")).found


def test_a_proposal_cited_with_no_date(answerer: Answerer) -> None:
    result = answerer.ask(
        "Tờ trình của Sở Công Thương đề nghị ban hành quy chế phối hợp QLNN về khuyến công"
        " (QĐ 118/2025/QĐ-UBND) đề ngày nào?"
    )
    # neither the decision's own date nor that of the decree it is based on
    assert "26 tháng 11" not in (result.answer or "")
    assert "28 tháng 8" not in (result.answer or "")
    assert not result.found


def test_han_alone_asks_a_limit(answerer: Answerer) -> None:
    result = answerer.ask(
        "KH 402: hạn Sở NN&MT trình Chủ tịch UBND tỉnh phê duyệt quy trình nội bộ?"
    )
    assert result.intent == "deadline"
    assert result.found and "28/11/2025" in (result.answer or "")


def test_a_length_listed_under_a_heading_of_the_time_allowed(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thời gian trả lời các ý kiến thuộc thẩm quyền trên chuyên mục Góp ý - Hiến kế là bao"
        " nhiêu ngày làm việc?"
    )
    # the heading sets the listed lengths as limits, as "không quá" does the special case's
    assert result.found and "Sáu (06) ngày làm việc" in (result.answer or "")


def test_a_length_stated_as_the_time_allowed(answerer: Answerer) -> None:
    result = answerer.ask(
        "Cơ quan nhận phản ánh trên Ứng dụng Công dân số có bao nhiêu ngày để xử lý và trả lời"
        " người dân?"
    )
    assert result.found and "04 ngày" in (result.answer or "")
    corpus = answerer.corpus
    units = [corpus.units[i] for ids in corpus.doc_units.values() for i in ids]

    def stated(opening: str, length: str) -> bool:
        unit = next(u for u in units if u.text.lstrip("*").startswith(opening))
        return _stated_as_time_allowed(unit, unit.text.index(length))

    # the predicate of "Thời gian ... là", the opening of a unit under "a) Thời gian ...:" —
    # limits as "không quá" makes one; not a length in the middle of another sentence
    assert stated("Thời gian xử lý và trả lời", "04 ngày")
    assert stated("Sáu (06) ngày", "Sáu (06) ngày")
    assert not stated("Sáu (06) ngày", "Chín (09) ngày")
    assert not stated("Cơ quan nhận phản ánh", "mười (10) ngày")
