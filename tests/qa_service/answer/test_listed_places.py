"""A question asking which places ("những phường, xã nào") asks every place of the list the
sentence writes, from its first to its last: not the one place of the asked level nearest the
question's words, nor a name joined by "và" that goes on as no place ("và Khu Dự trữ ...")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.typed_entity import _listed_with
from tests.qa_service.small_index import answerer_over

CENTRE = """ỦY BAN NHÂN DÂN
THÀNH PHỐ THỬ NGHIỆM

Số: 501/QĐ-UBND

Thử Nghiệm, ngày 18 tháng 11 năm 2025

QUYẾT ĐỊNH

Ban hành quy định chức năng, nhiệm vụ của Trung tâm Bảo tồn Di sản Phố cổ Thử Nghiệm

Điều 2. Nhiệm vụ, quyền hạn

1. Tổ chức bán vé tham quan Khu Di sản Phố cổ Thử Nghiệm.

2. Phối hợp thực hiện công tác bảo tồn, phát huy giá trị di sản trên địa bàn các phường Hòa \
Bình, Hòa Bình Đông, Hòa Bình Tây, xã Tân Lập và Khu Dự trữ sinh quyển Cù Lao Xanh.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("listed-places")
    answerer = answerer_over(root, {"quy-dinh-trung-tam.md": CENTRE}, lexical_only=True)
    yield answerer
    answerer.close()


def test_every_place_of_the_list_when_places_are_asked(answerer: Answerer) -> None:
    result = answerer.ask(
        "Trung tâm Bảo tồn Di sản Phố cổ Thử Nghiệm phối hợp bảo tồn, phát huy giá trị di sản "
        "trên địa bàn những phường, xã nào?"
    )
    assert result.found
    answer = result.answer or ""
    for place in ("Hòa Bình Đông", "Hòa Bình Tây", "xã Tân Lập"):
        assert place in answer
    assert "Khu Dự trữ" not in answer


@pytest.mark.parametrize(
    ("text", "place", "listed"),
    [
        ("tại các xã An Phú, An Lạc và Tân Lập.", "xã An Phú", "các xã An Phú, An Lạc và Tân Lập"),
        ("gồm xã An Phú và Khu công nghiệp Bắc.", "xã An Phú", "xã An Phú"),
        ("phường Hòa Bình; xã Tân Lập", "xã Tân Lập", "xã Tân Lập"),
    ],
)
def test_list_of_places(text: str, place: str, listed: str) -> None:
    at = text.index(place)
    a, b = _listed_with(text, (at, at + len(place)))
    assert text[a:b] == listed
