"""Answers about a decision written the way published decisions are: a bold two-column header,
a signer's name wrapped across lines, a long article whose later clause names the task, a body
given a task, an entry-into-force article. The document is written here, never seen in tuning."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import best_mention
from qa_service.answer.own_document import issued_by_named_body
from qa_service.answer.question import analyse
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

DECISION = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 318/QĐ-UBND

*Thử Nghiệm, ngày 02 tháng 10 năm 2025*

**QUYẾT ĐỊNH**

Về việc ban hành Quy chế quản lý kho dữ liệu dùng chung của tỉnh Thử Nghiệm

**Điều 1.** Ban hành kèm theo Quyết định này Quy chế quản lý kho dữ liệu dùng chung của \
tỉnh Thử Nghiệm.

**Điều 2.** Sở Khoa học và Công nghệ có trách nhiệm hướng dẫn các sở, ban, ngành và Ủy ban \
nhân dân các xã, phường cập nhật dữ liệu dùng chung lên kho dữ liệu của tỉnh, rà soát danh \
mục dữ liệu mở, kiểm tra việc khai thác dữ liệu của các cơ quan, đơn vị, tổng hợp những khó \
khăn, vướng mắc trong quá trình thực hiện và đề xuất biện pháp tháo gỡ kịp thời cho từng \
lĩnh vực quản lý; chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh xây dựng bộ chỉ số \
đánh giá chất lượng dữ liệu dùng chung của các cơ quan, đơn vị, trình Ủy ban nhân dân tỉnh \
ban hành trong quý IV năm 2025 để áp dụng thống nhất trên địa bàn toàn tỉnh Thử Nghiệm.

**Điều 3.** Ủy ban nhân dân tỉnh giao Trung tâm Chuyển đổi số tỉnh vận hành kho dữ liệu \
dùng chung và bảo đảm an toàn thông tin cho kho dữ liệu.

**Điều 4.** Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 11 năm 2025.

**Điều 5.** Các sở, ban, ngành rà soát và báo cáo kết quả cập nhật dữ liệu dùng chung năm \
2025 của cơ quan, đơn vị mình. Thời hạn hoàn thành trước ngày 15 tháng 12 năm 2025.

**Điều 7.** Phí khai thác dữ liệu dùng chung đối với tổ chức là 200.000 đồng một lần.

**Điều 8.** Phí khai thác dữ liệu dùng chung đối với cá nhân là 50.000 đồng một lần.

**Điều 6.** Công bố kèm theo Quyết định này danh mục 01 thủ tục hành chính (TTHC) được sửa \
đổi, bổ sung và 03 TTHC bãi bỏ.

**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

**Nguyễn
Văn Thí**

**PHỤ LỤC**

**THỦ TỤC HÀNH CHÍNH TRONG LĨNH VỰC DỮ LIỆU**

**1. Thủ tục cấp quyền khai thác kho dữ liệu dùng chung**

a) Trình tự thực hiện: Tổ chức gửi hồ sơ đề nghị đến Trung tâm Chuyển đổi số tỉnh.

b) Thời hạn giải quyết: Trong 07 (bảy) ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("decision"), {"thu-nghiem_quyet-dinh-318.md": DECISION}
    )
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "intent", "answer"),
    [
        ("Ai ký quyết định 318/QĐ-UBND?", "signer", "Nguyễn Văn Thí (Phó chủ tịch; KT. CHỦ TỊCH)"),
        ("PCT nao ky QD 318 cua tinh Thu Nghiem?", "signer",
         "Nguyễn Văn Thí (Phó chủ tịch; KT. CHỦ TỊCH)"),
        ("Quyết định 318/QĐ-UBND có hiệu lực từ ngày nào?", "effective",
         "có hiệu lực thi hành kể từ ngày 01 tháng 11 năm 2025"),
        ("Cơ quan nào chủ trì xây dựng bộ chỉ số đánh giá chất lượng dữ liệu dùng chung?",
         "agency", "Sở Khoa học và Công nghệ"),
        ("UBND tỉnh giao đơn vị nào vận hành kho dữ liệu dùng chung?", "agency",
         "Trung tâm Chuyển đổi số tỉnh"),
    ],
)  # fmt: skip
def test_decision_facts(answerer: Answerer, question: str, intent: str, answer: str) -> None:
    result = answerer.ask(question)
    assert result.intent == intent
    assert result.answer == answer
    document = answerer.corpus.texts[answerer.corpus.units[0].doc_id]
    for source in result.sources:
        assert document[source.start : source.end] == source.quote  # verbatim slices
    words = re.findall(r"\w+", answer)
    quoted = " ".join(s.quote for s in result.sources).lower()
    assert all(w.lower() in quoted for w in words)  # quoted, not made up


def test_a_time_limit_in_the_sentence_after_the_task(answerer: Answerer) -> None:
    """The sentence naming the task ("báo cáo kết quả cập nhật dữ liệu") has no date; the next
    one gives the limit, and the date of entry into force is not one."""
    result = answerer.ask("Các sở báo cáo kết quả cập nhật dữ liệu dùng chung trước ngày nào?")
    assert result.intent == "deadline"
    assert result.found and "15 tháng 12 năm 2025" in (result.answer or "")
    quoted = " ".join(s.quote for s in result.sources)
    assert "trước ngày 15 tháng" in quoted and "cập nhật dữ liệu" in quoted


def test_a_count_is_the_one_said_of_what_is_asked(answerer: Answerer) -> None:
    """Two counts in one sentence: the one whose own phrase says "bãi bỏ" answers."""
    result = answerer.ask("Quyết định 318 bãi bỏ bao nhiêu TTHC?")
    assert result.found and result.answer is not None
    assert re.search(r"(?<!\d)03 TTHC", result.answer)


def test_a_field_line_under_the_procedure_it_belongs_to(answerer: Answerer) -> None:
    """ "b) Thời hạn giải quyết: ..." names no procedure: its heading does."""
    result = answerer.ask("Thời hạn cấp quyền khai thác kho dữ liệu dùng chung là bao nhiêu ngày?")
    assert result.found and "07 (bảy) ngày làm việc" in (result.answer or "")


def test_a_name_no_document_writes_is_not_answered(answerer: Answerer) -> None:
    """The same question about a product the decision never names abstains."""
    named = answerer.ask("Thời hạn cấp quyền khai thác kho dữ liệu Zalora là bao nhiêu ngày?")
    assert not named.found and named.answer is None
    plain = answerer.ask("Thời hạn cấp quyền khai thác kho dữ liệu dùng chung là bao nhiêu ngày?")
    assert plain.found


def test_two_values_asked_respectively(answerer: Answerer) -> None:
    """ "lần lượt là bao nhiêu": both values, each quoted from its own sentence."""
    result = answerer.ask(
        "Phí khai thác dữ liệu dùng chung đối với tổ chức và cá nhân lần lượt là bao nhiêu?"
    )
    assert result.found and result.answer is not None
    assert "200.000 đồng" in result.answer and "50.000 đồng" in result.answer


def test_a_year_asked_is_answered_with_a_year(answerer: Answerer) -> None:
    result = answerer.ask(
        "Bộ chỉ số đánh giá chất lượng dữ liệu dùng chung phải trình ban hành vào năm nào?"
    )
    assert result.intent == "date"
    assert result.found and "năm 2025" in (result.answer or "")


def test_a_cited_number_in_the_subject_does_not_confine_the_evidence(tmp_path) -> None:
    """ "... báo cáo về thực hiện Nghị quyết 66-NQ/TW trước ngày nào?": the deadline sentence
    does not repeat the number; the documents citing it are searched, not only its mentions."""
    text = (
        "VĂN PHÒNG CHÍNH PHỦ\n\nSố: 12/TB-VPCP\n\nHà Nội, ngày 29 tháng 11 năm 2025\n\n"
        "THÔNG BÁO\n\nKết luận về tình hình thực hiện Nghị quyết số 66-NQ/TW\n\n"
        "1. Các Bộ rà soát việc thực hiện Nghị quyết số 66-NQ/TW và gửi báo cáo về Bộ Tư pháp.\n\n"
        "2. Bộ Tài chính bố trí kinh phí cho công tác xây dựng pháp luật năm 2026.\n\n"
        "3. Bộ Tư pháp tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 10 tháng 12 năm 2025.\n"
    )
    answerer = answerer_over(tmp_path, {"tb.md": text}, lexical_only=True)
    try:
        result = answerer.ask(
            "Bộ Tư pháp tổng hợp, báo cáo Thủ tướng về thực hiện Nghị quyết 66-NQ/TW"
            " trước ngày nào?"
        )
        assert result.found and "10 tháng 12 năm 2025" in (result.answer or "")
    finally:
        answerer.close()


def test_two_time_limits_of_one_procedure_asked_respectively(tmp_path) -> None:
    """ "... khi nộp trực tuyến và khi nộp trực tiếp lần lượt là bao lâu?": one paragraph gives
    three limits; the two asked for are answered, in the text's order."""
    text = (
        "ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM\n\nSố: 7/QĐ-UBND\n\nQUYẾT ĐỊNH\n\nCông bố thủ tục cấp"
        " giấy phép bến thủy\n\n1. Thủ tục cấp giấy phép bến thủy nội địa\n\nThời hạn giải quyết:"
        " trực tuyến: trong thời hạn 6 giờ làm việc kể từ khi Sở nhận được hồ sơ điện tử;"
        " trực tiếp: trong thời hạn 8 giờ làm việc kể từ khi Sở nhận được hồ sơ; bưu chính:"
        " trong thời hạn 24 giờ làm việc kể từ ngày ghi trên bì thư.\n"
    )
    answerer = answerer_over(tmp_path, {"qd.md": text}, lexical_only=True)
    try:
        result = answerer.ask(
            "Thời hạn giải quyết thủ tục cấp giấy phép bến thủy nội địa khi nộp trực tuyến và"
            " khi nộp trực tiếp lần lượt là bao lâu?"
        )
        assert result.found and result.answer is not None
        assert "6 giờ" in result.answer and "8 giờ" in result.answer
        assert "24 giờ" not in result.answer
        assert result.answer.index("6 giờ") < result.answer.index("8 giờ")
    finally:
        answerer.close()


