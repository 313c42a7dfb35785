"""Rules read from the fresh sets of session 36, on documents written here:

- "đến mấy giờ", "lúc mấy giờ", "mấy giờ sáng" ask a time of day ("03h00 sáng"), not a
  length of hours; "mở cửa 24/24" is open all hours of the day ("bao nhiêu giờ một ngày");
- "được thực hiện từ năm nào" asks the time of a task, which its field line states ("- Thời
  gian thực hiện: Năm 2026 và các năm tiếp theo.") under the task's heading;
- of documents listed one per line after the verb acting on them ("Thay thế Quyết định số A
  ...; / Quyết định số B ...;"), each is acted on; of those one sentence lists ("tại Quyết
  định số A ..., Quyết định số B ..."), each reads the words before the first;
- "tần suất như thế nào" asks how often ("01 lần/ngày"), before the months a task runs; a
  time of day asked is not answered by a day;
- a time field labelled by the act asked ("Thời gian ủy quyền: ... đến hết ngày 28/02/2027")
  answers, and a light verb ("phải ra kế hoạch") names no act of its own;
- of the bands a cell lists, the item of the band asked ("- Trên 20 tỷ đồng ...");
- an age the question writes ("dưới 24 tháng tuổi") is not asked; one asked without marks
  ("do tuoi toi da ... la bao nhieu") wants an age;
- "vận hành 24/7" is a time; a cell item's label covers the clauses ";" joins to it
  ("... : 2.000 đồng/ trang; từ trang thứ 3 ..., tối đa thu không quá 200.000 đồng/bản"); a
  cell opens a clause ("| - Thời hạn thẩm định ... nhóm I, nhóm II ... tối đa là 60 ngày");
- "FDI" is written "vốn đầu tư nước ngoài";
- "cao hơn trên 30% so với mức giá" is a band of values, no comparison;
- two cases opened by one condition word ("khi nộp trực tuyến và khi nộp trực tiếp") are each
  asked once, each value read from its own clause of a long table cell.

Every test here fails on the start code (5467bcb) but three. Over these few documents the
task's year and the time field labelled by the act asked hold enough of the question's weight
by themselves, and the fee cell is read whole as its row; over the 377 of admin-docs they did
not, and the start code abstained or answered another clause."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.question import ASKS_CLOCK, ASKS_DURATION
from qa_service.answer.verify import writes_acronym
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

HEADER = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: {number}

*Thử Nghiệm, ngày 20 tháng 11 năm 2025*

**{kind}**

"""

NOTICE = (
    HEADER.format(number="983/TB-STC", kind="THÔNG BÁO")
    + """**Kế hoạch tạm dừng Hệ thống quản lý tài sản công tỉnh Thử Nghiệm**

Sở Tài chính có kế hoạch nâng cấp Hệ thống quản lý tài sản công
từ 18h00 tối Thứ Bảy ngày 22/11/2025 đến 03h00 sáng Chủ Nhật
ngày 23/11/2025. Trong thời gian này, Sở Tài chính sẽ tạm dừng hệ thống.
"""
)

FUEL = (
    HEADER.format(number="91/2025/QĐ-UBND", kind="QUYẾT ĐỊNH")
    + """**Quy định thời gian bán hàng tối thiểu của cửa hàng bán lẻ xăng dầu tỉnh Thử Nghiệm**

**Điều 3. Thời gian bán hàng**

1. Cửa hàng bán lẻ xăng dầu bán hàng liên tục tối thiểu 12 giờ trong ngày.

2. Đối với cửa hàng tại các tuyến quốc lộ, cao tốc, khu công nghiệp
khuyến khích mở cửa bán hàng 24/24 kể cả thứ Bảy, Chủ nhật, ngày Lễ, ngày Tết.
"""
)

