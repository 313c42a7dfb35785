"""A sentence or row of the right document that states another value than the one asked — of
another level, school grade, quantity, period or unit — answers nothing; the twin question it
does answer still gets its answer. The document is written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from qa_service.answer import Answerer
from qa_service.answer.gazetteer import plain
from qa_service.answer.mentions import Mention
from qa_service.answer.question import analyse
from qa_service.answer.value_kind import (
    _quantities,
    value_mismatch,
)
from qa_service.answer.verify import (
    question_acronyms,
    question_codes,
    spells_initials,
)
from qa_service.routing import route_question
from tests.qa_service.answer.value_candidates import candidate_at, mismatch_for
from tests.qa_service.small_index import answerer_over

RESOLUTION = """**HỘI ĐỒNG NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 31/2025/NQ-HĐND

*Thử Nghiệm, ngày 18 tháng 11 năm 2025*

**NGHỊ QUYẾT**

Quy định mức chi khen thưởng học sinh giỏi và phí thẩm định đề án khai thác nước dưới đất \
trên địa bàn tỉnh Thử Nghiệm giai đoạn 2021-2025

**Điều 1.** Học sinh trung học cơ sở đạt giải nhất kỳ thi chọn học sinh giỏi cấp tỉnh được \
thưởng 5.000.000 đồng.

**Điều 2.** Phí thẩm định đề án khai thác nước dưới đất lưu lượng dưới 5.000 m3/ngày đêm là \
1.200.000 đồng một hồ sơ.

**Điều 3.** Tỷ lệ hồ sơ thẩm định giải quyết đúng hạn phải đạt 98%. Hộp thư điện tử công vụ \
không đăng nhập sau 03 tháng bị tạm dừng hoạt động.

**Điều 4.** Sắp xếp toàn bộ diện tích tự nhiên của xã Tân An 2 và xã Tân Bình thành xã Tân \
Phước. Diện tích tự nhiên của xã Tân Phước là 45,2 km².

**Điều 5.** Số lượng giải thưởng không quá 60% số lượng thí sinh dự thi. Sở Tài chính trả \
lời câu hỏi mã số 220825-2 về tiền ăn giữa ca.

**Điều 6.** Hỗ trợ hàng tháng cho lực lượng Công an xã: 4.960.000 đồng/người/tháng.

**Điều 7.** Hồ sơ đề nghị khen thưởng gửi về Sở Nội vụ trước ngày 15/12/2025. Đợt thi đua \
chào mừng kỷ niệm 80 năm ngày thành lập tỉnh (06/01/1946 - 06/01/2026).

**Điều 8.** Nghị quyết số 13/2024/NQ-HĐND ngày 01 tháng 7 năm 2024 của Hội đồng nhân dân tỉnh \
Thử Nghiệm hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực.

**Điều 9.** Tỉnh cử 35 đại biểu dự đại hội thi đua; hồ sơ được giải quyết trong 48 giờ.

**TM. HỘI ĐỒNG NHÂN DÂN**
**CHỦ TỊCH**

**Trần Văn Thưởng**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("value-kind"),
        {"thu-nghiem_nghi-quyet-31.md": RESOLUTION},
        lexical_only=True,
    )
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Học sinh trung học cơ sở đạt giải nhất kỳ thi học sinh giỏi cấp tỉnh được tỉnh Thử "
            "Nghiệm thưởng bao nhiêu?",
            "5.000.000",
        ),
        (
            "Phí thẩm định đề án khai thác nước dưới đất lưu lượng dưới 5.000 m3/ngày đêm ở tỉnh "
            "Thử Nghiệm là bao nhiêu?",
            "1.200.000",
        ),
        ("Tỷ lệ hồ sơ thẩm định giải quyết đúng hạn ở tỉnh Thử Nghiệm là bao nhiêu?", "98%"),
        # "theo" qualifying a noun, not naming the source of the value ("học sinh theo Nghị
        # quyết 13/2024": pupils of that scheme): the resolution's own value answers
        (
            "Học sinh trung học cơ sở theo Nghị quyết 13/2024/NQ-HĐND đạt giải nhất kỳ thi học "
            "sinh giỏi cấp tỉnh được tỉnh Thử Nghiệm thưởng bao nhiêu?",
            "5.000.000",
        ),
        # the resolution's own value, asked by its number
        (
            "Nghị quyết 31/2025/NQ-HĐND hỗ trợ mỗi tháng bao nhiêu tiền cho lực lượng công an xã?",
            "4.960.000",
        ),
        (
            "Nghị quyết quy định mức chi khen thưởng học sinh giỏi của tỉnh Thử Nghiệm giai đoạn "
            "2021-2025 là số mấy?",
            "31/2025/NQ-HĐND",
        ),
    ],
)
def test_the_value_asked_is_answered(answerer: Answerer, question: str, expected: str) -> None:
    result = answerer.ask(question)
    assert result.found, question
    assert expected in (result.answer or "")


