"""Who a task is given to, read by the sentence that gives it: the partner after "phối hợp với"
(not the body the question names), the one "ủy quyền cho" / "giao" names (a person's position,
a state group), the body that heads a paragraph whose next sentence leaves its subject out, the
body a heading's sentence gives the task to, and the one body given the asked task rather than
bodies named by their kind ("các cơ quan liên quan")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import _lead_name, name_after
from qa_service.answer.verify import (
    question_names,
)
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

REGULATION = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 31/2025/QĐ-UBND

Thử Nghiệm, ngày 10 tháng 10 năm 2025

QUY CHẾ

Vận hành Cổng góp ý trực tuyến tỉnh Thử Nghiệm

Điều 9. Trách nhiệm của Sở Khoa học và Công nghệ

1. Quản trị kỹ thuật Cổng góp ý trực tuyến; phối hợp Công an tỉnh giám sát, bảo đảm an \
ninh mạng cho toàn bộ Cổng góp ý.

Điều 10. Tổ chức thực hiện

1. Sở Nội vụ chịu trách nhiệm về nội dung Quy chế này. Tham mưu Ủy ban nhân dân tỉnh theo \
dõi, kiểm tra, đôn đốc các xã, phường vận hành Cổng góp ý trực tuyến.

2. Ủy ban nhân dân tỉnh ủy quyền cho Giám đốc Sở Tài chính phê duyệt dự toán bảo trì Cổng \
góp ý trực tuyến hằng năm.
"""

DISPATCH = """THỦ TƯỚNG CHÍNH PHỦ

Số: 77/CĐ-TTg

Hà Nội, ngày 20 tháng 11 năm 2025

CÔNG ĐIỆN

Về việc khắc phục hậu quả sạt lở đê biển

Thủ tướng Chính phủ yêu cầu Bộ trưởng, Thủ trưởng các cơ quan liên quan tập trung khắc \
phục hậu quả sạt lở đê biển, bảo đảm an toàn cho người dân.

1. Về gia cố tuyến đê biển Hòn Thử: giao Tập đoàn Xây dựng Thử Nghiệm khảo sát, lập phương \
án gia cố tuyến đê trước mùa mưa bão.

2. Đài truyền hình Việt Nam chủ trì tuyên truyền về phòng chống sạt lở đê biển.

3. Văn phòng Chính phủ theo chức năng, nhiệm vụ được giao theo dõi, đôn đốc thực hiện \
Công điện này.

4. Về kiến nghị xây dựng kè chắn sóng:

Giao Bộ Tài chính, Bộ Xây dựng theo chức năng, nhiệm vụ chủ trì, phối hợp với các cơ quan \
liên quan nghiên cứu, xử lý kiến nghị của tỉnh về kè chắn sóng.

5. Về kiến nghị sắp xếp tổ chức bộ máy quản lý đê điều:

Bộ Nội vụ theo chức năng nhiệm vụ được giao khẩn trương nghiên cứu, xử lý kiến nghị của \
tỉnh, báo cáo cấp có thẩm quyền trong tháng 12 năm 2025.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("assignments")
    opened = answerer_over(
        root,
        {"quy-che-cong-gop-y.md": REGULATION, "cong-dien-de-bien.md": DISPATCH},
        lexical_only=True,
    )
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "body"),
    [
        # the partner after "phối hợp", not the body the question names
        ("Sở Khoa học và Công nghệ phối hợp với cơ quan nào để giám sát an ninh mạng cho Cổng "
         "góp ý trực tuyến?", "Công an tỉnh"),
        # the body that heads the paragraph, the next sentence leaving its subject out
        ("Cơ quan nào tham mưu Ủy ban nhân dân tỉnh theo dõi, đôn đốc các xã, phường vận hành "
         "Cổng góp ý trực tuyến?", "Sở Nội vụ"),
        # a position given a power ("ủy quyền cho"), routed as who receives it
        ("Ai được Ủy ban nhân dân tỉnh ủy quyền phê duyệt dự toán bảo trì Cổng góp ý trực "
         "tuyến?", "Giám đốc Sở Tài chính"),
        # a state group given a task, the one who gives it between "được" and "giao"
        ("Ai được Thủ tướng giao khảo sát, lập phương án gia cố tuyến đê biển Hòn Thử?",
         "Tập đoàn Xây dựng Thử Nghiệm"),
        # "Đài truyền hình ..." is a body's name
        ("Đơn vị nào chủ trì tuyên truyền về phòng chống sạt lở đê biển?",
         "Đài truyền hình Việt Nam"),
        # the one body given the asked task, not "các cơ quan liên quan" the dispatch opens with
        ("Công điện về khắc phục hậu quả sạt lở đê biển giao cơ quan nào theo dõi, đôn đốc "
         "thực hiện?", "Văn phòng Chính phủ"),
        # the subject of the task asked, named with no verb of charge, not the bodies the
        # section before gives a task of the same words
        ("Về kiến nghị sắp xếp tổ chức bộ máy quản lý đê điều, công điện giao bộ nào nghiên "
         "cứu xử lý?", "Bộ Nội vụ"),
    ],
)  # fmt: skip
def test_the_body_given_the_task(answerer: Answerer, question: str, body: str) -> None:
    result = answerer.ask(question)
    assert result.found, result
    assert result.answer == body


def test_the_body_a_heading_sentence_gives_the_task_to(tmp_path_factory) -> None:
    decision = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 3005/QĐ-UBND

Thử Nghiệm, ngày 01 tháng 12 năm 2025

QUYẾT ĐỊNH

Công bố thủ tục hành chính lĩnh vực giám định

Điều 1. Công bố kèm theo Quyết định này 02 thủ tục hành chính lĩnh vực giám định.

Điều 2. Giao Sở Y tế chủ trì, phối hợp với các đơn vị: Văn phòng
UBND tỉnh (Trung tâm Công báo - Tin học) và các cơ quan liên quan công khai các thủ tục \
hành chính, xây dựng quy trình điện tử giải quyết thủ tục hành chính trên Hệ thống một cửa.
"""
    root = tmp_path_factory.mktemp("heading-sentence")
    opened = answerer_over(root, {"quyet-dinh-3005.md": decision}, lexical_only=True)
    try:
        result = opened.ask(
            "Đơn vị nào chủ trì công khai thủ tục hành chính và xây dựng quy trình điện tử "
            "trên Hệ thống một cửa?"
        )
        assert result.found, result
        assert result.answer == "Sở Y tế"
    finally:
        opened.close()