JOBS = (
    HEADER.format(number="172/KH-UBND", kind="KẾ HOẠCH")
    + """**Triển khai thi hành Luật Việc làm trên địa bàn tỉnh Thử Nghiệm**

**II. NHIỆM VỤ**

**1. Tuyên truyền, phổ biến Luật Việc làm**

- Cơ quan thực hiện: Sở Văn hóa, Thể thao và Du lịch.

- Thời gian thực hiện: Quý I năm 2026.

**2. Rà soát văn bản quy phạm pháp luật**

Sở Nội vụ chủ trì rà soát, tham mưu Ủy ban nhân dân tỉnh ban hành văn bản quy phạm pháp
luật quy định chi tiết các nội dung được giao trong Luật Việc làm; đồng thời thường xuyên
kiểm tra, đôn đốc, hướng dẫn tháo gỡ vướng mắc phát sinh trong quá trình thực hiện.

**3. Tổ chức kiểm tra việc thi
hành Luật Việc làm và các văn bản quy phạm pháp luật quy định chi tiết, hướng dẫn
thi hành**

- Cơ quan thực hiện: Sở Nội vụ,
các sở, ban, ngành tỉnh trong phạm vi chức năng, nhiệm vụ của mình và các
cơ quan, tổ chức khác có liên quan.

- Thời gian thực hiện: Năm 2027
và các năm tiếp theo.
"""
)

DISASTERS = (
    HEADER.format(number="2853/QĐ-UBND", kind="QUYẾT ĐỊNH")
    + """**Về ban hành Kế hoạch phòng, chống thiên tai dựa vào cộng đồng tỉnh Thử Nghiệm**

**QUYẾT ĐỊNH:**

**Điều 1. **Ban hành kèm theo Quyết định này Kế hoạch phòng, chống thiên tai dựa vào
cộng đồng trên địa bàn tỉnh Thử Nghiệm.

**Điều 2. **Quyết
định này có hiệu lực kể từ ngày ký. Thay thế Quyết định số 3089/QĐ-UBND ngày 24
tháng 8 năm 2021 của Ủy ban nhân dân tỉnh Thử Nghiệm về ban hành Kế hoạch
phòng, chống thiên tai dựa vào cộng đồng trên địa bàn tỉnh Thử Nghiệm;
Quyết định số 1397/QĐ-UBND ngày 08 tháng 6 năm 2022 của Ủy ban nhân dân tỉnh
Sông Cũ về ban hành Kế hoạch phòng, chống thiên tai dựa vào cộng đồng
trên địa bàn tỉnh Sông Cũ.

**Điều 3. **Chánh Văn phòng Ủy ban nhân dân tỉnh và các cơ quan có liên quan chịu trách
nhiệm thi hành Quyết định này./.
"""
)

EXPERTS = (
    HEADER.format(number="1628/QĐ-UBND", kind="QUYẾT ĐỊNH")
    + """**Công bố Danh mục thủ tục hành chính lĩnh vực giám định tư pháp tỉnh Thử Nghiệm**

**Điều 1.** Công bố kèm theo Quyết định này Danh mục 05 thủ tục hành chính.

**Điều 2. **Quyết định này có
hiệu lực thi hành kể từ ngày ký ban hành và thay thế Danh mục TTHC trong lĩnh
vực giám định tư pháp tại Quyết định số 1158/QĐ-UBND ngày 06 tháng 8 năm 2021,
Quyết định số 634/QĐ-UBND ngày 28 tháng 5 năm 2024 của Chủ tịch Ủy ban nhân dân
tỉnh.
"""
)

RECORDS = (
    HEADER.format(number="45/2025/QĐ-UBND", kind="QUYẾT ĐỊNH")
    + """**Quy chế quản lý văn bản và điều hành trên môi trường mạng tỉnh Thử Nghiệm**

**Điều 9. Trách nhiệm của Sở Khoa học và Công nghệ**

Sở Khoa học và Công nghệ có trách nhiệm thực hiện các biện pháp lưu trữ, dự phòng dữ liệu của
hệ thống, sao lưu định kỳ (01 lần/ngày) và đột xuất theo yêu cầu.
"""
)

