"""Time limits read from a table of administrative procedures: the cell under the time-limit
column, named by the procedure, when the question asks how long; not a day-and-month of an
address cell ("Quảng trường 3/2") nor the sentence of another document."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.gazetteer import plain
from qa_service.answer.verify import (
    procedure_words,
)
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

PROCEDURES = """|
**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
|
Số: 77/QĐ-UBND
|
*Thử Nghiệm, ngày 18 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ
**Điều 1**. Công bố kèm theo Quyết định này danh mục 01 thủ tục hành chính.
**PHỤ LỤC**
|
**STT**
|
**Mã TTHC**
|
**Tên TTHC**
|
**Địa điểm thực hiện**
|
**Thời gian giải quyết**
|
**Phí/ lệ phí**
|
|
1
|
1.014390.H05
|
Thay đổi, bổ sung, cấp lại giấy chứng nhận đăng ký tổ chức khoa học và công nghệ.
|
- Nơi tiếp nhận và trả kết quả: Trung tâm Phục vụ hành chính công tỉnh; địa chỉ: Tầng 1, \
Khu liên cơ quan, Quảng trường 3/2, phường Bắc Giang, tỉnh Thử Nghiệm; điện thoại tiếp \
nhận phản ánh, kiến nghị của tổ chức, cá nhân về thủ tục hành chính được niêm yết công \
khai tại nơi tiếp nhận hồ sơ theo quy định của pháp luật hiện hành.
|
10 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ.
|
Không
|
"""

MAILBOXES = """ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM

Số: 12/QĐ-UBND

Thử Nghiệm, ngày 02 tháng 10 năm 2025

QUYẾT ĐỊNH

Ban hành quy chế sử dụng thư điện tử công vụ tỉnh Thử Nghiệm

Điều 5. Cấp hộp thư điện tử

Trong thời hạn 02 ngày làm việc kể từ khi nhận được nội dung yêu cầu, Sở Khoa học và Công \
nghệ thực hiện phân loại, xử lý yêu cầu cấp lại hộp thư điện tử cho tổ chức.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("procedures")
    docs = {"qd-77.md": PROCEDURES, "qd-12.md": MAILBOXES}
    opened = answerer_over(root, docs, lexical_only=True)
    yield opened
    opened.close()


def test_how_long_a_procedure_takes_is_the_cell_under_its_time_limit_column(
    answerer: Answerer,
) -> None:
    result = answerer.ask(
        "Thời gian giải quyết thủ tục cấp lại giấy chứng nhận đăng ký tổ chức khoa học và "
        "công nghệ ở tỉnh Thử Nghiệm là bao lâu?"
    )
    assert result.found
    assert "10 ngày làm việc" in result.answer
    assert "3/2" not in result.answer
    # the row's name, not its code, says which procedure the limit is of
    assert result.answer.startswith("Thay đổi, bổ sung, cấp lại giấy chứng nhận")
    assert "1.014390" not in result.answer


def test_a_procedure_the_document_does_not_name_is_not_answered(answerer: Answerer) -> None:
    """A time limit of another procedure of the table ("cấp lại giấy chứng nhận ...") answers
    nothing on a procedure whose name the document never writes ("giải thể ...")."""
    result = answerer.ask(
        "Thời gian giải quyết thủ tục giải thể tổ chức khoa học và công nghệ ở tỉnh Thử Nghiệm "
        "là bao lâu?"
    )
    assert not result.found, result.answer


@pytest.mark.parametrize(
    ("question", "words"),
    [
        (
            "Thời hạn giải quyết TTHC cấp giấy phép khai thác khoáng sản nhóm III tại Cà Mau là "
            "bao nhiêu ngày?",
            ["cap", "giay", "phep", "khai", "thac", "khoang", "san", "nhom"],
        ),
        # a word that is also a function word goes with the one before it
        ("Thủ tục cấp lại hộp thư mất mấy ngày?", ["cap", "cap lai", "hop", "thu"]),
        ("Thủ tục giải thể hợp tác xã mất mấy ngày?", ["giai", "giai the", "hop", "tac", "xa"]),
        ("Có bao nhiêu thủ tục hành chính được công bố?", []),
        # "lên" (where to) ends the name: what follows is a system, not the procedure
        (
            "Giao cơ quan nào thiết lập quy trình điện tử giải quyết TTHC giáo dục lên Hệ thống "
            "thông tin của tỉnh?",
            ["giao", "duc"],
        ),
    ],
)
def test_the_words_naming_the_procedure_asked(question: str, words: list[str]) -> None:
    assert procedure_words(plain(route_question(question).folded)) == words
