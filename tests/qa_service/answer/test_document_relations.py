"""Which document did what to which: the one that repeals a rule named by its subject, the plans
that implement a decision, the letters that quote another, the date of a document the collection
only cites, what a described letter relies on, and the proposal a decision answers. The
documents are written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

# a provincial decision repealing older ones, listed under its first article
_REPEALING = """|
**ỦY BAN NHÂN DÂN**
**TỈNH HÒA LÂM**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 2701/QĐ-UBND
|
*Hòa Lâm, ngày 18 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
Về việc bãi bỏ các văn bản quy phạm pháp luật trong lĩnh vực giao thông vận tải
**ỦY BAN NHÂN DÂN TỈNH HÒA LÂM**
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
**QUYẾT ĐỊNH:**
**Điều 1. **Bãi bỏ các văn bản quy phạm pháp luật do UBND tỉnh Hòa Lâm ban hành trong lĩnh vực
giao thông vận tải, cụ thể như sau:
1. Quyết định số 12/2014/QĐ-UBND ngày 05/3/2014 của UBND tỉnh Hòa Lâm Quy định về quản lý bến
khách ngang sông trên địa bàn tỉnh;
2. Quyết định số 31/2016/QĐ-UBND ngày 01/8/2016 của UBND tỉnh Hòa Lâm Quy định cước vận tải hàng
hóa bằng xe thô sơ và sức người trên địa bàn tỉnh.
**Điều 2.** Quyết định này có hiệu lực kể từ ngày 01 tháng 12 năm 2025.
|
**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
**Lê Văn Tâm**
"""


def _plan(number: str, province: str, day: str) -> str:
    """A province's plan implementing the Prime Minister's decision on an emulation drive."""
    return f"""|
