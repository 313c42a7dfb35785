"""Rules read in session 47, on documents written here:

- "Ai ký công văn 09/HDTLMM/2025 của Công ty X": a letter no document has as its own (another
  answers it, and no citation reads its number) states no signer; the reply's is not it;
- "Cty Hưng Thịnh" is written "Công ty TNHH Bao bì Kỹ thuật cao Hưng Thịnh": a company's legal
  form and trade between the head and its own name;
- "ban hành QĐ số mấy để bãi bỏ QĐ 55/2014": the document issued does the act its purpose
  names, so a document its sentence repeals beside the named one is not it;
- "Sau khi bãi bỏ QĐ 15/2025, ... ban hành QĐ số mấy để quy định lại ...": a decision whose
  title only repeals is not the one issued after the repeal;
- "Theo CV 5332/CT-CS, ... vào ngày nào": the document named as the source is not the one dated;
- "Nội quy chợ Hàn": a name standing alone is written with its marks (not "hạn");
- "... viện dẫn Luật Đầu tư số hiệu nào": one document's number asked, not a list.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

REPLY = """|
BỘ TÀI CHÍNH
**CỤC HẢI QUAN**
--------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 41207/CHQ-GSQL
*V/v hướng dẫn xử lý máy móc, thiết bị đã qua sử dụng*
|
*Hà Nội, ngày 20 tháng 11 năm 2025*
|

**Kính gửi:** Công ty TNHH Bao bì Kỹ thuật cao Hưng Thịnh.

Trả lời công văn số 09/HDTLMM/2025 ngày 06/11/2025 của Công ty TNHH Bao bì Kỹ thuật cao Hưng
Thịnh về đề nghị hướng dẫn xử lý chuyển loại hình máy móc, thiết bị đã qua sử dụng để thanh
lý, Cục Hải quan có ý kiến như sau:

Công ty được thanh lý máy móc, thiết bị đã qua sử dụng theo quy định tại Điều 79 Thông tư số
38/2015/TT-BTC sau khi hoàn thành thủ tục chuyển loại hình với cơ quan hải quan.

Cục Hải quan thông báo để Công ty biết, thực hiện./.

