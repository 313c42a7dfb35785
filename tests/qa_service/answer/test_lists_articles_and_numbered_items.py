"""Rules read from the fresh sets of session 33, each on a document written here or on the
pattern it rests on:

- "công bố" / "ban hành" is the act of the document publishing a list, no subject of a count
  ("QĐ X công bố bao nhiêu TTHC" is answered by "Ban hành kèm theo ... Danh mục 82 thủ tục");
- a group row of a list counts its rows after a colon ("Lĩnh vực Người có công: 30 TTHC");
- a list item's own case is named by half its telling words or more ("chung thuc" names no
  "áp dụng chung");
- a level's body written in lower case ("Thanh tra tỉnh") is a body an answer may name, and a
  body heading an article of tasks ("Điều 2. Sở Giáo dục và Đào tạo") is the body of each task
  listed under it;
- the items of a list of documents, their dashes cut off, read their numbered lead-in ("2. Các
  Quyết định sau đây hết hiệu lực ...:");
- the proposal of a repealing decision is asked by "cơ quan nào đề nghị UBND tỉnh bãi bỏ QĐ X";
- the article a question names of the document it asks ("dẫn Điều 44 của Nghị định nào") picks
  the document cited right after that article;
- a case named after a value ("... đồng đối với hành vi X") is the value's own, and the body
  standing where the question puts the one it asks ("phân cấp ... cho cơ quan nào" / "... cho
  Sở Nông nghiệp và Môi trường") is that one;
- a unit going on with the sentence before it (opening in lower case, or after a line its
  sentence does not end: "b) Tỷ suất sinh lợi nội tại về tài chính" / "(IRR) không vượt quá
  12%") holds that one's words, and its list's lead-in; a year counts none of the things asked
  ("Luật Năng lượng nguyên tử 2025" for "bao nhiêu trạm"), nor does "một" picking one of them
  ("một Phó Chi cục trưởng được ... ủy quyền");
- a deputy named after its office ("thôn (tổ) đội phó") is no head ("đội trưởng"); the value
  of a document as it stood before another replaced it ("theo NQ 61/2021 (trước khi bị NQ
  75/2025 thay thế)") is not the replacing one's; a reply letter names the letter it answers
  in "nhận được công văn số ...";
- routing: "bãi bỏ mấy", "giao cho Sở X bao nhiêu", "dẫn Điều 44 của NĐ nào", "khung nào",
  "căn cứ quyết định công bố nào", "theo nghị định nào" after a time limit, "trong tối đa bao
  nhiêu ngày" beside an entry into force, a place typed without marks but with capitals ("tinh
  Ha Tinh"), a code named by its year ("BLHS 2015");
- a body given a time ("cho Sở Tài chính bao lâu để ...") acts; a number after "số" that names
  one of the things counted ("quy trình điện tử số 1", "số 3 Mục VI") counts nothing, a
  coefficient's ("hệ số 2,34") does; a list label standing alone ("“9.") states no value; a
  value the question gives ("trong 48 ngày") is not the one it asks; an act denied ("không
  quyết định", "không thuộc") asks the case a rule leaves out; a day of every month ("trước
  ngày 15 hằng tháng") is a date.

The behaviour tests of publishing, of the sibling's case, of the lead-in, of the article
cited and of the article's body pass on the start code too: these small documents do not
rank the units that misled the answers on the collection; the patterns are checked on their
own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.agency import body_matches
from qa_service.answer.document_answers import _RECEIVED_LINE, PROPOSER_ASKED
from qa_service.answer.extractors import _COUNT_ASIDE, _DATE_EXPR, _item_label
from qa_service.answer.own_document import _DOCUMENT_ITEM
from qa_service.answer.value_kind import (
    _BEFORE_REPLACED,
    _DESIGNATING_SO,
    _EXCLUDING_WORDS,
    _ONE_OF_THEM,
    _PART_AFTER,
    _other_rank,
    _roles,
    _states_value_itself,
)
from qa_service.answer.verify import _PUBLISHING, subject_phrases
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

HEADER = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: {number}

*Thử Nghiệm, ngày 10 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

"""