**ỦY BAN NHÂN DÂN**
**TỈNH {province.upper()}**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: {number}
|
*{province}, ngày {day} tháng 11 năm 2025*
|
**KẾ HOẠCH**
Phát động đợt thi đua chào mừng Đại hội đại biểu toàn quốc
Thực hiện Quyết định số 2437/QĐ-TTg ngày 10/11/2025 của Thủ tướng Chính phủ về phát động đợt
thi đua chào mừng Đại hội, Ủy ban nhân dân tỉnh {province} ban hành Kế hoạch phát động đợt thi đua
như sau:
1. Mục đích: khơi dậy tinh thần thi đua trong cán bộ, công chức.
|
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**
**Trần Văn Hải**
"""


# a decision rewarding units, citing the same decision of the Prime Minister in its grounds
_REWARD = """|
**ỦY BAN NHÂN DÂN**
**TỈNH BÌNH SƠN**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 3001/QĐ-UBND
|
*Bình Sơn, ngày 25 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
Về việc khen thưởng các tập thể
**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH SƠN**
Căn cứ Quyết định số 2437/QĐ-TTg ngày 10/11/2025 của Thủ tướng Chính phủ;
**QUYẾT ĐỊNH:**
Điều 1. Tặng Bằng khen cho 05 tập thể.
|
**CHỦ TỊCH**
**Nguyễn Văn Phúc**
"""

# a tax office's answer to a reader, its subject mark alone on its line, quoting its earlier
# letter
_READER_LETTER = """|
BỘ TÀI CHÍNH
**CỤC THUẾ**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 5330/CT-CS
*V/v
Chính sách thuế TNCN*
|
*Hà Nội, ngày 19 tháng 11 năm 2025*
|
**Kính gửi:** Bà Trần Thị Lan
Cục Thuế nhận được câu hỏi của độc giả Trần Thị Lan về khoản tiền ăn giữa ca.
Liên quan đến vướng mắc về mức tiền ăn giữa ca khi xác định thuế thu nhập cá nhân, Cục Thuế đã có
công văn số 5106/CT-CS ngày 12/11/2025 hướng dẫn Thuế các tỉnh, thành phố.
Cục Thuế thông báo để độc giả Trần Thị Lan được biết./.
|
**TL. CỤC TRƯỞNG**
**TRƯỞNG BAN CHÍNH SÁCH**
**Phạm Văn Minh**
"""

# a tax office's answer to a company: the letter of a branch it answers, the law and the Prime
# Minister's letter it relies on
_COMPANY_LETTER = """|
BỘ TÀI CHÍNH
**CỤC THUẾ**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 5662/CT-CS
V/v thuế nhà thầu đối với khoản phí vay nước ngoài
|
*Hà Nội, ngày 01 tháng 12 năm 2025*
|
Kính gửi: Công ty TNHH Điện lực Sông Lam
Cục Thuế nhận được công văn số 4814/CCTKV.05-TTKT3 ngày 30/06/2025 của Chi cục Thuế khu vực V về
thuế nhà thầu đối với các khoản phí trong hợp đồng vay nước ngoài của Công ty TNHH Điện lực Sông
Lam.
Căn cứ Luật Quản lý thuế số 38/2019/QH14 ngày 13/6/2019;
Căn cứ Thông tư số 103/2014/TT-BTC ngày 06/8/2014 của Bộ Tài chính hướng dẫn thuế nhà thầu;
Thực hiện Thông báo số 4387/TB-VPQH ngày 14 tháng 11 năm 2025 của Văn phòng Quốc hội về kết luận
của Ủy ban Thường vụ Quốc hội về chính sách thuế đối với dự án BOT;
Căn cứ Công văn số 1604/TTg-KTN ngày 12/09/2011 của Thủ tướng Chính phủ về ưu đãi miễn thuế đối
với lãi tiền vay của dự án nhiệt điện BOT;
Cục Thuế hướng dẫn Công ty TNHH Điện lực Sông Lam thực hiện kê khai thuế nhà thầu theo quy định.
|
**KT. CỤC TRƯỞNG**
**PHÓ CỤC TRƯỞNG**
**Đặng Ngọc Minh**
"""

# a decision publishing procedures at a department's proposal, citing a circular in its body
_PROCEDURES = """|
**ỦY BAN NHÂN DÂN**
**TỈNH HÒA LÂM**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 3004/QĐ-UBND
|
*Hòa Lâm, ngày 28 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
Công bố danh mục thủ tục hành chính được sửa đổi lĩnh vực thiết bị y tế
**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA LÂM**
Căn cứ Thông tư số 44/2025/TT-BYT ngày 22/11/2025 của Bộ trưởng Bộ Y tế quy định việc phân cấp
giải quyết thủ tục hành chính lĩnh vực thiết bị y tế;
Theo đề nghị của Giám đốc Sở Y tế tại văn bản số 4522/TTr-SYT ngày 26/11/2025.
**QUYẾT ĐỊNH:**
Điều 1. Công bố kèm theo Quyết định này 04 thủ tục hành chính được sửa đổi lĩnh vực thiết bị y
tế thuộc thẩm quyền giải quyết của Sở Y tế theo Thông tư số 44/2025/TT-BYT.
|
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**
**Võ Thị Hoa**
"""

# a city decision replacing the rule it issued two years before
_REPLACING = """|
**ỦY BAN NHÂN DÂN**
**THÀNH PHỐ HẢI AN**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 223/2025/QĐ-UBND
|
*Hải An, ngày 20 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
Ban hành Quy định quản lý hoạt động thoát nước và xử lý nước thải trên địa bàn thành phố
**ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI AN**
**QUYẾT ĐỊNH:**
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý hoạt động thoát nước và xử lý nước
thải, bùn thải bể phốt trên địa bàn thành phố.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 12 năm 2025 và thay thế Quyết định
số 48/2023/QĐ-UBND ngày 08/12/2023 của Ủy ban nhân dân thành phố Hải An ban hành quy định quản
lý hoạt động thoát nước và xử lý nước thải, bùn thải bể phốt.
|
**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
**Hoàng Văn Nam**
"""


# a province's price table of one year, replacing the table of the year before
_PRICE_TABLE = """|
**ỦY BAN NHÂN DÂN**
**TỈNH HÒA LÂM**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 62/2025/QĐ-UBND
|
*Hòa Lâm, ngày 17 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
BAN HÀNH BẢNG GIÁ TÍNH THUẾ TÀI NGUYÊN TRÊN ĐỊA BÀN TỈNH HÒA LÂM NĂM 2026
**ỦY BAN NHÂN DÂN TỈNH HÒA LÂM**
**QUYẾT ĐỊNH:**
Điều 1. Ban hành kèm theo Quyết định này Bảng giá tính thuế tài nguyên trên địa bàn tỉnh.
Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 01 năm 2026 và thay thế Quyết định số
25/2025/QĐ-UBND ngày 18 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh Hòa Lâm ban hành Bảng giá tính
thuế tài nguyên trên địa bàn tỉnh Hòa Lâm năm 2025.
|
**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
**Lê Văn Tâm**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    documents = {
        "qd-2701.md": _REPEALING,
        "kh-982.md": _plan("982/KH-UBND", "Hòa Lâm", "20"),
        "kh-124.md": _plan("124/KH-UBND", "Bình Sơn", "21"),
        "qd-3001.md": _REWARD,
        "cv-5330.md": _READER_LETTER,
        "cv-5662.md": _COMPANY_LETTER,
        "qd-3004.md": _PROCEDURES,
        "qd-223.md": _REPLACING,
        "qd-62.md": _PRICE_TABLE,
    }
    opened = answerer_over(tmp_path_factory.mktemp("relations"), documents)
    yield opened
    opened.close()


