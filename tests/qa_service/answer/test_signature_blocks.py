"""The signature block as published: the capacity marks above the position ("TM.", "KT.",
"TL."), a position wrapped over two lines, a seal's debris between the position and the name,
and a position the question names that the block does not. The documents are written here,
never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.document_answers import signature_block
from qa_service.routing import fold, position_asked
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

LETTER = """BỘ TÀI CHÍNH
**CỤC THỬ NGHIỆM**
-------
|
Số: 4321/CTN-CS
*V/v chính sách phí thử nghiệm*
|
*Hà Nội, ngày 03 tháng 12 năm 2025*

**Kính gửi:** Công ty TNHH Mẫu Thử.

Cục Thử nghiệm nhận được công văn số 07/MT ngày 10/11/2025 của Công ty TNHH Mẫu Thử về phí \
thử nghiệm mẫu vật liệu. Phí thử nghiệm mẫu vật liệu được thu theo biểu phí hiện hành.

*Nơi nhận:*
- Như trên;
- Lưu: VT, CS.
|
**TL. CỤC TRƯỞNG**
KT. TRƯỞNG BAN BAN CHÍNH SÁCH,
PHÍ VÀ LỆ PHÍ
PHÓ TRƯỞNG BAN
Đinh Thị Mẫu
|
"""

DECISION = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 77/2025/QĐ-UBND

*Thử Nghiệm, ngày 02 tháng 10 năm 2025*

**QUYẾT ĐỊNH**

Ban hành Quy định về quản lý chợ đêm trên địa bàn tỉnh Thử Nghiệm

**Điều 1.** Ban hành kèm theo Quyết định này Quy định về quản lý chợ đêm trên địa bàn tỉnh \
Thử Nghiệm.

**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày 15 tháng 10 năm 2025.

|
*Nơi nhận:*
- Như Điều 2;
- Lưu: VT.
|
**TM. ỦY BAN
NHÂN DÂN**
CHỦ TỊCH
**Hoàng Văn
Mẫu**
|
"""

# a bold run broken inside the signer's last word
PLAN = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 91/KH-UBND

*Thử Nghiệm, ngày 05 tháng 10 năm 2025*

**KẾ HOẠCH**

Kiểm kê cây xanh đô thị trên địa bàn tỉnh Thử Nghiệm năm 2025

Các sở, ngành hoàn thành kiểm kê cây xanh đô thị trước ngày 30 tháng 11 năm 2025.

|
*Nơi nhận:*
- Các sở, ngành;
- Lưu: VT.
|
**CHỦ TỊCH**
**Trịnh Văn
M****ẫu**
|
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("signature"),
        {
            "cuc-thu-nghiem_cv-4321.md": LETTER,
            "thu-nghiem_qd-77.md": DECISION,
            "thu-nghiem_kh-91.md": PLAN,
        },
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_the_block_is_read_item_by_item_up_from_the_name() -> None:
    """Capacity marks open items, a wrapped position is joined, the seal's note is passed."""
    top, items = signature_block(LETTER, LETTER.index("Đinh Thị Mẫu"))
    assert items == [
        "TL. CỤC TRƯỞNG",
        "KT. TRƯỞNG BAN BAN CHÍNH SÁCH, PHÍ VÀ LỆ PHÍ",
        "PHÓ TRƯỞNG BAN",
    ]
    assert LETTER[top:].startswith("**TL. CỤC TRƯỞNG**")
    _, items = signature_block(DECISION, DECISION.index("**Hoàng Văn") + 2)
    assert items == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]


def test_a_seal_left_between_the_position_and_the_name_is_passed() -> None:
    """A seal's note ("(Đã ký)", "[daky]") and blank lines stand between the lines of a
    block; a position cut after "KT. BỘ" or a bare "PHÓ" goes on on the next line."""
    block = (
        "- Lưu: VT.\n|\n**KT. BỘ\nTRƯỞNG, CHỦ NHIỆM**\nPHÓ\nCHỦ NHIỆM\n\n"
        "(Đã ký)\n[daky]\nLê Văn Mẫu\n"
    )
    top, items = signature_block(block, block.index("Lê Văn Mẫu"))
    assert items == ["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM"]
    assert block[top:].startswith("**KT. BỘ")


@pytest.mark.parametrize(
    ("question", "keys"),
    [
        ("CV 4321/CTN-CS được ký thừa lệnh ai?", ["Đinh Thị Mẫu", "TL. CỤC TRƯỞNG"]),
        ("Người ký công văn 4321/CTN-CS là phó trưởng ban của ban nào?",
         ["Phó trưởng ban", "BAN CHÍNH SÁCH, PHÍ VÀ LỆ PHÍ"]),
        ("Ông Hoàng Văn Mẫu ký QĐ 77/2025/QĐ-UBND với chức vụ gì?",
         ["Hoàng Văn Mẫu", "Chủ tịch", "TM. ỦY BAN NHÂN DÂN"]),
    ],
)  # fmt: skip
def test_the_answer_states_the_capacity_as_published(
    answerer: Answerer, question: str, keys: list[str]
) -> None:
    result = answerer.ask(question)
    assert result.intent == "signer"
    assert result.found
    assert all(key in (result.answer or "") for key in keys)
    assert_quotes_verbatim(answerer, result)
    assert any(s.quote.startswith(("**TL.", "**TM.")) for s in result.sources)  # the whole block


def test_a_position_the_block_does_not_name_is_not_answered(answerer: Answerer) -> None:
    """The Chairman signed on behalf of the committee: no Vice-Chairman signed for him."""
    result = answerer.ask("Phó Chủ tịch nào ký thay Chủ tịch QĐ 77/2025/QĐ-UBND?")
    assert result.intent == "signer"
    assert not result.found
    assert answerer.ask("Chủ tịch nào ký QĐ 77/2025/QĐ-UBND?").found


def test_the_position_asked_is_read_with_its_initials() -> None:
    assert position_asked(fold("PCT nào ký QĐ 77?")) == "pho chu tich"
    assert position_asked(fold("Phó Thủ tướng nào ký công điện 12?")) == "pho thu tuong"
    assert position_asked(fold("Ai ký QĐ 77?")) is None


def test_a_name_whose_bold_run_breaks_inside_a_word_is_found(answerer: Answerer) -> None:
    result = answerer.ask("Ai ký kế hoạch 91/KH-UBND?")
    assert result.found and (result.answer or "").startswith("Trịnh Văn Mẫu (Chủ tịch")
    assert_quotes_verbatim(answerer, result)
