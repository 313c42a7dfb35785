"""A value answers the question whose subject its own unit writes: a report's sentence on
another indicator ("tổng thu ngân sách" for "kim ngạch xuất khẩu") or a rule's item on another
group ("Công an cấp xã" for "bảo vệ dân phố") answers nothing, while the unit that writes the
thing asked still does, in whatever words the question frames it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from qa_service.answer import Answerer
from qa_service.answer.question import analyse
from qa_service.answer.verify import (
    lacks_asked_subject,
)
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

REPORT = """|
**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
|
Số: 412/BC-UBND
|
*Thử Nghiệm, ngày 05 tháng 11 năm 2025*
|
**BÁO CÁO**
Tình hình kinh tế - xã hội 10 tháng năm 2025
**I. KẾT QUẢ ĐẠT ĐƯỢC**
Tổng thu ngân sách nhà nước 10 tháng năm 2025 thực hiện 13.966 tỷ đồng, đạt 104,24% dự \
toán Trung ương giao.

Tổng sản phẩm trên địa bàn tỉnh 9 tháng năm 2025 tăng 6,9%.

Công tác xúc tiến thương mại được đẩy mạnh để tăng kim ngạch xuất khẩu các mặt hàng nông sản.
"""

RULE = """|
**HỘI ĐỒNG NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
|
Số: 21/2025/NQ-HĐND
|
*Thử Nghiệm, ngày 10 tháng 7 năm 2025*
|
**NGHỊ QUYẾT**
Quy định mức hỗ trợ đối với lực lượng Công an cấp xã và lực lượng tham gia bảo vệ an ninh, \
trật tự ở cơ sở
**Điều 1. Mức hỗ trợ**
1. Nội dung chi, mức chi hỗ trợ:
Hỗ trợ hàng tháng cho cán bộ, chiến sỹ Công an cấp xã thuộc Công an tỉnh: 4.960.000 \
đồng/người/tháng.
2. Kinh phí trang bị cho lực lượng bảo vệ dân phố do ngân sách cấp xã bảo đảm.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("subject-evidence")
    opened = answerer_over(root, {"bc-412.md": REPORT, "nq-21.md": RULE}, lexical_only=True)
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "question",
    [
        # another indicator of the same report, which writes the one asked for another year
        "Tổng kim ngạch xuất khẩu 10 tháng năm 2025 của tỉnh Thử Nghiệm đạt bao nhiêu?",
        # another group than the one the rule's item names, which another item names
        "Mức hỗ trợ hàng tháng cho lực lượng bảo vệ dân phố là bao nhiêu?",
    ],
)
def test_the_value_of_another_subject_is_no_answer(answerer: Answerer, question: str) -> None:
    result = answerer.ask(question)
    assert not result.found, result.answer


@pytest.mark.parametrize(
    ("question", "value"),
    [
        (
            "Tổng thu ngân sách nhà nước 10 tháng năm 2025 của tỉnh Thử Nghiệm là bao nhiêu?",
            "13.966",
        ),
        # a framing clause and the unit after "bao nhiêu" are not the subject
        (
            "Theo Nghị quyết 21/2025 của tỉnh Thử Nghiệm, cán bộ chiến sỹ Công an cấp xã được "
            "hỗ trợ bao nhiêu tiền mỗi tháng?",
            "4.960.000",
        ),
    ],
)
def test_the_value_of_the_subject_asked_answers(
    answerer: Answerer, question: str, value: str
) -> None:
    result = answerer.ask(question)
    assert result.found, question
    assert value in result.answer


ARTISANS = """|
**CHÍNH PHỦ**
|
Số: 77/2025/NĐ-CP
|
*Hà Nội, ngày 10 tháng 8 năm 2025*
|
**NGHỊ ĐỊNH**
Quy định chi tiết một số điều về chi ngân sách cho di sản văn hóa
**Điều 9. Chi cho chủ thể di sản văn hóa phi vật thể**
1. Chi cho chủ thể di sản văn hóa phi vật thể bao gồm:
a) Chi hỗ trợ Nghệ nhân nhân dân, Nghệ nhân ưu tú tham gia truyền dạy được hỗ trợ như sau:
Hỗ trợ Nghệ nhân ưu tú 500.000 đồng/ngày; Nghệ nhân nhân dân 600.000 đồng/ngày.
b) Mức trợ cấp sinh hoạt hàng tháng: Mức 6,5 lần mức chuẩn đối với Nghệ nhân ưu tú.
2. Mức chuẩn và áp dụng mức chuẩn:
a) Mức chuẩn áp dụng là 700.000 đồng/tháng;
b) Bộ Tài chính trình Chính phủ điều chỉnh mức chuẩn cho phù hợp.
"""

