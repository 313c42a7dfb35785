"""Questions naming a thing their document does not hold, answered before with the value of
another thing it states: the count of procedures of another field ("lĩnh vực Báo chí, Xuất bản"
asked, the decision's field "hoạt động khoa học và công nghệ"), a procedure's time of
resolution for the time limit of an act the question names ("UBND xã phải rà soát đối tượng"),
the code of another procedure than the one quoted, the commune a "xã Long Bình" joins for a
"thị trấn Long Bình", another kind of value ("tổng mức chi" for "mức cho vay") and a sum
received ("được hưởng thêm") for a sum paid ("mức đóng"). The documents are written here; each
rule has a question it still answers beside it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.question import analyse
from qa_service.answer.value_kind import (
    _received_for_paid,
)
from qa_service.answer.verify import (
    _field_unnamed,
    _kind_of_value_unwritten,
    _place_of_another_kind,
    _quoted_name_unwritten,
    asked_act,
)
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

PROCEDURES = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 3001/QĐ-UBND

*Thử Nghiệm, ngày 21 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

Công bố danh mục thủ tục hành chính được sửa đổi, bổ sung lĩnh vực hoạt động khoa học và \
công nghệ thuộc phạm vi chức năng quản lý của Sở Khoa học và Công nghệ tỉnh Thử Nghiệm

**Điều 1.** Công bố kèm theo Quyết định này danh mục 03 thủ tục hành chính được sửa đổi, bổ \
sung lĩnh vực hoạt động khoa học và công nghệ thuộc phạm vi chức năng quản lý của Sở Khoa \
học và Công nghệ.

**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày ký.

**CHỦ TỊCH**

**Hà Văn Nghiệm**

**DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG**

| STT | Tên TTHC | Mã TTHC | Thời hạn giải quyết | Cơ quan thực hiện |
|---|---|---|---|---|
| 1 | Cấp giấy chứng nhận đăng ký hoạt động tổ chức khoa học và công nghệ | 1.014390 | \
Mười (10) ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ | Sở Khoa học và Công nghệ |
| 2 | Cấp giấy chứng nhận văn phòng đại diện của tổ chức khoa học và công nghệ | 1.014391 | \
Mười lăm (15) ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ | Sở Khoa học và Công nghệ |
| 3 | Thu hồi giấy chứng nhận đăng ký hoạt động tổ chức khoa học và công nghệ | 1.014392 | \
Năm (05) ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ | Sở Khoa học và Công nghệ |
"""