PUBLISHED = (
    HEADER.format(number="3771/QĐ-UBND")
    + """**Công bố Danh mục thủ tục hành \
chính lĩnh vực giáo dục và đào tạo thực hiện không phụ thuộc vào địa giới hành chính**

**Điều 1.** Ban hành kèm theo Quyết định này Danh mục 82 thủ tục hành chính lĩnh vực giáo dục \
và đào tạo thực hiện không phụ thuộc vào địa giới hành chính trên địa bàn tỉnh Thử Nghiệm.

**Điều 2.** Danh mục thủ tục hành chính tại Điều 1 thuộc phạm vi, chức năng quản lý nhà nước \
của Thanh tra tỉnh.

**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký.
"""
)

GROUPED = (
    HEADER.format(number="3783/QĐ-UBND")
    + """**Công bố Danh mục thủ tục hành \
chính thực hiện không phụ thuộc vào địa giới hành chính lĩnh vực lao động**

**Điều 1.** Công bố kèm theo Quyết định này Danh mục thủ tục hành chính.

| STT | Mã TTHC | Tên thủ tục hành chính |
|---|---|---|
| **III** | **Lĩnh vực Người có công: 30 TTHC** | |
| 1 | 1.001257 | Giải quyết chế độ trợ cấp một lần |
"""
)

CERTIFIED = (
    HEADER.format(number="2770/QĐ-UBND")
    + """**Công bố Danh mục thủ tục hành \
chính được sửa đổi, bổ sung lĩnh vực chứng thực**

**Điều 1.** Công bố kèm theo Quyết định này Danh mục thủ tục hành chính được sửa đổi, bổ \
sung lĩnh vực chứng thực, cụ thể:

- Danh mục thủ tục hành chính áp dụng chung: 05 TTHC.

- Danh mục thủ tục hành chính cấp xã: 07 TTHC.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.
"""
)

REPEALING = (
    HEADER.format(number="105/2025/QĐ-UBND")
    + """**Quy định thẩm quyền ban hành \
tiêu chuẩn, định mức máy móc, thiết bị chuyên dùng**

*Theo đề nghị của Giám đốc Sở Tài chính.*

**Điều 1.** Quy định thẩm quyền ban hành tiêu chuẩn, định mức máy móc, thiết bị chuyên dùng.

**Điều 2. Điều khoản thi hành**

1. Quyết định có hiệu lực kể từ ngày ký.

2. Các Quyết định sau đây hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành:

- Quyết định số 36/2023/QĐ-UBND ngày 19 tháng 10 năm 2023 của Ủy ban nhân dân tỉnh Vĩnh Phúc \
về việc phân cấp thẩm quyền ban hành tiêu chuẩn định mức sử dụng máy móc thiết bị chuyên dùng;

- Quyết định số 60/2024/QĐ-UBND ngày 04 tháng 12 năm 2024 của Ủy ban nhân dân tỉnh Hòa Bình \
quy định thẩm quyền ban hành tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng.
"""
)

FIRE = (
    HEADER.format(number="78/2025/QĐ-UBND")
    + """**Bãi bỏ Quyết định số 02/2022/QĐ-UBND \
ngày 11/01/2022 của Ủy ban nhân dân tỉnh ban hành Quy định về phòng cháy đối với nhà ở kết \
hợp sản xuất, kinh doanh**

*Theo đề nghị của Công an tỉnh tại Văn bản số 260/TTr-CAT-PCCC ngày 03/11/2025.*

**Điều 1.** Bãi bỏ toàn bộ Quyết định số 02/2022/QĐ-UBND ngày 11/01/2022 của Ủy ban nhân \
dân tỉnh ban hành Quy định về phòng cháy đối với nhà ở kết hợp sản xuất, kinh doanh.
"""
)