**TL. CỤC TRƯỞNG**
**KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ PHÓ TRƯỞNG BAN**
**Trần Văn Thử**
"""

REPEAL = """|
**ỦY BAN NHÂN
DÂN**
THÀNH PHỐ THỬ NGHIỆM
--------
|
**CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số:
81/2025/QĐ-UBND
|
*Thử Nghiệm, ngày
17 tháng 11 năm 2025*
|
** **
**QUYẾT ĐỊNH**
BÃI BỎ QUYẾT ĐỊNH
SỐ 55/2014/QĐ-UBND NGÀY 31/12/2014 CỦA UBND THÀNH PHỐ THỬ NGHIỆM QUY ĐỊNH VỀ QUẢN
LÝ VÀ SỬ DỤNG TẠM THỜI VỈA HÈ NGOÀI MỤC ĐÍCH GIAO THÔNG TRÊN CÁC TUYẾN ĐƯỜNG
THUỘC ĐỊA BÀN THÀNH PHỐ THỬ NGHIỆM, QUYẾT ĐỊNH SỐ 24/2019/QĐ-UBND NGÀY 02/5/2019
CỦA UBND THÀNH PHỐ THỬ NGHIỆM SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH VỀ QUẢN LÝ
VÀ SỬ DỤNG TẠM THỜI VỈA HÈ NGOÀI MỤC ĐÍCH GIAO THÔNG TRÊN CÁC TUYẾN ĐƯỜNG THUỘC
ĐỊA BÀN THÀNH PHỐ THỬ NGHIỆM BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 55/2014/QĐ-UBND NGÀY
31/12/2014 CỦA UBND THÀNH PHỐ THỬ NGHIỆM VÀ QUYẾT ĐỊNH SỐ 08/2023/QĐ-UBND NGÀY
23/02/2023 CỦA UBND THÀNH PHỐ THỬ NGHIỆM SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH
BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 55/2014/QĐ-UBND QUY ĐỊNH VỀ QUẢN LÝ VÀ SỬ DỤNG
TẠM THỜI VỈA HÈ NGOÀI MỤC ĐÍCH GIAO THÔNG TRÊN CÁC TUYẾN ĐƯỜNG THUỘC ĐỊA BÀN
THÀNH PHỐ THỬ NGHIỆM VÀ BÃI BỎ MỘT PHẦN QUYẾT ĐỊNH SỐ 24/2019/QĐ-UBND NGÀY
02/5/2019 CỦA UBND THÀNH PHỐ THỬ NGHIỆM SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH
VỀ QUẢN LÝ VÀ SỬ DỤNG TẠM THỜI VỈA HÈ NGOÀI MỤC ĐÍCH GIAO THÔNG TRÊN CÁC TUYẾN
ĐƯỜNG THUỘC ĐỊA BÀN THÀNH PHỐ THỬ NGHIỆM BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ
55/2014/QĐ-UBND NGÀY 31/12/2014 CỦA UBND THÀNH PHỐ THỬ NGHIỆM
*Căn cứ Luật Tổ chức chính quyền địa phương
ngày 16 tháng 6 năm 2025;*
*Căn cứ Luật Trật tự, an toàn giao thông đường
bộ năm 2024;*
*Căn cứ Luật Ban hành văn bản quy phạm pháp
luật ngày 19 tháng 02 năm 2025 và Luật sửa đổi, bổ sung một số điều của Luật Ban
hành văn bản quy phạm pháp luật năm 2025;*
*Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01
tháng 4 năm 2025 của Chính phủ Quy định chi tiết một số điều và biện pháp để tổ
chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật và Nghị định
số 187/2025/NĐ-CP ngày 01 tháng 7 năm 2025 của Chính phủ Sửa đổi, bổ sung một
số điều của Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ
quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật
Ban hành văn bản quy phạm pháp luật và Nghị định số 79/2025/NĐ-CP ngày 01 tháng
4 năm 2025 của Chính phủ về kiểm tra, rà soát, hệ thống hóa và xử lý văn bản
quy phạm pháp luật;*
*Căn cứ Nghị định số 79/2025/NĐ-CP ngày 01
tháng 4 năm 2025 của Chính phủ về kiểm tra, rà soát, hệ thống hóa và xử lý văn
bản quy phạm pháp luật; *
*Căn cứ Nghị định số 165/2024/NĐ-CP ngày 26
tháng 12 năm 2024 của Chính phủ Quy định chi tiết, hướng dẫn thi hành một số
điều của Luật Đường bộ và Điều 77 Luật Trật tự, an toàn giao thông đường bộ;*
*Theo đề nghị của Giám đốc
Sở Xây dựng tại Tờ trình số 4834 /TTr-SXD ngày 19 tháng 9 năm 2025; và kết luận
của UBND thành tại phiên họp UBND thành phố ngày 07 tháng 10 năm 2025 (Thông
báo số 347/TB-VP ngày 10 tháng 10 năm 2025 của Văn phòng UBND thành phố);*
*UBND thành phố Thử Nghiệm ban hành Quyết định
bãi bỏ Quyết định số 55/2014/QĐ-UBND ngày 31/12/2014 ngày 31/12/2014 của UBND
thành phố Thử Nghiệm Quy định về quản lý và sử dụng tạm thời vỉa hè ngoài mục đích
giao thông trên các tuyến đường thuộc địa bàn thành phố Thử Nghiệm, Quyết định số 24/2019/QĐ-UBND
ngày 02/5/2019 của UBND thành phố Thử Nghiệm Sửa đổi, bổ sung một số điều của Quy
định về quản lý và sử dụng tạm thời vỉa hè ngoài mục đích giao thông trên các
tuyến đường thuộc địa bàn thành phố Thử Nghiệm ban hành kèm theo Quyết định số
55/2014/QĐ-UBND ngày 31/12/2014 của UBND thành phố Thử Nghiệm và Quyết định số
08/2023/QĐ-UBND ngày 23/02/2023 của UBND thành phố Thử Nghiệm Sửa đổi, bổ sung một
số điều của Quy định ban hành kèm theo Quyết định số 55/2014/QĐ-UBND quy định
về quản lý và sử dụng tạm thời vỉa hè ngoài mục đích giao thông trên các tuyến
đường thuộc địa bàn thành phố Thử Nghiệm và bãi bỏ một phần Quyết định số
24/2019/QĐ-UBND ngày 02/5/2019 của UBND thành phố Thử Nghiệm sửa đổi, bổ sung một
số điều của quy định về quản lý và sử dụng tạm thời vỉa hè ngoài mục đích giao
thông trên các tuyến đường thuộc địa bàn thành phố Thử Nghiệm ban hành kèm theo
Quyết định số 55/2014/QĐ-UBND ngày 31/12/2014 của UBND thành phố Thử Nghiệm.*
**Điều 1.** **Bãi bỏ toàn bộ các Quyết định**
1. Bãi bỏ toàn bộ Quyết định số 55/2014/QĐ-UBND
ngày 31/12/2014 của UBND thành phố Thử Nghiệm Quy định về quản lý và sử dụng tạm
thời vỉa hè ngoài mục đích giao thông trên các tuyến đường thuộc địa bàn thành
phố Thử Nghiệm.
2. Bãi bỏ toàn bộ Quyết định số 24/2019/QĐ-UBND
ngày 02/5/2019 của UBND thành phố Thử Nghiệm Sửa đổi, bổ sung một số điều của Quy
định về quản lý và sử dụng tạm thời vỉa hè ngoài mục đích giao thông trên các
tuyến đường thuộc địa bàn thành phố Thử Nghiệm ban hành kèm theo Quyết định số
55/2014/QĐ-UBND ngày 31/12/2014 của UBND thành phố Thử Nghiệm
3. Bãi bỏ toàn bộ Quyết định số 08/2023/QĐ-UBND
ngày 23/02/2023 của UBND thành phố Thử Nghiệm Sửa đổi, bổ sung một số điều của Quy
định ban hành kèm theo Quyết định số 55/2014/QĐ-UBND quy định về quản lý và sử
dụng tạm thời vỉa hè ngoài mục đích giao thông trên các tuyến đường thuộc địa
bàn thành phố Thử Nghiệm và bãi bỏ một phần Quyết định số 24/2019/QĐ-UBND ngày
02/5/2019 của UBND thành phố Thử Nghiệm sửa đổi, bổ sung một số điều của quy định
về quản lý và sử dụng tạm thời vỉa hè ngoài mục đích giao thông trên các tuyến
đường thuộc địa bàn thành phố Thử Nghiệm ban hành kèm theo Quyết định số
55/2014/QĐ-UBND ngày 31/12/2014 của UBND thành phố Thử Nghiệm.
**Điều 2.** **Điều
khoản thi hành**
Quyết định này có hiệu lực thi hành từ ngày 27
tháng 11 năm 2025.
|
**TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH**
Lê Văn Thử
"""


INTERIOR_REPEAL = """|
**ỦY BAN NHÂN DÂN **
TỈNH THỬ NGHIỆM
--------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 80/2025/QĐ-UBND
|
*Thử Nghiệm, ngày 24 tháng11 năm 2025*
|
**QUYẾT
ĐỊNH**
BÃI BỎ QUYẾT ĐỊNH
SỐ 15/2025/QĐ-UBND NGÀY 01/3/2025 CỦA ỦY BAN NHÂN DÂN TỈNH BAN HÀNH QUY ĐỊNH CHỨC
NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ NỘI VỤ
*Căn cứ Luật Tổ chức chính quyền địa phương số
72/2025/QH15;*
*Căn cứ Luật Ban hành văn bản quy phạm pháp luật
số 64/2025/QH15; Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản
quy phạm pháp luật số 87/2025/QH15;*
*Căn cứ Nghị định số 78/2025/NĐ-CP ngày
01/4/2025 của Chính phủ quy định chi tiết một số điều và biện pháp để tổ chức,
hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật;*
*Căn cứ Nghị định số 187/2025/NĐ-CP ngày
01/7/2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số
78/2025/NĐ-CP ngày 01/4/2025 của Chính phủ quy định chi tiết một số điều và biện
pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật và
Nghị định số 79/2025/NĐ-CP ngày 01/4/2025 của Chính phủ về kiểm tra, rà soát, hệ
thống hóa và xử lý văn bản quy phạm pháp luật;*
*Căn cứ Nghị định số 150/2025/NĐ-CP ngày
12/6/2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban
nhân dân tỉnh, thành phố trực thuộc trung ương và Ủy ban nhân dân xã, phường, đặc
khu thuộc tỉnh, thành phố trực thuộc trung ương;*
*Căn cứ Thông tư số 10/2025/TT-BNV ngày
19/6/2025 của Bộ trưởng Bộ Nội vụ hướng dẫn chức năng, nhiệm vụ, quyền hạn của
Sở Nội vụ thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương và lĩnh vực
nội vụ của phòng chuyên môn thuộc Ủy ban nhân dân xã, phường, đặc khu thuộc tỉnh,
thành phố trực thuộc trung ương;*
*Căn cứ Thông tư số 02/2025/TT-BDTTG ngày
24/6/2025 của Bộ trưởng Bộ Dân tộc và Tôn giáo hướng dẫn chức năng, nhiệm vụ,
quyền hạn của Sở Dân tộc và Tôn giáo thuộc Ủy ban nhân dân tỉnh, thành phố trực
thuộc trung ương và công tác dân tộc, tín ngưỡng, tôn giáo của phòng chuyên môn
thuộc Ủy ban nhân dân xã, phường, đặc khu thuộc tỉnh, thành phố trực thuộc
trung ương;*
*Theo đề nghị của Sở Nội vụ tại Văn bản số
70/TTr-SNV ngày 10/11/2025; ý kiến thẩm định của Sở Tư pháp tại Báo cáo số
3233/BC-STP ngày 05/11/2025; trên cơ sở biểu quyết thống nhất của các Thành
viên Ủy ban nhân dân tỉnh (qua Phiếu biểu quyết).*
*Ủy ban nhân dân ban hành Quyết định bãi bỏ
Quyết định số 15/2025/QĐ-UBND ngày 01/3/2025 của Ủy ban nhân dân tỉnh ban hành
Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ.*
**Điều 1. Bãi bỏ toàn bộ văn bản**
Bãi bỏ toàn bộ Quyết định số 15/2025/QĐ-UBND
ngày 01/3/2025 của Ủy ban nhân dân tỉnh ban hành Quy định chức năng, nhiệm vụ,
quyền hạn và cơ cấu tổ chức của Sở Nội vụ.
**Điều 2. Điều khoản thi hành**
**Điều 2. Điều khoản thi hành**
Quyết định này có hiệu lực kể từ ngày 05 tháng 12 năm 2025.
**TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH**
Lê Văn Thử
"""

TAX_LETTER = """|
BỘ TÀI CHÍNH
**CỤC THUẾ**
--------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 5332/CT-CS
*V/v chính sách thuế thu nhập cá nhân*
|
*Hà Nội, ngày 19 tháng 11 năm 2025*
|

