"""A value labelled with another kind of the thing the question names ("dịch vụ duyệt" for
"dịch vụ kiểm định", "thủ tục sửa đổi" for "thủ tục xét") answers nothing; the kind asked is
still answered. The document is written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.value_kind import _another_kind_named
from tests.qa_service.small_index import answerer_over

CIRCULAR = """**BỘ THỬ NGHIỆM**

**THÔNG TƯ**

**Quy định giá dịch vụ đăng kiểm phương tiện thủy**

**Điều 4. Giá dịch vụ**

7. Giá cụ thể dịch vụ thẩm định thiết kế từ chiếc thứ 02 của phương tiện cùng loạt được \
tính bằng 30% giá cụ thể dịch vụ thẩm định thiết kế do đơn vị niêm yết.

8. Giá cụ thể dịch vụ duyệt lần đầu tài liệu hướng dẫn khai thác từ chiếc thứ 02 của \
phương tiện cùng loạt được tính bằng 70% giá cụ thể dịch vụ duyệt lần đầu do đơn vị niêm yết.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("another-kind"), {"thong-tu.md": CIRCULAR}, lexical_only=True
    )
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "label", "refused"),
    [
        ("gia dich vu kiem dinh lan dau", "gia cu the dich vu duyet lan dau tai lieu", True),
        ("gia dich vu duyet lan dau", "gia cu the dich vu duyet lan dau tai lieu", False),
        ("thu tuc xet tai tro nhiem vu", "thu tuc sua doi, cham dut hop dong tai tro", True),
        # two kinds asked, one of them named
        ("thu tuc tiep tuc so voi thu tuc sua doi", "thu tuc sua doi, bo sung", False),
        # a group of them named, not one kind ("nhóm thủ tục sửa đổi" holds "thủ tục thay đổi")
        ("nhom thu tuc sua doi, bo sung", "thu tuc thay doi, bo sung, cap lai", False),
        # an abbreviation after the noun may stand for the label's words
        ("thoi han cap chung chi nvcm dau thau", "cap chung chi nghiep vu chuyen mon", False),
        # words after the noun that name no kind of it
        ("thu tuc hanh chinh cap phep", "thu tuc cap phep", False),
        ("phi cap giay phep xay dung", "le phi", False),
    ],
)
def test_another_kind_named(question: str, label: str, refused: bool) -> None:
    assert (_another_kind_named(question, label) is not None) == refused


def test_the_price_of_another_service_answers_nothing(answerer: Answerer) -> None:
    result = answerer.ask(
        "Giá dịch vụ kiểm định lần đầu từ chiếc thứ 2 của phương tiện cùng loạt được tính bằng "
        "bao nhiêu % giá niêm yết?"
    )
    assert not result.found, result.answer
    result = answerer.ask(
        "Giá dịch vụ duyệt lần đầu tài liệu hướng dẫn khai thác từ chiếc thứ 2 của phương tiện "
        "cùng loạt được tính bằng bao nhiêu %?"
    )
    assert result.found and "70%" in result.answer, result.answer
