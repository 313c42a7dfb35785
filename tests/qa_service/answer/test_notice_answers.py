"""Which notice, and when: two notices of one customs office with the same generic title
("Về kết quả xác định trước mã số"), told apart only by the goods and the company their body
names. The documents are written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

_NOTICE = """|
**BỘ TÀI CHÍNH**
**CỤC HẢI QUAN**
--------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: {number}/TB-CHQ
|
*Hà Nội ngày {day}
tháng 11 năm 2025*
|
**THÔNG BÁO**
**VỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ**
Căn cứ Luật Hải quan số 54/2014/QH13 ngày 23/6/2014;
Trên cơ sở Đơn đề nghị số {request} ngày 20/10/2025 của {company}, mã số thuế:
0310474190 và hồ sơ kèm theo;
Cục Hải quan thông báo kết quả xác định trước mã số như sau:
1. Hàng hóa đề nghị xác định trước mã số do tổ chức, cá nhân cung cấp:
Tên thương mại: {goods}
Nhà sản xuất: {maker}
2. Tóm tắt mô tả hàng hóa: dạng bột, đóng gói 25 kg một bao, dùng trong chế biến thực phẩm.
3. Kết quả xác định trước mã số:
Tên thương mại: {goods}
thuộc nhóm {group} “Các chế phẩm thực phẩm chưa được chi tiết hoặc ghi ở nơi khác”.
Kết quả xác định trước mã số trên có hiệu lực sử dụng từ ngày ký.
Cục trưởng Cục Hải quan thông báo để {company} biết và thực hiện.
|
**KT. CỤC TRƯỞNG**
**PHÓ CỤC TRƯỞNG**
**Lê {signer}**
"""

NOTICES = {
    "tb-38544.md": dict(
        number="38544", day="27", request="02BRT/XNK/2025", company="Công ty TNHH Bravo Thực phẩm",
        goods="Zorblax Gel K7", maker="ZORBLAX GROUP", group="21.06", signer="Văn Một",
    ),
    "tb-39001.md": dict(
        number="39001", day="28", request="07KLM/2025", company="Công ty cổ phần Kilimo Việt",
        goods="Quintara Mix 40", maker="QUINTARA AG", group="19.01", signer="Văn Hai",
    ),
}  # fmt: skip


# a letter of a provincial customs branch that cites the first notice
_LETTER = """**CHI CỤC HẢI QUAN KHU VỰC III**
|
Số: 812/HQKV3-NV
V/v áp dụng kết quả xác định trước mã số
|
*Hải Phòng, ngày 05 tháng 12 năm 2025*
|
Thực hiện Thông báo số 38544/TB-CHQ ngày 27/11/2025 của Cục Hải quan, Chi cục hướng dẫn các
đội thủ tục áp dụng mã số cho mặt hàng Zorblax Gel K7 khi làm thủ tục nhập khẩu.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    documents = {name: _NOTICE.format(**fields) for name, fields in NOTICES.items()}
    opened = answerer_over(tmp_path_factory.mktemp("notices"), {**documents, "cv-812.md": _LETTER})
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Thông báo nào của Cục Hải quan xác định trước mã số cho mặt hàng Zorblax Gel K7 của"
         " Công ty TNHH Bravo Thực phẩm?", "Thông báo số 38544/TB-CHQ ngày 27"),
        ("thong bao nao xac dinh truoc ma so cho Quintara Mix 40",
         "Thông báo số 39001/TB-CHQ ngày 28"),
    ],
)  # fmt: skip
def test_the_notice_whose_body_names_the_goods(
    answerer: Answerer, question: str, answer: str
) -> None:
    result = answerer.ask(question)
    assert result.found and result.answer is not None
    assert result.answer.startswith(answer)


def test_the_date_a_body_issued_a_notice_on(answerer: Answerer) -> None:
    result = answerer.ask(
        "Cục Hải quan ra thông báo kết quả xác định trước mã số cho Quintara Mix 40 vào ngày nào?"
    )
    assert result.found and result.answer == "ngày 28 tháng 11 năm 2025"
    assert any("39001/TB-CHQ" in answerer.texts[s.doc_id][: s.start + 400] for s in result.sources)


def test_the_date_a_body_named_by_initials_returned_a_result_on(answerer: Answerer) -> None:
    # "Cục HQ" is the notices' issuer, "Cục Hải quan"; "trả kết quả" is the act a notice is
    result = answerer.ask(
        "Cục HQ trả kết quả xác định trước mã số cho Quintara Mix 40 vào ngày nào?"
    )
    assert result.found and result.answer == "ngày 28 tháng 11 năm 2025"


def test_a_document_of_another_body_is_not_the_notice_itself(answerer: Answerer) -> None:
    # "của Bộ Tài chính": the notices are the customs office's, so neither is the answer
    result = answerer.ask(
        "Thông tư nào của Bộ Tài chính quy định xác định trước mã số cho Zorblax Gel K7?"
    )
    assert not (result.answer or "").startswith("Thông báo số")


@pytest.mark.parametrize("question", ["Trong TB 39001 mặt hàng thuộc nhóm nào?",
                                      "thong bao so 39001 xep hang hoa vao nhom nao"])  # fmt: skip
def test_a_bare_number_after_a_kind_names_the_document(answerer: Answerer, question: str) -> None:
    from qa_service.answer.question import analyse
    from qa_service.routing import route_question

    q = analyse(answerer.corpus, route_question(question), None)
    assert q.own_doc is not None
    assert answerer.documents[q.own_doc].meta.number == "39001/TB-CHQ"
    assert q.scope == {q.own_doc}
    # the words that name it are not words its evidence must hold
    assert not {"39001", "tb", "thong", "bao"} & {t.lower() for t in q.weights}


def test_a_bare_number_no_document_has_names_none(answerer: Answerer) -> None:
    from qa_service.answer.question import analyse
    from qa_service.routing import route_question

    q = analyse(answerer.corpus, route_question("Trong TB 41234 mặt hàng thuộc nhóm nào?"), None)
    assert q.own_doc is None


def test_the_documents_citing_an_indexed_notice(answerer: Answerer) -> None:
    result = answerer.ask("Thông báo 38544/TB-CHQ được những văn bản nào trích dẫn?")
    assert result.intent == "citing"
    assert result.found and "812/HQKV3-NV" in (result.answer or "")
