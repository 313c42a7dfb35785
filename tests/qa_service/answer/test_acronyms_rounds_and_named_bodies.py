"""Rules read from the fresh sets of session 35, each on a document written here or on the
pattern it rests on:

- an acronym the question types is written where the document writes the words a known
  abbreviation stands for, although their initials differ ("TW": "trung ương");
- the number of a round ("đợt 3 năm 2025") counts nothing; "xếp thứ 10/11" is still a rank;
- a cell a question names by its row and column answers a count only when it writes one
  (the "Lĩnh vực" of the row of "Thủ tục miễn nhiệm báo cáo viên pháp luật" for "mấy báo cáo
  viên pháp luật");
- "phuong" of "địa phương hóa" opens no ward's name;
- an item opening with a document is acted on as the heading right above it says ("Điều 1.
  Bãi bỏ toàn bộ các quyết định");
- a letter's symbol writes its issuer first ("11344/BNV-CCVC"); "văn bản số mấy" asks a
  document of any kind, not the kind the question names before it ("Luật Viên chức");
- a ministry typed by lower-case initials ("bộ khcn") is the one whose words they begin;
- of the documents one sentence lists, the one dated as the question dates it;
- a question opening with "Quy định ..." names a rule, whose words the document must write;
- the year of a full date the question writes ("ngày 16/11/2024") is a year it names;
- a body in brackets after another's name ("Trung tâm Chuyển đổi số (Sở Khoa học và Công
  nghệ)") says whose unit that one is: the one named first acts;
- "tờ trình số bao nhiêu" asks a document's number, as "kế hoạch số bao nhiêu" does.

Every test here fails on the start code (33f2db7); each also checks what its rule leaves
alone ("xếp thứ 10/11", "bộ tài chính" for "bộ khcn", "quy định" inside a question)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import value_spans
from qa_service.answer.gazetteer import plain
from qa_service.answer.own_document import other_ministry
from qa_service.answer.verify import subject_phrases, writes_acronym
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

HEADER = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: {number}

*Thử Nghiệm, ngày 21 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

"""

ASSETS = (
    HEADER.format(number="41/2025/QĐ-UBND")
    + """**Quy định phân cấp xử lý tài sản bị tịch thu**

**Điều 4.** Thẩm quyền phê duyệt phương án xử lý

Đối với tài sản do cơ quan trung ương tổ chức theo ngành dọc đóng trên địa bàn tỉnh trình \
Chủ tịch Ủy ban nhân dân tỉnh quyết định tịch thu, Sở Tài chính phê duyệt phương án xử lý tài \
sản.

**Điều 5.** Sau khi Sở Tài chính thẩm định, đơn vị đầu mối (Văn phòng Ủy ban nhân dân tỉnh) \
chủ trì tổng hợp danh mục tài sản bị tịch thu.
"""
)

ROUND = (
    HEADER.format(number="1520/QĐ-UBND")
    + """**PHÊ DUYỆT DANH MỤC THỦ TỤC HÀNH CHÍNH THỰC HIỆN KHÔNG PHỤ THUỘC ĐỊA GIỚI
HÀNH CHÍNH TRÊN ĐỊA BÀN TỈNH THỬ NGHIỆM (ĐỢT 3 NĂM 2025)**

**Điều 1**. Phê duyệt kèm theo Quyết định này danh mục gồm 13 thủ tục hành chính thực hiện \
tiếp nhận không phụ thuộc vào địa giới hành chính trên địa bàn tỉnh Thử Nghiệm đợt 3 năm 2025 \
thuộc phạm vi quản lý của Thanh tra tỉnh.
"""
)

REPEALING = (
    HEADER.format(number="76/2025/QĐ-UBND")
    + """*Ban hành Quyết định bãi bỏ các Quyết định của Ủy ban nhân dân tỉnh Thử Nghiệm.*

**Điều 1. Bãi bỏ toàn bộ các
quyết định**

1. Quyết định số
43/2017/QĐ-UBND ngày 29/9/2017 của UBND tỉnh quy định một số nội dung về lựa chọn nhà đầu \
tư thực hiện dự án có sử dụng đất trên địa bàn tỉnh Thử Nghiệm.

2. Quyết định số
40/2013/QĐ-UBND ngày 13/9/2013 của UBND tỉnh ban hành Quy định trình tự, thủ
tục đầu tư các dự án có sử dụng đất trên địa bàn tỉnh Thử Nghiệm.
"""
)

