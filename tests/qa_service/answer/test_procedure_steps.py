"""The time of one step of an internal procedure, read from a table whose header row has a
time-limit column ("Thời gian thực hiện"), when the paragraphs of the first step's long cell
stand between the step's row and that header: the cell under the column is the step's limit;
likewise the time limit of a procedure in a list whose long cells hold bold lines ("**3. Kết
quả thực hiện:**") read as headings: the cell under "Thời hạn giải quyết", not a step's limit
in the procedure's own cell."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import _limit_header_above
from tests.qa_service.small_index import answerer_over

STEPS = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
Số: 1700/QĐ-UBND
*Thử Nghiệm, ngày 12 tháng 11 năm 2025*
**QUYẾT ĐỊNH**
Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực đầu tư
**Điều 1**. Phê duyệt kèm theo Quyết định này 01 quy trình nội bộ.
**PHỤ LỤC**
**1. Chấp
thuận chủ trương đầu tư thuộc thẩm quyền của UBND cấp tỉnh – Mã TTHC:
1.009645.H05**
|
**Thứ tự công việc**
|
**Nội dung công việc cụ thể**
|
**Đơn vị/ Người thực hiện**
|
**Thời gian thực hiện**
|
**Sản phẩm**
|
|
**Bước 1**
|
**1. Nộp hồ sơ:**
- Nộp hồ sơ trực tuyến tại
địa chỉ __https://dichvucong.gov.vn/__
- Trực tiếp hoặc qua dịch
vụ bưu chính công ích đến:
+ Trung tâm Phục vụ hành
chính công tỉnh Thử Nghiệm - địa chỉ: Tầng 1 và tầng 2 (giữa 2 toà nhà A, B)
Khu liên cơ quan, Quảng trường Trung Tâm, phường Trung Tâm, tỉnh Thử Nghiệm.
+ Điểm tiếp nhận và trả KQ
của Trung tâm PV HCC tỉnh - địa chỉ: Số 31, đường Lê Lợi, phường
Kinh Đô, tỉnh Thử Nghiệm.
+ Trung tâm Phục vụ hành
chính công cấp xã (trường hợp nộp hồ sơ không phụ thuộc vào địa giới hành
chính).
**2. Kiểm tra tính đầy đủ
của hồ sơ theo quy định:**
+ Trường hợp hồ sơ đầy đủ
và hợp lệ, thực hiện số hoá thành phần hồ sơ, tiếp nhận hồ sơ theo quy định
và chuyển ngay hồ sơ đến bộ phận chuyên môn để giải quyết.
*Trường hợp tiếp nhận
không phụ thuộc vào địa giới hành chính: *đơn vị tiếp nhận hồ sơ chuyển
ngay hồ sơ điện tử đến Sở Tài chính trên Hệ thống thông tin giải quyết thủ tục
hành chính của tỉnh để giải quyết đồng thời chuyển hồ sơ giấy đến Sở Tài
chính trong thời hạn không quá 01 ngày làm việc kể từ khi tiếp nhận hồ sơ.
+ Hồ sơ không đầy đủ, hợp
lệ thì trả hồ sơ và hướng dẫn cá nhân, tổ chức bổ sung hồ sơ.
|
Công chức của Sở Tài chính tiếp nhận hồ sơ tại Trung tâm Phục vụ hành
chính công hoặc công chức tiếp nhận hồ sơ tại TT PVHCC cấp xã
|
0,5 ngày
|
Giấy tiếp nhận hồ sơ và hẹn
trả kết quả
Thông báo về tình trạng hồ
sơ cần chỉnh sửa, các hướng dẫn (nếu có)
|
|
**Bước 2**
|
Phân công giải quyết: Sau
khi tiếp nhận hồ sơ, Lãnh đạo phòng chuyên môn phân công chuyên viên xử lý hồ
sơ.
|
Lãnh đạo Phòng chuyên môn
|
0,25 ngày
|
Hồ sơ được phân công trên
hệ thống
|
|
**Bước 3**
|
Chuyên viên xử lý hồ sơ có
trách nhiệm tổ chức thẩm định hồ sơ; soạn thảo dự thảo Văn bản xin ý kiến thẩm
định của các cơ quan, đơn vị; trình Lãnh đạo phòng chuyên môn xem xét.
|
Chuyên viên xử lý hồ sơ
|
0,5 ngày
|
Văn bản lấy ý kiến thẩm định
|
|
**Bước 4**
|
Lãnh đạo phòng chuyên môn
xem xét trình Lãnh đạo Sở.
|
Lãnh đạo Phòng chuyên môn
|
0,25 ngày
|
|
**Bước 5**
|
Lãnh đạo Sở xem xét Ký duyệt
Văn bản lấy ý kiến
|
Lãnh đạo Sở
|
0,5 ngày
|
|
**Bước 6**
|
Kể từ ngày nhận được Văn bản
xin ý kiến thẩm định kèm theo hồ sơ dự án đầu tư, cơ quan được lấy ý kiến có
ý kiến thẩm định về nội dung thuộc phạm vi quản lý nhà nước của mình, gửi Sở
Tài chính.
|
Các Sở, ban, ngành được xin ý kiến
|
07 ngày
|
Văn bản tham gia ý kiến
|
"""