@pytest.mark.parametrize(
    "question",
    [
        # another level, another school grade than the sentence's
        "Học sinh trung học cơ sở đạt giải nhất kỳ thi học sinh giỏi cấp quốc gia được tỉnh "
        "Thử Nghiệm thưởng bao nhiêu?",
        "Học sinh trung học phổ thông đạt giải nhất kỳ thi học sinh giỏi cấp tỉnh được tỉnh "
        "Thử Nghiệm thưởng bao nhiêu?",
        # a band of flow the document does not write
        "Phí thẩm định đề án khai thác nước dưới đất lưu lượng từ 3.000 đến dưới 5.000 m3/ngày "
        "đêm ở tỉnh Thử Nghiệm là bao nhiêu?",
        # another period than the resolution's
        "Nghị quyết quy định mức chi khen thưởng học sinh giỏi của tỉnh Thử Nghiệm giai đoạn "
        "2026-2030 là số mấy?",
        # an acronym the document never writes nor spells out
        "Nghị quyết quy định mức chi khen thưởng học sinh giỏi của tỉnh Thử Nghiệm theo mô hình "
        "PPP là số mấy?",
        # the value of the resolution it replaces, which the index does not hold
        "Nghị quyết cũ 13/2024/NQ-HĐND hỗ trợ mỗi tháng bao nhiêu tiền cho lực lượng công an xã?",
        # a name of letters and digits the resolution never writes
        "Nghị quyết quy định mức chi khen thưởng học sinh giỏi của tỉnh Thử Nghiệm theo Đề án "
        "5G là số mấy?",
    ],
)
def test_another_value_answers_nothing(answerer: Answerer, question: str) -> None:
    result = answerer.ask(question)
    assert not result.found, (question, result.answer)