FEES = """|
**BỘ TÀI CHÍNH**
|
Số: 55/2025/TT-BTC
|
*Hà Nội, ngày 19 tháng 11 năm 2025*
|
**THÔNG TƯ**
Quy định mức thu phí thẩm định cấp giấy phép kinh doanh karaoke, vũ trường
**Điều 4. Mức thu phí**
1. Mức thu phí thẩm định cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke là \
1.000.000 đồng/phòng, nhưng tổng mức thu không quá 6.000.000 đồng/Giấy phép.
2. Mức thu phí thẩm định cấp Giấy phép đủ điều kiện kinh doanh dịch vụ vũ trường là \
10.000.000 đồng/Giấy phép.
3. Mức thu phí thẩm định điều chỉnh Giấy phép:
a) Giấy phép kinh doanh dịch vụ karaoke hoặc vũ trường khi thay đổi chủ sở hữu: \
500.000 đồng/Giấy phép;
b) Giấy phép kinh doanh dịch vụ karaoke khi tăng thêm phòng là 1.000.000 đồng/phòng.
"""


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("subject-purpose")
    opened = answerer_over(root, {"nd-77.md": ARTISANS, "tt-55.md": FEES}, lexical_only=True)
    yield opened
    opened.close()


def test_a_purpose_the_value_serves_is_no_subject(rules: Answerer) -> None:
    # "để tính trợ cấp cho nghệ nhân ...": what the standard amount is used for, which the item
    # stating it under its lead-in ("Mức chuẩn và áp dụng mức chuẩn:") does not repeat
    result = rules.ask(
        "muc chuan de tinh tro cap cho nghe nhan nhan dan, nghe nhan uu tu trong ND 77/2025 "
        "la bao nhieu?"
    )
    assert result.found
    assert "700.000" in result.answer, result.answer


def test_one_case_of_two_values_asked_is_not_judged_alone(rules: Answerer) -> None:
    # a case cut from "A và B lần lượt là bao nhiêu" keeps a qualifier ("tính trên mỗi phòng
    # hát") the unit stating its value writes otherwise ("đồng/phòng"): the whole question,
    # which says what both values are of, is not judged, nor is either case alone
    corpus = rules.corpus
    route = replace(
        route_question("Phí thẩm định cấp phép karaoke (tính trên mỗi phòng hát) là bao nhiêu?"),
        intent="figure",
    )
    case = analyse(corpus, route, None)
    unit = next(u for u in corpus.units if "1.000.000 đồng/phòng, nhưng" in u.text)
    assert lacks_asked_subject(corpus, case, unit)  # asked on its own, the check holds
    case.one_case = True
    assert not lacks_asked_subject(corpus, case, unit)


