"""Sources after the answer's own quote: the other places its document states the answer's
value (a table row and the article it sums up), and a value written across a line break."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_service.answer.sources import answer_values, value_pattern
from tests.qa_service.small_index import answerer_over

AWARD = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM
Số: 12/QĐ-UBND
Thử Nghiệm, ngày 02 tháng 12 năm 2025
QUYẾT ĐỊNH
Về việc công bố thủ tục xét tặng giải thưởng Danh y Thử Nghiệm
**Điều 1.** Công bố kèm theo Quyết định này 01 thủ tục hành chính.
**Điều 2.** Trình tự thực hiện:
1. Hạn xử lý: 150 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.
2. Hội đồng cơ sở nhận hồ sơ xét tặng giải thưởng Danh y Thử Nghiệm trước ngày 31 tháng 7.
3. Hội đồng cấp tỉnh họp xét tặng giải thưởng Danh y Thử Nghiệm trong tháng 9.
4. Sở Y tế trình hồ sơ xét tặng giải thưởng Danh y Thử Nghiệm lên Ủy ban nhân dân tỉnh.
5. Thời gian công bố kết quả xét tặng giải thưởng Danh y Thử Nghiệm là ngày 27 tháng 2.
**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký.
**PHỤ LỤC**
|
**Bước**
|
**Nội dung**
|
|
1
|
Tiếp nhận hồ sơ xét tặng giải thưởng Danh y Thử Nghiệm từ các Hội đồng cơ sở
|
|
2
|
Tổng thời gian thực hiện thủ tục xét tặng giải thưởng Danh y Thử Nghiệm: 150 ngày
|
"""


def test_an_answer_states_its_numbers_or_else_the_names_it_is_made_of() -> None:
    assert answer_values("Tổng thời gian thực hiện TTHC: 150 ngày") == ["150"]
    assert answer_values("Thông tư số 49/2025/TT-BCT") == ["49/2025/TT-BCT"]
    assert answer_values("bằng 1,7% tổng kinh phí") == ["1,7"]
    assert answer_values("Bộ Nội vụ (Vụ Tổ chức - Biên chế)") == [
        "Bộ Nội vụ",
        "Vụ Tổ chức - Biên chế",
    ]


def test_a_value_is_found_across_line_breaks_and_markup_never_inside_a_longer_number() -> None:
    name = value_pattern("Vụ Tổ chức - Biên chế")
    assert name.search("thủ tục hành chính: Vụ Tổ chức\n- Biên chế thuộc Bộ Nội vụ")
    number = value_pattern("49/2025/TT-BCT")
    assert number.search("Thông tư số\n49/2025/TT- BCT ngày")
    days = value_pattern("150")
    assert days.search("**150 ngày")
    assert not days.search("1.150 ngày")
    assert not days.search("150.000 đồng")


def test_the_other_statement_of_the_answer_value_is_quoted_after_the_answer(
    tmp_path: Path,
) -> None:
    answerer = answerer_over(tmp_path, {"giai-thuong.md": AWARD}, lexical_only=True)
    result = answerer.ask(
        "Tổng thời gian thực hiện thủ tục xét tặng giải thưởng Danh y Thử Nghiệm là bao nhiêu ngày?"
    )
    assert result.found and "150" in (result.answer or "")
    stating = [s.quote for s in result.sources if "150 ngày" in s.quote]
    assert len(stating) == 2, [s.quote for s in result.sources]


LONG_ROW = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM
Số: 13/QĐ-UBND
Thử Nghiệm, ngày 02 tháng 12 năm 2025
QUYẾT ĐỊNH
Về việc công bố thủ tục hành chính lĩnh vực khoa học và công nghệ
**Điều 1.** Công bố kèm theo Quyết định này 01 thủ tục hành chính.
**PHỤ LỤC**
|
**STT**
|
**Tên thủ tục**
|
**Thời hạn giải quyết**
|
**Địa điểm thực hiện**
|
**Ghi chú**
|
|
1
|
Cấp Giấy chứng nhận văn phòng đại diện của tổ chức khoa học và công nghệ
|
10 ngày làm việc
|
Nộp hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia hoặc nộp trực tiếp tại Trung tâm Phục \
vụ hành chính công tỉnh, địa chỉ tầng 1 khu liên cơ quan, đường Trần Phú, phường Trung Tâm; \
hoặc nộp qua dịch vụ bưu chính công ích đến Trung tâm Phục vụ hành chính công tỉnh; thời \
gian tiếp nhận từ thứ Hai đến thứ Sáu hằng tuần, trừ ngày lễ, ngày Tết theo quy định.
|
Thay đổi thời gian giải quyết từ 15 ngày xuống còn 10 ngày.
|
"""


def test_the_value_stated_again_in_a_long_row_is_quoted_by_a_window_of_its_own(
    tmp_path: Path,
) -> None:
    answerer = answerer_over(tmp_path, {"khcn.md": LONG_ROW}, lexical_only=True)
    result = answerer.ask(
        "Thời hạn giải quyết thủ tục cấp Giấy chứng nhận văn phòng đại diện của tổ chức khoa "
        "học và công nghệ là bao nhiêu ngày?"
    )
    assert result.found and "10 ngày" in (result.answer or "")
    assert any("xuống còn 10 ngày" in s.quote for s in result.sources), [
        s.quote for s in result.sources
    ]


def test_the_numbers_of_an_answer_are_checked_without_its_restatements(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other statements of a value hold it by construction: an answer whose numbers its
    evidence lacks is not kept for them."""
    import qa_service.answer.pipeline as pipeline

    checked: list[list[str]] = []
    real_check = pipeline.numbers_supported

    def recording(answer: str, quotes: list[str]) -> bool:
        checked.append(list(quotes))
        return real_check(answer, quotes)

    monkeypatch.setattr(pipeline, "numbers_supported", recording)
    answerer = answerer_over(tmp_path, {"giai-thuong.md": AWARD}, lexical_only=True)
    result = answerer.ask(
        "Tổng thời gian thực hiện thủ tục xét tặng giải thưởng Danh y Thử Nghiệm là bao nhiêu ngày?"
    )
    restated = [s.quote for s in result.sources if s.quote.startswith("Hạn xử lý")]
    assert restated and checked
    assert all(restated[0] not in quotes for quotes in checked)
