"""A part the question names by a capitalized name and a number ("Vành đai 4") belongs to a
series its document numbers ("Vành đai 1", "Vành đai 2", "Vành đai 3"): a document that never
numbers the part asked does not answer for it, and an item labelled with another part of the
series ("8. Khu vực Vành đai 3, gồm 36 phường ...") states that part's value, whatever other
part its text goes on to name. The number of a form ("theo mẫu số 02") is no figure. The
document is written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import _named_parts, value_spans
from tests.qa_service.small_index import answerer_over

RESOLUTION = """**HỘI ĐỒNG NHÂN DÂN**
**THÀNH PHỐ THỬ NGHIỆM**

Số: 57/2025/NQ-HĐND

*Thử Nghiệm, ngày 26 tháng 11 năm 2025*

**NGHỊ QUYẾT**

Quy định thực hiện vùng hạn chế xe tải trên địa bàn thành phố Thử Nghiệm

**Điều 3. Giải thích từ ngữ**

1. Khu vực đường Vành đai 1, gồm 09 phường: Hồ Tây, Ba Cửa, Hàng Gạo.

2. Khu vực đường Vành đai 2, gồm 14 phường: 09 phường thuộc khu vực đường Vành đai 1 và các \
phường khác.

3. Khu vực đường Vành đai 3, gồm 36 phường, xã: 14 phường thuộc khu vực đường Vành đai 2 và \
các xã, phường ngoại thành.

**Điều 4. Khen thưởng**

Cá nhân tiêu biểu được tặng Bằng khen (theo mẫu số 02, mẫu số 03 kèm theo) và tiền thưởng \
theo quy định của Thành phố.

**Điều 5. Hiệu lực thi hành**

Nghị quyết này có hiệu lực thi hành từ ngày 10 tháng 12 năm 2025.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("numbered-names"), {"nghi-quyet-57.md": RESOLUTION},
        lexical_only=True,
    )  # fmt: skip
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("Khu vực đường Vành đai 4 gồm bao nhiêu phường?", {("vanh dai", 4)}),
        ("Các xã thuộc Tiểu khu II có bao nhiêu hộ?", {("tieu khu", 2)}),
        # a document, a point of one, a form, a time or a batch: no part of a series
        ("Theo Quyết định 15 thì sao?", set()),
        ("Khoản 2 theo Điều 5 Luật Thủ đô quy định gì?", set()),
        ("Danh mục đợt 3 theo Mẫu 02 năm 2025?", set()),
        ("Báo cáo Quý 3 năm 2025 gửi khi nào?", set()),
        # a code or a measure after the number
        ("Xe trên Quốc lộ 14C có bao nhiêu?", set()),
        ("Tỷ lệ Nhóm 95.04 là bao nhiêu?", set()),
    ],
)
def test_the_numbered_names_of_a_question(question: str, parts: set[tuple[str, int]]) -> None:
    assert _named_parts(question) == parts


def test_a_part_the_document_does_not_number_is_not_answered(answerer: Answerer) -> None:
    result = answerer.ask("Khu vực đường Vành đai 4 của thành phố Thử Nghiệm gồm bao nhiêu phường?")
    assert not result.found, result.answer


def test_the_item_labelled_with_the_part_asked_answers(answerer: Answerer) -> None:
    result = answerer.ask("Khu vực đường Vành đai 2 của thành phố Thử Nghiệm gồm bao nhiêu phường?")
    assert result.found and result.answer is not None
    assert "14 phường" in result.answer and "36" not in result.answer


def test_the_number_of_a_form_is_no_figure() -> None:
    text = "được tặng Bằng khen (theo mẫu số 02, Mẫu 03 kèm theo) và 05 triệu đồng"
    assert [text[a:b] for a, b in value_spans(text)] == ["05"]


def test_a_sum_the_document_does_not_state_is_not_answered(answerer: Answerer) -> None:
    result = answerer.ask("Tiền thưởng cho cá nhân tiêu biểu là bao nhiêu triệu đồng?")
    assert not result.found, result.answer
