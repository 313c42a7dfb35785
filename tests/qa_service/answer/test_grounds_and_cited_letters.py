"""Rules read from the fresh sets of session 42, on documents written here:

- the grounds asked "khi bãi bỏ QĐ X" are those of the decision repealing X, not a sentence
  citing X;
- of a ground citing a decision that amends another ("Căn cứ Quyết định số A … về việc sửa đổi,
  bổ sung Quyết định số B"), A is the ground; "QĐ nào của Bộ X để tỉnh ban hành …" asks a
  ground, the issuing is the other document's;
- a day asked of a proposal ("bằng tờ trình ngày nào") is not the decision's own;
- the signer of a proposal named first ("Tờ trình 33/TTr-… đề nghị ban hành QĐ 1509 do ai ký")
  is not the decision's, though the decision is indexed;
- a letter named as sent ("gửi công văn 1010/PTH-KTr2 … ngày nào") is dated where it is cited,
  and a cited report named by its number needs no other word the citing text lacks;
- "theo NQ X, Quốc hội thông qua Luật Y ngày nào" asks the day of another document;
- a value said of another person than the one named by a title ("họa sĩ Bùi Văn Thử" for
  "họa sĩ Trần Văn Nghiệm");
- "có hiệu lực kể từ ngày ký, ban hành" is quoted whole;
- "các TTHC công bố tại QĐ X được giải quyết trong bao lâu" times the procedures, and a time
  given to a step ("dành bao nhiêu ngày cho bước thẩm định") is not the procedure's whole;
- a time compared with a former document's ("so với QĐ 3470 trước đây … giảm bao nhiêu ngày")
  is not answered by one value;
- "bị bãi bỏ theo quyết định nào": the list's own decision repeals; a row's column of the
  document that had announced the procedure ("Tên văn bản đã công bố …") does not;
- a document listed under a lead-in ending the force of every item ("… sau đây hết hiệu lực kể
  từ ngày Nghị định này có hiệu lực thi hành:", "… hết hiệu lực kể từ ngày 01/01/2026:") ends
  on that day, or on the day the listing document takes effect;
- a vote ("các thành viên UBND biểu quyết qua phiếu thông qua QĐ …") is an event the
  document's own date does not date;
- a body asked by its office's kind ("ngân hàng nào") is not answered by words naming none;
- an interest rate or a reward asked by its noun is not answered where none is written;
- a ground whose own title amends the document named ("Căn cứ QĐ 3659 … về việc sửa đổi, bổ
  sung QĐ 3212") does the act the question asks of it;
- a count of procedures is read past a duration, and a list's own heading ("DANH MỤC THỦ TỤC
  HÀNH CHÍNH BỊ BÃI BỎ (08 TTHC)") gives its list's status;
- a step of a flow ("Bước 2. Trong vòng 02 ngày") under a heading timing the act asked
  ("Thời hạn rà soát đối tượng") is no answer for the act's time;
- "chứng chỉ thì" names no directive, and "báo cáo PTTg …" reports to someone: neither opens
  a subject the document must write;
- a time limit a letter recalls as set before it ("… đã chỉ đạo … hoàn thành … trước ngày 30
  tháng 10 năm 2025" in a letter of 28/11/2025) is not the one it sets;
- "tổng trị giá" asks a sum of money, "10.000.000 (mười triệu) đồng" is one, and "danh mục thủ
  tục" asks none.

A reviewer's cases guard the rules' reach: "đồng chí nguyên Chủ tịch nước" names a position, no
person; a list's name written inside a sentence ("1. Danh mục thủ tục hành chính: 14 … mới ban
hành và 06 … bị bãi bỏ") heads no list; "trên cơ sở biểu quyết" dates no vote; a decision named
first keeps its signer though a cited one shares its leading number ("QĐ 44/2025 bãi bỏ QĐ
44/2002"); "thông qua báo cáo" names no document dated elsewhere; "đề án" is no purpose ("để");
"bình thường" asks no reward; "KBNN" is a treasury; a list ended "kể từ ngày Quyết định này có
hiệu lực" by a decision in force from its signing ends on its date. A second reviewer's too:
the head of its own number names a document ("QĐ số 21/2025/QĐ ban hành ngày nào"); a vote
or a training is no event when the document's issue is asked ("… biểu quyết thống nhất, ban
hành khi nào"); "được thường xuyên" asks no reward; "Tổng Bí thư" is a position.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.gazetteer import plain
from qa_service.answer.relations import asked_relation
from qa_service.answer.value_kind import _MEASURES, _another_person
from qa_service.answer.verify import asks_money, subject_phrases
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over, served_answerer_over

REPEAL = """**ỦY BAN NHÂN DÂN**
**THÀNH PHỐ THỬ NGHIỆM**

