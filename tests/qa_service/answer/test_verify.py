"""A near-miss document — the right kind and place, another field, ministry or cited document —
answers no question about another one; the twin question it does answer still gets its answer.
The documents are written here, never seen in tuning."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.evidence import Candidate
from qa_service.answer.gazetteer import plain
from qa_service.answer.question import analyse
from qa_service.answer.value_kind import (
    _is_code,
    value_mismatch,
)
from qa_service.answer.verify import (
    _spelled_out,
    _title_of_another_year,
    _writes_with_unit,
    asks_money,
    missing_in_document,
    question_names,
    subject_phrases,
    writes_phrase,
)
from qa_service.routing import fold, route_question
from tests.qa_service.small_index import answerer_over

DECISION = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 2468/QĐ-UBND

*Thử Nghiệm, ngày 20 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

Về việc công bố danh mục thủ tục hành chính lĩnh vực hộ tịch thuộc thẩm quyền giải quyết \
của Sở Tư pháp tỉnh Thử Nghiệm

*Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ \
tục hành chính;*

**Điều 1.** Công bố kèm theo Quyết định này danh mục 04 thủ tục hành chính lĩnh vực hộ tịch \
thuộc thẩm quyền giải quyết của Sở Tư pháp tỉnh Thử Nghiệm.

**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2025.

**Điều 3.** Lệ phí cấp bản sao trích lục hộ tịch là 8.000 đồng một bản. Thời hạn cấp bản \
sao trích lục hộ tịch là 02 ngày làm việc.

**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Lê Minh Thử**
"""

