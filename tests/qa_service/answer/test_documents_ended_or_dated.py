"""Questions answered by a document (its number, its date): a kind code and a number without
the symbol ("nđ 45/2025") telling a decree from a province's decision of the same number; the
document asked as the one a relation is done to ("quyết định cũ nào ... bị bãi bỏ", "(QĐ số
mấy) hết hiệu lực", "nghị định gốc nào"), listed under a lead-in that says the act or opening a
sentence whose closing predicate says it; the end of a document's force, which its entry into
force does not answer; a resolution's day of passing read from its closing sentence (its date
line unread, the source's marks inside the date); a ground asked with what it guides; a law
named by its year, numbered by the symbol a directive cites it with ("CT 21/CT-TTg": the code
before the number no word of the evidence); a ground naming the act asked, passed over for the
sentence of the document that does it. Documents written here, indexed lexical-only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.question import done_to_by_another
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

_DECREE = """**CHÍNH PHỦ**

Số: 45/2025/NĐ-CP

*Hà Nội, ngày 03 tháng 3 năm 2025*

**NGHỊ ĐỊNH**

QUY ĐỊNH VỀ QUẢN LÝ KHO LƯU TRỮ CHUYÊN DỤNG

*Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;*

**Điều 1. Phạm vi điều chỉnh**

Nghị định này quy định về quản lý kho lưu trữ chuyên dụng.

**Điều 2. Hiệu lực thi hành**

1. Nghị định này có hiệu lực thi hành từ ngày 15 tháng 4 năm 2025.

2. Nghị định số 17/2012/NĐ-CP ngày 10 tháng 3 năm 2012 của Chính phủ về kho lưu trữ \
chuyên dụng và Nghị định số 08/2018/NĐ-CP ngày 05 tháng 01 năm 2018 của Chính phủ sửa đổi, \
bổ sung một số điều của Nghị định số 17/2012/NĐ-CP ngày 10 tháng 3 năm 2012 về kho lưu trữ \
chuyên dụng hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.
"""

_DECISION = """**ỦY BAN NHÂN DÂN**
TỈNH LAM ĐIỀN

Số: 45/2025/QĐ-UBND

*Lam Điền, ngày 20 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

BAN HÀNH QUY CHẾ QUẢN LÝ CHỢ ĐÊM TỈNH LAM ĐIỀN

**Điều 1.** Ban hành kèm theo Quyết định này Quy chế quản lý chợ đêm tỉnh Lam Điền.

**Điều 2. Hiệu lực thi hành**

1. Quyết định này có hiệu lực thi hành từ ngày 01 tháng 12 năm 2025.

2. Các Quyết định sau đây hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành:

a) Quyết định số 12/2020/QĐ-UBND ngày 14 tháng 5 năm 2020 của Ủy ban nhân dân tỉnh \
Lam Điền ban hành Quy chế quản lý chợ đêm;

b) Quyết định số 30/2021/QĐ-UBND ngày 02 tháng 8 năm 2021 của Ủy ban nhân dân tỉnh \
Lam Điền về phí vệ sinh môi trường.
"""

_RESOLUTION = """**ỦY BAN THƯỜNG VỤ QUỐC HỘI**

Số: 1702/NQ-UBTVQH15

**NGHỊ QUYẾT**

VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH LAM ĐIỀN NĂM 2025

Trên cơ sở Đề án số 512/ĐA-CP ngày 12 tháng 5 năm 2025 của Chính phủ về sắp xếp đơn vị \
hành chính cấp xã của tỉnh Lam Điền năm 2025, Ủy ban Thường vụ Quốc hội quyết định sắp xếp \
các đơn vị hành chính cấp xã của tỉnh Lam Điền.

**Điều 1.** Sắp xếp các đơn vị hành chính cấp xã của tỉnh Lam Điền.

Nghị quyết này được Ủy ban Thường vụ Quốc hội khóa XVthông qua ngày 18 tháng** 6** năm 2025.
"""

_GROUNDS = """**TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH LAM ĐIỀN**

Số: 2210/QĐ-TTPVHCC

*Lam Điền, ngày 05 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC ĐO LƯỜNG

*Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành \
chính;*

*Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Văn phòng Chính phủ hướng dẫn về \
nghiệp vụ kiểm soát thủ tục hành chính;*