TAX_REPLY = """**CỤC THUẾ**

Số: 5387/CT-CS

V/v tiền sử dụng đất

*Hà Nội, ngày 20 tháng 11 năm 2025*

Kính gửi: Ông Nguyễn Văn Thử.

Căn cứ Nghị định số 151/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định về phân định thẩm \
quyền của chính quyền địa phương 02 cấp trong lĩnh vực đất đai.

Tiền sử dụng đất người sử dụng đất phải nộp theo quy định tại điểm a khoản 3 Điều 44 Nghị \
định số 103/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định về tiền sử dụng đất, tiền thuê \
đất.

Cục Thuế trả lời để Ông Nguyễn Văn Thử được biết./.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("lists-articles"),
        {
            "cong-bo.md": PUBLISHED,
            "nhom.md": GROUPED,
            "chung-thuc.md": CERTIFIED,
            "het-hieu-luc.md": REPEALING,
            "bai-bo.md": FIRE,
            "cong-van.md": TAX_REPLY,
        },
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_publishing_is_the_documents_act_not_the_subject(answerer: Answerer) -> None:
    result = answerer.ask("QD 3771/QD-UBND cong bo bao nhieu TTHC linh vuc giao duc va dao tao?")
    assert result.found and "82 thủ tục" in (result.answer or "")


def test_a_group_row_counts_its_rows_after_a_colon(answerer: Answerer) -> None:
    result = answerer.ask("QĐ 3783/QĐ-UBND: lĩnh vực người có công có bao nhiêu TTHC?")
    assert result.found and "30 TTHC" in (result.answer or "")


def test_one_word_of_three_names_no_case(answerer: Answerer) -> None:
    result = answerer.ask("QD 2770 cong bo bao nhieu TTHC cap xa linh vuc chung thuc?")
    assert result.found and "07 TTHC" in (result.answer or "")


def test_a_level_body_in_lower_case(answerer: Answerer) -> None:
    result = answerer.ask(
        "Danh mục TTHC của QĐ 3771/QĐ-UBND thuộc phạm vi quản lý nhà nước của cơ quan nào?"
    )
    assert result.found and result.answer == "Thanh tra tỉnh"


def test_a_listed_document_reads_its_numbered_lead_in(answerer: Answerer) -> None:
    result = answerer.ask(
        "QĐ 105/2025/QĐ-UBND làm hết hiệu lực quyết định nào của UBND tỉnh Hòa Bình?"
    )
    assert result.found and "60/2024/QĐ-UBND" in (result.answer or "")


def test_the_proposer_of_a_repeal(answerer: Answerer) -> None:
    result = answerer.ask("Cơ quan nào đề nghị UBND tỉnh bãi bỏ QĐ 02/2022/QĐ-UBND về phòng cháy?")
    assert result.found and result.answer == "Công an tỉnh"


def test_the_document_cited_at_the_article_named(answerer: Answerer) -> None:
    result = answerer.ask("CV 5387/CT-CS dẫn điểm a khoản 3 Điều 44 của Nghị định nào?")
    assert result.found and "103/2024/NĐ-CP" in (result.answer or "")
    assert "151/2025" not in (result.answer or "")


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("ha tinh bai bo may thu tuc hanh chinh theo qd 2890", "figure"),
        ("QĐ 2979 giao cho Sở Tư pháp bao nhiêu biên chế công chức?", "figure"),
        ("giao cho co quan nao thuc hien?", "agency"),
        ("Cục Thuế dẫn điểm a khoản 3 Điều 44 của Nghị định nào?", "basis"),
    ],
)
def test_routing(question: str, intent: str) -> None:
    assert route_question(question).intent == intent


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("QD 80/2025/QD-UBND cua UBND tinh Ha Tinh bai bo quyet dinh nao?", "ha tinh"),
        ("Quyết định của UBND TP HCM", "hcm"),
        ("kh cua UBND huyen Dak Song nam 2023", "dak song"),
    ],
)
def test_a_place_typed_without_marks_keeps_its_capitals(question: str, name: str) -> None:
    assert [m.name for m in route_question(question).localities] == [name]


def test_words_after_the_document_asked_are_no_subject() -> None:
    folded = "qd bai bo quy dinh can cu nghi dinh nao huong dan luat duong bo"
    assert "dan luat" not in subject_phrases(folded, bare=True)


@pytest.mark.parametrize(
    ("text", "body", "roles"),
    [
        ("qd 2890 cho so tai chinh bao lau de bai bo tthc", "so tai chinh", {"by"}),
        ("bao cao gui cho so tai chinh truoc ngay nao", "so tai chinh", {"to"}),
    ],
)
def test_a_body_given_a_time_acts(text: str, body: str, roles: set[str]) -> None:
    assert _roles(text, body) == roles


@pytest.mark.parametrize(
    ("after", "part"), [(" muc vi phan b", True), (" quy trinh noi bo", False)]
)
def test_the_part_a_numbered_item_stands_in(after: str, part: bool) -> None:
    assert (_PART_AFTER.match(after) is not None) is part


def test_body_matches_add_level_bodies() -> None:
    text = "thuộc phạm vi quản lý của Thanh tra tỉnh và Văn phòng UBND tỉnh"
    assert [text[m.start() : m.end()] for m in body_matches(text)] == [
        "Thanh tra tỉnh",
        "Văn phòng UBND",
    ]


@pytest.mark.parametrize(
    ("folded", "asked"),
    [
        ("co quan nao de nghi uy ban nhan dan tinh ha tinh bai bo quyet dinh 02/2022", True),
        ("co quan nao de nghi ban hanh quyet dinh 12", True),
        ("co quan nao de nghi ho tro kinh phi", False),
    ],
)
def test_proposer_asked(folded: str, asked: bool) -> None:
    assert (PROPOSER_ASKED.search(folded) is not None) is asked


@pytest.mark.parametrize(
    ("folded", "left"),
    [
        ("qd 3771 cong bo bao nhieu tthc", "qd 3771   bao nhieu tthc"),
        ("bao nhieu tthc ban hanh moi", "bao nhieu tthc ban hanh moi"),
    ],
)
def test_publishing_words(folded: str, left: str) -> None:
    assert _PUBLISHING.sub(" ", folded) == left


@pytest.mark.parametrize(
    ("label", "count"),
    [
        ("Lĩnh vực Người có công: 30 TTHC", ": 30 TTHC"),
        ("Lĩnh vực thể dục thể thao (32 TTHC)", "(32 TTHC)"),
        ("Thời hạn: 15 ngày, kể từ ngày 01/01", None),
    ],
)
def test_counts_of_a_group_row(label: str, count: str | None) -> None:
    found = _COUNT_ASIDE.search(label)
    assert (found.group(0) if found else None) == count


@pytest.mark.parametrize(
    ("folded", "item"),
    [
        ("quyet dinh so 60/2024/qd-ubnd ngay 04 thang 12 nam 2024", True),
        ("quyet dinh nay co hieu luc ke tu ngay ky", False),
    ],
)
def test_a_document_listed_by_its_number(folded: str, item: bool) -> None:
    assert (_DOCUMENT_ITEM.match(folded) is not None) is item


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("báo cáo qua Sở trước ngày 15 hằng tháng.", "trước ngày 15 hằng tháng"),
        ("báo cáo trước ngày 20 hàng quý", "trước ngày 20 hàng quý"),
    ],
)
def test_a_day_of_every_month(text: str, date: str) -> None:
    found = _DATE_EXPR.search(text)
    assert found is not None and found.group(0) == date


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Người xúc phạm Quốc kỳ có thể bị phạt tù trong khung nào?", "figure"),
        ("QĐ 2512 căn cứ quyết định công bố nào của Bộ NN&MT?", "basis"),
        ("CT 010 Dak Lak: cac so phai tuan thu thoi han gop y theo nghi dinh nao", "decision"),
        ("Khi văn bản có hiệu lực, Sở phải cập nhật trong tối đa bao nhiêu ngày?", "deadline"),
        ("QĐ 12/2025/QĐ-UBND có hiệu lực từ ngày nào?", "effective"),
    ],
)
def test_routing_of_kinds_asked(question: str, intent: str) -> None:
    assert route_question(question).intent == intent


def test_a_code_named_by_its_year_is_no_year_asked() -> None:
    assert route_question("Điều 351 BLHS 2015 quy định khung phạt tù nào?").years == ()


@pytest.mark.parametrize(
    ("folded", "denied"),
    [
        ("so, nganh khong quyet dinh thanh ly tai san duoi muc bao nhieu", True),
        ("tu bao nhieu tinh tro len thi khong thuoc dien phan cap", True),
        ("so nao quyet dinh thanh ly tai san", False),
    ],
)
def test_an_act_denied_asks_the_case_left_out(folded: str, denied: bool) -> None:
    assert (_EXCLUDING_WORDS.search(folded) is not None) is denied


@pytest.mark.parametrize(
    ("before", "designates"),
    [("quy trinh dien tu so ", True), ("phu cap theo he so ", False), ("tong so ", False)],
)
def test_so_that_designates(before: str, designates: bool) -> None:
    assert (_DESIGNATING_SO.search(before) is not None) is designates


@pytest.mark.parametrize(("text", "label"), [("“9.", True), ("9 người", False)])
def test_a_label_standing_alone(text: str, label: bool) -> None:
    assert _item_label(text, text.index("9"), text.index("9") + 1) is label


@pytest.mark.parametrize(
    ("folded", "value", "after", "given"),
    [
        ("trong 48 ngay, so va vp moi ben duoc bao nhieu ngay", "48 ngày", "", True),
        ("trong 48 ngay, so va vp moi ben duoc bao nhieu ngay", "43", " ngay", False),
        ("thoi han giai quyet la bao nhieu ngay", "48", " ngay lam viec", False),
    ],
)
def test_a_value_the_question_gives(folded: str, value: str, after: str, given: bool) -> None:
    assert _states_value_itself(folded, value, after) is given


DELEGATED = (
    HEADER.format(number="52/2025/QĐ-UBND")
    + """**Quy định phân cấp thực hiện một số nhiệm vụ quản lý nhà nước \
