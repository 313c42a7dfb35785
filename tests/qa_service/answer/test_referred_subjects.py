"""A unit that names its subject only by a reference to another point of its own document
("Đối tượng quy định tại điểm a khoản 2 Điều 1 Nghị quyết này được hưởng ...") is matched by the
words written at that point, while its quote stays its own text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.evidence import (
    Candidate,
    _add_referred,
    candidate_units,
    lexical_evidence,
    score_units,
)
from qa_service.answer.extractors import states_value
from qa_service.answer.question import analyse
from qa_service.answer.references import own_references, referred_units
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

RESOLUTION = """HỘI ĐỒNG NHÂN DÂN TỈNH KIM SƠN

Số: 31/2025/NQ-HĐND

Kim Sơn, ngày 10 tháng 12 năm 2025

NGHỊ QUYẾT

Quy định mức hỗ trợ đối với học sinh trên địa bàn tỉnh

Chương I

QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng

1. Phạm vi điều chỉnh

Nghị quyết này quy định mức hỗ trợ trên địa bàn tỉnh.

2. Đối tượng áp dụng

a) Học sinh dân tộc thiểu số ở bán trú tại xã đặc biệt khó khăn theo quy định tại \
Điều 4 Nghị định số 66/2025/NĐ-CP.

b) Học sinh khuyết tật học hòa nhập tại cơ sở giáo dục phổ thông công lập.

Chương II

MỨC HỖ TRỢ

Điều 2. Mức hỗ trợ

1. Học sinh quy định tại điểm a khoản 2 Điều 1 Nghị quyết này được hưởng mức hỗ trợ \
360.000 đồng/người/tháng.

2. Học sinh quy định tại điểm b khoản 2 Điều 1 Nghị quyết này được hưởng mức hỗ trợ \
1.500.000 đồng/người/tháng.

3. Học sinh khuyết tật học hòa nhập tại cơ sở giáo dục phổ thông công lập được hỗ trợ \
thêm tiền mua đồ dùng học tập 300.000 đồng/người/năm học.

4. Hồ sơ đề nghị hỗ trợ đối với học sinh quy định tại điểm a khoản 2 Điều 1 Nghị quyết này \
do nhà trường lập.

Điều 3. Hiệu lực thi hành

Nghị quyết này có hiệu lực kể từ ngày 01 tháng 01 năm 2026.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("referred-subjects")
    opened = answerer_over(root, {"nghi-quyet-31.md": RESOLUTION}, lexical_only=True)
    yield opened
    opened.close()


def test_references_of_its_own_document() -> None:
    assert own_references("Đối tượng quy định tại điểm a khoản 2 Điều 1 Nghị quyết này") == [
        ("1", "2", "a")
    ]
    assert own_references("trừ trường hợp quy định tại khoản 3 Điều này") == [("này", "3", None)]
    assert own_references("trừ đối tượng quy định tại điểm c khoản này") == [(None, "này", "c")]


def test_another_documents_article_is_no_reference() -> None:
    assert own_references("theo quy định tại Điều 75 Nghị định số 145/2020/NĐ-CP") == []
    assert own_references("quy định tại khoản 1, 2, 3 Điều 4 Nghị quyết này") == []
    assert own_references("của từng đối tượng quy định tại các Điều 3, 4, 5, 6") == []


def _scored(answerer: Answerer, question: str, *, by_kind: bool = True) -> dict[str, float]:
    """Evidence of the units by a phrase of theirs (the value they state, or the first words)."""
    corpus = answerer.corpus
    q = analyse(corpus, route_question(question), None)
    lexical = lexical_evidence(corpus, q)
    stated = states_value(corpus, q, "figure") if by_kind else None
    scored = score_units(corpus, q, candidate_units(corpus, q, [], lexical), lexical, stated)
    phrases = ("360.000", "1.500.000", "300.000", "Hồ sơ đề nghị")
    return {p: c.evidence for c in scored for p in phrases if p in c.unit.text}