Số: 90/2025/QĐ-UBND

*Thử Nghiệm, ngày 20 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Bãi bỏ Quyết định số 32/2023/QĐ-UBND ngày 26 tháng 7 năm 2023 của Ủy ban nhân dân Thành
phố Thử Nghiệm ban hành Quy định về quản lý và sử dụng tạm thời một phần lòng đường, hè phố**

*Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;*

*Căn cứ Nghị định số 165/2024/NĐ-CP ngày 26 tháng 12 năm 2024 của Chính phủ quy định chi
tiết, hướng dẫn thi hành một số điều của Luật Đường bộ và Điều 77 Luật Trật tự, an toàn giao
thông đường bộ;*

*Theo đề nghị của Giám đốc Sở Xây dựng tại Tờ trình số 88/TTr-SXD ngày 10 tháng 11 năm 2025.*

**QUYẾT ĐỊNH:**

**Điều 1.** Bãi bỏ Quyết định số 32/2023/QĐ-UBND ngày 26 tháng 7 năm 2023 của Ủy ban nhân dân
Thành phố Thử Nghiệm ban hành Quy định về quản lý và sử dụng tạm thời một phần lòng đường, hè
phố trên địa bàn Thành phố.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký, ban hành.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
Phan Văn Thử
"""

PROCEDURES = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 1489/QĐ-UBND

*Thử Nghiệm, ngày 18 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Công bố danh mục 02 thủ tục hành chính sửa đổi lĩnh vực hoạt động khoa học và công nghệ**

*Căn cứ Quyết định số 3659/QĐ-BKHCN ngày 13/11/2025 của Bộ trưởng Bộ Khoa học và Công nghệ
về việc sửa đổi, bổ sung Quyết định số 3212/QĐ-BKHCN ngày 17/10/2025 của Bộ trưởng Bộ Khoa
học và Công nghệ về việc công bố thủ tục hành chính mới ban hành lĩnh vực hoạt động khoa học
và công nghệ;*

*Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 134/TTr-SKHCN ngày
16/11/2025.*

**QUYẾT ĐỊNH:**

**Điều 1.** Công bố kèm theo Quyết định này danh mục 02 thủ tục hành chính sửa đổi lĩnh vực
hoạt động khoa học và công nghệ.

**DANH MỤC THỦ TỤC HÀNH CHÍNH**

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
Thay đổi, bổ sung, cấp lại giấy chứng nhận đăng ký tổ chức khoa học và công nghệ
|
10 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ
|
|
2
|
Cấp giấy chứng nhận văn phòng đại diện của tổ chức khoa học và công nghệ
|
10 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ
|

**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**
Mai Văn Thử
"""

DECISION = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 1509/QĐ-UBND

*Thử Nghiệm, ngày 19 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Phê duyệt danh sách các thôn đặc biệt khó khăn giai đoạn 2026 - 2030**

*Theo đề nghị của Giám đốc Sở Dân tộc và Tôn giáo tại Tờ trình số 33/TTr-SDTTG ngày
11/11/2025.*

**QUYẾT ĐỊNH:**

**Điều 1.** Phê duyệt danh sách 25 thôn đặc biệt khó khăn giai đoạn 2026 - 2030.

**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**
Trịnh Văn Thử
"""

TAX_REPLY = """**CỤC THUẾ**

Số: 5388/CT-CS

V/v chính sách thuế

*Hà Nội, ngày 20 tháng 11 năm 2025*

Kính gửi: Thuế tỉnh Thử Nghiệm.

Cục Thuế nhận được công văn số 1010/TTN-KTr2 ngày 04/9/2025 của Thuế tỉnh Thử Nghiệm về
chính sách thuế. Về vấn đề này, Cục Thuế có ý kiến như sau:

Trường hợp doanh nghiệp đã được hoàn thuế không đúng quy định thì cơ quan thuế thu hồi số
tiền đã hoàn.

**KT. CỤC TRƯỞNG**
**PHÓ CỤC TRƯỞNG**
Đặng Văn Thử
"""

GOVERNMENT = """**CHÍNH PHỦ**

Số: 386/NQ-CP

*Hà Nội, ngày 01 tháng 12 năm 2025*

**NGHỊ QUYẾT**

**Phiên họp chuyên đề về xây dựng pháp luật**

Chính phủ thống nhất trình Quốc hội dự án Luật Thuế thu nhập cá nhân (sửa đổi). Giao Bộ
Tài chính tiếp thu ý kiến, hoàn thiện hồ sơ dự án Luật.