ALLOWANCES = """**CHÍNH PHỦ**

Số: 160/2025/NĐ-CP

*Hà Nội, ngày 10 tháng 02 năm 2025*

**NGHỊ ĐỊNH**

Quy định chế độ phụ cấp đối với lực lượng dân quân thử nghiệm

**Điều 1. Mức phụ cấp**

1. Thôn đội trưởng được hưởng phụ cấp hằng tháng 280.800 đồng.

2. Khi làm nhiệm vụ tuần tra biên giới, dân quân thử nghiệm được hưởng thêm 50% lương ngạch \
bậc tính theo ngày thực tế huy động.

**Điều 2. Mức chi soạn thảo**

Chi xây dựng Tờ trình được tối đa 30% tổng mức chi soạn thảo.

**TM. CHÍNH PHỦ**
**THỦ TƯỚNG**

**Lê Văn Thử**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("named-thing-of-answer"),
        {
            "thu-nghiem_quyet-dinh-3001.md": PROCEDURES,
            "chinh-phu_nghi-dinh-160.md": ALLOWANCES,
        },
    )
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "question",
    [
        # the decision's field is "hoạt động khoa học và công nghệ"
        "Quyết định 3001/QĐ-UBND của tỉnh Thử Nghiệm công bố bao nhiêu thủ tục hành chính sửa "
        "đổi, bổ sung lĩnh vực Báo chí, Xuất bản?",
        # a procedure's time of resolution, no act of UBND xã
        "Theo QĐ 3001/QĐ-UBND của tỉnh Thử Nghiệm, UBND xã phải rà soát đối tượng trong bao "
        "nhiêu ngày làm việc kể từ khi nhận hồ sơ hợp lệ?",
        # the procedure quoted is none of the decision's
        'Mã số TTHC "Thu hồi chứng chỉ nghiệp vụ chuyên môn về đấu thầu" kèm QĐ 3001/QĐ-UBND '
        "của tỉnh Thử Nghiệm là gì?",
        # a share of the drafting budget, no loan
        "Mức cho vay tối đa công trình nước sạch theo Nghị định 160/2025/NĐ-CP là bao nhiêu?",
        # a sum received, none paid
        "Theo Nghị định 160/2025/NĐ-CP, mức đóng của doanh nghiệp là bao nhiêu phần trăm tiền "
        "lương?",
    ],
)
def test_another_thing_than_the_one_named_is_not_answered(
    answerer: Answerer, question: str
) -> None:
    result = answerer.ask(question)
    assert not result.found, (question, result.answer)


@pytest.mark.parametrize(
    ("question", "key"),
    [
        (
            "Quyết định 3001/QĐ-UBND của tỉnh Thử Nghiệm công bố bao nhiêu thủ tục hành chính "
            "sửa đổi, bổ sung lĩnh vực hoạt động khoa học và công nghệ?",
            "03",
        ),
        (
            'Mã số TTHC "Cấp giấy chứng nhận văn phòng đại diện của tổ chức khoa học và công '
            'nghệ" kèm QĐ 3001/QĐ-UBND của tỉnh Thử Nghiệm là gì?',
            "1.014391",
        ),
        (
            "Theo Nghị định 160/2025/NĐ-CP, khi tuần tra biên giới dân quân thử nghiệm được hưởng "
            "thêm bao nhiêu phần trăm lương ngạch bậc?",
            "50%",
        ),
    ],
)
def test_the_thing_named_is_still_answered(answerer: Answerer, question: str, key: str) -> None:
    result = answerer.ask(question)
    assert result.found, question
    assert key in (result.answer or "")


def _question(answerer: Answerer, question: str):  # noqa: ANN202 - a Question
    return analyse(answerer.corpus, route_question(question), None)


def test_a_field_the_document_names_nowhere(answerer: Answerer) -> None:
    texts = [PROCEDURES]
    other = _question(answerer, "QĐ 3001 công bố bao nhiêu TTHC lĩnh vực Báo chí, Xuất bản?")
    assert _field_unnamed(other, texts) is not None
    same = _question(answerer, "QĐ 3001 công bố bao nhiêu TTHC lĩnh vực khoa học công nghệ?")
    assert _field_unnamed(same, texts) is None
    # an acronym the question types may be spelled out; a document naming no field is not judged
    acronym = _question(answerer, "QĐ 3001 công bố bao nhiêu TTHC lĩnh vực PPP?")
    assert _field_unnamed(acronym, texts) is None
    assert _field_unnamed(other, [ALLOWANCES]) is None


@pytest.mark.parametrize(
    ("folded", "act"),
    [
        ("uy ban nhan dan xa phai ra soat doi tuong trong bao nhieu ngay", "ra soat"),
        ("thoi han uy quyen keo dai toi khi nao", "uy quyen"),
        # the time every procedure takes names no act of its own
        ("thoi han giai quyet thu tuc cap giay phep la bao lau", None),
        ("so phai hoan thanh trong bao nhieu ngay", None),
    ],
)
def test_the_act_whose_time_limit_is_asked(folded: str, act: str | None) -> None:
    assert asked_act(folded) == act


def test_a_place_named_as_a_unit_of_another_kind() -> None:
    text = (
        "sap xep toan bo dien tich tu nhien, quy mo dan so cua cac xa thanh tan, long binh va "
        "tan long thanh xa moi co ten goi la xa tan long. sap xep thi tran phu my (huyen phu "
        "tan), xa tan hoa thanh xa moi co ten goi la xa phu tan."
    )
    assert _place_of_another_kind("Thị trấn Long Bình được nhập vào xã nào?", text) is not None
    assert _place_of_another_kind("Xã Long Bình được nhập vào xã nào?", text) is None
    assert _place_of_another_kind("Thị trấn Phú Mỹ được nhập vào xã nào?", text) is None
    # the communes of a province, which the document names as one
    province = "cac xa, phuong cua tinh thanh hoa."
    assert _place_of_another_kind("Các xã, phường Thanh Hóa đạt bao nhiêu %?", province) is None


def test_a_quoted_name_must_be_written() -> None:
    text = "1 | thu hoi giay chung nhan dang ky hoat dong to chuc khoa hoc va cong nghe | 1.014392"
    assert _quoted_name_unwritten('Mã "Thu hồi chứng chỉ hành nghề đấu thầu" là gì?', text)
    assert (
        _quoted_name_unwritten(
            "Mã “Thu hồi giấy chứng nhận đăng ký hoạt động tổ chức khoa học và công nghệ” là gì?",
            text,
        )
        is None
    )


def test_the_kind_of_value_asked_must_be_written(answerer: Answerer) -> None:
    corpus = answerer.corpus
    decree = [d for d, text in corpus.texts.items() if text == ALLOWANCES]
    assert len(decree) == 1
    loan = _question(answerer, "Mức cho vay tối đa theo Nghị định 160/2025/NĐ-CP là bao nhiêu?")
    assert _kind_of_value_unwritten(corpus, loan, decree) is not None
    fine = _question(answerer, "Mức phạt tối đa theo Nghị định 160/2025/NĐ-CP là bao nhiêu?")
    assert _kind_of_value_unwritten(corpus, fine, decree) is not None  # "phát" is no "phạt"
    allowance = _question(answerer, "Mức phụ cấp hằng tháng của Thôn đội trưởng là bao nhiêu?")
    assert _kind_of_value_unwritten(corpus, allowance, decree) is None
    # "mục tiêu" typed without marks is no kind of value
    target = _question(answerer, "muc tieu kinh te so chiem bao nhieu phan tram")
    assert _kind_of_value_unwritten(corpus, target, decree) is None


def test_a_sum_received_is_no_sum_paid(answerer: Answerer) -> None:
    sentence = "dân quân thử nghiệm được hưởng thêm 50% lương ngạch bậc"
    paid = _question(answerer, "Mức đóng của doanh nghiệp là bao nhiêu phần trăm tiền lương?")
    assert _received_for_paid(paid, sentence) is not None
    received = _question(answerer, "Dân quân được hưởng thêm bao nhiêu phần trăm lương?")
    assert _received_for_paid(received, sentence) is None
    # typed without marks, "dong" may be "đồng"
    bare = _question(answerer, "muc dong cua doanh nghiep la bao nhieu phan tram tien luong")
    assert _received_for_paid(bare, sentence) is None
