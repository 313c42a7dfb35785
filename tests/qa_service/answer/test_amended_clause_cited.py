"""A letter that cites a clause of one document "(được sửa đổi, bổ sung tại khoản ... Nghị định
số ...)": the amending document is the one the sentence names next, not the letter. The letter
is written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.relations import (
    done_by_next_cited,
    mention_relations,
    without_acts_of_others,
)
from qa_service.routing import fold
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim


@pytest.mark.parametrize(
    ("before", "relation"),
    [
        # the preposition before the parts of the document that acts
        ("giám sát hải quan (được sửa đổi, bổ sung tại khoản 27 Điều 1 ", ("amend", "agent")),
        ("Quy chế X (sửa đổi, bổ sung tại khoản 2 Điều 1 ", ("amend", "agent")),
        ("được bãi bỏ bởi điểm a khoản 2 Điều 1 ", ("replace", "agent")),
        # no passive, no bracket: the heading of an amendment of that decision's clause
        ("Sửa đổi, bổ sung tại khoản 2 Điều 1 ", None),
    ],
)
def test_a_passive_relation_said_through_the_parts_of_the_acting_document(
    before: str, relation: tuple[str, str] | None
) -> None:
    assert mention_relations(before, "")[:1] == ((relation,) if relation else ())


def test_what_the_sentence_goes_on_to_say_of_a_citation() -> None:
    assert done_by_next_cited(" (được sửa đổi, bổ sung tại khoản 27 Điều 1 Nghị định số") == (
        "amend"
    )
    assert done_by_next_cited(" được thay thế bởi ") == "replace"
    # the text itself amends it, or says nothing of an act
    assert done_by_next_cited(" được sửa đổi, bổ sung như sau:") is None
    assert done_by_next_cited(" quy định chi tiết thi hành Luật Hải quan") is None


def test_clauses_of_acts_by_other_documents_are_read_out() -> None:
    text = fold(
        "Nghị định số 08/2015/NĐ-CP (được sửa đổi, bổ sung tại khoản 27 Điều 1 Nghị định số"
    )
    assert "sua doi" not in without_acts_of_others(text)
    own = fold("Quy chế X được sửa đổi, bổ sung bởi Quyết định này")
    assert "sua doi" in without_acts_of_others(own)


_LETTER = """|
**BỘ TÀI CHÍNH**
**CỤC HẢI QUAN**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**
|
Số: 41277/CHQ-GSQL
V/v thủ tục đối với container rỗng
|
*Hà Nội, ngày 09 tháng 12 năm 2025*
|

**Kính gửi:** Công ty TNHH Vận tải Biển Đông Phong.

Trả lời công văn số 15/2025/CV-ĐP của Công ty TNHH Vận tải Biển Đông Phong về thủ tục đối với
container rỗng, Cục Hải quan có ý kiến như sau:

1. Container rỗng tạm nhập, tái xuất theo phương thức quay vòng được quy định tại khoản 2 Điều
51 Nghị định số 08/2015/NĐ-CP ngày 21/01/2015 của Chính phủ quy định chi tiết và biện pháp thi
hành Luật Hải quan (được sửa đổi, bổ sung tại khoản 29 Điều 1 Nghị định số 167/2025/NĐ-CP ngày
30/6/2025).

2. Hồ sơ đối với container rỗng thực hiện theo Điều 16 Thông tư số 38/2015/TT-BTC ngày 25/3/2015
của Bộ Tài chính.

Đề nghị Công ty căn cứ các quy định nêu trên để thực hiện./.
|
**KT. CỤC TRƯỞNG**
**PHÓ CỤC TRƯỞNG**

**Lê Minh Đức**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("amended-clause-cited"),
        {"cv-41277.md": _LETTER},
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_the_amending_decree_the_letter_cites_not_the_letter(answerer: Answerer) -> None:
    result = answerer.ask(
        "Container rỗng tạm nhập, tái xuất quy định tại khoản 2 Điều 51 Nghị định 08/2015 được"
        " sửa đổi bởi nghị định nào?"
    )
    assert result.found and result.answer is not None
    assert "167/2025/NĐ-CP" in result.answer
    assert "41277" not in result.answer
    assert_quotes_verbatim(answerer, result)
