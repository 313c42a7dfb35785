"""A span of years written in words, and a rate per month asked as "bao nhiêu 1 tháng"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.evidence import constraint_factor, writes_span
from qa_service.answer.question import analyse
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 12/2025/NQ-HĐND

Thử Nghiệm, ngày 02 tháng 12 năm 2025

NGHỊ QUYẾT

Quy định mức chuẩn trợ giúp xã hội và lộ trình vùng phát thải thấp của tỉnh Thử Nghiệm

Điều 1. Mức chuẩn trợ giúp xã hội

1. Mức chuẩn trợ giúp xã hội của tỉnh Thử Nghiệm là 650.000 đồng/tháng.

Điều 2. Lộ trình thực hiện vùng phát thải thấp

a) Kể từ ngày 01 tháng 01 năm 2026 đến hết ngày 31 tháng 12 năm 2027: Thực hiện vùng phát \
thải thấp tại khu vực trung tâm.

b) Kể từ ngày 01 tháng 01 năm 2028 đến hết ngày 31 tháng 12 năm 2029: Thực hiện vùng phát \
thải thấp tại Vành đai 1 và một số khu vực tại Vành đai 2 trở vào.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("spans")
    opened = answerer_over(root, {"nghi-quyet-12.md": RESOLUTION}, lexical_only=True)
    yield opened
    opened.close()


def test_a_span_of_years_written_with_den() -> None:
    text = "ke tu ngay 01 thang 01 nam 2028 den het ngay 31 thang 12 nam 2029: thuc hien"
    assert writes_span("2028", "2029", text)
    assert writes_span("2021", "2025", "tu nam 2021 den nam 2025")
    assert writes_span("2026", "2027", "tu 01/01/2026 den 31/12/2027")
    # other years, or the two years in different sentences, are no span
    assert not writes_span("2026", "2029", text)
    assert not writes_span("2028", "2029", "nam 2028. den nam 2029")
    assert not writes_span("2028", "2029", "ma so 12028 den 2029")  # a longer number
    assert writes_span("2028", "2029", "ma so 12028; tu nam 2028 den nam 2029")


def _factor(answerer: Answerer, question: str, written: str) -> float:
    corpus = answerer.corpus
    q = analyse(corpus, route_question(question), None)
    ids = [i for ids in corpus.doc_units.values() for i in ids]
    unit = next(corpus.units[i] for i in ids if written in corpus.units[i].text)
    return constraint_factor(corpus, q, unit)


def test_the_row_of_a_span_written_in_words_is_of_that_span(answerer: Answerer) -> None:
    asked = "giai đoạn 2028-2029 vùng phát thải thấp mở rộng đến đâu?"
    assert _factor(answerer, asked, "năm 2028 đến hết") > 0
    assert _factor(answerer, asked, "năm 2026 đến hết") == 0
    # a span no row writes
    other = "giai đoạn 2030-2031 vùng phát thải thấp mở rộng đến đâu?"
    assert _factor(answerer, other, "năm 2028 đến hết") == 0


def test_a_rate_per_month_asked_as_one_month(answerer: Answerer) -> None:
    result = answerer.ask(
        "tỉnh Thử Nghiệm quy định mức chuẩn trợ giúp xã hội là bao nhiêu 1 tháng?"
    )
    assert result.found
    assert "650.000" in (result.answer or "")
    assert_quotes_verbatim(answerer, result)
