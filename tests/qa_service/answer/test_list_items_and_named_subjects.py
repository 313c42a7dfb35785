"""Rules read from the fresh sets of session 43, on documents written here:

- a total time stated with its parts as a list's items ("96 giờ …, trong đó: - Tại UBND cấp
  xã: 40 giờ …; - Tại Sở Nội vụ: 56 giờ …") answers "tại A và tại B lần lượt" with each item,
  not with the total;
- documents named together as what the question's document acts on ("bãi bỏ QĐ 09/2022 và QĐ
  08/2025") are not the one whose entry into force is asked;
- an acronym the document spells out, with words between it and the rest of the name the
  question types ("CTMTQG vùng đồng bào DTTS": "Chương trình mục tiêu quốc gia phát triển
  kinh tế - xã hội vùng đồng bào …"), is a subject the document writes;
- a count of procedures of another status ("Ban hành mới 16 thủ tục") is read past to the
  count of the status asked ("Bãi bỏ 06 thủ tục");
- a field's label is matched against the question without the documents it names ("QĐ 2512"
  read out as "quyết định" is no "Người có thẩm quyền quyết định");
- a value per a unit ("Mỗi ha rừng … | 1,2") is no number of that unit; "(đồng/m3)" asks a
  sum; "06 tiêu chí" counts no communes;
- a proper name the question types beside acronyms ("Trạm Kiểm lâm Cửa Tùng … QĐ 39/2025/
  QĐ-UBND") must be written by the answer's document;
- "có giá trị đến ngày nào thì hết hiệu lực" asks an end a clause of entry into force does not
  state; "Theo QĐ X, Thông tư Y … ban hành ngày nào" dates Y; "nhận đơn … vào ngày nào" the
  day the paper came in;
- "… (được QĐ X viện dẫn) do ai ký" asks a signer, no list;
- "đăng ký" is part of a procedure's name ("cấp giấy chứng nhận đăng ký hoạt động lần đầu"),
  which another procedure's row ("Cấp giấy chứng nhận văn phòng đại diện") does not answer;
- a code asked ("mã số HS nào") is read past a sentence naming the goods' maker;
- a people's committee's letter asked ("UBND tỉnh X gửi Bộ Tài chính văn bản số mấy") is not
  a decree a letter cites;
- a letter numbered as no citation reads it ("công văn số 01-10/2025/CV-TKV") is cited where a
  reply writes its number; an organization typed by its acronym ("Ngân hàng CSXH") is written
  spelled out ("Ngân hàng Chính sách xã hội").

- a delegation's period asked "đến hết ngày nào" is read under its own heading ("Thời gian ủy
  quyền: … đến hết ngày 28/02/2027"); the row of another procedure on the same paper ("cấp" for
  "cấp lại") is read past; "chênh nhau thế nào" compares, and a head asked beside its deputy
  is no deputy's value; a document the question names ("tiếp theo các CĐ 217, 218 …") is not
  the one it asks for, and "dẫn lại các công văn …" cites.

The tests of the goods code and of another procedure's row guard those rules only: the start
code answers them on these documents too (16 of the 18 fail on 6b27d2b).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.gazetteer import plain
from qa_service.answer.verify import asked_procedure_pairs
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

ALLOWANCE = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 3854/QĐ-UBND

*Thử Nghiệm, ngày 20 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực chính sách**

**Điều 1.** Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết thủ tục trợ cấp một
lần đối với thanh niên xung phong.

**QUY TRÌNH NỘI BỘ**

**1. Thủ tục trợ cấp một lần đối với thanh niên xung phong**

|
**Bước thực hiện**
|
**Đơn vị thực hiện**
|
**Nội dung công việc**
|
**Thời gian thực hiện**
|
|
Bước 1
|
Công chức UBND cấp xã
|
Tiếp nhận, kiểm tra hồ sơ, chuyển hồ sơ đến Sở Nội vụ.
|
08 giờ làm việc
|
|
Bước 2
|
Lãnh đạo Sở
|
Ký phê duyệt kết quả giải quyết TTHC chuyển Văn thư Sở.
|
04 giờ làm việc
|
|
Bước 3
|
Bộ phận Trả kết quả
|
Thông báo và trả kết quả cho tổ chức, cá nhân.
|
Không tính thời
gian
|
|
|
**Tổng thời gian giải quyết TTHC**
|
**96 giờ làm việc (12 ngày làm việc kể từ ngày
nhận đủ hồ sơ theo quy định) trong đó:**
**- Tại UBND cấp xã: 40 giờ làm việc (tương
đương với 05 ngày làm việc kể từ ngày tiếp nhận hồ sơ đầy đủ);**
**- Tại Sở Nội vụ: 56 giờ làm việc (tương đương
với 07 ngày làm việc kể từ ngày tiếp nhận hồ sơ đầy đủ)**
|

**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**
Lê Văn Thử
"""

