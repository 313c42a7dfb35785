"""An article's title names what its body states ("Điều 1. Phạm vi điều chỉnh, đối tượng áp
dụng"): asked by the title's words, the body answers (its clauses' openings, or its first
sentence in prose), quoted verbatim; a task asked by "gì" of a body that "chủ trì" is no body
asked; "bao nhiêu người" counts the "cá nhân" a sentence writes. Documents written here,
indexed lexical-only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

_RULES = """**ỦY BAN NHÂN DÂN**
TỈNH LAM ĐIỀN

Số: 31/2025/QĐ-UBND

*Lam Điền, ngày 21 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ BẾN THỦY NỘI ĐỊA TRÊN ĐỊA BÀN TỈNH LAM ĐIỀN

**QUY CHẾ**

PHỐI HỢP QUẢN LÝ BẾN THỦY NỘI ĐỊA TRÊN ĐỊA BÀN TỈNH LAM ĐIỀN

**Điều 1.
Phạm vi điều chỉnh, đối tượng áp dụng**

1. Quy chế này quy định việc cấp phép hoạt động và kiểm tra an toàn các bến thủy nội địa
trên địa bàn tỉnh Lam Điền.

2. Quy chế này áp dụng đối với cơ quan, tổ chức, cá nhân khai thác bến thủy nội địa.

**Điều 2.
Nguyên tắc phối hợp**

1. Ủy ban nhân dân tỉnh cấp phép hoạt động không quá 12 bến thủy nội địa trong 01 năm.

2. Ủy ban nhân dân tỉnh Lam Điền xét, tặng danh hiệu “Chủ bến tiêu biểu” không quá 10 cá
nhân trong 01 năm.

**Điều 3. Nội
dung Công an tỉnh có trách nhiệm chủ trì**

Tuần tra, kiểm soát trật tự an toàn giao thông đường thủy tại các bến thủy nội địa trên địa
bàn tỉnh.

**Điều 4. Hiệu lực thi hành**

Quy chế này có hiệu lực kể từ ngày 01 tháng 12 năm 2025.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("article-title-body")
    opened = answerer_over(root, {"qd-31.md": _RULES}, lexical_only=True)
    yield opened
    opened.close()


def test_the_clauses_under_an_article_title_answer(answerer: Answerer) -> None:
    result = answerer.ask("Phạm vi điều chỉnh của QĐ 31/2025/QĐ-UBND tỉnh Lam Điền là gì?")
    assert result.found
    assert "cấp phép hoạt động và kiểm tra an toàn" in (result.answer or "")
    assert result.answer != "Phạm vi điều chỉnh, đối tượng áp dụng"
    assert any(s.quote.startswith("1. Quy chế này quy định") for s in result.sources)
    assert_quotes_verbatim(answerer, result)


def test_a_task_asked_by_gi_of_a_body_in_charge_is_no_body_asked() -> None:
    asked = "Công an tỉnh có nhiệm vụ chủ trì nội dung gì trong quản lý bến thủy?"
    assert route_question(asked).intent != "agency"
    assert route_question("cong an tinh chu tri noi dung gi").intent != "agency"
    # a body asked for the task stays a body asked
    assert route_question("Cơ quan nào chủ trì tuần tra bến thủy?").intent == "agency"
    assert route_question("Ai chủ trì việc kiểm tra an toàn bến thủy?").intent == "agency"


def test_the_prose_under_an_article_title_answers(answerer: Answerer) -> None:
    result = answerer.ask("Công an tỉnh Lam Điền chủ trì nội dung gì theo quy chế bến thủy?")
    assert result.found
    assert "Tuần tra, kiểm soát" in (result.answer or "")
    assert_quotes_verbatim(answerer, result)


def test_people_counted_as_individuals(answerer: Answerer) -> None:
    result = answerer.ask(
        "Mỗi năm tỉnh Lam Điền xét tặng danh hiệu Chủ bến tiêu biểu cho bao nhiêu người?"
    )
    assert result.found and "10 cá nhân" in (result.answer or "")