**TM. CHÍNH PHỦ**
**THỦ TƯỚNG**
Lý Văn Thử
"""

EMBLEM = """**BẢO TÀNG THỬ NGHIỆM**

**Lịch sử mẫu Quốc huy**

Năm 1951, cuộc thi sáng tác mẫu Quốc huy đã được phát động. Trong đó, họa sĩ Bùi Văn Thử đã có
112 bản vẽ phác thảo và chi tiết.

Mẫu Quốc huy sau đó do họa sĩ Trần Văn Nghiệm chỉnh sửa.
"""

EXAMINATION = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 2926/QĐ-UBND

*Thử Nghiệm, ngày 14 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực dược phẩm**

**Điều 1.** Trong thời hạn 07 ngày làm việc kể từ ngày ghi trên Phiếu tiếp nhận hồ sơ, Sở Y tế
cấp phép nhập khẩu thuốc có hạn dùng còn lại ngắn hơn quy định.

**Điều 2.** Thuốc sử dụng cho người bị bệnh thuộc Danh mục bệnh hiểm nghèo được nhập khẩu
không cần giấy phép nếu có tổng trị giá hải quan không quá 10.000.000 (mười triệu) đồng 01 lần
và số lần nhận thuốc tối đa không quá 04 lần trong 01 năm cho 01 cá nhân.
"""

REPEALED_LIST = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 2890/QĐ-UBND

*Thử Nghiệm, ngày 20 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Công bố danh mục thủ tục hành chính bãi bỏ lĩnh vực đấu thầu áp dụng trên địa bàn tỉnh Thử
Nghiệm**

**Điều 1.** Công bố kèm theo Quyết định này danh mục 02 thủ tục hành chính bị bãi bỏ trong
lĩnh vực đấu thầu.

**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**
Trần Báu Thử

**DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ TRONG LĨNH VỰC ĐẤU THẦU**
*(Kèm theo Quyết định số: 2890/QĐ-UBND ngày 20/11/2025 của Chủ tịch UBND tỉnh)*

|
**STT**
|
**TÊN TTHC**
|
**Tên văn bản đã công bố thủ tục hành chính**
|
**Ghi chú**
|
|
1
|
Cấp lại chứng chỉ nghiệp vụ chuyên môn về đấu thầu
|
- Quyết định số 1037/QĐ-UBND ngày 14/5/2025 của Chủ tịch UBND tỉnh về công bố Danh mục thủ tục
hành chính ban hành mới, sửa đổi, bổ sung, bãi bỏ lĩnh vực đấu thầu
|
Bãi bỏ
|
|
2
|
Gia hạn chứng chỉ nghiệp vụ chuyên môn về đấu thầu
|
- Quyết định số 1037/QĐ-UBND ngày 14/5/2025 của Chủ tịch UBND tỉnh về công bố Danh mục thủ tục
hành chính ban hành mới, sửa đổi, bổ sung, bãi bỏ lĩnh vực đấu thầu
|
Bãi bỏ
|
"""

DECREE = """**CHÍNH PHỦ**

Số: 170/2025/NĐ-CP

*Hà Nội, ngày 30 tháng 6 năm 2025*

**NGHỊ ĐỊNH**

**Quy định về tuyển dụng, sử dụng và quản lý công chức**

**Điều 71. Hiệu lực thi hành**

1. Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2025.

2. Các văn bản quy phạm pháp luật sau đây hết hiệu lực kể từ ngày Nghị định này có hiệu lực
thi hành:

a) Nghị định số 06/2010/NĐ-CP ngày 25 tháng 01 năm 2010 của Chính phủ quy định những người là
công chức;

b) Nghị định số 46/2010/NĐ-CP ngày 27 tháng 4 năm 2010 của Chính phủ quy định về thôi việc và
thủ tục nghỉ hưu đối với công chức.

**TM. CHÍNH PHỦ**
**THỦ TƯỚNG**
Lý Văn Thử
"""

FEES = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 45/2025/QĐ-UBND

*Thử Nghiệm, ngày 15 tháng 12 năm 2025*

**QUYẾT ĐỊNH**

**Quy định mức thu phí tham quan di tích trên địa bàn tỉnh Thử Nghiệm**

**Điều 3. Hiệu lực thi hành**

1. Quyết định này có hiệu lực từ ngày 25 tháng 12 năm 2025.

2. Các Quyết định sau đây hết hiệu lực kể từ ngày 01/01/2026:

- Quyết định số 08/2021/QĐ-UBND ngày 10 tháng 3 năm 2021 của Ủy ban nhân dân tỉnh quy định
mức thu phí tham quan di tích;

- Quyết định số 12/2022/QĐ-UBND ngày 04 tháng 5 năm 2022 của Ủy ban nhân dân tỉnh sửa đổi
mức thu phí tham quan di tích.
"""

