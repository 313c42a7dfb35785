"""Answers refused for how a question or a document words them: an acronym the documents spell
out, a sum of money glued to its currency, a period named outside the answer's clauses, a
duration asked of a unit that writes only days, the grounds of a document named with its
issuer, a resolution adopted ("thông qua") on a day, the document replacing one the question
names at its end by a bare number ("thay cho QĐ 17/2024")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import _values
from qa_service.answer.own_document import issued_by_named_body
from qa_service.answer.question import analyse
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

DECISION = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 1509/QĐ-UBND

Thử Nghiệm, ngày 02 tháng 12 năm 2025

QUYẾT ĐỊNH

Về việc công nhận ban đại diện cộng đồng tôn giáo

Điều 1. Công nhận ban đại diện cộng đồng tôn giáo Thử Nghiệm nhiệm kỳ 2025 - 2030.

Điều 2. Tổ chức thực hiện

Sở Dân tộc và Tôn giáo có trách nhiệm phối hợp Văn phòng UBND tỉnh công khai Quyết định này \
trên Cổng Thông tin điện tử tỉnh và Cổng Thông tin điện tử của đơn vị. Thời hạn hoàn thành \
chậm nhất 05 ngày làm việc kể từ ngày ban hành Quyết định.

Sở Dân tộc và Tôn giáo hướng dẫn ban đại diện thực hiện quy chế hoạt động.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
"""

RULES = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 78/2025/QĐ-UBND

Thử Nghiệm, ngày 25 tháng 11 năm 2025

QUYẾT ĐỊNH

Ban hành Quy chế tiếp nhận, xử lý phản ánh kiến nghị trên Ứng dụng

Điều 1. Quy chế tiếp nhận, xử lý và trả lời phản ánh kiến nghị của người dân có hiệu lực kể \
từ ngày 05 tháng 12 năm 2025 và bãi bỏ Quyết định số 17/2024/QĐ-UBND ngày 21 tháng 8 năm 2024 \
của UBND tỉnh Thử Nghiệm ban hành Quy chế tiếp nhận, xử lý phản ánh kiến nghị trên Ứng dụng.

Điều 2. Thời gian xử lý phản ánh

Thời gian xử lý và trả lời phản ánh kiến nghị là 07 ngày kể từ ngày tiếp nhận trên Ứng dụng, \
đồng thời, ưu tiên xử lý trước với các phản ánh kiến nghị khẩn cấp trên Ứng dụng.
"""

REPORT = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 410/BC-UBND

Thử Nghiệm, ngày 30 tháng 10 năm 2025

BÁO CÁO

Kết quả vận hành chính quyền địa phương hai cấp

I. KẾT QUẢ

Sau 04 tháng vận hành, tổ chức và hoạt động của chính quyền địa phương các xã, phường bảo đảm \
thông suốt, liên tục, phục vụ Nhân dân tốt nhất (giải quyết hồ sơ đạt tỷ lệ 91,67%).

Mức trợ cấp ngày công lao động của Dân quân khi được điều động làm nhiệm vụ theo kế hoạch \
là 435.000đồng/người/ngày;
"""

LETTER = """BỘ TÀI CHÍNH
CỤC THUẾ

Số: 5487/CT-CS

Hà Nội, ngày 20 tháng 11 năm 2025

V/v chứng từ thanh toán không dùng tiền mặt

Kính gửi: Thuế tỉnh Thử Nghiệm.

Căn cứ Điều 26 Nghị định số 181/2025/NĐ-CP ngày 01/7/2025 của Chính phủ quy định chi tiết \
Luật Thuế giá trị gia tăng, chứng từ thanh toán không dùng tiền mặt gồm chứng từ thanh toán \
qua ngân hàng.

Cục Thuế có ý kiến để Thuế tỉnh Thử Nghiệm biết.
"""

