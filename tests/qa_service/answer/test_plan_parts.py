"""Agency answers read from a document's parts: a plan's task whose body is given in the field
lines of its own part ("a) Nhiệm vụ: ..." / "b) Cơ quan thực hiện: - Đơn vị chủ trì: X"), a
question naming its plan by number and the resolution it carries out (the cited number
describes the plan, the task need not repeat it), and a notice whose "Về X" sections give each
recommendation to a ministry (a question about another topic finds no ministry)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

PLAN = """ỦY BAN NHÂN DÂN
THÀNH PHỐ THỬ NGHIỆM

Số: 410/KH-UBND

Thử Nghiệm, ngày 10 tháng 11 năm 2025

KẾ HOẠCH

Triển khai Nghị quyết số 321/NQ-CP ngày 01/8/2025 của Chính phủ về dữ liệu số

Thực hiện Nghị quyết số 321/NQ-CP ngày 01/8/2025 của Chính phủ, Ủy ban nhân dân Thành phố \
ban hành Kế hoạch triển khai như sau:

II. NHIỆM VỤ

1. Về hạ tầng số

a) Nhiệm vụ:

- Nâng cấp trung tâm dữ liệu dùng chung của Thành phố bảo đảm dung lượng lưu trữ.

b) Cơ quan thực hiện:

- Đơn vị chủ trì: Sở Khoa học và Công nghệ.

- Đơn vị phối hợp: Các Sở, ban, ngành.

c) Thời gian thực hiện: Hoàn thành trong năm 2025.

2. Về đảm bảo an toàn thông tin

a) Nhiệm vụ:

- Triển khai các phương án bảo đảm an toàn thông tin, an ninh mạng cho các cơ sở dữ liệu \
chuyên ngành trong phạm vi quản lý.

- Hướng dẫn các đơn vị kết nối dữ liệu dân cư với dữ liệu chuyên ngành.

b) Cơ quan thực hiện:

- Đơn vị chủ trì: Công an Thành phố.

- Đơn vị phối hợp: Các Sở, ban, ngành, Ủy ban nhân dân xã, phường.

c) Thời gian thực hiện: Thực hiện thường xuyên.

3. Tập huấn nghiệp vụ khai thác dữ liệu cho cán bộ, công chức

- Cơ quan chủ trì: Sở Nội vụ.

- Cơ quan phối hợp: Trường Chính trị Thành phố.

- Thời gian thực hiện: Năm 2026.
"""

NOTICE = """VĂN PHÒNG CHÍNH PHỦ

Số: 700/TB-VPCP

Hà Nội, ngày 20 tháng 11 năm 2025

THÔNG BÁO

Kết luận của Phó Thủ tướng Chính phủ tại buổi làm việc với lãnh đạo tỉnh Thử Nghiệm

III. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH

1. Về kiến nghị hỗ trợ vốn đầu tư tuyến đường ven biển:

Giao Bộ Tài chính nghiên cứu kiến nghị của tỉnh trong quá trình tổng hợp kế hoạch đầu tư \
công trung hạn.

2. Về kiến nghị liên quan đến tổ chức bộ máy chính quyền địa phương 02 cấp:

Bộ Nội vụ theo chức năng nhiệm vụ được giao khẩn trương nghiên cứu, xử lý kiến nghị của \
tỉnh, báo cáo cấp có thẩm quyền trong tháng 12 năm 2025.

3. Về cải cách hành chính:

Giao Bộ Tư pháp hướng dẫn tỉnh đo lường sự hài lòng của người dân đối với sự phục vụ của \
cơ quan hành chính nhà nước.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("plan-parts")
    opened = answerer_over(root, {"kh-410.md": PLAN, "tb-700.md": NOTICE}, lexical_only=True)
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "body", "field"),
    [
        # the task's body in the field of its own part, the cited resolution describing the plan
        ("KH 410/KH-UBND triển khai NQ 321/NQ-CP: nhiệm vụ bảo đảm ATTT, an ninh mạng cho các "
         "CSDL chuyên ngành do đơn vị nào chủ trì?", "Công an Thành phố",
         "Đơn vị chủ trì: Công an Thành phố."),
        ("Kế hoạch 410/KH-UBND: nâng cấp trung tâm dữ liệu dùng chung của Thành phố do đơn vị "
         "nào chủ trì?", "Sở Khoa học và Công nghệ", "Đơn vị chủ trì: Sở Khoa học và Công nghệ."),
        # a task that heads its part, its fields right below it
        ("Kế hoạch 410/KH-UBND: tập huấn nghiệp vụ khai thác dữ liệu cho cán bộ, công chức do "
         "cơ quan nào chủ trì?", "Sở Nội vụ", "Cơ quan chủ trì: Sở Nội vụ."),
    ],
)  # fmt: skip
def test_the_body_in_the_field_of_the_task_part(
    answerer: Answerer, question: str, body: str, field: str
) -> None:
    result = answerer.ask(question)
    assert result.found, result
    assert result.answer == body
    assert any(field in source.quote for source in result.sources)


def test_a_ministry_under_the_topic_asked(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thông báo 700/TB-VPCP: kiến nghị của tỉnh về tổ chức bộ máy chính quyền địa phương "
        "02 cấp giao bộ nào xử lý?"
    )
    assert result.found and result.answer == "Bộ Nội vụ", result


def test_a_ministry_whose_task_names_the_topic_under_a_wider_one(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thông báo 700/TB-VPCP giao bộ nào hướng dẫn về đo lường sự hài lòng của người dân?"
    )
    assert result.found and result.answer == "Bộ Tư pháp", result


def test_no_ministry_for_a_topic_no_section_has(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thông báo 700/TB-VPCP giao bộ nào xử lý kiến nghị của tỉnh về phát triển nhà ở xã hội?"
    )
    assert result.answer != "Bộ Nội vụ", result
    assert not result.found, result
