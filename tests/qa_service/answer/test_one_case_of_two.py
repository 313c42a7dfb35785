"""Comparisons of two cases: each case's value from the row or clause that names it, and no
answer when the document states one case's value only ("tăng bao nhiêu so với mức cũ" of a
resolution that writes the new amount alone)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.pipeline import _STATES_COMPARISON, _two_cases
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

SUPPORT = """HỘI ĐỒNG NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 81/2025/NQ-HĐND

Thử Nghiệm, ngày 27 tháng 11 năm 2025

NGHỊ QUYẾT

Quy định mức chi hỗ trợ lực lượng dân quân thường trực cấp xã

Điều 1. Nội dung chi, mức chi hỗ trợ

1. Nội dung chi, mức chi hỗ trợ:
Hỗ trợ hàng tháng cho chiến sỹ dân quân thường trực cấp xã thuộc tỉnh Thử Nghiệm: \
3.250.000 đồng/người/tháng.

2. Nghị quyết số 17/2024/NQ-HĐND ngày 01 tháng 7 năm 2024 của Hội đồng nhân dân tỉnh quy \
định mức chi hỗ trợ dân quân thường trực hết hiệu lực kể từ ngày Nghị quyết này có hiệu \
lực thi hành.
"""

PROCEDURE = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 2099/QĐ-UBND

Thử Nghiệm, ngày 28 tháng 11 năm 2025

QUYẾT ĐỊNH

Phê duyệt quy trình nội bộ giải quyết thủ tục cấp phép hoạt động bến thủy nội địa

Quy trình nội bộ cấp phép hoạt động bến thủy nội địa

|
**Thứ tự công việc**
|
**Nội dung công việc**
|
**Đơn vị thực hiện**
|
**Thời gian thực hiện**
|
|
Bước 1
|
Tiếp nhận hồ sơ, chuyển hồ sơ đến phòng Quản lý vận tải, phương tiện thủy nội địa
|
Bộ phận tiếp nhận và trả kết quả
|
0,5 ngày làm việc
|
|
Bước 2
|
Phân công chuyên viên thụ lý hồ sơ
|
Lãnh đạo phòng Quản lý vận tải, phương tiện thủy nội địa
|
0,25 ngày làm việc
|
|
Bước 3
|
Thẩm định, thụ lý hồ sơ
|
Công chức phòng QLVT
|
2,5 ngày làm việc
|
|
Bước 4
|
Phê duyệt kết quả, trình lãnh đạo Ủy ban nhân dân tỉnh ký
|
Lãnh đạo Sở Xây dựng
|
0,75 ngày làm việc
|
"""

LEVEES = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 104/2025/QĐ-UBND

Thử Nghiệm, ngày 20 tháng 11 năm 2025

QUYẾT ĐỊNH

Quy định hành lang bảo vệ các tuyến đê cấp IV, cấp V

PHỤ LỤC

TỔNG HỢP CÁC TUYẾN ĐÊ CẤP IV, CẤP V

