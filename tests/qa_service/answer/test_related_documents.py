"""Documents a question reaches through another one: the document a decision replaces, the
reply to a letter, a form's circular, a resolution's date of adoption, the signer named by his
position. The documents are written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

# a provincial decision whose number line is split after the symbol's hyphen, replacing another
_DECISION = """|
**ỦY BAN NHÂN
DÂN**
**TỈNH HÒA LÂM**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 2871/QĐ-
UBND
|
*Hòa Lâm, ngày
14 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
Về việc công bố danh mục thủ tục hành chính lĩnh vực khai thác nước khoáng nóng
**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA LÂM**
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
**QUYẾT ĐỊNH:**
Điều 1. Công bố kèm theo Quyết định này danh mục 12 thủ tục hành chính lĩnh vực khai thác nước
khoáng nóng thuộc thẩm quyền giải quyết của Sở Nông nghiệp và Môi trường.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết định số 415/QĐ-UBND
ngày 02 tháng 4 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh Hòa Lâm về việc công bố danh mục thủ
tục hành chính lĩnh vực khai thác nước khoáng nóng và Quyết định số 77/QĐ-UBND ngày 09 tháng 01
năm 2025 sửa đổi, bổ sung Quyết định số 415/QĐ-UBND.
|
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**
**Đinh Văn Khải**
"""

# an official letter of a tax office answering another letter, and naming a form and circular
_LETTER = """|
**BỘ TÀI CHÍNH**
**CỤC THUẾ**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 6120/CT-CS
V/v kê khai thuế đối với hoạt động nuôi cấy mô
|
*Hà Nội, ngày 03 tháng 12 năm 2025*
|
Kính gửi: Thuế tỉnh Hòa Lâm
Cục Thuế nhận được công văn số 977/CCTKV.XIV-NVDTPC.HL ngày 20/10/2025 của Chi cục Thuế khu
vực XIV về kê khai thuế đối với hoạt động nuôi cấy mô. Về vấn đề này, Cục Thuế có ý kiến như
sau:
Doanh nghiệp nuôi cấy mô kê khai thuế theo mẫu số 05/NCM ban hành kèm Thông tư số
12/2024/TT-BTC ngày 05/3/2024 của Bộ Tài chính.
Cục Thuế trả lời để Thuế tỉnh Hòa Lâm biết./.
|
**KT. CỤC TRƯỞNG**
**PHÓ CỤC TRƯỞNG**
**Mai Thị Quỳnh**
"""

# a resolution of the National Assembly Standing Committee, dated only by its adoption line
_RESOLUTION = """**ỦY BAN THƯỜNG VỤ QUỐC HỘI**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 1702/NQ-UBTVQH15
|
**NGHỊ QUYẾT**
Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Hòa Lâm năm 2025
Điều 1. Sắp xếp các xã Tân Lộc, Phú Lộc thành xã mới có tên gọi là xã Lộc Hòa.
Điều 2. Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025.
*Nghị quyết này được Ủy ban Thường vụ Quốc hội khóa XV thông qua **ngày** 18 **tháng** 6* *năm
2025.*
"""

# a city decision on a centre: its grounds, and a closing article replacing older decisions
# that speak of the same centre and department
_CENTRE = """|
**ỦY BAN NHÂN DÂN**
**THÀNH PHỐ HÒA LÂM**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 3310/QĐ-UBND
|
*Hòa Lâm, ngày 20 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
Ban hành quy định chức năng, nhiệm vụ của Trung tâm Bảo tồn Di tích Cổ Lâm
**ỦY BAN NHÂN DÂN THÀNH PHỐ HÒA LÂM**
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Quyết định số 21/2025/QĐ-UBND ngày 01 tháng 7 năm 2025 của Ủy ban nhân dân thành phố
Hòa Lâm quy định chức năng, nhiệm vụ, quyền hạn của Sở Văn hóa và Thể thao;
**QUYẾT ĐỊNH:**
Điều 1. Trung tâm Bảo tồn Di tích Cổ Lâm là đơn vị sự nghiệp công lập thuộc Sở Văn hóa và Thể
thao thành phố Hòa Lâm.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký, thay thế Quyết định số 640/QĐ-UBND ngày
05/5/2012 về chức năng, nhiệm vụ của Trung tâm Bảo tồn Di tích Cổ Lâm thuộc Sở Văn hóa và Thể
thao và Quyết định số 1207/QĐ-UBND ngày 06/11/2024 sửa đổi Quyết định số 640/QĐ-UBND về
chức năng, nhiệm vụ của Trung tâm thuộc Sở Văn hóa và Thể thao.
|
**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
**Lương Văn Tín**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    documents = {
        "qd-2871.md": _DECISION,
        "cv-6120.md": _LETTER,
        "nq-1702.md": _RESOLUTION,
        "qd-3310.md": _CENTRE,
    }
    opened = answerer_over(tmp_path_factory.mktemp("related"), documents)
    yield opened
    opened.close()