trong lĩnh vực giáo dục**

**Điều 1. Phạm vi điều chỉnh**

Quyết định này quy định việc phân cấp của Chủ tịch Ủy ban nhân dân tỉnh.

**Điều 2. Sở Giáo dục và Đào tạo**

1. Quyết định việc nâng bậc lương thường xuyên, nâng bậc lương trước thời hạn đối với viên \
chức trong các cơ sở giáo dục thuộc thẩm quyền quản lý.

2. Quyết định phê duyệt vị trí việc làm của các cơ sở giáo dục.
"""
)

FINES = (
    HEADER.format(number="76/2025/NQ-HĐND").replace("QUYẾT ĐỊNH", "NGHỊ QUYẾT")
    + """\
**Quy định mức phạt tiền đối với một số hành vi vi phạm về phòng cháy và bảo hiểm cháy, nổ \
bắt buộc**

**Điều 1.** Phạt tiền từ 20.000.000 đồng đến 30.000.000 đồng đối với hành vi để hình thành \
môi trường nguy hiểm cháy, nổ có chỉ số nguy hiểm vượt quá giới hạn cho phép.

**Điều 2.** Cơ sở phải mua bảo hiểm cháy, nổ bắt buộc theo quy định.
"""
)


@pytest.fixture(scope="module")
def second(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("bodies-cases"),
        {"phan-cap.md": DELEGATED, "muc-phat.md": FINES},
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_a_task_under_an_article_named_by_its_body(second: Answerer) -> None:
    result = second.ask(
        "Cơ quan nào được phân cấp quyết định nâng bậc lương thường xuyên cho viên chức các "
        "cơ sở giáo dục (QĐ 52/2025)?"
    )
    assert result.found and result.answer == "Sở Giáo dục và Đào tạo"


@pytest.mark.parametrize(
    ("behaviour", "found"),
    [
        ("không mua bảo hiểm cháy, nổ bắt buộc", False),
        ("để hình thành môi trường nguy hiểm cháy, nổ", True),
    ],
)
def test_a_case_named_after_the_value(second: Answerer, behaviour: str, found: bool) -> None:
    result = second.ask(f"NQ 76/2025/NQ-HĐND phạt bao nhiêu tiền với hành vi {behaviour}?")
    assert result.found is found
    if found:
        assert "20.000.000 đồng" in (result.answer or "")


PRICED = (
    HEADER.format(number="12/2025/TT-BCT").replace("QUYẾT ĐỊNH", "THÔNG TƯ")
    + """\