Kính gửi: Thuế tỉnh Thử Nghiệm.

Cục Thuế nhận được công văn số 1201/TNG-QLDN1 ngày 03/11/2025 của Thuế tỉnh Thử Nghiệm hỏi về
mức tiền ăn trưa, ăn giữa ca khi tính thuế thu nhập cá nhân. Về vấn đề này, Cục Thuế đã có
hướng dẫn tại công văn số 5106/CT-CS ngày 12/11/2025 gửi Thuế các tỉnh, thành phố.

Bộ Nội vụ sẽ hướng dẫn mẫu chứng từ khấu trừ thuế đối với cán bộ, công chức.

Cục Thuế thông báo để Thuế tỉnh Thử Nghiệm biết./.

**KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG**
**Lê Văn Thử**
"""

MARKETS = """**ỦY BAN NHÂN DÂN
THÀNH PHỐ THỬ NGHIỆM**

Số: 82/2025/QĐ-UBND

*Thử Nghiệm, ngày 20 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Ban hành Nội quy mẫu chợ trên địa bàn thành phố Thử Nghiệm**

**Điều 1.** Ban hành kèm theo Quyết định này Nội quy mẫu chợ trên địa bàn thành phố.

**Điều 2.** Tổ chức quản lý chợ căn cứ Nội quy mẫu xây dựng nội quy của chợ, trình Ủy ban nhân
dân cấp xã phê duyệt trong thời hạn 30 ngày kể từ ngày Quyết định này có hiệu lực.

