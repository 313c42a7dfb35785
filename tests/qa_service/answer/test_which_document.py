"""Which document a question asks for: the one the described document is (its own act: "công
bố ... tại quyết định nào"), one it cites (where something is written: "được nêu tại tờ trình
số mấy"), or one that cites a named document. The documents are written here, never seen in
tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

# a provincial decision publishing internal procedures, on the grounds of a ministry's decision
# that published the same kind of procedures, proposed by a department's submission
_PUBLISHING = """|
**ỦY BAN NHÂN DÂN**
**TỈNH HÒA LÂM**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 3120/QĐ-UBND
|
*Hòa Lâm, ngày 18 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
Về việc công bố thủ tục hành chính nội bộ được ban hành mới trong lĩnh vực công tác thủy lợi
nội đồng thuộc phạm vi chức năng của ngành Nông nghiệp tỉnh Hòa Lâm
**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA LÂM**
Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;
Căn cứ Quyết định số 911/QĐ-BNNTL ngày 07 tháng 11 năm 2025 của Bộ Nông nghiệp về việc công
bố thủ tục hành chính nội bộ lĩnh vực công tác thủy lợi nội đồng thuộc phạm vi chức năng quản
lý của Bộ Nông nghiệp;
Theo đề nghị của Giám đốc Sở Nông nghiệp tại Tờ trình số 207/TTr-SNN ngày 11 tháng 11 năm
2025.
**QUYẾT ĐỊNH:**
Điều 1. Công bố kèm theo Quyết định này 03 thủ tục hành chính nội bộ được ban hành mới trong
lĩnh vực công tác thủy lợi nội đồng thuộc phạm vi chức năng của ngành Nông nghiệp tỉnh Hòa Lâm.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
|
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**
**Lê Văn Thành**
"""

# a city decision issuing market rules, on the grounds of a decree
_MARKETS = """|
**ỦY BAN NHÂN DÂN**
**THÀNH PHỐ CỔ LÂM**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 57/2025/QĐ-UBND
|
*Cổ Lâm, ngày 21 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
Ban hành nội quy mẫu áp dụng cho các chợ đầu mối nông sản trên địa bàn thành phố Cổ Lâm
**ỦY BAN NHÂN DÂN THÀNH PHỐ CỔ LÂM**
Căn cứ Nghị định số 60/2024/NĐ-CP ngày 05/6/2024 của Chính phủ về phát triển và quản lý chợ;
**QUYẾT ĐỊNH:**
Điều 1. Ban hành kèm theo Quyết định này Nội quy mẫu áp dụng cho các chợ đầu mối nông sản trên
địa bàn thành phố Cổ Lâm.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 12 năm 2025.
|
**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
**Phan Minh Đức**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    documents = {"qd-3120.md": _PUBLISHING, "qd-57.md": _MARKETS}
    opened = answerer_over(tmp_path_factory.mktemp("which"), documents)
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "question",
    [
        "Hòa Lâm công bố TTHC nội bộ lĩnh vực công tác thủy lợi nội đồng tại quyết định nào?",
        "TTHC noi bo linh vuc cong tac thuy loi noi dong cua tinh Hoa Lam duoc cong bo tai"
        " quyet dinh so may?",
    ],
)
def test_an_act_at_a_document_is_the_document_itself(answerer: Answerer, question: str) -> None:
    # not the ministry's decision it cites, which published procedures of the same field
    result = answerer.ask(question)
    assert result.found and result.intent == "decision"
    assert result.answer is not None and "3120/QĐ-UBND" in result.answer


def test_what_is_written_at_a_document_is_in_one_it_cites(answerer: Answerer) -> None:
    result = answerer.ask(
        "Đề nghị công bố TTHC nội bộ thủy lợi nội đồng của Sở Nông nghiệp Hòa Lâm được nêu tại"
        " tờ trình số mấy?"
    )
    assert result.found and result.answer is not None
    assert "207/TTr-SNN" in result.answer


@pytest.mark.parametrize(
    "question",
    [
        "Cổ Lâm ban hành nội quy mẫu áp dụng cho các chợ đầu mối nông sản tại quyết định số mấy?",
        "Cổ Lâm ban hành nội quy mẫu cho các chợ đầu mối nông sản bằng văn bản số mấy?",
        "Số hiệu văn bản ban hành nội quy mẫu các chợ đầu mối nông sản của Cổ Lâm là gì?",
    ],
)
def test_issuing_at_a_document_is_the_document_itself(answerer: Answerer, question: str) -> None:
    result = answerer.ask(question)
    assert result.found and result.answer is not None and "57/2025/QĐ-UBND" in result.answer


@pytest.mark.parametrize(
    "question",
    [
        "Văn bản nào lấy Nghị định 60/2024/NĐ-CP làm căn cứ?",
        "Nghị định 60/2024/NĐ-CP được dẫn chiếu trong những văn bản nào?",
        "Văn bản nào viện dẫn NĐ 60/2024?",
    ],
)
def test_the_documents_citing_a_named_one(answerer: Answerer, question: str) -> None:
    result = answerer.ask(question)
    assert result.intent == "citing"
    assert result.found and result.answer is not None and "57/2025/QĐ-UBND" in result.answer