@pytest.mark.parametrize(
    "question",
    [
        "ai được UBND tỉnh ủy quyền bổ nhiệm Kiểm soát viên ở DN 100% vốn nhà nước?",
        "thanh hoa uy quyen cho ai cong bo TTHC tren dia ban tinh",
        "Ai được Thủ tướng giao làm việc với các nhà đầu tư?",
        "Sở Tài chính phân công cho ai theo dõi dự án?",
    ],
)
def test_who_receives_a_power_routes_to_agency(question: str) -> None:
    assert route_question(question).intent == "agency"


def test_a_name_ends_where_its_own_words_do() -> None:
    text = "Văn phòng Chính phủ theo chức năng, nhiệm vụ được giao theo dõi, đôn đốc thực hiện"
    assert _lead_name(text, text.index("thực hiện")) == (0, "Văn phòng Chính phủ")
    # past the words of its kind
    text = "Ban quản lý dự án tỉnh chủ trì"
    assert _lead_name(text, text.index("chủ trì")) == (0, "Ban quản lý dự án tỉnh")
    text = "giao Giám đốc Sở Nội vụ quyết định"
    assert text[5 : name_after(text, 5)] == "Giám đốc Sở Nội vụ"


def test_an_abbreviation_is_no_word_of_a_name() -> None:
    assert question_names("Ai làm việc với Cty Lọc hóa dầu Nghi Sơn?") == ["nghi son"]
    # a foreign word inside a name stays in it
    assert "samsung smart" in question_names("Mã số cho thiết bị Samsung Smart Tag 2 là gì?")
