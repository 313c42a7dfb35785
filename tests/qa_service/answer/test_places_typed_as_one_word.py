"""Places typed as one word ("TPHCM", "DakLak"): the documents of the place, those naming it
and those writing it so are the question's scope; the name is no locality the evidence must
write (a letter's address writes "TP. HCM" only)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.gazetteer import build_gazetteer
from qa_service.answer.question import analyse
from qa_service.routing import route_question
from tests.qa_service.answer.document_rows import document_row
from tests.qa_service.small_index import answerer_over


def _gazetteer():
    documents = {
        "hcm": document_row("hcm", "Thành phố Hồ Chí Minh"),
        "dl": document_row("dl", "Đắk Lắk"),
        "kc": document_row("kc", "Kim Cổ Nam"),
    }
    texts = {
        "hcm": "Ủy ban nhân dân Thành phố Hồ Chí Minh ban hành.",
        "dl": "Ủy ban nhân dân tỉnh Đắk Lắk ban hành.",
        "kc": "Ủy ban nhân dân xã Kim Cổ Nam ban hành.",
    }
    return build_gazetteer(documents, texts)


def test_a_name_typed_glued_or_by_its_initials_is_that_place() -> None:
    g = _gazetteer()
    assert g.one_word_place("DakLak") == "dak lak"
    assert g.one_word_place("daklak") == "dak lak"
    assert g.one_word_place("TPHCM") == "ho chi minh"
    assert g.one_word_place("tphcm") == "ho chi minh"


def test_short_initials_are_no_place() -> None:
    # "HCM", "KCN" (khu công nghiệp, not Kim Cổ Nam): a few letters stand for many things
    g = _gazetteer()
    assert g.one_word_place("HCM") is None
    assert g.one_word_place("hcm") is None
    assert g.one_word_place("KCN") is None
    assert g.one_word_place("Hà") is None


def test_spelled_places_hold_the_glued_name_and_skip_a_road() -> None:
    g = _gazetteer()
    assert g.spelled_places("Trung tâm ở TPHCM") == {"ho chi minh": ("tphcm", "hochiminh")}
    assert g.spelled_places("tai san o DakLak") == {"dak lak": ("daklak",)}
    assert g.spelled_places("Dự án đường TPHCM") == {}
    assert g.spelled_places("Trung tâm ở TP.HCM") == {}


LETTER = """**BỘ TÀI CHÍNH**
**CỤC HẢI QUAN**

Số: 39712/CHQ-GSQL

*Hà Nội, ngày 03 tháng 12 năm 2025*

Kính gửi: Công ty TNHH Ánh Dương tại TPHCM.

Trả lời công văn của Công ty về quyền xuất khẩu của doanh nghiệp, Cục Hải quan có ý kiến
như sau: doanh nghiệp được thực hiện quyền xuất khẩu theo giấy phép kinh doanh.

**CỤC TRƯỞNG**

**Nguyễn Văn Một**
"""

PLAN = """**ỦY BAN NHÂN DÂN**
**{upper}**

Số: {number}/KH-UBND

*{place}, ngày 18 tháng 11 năm 2025*

**KẾ HOẠCH**

Về trung tâm học tập cộng đồng

Trung tâm học tập cộng đồng đạt tổng điểm từ {score} điểm được xếp loại tốt.

**CHỦ TỊCH**

**Trần Văn Hai**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    docs = {
        "letter.md": LETTER,
        "hcm.md": PLAN.format(
            upper="THÀNH PHỐ HỒ CHÍ MINH", place="Thành phố Hồ Chí Minh", number=11, score=85
        ),
        "dak-lak.md": PLAN.format(upper="TỈNH ĐẮK LẮK", place="Đắk Lắk", number=22, score=80),
    }
    opened = answerer_over(tmp_path_factory.mktemp("one-word"), docs, lexical_only=True)
    yield opened
    opened.close()


def _scope(answerer: Answerer, question: str) -> set[str]:
    q = analyse(answerer.corpus, route_question(question), None)
    documents = answerer.corpus.documents
    assert q.scope is not None
    return {documents[d].meta.document.rsplit("/", 1)[-1] for d in q.scope}


def test_a_city_typed_by_its_initials_scopes_its_documents_and_those_writing_it(
    answerer: Answerer,
) -> None:
    for question in (
        "Trung tâm học tập cộng đồng ở TPHCM cần bao nhiêu điểm để xếp loại tốt?",
        "trung tam hoc tap cong dong o tphcm can bao nhieu diem de xep loai tot",
    ):
        assert _scope(answerer, question) == {"hcm.md", "letter.md"}, question


def test_the_spelled_name_is_no_locality_the_evidence_must_write(answerer: Answerer) -> None:
    question = "Cục Hải quan trả lời công ty tại TPHCM về quyền xuất khẩu bằng công văn số mấy?"
    q = analyse(answerer.corpus, route_question(question), None)
    assert q.localities == ()
    assert _scope(answerer, question) == {"hcm.md", "letter.md"}
