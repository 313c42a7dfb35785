"""A question narrowed to a document's number ("Theo NQ 98/2023/QH15, ...") reads the
quotation a letter introduces with that number: the quoted article is the cited document's
words, though no sentence of it repeats the number."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from indexer.store import IndexReader
from qa_service.answer import Answerer
from qa_service.answer.evidence import candidate_units, lexical_evidence
from qa_service.answer.question import analyse
from qa_service.routing import route_question

LETTER = """BỘ TÀI CHÍNH
CỤC THUẾ

Số: 5100/CT-CS

Hà Nội, ngày 20 tháng 11 năm 2025

Kính gửi: Thuế thành phố Thử Nghiệm

Cục Thuế nhận được công văn của Thuế thành phố Thử Nghiệm. Về vấn đề này, Cục Thuế có ý kiến \
như sau:

- Khoản 1 Điều 8 Nghị quyết số 98/2023/QH15 về thí điểm cơ chế đặc thù của Thành phố có quy \
định:

“Điều 8. Về đổi mới sáng tạo

1. Việc hỗ trợ khởi nghiệp sáng tạo được quy định như sau:

a) Miễn thuế thu nhập doanh nghiệp trong thời hạn 05 năm đối với doanh nghiệp khởi nghiệp \
sáng tạo;

b) Miễn thuế thu nhập cá nhân đối với thu nhập từ chuyển nhượng vốn góp.”

- Thông tư số 80/2021/TT-BTC hướng dẫn khai thuế:

Doanh nghiệp khai thuế thu nhập doanh nghiệp tạm tính theo quý trong thời hạn 30 ngày.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    from indexer.pipeline import build_index

    root = tmp_path_factory.mktemp("quoted")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "cong-van-5100.md").write_text(LETTER, encoding="utf-8")
    build_index([corpus], root / "index", lexical_only=True, progress=False)
    opened = Answerer(IndexReader.open(root / "index"))
    yield opened
    opened.close()


def test_units_of_a_quotation_introduced_by_a_citing_sentence(answerer: Answerer) -> None:
    corpus = answerer.corpus
    citing = corpus.citing_units(["98/2023/QH15"])
    texts = {corpus.units[i].text for i in corpus.quoted_after(citing)}
    assert any(t.startswith("a) Miễn thuế thu nhập doanh nghiệp") for t in texts)
    assert any("chuyển nhượng vốn góp" in t for t in texts)
    # the quotation ends with its closing mark: the next item cites another document
    assert not any("80/2021" in t or "tạm tính" in t for t in texts)
    # a citing sentence that opens no quotation brings nothing
    assert corpus.quoted_after(corpus.citing_units(["80/2021/TT-BTC"])) == set()


def test_a_question_narrowed_by_the_number_reaches_the_quoted_provision(
    answerer: Answerer,
) -> None:
    question = (
        "Theo NQ 98/2023/QH15, doanh nghiệp khởi nghiệp sáng tạo được miễn thuế TNDN bao lâu?"
    )
    corpus = answerer.corpus
    q = analyse(corpus, route_question(question), None)
    assert q.number_filter
    priors = candidate_units(corpus, q, [], lexical_evidence(corpus, q))
    assert any(corpus.units[i].text.startswith("a) Miễn thuế") for i in priors)
    result = answerer.ask(question)
    assert result.found and "05 năm" in (result.answer or "")
    assert "05 năm" in result.sources[0].quote