ORIGINS = (
    HEADER.format(number="2698/QĐ-UBND", kind="QUYẾT ĐỊNH")
    + """**Công bố thủ tục hành chính lĩnh vực xuất nhập khẩu tỉnh Thử Nghiệm**

**TT**
|
**Mã TTHC**
|
**Tên thủ tục hành chính**
|
**Thời gian giải quyết**
|
**Cách thức thực hiện**
|
|
1
|
1.000603
|
Cấp Giấy chứng nhận xuất xứ
hàng hoá (C/O) ưu đãi Mẫu AK
|
*- Trực tuyến: *Trong
thời hạn 6 giờ làm việc kể từ khi Tổ chức cấp C/O nhận được hồ sơ đầy đủ và
hợp lệ dưới dạng điện tử, kết quả xét duyệt hồ sơ đề nghị cấp C/O được thông
báo trên Hệ thống eCoSys.
*- Trực tiếp: *Trong
thời hạn 8 giờ làm việc kể từ khi Tổ chức cấp C/O nhận được hồ sơ đề nghị cấp
C/O đầy đủ và hợp lệ, Tổ chức cấp C/O trả kết quả cấp C/O.
*- Bưu chính: *Trong
thời hạn 24 giờ làm việc kể từ khi Tổ chức cấp C/O nhận được hồ sơ đề nghị
cấp C/O đầy đủ và hợp lệ theo ngày ghi trên bì thư, Tổ chức cấp C/O trả kết
quả cấp C/O.
|
Trực tuyến, trực tiếp hoặc qua dịch vụ bưu chính
"""
)

# Another province's procedures, which name no "Mẫu AK": no case of the question is theirs
SCIENCE = (
    HEADER.format(number="2700/QĐ-UBND", kind="QUYẾT ĐỊNH").replace("THỬ NGHIỆM", "SÔNG CŨ")
    + """**Công bố thủ tục hành chính lĩnh vực khoa học và công nghệ tỉnh Sông Cũ**

TT | Mã TTHC | Tên thủ tục hành chính | Thời hạn giải quyết
---|---|---|---
1 | 1.014390 | Cấp lại giấy chứng nhận đăng ký tổ chức khoa học và công nghệ khi nộp trực \
tuyến hoặc nộp trực tiếp | 10 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ, trả kết quả \
cho tổ chức
"""
)


DELEGATION = (
    HEADER.format(number="2750/QĐ-UBND", kind="QUYẾT ĐỊNH")
    + """**Về việc ủy quyền cho Giám đốc Sở Nông nghiệp và Môi trường thực hiện nhiệm vụ trong lĩnh
vực quản lý chất lượng nông lâm sản và thủy sản**

*Căn cứ Luật An toàn thực phẩm ngày 17 tháng 6 năm 2010;*
*Căn cứ Nghị định số 15/2018/NĐ-CP ngày 02 tháng 02 năm 2018 của Chính phủ quy định chi tiết
thi hành một số điều của luật an toàn thực phẩm;*

**QUYẾT ĐỊNH:**
**Điều 1.** Ủy quyền Giám đốc Sở Nông nghiệp và Môi trường thực hiện
nhiệm vụ trong lĩnh vực quản lý chất lượng nông lâm sản và thủy sản, cụ thể:
1. Cấp, thu hồi Giấy chứng
nhận cơ sở đủ điều kiện an toàn thực phẩm quy định tại khoản 6 Điều 38 Nghị
định số 15/2018/NĐ-CP ngày 02 tháng 02 năm 2018 của Chính phủ.
2. Chỉ định cơ sở kiểm
nghiệm thực phẩm phục vụ quản lý nhà nước.
**Điều 2.** Thời gian ủy quyền: Kể từ ngày Quyết định được ban hành
đến hết ngày 28/02/2027, trừ trường hợp quy định của pháp luật về nội dung trên có sự thay đổi.
"""
)

