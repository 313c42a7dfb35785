"""A question worded apart from its document still finds the statement that answers it: a
subject typed with an acronym the document defines in brackets after the words it stands for
("vốn ODA": "vốn hỗ trợ phát triển chính thức (ODA)"), and a report's figure whose time an
earlier sentence of its paragraph states ("Tổng thu ... 10 tháng năm 2025 ... Tổng kim ngạch
xuất khẩu đạt ..."); a time or a subject the document does not write still abstains."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.verify import (
    _written_with_definition,
)
from tests.qa_service.small_index import answerer_over

REPORT = """|
**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
|
Số: 415/BC-UBND
|
*Thử Nghiệm, ngày 06 tháng 11 năm 2025*
|
**BÁO CÁO**
Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội
**I. KẾT QUẢ ĐẠT ĐƯỢC**
Tổng thu ngân sách nhà nước 10 tháng năm 2025 thực hiện 13.966 tỷ đồng, đạt 104,24% dự \
toán Trung ương giao. Tổng kim ngạch xuất khẩu đạt 2,6 tỷ USD, đạt 116,8% kế hoạch, tăng \
42% so cùng kỳ.
"""

DECISION = """|
**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
|
Số: 2709/QĐ-UBND
|
*Thử Nghiệm, ngày 18 tháng 11 năm 2025*
|
# QUYẾT ĐỊNH
CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH SỬA ĐỔI TRONG LĨNH VỰC ĐẦU TƯ BẰNG NGUỒN VỐN HỖ TRỢ \
PHÁT TRIỂN CHÍNH THỨC (ODA) CỦA TỈNH THỬ NGHIỆM
**Điều 1.** Công bố Danh mục thủ tục hành chính sửa đổi trong lĩnh vực đầu tư bằng nguồn \
vốn hỗ trợ phát triển chính thức (ODA) thuộc thẩm quyền giải quyết của UBND tỉnh.
**Điều 2.** Sở Tài chính có trách nhiệm tổ chức xây dựng, trình UBND tỉnh phê duyệt các quy \
trình giải quyết thủ tục hành chính được công bố tại Quyết định này.
**Điều 3.** Quyết định này có hiệu lực thi hành kể từ ngày ký.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("paraphrased-subjects")
    opened = answerer_over(root, {"bc-415.md": REPORT, "qd-2709.md": DECISION}, lexical_only=True)
    yield opened
    opened.close()


def test_a_figure_takes_the_time_of_its_paragraphs_earlier_sentence(answerer: Answerer) -> None:
    result = answerer.ask(
        "Tổng kim ngạch xuất khẩu 10 tháng năm 2025 của tỉnh Thử Nghiệm đạt bao nhiêu?"
    )
    assert result.found, result
    assert "2,6 tỷ USD" in (result.answer or "")


@pytest.mark.parametrize(
    "question",
    [
        # a time the paragraph does not write
        "Tổng kim ngạch xuất khẩu 6 tháng năm 2024 của tỉnh Thử Nghiệm đạt bao nhiêu?",
        # another indicator than the sentence's, of the time its paragraph writes
        "kim ngach nhap khau tinh Thu Nghiem 10 thang dau nam 2025 dat bao nhieu",
    ],
)
def test_a_time_or_thing_the_paragraph_does_not_write_abstains(
    answerer: Answerer, question: str
) -> None:
    result = answerer.ask(question)
    assert not result.found, result.answer


def test_a_subject_typed_with_a_defined_acronym_is_written(answerer: Answerer) -> None:
    result = answerer.ask(
        "Cơ quan nào chịu trách nhiệm xây dựng quy trình giải quyết TTHC lĩnh vực vốn ODA "
        "trình UBND tỉnh Thử Nghiệm phê duyệt?"
    )
    assert result.found, result
    assert "Sở Tài chính" in (result.answer or "")


@pytest.mark.parametrize(
    ("text", "phrase", "written"),
    [
        ("dau tu bang nguon von ho tro phat trien chinh thuc (oda) thuoc", "von oda", True),
        ("muc do 4 dich vu cong truc tuyen (dvctt) toan trinh", "dvctt toan trinh", True),
        # the acronym defined for other words than the phrase's
        ("von dau tu cong va cac du an doi tac cong tu (ppp)", "von oda", False),
        # the word too far from the bracket to open what the acronym stands for
        (
            "von cua du an nay duoc bo tri tu nguon ngan sach trung uong ho tro (oda)",
            "von oda",
            False,
        ),
        # neither word an acronym: the phrase is written in a row or not at all
        ("nguon von ho tro phat trien", "von ho", False),
    ],
)
def test_written_with_definition(text: str, phrase: str, written: bool) -> None:
    assert _written_with_definition(text, phrase, ["oda", "dvctt"]) is written