def test_the_referred_point_is_read(answerer: Answerer) -> None:
    corpus = answerer.corpus
    (doc_id,) = corpus.doc_units
    stating = [corpus.units[i] for i in corpus.doc_units[doc_id]]
    first = next(u for u in stating if "360.000" in u.text)
    referred = referred_units(corpus, first)
    assert [u.text[:2] for u in referred] == ["a)"], referred


def test_the_subject_written_at_the_referred_point(answerer: Answerer) -> None:
    evidence = _scored(answerer, "Học sinh dân tộc thiểu số ở bán trú được hỗ trợ bao nhiêu?")
    assert evidence["360.000"] > evidence["1.500.000"], evidence


def test_the_other_subject_gets_its_own_value(answerer: Answerer) -> None:
    evidence = _scored(answerer, "Học sinh khuyết tật học hòa nhập được hỗ trợ bao nhiêu?")
    assert evidence["1.500.000"] > evidence["360.000"], evidence


def test_read_only_where_a_value_is_asked(answerer: Answerer) -> None:
    with_kind = _scored(answerer, "Học sinh dân tộc thiểu số ở bán trú được hỗ trợ bao nhiêu?")
    without = _scored(
        answerer, "Học sinh dân tộc thiểu số ở bán trú được hỗ trợ bao nhiêu?", by_kind=False
    )
    # no kind of value asked: the referred words count for no unit
    assert without["360.000"] < with_kind["360.000"], (without, with_kind)


def test_a_unit_stating_no_value_gains_nothing(answerer: Answerer) -> None:
    # "Hồ sơ ... học sinh quy định tại điểm a": refers to the subject asked, states no sum
    evidence = _scored(answerer, "Học sinh dân tộc thiểu số ở bán trú được hỗ trợ bao nhiêu?")
    plain = _scored(
        answerer, "Học sinh dân tộc thiểu số ở bán trú được hỗ trợ bao nhiêu?", by_kind=False
    )
    assert evidence["Hồ sơ đề nghị"] == plain["Hồ sơ đề nghị"], (evidence, plain)


def test_never_above_a_unit_naming_the_subject_itself(answerer: Answerer) -> None:
    # clause 3 writes "học sinh khuyết tật học hòa nhập" and states a sum: the unit naming them
    # by "điểm b khoản 2 Điều 1" may come close, never above it
    question = (
        "Học sinh khuyết tật học hòa nhập tại cơ sở giáo dục phổ thông công lập được hỗ trợ bao "
        "nhiêu tiền?"
    )
    evidence = _scored(answerer, question)
    assert evidence["300.000"] > evidence["1.500.000"], evidence


def test_an_article_of_another_chapter_is_found(answerer: Answerer) -> None:
    # Điều 2 (Chương II) refers to Điều 1 (Chương I): chapters do not number articles anew
    corpus = answerer.corpus
    (doc_id,) = corpus.doc_units
    units = [corpus.units[i] for i in corpus.doc_units[doc_id]]
    second = next(u for u in units if "1.500.000" in u.text)
    assert "Chương II" in second.section, second.section
    assert [u.text[:2] for u in referred_units(corpus, second)] == ["b)"]


def test_the_lift_stops_below_a_unit_naming_the_subject(answerer: Answerer) -> None:
    # ranked on evidence and prior, the unit writing "học sinh khuyết tật học hòa nhập" itself
    # and stating a sum (300.000) stays first, though the words by reference would lift the
    # other one (1.500.000) over it
    corpus = answerer.corpus
    q = analyse(
        corpus, route_question("Học sinh khuyết tật học hòa nhập được hỗ trợ bao nhiêu?"), None
    )
    (doc_id,) = corpus.doc_units
    units = [corpus.units[i] for i in corpus.doc_units[doc_id]]
    naming = Candidate(unit=next(u for u in units if "300.000" in u.text), evidence=0.2, prior=0.0)
    referring = Candidate(
        unit=next(u for u in units if "1.500.000" in u.text), evidence=0.15, prior=0.0
    )
    _add_referred(corpus, q, [naming, referring], states_value(corpus, q, "figure"))
    assert 0.15 < referring.evidence < naming.evidence, referring
    assert referring.referred == referring.evidence - 0.15