**Điều 3.** Quyết định này có hiệu lực thi hành kể từ ngày 01/12/2025.

**TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH**

Lê Văn Thử
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("documents-named-and-purposes"),
        {
            "tra-loi.md": REPLY,
            "bai-bo.md": REPEAL,
            "bai-bo-2.md": INTERIOR_REPEAL,
            "cho.md": MARKETS,
            "cong-van.md": TAX_LETTER,
        },
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_a_letter_no_document_has_states_no_signer(answerer: Answerer) -> None:
    asked = answerer.ask(
        "Ai ký công văn 09/HDTLMM/2025 của Cty TNHH Bao bì Kỹ thuật cao Hưng Thịnh gửi Cục Hải "
        "quan đề nghị hướng dẫn thanh lý máy móc cũ?"
    )
    assert not asked.found, asked.answer


def test_a_company_shortened_to_its_own_name(answerer: Answerer) -> None:
    # the reply itself, named by its number and the company shortened: its signer
    result = answerer.ask(
        "Ai ký công văn 41207/CHQ-GSQL của Cục Hải quan hướng dẫn Cty Hưng Thịnh về thanh lý "
        "máy móc cũ?"
    )
    assert result.found and "Trần Văn Thử" in (result.answer or ""), result.answer
    assert_quotes_verbatim(answerer, result)
    # another company whose name opens with the one asked is not it
    other = answerer.ask(
        "Ai ký công văn 41207/CHQ-GSQL của Cục Hải quan hướng dẫn Cty Hưng Thịnh Phát về thanh "
        "lý máy móc cũ?"
    )
    assert not other.found, other.answer


