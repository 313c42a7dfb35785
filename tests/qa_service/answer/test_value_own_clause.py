"""Of several figures one sentence states, the one whose own clause fits the question: its year
or period ("quý I ... 98,2%; quý II ... 97,5%"), the act asked ("đã giải ngân 62 tỷ đồng"
beside "Tổng kinh phí ... 125,6 tỷ đồng"), the whole or the part asked ("gồm 72 xã và 23
phường; trong đó có 67 xã, 21 phường hình thành sau sắp xếp"), and a bound is no act ("xả lũ
và ít nhất 50% người dân ...")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import _values_of_other_level, other_action
from qa_service.answer.question import analyse
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

REPORT = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 412/BC-UBND

Thử Nghiệm, ngày 10 tháng 11 năm 2025

BÁO CÁO

Kết quả công tác cải cách hành chính năm 2025

I. KẾT QUẢ

1. Trong quý I năm 2025, toàn tỉnh tiếp nhận 12.450 hồ sơ, đã giải quyết 11.980 hồ sơ, \
trong đó giải quyết đúng hạn 11.760 hồ sơ, đạt tỷ lệ 98,2%; quý II tiếp nhận 13.120 hồ sơ, \
tỷ lệ giải quyết đúng hạn đạt 97,5%.

2. Năm 2024 có 45 xã đạt chuẩn nông thôn mới, năm 2025 có 52 xã đạt chuẩn nông thôn mới, \
tăng 7 xã so với năm 2024.

3. Tổng kinh phí thực hiện Đề án là 125,6 tỷ đồng, gồm ngân sách tỉnh 80 tỷ đồng và ngân sách \
xã 45,6 tỷ đồng; đã giải ngân 62 tỷ đồng, đạt 49,4% kế hoạch.

4. Sau khi sắp xếp, tỉnh Thử Nghiệm có 95 đơn vị hành chính cấp xã, gồm 72 xã và 23 phường; \
trong đó có 67 xã, 21 phường hình thành sau sắp xếp và 07 đơn vị hành chính cấp xã không \
thực hiện sắp xếp.

5. Công bố danh mục 20 thủ tục hành chính lĩnh vực văn thư, lưu trữ của Sở Nội vụ, gồm: 14 \
thủ tục mới ban hành và 06 thủ tục bị bãi bỏ.

II. MỤC TIÊU ĐẾN NĂM 2030

- 100% cán bộ, công chức, viên chức và người lao động khi tham gia bồi dưỡng được phổ biến \
kiến thức về phòng, chống thiên tai;

- 100% người dân ở các vùng thường xuyên ngập lụt, triều cường, xả lũ và ít nhất 50% người \
dân ở các khu vực khác được phổ biến kiến thức về thiên tai.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("own-clause")
    opened = answerer_over(root, {"bao-cao-412.md": REPORT}, lexical_only=True)
    yield opened
    opened.close()


def _answer(answerer: Answerer, question: str) -> str:
    result = answerer.ask(question)
    assert result.found, question
    assert result.answer is not None
    assert_quotes_verbatim(answerer, result)
    return result.answer


def test_the_value_of_the_period_asked(answerer: Answerer) -> None:
    asked = "Tỷ lệ hồ sơ giải quyết đúng hạn quý I năm 2025 của tỉnh Thử Nghiệm là bao nhiêu?"
    assert "98,2%" in _answer(answerer, asked)
    asked = "Tỷ lệ hồ sơ giải quyết đúng hạn quý II năm 2025 của tỉnh Thử Nghiệm là bao nhiêu?"
    assert "97,5%" in _answer(answerer, asked)


def test_the_value_of_the_year_asked(answerer: Answerer) -> None:
    asked = "Năm 2024 tỉnh Thử Nghiệm có bao nhiêu xã đạt chuẩn nông thôn mới?"
    answer = _answer(answerer, asked)
    assert "45 xã" in answer and "52" not in answer
    asked = "Năm 2025 tỉnh Thử Nghiệm có bao nhiêu xã đạt chuẩn nông thôn mới?"
    assert "52 xã" in _answer(answerer, asked)


def test_the_value_the_asked_act_is_said_of(answerer: Answerer) -> None:
    asked = "Tỉnh Thử Nghiệm đã giải ngân bao nhiêu tỷ đồng kinh phí Đề án?"
    assert "62 tỷ đồng" in _answer(answerer, asked)
    # the total is still the answer when the act asked is none of the parts'
    asked = "Tổng kinh phí thực hiện Đề án của tỉnh Thử Nghiệm là bao nhiêu?"
    assert "125,6 tỷ đồng" in _answer(answerer, asked)


def test_the_whole_asked_not_its_part(answerer: Answerer) -> None:
    asked = "Sau khi sắp xếp, tỉnh Thử Nghiệm có bao nhiêu phường?"
    answer = _answer(answerer, asked)
    assert "23 phường" in answer and "21 phường" not in answer


def test_a_part_asked_by_its_own_words(answerer: Answerer) -> None:
    # (what the part counts or the words its clause adds name it: the whole gives way)
    asked = "Sở Nội vụ tỉnh Thử Nghiệm công bố bao nhiêu TTHC mới ban hành lĩnh vực văn thư?"
    assert "14 thủ tục" in _answer(answerer, asked)
    asked = "Tỉnh Thử Nghiệm có bao nhiêu đơn vị hành chính cấp xã không thực hiện sắp xếp?"
    assert "07 đơn vị" in _answer(answerer, asked)


def test_a_bound_after_another_clause_is_no_other_act(answerer: Answerer) -> None:
    asked = (
        "Tỉnh Thử Nghiệm đặt chỉ tiêu bao nhiêu % người dân ở các khu vực khác được phổ biến "
        "kiến thức về thiên tai?"
    )
    assert "50%" in _answer(answerer, asked)
    q = analyse(answerer.corpus, route_question(asked), None)
    # "xả lũ" is the clause before's, "ít nhất" a bound: nothing else is done to the 50%
    joined = "các vùng thường xuyên ngập lụt, triều cường, xả lũ và ít nhất 50% người dân"
    assert not other_action(q, joined, joined.index("50%"))
    bounded = "- Tối thiểu 30% người dân ở các khu vực khác"
    assert not other_action(q, bounded, bounded.index("30%"))
    # a clause of its own saying another act still says it
    other = "triều cường, xả lũ và bố trí 50% người dân"
    assert other_action(q, other, other.index("50%"))


def test_the_act_asked_said_before_the_value(answerer: Answerer) -> None:
    asked = "Sở Nội vụ tỉnh Thử Nghiệm công bố bao nhiêu TTHC mới ban hành?"
    q = analyse(answerer.corpus, route_question(asked), None)
    # "Công bố kèm theo Quyết định này 06": "công bố" is said of the value, past the words
    # that cite the decision
    text = "Công bố kèm theo Quyết định này 06 danh mục thủ tục hành chính mới ban hành"
    assert not other_action(q, text, text.index("06"))


REPO = Path(__file__).resolve().parents[3]
VAN_QUAN = REPO / "corpus" / "van-quan_ke-hoach_khac-phuc-han-che-chi-so-cchc-2024.txt"


@pytest.fixture(scope="module")
def aside_answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("own-clause-aside")
    text = VAN_QUAN.read_text(encoding="utf-8")
    opened = answerer_over(root, {VAN_QUAN.name: text}, lexical_only=True)
    yield opened
    opened.close()


def test_a_bracketed_aside_is_said_of_the_value_inside_it(aside_answerer: Answerer) -> None:
    # "... đạt từ 90% đến 100% (*năm 2023 xã An Sơn chưa đạt, mới đạt 80,63%*)": the commune
    # and the year are written in the bracket, before the comma that opens the value's last words
    asked = "Tỷ lệ giải quyết TTHC trước hạn, trong hạn của xã An Sơn năm 2023 mới đạt bao nhiêu?"
    assert "80,63%" in _answer(aside_answerer, asked)


def test_the_whole_and_its_parts_written_with_abbreviations(answerer: Answerer) -> None:
    # "TTHC", "UBND" expand when folded: the parts are still found in the text as written
    asked = "UBND tỉnh Thử Nghiệm công bố tổng cộng bao nhiêu TTHC lĩnh vực văn thư, lưu trữ?"
    q = analyse(answerer.corpus, route_question(asked), None)
    text = "Công bố 20 TTHC của UBND tỉnh, gồm: 14 TTHC mới ban hành và 06 TTHC bị bãi bỏ."
    values = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\d+", text)]
    assert _values_of_other_level(q, text, values) == {1, 2}