CIRCULAR = """**BỘ CÔNG THƯƠNG**

Số: 77/2025/TT-BCT

*Hà Nội, ngày 28 tháng 11 năm 2025*

**THÔNG TƯ**

Quy định quy trình kiểm tra chuyên ngành trong lĩnh vực công thương

*Căn cứ Quyết định số 1899/QĐ-TTg ngày 05 tháng 9 năm 2025 của Thủ tướng Chính phủ;*

**Điều 1.** Thông tư này quy định quy trình kiểm tra chuyên ngành của các đơn vị thuộc Bộ \
Công Thương.

**Điều 2.** Trưởng đoàn kiểm tra thông báo kế hoạch kiểm tra cho đơn vị được kiểm tra trước \
05 ngày làm việc.

**THỨ TRƯỞNG**

**Phạm Văn Kiểm**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("near-miss"),
        {"thu-nghiem_quyet-dinh-2468.md": DECISION, "bct_thong-tu-77.md": CIRCULAR},
    )
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the field the question names is the document's: answered
        (
            "Quyết định công bố danh mục TTHC lĩnh vực hộ tịch của tỉnh Thử Nghiệm là quyết "
            "định số mấy?",
            "2468/QĐ-UBND",
        ),
        (
            "Quyết định công bố thủ tục hành chính lĩnh vực hộ tịch của tỉnh Thử Nghiệm có "
            "hiệu lực từ ngày nào?",
            "01 tháng 12 năm 2025",
        ),
        ("Ai ký thông tư quy định quy trình kiểm tra chuyên ngành của Bộ Công Thương?", "Kiểm"),
        ("Ai ký Thông tư 77/2025/TT-BCT của Bộ Công Thương?", "Kiểm"),
        # the cited decision the question names is the document's
        (
            "Ai ký quyết định công bố TTHC lĩnh vực hộ tịch của tỉnh Thử Nghiệm căn cứ Nghị "
            "định 63/2010/NĐ-CP?",
            "Lê Minh Thử",
        ),
    ],
)
def test_the_document_asked_about_answers(answerer: Answerer, question: str, expected: str) -> None:
    result = answerer.ask(question)
    assert result.found, question
    assert expected in (result.answer or "")


@pytest.mark.parametrize(
    "question",
    [
        # another field than the one the only decision of the province publishes
        "Quyết định công bố danh mục TTHC lĩnh vực công chứng của tỉnh Thử Nghiệm là quyết "
        "định số mấy?",
        # another subject than the decision's, in the same field and province
        "Quyết định phân cấp giải quyết thủ tục hành chính lĩnh vực hộ tịch của tỉnh Thử "
        "Nghiệm có hiệu lực từ ngày nào?",
        "Quyết định bãi bỏ thủ tục hành chính lĩnh vực hộ tịch của tỉnh Thử Nghiệm có hiệu "
        "lực từ ngày nào?",
        # another ministry than the one that issued the only circular
        "Ai ký thông tư quy định quy trình kiểm tra chuyên ngành của Bộ Xây dựng?",
        # a cited decision the province's decision does not cite
        "Quyết định của UBND tỉnh Thử Nghiệm thực hiện Quyết định 1899/QĐ-TTg do ai ký?",
        # the signer of a cited decision the index does not hold, not of the circular citing it
        "Ai ký Quyết định 1899/QĐ-TTg ngày 05/9/2025 của Thủ tướng Chính phủ?",
        # a decision named by a bare number no document has or cites
        "Lệ phí cấp bản sao trích lục hộ tịch theo QĐ 1357 của tỉnh Thử Nghiệm là bao nhiêu?",
    ],
)
def test_a_near_miss_document_answers_nothing(answerer: Answerer, question: str) -> None:
    """(Each of these got the near-miss document's answer before the check.)"""
    result = answerer.ask(question)
    assert not result.found, (question, result.answer)
    assert result.answer is None


def _candidate(answerer: Answerer, written: str, value: str) -> Candidate:
    """A candidate over the sentence of the decision that writes ``written``, focused on
    ``value`` in it."""
    corpus = answerer.corpus
    doc_id = next(d for d in corpus.documents if "2468" in (corpus.documents[d].meta.number or ""))
    units = [corpus.units[i] for i in corpus.doc_units[doc_id]]
    unit = next(u for u in units if written in u.text)
    at = unit.text.index(value)
    return Candidate(unit=unit, evidence=1.0, prior=0.0, focus=(at, at + len(value)))


def test_a_sum_of_money_is_not_answered_by_a_duration(answerer: Answerer) -> None:
    q = analyse(
        answerer.corpus,
        route_question("Lệ phí cấp bản sao trích lục hộ tịch ở tỉnh Thử Nghiệm là bao nhiêu?"),
        None,
    )
    fee = _candidate(answerer, "8.000 đồng", "8.000")
    days = _candidate(answerer, "02 ngày làm việc", "02")
    assert value_mismatch(answerer.corpus, q, [fee]) is None
    assert value_mismatch(answerer.corpus, q, [days]) is not None
    # a question on the time limit is no question of money
    q_days = analyse(
        answerer.corpus,
        route_question("Cấp bản sao trích lục hộ tịch ở tỉnh Thử Nghiệm mất bao nhiêu ngày?"),
        None,
    )
    assert value_mismatch(answerer.corpus, q_days, [days]) is None


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("Ai ký thông tư của Bộ Xây dựng?", ["bo xay"]),
        ("Theo chỉ đạo của Phó Thủ tướng Trần Hồng Hà, dự án nào?", ["pho thu", "tran hong"]),
        # a sentence's first word is capitalized whatever it is; acronyms are no names
        ("Ở Hưng Yên, đơn vị nào của UBND tỉnh chịu trách nhiệm?", ["hung yen"]),
        ("Theo Cục Hải quan, mặt hàng này được PTTg giao cho đơn vị nào?", ["cuc hai"]),
        ("Verdad Powder N30 có mã số nào?", []),
        # a word a slash joins to a code is part of it ("C/O Mẫu AK" names no "O Mẫu")
        ("Ở Đắk Lắk, thủ tục cấp C/O Mẫu AK nộp qua bưu chính mất bao lâu?", ["dak lak"]),
        # typed in lower case or in capitals: the case says nothing
        ("ai ky thong tu cua bo xay dung?", []),
        ("AI KÝ THÔNG TƯ CỦA BỘ XÂY DỰNG?", []),
        ("Ai Ký Thông Tư Của Bộ Xây Dựng?", []),
        # a kind of document written after a place opens no name with it ("Ninh Quyết")
        ("Bắc Ninh Quyết định 1509/QĐ-UBND: Sở Dân tộc phải đăng trong mấy ngày?", ["so dan"]),
        ("Đồng Nai Kế hoạch 182 phòng chống ma túy: ai chủ trì tuyên truyền?", []),
    ],
)
def test_the_names_of_a_question(question: str, names: list[str]) -> None:
    assert question_names(question) == names