RECOVERY = (
    HEADER.format(number="2801/QĐ-UBND", kind="QUYẾT ĐỊNH")
    + """**Công bố thủ tục hành chính lĩnh vực môi trường cấp xã tỉnh Thử Nghiệm**

**2. Thủ tục ban hành kế hoạch phục hồi môi trường cấp xã sau sự cố môi trường**

**2.1. Trình tự thực hiện:**

Bước 1: Ủy ban nhân dân cấp xã lập kế hoạch phục hồi môi trường.

Bước 2: Ban hành kế hoạch phục hồi môi trường cấp xã sau khi kết thúc giai đoạn tổ chức
ứng phó sự cố môi trường.

**2.4. Thời hạn giải quyết:**

30 ngày kể từ ngày công bố kết
thúc giai đoạn tổ chức ứng phó sự cố môi trường.
"""
)

MINERALS = (
    HEADER.format(number="2920/QĐ-UBND", kind="QUYẾT ĐỊNH")
    + """**Công bố thủ tục hành chính lĩnh vực địa chất và khoáng sản tỉnh Thử Nghiệm**

**TT**
|
**Mã TTHC**
|
**Tên thủ tục hành chính**
|
**Phí, lệ phí**
|
|
1
|
1.014466
|
Công nhận kết quả thăm dò
khoáng sản thuộc thẩm quyền cấp giấy phép của Ủy ban nhân dân cấp tỉnh
|
Phí thẩm định công nhận kết quả thăm dò khoáng sản: Tổng chi phí thăm dò khoáng sản
thực tế (không bao gồm thuế GTGT):
- Đến 01 tỷ đồng mức thu
phí là 10 triệu đồng.
- Trên 01 đến 10 tỷ đồng mức
thu phí là 10 triệu đồng + (0,5% x phần tổng chi phí trên 1 tỷ đồng).
- Trên 10 đến 20 tỷ đồng mức
thu phí là 55 triệu đồng + (0,3% x phần tổng chi phí trên 10 tỷ đồng)
- Trên 20 tỷ đồng mức thu phí
là 85 triệu đồng + (0,2% x phần tổng chi phí trên 20 tỷ đồng)
|
"""
)

NURSERIES = (
    HEADER.format(number="624/KH-UBND", kind="KẾ HOẠCH")
    + """**Phát triển giáo dục mầm non ở địa bàn có khu công nghiệp tỉnh Thử Nghiệm**

**II. MỤC TIÊU**

Phấn đấu tăng thêm ít nhất 20% số nhóm trẻ trong cơ sở giáo dục mầm non và tăng thêm ít nhất
10% số trường mầm non công lập có tổ chức nhóm trẻ dưới 24 tháng tuổi.
"""
)

MANAGERS = (
    HEADER.format(number="87/2025/QĐ-UBND", kind="QUYẾT ĐỊNH")
    + """**Quy chế bổ nhiệm người giữ chức vụ tại doanh nghiệp nhà nước tỉnh Thử Nghiệm**

**Điều 1. Phạm vi điều chỉnh**

Quy chế này quy định việc bổ nhiệm lần đầu Tổng Giám đốc, Giám đốc và người giữ chức vụ tại
doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ thuộc Ủy ban nhân dân tỉnh quản lý.
"""
)


PLANNING = (
    HEADER.format(number="2820/QĐ-UBND", kind="QUYẾT ĐỊNH")
    + """**Quy chế quản lý Hệ thống cơ sở dữ liệu quy hoạch tỉnh Thử Nghiệm**

**Điều 6. Trách nhiệm của Sở Xây dựng**

- Tổ chức quản lý, vận hành
Hệ thống cơ sở dữ liệu quy hoạch của tỉnh 24/7.
"""
)

