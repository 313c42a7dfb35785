"""The time a body requires a thing done by ("VPCP yêu cầu ... bảo đảm hoàn thành dự án vào năm
nào") is the target's year the letter writes, not the letter's own date; the letter's date is
still answered when asked ("Công văn 11500/VPCP-CN ... ban hành ngày nào"). The document
is written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

LETTER = """**VĂN PHÒNG CHÍNH PHỦ**

Số: 11500/VPCP-CN

V/v dự án đường Trường Sơn Đông

*Hà Nội, ngày 26 tháng 11 năm 2025*

Kính gửi: Bộ Xây dựng.

Xét báo cáo của Bộ Xây dựng về tình hình thực hiện dự án đường Trường Sơn Đông, Phó Thủ \
tướng có ý kiến như sau:
Bộ Xây dựng phối hợp với các địa phương khẩn trương xử lý các vướng mắc về giải
phóng mặt bằng và nguồn vật liệu đắp nền, bảo đảm tiến
độ hoàn thành Dự án vào năm 2027.
Văn phòng Chính phủ xin thông báo để Bộ Xây dựng biết, thực hiện./.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("completion"), {"cv-11500.md": LETTER}, lexical_only=True
    )
    yield opened
    opened.close()


def test_the_year_of_completion_is_the_targets(answerer: Answerer) -> None:
    result = answerer.ask(
        "VPCP yeu cau Bo Xay dung bao dam tien do hoan thanh du an duong Truong Son Dong vao "
        "nam nao"
    )
    assert result.found and "2027" in result.answer, result.answer


def test_the_letter_is_still_dated(answerer: Answerer) -> None:
    result = answerer.ask(
        "Công văn 11500/VPCP-CN về dự án đường Trường Sơn Đông ban hành ngày nào?"
    )
    assert result.found and "26 tháng 11 năm 2025" in result.answer, result.answer
