"""A document's list of recipients ("Nơi nhận") asked of it: the whole list ("nơi nhận gồm
những ai", its mark wrapped inside bold marks), the copies besides the addressees ("đồng gửi",
"sao gửi"), those of the kind of body asked ("những bộ nào", "cơ quan nào của tỉnh"), what a
copy is sent for ("(để phối hợp)"), and a subject line with marks inside a word. The documents
are written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.document_answers import _listed
from qa_service.answer.own_document import addressee, recipients, title_span
from qa_service.routing import (
    ADDRESSEE_ASKED,
    COPIES_ASKED,
    COPY_PURPOSE_ASKED,
    RECIPIENTS_ASKED,
    asked_recipient_kind,
    fold,
)
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

# A letter: its addressee wrapped, its subject with marks inside a word, its list of
# recipients under a mark wrapped inside its marks, one item wrapped and one with its aside
_LETTER = """|
**V****Ă****N PHÒNG
BỘ THỬ NGHIỆM**
-------
|
Số: 8812/VPBTN-KT
*V/v
dự thảo Thông tư về việc nuôi **tr**ồng rong biển ven bờ*
|
*Hà Nội, ngày 14 tháng 11 năm 2025*
|
**Kính gửi:** Bộ trưởng
Bộ Thủy sản Thử nghiệm
Xét Tờ trình số 512/TTr-BTSTN ngày 03 tháng 11 năm 2025 của Bộ Thủy sản Thử nghiệm về dự
thảo Thông tư về việc nuôi trồng rong biển ven bờ, Thứ trưởng có ý kiến như sau: hoàn thiện
dự thảo, báo cáo trong tháng 12 năm 2025.
|
*Nơi
nhận:*
- Như trên;
- Thứ trưởng Lê Văn Thử (để b/c);
- Các Bộ: TC, NV, TP;
- Hội Nghề cá Thử nghiệm (để phối hợp);
- VPBTN: CVP, các Vụ,
Cục: TH, PL;
- Lưu: VT, KT (2).
|
**KT. BỘ TRƯỞNG**
THỨ TRƯỞNG
**Trần Văn Thử**
"""

# A decision: no "Kính gửi", its list opens with those the article names
_DECISION = """|
**ỦY BAN NHÂN DÂN**
TỈNH QUẢNG KIÊN
|
Số: 3310/QĐ-UBND
|
*Quảng Kiên, ngày 20 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC RONG BIỂN
**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH**
Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính lĩnh vực rong biển.
Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Thủy sản chịu trách nhiệm thi
hành Quyết định này./.
|
Nơi nhận:
- Như
Điều 2;
- Bộ Thủy sản Thử nghiệm;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Bưu điện tỉnh;
- Lưu: VT, KSTT.
|
**KT. CHỦ TỊCH**
PHÓ CHỦ TỊCH
**Nguyễn Văn Thử**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("recipient-lists")
    documents = {"cv-8812.md": _LETTER, "qd-3310.md": _DECISION}
    opened = answerer_over(root, documents, lexical_only=True)
    yield opened
    opened.close()


def test_the_list_under_a_wrapped_mark() -> None:
    names, (start, end) = recipients(_LETTER) or ([], (0, 0))
    assert names == [
        "Bộ trưởng Bộ Thủy sản Thử nghiệm",  # "Như trên": the addressee
        "Thứ trưởng Lê Văn Thử (để b/c)",
        "Các Bộ: TC, NV, TP",
        "Hội Nghề cá Thử nghiệm (để phối hợp)",
        "VPBTN: CVP, các Vụ, Cục: TH, PL",
    ]
    assert _LETTER[start:end].startswith("Nơi\nnhận:*")
    assert _LETTER[start:end].endswith("Lưu: VT, KT (2).")


def test_copies_leave_out_the_addressees() -> None:
    names, _ = recipients(_DECISION, copies_only=True) or ([], (0, 0))
    assert names == ["Bộ Thủy sản Thử nghiệm", "TT Tỉnh ủy, TT HĐND tỉnh", "Bưu điện tỉnh"]
    names, _ = recipients(_DECISION) or ([], (0, 0))
    assert names[0] == "Như Điều 2"


def test_a_long_list_keeps_each_items_head() -> None:
    names = [f"Các Bộ nhóm {i}: {', '.join(['Quốc phòng'] * 6)} (để biết)" for i in range(4)]
    answer = _listed(names)
    assert answer == "Các Bộ nhóm 0; Các Bộ nhóm 1; Các Bộ nhóm 2; Các Bộ nhóm 3"
    assert _listed(["Bộ A", "Bộ B: X"]) == "Bộ A; Bộ B: X"


