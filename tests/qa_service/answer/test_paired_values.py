"""Values a sentence states together: a total and its parts, two values asked in one question,
a value said of a place with an aside between them, a measure written against its number."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer, extractors
from qa_service.answer.evidence import Candidate
from qa_service.answer.extractors import _names_place, _total_fit, _values, names_asked_kind
from qa_service.answer.extractors import value_unit as _value_unit
from qa_service.answer.pipeline import _other_row
from qa_service.answer.question import analyse
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

PLAN = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 31/KH-UBND

Thử Nghiệm, ngày 02 tháng 12 năm 2025

KẾ HOẠCH

Phát triển hạ tầng viễn thông và phòng chống thiên tai

I. THỰC TRẠNG

1. Hiện nay, tổng số trạm thu phát sóng thông tin di động tại các khu công nghiệp của tỉnh \
khoảng 180 trạm, trong đó có 22 trạm 5G.

2. Theo dự báo, từ tối nay đến ngày 18/11/2025 khu vực ven biển phía bắc có mưa phổ biến \
200-400mm, cục bộ có nơi trên 700mm, khu vực miền núi phía tây có mưa 100-250mm.

3. Sau khi sắp xếp, tỉnh Thử Nghiệm có 95 đơn vị hành chính cấp xã, gồm 72 xã và 23 phường; \
trong đó có 67 xã, 21 phường hình thành sau sắp xếp và 07 đơn vị hành chính cấp xã không \
thực hiện sắp xếp.

4. Hệ số trợ cấp xã hội hằng tháng đối với người từ đủ 16 tuổi đến dưới 22 tuổi đang đi học: \
1,5.

5. Vốn điều lệ của Quỹ phát triển nhà ở do ngân sách tỉnh cấp lần đầu từ nguồn vốn đầu tư \
công của tỉnh tối thiểu là 500 (năm trăm) tỷ đồng ngay sau khi được thành lập và được nâng \
mức vốn điều lệ của Quỹ lên tối thiểu là 900 (chín trăm) tỷ đồng trong 03 năm tiếp theo.

6. Đến năm 2030, hệ thống cáp quang tại các khu công nghiệp phải đạt tốc độ truyền dữ liệu \
10 Gigabit mỗi giây (10 Gbps) đối xứng.

II. TỶ LỆ VỐN ĐỐI ỨNG

Tỷ lệ vốn đối ứng của ngân sách địa phương theo Bảng sau:

|
**TT**
|
**Địa phương**
|
**Tỷ lệ vốn đối ứng (%)**
|
|
1
|
Xã Sơn Thủy
|
80
|
|
2
|
Phường Hòa Bình
|
30
|
|
3
|
Phường Hòa Lạc
|
40
|

III. TỔ CHỨC THỰC HIỆN

Giao Bộ Xây dựng chủ trì, phối hợp với Văn phòng Chính phủ hướng dẫn thực hiện.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("paired")
    opened = answerer_over(root, {"ke-hoach-31.md": PLAN}, lexical_only=True)
    yield opened
    opened.close()


def test_a_total_and_its_part_asked_together_come_from_one_sentence(answerer: Answerer) -> None:
    result = answerer.ask(
        "Các khu công nghiệp của tỉnh Thử Nghiệm có tổng bao nhiêu trạm thu phát sóng thông tin "
        "di động và trong đó bao nhiêu trạm 5G?"
    )
    assert result.found, result
    assert "180" in result.answer and "22" in result.answer
    assert_quotes_verbatim(answerer, result)


def test_two_places_compared_in_one_sentence_get_both_values(answerer: Answerer) -> None:
    result = answerer.ask(
        "Dự báo mưa đến ngày 18/11/2025: khu vực ven biển phía bắc so với khu vực miền núi phía "
        "tây mưa phổ biến bao nhiêu?"
    )
    assert result.found, result
    assert "200-400mm" in result.answer and "100-250mm" in result.answer
    assert_quotes_verbatim(answerer, result)


def test_a_total_is_the_value_its_parts_follow(answerer: Answerer) -> None:
    result = answerer.ask(
        "Sau sắp xếp, tỉnh Thử Nghiệm có tổng cộng bao nhiêu đơn vị hành chính cấp xã?"
    )
    assert result.found, result
    assert "95" in result.answer
    text = "có 95 đơn vị hành chính cấp xã, gồm 72 xã; trong đó có 67 xã"
    at = {n: text.index(n) for n in ("95", "72", "67")}
    assert _total_fit(text, at["95"], at["95"] + 2) > 0
    assert _total_fit(text, at["72"], at["72"] + 2) < 0
    assert _total_fit(text, at["67"], at["67"] + 2) < 0
    assert _total_fit("khoảng 180 trạm.", 7, 10) == 0


def test_a_second_value_is_counted_in_the_first_ones_unit() -> None:
    text = "người từ đủ 16 tuổi đến dưới 22 tuổi đang đi học: 1,5; khoảng 180 trạm, 22 trạm 5G"
    at = text.index("22 tuổi")
    assert _value_unit(text, at, at + 2) == "tuoi"
    at = text.index("1,5")
    assert _value_unit(text, at, at + 3) == ""
    at = text.index("22 trạm")
    assert _value_unit(text, at, at + 2) == "tram"
    assert _value_unit("mưa 200-400mm", 4, 7) == "mm"


def test_codes_are_no_values_and_a_glued_measure_is_one() -> None:
    text = "2.000927 | 1.014466.H12 | 2.000.927 đồng | gần 400mm | 15ha | mạng 5G | 64,5%"
    found = [raw for _, _, raw in _values(text)]
    assert found == ["2.000.927", "400", "15", "64,5%"]


def test_a_place_named_before_its_value_with_an_aside_between() -> None:
    text = "một số nơi ở Huế trên 200mm, cá biệt tại Hồng Thái (Huế) gần 400mm."
    assert _names_place(text, text.index("400"), ["hong thai"])
    assert not _names_place(text, text.index("200"), ["hong thai"])
    assert _names_place("Thành phố Hà Nội 209.929 tỷ đồng", 17, ["ha noi"])


def test_a_candidate_below_the_threshold_does_not_hide_one_above(
    answerer: Answerer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A short unit that ranks first (a long one's rank is lowered by its length) but scores
    below the threshold gives way to the long one that scores above it."""
    corpus = answerer.corpus
    q = analyse(corpus, route_question("Tỉnh có bao nhiêu trạm 5G?"), None)
    units = [corpus.units[i] for i in corpus.doc_units[next(iter(answerer.texts))]]
    long_unit, short_unit = units[-2], units[-1]
    quality = {long_unit.idx: 0.7, short_unit.idx: 0.3}
    monkeypatch.setattr(
        extractors,
        "_extract_once",
        lambda _c, _q, cand, _i: ("x", (0, 1), quality[cand.unit.idx], None, None),
    )
    monkeypatch.setattr(extractors, "constraint_factor", lambda *_: 1.0)
    monkeypatch.setattr(extractors, "direct_share", lambda *_: 1.0)
    monkeypatch.setattr(extractors, "value_misfit", lambda *_: 0.0)
    monkeypatch.setattr(extractors, "missing_rare_term", lambda *_: False)
    monkeypatch.setattr(
        extractors, "_length_factor", lambda chars: 0.5 if chars == len(long_unit.text) else 1.0
    )
    assert len(long_unit.text) != len(short_unit.text)
    weak = Candidate(unit=short_unit, evidence=0.35, prior=0.0)  # score 0.33, rank 0.33
    strong = Candidate(unit=long_unit, evidence=0.6, prior=0.0)  # score 0.635, rank 0.32
    best = extractors.best_unit_answer(corpus, q, [weak, strong], "figure")
    assert best is not None and best.unit.idx == long_unit.idx


