"""The body the asked verb is said of, read by the sentence's structure: the verb in the body's
own clause (not past a ";"), the subject before "phối hợp với" (not a partner listed after it),
and all the bodies a field or a partner list names, each with the unit in brackets after it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import cast

import pytest

from indexer.units import Unit
from qa_service.answer import Answerer
from qa_service.answer.agency import body_column, bracketed_end, list_end, name_end
from tests.qa_service.small_index import answerer_over

RULES = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 31/2025/QĐ-UBND

Thử Nghiệm, ngày 20 tháng 11 năm 2025

QUYẾT ĐỊNH

Ban hành Quy định quản lý an toàn hồ chứa nước trên địa bàn tỉnh Thử Nghiệm

Điều 9. Tổ chức thực hiện

1. Sở Nông nghiệp và Môi trường có nhiệm vụ phối hợp với các sở, ban, ngành, Ủy ban nhân \
dân cấp xã và các đơn vị khai thác công trình thủy lợi tổ chức kiểm tra, đôn đốc thực hiện \
Quy định này; báo cáo định kỳ về tình hình an toàn hồ chứa nước về Ủy ban nhân dân tỉnh.

2. Giao Sở Khoa học và Công nghệ chủ trì, phối hợp Văn phòng Ủy ban nhân dân tỉnh (Trung tâm \
Phục vụ hành chính công tỉnh) thiết lập quy trình điện tử cấp phép khai thác hồ chứa nước.
"""

PLAN = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 88/KH-UBND

Thử Nghiệm, ngày 02 tháng 12 năm 2025

KẾ HOẠCH

Triển khai thi hành Luật Thủy sản sửa đổi trên địa bàn tỉnh

II. NỘI DUNG

1. Tổ chức tập huấn nghiệp vụ nuôi trồng thủy sản

- Nội dung thực hiện: Tập huấn cho cán bộ làm công tác thủy sản cấp xã.

- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường, Sở Giáo dục và Đào tạo, Sở Tài chính.

- Thời gian thực hiện: Năm 2026.
"""

FUNCTIONS = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 2210/QĐ-UBND

Thử Nghiệm, ngày 27 tháng 11 năm 2025

QUYẾT ĐỊNH

Quy định chức năng, nhiệm vụ của Sở Tư pháp tỉnh Thử Nghiệm

Điều 2. Nhiệm vụ và quyền hạn

4. Về bổ trợ tư pháp

b) Chủ trì xây dựng Đề án phát triển Văn phòng giám định tư pháp trình Ủy ban nhân dân tỉnh \
phê duyệt; tiếp nhận, thẩm định hồ sơ cho phép thành lập Văn phòng giám định tư pháp.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("clauses")
    answerer = answerer_over(
        root,
        {"quy-dinh-ho-chua.md": RULES, "ke-hoach-thuy-san.md": PLAN, "chuc-nang.md": FUNCTIONS},
        lexical_only=True,
    )
    yield answerer
    answerer.close()


@pytest.mark.parametrize(
    ("question", "bodies", "not_body"),
    [
        # the subject before "phối hợp với", not the partner listed last before the next verb
        ("Đơn vị nào báo cáo định kỳ về tình hình an toàn hồ chứa nước?",
         ["Sở Nông nghiệp và Môi trường"], "cấp xã"),
        # a field lists three bodies: all of them
        ("co quan nao chu tri tap huan nghiep vu nuoi trong thuy san?",
         ["Sở Nông nghiệp và Môi trường", "Sở Giáo dục và Đào tạo", "Sở Tài chính"], "Thời gian"),
        # the partner with the unit named in brackets after it
        ("Sở Khoa học và Công nghệ phối hợp với đơn vị nào thiết lập quy trình điện tử cấp "
         "phép khai thác hồ chứa nước?",
         ["Văn phòng Ủy ban nhân dân tỉnh (Trung tâm Phục vụ hành chính công tỉnh)"], "Sở Khoa"),
        # "tiếp nhận" opens the next clause: it is not said of the body "trình" names
        ("Cơ quan nào tiếp nhận, thẩm định hồ sơ thành lập Văn phòng giám định tư pháp?",
         ["Sở Tư pháp"], "Ủy ban nhân dân tỉnh"),
    ],
)  # fmt: skip
def test_the_body_the_asked_verb_is_said_of(
    answerer: Answerer, question: str, bodies: list[str], not_body: str
) -> None:
    result = answerer.ask(question)
    assert result.found and result.answer is not None, result
    assert all(body in result.answer for body in bodies), result.answer
    assert not_body not in result.answer


def test_a_list_of_bodies_ends_at_the_first_kind() -> None:
    text = "Cơ quan phối hợp: Bảo hiểm xã hội tỉnh, Sở Tài chính và các sở, ngành liên quan."
    at = text.index("Bảo hiểm")
    end = name_end(text, at)
    assert end is not None
    assert text[at : list_end(text, end)] == "Bảo hiểm xã hội tỉnh, Sở Tài chính"


def test_only_a_body_in_brackets_goes_with_the_name() -> None:
    text = "giao Sở Nội vụ (Ban Thi đua - Khen thưởng) và Sở Tài chính (năm 2025) thực hiện"
    first = text.index(" (Ban")
    assert text[: bracketed_end(text, first)].endswith("(Ban Thi đua - Khen thưởng)")
    second = text.index(" (năm")
    assert bracketed_end(text, second) == second


def _row(*cells: str) -> Unit:
    # only its kind, cells and text are read of a row
    return cast(Unit, SimpleNamespace(kind="row", cells=cells, text=" | ".join(cells)))


def test_a_column_of_bodies_or_persons_is_the_bodies_column() -> None:
    header = _row("Thứ tự công việc", "Đơn vị/người thực hiện", "Nội dung công việc")
    row = _row("Bước 1", "Bộ phận tiếp nhận hồ sơ và trả kết quả", "Kiểm tra, tiếp nhận hồ sơ")
    span = body_column([header], row)
    assert span is not None
    assert row.text[span[0] : span[1]] == "Bộ phận tiếp nhận hồ sơ và trả kết quả"


def test_the_body_a_title_sets_out_the_tasks_of() -> None:
    from qa_service.answer.extractors import _own_body

    document = "QUY ĐỊNH CỦA SỞ TƯ PHÁP\n\n1. Sở Tư pháp là cơ quan chuyên môn."
    own = _own_body("QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN CỦA SỞ TƯ PHÁP", document)
    assert own is not None and document[own[0] : own[1]] == "Sở Tư pháp"
    # procedures in a body's domain are not its tasks
    domain = "CÔNG BỐ THỦ TỤC HÀNH CHÍNH THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA SỞ TƯ PHÁP"
    assert _own_body(domain, document) is None
