"""A field named by words that fold to function words ("khí tượng" → "khi tuong", "báo chí" →
"bao chi") is still the subject the answer's document must write: a decision of the asked
province in another field answers nothing. The documents are written here, never seen in
tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.gazetteer import plain
from qa_service.answer.verify import (
    _content_syllables,
    subject_phrases,
)
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

DECISION = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 2468/QĐ-UBND

*Thử Nghiệm, ngày 20 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

Về việc công bố danh mục thủ tục hành chính lĩnh vực hộ tịch thuộc thẩm quyền giải quyết \
của Sở Tư pháp tỉnh Thử Nghiệm

*Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ \
tục hành chính;*

**Điều 1.** Công bố kèm theo Quyết định này danh mục 04 thủ tục hành chính lĩnh vực hộ tịch \
thuộc thẩm quyền giải quyết của Sở Tư pháp tỉnh Thử Nghiệm.

**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2025.

**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Lê Minh Thử**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("folded-subject"), {"thu-nghiem_quyet-dinh-2468.md": DECISION}
    )
    yield opened
    opened.close()


def _phrases(question: str) -> list[str]:
    route = route_question(question)
    return subject_phrases(
        plain(route.folded), _content_syllables(question), bare=not route.accented
    )


@pytest.mark.parametrize(
    ("question", "phrases"),
    [
        # typed with marks: "khí", "báo" are no "khi" (when), "bao" (how much)
        (
            "Quyết định công bố TTHC lĩnh vực khí tượng thủy văn ký ngày nào?",
            ["hanh chinh", "khi tuong"],
        ),
        ("Thủ tục lĩnh vực báo chí, xuất bản là số mấy?", ["linh vuc", "bao chi"]),
        # typed bare: the pair after the ambiguous word
        ("thu tuc linh vuc khi tuong thuy van ky ngay nao", ["linh vuc", "thuy van"]),
        # the function word typed as one stays none, marked or bare
        ("Thủ tục khi nào được ban hành?", []),
        ("thu tuc khi nao duoc ban hanh", []),
        # "về" a verb of direction: what it is sent to is no subject
        ("UBND tỉnh gửi báo cáo kết quả về cơ quan trung ương nào?", []),
        ("ubnd tinh gui bao cao ket qua ve co quan trung uong nao", []),
        # the pair's second word may cut a longer term ("giá đăng|kiểm"): none
        ("Thông tư quản lý giá đăng kiểm tàu biển do ai ký?", []),
    ],
)
def test_a_subject_word_that_folds_to_a_function_word(question: str, phrases: list[str]) -> None:
    assert _phrases(question) == phrases


@pytest.mark.parametrize(
    "question",
    [
        "Quyết định công bố TTHC lĩnh vực khí tượng thủy văn của UBND tỉnh Thử Nghiệm ban "
        "hành ngày nào?",
        "qd cong bo tthc linh vuc khi tuong thuy van cua UBND tinh Thu Nghiem ban hanh ngay nao",
        "UBND tỉnh Thử Nghiệm công bố TTHC lĩnh vực báo chí tại quyết định số mấy?",
    ],
)
def test_a_decision_of_another_field_answers_nothing(answerer: Answerer, question: str) -> None:
    """(Each got the hộ tịch decision's date or number before the check.)"""
    result = answerer.ask(question)
    assert not result.found, (question, result.answer)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Quyết định công bố TTHC lĩnh vực hộ tịch của UBND tỉnh Thử Nghiệm ban hành ngày nào?",
            "20",
        ),
        ("qd cong bo tthc linh vuc ho tich cua UBND tinh Thu Nghiem so may", "2468/QĐ-UBND"),
    ],
)
def test_the_decision_of_the_field_still_answers(
    answerer: Answerer, question: str, expected: str
) -> None:
    result = answerer.ask(question)
    assert result.found, question
    assert expected in (result.answer or "")