def test_two_rows_of_one_table_asked_together(answerer: Answerer) -> None:
    corpus = answerer.corpus
    q = analyse(
        corpus,
        route_question(
            "Tỷ lệ vốn đối ứng của xã Sơn Thủy và của phường Hòa Bình lần lượt là bao nhiêu?"
        ),
        None,
    )
    rows = [
        corpus.units[i]
        for i in corpus.doc_units[next(iter(answerer.texts))]
        if corpus.units[i].kind == "row"
    ]
    first = next(row for row in rows if "Sơn Thủy" in row.text)
    assert [row.text for row in corpus.table_rows(first)] == [
        row.text for row in rows if row is not first and "%" not in row.text
    ]
    focus = (first.text.index("80"), first.text.index("80") + 2)
    best = Candidate(unit=first, evidence=0.6, prior=0.0, score=0.7, focus=focus)
    paired = _other_row(corpus, q, best, "figure")
    assert paired is not None
    answer, support, _, _ = paired
    assert "80" in answer and "Hòa Bình: 30" in answer and "40" not in answer
    assert [c.unit for c in support] == [first, next(r for r in rows if "Hòa Bình" in r.text)]


def test_a_body_of_the_kind_asked(answerer: Answerer) -> None:
    for question, answer, fits in (
        ("Văn phòng giao bộ nào chủ trì?", "Bộ Xây dựng", True),
        ("Văn phòng giao bộ nào chủ trì?", "Văn phòng Chính phủ nhận văn bản", False),
        ("Trung tâm do sở nào quản lý?", "thuộc Sở Văn hóa và Thể thao", True),
        ("Trung tâm do sở nào quản lý?", "Trung tâm có chức năng tham mưu", False),
        ("Cơ quan nào chủ trì?", "Văn phòng Chính phủ", True),
    ):
        asked = analyse(answerer.corpus, route_question(question), None)
        assert names_asked_kind(asked, answer) is fits, question


