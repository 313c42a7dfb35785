"""Values of the case a question names: a labelled list item of that role, the least value
written as a bound, a multiple of the amount asked that is not its amount, a target of a year
the plan does not set, a quantity of a case the question sets aside ("ngoài ..."), a degree
of training the article is not of, a count of procedures of a domain ("lĩnh vực X" is no other
procedure than "TTHC X")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import _bound_written, _end_fit, other_procedure
from qa_service.answer.pipeline import analyse
from qa_service.routing import fold, route_question
from tests.qa_service.small_index import answerer_over

SUPPORT = """HỘI ĐỒNG NHÂN DÂN TỈNH THỬ NGHIỆM

Số: 41/2025/NQ-HĐND

Thử Nghiệm, ngày 10 tháng 12 năm 2025

NGHỊ QUYẾT

Quy định chế độ hỗ trợ đối với cán bộ phụ trách đội tuyển thể thao

Điều 1. Hỗ trợ thực hiện nhiệm vụ đối với Trưởng, Phó Trưởng đội tuyển thể thao tỉnh

1. Người được hỗ trợ được Giám đốc Trung tâm Thể thao tỉnh giao nhiệm vụ là Trưởng đội tuyển \
hoặc Phó Trưởng đội tuyển thể thao tỉnh.

2. Nội dung chi, mức chi hỗ trợ:

a) Đối với Trưởng Đội tuyển: 1.200.000 đồng/người/tháng.

b) Đối với Phó Trưởng Đội tuyển: 800.000 đồng/người/tháng.

Điều 2. Phụ cấp của tổ trưởng tổ bảo vệ

1. Tổ trưởng tổ bảo vệ dân phố: 300.000 đồng và hưởng thêm phụ cấp khi kiêm nhiệm tổ phó.

2. Đối với tổ trưởng tổ bảo vệ dân phố: Mức hưởng phụ cấp hằng tháng do Ủy ban nhân dân tỉnh \
quyết định nhưng không thấp hơn 1.350.000 đồng.

Điều 3. Trợ cấp đối với huấn luyện viên lâu năm

1. Mức trợ cấp sinh hoạt hàng tháng: Mức 4 lần mức chuẩn đối với huấn luyện viên lâu năm.

2. Mức chuẩn áp dụng là 650.000 đồng/tháng.

Điều 4. Mục tiêu

Phấn đấu xây dựng 30% thôn, tổ dân phố "an toàn thể thao" ngay trong năm 2025; đến năm 2030 \
đạt 100% thôn, tổ dân phố "an toàn thể thao".

Điều 5. Tiêu chí thôn vùng cao

Thôn được xác định là thôn vùng cao khi đáp ứng một trong các tiêu chí sau:

a) Có tỷ lệ hộ sinh sống ở độ cao trên 600 mét từ 20% trở lên;

b) Có từ 3.000 người sinh sống ổn định ở độ cao trên 600 mét trở lên.

Điều 6. Hỗ trợ học phí học trình độ đại học cho vận động viên

1. Hỗ trợ 100% học phí cho vận động viên đạt huy chương tại Đại hội Thể thao toàn quốc.

Điều 7. Mục tiêu giai đoạn 2026 - 2030

- Phấn đấu đến năm 2030 đạt 40% câu lạc bộ thể thao cơ sở được hỗ trợ trang thiết bị.

Điều 8. Phê duyệt kèm theo Nghị quyết này 04 quy trình nội bộ trong giải quyết thủ tục hành \
chính lĩnh vực Thể dục thể thao thuộc phạm vi quản lý của Sở Văn hóa và Thể thao.

Điều 9. Hiệu lực thi hành

Nghị quyết này có hiệu lực kể từ ngày ký.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("asked-cases")
    opened = answerer_over(root, {"nghi-quyet-41.md": SUPPORT}, lexical_only=True)
    yield opened
    opened.close()


def test_a_bound_written_before_or_after_the_value() -> None:
    text = "Mức phụ cấp do tỉnh quyết định nhưng không thấp hơn 1.350.000 đồng."
    at = text.index("1.350.000")
    assert _bound_written(text, at, at + 9) == "low"
    least = fold("Phụ cấp của tổ trưởng thấp nhất là bao nhiêu?")
    most = fold("Phụ cấp của tổ trưởng tối đa là bao nhiêu?")
    assert _end_fit(least, text, at, at + 9) > 0 > _end_fit(most, text, at, at + 9)
    above = "Có từ 4.500 người dân tộc thiểu số trở lên sinh sống ổn định."
    at = above.index("4.500")
    assert _bound_written(above, at, at + 5) == "low"
    capped = "Hỗ trợ tối đa 2.000.000 đồng/người."
    at = capped.index("2.000.000")
    assert _bound_written(capped, at, at + 9) == "high"
    plain = "Hỗ trợ 2.000.000 đồng/người."
    at = plain.index("2.000.000")
    assert _bound_written(plain, at, at + 9) is None