@pytest.mark.parametrize(
    ("question", "listed", "copies", "kind"),
    [
        ("Nơi nhận của công văn 8812/VPBTN-KT gồm những ai?", True, False, None),
        ("Công văn 8812/VPBTN-KT đồng gửi những bộ nào?", True, True, "bo"),
        ("QĐ 3310/QĐ-UBND sao gửi cơ quan nào của tỉnh?", True, True, "tinh"),
        ("Công văn về phát triển cộng đồng gửi tới ai?", False, False, None),
        ("Nơi nhận hồ sơ đề nghị công bố thủ tục là ở đâu?", False, False, None),
    ],
)  # fmt: skip
def test_a_list_of_recipients_is_asked(
    question: str, listed: bool, copies: bool, kind: str | None
) -> None:
    folded = fold(question)
    assert (RECIPIENTS_ASKED.search(folded) is not None) is listed
    assert (COPIES_ASKED.search(folded) is not None) is copies
    assert asked_recipient_kind(folded) == kind


@pytest.mark.parametrize(
    "question",
    [
        "Công văn 8812/VPBTN-KT về dự thảo Thông tư nuôi trồng rong biển gửi tới ai?",
        "Công văn 8812/VPBTN-KT gửi ai?",
        "Quyết định 3310/QĐ-UBND gửi tới những đơn vị nào của tỉnh?",
        "Quyết định 3310/QĐ-UBND có gửi bộ nào?",
    ],
)
def test_whom_a_document_is_sent_to_is_asked(question: str) -> None:
    assert ADDRESSEE_ASKED.search(fold(question))


def test_the_subject_with_marks_inside_a_word() -> None:
    title = "V/v dự thảo Thông tư về việc nuôi trồng rong biển ven bờ"
    start, end = title_span(_LETTER, title) or (0, 0)
    assert _LETTER[start:end] == "V/v\ndự thảo Thông tư về việc nuôi **tr**ồng rong biển ven bờ"


def test_the_whole_list_asked(answerer: Answerer) -> None:
    result = answerer.ask("Nơi nhận của công văn 8812/VPBTN-KT gồm những ai?")
    assert result.found
    assert "Bộ trưởng Bộ Thủy sản Thử nghiệm" in (result.answer or "")
    assert "Hội Nghề cá Thử nghiệm" in (result.answer or "")
    assert "Lưu" not in (result.answer or "")
    assert_quotes_verbatim(answerer, result)


def test_the_recipients_of_the_kind_asked(answerer: Answerer) -> None:
    result = answerer.ask("Nơi nhận của công văn 8812/VPBTN-KT gồm những bộ nào?")
    assert result.found
    assert result.answer == "Bộ trưởng Bộ Thủy sản Thử nghiệm; Các Bộ: TC, NV, TP"
    result = answerer.ask("Quyết định 3310/QĐ-UBND của Quảng Kiên gửi tới cơ quan nào của tỉnh?")
    assert result.found
    assert result.answer == "TT Tỉnh ủy, TT HĐND tỉnh; Bưu điện tỉnh"
    assert_quotes_verbatim(answerer, result)


def test_no_copy_of_the_kind_asked(answerer: Answerer) -> None:
    result = answerer.ask("Công văn 8812/VPBTN-KT đồng gửi Ủy ban nhân dân tỉnh nào?")
    assert not result.found


def test_what_a_copy_is_sent_for(answerer: Answerer) -> None:
    question = "Văn phòng gửi công văn 8812/VPBTN-KT cho Hội Nghề cá Thử nghiệm để làm gì?"
    assert COPY_PURPOSE_ASKED.search(fold(question))
    result = answerer.ask(question)
    assert result.found
    assert result.answer == "Hội Nghề cá Thử nghiệm (để phối hợp)"
    assert_quotes_verbatim(answerer, result)


def test_a_blank_line_ends_the_last_item() -> None:
    letter = "Nơi nhận:\n- Bộ Tài chính\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn A\n"
    names, (start, end) = recipients(letter) or ([], (0, 0))
    assert names == ["Bộ Tài chính"]
    assert letter[start:end] == "Nơi nhận:\n- Bộ Tài chính"


@pytest.mark.parametrize(
    "question",
    [
        "Vì sao gửi công văn 8812/VPBTN-KT cho Hội Nghề cá Thử nghiệm?",
        "Tại sao gửi công văn 8812/VPBTN-KT cho Bộ Thủy sản?",
    ],
)
def test_a_reason_for_sending_asks_no_copies(question: str) -> None:
    assert COPIES_ASKED.search(fold(question)) is None


@pytest.mark.parametrize(
    "question",
    [
        "Công văn 8812/VPBTN-KT gửi kèm văn bản nào?",
        "Công văn 8812/VPBTN-KT giao nhiệm vụ nào cho các bộ?",
        "Công văn 8812/VPBTN-KT gửi bộ phận nào xử lý?",
    ],
)
def test_a_noun_ending_in_a_kind_asks_no_kind(question: str) -> None:
    assert asked_recipient_kind(fold(question)) is None


def test_an_addressee_mark_wrapped_over_two_lines() -> None:
    letter = "Số: 12/CV\n**Kính\ngửi:** Công ty TNHH\nThử Nghiệm.\nTrả lời công văn số 01 ...\n"
    names, (start, end) = addressee(letter) or ([], (0, 0))
    assert names == ["Công ty TNHH Thử Nghiệm"]
    assert letter[start:end].startswith("Kính\ngửi:")