@pytest.mark.parametrize(
    ("question", "written", "value", "fits"),
    [
        # a duration for a number of GB, of petitions, for a sum of money or a share
        ("Dung lượng hộp thư là bao nhiêu GB?", "03 tháng", "03", False),
        ("Dung lượng hộp thư là mấy GB?", "03 tháng", "03", False),
        # a number of a name for an area, a share of a count for a reward, a piece of a code
        ("Diện tích tự nhiên của xã Tân Phước là bao nhiêu km2?", "Tân An 2", "2", False),
        ("Diện tích tự nhiên của xã Tân Phước là bao nhiêu km2?", "45,2 km²", "45,2", True),
        ("Học sinh đạt giải được thưởng bao nhiêu?", "60% số lượng", "60%", False),
        # a share for a number of things; a share of the things counted may answer it
        ("Số hồ sơ thẩm định giải quyết đúng hạn là bao nhiêu?", "98%", "98%", False),
        ("Số lượng giải thưởng là bao nhiêu?", "60% số lượng", "60%", True),
        # the same, the value read without the "%" written right after it
        ("Số hồ sơ thẩm định giải quyết đúng hạn là bao nhiêu?", "98%", "98", False),
        ("Số lượng giải thưởng là bao nhiêu?", "60% số lượng", "60", True),
        ("Tiền ăn giữa ca tối đa bao nhiêu thì không tính thuế?", "5-2", "2", False),
        ("Hỗ trợ mỗi tháng bao nhiêu tiền cho công an xã?", "4.960.000 đồng", "4.960.000", True),
        ("Tỉnh đã tiếp nhận bao nhiêu kiến nghị của cử tri?", "03 tháng", "03", False),
        ("Giá dịch vụ là bao nhiêu đồng một ngày công?", "03 tháng", "03", False),
        ("Tỷ lệ hồ sơ giải quyết đúng hạn là bao nhiêu?", "03 tháng", "03", False),
        # a year its sentence writes ("giai đoạn 2021-2025") for a number of things it names
        ("Có bao nhiêu học sinh giỏi được khen thưởng?", "2021-2025", "2025", False),
        # a count of things the sentence never names ("trường"), and one it names
        ("Tỉnh có bao nhiêu trường đạt chuẩn?", "60% số lượng", "60%", False),
        ("Tỉnh có bao nhiêu thí sinh dự thi?", "60% số lượng thí sinh", "60%", True),
        # the quantity named without "bao nhiêu": a number of things, a share
        ("So sánh số dự án của xã Tân Phước và xã Tân An", "45,2 km²", "45,2", False),
        ("Số lượng thí sinh dự thi năm nay?", "4.960.000 đồng", "4.960.000", False),
        ("Tỷ lệ hồ sơ giải quyết đúng hạn năm nay?", "03 tháng", "03", False),
        ("Số lượng giải thưởng năm nay?", "60% số lượng", "60%", True),
        ("Số chi hỗ trợ công an xã mỗi tháng?", "4.960.000 đồng", "4.960.000", True),
        # the bound written before the value against the one asked ("không quá 60%")
        ("Số lượng giải thưởng ít nhất là bao nhiêu?", "60% số lượng", "60%", False),
        ("Số lượng giải thưởng tối đa là bao nhiêu?", "60% số lượng", "60%", True),
        # the word after "bao nhiêu" is no noun counted
        ("Mức hỗ trợ là bao nhiêu 1 tháng?", "4.960.000 đồng", "4.960.000", True),
        ("Hỗ trợ từ bao nhiêu trở lên?", "4.960.000 đồng", "4.960.000", True),
        ("Quyết định số 12 quy định diện tích xã Tân Phước?", "45,2 km²", "45,2", True),
        # people counted, written by what they are ("35 đại biểu"); a count of other things
        ("Tỉnh cử bao nhiêu người dự đại hội thi đua?", "35 đại biểu", "35", True),
        ("Tỉnh có bao nhiêu trường dự đại hội thi đua?", "35 đại biểu", "35", False),
        # hours as spoken ("bao nhiêu tiếng"), and "bao nhiêu thời gian": a duration is asked
        ("Hồ sơ được giải quyết trong bao nhiêu tiếng?", "48 giờ", "48", True),
        ("Giải quyết hồ sơ mất bao nhiêu thời gian?", "48 giờ", "48", True),
        ("Dung lượng hộp thư là bao nhiêu GB?", "48 giờ", "48", False),
        # the kind of value asked
        ("Hộp thư không đăng nhập sau bao nhiêu tháng thì bị tạm dừng?", "03 tháng", "03", True),
        ("Tỷ lệ hồ sơ giải quyết đúng hạn là bao nhiêu?", "98%", "98%", True),
        ("Phí thẩm định đề án là bao nhiêu đồng?", "1.200.000 đồng", "1.200.000", True),
    ],
)
def test_the_kind_of_value_asked(
    answerer: Answerer, question: str, written: str, value: str, fits: bool
) -> None:
    assert (mismatch_for(answerer, question, written, value) is None) is fits


@pytest.mark.parametrize(
    ("question", "acronyms"),
    [
        ("Quyết định phê duyệt quy trình lĩnh vực đầu tư PPP là số mấy?", ["ppp"]),
        ("Sở KH&CN TP.HCM tiết kiệm bao nhiêu?", ["kh", "cn", "tp", "hcm"]),
        # the symbol of a document number, a Roman numeral, a question in capitals: none
        ("Ai ký Quyết định 14/2025/QĐ-UBND về Phụ lục II?", []),
        ("AI KÝ QUYẾT ĐỊNH VỀ PPP?", []),
    ],
)
def test_the_acronyms_of_a_question(question: str, acronyms: list[str]) -> None:
    assert question_acronyms(question) == acronyms


@pytest.mark.parametrize(
    ("question", "codes"),
    [
        ("Kế hoạch phát triển hạ tầng 5G, IoT của tỉnh là số mấy?", ["5g"]),
        ("Verdad Powder N30 có mã số HS nào?", ["n30"]),
        # document numbers, decimals and units of measure are none
        ("Phí khai thác 5.000 m3 nước theo 31/2025/NQ-HĐND là bao nhiêu km2?", []),
    ],
)
def test_the_codes_of_a_question(question: str, codes: list[str]) -> None:
    assert question_codes(question) == codes