|
**STT**
|
**Xã, phường**
|
**Tuyến đê**
|
**Lý trình**
|
**Chiều dài** *(km)*
|
**Cấp đê**
|
|
1
|
Xã Hòa Bình Thượng
|
Tả Sông Thử
|
K0+000 - K7+250
|
7,250
|
IV
|
|
2
|
Xã Đông Lâm Hạ
|
Tả Sông Thử
|
K7+250 - K12+400
|
5,150
|
IV
|
|
3
|
Phường Ngọc Tuyền
|
Hữu Sông Thử
|
K0+000 - K3,900
|
3,900
|
V
|
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("one_case")
    opened = answerer_over(
        root,
        {"nghi-quyet-81.md": SUPPORT, "quyet-dinh-2099.md": PROCEDURE, "quyet-dinh-104.md": LEVEES},
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_a_change_against_a_value_the_document_lacks_is_not_answered(
    answerer: Answerer,
) -> None:
    # the resolution writes the new amount only: the old one, and so the rise, is nowhere
    result = answerer.ask(
        "Mức hỗ trợ hàng tháng cho chiến sỹ dân quân thường trực cấp xã theo NQ 81/2025 tăng "
        "bao nhiêu so với mức theo Nghị quyết 17/2024/NQ-HĐND?"
    )
    assert not result.found, result.answer
    # the amount asked alone is answered
    result = answerer.ask(
        "Mức hỗ trợ hàng tháng cho chiến sỹ dân quân thường trực cấp xã là bao nhiêu?"
    )
    assert result.found and "3.250.000" in result.answer, result


def test_each_step_from_the_row_that_names_it(answerer: Answerer) -> None:
    # "Bước 2 | Phân công chuyên viên thụ lý hồ sơ" writes part of the first case only, and
    # more of the words the question writes of both (its unit's "phương tiện thủy nội địa")
    result = answerer.ask(
        "Quy trình nội bộ cấp phép hoạt động bến thủy nội địa, phương tiện thủy nội địa: bước "
        "thẩm định, thụ lý hồ sơ mất bao lâu, bước phê duyệt kết quả, trình lãnh đạo UBND tỉnh "
        "ký mất bao lâu?"
    )
    assert result.found, result
    assert "2,5 ngày" in result.answer and "0,75 ngày" in result.answer, result.answer
    assert "0,25 ngày" not in result.answer, result.answer
    assert_quotes_verbatim(answerer, result)


def test_two_places_set_side_by_side_without_a_question_word(answerer: Answerer) -> None:
    result = answerer.ask("chieu dai de Ta Song Thu xa Hoa Binh Thuong so voi xa Dong Lam Ha")
    assert result.found, result
    assert "7,250" in result.answer and "5,150" in result.answer, result.answer
    assert_quotes_verbatim(answerer, result)


def test_the_second_case_says_whose_and_the_first_does_not() -> None:
    # "so với của B": A is named without "của", found by the word B's name opens with
    cases = _two_cases(
        "Khi thi kết hợp viết và phỏng vấn, tỷ lệ điểm bài thi viết so với của bài thi phỏng "
        "vấn là bao nhiêu?"
    )
    assert cases is not None
    assert cases.names == ("bài thi viết", "bài thi phỏng vấn")
    assert "phỏng vấn là" not in cases.questions[0] and "tỷ lệ điểm" in cases.questions[1]


def test_higher_or_lower_sets_two_cases_side_by_side() -> None:
    cases = _two_cases(
        "Mức hỗ trợ lễ tang cho Nhóm 6 cán bộ lão thành cao hơn hay thấp hơn Nhóm 7 cán bộ "
        "tiền khởi nghĩa, mỗi nhóm bao nhiêu?"
    )
    assert cases is not None
    assert cases.names == ("Nhóm 6 cán bộ lão thành", "Nhóm 7 cán bộ tiền khởi nghĩa")
    assert "Nhóm 7" not in cases.questions[0] and "cao hơn" not in cases.questions[0]


def test_an_exam_is_no_then_when_the_question_is_typed_with_marks() -> None:
    # typed with marks "thi" is an exam, not "thì" ending the second case
    cases = _two_cases(
        "Thời gian thi vòng 1 so với thời gian làm bài thi viết vòng 2 chênh nhau thế nào?"
    )
    assert cases is not None
    assert cases.names[1] == "thời gian làm bài thi viết vòng 2"
    # typed without them it ends the case as "thì" does
    cases = _two_cases("muc phi cap moi so voi cap lai thi loai nao cao hon")
    assert cases is not None
    assert cases.names[1] == "cap lai"


def test_a_case_named_by_its_name_alone(answerer: Answerer) -> None:
    # "đê Hòa Bình Thượng so với Đông Lâm Hạ": no "của", "tại" or "xã" opens the first case
    cases = _two_cases("Chiều dài đê Hòa Bình Thượng so với Đông Lâm Hạ là bao nhiêu km?")
    assert cases is not None
    assert cases.names == ("Hòa Bình Thượng", "Đông Lâm Hạ")
    assert cases.questions[1] == "Chiều dài đê Đông Lâm Hạ là bao nhiêu km?"
    # a name against no name is no pair of cases
    assert _two_cases("Thuế suất mới so với Luật cũ thì sao?") is None
    result = answerer.ask("Chiều dài đê Hòa Bình Thượng so với Đông Lâm Hạ là bao nhiêu km?")
    assert result.found, result
    assert "7,250" in result.answer and "5,150" in result.answer, result.answer


def test_a_unit_stating_a_change_is_told_from_a_task_to_strengthen() -> None:
    assert _STATES_COMPARISON.search("tỷ lệ tăng 5% so với cùng kỳ")
    assert _STATES_COMPARISON.search("giảm 2 điểm")
    assert _STATES_COMPARISON.search("chiếm tỷ lệ bằng 50%")
    for task in ("Tăng cường kiểm tra", "giảm thiểu rủi ro thiên tai", "vượt qua khó khăn"):
        assert not _STATES_COMPARISON.search(task)
