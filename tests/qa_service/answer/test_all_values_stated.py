"""Sources of an answer: a document-level answer quotes the other places its document states
all of its values; an answer with few strong passages is shown with ``top_k`` sources all the
same (the closest evidence after its own)."""

from __future__ import annotations

from pathlib import Path

from qa_service.answer.evidence import Candidate
from qa_service.answer.question import analyse
from qa_service.answer.sources import _stating_all, answer_sources
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

CONSOLIDATED = """BỘ THỬ NGHIỆM
Số: 05/VBHN-BTN
Hà Nội, ngày 02 tháng 3 năm 2021
THÔNG TƯ
Quy định về khắc phục hậu quả vật liệu thử nghiệm
Thông tư số 195/2019/TT-BTN ngày 27 tháng 12 năm 2019 của Bộ trưởng Bộ Thử nghiệm quy định \
về khắc phục hậu quả vật liệu thử nghiệm, có hiệu lực kể từ ngày 11 tháng 02 năm 2020.
**Điều 1.** Phạm vi điều chỉnh
Thông tư này quy định về khắc phục hậu quả vật liệu thử nghiệm trên toàn quốc.
**Điều 2.** Kinh phí
Kinh phí thực hiện ngày 11 hằng tháng được bảo đảm từ năm 2020.
**Điều 3.** Hiệu lực thi hành
1. Thông tư này có hiệu lực từ ngày 11 tháng 02 năm 2020.
"""


def test_the_units_stating_every_value_of_a_date_are_found_best_first(tmp_path: Path) -> None:
    answerer = answerer_over(tmp_path, {"vbhn.md": CONSOLIDATED}, lexical_only=True)
    corpus = answerer.corpus
    q = analyse(
        corpus,
        route_question("Thông tư 195/2019/TT-BTN có hiệu lực từ ngày nào?"),
        None,
    )
    (doc_id,) = corpus.documents
    quotes = [s.quote for s in _stating_all(corpus, q, doc_id, "ngày 11 tháng 02 năm 2020", [])]
    assert quotes, "no unit states the date"
    # "ngày 11 hằng tháng ... năm 2020" lacks the month: not a statement of the date
    assert not any("hằng tháng" in quote for quote in quotes)
    assert any("Thông tư này có hiệu lực từ ngày 11 tháng 02 năm 2020" in q for q in quotes)


def test_an_answer_with_few_strong_passages_still_shows_top_k_sources(tmp_path: Path) -> None:
    answerer = answerer_over(tmp_path, {"vbhn.md": CONSOLIDATED}, lexical_only=True)
    corpus = answerer.corpus
    q = analyse(corpus, route_question("Thông tư 195/2019/TT-BTN có hiệu lực từ ngày nào?"), None)
    (doc_id,) = corpus.documents
    units = [corpus.units[i] for i in corpus.doc_units[doc_id]]
    assert len(units) >= 4
    own = Candidate(units[-1], 0.9, 0.1, 0.9)
    # the other units hold little of the question: none is strong evidence
    weak = [Candidate(u, 0.3 * (i + 1) / len(units), 0.0) for i, u in enumerate(units[:-1])]
    checked = answer_sources(corpus, q, [own], [own, *weak], 3, restated=False)
    shown = answer_sources(corpus, q, [own], [own, *weak], 3)
    assert [s.start for s in checked] == [own.unit.start]  # numbers are checked on evidence
    assert len(shown) == 3 and shown[0].start == own.unit.start
    # the closest evidence after the answer's own, the strongest first
    assert shown[1].start == weak[-1].unit.start, [s.quote for s in shown]
