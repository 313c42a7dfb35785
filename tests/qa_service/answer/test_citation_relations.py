"""Which of the documents a sentence cites does what the question asks: the verb attached to
each citation ("ban hành kèm theo", "được sửa đổi, bổ sung bởi", "thay thế", "hướng dẫn thi
hành") weighed against the question's. The documents are written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.relations import asked_relation, mention_relations, relation_fit
from qa_service.routing import fold
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim


@pytest.mark.parametrize(
    ("question", "relation"),
    [
        ("Quy chế X ban hành kèm theo quyết định nào?", ("issue", "agent")),
        ("Quyết định nào ban hành Quy chế X?", ("issue", "agent")),
        ("Thông tư 21/2023/TT-BTC được sửa đổi, bổ sung bởi thông tư nào?", ("amend", "agent")),
        ("Nghị định nào sửa đổi, bổ sung Nghị định 54/2019/NĐ-CP?", ("amend", "agent")),
        # the document asked for is the one acted on
        ("Văn bản nào được sửa đổi bởi Thông tư 12/2024/TT-BTC?", ("amend", "object")),
        ("Quyết định nào bị thay thế bởi Quyết định 98/2025/QĐ-UBND?", ("replace", "object")),
        ("Quyết định nào được ban hành để thực hiện Nghị quyết 5?", ("issue", "agent")),
        ("Nghị định 82/2023/NĐ-CP sửa đổi một số điều của nghị định nào?", ("amend", "object")),
        ("Quyết định 98/2025/QĐ-UBND thay thế quyết định nào?", ("replace", "object")),
        ("Thông tư 03/2025/TT-VPCP hướng dẫn thi hành nghị định nào?", ("guide", "object")),
        ("Kế hoạch 12/KH-UBND triển khai thực hiện quyết định nào?", ("implement", "agent")),
        # "do X ban hành" says who issued the documents acted on, not the act asked
        (
            "UBND tỉnh bãi bỏ các văn bản lĩnh vực xây dựng do UBND tỉnh Quảng Bình (cũ) ban hành"
            " tại quyết định số mấy?",
            ("replace", "agent"),
        ),
        ("Quy chế X do UBND tỉnh ban hành tại quyết định số mấy?", ("issue", "agent")),
        ("Căn cứ quyết định nào?", None),  # no verb: today's choice stands
        ("Quyết định 12/QĐ-UBND do ai ký?", None),
    ],
)
def test_the_relation_a_question_asks_by(question: str, relation: tuple[str, str] | None) -> None:
    assert asked_relation(fold(question)) == relation


@pytest.mark.parametrize(
    ("before", "subject", "relation"),
    [
        (
            "sửa đổi một số điều của Quy chế X ban hành kèm theo ",
            ", có hiệu lực",
            ("issue", "agent"),
        ),
        ("Quy chế X, được sửa đổi, bổ sung tại ", "", ("amend", "agent")),
        ("1. ", " của Thủ tướng Chính phủ sửa đổi, bổ sung một số điều", ("amend", "agent")),
        ("Căn cứ ", " về việc ban hành Kế hoạch thực hiện", ("issue", "agent")),
        ("Quyết định này có hiệu lực từ ngày ký và thay thế ", "", ("replace", "object")),
        # the verb next to the document, not an earlier one it is joined to
        ("có hiệu lực kể từ ngày ký ban hành và thay thế ", "", ("replace", "object")),
        ("hướng dẫn thi hành một số nội dung của ", "", ("guide", "object")),
        ("Căn cứ ", " về quản lý cảng biển", None),
    ],
)
def test_the_relation_a_sentence_attaches_to_a_citation(
    before: str, subject: str, relation: tuple[str, str] | None
) -> None:
    assert mention_relations(before, subject)[:1] == ((relation,) if relation else ())


def test_a_citation_carried_out_by_the_text_and_issuing_its_subject_stands_in_both() -> None:
    before = "Tiếp tục triển khai thực hiện các nội dung theo "
    subject = " về việc ban hành kế hoạch Cải cách hành chính huyện năm 2023"
    said = mention_relations(before, subject)
    assert said == (("implement", "agent"), ("issue", "agent"))
    assert relation_fit(("issue", "agent"), said) > 0


def test_a_relation_moves_quality_only_when_both_sides_name_one() -> None:
    assert relation_fit(None, (("amend", "agent"),)) == 0.0
    assert relation_fit(("issue", "agent"), ()) == 0.0
    assert relation_fit(("issue", "agent"), (("issue", "agent"),)) > 0
    assert relation_fit(("issue", "agent"), (("amend", "agent"),)) < 0
    assert relation_fit(("amend", "object"), (("amend", "agent"),)) < 0  # amended, not amending


# a consolidated text: the issuing decision and the two that amend it, in one heading
_CONSOLIDATED = """|
**BỘ XÂY DỰNG**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 12/VBHN-BXD
|
*Hà Nội, ngày 10 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
VỀ VIỆC BAN HÀNH QUY CHẾ QUẢN LÝ BẾN THỦY NỘI ĐỊA HÒA LÂM