REPEAL = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 79/2025/QĐ-UBND

*Thử Nghiệm, ngày 25 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Bãi bỏ Quyết định số 09/2022/QĐ-UBND ngày 25/3/2022 và Quyết định số 08/2025/QĐ-UBND ngày
01/3/2025 của Ủy ban nhân dân tỉnh về Sở Tư pháp**

**Điều 1.** Bãi bỏ các văn bản sau:
1. Bãi bỏ toàn bộ Quyết định số 09/2022/QĐ-UBND ngày 25/3/2022 của Ủy ban nhân dân tỉnh ban
hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức Sở Tư pháp.
2. Bãi bỏ toàn bộ Quyết định số 08/2025/QĐ-UBND ngày 01/3/2025 của Ủy ban nhân dân tỉnh sửa
đổi Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức Sở Tư pháp.

**Điều 2. Điều khoản thi hành**
1. Quyết định này có hiệu lực thi hành kể từ ngày 05/12/2025.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
Võ Văn Thử
"""

PROGRAMME = """**HỘI ĐỒNG NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 35/2025/NQ-HĐND

*Thử Nghiệm, ngày 18 tháng 11 năm 2025*

**NGHỊ QUYẾT**

**Sửa đổi, bổ sung một số điều của Quy định kèm theo Nghị quyết số 11/2022/NQ-HĐND và Nghị
quyết số 22/2023/NQ-HĐND**

**Điều 1.** Sửa đổi nội dung hỗ trợ thực hiện Chương trình mục tiêu quốc gia phát triển kinh
tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030.

|
**TT**
|
**Nội dung hỗ trợ**
|
**Hệ số**
|
|
5
|
Mỗi ha rừng được hỗ trợ trồng
rừng phòng hộ.
|
1,2
|

**Điều 2. Điều khoản thi hành**

Nghị quyết này có hiệu lực từ
ngày 28 tháng 11 năm 2025.

**CHỦ TỊCH**
Hồ Văn Thử
"""

SCIENCE = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 2776/QĐ-UBND

*Thử Nghiệm, ngày 21 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Công bố danh mục thủ tục hành chính mới ban hành và bị bãi bỏ lĩnh vực hoạt động khoa học
và công nghệ**

**Điều 1. **Ban
hành kèm theo Quyết định này Danh mục thủ tục hành chính mới ban hành và bị bãi
bỏ trong lĩnh vực Hoạt động khoa học và công nghệ, cụ thể:
- Ban hành mới 16 thủ tục hành
chính cấp tỉnh và 16 quy trình điện tử thuộc thẩm quyền giải quyết của Ủy ban
nhân dân tỉnh Thử Nghiệm.
- Bãi bỏ 06 thủ tục hành chính
cấp tỉnh thuộc lĩnh vực Hoạt động khoa học và công nghệ tại Quyết định số
1548/QĐ-UBND ngày 13/5/2025 của Chủ tịch Ủy ban nhân dân tỉnh.

|
**STT**
|
**Tên thủ tục hành chính**
|
**Thời hạn giải quyết**
|
|
1
|
Cấp Giấy chứng nhận văn phòng đại diện, chi nhánh của tổ chức khoa học và công nghệ
|
Mười (10) ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ
|

**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**
Đỗ Văn Thử
"""

MINERALS = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 2512/QĐ-UBND

*Thử Nghiệm, ngày 14 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Công bố thủ tục hành chính lĩnh vực địa chất và khoáng sản**

