"""Facts of a letter's own header asked of it: whom it is sent to ("Kính gửi", hard-wrapped or
listed), what it is about ("V/v ..."), and no replaced document where it replaces none (a reply
cites only the letter it answers). The documents are written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.own_document import addressee, first_copy_recipient
from qa_service.answer.question import analyse
from qa_service.answer.verify import (
    contact_unwritten,
)
from qa_service.routing import ADDRESSEE_ASKED, SUBJECT_ASKED, fold, route_question
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

# A reply of a ministry: its addressee wrapped onto a line in lower case, then the body
_REPLY = """|
**BỘ THỬ NGHIỆM**
--------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 7731/BTN-KHTC
*V/v mức chi hỗ trợ nuôi trồng rong biển
ven bờ năm 2026*
|
*Hà Nội, ngày 12 tháng 11 năm 2025*
|
**Kính gửi: **Ủy ban nhân dân các tỉnh ven biển trực thuộc
trung ương
Bộ Thử nghiệm nhận được Công văn số 415/UBND-KT ngày 03/11/2025 của Ủy ban nhân dân tỉnh
Quảng Kiên đề nghị hướng dẫn mức chi hỗ trợ nuôi trồng rong biển ven bờ. Bộ Thử nghiệm có ý
kiến như sau: mức chi hỗ trợ năm 2026 bằng 12% tổng kinh phí của dự án được duyệt.
|
Nơi nhận:
- Như trên;
- Lưu: VT, KHTC.
|
**KT. BỘ TRƯỞNG**
THỨ TRƯỞNG
**Lê Văn Thử**
"""

# A letter to two addressees listed under the mark, an address in brackets under one of them
_LISTED = """|
**CỤC THỬ NGHIỆM**
--------
|
Số: 2290/CTN-CS
*V/v hoàn thuế giá trị gia tăng hàng xuất khẩu*
|
*Hà Nội, ngày 20 tháng 11 năm 2025*
|
**Kính gửi:**
|
- Công ty TNHH Rạng Đông Xanh;
*(Địa chỉ: số 12 đường Thử, phường Một)*
- Thuế tỉnh Quảng
Kiên.
|
Cục Thử nghiệm nhận được công văn số 88/RĐX ngày 01/11/2025 của Công ty TNHH Rạng Đông Xanh về
hoàn thuế giá trị gia tăng hàng xuất khẩu. Về vấn đề này, Cục Thử nghiệm có ý kiến như sau.
"""


# A reply whose addressee, hard-wrapped, has its address on the line after it, a unit of its own
_ADDRESSED = """|
**CỤC KIỂM THỬ**
--------
|
Số: 3105/CKT-GSQL
*V/v nhập khẩu máy dệt kim*
|
*Hà Nội, ngày 02 tháng 12 năm 2025*
|
**Kính
gửi:** Công ty TNHH
Minh Sơn Thử.
*(Địa chỉ: Phòng 8.02 tòa nhà Sông Thử, 77 đường Lạc Thử, phường Bồ
Đề, thành phố Hà Nội)*
Trả lời công văn số 05/2025/CV-MST của Công ty TNHH Minh Sơn Thử về việc nhập khẩu máy dệt
kim, Cục Kiểm thử có ý kiến như sau: máy dệt kim đã qua sử dụng được nhập khẩu khi còn tốt.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("letter-header")
    opened = answerer_over(
        root,
        {"cv-7731.md": _REPLY, "cv-2290.md": _LISTED, "cv-3105.md": _ADDRESSED},
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_a_wrapped_addressee_and_a_name_tail() -> None:
    names, (start, end) = addressee(_REPLY) or ([], (0, 0))
    assert names == ["Ủy ban nhân dân các tỉnh ven biển trực thuộc trung ương"]
    assert _REPLY[start:end].startswith("Kính gửi") and _REPLY[start:end].endswith("trung ương")
    tail = "**Kính gửi:** Ông Trần Văn\nBình\nCục Thuế nhận được đơn của ông Trần Văn Bình về thuế."
    assert addressee(tail) == (["Ông Trần Văn Bình"], (2, tail.index("\nCục")))


def test_listed_addressees_without_their_address() -> None:
    names, _ = addressee(_LISTED) or ([], (0, 0))
    assert names == ["Công ty TNHH Rạng Đông Xanh", "Thuế tỉnh Quảng Kiên"]


def test_a_forms_blank_names_no_addressee() -> None:
    assert addressee("MẪU ĐƠN\nKính gửi: ………………(1)\nTôi tên là: ……") is None


def test_a_telegram_lists_whom_it_is_sent_to() -> None:
    text = (
        "**CÔNG ĐIỆN**\n**THỦ TƯỚNG CHÍNH PHỦ điện:**\n\n- Chủ tịch Ủy ban nhân dân các tỉnh: A,\n"
        "B, C;\n\n- Các Bộ: Quốc phòng, Công an.\n\nTheo báo cáo của Bộ Quốc phòng, mưa lớn."
    )
    names, _ = addressee(text) or ([], (0, 0))
    assert names == ["Chủ tịch Ủy ban nhân dân các tỉnh: A, B, C", "Các Bộ: Quốc phòng, Công an"]


# A notice with no "Kính gửi": its closing words name the company, its first recipient
_NOTICE = """Số: 40112/TB-CTN
**THÔNG BÁO**
VỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ
Mặt hàng: bột ngô sấy khô, thuộc nhóm 11.02.
Thông báo này có hiệu lực từ ngày ký.
Cục trưởng Cục Thử nghiệm thông báo để Công ty TNHH Sao
Thử biết và thực hiện./.
|
Nơi nhận:
- Công ty TNHH
Sao Thử (số 1, phố Thử, Hà Nội);
- Lưu: VT.
"""


def test_a_notice_is_sent_to_the_one_its_closing_words_name() -> None:
    names, (start, end) = first_copy_recipient(_NOTICE) or ([], (0, 0))
    assert names == ["Công ty TNHH Sao Thử"]
    assert _NOTICE[start:end] == "Công ty TNHH\nSao Thử"


def test_copies_for_information_name_no_addressee() -> None:
    decision = (
        "Điều 3. Chánh Văn phòng và các cơ quan có liên quan thi hành Quyết định này./.\n|\n"
        "Nơi nhận:\n- Văn phòng Chính phủ;\n- Thường trực HĐND tỉnh;\n- Lưu: VT."
    )
    assert first_copy_recipient(decision) is None
    assert first_copy_recipient("Nơi nhận:\n- Như trên;\n- Công ty A (để biết);") is None


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Công văn của Bộ Thử nghiệm về tỷ lệ hỗ trợ năm 2026 được gửi tới ai?", True),
        ("Cục Thử nghiệm gửi công văn 2290/CTN-CS về hoàn thuế cho ai?", True),
        ("Hồ sơ đề nghị hoàn thuế gửi tới cơ quan nào?", False),
        ("Các sở gửi báo cáo cho cơ quan nào trước ngày 15/12?", False),
    ],
)  # fmt: skip
def test_whom_a_document_is_sent_to_is_asked(question: str, asked: bool) -> None:
    assert (ADDRESSEE_ASKED.search(fold(question)) is not None) is asked
    if asked:
        assert route_question(question).intent == "agency"


