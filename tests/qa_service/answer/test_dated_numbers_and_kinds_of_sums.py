"""Rules read from documents never seen in tuning, each on a document written here:

- a number named with a date of another year ("Công điện 217/CĐ-TTg ngày 16/11/2024") is
  another year's document, not the collection's 217/CĐ-TTg of 2025;
- a document's own article acting on procedures after its entry into force ("Quyết định này có
  hiệu lực ... và thay thế ba (03) thủ tục ...") acts on them whatever its title lists;
- "đồng" inside another word ("đồng bào", "hợp đồng", "lao động") is no currency, and a sum
  counted in months of pay ("1,5 tháng tiền lương") is no time limit;
- values per a thing named after a slash ("02 GB/tài khoản ... cá nhân, 10 GB/tài khoản ...
  cơ quan") are said of the thing after the slash;
- "tiếp tục áp dụng theo QĐ nào", "thay thế ... đã công bố tại quyết định nào" ask the earlier
  document the described one cites."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.value_kind import _AMOUNT_AFTER, _MONTHS_OF_PAY
from qa_service.answer.verify import _does_to_procedures
from qa_service.routing import asks_a_related_document
from tests.qa_service.small_index import answerer_over

TELEGRAM = """|
**THỦ TƯỚNG CHÍNH
PHỦ**
-------
|
Số: 217/CĐ-TTg
|
*Hà Nội, ngày 16
tháng 11 năm 2025*
|

**CÔNG ĐIỆN**

V/V CHỦ ĐỘNG PHÒNG, TRÁNH, ỨNG PHÓ MƯA LŨ TẠI KHU VỰC THỬ NGHIỆM

1. Các bộ, ngành theo dõi chặt chẽ diễn biến mưa lũ.

**KT. THỦ TƯỚNG**
PHÓ THỦ TƯỚNG

**Nguyễn Văn Thử**
"""

MAIL_RULES = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 99/2025/QĐ-UBND

**QUY CHẾ**

**Quản lý, sử dụng hệ thống thư điện tử công vụ của tỉnh Thử Nghiệm**

**Điều 5. Dung lượng**

3. Văn phòng Ủy ban nhân dân tỉnh quyết định dung lượng cấp cho mỗi tài khoản thư điện tử \
công vụ, bảo đảm tối thiểu 02 GB/tài khoản thư điện tử công vụ cá nhân, 10 GB/tài khoản thư \
điện tử công vụ cơ quan, đơn vị; dung lượng tệp đính kèm tối đa 20 MB.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("dated-numbers"),
        {"cong-dien.md": TELEGRAM, "quy-che-thu.md": MAIL_RULES},
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_a_number_dated_another_year_is_another_document(answerer: Answerer) -> None:
    asked = "Công điện 217/CĐ-TTg ngày 16/11/{} về ứng phó mưa lũ do Phó Thủ tướng nào ký?"
    result = answerer.ask(asked.format(2024))
    assert not result.found, result.answer
    result = answerer.ask(asked.format(2025))
    assert result.found and "Nguyễn Văn Thử" in result.answer, result.answer


def test_values_per_a_thing_named_after_the_slash(answerer: Answerer) -> None:
    result = answerer.ask(
        "QĐ 99/2025 tỉnh Thử Nghiệm: dung lượng tối thiểu cho mỗi hộp thư cá nhân và hộp thư "
        "cơ quan, đơn vị là bao nhiêu?"
    )
    assert result.found and "02 GB" in result.answer and "10 GB" in result.answer, result.answer


@pytest.mark.parametrize(
    ("text", "status", "acts"),
    [
        (
            "dieu 2. quyet dinh nay co hieu luc thi hanh ke tu ngay ky ban hanh va thay the ba "
            "(03) thu tuc hanh chinh (tthc so thu tu 03, 04, 05) duoc cong bo tai quyet dinh so 1",
            "thay the",
            True,
        ),
        # a slip of the source ("thủ hành chính") still names the procedures
        (
            "quyet dinh nay co hieu luc ke tu ngay ky, ban hanh. bai bo danh muc thu hanh chinh "
            "cap tinh quy dinh tai muc a",
            "bai bo",
            True,
        ),
        # the act is done to a document, no procedure follows within reach
        (
            "quyet dinh nay co hieu luc ke tu ngay ky. bai bo quyet dinh so 12/2020/qd-ubnd.",
            "bai bo",
            False,
        ),
        # the act is done to a document whose subject the procedures are
        (
            "quyet dinh nay co hieu luc ke tu ngay ky. bai bo quyet dinh so 12/2020/qd-ubnd ve "
            "viec cong bo thu tuc hanh chinh",
            "bai bo",
            False,
        ),
    ],
)
def test_own_article_acting_on_procedures(text: str, status: str, acts: bool) -> None:
    assert _does_to_procedures(text, status) == acts


@pytest.mark.parametrize(
    ("after", "money"),
    [
        ("300 trieu dong", True),
        ("50.000 dong/ho", True),
        ("20 dong", True),
        ("22.500.000 dong doi voi hanh vi co y bao chay gia", True),
        ("500.000 dong bao gom ca thue", True),
        ("2): ho dong bao dan toc thieu so", False),
        ("5 nguoi lao dong", False),
        ("3 hop dong lao dong", False),
        ("12 thanh vien hoi dong", False),
    ],
)
def test_dong_as_currency(after: str, money: bool) -> None:
    assert bool(_AMOUNT_AFTER.search(after)) == money


@pytest.mark.parametrize(
    ("value", "pay"),
    [
        ("1,5 thang tien luong hien huong", True),
        ("03 thang luong", True),
        ("15 ngay lam viec", False),
        ("06 thang ke tu ngay nhan ho so", False),
    ],
)
def test_months_of_pay(value: str, pay: bool) -> None:
    assert bool(_MONTHS_OF_PAY.match(value)) == pay


@pytest.mark.parametrize(
    ("folded", "related"),
    [
        ("gia thoc vu mua 2025 tiep tuc ap dung theo quyet dinh nao", True),
        (
            "quyet dinh 2020 thay the 3 tthc khoa hoc cong nghe da cong bo tai quyet dinh nao",
            True,
        ),
        ("quyet dinh 3574/qd-byt bai bo danh muc tthc ban hanh kem theo quyet dinh nao", True),
        # a relation word of the subject's name, no document named doing it
        ("quy dinh sua doi bo sung quy che to chuc duoc ban hanh tai quyet dinh nao", False),
        # an act of the document asked itself: no earlier document
        ("dong nai cong bo tthc linh vuc chung thuc tai quyet dinh nao", False),
        ("gia dich vu duoc ap dung theo quyet dinh nao", False),
    ],
)
def test_earlier_document_asked(folded: str, related: bool) -> None:
    assert asks_a_related_document(folded) == related
