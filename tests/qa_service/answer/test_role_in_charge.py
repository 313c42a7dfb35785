"""The body in charge of a task the question names by its role: the role read from its noun
("sở nào là đầu mối ..."); the closing article that gives a body the task on its own document
("Giao Sở X chủ trì ... triển khai thực hiện nội dung Quy chế này") found though it repeats none
of the document's subject."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from qa_service.answer.evidence import _gives_own_document, act_pairs
from qa_service.answer.extractors import asked_role
from qa_service.answer.question import analyse
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over


@pytest.mark.parametrize(
    ("question", "pair"),
    [
        ("Sở nào là đầu mối tham mưu UBND tỉnh thực hiện quy định?", ("dau", "moi")),
        # the role noun after the body's kind ("là cơ quan thường trực")
        ("cơ quan nào là cơ quan thường trực của Ban chỉ đạo?", ("thuong", "truc")),
        ("cơ quan nào là cơ quan chuyên môn giúp Ủy ban nhân dân tỉnh?", None),
    ],
)  # fmt: skip
def test_the_role_asked(tmp_path: Path, question: str, pair: tuple[str, str] | None) -> None:
    answerer = answerer_over(tmp_path, {"d.md": "Sở Tư pháp thẩm định hồ sơ.\n"}, lexical_only=True)
    role = asked_role(analyse(answerer.corpus, route_question(question), None))
    if pair is None:
        assert not role  # "là" before a body's kind and no role noun names no task
    else:
        assert pair in role


RULES = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM
Số: 27/2025/QĐ-UBND
Thử Nghiệm, ngày 02 tháng 12 năm 2025
QUYẾT ĐỊNH
Ban hành Quy chế phối hợp giữa Văn phòng đăng ký đất đai với Ủy ban nhân dân cấp xã, cơ quan \
thuế trên địa bàn tỉnh Thử Nghiệm
**Điều 5. Trách nhiệm của Văn phòng đăng ký đất đai**
1. Chủ trì, phối hợp với Ủy ban nhân dân cấp xã, cơ quan thuế triển khai việc đăng ký biến \
động đất đai trên địa bàn tỉnh.
**Điều 6. Trách nhiệm của Ủy ban nhân dân cấp xã**
1. Chủ trì triển khai việc phối hợp với Văn phòng đăng ký đất đai, cơ quan thuế trên địa bàn \
trong cập nhật biến động đất đai.
**Điều 7. Trách nhiệm của cơ quan thuế**
1. Phối hợp với Văn phòng đăng ký đất đai, Ủy ban nhân dân cấp xã xác định nghĩa vụ tài chính \
về đất đai trên địa bàn tỉnh.
**Điều 8. Tổ chức thực hiện**
1. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với cơ quan, đơn vị liên quan triển \
khai thực hiện nội dung Quy chế này.
2. Các nội dung khác thực hiện theo quy định của pháp luật hiện hành.
"""


def test_the_body_given_the_task_on_its_own_document(tmp_path: Path) -> None:
    answerer = answerer_over(tmp_path, {"rules.md": RULES}, lexical_only=True)
    result = answerer.ask(
        "Cơ quan nào được giao chủ trì triển khai Quy chế phối hợp giữa Văn phòng đăng ký đất "
        "đai với UBND cấp xã, cơ quan thuế trên địa bàn tỉnh Thử Nghiệm?"
    )
    assert result.found and result.answer is not None
    assert "Sở Nông nghiệp và Môi trường" in result.answer
    assert any("Quy chế này" in s.quote for s in result.sources[:5])


def test_a_role_after_a_plural_word_is_a_noun() -> None:
    assert ("to", "chuc") in act_pairs("so x to chuc trien khai quy che nay")
    assert ("to", "chuc") not in act_pairs("cac to chuc, ca nhan co lien quan")


@dataclass(frozen=True)
class _Folded:
    """A unit as the check reads it: its folded text alone."""

    folded: str


def test_the_closing_formula_gives_no_task_on_the_document() -> None:
    role = frozenset({("chu", "tri"), ("thi", "hanh"), ("to", "chuc")})
    task = "giao so nong nghiep chu tri trien khai thuc hien noi dung quy che nay"
    closing = "giam doc so, to chuc, ca nhan chiu trach nhiem thi hanh quyet dinh nay"
    assert _gives_own_document(_Folded(task), role)  # type: ignore[arg-type]
    assert not _gives_own_document(_Folded(closing), role)  # type: ignore[arg-type]