VOTE = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 79/2025/QĐ-UBND

*Thử Nghiệm, ngày 24 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Quy định chức năng, nhiệm vụ của Sở Nông nghiệp và Môi trường tỉnh Thử Nghiệm**

*Theo đề nghị của Giám đốc Sở Nội vụ; trên cơ sở biểu quyết thống nhất của các Thành viên Ủy
ban nhân dân tỉnh.*

**Điều 1.** Sở Nông nghiệp và Môi trường là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh.
Các khoản phí, lệ phí của thủ tục hành chính nộp trực tiếp tại Trung tâm Phục vụ hành chính
công tỉnh.
"""

HOUSING = """**CHÍNH PHỦ**

Số: 302/2025/NĐ-CP

*Hà Nội, ngày 20 tháng 11 năm 2025*

**NGHỊ ĐỊNH**

**Quy định về Quỹ nhà ở quốc gia**

**Điều 10. Giá thuê nhà ở**

Giá thuê nhà ở được xác định trên cơ sở tính đủ chi phí bảo trì, chi phí thu hồi vốn tạo lập
nhà ở, lãi vay (nếu có) và lợi nhuận định mức không vượt quá 10% tổng chi phí tạo lập nhà ở.

**Điều 11. Mức chi bồi dưỡng**

Bồi dưỡng học sinh tham gia tập huấn đội tuyển: 80.000 đồng/người/buổi.
"""

ELECTRICITY = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 2715/QĐ-UBND

*Thử Nghiệm, ngày 10 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Công bố danh mục thủ tục hành chính ban hành mới và bị bãi bỏ trong lĩnh vực Điện lực**

**Điều 2.** Khóa chức năng tiếp nhận hồ sơ của các quy trình điện tử giải quyết thủ tục hành
chính được công bố bãi bỏ chậm nhất sau 05 ngày làm việc kể từ ngày Quyết định này có hiệu lực.

**DANH MỤC THỦ TỤC HÀNH CHÍNH BAN HÀNH MỚI (03 TTHC)**

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
Cấp giấy phép hoạt động phát điện
|
14 ngày làm việc
|

**DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ (08 TTHC)**

|
**STT**
|
**Tên thủ tục hành chính**
|
|
1
|
Cấp Giấy phép hoạt động phát điện đối với nhà máy điện có quy mô công suất dưới 03MW
|
"""

SUPPORT = """**ỦY BAN NHÂN DÂN**
**THÀNH PHỐ THỬ NGHIỆM**

Số: 125/2025/QĐ-UBND

*Thử Nghiệm, ngày 12 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Quy trình hỗ trợ đất ở, nhà ở, đất sản xuất, nước sinh hoạt (Dự án 1)**

**Điều 3. Trình tự rà soát**

d) Thời hạn rà soát đối tượng

Trong vòng 20 (hai mươi) ngày làm việc kể từ ngày nhận hồ sơ hợp lệ của cá nhân, hộ gia đình.
Ủy ban nhân dân cấp xã thực hiện các công việc sau:

**Bước 1. **Trong thời gian 02 (hai) ngày làm việc, Ủy ban nhân dân cấp xã tiếp nhận, kiểm tra
hồ sơ và giao Phòng Văn hóa - Xã hội thẩm tra hồ sơ.

**Bước 2. **Trong vòng 03 (ba) ngày làm việc, sau khi nhận được kết quả thẩm tra từ Phòng Văn
hóa - Xã hội, Ủy ban nhân dân cấp xã tổ chức họp thôn.
"""

FUNERAL = """**BAN TỔ CHỨC LỄ TANG**

Số: 12/TB-BTC

*Hà Nội, ngày 20 tháng 11 năm 2025*

**THÔNG BÁO**

**Về Lễ Quốc tang đồng chí nguyên Chủ tịch nước**

Linh cữu đồng chí Trần Văn Thử được quàn tại Nhà tang lễ Quốc gia, số 5 Trần Thánh Tông.
"""

MIXED_LIST = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 2487/QĐ-UBND

*Thử Nghiệm, ngày 05 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Công bố danh mục thủ tục hành chính lĩnh vực lâm nghiệp**

**Điều 1.** Công bố kèm theo Quyết định này:

1. Danh mục thủ tục hành chính: 14 thủ tục hành chính mới ban hành và 06 thủ tục hành chính bị
bãi bỏ.
"""

SIGNED = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 21/2025/QĐ-UBND

*Thử Nghiệm, ngày 21 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Bãi bỏ Quyết định số 21/2023/QĐ-UBND về định mức sử dụng máy móc chuyên dùng**

*Trên cơ sở biểu quyết thống nhất của các Thành viên Ủy ban nhân dân tỉnh.*

**Điều 1.** Bãi bỏ Quyết định số 21/2023/QĐ-UBND ngày 19 tháng 10 năm 2023 của Ủy ban nhân dân
tỉnh Thử Nghiệm về định mức sử dụng máy móc chuyên dùng.

**Điều 2. Điều khoản thi hành**

1. Quyết định có hiệu lực kể từ ngày ký.

2. Các Quyết định sau đây hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành:

- Quyết định số 36/2023/QĐ-UBND ngày 19 tháng 10 năm 2023 của Ủy ban nhân dân tỉnh Thử Nghiệm
về phân cấp thẩm quyền ban hành định mức máy móc chuyên dùng.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
Đỗ Văn Thử
"""

RECALLED = """**ỦY BAN NHÂN DÂN**
**THÀNH PHỐ THỬ NGHIỆM**

Số: 4240/UBND-VX

V/v khẩn trương hoàn thành cập nhật cơ sở dữ liệu cán bộ, công chức, viên chức

*Thử Nghiệm, ngày 28 tháng 11 năm 2025*

Ngày 28 tháng 10 năm 2025, Chủ tịch Ủy ban nhân dân Thành phố đã ban hành Công văn số
3280/UBND-VX về việc cập nhật cơ sở dữ liệu. Trong đó, Chủ tịch Ủy ban nhân dân Thành phố đã chỉ
đạo các cơ quan khẩn trương hoàn thành việc cập nhật cơ sở dữ liệu cán bộ, công chức, viên chức
trước ngày 30 tháng 10 năm 2025.

**1. Giao người đứng đầu các cơ quan**

- Hoàn thành việc cập nhật cơ sở dữ liệu cán bộ, công chức, viên chức trước ngày 06 tháng 12
năm 2025.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("grounds-letters"),
        {
            "bai-bo.md": REPEAL,
            "khcn.md": PROCEDURES,
            "dan-toc.md": DECISION,
            "thue.md": TAX_REPLY,
            "chinh-phu.md": GOVERNMENT,
            "quoc-huy.md": EMBLEM,
            "duoc.md": EXAMINATION,
            "dau-thau.md": REPEALED_LIST,
            "bieu-quyet.md": VOTE,
            "nha-o.md": HOUSING,
            "dien-luc.md": ELECTRICITY,
            "ho-tro.md": SUPPORT,
            "quoc-tang.md": FUNERAL,
            "lam-nghiep.md": MIXED_LIST,
            "cap-nhat.md": RECALLED,
        },
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_the_grounds_of_the_repealing_decision(answerer: Answerer) -> None:
    result = answerer.ask(
        "Khi bãi bỏ QĐ 32/2023 về lòng đường, hè phố, UBND thành phố Thử Nghiệm căn cứ nghị định "
        "nào của Chính phủ hướng dẫn Luật Đường bộ?"
    )
    assert result.found and "165/2024/NĐ-CP" in (result.answer or ""), result.answer


def test_the_ground_not_the_decision_it_amends(answerer: Answerer) -> None:
    result = answerer.ask(
        "can cu QD nao cua Bo KHCN de tinh Thu Nghiem ban hanh QD 1489/QD-UBND cong bo 02 TTHC "
        "sua doi linh vuc hoat dong khoa hoc cong nghe?"
    )
    assert result.found and "3659/QĐ-BKHCN" in (result.answer or ""), result.answer


def test_the_day_of_a_proposal_is_not_the_decisions(answerer: Answerer) -> None:
    result = answerer.ask(
        "Sở Xây dựng đề nghị ban hành QĐ 90/2025/QĐ-UBND bãi bỏ quy định lòng đường hè phố bằng "
        "tờ trình ngày nào?"
    )
    assert not result.found or "20 tháng 11" not in (result.answer or ""), result.answer


def test_the_signer_of_a_proposal_named_first(answerer: Answerer) -> None:
    result = answerer.ask(
        "to trinh 33/TTr-SDTTG cua So Dan toc va Ton giao de nghi ban hanh QD 1509/QD-UBND do ai ky"
    )
    assert not result.found, result.answer
    own = answerer.ask("QĐ 1509/QĐ-UBND phê duyệt danh sách thôn đặc biệt khó khăn do ai ký?")
    assert own.found and "Trịnh Văn Thử" in (own.answer or ""), own.answer


def test_a_letter_sent_is_dated_where_it_is_cited(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thuế tỉnh Thử Nghiệm gửi công văn 1010/TTN-KTr2 hỏi về thu hồi hoàn thuế (được Cục "
        "Thuế trả lời tại CV 5388/CT-CS) ngày nào?"
    )
    assert result.found and "04/9/2025" in (result.answer or ""), result.answer


def test_a_cited_report_needs_no_words_of_its_subject(answerer: Answerer) -> None:
    result = answerer.ask(
        "Tờ trình số 88/TTr-SXD của Sở Xây dựng về dự thảo QĐ bãi bỏ QĐ 32/2023/QĐ-UBND đề ngày "
        "nào?"
    )
    assert result.found and "10 tháng 11" in (result.answer or ""), result.answer


def test_the_day_another_document_is_passed(answerer: Answerer) -> None:
    result = answerer.ask(
        "theo NQ 386/NQ-CP, Quoc hoi se bieu quyet thong qua Luat Thue TNCN sua doi vao ngay nao"
    )
    assert not result.found, result.answer
    own = answerer.ask("NQ 386/NQ-CP của Chính phủ ban hành ngày nào?")
    assert own.found and "01 tháng 12" in (own.answer or ""), own.answer


def test_a_value_of_another_person(answerer: Answerer) -> None:
    result = answerer.ask("hoa si Tran Van Nghiem da ve bao nhieu ban phac thao mau quoc huy?")
    assert not result.found, result.answer
    own = answerer.ask("Họa sĩ Bùi Văn Thử đã có bao nhiêu bản vẽ phác thảo mẫu Quốc huy?")
    assert own.found and "112" in (own.answer or ""), own.answer


def test_in_force_from_signing_and_issuing(answerer: Answerer) -> None:
    result = answerer.ask(
        "QĐ 90/2025/QĐ-UBND bãi bỏ quy định lòng đường hè phố có hiệu lực khi nào?"
    )
    assert result.found and "kể từ ngày ký, ban hành" in (result.answer or ""), result.answer


def test_the_procedures_announced_are_timed(answerer: Answerer) -> None:
    result = answerer.ask(
        "Các TTHC cấp, thay đổi, cấp lại giấy chứng nhận (tổ chức KH&CN, văn phòng đại diện) công "
        "bố tại QĐ 1489/QĐ-UBND được giải quyết trong bao lâu?"
    )
    assert result.found and "10 ngày làm việc" in (result.answer or ""), result.answer


def test_a_step_timed_is_not_the_whole(answerer: Answerer) -> None:
    result = answerer.ask(
        "QĐ 2926/QĐ-UBND quy trình nội bộ dành bao nhiêu ngày làm việc cho bước thẩm định hồ sơ "
        "cho phép nhập khẩu thuốc có hạn dùng ngắn?"
    )
    assert not result.found, result.answer


def test_a_time_against_a_former_document(answerer: Answerer) -> None:
    result = answerer.ask(
        "So với QĐ 3470 trước đây, thời hạn giải quyết thủ tục thay đổi, bổ sung, cấp lại giấy "
        "chứng nhận tổ chức KH&CN tại QĐ 1489 đã giảm bao nhiêu ngày?"
    )
    assert not result.found, result.answer


def test_the_list_repeals_not_the_decision_that_announced(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thủ tục gia hạn chứng chỉ nghiệp vụ chuyên môn về đấu thầu ở tỉnh Thử Nghiệm bị bãi bỏ "
        "theo quyết định nào của Chủ tịch UBND tỉnh?"
    )
    # (over these few documents the list's own decision is not found as the one acting; over
    # admin-docs it is, and answers)
    assert not result.found or "1037/QĐ-UBND" not in (result.answer or ""), result.answer


def test_a_sum_written_out_in_words(answerer: Answerer) -> None:
    result = answerer.ask(
        "theo QD 2926/QD-UBND, thuoc cho nguoi mac benh hiem ngheo nhap khau khong can giay phep "
        "neu tong tri gia hai quan moi lan khong qua bao nhieu"
    )
    assert result.found and "10.000.000" in (result.answer or ""), result.answer


def test_a_list_of_procedures_asks_no_money() -> None:
    question = "Danh mục TTHC cấp tỉnh của QĐ 3771 có số thủ tục là bao nhiêu?"
    assert not asks_money(plain(route_question(question).folded), question)
    fee = "Mức thu lệ phí cấp chứng chỉ là bao nhiêu?"
    assert asks_money(plain(route_question(fee).folded), fee)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    """Answers about a document as a whole rank documents by the served BM25 retriever."""
    opened = served_answerer_over(
        tmp_path_factory.mktemp("lists-ending-force"),
        {"nghi-dinh.md": DECREE, "phi.md": FEES, "bai-bo.md": REPEAL, "may-moc.md": SIGNED},
    )
    yield opened
    opened.close()


def test_the_end_of_force_a_list_lead_in_sets(served: Answerer) -> None:
    answerer = served
    result = answerer.ask(
        "Nghị định 46/2010/NĐ-CP về thôi việc của công chức hết hiệu lực từ ngày nào?"
    )
    assert result.found and "01 tháng 7 năm 2025" in (result.answer or ""), result.answer
    dated = answerer.ask("QĐ 08/2021/QĐ-UBND về phí tham quan di tích hết hiệu lực từ ngày nào?")
    assert dated.found and "01/01/2026" in (dated.answer or ""), dated.answer
    # its own start of force is not written: the list only ends it
    start = answerer.ask("Nghị định 46/2010/NĐ-CP về thôi việc có hiệu lực từ ngày nào?")
    assert not start.found, start.answer


def test_a_vote_is_an_event(answerer: Answerer) -> None:
    result = answerer.ask(
        "Các thành viên UBND tỉnh Thử Nghiệm biểu quyết qua phiếu thông qua QĐ 79/2025/QĐ-UBND "
        "vào ngày nào?"
    )
    assert not result.found, result.answer
    own = answerer.ask("QĐ 79/2025/QĐ-UBND của UBND tỉnh Thử Nghiệm ban hành ngày nào?")
    assert own.found and "24 tháng 11" in (own.answer or ""), own.answer


def test_a_bank_asked_is_named(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo QĐ 79/2025/QĐ-UBND, ngân hàng nào được chỉ định thu phí, lệ phí thủ tục hành chính "
        "của Sở Nông nghiệp và Môi trường?"
    )
    assert not result.found, result.answer


def test_a_measure_asked_by_its_noun(answerer: Answerer) -> None:
    rate = answerer.ask(
        "Lãi suất cho vay ưu đãi của Quỹ nhà ở quốc gia theo NĐ 302/2025/NĐ-CP là bao nhiêu %/năm?"
    )
    assert not rate.found, rate.answer
    reward = answerer.ask(
        "Mức thưởng cho học sinh đạt giải nhất học sinh giỏi theo NĐ 302/2025/NĐ-CP là bao nhiêu?"
    )
    assert not reward.found, reward.answer
    share = answerer.ask(
        "Lợi nhuận định mức tính vào giá thuê nhà ở theo NĐ 302/2025/NĐ-CP không vượt quá bao "
        "nhiêu %?"
    )
    assert share.found and "10%" in (share.answer or ""), share.answer


def test_a_ground_whose_title_amends_the_named_one(answerer: Answerer) -> None:
    result = answerer.ask(
        "QĐ 1489/QĐ-UBND của tỉnh Thử Nghiệm căn cứ quyết định nào của Bộ KH&CN sửa đổi QĐ "
        "3212/QĐ-BKHCN?"
    )
    assert result.found and "3659/QĐ-BKHCN" in (result.answer or ""), result.answer


def test_a_count_of_the_list_its_heading_names(answerer: Answerer) -> None:
    result = answerer.ask(
        "QĐ 2715/QĐ-UBND công bố bao nhiêu TTHC bị bãi bỏ trong lĩnh vực điện lực?"
    )
    assert result.found and "08 TTHC" in (result.answer or ""), result.answer


def test_a_step_is_not_the_time_of_the_act(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo QĐ 125/2025/QĐ-UBND, UBND cấp xã phải rà soát đối tượng hỗ trợ đất ở, nhà ở (Dự án "
        "1) trong bao nhiêu ngày làm việc?"
    )
    assert result.found and "20 (hai mươi) ngày" in (result.answer or ""), result.answer


def test_words_that_open_no_subject() -> None:
    fee = plain(route_question("thay đổi thông tin trên chứng chỉ thì mức phí là bao nhiêu").folded)
    assert "muc phi" not in subject_phrases(fee)
    reported = plain(route_question("yêu cầu báo cáo PTTg Trần Hồng Hà về phương án").folded)
    assert "pttg tran" not in subject_phrases(reported)
    report = plain(route_question("báo cáo giải ngân vốn đầu tư công").folded)
    assert "giai ngan" in subject_phrases(report)


def test_a_title_before_a_position_names_no_person(answerer: Answerer) -> None:
    result = answerer.ask("Linh cữu đồng chí nguyên Chủ tịch nước được quàn tại đâu?")
    assert result.found and "Nhà tang lễ Quốc gia" in (result.answer or ""), result.answer
    assert _another_person(route_question_for("đồng chí Chủ tịch nước quàn ở đâu?"), "x") is None


def route_question_for(text: str):  # noqa: ANN201 - a Question built from the route alone
    """A question with only its route set, for the checks that read the route."""
    from qa_service.answer.question import Question

    return Question(
        route=route_question(text), toned=True, terms=(), weights={}, total=0.0,
        bigrams=frozenset(), all_bigrams=frozenset(), all_tokens=frozenset(), scope=None,
        own_doc=None, number_filter=(),
    )  # fmt: skip


def test_a_list_named_inside_a_sentence_heads_none(answerer: Answerer) -> None:
    result = answerer.ask("QĐ 2487/QĐ-UBND tỉnh Thử Nghiệm công bố bao nhiêu TTHC bị bãi bỏ?")
    assert result.found and "06 thủ tục" in (result.answer or ""), result.answer


def test_the_issuing_vote_dates_the_document(served: Answerer) -> None:
    result = served.ask(
        "QĐ 21/2025/QĐ-UBND bãi bỏ quy định máy móc chuyên dùng, ban hành trên cơ sở biểu quyết "
        "thống nhất của các thành viên UBND tỉnh, được ký ngày nào?"
    )
    assert result.found and "21 tháng 11" in (result.answer or ""), result.answer


def test_a_decision_named_first_keeps_its_signer(served: Answerer) -> None:
    result = served.ask("QĐ 21/2025/QĐ-UBND bãi bỏ QĐ 21/2023/QĐ-UBND về máy móc do ai ký?")
    assert result.found and "Đỗ Văn Thử" in (result.answer or ""), result.answer


def test_a_list_ended_with_a_decision_in_force_from_signing(served: Answerer) -> None:
    result = served.ask(
        "Quyết định 36/2023/QĐ-UBND về phân cấp định mức máy móc hết hiệu lực từ ngày nào?"
    )
    assert result.found and "21 tháng 11 năm 2025" in (result.answer or ""), result.answer


def test_passing_a_report_is_the_resolutions_day(answerer: Answerer) -> None:
    result = answerer.ask("Chính phủ ra Nghị quyết 386/NQ-CP thông qua báo cáo ngày nào?")
    assert result.found and "01 tháng 12" in (result.answer or ""), result.answer


def test_words_that_name_no_purpose_nor_reward() -> None:
    scheme = route_question("Nghị quyết nào của HĐND tỉnh về đề án phát triển giáo dục bị bãi bỏ?")
    assert asked_relation(scheme.folded) is not None
    usual = plain(route_question("Mức đóng trong điều kiện bình thường là bao nhiêu?").folded)
    assert not any(asked.search(usual) for asked, _, _ in _MEASURES)
    reward = plain(route_question("Mức thưởng giải nhất là bao nhiêu?").folded)
    assert any(asked.search(reward) for asked, _, _ in _MEASURES)


def test_the_head_of_its_own_number_names_a_document(served: Answerer) -> None:
    result = served.ask("Quyết định số 21/2025/QĐ ban hành ngày nào?")
    assert result.found and "21 tháng 11" in (result.answer or ""), result.answer


def test_an_issue_asked_beside_a_vote_or_a_training() -> None:
    from qa_service.routing import names_an_event

    voted = "QĐ 80/2025 được các thành viên UBND tỉnh biểu quyết thống nhất, ban hành khi nào?"
    assert not names_an_event(plain(route_question(voted).folded))
    vote = "Các thành viên UBND tỉnh biểu quyết qua phiếu thông qua QĐ 79/2025 vào ngày nào?"
    assert names_an_event(plain(route_question(vote).folded))
    plan = "Kế hoạch 1026/KH-UBND về tổ chức tập huấn bảo vệ bí mật nhà nước ban hành ngày nào?"
    assert not names_an_event(plain(route_question(plan).folded))


def test_a_usual_case_and_a_general_secretary_name_nothing_asked() -> None:
    question = route_question_for("Hộp thư được thường xuyên điều chỉnh, tối thiểu bao nhiêu GB?")
    assert not any(toned.search(question.route.question.lower()) for _, toned, _ in _MEASURES)
    assert (
        _another_person(
            route_question_for("đồng chí Tổng Bí thư phát biểu bao nhiêu lần?"),
            "Đồng chí Tổng Bí thư Tô Lâm phát biểu 3 lần.",
        )
        is None
    )


def test_a_limit_recalled_is_not_the_one_set(answerer: Answerer) -> None:
    result = answerer.ask(
        "Công văn 4240/UBND-VX yêu cầu hoàn thành cập nhật cơ sở dữ liệu cán bộ, công chức, viên "
        "chức trước ngày nào?"
    )
    assert "30 tháng 10" not in (result.answer or ""), result.answer
    assert result.found and "06 tháng 12" in (result.answer or ""), result.answer