def test_the_document_issued_does_the_act_of_its_purpose(answerer: Answerer) -> None:
    # the decision its sentence repeals beside the named one is not it (the collection of one
    # such decision may leave the question unanswered: never answered by the one repealed)
    result = answerer.ask(
        "Thử Nghiệm ban hành QĐ số mấy để bãi bỏ toàn bộ QĐ 55/2014/QĐ-UBND về quản lý, sử "
        "dụng tạm thời vỉa hè ngoài mục đích giao thông?"
    )
    assert "24/2019" not in (result.answer or ""), result.answer
    assert not result.found or "81/2025/QĐ-UBND" in (result.answer or ""), result.answer
    # "văn bản nào được ban hành để thay thế": the one issued replaces, the one repealed is not it
    replacing = answerer.ask(
        "Sau khi QĐ 81/2025/QĐ-UBND thành phố Thử Nghiệm bãi bỏ quy định quản lý, sử dụng tạm "
        "thời vỉa hè, văn bản nào được ban hành để thay thế?"
    )
    assert "55/2014" not in (replacing.answer or ""), replacing.answer
    assert "24/2019" not in (replacing.answer or ""), replacing.answer
    repealing = answerer.ask("Quyết định nào bãi bỏ QĐ 55/2014/QĐ-UBND của Thử Nghiệm?")
    assert repealing.found and "81/2025/QĐ-UBND" in (repealing.answer or ""), repealing.answer


def test_a_repeal_alone_is_not_what_follows_it(answerer: Answerer) -> None:
    after = answerer.ask(
        "Sau khi bãi bỏ QĐ 15/2025/QĐ-UBND, UBND tỉnh Thử Nghiệm ban hành QĐ số mấy để quy định "
        "lại chức năng, nhiệm vụ của Sở Nội vụ?"
    )
    assert not after.found, after.answer
    repeal = answerer.ask("UBND tỉnh Thử Nghiệm ban hành QĐ số mấy để bãi bỏ QĐ 15/2025/QĐ-UBND?")
    assert repeal.found and "80/2025/QĐ-UBND" in (repeal.answer or ""), repeal.answer
    # after a proposal of the repeal, the repealing decision is the one asked
    proposed = answerer.ask(
        "Sau khi Sở Nội vụ đề nghị bãi bỏ QĐ 15/2025/QĐ-UBND, UBND tỉnh Thử Nghiệm đã ban hành "
        "quyết định số mấy?"
    )
    assert proposed.found and "80/2025/QĐ-UBND" in (proposed.answer or ""), proposed.answer


def test_a_document_named_as_the_source_does_not_date_what_it_tells(answerer: Answerer) -> None:
    # "Theo CV 5332/CT-CS, ... ban hành công văn 5106/CT-CS vào ngày nào": never 5332's own day
    told = answerer.ask(
        "Theo CV 5332/CT-CS, Cục Thuế đã ban hành công văn 5106/CT-CS về mức tiền ăn trưa, ăn "
        "giữa ca khi tính thuế TNCN vào ngày nào?"
    )
    assert "19 tháng 11" not in (told.answer or ""), told.answer
    assert not told.found or "12/11/2025" in (told.answer or ""), told.answer
    itself = answerer.ask("Công văn 5332/CT-CS của Cục Thuế về thuế TNCN ban hành ngày nào?")
    assert itself.found and "19 tháng 11 năm 2025" in (itself.answer or ""), itself.answer


def test_a_name_standing_alone_is_written_with_its_marks(answerer: Answerer) -> None:
    # "chợ Hàn": folded, "hạn" of "thời hạn" would write it; with its marks, no text does
    named = answerer.ask(
        "Theo Nội quy mẫu kèm QĐ 82/2025/QĐ-UBND Thử Nghiệm, Nội quy chợ Hàn có hiệu lực từ ngày "
        "nào?"
    )
    assert not named.found, named.answer
    itself = answerer.ask(
        "QĐ 82/2025/QĐ-UBND ban hành Nội quy mẫu chợ của Thử Nghiệm có hiệu lực từ ngày nào?"
    )
    assert itself.found and "01/12/2025" in (itself.answer or ""), itself.answer


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("CT 010/CT-UBND Đắk Lắk viện dẫn Luật Đầu tư số hiệu nào?", "decision"),
        ("Thông báo trước đây mà TB 37690/TB-CHQ viện dẫn có số hiệu là gì?", "decision"),
        ("CT 010/CT-UBND Đắk Lắk viện dẫn những văn bản nào?", "list"),
    ],
)
def test_one_document_number_asked_of_what_is_cited(question: str, intent: str) -> None:
    assert route_question(question).intent == intent