|
**TT**
|
**Tên thủ tục
hành chính**
|
**Thời hạn
giải quyết**
|
**Địa điểm thực hiện**
|
**Cách thức thực
hiện**
|
|
01
|
Công nhận kết quả thăm dò khoáng sản (cấp tỉnh)
|
- Đối với khoáng sản nhóm III tối đa là 45 ngày
kể từ ngày nhận đủ hồ sơ.
|
- **Cơ ****quan, đơn vị ****tiếp nhận và trả kết quả:** Trung tâm
phục vụ Hành chính công tỉnh.
**- Cơ quan thực hiện:** Sở Nông nghiệp và Môi trường tỉnh Thử Nghiệm.
**- Người có thẩm quyền quyết định:
**Chủ tịch Ủy ban nhân dân cấp tỉnh.
|
- Trực tiếp
hoặc qua đường bưu điện.
|

**CHỦ TỊCH**
Phạm Văn Thử
"""

DRAINAGE = """**ỦY BAN NHÂN DÂN**
**THÀNH PHỐ THỬ NGHIỆM**

Số: 223/2025/QĐ-UBND

*Thử Nghiệm, ngày 12 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Ban hành Quy định quản lý thoát nước và xử lý nước thải**

**Điều 3. Xử lý nước thải**

a) Khu du lịch Cửa Tùng xử lý nước thải tập trung.

b) Xử lý nước thải phi tập trung theo cụm: thường được áp dụng đối với các hộ thoát nước ở
gần nhau với tổng lượng nước thải từ 50m3/ngày.đêm đến 200 m3/ngày.đêm.

**Điều 4. Giá dịch vụ thoát nước**

Sở Xây dựng chủ trì xây dựng phương án giá dịch vụ thoát nước trình Ủy ban nhân dân thành
phố phê duyệt.

**CHỦ TỊCH**
Bùi Văn Thử
"""

COMMUNES = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 2708/QĐ-UBND

*Thử Nghiệm, ngày 17 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Công bố thủ tục hành chính nội bộ lĩnh vực công tác dân tộc**

**1. Thủ tục xác định xã khu vực III giai đoạn 2026 - 2030**

Xã khu vực III là xã thuộc vùng đồng bào dân tộc thiểu số và miền núi có từ 06 tiêu chí trở
lên theo quy định tại khoản 2 Điều 8 của Nghị định.

**CHỦ TỊCH**
Ngô Văn Thử
"""

FORESTRY = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 39/2025/QĐ-UBND

*Thử Nghiệm, ngày 10 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Quy định chức năng, nhiệm vụ của Chi cục Kiểm lâm**

**Điều 3. Các trạm kiểm lâm**

l) Trạm Kiểm lâm Mỹ Chánh thuộc
Hạt Kiểm lâm Hải Lăng;

m) Trạm Kiểm lâm Thạch Hãn thuộc
Hạt Kiểm lâm Triệu Phong;

**CHỦ TỊCH**
Đinh Văn Thử
"""

GOODS = """**BỘ TÀI CHÍNH**
**CỤC HẢI QUAN**

Số: 37690/TB-CHQ

*Hà Nội, ngày 21 tháng 11 năm 2025*

**THÔNG BÁO**

**Về kết quả xác định trước mã số**

Trên cơ sở Đơn đề nghị xác định mã số số TCHQ_2506 đề ngày
15/9/2025 (nhận ngày 18/9/2025) của Công ty TNHH Thử Nghiệm Vina (MST: 2500562138)
và hồ sơ kèm theo;
Cục Hải quan thông báo kết quả xác định trước mã số như sau:

Mô tả hàng hóa: Smart Tag 2 của Công ty TNHH Thử Nghiệm Vina, thiết bị định vị được Cục Hải
quan xác định trước mã số HS theo đề nghị của Công ty TNHH Thử Nghiệm Vina.

Mặt hàng thuộc nhóm **85.31** *“Thiết bị b**á**o hiệu bằng âm thanh hoặc hình ảnh"*,
phân nhóm **8531.80** *“- **Thiết bị khác"*, mã số **8531.80.19** *“ **- - - **Loại khác"*
tại Danh mục hàng hóa xuất khẩu, nhập khẩu Việt Nam.

Thông báo này có hiệu lực từ ngày ký.

