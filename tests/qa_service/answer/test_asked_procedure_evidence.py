"""The fact of a procedure is read where that procedure is named: a time limit stated by
another row of the same table, or another step of the same decision, answers nothing on a
procedure whose name the document writes only word by word; a place ending a department's
name ("Sở Công Thương Đắk Lắk") is the place asked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.gazetteer import plain
from qa_service.answer.verify import (
    asked_procedure_pairs,
)
from qa_service.routing import route_question
from tests.qa_service.answer.test_gazetteer import _gazetteer
from tests.qa_service.small_index import answerer_over

PROCEDURES = """|
**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
|
Số: 78/QĐ-UBND
|
*Thử Nghiệm, ngày 18 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC DƯỢC PHẨM
**Điều 1**. Công bố kèm theo Quyết định này danh mục 01 thủ tục hành chính. Người phụ \
trách chuyên môn phải có chứng chỉ hành nghề theo quy định.
**Điều 2**. Trình tự mua thuốc: Bước 3: Trường hợp hồ sơ đầy đủ, Sở Y tế cấp phép và ký \
duyệt đơn hàng trong thời hạn 30 ngày kể từ ngày ghi trên Phiếu tiếp nhận hồ sơ.
**PHỤ LỤC**
|
**STT**
|
**Tên TTHC**
|
**Thời gian giải quyết**
|
|
1
|
Cấp giấy chứng nhận đủ điều kiện kinh doanh dược.
|
20 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ.
|
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("procedure-evidence")
    opened = answerer_over(root, {"qd-78.md": PROCEDURES}, lexical_only=True)
    yield opened
    opened.close()


def test_the_time_limit_of_the_procedure_named(answerer: Answerer) -> None:
    for question in (
        "Thời hạn giải quyết thủ tục cấp giấy chứng nhận đủ điều kiện kinh doanh dược ở tỉnh "
        "Thử Nghiệm là bao lâu?",
        "Thời hạn cấp giấy chứng nhận đủ điều kiện kinh doanh dược ở tỉnh Thử Nghiệm?",
    ):
        result = answerer.ask(question)
        assert result.found, question
        assert "20 ngày làm việc" in result.answer


def test_a_procedure_named_only_word_by_word_is_not_answered(answerer: Answerer) -> None:
    """Every word of "cấp chứng chỉ hành nghề dược" is in the document, in no row's name."""
    result = answerer.ask(
        "Thời hạn giải quyết TTHC cấp chứng chỉ hành nghề dược tại Sở Y tế tỉnh Thử Nghiệm là "
        "bao nhiêu ngày?"
    )
    assert not result.found, result.answer


@pytest.mark.parametrize(
    ("question", "pairs"),
    [
        (
            "Thời hạn giải quyết TTHC cấp chứng chỉ hành nghề dược tại Lai Châu?",
            ("cap chung", "chung chi", "chi hanh", "hanh nghe"),
        ),
        # the place after the name is none of it
        (
            "Cơ quan nào thực hiện thủ tục cấp phép khai thác khoáng sản tỉnh Quảng Ngãi?",
            ("cap phep", "phep khai", "khai thac", "thac khoang", "khoang san"),
        ),
        # a name whose paired verbs a comma joins runs on past the comma
        (
            "Thời hạn giải quyết thủ tục đánh giá, nghiệm thu kết quả nhiệm vụ cấp tỉnh?",
            (
                "danh gia",
                "gia nghiem",
                "nghiem thu",
                "thu ket",
                "ket qua",
                "qua nhiem",
                "nhiem vu",
            ),
        ),
        # not on to a clause asking the fact after the name
        (
            "Thủ tục cấp giấy phép xuất bản, thời hạn giải quyết bao lâu?",
            (),
        ),
        (
            "Thời hạn giải quyết thủ tục cấp giấy phép xuất bản, thời gian bao lâu?",
            ("cap giay", "giay phep", "phep xuat", "xuat ban"),
        ),
        # the field of a system, not a fact asked of the procedure
        ("Sở nào vận hành hệ thống thông tin giải quyết TTHC tỉnh Ninh Bình?", ()),
        # the procedure is what a task is done for, not the subject of the fact asked
        ("Sở phải xây dựng quy trình giải quyết thủ tục đấu thầu trong bao lâu?", ()),
    ],
)
def test_the_pairs_naming_the_procedure_asked(question: str, pairs: tuple[str, ...]) -> None:
    assert asked_procedure_pairs(plain(route_question(question).folded)) == pairs


def test_a_place_ending_a_department_name_is_a_place() -> None:
    g = _gazetteer()
    assert g.places_in("Thời hạn cấp C/O tại Sở Công Thương Đắk Lắk là bao lâu?") == ["dak lak"]
    assert g.places_in("Sở Văn hóa, Thể thao và Du lịch Hà Nội giao ai?") == ["ha noi"]
    assert g.places_in("Công ty Điện lực Jaks Hải Dương nộp thuế nào?") == []
