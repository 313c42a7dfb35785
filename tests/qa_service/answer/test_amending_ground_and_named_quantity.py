"""A ground citing a document that amends another ("Căn cứ Quyết định số A ... về việc sửa
đổi, bổ sung Quyết định số B ..."): "căn cứ QĐ nào" is answered by A. A measured quantity a
question names without a unit ("dung lượng", "diện tích"): a value in another kind of unit (a
duration) answers nothing. Documents a document replaces, joined by "và": each is replaced, whatever
the words of its own title. The holder of a position asked ("ai làm trưởng ban ..."): a sentence
naming no such position names none. The documents are written here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.value_kind import (
    _asked_unit,
    _unit_mismatch,
    same_unit,
)
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

_PUBLICATION = """| **ỦY BAN NHÂN DÂN** TỈNH LAM ĐIỀN | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
Số: 2815/QĐ-UBND | *Lam Điền, ngày 20 tháng 11 năm 2025* |

**QUYẾT ĐỊNH**

VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG TRONG LĨNH VỰC HOẠT ĐỘNG KHOA HỌC VÀ
CÔNG NGHỆ THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LAM ĐIỀN

**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAM ĐIỀN**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;*

*Căn cứ Quyết định số 3659/QĐ-BKHCN ngày 13 tháng 11 năm 2025 của Bộ Khoa học và Công nghệ về
việc sửa đổi, bổ sung Quyết định số 3212/QĐ-BKHCN ngày 17 tháng 10 năm 2025 của Bộ trưởng Bộ
Khoa học và Công nghệ về việc công bố thủ tục hành chính mới ban hành và bị bãi bỏ lĩnh vực
hoạt động khoa học và công nghệ;*

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Danh mục 03 thủ tục hành chính được sửa đổi, bổ
sung trong lĩnh vực Hoạt động khoa học và công nghệ.

**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày ký.
"""


_DECREE = """| **CHÍNH PHỦ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
Số: 308/2025/NĐ-CP | *Hà Nội, ngày 28 tháng 11 năm 2025* |

**NGHỊ ĐỊNH**

QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU VÀ BIỆN PHÁP THI HÀNH LUẬT DI SẢN VĂN HÓA

**Điều 125. Hiệu lực thi hành**

1. Nghị định này có hiệu lực thi hành từ ngày 15 tháng 01 năm 2026.

2. Nghị định này thay thế Nghị định số 98/2010/NĐ-CP ngày 21 tháng 9 năm 2010 của Chính phủ quy
định chi tiết thi hành một số điều của Luật Di sản văn hóa và Nghị định số 61/2016/NĐ-CP ngày 01
tháng 7 năm 2016 của Chính phủ quy định điều kiện kinh doanh giám định cổ vật.
"""

_FUNERAL = """# Thông báo về Lễ tang đồng chí Nguyễn Văn Lâm

Lễ viếng đồng chí Nguyễn Văn Lâm được tổ chức tại Nhà tang lễ tỉnh Lam Điền từ 7 giờ 00 ngày 24
tháng 5 năm 2025.

Trong hai ngày diễn ra Lễ tang đồng chí Nguyễn Văn Lâm, nguyên Chủ tịch Ủy ban nhân dân tỉnh Lam
Điền, các cơ quan, công sở treo cờ rủ, không tổ chức các hoạt động vui chơi giải trí.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("amending-ground")
    opened = answerer_over(
        root,
        {"qd-2815.md": _PUBLICATION, "nd-308.md": _DECREE, "le-tang.md": _FUNERAL},
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_the_ground_is_the_amending_decision(answerer: Answerer) -> None:
    result = answerer.ask("Lâm Điền công bố 03 TTHC KH&CN sửa đổi căn cứ QĐ nào của Bộ KHCN")
    assert result.found and "3659/QĐ-BKHCN" in (result.answer or "")
    assert "3212/QĐ-BKHCN" not in (result.answer or "")


def test_documents_replaced_joined_by_and(answerer: Answerer) -> None:
    result = answerer.ask("NĐ 308/2025 hướng dẫn Luật Di sản văn hóa thay thế những NĐ nào")
    answer = result.answer or ""
    assert result.found and "98/2010/NĐ-CP" in answer and "61/2016/NĐ-CP" in answer


def test_a_holder_asked_of_a_sentence_naming_no_position(answerer: Answerer) -> None:
    result = answerer.ask("ai lam truong ban le tang dong chi nguyen van lam")
    assert not result.found


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("dung luong hop thu cong vu ca nhan toi da bao nhieu", ("measure", "data")),
        ("Diện tích đất ở tối thiểu là bao nhiêu?", ("measure", "area")),
    ],
)
def test_a_quantity_named_without_a_unit(question: str, asked: tuple[str, str]) -> None:
    assert _asked_unit(route_question(question).folded, question) == asked


def test_a_quantity_named_only_by_folding_is_none() -> None:
    # "thủy điện tích năng" folds to "... dien tich nang": no area is asked
    question = "IRR của nhà máy thủy điện tích năng không vượt quá bao nhiêu?"
    assert _asked_unit(route_question(question).folded, question) != ("measure", "area")


def test_a_duration_for_a_named_quantity_is_a_mismatch() -> None:
    assert _unit_mismatch(("measure", "data"), "03", " thang khong dang nhap", "text", "")
    assert _unit_mismatch(("measure", "data"), "500", "mb/hop thu", "text", "") is None
    assert same_unit("data", "gb") and same_unit("area", "ha") and not same_unit("data", "ha")
