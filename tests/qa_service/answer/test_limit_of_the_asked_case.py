"""A regulation sets a time limit in an article named for it ("Điều 5. Thời hạn giải quyết
phản ánh ..."): its first item the general limit, written without "thời hạn" ("1. Chậm nhất
trong 15 ngày làm việc ..."), the next items those of cases ("2. Đối với phản ánh có tính
khẩn cấp ... thì ..."); later articles set limits for steps of a body's duties, some of a
case a sentence before states ("Trường hợp nhận được thông tin phản hồi ..., ... kiểm tra
thông tin. Trong thời hạn 03 ngày ..."). Asked the limit with no case ("thông thường"), the
general one answers; asked a case by its words, that case's."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

RULES = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
Số: 61/2025/QĐ-UBND
*Thử Nghiệm, ngày 14 tháng 11 năm 2025*
**QUYẾT ĐỊNH**
Ban hành Quy chế tiếp nhận, xử lý phản ánh của doanh nghiệp trên địa bàn tỉnh Thử Nghiệm

**Điều 4. Hình thức tiếp nhận phản ánh**

Phản ánh được tiếp nhận bằng văn bản gửi qua bưu chính thông thường, thư điện tử hoặc
trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; mỗi lần tối đa một nội dung.

**Điều 5. Thời hạn giải quyết phản ánh của doanh nghiệp**

1. Chậm nhất trong 15 ngày làm việc, kể từ ngày nhận
được phản ánh, các cơ quan, đơn vị phải có trách nhiệm tiếp nhận, giải quyết và trả lời
doanh nghiệp có phản ánh.

2. Đối với phản ánh có tính khẩn cấp, cần xử lý ngay thì thời hạn tiếp nhận, giải quyết
và trả lời chậm nhất là 05 ngày làm việc, kể từ ngày nhận được phản ánh.

3. Đối với phản ánh có nội dung phức tạp hoặc liên quan đến nhiều ngành, cần thêm thời gian
kiểm tra, xác minh thì thời hạn giải quyết và trả lời doanh nghiệp chậm nhất là 25 ngày làm
việc, kể từ ngày nhận được phản ánh.

**Điều 9. Trách nhiệm của Văn phòng UBND tỉnh**

1. Trong thời hạn 02 ngày làm việc kể từ ngày có kết quả giải quyết phản ánh, Văn phòng
UBND tỉnh gửi kết quả giải quyết, trả lời đến các cơ quan, đơn vị và doanh nghiệp có phản ánh.

2. Trường hợp nhận được thông tin phản hồi về việc cơ quan, đơn vị giải quyết, trả lời
doanh nghiệp không đúng pháp luật, Văn phòng UBND tỉnh có trách nhiệm kiểm tra thông tin.
Trong thời hạn 03 ngày làm việc, kể từ ngày nhận được thông tin, Văn phòng UBND tỉnh có văn
bản đôn đốc cơ quan, đơn vị giải quyết, trả lời phản ánh.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("limit-of-the-asked-case")
    opened = answerer_over(root, {"qd-61.md": RULES}, lexical_only=True)
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "question",
    [
        "Thời hạn thông thường để các cơ quan giải quyết, trả lời phản ánh của doanh nghiệp ở "
        "tỉnh Thử Nghiệm là bao lâu?",
        "Phản ánh của doanh nghiệp thông thường phải được giải quyết, trả lời chậm nhất trong "
        "bao nhiêu ngày làm việc?",
    ],
)
def test_the_general_limit_of_the_article_named_for_it(answerer: Answerer, question: str) -> None:
    result = answerer.ask(question)
    assert result.found, result
    assert "15 ngày" in result.answer


def test_a_case_asked_by_its_words_keeps_its_limit(answerer: Answerer) -> None:
    urgent = answerer.ask(
        "Phản ánh của doanh nghiệp có tính khẩn cấp phải trả lời chậm nhất mấy ngày?"
    )
    assert urgent.found, urgent
    assert "05 ngày" in urgent.answer
    complex_case = answerer.ask(
        "Phản ánh có nội dung phức tạp, liên quan nhiều ngành thì thời hạn giải quyết là bao "
        "nhiêu ngày làm việc?"
    )
    assert complex_case.found, complex_case
    assert "25 ngày" in complex_case.answer


def test_a_step_of_a_duty_keeps_its_own_limit(answerer: Answerer) -> None:
    result = answerer.ask(
        "Văn phòng UBND tỉnh Thử Nghiệm gửi kết quả giải quyết phản ánh trong bao nhiêu ngày?"
    )
    assert result.found, result
    assert "02 ngày" in result.answer
