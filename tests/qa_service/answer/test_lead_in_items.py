"""A lead-in that names no item ("Sở X có trách nhiệm:", "... gồm:") answers with the opening
words of the items under it, each a unit of its own ("1." / "a)" / "-"), the items quoted
verbatim; a list the lead-in runs on in prose is not read as items. Documents written here,
indexed lexical-only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import list_answer
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

_DUTIES = """**ỦY BAN NHÂN DÂN**
TỈNH LAM ĐIỀN

Số: 1888/QĐ-UBND

*Lam Điền, ngày 21 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC THỦY LỢI

**Điều 1.** Công bố kèm theo Quyết định này danh mục 02 thủ tục hành chính lĩnh vực thủy
lợi.

**Điều 2.** Sở Nông nghiệp và Môi trường tỉnh Lam Điền có trách nhiệm:

1. Cập nhật dữ liệu thủ tục hành chính lên Cổng dịch vụ công của tỉnh.

2. Xây dựng quy trình nội bộ giải quyết thủ tục hành chính trình phê duyệt.

3. Niêm yết công khai thủ tục hành chính tại trụ sở làm việc.

**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký.
"""

_SUPPORT = """**ỦY BAN NHÂN DÂN**
TỈNH LAM ĐIỀN

Số: 77/2025/QĐ-UBND

*Lam Điền, ngày 22 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

QUY ĐỊNH MỘT SỐ CHÍNH SÁCH CẤP NƯỚC NÔNG THÔN

**Điều 1.** Đối tượng ưu tiên được hỗ trợ nước sinh hoạt phân tán gồm:

a) Hộ đồng bào dân tộc thiểu số nghèo sinh sống ở thôn đặc biệt khó khăn.

b) Hộ gia đình có người khuyết tật nặng sinh sống ở vùng cao.

c) Hộ nghèo là người Kinh sinh sống ở xã đặc biệt khó khăn.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày 01 tháng 12 năm 2025.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("lead-in-items")
    opened = answerer_over(root, {"qd-1888.md": _DUTIES, "qd-77.md": _SUPPORT}, lexical_only=True)
    yield opened
    opened.close()


def test_the_numbered_items_after_a_bare_lead_in(answerer: Answerer) -> None:
    result = answerer.ask("Sở Nông nghiệp và Môi trường tỉnh Lam Điền có trách nhiệm gì?")
    assert result.found
    assert "Cập nhật dữ liệu" in (result.answer or "")
    assert "Niêm yết công khai" in (result.answer or "")
    assert any(s.quote.startswith("3. Niêm yết") for s in result.sources)
    assert_quotes_verbatim(answerer, result)


def test_the_lettered_items_a_long_lead_in_opens(answerer: Answerer) -> None:
    result = answerer.ask(
        "Những đối tượng nào được ưu tiên hỗ trợ nước sinh hoạt phân tán ở tỉnh Lam Điền?"
    )
    assert result.found
    assert "Hộ gia đình có người khuyết tật" in (result.answer or "")
    assert "Hộ nghèo là người Kinh" in (result.answer or "")
    assert_quotes_verbatim(answerer, result)


def test_a_list_answer_keeps_every_item_within_the_limit() -> None:
    items = [f"{c}) Hộ gia đình thuộc diện được hỗ trợ theo quy định của tỉnh" for c in "abcdef"]
    listed = list_answer("Đối tượng được hỗ trợ gồm:", items)
    assert len(listed) <= 200
    assert listed.startswith("Đối tượng được hỗ trợ gồm: a) Hộ gia đình")
    assert "f) Hộ" in listed


def test_an_item_opening_stops_before_its_first_number() -> None:
    listed = list_answer("Sở có trách nhiệm:", ["1. Trình phê duyệt trước ngày 26/11/2025."])
    assert "26" not in listed.split(":", 1)[1]
