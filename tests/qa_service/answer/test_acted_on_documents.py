"""Near misses of another act: a question asking which document amends or replaces one it names
is not answered from that document's own text (it cites only older ones). The documents are
written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

# a provincial decision replacing an older one, the only document of the collection
_REPLACING = """|
**ỦY BAN NHÂN DÂN**
**TỈNH HÒA LÂM**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 41/2025/QĐ-UBND
|
*Hòa Lâm, ngày 20 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
Ban hành Quy chế xét tặng danh hiệu công dân tiêu biểu tỉnh Hòa Lâm
**ỦY BAN NHÂN DÂN TỈNH HÒA LÂM**
*Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;*

**Điều 1.** Ban hành kèm theo Quyết định này Quy chế xét tặng danh hiệu công dân tiêu biểu \
tỉnh Hòa Lâm.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày 01 tháng 12 năm 2025, thay thế Quyết định \
số 17/2020/QĐ-UBND ngày 05 tháng 3 năm 2020 của Ủy ban nhân dân tỉnh Hòa Lâm về việc ban \
hành Quy chế xét tặng danh hiệu công dân tiêu biểu.

**Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
**Trần Văn Lâm**
"""

# another province's plan: BM25 weighs words by the documents that lack them
_PLAN = """**ỦY BAN NHÂN DÂN**
**TỈNH BÌNH SƠN**

Số: 88/KH-UBND

*Bình Sơn, ngày 12 tháng 11 năm 2025*

**KẾ HOẠCH**
Triển khai công tác chuyển đổi số năm 2026

**I. MỤC TIÊU**

Hoàn thành việc số hóa hồ sơ thủ tục hành chính của các sở, ngành trước ngày 30 tháng 6 năm \
2026.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
**Lê Văn Sơn**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("acted_on"),
        {"qd-41.md": _REPLACING, "kh-88.md": _PLAN},
        lexical_only=True,
    )
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "question",
    [
        "Văn bản nào thay thế Quyết định 41/2025/QĐ-UBND của UBND tỉnh Hòa Lâm?",
        "Quyết định 41/2025/QĐ-UBND của tỉnh Hòa Lâm được sửa đổi bởi văn bản nào?",
    ],
)
def test_no_document_amends_the_one_named_from_its_own_text(
    answerer: Answerer, question: str
) -> None:
    result = answerer.ask(question)
    assert not result.found  # 17/2020 is the one it replaces, not one replacing it


def test_the_document_replacing_an_older_one_is_still_found(answerer: Answerer) -> None:
    result = answerer.ask("Văn bản nào thay thế Quyết định 17/2020/QĐ-UBND của tỉnh Hòa Lâm?")
    assert result.found and result.answer is not None and "41/2025/QĐ-UBND" in result.answer
