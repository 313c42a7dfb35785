"""Small known causes of wrong answers, each a rule of structure: a number the source writes
with emphasis marks inside it, a ground the question says was amended, a law asked by an article
the described document cites, and a day observed yearly written "26/6" after its name. The
documents are written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer, numbers_supported
from qa_service.answer.extractors import _DATE_EXPR
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

# A resolution whose converted grounds leave bold marks inside a number
_RESOLUTION = """| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 1777/NQ-UBTVQH15 |

**NGHỊ QUYẾT**

**Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Lam Điền năm 2025**

**ỦY BAN THƯỜNG VỤ QUỐC HỘI**

*Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam** đã được sửa đổi, bổ sung một số \
điều theo Nghị quyết số** 203**/2025/QH15**;*

*Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15**;*

**QUYẾT NGHỊ:**

**Điều 1.** Sắp xếp các đơn vị hành chính cấp xã của tỉnh Lam Điền.
"""

# A ministry's circular citing a law by an article of it, and another circular
_CIRCULAR = """|
**BỘ CÔNG THƯƠNG**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 77/2025/TT-BCT
|
*Hà Nội, ngày 02 tháng 12 năm 2025*
|

**THÔNG TƯ**

**Quy định phương pháp xác định giá dịch vụ phát điện của nhà máy thủy điện nhỏ**

*Căn cứ Thông tư số 12/2025/TT-BCT ngày 01 tháng 02 năm 2025 của Bộ trưởng Bộ Công Thương;*

**Điều 9. Điều khoản chuyển tiếp**

Các nhà máy đã ký hợp đồng mua bán điện tiếp tục thực hiện theo quy định tại khoản 4 Điều 52 \
của Luật Điện lực số 61/2024/QH15.
"""

# A plan naming a day observed yearly by its name, its day and month after it
_PLAN = """| **ỦY BAN NHÂN DÂN** TỈNH LAM ĐIỀN | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
Số: 415/KH-UBND | *Lam Điền, ngày 10 tháng 11 năm 2025* |

**KẾ HOẠCH**

**Phòng, chống ma túy trên địa bàn tỉnh Lam Điền năm 2026**

**1. Tuyên truyền**

Tổ chức hoạt động hưởng ứng “Tháng hành động phòng, chống ma túy” và “Ngày Quốc tế, Ngày \
toàn dân phòng, chống ma túy 26/6” đảm bảo thiết thực, hiệu quả.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("known-causes")
    documents = {"nq-1777.md": _RESOLUTION, "tt-77.md": _CIRCULAR, "kh-415.md": _PLAN}
    opened = answerer_over(root, documents, lexical_only=True)
    yield opened
    opened.close()


def test_numbers_are_read_through_emphasis_marks() -> None:
    quote = "theo Nghị quyết số** 203**/2025/QH15**;"
    assert numbers_supported("Nghị quyết số 203/2025/QH15", [quote])
    assert not numbers_supported("Nghị quyết số 204/2025/QH15", [quote])


def test_a_number_written_with_bold_marks_inside_it(answerer: Answerer) -> None:
    # the Constitution is the ground amended, not the resolution named by its number
    result = answerer.ask(
        "Nghị quyết 1777/NQ-UBTVQH15 căn cứ Hiến pháp được sửa đổi, bổ sung theo Nghị quyết số mấy?"
    )
    assert result.found and "203/2025/QH15" in (result.answer or "")
    assert_quotes_verbatim(answerer, result)


def test_a_law_asked_by_an_article_the_circular_cites(answerer: Answerer) -> None:
    # the ministry named issued the circular, not the law asked; its grounds cite a circular
    result = answerer.ask(
        "Thông tư 77/2025/TT-BCT của Bộ Công Thương dẫn khoản 4 Điều 52 Luật Điện lực số mấy?"
    )
    assert result.found and "61/2024/QH15" in (result.answer or "")


def test_a_day_observed_yearly_is_dated_by_its_day_and_month(answerer: Answerer) -> None:
    result = answerer.ask(
        "KH 415/KH-UBND tỉnh Lam Điền: Ngày toàn dân phòng, chống ma túy là ngày nào?"
    )
    assert result.found and "26/6" in (result.answer or "")


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("hưởng ứng “Ngày Quốc tế, Ngày toàn dân phòng, chống ma túy 26/6” đảm bảo", True),
        ("họp khi có ít nhất 26/6 số thành viên", False),  # a share, no day named
        ("báo cáo trước ngày 26/6 hằng năm", True),  # the "ngày dd/mm" form
    ],
)
def test_a_day_and_month_after_the_name_of_a_day(text: str, dated: bool) -> None:
    assert any("26/6" in m.group() for m in _DATE_EXPR.finditer(text)) is dated