def test_the_document_repealing_a_rule_named_by_its_subject(answerer: Answerer) -> None:
    result = answerer.ask(
        "Văn bản nào bãi bỏ quy định cước vận tải hàng hóa bằng xe thô sơ và sức người của tỉnh"
        " Hòa Lâm?"
    )
    assert result.found and result.answer is not None
    assert "2701/QĐ-UBND" in result.answer  # the one that repeals, not 31/2016 it repeals


def test_the_plans_implementing_a_decision_are_its_citing_plans(answerer: Answerer) -> None:
    result = answerer.ask("Kế hoạch nào của các tỉnh triển khai QĐ 2437/QĐ-TTg về đợt thi đua?")
    assert result.intent == "citing"
    assert result.found and result.answer is not None
    assert "982/KH-UBND" in result.answer and "124/KH-UBND" in result.answer
    assert "3001" not in result.answer  # a decision citing it, no plan


def test_the_letters_quoting_a_letter_again_cite_it(answerer: Answerer) -> None:
    result = answerer.ask("Công văn nào của Cục Thuế dẫn lại công văn 5106/CT-CS?")
    assert result.intent == "citing"
    assert result.found and result.answer is not None and "5330/CT-CS" in result.answer


def test_the_letter_a_described_letter_quotes_again(answerer: Answerer) -> None:
    result = answerer.ask(
        "Khi trả lời bà Trần Thị Lan về tiền ăn giữa ca, Cục Thuế dẫn lại công văn số mấy?"
    )
    assert result.found and result.answer is not None and "5106/CT-CS" in result.answer


def test_the_date_of_a_document_only_cited_is_read_from_its_mention(answerer: Answerer) -> None:
    result = answerer.ask(
        "Quyết định số 31/2016 của UBND tỉnh Hòa Lâm quy định cước vận tải được ký ngày nào?"
    )
    assert result.found and result.answer is not None and "01/8/2016" in result.answer


def test_the_one_document_of_a_body_a_described_letter_relies_on(answerer: Answerer) -> None:
    result = answerer.ask(
        "Khi trả lời Công ty Điện lực Sông Lam, Cục Thuế viện dẫn văn bản nào của Thủ tướng?"
    )
    assert result.found and result.answer is not None and "1604/TTg-KTN" in result.answer


def test_a_kind_asked_by_its_code_is_that_kind(answerer: Answerer) -> None:
    result = answerer.ask("Cục Thuế trả lời Công ty Điện lực Sông Lam dựa trên TT nào?")
    assert result.found and result.answer is not None and "103/2014/TT-BTC" in result.answer


def test_the_letter_of_the_body_named_not_the_one_it_answers(answerer: Answerer) -> None:
    result = answerer.ask(
        "Cục Thuế hướng dẫn về thuế nhà thầu đối với các khoản phí trong hợp đồng vay nước ngoài"
        " của Công ty Điện lực Sông Lam tại công văn số mấy?"
    )
    assert result.found and result.answer is not None
    assert "5662/CT-CS" in result.answer  # not 4814/CCTKV.05-TTKT3 of the branch office


def test_the_proposal_a_decision_answers(answerer: Answerer) -> None:
    result = answerer.ask(
        "Hòa Lâm công bố TTHC sửa đổi lĩnh vực thiết bị y tế theo đề nghị tại văn bản số mấy của"
        " Sở Y tế?"
    )
    assert result.found and result.answer is not None
    assert "4522/TTr-SYT" in result.answer  # not the circular 44/2025/TT-BYT


def test_a_cited_document_is_of_the_year_it_is_dated(answerer: Answerer) -> None:
    result = answerer.ask(
        "Quy định quản lý thoát nước, xử lý nước thải và bùn thải bể phốt mà thành phố Hải An ban"
        " hành năm 2023 (nay bị thay thế) là QĐ số mấy?"
    )
    assert result.found and result.answer is not None and "48/2023/QĐ-UBND" in result.answer


def test_a_document_named_by_its_number_is_that_one_whoever_of_names(answerer: Answerer) -> None:
    # "kết luận của Ủy ban Thường vụ Quốc hội": the conclusion's body, the notice is its office's
    result = answerer.ask(
        "Thông báo 4387/TB-VPQH kết luận của Ủy ban Thường vụ Quốc hội ban hành ngày nào?"
    )
    assert result.found and result.answer is not None
    assert "14 tháng 11 năm 2025" in result.answer


def test_the_years_of_a_bracketed_relation_are_the_other_documents(answerer: Answerer) -> None:
    # 2026 is the year of the table that replaces it: no year the asked one's evidence must hold
    result = answerer.ask(
        "Bảng giá tính thuế tài nguyên năm 2025 của tỉnh Hòa Lâm (bị thay thế bởi bảng giá năm"
        " 2026) được ban hành theo quyết định số mấy?"
    )
    assert result.found and result.answer is not None and "25/2025/QĐ-UBND" in result.answer
