"""Rules read from the fresh sets of session 34, each on a document written here or on the
pattern it rests on:

- a procedure named without "thủ tục" has its name read all the same: after "thời hạn (giải
  quyết)" ("thời hạn cấp giấy phép hoạt động phát điện") or before the time asked ("cấp biển
  hiệu ... trong mấy ngày"); "tư vấn" is no "từ" ending it, "kể từ" is; an acronym of the name
  ("CFS") stands for words written in their own order;
- a model named with an edition after its number ("Huawei Watch Fit 4 Pro") is that model;
- a sentence its line break cut right after its act ("Quyết định này thay thế" / "Quyết định số
  15/2014 ...") reads on into the documents it names; "Quy định thực hiện nếp sống văn minh" is
  a rule's name, no act of implementing; an item read after a lead-in saying the act of all its
  items ("Các Quyết định sau hết hiệu lực ...:") is acted on, whatever its own title does; a
  title a semicolon cuts ("... tài sản cố định đặc thù; danh mục, thời gian tính hao mòn ...")
  is one clause, not another the question may describe;
- a count of places written "56 xã, phường" keeps both kinds;
- a sum asked is not the number of days a step's row states under "Thời gian (ngày làm
  việc)"; a length of time asked in years is not one written in hours; the number opening the
  next part of a cell ("... Hồ Chí Minh. 3. Kết quả thực hiện") is no value;
- a full date the question names of what it asks ("thời điểm 0h00 ngày 01/01/2027") is written
  by the document answering; the date or the signer of a document asked by its own number
  needs no acronym of the words describing it spelled out ("quyền XNK"); a joint circular is
  named by its short number too ("TTLT 07/2013");
- an acronym keeps the capital vowels of its words' initials ("NSƯT");
- two cases: "A và B khi ... lần lượt" end B where what is said of both opens, A after a
  comma; "... trong bao lâu khi X và khi Y" names two conditions after the value asked; a
  second ask said of the first one's subject ("... có hiệu lực sau bao lâu, và phải được công
  bố ... trong bao lâu") is asked with that subject; the same value twice tells no cases apart;
- routing: "... thời hạn ... theo nghị định nào của Chính phủ" asks a document; "dưới mức
  nào", "ở mức nào" ask a value.

On the start code (6d4c037) every test here fails but the guards that say what a rule leaves
alone (no procedure in "UBND cấp xã ... trong mấy ngày", "Huawei Watch GT 5", "xếp loại ở mức
nào", "người có bằng ĐH khác" kept whole) and the sum asked of a step's row: this small table
does not rank the row that misled the answer on the collection; the rule is checked on it all
the same."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.gazetteer import plain
from qa_service.answer.pipeline import _distinct, _two_cases
from qa_service.answer.question import TYPE_THEN_NUMBER
from qa_service.answer.relations import mention_relations
from qa_service.answer.verify import asked_procedure_pairs, question_models
from qa_service.answer.windows import clause_window
from qa_service.routing import fold, route_question
from tests.qa_service.small_index import answerer_over

HEADER = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: {number}

*Thử Nghiệm, ngày 19 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

"""

REPLACING = (
    HEADER.format(number="87/2025/QĐ-UBND")
    + """**Ban hành Quy định thực hiện nếp sống văn minh trong việc cưới, việc tang**

**Điều 1.** Ban hành kèm theo Quyết định này Quy định thực hiện nếp sống văn minh trong việc \
cưới, việc tang trên địa bàn tỉnh Thử Nghiệm.

**Điều 2.** Hiệu lực thi hành

1. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2025.

2. Quyết định này thay thế
Quyết định số 15/2014/QĐ-UBND ngày 02 tháng 7 năm 2014 của Ủy ban nhân dân tỉnh Quy định \
thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội.
"""
)

LAPSING = (
    HEADER.format(number="138/2025/QĐ-UBND")
    + """**Ban hành Quy chế luân chuyển hồ sơ đất đai**

**Điều 1.** Ban hành kèm theo Quyết định này Quy chế luân chuyển hồ sơ đất đai.

**Điều 2.** Hiệu lực thi hành

1. Quyết định này có hiệu lực thi hành từ ngày 05 tháng 12 năm 2025.

2. Các Quyết định sau hết hiệu lực thi hành kể từ ngày Quyết định này có hiệu lực thi hành:

a) Quyết định số 68/2024/QĐ-UBND ngày 31 tháng 10 năm 2024 của Ủy ban nhân dân tỉnh Cũ \
ban hành Quy chế tiếp nhận, luân chuyển hồ sơ đất đai.
"""
)