PLAN = """|
**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
|
Số: 305/KH-UBND
|
*Thử Nghiệm, ngày 12 tháng 9 năm 2025*
|
**KẾ HOẠCH**
Chuyển đổi số trong quản lý kết cấu hạ tầng giao thông trên địa bàn tỉnh Thử Nghiệm
**I. NHIỆM VỤ**
1. Số hóa hồ sơ, bản đồ hạ tầng giao thông trên địa bàn tỉnh.
**II. TỔ CHỨC THỰC HIỆN**
1. Sở Xây dựng chủ trì số hóa hồ sơ, bản đồ hạ tầng giao thông, hoàn thành trước ngày \
31 tháng 12 năm 2025.
2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.
3. Các cơ quan, đơn vị theo chức năng chủ động triển khai, bảo đảm để Kế hoạch chính thức \
vận hành từ ngày 01 tháng 01 năm 2026.
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("subject-plan")
    opened = answerer_over(root, {"kh-305.md": PLAN}, lexical_only=True)
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "unit_text"),
    [
        # the date another task of the plan is to be done by, for the limit of a task it lacks
        (
            "Hạn chót hoàn thành lắp đặt camera giám sát tải trọng xe trên đường tỉnh theo Kế "
            "hoạch chuyển đổi số hạ tầng giao thông tỉnh Thử Nghiệm là ngày nào?",
            "Sở Xây dựng chủ trì số hóa",
        ),
        # the date the plan comes into operation, for the limit of a task it does not set
        (
            "Theo Kế hoạch chuyển đổi số hạ tầng giao thông tỉnh Thử Nghiệm, hạn chót nghiệm "
            "thu trung tâm điều hành thông minh là khi nào?",
            "chính thức vận hành",
        ),
    ],
)
def test_the_limit_of_another_task_is_no_answer(
    plan: Answerer, question: str, unit_text: str
) -> None:
    corpus = plan.corpus
    q = analyse(corpus, route_question(question), None)
    assert q.route.intent == "deadline"
    unit = next(u for u in corpus.units if unit_text in u.text)
    assert lacks_asked_subject(corpus, q, unit)
    assert not plan.ask(question).found


@pytest.mark.parametrize(
    ("question", "value"),
    [
        (
            "Theo kế hoạch chuyển đổi số hạ tầng giao thông tỉnh Thử Nghiệm, hạn hoàn thành số "
            "hóa hồ sơ, bản đồ hạ tầng giao thông là ngày nào?",
            "31 tháng 12 năm 2025",
        ),
        (
            "Kế hoạch chuyển đổi số hạ tầng giao thông tỉnh Thử Nghiệm giao sở nào chủ trì số "
            "hóa hồ sơ, bản đồ?",
            "Sở Xây dựng",
        ),
    ],
)
def test_the_limit_or_body_of_the_task_asked_answers(
    plan: Answerer, question: str, value: str
) -> None:
    result = plan.ask(question)
    assert result.found, question
    assert value in result.answer, result.answer


INVENTORY = """|
**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
|
Số: 88/KH-UBND
|
*Thử Nghiệm, ngày 02 tháng 12 năm 2025*
|
**KẾ HOẠCH**
Triển khai công việc năm 2026 trên địa bàn tỉnh Thử Nghiệm
**IV. NHIỆM VỤ CỤ THỂ**
1.4. Ủy ban nhân dân các xã, phường
Tổng hợp kết quả kiểm kê tài sản công, báo cáo kết quả bằng văn bản gửi về Sở Tài chính.

Thời gian hoàn thành: Trước ngày 15/4/2026.
"""


@pytest.fixture(scope="module")
def inventory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("subject-lead-in")
    opened = answerer_over(root, {"kh-88.md": INVENTORY}, lexical_only=True)
    yield opened
    opened.close()


def _deadline_case(answerer: Answerer, question: str):  # noqa: ANN202 - a test helper
    corpus = answerer.corpus
    case = analyse(corpus, replace(route_question(question), intent="deadline"), None)
    unit = next(u for u in corpus.units if u.text.startswith("Thời gian hoàn thành"))
    return corpus, case, unit


def test_a_long_subject_the_unit_does_not_write(inventory: Answerer) -> None:
    # a long question's subject asks less of the unit, not nothing: a plan's limit on an
    # inventory answers no report on another field's delegated tasks
    corpus, case, unit = _deadline_case(
        inventory,
        "Thời hạn UBND cấp huyện báo cáo kết quả thực hiện nhiệm vụ được ủy quyền trong lĩnh "
        "vực quản lý chất lượng nông lâm thủy sản là khi nào?",
    )
    assert lacks_asked_subject(corpus, case, unit)


MINERALS = """|
**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
|
Số: 2101/QĐ-UBND
|
*Thử Nghiệm, ngày 18 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
Về việc công bố danh mục thủ tục hành chính lĩnh vực địa chất và khoáng sản cấp xã
**Điều 1.** Thời hạn thẩm định, công nhận kết quả thăm dò khoáng sản đối với khoáng sản nhóm \
III tối đa là 45 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.
"""


@pytest.fixture(scope="module")
def minerals(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("subject-title-words")
    opened = answerer_over(root, {"qd-2101.md": MINERALS}, lexical_only=True)
    yield opened
    opened.close()


def test_a_long_value_subject_with_a_few_title_words_is_judged(minerals: Answerer) -> None:
    # twelve words name what a loan cap is of; two of them ("chính", "xã") are also the
    # title's: the ten left still ask of the unit, which writes none of them
    corpus = minerals.corpus
    question = (
        "Mức cho vay tối đa đối với đối tượng tín dụng chính sách xã hội từ nguồn vốn ngân sách "
        "là bao nhiêu?"
    )
    case = analyse(corpus, route_question(question), None)
    unit = next(u for u in corpus.units if "45 ngày" in u.text)
    assert lacks_asked_subject(corpus, case, unit)
    assert not minerals.ask(question).found


LOANS = """|
**HỘI ĐỒNG NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
|
Số: 56/2025/NQ-HĐND
|
*Thử Nghiệm, ngày 26 tháng 11 năm 2025*
|
**NGHỊ QUYẾT**
Quy định lãi suất cho vay đối với các đối tượng thụ hưởng tín dụng chính sách xã hội từ nguồn \
vốn ngân sách địa phương ủy thác qua Ngân hàng Chính sách xã hội
**Điều 2. Lãi suất cho vay**
a) Đối với hộ mới thoát nghèo vay vốn các chương trình tín dụng chính sách: Áp dụng lãi suất \
cho vay là 6,6%/năm.

