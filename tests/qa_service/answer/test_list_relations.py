"""Lists of documents by the relation asked: "làm hết hiệu lực những văn bản nào" lists the
documents a lead-in sentence ("Các văn bản sau đây hết hiệu lực ...:") names once above its
items, or one whose own sentence says it lapses; "căn cứ những văn bản nào" keeps the grounds.
The documents are written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.relations import asked_relation, lead_in_relation, trailing_relation
from qa_service.routing import fold
from tests.qa_service.small_index import answerer_over

_DECREE = """CHÍNH PHỦ
Số: 412/2026/NĐ-CP
*Hà Nội, ngày 03 tháng 3 năm 2026*

**NGHỊ ĐỊNH**
**Quy định về quản lý kho lưu trữ số**

*Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;*

*Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;*

**Điều 1. Phạm vi điều chỉnh**

Nghị định này quy định việc quản lý kho lưu trữ số; việc số hóa tài liệu thực hiện theo
Nghị định số 55/2021/NĐ-CP ngày 10 tháng 5 năm 2021 của Chính phủ về số hóa tài liệu.

**Điều 9. Hiệu lực thi hành**

1. Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 5 năm 2026.

2. Các văn bản quy phạm pháp luật sau đây hết hiệu lực kể từ ngày Nghị định này có hiệu lực
thi hành:

a) Nghị định số 17/2012/NĐ-CP ngày 08 tháng 3 năm 2012 của Chính phủ quy định về kho lưu trữ
chuyên dụng;

b) Nghị định số 88/2019/NĐ-CP ngày 14 tháng 11 năm 2019 của Chính phủ sửa đổi, bổ sung một số
điều của Nghị định số 17/2012/NĐ-CP ngày 08 tháng 3 năm 2012.

3. Thông tư số 09/2016/TT-BNV ngày 22 tháng 9 năm 2016 của Bộ Nội vụ quy định về kho lưu trữ
tài liệu điện tử hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(tmp_path_factory.mktemp("lists"), {"nd-412.md": _DECREE})
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Nghị định 412/2026/NĐ-CP làm hết hiệu lực những văn bản nào?", ("replace", "object")),
        ("nd 412 bai bo nhung nghi dinh nao", ("replace", "object")),
        ("Những văn bản nào hết hiệu lực khi Nghị định 412 có hiệu lực?", ("replace", "object")),
        ("Nghị định 412 sửa đổi những văn bản nào?", ("amend", "object")),
        ("Nghị định 412 căn cứ những văn bản nào?", None),
    ],
)
def test_a_list_question_asks_by_its_verb(question: str, expected: object) -> None:
    assert asked_relation(fold(question)) == expected


def test_a_lead_in_and_a_trailing_predicate_say_the_relation() -> None:
    lead = "Các văn bản sau đây hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành:"
    assert lead_in_relation(lead) == ("replace", "object")
    assert lead_in_relation("Bãi bỏ các quyết định sau:") == ("replace", "object")
    assert lead_in_relation("Căn cứ các văn bản sau:") is None
    assert trailing_relation(" của Bộ Nội vụ hết hiệu lực kể từ ngày ký") == ("replace", "object")
    assert trailing_relation(" của Bộ Nội vụ làm hết hiệu lực Quyết định") is None


def test_lapsed_documents_are_listed_by_their_lead_in(answerer: Answerer) -> None:
    result = answerer.ask("Nghị định 412/2026/NĐ-CP làm hết hiệu lực những văn bản nào?")
    assert result.found
    listed = result.answer.split("; ")
    assert {"17/2012/NĐ-CP", "88/2019/NĐ-CP", "09/2016/TT-BNV"} <= set(listed)
    # the grounds and the decree it only applies are no part of what lapses
    assert "30/2020/NĐ-CP" not in listed and "55/2021/NĐ-CP" not in listed


def test_grounds_are_still_listed_when_asked(answerer: Answerer) -> None:
    result = answerer.ask("Nghị định 412/2026/NĐ-CP căn cứ những văn bản nào?")
    assert result.found and "30/2020/NĐ-CP" in result.answer
    assert "17/2012/NĐ-CP" not in result.answer
