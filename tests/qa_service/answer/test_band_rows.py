"""A scale of bands (fee by cost): the row or item labelled by the band the question names
answers, one labelled by another band does not, whatever words its other cells repeat."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import _asked_bands, _band_fit, _labels_another_band
from qa_service.routing import fold
from tests.qa_service.small_index import answerer_over

# Bands written as a table's row labels; the rows of the higher bands repeat the question's
# words ("phần tổng chi phí") in their value cells, the first one does not.
SCALE = """BỘ THỬ NGHIỆM

Số: 31/2025/TT-BTN

Hà Nội, ngày 02 tháng 12 năm 2025

THÔNG TƯ

Quy định mức thu lệ phí công nhận kết quả thăm dò khoáng sản

Điều 1. Mức thu lệ phí công nhận kết quả thăm dò khoáng sản

| STT | Tổng chi phí thăm dò khoáng sản thực tế | Mức thu |
|---|---|---|
| 1 | Đến 01 tỷ đồng | 10 triệu đồng |
| 2 | Trên 01 đến 10 tỷ đồng | 10 triệu đồng + (0,5% x phần tổng chi phí thăm dò trên 1 tỷ đồng) |
| 3 | Trên 20 tỷ đồng | 85 triệu đồng + (0,2% x phần tổng chi phí thăm dò trên 20 tỷ đồng) |

Điều 2. Hiệu lực thi hành

Thông tư này có hiệu lực kể từ ngày ký.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("bands")
    opened = answerer_over(root, {"thong-tu-31.md": SCALE}, lexical_only=True)
    yield opened
    opened.close()


def test_a_limit_from_below_names_the_band_written_up_to_it() -> None:
    # "dưới 1 tỷ" and "đến 01 tỷ" close the same band from above; "trên 01 tỷ" opens another
    bands = _asked_bands(fold("khi tổng chi phí thăm dò dưới 1 tỷ đồng"))
    assert _band_fit(bands, fold("Đến 01 tỷ đồng")) > 0
    assert _band_fit(bands, fold("Trên 01 đến 10 tỷ đồng")) < 0
    assert _band_fit(bands, fold("Trên 20 tỷ đồng")) < 0


def test_the_row_of_the_band_asked_answers(answerer: Answerer) -> None:
    result = answerer.ask(
        "Lệ phí công nhận kết quả thăm dò khoáng sản khi tổng chi phí thăm dò dưới 1 tỷ đồng "
        "là bao nhiêu?"
    )
    assert result.found, result
    assert "10 triệu đồng" in result.answer
    assert "Trên" not in result.answer and "85 triệu" not in result.answer


def test_the_row_of_a_higher_band_answers_its_own_band(answerer: Answerer) -> None:
    result = answerer.ask(
        "Lệ phí công nhận kết quả thăm dò khoáng sản khi tổng chi phí thăm dò trên 20 tỷ đồng "
        "là bao nhiêu?"
    )
    assert result.found, result
    assert "85 triệu đồng" in result.answer


def _item(text: str) -> Any:
    return SimpleNamespace(kind="text", text=text)


def test_an_item_labelled_by_one_of_two_bands_asked_is_of_the_case_asked() -> None:
    q: Any = SimpleNamespace(
        route=SimpleNamespace(
            folded=fold("mức trợ cấp cho người làm việc từ 05 năm trở lên và từ 02 đến dưới 05 năm")
        )
    )
    first = _item("a) Đối với người làm việc từ 05 năm trở lên: mức trợ cấp bằng 24 tháng lương.")
    second = _item("b) Đối với người làm việc dưới 02 năm: mức trợ cấp bằng 10 tháng lương.")
    unlabelled = _item("Người làm việc trên 10 năm được hưởng thêm 02 tháng lương.")
    assert not _labels_another_band(q, first)
    assert _labels_another_band(q, second)
    # no label before a colon: left to the ranking of its value
    assert not _labels_another_band(q, unlabelled)
