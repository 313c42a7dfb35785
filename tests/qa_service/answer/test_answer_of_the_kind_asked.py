"""An answer of another kind than the question asks: a letter sent to tax offices or to an
association asked for the company it writes to ("công ty nào") answered with the bodies it
names; a decision asked for the duties of a department it never charges ("Sở KH&CN có trách
nhiệm gì") answered with the closing clause of others' duties; a field asked ("thuộc lĩnh vực
nào") answered with the words of its head that name none ("lĩnh vực thuộc phạm vi quản lý");
the file of a procedure asked ("hồ sơ thủ tục X được nộp theo cách thức gì") answered from the
row of another procedure. Each got such an answer before. The documents are written here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.gazetteer import plain
from qa_service.answer.question import analyse
from qa_service.answer.typed_entity import entity_of_kind
from qa_service.answer.value_kind import (
    asked_element_unsaid,
)
from qa_service.answer.verify import (
    asked_procedure_pairs,
)
from qa_service.routing import fold, route_question
from tests.qa_service.small_index import answerer_over

_OFFICES_LETTER = """|
BỘ TÀI CHÍNH
**CỤC THUẾ**
|
Số: 5711/CT-CS
*V/v chính sách thuế GTGT*
|
*Hà Nội, ngày 25 tháng 11 năm 2025*
|
**Kính gửi:**
|
- Thuế tỉnh Bình Sơn;
- Thuế tỉnh Lam Điền.
|
Cục Thuế nhận được công văn số 5581/BSN-QLDN1 ngày 14/10/2025 của Thuế tỉnh Bình Sơn và \
công văn số 2249/LDN-NVDTPC ngày 31/10/2025 của Thuế tỉnh Lam Điền về chính sách thuế GTGT. \
Về vấn đề này, Cục Thuế có ý kiến như sau:

Đối với thanh toán trả chậm hàng hóa có giá trị từ 05 triệu đồng trở lên, cơ sở kinh doanh \
không có chứng từ thanh toán không dùng tiền mặt thì phải kê khai điều chỉnh giảm số thuế GTGT \
đầu vào được khấu trừ.

Cục Thuế có ý kiến để Thuế tỉnh Bình Sơn và Thuế tỉnh Lam Điền được biết./.
|
**TL. CỤC TRƯỞNG**
Phạm Thị Minh Hòa
"""

_ASSOCIATION_LETTER = """|
BỘ TÀI CHÍNH
**CỤC THUẾ**
|
Số: 5712/CT-CS
*V/v chính sách thuế*
|
*Hà Nội, ngày 19 tháng 11 năm 2025*
|
**Kính gửi:** Hiệp hội Thủy sản Lam Điền.

Cục Thuế nhận được Báo cáo số 157/BC-HĐTV ngày 27/10/2025 của Hội đồng tư vấn cải cách thủ \
tục hành chính, tại Phụ lục gửi kèm có nội dung kiến nghị của Hiệp hội Thủy sản Lam Điền về \
chính sách thuế như sau: hướng dẫn tách bạch dòng tiền kinh doanh trên tài khoản cá nhân.

Cục Thuế có ý kiến để Hiệp hội Thủy sản Lam Điền được biết./.
|
**TL. CỤC TRƯỞNG**
Phạm Thị Minh Hòa
"""

_DECISION = """**ỦY BAN NHÂN DÂN**
**TỈNH LAM ĐIỀN**

Số: 3571/QĐ-UBND

*Lam Điền, ngày 21 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH THUỘC PHẠM VI QUẢN LÝ CỦA SỞ TÀI CHÍNH

*Căn cứ Quyết định số 4347/QĐ-BTC ngày 14 tháng 11 năm 2025 của Bộ trưởng Bộ Tài chính về \
việc công bố thủ tục hành chính mới ban hành trong một số lĩnh vực thuộc phạm vi chức năng \
quản lý của Bộ Tài chính.*

**QUYẾT ĐỊNH:**

**Điều 1.** Công bố kèm theo Quyết định này danh mục 02 thủ tục hành chính mới ban hành \
thuộc phạm vi chức năng quản lý của Sở Tài chính.

**Điều 2.** Sở Tài chính có trách nhiệm niêm yết, công khai và triển khai thực hiện giải \
quyết thủ tục hành chính trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.

**Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính, Thủ trưởng các đơn \
vị liên quan chịu trách nhiệm thi hành Quyết định này./.

**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**
**Nguyễn Văn Điền**
"""


_PROCEDURES = """**ỦY BAN NHÂN DÂN**
**TỈNH LAM ĐIỀN**

Số: 3572/QĐ-UBND

*Lam Điền, ngày 21 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH TRONG LĨNH VỰC BÁO CHÍ, XUẤT BẢN

