"""Two cases set side by side by the words they both open with ("khu vực A và khu vực B ...
bao nhiêu", "năm 2025 và đến năm 2030") ask a value each; a value said again in brackets
("05 ngày làm việc (40 giờ làm việc)") is one value, not a second; the value found first may be
the second case's, the other one is then the first case's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import restates
from qa_service.answer.pipeline import _cases_by_shared_head, _two_cases
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

REPORT = """ỦY BAN NHÂN DÂN TỈNH LAM SƠN

Số: 41/BC-UBND

Lam Sơn, ngày 05 tháng 11 năm 2025

BÁO CÁO

Tình hình kinh tế - xã hội và phát triển mầm non tỉnh Lam Sơn

I. KINH TẾ

Kinh tế duy trì đà tăng trưởng. Trong đó: khu vực nông, lâm nghiệp và thủy sản ước đạt \
5,39%; khu vực công nghiệp và xây dựng ước đạt 9,34%; khu vực dịch vụ ước đạt 7,22%.

II. GIÁO DỤC MẦM NON

- Tại địa bàn có khu công nghiệp:

Phấn đấu tăng thêm ít nhất 20% số nhóm trẻ trong cơ sở giáo dục mầm non và tăng thêm \
ít nhất 10% số trường mầm non công lập có tổ chức nhóm trẻ dưới 24 tháng tuổi; \
100% cơ sở giáo dục mầm non độc lập đạt tiêu chuẩn an toàn.

III. ĐẤT ĐAI

Thời gian xác nhận hồ sơ đối với thửa đất của cá nhân: Không quá 05 ngày làm việc (40 giờ \
làm việc) đối với trường hợp có xác định tiền sử dụng đất; Không quá 03 ngày làm việc (24 \
giờ làm việc) đối với trường hợp không xác định tiền sử dụng đất.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("side-by-side")
    opened = answerer_over(root, {"bao-cao-41.md": REPORT}, lexical_only=True)
    yield opened
    opened.close()


def test_cases_opening_with_the_same_words() -> None:
    question = "Khu vực nông lâm thủy sản và khu vực dịch vụ của Lam Sơn ước đạt bao nhiêu %?"
    cases = _two_cases(question)
    assert cases is not None
    assert cases.names == ("Khu vực nông lâm thủy sản", "khu vực dịch vụ")
    # what is said of both ("của Lam Sơn ước đạt") stays in each case's question
    assert cases.questions[0].startswith("Khu vực nông lâm thủy sản của Lam Sơn ước đạt")
    # a period's opening word is no part of the words both open with
    spans = _cases_by_shared_head("Tỷ lệ xã không ma túy năm 2025 và đến năm 2030 là bao nhiêu?")
    assert spans is not None
    # the parts of one name, and a single case, are no two cases
    one_name = "Khu vực nông, lâm nghiệp và thủy sản ước đạt bao nhiêu %?"
    assert _cases_by_shared_head(one_name) is None
    assert _cases_by_shared_head("Khu vực dịch vụ ước đạt bao nhiêu %?") is None


def test_a_value_said_again_in_brackets() -> None:
    text = "Không quá 05 ngày làm việc (40 giờ làm việc) đối với trường hợp có xác định"
    start = text.index("40")
    assert restates(text, text.index("05") + 2, start)
    other = "khoảng 180 trạm, trong đó có 22 trạm 5G"
    assert not restates(other, other.index("180") + 3, other.index("22"))


def test_each_of_two_sectors_side_by_side(answerer: Answerer) -> None:
    result = answerer.ask(
        "Khu vực nông lâm thủy sản và khu vực dịch vụ của tỉnh Lam Sơn ước đạt bao nhiêu %?"
    )
    assert result.found, result
    assert "5,39%" in result.answer and "7,22%" in result.answer, result.answer
    assert_quotes_verbatim(answerer, result)


def test_two_cases_not_four_values_with_their_restatements(answerer: Answerer) -> None:
    result = answerer.ask(
        "Lam Sơn: thời gian cho trường hợp có xác định tiền sử dụng đất và không xác định tiền "
        "sử dụng đất đối với thửa đất của cá nhân khác nhau thế nào?"
    )
    assert result.found, result
    assert "05 ngày" in result.answer and "03 ngày" in result.answer, result.answer
    assert_quotes_verbatim(answerer, result)


def test_the_value_found_first_is_the_second_cases(answerer: Answerer) -> None:
    result = answerer.ask(
        "Lam Sơn phấn đấu tăng thêm bao nhiêu % số nhóm trẻ và bao nhiêu % số trường mầm non "
        "công lập có nhóm trẻ dưới 24 tháng tại địa bàn có KCN?"
    )
    assert result.found, result
    assert "20%" in result.answer and "10%" in result.answer, result.answer
    assert_quotes_verbatim(answerer, result)
