"""Several labelled values in one unit: the value whose own label states what is asked. A label
before a colon governs the values after it up to the next label; words after a value up to a
break ("0 đồng đối với A, 100.000 đồng đối với B") are that value's case, not the next one's."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.evidence import label_spans
from tests.qa_service.small_index import answerer_over

SUPPORT = """ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM

Số: 77/QĐ-UBND

Thử Nghiệm, ngày 12 tháng 11 năm 2025

QUYẾT ĐỊNH

Về việc công bố thủ tục hành chính lĩnh vực giám định tư pháp

Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính lĩnh vực giám định tư \
pháp như sau:

|
**STT**
|
**Tên thủ tục hành chính**
|
**Phí, lệ phí**
|
|
1
|
Cấp thẻ giám định viên tư pháp
|
- 0 đồng đối với người được bổ nhiệm lần đầu làm giám định viên tư pháp theo quyết định \
của Chủ tịch Ủy ban nhân dân tỉnh sau khi có ý kiến thẩm định của Sở Tư pháp,
- 250.000 đồng đối với các trường hợp: cấp đổi thẻ do thay đổi thông tin trên thẻ; thẻ đã \
được cấp còn thời hạn nhưng bị mất hoặc hư hỏng không sử dụng được;
|
|
**Tổng thời gian giải quyết TTHC**
|
**- Thời hạn thẩm định hồ sơ thành lập văn phòng giám định, lấy ý kiến các cơ quan, đơn vị \
liên quan và tổng hợp, báo cáo kết quả thẩm định: Không quá 20 ngày.**
**- Thời hạn cấp giấy đăng ký hoạt động văn phòng giám định: Không quá 07 ngày làm việc.**
|

Điều 2. Hiệu lực thi hành

Quyết định này có hiệu lực kể từ ngày ký.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("labelled-values")
    opened = answerer_over(root, {"quyet-dinh-77.md": SUPPORT}, lexical_only=True)
    yield opened
    opened.close()


def test_a_case_after_a_value_is_its_own() -> None:
    text = "Mức thu: 0 đồng đối với người mới, 250.000 đồng đối với trường hợp cấp đổi thẻ."
    zero, fee = text.index("0 đồng"), text.index("250.000")
    (_, zero_end), (fee_start, _) = label_spans(text, [(zero, zero + 1), (fee, fee + 7)])
    assert "người mới" in text[zero:zero_end] and "cấp đổi" not in text[zero:zero_end]
    assert "người mới" not in text[fee_start:fee]


def test_a_label_before_a_colon_governs_the_next_value() -> None:
    text = "- Thẩm định hồ sơ: Không quá 20 ngày.\n- Thời hạn cấp giấy: Không quá 07 ngày."
    first, second = text.index("20"), text.index("07")
    (_, first_end), (second_start, _) = label_spans(
        text, [(first, first + 2), (second, second + 2)]
    )
    assert "cấp giấy" not in text[first:first_end]
    assert "cấp giấy" in text[second_start:second]


def test_the_limit_whose_label_is_asked(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thời hạn cấp giấy đăng ký hoạt động văn phòng giám định là bao nhiêu ngày làm việc?"
    )
    assert result.found, result
    assert "07 ngày" in (result.answer or "") and "20 ngày" not in (result.answer or "")


def test_the_first_value_keeps_its_own_label_when_each_has_one() -> None:
    text = "- Thẩm định hồ sơ: Không quá 20 ngày.\n- Thời hạn cấp giấy: Không quá 07 ngày."
    first, second = text.index("20"), text.index("07")
    (first_start, _), _ = label_spans(text, [(first, first + 2), (second, second + 2)])
    assert "Thẩm định hồ sơ" in text[first_start:first]