**KT. CỤC TRƯỞNG**
**PHÓ CỤC TRƯỞNG**
Trương Văn Thử
"""

CROPS = """**BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG**

Số: 5042/QĐ-BNNMT

*Hà Nội, ngày 26 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Công bố thủ tục hành chính lĩnh vực trồng trọt**

l) Căn cứ pháp lý của thủ tục hành chính: Thông tư số 18/2019/TT-BNNPTNT quy định việc cung
cấp thông tin, cập nhật, khai thác và quản lý cơ sở dữ liệu quốc gia về trồng trọt.

**KT. BỘ TRƯỞNG**
**THỨ TRƯỞNG**
Hoàng Văn Thử
"""

LAND_RENT = """**BỘ TÀI CHÍNH**
**CỤC THUẾ**

Số: 5467/CT-CS

*Hà Nội, ngày 24 tháng 11 năm 2025*

Kính gửi: Thuế tỉnh Thử Nghiệm.

Trường hợp phát sinh vướng mắc về đơn giá thuê đất theo quy định tại điểm a khoản 2 Điều 37
Nghị định số 103/2024/NĐ-CP của Chính phủ, đề nghị Thuế tỉnh Thử Nghiệm báo cáo Ủy ban nhân
dân tỉnh để có văn bản gửi Bộ Tài chính.

**KT. CỤC TRƯỞNG**
**PHÓ CỤC TRƯỞNG**
Lý Văn Thử
"""

REPLY = """**BỘ TÀI CHÍNH**
**CỤC HẢI QUAN**

Số: 39365/CHQ-GSQL

V/v vướng mắc chính sách mặt hàng

*Hà Nội, ngày 20 tháng 11 năm 2025*

**Kính gửi:** Công ty TNHH Thử Nghiệm Kosen.

Trả lời công văn số
01-10/2025/CV-TKV của Công ty TNHH Thử Nghiệm Kosen về việc vướng mắc chính sách mặt
hàng, Cục Hải quan có ý kiến như sau:

Hàng hóa tạm nhập để tái xuất thực hiện theo quy định của pháp luật hải quan.

**KT. CỤC TRƯỞNG**
**PHÓ CỤC TRƯỞNG**
Vũ Văn Thử
"""

LOANS = """**HỘI ĐỒNG NHÂN DÂN**
**THÀNH PHỐ THỬ NGHIỆM**

Số: 56/2025/NQ-HĐND

*Thử Nghiệm, ngày 26 tháng 11 năm 2025*

**NGHỊ QUYẾT**

**Quy định mức cho vay, thời hạn và lãi suất cho vay từ nguồn ngân sách địa phương ủy thác qua
Ngân hàng Chính sách xã hội**

**Điều 1.** Lãi suất cho vay đối với hộ nghèo là 4,8%/năm.

**CHỦ TỊCH**
Trịnh Văn Thử
"""

DELEGATION = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 1617/QĐ-UBND

*Thử Nghiệm, ngày 15 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Về việc ủy quyền cho Giám đốc Sở Nông nghiệp và Môi trường**

**Điều 1.** Ủy quyền cho Giám đốc Sở Nông nghiệp và Môi trường thực hiện:
1. Cấp, thu hồi Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm quy định tại khoản 6
Điều 38 Nghị định số 15/2018/NĐ-CP.
**Điều 2.** Thời gian ủy quyền: Kể từ ngày Quyết định được ban hành
đến hết ngày 28/02/2027, trừ trường hợp quy định của pháp luật về nội dung trên
có sự thay đổi.

**CHỦ TỊCH**
Hà Văn Thử
"""

SIGNS = """**TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG THÀNH PHỐ THỬ NGHIỆM**

Số: 1597/QĐ-TTPVHCC

*Thử Nghiệm, ngày 20 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Công bố thủ tục hành chính lĩnh vực đường thủy nội địa**

|
**STT**
|
**Mã thủ tục**
|
**Tên thủ tục hành chính**
|
**Thời hạn giải quyết**
|
|
1
|
1.014190
|
Thủ tục cấp biển hiệu phương tiện vận tải khách du lịch bằng đường thủy nội địa
|
07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.
|
|
2
|
1.014192
|
Thủ tục cấp lại biển hiệu phương tiện vận tải khách du lịch bằng đường thủy nội địa
|
02 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ.
|

**GIÁM ĐỐC**
Đào Văn Thử
"""

