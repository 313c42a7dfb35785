"""A place typed by its initials in capitals right after a unit word ("tỉnh BN"): the place
whose name of two to four words they spell, when they spell no other place the documents are
of; without the unit word, or in lower case, or spelling two places, they name none."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.gazetteer import build_gazetteer
from qa_service.answer.question import analyse
from qa_service.routing import route_question
from tests.qa_service.answer.document_rows import document_row
from tests.qa_service.small_index import answerer_over


def test_initials_after_a_unit_word_spell_the_one_place_of_those_letters() -> None:
    places = {"bn": "Bắc Ninh", "qn": "Quảng Ninh", "qm": "Quảng Nam", "hcm": "Hồ Chí Minh"}
    documents = {doc_id: document_row(doc_id, place) for doc_id, place in places.items()}
    texts = {doc_id: f"Ủy ban nhân dân tỉnh {place} ban hành." for doc_id, place in places.items()}
    g = build_gazetteer(documents, texts)
    assert g.initials_after_unit("BN") == "bac ninh"
    assert g.initials_after_unit("bn") is None  # lower case: a word, not initials
    assert g.initials_after_unit("QN") is None  # Quảng Ninh or Quảng Nam
    assert g.initials_after_unit("HCM") is None  # an abbreviation of the lexical table
    assert g.initials_after_unit("B") is None


PLAN = """**ỦY BAN NHÂN DÂN**
**TỈNH {upper}**

Số: {number}/KH-UBND

*{place}, ngày 18 tháng 11 năm 2025*

**KẾ HOẠCH**

Về hạ tầng kỹ thuật viễn thông thụ động

Doanh nghiệp viễn thông khôi phục liên lạc trong thời hạn {hours} giờ kể từ khi xảy ra sự cố.

**CHỦ TỊCH**

**Trần Văn Hai**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    docs = {
        "bac-ninh.md": PLAN.format(upper="BẮC NINH", place="Bắc Ninh", number=11, hours=24),
        "dak-lak.md": PLAN.format(upper="ĐẮK LẮK", place="Đắk Lắk", number=22, hours=48),
    }
    opened = answerer_over(tmp_path_factory.mktemp("initials"), docs, lexical_only=True)
    yield opened
    opened.close()


def test_a_province_typed_by_its_initials_after_its_unit_scopes_its_documents(
    answerer: Answerer,
) -> None:
    question = "Doanh nghiệp viễn thông ở tỉnh BN phải khôi phục liên lạc trong thời hạn bao lâu?"
    q = analyse(answerer.corpus, route_question(question), None)
    assert q.unsupported is None
    assert q.localities == ("bac ninh",)
    documents = answerer.corpus.documents
    assert q.scope is not None
    assert {documents[d].meta.document.rsplit("/", 1)[-1] for d in q.scope} == {"bac-ninh.md"}
    result = answerer.ask(question)
    assert result.found and "24 giờ" in (result.answer or "")


def test_initials_of_no_known_place_leave_the_question_unsupported(answerer: Answerer) -> None:
    question = "Doanh nghiệp viễn thông ở tỉnh QB phải khôi phục liên lạc trong thời hạn bao lâu?"
    q = analyse(answerer.corpus, route_question(question), None)
    assert q.unsupported is not None
    assert not answerer.ask(question).found