**Điều 1.** Công bố kèm theo Quyết định này danh mục thủ tục hành chính lĩnh vực đo lường.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("documents-ended")
    opened = answerer_over(
        root,
        {
            "nd-45.md": _DECREE,
            "qd-45.md": _DECISION,
            "nq-1702.md": _RESOLUTION,
            "qd-2210.md": _GROUNDS,
        },
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_a_kind_code_before_a_short_number_names_the_decree(answerer: Answerer) -> None:
    result = answerer.ask("nd 45/2025 co hieu luc tu ngay nao")
    assert result.found
    assert "15 tháng 4 năm 2025" in (result.answer or "")
    assert_quotes_verbatim(answerer, result)


def test_the_item_of_a_list_whose_lead_in_ends_their_force(answerer: Answerer) -> None:
    result = answerer.ask(
        "QĐ 45/2025/QĐ-UBND Lam Điền ban hành quy chế chợ đêm mới thì quy chế cũ năm 2020 "
        "(QĐ số mấy) hết hiệu lực?"
    )
    assert result.found
    assert "12/2020/QĐ-UBND" in (result.answer or "")
    assert_quotes_verbatim(answerer, result)


def test_the_original_decree_of_a_sentence_ending_their_force(answerer: Answerer) -> None:
    result = answerer.ask("NĐ 45/2025 làm hết hiệu lực nghị định gốc nào về kho lưu trữ?")
    assert result.found
    assert "17/2012/NĐ-CP" in (result.answer or "")
    assert "08/2018" not in (result.answer or "")


def test_the_amending_decree_of_that_sentence_ends_too(answerer: Answerer) -> None:
    result = answerer.ask(
        "NĐ 45/2025/NĐ-CP làm hết hiệu lực nghị định nào sửa đổi Nghị định 17/2012?"
    )
    assert result.found
    assert "08/2018/NĐ-CP" in (result.answer or "")


def test_the_end_of_force_is_not_its_start(answerer: Answerer) -> None:
    result = answerer.ask("Nghị định 45/2025/NĐ-CP về kho lưu trữ hết hiệu lực vào ngày nào?")
    assert not result.found


def test_a_resolution_is_dated_by_its_passing_not_by_a_scheme_it_cites(
    answerer: Answerer,
) -> None:
    result = answerer.ask(
        "Nghị quyết 1702 về sắp xếp ĐVHC cấp xã tỉnh Lam Điền được UBTVQH thông qua ngày nào?"
    )
    assert result.found
    assert "18 tháng 6 năm 2025" in (result.answer or "").replace("**", "")
    assert "512" not in (result.answer or "")


def test_a_ground_asked_with_what_it_guides(answerer: Answerer) -> None:
    result = answerer.ask(
        "Quyết định 2210 của TTPVHCC Lam Điền căn cứ thông tư nào của Văn phòng Chính phủ "
        "hướng dẫn nghiệp vụ kiểm soát TTHC?"
    )
    assert result.found
    assert "02/2017/TT-VPCP" in (result.answer or "")


@pytest.mark.parametrize(
    "question",
    [
        "quyết định cũ nào của Chủ tịch UBND tỉnh bị bãi bỏ toàn bộ?",
        "quy chế cũ năm 2022 của UBND tỉnh (QĐ số mấy) hết hiệu lực?",
        "NĐ 30/2020 làm hết hiệu lực nghị định gốc nào về công tác văn thư?",
    ],
)
def test_the_document_a_relation_is_done_to_is_asked(question: str) -> None:
    assert route_question(question).intent == "decision"


def test_an_earlier_word_keeps_the_kind_asked() -> None:
    assert route_question("quyết định cũ nào bị bãi bỏ?").doc_types == ("quyet dinh",)


def test_a_bracketed_number_after_the_object_of_a_relation() -> None:
    folded = "qd bai bo quy dinh chuc nang nhiem vu so tu phap (qd 09/2022) co hieu luc tu ngay nao"
    assert done_to_by_another(folded, "09/2022")
    assert not done_to_by_another(
        "quyet dinh ban hanh quy che x (qd 12/2024) co hieu luc", "12/2024"
    )


_DIRECTIVE = """**THỦ TƯỚNG CHÍNH PHỦ**

Số: 21/CT-TTg

*Hà Nội, ngày 10 tháng 3 năm 2025*

**CHỈ THỊ**

Về việc tăng cường chấp hành quy định pháp luật về phí

Ngày 19/6/2023, kỳ họp thứ 5 Quốc hội khóa XV đã thông qua Luật Phí số 18/2023/QH15 và có \
hiệu lực thi hành từ ngày 01 tháng 7 năm 2024.

Thủ tướng Chính phủ yêu cầu các Bộ, ngành tiếp tục thực hiện nghiêm Luật Phí.
"""

_REPEAL = """**TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH LAM ĐIỀN**

Số: 3300/QĐ-TTPVHCC

*Lam Điền, ngày 21 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

VỀ VIỆC CÔNG BỐ LẠI THỦ TỤC CẤP BIỂN HIỆU PHƯƠNG TIỆN CHỞ KHÁCH DU LỊCH

*Căn cứ Quyết định số 900/QĐ-UBND ngày 06/01/2025 của UBND tỉnh về việc ủy quyền công bố \
thủ tục hành chính được sửa đổi, bổ sung, bãi bỏ thuộc thẩm quyền của Chủ tịch UBND tỉnh;*

**Điều 1.** Công bố kèm theo Quyết định này 03 thủ tục cấp biển hiệu phương tiện chở khách \
du lịch.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.

Quyết định này bãi bỏ toàn bộ Quyết định số 1200/QĐ-UBND ngày 27/4/2020 của Chủ tịch UBND \
tỉnh.
"""


@pytest.fixture(scope="module")
def cited_answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("documents-cited")
    opened = answerer_over(root, {"ct-21.md": _DIRECTIVE, "qd-3300.md": _REPEAL}, lexical_only=True)
    yield opened
    opened.close()


def test_a_law_named_by_its_year_is_numbered_by_its_symbol(cited_answerer: Answerer) -> None:
    result = cited_answerer.ask("Theo CT 21/CT-TTg, Luật Phí 2023 có số hiệu là gì?")
    assert result.found
    assert "18/2023/QH15" in (result.answer or "")


def test_a_ground_naming_the_act_is_not_what_the_document_repeals(
    cited_answerer: Answerer,
) -> None:
    result = cited_answerer.ask("QĐ 3300/QĐ-TTPVHCC của TTPVHCC Lam Điền bãi bỏ quyết định nào?")
    assert result.found
    assert "1200/QĐ-UBND" in (result.answer or "")