SPORTS = """**HỘI ĐỒNG NHÂN DÂN**
**THÀNH PHỐ THỬ NGHIỆM**

Số: 65/2025/NQ-HĐND

*Thử Nghiệm, ngày 26 tháng 11 năm 2025*

**NGHỊ QUYẾT**

**Quy định mức hỗ trợ đối với Trưởng, Phó Trưởng bộ môn thể thao thành tích cao**

**Điều 2. Mức hỗ trợ hằng tháng**

a) Đối với Trưởng Bộ môn: 1.000.000 đồng/người/tháng.

b) Đối với Phó Trưởng Bộ môn: 700.000 đồng/người/tháng.

**CHỦ TỊCH**
Kiều Văn Thử
"""

STORMS = """**THỦ TƯỚNG CHÍNH PHỦ**

Số: 223/CĐ-TTg

*Hà Nội, ngày 20 tháng 11 năm 2025*

**CÔNG ĐIỆN**

**Về việc tập trung ứng phó mưa lũ**

Tiếp theo các Công điện số 217/CĐ-TTg, số 218/CĐ-TTg, số 219/CĐ-TTg và số 222/CĐ-TTg
của Thủ tướng Chính phủ về ứng phó mưa lũ, Thủ tướng Chính phủ yêu cầu các bộ, ngành tiếp tục
triển khai các biện pháp ứng phó.

**KT. THỦ TƯỚNG**
**PHÓ THỦ TƯỚNG**
Mạc Văn Thử
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("items-subjects"),
        {
            "tro-cap.md": ALLOWANCE,
            "bai-bo.md": REPEAL,
            "ctmtqg.md": PROGRAMME,
            "khcn.md": SCIENCE,
            "khoang-san.md": MINERALS,
            "thoat-nuoc.md": DRAINAGE,
            "dan-toc.md": COMMUNES,
            "kiem-lam.md": FORESTRY,
            "hai-quan.md": GOODS,
            "trong-trot.md": CROPS,
            "thue-dat.md": LAND_RENT,
            "tra-loi.md": REPLY,
            "cho-vay.md": LOANS,
            "uy-quyen.md": DELEGATION,
            "bien-hieu.md": SIGNS,
            "the-thao.md": SPORTS,
            "cong-dien.md": STORMS,
        },
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_list_items_answer_each_case(answerer: Answerer) -> None:
    result = answerer.ask(
        "Trong QĐ 3854/QĐ-UBND tỉnh Thử Nghiệm, thời gian giải quyết TTHC trợ cấp một lần tại "
        "UBND cấp xã và tại Sở Nội vụ lần lượt là bao nhiêu giờ làm việc?"
    )
    answer = result.answer or ""
    assert result.found and "40 giờ" in answer and "56 giờ" in answer, answer
    longer = answerer.ask(
        "QĐ 3854 Thử Nghiệm, thủ tục trợ cấp một lần: thời gian xử lý ở UBND cấp xã và ở Sở Nội "
        "vụ, bên nào dài hơn và bao nhiêu giờ?"
    )
    assert longer.found and "56 giờ" in (longer.answer or ""), longer.answer


def test_documents_repealed_together_are_not_asked(answerer: Answerer) -> None:
    result = answerer.ask(
        "QD 79/2025/QD-UBND Thu Nghiem bai bo QD 09/2022 va QD 08/2025 ve So Tu phap co hieu luc "
        "thi hanh tu ngay nao?"
    )
    assert result.found and "05/12/2025" in (result.answer or ""), result.answer


def test_an_acronym_spelled_before_the_names_last_words(answerer: Answerer) -> None:
    result = answerer.ask(
        "NQ 35/2025/NQ-HĐND tỉnh Thử Nghiệm sửa đổi NQ 11/2022 và NQ 22/2023 về CTMTQG vùng đồng "
        "bào DTTS có hiệu lực từ ngày nào?"
    )
    assert result.found and "28 tháng 11 năm 2025" in (result.answer or ""), result.answer


def test_a_count_of_another_status_is_read_past(answerer: Answerer) -> None:
    result = answerer.ask(
        "QĐ 2776/QĐ-UBND tỉnh Thử Nghiệm bãi bỏ bao nhiêu TTHC cấp tỉnh lĩnh vực hoạt động KH&CN "
        "tại QĐ 1548/QĐ-UBND?"
    )
    assert result.found and "06 thủ tục" in (result.answer or ""), result.answer


def test_a_label_is_not_matched_by_a_document_named(answerer: Answerer) -> None:
    result = answerer.ask(
        "co quan thuc hien thu tuc cong nhan ket qua tham do khoang san cap tinh theo QD 2512 "
        "Thu Nghiem la co quan nao?"
    )
    assert result.found and "Sở Nông nghiệp và Môi trường" in (result.answer or ""), result.answer


def test_values_and_counts_of_another_kind(answerer: Answerer) -> None:
    per_hectare = answerer.ask(
        "NQ 35/2025/NQ-HĐND tỉnh Thử Nghiệm đặt chỉ tiêu trồng mới bao nhiêu ha rừng phòng hộ?"
    )
    assert not per_hectare.found, per_hectare.answer
    price = answerer.ask(
        "gia dich vu thoat nuoc (dong/m3) ap dung tai Thu Nghiem theo QD 223/2025/QD-UBND la bao "
        "nhieu?"
    )
    assert not price.found, price.answer
    communes = answerer.ask(
        "Theo QĐ 2708/QĐ-UBND, tỉnh Thử Nghiệm có bao nhiêu xã được phân định là xã khu vực III "
        "giai đoạn 2026 - 2030?"
    )
    assert not communes.found, communes.answer


def test_a_name_typed_beside_acronyms_must_be_written(answerer: Answerer) -> None:
    unwritten = answerer.ask(
        "Theo QĐ 39/2025/QĐ-UBND Thử Nghiệm, Trạm Kiểm lâm Cửa Tùng thuộc Hạt Kiểm lâm nào?"
    )
    assert not unwritten.found, unwritten.answer
    written = answerer.ask(
        "Theo QĐ 39/2025/QĐ-UBND Thử Nghiệm, Trạm Kiểm lâm Thạch Hãn thuộc Hạt Kiểm lâm nào?"
    )
    assert written.found and "Triệu Phong" in (written.answer or ""), written.answer


def test_days_of_other_things_than_the_document(answerer: Answerer) -> None:
    until = answerer.ask(
        "Kết quả xác định trước mã số Smart Tag 2 Thử Nghiệm tại Thông báo 37690/TB-CHQ có giá "
        "trị đến ngày nào thì hết hiệu lực?"
    )
    assert not until.found, until.answer
    cited = answerer.ask(
        "Theo QĐ 5042/QĐ-BNNMT, Thông tư 18/2019/TT-BNNPTNT về cơ sở dữ liệu quốc gia về trồng "
        "trọt được ban hành ngày nào?"
    )
    assert not cited.found or "26 tháng 11" not in (cited.answer or ""), cited.answer
    received = answerer.ask(
        "Cục Hải quan nhận đơn đề nghị xác định trước mã số mặt hàng Smart Tag 2 của Công ty Thử "
        "Nghiệm Vina (TB 37690/TB-CHQ) vào ngày nào?"
    )
    assert received.found and "18/9/2025" in (received.answer or ""), received.answer


def test_the_signer_of_a_document_cited() -> None:
    route = route_question(
        "qd 146/qd-bvtv-kh ngay 16/01/2018 ban hanh tieu chuan co so (duoc QD 5042/QD-BNNMT vien "
        "dan) do ai ky?"
    )
    assert route.intent == "signer"
    assert route_question("QĐ 5042 viện dẫn những văn bản nào?").intent == "list"


def test_registration_is_part_of_a_procedures_name(answerer: Answerer) -> None:
    folded = plain(
        route_question(
            "thời hạn giải quyết thủ tục cấp giấy chứng nhận đăng ký hoạt động lần đầu cho tổ "
            "chức khoa học và công nghệ là bao nhiêu ngày?"
        ).folded
    )
    assert "dang ky" in asked_procedure_pairs(folded)
    result = answerer.ask(
        "Theo QĐ 2776/QĐ-UBND tỉnh Thử Nghiệm, thời hạn giải quyết thủ tục cấp giấy chứng nhận "
        "đăng ký hoạt động lần đầu cho tổ chức khoa học và công nghệ là bao nhiêu ngày?"
    )
    assert not result.found, result.answer


def test_a_goods_code_is_read_past_the_makers_name(answerer: Answerer) -> None:
    result = answerer.ask(
        "smart tag 2 cua cong ty TNHH Thu Nghiem Vina duoc Cuc Hai quan xac dinh truoc ma so HS "
        "nao theo TB 37690/TB-CHQ?"
    )
    assert result.found and "8531.80.19" in (result.answer or ""), result.answer


def test_a_committees_letter_is_no_decree(answerer: Answerer) -> None:
    result = answerer.ask(
        "Sau CV 5467/CT-CS, UBND tỉnh Thử Nghiệm gửi Bộ Tài chính văn bản số mấy để báo cáo vướng "
        "mắc về đơn giá thuê đất?"
    )
    assert not result.found, result.answer


def test_a_letter_cited_by_a_number_no_citation_reads(answerer: Answerer) -> None:
    result = answerer.ask(
        "Văn bản nào của Cục Hải quan trả lời CV 01-10/2025/CV-TKV của Công ty TNHH Thử Nghiệm "
        "Kosen về vướng mắc chính sách mặt hàng?"
    )
    assert result.found and "39365/CHQ-GSQL" in (result.answer or ""), result.answer


def test_an_organization_typed_by_its_acronym(answerer: Answerer) -> None:
    result = answerer.ask(
        "HĐND TP Thử Nghiệm quy định mức cho vay, thời hạn và lãi suất cho vay từ nguồn ngân sách "
        "địa phương ủy thác qua Ngân hàng CSXH tại nghị quyết số mấy?"
    )
    assert result.found and "56/2025/NQ-HĐND" in (result.answer or ""), result.answer


def test_the_end_of_a_delegations_period(answerer: Answerer) -> None:
    result = answerer.ask(
        "UBND tỉnh Thử Nghiệm ủy quyền cho GĐ Sở NN&MT cấp GCN cơ sở đủ điều kiện ATTP theo QĐ "
        "1617/QĐ-UBND đến hết ngày nào?"
    )
    assert result.found and "28/02/2027" in (result.answer or ""), result.answer


def test_another_procedures_row_is_read_past(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thủ tục cấp lại biển hiệu phương tiện vận tải khách du lịch bằng đường thủy nội địa "
        "(QĐ 1597/QĐ-TTPVHCC Thử Nghiệm) giải quyết trong bao lâu?"
    )
    assert result.found and "02 ngày làm việc" in (result.answer or ""), result.answer


def test_a_head_and_its_deputy_compared(answerer: Answerer) -> None:
    route = route_question("mức A và mức B chênh nhau thế nào?")
    assert route.intent == "compare"
    result = answerer.ask(
        "NQ 65/2025 Thử Nghiệm: mức hỗ trợ hằng tháng của Trưởng bộ môn và Phó Trưởng bộ môn thể "
        "thao thành tích cao chênh nhau thế nào?"
    )
    answer = result.answer or ""
    assert result.found and "1.000.000" in answer and "700.000" in answer, answer


def test_a_document_the_question_names_is_not_asked(answerer: Answerer) -> None:
    result = answerer.ask(
        "Công điện nào của Thủ tướng ngày 20/11/2025 được ban hành tiếp theo các CĐ 217, 218, 219 "
        "và 222/CĐ-TTg về ứng phó mưa lũ?"
    )
    assert "217/CĐ-TTg" not in (result.answer or ""), result.answer
    assert (
        route_question(
            "Văn bản nào của Cục Hải quan trả lời công ty và dẫn lại các công văn 695/TCHQ-GSQL?"
        ).intent
        == "citing"
    )


def test_the_reviewers_cases_keep_the_rules_narrow() -> None:
    """A reviewer's eleven findings on the rules above, each as the text that showed it."""
    from indexer.extract.citations import number_matches
    from qa_service.answer.document_answers import _RECEIPT_ASKED
    from qa_service.answer.question import done_to_by_another
    from qa_service.answer.value_kind import _named_numbers, _other_rank, _unit_mismatch
    from qa_service.answer.verify import _COMMITTEE_ISSUES, asks_money, question_acronyms

    # a decision numbered 72/2025 rests on NĐ 72/2012: the same leading number, another document
    named = _named_numbers("quyet dinh 72/2025/qd-ubnd can cu nghi dinh nao")
    assert not any(number_matches(n, "72/2012/NĐ-CP") for n in named)
    assert _named_numbers("tiep theo cac cd 217, 218 va 222/cd-ttg") == [
        "217/cd-ttg",
        "218/cd-ttg",
        "222/cd-ttg",
    ]
    # "tiếp nhận hồ sơ" names a procedure; the decision's own day is asked
    assert not _RECEIPT_ASKED.search(
        "quyet dinh ban hanh quy che tiep nhan ho so dat dai ban hanh ngay nao?"
    )
    # the committee receives the letter asked
    assert not _COMMITTEE_ISSUES.search("ubnd cac tinh duoc bo noi vu gui van ban so may")
    assert not _COMMITTEE_ISSUES.search("ubnd tinh x trinh thu tuong phe duyet quyet dinh so may")
    # a date between two numbers joins no relation
    assert not done_to_by_another(
        "theo quyet dinh 5042/qd-bnnmt sua doi, bo sung tu ngay 26/11/2025, thong tu "
        "18/2019/tt-bnnptnt duoc ban hanh ngay nao",
        "18/2019",
    )
    # the head named as a case, the deputy asked: the head's value is still no answer
    assert _other_rank(
        "khi chu tich hoi dong vang mat thi pho chu tich hoi dong duoc chi bao nhieu?",
        "- chu tich hoi dong/truong ban | 554 | nguoi/ngay",
    )
    assert not asks_money(
        "so nguoi tham gia dich vu cong truc tuyen la bao nhieu?",
        "Số người tham gia dịch vụ công trực tuyến là bao nhiêu?",
    )
    # a quota of posts counts people
    assert (
        _unit_mismatch(("count", "nguoi"), "150", " chi tieu bien che cong chuc", "text", "")
        is None
    )
    assert (
        question_acronyms("Lệ phí cấp GIẤY PHÉP LAO ĐỘNG CHO NGƯỜI NƯỚC NGOÀI là bao nhiêu?") == []
    )