@pytest.mark.parametrize(
    ("question", "phrases"),
    [
        (
            "Quyết định công bố TTHC lĩnh vực giám định tư pháp là số mấy?",
            ["hanh chinh", "giam dinh"],
        ),
        ("quyet dinh nao ban hanh noi quy mau ap dung cho cac cho?", ["noi quy"]),
        ("Thời hạn giải quyết thủ tục cấp chứng chỉ hành nghề là bao lâu?", ["cap chung"]),
        ("Kế hoạch phân bổ vốn đầu tư công năm 2025 do ai ký?", ["phan bo"]),
        # a set of rules named by its kind; a verb many subjects open with is passed over
        ("Quy chế sử dụng chữ ký số của tỉnh có hiệu lực từ ngày nào?", ["chu ky"]),
        ("Quyết định nào về phát triển hạ tầng 5G?", ["ha tang"]),
        # function words, question words and another kind of document are no subject
        ("Quyết định 2533/QĐ-UBND được ban hành ngày nào?", []),
        ("Văn bản về việc gì?", []),
        ("Kế hoạch về Nghị định 63 là số mấy?", []),
        # nor a verb that relates the document to its subject
        ("Kế hoạch thực hiện Chỉ thị 05 là số mấy?", []),
        # "bảo vệ" holds no "về": what follows it is not the subject
        ("Chỉ thị về phòng cháy, bảo vệ rừng đầu nguồn là số mấy?", ["phong chay"]),
        # "ban hành kèm QĐ ...": the document attached to, no subject
        ("Quy định về thẻ kiểm toán viên ban hành kèm QĐ 1760/QĐ-KTNN giao vụ nào?", []),
        # "nghị định sửa NĐ 126": another document, by the code of its kind
        ("Nghị định sửa NĐ 126/2020/NĐ-CP do cơ quan nào soạn?", []),
    ],
)
def test_the_subject_a_question_names(question: str, phrases: list[str]) -> None:
    assert subject_phrases(plain(route_question(question).folded)) == phrases


@pytest.mark.parametrize(
    ("value", "code"),
    [("1.013120", True), ("8531.80.19", True), ("1.500.000", False), ("100.000", False)],
)
def test_a_code_is_no_amount(value: str, code: bool) -> None:
    assert _is_code(value) is code


