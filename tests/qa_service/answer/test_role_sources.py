"""Sources of an answer about a body's role: the unit of the answer's document that says the
role the question asks ("làm đầu mối") comes first among the other strong evidence, before
units that only repeat the document's subject."""

from __future__ import annotations

from pathlib import Path

from qa_service.answer.evidence import Candidate
from qa_service.answer.question import analyse
from qa_service.answer.sources import _role_first
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

RULES = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM
Số: 40/2025/QĐ-UBND
Thử Nghiệm, ngày 02 tháng 12 năm 2025
QUYẾT ĐỊNH
Ban hành Quy định quản lý chất thải rắn sinh hoạt trên địa bàn tỉnh
**Điều 1.** Sở Tài chính tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí quản lý chất thải rắn \
sinh hoạt.
**Điều 2.** Sở Xây dựng tham mưu Ủy ban nhân dân tỉnh quy hoạch khu xử lý chất thải rắn \
sinh hoạt.
**Điều 3.** Sở Nông nghiệp và Môi trường làm đầu mối, tham mưu giúp Ủy ban nhân dân tỉnh tổ \
chức thực hiện Quy định này.
"""


def test_the_unit_saying_the_asked_role_comes_first(tmp_path: Path) -> None:
    answerer = answerer_over(tmp_path, {"rules.md": RULES}, lexical_only=True)
    corpus = answerer.corpus
    q = analyse(
        corpus,
        route_question(
            "quy dinh quan ly chat thai ran sinh hoat giao co quan nao lam dau moi tham muu UBND"
        ),
        None,
    )
    doc_id = next(iter(corpus.documents))
    units = [corpus.units[i] for i in corpus.doc_units[doc_id]]
    cands = [Candidate(unit, 0.5, 0.0) for unit in units]
    ordered = _role_first(q, cands, {doc_id})
    assert "làm đầu mối" in ordered[0].unit.text
    assert sorted(id(c) for c in ordered) == sorted(id(c) for c in cands)
    # another document's role statement is not put first
    assert _role_first(q, cands, {"another"}) == cands
