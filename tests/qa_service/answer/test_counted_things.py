"""Counts of the thing a question names: of several counts in one sentence ("85 xã, 14 phường
và 03 đặc khu"), the one followed by what is counted; a footnote's mark ("địa phương[3]") is
no count; a title's word is not the question's word of another tone ("Đảng" is not "đăng")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import (
    _counts_one_thing,
    _right_phrase,
    cases_named,
    right_phrase_share,
    value_spans,
)
from qa_service.answer.gazetteer import plain as plain_folded
from qa_service.answer.pipeline import analyse
from qa_service.answer.value_kind import (
    _things_counted,
)
from qa_service.answer.verify import (
    lacks_asked_subject,
)
from qa_service.routing import fold, route_question
from tests.qa_service.small_index import answerer_over

RESOLUTION = """ỦY BAN THƯỜNG VỤ QUỐC HỘI

Số: 1700/NQ-UBTVQH15

Hà Nội, ngày 16 tháng 6 năm 2025

NGHỊ QUYẾT

Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Thử Nghiệm năm 2025

Điều 1. Sắp xếp các đơn vị hành chính cấp xã của tỉnh Thử Nghiệm

Sau khi sắp xếp, tỉnh Thử Nghiệm có 102 đơn vị hành chính cấp xã, gồm 85 xã, 14 phường và 03 \
đặc khu; trong đó có 79 xã, 14 phường, 03 đặc khu hình thành sau sắp xếp quy định tại Điều \
này và 06 xã không thực hiện sắp xếp là các xã Mỹ Hòa, Bình Thạnh.

Điều 2. Hiệu lực thi hành

Nghị quyết này có hiệu lực kể từ ngày ký.
"""

DISPATCH = """THỦ TƯỚNG CHÍNH PHỦ

Số: 300/CĐ-TTg

Hà Nội, ngày 20 tháng 11 năm 2025

CÔNG ĐIỆN

Về việc chuẩn bị tổ chức lễ khánh thành, khởi công các dự án, công trình chào mừng Đại hội \
Đảng toàn quốc lần thứ XIV

Theo báo cáo của Bộ Xây dựng, đã có 15 bộ, ngành, 25 địa phương gửi đăng ký các dự án, công \
trình khánh thành, khởi công với tổng cộng 198 dự án, công trình (trong đó 73 dự án khánh \
thành và 125 dự án khởi công) với tổng vốn đầu tư là khoảng 980.000 tỷ đồng.

Đồng thời, một số công trình, dự án có kế hoạch khánh thành, khởi công dịp 19/12/2025 \
nhưng chưa được các địa phương rà soát, báo cáo[4]; đề nghị các bộ khẩn trương hoàn thành.

Các bộ ký hợp đồng thi công trước ngày 01/12/2025.

Các địa phương ký biên bản bàn giao mặt bằng.

Các tập đoàn ký cam kết tiến độ với Bộ Xây dựng.

Công điện này được ký số và gửi qua hệ thống điện tử.

Các ban quản lý dự án ký xác nhận khối lượng hoàn thành.