MOUNTAIN = (
    HEADER.format(number="2003/QĐ-UBND")
    + """**Phê duyệt xã, phường miền núi giai đoạn 2026 - 2030**

**Điều 1.** Phê duyệt xã, phường miền núi trên địa bàn tỉnh Thử Nghiệm giai đoạn 2026 – 2030 \
gồm 56 xã, phường *(Chi tiết tại danh sách kèm theo).*
"""
)

STEPS = (
    HEADER.format(number="1948/QĐ-UBND")
    + """**Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực khí tượng thủy văn**

**Điều 1.** Phê duyệt quy trình nội bộ thủ tục cấp giấy phép hoạt động dự báo, cảnh báo khí \
tượng thủy văn.

| **Thứ tự công việc** | **Nội dung công việc** | **Trách nhiệm xử lý công việc** | **Thời gian (ngày làm việc)** |
|---|---|---|---|
| Bước 1 | Tiếp nhận hồ sơ cấp giấy phép hoạt động dự báo, cảnh báo khí tượng thủy văn | Bộ phận một cửa | 0,5 |
| Bước 7 | Trình Lãnh đạo UBND tỉnh phê duyệt cấp giấy phép hoạt động dự báo, cảnh báo khí tượng thủy văn | Chuyên viên Văn phòng UBND tỉnh | 2 |
"""  # noqa: E501
)

FUNERAL = (
    HEADER.format(number="88/2025/QĐ-UBND")
    + """**Quy định việc tang trên địa bàn tỉnh Thử Nghiệm**

**Điều 3.** Việc tang

g) Người qua đời được chôn cất hoặc hoả táng trong vòng 48 giờ kể từ khi qua đời (nếu qua \
đời do mắc bệnh truyền nhiễm, dịch bệnh không để quá 24 giờ).
"""
)

INVENTORY = (
    HEADER.format(number="1190/KH-UBND")
    + """**Kế hoạch tổng kiểm kê tài sản công tại thời điểm 0 giờ ngày 01/01/2026**

**I. Thời gian thực hiện**

Các sở, ngành gửi báo cáo kết quả tổng kiểm kê tài sản công về Sở Tài chính. Thời gian hoàn \
thành: Trước ngày 15/4/2026.
"""
)

WEAR = (
    HEADER.format(number="35/2025/QĐ-UBND")
    + """**Quy định thời gian tính hao mòn, tỷ lệ hao mòn tài sản cố định vô hình**

**Điều 3.** Hiệu lực thi hành

1. Quyết định này có hiệu lực thi hành kể từ ngày 28 tháng 11 năm 2025.

2. Quyết định số 27/2024/QĐ-UBND ngày 20 tháng 11 năm 2024 của Ủy ban nhân dân tỉnh quy định \
danh mục tài sản cố định đặc thù; danh mục, thời gian tính hao mòn và tỷ lệ hao mòn tài sản cố \
định vô hình hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.
"""
)

