"""A value whose own label qualifies the indicator asked with another word ("thu ngân sách
nhà nước" for "thu ngân sách nội địa", the row "Bữa sáng" for "bữa tối") answers nothing; the
value whose label carries the qualifier asked is still answered. The document is written
here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from qa_service.answer import Answerer
from qa_service.answer.evidence import Candidate
from qa_service.answer.question import analyse
from qa_service.answer.verify import OTHER_QUALIFIER, value_mismatch
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

REPORT = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 77/BC-UBND

*Thử Nghiệm, ngày 20 tháng 11 năm 2025*

**BÁO CÁO**

Tình hình kinh tế - xã hội 10 tháng năm 2025

**1. Kinh tế**

Tổng thu ngân sách nhà nước 10 tháng năm 2025 thực hiện 4.321 tỷ đồng, đạt 95% dự toán.

Tổng kim ngạch xuất khẩu đạt 1,2 tỷ USD, tăng 12% so cùng kỳ.

**2. Mức thu tiền ăn bán trú**

| **STT** | **Nội dung** | **Mức thu (đồng/học sinh/ngày)** |
|---|---|---|
| 1 | Bữa sáng | 18.000 |
| 2 | Bữa trưa | 32.000 |

**3. Trợ cấp**

Mức chuẩn quy định là 600.000 đồng/tháng.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**

**Trần Văn Thử**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("qualified-label"),
        {"thu-nghiem_bao-cao-77.md": REPORT},
        lexical_only=True,
    )
    yield opened
    opened.close()


def _candidate(answerer: Answerer, written: str, value: str) -> Candidate:
    corpus = answerer.corpus
    doc_id = next(iter(corpus.documents))
    units = [corpus.units[i] for i in corpus.doc_units[doc_id]]
    unit = next(u for u in units if written in u.text)
    at = unit.text.index(written) + written.index(value)
    return Candidate(unit=unit, evidence=1.0, prior=0.0, focus=(at, at + len(value)))


@pytest.mark.parametrize(
    ("question", "written", "value", "fits"),
    [
        # the label qualifies the indicator asked with another word
        ("Thu ngân sách nội địa 10 tháng năm 2025 đạt bao nhiêu?", "4.321 tỷ", "4.321", False),
        ("thu ngan sach noi dia 10 thang 2025 dat bao nhieu ty dong", "4.321 tỷ", "4.321", False),
        ("Mức thu tiền ăn bữa tối là bao nhiêu?", "18.000", "18.000", False),
        # the qualifier asked, its own label; a question that qualifies nothing
        ("Tổng thu ngân sách nhà nước 10 tháng đạt bao nhiêu?", "4.321 tỷ", "4.321", True),
        ("Thu ngân sách 10 tháng năm 2025 đạt bao nhiêu?", "4.321 tỷ", "4.321", True),
        ("Tổng kim ngạch xuất khẩu của tỉnh đạt bao nhiêu?", "1,2 tỷ", "1,2", True),
        ("Mức thu tiền ăn bữa trưa là bao nhiêu?", "32.000", "32.000", True),
        ("Mức thu tiền ăn bữa sáng là bao nhiêu?", "18.000", "18.000", True),
    ],
)
def test_the_qualifier_a_label_carries(
    answerer: Answerer, question: str, written: str, value: str, fits: bool
) -> None:
    q = analyse(answerer.corpus, route_question(question), None)
    q = replace(q, route=replace(q.route, intent="figure"))
    mismatch = value_mismatch(answerer.corpus, q, [_candidate(answerer, written, value)])
    assert (mismatch is None) is fits, mismatch
    assert fits or mismatch.startswith(OTHER_QUALIFIER)


def test_a_purpose_is_no_qualifier(answerer: Answerer) -> None:
    """The purpose the value serves ("để tính ...") qualifies the indicator asked not."""
    question = "muc chuan de tinh tro cap hang thang la bao nhieu"
    q = analyse(answerer.corpus, route_question(question), None)
    q = replace(q, route=replace(q.route, intent="figure"))
    cand = _candidate(answerer, "600.000", "600.000")
    assert value_mismatch(answerer.corpus, q, [cand]) is None