FLOODS = """**THỦ TƯỚNG CHÍNH PHỦ**

Số: 223/CĐ-TTg

*Hà Nội, ngày 20 tháng 11 năm 2025*

**CÔNG ĐIỆN**

**Về việc khắc phục hậu quả lũ đặc biệt lớn ở Khánh Hòa, Đắk Lắk, Gia Lai**

Để tập trung ứng phó mưa lũ đặc biệt lớn, bảo đảm an toàn tính mạng cho Nhân dân, tiếp theo \
các Công điện số 217/CĐ-TTg, 218/CĐ-TTg, 219/CĐ-TTg và 222/CĐ-TTg ngày 19/11/2025, Thủ tướng \
Chính phủ yêu cầu các địa phương khẩn trương khắc phục hậu quả.
"""

MAIL = (
    HEADER.format(number="143/2025/QĐ-UBND")
    + """**Quy chế quản lý hộp thư điện tử công vụ**

**Điều 5.** Cấp mới, thay đổi, thu hồi hộp thư

e) Trung tâm Chuyển đổi số *(Sở Khoa học và Công nghệ) *được giao trực tiếp
thực hiện cấp mới, thay đổi, thu hồi hộp thư điện tử công vụ.
"""
)

REPORTERS = (
    HEADER.format(number="1986/QĐ-UBND")
    + """**Công bố thủ tục hành chính nội bộ lĩnh vực phổ biến, giáo dục pháp luật**

**Điều 1.** Công bố kèm theo Quyết định này thủ tục hành chính nội bộ.

**PHỤ LỤC**

**DANH MỤC THỦ TỤC HÀNH CHÍNH**

|
**STT**
|
**Tên thủ tục hành chính nội bộ**
|
**Lĩnh vực**
|
**Cơ quan thực hiện**
|
|
1
|
Thủ tục công nhận báo cáo
viên pháp luật cấp tỉnh
|
Phổ biến, giáo dục pháp luật
|
+ Cơ quan trực tiếp thực hiện
TTHC: Sở Tư pháp
|
|
2
|
Thủ tục miễn nhiệm báo cáo
viên pháp luật cấp tỉnh
|
Phổ biến, giáo dục pháp luật
|
+ Cơ quan trực tiếp thực hiện
TTHC: Sở Tư pháp
|

**Điều 2.** Số lượng báo cáo viên pháp luật của cơ quan, tổ chức do Thủ trưởng cơ quan, tổ \
chức quyết định bảo đảm mỗi nhóm lĩnh vực pháp luật thuộc phạm vi quản lý có ít nhất 01 báo \
cáo viên pháp luật kiêm nhiệm thực hiện hoạt động phổ biến, giáo dục pháp luật.
"""
)