def test_the_role_a_labelled_item_names(answerer: Answerer) -> None:
    result = answerer.ask(
        "Phó trưởng đội tuyển thể thao tỉnh ở Trung tâm Thể thao tỉnh được hỗ trợ bao nhiêu "
        "mỗi tháng theo NQ 41/2025?"
    )
    assert result.found, result
    assert "800.000" in (result.answer or "") and "1.200.000" not in (result.answer or "")


def test_the_least_value_asked_is_the_one_written_as_a_bound(answerer: Answerer) -> None:
    result = answerer.ask(
        "Phụ cấp hằng tháng của tổ trưởng tổ bảo vệ dân phố thấp nhất là bao nhiêu?"
    )
    assert result.found, result
    assert "1.350.000" in (result.answer or "")


def test_a_multiple_of_the_amount_asked_is_not_its_amount(answerer: Answerer) -> None:
    result = answerer.ask("Mức chuẩn để tính trợ cấp cho huấn luyện viên lâu năm là bao nhiêu?")
    assert "4 lần mức chuẩn" not in (result.answer or "")


def test_a_target_of_a_year_the_plan_does_not_set(answerer: Answerer) -> None:
    result = answerer.ask(
        "Nghị quyết 41/2025 đặt chỉ tiêu đến năm 2027 bao nhiêu % thôn, tổ dân phố an toàn "
        "thể thao?"
    )
    assert not result.found, result
    set_year = answerer.ask(
        "Nghị quyết 41/2025 đặt chỉ tiêu đến năm 2030 bao nhiêu % thôn, tổ dân phố an toàn "
        "thể thao?"
    )
    assert set_year.found, set_year
    assert "100%" in (set_year.answer or "")


def test_a_quantity_of_a_case_set_aside_need_not_be_in_the_answer(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thôn phải có tối thiểu bao nhiêu người sinh sống ổn định ở độ cao trên 600 mét thì "
        "đạt tiêu chí thôn vùng cao (ngoài tiêu chí tỷ lệ 20%)?"
    )
    assert result.found, result
    assert "3.000" in (result.answer or "")


def test_a_degree_the_article_is_not_of(answerer: Answerer) -> None:
    other = answerer.ask(
        "Vận động viên đạt huy chương Đại hội Thể thao toàn quốc học thạc sĩ được hỗ trợ học phí "
        "bao nhiêu?"
    )
    assert not other.found, other
    its_own = answerer.ask(
        "Vận động viên đạt huy chương Đại hội Thể thao toàn quốc học trình độ đại học được hỗ "
        "trợ học phí bao nhiêu?"
    )
    assert its_own.found, its_own
    assert "100%" in (its_own.answer or "")


def test_a_target_of_the_span_s_last_year_is_not_one_of_a_year_inside_it(
    answerer: Answerer,
) -> None:
    # the heading's span "2026 - 2030" holds 2028, the sentence sets its value for 2030
    result = answerer.ask(
        "Đến năm 2028 phấn đấu bao nhiêu % câu lạc bộ thể thao cơ sở được hỗ trợ trang thiết bị?"
    )
    assert not result.found, result
    set_year = answerer.ask(
        "Đến năm 2030 phấn đấu bao nhiêu % câu lạc bộ thể thao cơ sở được hỗ trợ trang thiết bị?"
    )
    assert set_year.found, set_year
    assert "40%" in (set_year.answer or "")


def test_procedures_of_a_domain_are_those_the_question_names(answerer: Answerer) -> None:
    question = (
        "Nghị quyết 41/2025 phê duyệt tất cả bao nhiêu quy trình nội bộ giải quyết TTHC thể dục "
        "thể thao của Sở Văn hóa và Thể thao?"
    )
    q = analyse(answerer.corpus, route_question(question), None)
    unit = next(u for u in answerer.corpus.units if "04 quy trình" in u.text)
    assert not other_procedure(q, unit)  # "thủ tục hành chính lĩnh vực Thể dục thể thao"
    result = answerer.ask(question)
    assert result.found, result
    assert "04 quy trình" in (result.answer or "")
