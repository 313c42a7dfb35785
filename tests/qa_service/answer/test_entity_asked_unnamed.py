"""A place asked by its head noun ("xã nào ...", typed with or without marks) is answered by the
unit that names a place of that level, not by a unit that shares more of the question's words
yet names none (an article charging bodies with carrying out the resolution). Lexical-only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

MERGER = """| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 1702/NQ-UBTVQH15 |

**NGHỊ QUYẾT**

**Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Lam Điền năm 2025**

**QUYẾT NGHỊ:**

**Điều 1. Sắp xếp các đơn vị hành chính cấp xã của tỉnh Lam Điền**

1. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của xã Hòa Lạc và xã Đông Kha thành xã \
mới có tên gọi là **xã Sông Mây**.

2. Sau khi sắp xếp, tỉnh Lam Điền có 12 đơn vị hành chính cấp xã, gồm 10 xã và 02 phường; \
trong đó có 09 xã, 02 phường hình thành sau sắp xếp quy định tại Điều này và 01 xã không \
thực hiện sắp xếp là xã Bến Ngự.

**Điều 2. Hiệu lực thi hành**

1. Nghị quyết này có hiệu lực thi hành từ ngày được thông qua.

2. Các cơ quan theo thẩm quyền khẩn trương thực hiện các công tác chuẩn bị cần thiết, bảo \
đảm để chính quyền địa phương ở các đơn vị hành chính cấp xã hình thành sau sắp xếp chính \
thức hoạt động từ ngày 01 tháng 7 năm 2025.

**Điều 3. Tổ chức thực hiện**

1. Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân tỉnh Lam Điền, chính quyền địa phương các \
đơn vị hành chính liên quan đến việc thực hiện sắp xếp và các cơ quan, tổ chức khác có liên \
quan có trách nhiệm tổ chức thi hành Nghị quyết này.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("entity-asked-unnamed")
    opened = answerer_over(root, {"nghi-quyet-1702.md": MERGER}, lexical_only=True)
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "question",
    [
        "xa nao cua Lam Dien khong thuc hien sap xep theo NQ 1702/NQ-UBTVQH15",
        "Xã nào của Lam Điền không thực hiện sắp xếp theo NQ 1702/NQ-UBTVQH15?",
    ],
)
def test_the_unit_naming_a_place_of_the_level_asked_answers(
    answerer: Answerer, question: str
) -> None:
    result = answerer.ask(question)
    assert result.found, result
    assert "Bến Ngự" in (result.answer or ""), result
