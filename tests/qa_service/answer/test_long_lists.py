"""A list answer longer than ``top_k``: seven district plans carry out one decision of the
province; "which documents carry it out" names all seven, and each is quoted by its number
line, the sources going past ``top_k``. The documents are written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.document_answers import _listing
from qa_service.answer.windows import MAX_ANSWER_CHARS
from tests.qa_service.small_index import answerer_over

_PLAN = """**ỦY BAN NHÂN DÂN**
**HUYỆN {district}**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: {number}/KH-UBND
|
*{district}, ngày {day} tháng 10 năm 2025*
|
**KẾ HOẠCH**
**Trồng cây phân tán trên địa bàn huyện năm 2026**
Căn cứ Quyết định số 4417/QĐ-UBND ngày 02/9/2025 của UBND tỉnh Hòa Lâm phê duyệt Đề án
trồng cây phân tán giai đoạn 2025-2030;
Ủy ban nhân dân huyện ban hành Kế hoạch trồng {trees} cây phân tán năm 2026.
|
**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
**Nguyễn Văn {signer}**
"""

_DISTRICTS = ["Đông Sơn", "Tây Sơn", "Nam Sơn", "Bắc Sơn", "Trung Sơn", "Vĩnh Sơn", "Phú Sơn"]


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("long-lists")
    documents = {
        f"kh-{i}.md": _PLAN.format(
            district=name, number=f"{301 + i}", day=f"{10 + i:02d}", trees=f"{1200 + 100 * i}",
            signer=chr(ord("A") + i),
        )
        for i, name in enumerate(_DISTRICTS)
    }  # fmt: skip
    answerer = answerer_over(Path(root), documents, lexical_only=True)
    yield answerer
    answerer.close()


def test_every_citing_document_is_named_and_quoted_past_top_k(answerer: Answerer) -> None:
    result = answerer.ask("Những kế hoạch nào triển khai Quyết định 4417/QĐ-UBND?", top_k=5)
    assert result.intent == "citing"
    assert result.found and result.answer
    numbers = [f"{301 + i}/KH-UBND" for i in range(len(_DISTRICTS))]
    assert all(n in result.answer for n in numbers)
    assert len(result.sources) > 5
    for n in numbers:
        assert any(n in s.quote for s in result.sources), n


def test_a_short_list_keeps_top_k(answerer: Answerer) -> None:
    result = answerer.ask("Những kế hoạch nào triển khai Quyết định 4417/QĐ-UBND?", top_k=20)
    assert len(result.sources) <= 20


def test_a_list_too_long_with_its_kinds_is_written_by_numbers() -> None:
    numbers = [f"{3000 + i}/QĐ-UBND" for i in range(9)]
    names = [f"quyết định {n}" for n in numbers]
    assert _listing(names[:3], numbers[:3]) == names[:3]
    listed = _listing(names, numbers)
    assert listed == numbers  # 9 with their kind pass 200 characters, 9 numbers do not
    assert len("; ".join(listed)) <= MAX_ANSWER_CHARS
