"""What a "which document" question says of the document's issuer."""

from __future__ import annotations

import pytest

from qa_service.answer.own_document import (
    _frame_syllables,
    _title_period_differs,
    issued_by_named_body,
    issuer_places,
    issuing_ministry,
    named_body_names,
    other_ministry,
)
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


def test_a_cited_decision_of_another_place_is_not_the_one_asked_for() -> None:
    q = _question(
        "Quyết định nào của UBND tỉnh Quảng Trị áp dụng các quyết định của Quảng Bình?",
        localities=("quang tri", "quang binh"),
    )
    assert not issued_by_named_body(
        q, "Quyết định số 06/2015/QĐ-UBND của UBND tỉnh Quảng Bình", "06/2015/QĐ-UBND"
    )
    assert issued_by_named_body(
        q, "Quyết định số 12/2025/QĐ-UBND của UBND tỉnh Quảng Trị", "12/2025/QĐ-UBND"
    )
    # no place after "của": nothing says it is another province's
    assert issued_by_named_body(q, "Quyết định số 12/2025/QĐ-UBND", "12/2025/QĐ-UBND")


@pytest.mark.parametrize(
    ("title", "years", "differs"),
    [
        ("Bảng giá tính thuế tài nguyên năm 2026", (2025,), True),
        ("Kế hoạch cải cách hành chính giai đoạn 2021-2030", (2025,), False),
        ("Kế hoạch cải cách hành chính năm 2023", (2023,), False),
        ("Quy chế quản lý kho dữ liệu", (2023,), False),  # the title names no period
        ("Kế hoạch năm 2023", (), False),  # the question names none
    ],
)
def test_a_title_of_another_period(title: str, years: tuple[int, ...], differs: bool) -> None:
    assert _title_period_differs(title, years) is differs


def test_a_frame_syllable_is_dropped_only_inside_its_frame_phrase() -> None:
    q = _question("Quyết định nào bãi bỏ các quy định về chi phí trong lĩnh vực báo chí?")
    frame = _frame_syllables(q)
    assert {"quyet", "nao"} <= frame  # "định" stays: "quy định" is a subject word
    assert not {"chi", "phi", "bao"} & frame  # "chi phí", "báo chí": what it is about
    q = _question("Chỉ thị nào của UBND tỉnh về báo cáo chi phí?")
    assert "chi" not in _frame_syllables(q)  # "chi phí" names the subject as well
    assert {"thi", "bao", "cao", "uy", "ban"} <= _frame_syllables(q)


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Bộ Y tế ban hành Lịch phổ biến thông tin thống kê năm 2026 vào ngày nào?", ("bo", "Y")),
        ("Thông tư của Bộ NN&MT về định mức thú y là thông tư số mấy?", ("bo", "NN&MT")),
        ("Năm 2025, Bộ Tài chính đã ban hành thông tư số mấy về phí?", ("bo", "Tài")),
        ("cong van so 12/CT-CS cua cuc thue ngay nao", ("cuc", "thue")),
        # the body whose procedures a provincial decision announces is not its issuer
        ("Quyết định công bố TTHC của Bộ Y tế do ai ký?", None),
        ("Sở nào ban hành kế hoạch?", None),
    ],
)
def test_the_ministry_named_as_issuer(question: str, named: tuple[str, str] | None) -> None:
    assert issuing_ministry(question) == named


def test_another_ministry_is_told_by_name_or_initials() -> None:
    asked = "Thông tư của Bộ NN&MT về định mức thú y là thông tư số mấy?"
    assert other_ministry(asked, "bo nong nghiep va moi truong") is None
    assert other_ministry(asked, "bo tai chinh") == "bo NN&MT"
    asked = "Bộ Y tế ban hành Lịch phổ biến thông tin thống kê vào ngày nào?"
    assert other_ministry(asked, "bo y te") is None
    assert other_ministry(asked, "bo noi vu") == "bo Y"
    # another kind of body: nothing can be told
    assert other_ministry(asked, "uy ban nhan dan tinh ha tinh") is None


def test_the_ministry_opening_the_question_before_its_act() -> None:
    asked = "Bộ Y tế công bố TTHC nội bộ lĩnh vực trồng trọt tại quyết định số mấy?"
    assert issuing_ministry(asked) == ("bo", "Y")
    assert other_ministry(asked, "bo nong nghiep va moi truong") == "bo Y"
