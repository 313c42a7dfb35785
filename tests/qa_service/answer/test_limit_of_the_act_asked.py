"""The time limit of the act a question asks, not of another act the document times: a length
named by the clause it ends ("Thời hạn giữ lại hồ sơ, tài liệu của đơn vị, cá nhân không quá 02
năm"); not the limit of the one who receives what the question's doer sends ("... trong 15 ngày
làm việc kể từ ngày nhận đầy đủ báo cáo ..." for "cấp xã gửi báo cáo ... trong bao lâu"); a
limit written as a day counted from the act, no number in it ("chậm nhất là trong ngày làm việc
tiếp theo")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import _length_of_asked_act, _limit_of_receiver
from qa_service.answer.question import analyse
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

RULES = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
Số: 77/2025/QĐ-UBND
*Thử Nghiệm, ngày 20 tháng 11 năm 2025*
**QUYẾT ĐỊNH**
Ban hành Quy chế công tác văn thư, lưu trữ và phân định thôn, xã tỉnh Thử Nghiệm

**Điều 3. Nộp lưu hồ sơ, tài liệu vào Lưu trữ cơ quan**

a) Lưu trữ cơ quan thông báo hồ sơ đến hạn nộp lưu trước 30 ngày kể từ ngày thông báo Danh mục
hồ sơ nộp lưu cho đơn vị giao nộp tài liệu.

b) Trường hợp đơn vị hoặc cá nhân có nhu cầu giữ lại hồ sơ, tài liệu đã đến hạn nộp lưu để phục
vụ công việc thì phải được người đứng đầu cơ quan đồng ý.

Thời hạn giữ lại hồ sơ, tài liệu của đơn vị, cá nhân không quá 02 năm kể từ ngày đến hạn nộp
lưu.

**Điều 4. Phát hành văn bản đi**

Văn bản đi phải hoàn thành thủ tục tại Văn thư cơ quan và phát hành trong ngày văn bản đó được
ký, chậm nhất là trong ngày làm việc tiếp theo.

**Điều 5. Phân định thôn, xã**

- Cấp xã (Ủy ban nhân dân cấp xã):

Bước 1: Xác định thôn, xã vùng đồng bào dân tộc thiểu số và miền núi.

Bước 2: Lập báo cáo kết quả xác định, phân định gửi Ủy ban nhân dân tỉnh trong thời hạn 25
ngày làm việc kể từ ngày nhận văn bản chỉ đạo của Ủy ban nhân dân tỉnh.

- Cấp tỉnh (Ủy ban nhân dân tỉnh):

Tổng hợp kết quả xác định, phân định của các địa phương, phê duyệt danh sách thôn, xã vùng đồng
bào dân tộc thiểu số và miền núi. Thời hạn thực hiện: Trong thời gian 15 ngày làm việc kể từ
ngày nhận đầy đủ báo cáo, kết quả xác định, phân định của các địa phương.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("limit-of-the-act-asked")
    opened = answerer_over(root, {"qd-77.md": RULES}, lexical_only=True)
    yield opened
    opened.close()


def _question(answerer: Answerer, text: str):  # noqa: ANN202 - a Question
    return analyse(answerer.corpus, route_question(text), None)


def test_a_length_named_by_the_clause_it_ends(answerer: Answerer) -> None:
    q = _question(answerer, "đơn vị giữ lại hồ sơ đã đến hạn nộp lưu được giữ tối đa bao lâu")
    text = "Thời hạn giữ lại hồ sơ, tài liệu của đơn vị, cá nhân không quá 02 năm kể từ ngày."
    assert _length_of_asked_act(q, text, text.index("không quá"))
    other = "Thời hạn niêm yết hồ sơ, tài liệu của đơn vị, cá nhân không quá 02 năm kể từ ngày."
    assert not _length_of_asked_act(q, other, other.index("không quá"))


def test_the_kept_length_over_another_acts_limit(answerer: Answerer) -> None:
    result = answerer.ask(
        "don vi muon giu lai ho so da den han nop luu thi duoc giu toi da bao lau"
    )
    assert result.found, result
    assert "02 năm" in result.answer
    assert_quotes_verbatim(answerer, result)


def test_the_receivers_limit_is_not_the_senders(answerer: Answerer) -> None:
    q = _question(
        answerer,
        "UBND cấp xã phải gửi báo cáo kết quả xác định, phân định lên UBND tỉnh trong bao lâu?",
    )
    received = "Trong thời gian 15 ngày làm việc kể từ ngày nhận đầy đủ báo cáo, kết quả xác định."
    assert _limit_of_receiver(q, received, received.index("15"))
    sent = (
        "gửi Ủy ban nhân dân tỉnh trong thời hạn 25 ngày làm việc kể từ ngày nhận văn bản chỉ đạo"
    )
    assert not _limit_of_receiver(q, sent, sent.index("25"))
    asked_of_receiver = _question(
        answerer, "UBND tỉnh phê duyệt danh sách thôn, xã trong bao lâu sau khi nhận báo cáo?"
    )
    assert not _limit_of_receiver(asked_of_receiver, received, received.index("15"))


def test_the_senders_limit_answers(answerer: Answerer) -> None:
    result = answerer.ask(
        "UBND cấp xã phải gửi báo cáo kết quả xác định, phân định lên UBND tỉnh trong bao lâu?"
    )
    assert result.found, result
    assert "25 ngày" in result.answer
    assert_quotes_verbatim(answerer, result)


def test_a_day_counted_from_the_act_is_a_limit(answerer: Answerer) -> None:
    result = answerer.ask("Văn bản đi phải được phát hành chậm nhất khi nào sau khi ký?")
    assert result.found, result
    assert "ngày làm việc tiếp theo" in result.answer
    assert_quotes_verbatim(answerer, result)
