"""A question bounding its case by a quantity from one side ("khóa từ 12 tháng trở lên") is not
answered by a sentence writing that quantity only as the bound from the other side ("từ 01
tháng trở lên đến dưới 12 tháng"): that sentence is about the next range. The document is
written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.value_kind import _range_of_another_case
from tests.qa_service.small_index import answerer_over

DECREE = """**CHÍNH PHỦ THỬ NGHIỆM**

**NGHỊ ĐỊNH**

**Về bồi dưỡng viên chức**

**Điều 9. Điều kiện cử đi bồi dưỡng ở nước ngoài**

1. Viên chức được cử đi bồi dưỡng phải có ít nhất 03 năm công tác.

2. Đối với các khóa bồi dưỡng có thời gian từ 01 tháng trở lên đến dưới 12 tháng, viên chức \
phải còn đủ tuổi để công tác ít nhất 24 tháng tính từ khi khóa bồi dưỡng bắt đầu.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("another-range"), {"nghi-dinh-9.md": DECREE}, lexical_only=True
    )
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "sentence", "refused"),
    [
        ("khoa tu 12 thang tro len", "khoa tu 01 thang tro len den duoi 12 thang", True),
        ("khoa tren 12 thang", "khoa duoi 12 thang", True),
        ("khoa duoi 12 thang", "khoa tu 01 thang tro len den duoi 12 thang", False),
        ("tu 3.000 den duoi 5.000 m3", "tu 5.000 m3 tro len", True),
        ("tu 3.000 den duoi 5.000 m3", "tu 3.000 m3 den duoi 5.000 m3", False),
        # both ranges in the sentence: it may state the one asked
        ("khoa tu 12 thang tro len", "khoa duoi 12 thang ...; khoa tu 12 thang tro len", False),
        # two cases asked, one on each side of the quantity
        ("tu 05 nam tro len va tu 02 den duoi 05 nam", "tu 02 nam den duoi 05 nam", False),
        # the sentence bounds its own case by other quantities of the unit, never the asked
        ("chi phi tren 20 ty dong", "den 01 ty dong muc thu phi la 10 trieu dong", True),
        ("chi phi tren 10 den 20 ty dong", "tren 10 den 20 ty dong muc thu la 55 trieu", False),
        ("chi phi tren 20 ty dong", "muc thu phi la 85 trieu dong", False),
        # two cases asked, each bounded: the sentence may state the other case's
        ("tre duoi 4 tuoi va tu 16 den duoi 22 tuoi", "tu du 16 tuoi den duoi 22 tuoi: 1.5", False),
        # a number bounding no case in the question asks no range
        ("khoa 12 thang", "khoa duoi 12 thang", False),
    ],
)
def test_range_of_another_case(question: str, sentence: str, refused: bool) -> None:
    assert (_range_of_another_case(question, sentence) is not None) == refused


def test_the_next_range_answers_nothing(answerer: Answerer) -> None:
    result = answerer.ask(
        "Viên chức đi bồi dưỡng ở nước ngoài khóa từ 12 tháng trở lên phải còn đủ tuổi công tác "
        "ít nhất bao nhiêu tháng?"
    )
    assert not result.found, result.answer
    result = answerer.ask(
        "Viên chức đi bồi dưỡng ở nước ngoài khóa dưới 12 tháng phải còn đủ tuổi công tác ít "
        "nhất bao nhiêu tháng?"
    )
    assert result.found and "24 tháng" in result.answer, result.answer