def test_the_body_of_the_kind_asked_answers(answerer: Answerer) -> None:
    result = answerer.ask("Kế hoạch giao bộ nào chủ trì hướng dẫn thực hiện tỷ lệ vốn đối ứng?")
    assert result.found, result
    assert "Bộ Xây dựng" in result.answer


def test_the_value_the_question_s_qualifier_is_said_of(answerer: Answerer) -> None:
    """Two values of one clause: the one the words since the value before say the question's
    qualifier of ("lần đầu"), with what it counts past its number spelled out."""
    result = answerer.ask(
        "Vốn điều lệ ngân sách tỉnh cấp lần đầu cho Quỹ phát triển nhà ở tối thiểu là bao nhiêu?"
    )
    assert result.found, result
    assert "500 (năm trăm) tỷ đồng" in result.answer and "900" not in result.answer
    assert_quotes_verbatim(answerer, result)


def test_a_value_restated_in_brackets_is_quoted_with_it(answerer: Answerer) -> None:
    result = answerer.ask(
        "Đến năm 2030 cáp quang tại các khu công nghiệp phải đạt tốc độ truyền dữ liệu bao nhiêu?"
    )
    assert result.found, result
    assert "10 Gbps" in result.answer
    assert_quotes_verbatim(answerer, result)


MAIL_RULES = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 43/2025/QĐ-UBND

Thử Nghiệm, ngày 02 tháng 12 năm 2025

QUYẾT ĐỊNH

Ban hành Quy chế quản lý, sử dụng hệ thống thư điện tử công vụ của tỉnh

Điều 5. Dung lượng hộp thư

Dung lượng cấp cho mỗi hộp thư điện tử, bảo đảm tối thiểu 500MB/hộp thư điện tử cá nhân, \
2GB/hộp thư điện tử cơ quan, đơn vị; kích cỡ các tệp gửi kèm tối đa 20MB/hộp thư điện tử.
"""


@pytest.fixture(scope="module")
def mail_answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    answerer = answerer_over(
        tmp_path_factory.mktemp("mail"), {"quy-che-thu.md": MAIL_RULES}, lexical_only=True
    )
    yield answerer
    answerer.close()


def test_two_values_of_one_quantity_in_other_units_and_their_own_clauses(
    mail_answerer: Answerer,
) -> None:
    # 2GB is a size like 500MB; the words before ";" are said of 2GB, not of 20MB after it
    result = mail_answerer.ask(
        "Dung lượng tối thiểu cấp cho hộp thư cá nhân và hộp thư cơ quan, đơn vị lần lượt là "
        "bao nhiêu?"
    )
    assert result.found and result.answer is not None
    assert "500MB" in result.answer and "2GB" in result.answer
    assert "20MB" not in result.answer
    assert_quotes_verbatim(mail_answerer, result)