Các nhà thầu ký phụ lục hợp đồng khi điều chỉnh tiến độ.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("counted-things")
    opened = answerer_over(
        root,
        {"nghi-quyet-1700.md": RESOLUTION, "cong-dien-300.md": DISPATCH},
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_a_footnote_mark_is_no_value() -> None:
    text = "Còn 03 bộ, cơ quan[2] và 09 địa phương[3] chưa gửi báo cáo."
    assert [text[a:b] for a, b in value_spans(text)] == ["03", "09"]


def test_the_phrase_after_a_count_goes_on_past_a_footnote_mark(answerer: Answerer) -> None:
    route = route_question("Còn bao nhiêu địa phương chưa gửi báo cáo?")
    q = analyse(answerer.corpus, route, None)
    marked = "Còn 09 địa phương[3] chưa gửi báo cáo."
    plain = "Còn 09 địa phương chưa gửi báo cáo."
    end = marked.index("09") + 2
    assert right_phrase_share(q, marked, end, 60) == right_phrase_share(q, plain, end, 60) > 0


def test_the_count_of_the_thing_asked_among_several(answerer: Answerer) -> None:
    result = answerer.ask("Sau sắp xếp tỉnh Thử Nghiệm có bao nhiêu phường?")
    assert result.found, result
    # the province's count ("gồm 85 xã, 14 phường và 03 đặc khu"), not its part formed by the
    # merger ("trong đó có 79 xã, 14 phường, 03 đặc khu hình thành sau sắp xếp")
    answer = result.answer or ""
    assert "14 phường" in answer and "hình thành" not in answer, answer


def test_a_title_word_of_another_tone_is_not_the_questions(answerer: Answerer) -> None:
    # "Đảng" of the title is not "đăng" of "đăng ký": the sentence writing "đăng ký" writes
    # the subject asked, not only words of its title
    corpus = answerer.corpus
    route = route_question(
        "Theo công điện 300/CĐ-TTg, tổng cộng bao nhiêu dự án, công trình đã đăng ký khánh "
        "thành, khởi công dịp 19/12/2025?"
    )
    q = analyse(corpus, route, None)
    unit = next(u for u in corpus.units if "tổng cộng 198" in u.text)
    assert not lacks_asked_subject(corpus, q, unit)


def test_the_case_whose_words_open_like_the_questions(answerer: Answerer) -> None:
    # the total and the part both hold words of what is counted; the part's words right after
    # it are those the question writes right after "bao nhiêu"
    route = route_question(
        "Quyết định công bố bao nhiêu thủ tục bị bãi bỏ lĩnh vực hoạt động khoa học và công nghệ?"
    )
    q = analyse(answerer.corpus, route, None)
    text = (
        "Công bố danh mục 20 thủ tục hành chính lĩnh vực Hoạt động khoa học và công nghệ, gồm: "
        "14 thủ tục mới ban hành và 06 thủ tục bị bãi bỏ."
    )
    values = [(a, b, text[a:b]) for a, b in value_spans(text)]
    assert [values[i][2] for i in sorted(cases_named(q, text, values))] == ["06"]


def test_things_listed_after_a_comma_are_counted_together(answerer: Answerer) -> None:
    def one_thing(question: str) -> bool:
        return _counts_one_thing(analyse(answerer.corpus, route_question(question), None))

    assert not one_thing("Tỉnh Thử Nghiệm có bao nhiêu xã, phường hình thành sau sắp xếp?")
    assert one_thing("Tỉnh Thử Nghiệm có bao nhiêu phường, trong đó bao nhiêu phường mới?")
    assert one_thing("Tỉnh Thử Nghiệm có bao nhiêu phường?")


def test_a_footnote_mark_of_two_digits_ends_no_phrase() -> None:
    assert (
        _right_phrase("09 địa phương[12] chưa gửi báo cáo", 2).strip()
        == "địa phương[12] chưa gửi báo cáo"
    )


def test_a_kind_of_unit_the_sentence_does_not_count_is_refused(answerer: Answerer) -> None:
    # "thị trấn" (folded "thi tran", whose "thi" is also "thì"): the sentence counts "xã",
    # "phường" and "đặc khu", no town
    assert not answerer.ask("Sau sắp xếp tỉnh Thử Nghiệm có bao nhiêu thị trấn?").found
    counted = answerer.ask("Sau sắp xếp tỉnh Thử Nghiệm có bao nhiêu đặc khu?")
    assert counted.found and "03" in (counted.answer or "")


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        ("Tỉnh có bao nhiêu thị trấn?", "thi tran"),
        ("Có bao nhiêu thí sinh dự thi?", "thi sinh"),
        ("Tỉnh có bao nhiêu xã?", "xa"),
        # a function word, or a noun typed without its tones, names nothing counted
        ("Mức phạt là bao nhiêu thì được giảm?", None),
        ("Giá thuê là bao nhiêu mỗi người?", None),
        ("tinh co bao nhieu thi tran?", None),
    ],
)
def test_the_thing_counted_read_through_a_function_words_fold(
    question: str, counted: str | None
) -> None:
    assert _things_counted(plain_folded(fold(question)), question) == counted
