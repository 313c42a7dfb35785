"""The body a question asks for, read from the structure that names it: the proposal a
document's preamble states ("Theo đề nghị của ..."), the clause of a sentence whose case the
question names, the item of the level it names, the role an item's heading line gives ("1. Là
cơ quan thường trực" / "Ban chỉ đạo ..."); and the question words that name no subject ("cơ
quan nào quyết định việc ...", "danh mục TTHC ...")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.verify import (
    procedure_words,
    subject_phrases,
)
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

PROPOSED = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 130/QĐ-UBND

Thử Nghiệm, ngày 18 tháng 11 năm 2025

QUYẾT ĐỊNH

Ban hành Quy chế quản lý nhà văn hóa thôn trên địa bàn tỉnh Thử Nghiệm

ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM

*Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*

*Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 77/TTr-SVHTTDL \
ngày 01 tháng 11 năm 2025.*

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý nhà văn hóa thôn.

Điều 2. Chủ tịch Ủy ban nhân dân cấp xã quyết định công nhận ban quản lý nhà văn hóa thôn \
theo đề nghị của Trưởng thôn.
"""

CLAUSES = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 131/QĐ-UBND

Thử Nghiệm, ngày 19 tháng 11 năm 2025

QUYẾT ĐỊNH

Phân cấp thẩm quyền quyết định định mức trang thiết bị y tế chuyên dùng

Điều 1. Phân cấp thẩm quyền

1. Căn cứ hướng dẫn của Bộ Y tế về định mức trang thiết bị y tế chuyên dùng, Sở Y tế quyết \
định định mức trang thiết bị y tế chuyên dùng đối với các bệnh viện thuộc phạm vi quản lý; \
Ủy ban nhân dân cấp xã quyết định định mức trang thiết bị y tế chuyên dùng đối với các trạm \
y tế xã, phường.

2. Đối với trường hợp bổ sung số lượng xe cứu thương phục vụ cấp cứu ngoại viện.

a) Chủ tịch Ủy ban nhân dân cấp xã quyết định bổ sung số lượng xe cứu thương phục vụ cấp cứu \
ngoại viện của các cơ quan, tổ chức, đơn vị thuộc cấp xã.