@pytest.mark.parametrize(
    ("question", "money"),
    [
        ("Tổng mức đầu tư của dự án là bao nhiêu?", True),
        ("Mức tiền thưởng kèm theo giải thưởng bao nhiêu?", True),
        ("muc ho tro hang thang cho can bo la bao nhieu dong", True),
        ("Mức chi phí quản lý của bao nhiêu địa phương?", False),
        ("Mức trợ cấp một lần là bao nhiêu tháng lương?", False),
        ("Tỷ lệ kinh phí đối ứng là bao nhiêu?", False),
        ("Thời hạn giải quyết là bao nhiêu ngày?", False),
        # a currency after "bao nhiêu" asks for money whatever the noun; so does a fee
        ("muc chuan tro giup xa hoi la bao nhieu tien mot thang", True),
        ("Phí cấp chứng chỉ nghiệp vụ là bao nhiêu?", True),
        ("Tại tỉnh Thử Nghiệm, phí thẩm định hồ sơ là bao nhiêu?", True),
        ("Diện tích đất phi nông nghiệp là bao nhiêu?", False),
        # a reward given, money for meals, typed with or without tones; not the honour
        ("Học sinh đạt giải nhất được thưởng bao nhiêu theo NQ 22?", True),
        ("hoc sinh dat giai nhat duoc thuong bao nhieu theo NQ 22", True),
        ("tien an giua ca toi da bao nhieu thi khong tinh thue", True),
        ("Có bao nhiêu tập thể được khen thưởng?", False),
        ("Số cá nhân được khen thưởng là bao nhiêu?", False),
        ("Tỷ lệ vốn đối ứng là bao nhiêu tiền?", False),
        # a sum named with no question word is asked; not where it is paid or where it comes from
        ("phi le phi cua thu tuc nay", True),
        ("Mức hỗ trợ giáo viên mầm non tư thục", True),
        ("Phí cấp lại giấy phép nộp ở đâu?", False),
        ("kinh phi thuc hien lay tu dau", False),
    ],
)
def test_questions_asking_for_money(question: str, money: bool) -> None:
    route = route_question(question)
    assert asks_money(plain(route.folded), route.question) is money


@pytest.mark.parametrize(
    "question", ["le phi cap ban sao trich luc ho tich", "Lệ phí cấp bản sao trích lục hộ tịch"]
)
def test_a_fee_named_without_a_question_word_is_answered_by_a_sum(
    answerer: Answerer, question: str
) -> None:
    result = answerer.ask(question)
    assert result.found, question
    assert "8.000 đồng" in (result.answer or "")
    assert "02 ngày" not in (result.answer or "")


PROCEDURES = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 1357/QĐ-UBND

*Thử Nghiệm, ngày 10 tháng 10 năm 2025*

**QUYẾT ĐỊNH**

Về việc công bố danh mục thủ tục hành chính cấp xã lĩnh vực phí, lệ phí

**Điều 1.** Công bố kèm theo Quyết định này danh mục thủ tục hành chính cấp xã.

| STT | Tên thủ tục hành chính | Thời hạn giải quyết | Cơ quan thực hiện |
|---|---|---|---|
| **II** | **LĨNH VỰC PHÍ, LỆ PHÍ (02 TTHC)** | | |
| 1 | Kê khai nộp phí bảo vệ môi trường đối với nước thải | 30 ngày | UBND cấp xã |
| 2 | Kê khai nộp lệ phí môn bài | 10 ngày | UBND cấp xã |

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.
"""


def test_a_count_of_procedures_is_no_fee(tmp_path: Path) -> None:
    # "(02 TTHC)" in the heading row of the fees' field counts procedures: no fee
    opened = answerer_over(tmp_path, {"qd-1357.md": PROCEDURES}, lexical_only=True)
    try:
        for question in ("phi le phi cua thu tuc nay", "Lệ phí của các thủ tục kê khai"):
            result = opened.ask(question)
            assert "02" not in (result.answer or ""), question
    finally:
        opened.close()


def test_a_cited_number_counts_when_written_in_the_text(
    answerer: Answerer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The number the question cites is looked up in the document's stored citations, and in
    its text when the citation reader missed it; a document that writes neither lacks it."""
    corpus = answerer.corpus
    q = analyse(
        corpus,
        # (not "thực hiện Quyết định 1899": the documents implementing it are listed, "citing")
        route_question("Thông tư nào của Bộ Công Thương hướng dẫn Quyết định 1899/QĐ-TTg?"),
        None,
    )
    assert q.number_filter == ("1899/QĐ-TTg",)
    by_number = {corpus.documents[d].meta.number: d for d in corpus.documents}
    circular, decision = by_number["77/2025/TT-BCT"], by_number["2468/QĐ-UBND"]

    def first_unit(doc_id: str) -> list[Candidate]:
        unit = corpus.units[corpus.doc_units[doc_id][0]]
        return [Candidate(unit=unit, evidence=1.0, prior=0.0)]

    assert missing_in_document(corpus, q, first_unit(circular)) is None
    assert missing_in_document(corpus, q, first_unit(decision)) is not None
    monkeypatch.setattr(corpus, "citations_by_doc", {})  # as if no citation had been read
    assert missing_in_document(corpus, q, first_unit(circular)) is None
    assert missing_in_document(corpus, q, first_unit(decision)) is not None


