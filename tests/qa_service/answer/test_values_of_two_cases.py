"""Two values asked at once ("A và B lần lượt là bao lâu", "những mốc tuổi nào"): a sentence
that states the rule once per case, a clause each, answers with the clauses of both cases
asked (not the first clause alone, nor a third case's value from another sentence); a list of
like values the answer's clause cuts ("khi đủ 14 tuổi, 25 tuổi, 40 tuổi và 60 tuổi") is quoted
whole."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.evidence import Candidate
from qa_service.answer.pipeline import _cases_in_clauses
from qa_service.answer.question import analyse
from qa_service.answer.windows import clause_window
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

RULES = """**CHÍNH PHỦ**
Số: 99/2025/NĐ-CP
*Hà Nội, ngày 10 tháng 11 năm 2025*
**NGHỊ ĐỊNH**
Quy định về quản lý phạm nhân và trả lời ý kiến tại tỉnh Thử Nghiệm

**Điều 5. Thời gian theo dõi, thử thách**

1.
Phạm nhân có quyết định kỷ luật phải có thời gian theo dõi, thử thách để công nhận đã cải tạo
tiến bộ.

2.
Đối với hình thức kỷ luật khiển trách, thời gian theo dõi, thử thách là 01 tháng; đối với hình
thức kỷ luật cảnh cáo, thời gian theo dõi, thử thách là 03 tháng; đối với hình thức giam tại
buồng kỷ luật, thời gian theo dõi, thử thách là 04 tháng.

3.
Trường hợp vi phạm chưa đến mức xử lý kỷ luật, thì có thể gia hạn thời gian theo dõi, thử thách
02 tháng.

**Điều 6. Trả lời ý kiến trên chuyên mục Hỏi - Đáp**

a) Thời gian trả lời trên chuyên mục Hỏi - Đáp quy định như sau:

Năm (05) ngày làm việc đối với các ý kiến thuộc thẩm quyền giải quyết; Bảy (07) ngày làm việc
đối với các ý kiến cần sự phối hợp liên ngành;

Trường hợp đặc biệt thì phải hẹn trả lời nhưng tối đa không quá mười (10) ngày làm việc kể từ
ngày tiếp nhận.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("values-of-two-cases")
    opened = answerer_over(root, {"nd-99.md": RULES}, lexical_only=True)
    yield opened
    opened.close()


def test_each_case_from_its_own_clause_of_one_sentence(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thời gian theo dõi, thử thách với hình thức kỷ luật khiển trách và cảnh cáo phạm "
        "nhân lần lượt là bao lâu?"
    )
    assert result.found, result
    assert "01 tháng" in result.answer and "03 tháng" in result.answer
    assert "04 tháng" not in result.answer  # the third case's clause is not asked
    assert_quotes_verbatim(answerer, result)


def _unit_with(answerer: Answerer, words: str) -> Candidate:
    unit = next(u for u in answerer.corpus.units if words in u.text)
    return Candidate(unit=unit, evidence=0.5, prior=0.0)


def test_the_clauses_of_the_cases_named(answerer: Answerer) -> None:
    q = analyse(
        answerer.corpus,
        route_question(
            "Thời gian thử thách với kỷ luật khiển trách và cảnh cáo lần lượt là bao lâu?"
        ),
        None,
    )
    found = _cases_in_clauses(q, _unit_with(answerer, "khiển trách"))
    assert found is not None
    assert "01 tháng" in found[0] and "03 tháng" in found[0] and "04 tháng" not in found[0]
    # a sentence stating one limit has no clauses of two cases
    assert _cases_in_clauses(q, _unit_with(answerer, "gia hạn")) is None
    # nor does one whose clauses the question names none of
    other = analyse(answerer.corpus, route_question("Thời gian thử thách là bao lâu?"), None)
    assert _cases_in_clauses(other, _unit_with(answerer, "khiển trách")) is None


def test_the_sentence_naming_both_cases_over_a_third_cases_limit(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thời gian trả lời ở chuyên mục Hỏi - Đáp đối với ý kiến thuộc thẩm quyền và ý kiến "
        "cần phối hợp liên ngành lần lượt là mấy ngày làm việc?"
    )
    assert result.found, result
    assert "(05)" in result.answer and "(07)" in result.answer
    assert "(10)" not in result.answer
    assert_quotes_verbatim(answerer, result)


AGES = (
    "Công dân đã được cấp thẻ căn cước phải thực hiện thủ tục cấp đổi thẻ căn cước khi đủ 14 "
    "tuổi, 25 tuổi, 40 tuổi và 60 tuổi. Thẻ đã cấp vẫn có giá trị sử dụng."
)
AGE_WEIGHTS = {"cấp": 1.0, "đổi": 1.0, "thẻ": 1.0, "tuổi": 0.5}


def test_a_list_of_like_values_is_read_whole() -> None:
    at = AGES.index("14 tuổi")
    a, b = clause_window(AGES, (at, at + len("14 tuổi")), AGE_WEIGHTS, toned=True)
    assert AGES[a:b].endswith("14 tuổi, 25 tuổi, 40 tuổi và 60 tuổi.")


def test_a_value_inside_the_list_reads_the_values_before_it() -> None:
    at = AGES.index("40 tuổi")
    a, b = clause_window(AGES, (at, at + len("40 tuổi")), {"tuổi": 0.0}, toned=True)
    assert "25 tuổi, 40 tuổi và 60 tuổi" in AGES[a:b]


def test_values_of_other_kinds_are_no_part_of_the_list() -> None:
    text = (
        "Hồ sơ đề nghị cấp giấy phép được cơ quan có thẩm quyền giải quyết trong thời hạn 05 "
        "ngày, 02 bộ."
    )
    at = text.index("05 ngày")
    a, b = clause_window(text, (at, at + len("05 ngày")), {"giải": 1.0, "quyết": 1.0}, True)
    assert "02 bộ" not in text[a:b]