**Điều 3. Quy trình**
Phê duyệt kèm theo Nghị quyết này 12 quy trình nội bộ giải quyết thủ tục cho vay.
"""


@pytest.fixture(scope="module")
def loans(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("subject-title-leaves")
    opened = answerer_over(root, {"nq-56.md": LOANS}, lexical_only=True)
    yield opened
    opened.close()


def _value_case(answerer: Answerer, question: str, written: str):  # noqa: ANN202 - a test helper
    corpus = answerer.corpus
    case = analyse(corpus, route_question(question), None)
    unit = next(u for u in corpus.units if written in u.text)
    return corpus, case, unit


def test_the_indicator_a_long_title_leaves_is_judged(loans: Answerer) -> None:
    # the title names most of what is asked ("lãi suất ... nguồn vốn ngân sách ... ủy thác");
    # the words it leaves ("nợ quá hạn", "khoản") name another indicator than the rate the
    # unit states, which writes none of them
    question = (
        "Lãi suất nợ quá hạn đối với khoản vay từ nguồn vốn ngân sách địa phương ủy thác qua "
        "Ngân hàng Chính sách xã hội là bao nhiêu?"
    )
    corpus, case, unit = _value_case(loans, question, "6,6%")
    assert lacks_asked_subject(corpus, case, unit)
    assert not loans.ask(question).found


def test_the_case_a_long_title_leaves_answers(loans: Answerer) -> None:
    # the words the title leaves ("hộ mới thoát nghèo") are the unit's: its rate answers
    question = (
        "Lãi suất cho vay đối với hộ mới thoát nghèo từ nguồn vốn ngân sách địa phương ủy thác "
        "qua Ngân hàng Chính sách xã hội là bao nhiêu?"
    )
    corpus, case, unit = _value_case(loans, question, "6,6%")
    assert not lacks_asked_subject(corpus, case, unit)
    assert "6,6%" in (loans.ask(question).answer or "")


def test_a_total_asked_is_no_word_of_the_subject(loans: Answerer) -> None:
    # "tất cả bao nhiêu" asks a total, as "bao nhiêu" does: no word the unit must write
    question = (
        "Nghị quyết phê duyệt tất cả bao nhiêu quy trình nội bộ giải quyết thủ tục cho vay "
        "tín dụng chính sách xã hội từ nguồn vốn ngân sách địa phương ủy thác?"
    )
    corpus, case, unit = _value_case(loans, question, "12 quy trình")
    assert not lacks_asked_subject(corpus, case, unit)


MERGER = """|
**ỦY BAN THƯỜNG VỤ QUỐC HỘI**
|
Số: 1701/NQ-UBTVQH15
|
**NGHỊ QUYẾT**
Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Thử Nghiệm năm 2025
**Điều 1. Sắp xếp các đơn vị hành chính cấp xã**
Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của xã Đông và xã Tây thành xã mới có tên \
gọi là xã Trung Tâm.
**Điều 2. Hiệu lực thi hành**
1. Nghị quyết này có hiệu lực thi hành từ ngày được thông qua.

