"""Values read by the structure that states them: a field line labelled with the noun a
question asks ("Phông chữ: ..." for "dùng phông chữ gì"), past a list naming it among others;
a share of a sum for "mức đóng ... là bao nhiêu", past a number of months; a good's measure,
not another thing's worth in that measure ("tương đương 03 kg gạo tẻ"); an indicator the
document names at more length ("tỷ lệ hộ gia đình có ..." for "tỷ lệ hộ có ..."); what a
count of procedures belongs to ("thuộc cấp xã") as its subject; a day written as a fragment
after its sentence ("“Ngày 10/10”;"). The document is written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import _dates, equivalent_value
from qa_service.answer.question import analyse
from qa_service.answer.verify import (
    subject_phrases,
)
from qa_service.routing import route_question
from tests.qa_service.answer.value_candidates import candidate_at, mismatch_for
from tests.qa_service.small_index import answerer_over

DECREE = """**CHÍNH PHỦ**

Số: 77/2025/NĐ-CP

*Hà Nội, ngày 18 tháng 11 năm 2025*

**NGHỊ ĐỊNH**

Quy định trình bày văn bản, kinh phí công đoàn và chế độ ăn của học viên

**Điều 1. Kỹ thuật trình bày**

Kỹ thuật trình bày văn bản bao gồm: khổ giấy, kiểu trình bày, phông chữ, cỡ chữ, kiểu chữ.

1. Khổ giấy: Khổ A4 (210 mm x 297 mm).

2. Phông chữ: Phông chữ tiếng Việt Times New Roman, màu đen.

**Điều 2. Kinh phí công đoàn**

1. Doanh nghiệp gặp khó khăn được tạm dừng đóng kinh phí công đoàn trong thời gian không \
quá 12 tháng.

2. Kinh phí công đoàn do cơ quan, tổ chức, đơn vị, doanh nghiệp đóng bằng 2% quỹ tiền \
lương làm căn cứ đóng bảo hiểm xã hội.

**Điều 3. Chế độ ăn của học viên**

1. Học viên được Nhà nước bảo đảm, tiêu chuẩn định lượng mỗi tháng gồm:

a) 17 kg gạo tẻ;

b) 01 kg thịt lợn.

2. Tiền thuốc chữa bệnh thông thường cho học viên được cấp tương đương 03 kg gạo \
tẻ/học viên/tháng.

**Điều 4. Tiêu chí**

Tỷ lệ hộ gia đình có hợp đồng mua bán điện dưới 95%.

Tỷ lệ hộ gia đình được sử dụng nước sạch theo quy chuẩn dưới 30%.

**TM. CHÍNH PHỦ**
**THỦ TƯỚNG**

**Trần Văn Thưởng**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("by-structure"),
        {"chinh-phu_nghi-dinh-77.md": DECREE},
        lexical_only=True,
    )
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the field line labelled with the noun asked, not the list naming it among others
        ("Theo Nghị định 77/2025/NĐ-CP, văn bản dùng phông chữ gì?", "Times New Roman"),
        # a share of a sum for the contribution asked, past a number of months
        ("Mức đóng kinh phí công đoàn của doanh nghiệp là bao nhiêu?", "2%"),
        # the good's own measure, not the worth of medicine in it
        ("Mỗi học viên được cấp bao nhiêu kg gạo tẻ một tháng?", "17 kg"),
    ],
)
def test_the_value_its_structure_states(answerer: Answerer, question: str, expected: str) -> None:
    result = answerer.ask(question)
    assert result.found, question
    assert expected in (result.answer or ""), result.answer


def test_a_field_line_labelled_with_the_noun_asked(answerer: Answerer) -> None:
    # the list naming the noun among others ("bao gồm: khổ giấy, ..., phông chữ, ...") covers
    # as much of the question: the field line's label says it states the value
    best = answerer.trace("Văn bản dùng phông chữ gì?").candidates[0]
    assert best.unit.text.startswith("Phông chữ:"), best.unit.text


@pytest.mark.parametrize(
    ("question", "written", "value", "fits"),
    [
        # the payer of "mức đóng ... của X" is X
        ("Mức đóng kinh phí công đoàn của doanh nghiệp là bao nhiêu?", "bằng 2%", "2%", True),
        ("Mức đóng kinh phí công đoàn của đoàn viên là bao nhiêu?", "bằng 2%", "2%", False),
        # the indicator asked, named at more length; another indicator of the same head
        ("Tỷ lệ hộ có hợp đồng mua bán điện dưới bao nhiêu %?", "dưới 95%", "95%", True),
        ("ty le ho co hop dong mua ban dien duoi bao nhieu phan tram", "dưới 95%", "95%", True),
        ("Tỷ lệ hộ có hợp đồng mua bán điện dưới bao nhiêu %?", "dưới 30%", "30%", False),
    ],
)
def test_the_value_of_what_is_asked(
    answerer: Answerer, question: str, written: str, value: str, fits: bool
) -> None:
    mismatch = mismatch_for(answerer, question, written, value)
    assert (mismatch is None) is fits, mismatch


@pytest.mark.parametrize(
    ("question", "written", "equivalent"),
    [
        ("Mỗi học viên được cấp bao nhiêu kg gạo tẻ một tháng?", "tương đương 03 kg", True),
        ("Mỗi học viên được cấp bao nhiêu kg gạo tẻ một tháng?", "17 kg", False),
        # the worth itself asked
        ("Tiền thuốc tương đương bao nhiêu kg gạo tẻ?", "tương đương 03 kg", False),
    ],
)
def test_a_worth_in_the_measure_asked(
    answerer: Answerer, question: str, written: str, equivalent: bool
) -> None:
    q = analyse(answerer.corpus, route_question(question), None)
    cand = candidate_at(answerer, written, written.split()[-2])
    assert equivalent_value(q, cand.unit.text, cand.focus[0]) is equivalent


def test_what_a_count_belongs_to_is_its_subject() -> None:
    phrases = subject_phrases("danh muc co bao nhieu thu tuc thuoc linh vuc dat dai")
    assert "thuoc linh" not in phrases
    assert "linh vuc" in phrases
    assert "thuoc cap" not in subject_phrases("danh muc co bao nhieu thu tuc thuoc cap xa?")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("“Ngày 10/10”;", "Ngày 10/10"),
        ("Ngày 15 tháng 3 năm 2026, tổ chức hội nghị.", "Ngày 15 tháng 3 năm 2026"),
        ("trước ngày 10/10 hằng năm", "trước ngày 10/10"),
    ],
)
def test_a_day_opening_a_fragment(text: str, day: str) -> None:
    assert [m.group() for m in _dates(text, "", "to chuc vao ngay nao", limit=True)] == [day]