CUSTOMS = """**CỤC HẢI QUAN**

Số: 39712/CHQ-GSQL

*V/v vướng mắc thủ tục hải quan*

*Hà Nội, ngày 03 tháng 12 năm 2025*

Kính gửi: Công ty TNHH Thử Nghiệm.

Trả lời công văn của Công ty về thực hiện quyền xuất khẩu, quyền nhập khẩu của tổ chức kinh tế \
có vốn đầu tư nước ngoài, Cục Hải quan có ý kiến như sau: doanh nghiệp thực hiện theo Nghị định \
số 09/2018/NĐ-CP.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("procedures-dates"),
        {
            "thay-the.md": REPLACING,
            "het-hieu-luc.md": LAPSING,
            "mien-nui.md": MOUNTAIN,
            "quy-trinh.md": STEPS,
            "viec-tang.md": FUNERAL,
            "kiem-ke.md": INVENTORY,
            "hai-quan.md": CUSTOMS,
            "hao-mon.md": WEAR,
        },
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_a_sentence_cut_after_its_act_reads_on(answerer: Answerer) -> None:
    result = answerer.ask("QĐ 87/2025 Thử Nghiệm thay thế quyết định nào?")
    assert result.found and "15/2014/QĐ-UBND" in (result.answer or "")


def test_an_item_under_a_lapsing_lead_in_is_acted_on(answerer: Answerer) -> None:
    result = answerer.ask("QĐ 138/2025 làm hết hiệu lực quyết định nào của UBND tỉnh Cũ?")
    assert result.found and "68/2024/QĐ-UBND" in (result.answer or "")


def test_a_title_cut_by_a_semicolon_is_one_clause(answerer: Answerer) -> None:
    result = answerer.ask(
        "Khi QĐ 35/2025 về hao mòn tài sản cố định vô hình có hiệu lực thì quyết định cũ nào "
        "hết hiệu lực?"
    )
    assert result.found and "27/2024/QĐ-UBND" in (result.answer or "")


def test_a_rules_name_is_no_act() -> None:
    assert mention_relations("", " Quy định thực hiện nếp sống văn minh") == ()
    assert mention_relations("", " thực hiện Nghị quyết số 12") == (("implement", "agent"),)


def test_places_counted_of_two_kinds(answerer: Answerer) -> None:
    result = answerer.ask("QĐ 2003/QĐ-UBND phê duyệt bao nhiêu xã, phường miền núi?")
    assert result.found and (result.answer or "").endswith("56 xã, phường")


def test_a_window_keeps_the_second_kind_of_place() -> None:
    text = (
        "Phê duyệt xã, phường miền núi trên địa bàn tỉnh Thử Nghiệm giai đoạn 2026 – 2030 gồm "
        "56 xã, phường (chi tiết tại danh sách kèm theo)."
    )
    at = text.index("56")
    weights = {"xa": 1.0, "phuong": 1.0, "mien": 1.0, "nui": 1.0}
    start, end = clause_window(text, (at, at + 2), weights)
    assert text[start:end].endswith("56 xã, phường")


def test_a_sum_is_no_days_of_a_step(answerer: Answerer) -> None:
    result = answerer.ask(
        "Mức phí thẩm định cấp giấy phép hoạt động dự báo, cảnh báo khí tượng thủy văn tại "
        "tỉnh Thử Nghiệm là bao nhiêu?"
    )
    assert not result.found


def test_years_are_not_hours(answerer: Answerer) -> None:
    asked = (
        "Thử Nghiệm quy định cải táng chỉ được thực hiện sau ít nhất bao nhiêu năm kể từ khi "
        "chôn cất?"
    )
    assert not answerer.ask(asked).found


def test_the_condition_of_a_second_ask(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo QĐ 88/2025/QĐ-UBND, người qua đời phải được chôn cất hoặc hỏa táng trong bao "
        "lâu, và nếu chết do bệnh truyền nhiễm thì trong bao lâu?"
    )
    assert result.found
    assert "48 giờ" in (result.answer or "") and "24 giờ" in (result.answer or "")


def test_a_day_the_document_never_writes(answerer: Answerer) -> None:
    asked = "ke hoach tong kiem ke tai san cong thoi diem 0h00 ngay 01/01/{year}: han bao cao ket qua ve So Tai chinh la ngay nao?"  # noqa: E501
    assert not answerer.ask(asked.format(year=2027)).found
    result = answerer.ask(asked.format(year=2026))
    assert result.found and "15/4/2026" in (result.answer or "")


def test_a_document_named_by_its_number_needs_no_acronym_spelled(answerer: Answerer) -> None:
    result = answerer.ask(
        "cuc hai quan ban hanh cv 39712/CHQ-GSQL (quyen XNK cua DN FDI) ngay nao?"
    )
    assert result.found and "03 tháng 12 năm 2025" in (result.answer or "")
    # a value of its text is judged by the words asked all the same
    assert not answerer.ask("CV 39712/CHQ-GSQL: thuế suất XNK là bao nhiêu?").found


@pytest.mark.parametrize(
    ("question", "pairs"),
    [
        (
            "Thoi han cap giay phep hoat dong phat dien thuoc tham quyen UBND tinh X?",
            ("cap giay", "giay phep", "phep hoat", "hoat dong", "dong phat", "phat dien"),
        ),
        (
            "ha noi cap bien hieu phuong tien van tai khach (xe o to) trong may ngay lam viec",
            ("cap bien", "bien hieu", "hieu phuong", "phuong tien", "tien van", "van tai",
             "tai khach"),
        ),
        (
            "Thời hạn giải quyết TTHC cấp giấy phép hoạt động tư vấn chuyên ngành điện?",
            ("cap giay", "giay phep", "phep hoat", "hoat dong", "dong tu", "tu van",
             "van chuyen"),
        ),
        ("thời hạn giải quyết thủ tục cấp giấy phép kể từ ngày nhận", ("cap giay", "giay phep")),
        ("UBND cấp xã giải quyết trong mấy ngày?", ()),
    ],
)  # fmt: skip
def test_a_procedure_named_by_its_act(question: str, pairs: tuple[str, ...]) -> None:
    assert asked_procedure_pairs(plain(fold(question))) == pairs


@pytest.mark.parametrize(
    ("question", "models"),
    [
        ("Mã HS của Huawei Watch Fit 4 Pro (dây silicone) là gì?", ["huawei watch fit 4 pro"]),
        ("mã HS của Huawei Watch GT 5", ["huawei watch gt"]),
        ("Trung tâm Phục vụ hành chính công 2 cấp", []),
    ],
)
def test_a_model_with_its_edition(question: str, models: list[str]) -> None:
    assert question_models(question) == models


@pytest.mark.parametrize(
    ("question", "names"),
    [
        (
            "Theo NQ 64/2025/NQ-HĐND của HĐND TP Hà Nội, NSND và NSƯT khi tham gia biểu diễn "
            "được hỗ trợ thêm mỗi buổi lần lượt bao nhiêu?",
            ("NSND", "NSƯT"),
        ),
        (
            "Cấp C/O mẫu AK: nộp trực tuyến và nộp trực tiếp thì thời hạn trả kết quả lần lượt "
            "là bao nhiêu giờ làm việc?",
            ("nộp trực tuyến", "nộp trực tiếp"),
        ),
        (
            "Báo cáo viên pháp luật: người có bằng ĐH luật và người có bằng ĐH khác lần lượt là "
            "bao nhiêu năm?",
            ("người có bằng ĐH luật", "người có bằng ĐH khác"),
        ),
        (
            "Thu tuc xac minh giai quyet trong bao lau khi ho so du va khi chua du",
            ("khi ho so du", "khi chua du"),
        ),
    ],
)
def test_two_cases_named(question: str, names: tuple[str, str]) -> None:
    cases = _two_cases(question)
    assert cases is not None and cases.names == names


def test_a_second_ask_keeps_the_first_ones_subject() -> None:
    cases = _two_cases(
        "Theo QĐ 5042, quyết định tạm ngừng nhập khẩu có hiệu lực sau bao lâu kể từ ngày ký, "
        "và phải được công bố trên phương tiện thông tin đại chúng trong bao lâu?"
    )
    assert cases is not None
    assert cases.questions[1] == (
        "Theo QĐ 5042, quyết định tạm ngừng nhập khẩu phải được công bố trên phương tiện thông "
        "tin đại chúng trong bao lâu?"
    )


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Thông tư nào đã làm hết hiệu lực TTLT 07/2013 về trả lương dạy thêm giờ?", "07/2013"),
        ("Thông tư liên tịch 07/2013 bị bãi bỏ bởi văn bản nào?", "07/2013"),
    ],
)
def test_a_joint_circular_named_by_its_short_number(question: str, named: str) -> None:
    found = TYPE_THEN_NUMBER.search(plain(fold(question)))
    assert found is not None and found.group("number") == named


def test_one_value_twice_tells_no_cases_apart() -> None:
    assert _distinct(("A: 48 giờ; B: 48 giờ", [], 1.0, None)) is None
    assert _distinct(("A: 48 giờ; B: 24 giờ", [], 1.0, None)) is not None


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("CT 010: cac so nganh phai tuan thu thoi han gop y theo nghi dinh nao cua Chinh phu?",
         "decision"),
        ("dân tộc có dân số trên phạm vi cả nước dưới mức nào?", "figure"),
        ("He thong thu cong vu phai dam bao hoat dong on dinh o muc nao?", "figure"),
        ("Cán bộ được xếp loại ở mức nào thì được khen thưởng?", "general"),
        ("Quy định này nằm ở mục nào của quyết định?", "general"),
        ("Cán bộ bị kỷ luật thì được xếp loại chất lượng ở mức nào?", "general"),
        ("Quy dinh nay duoc neu o muc nao?", "general"),
    ],
)  # fmt: skip
def test_routing(question: str, intent: str) -> None:
    assert route_question(question).intent == intent