2. Các cơ quan theo thẩm quyền khẩn trương thực hiện các công tác chuẩn bị cần thiết, bảo đảm \
để chính quyền địa phương ở các đơn vị hành chính cấp xã hình thành sau sắp xếp chính thức hoạt \
động từ ngày 01 tháng 7 năm 2025.
**Điều 3. Tổ chức thực hiện**
Giao Chính phủ khẩn trương triển khai công tác đo đạc, xác định phạm vi ranh giới của các đơn \
vị hành chính trên thực địa để lập hồ sơ về địa giới đơn vị hành chính theo quy định.
"""

PLAN_REPORT = """|
**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
|
Số: 597/KH-UBND
|
*Thử Nghiệm, ngày 27 tháng 11 năm 2025*
|
**KẾ HOẠCH**
Chuyển đổi số trong quản lý kết cấu hạ tầng giao thông trên địa bàn tỉnh Thử Nghiệm
**I. NHIỆM VỤ**
- Ban hành quy chế quản lý, chia sẻ, khai thác dữ liệu số trong quản lý kết cấu hạ tầng giao \
thông.
**II. TỔ CHỨC THỰC HIỆN**
**1. Sở Xây dựng**
- Chủ trì xây dựng hệ thống thông tin dữ liệu về kết cấu hạ tầng giao thông.

- Phối hợp chia sẻ dữ liệu đất đai, bản đồ địa chính để tích hợp với cơ sở dữ liệu.

Trên đây là Kế hoạch Chuyển đổi số trong hoạt động
xây dựng và quản lý khai thác, bảo trì hệ thống kết cấu hạ tầng giao thông. Đề
nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện. Định kỳ hằng năm (trước
ngày 30 tháng 11) báo cáo kết quả thực hiện về Sở Xây dựng, để tổng hợp báo cáo
Ủy ban nhân dân Tỉnh. Trong quá trình tổ chức thực hiện, nếu
thấy cần sửa đổi, bổ sung các sở, ngành, địa phương chủ động đề xuất gửi Sở Xây
dựng tổng hợp và báo cáo Ủy ban nhân dân Tỉnh xem xét, quyết định./.
"""

# A guide whose words ("lập hồ sơ") are common to the corpus, as they are to any archive
GUIDE = """|
**SỞ TƯ PHÁP**
**TỈNH THỬ NGHIỆM**
|
Số: 12/HD-STP
|
**HƯỚNG DẪN**
Lập hồ sơ, nộp hồ sơ lưu trữ
1. Cơ quan, đơn vị lập hồ sơ công việc và nộp hồ sơ vào lưu trữ cơ quan.
2. Hồ sơ lập xong được nộp lưu trong thời hạn 01 năm.
"""


@pytest.fixture(scope="module")
def merger(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("subject-merger")
    opened = answerer_over(
        root,
        {"nq-1701.md": MERGER, "kh-597.md": PLAN_REPORT, "hd-12.md": GUIDE},
        lexical_only=True,
    )
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "value"),
    [
        (
            "Theo NQ 1701/NQ-UBTVQH15, chính quyền các xã, phường mới của tỉnh Thử Nghiệm chính "
            "thức hoạt động từ ngày nào?",
            "01 tháng 7 năm 2025",
        ),
        # the limit of the task the closing paragraph sets, read with its lead-in
        (
            "Theo KH 597/KH-UBND tỉnh Thử Nghiệm, các cơ quan báo cáo kết quả thực hiện định kỳ "
            "hằng năm trước ngày nào?",
            "30 tháng 11",
        ),
    ],
)
def test_the_limit_of_the_task_written_whole_answers(
    merger: Answerer, question: str, value: str
) -> None:
    result = merger.ask(question)
    assert result.found, question
    assert value in result.answer, result.answer
