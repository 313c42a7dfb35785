"""Two procedures asked together ("thủ tục cấp ... và thủ tục cấp lại ... lần lượt bao nhiêu
ngày"): the long names of two procedures opened by the same word are two cases, and each one's
time limit is the cell of its own row of the table."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.pipeline import _two_cases
from tests.qa_service.small_index import answerer_over

PROCEDURES = """ỦY BAN NHÂN DÂN TỈNH AN BÌNH

Số: 812/QĐ-UBND

An Bình, ngày 03 tháng 12 năm 2025

QUYẾT ĐỊNH

Về việc công bố danh mục thủ tục hành chính lĩnh vực di sản văn hóa

|
**STT**
|
**Tên thủ tục hành chính**
|
**Thời hạn giải quyết**
|
|
1
|
Thủ tục cấp giấy chứng nhận đủ điều kiện kinh doanh giám định cổ vật và di vật **(1.001120)**
|
07 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ
|
|
2
|
Thủ tục cấp lại giấy chứng nhận đủ điều kiện hành nghề tu bổ, phục hồi di tích **(2.001641)**
|
04 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ
|
"""

ASKED = (
    "An Bình: thủ tục cấp giấy chứng nhận đủ điều kiện kinh doanh giám định cổ vật và di vật "
    "và thủ tục cấp lại giấy chứng nhận đủ điều kiện hành nghề tu bổ di tích lần lượt giải "
    "quyết trong bao nhiêu ngày?"
)


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("two-procedures")
    opened = answerer_over(root, {"qd-812.md": PROCEDURES}, lexical_only=True)
    yield opened
    opened.close()


def test_long_parallel_names_are_two_cases() -> None:
    cases = _two_cases(ASKED)
    assert cases is not None
    assert cases.names[0].startswith("thủ tục cấp giấy chứng nhận")
    assert cases.names[1].startswith("thủ tục cấp lại giấy chứng nhận")
