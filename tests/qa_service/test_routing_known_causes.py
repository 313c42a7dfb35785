"""Routing of small known causes of wrong answers: the head of a site and a rate of points are
no score, a law asked by an article of it is a ground the document cites, a day observed yearly
is a date."""

from __future__ import annotations

import pytest

from qa_service.routing import route_question


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # "trưởng điểm thi" heads an exam site; "tỷ lệ điểm" asks a rate
        ("Ủy viên là trưởng điểm thi được chi bao nhiêu một ngày?", "figure"),
        ("Tỷ lệ điểm thi môn Toán trên trung bình là bao nhiêu?", "figure"),
        ("Điểm thưởng tối đa là mấy điểm?", "score"),
        # the number of a document asked after an article of it, named by its title
        ("Thông tư về giá phát điện dẫn khoản 4 Điều 52 Luật Điện lực số mấy?", "basis"),
        ("Cong van 1539 dan Dieu 50 Luat Quan ly thue so may?", "basis"),
        ("Cục Hải quan viện dẫn Điều 86 Luật Hải quan số mấy?", "basis"),
        ("Cục Thuế viện dẫn những văn bản nào?", "list"),
        # "Thương dẫn" is no "hướng dẫn": the ministry relies on the document asked
        ("Bộ Công Thương dẫn nghị định nào khi trả lời doanh nghiệp?", "basis"),
        ("Cục Thuế hướng dẫn nghị định nào?", "decision"),
        # a day observed yearly, asked by its name
        ("Ngày toàn dân phòng, chống ma túy là ngày nào?", "date"),
        ("Ngay Quoc te phong, chong ma tuy la ngay may?", "date"),
    ],
)
def test_intent(question: str, intent: str) -> None:
    assert route_question(question).intent == intent
