"""The body a list item's task is given to by the sentence that opens the list."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.evidence import Candidate
from qa_service.answer.extractors import _list_lead_recipient
from tests.qa_service.small_index import answerer_over

DECISION = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 61/2025/QĐ-UBND

Thử Nghiệm, ngày 18 tháng 11 năm 2025

QUYẾT ĐỊNH

Sửa đổi quy định về bồi thường, hỗ trợ khi Nhà nước thu hồi đất

Điều 1. Phân cấp

1. Nội dung phân cấp

Ủy ban nhân dân tỉnh phân cấp cho Ủy ban nhân dân cấp xã quyết định một số khoản hỗ trợ \
thuộc thẩm quyền của Ủy ban nhân dân tỉnh như sau:

a) Hỗ trợ để giao đất ở có thu tiền sử dụng đất cho các hộ gia đình còn thiếu đất ở.

b) Hỗ trợ ổn định đời sống khi nhà nước thu hồi đất nông nghiệp.

c) Hỗ trợ ổn định sản xuất, kinh doanh khi nhà nước thu hồi đất.

Điều 2. Hiệu lực thi hành

Quyết định này có hiệu lực kể từ ngày ký.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("list-lead")
    opened = answerer_over(root, {"quyet-dinh-61.md": DECISION}, lexical_only=True)
    yield opened
    opened.close()


def test_the_recipient_named_by_the_sentence_opening_the_list(answerer: Answerer) -> None:
    result = answerer.ask(
        "Ủy ban nhân dân tỉnh phân cấp cho cấp nào quyết định khoản hỗ trợ ổn định đời sống "
        "khi nhà nước thu hồi đất nông nghiệp?"
    )
    assert result.found, result
    assert result.answer == "Ủy ban nhân dân cấp xã"
    quotes = [s.quote for s in result.sources]
    assert any("phân cấp cho Ủy ban nhân dân cấp xã" in quote for quote in quotes)
    for source in result.sources:
        assert answerer.texts[source.doc_id][source.start : source.end] == source.quote


def test_an_item_reads_its_recipient_from_the_lead_sentence(answerer: Answerer) -> None:
    corpus = answerer.corpus
    units = [corpus.units[i] for i in corpus.doc_units[next(iter(answerer.texts))]]
    item = next(u for u in units if "ổn định đời sống" in u.text)
    lead = next(u for u in units if "phân cấp cho" in u.text)
    cand = Candidate(unit=item, evidence=0.6, prior=0.0)
    found = _list_lead_recipient(corpus, cand)
    assert found is not None and found[0] == "Ủy ban nhân dân cấp xã"
    assert cand.extra == ((lead.start, lead.end),)
    # the lead sentence is no item of a list; a sentence that opens no list gives none
    assert _list_lead_recipient(corpus, Candidate(unit=lead, evidence=0.6, prior=0.0)) is None
    last = next(u for u in units if "có hiệu lực" in u.text)
    assert _list_lead_recipient(corpus, Candidate(unit=last, evidence=0.6, prior=0.0)) is None
