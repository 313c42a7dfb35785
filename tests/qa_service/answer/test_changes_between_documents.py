"""The amount of a change between two documents ("So với NQ 03/2024, mức thu theo NQ 60/2025
tăng thêm bao nhiêu", "cao hơn mức tại NĐ 106/2025 bao nhiêu tiền"): a unit of one of them that
cites no other states that one's values only, so neither it nor two of its values answer; a
unit stating the change itself does, and so does one value asked of one document."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from indexer.normalize import strip_diacritics
from qa_service.answer import Answerer
from qa_service.answer.pipeline import _ASKS_DIFFERENCE
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

FEES = """**HỘI ĐỒNG NHÂN DÂN
TỈNH THỬ NGHIỆM**

Số: 60/2025/NQ-HĐND

*Thử Nghiệm, ngày 10 tháng 12 năm 2025*

**NGHỊ QUYẾT**

**Quy định mức thu dịch vụ hỗ trợ hoạt động giáo dục tại trường học công lập tỉnh Thử
Nghiệm**

*Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;*

**Điều 1. Mức thu tối đa các khoản dịch vụ**

1. Dịch vụ chăm sóc bán trú: 235.000 đồng/học sinh/tháng.

2. Dịch vụ trông giữ xe đạp của học sinh: 30.000 đồng/học sinh/tháng; xe đạp điện: 50.000
đồng/học sinh/tháng.

3. Dịch vụ nước uống của học sinh: 15.000 đồng/học sinh/tháng, cao hơn 3.000 đồng so với
mức quy định tại Nghị quyết số 03/2024/NQ-HĐND.

**Điều 2. Hiệu lực thi hành**

Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026 và thay thế Nghị quyết số
03/2024/NQ-HĐND ngày 05 tháng 7 năm 2024 của Hội đồng nhân dân tỉnh.

**CHỦ TỊCH**

Lê Văn Thử
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("changes-between-documents"), {"muc-thu.md": FEES},
        lexical_only=True,
    )  # fmt: skip
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("so với NQ 03/2024, mức thu theo NQ 60/2025 tăng thêm bao nhiêu đồng", True),
        ("mức thu theo NQ 60/2025 tăng bao nhiêu so với NQ 03/2024", True),
        # a change alone, one value: "kế hoạch thực hiện CT 27 đặt mục tiêu giảm bao nhiêu %"
        ("KH 165/KH-UBND thực hiện CT 27/CT-TTg mục tiêu giảm bao nhiêu phần trăm", False),
        ("so voi nam 2024 thi tang hay giam bao nhieu", True),
        ("cao hơn mức quy định tại NĐ 106/2025/NĐ-CP bao nhiêu tiền", True),
        ("mức chênh lệch giữa hai nghị quyết", True),
        ("được miễn giảm bao nhiêu phần trăm học phí", False),
        ("hồ sơ xét tặng được giải quyết trong bao nhiêu ngày", False),
    ],
)
def test_the_amount_of_a_change_asked(question: str, asks: bool) -> None:
    assert bool(_ASKS_DIFFERENCE.search(strip_diacritics(question.lower()))) is asks


def test_a_change_against_a_document_named_by_number_and_year(answerer: Answerer) -> None:
    # "NQ 60/2025" written bare names the document too: the unit is its own and cites no other
    result = answerer.ask(
        "So với NQ 03/2024/NQ-HĐND, mức thu dịch vụ chăm sóc bán trú theo NQ 60/2025 của tỉnh "
        "Thử Nghiệm tăng thêm bao nhiêu đồng/học sinh/tháng?"
    )
    assert not result.found, result.answer
    # asked of the one document, the same value answers
    alone = answerer.ask(
        "Mức thu dịch vụ chăm sóc bán trú theo NQ 60/2025 của tỉnh Thử Nghiệm là bao nhiêu?"
    )
    assert alone.found and "235.000" in (alone.answer or ""), alone.answer


def test_two_values_of_one_document_answer_no_change_between_two(answerer: Answerer) -> None:
    result = answerer.ask(
        "Mức thu trông giữ xe đạp điện theo NQ 60/2025/NQ-HĐND cao hơn mức quy định tại NQ "
        "03/2024/NQ-HĐND bao nhiêu tiền?"
    )
    assert not result.found, result.answer


def test_a_unit_stating_the_change_answers(answerer: Answerer) -> None:
    result = answerer.ask(
        "So với NQ 03/2024/NQ-HĐND, mức thu dịch vụ nước uống theo NQ 60/2025/NQ-HĐND tăng "
        "thêm bao nhiêu đồng?"
    )
    assert result.found and "3.000" in (result.answer or ""), result.answer
    assert_quotes_verbatim(answerer, result)
