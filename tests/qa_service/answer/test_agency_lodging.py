"""A body asked for is named: where a dossier or a report is lodged ("nộp hồ sơ ở đâu", "gửi
báo cáo về cơ quan nào"), the partner of a named body ("phối hợp với vụ nào"), a body of the
Front's organizations in a heading ("Đề nghị Liên đoàn Lao động tỉnh"); a unit whose words
name no body besides those of the question answers no "ai" / "cơ quan nào"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.agency import bodies_named
from tests.qa_service.small_index import answerer_over

PLAN = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 182/KH-UBND

Thử Nghiệm, ngày 12 tháng 3 năm 2025

KẾ HOẠCH

Phòng, chống ma túy năm 2025

III. TỔ CHỨC THỰC HIỆN

2.8. Sở Giáo dục và Đào tạo

Chủ trì, phối hợp với các sở, ngành liên quan tổ chức thực hiện Tiểu dự án 3: tuyên truyền \
phòng, chống ma túy trong trường học.

2.9. Đề nghị Liên đoàn Lao động tỉnh

Chủ trì, phối hợp với các sở, ngành liên quan tổ chức thực hiện Tiểu dự án 4: tuyên truyền \
phòng, chống ma túy cho công nhân lao động các khu công nghiệp.

3. Ủy ban nhân dân cấp xã lập báo cáo kết quả thực hiện gửi Ủy ban nhân dân tỉnh.

4. Ủy ban nhân dân tỉnh lập báo cáo kết quả phân loại xã gửi Bộ Công an trước ngày 15/12.
"""

PROCEDURE = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 3854/QĐ-UBND

Thử Nghiệm, ngày 10 tháng 10 năm 2025

QUYẾT ĐỊNH

Công bố thủ tục giải quyết trợ cấp một lần cho thanh niên xung phong

Điều 1. Trình tự thực hiện thủ tục trợ cấp một lần cho thanh niên xung phong:

- Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính công ích đến Trung tâm Phục vụ Hành chính \
công cấp xã;

- Thời hạn giải quyết: 12 ngày làm việc kể từ ngày nhận đủ hồ sơ.

Điều 2. Xét tặng danh hiệu công dân ưu tú: cá nhân được đề nghị phải có tỷ lệ phiếu đồng ý \
của Hội đồng Thi đua - Khen thưởng tỉnh Thử Nghiệm từ 90% trở lên.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("lodging")
    answerer = answerer_over(
        root, {"ke-hoach-ma-tuy.md": PLAN, "quyet-dinh-tro-cap.md": PROCEDURE}, lexical_only=True
    )
    yield answerer
    answerer.close()


@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("Hồ sơ trợ cấp một lần cho thanh niên xung phong nộp trực tiếp ở đâu?",
         "Trung tâm Phục vụ Hành chính công cấp xã"),
        ("UBND tỉnh gửi báo cáo kết quả phân loại xã về cơ quan trung ương nào?", "Bộ Công an"),
        ("Ai chủ trì tuyên truyền phòng, chống ma túy cho công nhân lao động các khu công "
         "nghiệp (Tiểu dự án 4)?", "Liên đoàn Lao động tỉnh"),
    ],
)  # fmt: skip
def test_the_body_asked_is_named(answerer: Answerer, question: str, body: str) -> None:
    result = answerer.ask(question)
    assert result.found and result.answer is not None
    assert body in result.answer


def test_words_naming_no_other_body_answer_no_body_asked(answerer: Answerer) -> None:
    result = answerer.ask(
        "Ai thẩm định hồ sơ danh hiệu công dân ưu tú trước khi trình Hội đồng Thi đua - "
        "Khen thưởng tỉnh Thử Nghiệm?"
    )
    assert not result.found or "phiếu" not in (result.answer or "")


def test_bodies_named_by_their_structure() -> None:
    text = (
        "Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo; Liên đoàn Lao động tỉnh, Hội Nông dân tỉnh phối "
        "hợp với Công an cấp xã thực hiện."
    )
    names = bodies_named(text)
    assert "Chủ tịch Ủy ban nhân dân tỉnh" in names
    assert "Liên đoàn Lao động tỉnh" in names
    assert "Hội Nông dân tỉnh" in names
    assert any(name.startswith("Công an cấp xã") for name in names)
    assert bodies_named("các cơ quan, đơn vị liên quan tổ chức thực hiện.") == []