**Điều 1.** Công bố kèm theo Quyết định này danh mục 02 thủ tục hành chính mới ban hành.

**DANH MỤC**
|
**STT**
|
**Tên TTHC**
|
**Thời hạn giải quyết**
|
**Địa điểm thực hiện**
|
**Phí, lệ phí**
|
|
1
|
Thủ tục cấp giấy chứng nhận lưu hành tự do (CFS) đối với hàng hóa xuất khẩu trong lĩnh vực \
báo chí, xuất bản
|
03 ngày làm việc kể từ khi nhận được hồ sơ đầy đủ.
|
- Nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh.
|
Không quy định
|
|
2
|
Thủ tục cấp lại giấy chứng nhận lưu hành tự do (CFS) đối với hàng hóa xuất khẩu trong lĩnh \
vực báo chí, xuất bản
|
03 ngày làm việc kể từ khi nhận được hồ sơ đầy đủ.
|
- Nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh.
|
Không quy định
|
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("kind-asked")
    opened = answerer_over(
        root,
        {
            "cv-5711.md": _OFFICES_LETTER,
            "cv-5712.md": _ASSOCIATION_LETTER,
            "qd-3571.md": _DECISION,
            "qd-3572.md": _PROCEDURES,
        },
        lexical_only=True,
    )
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "question",
    [
        # sent to two tax offices: no company
        "Cong van 5711/CT-CS de nghi ra soat viec ke khai, nop thue GTGT cua nhung cong ty nao?",
        # sent to an association: no company
        "Cục Thuế gửi công văn 5712/CT-CS về chính sách thuế cho công ty nào?",
        # the decision charges the Sở Tài chính, never the Sở KH&CN
        "Sở KH&CN Lam Điền có trách nhiệm gì theo QĐ 3571/QĐ-UBND?",
        "Sở Y tế có trách nhiệm gì theo QĐ 3571/QĐ-UBND của Lam Điền?",
        "Theo QĐ 3571/QĐ-UBND, Sở Nội vụ có trách nhiệm gì?",
        # the decision lists two other procedures' rows
        "QĐ 3572/QĐ-UBND của Lam Điền: hồ sơ thủ tục cấp Giấy chứng nhận văn phòng đại diện, chi"
        " nhánh của tổ chức khoa học và công nghệ được nộp theo cách thức gì?",
    ],
)
def test_an_answer_of_another_kind_is_no_answer(answerer: Answerer, question: str) -> None:
    result = answerer.ask(question)
    assert not result.found, (question, result.answer)


def test_the_duties_of_the_body_charged_still_answer(answerer: Answerer) -> None:
    # (a clause naming the body answers; which of its clauses is another matter)
    result = answerer.ask("Sở Tài chính Lam Điền có trách nhiệm gì theo QĐ 3571/QĐ-UBND?")
    assert result.found and "Sở Tài chính" in (result.answer or "")


@pytest.mark.parametrize(
    ("answer", "unsaid"),
    [
        ("Cục Thuế nhận được công văn số 5581/BSN-QLDN1 của Thuế tỉnh Bình Sơn", True),
        ("kiến nghị của Hiệp hội Ngân hàng Việt Nam về chính sách thuế", True),
        ("của Chi cục Thuế khu vực XII. Về vấn đề này, Thủ tướng Chính phủ", True),
        ("Công ty TNHH ORCHID VINA và Công ty TNHH Sao Mai Electronics", False),
        ("Tập đoàn Bưu chính Viễn thông Việt Nam", False),
        ("đề nghị VNPT phối hợp", False),
        ("Ngân hàng TMCP Lam Điền", False),
    ],
)
def test_a_company_asked_needs_a_company_named(
    answerer: Answerer, answer: str, unsaid: bool
) -> None:
    q = analyse(answerer.corpus, route_question("Cục Thuế gửi công văn cho công ty nào?"), None)
    assert (asked_element_unsaid(q, answer) is not None) is unsaid


def test_a_head_followed_by_what_is_said_of_it_names_no_field(answerer: Answerer) -> None:
    q = analyse(
        answerer.corpus,
        route_question("Quyết định 3571/QĐ-UBND công bố thủ tục hành chính thuộc lĩnh vực nào?"),
        None,
    )
    corpus = answerer.corpus
    grounds = next(
        corpus.units[i]
        for ids in corpus.doc_units.values()
        for i in ids
        if "một số lĩnh vực thuộc phạm vi" in corpus.units[i].text
    )
    assert entity_of_kind(q, grounds, iter(())) is None


def test_the_file_of_a_procedure_names_the_procedure_whose_fact_is_asked() -> None:
    question = "hồ sơ thủ tục cấp giấy phép xuất bản bản tin được nộp theo cách thức gì?"
    pairs = asked_procedure_pairs(plain(fold(question)))
    assert "giay phep" in pairs and "xuat ban" in pairs
