"""Documents a document cites, asked in ways a relation question often takes: several of one kind
in the plural ("tiếp theo những công điện nào"), the letter a reply answers named first ("trả lời
công văn 1010 bằng công văn số mấy"), a number asked where a title-only mention stands beside it
("dẫn luật số mấy"), and an amending decision listed next to "mục tiêu Dự án 2" (no "tiểu dự án").
The documents are written here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import _parts
from qa_service.routing import fold, route_question
from tests.qa_service.small_index import answerer_over

_DISPATCH = """| **THỦ TƯỚNG CHÍNH PHỦ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
Số: 431/CĐ-TTg | *Hà Nội, ngày 20 tháng 11 năm 2025* |

**CÔNG ĐIỆN**

VỀ VIỆC TẬP TRUNG ỨNG PHÓ BÃO SỐ 9 TẠI TỈNH LAM ĐIỀN

Để tập trung ứng phó bão số 9, tiếp theo các Công điện số 417/CĐ-TTg, 418/CĐ-TTg và
422/CĐ-TTg ngày 19/11/2025, Thủ tướng Chính phủ yêu cầu:

1. Chủ tịch Ủy ban nhân dân tỉnh Lam Điền sơ tán ngay người dân khỏi vùng nguy hiểm.
"""

_REPLY = """| **BỘ TÀI CHÍNH** **CỤC THUẾ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
Số: 7388/CT-CS | *Hà Nội, ngày 20 tháng 11 năm 2025* |

Kính gửi: Thuế tỉnh Lam Điền.

Cục Thuế nhận được công văn số 2010/LDI-KTr2 ngày 04/9/2025 của Thuế tỉnh Lam Điền về chính
sách thuế. Về vấn đề này, Cục Thuế có ý kiến như sau:

Căn cứ khoản 6 Điều 6 Luật số 56/2024/QH15 ngày 29/11/2024 sửa đổi, bổ sung một số khoản của
Điều 47 Luật Quản lý thuế và hiệu lực thi hành.

Cục Thuế trả lời để Thuế tỉnh Lam Điền được biết./.
"""

_REPEAL = """| **THỦ TƯỚNG CHÍNH PHỦ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
Số: 64/2025/QĐ-TTg | *Hà Nội, ngày 01 tháng 12 năm 2025* |

**QUYẾT ĐỊNH**

BÃI BỎ MỘT SỐ VĂN BẢN QUY PHẠM PHÁP LUẬT CỦA THỦ TƯỚNG CHÍNH PHỦ

**Điều 1.** Bãi bỏ toàn bộ các văn bản sau:

1. Quyết định số 13/2019/QĐ-TTg ngày 15 tháng 01 năm 2019 của Thủ tướng Chính phủ ban hành
tiêu chí xác định xã, thôn hoàn thành mục tiêu Dự án 2 (Chương trình 135).

2. Quyết định số 41/2020/QĐ-TTg ngày 29 tháng 9 năm 2020 của Thủ tướng Chính phủ sửa đổi
Điều 5 Quyết định số 13/2019/QĐ-TTg ngày 15 tháng 01 năm 2019 của Thủ tướng Chính phủ về ban
hành tiêu chí xác định xã, thôn hoàn thành mục tiêu Dự án 2 (Chương trình 135).

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("cited-numbers")
    documents = {"cd-431.md": _DISPATCH, "cv-7388.md": _REPLY, "qd-64.md": _REPEAL}
    opened = answerer_over(root, documents, lexical_only=True)
    yield opened
    opened.close()


def test_plural_dispatches_asked_are_a_list() -> None:
    assert route_question("Công điện 431/CĐ-TTg tiếp theo những công điện nào?").intent == "list"
    assert route_question("Luật này được sửa đổi bởi các luật nào?").intent == "list"


def test_every_dispatch_followed_is_listed(answerer: Answerer) -> None:
    result = answerer.ask("Công điện 431/CĐ-TTg tiếp theo những công điện nào?")
    assert result.found
    for number in ("417/CĐ-TTg", "418/CĐ-TTg", "422/CĐ-TTg"):
        assert number in result.answer


def test_reply_asked_after_the_letter_answered_is_citing() -> None:
    question = "Cục Thuế trả lời CV 2010/LDI-KTr2 của Thuế tỉnh Lam Điền bằng công văn số mấy?"
    assert route_question(question).intent == "citing"


def test_the_reply_to_a_numbered_letter(answerer: Answerer) -> None:
    result = answerer.ask(
        "Cục Thuế trả lời CV 2010/LDI-KTr2 của Thuế tỉnh Lam Điền bằng công văn số mấy?"
    )
    assert result.found and "7388/CT-CS" in result.answer


def test_a_number_asked_skips_a_law_cited_by_its_title(answerer: Answerer) -> None:
    result = answerer.ask("CV 7388/CT-CS dẫn luật số mấy sửa đổi Điều 47 Luật Quản lý thuế?")
    assert result.found and "56/2024/QH15" in result.answer


def test_an_aim_of_a_project_is_no_sub_project() -> None:
    assert _parts(fold("hoàn thành mục tiêu Dự án 2 (Chương trình 135)")) == {("du an", 2)}
    assert _parts(fold("Tiểu dự án 2 thuộc Dự án 7")) == {("tieu du an", 2), ("du an", 7)}


def test_the_kind_grounded_on_is_the_kind_asked() -> None:
    question = "QĐ quy định thoát nước Hải Phòng căn cứ luật tài nguyên nước số mấy?"
    assert route_question(question).doc_types == ("luat",)
    assert route_question("Tờ trình của Sở Xây dựng về giá nước số mấy?").doc_types == ("to trinh",)
