"""What a question's places and kind codes leave of its words: typed with marks, a word is a
place's only as the place writes it ("phương án" is no "phường", "tính thuế" no "tỉnh"); a
kind's code right before the question word asks for that kind ("NĐ nào", "kèm TT nào"), while
"TT" alone may still be a centre."""

from __future__ import annotations

import pytest

from qa_service.routing import route_question


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("Phương án đơn giản hóa của Thành phố Hồ Chí Minh rút ngắn bao nhiêu ngày?", "phương"),
        ("Cách tính thuế tài nguyên của tỉnh Bắc Ninh năm 2025 là gì?", "tính"),
        ("Chi phí thẩm định của tỉnh Cà Mau là bao nhiêu?", "chi"),
    ],
)
def test_a_toned_word_like_a_place_word_stays_a_term(question: str, kept: str) -> None:
    route = route_question(question)
    assert route.localities
    assert kept in route.terms


@pytest.mark.parametrize(
    ("question", "dropped"),
    [
        ("Phí chứng thực ở xã Tân Lộc, tỉnh Cà Mau là bao nhiêu?", {"tỉnh", "xã", "cà", "mau"}),
        # typed without marks, a word is read as the place's whatever it means
        ("cach tinh thue tai nguyen cua tinh Ca Mau nam 2025", {"tinh", "ca", "mau"}),
    ],
)
def test_the_places_words_are_no_terms(question: str, dropped: set[str]) -> None:
    assert not dropped & set(route_question(question).terms)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("NĐ nào của Chính phủ thay thế NĐ 115/2015/NĐ-CP?", "nghi dinh"),
        ("UBND TP Cần Thơ ra CT số mấy về bảo vệ nước ngầm?", "chi thi"),
        ("Doanh nghiệp kê khai theo mẫu 03/TNDN ban hành kèm TT nào?", "thong tu"),
        ("Quy chế thư công vụ Ninh Bình căn cứ CT nào của Thủ tướng?", "chi thi"),
    ],
)
def test_a_kind_code_before_the_question_word_is_the_kind_asked(question: str, kind: str) -> None:
    route = route_question(question)
    assert kind in route.doc_types


def test_a_centre_asked_by_its_code_is_no_circular() -> None:
    assert route_question("TT nào tiếp nhận hồ sơ cấp phép?").doc_types == ()


@pytest.mark.parametrize(
    ("question", "places"),
    [
        # a level ("cấp xã") is no place; the city after it is
        (
            "NQ 1668 về sắp xếp ĐVHC cấp xã TP Cần Thơ thông qua ngày nào?",
            {("thanh pho", "can tho")},
        ),
        # a unit word after a name opens the place it lies in
        (
            "Phường Ba Đình TP Hà Nội có bao nhiêu tổ dân phố?",
            {("phuong", "ba dinh"), ("thanh pho", "ha noi")},
        ),
        # a name's word that folds to a unit word is the name's, marks told apart
        ("Ai ký QĐ 79/2025/QĐ-UBND của UBND tỉnh Hà Tĩnh?", {("tinh", "ha tinh")}),
        ("Điểm cải cách chế độ công vụ của huyện Văn Quan?", {("huyen", "van quan")}),
    ],
)
def test_a_place_is_named_after_its_own_unit(question: str, places: set[tuple[str, str]]) -> None:
    assert {(m.unit, m.name) for m in route_question(question).localities} == places
