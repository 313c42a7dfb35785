"""Two values of one quantity stated together: a total and its parts ("có 102 đơn vị hành
chính cấp xã, gồm 85 xã và 17 phường"), asked "tổng bao nhiêu ..., trong đó bao nhiêu ...";
a value changed ("từ 15 ngày xuống còn 10 ngày"), asked "trước và sau", "cũ và mới", "giảm từ
bao nhiêu xuống bao nhiêu"; a total asked, not answered by one of the parts a sentence counts
("24 thủ tục ... cấp tỉnh, 01 thủ tục ... cấp xã") when a line states the total."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import _part_of_asked_total
from qa_service.answer.pipeline import _ASKS_CHANGE, _ASKS_PART, _CHANGE, _part_of_total
from qa_service.answer.question import Question, analyse
from qa_service.routing import fold, route_question
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

RESOLUTION = """ỦY BAN THƯỜNG VỤ QUỐC HỘI

Số: 1700/NQ-UBTVQH15

Hà Nội, ngày 16 tháng 6 năm 2025

NGHỊ QUYẾT

Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Hòa Thịnh năm 2025

Điều 1. Sắp xếp các đơn vị hành chính cấp xã của tỉnh Hòa Thịnh

1. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của xã An Lạc và xã An Phú thành xã \
mới có tên gọi là xã An Lạc.

2. Sau khi sắp xếp, tỉnh Hòa Thịnh có 102 đơn vị hành chính cấp xã, gồm 85 xã và 17 phường; \
trong đó có 80 xã, 17 phường hình thành sau sắp xếp quy định tại Điều này.
"""

PLAN = """ỦY BAN NHÂN DÂN TỈNH HÒA THỊNH

Số: 2900/QĐ-UBND

Hòa Thịnh, ngày 20 tháng 11 năm 2025

QUYẾT ĐỊNH

Phê duyệt phương án đơn giản hóa thủ tục hành chính lĩnh vực khoa học và công nghệ

Điều 1. Phê duyệt phương án đơn giản hóa thủ tục hành chính

1. Thủ tục cấp Giấy chứng nhận hoạt động dịch vụ chuyển giao công nghệ: thay đổi thời gian \
giải quyết từ 15 ngày xuống còn 10 ngày làm việc.
"""


LISTED = """ỦY BAN NHÂN DÂN TỈNH HÒA THỊNH

Số: 1949/QĐ-UBND

Hòa Thịnh, ngày 21 tháng 11 năm 2025

QUYẾT ĐỊNH

Công bố danh mục thủ tục hành chính được chuẩn hóa trong lĩnh vực tài nguyên nước

Điều 1. Công bố kèm theo Quyết định này danh mục 24 thủ tục hành chính cấp tỉnh, 01 thủ tục \
hành chính cấp xã được chuẩn hóa trong lĩnh vực tài nguyên nước.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

DANH MỤC THỦ TỤC HÀNH CHÍNH

Tổng số danh mục TTHC công bố: 25 TTHC
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("total-part-change")
    documents = {"nq-1700.md": RESOLUTION, "qd-2900.md": PLAN, "qd-1949.md": LISTED}
    opened = answerer_over(root, documents, lexical_only=True)
    yield opened
    opened.close()


def test_parts_open_after_their_total() -> None:
    text = "có 102 đơn vị hành chính cấp xã, gồm 85 xã và 17 phường; trong đó có 80 xã"
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("102", "85", "17", "80")]
    assert _part_of_total(text, spans, 0, 1)
    assert not _part_of_total(text, spans, 0, 2)  # the second part, not the next value
    assert not _part_of_total(text, spans, 3, 4)  # the last value: no part follows it
    text = "đạt 6,26%, trong đó dịch vụ 7,22%"
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("6,26%", "7,22%")]
    assert not _part_of_total(text, spans, 0, 1)  # shares are no parts of a count
    assert _ASKS_PART.search(fold("Có tổng bao nhiêu trạm, trong đó bao nhiêu trạm 5G?"))
    assert not _ASKS_PART.search(fold("Có bao nhiêu trạm trong đó có trạm 5G?"))


def test_total_and_the_part_asked(answerer: Answerer) -> None:
    result = answerer.ask(
        "Sau sắp xếp, tỉnh Hòa Thịnh có tổng bao nhiêu đơn vị hành chính cấp xã, trong đó có "
        "bao nhiêu phường?"
    )
    assert result.found, result
    assert "102" in result.answer and "17 phường" in result.answer, result.answer
    assert_quotes_verbatim(answerer, result)


def test_a_change_states_both_values() -> None:
    assert _ASKS_CHANGE.search(fold("Thời gian giải quyết trước và sau Quyết định 2900?"))
    assert _ASKS_CHANGE.search(fold("Thời gian giảm từ bao nhiêu ngày xuống bao nhiêu ngày?"))
    assert not _ASKS_CHANGE.search(fold("Thời gian giải quyết sau khi đơn giản hóa là bao lâu?"))
    assert _CHANGE.search("thay đổi thời gian giải quyết từ 15 ngày xuống còn **10 ngày**")
    assert _CHANGE.search("tăng từ 20% lên 25%")


def test_before_and_after_a_change(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thời gian giải quyết thủ tục cấp Giấy chứng nhận hoạt động dịch vụ chuyển giao công "
        "nghệ trước và sau Quyết định 2900 của tỉnh Hòa Thịnh là bao nhiêu?"
    )
    assert result.found, result
    assert "15 ngày" in result.answer and "10 ngày" in result.answer, result.answer
    assert_quotes_verbatim(answerer, result)


def test_a_part_of_the_total_asked(answerer: Answerer) -> None:
    def _route(question: str) -> Question:
        return analyse(answerer.corpus, route_question(question), None)

    text = "danh mục 24 thủ tục hành chính cấp tỉnh, 01 thủ tục hành chính cấp xã"
    total = _route("QĐ 1949 công bố tổng cộng bao nhiêu TTHC?")
    assert _part_of_asked_total(total, text, (text.index("24"), text.index("24") + 2))
    one = _route("QĐ 1949 công bố bao nhiêu TTHC cấp tỉnh?")
    assert not _part_of_asked_total(one, text, (text.index("24"), text.index("24") + 2))
    stated = "Tổng số: 24 thủ tục cấp tỉnh, 01 thủ tục cấp xã"
    assert not _part_of_asked_total(total, stated, (stated.index("24"), stated.index("24") + 2))


def test_the_total_asked_is_the_line_stating_it(answerer: Answerer) -> None:
    result = answerer.ask(
        "QĐ 1949/QĐ-UBND công bố tổng cộng bao nhiêu TTHC lĩnh vực tài nguyên nước?"
    )
    assert result.found, result
    assert "25" in result.answer, result.answer
    assert_quotes_verbatim(answerer, result)