CUSTOMS_CODES = """**CỤC HẢI QUAN**

Số: 38544/TB-CHQ

*Hà Nội, ngày 21 tháng 11 năm 2025*

**THÔNG BÁO**

**Về kết quả xác định trước mã số**

Bảng mã loại hình xuất khẩu, nhập khẩu và hướng dẫn sử dụng được ban hành kèm theo Quyết \
định số 1357/QĐ-TCHQ ngày 18/5/2021 của Tổng cục trưởng Tổng cục Hải quan.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("acronyms-rounds"),
        {
            "tai-san.md": ASSETS,
            "dot-3.md": ROUND,
            "bai-bo.md": REPEALING,
            "cong-dien.md": FLOODS,
            "hop-thu.md": MAIL,
            "hai-quan.md": CUSTOMS_CODES,
            "bao-cao-vien.md": REPORTERS,
        },
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_an_acronym_written_as_the_words_it_stands_for(answerer: Answerer) -> None:
    assert writes_acronym("co quan trung uong to chuc", "tw")
    assert not writes_acronym("co quan dia phuong", "tw")
    result = answerer.ask(
        "Tài sản do cơ quan TW theo ngành dọc trên địa bàn tỉnh Thử Nghiệm bị tịch thu thì cơ "
        "quan nào phê duyệt phương án xử lý?"
    )
    assert result.found and result.answer == "Sở Tài chính"


def test_a_round_counts_nothing() -> None:
    text = "HÀNH CHÍNH TRÊN ĐỊA BÀN TỈNH BẮC NINH (ĐỢT 3 NĂM 2025)"
    assert [text[a:b] for a, b in value_spans(text)] == []
    ranked = "Trong năm 2023 huyện Văn Quan xếp thứ 10/11 huyện"
    assert "10/11" in [ranked[a:b] for a, b in value_spans(ranked)]


def test_the_count_of_a_round(answerer: Answerer) -> None:
    result = answerer.ask(
        "QĐ 1520/QĐ-UBND Thử Nghiệm phê duyệt bao nhiêu TTHC không phụ thuộc địa giới hành "
        "chính đợt 3/2025?"
    )
    assert result.found and "13 thủ tục hành chính" in (result.answer or "")


def test_a_named_cell_that_counts_nothing(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thử Nghiệm yêu cầu mỗi nhóm lĩnh vực pháp luật thuộc phạm vi quản lý của cơ quan, tổ "
        "chức cấp tỉnh phải có tối thiểu mấy báo cáo viên pháp luật kiêm nhiệm?"
    )
    assert result.found and "01 báo cáo viên" in (result.answer or "")


def test_localizing_names_no_ward() -> None:
    route = route_question(
        "QD 2873 Ha Tinh giao So Tu phap cong khai, dia phuong hoa TTHC chung thuc tren CSDL "
        "quoc gia trong thoi han bao lau?"
    )
    assert route.localities == ()
    assert [m.name for m in route_question("thu tuc tai phuong tan loc").localities] == ["tan loc"]
    # a kind's code after a name ends it ("tp hcm kh kèm QĐ 2820": the plan)
    assert [m.name for m in route_question("tp hcm kh kem qd 2820 giao ai").localities] == ["hcm"]
    # a province's initials after its unit word still name it
    assert [m.name for m in route_question("ubnd tinh tt hue ban hanh gi").localities] == ["tt hue"]


def test_an_item_under_a_repealing_heading_is_acted_on(answerer: Answerer) -> None:
    result = answerer.ask(
        "qd 76/2025 thu nghiem bai bo quyet dinh nao nam 2013 ve trinh tu, thu tuc dau tu cac "
        "du an co su dung dat?"
    )
    assert result.found and "40/2013/QĐ-UBND" in (result.answer or "")


def test_any_kind_of_document_asked_by_its_number() -> None:
    route = route_question(
        "nq 393/nq-cp thong qua bao cao giai trinh luat vien chuc theo de nghi cua bo noi vu "
        "tai van ban so may"
    )
    assert route.doc_types == ()
    assert (
        route_question(
            "Tờ trình của UBND TP Hà Nội về nhân lực công nghệ cao là tờ trình số bao nhiêu?"
        ).intent
        == "decision"
    )


def test_a_ministry_by_lower_case_initials() -> None:
    question = "cv 11299/vpcp-kgvx xet to trinh so may cua bo khcn ve mang luoi quan trac"
    assert other_ministry(question, "bo khoa hoc") is None  # a mention cut at "và"
    assert other_ministry(question, "bo khoa hoc va cong nghe") is None
    assert other_ministry(question, "bo tai chinh") == "bo khcn"


def test_the_document_dated_as_asked(answerer: Answerer) -> None:
    result = answerer.ask(
        "CĐ 223/CĐ-TTg về lũ đặc biệt lớn ở Khánh Hòa, Đắk Lắk, Gia Lai được ban hành tiếp theo "
        "công điện nào ngày 19/11/2025?"
    )
    assert result.found and "222/CĐ-TTg" in (result.answer or "")
    assert "217/CĐ-TTg" not in (result.answer or "")


def test_a_rule_named_first_is_the_subject(answerer: Answerer) -> None:
    question = "Quy dinh quan ly an toan dien tinh Thu Nghiem ban hanh kem QD nao?"
    assert subject_phrases(plain(question), bare=True) == ["an toan"]
    assert subject_phrases(" quy dinh viec ket noi du lieu", bare=True) == []
    # "về" marks the subject of a rule qualified first ("hiện hành")
    assert subject_phrases("quy dinh hien hanh ve thoi han giai quyet", bare=True) == ["thoi han"]
    assert not answerer.ask(question).found


def test_the_year_of_a_full_date() -> None:
    assert route_question("lượng mưa tại Hồng Thái ngày 16/11/2024 là bao nhiêu?").years == (2024,)
    assert route_question("QĐ 16/2024/QĐ-UBND quy định gì").years == ()
    # a document's own date tells the document, not the year asked
    dated = route_question(
        "Theo Kế hoạch số 552/KH-UBND ngày 19/11/2025, đến năm 2030 đạt bao nhiêu phần trăm?"
    )
    assert dated.years == (2030,)


def test_the_body_before_its_parent_in_brackets(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo quy chế hộp thư công vụ tỉnh Thử Nghiệm, đơn vị nào được giao trực tiếp cấp "
        "mới, thay đổi, thu hồi hộp thư công vụ?"
    )
    assert result.found and result.answer == "Trung tâm Chuyển đổi số"
    # a bracket after a clause of another body ("Sau khi Sở Tài chính thẩm định, ...") names
    # the one acting
    lead = answerer.ask(
        "Ở tỉnh Thử Nghiệm, cơ quan nào chủ trì tổng hợp danh mục tài sản bị tịch thu?"
    )
    assert lead.found and "Văn phòng Ủy ban nhân dân tỉnh" in (lead.answer or "")