**Quy định phương pháp xác định giá dịch vụ phát điện**

**Điều 5. Nguyên tắc xác định giá**

1. Giá dịch vụ phát điện của nhà máy thủy điện tích năng được xây dựng trên cơ sở:

a) Các khoản chi phí hợp lý, hợp lệ của chủ đầu tư trong toàn bộ đời sống kinh tế dự án;

b) Tỷ suất sinh lợi nội tại về tài chính
(IRR) không vượt quá 12%.

2. Mạng lưới trạm quan trắc được xây dựng phù hợp với quy định của Luật Năng lượng nguyên tử \
2025 và quy định pháp luật có liên quan.
"""
)


@pytest.fixture(scope="module")
def third(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("going-on"), {"gia-dien.md": PRICED}, lexical_only=True
    )
    yield opened
    opened.close()


def test_a_line_going_on_with_its_item(third: Answerer) -> None:
    result = third.ask(
        "Giá dịch vụ phát điện của nhà máy thủy điện tích năng được xây dựng với IRR tối đa "
        "bao nhiêu?"
    )
    assert result.found and "12%" in (result.answer or "")


def test_a_year_counts_no_stations(third: Answerer) -> None:
    result = third.ask("Theo TT 12/2025/TT-BCT, mạng lưới có bao nhiêu trạm quan trắc?")
    assert not result.found


SLOT = (
    HEADER.format(number="209/2025/QĐ-UBND")
    + """**Quy định phân cấp thẩm quyền quản \