@pytest.mark.parametrize(
    ("mention", "number", "fits"),
    [
        (
            "Nghị quyết số 66.2/2025/NQ-CP ngày 28 tháng 8 năm 2025 của Chính phủ",
            "66.2/2025/NQ-CP",
            False,
        ),
        ("Nghị quyết số 72/2025/NQ-HĐND ngày 10 tháng 7 năm 2025", "72/2025/NQ-HĐND", True),
    ],
)
def test_the_body_named_as_issuing_the_document_asked(
    answerer: Answerer, mention: str, number: str, fits: bool
) -> None:
    """ "HĐND tỉnh ban hành NQ nào": a resolution of the Government cited by the province's
    document is none of the council's."""
    question = "HĐND tỉnh Thử Nghiệm ban hành NQ nào về chính sách cho người lao động?"
    q = analyse(answerer.corpus, route_question(question), None)
    assert issued_by_named_body(q, mention, number) is fits


def test_a_cited_document_is_about_the_subject_asked(tmp_path) -> None:
    """ "Quyết định nào về phát triển hạ tầng số?": a decision the plan cites on another
    subject is no answer, though the plan writes "hạ tầng" in another sentence."""
    text = (
        "ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM\n\nSố: 1026/KH-UBND\n\n"
        "Thử Nghiệm, ngày 03 tháng 11 năm 2025\n\nKẾ HOẠCH\n\n"
        "Triển khai công tác bảo vệ bí mật nhà nước trên địa bàn tỉnh Thử Nghiệm\n\n"
        "1. Tiếp tục thực hiện Quyết định số 15/2021/QĐ-UBND ngày 08/7/2021 của UBND tỉnh "
        "Thử Nghiệm về ban hành quy chế bảo vệ bí mật nhà nước.\n\n"
        "2. Bảo đảm an toàn hạ tầng mạng của các cơ quan nhà nước.\n"
    )
    answerer = answerer_over(tmp_path, {"kh.md": text}, lexical_only=True)
    try:
        result = answerer.ask(
            "UBND tỉnh Thử Nghiệm ban hành Quyết định nào về phát triển hạ tầng số?"
        )
        assert not result.found, result.answer
        result = answerer.ask(
            "UBND tỉnh Thử Nghiệm ban hành Quyết định nào về quy chế bảo vệ bí mật nhà nước?"
        )
        assert result.found and "15/2021/QĐ-UBND" in (result.answer or "")
    finally:
        answerer.close()


