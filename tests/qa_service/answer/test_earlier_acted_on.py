"""Which document a named one acts on: "văn bản nào được sửa đổi bởi QĐ X" asks for the earlier
document X amends, read from a sentence that cites X beside it or from X's own act — never the
document whose sentence names X (a text does not cite its own later amender), nor a
consolidated text (VBHN), which restates the acts of the decisions it joins. The documents are
written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

# a consolidated text: its own number is no decision acted on
_CONSOLIDATED = """|
**ỦY BAN NHÂN DÂN**
**TỈNH HÒA LÂM**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 07/VBHN-UBND
|
*Hòa Lâm, ngày 10 tháng 10 năm 2025*
|
**QUYẾT ĐỊNH**
Về việc ban hành Quy chế quản lý chợ đầu mối nông sản tỉnh Hòa Lâm

Quyết định số 12/2018/QĐ-UBND ngày 02 tháng 4 năm 2018 của Ủy ban nhân dân tỉnh Hòa Lâm \
ban hành Quy chế quản lý chợ đầu mối nông sản tỉnh Hòa Lâm, được sửa đổi, bổ sung bởi \
Quyết định số 30/2021/QĐ-UBND ngày 15 tháng 7 năm 2021 của Ủy ban nhân dân tỉnh Hòa Lâm.

*Căn cứ Quy chế quản lý chợ đầu mối nông sản tỉnh Hòa Lâm ban hành kèm theo Quyết định số \
12/2018/QĐ-UBND ngày 02 tháng 4 năm 2018, được sửa đổi, bổ sung tại Quyết định số \
30/2021/QĐ-UBND ngày 15 tháng 7 năm 2021;*

**Điều 1.** Ban hành kèm theo Quyết định này Quy chế quản lý chợ đầu mối nông sản tỉnh Hòa Lâm.

**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**
**Lê Văn Hòa**
"""

# a decision that repeals one and amends none; its grounds cite a law amended by another
_REPEALING = """|
**ỦY BAN NHÂN DÂN**
**TỈNH BÌNH SƠN**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 55/2025/QĐ-UBND
|
*Bình Sơn, ngày 20 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
Bãi bỏ Quyết định quy định giá dịch vụ trông giữ xe trên địa bàn tỉnh Bình Sơn
**ỦY BAN NHÂN DÂN TỈNH BÌNH SƠN**
*Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi \
Luật số 87/2025/QH15;*

**Điều 1.** Bãi bỏ toàn bộ Quyết định số 09/2019/QĐ-UBND ngày 04 tháng 3 năm 2019 của Ủy ban \
nhân dân tỉnh Bình Sơn quy định giá dịch vụ trông giữ xe trên địa bàn tỉnh Bình Sơn.

**Điều 2.** Quyết định này có hiệu lực thi hành từ ngày 01 tháng 12 năm 2025.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
**Trần Văn Sơn**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("earlier_acted_on"),
        {"vbhn-07.md": _CONSOLIDATED, "qd-55.md": _REPEALING},
        lexical_only=True,
    )
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "question",
    [
        "Văn bản nào được sửa đổi bởi QĐ 30/2021/QĐ-UBND?",
        "quyet dinh nao duoc sua doi, bo sung boi Quyet dinh 30/2021/QD-UBND",
    ],
)
def test_the_document_amended_is_the_one_cited_beside_its_amender(
    answerer: Answerer, question: str
) -> None:
    result = answerer.ask(question)
    assert "VBHN" not in (result.answer or ""), question
    # found or not (the consolidated text is the only one citing it), never another document
    assert not result.found or "12/2018" in (result.answer or "")


def test_the_amender_asked_is_no_consolidated_text(answerer: Answerer) -> None:
    result = answerer.ask("QĐ 12/2018/QĐ-UBND được sửa đổi bởi văn bản nào?")
    assert "VBHN" not in (result.answer or "")


def test_a_document_that_amends_nothing_answers_nothing_amended(answerer: Answerer) -> None:
    # its grounds cite a law amended by another law: no act of the named decision
    result = answerer.ask("Văn bản nào được sửa đổi bởi QĐ 55/2025/QĐ-UBND của tỉnh Bình Sơn?")
    assert not result.found, result.answer


def test_a_law_its_grounds_cite_is_not_what_it_repeals(answerer: Answerer) -> None:
    # "Luật ... số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15" in its grounds
    result = answerer.ask("Văn bản nào bị bãi bỏ bởi QĐ 55/2025/QĐ-UBND?")
    assert not result.found or "09/2019" in (result.answer or ""), result.answer


@pytest.mark.parametrize(
    "question",
    [
        "Văn bản nào sửa đổi Quy chế quản lý chợ đầu mối nông sản tỉnh Hòa Lâm?",
        "Quy chế quản lý chợ đầu mối nông sản tỉnh Hòa Lâm ban hành kèm theo quyết định nào?",
    ],
)
def test_a_consolidated_text_issues_and_amends_nothing(answerer: Answerer, question: str) -> None:
    result = answerer.ask(question)
    assert "VBHN" not in (result.answer or ""), question


def test_a_consolidated_text_answers_when_asked_for(answerer: Answerer) -> None:
    result = answerer.ask(
        "Quy chế quản lý chợ đầu mối nông sản tỉnh Hòa Lâm được hợp nhất tại văn bản số mấy?"
    )
    assert "07/VBHN-UBND" in (result.answer or "")