COPIES = (
    HEADER.format(number="2770/QĐ-UBND", kind="QUYẾT ĐỊNH")
    + """**Công bố thủ tục hành chính lĩnh vực chứng thực tỉnh Thử Nghiệm**

**STT**
|
**Mã TTHC**
|
**Tên thủ tục hành chính**
|
**Cơ quan thực hiện**
|
**Phí, lệ phí**
|
|
02
|
2.000815
|
Chứng thực bản sao từ bản
chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp
|
UBND cấp xã, Văn phòng công
chứng
|
Tại Ủy ban nhân dân cấp xã,
Tổ chức hành nghề công chứng: 2.000 đồng/ trang; từ trang thứ 3 trở lên thu 1.000
đồng/ trang, tối đa thu không quá 200.000 đồng/bản. Trang là căn cứ để thu
phí được tính theo trang của bản chính; Tại cơ quan đại diện: 10 USD/bản
|
"""
)

SURVEYS = (
    HEADER.format(number="2859/QĐ-UBND", kind="QUYẾT ĐỊNH")
    + """**Công bố thủ tục hành chính lĩnh vực địa chất và khoáng sản tỉnh Thử Nghiệm**

**TT**
|
**Tên thủ tục
hành chính**
|
**Thời hạn giải
quyết**
|
|
1
|
Công nhận kết quả thăm dò khoáng sản thuộc thẩm quyền
cấp giấy phép của Ủy ban nhân dân cấp tỉnh
|
- Thời hạn thẩm định, công nhận kết quả thăm dò khoáng
sản đối với khoáng sản nhóm I, nhóm II có quy mô phân tán, nhỏ lẻ tối đa là
60 ngày kể từ ngày nhận đủ hồ sơ đề nghị công nhận kết quả thăm dò khoáng sản
hợp lệ;
- Thời hạn thẩm định, công nhận kết quả thăm dò khoáng
sản đối với khoáng sản nhóm III tối đa là 45 ngày kể từ ngày nhận đủ hồ sơ đề
nghị công nhận kết quả thăm dò khoáng sản hợp lệ.
|
"""
)


MONITORING = (
    HEADER.format(number="235/KH-UBND", kind="KẾ HOẠCH")
    + """**Quan trắc, cảnh báo môi trường nuôi trồng thủy sản tỉnh Thử Nghiệm năm 2026**

- Thông số, tần suất, thời gian
và số lượng mẫu quan trắc:

+ Các thông số: Độ mặn, pH, oxy hòa tan (DO), tổng chất rắn lơ lửng (TSS)
quan trắc với tần suất 2 lần/tháng; thời gian quan trắc từ tháng 3 đến tháng 10
năm 2026; số lượng mẫu quan trắc 240 mẫu/năm.
"""
)


PUBLISHING = (
    HEADER.format(number="3617/QĐ-UBND", kind="QUYẾT ĐỊNH")
    + """**Về việc ủy quyền cho Chánh Văn phòng Ủy ban nhân dân tỉnh công bố thủ tục hành chính,
danh mục thủ tục hành chính**

**QUYẾT ĐỊNH:**

**Điều 1.** Ủy quyền cho Chánh Văn phòng Ủy ban
nhân dân tỉnh công bố thủ tục hành chính, danh mục thủ tục hành chính thực hiện
trên địa bàn tỉnh theo quy định.
Thời hạn ủy quyền: Từ ngày Quyết định này có hiệu
lực thi hành đến hết ngày 31 tháng 12 năm 2030.
"""
)


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("clocks-lists"),
        {
            "thong-bao.md": NOTICE,
            "xang-dau.md": FUEL,
            "viec-lam.md": JOBS,
            "thien-tai.md": DISASTERS,
            "giam-dinh.md": EXPERTS,
            "van-ban.md": RECORDS,
            "xuat-xu.md": ORIGINS,
            "khoa-hoc.md": SCIENCE,
            "uy-quyen.md": DELEGATION,
            "moi-truong.md": RECOVERY,
            "khoang-san.md": MINERALS,
            "mam-non.md": NURSERIES,
            "doanh-nghiep.md": MANAGERS,
            "quy-hoach.md": PLANNING,
            "chung-thuc.md": COPIES,
            "tham-do.md": SURVEYS,
            "quan-trac.md": MONITORING,
            "cong-bo.md": PUBLISHING,
        },
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_a_time_of_day_asked() -> None:
    for question in ("tam dung den may gio sang", "mo cua den may gio toi", "sau may gio dem"):
        assert ASKS_CLOCK.search(question) and not ASKS_DURATION.search(question), question
    for question in ("trong vong bao nhieu gio", "toi da may gio", "mo cua may gio toi thieu"):
        assert ASKS_DURATION.search(question) and not ASKS_CLOCK.search(question), question


