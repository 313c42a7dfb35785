"""The body in the role the question asks for: the one given the asked task ("cơ quan nào chủ
trì ..."), the one after the question's word ("trực thuộc cơ quan nào"), never the body the
question itself names."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

DECISION = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 120/QĐ-UBND

Thử Nghiệm, ngày 18 tháng 11 năm 2025

QUYẾT ĐỊNH

Quy định chức năng, nhiệm vụ của Trung tâm Bảo tồn Di tích Cố đô

Điều 1. Vị trí và chức năng

1. Trung tâm Bảo tồn Di tích Cố đô (Trung tâm) là đơn vị sự nghiệp công lập thuộc Sở Văn \
hóa, Thể thao và Du lịch tỉnh Thử Nghiệm; chịu sự chỉ đạo của Bộ Văn hóa, Thể thao và Du lịch.

2. Trung tâm Bảo tồn Di tích Cố đô có tư cách pháp nhân, có con dấu và tài khoản riêng.

Điều 2. Tổ chức thực hiện

Giám đốc Sở Nội vụ và Giám đốc Trung tâm Bảo tồn Di tích Cố đô chịu trách nhiệm thi hành \
Quyết định này.
"""

PLAN = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 45/KH-UBND

Thử Nghiệm, ngày 12 tháng 3 năm 2025

KẾ HOẠCH

Truyền thông về giảm nghèo đa chiều năm 2025

Ủy ban nhân dân tỉnh Thử Nghiệm ban hành Kế hoạch truyền thông về giảm nghèo đa chiều năm \
2025 trên địa bàn tỉnh.

III. TỔ CHỨC THỰC HIỆN

1. Sở Nông nghiệp và Môi trường

- Chủ trì tham mưu, tổ chức triển khai thực hiện Kế hoạch này.

2. Sở Văn hóa, Thể thao và Du lịch

- Hướng dẫn các cơ quan báo chí tuyên truyền về giảm nghèo.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("roles")
    answerer = answerer_over(
        root,
        {"quyet-dinh-trung-tam.md": DECISION, "ke-hoach-giam-ngheo.md": PLAN},
        lexical_only=True,
    )
    yield answerer
    answerer.close()


@pytest.mark.parametrize(
    ("question", "body", "not_body"),
    [
        # the body after "thuộc", not the centre the question names
        ("Trung tâm Bảo tồn Di tích Cố đô hiện trực thuộc cơ quan nào?",
         "Sở Văn hóa, Thể thao và Du lịch", "Trung tâm Bảo tồn"),
        # the body whose task is the asked one, not the body that issues the plan
        ("Cơ quan nào chủ trì tham mưu triển khai kế hoạch truyền thông giảm nghèo đa chiều "
         "năm 2025?", "Sở Nông nghiệp và Môi trường", "ban hành"),
    ],
)  # fmt: skip
def test_the_body_in_the_asked_role(
    answerer: Answerer, question: str, body: str, not_body: str
) -> None:
    result = answerer.ask(question)
    assert result.found and result.answer is not None
    assert body in result.answer
    assert not_body not in result.answer