def test_an_acronym_is_written_or_spelled_out() -> None:
    text = plain("Sở Khoa học và Công nghệ; trung học phổ thông; kinh tế - xã hội")
    assert (
        spells_initials(text, "khcn")
        and spells_initials(text, "thpt")
        and spells_initials(text, "ktxh")
    )
    assert not spells_initials(text, "ppp")


@pytest.mark.parametrize(
    ("question", "quantities"),
    [
        ("lưu lượng từ 3.000 đến dưới 5.000 m3/ngày đêm", ["3000", "5000"]),
        ("diện tích 20 ha và 1,5 km", ["20", "1,5"]),
        # years, dates, document numbers and ordinals are no quantities
        ("Nghị quyết 22/2025/NQ-HĐND ngày 01/3/2025 năm 2025, Điều 12", []),
    ],
)
def test_the_quantities_of_a_question(question: str, quantities: list[str]) -> None:
    assert _quantities(plain(route_question(question).folded)) == quantities


@pytest.mark.parametrize(
    ("written", "value", "fits"),
    [
        ("trước ngày 15/12/2025", "15/12/2025", True),
        # the first day of an anniversary's span, decades before the resolution
        ("(06/01/1946 - 06/01/2026)", "06/01/1946", False),
    ],
)
def test_a_time_limit_is_no_day_recalled(
    answerer: Answerer, written: str, value: str, fits: bool
) -> None:
    question = "Hạn chót gửi hồ sơ đề nghị khen thưởng về Sở Nội vụ là ngày nào?"
    found = mismatch_for(answerer, question, written, value, "deadline")
    assert (found is None) is fits


def test_entry_into_force_is_no_date_of_a_document_cited(answerer: Answerer) -> None:
    """ "Quy định ... có hiệu lực từ ngày nào": the sentence citing a resolution with the day
    it was issued ("Nghị quyết số 13/2024/NQ-HĐND ngày 01 tháng 7 năm 2024") answers nothing."""
    question = "Quy định phân công quản lý giá của tỉnh Thử Nghiệm có hiệu lực từ ngày nào?"
    q = analyse(answerer.corpus, route_question(question), None)
    q = replace(q, route=replace(q.route, intent="effective"))
    written = "Nghị quyết số 13/2024/NQ-HĐND ngày 01 tháng 7 năm 2024"
    cand = candidate_at(answerer, written, written)
    start, end = cand.focus or (0, 0)
    cited = Mention(start, end, "13/2024/NQ-HĐND", "nghi quyet", written, "2024-07-01", "")
    assert value_mismatch(answerer.corpus, q, [replace(cand, mention=cited)]) is not None
    assert value_mismatch(answerer.corpus, q, [cand]) is None


@pytest.mark.parametrize(
    ("question", "written", "value", "fits"),
    [
        (
            "Hộp thư không đăng nhập sau bao nhiêu tháng thì bị tạm dừng?",
            "03 tháng",
            "03 tháng",
            True,
        ),
        # the years of an anniversary, a day for a question of how long
        ("Hồ sơ đề nghị khen thưởng phải gửi trong mấy năm?", "kỷ niệm 80 năm", "80 năm", False),
        (
            "Hồ sơ đề nghị khen thưởng phải gửi trong bao nhiêu ngày?",
            "15/12/2025",
            "15/12/2025",
            False,
        ),
    ],
)
def test_how_long_is_no_day(
    answerer: Answerer, question: str, written: str, value: str, fits: bool
) -> None:
    found = mismatch_for(answerer, question, written, value, "deadline")
    assert (found is None) is fits


def test_a_comparison_holds_each_case_quantity_in_its_own_unit(answerer: Answerer) -> None:
    # the quantity of each case compared ("dưới 5.000 m3", "45,2 km2") is in the unit quoted
    # for that case, not in the first alone
    question = "Phí thẩm định dưới 5.000 m3 so với diện tích 45,2 km2, bên nào cao hơn?"
    support = [
        candidate_at(answerer, "1.200.000 đồng", "1.200.000"),
        candidate_at(answerer, "45,2 km²", "45,2"),
    ]
    q = analyse(answerer.corpus, route_question(question), None)
    compared = replace(q, route=replace(q.route, intent="compare"))
    assert value_mismatch(answerer.corpus, compared, support) is None
    one_value = replace(q, route=replace(q.route, intent="figure"))
    assert value_mismatch(answerer.corpus, one_value, support) is not None