def _doc(answerer: Answerer, name: str) -> str:
    return next(d for d, row in answerer.documents.items() if row.meta.path.endswith(name))


def test_a_number_line_split_after_the_symbol_hyphen_is_read_whole(answerer: Answerer) -> None:
    assert answerer.documents[_doc(answerer, "qd-2871.md")].meta.number == "2871/QĐ-UBND"


def test_the_document_a_decision_replaces_is_not_the_decision(answerer: Answerer) -> None:
    result = answerer.ask(
        "Danh mục TTHC khai thác nước khoáng nóng của tỉnh Hòa Lâm thay thế quyết định nào của"
        " Chủ tịch UBND tỉnh?"
    )
    assert result.found and result.intent == "decision"
    assert result.answer is not None and "415/QĐ-UBND" in result.answer
    assert "2871" not in result.answer


@pytest.mark.parametrize(
    "question",
    [
        "Văn bản nào đã thay thế QĐ 415/QĐ-UBND năm 2024 về TTHC khai thác nước khoáng nóng?",
        "quyet dinh 415/QD-UBND cua tinh Hoa Lam bi thay the boi quyet dinh nao",
    ],
)
def test_the_document_replacing_a_named_one_is_the_one_whose_sentence_replaces_it(
    answerer: Answerer, question: str
) -> None:
    result = answerer.ask(question)
    assert result.found and result.answer is not None
    assert "2871/QĐ-UBND" in result.answer  # not 77/QĐ-UBND, cited in the same sentence
    assert any("thay thế Quyết định số 415" in s.quote for s in result.sources)


def test_the_reply_to_a_letter_is_the_letter_citing_its_number(answerer: Answerer) -> None:
    result = answerer.ask(
        "Công văn nào của Cục Thuế trả lời công văn 977/CCTKV.XIV-NVDTPC.HL của Chi cục Thuế?"
    )
    assert result.intent == "citing"
    assert result.found and result.answer is not None and "6120/CT-CS" in result.answer


def test_a_form_number_no_citation_reads_still_finds_its_document(answerer: Answerer) -> None:
    # "05/NCM" is written in the letter but is no document: the question is not unsupported
    result = answerer.ask("Mẫu 05/NCM kê khai thuế nuôi cấy mô ban hành kèm thông tư nào?")
    assert result.found and result.answer is not None
    assert "12/2024/TT-BTC" in result.answer


def test_a_resolution_is_dated_by_its_adoption(answerer: Answerer) -> None:
    result = answerer.ask("Nghị quyết 1702/NQ-UBTVQH15 được thông qua ngày nào?")
    assert result.found and result.answer == "ngày 18 tháng 6 năm 2025"


@pytest.mark.parametrize(
    "question",
    [
        "Phó chủ tịch UBND tỉnh Hòa Lâm ký quyết định công bố TTHC khai thác nước khoáng nóng là"
        " ai?",
        "Pho chu tich UBND tinh Hoa Lam ky quyet dinh cong bo TTHC khai thac nuoc khoang nong la"
        " ai?",
    ],
)
def test_the_signer_named_by_position_is_asked_for(answerer: Answerer, question: str) -> None:
    result = answerer.ask(question)
    assert result.intent == "signer"
    assert result.found and result.answer is not None and "Đinh Văn Khải" in result.answer


def test_the_date_a_body_answered_is_its_letters_date(answerer: Answerer) -> None:
    # not the date of the letter it answers (20/10/2025), cited in its first sentence
    result = answerer.ask(
        "Cục Thuế trả lời Thuế tỉnh Hòa Lâm về kê khai thuế nuôi cấy mô vào ngày nào?"
    )
    assert result.found and result.answer == "ngày 03 tháng 12 năm 2025"


def test_the_grounds_asked_for_are_read_from_the_lines_stating_them(answerer: Answerer) -> None:
    result = answerer.ask(
        "Quyết định về Trung tâm Bảo tồn Di tích Cổ Lâm căn cứ quyết định nào quy định chức năng,"
        " nhiệm vụ của Sở Văn hóa và Thể thao?"
    )
    assert result.found and result.answer is not None
    assert "21/2025/QĐ-UBND" in result.answer  # not 1207 or 640, replaced in Điều 2
