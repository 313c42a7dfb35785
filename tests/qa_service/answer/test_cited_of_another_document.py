"""A document a sentence cites answers "which document" only as the one the question asks: of
the kind it asks ("thông tư phân cấp nào" is no Tờ trình), of the date it gives ("QĐ ... ngày
14/11/2025" is not the one of 14/3/2025), on the subject it describes ("nghị định nào về chính
sách phát triển giáo dục mầm non" is not the one on the Labour Code), and no proposal when none
is asked. A number read as a document's own fits its kind and year. The documents are written
here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.gazetteer import plain
from qa_service.answer.own_document import own_number_fits
from qa_service.answer.verify import (
    asked_kinds,
    given_dates,
)
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

RESOLUTION = """| **HỘI ĐỒNG NHÂN DÂN** TỈNH LAM ĐIỀN | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
Số: 17/2025/NQ-HĐND | *Lam Điền, ngày 18 tháng 11 năm 2025* |

**NGHỊ QUYẾT**

QUY ĐỊNH MỨC HỖ TRỢ ĐỐI VỚI TRẺ EM NHÀ TRẺ Ở KHU CÔNG NGHIỆP TỈNH LAM ĐIỀN

*Căn cứ Nghị định số 145/2020/NĐ-CP ngày 14 tháng 12 năm 2020 của Chính phủ quy định chi
tiết một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động;*

*Xét Tờ trình số 88/TTr-UBND ngày 10 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh về việc hỗ
trợ trẻ em nhà trẻ ở khu công nghiệp.*

**Điều 1.** Trẻ em nhà trẻ ở khu công nghiệp được hỗ trợ 160.000 đồng/tháng.

**Điều 2.** Nghị quyết này có hiệu lực kể từ ngày 01 tháng 12 năm 2025.
"""

DECISION = """| **ỦY BAN NHÂN DÂN** TỈNH LAM ĐIỀN | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
Số: 2031/QĐ-UBND | *Lam Điền, ngày 20 tháng 11 năm 2025* |

**QUYẾT ĐỊNH**

VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC DI SẢN VĂN HÓA TỈNH LAM ĐIỀN

*Căn cứ Quyết định số 682/QĐ-BVHTTDL ngày 14 tháng 3 năm 2025 của Bộ trưởng Bộ Văn hóa, Thể
thao và Du lịch về việc công bố thủ tục hành chính lĩnh vực di sản văn hóa;*

*Theo đề nghị của Giám đốc Sở Văn hóa tại Tờ trình số 4896/TTr-SVH ngày 18 tháng 11 năm 2025.*

**Điều 1.** Công bố kèm theo Quyết định này danh mục 05 thủ tục hành chính lĩnh vực di sản
văn hóa.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.
"""

ASSETS = """| **ỦY BAN NHÂN DÂN** TỈNH LAM ĐIỀN | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
Số: 46/2025/QĐ-UBND | *Lam Điền, ngày 25 tháng 11 năm 2025* |

**QUYẾT ĐỊNH**

PHÂN CẤP THẨM QUYỀN QUYẾT ĐỊNH TIÊU CHUẨN, ĐỊNH MỨC SỬ DỤNG MÁY MÓC, THIẾT BỊ TỈNH LAM ĐIỀN

*Căn cứ Quyết định số 15/2025/QĐ-TTg ngày 20 tháng 5 năm 2025 của Thủ tướng Chính phủ quy
định tiêu chuẩn, định mức sử dụng máy móc, thiết bị;*

**Điều 1.** Phân cấp cho Giám đốc các sở quyết định tiêu chuẩn, định mức sử dụng máy móc,
thiết bị chuyên dùng của đơn vị thuộc phạm vi quản lý.

**Điều 2.** Các Quyết định sau hết hiệu lực kể từ ngày Quyết định này có hiệu lực:

a) Quyết định số 09/2019/QĐ-UBND ngày 28/5/2019 của Ủy ban nhân dân tỉnh Lam Điền về tiêu
chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng;

b) Quyết định số 06/2020/QĐ-UBND ngày 13/02/2020 của Ủy ban nhân dân tỉnh Lam Điền bổ sung
tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng ngành giáo dục;

