"""Rules read from the fresh sets of session 36, on documents written here:

- a share asked ("thuế suất ... bao nhiêu %") of goods the question names by their code is
  not answered by a piece of their heading ("thuộc nhóm 21.06");
- a share asked is not a rate named beside another value asked ("thời gian hỗ trợ lãi suất");
- a target asked ("chỉ tiêu thu hút vốn FDI") is not answered by the value a report says was
  reached ("đã thu hút vốn đầu tư FDI đạt ..."), which a plan's target sentence is; the value
  reached, asked as such ("đã ... đạt bao nhiêu"), still is;
- "Trưởng bộ môn và Phó Trưởng bộ môn" asks both ranks, a value each;
- "Theo Thông tư X, ...": a letter quoting X's article after "có quy định như sau:" with no
  quotation marks quotes X up to where it speaks again ("Như vậy, ...");
- an abbreviation the documents write out ("THCS") is no word they lack;
- "bằng bao nhiêu % tổng mức chi so với xây dựng mới" asks one share, no two values;
- a line break that cuts a sentence ("... quy định tại điểm a" / "Khoản này có quy mô dân
  số từ 4.000 người trở lên") leaves the subject on the line before the value;
- a letter named by its whole number ("cv 5387/ct-cs") is the one whose signer is asked,
  whatever kind its header was read as;
- "Văn bản nào ... quy định mức cho vay, thời hạn và lãi suất ...?" asks a document;
- "bao nhiêu gam" is answered in grams ("27g");
- a numbered part the question names ("tuyến 2") is read in the lead-in of the line stating
  the value ("... vào đội tuyển (Tuyến 1) ... như sau:" / "Chi phí đào tạo ...: 24 tháng");
- an answer of two cases ("cho trẻ mầm non và cho giáo viên mầm non") names the member each
  of its sentences is of, not the first alone;
- "thấp nhất và cao nhất" ask the ends of a range ("từ 0,25% đến 3%"), no subject's words.

Eight of the fourteen tests fail on the start code (6c0de0b). The other six pass there and
guard the rule: over these few documents the start code already abstains on the heading's
piece and reads the right tier, and the subject words of the abbreviation's, the cut line's
and the range's questions weigh enough; over the 377 of admin-docs it answered the heading and
the other tier and abstained on the other three. The rate named beside a length asked guards
the share rule's reach (the rule's first form refused it)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.value_kind import same_unit
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

HEADER = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: {number}

*Thử Nghiệm, ngày 20 tháng 11 năm 2025*

**{kind}**

"""

CUSTOMS = """**CỤC HẢI QUAN**

Số: 38544/TB-CHQ

*Hà Nội, ngày 14 tháng 11 năm 2025*

**THÔNG BÁO**

**Về kết quả xác định trước mã số**

Cục Hải quan thông báo kết quả xác định trước mã số
như sau:
|
**1. Hàng hóa đề nghị xác định
trước mã số do tổ chức, cá nhân cung cấp:**
|
|
Tên thương mại: Bột Ngọt Lành N30
|
|
Ký, mã hiệu, chủng loại: Bột Ngọt Lành N30
|
Nhà sản xuất: Công ty Ngọt Lành
|
|
**2. Kết quả xác định trước mã số:**
|
|
Ký, mã hiệu, chủng loại: Bột Ngọt Lành N30
|
Nhà sản xuất: Công ty Ngọt Lành
|
thuộc nhóm **21.06** “Các chế phẩm thực phẩm
chưa được chi tiết hoặc ghi ở nơi khác.”, phân nhóm **2106.90** “- Loại
khác:”, mã số **2106.90.91** tại Danh mục hàng hóa xuất khẩu, nhập khẩu Việt
Nam./.
|
Thông báo này có hiệu lực kể từ ngày ban hành.
"""

REPORT = (
    HEADER.format(number="318/BC-UBND", kind="BÁO CÁO")
    + """**Tình hình kinh tế - xã hội tỉnh Thử Nghiệm năm 2025**

**1. Thu hút đầu tư**

Đặc biệt, tỉnh đã thu hút vốn đầu tư FDI đạt 1.219,11 triệu USD, tăng 84% so với cùng kỳ,
bằng 115,1% mục tiêu tăng trưởng năm 2025; thu hút vốn đầu tư trong nước tăng mạnh.
"""
)

PLAN = (
    HEADER.format(number="52/KH-UBND", kind="KẾ HOẠCH")
    + """**Xúc tiến đầu tư tỉnh Sông Cũ năm 2026**

**I. MỤC TIÊU**

Phấn đấu năm 2026 tỉnh Sông Cũ thu hút vốn đầu tư FDI đạt 800 triệu USD trở lên.
"""
)