LISTED = """ỦY BAN NHÂN DÂN
THÀNH PHỐ THỬ NGHIỆM
Số: 2900/QĐ-UBND
*Thử Nghiệm, ngày 19 tháng 11 năm 2025*
**QUYẾT ĐỊNH**
Về việc công bố danh mục thủ tục hành chính lĩnh vực hoạt động khoa học và công nghệ
**Điều 1.** Công bố kèm theo Quyết định này danh mục 03 thủ tục hành chính.
**DANH MỤC **
THỦ
TỤC HÀNH CHÍNH MỚI BAN HÀNH, BỊ BÃI BỎ LĨNH VỰC HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ
THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ
*(Ban hành kèm theo Quyết định số 2900/QĐ-UBND ngày 19 tháng 11 năm 2025 của
Chủ tịch Ủy ban nhân dân Thành phố)*
**A. Danh mục thủ tục hành
chính mới ban hành**
|
**TT**
|
**Tên thủ tục hành chính**
|
**Thời hạn giải quyết**
|
**Địa điểm thực hiện**
|
**Phí, lệ phí**
|
**Căn cứ pháp lý**
|
**Ghi chú**
|
|
1
|
|
10
|
Thủ tục cấp Giấy chứng nhận
doanh nghiệp khoa học và công nghệ
|
15 ngày kể từ ngày nhận được
hồ sơ hợp lệ.
|
- Bộ phận Một cửa tại Sở Khoa
học và Công nghệ (244 Điện Biên Phủ, Phường Xuân Hoà, Thành phố Thử Nghiệm
-Trung tâm phục vụ hành chính
công ( Đường Lê Lợi, Phường Bình Dương, Thành phố Thử Nghiệm
-Trung tâm phục vụ hành chính
công ( số 04 đường Nguyễn Tất Thành, Phường Bà Rịa, Thành phố Thử Nghiệm)
|
Không
|
- Luật Khoa học, công nghệ và
đổi mới sáng tạo số 93/2025/QH15 ngày 27/6/2025;
- Nghị định số 268/2025/NĐ-
CP ngày 14/10/2025 của Chính
phủ quy định chi tiết và hướng dẫn một số điều của Luật Khoa học, công nghệ
và đổi mới sáng tạo về đổi mới sáng tạo; khuyến khích hoạt động khoa học,
công nghệ và đổi mới sáng tạo trong doanh nghiệp; công nhận trung tâm đổi mới
sáng tạo, hỗ trợ khởi nghiệp sáng tạo; công nhận cá nhân, doanh nghiệp khởi
nghiệp sáng tạo; hạ tầng, mạng lưới và hệ sinh thái khởi nghiệp sáng tạo.
- Quyết định số 3578/QĐ-BKHCN
ngày 07 tháng 11 năm 2025 của Bộ trưởng Bộ Khoa học và Công nghệ về việc công
bố thủ tục hành chính mới ban hành và bị bãi bỏ lĩnh vực hoạt động khoa học
và công nghệ thuộc phạm vi chức năng quản lý của Bộ Khoa học và Công nghệ.
|
**1. Trình tự thực hiện:**
- Doanh nghiệp đề nghị cấp
Giấy chứng nhận doanh nghiệp khoa học và công nghệ nộp 01 bộ hồ sơ đến Bộ
phận Một cửa Sở Khoa học và Công nghệ.
- Trong thời hạn 03 ngày làm
việc kể từ ngày tiếp nhận hồ sơ, Sở Khoa học và Công nghệ kiểm tra tính đầy
đủ, hợp lệ của hồ sơ;
- Trong thời hạn 15 ngày kể
từ ngày nhận được hồ sơ hợp lệ, Sở Khoa học và Công nghệ tham mưu Ủy ban nhân
dân Thành phố xem xét việc cấp hoặc từ chối cấp Giấy chứng nhận doanh nghiệp khoa
học và công nghệ.
- Ủy ban nhân dân Thành phố
thực hiện việc thẩm định thông qua hình thức tự thẩm định, xin ý kiến chuyên
gia độc lập hoặc thành lập Hội đồng thẩm định hồ sơ.
**2. Cơ quan thực hiện TTHC:**
- Cơ quan tiếp nhận hồ sơ: Sở
Khoa học và Công nghệ.
- Cơ quan có thẩm quyền phê
duyệt: Ủy ban nhân dân Thành phố.
**3. Kết quả thực hiện TTHC:**
Giấy chứng nhận Doanh nghiệp
Khoa học và Công nghệ.
|
|
11
|
Thủ tục cấp thay đổi nội
dung, cấp lại Giấy chứng nhận doanh nghiệp khoa học và công nghệ
|
10 ngày kể từ ngày nhận được
hồ sơ hợp lệ.
|
- Bộ phận Một cửa tại Sở Khoa
học và Công nghệ (244 Điện Biên Phủ, Phường Xuân Hoà, Thành phố Thử Nghiệm
-Trung tâm phục vụ hành chính
công (Đường Lê Lợi, Phường Bình Dương, Thành phố Thử Nghiệm
-Trung tâm phục vụ hành chính
công (số 04 đường Nguyễn Tất Thành, Phường Bà Rịa, Thành phố Thử Nghiệm)
|
Không
|
- Luật Khoa học, công nghệ và
đổi mới sáng tạo số 93/2025/QH15 ngày 27/6/2025;
- Nghị định số 268/2025/NĐ-CP
ngày 14/10/2025 của Chính phủ quy định chi tiết và hướng dẫn một số điều của
Luật Khoa học, công nghệ và đổi mới sáng tạo về đổi mới sáng tạo; khuyến
khích hoạt động khoa học, công nghệ và đổi mới sáng tạo trong doanh nghiệp;
công nhận trung tâm đổi mới sáng tạo, hỗ trợ khởi nghiệp sáng tạo; công nhận
cá nhân, doanh nghiệp khởi nghiệp sáng tạo; hạ tầng, mạng lưới và hệ sinh
thái khởi nghiệp sáng tạo.
- Quyết định số 3578/QĐ-BKHCN
ngày 07 tháng 11 năm 2025 của Bộ trưởng Bộ Khoa học và Công nghệ về việc công
bố thủ tục hành chính mới ban hành và bị bãi bỏ lĩnh vực hoạt động khoa học
và công nghệ thuộc phạm vi chức năng quản lý của Bộ Khoa học và Công nghệ.
|
**1. Trình tự thực hiện:**
Doanh nghiệp đề nghị cấp thay
đổi nội dung, cấp lại Giấy chứng nhận doanh nghiệp khoa học và công nghệ nộp
01 bộ hồ sơ đến Bộ phận Một cửa của Sở Khoa học và Công nghệ.
- Trong thời hạn 03 ngày làm
việc kể từ ngày tiếp nhận hồ sơ, Sở Khoa học và Công nghệ Thành phố kiểm tra
tính đầy đủ, hợp lệ của hồ sơ.
- Trong thời hạn 10 ngày kể
từ ngày nhận được hồ sơ hợp lệ, Sở Khoa học và Công nghệ Thành phố tham mưu
Ủy ban nhân dân Thành phố xem xét việc cấp hoặc từ chối cấp thay đổi nội
dung, cấp lại Giấy chứng nhận doanh nghiệp khoa học và công nghệ.
**2. Cơ quan thực hiện:**
- Cơ quan tiếp nhận hồ sơ: Sở
Khoa học và Công nghệ.
- Cơ quan có thẩm quyền phê
duyệt: Ủy ban nhân dân Thành phố.
**3. Kết quả thực hiện: **Giấy
chứng nhận Doanh nghiệp Khoa học và Công nghệ.
|
|
12
|
Thủ tục đánh giá kết quả thực
hiện nhiệm vụ khoa học, công nghệ và đổi mới sáng tạo không sử dụng ngân sách
nhà nước
|
28 ngày kể từ ngày nhận được
đầy đủ hồ sơ hợp lệ.
|
- Bộ phận Một cửa Sở Khoa học
và Công nghệ (244 Điện Biên Phủ, Phường Xuân Hòa, Thành phố).
- Trung tâm phục vụ hành
chính công (Đường Lê Lợi, Phường Bình Dương, Thành phố Thử Nghiệm).
- Trung tâm phục vụ hành
chính công (Số 04 đường Nguyễn Tất Thành, Phường Bà Rịa, Thành phố Thử
Nghiệm).
|
Không
|
- Luật Khoa học, công nghệ và
đổi mới sáng tạo số 93/2025/QH15 ngày 27/6/2025;
- Nghị định số 268/2025/NĐ-CP
ngày 14/10/2025 của Chính phủ quy định chi tiết và hướng dẫn một số điều của
Luật Khoa học, công nghệ và đổi mới sáng tạo về đổi mới sáng tạo; khuyến
khích hoạt động khoa học, công nghệ và đổi mới sáng tạo trong doanh nghiệp; công
nhận trung tâm đổi mới sáng tạo, hỗ trợ khởi nghiệp sáng tạo; công nhận cá nhân,
doanh nghiệp khởi nghiệp sáng tạo; hạ tầng, mạng lưới và hệ sinh thái khởi
nghiệp sáng tạo.
- Quyết định số 3578/QĐ-BKHCN
ngày 07 tháng 11 năm 2025 của Bộ trưởng Bộ Khoa học và Công nghệ về việc công
bố thủ tục hành chính mới ban hành và bị bãi bỏ lĩnh vực hoạt động khoa học
và công nghệ thuộc phạm vi chức năng quản lý của Bộ Khoa học và Công nghệ.
|
**1. Trình tự thực hiện:**
- Tổ chức đề nghị đánh giá
nộp 01 bộ hồ sơ đề nghị đánh giá đến Bộ phận Một cửa Sở Khoa học và Công nghệ.
- Trong thời hạn 28 ngày kể
từ ngày nhận được đầy đủ hồ sơ hợp lệ, Sở Khoa học và Công nghệ tham mưu
trình Ủy ban nhân dân Thành phố thành lập Hội đồng tư vấn đánh giá và thực
hiện đánh giá.
**2. Cơ quan thực hiện:**
- Cơ quan thụ lý hồ sơ: Sở
Khoa học và Công nghệ Thành phố
- Cơ quan có thẩm quyền phê
duyệt: Ủy ban nhân dân Thành phố Thử Nghiệm.
**3. Kết quả thực hiện**:
Giấy xác nhận kết quả thực hiện nhiệm vụ hoặc Thông báo không đủ điều kiện
xác nhận kết quả thực hiện nhiệm vụ.
|
|
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("procedure-steps")
    opened = answerer_over(root, {"qd-1700.md": STEPS, "qd-2900.md": LISTED}, lexical_only=True)
    yield opened
    opened.close()


def test_the_time_of_a_step_is_the_cell_under_the_time_column(answerer: Answerer) -> None:
    result = answerer.ask(
        "Trong quy trình chấp thuận chủ trương đầu tư, các sở, ngành được xin ý kiến thẩm định "
        "có bao nhiêu ngày để gửi ý kiến cho Sở Tài chính?"
    )
    assert result.found, result
    assert "07 ngày" in result.answer


def test_the_limit_of_a_listed_procedure_is_the_cell_under_its_column(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thời hạn giải quyết thủ tục đánh giá kết quả thực hiện nhiệm vụ khoa học, công nghệ và "
        "đổi mới sáng tạo không dùng ngân sách nhà nước là bao lâu?"
    )
    assert result.found, result
    assert "28 ngày" in result.answer
    assert "15 ngày" not in result.answer


def test_the_limit_column_is_read_on_the_header_row_above(answerer: Answerer) -> None:
    """A row whose headings lost the table's header (a bold line of the row above read as a
    heading) still lies under its "Thời hạn giải quyết" column, read on the bold header row."""
    corpus = answerer.corpus
    rows = [
        unit
        for ids in corpus.doc_units.values()
        for unit in (corpus.units[i] for i in ids)
        if unit.kind == "row" and unit.text.startswith("12 | Thủ tục đánh giá")
    ]
    assert rows
    row = rows[0]
    assert "thoi han giai quyet" not in row.context_key
    assert _limit_header_above(corpus, row) == "thoi han giai quyet"
    at = row.text.index("28 ngày kể từ")
    assert _limit_header_above(corpus, row, at) == "thoi han giai quyet"
    # a step's limit in the procedure's own cell is under another column
    assert _limit_header_above(corpus, row, row.text.index("Trong thời hạn 28")) is None
