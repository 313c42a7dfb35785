"""The amount of a term the question asks, stated by the line that defines it ("Mức chuẩn áp
dụng là 650.000 đồng/tháng") far from the lines that count other amounts as multiples of it
("Mức 4 lần mức chuẩn đối với huấn luyện viên lâu năm")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

DECREE = """CHÍNH PHỦ

Số: 99/2025/NĐ-CP

Hà Nội, ngày 10 tháng 12 năm 2025

NGHỊ ĐỊNH

Quy định chế độ đối với huấn luyện viên thể thao lâu năm

Điều 1. Mức chuẩn

1. Mức chuẩn và áp dụng mức chuẩn:

a) Mức chuẩn áp dụng là 650.000 đồng/tháng;

b) Căn cứ tình hình kinh tế - xã hội, cơ quan có thẩm quyền xem xét điều chỉnh.

Điều 2. Phạm vi áp dụng

Nghị định này áp dụng đối với cơ quan, tổ chức, cá nhân có liên quan.

Điều 3. Trợ cấp đối với huấn luyện viên thể thao lâu năm

1. Mức trợ cấp sinh hoạt hàng tháng: Mức 4 lần mức chuẩn đối với huấn luyện viên thể thao \
lâu năm; Mức 6 lần mức chuẩn đối với huấn luyện viên thể thao cao cấp lâu năm.

2. Huấn luyện viên thể thao lâu năm khi chết được hỗ trợ chi phí mai táng bằng 20 lần mức \
chuẩn.

Điều 4. Hiệu lực thi hành

Nghị định này có hiệu lực kể từ ngày ký.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("defined-amounts")
    opened = answerer_over(root, {"nghi-dinh-99.md": DECREE}, lexical_only=True)
    yield opened
    opened.close()


def test_the_line_defining_the_term_counted_in_answers(answerer: Answerer) -> None:
    result = answerer.ask(
        "Mức chuẩn để tính trợ cấp sinh hoạt cho huấn luyện viên thể thao lâu năm là bao nhiêu?"
    )
    assert result.found, result
    assert "650.000" in (result.answer or ""), result


def test_a_multiple_asked_is_still_the_multiple(answerer: Answerer) -> None:
    result = answerer.ask(
        "Trợ cấp sinh hoạt của huấn luyện viên thể thao lâu năm bằng bao nhiêu lần mức chuẩn?"
    )
    assert "650.000" not in (result.answer or ""), result
