"""Two cases of one rule compared ("tổ chức so với cá nhân thì bên nào dài hơn"): each case's
value, the case a value's clause denies ("không xác định ...") not taken for the one asked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import _expected_unit, _unit_matches
from qa_service.answer.pipeline import _two_cases, compared_value_kind
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

RULES = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 12/2025/QĐ-UBND

Thử Nghiệm, ngày 02 tháng 12 năm 2025

QUYẾT ĐỊNH

Ban hành Quy chế phối hợp giải quyết thủ tục đất đai

Điều 11. Trách nhiệm của cơ quan thuế

1. Tiếp nhận và giải quyết hồ sơ xác định nghĩa vụ tài chính đảm bảo đúng thời hạn, cụ thể:

a) Đối với thửa đất, tài sản gắn liền với đất của tổ chức trong nước, tổ chức kinh tế, tổ \
chức tôn giáo, tổ chức nước ngoài có chức năng ngoại giao, người gốc Việt Nam định cư ở \
nước ngoài: Không quá 07 ngày làm việc (56 \
giờ làm việc) đối với trường hợp có xác định tiền sử dụng đất; Không quá 03 ngày làm việc \
(24 giờ làm việc) đối với trường hợp không xác định tiền sử dụng đất;

b) Đối với thửa đất, tài sản gắn liền với đất của cá nhân, cộng đồng dân cư: Không quá 05 \
ngày làm việc (40 giờ làm việc) đối với trường hợp có xác định tiền sử dụng đất; Không quá \
03 ngày làm việc (24 giờ làm việc) đối với trường hợp không xác định tiền sử dụng đất;

2. Phí thẩm định hồ sơ (không bao gồm thuế giá trị gia tăng) là 500.000 đồng/hồ sơ.

3. Công bố kèm theo Quyết định này Danh mục 08 (tám) thủ tục hành chính nội bộ (trong đó: 02 \
TTHC nội bộ cấp tỉnh; 06 TTHC nội bộ cấp xã) trong lĩnh vực đất đai.

Điều 13. Danh mục thủ tục chứng thực

|
**STT**
|
**Tên thủ tục**
|
**Thời hạn giải quyết**
|
**Cơ quan thực hiện**
|
**Phí**
|
**Căn cứ pháp lý**
|
|
1
|
Thủ tục chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng \
thực điểm chỉ)
|
Thời hạn thực hiện yêu cầu chứng thực là ngay trong ngày cơ quan, tổ chức tiếp nhận yêu cầu \
hoặc trong ngày làm việc tiếp theo nếu tiếp nhận yêu cầu sau 15 giờ hoặc có thể kéo dài hơn \
theo thỏa thuận bằng văn bản với người yêu cầu chứng thực. Trường hợp trả kết quả trong ngày \
làm việc tiếp theo hoặc phải kéo dài thời gian theo thỏa thuận thì người tiếp nhận hồ sơ phải \
có phiếu hẹn ghi rõ thời gian trả kết quả cho người yêu cầu chứng thực.
|
Ủy ban nhân dân cấp xã
|
10.000 đồng/trường hợp
|
Nghị định số 280/2025/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 23/2015/NĐ-CP về cấp \
bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, \
giao dịch.
|
|
2
|
Chứng thực văn bản từ chối nhận di sản
|
Không quá 02 ngày làm việc
|
Ủy ban nhân dân cấp xã
|
50.000 đồng/văn bản
|
Nghị định số 280/2025/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 23/2015/NĐ-CP về cấp \
bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, \
giao dịch.
|

Điều 14. Cấp phép xuất khẩu

1. Trường hợp không có yêu cầu sửa đổi, bổ sung hồ sơ, thời hạn cấp phép xuất khẩu là 08 \
ngày làm việc kể từ ngày ghi trên Phiếu tiếp nhận hồ sơ.

2. Trường hợp có yêu cầu sửa đổi, bổ sung: trong vòng 04 ngày làm việc kể từ ngày nhận đủ.

Điều 15. Chi hỗ trợ Ban Tổ chức, Ban Giám khảo các cuộc thi

1. Ban Tổ chức (không quá 06 người)

a) Mức 400.000 đồng/người/buổi áp dụng đối với Trưởng ban.

b) Mức 350.000 đồng/người/buổi áp dụng đối với Phó Trưởng ban.

2. Ban Giám khảo (không quá 07 người)

a) Mức 1.500.000 đồng/người/buổi áp dụng đối với Trưởng ban.

b) Mức 1.300.000 đồng/người/buổi áp dụng đối với Phó Trưởng ban.

3. Mức chi hỗ trợ đối với Trưởng Ban Giám khảo, Phó Trưởng Ban Giám khảo của các đơn vị tỉnh \
khác do tỉnh mời được tính bằng 1,5 lần so với mức chi Ban Giám khảo cùng cấp.

Điều 12. Dự án thuộc diện đăng ký môi trường

1. Có phát sinh nước thải sinh hoạt xả ra môi trường phải được xử lý với tổng lưu lượng từ \
50 m3/ngày trở lên;

2. Có phát sinh khí thải xả ra môi trường phải được xử lý với tổng lưu lượng từ 2.000 m3/giờ \
trở lên khi đi vào vận hành chính thức.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("compared")
    opened = answerer_over(root, {"quyet-dinh-12.md": RULES}, lexical_only=True)
    yield opened
    opened.close()


def test_the_value_of_the_case_asked_not_of_its_denial(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thời hạn cơ quan thuế xác định nghĩa vụ tài chính (có tiền sử dụng đất) đối với tổ "
        "chức là bao nhiêu ngày?"
    )
    assert result.found, result
    assert "07 ngày" in result.answer
    assert_quotes_verbatim(answerer, result)


def test_a_negated_aside_that_is_no_case_keeps_its_value(answerer: Answerer) -> None:
    # "không bao gồm thuế": "bao" of "bao nhiêu" is no word of the case asked
    result = answerer.ask("Phí thẩm định hồ sơ nghĩa vụ tài chính là bao nhiêu?")
    assert result.found, result
    assert "500.000" in result.answer


def test_two_cases_compared_answer_each_value(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thời hạn cơ quan thuế xác định nghĩa vụ tài chính (có tiền sử dụng đất) đối với tổ "
        "chức so với cá nhân thì bên nào dài hơn, bao nhiêu ngày?"
    )
    assert result.intent == "compare"
    assert result.found, result
    assert "07 ngày" in result.answer and "05 ngày" in result.answer
    assert_quotes_verbatim(answerer, result)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        (
            "Thời hạn giải quyết nhóm A so với nhóm B, nhóm nào ngắn hơn, bao nhiêu ngày?",
            "deadline",
        ),
        ("Trưởng ban Giám khảo hay Trưởng ban Tổ chức được chi cao hơn, mức bao nhiêu?", "figure"),
        ("Trường A và trường B, trường nào thu cao hơn và mức bao nhiêu?", "figure"),
    ],
)
def test_the_values_compared_are_of_the_kind_asked(question: str, kind: str) -> None:
    assert compared_value_kind(question) == kind


def test_a_rate_asked_is_one_unit() -> None:
    expected = _expected_unit("du an phat sinh khi thai tu bao nhieu m3/gio tro len")
    assert expected == "m3/gio"
    assert _unit_matches(expected, "m3/gio tro len")
    assert not _unit_matches(expected, "m3/ngay tro len")
    assert _expected_unit("co bao nhieu ho so tre han") == "ho so"


def test_the_value_in_the_rate_asked(answerer: Answerer) -> None:
    result = answerer.ask(
        "Dự án phát sinh khí thải từ bao nhiêu m3/giờ trở lên thì thuộc diện đăng ký môi trường?"
    )
    assert result.found, result
    assert "2.000 m3/giờ" in result.answer


def test_the_case_a_list_of_counts_names(answerer: Answerer) -> None:
    for level, count, other in (("xã", "06", "02"), ("tỉnh", "02", "06")):
        result = answerer.ask(
            f"Quyết định công bố bao nhiêu TTHC nội bộ cấp {level} trong lĩnh vực đất đai?"
        )
        assert result.found, result
        assert f"{count} TTHC" in result.answer and other not in result.answer, result.answer
        assert_quotes_verbatim(answerer, result)


def test_a_long_row_the_question_names_is_not_outranked_by_a_short_one(answerer: Answerer) -> None:
    result = answerer.ask("Chứng thực chữ ký trong giấy tờ, văn bản tại UBND xã thu phí bao nhiêu?")
    assert result.found, result
    assert "10.000 đồng" in result.answer, result.answer
    assert_quotes_verbatim(answerer, result)


def test_a_limit_of_the_denied_case_loses_to_the_case_asked(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thời hạn cấp phép xuất khẩu trong trường hợp có yêu cầu sửa đổi, bổ sung hồ sơ là "
        "bao nhiêu ngày làm việc?"
    )
    assert result.found, result
    assert "04 ngày" in result.answer, result.answer


def test_a_rate_per_session_asked() -> None:
    expected = _expected_unit("truong ban giam khao duoc chi ho tro bao nhieu mot buoi")
    assert expected == "/buoi"
    assert _unit_matches(expected, " dong/nguoi/buoi ap dung")
    assert not _unit_matches(expected, " lan so voi muc chi")


def test_the_rate_of_the_item_named_by_its_heading(answerer: Answerer) -> None:
    # "a) Mức 1.500.000 ...": "Mức" names the value, no other action than the one asked; a
    # rate per session, not "1,5 lần" of another rule
    result = answerer.ask("Trưởng ban Giám khảo cuộc thi được chi hỗ trợ bao nhiêu một buổi?")
    assert result.found, result
    assert "đồng/người/buổi" in result.answer and "1,5 lần" not in result.answer, result.answer


def test_two_cases_joined_by_hay_are_each_asked_alone() -> None:
    cases = _two_cases(
        "Ở cuộc thi cấp tỉnh thì Trưởng ban Giám khảo hay Trưởng ban Tổ chức được chi cao hơn, "
        "mức bao nhiêu một buổi?"
    )
    assert cases is not None
    assert cases.names == ("Trưởng ban Giám khảo", "Trưởng ban Tổ chức")
    assert "Tổ chức" not in cases.questions[0] and "cao hơn" not in cases.questions[0]
    assert "Giám khảo" not in cases.questions[1]
    assert _two_cases("Nhóm nào ngắn hơn, bao nhiêu ngày?") is None


def test_each_case_of_a_comparison_by_hay_is_answered(answerer: Answerer) -> None:
    result = answerer.ask(
        "Ở các cuộc thi thì Trưởng ban Giám khảo hay Trưởng ban Tổ chức được chi hỗ trợ cao "
        "hơn, mức cao hơn là bao nhiêu một buổi?"
    )
    assert result.intent == "compare"
    assert result.found, result
    assert "1.500.000" in result.answer and "400.000" in result.answer, result.answer
    assert_quotes_verbatim(answerer, result)


def test_two_cases_set_side_by_side_by_so_voi_are_each_asked_alone() -> None:
    # the first case starts where the second's first word is written
    cases = _two_cases(
        "Phí chứng thực việc sửa đổi, bổ sung giao dịch so với phí sửa lỗi sai sót trong giao "
        "dịch, cái nào cao hơn?"
    )
    assert cases is not None
    assert cases.names == (
        "Phí chứng thực việc sửa đổi, bổ sung giao dịch",
        "phí sửa lỗi sai sót trong giao dịch",
    )
    # else after the word introducing it ("của")
    cases = _two_cases(
        "Tỷ lệ chi phí nhân công của nhà máy công suất từ 150MW trở xuống so với loại từ 301MW "
        "trở lên, loại nào cao hơn?"
    )
    assert cases is not None
    assert cases.names == ("nhà máy công suất từ 150MW trở xuống", "loại từ 301MW trở lên")
    assert "150MW" not in cases.questions[1] and "cao hơn" not in cases.questions[1]
    # a ratio to another case is no pair of cases
    assert _two_cases("Mức chi cấp xã bằng bao nhiêu % so với cấp tỉnh?") is None