def test_the_time_of_day_a_stop_ends(answerer: Answerer) -> None:
    result = answerer.ask(
        "TB 983/TB-STC: hệ thống quản lý tài sản công tỉnh Thử Nghiệm tạm dừng đến mấy giờ sáng "
        "Chủ nhật 23/11/2025?"
    )
    assert result.found and "03h00" in (result.answer or "")


def test_all_hours_of_the_day(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thử Nghiệm khuyến khích cây xăng trên quốc lộ, cao tốc mở cửa bán hàng bao nhiêu giờ "
        "một ngày?"
    )
    assert result.found and "24/24" in (result.answer or "")


def test_the_year_a_task_runs_from(answerer: Answerer) -> None:
    result = answerer.ask(
        "kiem tra viec thi hanh Luat Viec lam tai Thu Nghiem theo KH 172 duoc thuc hien tu nam nao?"
    )
    assert result.found and "2027" in (result.answer or "")


def test_each_document_listed_after_the_verb(answerer: Answerer) -> None:
    result = answerer.ask(
        "QĐ 2853/QĐ-UBND của UBND tỉnh Thử Nghiệm thay thế quyết định nào của UBND tỉnh Sông Cũ "
        "về kế hoạch phòng, chống thiên tai dựa vào cộng đồng?"
    )
    assert result.found and "1397/QĐ-UBND" in (result.answer or "")


def test_a_document_listed_in_a_sentence_dated_as_asked(answerer: Answerer) -> None:
    result = answerer.ask(
        "QD 1628/QD-UBND Thu Nghiem thay the danh muc TTHC giam dinh tu phap tai QD nao ban hanh "
        "nam 2024?"
    )
    assert result.found and "634/QĐ-UBND" in (result.answer or "")


def test_how_often(answerer: Answerer) -> None:
    question = (
        "Theo quy chế quản lý văn bản tỉnh Thử Nghiệm, Sở KHCN phải sao lưu định kỳ dữ liệu "
        "của hệ thống với tần suất như thế nào?"
    )
    assert route_question(question).intent == "deadline"
    result = answerer.ask(question)
    assert result.found and "01 lần/ngày" in (result.answer or "")


def test_foreign_acronyms() -> None:
    assert writes_acronym("hang nhap khau cua doanh nghiep co von dau tu nuoc ngoai", "fdi")
    assert writes_acronym("thu hut von dau tu truc tiep nuoc ngoai", "fdi")
    assert not writes_acronym("thanh ly hang nhap khau cua doanh nghiep", "fdi")


def test_a_band_of_values_is_no_comparison() -> None:
    route = route_question(
        "cơ quan nào quyết định điều chỉnh mức giá máy móc cao hơn trên 30% so với mức giá?"
    )
    assert route.intent == "agency"
    assert route_question("Nhóm nào được chi cao hơn, A hay B?").intent == "compare"
    # a place after "cao hơn" still compares
    place = route_question("Huyện A hay huyện B có tỷ lệ hộ nghèo cao hơn trên địa bàn tỉnh?")
    assert place.intent == "compare"


