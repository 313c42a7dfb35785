"""The body given the task of the case a question asks about: the clause that gives the role
asked, a name broken at the end of its heading's line, the head of a body written before its
name, the role a question asks by "ai <verb>" or "được giao <task>"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.agency import heading_body, holder_start, name_end, without_holder
from tests.qa_service.small_index import answerer_over

REGULATION = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 77/QĐ-UBND

Thử Nghiệm, ngày 3 tháng 12 năm 2025

QUY CHẾ

Phối hợp quản lý nhà nước về khoáng sản trên địa bàn tỉnh

Điều 5. Phối hợp giải quyết các vấn đề đất đai liên quan đến khoáng sản

1. Sở Nông nghiệp và Môi trường

a) Chủ trì, phối hợp với các cơ quan, đơn vị tham mưu Ủy ban nhân dân tỉnh quy định hạn \
mức diện tích đất cho thuê đối với tổ chức khai thác khoáng sản trên địa bàn tỉnh; kiểm tra \
việc chấp hành quy định của pháp luật về đất đai đối với các mỏ khoáng sản.

Điều 6. Phối hợp thanh tra, kiểm tra hoạt động khoáng sản

1. Thanh tra tỉnh

Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan trong việc thanh tra đối với tổ chức, \
cá nhân thực hiện các quy định của pháp luật về khoáng sản khi được Chủ tịch UBND tỉnh giao.

Điều 7. Tổ chức thực hiện

1. Bộ Chỉ huy Quân sự
tỉnh chủ trì, phối hợp với Sở Nội vụ đưa nội dung bảo vệ tài nguyên khoáng sản vào chương \
trình bồi dưỡng kiến thức quốc phòng cho chức sắc tôn giáo.

2. Chủ tịch Ủy ban nhân dân cấp xã thành lập đoàn kiểm tra hiện trường ngay sau khi phát \
hiện khai thác khoáng sản trái phép.

3. Ủy ban nhân dân cấp xã (nơi có mỏ) làm chủ đầu tư các công trình đường vận chuyển \
khoáng sản sử dụng ngân sách tỉnh.

4. Giao Giám đốc Sở Tài chính thừa ủy quyền Chủ tịch Ủy ban nhân dân tỉnh, thay mặt Ủy ban \
nhân dân tỉnh ký hợp đồng thuê đơn vị tư vấn đánh giá trữ lượng.

**Điều 8. **Thống
đốc Ngân hàng Nhà nước chi nhánh tỉnh tiếp thu ý kiến các sở, hoàn thiện dự thảo \
Quy chế, thừa ủy quyền Chủ tịch Ủy ban nhân dân tỉnh, thay mặt Ủy ban nhân dân tỉnh ký \
văn bản gửi Ngân hàng Nhà nước Việt Nam.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("agency-cases")
    answerer = answerer_over(root, {"quy-che-khoang-san.md": REGULATION}, lexical_only=True)
    yield answerer
    answerer.close()


@pytest.mark.parametrize(
    ("question", "body"),
    [
        # the role asked ("chủ trì") is given in the clause of the case asked, not in a clause
        # beside another case ("...; kiểm tra việc chấp hành quy định của pháp luật ...")
        ("Khi cần thanh tra việc chấp hành pháp luật về khoáng sản theo giao việc của Chủ "
         "tịch UBND tỉnh thì cơ quan nào chủ trì?", "Thanh tra tỉnh"),
        # "1. Bộ Chỉ huy Quân sự" / "tỉnh chủ trì ...": a name broken at its heading's line
        ("Đơn vị nào đưa nội dung bảo vệ tài nguyên khoáng sản vào chương trình bồi dưỡng "
         "kiến thức quốc phòng cho chức sắc tôn giáo?", "Bộ Chỉ huy Quân sự tỉnh"),
        # "ai <verb>": an agent asked; the head of the body written before its name
        ("Ai quyết định thành lập đoàn kiểm tra hiện trường khi phát hiện khai thác khoáng "
         "sản trái phép?", "Chủ tịch Ủy ban nhân dân cấp xã"),
        # "ai làm <role>": the body in a role, its name ending before "làm"
        ("Ai làm chủ đầu tư các công trình đường vận chuyển khoáng sản?",
         "Ủy ban nhân dân cấp xã"),
        # "giao ai ... ký": the signing is a task given, the one given it is asked
        ("Tỉnh giao ai thay mặt Ủy ban nhân dân tỉnh ký hợp đồng thuê đơn vị tư vấn đánh giá "
         "trữ lượng?", "Giám đốc Sở Tài chính"),
        # a unit that goes on with the heading's sentence has its subject: the head of a
        # body, by its position; "thừa ủy quyền <X>" names the one on whose behalf, not the one
        # given the task
        ("Ủy ban nhân dân tỉnh giao ai thay mặt Ủy ban ký văn bản gửi Ngân hàng Nhà nước Việt "
         "Nam?", "Thống đốc Ngân hàng Nhà nước chi nhánh tỉnh"),
    ],
)  # fmt: skip
def test_the_body_of_the_case_asked(answerer: Answerer, question: str, body: str) -> None:
    result = answerer.ask(question)
    assert result.intent == "agency"
    assert result.found and result.answer is not None
    assert result.answer == body
    assert "thừa ủy quyền" not in result.answer and "làm chủ" not in result.answer


def test_the_head_of_a_body_before_its_name() -> None:
    text = "2. Chủ tịch Ủy ban nhân dân cấp xã thành lập đoàn kiểm tra"
    at = text.index("Ủy ban")
    assert text[holder_start(text, at) : name_end(text, at)] == "Chủ tịch Ủy ban nhân dân cấp xã"
    assert holder_start("Giao Sở Tài chính", 5) == 5
    assert without_holder("Giám đốc Trung tâm Lưu trữ lịch sử") == "Trung tâm Lưu trữ lịch sử"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Thanh tra tỉnh", "Thanh tra tỉnh"),  # a kind and the level it serves
        ("Công an cấp xã", "Công an cấp xã"),
        ("Tỉnh ủy", None),
        ("Giám đốc Sở Y tế chủ trì", "Giám đốc Sở Y tế"),  # the head of a body
        # a body asked, not given, its tasks ("12. Đề nghị Ủy ban Mặt trận ...")
        ("Đề nghị Chi cục Hải quan khu vực XIX", "Chi cục Hải quan khu vực XIX"),
        # the content a body is in charge of ("Điều 8. Nội dung Sở X có trách nhiệm chủ trì")
        ("Nội dung Sở Nông nghiệp và Môi trường có trách nhiệm chủ trì",
         "Sở Nông nghiệp và Môi trường"),
        ("Nội dung công việc do Công an tỉnh chủ trì", "Công an tỉnh"),
        # a body directed to carry out the tasks below, after the word of its kind
        ("Chỉ đạo đơn vị cổng Thông tin điện tử Nghệ An (thuộc Văn phòng UBND tỉnh) thực hiện.",
         "cổng Thông tin điện tử Nghệ An"),
        ("Chỉ đạo Sở Y tế thực hiện:", "Sở Y tế"),
        ("Chỉ đạo triển khai thực hiện", None),
        # the word of a kind before a capitalized name ("Điều 10. Trách nhiệm của cơ quan Thuế")
        ("Trách nhiệm của cơ quan Thuế", "cơ quan Thuế"),
        ("Trách nhiệm của các cơ quan khác có liên quan", None),
        # a group of bodies named by its kind, members in brackets, with or without "Các"
        ("Cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu kinh tế):",
         "Cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu kinh tế)"),
    ],
)  # fmt: skip
def test_a_heading_naming_a_body_by_its_level(title: str, body: str | None) -> None:
    assert heading_body(title) == body


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bộ trưởng Bộ Tài chính thừa ủy quyền Thủ tướng", "Bộ trưởng Bộ Tài chính"),
        ("Ủy ban nhân dân cấp xã làm chủ đầu tư", "Ủy ban nhân dân cấp xã"),
        ("Văn phòng Chính phủ thay mặt Chính phủ", "Văn phòng Chính phủ"),
        # the act asked of the body reported to ("báo cáo Sở Tài chính xem xét chuyển đổi")
        ("Sở Tài chính xem xét\nchuyển đổi dữ liệu", "Sở Tài chính"),
        ("Sở Khoa học và Công nghệ đề xuất phương án", "Sở Khoa học và Công nghệ"),
    ],
)
def test_a_name_ends_before_a_mandate_or_a_role(text: str, name: str) -> None:
    assert text[: name_end(text, 0)] == name


PROCEDURES = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 91/QĐ-UBND

QUYẾT ĐỊNH

Công bố thủ tục hành chính nội bộ lĩnh vực đê điều

DANH MỤC THỦ TỤC HÀNH CHÍNH NỘI BỘ

| STT | Tên thủ tục | Cơ quan thực hiện |
| --- | --- | --- |
| 1 | Thành lập đoàn kiểm tra sự cố sạt lở đê cấp xã | UBND cấp xã |

NỘI DUNG THỦ TỤC

1. Thành lập đoàn kiểm tra sự cố sạt lở đê cấp xã

Bước 1: Tổ trưởng tổ dân phố báo cáo sự cố đến Ủy ban nhân dân cấp xã.

Bước 2: Chủ tịch Ủy ban nhân dân cấp xã thành lập đoàn kiểm tra sự cố sạt lở đê cấp xã \
trong ngày.

PHÂN CẤP QUẢN LÝ DỰ ÁN

- Dự án được Chủ tịch Ủy ban nhân dân tỉnh ủy quyền cho Chủ tịch Ủy ban nhân dân cấp xã \
quyết định đầu tư và giao Ủy ban nhân dân cấp xã làm chủ đầu tư: các công trình gia cố đê \
cấp xã.
"""


@pytest.fixture(scope="module")
def procedures(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("agency-heads")
    answerer = answerer_over(root, {"thu-tuc-de-dieu.md": PROCEDURES}, lexical_only=True)
    yield answerer
    answerer.close()


@pytest.mark.parametrize(
    ("question", "body"),
    [
        # "ai quyết định thành lập": the table names the body, a step its head doing the act
        ("Ai quyết định thành lập đoàn kiểm tra sự cố sạt lở đê cấp xã?",
         "Chủ tịch Ủy ban nhân dân cấp xã"),
        # of two bodies given tasks, the one given the role asked ("làm chủ đầu tư")
        ("Với công trình gia cố đê cấp xã được ủy quyền quyết định đầu tư, ai làm chủ đầu tư?",
         "Ủy ban nhân dân cấp xã"),
    ],
)  # fmt: skip
def test_the_head_or_the_body_in_the_role_asked(
    procedures: Answerer, question: str, body: str
) -> None:
    result = procedures.ask(question)
    assert result.intent == "agency"
    assert result.found and result.answer == body
