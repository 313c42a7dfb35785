"""Which document a document cites, chosen by what the question says of it matched against the
citation's own words; the purpose a plan states ("để thực hiện QĐ nào"); a product's model
that a notice must name. The documents are written here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.gazetteer import plain
from qa_service.answer.question import analyse
from qa_service.answer.verify import (
    describes_asked_document,
    question_models,
    subject_phrases,
)
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

_RESOLUTION = """| **HỘI ĐỒNG NHÂN DÂN** TỈNH LAM ĐIỀN | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
Số: 17/2025/NQ-HĐND | *Lam Điền, ngày 18 tháng 11 năm 2025* |

**NGHỊ QUYẾT**

QUY ĐỊNH MỨC HỖ TRỢ ĐỐI VỚI TRẺ EM NHÀ TRẺ Ở KHU CÔNG NGHIỆP TỈNH LAM ĐIỀN

*Căn cứ Nghị định số 145/2020/NĐ-CP ngày 14 tháng 12 năm 2020 của Chính phủ quy định chi
tiết một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động;*

*Căn cứ Nghị định số 105/2020/NĐ-CP ngày 08 tháng 9 năm 2020 của Chính phủ quy định chính
sách phát triển giáo dục mầm non;*

**Điều 1.** Trẻ em nhà trẻ ở khu công nghiệp được hỗ trợ theo Nghị định số 145/2020/NĐ-CP.

**Điều 2.** Nghị quyết này có hiệu lực kể từ ngày 01 tháng 12 năm 2025.
"""

_PLAN = """| **ỦY BAN NHÂN DÂN** TỈNH LAM ĐIỀN | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
Số: 301/KH-UBND | *Lam Điền, ngày 20 tháng 11 năm 2025* |

**KẾ HOẠCH**

PHÁT ĐỘNG ĐỢT THI ĐUA CHÀO MỪNG NGÀY HỘI VĂN HÓA CÁC DÂN TỘC TỈNH LAM ĐIỀN

Thực hiện Quyết định số 2437/QĐ-TTg ngày 04/11/2025 của Thủ tướng Chính phủ ban hành Kế hoạch
phát động thi đua, Ủy ban nhân dân tỉnh ban hành Kế hoạch phát động đợt thi đua như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

Đẩy mạnh phong trào thi đua chào mừng Ngày hội văn hóa các dân tộc tỉnh Lam Điền.
"""

_NOTICE = """| **CỤC HẢI QUAN** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
Số: 501/TB-CHQ | *Hà Nội, ngày 21 tháng 11 năm 2025* |

**THÔNG BÁO**

VỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ

Tên hàng: Đồng hồ thông minh Huawei Watch Fit 4 (phiên bản dây nylon).

Mã số hàng hóa: 8517.62.59 (thiết bị có giao tiếp không dây).
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("cited")
    documents = {
        "nq-17.md": _RESOLUTION,
        "kh-301.md": _PLAN,
        "tb-501.md": _NOTICE,
    }
    opened = answerer_over(root, documents, lexical_only=True)
    yield opened
    opened.close()


def test_the_cited_document_whose_title_says_what_is_asked(answerer: Answerer) -> None:
    result = answerer.ask(
        "Nghị quyết hỗ trợ trẻ em nhà trẻ ở khu công nghiệp có nhiều lao động của Lam Điền dựa"
        " vào nghị định nào về chính sách phát triển giáo dục mầm non?"
    )
    assert result.found and "105/2020/NĐ-CP" in (result.answer or "")


def test_the_decision_a_plan_is_issued_to_carry_out(answerer: Answerer) -> None:
    result = answerer.ask(
        "Kế hoạch thi đua chào mừng Ngày hội văn hóa các dân tộc tỉnh Lam Điền được ban hành để"
        " thực hiện quyết định nào của Thủ tướng?"
    )
    assert result.found and "2437/QĐ-TTg" in (result.answer or "")


def test_another_model_than_the_notice_names_answers_nothing(answerer: Answerer) -> None:
    result = answerer.ask(
        "Cục Hải quan xác định trước mã số cho Huawei Watch GT 5 tại thông báo số mấy?"
    )
    assert not result.found


@pytest.mark.parametrize(
    ("question", "phrases"),
    [
        ("KH thi đua được ban hành để thực hiện QĐ nào của Thủ tướng?", []),
        ("Kế hoạch được ban hành để triển khai chỉ thị nào?", []),
        ("Quyết định nào ban hành quy chế thi đua?", ["quy che"]),
    ],
)
def test_a_purpose_relating_a_document_is_no_subject(question: str, phrases: list[str]) -> None:
    assert subject_phrases(plain(route_question(question).folded)) == phrases


@pytest.mark.parametrize(
    ("question", "models"),
    [
        ("mã số cho Huawei Watch GT 5 tại thông báo số mấy", ["huawei watch gt"]),
        ("Huawei Watch Fit 4 xếp vào mã HS nào", []),  # the name's words alone: a name check
        ("thủ tục của UBND tỉnh Quảng Ninh TTHC 2025", []),  # a year is no model's number
        ("Theo Nghị Quyết NQ 57 về khoa học", []),  # the code of a kind of document
    ],
)
def test_the_models_a_question_names(question: str, models: list[str]) -> None:
    assert question_models(question) == models


def test_a_code_ending_a_name_is_no_model() -> None:
    assert question_models("mã số cho mặt hàng Verdad Powder N30 của Công ty") == []


@pytest.mark.parametrize(
    ("citation_words", "described"),
    [
        ("của Chính phủ quy định chính sách phát triển giáo dục mầm non", True),
        ("của Chính phủ quy định chi tiết Bộ luật Lao động về điều kiện lao động", False),
    ],
)
def test_the_citation_words_that_describe_the_document_asked(
    answerer: Answerer, citation_words: str, described: bool
) -> None:
    q = analyse(
        answerer.corpus,
        route_question(
            "Nghị quyết dựa vào nghị định nào về chính sách phát triển giáo dục mầm non?"
        ),
        None,
    )
    assert describes_asked_document(q, citation_words) is described