SPORTS = (
    HEADER.format(number="65/2025/NQ-HĐND", kind="NGHỊ QUYẾT")
    + """**Quy định chế độ hỗ trợ đối với bộ môn thể thao thành tích cao tỉnh Thử Nghiệm**

**Điều 2. Mức hỗ trợ hằng tháng**

a) Đối với Trưởng Bộ môn: 1.000.000 đồng/người/tháng.

b) Đối với Phó Trưởng Bộ môn: 700.000 đồng/người/tháng.
"""
)

LETTER = """**BỘ CÔNG AN**

Số: 912/BCA-C06

*Hà Nội, ngày 10 tháng 11 năm 2025*

V/v trả lời kiến nghị về thẻ căn cước

Kính gửi: Ông Nguyễn Văn Bình

Thẻ căn cước của công dân dưới 6 tuổi có kích thước thế nào?

Theo Điều 5 Thông tư 16/2024/TT-BCA có quy định như sau:

Hình dáng, kích thước, chất liệu thẻ căn cước

1.

Thẻ căn cước hình chữ nhật, chiều rộng 53,98mm, chiều dài 85,6mm, độ dày 0,76mm.

2.

Thẻ căn cước được sản xuất bằng chất liệu nhựa.

Như vậy, theo quy định nêu trên thì thẻ căn cước của công dân dưới 6 tuổi có cùng kích thước.
"""

FEES = (
    HEADER.format(number="58/2025/NQ-HĐND", kind="NGHỊ QUYẾT")
    + """**Quy định mức học phí năm học 2025-2026 của trường công lập tỉnh Thử Nghiệm**

**Phụ lục. Mức học phí (đồng/học sinh/tháng)**

| STT | Trường, cấp học | Mức học phí |
| --- | --- | --- |
| 3 | Trường Trung học cơ sở - Trung học phổ thông Lê Quý Đôn | |
| 3.1 | Trung học cơ sở | 2.365.000 |
| 3.2 | Trung học phổ thông | 2.640.000 |
"""
)

DRAFTING = (
    HEADER.format(number="78/2025/NQ-HĐND", kind="NGHỊ QUYẾT")
    + """**Quy định mức chi xây dựng văn bản quy phạm pháp luật của tỉnh Thử Nghiệm**

**Điều 4. Mức chi đối với văn bản sửa đổi, bổ sung**

a) Văn bản quy phạm pháp luật sửa đổi, bổ sung một số điều của 02 văn bản quy phạm pháp
luật trở lên thì áp dụng bằng tổng mức chi trong xây dựng 01 văn bản quy phạm pháp luật;

b) Văn bản quy phạm pháp luật sửa đổi, bổ sung một số điều của 01 văn bản quy phạm pháp
luật thì áp dụng bằng 60% tổng mức chi trong xây dựng 01 văn bản quy phạm pháp luật.
"""
)

HOUSING = (
    HEADER.format(number="70/2025/NQ-HĐND", kind="NGHỊ QUYẾT")
    + """**Quy định việc sử dụng ngân sách đầu tư hạ tầng dự án nhà ở xã hội tỉnh Thử Nghiệm**

**Điều 3. Điều kiện sử dụng ngân sách**

a) Dự án đầu tư xây dựng nhà ở xã hội độc lập là dự án nằm ngoài khu đô thị.

b) Dự án nhà ở xã hội độc lập quy định tại điểm a
Khoản này có quy mô tương đương một đơn vị ở trở lên hoặc có quy mô dân số từ
4.000 người trở lên;
"""
)

TAX_LETTER = """BỘ TÀI CHÍNH
**CỤC THUẾ**

Số: 5387/CT-CS
*v/v trả lời phản ánh kiến nghị*

*Hà Nội, ngày 20 tháng 11 năm 2025*

Kính gửi: Độc giả Hoàng Văn Trung

Cục Thuế nhận được phản ánh về tờ khai thuế sử dụng đất phi nông nghiệp. Cục Thuế trả lời
như sau: hồ sơ khai thuế được nộp tại cơ quan tiếp nhận hồ sơ theo cơ chế một cửa liên thông.

Trên đây là ý kiến của Cục Thuế./.

**TL. CỤC TRƯỞNG**
KT. TRƯỞNG BAN CHÍNH SÁCH
PHÓ TRƯỞNG BAN
Phạm Thị Minh Hiền
"""

