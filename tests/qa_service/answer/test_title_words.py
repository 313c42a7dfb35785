"""Words of a question that name its document's subject (its title) count for every unit of
that document: the sentence stating the fact, which seldom repeats the subject, is not outranked
by the opening sentences that do."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from indexer.store import IndexReader
from qa_service.answer import Answerer, evidence
from qa_service.answer.evidence import (
    candidate_units,
    lexical_evidence,
    score_units,
    title_coverage,
    unit_sets,
)
from qa_service.answer.question import analyse
from qa_service.routing import route_question

GUIDE = """SỞ GIÁO DỤC VÀ ĐÀO TẠO
TỈNH THỬ NGHIỆM

Số: 15/HD-SGDĐT

Thử Nghiệm, ngày 10 tháng 12 năm 2025

HƯỚNG DẪN

Đánh giá, xếp loại trung tâm học tập cộng đồng tại xã, phường

Nhằm giúp các trung tâm học tập cộng đồng tự đánh giá hiệu quả hoạt động, Sở Giáo dục và \
Đào tạo hướng dẫn đánh giá, xếp loại trung tâm học tập cộng đồng như sau.

1. Thời gian đánh giá

Việc đánh giá, xếp loại trung tâm học tập cộng đồng được thực hiện vào tháng 11 hằng năm.

2. Xếp loại

a) Loại tốt: Tổng số điểm đạt được từ 85 đến 100;

b) Loại khá: Tổng số điểm đạt được từ 70 đến 84,5;

c) Loại trung bình: Tổng số điểm đạt được từ 50 đến 69,5.
"""

# Another document whose title does not name the subject.
REPORT = """ỦY BAN NHÂN DÂN
XÃ BÌNH AN

Số: 20/BC-UBND

Bình An, ngày 05 tháng 12 năm 2025

BÁO CÁO

Kết quả thu ngân sách năm 2025

Tổng số thu ngân sách đạt 12 tỷ đồng, xếp loại khá so với kế hoạch.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    from indexer.pipeline import build_index

    root = tmp_path_factory.mktemp("titles")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "huong-dan-15.md").write_text(GUIDE, encoding="utf-8")
    (corpus / "bao-cao-20.md").write_text(REPORT, encoding="utf-8")
    build_index([corpus], root / "index", lexical_only=True, progress=False)
    opened = Answerer(IndexReader.open(root / "index"))  # lexical evidence only
    yield opened
    opened.close()


QUESTION = "Trung tâm học tập cộng đồng cần tổng điểm bao nhiêu để được xếp loại tốt?"


def test_title_words_count_for_units_that_lack_them(answerer: Answerer) -> None:
    corpus = answerer.corpus
    q = analyse(corpus, route_question(QUESTION), None)
    shares = title_coverage(corpus, q)
    titles = {d: (r.meta.title or "") for d, r in corpus.documents.items()}
    guide = next(d for d, t in titles.items() if "học tập cộng đồng" in t)
    for idx in range(len(corpus.units)):
        unit = corpus.units[idx]
        terms, context = unit_sets(unit, q.toned)
        title_words = corpus.title_documents(q.toned)
        expected = sum(
            w
            for t, w in q.weights.items()
            if t not in terms and t not in context and unit.doc_id in title_words.get(t, ())
        )
        assert shares[idx] == pytest.approx(expected / q.total)
        if unit.doc_id != guide:
            assert shares[idx] == 0.0
    good = next(i for i in corpus.doc_units[guide] if "Loại tốt" in corpus.units[i].text)
    assert shares[good] > 0.2  # "trung tâm học tập cộng đồng": the title's, not the row's


def test_the_fact_gains_on_sentences_repeating_the_subject(
    answerer: Answerer, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = answerer.corpus
    q = analyse(corpus, route_question(QUESTION), None)

    def ranks() -> dict[str, tuple[int, float]]:
        lexical = lexical_evidence(corpus, q)
        scored = score_units(corpus, q, candidate_units(corpus, q, [], lexical), lexical)
        out: dict[str, tuple[int, float]] = {}
        for k, c in enumerate(scored):
            for mark in ("Loại tốt", "Nhằm giúp", "Việc đánh giá"):
                if mark in c.unit.text:
                    out[mark] = (k, c.evidence)
        return out

    with_title = ranks()
    monkeypatch.setattr(evidence, "_TITLE_WEIGHT", 0.0)
    without = ranks()
    # the fact's unit gains the title's words; units that write them gain nothing
    assert with_title["Loại tốt"][1] > without["Loại tốt"][1] + 0.1
    assert with_title["Nhằm giúp"][1] == pytest.approx(without["Nhằm giúp"][1])


# A plan whose title names its programme; its duty lines repeat the programme's words, the
# target line states the value asked without them.
PLAN = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 30/KH-UBND

Thử Nghiệm, ngày 12 tháng 12 năm 2025

KẾ HOẠCH

Triển khai chương trình phòng, chống buôn lậu hàng giả đến năm 2030

I. MỤC TIÊU

1. Chỉ tiêu cụ thể

a) Phấn đấu đến năm 2030 đạt ít nhất 60% số chợ truyền thống được kiểm tra định kỳ.

II. TỔ CHỨC THỰC HIỆN

1. Sở Công Thương chủ trì kiểm tra, triển khai chương trình phòng, chống buôn lậu hàng giả.

2. Công an tỉnh phối hợp kiểm tra, triển khai chương trình phòng, chống buôn lậu hàng giả.

3. Các sở, ngành lồng ghép nhiệm vụ phòng, chống buôn lậu hàng giả vào kế hoạch hằng năm.
"""

PLAN_QUESTION = (
    "Chỉ tiêu đến năm 2030 về tỷ lệ chợ được kiểm tra trong kế hoạch triển khai"
    " chương trình phòng chống buôn lậu hàng giả?"
)


def test_words_naming_the_document_do_not_outrank_the_value_line(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Most of the question's words name the plan (its title); the lines that only repeat
    them must not outrank the line stating the value asked, which writes the rest."""
    from indexer.pipeline import build_index

    root = tmp_path_factory.mktemp("plan")
    corpus_dir = root / "corpus"
    corpus_dir.mkdir()
    (corpus_dir / "ke-hoach-30.md").write_text(PLAN, encoding="utf-8")
    (corpus_dir / "bao-cao-20.md").write_text(REPORT, encoding="utf-8")
    build_index([corpus_dir], root / "index", lexical_only=True, progress=False)
    opened = Answerer(IndexReader.open(root / "index"))
    try:
        corpus = opened.corpus
        q = analyse(corpus, route_question(PLAN_QUESTION), None)
        lexical = lexical_evidence(corpus, q)
        scored = score_units(corpus, q, candidate_units(corpus, q, [], lexical), lexical)
        order = [c.unit.text for c in scored]
        value = next(k for k, t in enumerate(order) if "60%" in t)
        # the line that only repeats the plan's title comes after the value line
        opening = next(k for k, t in enumerate(order) if t.startswith("Triển khai chương trình"))
        assert value < opening, order[:5]
    finally:
        opened.close()