def test_the_addressee_of_a_letter_described(answerer: Answerer) -> None:
    result = answerer.ask(
        "Công văn của Bộ Thử nghiệm về mức chi hỗ trợ nuôi trồng rong biển năm 2026 được gửi"
        " tới ai?"
    )
    assert result.found
    assert result.answer == "Ủy ban nhân dân các tỉnh ven biển trực thuộc trung ương"
    assert result.sources[0].quote.startswith("Kính gửi")
    assert_quotes_verbatim(answerer, result)


def test_the_addressees_of_a_letter_named_by_number(answerer: Answerer) -> None:
    result = answerer.ask("Cục Thử nghiệm gửi công văn 2290/CTN-CS cho ai?")
    assert result.found
    assert result.answer == "Công ty TNHH Rạng Đông Xanh; Thuế tỉnh Quảng Kiên"
    assert_quotes_verbatim(answerer, result)


def test_the_subject_line_of_a_letter(answerer: Answerer) -> None:
    assert SUBJECT_ASKED.search(fold("Công văn 7731/BTN-KHTC về việc gì?"))
    result = answerer.ask("Công văn 7731/BTN-KHTC về việc gì?")
    assert result.found
    assert result.answer == "mức chi hỗ trợ nuôi trồng rong biển ven bờ năm 2026"
    assert_quotes_verbatim(answerer, result)


def test_a_reply_replaces_no_letter(answerer: Answerer) -> None:
    # the reply cites only the letter it answers: no document it replaces
    result = answerer.ask("Công văn 7731/BTN-KHTC của Bộ Thử nghiệm thay thế công văn nào?")
    assert not result.found or "415/UBND-KT" not in (result.answer or "")


def test_an_address_on_the_line_after_the_addressee(answerer: Answerer) -> None:
    result = answerer.ask("cong ty Minh Son Thu co dia chi o dau")
    assert result.found
    assert result.answer is not None and "77 đường Lạc Thử" in result.answer
    assert any(s.quote.startswith("(Địa chỉ: Phòng 8.02") for s in result.sources)
    assert_quotes_verbatim(answerer, result)


def test_no_telephone_read_from_an_address_line(answerer: Answerer) -> None:
    # the line after the addressee gives an address: a telephone number asked is not there
    result = answerer.ask("Số điện thoại của Công ty TNHH Minh Sơn Thử là gì?")
    assert not result.found


@pytest.mark.parametrize(
    ("text", "unwritten"),
    [
        ("Phòng 8.02, 77 đường Lạc Thử, phường Bồ Đề, thành phố Hà Nội", False),
        ("77 duong Lac Thu, phuong Bo De, Ha Noi", False),  # typed without marks
        ("có trụ sở, chịu sự chỉ đạo, quản lý của Chi cục trưởng Chi cục Kiểm lâm", True),
        ("Phó Giám đốc Sở Tài chính tiếp nhận hồ sơ", True),
    ],
)
def test_an_address_is_read_with_the_marks_of_its_words(
    answerer: Answerer, text: str, unwritten: bool
) -> None:
    # folded, "quản lý" writes "quan" and "Phó" writes "pho": no district, no street
    q = analyse(answerer.corpus, route_question("Trụ sở Công ty Minh Sơn Thử ở địa chỉ nào?"), None)
    assert contact_unwritten(q, text) is unwritten