SUBSIDY = (
    HEADER.format(number="80/2025/NQ-HĐND", kind="NGHỊ QUYẾT")
    + """**Quy định chính sách hỗ trợ lãi suất vay vốn phát triển sản xuất tỉnh Thử Nghiệm**

**Điều 3. Hỗ trợ lãi suất**

1. Thời gian hỗ trợ lãi suất tối đa là 24 tháng kể từ ngày giải ngân khoản vay.

2. Mức hỗ trợ lãi suất: 2%/năm tính trên dư nợ vay thực tế.
"""
)

TIERS = (
    HEADER.format(number="66/2025/NQ-HĐND", kind="NGHỊ QUYẾT")
    + """**Quy định mức hỗ trợ đào tạo vận động viên tỉnh Thử Nghiệm**

**Điều 4. Hỗ trợ tổ chức, cá nhân đào tạo vận động viên**

a) Tổ chức, cá nhân đào tạo vận động viên đạt thành tích tại các giải vô địch quốc gia được
tuyển chọn vào đội tuyển (Tuyến 1) của tỉnh được hưởng mức hỗ trợ như sau:

Chi phí đào tạo cho một vận động viên: 24 tháng tiền chế độ dinh dưỡng và tiền lương vận
động viên đội tuyển trẻ cấp tỉnh theo quy định hiện hành.

b) Tổ chức, cá nhân đào tạo vận động viên đạt thành tích tại các giải vô địch quốc gia được
tuyển chọn vào đội tuyển trẻ (Tuyến 2) của tỉnh được hưởng mức hỗ trợ như sau:

Chi phí đào tạo cho một vận động viên: 18 tháng tiền chế độ dinh dưỡng và tiền lương vận
động viên đội tuyển năng khiếu cấp tỉnh theo quy định hiện hành.
"""
)

NURSERY = (
    HEADER.format(number="21/2025/NQ-HĐND", kind="NGHỊ QUYẾT")
    + """**Quy định chính sách hỗ trợ trẻ em và giáo viên mầm non dân lập, tư thục tỉnh Thử Nghiệm**

**Điều 2. Mức hỗ trợ**

1. Trẻ em mầm non quy định tại điểm a khoản 2 Điều 1 Nghị quyết này được hưởng
mức hỗ trợ 160.000 đồng/trẻ/tháng.

2. Đối tượng giáo viên mầm non quy định tại điểm b khoản 2 Điều 1 Nghị quyết này được hưởng
mức hỗ trợ 800.000 đồng/người/tháng.
"""
)

