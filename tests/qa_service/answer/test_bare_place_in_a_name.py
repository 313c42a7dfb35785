"""A place typed without a unit word may be part of a rarer name the question gives (a road
"cao tốc Tuyên Quang - Hà Giang", a company "Bia Sài Gòn – Bến Tre"): the documents writing
that name stay in the scope beside the place's own documents, the rarer words ranking them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.question import analyse
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

PROVINCE = """**ỦY BAN NHÂN DÂN**
**TỈNH TUYÊN QUANG**

Số: {number}/KH-UBND

*Tuyên Quang, ngày 18 tháng 11 năm 2025*

**KẾ HOẠCH**

Về {topic} trên địa bàn tỉnh Tuyên Quang

Các sở, ngành của tỉnh Tuyên Quang triển khai {topic}.

**CHỦ TỊCH**

**Nguyễn Văn Một**
"""

TELEGRAM = """**THỦ TƯỚNG CHÍNH PHỦ**

Số: 224/CĐ-TTg

*Hà Nội, ngày 20 tháng 11 năm 2025*

**CÔNG ĐIỆN**

Về việc chuẩn bị khánh thành các công trình

Các dự án có kế hoạch khánh thành: cao tốc Tuyên Quang - Hà Giang; nhà ga T2 Nội Bài.

**THỦ TƯỚNG**

**Trần Văn Hai**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    docs = {
        "tq-1.md": PROVINCE.format(number=11, topic="chuyển đổi số"),
        "tq-2.md": PROVINCE.format(number=12, topic="phòng chống thiên tai"),
        "cong-dien.md": TELEGRAM,
    }
    opened = answerer_over(tmp_path_factory.mktemp("bare-place-name"), docs, lexical_only=True)
    yield opened
    opened.close()


def _scope(answerer: Answerer, question: str) -> set[str]:
    q = analyse(answerer.corpus, route_question(question), None)
    assert q.scope is not None
    documents = answerer.corpus.documents
    return {documents[d].meta.document.rsplit("/", 1)[-1] for d in q.scope}


def test_a_bare_place_keeps_in_scope_the_documents_writing_it(answerer: Answerer) -> None:
    scope = _scope(answerer, "Công điện về khánh thành cao tốc Tuyên Quang - Hà Giang do ai ký?")
    assert {"cong-dien.md", "tq-1.md", "tq-2.md"} <= scope


def test_a_place_after_a_unit_word_still_narrows_to_its_documents(answerer: Answerer) -> None:
    scope = _scope(answerer, "Kế hoạch chuyển đổi số của tỉnh Tuyên Quang số mấy?")
    assert "cong-dien.md" not in scope


def test_the_rare_name_ranks_the_document_writing_it_first(answerer: Answerer) -> None:
    result = answerer.ask("Công điện về khánh thành cao tốc Tuyên Quang - Hà Giang do ai ký?")
    assert result.found and "Trần Văn Hai" in (result.answer or "")


def test_a_name_after_a_unit_word_is_not_typed_bare(answerer: Answerer) -> None:
    gazetteer = answerer.corpus.gazetteer
    assert gazetteer.typed_after_unit("xã, phường miền núi tỉnh Tuyên Quang", "tuyen quang")
    assert gazetteer.typed_after_unit("ke hoach cua tinh tuyen quang", "tuyen quang")
    assert not gazetteer.typed_after_unit("cao tốc Tuyên Quang - Hà Giang", "tuyen quang")