def test_the_second_reviewers_cases() -> None:
    """A second reviewer's findings on the mends, each as the text that showed it."""
    from qa_service.answer.document_answers import _RECEIPT_ASKED, _SUBJECT_AFTER_SOURCE
    from qa_service.answer.value_kind import _both_ranks_asked, _named_numbers, _unit_mismatch

    # the reply named by its number is dated, not the letter it received
    assert not _RECEIPT_ASKED.search(
        "cuc thue nhan duoc cong van 324/qtr-ktr2 cua thue tinh quang tri va tra loi bang cong "
        "van 5348/ct-cs de ngay nao?"
    )
    # a document the source carries out, after the comma, is no subject of the day asked
    assert not _SUBJECT_AFTER_SOURCE.match(
        "theo ke hoach 1026/kh-ubnd, de trien khai chi thi 32/ct-ttg, ke hoach duoc ban hanh "
        "ngay nao?"
    )
    assert _SUBJECT_AFTER_SOURCE.match(
        "theo quyet dinh 5042/qd-bnnmt thi thong tu 18/2019/tt-bnnptnt duoc ban hanh ngay nao?"
    )
    # "NQ 64/2025" typed without its symbol names no whole number
    assert _named_numbers("nghi quyet 64/2025 can cu luat nao") == []
    # both ranks side by side, not the head as a case of the deputy's
    assert _both_ranks_asked(
        "truong, pho truong phong duoc huong phu cap bao nhieu", "truong phong"
    )
    assert not _both_ranks_asked(
        "khi vang truong phong, pho truong phong duoc huong phu cap bao nhieu", "truong phong"
    )
    # "cấp xã" names where procedures are settled, not whose they are
    assert _unit_mismatch(("count", "xa"), "10", " thu tuc hanh chinh cap xa", "text", "")
