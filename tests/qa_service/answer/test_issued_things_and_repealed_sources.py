"""A document's own date asked through what it issues ("Danh mục ... được ban hành ngày nào?",
"Giám đốc ... ký quyết định ... vào ngày nào?"), never the date of a document it cites; and a
document named as the source of a fact that the collection only repeals states no fact. The
documents are written here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.verify import (
    _only_repealed,
)
from tests.qa_service.small_index import answerer_over

_LIST = """| **ỦY BAN NHÂN DÂN** TỈNH LAM ĐIỀN | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
Số: 812/QĐ-UBND | *Lam Điền, ngày 12 tháng 11 năm 2025* |

**QUYẾT ĐỊNH**

BAN HÀNH DANH MỤC DỊCH VỤ SỰ NGHIỆP CÔNG LĨNH VỰC THỦY LỢI TRÊN ĐỊA BÀN TỈNH LAM ĐIỀN

*Căn cứ Quyết định số 55/QĐ-UBND ngày 03 tháng 02 năm 2024 của Ủy ban nhân dân tỉnh về
phân cấp quản lý công trình thủy lợi;*

**Điều 1.** Ban hành Danh mục dịch vụ sự nghiệp công lĩnh vực thủy lợi trên địa bàn tỉnh.

**Điều 2.** Bãi bỏ Quyết định số 31/2022/QĐ-UBND ngày 14 tháng 6 năm 2022 của Ủy ban nhân
dân tỉnh Lam Điền ban hành Quy định cấp phép khai thác cát lòng sông.

**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký.
"""

_PUBLISHED = """| **SỞ NỘI VỤ** TỈNH LAM ĐIỀN | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
Số: 96/QĐ-SNV | *Lam Điền, ngày 25 tháng 11 năm 2025* |

**QUYẾT ĐỊNH**

VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH LĨNH VỰC THI ĐUA KHEN THƯỞNG ĐƯỢC SỬA ĐỔI

**GIÁM ĐỐC SỞ NỘI VỤ**

*Căn cứ Quyết định số 40/QĐ-SNV ngày 24 tháng 6 năm 2025 của Giám đốc Sở Nội vụ công bố thủ
tục hành chính lĩnh vực thi đua khen thưởng;*

**Điều 1.** Công bố kèm theo Quyết định này thủ tục hành chính lĩnh vực thi đua khen thưởng
được sửa đổi.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("issued")
    opened = answerer_over(root, {"qd-812.md": _LIST, "qd-96.md": _PUBLISHED}, lexical_only=True)
    yield opened
    opened.close()


def test_what_a_document_issues_is_dated_by_the_document(answerer: Answerer) -> None:
    result = answerer.ask(
        "Danh mục dịch vụ sự nghiệp công lĩnh vực thủy lợi tỉnh Lam Điền được ban hành ngày nào?"
    )
    assert result.found and result.answer == "ngày 12 tháng 11 năm 2025"


def test_a_subject_the_title_lacks_dates_no_document(answerer: Answerer) -> None:
    result = answerer.ask(
        "Danh mục dịch vụ sự nghiệp công lĩnh vực giao thông tỉnh Lam Điền được ban hành ngày nào?"
    )
    assert "12 tháng 11" not in (result.answer or "")


def test_signing_a_decision_asks_its_own_date(answerer: Answerer) -> None:
    result = answerer.ask(
        "Giám đốc Sở Nội vụ tỉnh Lam Điền ký quyết định công bố thủ tục hành chính lĩnh vực thi"
        " đua khen thưởng được sửa đổi vào ngày nào?"
    )
    assert result.found and result.answer == "ngày 25 tháng 11 năm 2025"


def test_a_document_only_repealed_states_nothing(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo Quyết định 31/2022/QĐ-UBND của tỉnh Lam Điền, cơ quan nào cấp phép khai thác cát"
        " lòng sông?"
    )
    assert not result.found


@pytest.mark.parametrize(
    ("text", "repealed"),
    [
        ("bai bo quyet dinh so 31/2022/qd-ubnd ngay 14 thang 6 nam 2022", True),
        ("cac quyet dinh sau het hieu luc ke tu ngay ky: quyet dinh so 31/2022/qd-ubnd", True),
        ("so tai chinh cap phep theo quyet dinh so 31/2022/qd-ubnd", False),
        ("bai bo khoan 2. so xay dung cap phep theo quyet dinh so 31/2022/qd-ubnd", False),
    ],
)
def test_a_number_written_in_a_repealing_clause(text: str, repealed: bool) -> None:
    assert _only_repealed(text, "31/2022/QĐ-UBND") is repealed


@pytest.mark.parametrize(
    ("year", "answer"), [("2025", "ngày 25 tháng 11 năm 2025"), ("2024", None)]
)
def test_a_number_named_with_another_year_is_another_document(
    answerer: Answerer, year: str, answer: str | None
) -> None:
    result = answerer.ask(f"Quyết định 96/QĐ-SNV năm {year} của Sở Nội vụ được ký ngày nào?")
    assert result.answer == answer