def test_a_subject_with_an_acronym_the_text_spells_out() -> None:
    text = plain("Xét đề nghị về việc tiếp thu dự án Luật Thuế thu nhập cá nhân (sửa đổi).")
    assert _spelled_out(text, "thue tncn", ["tncn"])
    assert not _spelled_out(text, "thue tndn", ["tndn"])  # thu nhập doanh nghiệp: not written
    assert not _spelled_out(text, "thue tncn", [])  # no acronym: the phrase itself is needed


def test_a_body_named_after_its_place_without_the_unit_word() -> None:
    """ "Thuế Bình Sơn" names the body the document writes "Thuế tỉnh Bình Sơn"; another body
    of the place, or the place alone after another word, is not it."""
    text = plain(
        fold("Cục Thuế nhận được công văn số 12/BSO-KTr ngày 02/7/2025 của Thuế tỉnh\nBình Sơn.")
    )
    assert _writes_with_unit(text, "thue binh")
    assert not _writes_with_unit(text, "cong binh")
    assert not _writes_with_unit(text, "thue hoa")


def test_paired_verbs_are_written_with_or_without_their_comma() -> None:
    # "phòng chống ma túy" as typed, "phòng, chống ma túy" as documents write it
    assert writes_phrase("ke hoach phong, chong ma tuy nam 2026", "phong chong")
    assert writes_phrase("sua doi,\nbo sung mot so dieu", "sua doi bo sung")
    assert not writes_phrase("phong; chong", "phong chong")


def test_an_abstention_for_want_of_a_stated_value_says_so(
    answerer: Answerer, caplog: pytest.LogCaptureFixture
) -> None:
    # the decision states no count of notaries: no unit answers, and the log says why
    question = "Tỉnh Thử Nghiệm có bao nhiêu công chứng viên hành nghề?"
    with caplog.at_level(logging.INFO, logger="qa_service.answer.pipeline"):
        result = answerer.ask(question)
    assert not result.found
    assert any(
        r.getMessage().startswith(f"no unit answers {question!r}") for r in caplog.records
    ), [r.getMessage() for r in caplog.records]


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("QĐ ban hành Kế hoạch tuyển sinh năm 2025 của Sở Thử Nghiệm là quyết định số mấy?", False),
        ("QĐ ban hành Kế hoạch tuyển sinh năm 2026 của Sở Thử Nghiệm là quyết định số mấy?", True),
        # a year of issue, not of the subject: the title's subject is not dated by it
        ("Kế hoạch tuyển sinh ban hành năm 2025 của Sở Thử Nghiệm là quyết định số mấy?", True),
        ("QĐ năm 2025 ban hành Kế hoạch tuyển sinh của Sở Thử Nghiệm là số mấy?", True),
    ],
)
def test_a_subject_its_title_dates_with_another_year(question: str, answered: bool) -> None:
    """A plan "tuyển sinh năm 2026" issued in 2025 is no plan "tuyển sinh năm 2025"."""
    title = plain(fold("VỀ VIỆC BAN HÀNH KẾ HOẠCH TUYỂN SINH NĂM 2026 CỦA SỞ THỬ NGHIỆM"))
    assert (_title_of_another_year(plain(fold(question)), title) is None) is answered