def test_two_cases_of_one_condition_word(answerer: Answerer) -> None:
    result = answerer.ask(
        "cap C/O uu dai mau AK o Thu Nghiem: thoi gian giai quyet khi nop truc tuyen va khi nop "
        "truc tiep la bao lau?"
    )
    assert result.found
    assert "6 giờ" in (result.answer or "") and "8 giờ" in (result.answer or "")


def test_a_time_field_labelled_by_the_act_asked(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thu Nghiem uy quyen cho GD So NN&MT thuc hien nhiem vu quan ly chat luong nong lam san "
        "va thuy san den het ngay nao?"
    )
    assert result.found and "28/02/2027" in (result.answer or "")


def test_a_light_verb_names_no_act(answerer: Answerer) -> None:
    result = answerer.ask(
        "UBND cấp xã ở Thử Nghiệm phải ra kế hoạch phục hồi môi trường sau sự cố trong thời hạn "
        "bao lâu kể từ khi công bố kết thúc giai đoạn ứng phó?"
    )
    assert result.found and "30 ngày" in (result.answer or "")


def test_the_item_of_the_band_asked_in_a_cell(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thử Nghiệm thu phí thẩm định công nhận kết quả thăm dò khoáng sản thế nào khi tổng chi "
        "phí thăm dò trên 20 tỷ đồng?"
    )
    assert result.found and "85 triệu đồng" in (result.answer or "")


def test_an_age_the_question_writes_is_not_asked(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo KH 624 của UBND tỉnh Thử Nghiệm, số trường mầm non công lập có tổ chức nhóm trẻ "
        "dưới 24 tháng tuổi cần tăng thêm ít nhất bao nhiêu?"
    )
    assert result.found and "10%" in (result.answer or "")


def test_an_age_asked_without_marks(answerer: Answerer) -> None:
    result = answerer.ask(
        "QD 87/2025 Thu Nghiem quy dinh do tuoi toi da khi bo nhiem lan dau Tong Giam doc DN nha "
        "nuoc thuoc UBND tinh la bao nhieu?"
    )
    assert not result.found


def test_all_hours_of_the_week(answerer: Answerer) -> None:
    result = answerer.ask(
        "Hệ thống cơ sở dữ liệu quy hoạch của tỉnh Thử Nghiệm phải được quản lý, vận hành theo "
        "chế độ thời gian nào (QĐ 2820)?"
    )
    assert result.found and "24/7" in (result.answer or "")


def test_the_clauses_a_label_covers_in_a_cell(answerer: Answerer) -> None:
    result = answerer.ask(
        "phi chung thuc ban sao tu ban chinh giay to tai UBND cap xa o Thu Nghiem "
        "(QD 2770/QD-UBND) toi da thu bao nhieu mot ban"
    )
    assert result.found and "200.000 đồng/bản" in (result.answer or "")


def test_the_limit_named_in_its_own_cell_item(answerer: Answerer) -> None:
    result = answerer.ask(
        "Ở Thử Nghiệm (QĐ 2859/QĐ-UBND), thời hạn thẩm định, công nhận kết quả thăm dò đối với "
        "khoáng sản nhóm I, nhóm II quy mô phân tán, nhỏ lẻ tối đa là bao lâu?"
    )
    assert result.found and "60 ngày" in (result.answer or "")


def test_how_often_before_the_months_a_task_runs(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thử Nghiệm quan trắc môi trường nuôi trồng thủy sản năm 2026 với tần suất như thế nào?"
    )
    assert result.found and "2 lần/tháng" in (result.answer or "")


def test_a_day_is_no_time_of_day(answerer: Answerer) -> None:
    question = "Thử Nghiệm ủy quyền cho Chánh Văn phòng UBND tỉnh công bố TTHC đến hết ngày nào?"
    day = answerer.ask(question)
    assert day.found and "31 tháng 12 năm 2030" in (day.answer or "")
    assert not answerer.ask(question.replace("hết ngày nào", "mấy giờ")).found