LAND = """**CỤC THUẾ**

Số: 5608/CT-CS

*Hà Nội, ngày 25 tháng 11 năm 2025*

Kính gửi: Công ty TNHH Đất Lành

Tại khoản 1 Điều 26 Nghị định số 103/2024/NĐ-CP quy định về tiền thuê đất:

*a) Tỷ lệ phần trăm (%)
tính đơn giá thuê đất một năm là từ 0,25% đến *3%.

Cục Thuế trả lời để Công ty được biết./.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("shares-quotes"),
        {
            "hai-quan.md": CUSTOMS,
            "bao-cao.md": REPORT,
            "ke-hoach.md": PLAN,
            "the-thao.md": SPORTS,
            "can-cuoc.md": LETTER,
            "hoc-phi.md": FEES,
            "xay-dung-van-ban.md": DRAFTING,
            "nha-o.md": HOUSING,
            "cuc-thue.md": TAX_LETTER,
            "lai-suat.md": SUBSIDY,
            "van-dong-vien.md": TIERS,
            "mam-non.md": NURSERY,
            "thue-dat.md": LAND,
        },
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_a_share_is_no_piece_of_a_heading(answerer: Answerer) -> None:
    result = answerer.ask(
        "Mặt hàng Bột Ngọt Lành N30 (mã 2106.90.91) chịu thuế suất thuế nhập khẩu ưu đãi bao "
        "nhiêu % theo TB 38544/TB-CHQ?"
    )
    assert not result.found, result.answer


def test_a_rate_named_beside_the_time_asked(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thời gian hỗ trợ lãi suất tối đa theo NQ 80/2025/NQ-HĐND tỉnh Thử Nghiệm là bao nhiêu?"
    )
    assert result.found and "24 tháng" in (result.answer or "")


def test_a_result_reached_is_no_target(answerer: Answerer) -> None:
    reached = answerer.ask("chỉ tiêu thu hút vốn FDI năm 2025 của tỉnh Thử Nghiệm là bao nhiêu?")
    assert not reached.found, reached.answer
    planned = answerer.ask("chỉ tiêu thu hút vốn FDI năm 2026 của tỉnh Sông Cũ là bao nhiêu?")
    assert planned.found and "800 triệu USD" in (planned.answer or "")
    # the value reached, asked as such, is answered
    asked = answerer.ask("Năm 2025 tỉnh Thử Nghiệm đã thu hút vốn đầu tư FDI đạt bao nhiêu?")
    assert asked.found and "1.219,11 triệu USD" in (asked.answer or "")


def test_the_head_and_the_deputy_asked_together(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo NQ 65/2025/NQ-HĐND tỉnh Thử Nghiệm, mức hỗ trợ hằng tháng cho Trưởng bộ môn và "
        "Phó Trưởng bộ môn thể thao thành tích cao là bao nhiêu?"
    )
    assert result.found
    assert "1.000.000" in (result.answer or "") and "700.000" in (result.answer or "")


def test_a_quotation_without_marks(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo Thông tư 16/2024/TT-BCA, chiều rộng và chiều dài của thẻ căn cước lần lượt là "
        "bao nhiêu?"
    )
    assert result.found
    assert "53,98mm" in (result.answer or "") and "85,6mm" in (result.answer or "")


def test_an_abbreviation_written_out(answerer: Answerer) -> None:
    result = answerer.ask(
        "hoc phi cap THCS va cap THPT cua truong THCS-THPT Le Quy Don nam hoc 2025-2026 theo "
        "NQ 58/2025 la bao nhieu?"
    )
    assert result.found
    assert "2.365.000" in (result.answer or "") and "2.640.000" in (result.answer or "")


def test_a_share_of_the_sum_compared(answerer: Answerer) -> None:
    result = answerer.ask(
        "NQ 78/2025/NQ-HĐND Thử Nghiệm: VBQPPL chỉ sửa đổi, bổ sung một số điều của 01 văn bản "
        "thì được tính bằng bao nhiêu % tổng mức chi so với xây dựng mới?"
    )
    assert result.found and "60%" in (result.answer or "")


def test_a_sentence_cut_by_a_line_break(answerer: Answerer) -> None:
    result = answerer.ask(
        "NQ 70/2025 Thử Nghiệm: du an nha o xa hoi doc lap phai co quy mo dan so tu bao nhieu "
        "nguoi tro len thi tinh moi dung ngan sach?"
    )
    assert result.found and "4.000 người" in (result.answer or "")


def test_a_letter_named_by_its_whole_number(answerer: Answerer) -> None:
    result = answerer.ask(
        "cv 5387/ct-cs cua cuc thue tra loi phan anh kien nghi ve to khai thue su dung dat phi "
        "nong nghiep do ai ky?"
    )
    assert result.found and "Phạm Thị Minh Hiền" in (result.answer or "")


def test_a_document_asked_first() -> None:
    route = route_question(
        "Văn bản nào của HĐND TP Hà Nội quy định mức cho vay, thời hạn và lãi suất cho vay từ "
        "nguồn vốn ngân sách địa phương ủy thác qua NHCSXH?"
    )
    assert route.intent == "decision"
    # a time asked of the document's rule is still a time limit
    asked = route_question("Văn bản nào quy định thời hạn nộp hồ sơ là bao lâu?")
    assert asked.intent == "deadline"


def test_grams() -> None:
    assert same_unit("gam", "g") and not same_unit("gam", "kg")


def test_the_part_a_lead_in_names(answerer: Answerer) -> None:
    result = answerer.ask(
        "thu nghiem ho tro to chuc, ca nhan dao tao VDV duoc tuyen vao doi tuyen tre (tuyen 2) "
        "cua tinh: chi phi dao tao 1 VDV bang bao nhieu thang tien dinh duong va tien luong?"
    )
    assert result.found and "18 tháng" in (result.answer or ""), result.answer


def test_two_cases_each_of_its_own_member(answerer: Answerer) -> None:
    result = answerer.ask(
        "NQ 21/2025/NQ-HĐND Thử Nghiệm: mức hỗ trợ cho trẻ mầm non và cho giáo viên mầm non dân "
        "lập, tư thục là bao nhiêu?"
    )
    assert result.found
    assert "160.000 đồng" in (result.answer or "") and "800.000 đồng" in (result.answer or "")


def test_the_ends_of_a_range_asked(answerer: Answerer) -> None:
    result = answerer.ask(
        "CV 5608/CT-CS dẫn NĐ 103/2024/NĐ-CP: tỷ lệ % tính đơn giá thuê đất một năm thấp nhất và "
        "cao nhất là bao nhiêu?"
    )
    assert result.found
    assert "0,25%" in (result.answer or "") and "3%" in (result.answer or "")