b) Sở Khoa học và Công nghệ quyết định bổ sung số lượng xe cứu thương phục vụ cấp cứu \
ngoại viện của các cơ quan, tổ chức, đơn vị thuộc cấp tỉnh.
"""

STANDING = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 132/QĐ-UBND

Thử Nghiệm, ngày 20 tháng 11 năm 2025

QUYẾT ĐỊNH

Ban hành Quy chế hoạt động của Ban Biên tập Bản tin điện tử tỉnh

Điều 4. Ban Biên tập Bản tin điện tử

Ban Biên tập Bản tin điện tử tỉnh (đơn vị trực thuộc Sở Nội vụ) là đơn vị tham mưu vận \
hành Bản tin; Thủ trưởng các cơ quan, đơn vị quyết định thành lập Ban Biên tập Bản tin \
thành phần của cơ quan, đơn vị mình.

Điều 5. Trách nhiệm của Văn phòng Ủy ban nhân dân tỉnh

1. Là cơ quan thường trực
Ban Biên tập Bản tin điện tử tỉnh, giúp Chủ tịch Ủy ban nhân dân tỉnh quản trị về nội dung \
và chịu trách nhiệm về toàn bộ nội dung cung cấp trên Bản tin.

2. Chủ trì tham mưu ban hành quy định hoạt động của Ban Biên tập Bản tin điện tử tỉnh.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("proposer")
    answerer = answerer_over(
        root,
        {
            "quyet-dinh-130.md": PROPOSED,
            "quyet-dinh-131.md": CLAUSES,
            "quyet-dinh-132.md": STANDING,
        },
        lexical_only=True,
    )
    yield answerer
    answerer.close()


@pytest.mark.parametrize(
    ("question", "body", "not_body"),
    [
        # the preamble's proposal, not a rule of the document that names another one
        ("Quyết định 130/QĐ-UBND về quy chế quản lý nhà văn hóa thôn được ban hành theo đề "
         "nghị của ai?", "Sở Văn hóa, Thể thao và Du lịch", "Trưởng thôn"),
        ("QĐ 130/QĐ-UBND của tỉnh Thử Nghiệm ban hành theo đề nghị của cơ quan nào?",
         "Sở Văn hóa, Thể thao và Du lịch", "Tờ trình"),
        # the clause of the case the question names ("cho các trạm y tế xã")
        ("Ai quyết định định mức trang thiết bị y tế chuyên dùng cho các trạm y tế xã, phường?",
         "Ủy ban nhân dân cấp xã", "Sở Y tế"),
        # "quyết định" the act asked, no document; the item of the level named ("cấp tỉnh")
        ("Theo quyết định phân cấp của Ủy ban nhân dân tỉnh Thử Nghiệm, cơ quan nào quyết định "
         "việc tăng số lượng xe cứu thương phục vụ cấp cứu ngoại viện cho các đơn vị cấp tỉnh?",
         "Sở Khoa học và Công nghệ", "Chủ tịch"),
        # the role its item's heading line gives, the body heading the article
        ("Ai là cơ quan thường trực Ban Biên tập Bản tin điện tử tỉnh?",
         "Văn phòng Ủy ban nhân dân tỉnh", "thành lập"),
    ],
)  # fmt: skip
def test_the_body_of_the_asked_case(
    answerer: Answerer, question: str, body: str, not_body: str
) -> None:
    result = answerer.ask(question)
    assert result.found and result.answer is not None
    assert body in result.answer
    assert not_body not in result.answer


def test_a_proposal_is_quoted_where_the_preamble_states_it(answerer: Answerer) -> None:
    result = answerer.ask("Quyết định 130/QĐ-UBND được ban hành theo đề nghị của ai?")
    assert result.sources
    assert result.sources[0].quote.startswith("Theo đề nghị của Giám đốc Sở Văn hóa")


def test_the_body_asked_after_documents_named_in_the_plural_is_an_agency() -> None:
    question = (
        "Thông tư 24/2025/TT-BTP sửa đổi các thông tư lĩnh vực tổ chức cán bộ được ban hành "
        "theo đề nghị của đơn vị nào thuộc Bộ?"
    )
    assert route_question(question).intent == "agency"
    assert route_question("Những thông tư nào được sửa đổi?").intent == "list"


def test_quyet_dinh_after_the_body_asked_is_its_act() -> None:
    folded = route_question(
        "Theo QĐ phân cấp tiêu chuẩn máy móc, cơ quan nào quyết định việc tăng số lượng máy móc?"
    ).folded
    assert "viec tang" not in subject_phrases(folded)
    assert "phan cap" in subject_phrases(folded)
    assert subject_phrases(route_question("Quyết định phân công nhiệm vụ do ai ký?").folded) == [
        "phan cong"
    ]


def test_the_field_of_a_list_of_procedures_names_no_procedure() -> None:
    listed = route_question(
        "QĐ về danh mục TTHC giáo dục đào tạo làm không phụ thuộc địa giới hành chính: cơ quan "
        "nào chủ trì?"
    ).folded
    assert procedure_words(listed) == []
    named = route_question("Cơ quan nào giải quyết thủ tục cấp giấy phép khai thác khoáng sản?")
    assert "khoang" in procedure_words(named.folded)


TELEGRAM = """|
**THỦ TƯỚNG CHÍNH PHỦ**
|
Số: 301/CĐ-TTg
|
*Hà Nội, ngày 16 tháng 11 năm 2025*
|
**CÔNG ĐIỆN**
V/v chủ động phòng, tránh, ứng phó mưa lũ tại tỉnh Thử Nghiệm

Theo tổng hợp báo cáo nhanh của Bộ Nông nghiệp và Môi trường, mưa lũ từ sáng nay tại tỉnh \
Thử Nghiệm đã gây thiệt hại lớn về nhà cửa, hoa màu.

1. Bộ Công Thương chỉ đạo bảo đảm an toàn hồ đập thủy điện, hệ thống điện.

2. Bộ Xây dựng chỉ đạo khắc phục các vị trí bị sạt lở, bảo đảm giao thông thông suốt.
"""


@pytest.fixture(scope="module")
def telegram(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("agency-source")
    opened = answerer_over(root, {"cd-301.md": TELEGRAM}, lexical_only=True)
    yield opened
    opened.close()


def test_the_source_of_a_statement_is_given_no_task(telegram: Answerer) -> None:
    # "Theo tổng hợp báo cáo nhanh của Bộ X, ...": the body whose report the telegram quotes,
    # not one it charges with a report
    result = telegram.ask(
        "Công điện 301/CĐ-TTg giao bộ nào chủ trì tổng hợp, báo cáo thiệt hại do mưa lũ?"
    )
    assert not result.found, result.answer


def test_a_body_charged_in_the_same_telegram_answers(telegram: Answerer) -> None:
    result = telegram.ask("Công điện 301/CĐ-TTg giao bộ nào bảo đảm an toàn hồ đập thủy điện?")
    assert result.found
    assert "Bộ Công Thương" in result.answer, result.answer
