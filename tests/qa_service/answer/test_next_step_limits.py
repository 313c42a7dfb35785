"""A step of a procedure that states no limit ("Bước 3: Sau khi có kết quả ..., Ủy ban nhân dân
tỉnh ban hành quyết định ...") does not lend its words to the next step, which sets the limit
of an act of its own ("Bước 4: Lập báo cáo ... gửi Bộ ... trong thời hạn 45 ngày"): the limit
asked of the act "gửi Ủy ban nhân dân tỉnh" is that of the step naming that act."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import next_item_of_list
from tests.qa_service.small_index import answerer_over

STEPS = """**BỘ THỬ NGHIỆM**
Số: 120/QĐ-BTN
*Hà Nội, ngày 12 tháng 11 năm 2025*
**QUYẾT ĐỊNH**
Công bố thủ tục hành chính nội bộ lĩnh vực công tác dân tộc
**Điều 1**. Công bố kèm theo Quyết định này 01 thủ tục hành chính nội bộ.
**PHỤ LỤC**
**1. Thủ tục xác định thôn, xã vùng đồng bào dân tộc thiểu số và miền núi**
a) Trình tự thực hiện

Cấp xã (Ủy ban nhân dân cấp xã):

Bước 1: Căn cứ các tiêu chí quy định tại Điều 4 của Nghị định, Ủy ban nhân dân cấp xã
tổ chức xác định thôn, xã vùng đồng bào dân tộc thiểu số và miền núi;

Bước 2: Sau khi xác định được thôn, xã vùng đồng bào dân tộc thiểu số, Ủy ban nhân dân
cấp xã tổ chức lấy ý kiến của Nhân dân;

Bước 3: Lập báo cáo kết quả xác định, phân định gửi Ủy ban nhân dân tỉnh trong thời hạn
25 ngày làm việc kể từ ngày nhận văn bản chỉ đạo của Ủy ban nhân dân tỉnh.

Cấp tỉnh (Ủy ban nhân dân tỉnh):

Bước 1: Chỉ đạo tổ chức rà soát, thẩm định kết quả xác định thôn, xã trên địa bàn;

Bước 2: Căn cứ tiêu chí quy định tại Điều 4 của Nghị định, rà soát, tổng hợp kết quả
của các xã trên địa bàn;

Bước 3: Sau khi có kết quả xác định, phân định, Ủy ban nhân dân tỉnh ban hành quyết định
phê duyệt kết quả xác định thôn, xã trên địa bàn;

Bước 4: Lập báo cáo kết quả xác định, phân định gửi Bộ Thử Nghiệm trong thời hạn 45 ngày
làm việc kể từ ngày Nghị định có hiệu lực thi hành.

b) Cách thức thực hiện: gửi trực tiếp hoặc qua hệ thống quản lý văn bản.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("next-step-limits")
    opened = answerer_over(root, {"qd-120.md": STEPS}, lexical_only=True)
    yield opened
    opened.close()


def test_the_next_step_keeps_its_own_limit(answerer: Answerer) -> None:
    result = answerer.ask(
        "Báo cáo kết quả xác định, phân định gửi Ủy ban nhân dân tỉnh phải lập trong thời hạn "
        "bao lâu?"
    )
    assert result.found, result
    assert "25 ngày" in result.answer
    assert "45 ngày" not in result.answer


def test_steps_and_items_of_one_list(answerer: Answerer) -> None:
    corpus = answerer.corpus
    units = [corpus.units[i] for ids in corpus.doc_units.values() for i in ids]
    third = next(u for u in units if u.text.startswith("Bước 3: Sau khi có kết quả"))
    fourth = next(u for u in units if u.text.startswith("Bước 4:"))
    manner = next(u for u in units if "Cách thức thực hiện" in u.text)
    assert next_item_of_list(corpus, third, fourth)
    assert not next_item_of_list(corpus, fourth, manner)