def test_the_grounds_named_by_their_subject_not_the_document_amending_them(tmp_path) -> None:
    """ "Căn cứ Thông tư A quy định về X được sửa đổi, bổ sung bởi Thông tư B": asked for the
    circular on X, A is the answer; the words before B are A's subject."""
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH THỬ NGHIỆM\n\nSố: 62/2025/QĐ-UBND\n\n"
        "Thử Nghiệm, ngày 17 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\n\n"
        "Ban hành Bảng giá tính thuế tài nguyên năm 2026\n\n"
        "*Căn cứ Luật Thuế tài nguyên số 45/2009/QH12;*\n"
        "*Căn cứ Thông tư số 44/2017/TT-BTC của Bộ trưởng\nBộ Tài chính quy định về khung giá "
        "tính thuế tài nguyên đối với nhóm, loại tài\nnguyên có tính chất lý, hóa giống nhau "
        "được sửa đổi, bổ sung bởi Thông tư số\n05/2020/TT-BTC, Thông tư số 41/2024/TT-BTC;*\n\n"
        "QUYẾT ĐỊNH:\n\n**Điều 1.** Ban hành Bảng giá tính thuế tài nguyên năm 2026.\n"
    )
    answerer = answerer_over(tmp_path, {"qd.md": text}, lexical_only=True)
    try:
        question = (
            "QĐ bảng giá thuế tài nguyên 2026 của tỉnh Thử Nghiệm căn cứ TT nào của BTC quy"
            " định khung giá tính thuế tài nguyên?"
        )
        corpus = answerer.corpus
        q = analyse(corpus, route_question(question), None)
        grounds = next(
            corpus.units[i] for i in range(len(corpus.units)) if "44/2017" in corpus.units[i].text
        )
        mentions = corpus.unit_mentions(grounds)
        assert [m.number for m in mentions][:2] == ["44/2017/TT-BTC", "05/2020/TT-BTC"]
        quality = {m.number: best_mention(corpus, q, [m], need_date=False) for m in mentions}
        amended, amending, listed = (quality[n] for n in ("44/2017/TT-BTC", "05/2020/TT-BTC",
                                                          "41/2024/TT-BTC"))  # fmt: skip
        assert amended and amending and listed
        # the amending circular has its own words only, like the one listed after it
        assert amending[1] == pytest.approx(listed[1])
        assert amending[1] < amended[1]
        result = answerer.ask(question)
        assert result.found and "44/2017/TT-BTC" in (result.answer or "")
    finally:
        answerer.close()
