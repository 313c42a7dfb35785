"""What a "which document" question says of the document's issuer."""

from __future__ import annotations

import pytest

from qa_service.answer.own_document import issuer_places, named_body_names
from qa_service.answer.question import Question
from qa_service.routing import route_question


def _question(text: str, localities: tuple[str, ...] = ()) -> Question:
    return Question(
        route=route_question(text),
        toned=True,
        terms=(),
        weights={},
        total=0.0,
        bigrams=frozenset(),
        all_bigrams=frozenset(),
        all_tokens=frozenset(),
        scope=None,
        own_doc=None,
        number_filter=(),
        localities=localities,
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ai ky thong tu quy dinh quy trinh kiem tra cua Bo Xay dung?", ["bo xay"]),
        ("QĐ nào của Bộ trưởng Bộ Nội vụ công bố TTHC?", ["bo noi"]),
        ("Văn bản của Sở GDĐT TP.HCM số mấy?", []),  # an abbreviated name: not compared
        # two bodies after "của": which one issued the document is not said
        ("QĐ nào của Chủ tịch UBND TP Huế công bố TTHC của Sở Văn hóa và Thể thao?", []),
    ],
)
def test_the_named_issuer(text: str, names: list[str]) -> None:
    assert named_body_names(_question(text)) == names


def test_a_place_after_cua_is_the_issuer_place() -> None:
    q = _question(
        "Quyết định nào của tỉnh Quảng Bình được áp dụng trên toàn tỉnh Quảng Trị?",
        localities=("quang binh", "quang tri"),
    )
    assert issuer_places(q) == ["quang binh"]