lý tài sản kết cấu hạ tầng thủy lợi**

**Điều 3. Phân cấp thẩm quyền**

1. Ủy ban nhân dân tỉnh phân cấp thẩm quyền quyết định thanh lý tài sản kết cấu hạ tầng thủy \
lợi; thẩm quyền quyết định xử lý tài sản kết cấu hạ tầng thủy lợi trong trường hợp bị mất, hủy \
hoại thuộc phạm vi quản lý của Ủy ban nhân dân tỉnh cho Sở Nông nghiệp và Môi trường.
"""
)


def test_the_body_in_the_slot_asked(tmp_path: Path) -> None:
    answerer = answerer_over(tmp_path, {"phan-cap.md": SLOT}, lexical_only=True)
    try:
        result = answerer.ask(
            "QĐ 209/2025/QĐ-UBND phân cấp thẩm quyền quyết định thanh lý tài sản kết cấu hạ "
            "tầng thủy lợi cho cơ quan nào?"
        )
    finally:
        answerer.close()
    assert result.found and result.answer == "Sở Nông nghiệp và Môi trường"


@pytest.mark.parametrize(
    ("text", "picked"),
    [
        ("mot pho chi cuc truong duoc chi cuc truong uy quyen thay", True),
        ("mot pho chi cuc truong va khong qua hai truong phong", False),
    ],
)
def test_mot_picking_one_of_them(text: str, picked: bool) -> None:
    assert (_ONE_OF_THEM.match(text) is not None) is picked


@pytest.mark.parametrize(
    ("folded", "unit", "other"),
    [
        ("muc phu cap cho thon (to) doi pho", "muc phu cap doi voi thon (to) doi truong", True),
        ("muc phu cap cho thon (to) doi pho", "thon (to) doi pho duoc huong", False),
        ("muc phu cap cho thon doi truong", "thon (to) doi truong duoc huong", False),
    ],
)
def test_a_deputy_named_after_its_office(folded: str, unit: str, other: bool) -> None:
    assert (_other_rank(folded, unit) is not None) is other


@pytest.mark.parametrize(
    ("folded", "before"),
    [
        ("theo nq 61/2021 (truoc khi bi nq 75/2025 thay the) la bao nhieu", True),
        ("muc phi theo tt 01/2021 (truoc khi bi thay the) la bao nhieu", True),
        ("muc phi theo tt 110/2025 la bao nhieu", False),
    ],
)
def test_the_state_before_a_replacement(folded: str, before: bool) -> None:
    assert (_BEFORE_REPLACED.search(folded) is not None) is before


@pytest.mark.parametrize(
    ("line", "letter"),
    [
        ("Cục Hải quan nhận được công văn số 2025-005/SAV-CHQ ngày 10/11/2025 của", "2025-005"),
        ("kể từ ngày nhận được văn bản 01 bản chính", None),
    ],
)
def test_a_letter_received_is_the_one_answered(line: str, letter: str | None) -> None:
    found = _RECEIVED_LINE.search(line)
    if letter is None:
        assert found is None
    else:
        assert found is not None and letter in found.group(0)