c) Quyết định số 42/2020/QĐ-UBND ngày 21/12/2020 của Ủy ban nhân dân tỉnh Lam Điền bổ sung
tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng ngành nông nghiệp.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("cited-other"),
        {
            "lam-dien_nq-17.md": RESOLUTION,
            "lam-dien_qd-2031.md": DECISION,
            "lam-dien_qd-46.md": ASSETS,
        },
        lexical_only=True,
    )
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "question",
    [
        # the one decree its grounds cite is on the Labour Code, not the subject described
        "Nghị quyết 17/2025/NQ-HĐND Lam Điền hỗ trợ trẻ em nhà trẻ ở khu công nghiệp căn cứ nghị"
        " định nào về chính sách phát triển giáo dục mầm non?",
        # the decision its grounds cite is dated 14/3/2025
        "Quyết định 2031/QĐ-UBND Lam Điền về TTHC di sản văn hóa căn cứ quyết định nào của Bộ"
        " VHTTDL ngày 14/11/2025?",
        # its grounds cite the Prime Minister's decision, which nothing repeals
        "Quyết định phân cấp tiêu chuẩn máy móc, thiết bị của Lam Điền năm 2025 làm hết hiệu"
        " lực quyết định nào của Thủ tướng Chính phủ?",
        # a thông tư is asked: the grounds cite a decision, the proposal a Tờ trình
        "Quyết định 2031/QĐ-UBND Lam Điền về TTHC di sản văn hóa dựa trên thông tư hướng dẫn"
        " nào của Bộ VHTTDL?",
    ],
)
def test_no_document_of_another_subject_date_or_kind(answerer: Answerer, question: str) -> None:
    result = answerer.ask(question)
    assert not result.found, result.answer


@pytest.mark.parametrize(
    ("question", "number"),
    [
        (
            "Nghị quyết 17/2025/NQ-HĐND Lam Điền hỗ trợ trẻ em nhà trẻ ở khu công nghiệp căn cứ"
            " nghị định nào về điều kiện lao động và quan hệ lao động?",
            "145/2020/NĐ-CP",
        ),
        (
            "Quyết định 2031/QĐ-UBND Lam Điền về TTHC di sản văn hóa căn cứ quyết định nào của"
            " Bộ VHTTDL ngày 14/3/2025?",
            "682/QĐ-BVHTTDL",
        ),
        (
            "Quyết định phân cấp tiêu chuẩn máy móc, thiết bị của Lam Điền năm 2025 làm hết"
            " hiệu lực quyết định nào của UBND tỉnh ngày 13/02/2020?",
            "06/2020/QĐ-UBND",
        ),
    ],
)
def test_the_document_asked_still_answers(answerer: Answerer, question: str, number: str) -> None:
    result = answerer.ask(question)
    assert result.found and number in (result.answer or ""), result.answer


def test_kinds_asked_by_the_asking_word() -> None:
    def kinds(question: str) -> set[str]:
        return asked_kinds(plain(route_question(question).folded))

    assert kinds("dua tren thong tu phan cap nao cua Bo NN&MT?") == {"thong tu"}
    assert kinds("căn cứ quyết định công bố TTHC nào của Bộ Tài chính?") == {"quyet dinh"}
    assert kinds("căn cứ văn bản nào?") == set()
    assert kinds("quyết định giao chỉ tiêu cho xã nào?") == set()


def test_dates_given_after_the_asking_word() -> None:
    def dates(question: str) -> set[str]:
        return given_dates(plain(route_question(question).folded))

    assert dates("căn cứ QĐ nào của Bộ VHTTDL ngày 14/11/2025?") == {"2025-11-14"}
    assert dates("dựa trên quyết định nào ban hành ngày 25 tháng 9 năm 2025?") == {"2025-09-25"}
    # a day its force starts, a document described before the asking word: none given
    assert dates("quyết định nào hết hiệu lực từ ngày 05/12/2025?") == set()
    assert dates("Quyết định ngày 20/11/2025 của tỉnh căn cứ văn bản nào?") == set()


def test_an_own_number_fits_the_kind_and_year() -> None:
    assert own_number_fits("84/2025/QĐ-UBND", "Quyết định", "2025-11-28")
    assert own_number_fits("2536/QĐ-TTg", "Quyết định", "2025-11-20")
    # a decree's number read from a decision's grounds; a number of 2022 in a title of 2025
    assert not own_number_fits("118/2025/NĐ-CP", "Quyết định", "2025-11-20")
    assert not own_number_fits("09/2022/QĐ-UBND", "Quyết định", "2025-11-24")
