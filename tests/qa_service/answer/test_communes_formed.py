"""The resolution that forms the communes a question names, though only its articles name
them (not its header or title): the passages ranked first say which places it acts on. Built
with the real embedder, whose passages rank the document. The document is written here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

_BASIS = "".join(
    f"*Căn cứ Nghị quyết số {n}/2025/UBTVQH15 của Ủy ban Thường vụ Quốc hội về việc sắp xếp"
    " đơn vị hành chính năm 2025 và các tiêu chuẩn của đơn vị hành chính;*\n\n"
    for n in range(70, 80)
)
_ARRANGED = (
    """| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 1701/NQ-UBTVQH15 |

**NGHỊ QUYẾT**

**Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Lam Điền năm 2025**

**ỦY BAN THƯỜNG VỤ QUỐC HỘI**

"""
    + _BASIS
    + """**QUYẾT NGHỊ:**

**Điều 1.** Sắp xếp để thành lập các đơn vị hành chính cấp xã của tỉnh Lam Điền như sau:

1. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của thị trấn Vạn Tường và xã Phước Khánh
thành xã mới có tên gọi là **xã Vạn Tường**.

2. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các xã Tân Lộc và Mỹ Hòa thành xã mới
có tên gọi là **xã Mỹ Hòa**.

**Điều 2.** Nghị quyết này có hiệu lực thi hành từ ngày được thông qua.
"""
)


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("communes")
    opened = answerer_over(root, {"nq-1701.md": _ARRANGED})
    yield opened
    opened.close()


def test_the_resolution_forming_the_communes_named(answerer: Answerer) -> None:
    # the communes are named in its articles, beyond its header and title
    assert "Vạn Tường" not in _ARRANGED[:1500]
    result = answerer.ask(
        "Xã Vạn Tường mới (gộp thị trấn Vạn Tường và xã Phước Khánh) được thành lập theo nghị"
        " quyết nào?"
    )
    assert result.found and "1701/NQ-UBTVQH15" in (result.answer or "")