ADOPTED = """HỘI ĐỒNG NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 61/2025/NQ-HĐND

Thử Nghiệm, ngày 27 tháng 11 năm 2025

NGHỊ QUYẾT

Quy định nội dung chi, mức chi phục vụ bầu cử đại biểu Hội đồng nhân dân nhiệm kỳ 2026 - 2031

Xét Tờ trình số 444/TTr-UBND ngày 24 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh về việc đề \
nghị ban hành Nghị quyết quy định nội dung chi, mức chi phục vụ bầu cử đại biểu Hội đồng nhân \
dân nhiệm kỳ 2026 - 2031;

Điều 1. Nghị quyết quy định nội dung chi, mức chi phục vụ bầu cử đại biểu Hội đồng nhân dân \
nhiệm kỳ 2026 - 2031.

Nghị quyết này đã được Hội đồng nhân dân tỉnh Thử Nghiệm khóa XVI, Kỳ họp thứ 28 thông qua \
ngày 27 tháng 11 năm 2025./.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("unread-wording")
    opened = answerer_over(
        root,
        {
            "quyet-dinh-1509.md": DECISION,
            "quyet-dinh-78.md": RULES,
            "bao-cao-410.md": REPORT,
            "cong-van-5487.md": LETTER,
            "nghi-quyet-61.md": ADOPTED,
        },
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_an_acronym_is_read_as_the_words_its_document_spells(answerer: Answerer) -> None:
    route = route_question(
        "QĐ 1509/QĐ-UBND: Sở DT&TG phải đăng công khai quyết định lên cổng TTĐT chậm nhất "
        "trong bao nhiêu ngày?"
    )
    q = analyse(answerer.corpus, route, None)
    assert {"dân", "tộc", "tôn", "giáo", "thông", "tin", "điện", "tử"} <= set(q.terms)
    assert not {"dt", "tg", "ttđt"} & set(q.terms)
    result = answerer.ask(route.question)
    assert result.found, result
    assert "05 ngày làm việc" in result.answer
    assert_quotes_verbatim(answerer, result)


def test_an_acronym_the_document_does_not_spell_is_kept(answerer: Answerer) -> None:
    q = analyse(answerer.corpus, route_question("QĐ 1509/QĐ-UBND: Sở XYZ làm gì?"), None)
    assert "xyz" in q.terms


def test_a_sum_glued_to_its_currency_is_read_whole(answerer: Answerer) -> None:
    text = "trợ cấp ngày công lao động là 435.000đồng/người/ngày; phí 50.000đ"
    assert [v[2] for v in _values(text)] == ["435.000", "50.000"]
    result = answerer.ask(
        "Dân quân được điều động làm nhiệm vụ theo kế hoạch thì được trợ cấp bao nhiêu tiền "
        "một ngày công?"
    )
    assert result.found, result
    assert "435.000đồng" in result.answer


def test_a_period_the_sentence_names_outside_the_answer(answerer: Answerer) -> None:
    result = answerer.ask(
        "Tỷ lệ giải quyết hồ sơ của chính quyền xã, phường sau 4 tháng vận hành đạt bao nhiêu %?"
    )
    assert result.found, result
    assert "91,67%" in result.answer
    # another period than the sentence's: no answer from it
    other = answerer.ask(
        "Tỷ lệ giải quyết hồ sơ của chính quyền xã, phường sau 6 tháng vận hành đạt bao nhiêu %?"
    )
    assert not other.found or "91,67%" not in (other.answer or "")


def test_a_duration_asked_is_no_day_of_another_sentence(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo quy chế, cơ quan nhận phản ánh kiến nghị có bao nhiêu ngày để xử lý và trả lời "
        "người dân?"
    )
    assert result.found, result
    assert "07 ngày" in result.answer
    assert "05 tháng 12" not in result.answer
    assert_quotes_verbatim(answerer, result)
    # hours asked: days answer no such question
    hours = answerer.ask("Cơ quan nhận phản ánh có bao nhiêu giờ để xử lý phản ánh kiến nghị?")
    assert not hours.found, hours


def test_the_issuer_of_a_numbered_document_is_not_the_one_asked(answerer: Answerer) -> None:
    q = analyse(
        answerer.corpus,
        route_question(
            "Công văn 5487/CT-CS của Cục Thuế dựa vào nghị định nào về chứng từ thanh toán?"
        ),
        None,
    )
    assert issued_by_named_body(q, "Nghị định số 181/2025/NĐ-CP", "181/2025/NĐ-CP")
    result = answerer.ask(q.route.question)
    assert result.found, result
    assert "181/2025/NĐ-CP" in result.answer
    # the body of the kind asked still decides
    asked = analyse(answerer.corpus, route_question("Công văn nào của Cục Thuế ...?"), None)
    assert not issued_by_named_body(asked, "Nghị định số 181/2025/NĐ-CP", "181/2025/NĐ-CP")


def test_a_resolution_adopted_on_a_day_is_dated_by_its_own_date(answerer: Answerer) -> None:
    result = answerer.ask(
        "HĐND tỉnh Thử Nghiệm thông qua NQ quy định nội dung chi, mức chi phục vụ bầu cử đại biểu "
        "HĐND nhiệm kỳ 2026-2031 vào ngày nào?"
    )
    assert result.found, result
    assert "27 tháng 11 năm 2025" in result.answer
    assert "444" not in result.answer


def test_the_document_that_replaces_one_named_at_the_end(answerer: Answerer) -> None:
    result = answerer.ask(
        "van ban nao cua UBND tinh Thu Nghiem ban hanh quy che tiep nhan, xu ly phan anh kien "
        "nghi tren ung dung thay cho QD 17/2024?"
    )
    assert result.found, result
    assert "78/2025/QĐ-UBND" in result.answer
    assert "17/2024" not in result.answer
