"""A length named by its act ("thời gian lưu 02 năm") answers a question about that act ("được
lưu ... trong bao lâu") before a time limit set for another act in the same document."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import _length_of_asked_act
from qa_service.routing import fold
from tests.qa_service.small_index import answerer_over

# An internal procedure: a table of procedures with their time limits, then how the records
# of the procedure are kept.
PROCEDURE = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 88/QĐ-UBND

Thử Nghiệm, ngày 02 tháng 12 năm 2025

QUYẾT ĐỊNH

Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực báo chí, xuất bản

Điều 1. Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết thủ tục hành chính.

| STT | Tên thủ tục hành chính | Thời hạn giải quyết |
|---|---|---|
| 1 | Thủ tục cấp giấy chứng nhận lưu hành tự do (CFS) đối với hàng hóa xuất khẩu trong \
lĩnh vực báo chí, xuất bản | 03 ngày làm việc kể từ khi nhận được hồ sơ đầy đủ |

Điều 2. Lưu trữ hồ sơ

Hồ sơ được lưu tại đơn vị xử lý chính, thời gian lưu 02 năm.

Sau khi hết hạn, chuyển hồ sơ xuống đơn vị lưu trữ của Sở để lưu trữ theo quy định.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("act-length")
    opened = answerer_over(root, {"quyet-dinh-88.md": PROCEDURE}, lexical_only=True)
    yield opened
    opened.close()


def _question(text: str) -> Any:
    return SimpleNamespace(route=SimpleNamespace(folded=fold(text)))


def test_a_length_named_by_the_asked_act() -> None:
    q = _question("Hồ sơ được lưu ở đơn vị xử lý trong bao lâu?")
    text = "Hồ sơ được lưu tại đơn vị xử lý chính, thời gian lưu 02 năm."
    assert _length_of_asked_act(q, text, text.index("02"))
    # a length of another act, or one no act names, is not
    other = "Thời gian giải quyết 03 ngày làm việc."
    assert not _length_of_asked_act(q, other, other.index("03"))
    bare = "Hồ sơ được lưu trong 02 năm."
    assert not _length_of_asked_act(q, bare, bare.index("02"))


def test_the_length_of_keeping_records_answers(answerer: Answerer) -> None:
    result = answerer.ask(
        "Hồ sơ thủ tục CFS báo chí, xuất bản được lưu ở đơn vị xử lý trong bao lâu trước khi "
        "chuyển lưu trữ của Sở?"
    )
    assert result.found, result
    assert "02 năm" in result.answer


def test_the_time_limit_of_the_procedure_still_answers(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thủ tục cấp giấy chứng nhận lưu hành tự do (CFS) lĩnh vực báo chí, xuất bản giải "
        "quyết trong bao lâu?"
    )
    assert result.found, result
    assert "03 ngày làm việc" in result.answer