Quyết định số 41/2017/QĐ-TTg ngày 12 tháng 5 năm 2017 của Thủ tướng Chính phủ về việc ban hành
Quy chế quản lý bến thủy nội địa Hòa Lâm, có hiệu lực thi hành từ ngày 01 tháng 7 năm 2017, được
sửa đổi, bổ sung bởi:

1. Quyết định số 17/2021/QĐ-TTg ngày 05 tháng 4 năm 2021 của Thủ tướng Chính phủ sửa đổi, bổ sung
một số điều của Quy chế quản lý bến thủy nội địa Hòa Lâm ban hành kèm theo Quyết định số
41/2017/QĐ-TTg ngày 12 tháng 5 năm 2017 của Thủ tướng Chính phủ, có hiệu lực thi hành từ ngày
20 tháng 5 năm 2021;

2. Quyết định số 09/2025/QĐ-TTg ngày 02 tháng 3 năm 2025 của Thủ tướng Chính phủ sửa đổi, bổ sung
một số điều của Quy chế quản lý bến thủy nội địa Hòa Lâm ban hành kèm theo Quyết định số
41/2017/QĐ-TTg ngày 12 tháng 5 năm 2017, được sửa đổi, bổ sung tại Quyết định số 17/2021/QĐ-TTg
ngày 05 tháng 4 năm 2021 của Thủ tướng Chính phủ, có hiệu lực thi hành từ ngày 15 tháng 4 năm
2025.

*Căn cứ Luật Giao thông đường thủy nội địa ngày 15 tháng 6 năm 2004;*

Thủ tướng Chính phủ quyết định ban hành Quy chế quản lý bến thủy nội địa Hòa Lâm.

**Điều 1.** Ban hành kèm theo Quyết định này Quy chế quản lý bến thủy nội địa Hòa Lâm.

**Điều 2.** Quyết định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2017.
|
**BỘ TRƯỞNG**
**Trần Văn Bình**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("citation-relations"),
        {"vbhn-12.md": _CONSOLIDATED},
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_the_issuing_decision_not_the_amending_one(answerer: Answerer) -> None:
    result = answerer.ask(
        "Quy chế quản lý bến thủy nội địa Hòa Lâm ban hành kèm theo quyết định nào của Thủ tướng"
        " Chính phủ?"
    )
    assert result.found and result.answer is not None
    assert "41/2017/QĐ-TTg" in result.answer  # it issued the rules; 17/2021 amends them
    assert_quotes_verbatim(answerer, result)


def test_the_amending_decision_when_the_amendment_is_asked(answerer: Answerer) -> None:
    result = answerer.ask(
        "Quy chế quản lý bến thủy nội địa Hòa Lâm ban hành kèm theo Quyết định 41/2017/QĐ-TTg"
        " được sửa đổi, bổ sung bởi quyết định nào?"
    )
    assert result.found and result.answer is not None
    assert "17/2021/QĐ-TTg" in result.answer or "09/2025/QĐ-TTg" in result.answer
