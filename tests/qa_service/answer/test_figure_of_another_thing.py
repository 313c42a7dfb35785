"""A figure stated for another thing than the one asked answers nothing: a measure of another
good ("0,75 lít nước mắm" for "bao nhiêu lít sữa"), a number of copies for a fine, the number
of a form or an article for a count, a rate whose sentence names another indicator before a
comma, the value of another kind of card ("Thẻ kim cương" for "Thẻ bạc"), a share another
payer pays ("do cơ quan ... đóng" for "đoàn viên phải đóng"), the number of a listed item for
a count ("16 Thủ tục cấp ..."). The figure of the thing asked is
still answered. The document is written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.value_kind import (
    things_measured,
)
from tests.qa_service.answer.value_candidates import mismatch_for
from tests.qa_service.small_index import answerer_over

RESOLUTION = """**HỘI ĐỒNG NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 45/2025/NQ-HĐND

*Thử Nghiệm, ngày 18 tháng 11 năm 2025*

**NGHỊ QUYẾT**

Quy định chế độ ăn, hỗ trợ học phí và lưu trữ hồ sơ trên địa bàn tỉnh Thử Nghiệm

**Điều 1.** Mỗi người được cấp hằng tháng:

a) 17 kg gạo tẻ;

b) 0,75 lít nước mắm;

c) 2 lít sữa tươi.

**Điều 2.** Khi nộp lưu tài liệu phải lập 02 bản mục lục hồ sơ. Vi phạm bị phạt tiền \
5.000.000 đồng.

**Điều 3.** Hồ sơ gồm biểu mẫu xác định xã khu vực I, II, III (Mẫu số 06, 07 ban hành \
kèm theo Nghị quyết này). Tỉnh có 12 xã khu vực III.

**Điều 4.** Bố trí nguồn lực cho giáo dục (bảo đảm tỷ lệ phòng học, phòng công vụ, phòng \
nội trú được kiên cố hóa đạt 100%). Tỷ lệ giải ngân vốn đầu tư công đạt 95%.

**Điều 6.** Kinh phí công đoàn do cơ quan, tổ chức, doanh nghiệp đóng bằng 2% quỹ tiền lương.

**Điều 7.** Bãi bỏ 05 thủ tục hành chính lĩnh vực đo lường.

16 Thủ tục cấp giấy xác nhận đo lường - Hồ sơ đầy đủ, hợp lệ: 10 ngày.

**Điều 5.** Thẻ kim cương được hỗ trợ 100% học phí. Thẻ vàng được hỗ trợ 70% học phí.

**TM. HỘI ĐỒNG NHÂN DÂN**
**CHỦ TỊCH**

**Trần Văn Thưởng**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("another-thing"),
        {"thu-nghiem_nghi-quyet-45.md": RESOLUTION},
        lexical_only=True,
    )
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Mỗi người được bao nhiêu lít sữa mỗi tháng?", ("sua",)),
        ("son la xuat khau bao nhieu tan sau rieng", ("sau", "rieng")),
        ("Mỗi người được bao nhiêu kg gạo tẻ một tháng?", ("gao", "te")),
        ("Cơ sở xả bao nhiêu m3 mỗi ngày?", ()),
        ("Bao nhiêu m3/ngày đêm thì phải xử lý?", ()),
        ("Tỉnh có bao nhiêu xã khu vực III?", ()),
        # "may" of "dệt may" asks nothing: the "bao nhiêu" after it does
        ("Ngành dệt may xuất khẩu bao nhiêu tấn sợi?", ("soi",)),
    ],
)
def test_the_thing_measured(question: str, expected: tuple[str, ...]) -> None:
    assert things_measured(question) == expected


@pytest.mark.parametrize(
    ("question", "written", "value", "fits"),
    [
        # a measure of another good than the one asked, and of the good asked
        ("Mỗi người được bao nhiêu lít sữa mỗi tháng?", "0,75 lít", "0,75", False),
        ("Mỗi người được bao nhiêu lít nước mắm mỗi tháng?", "0,75 lít", "0,75", True),
        ("Mỗi người được bao nhiêu lít sữa mỗi tháng?", "2 lít sữa", "2", True),
        ("moi nguoi duoc bao nhieu kg gao te moi thang", "17 kg", "17", True),
        # a fine asked: a number of copies is no sum of money; the fine is
        ("Mức phạt đối với việc không lập mục lục hồ sơ là bao nhiêu?", "02 bản", "02", False),
        ("Mức phạt khi không lập mục lục hồ sơ là bao nhiêu?", "5.000.000", "5.000.000", True),
        # the number of a form for a count; the count
        ("Tỉnh có bao nhiêu xã khu vực III?", "06, 07 ban", "07", False),
        ("Tỉnh có bao nhiêu xã khu vực III?", "12 xã", "12", True),
        # a rate named before a comma of its own sentence; the rate asked
        ("Tỷ lệ giải ngân vốn đầu tư công đạt bao nhiêu phần trăm?", "đạt 100%", "100%", False),
        ("Tỷ lệ giải ngân vốn đầu tư công đạt bao nhiêu phần trăm?", "đạt 95%", "95%", True),
        ("Tỷ lệ phòng học được kiên cố hóa đạt bao nhiêu phần trăm?", "đạt 100%", "100%", True),
        # the number a listed item opens with for a count; the count
        ("Bãi bỏ bao nhiêu thủ tục hành chính lĩnh vực đo lường?", "16 Thủ tục", "16", False),
        ("Bãi bỏ bao nhiêu thủ tục hành chính lĩnh vực đo lường?", "05 thủ tục", "05", True),
        # another payer than the one asked; the payer asked
        ("Đoàn viên phải đóng đoàn phí bằng bao nhiêu % tiền lương?", "bằng 2%", "2%", False),
        ("Doanh nghiệp phải đóng kinh phí công đoàn bao nhiêu %?", "bằng 2%", "2%", True),
        ("Kinh phí công đoàn được đóng bằng bao nhiêu % quỹ tiền lương?", "bằng 2%", "2%", True),
        # another kind of card than the one asked; the kind asked
        ("Con của người có Thẻ bạc được hỗ trợ bao nhiêu % học phí?", "100% học", "100%", False),
        ("Con của người có Thẻ vàng được hỗ trợ bao nhiêu % học phí?", "70% học", "70%", True),
        ("Người có Thẻ kim cương được hỗ trợ bao nhiêu % học phí?", "100% học", "100%", True),
    ],
)
def test_a_figure_of_another_thing(
    answerer: Answerer, question: str, written: str, value: str, fits: bool
) -> None:
    mismatch = mismatch_for(answerer, question, written, value)
    assert (mismatch is None) is fits, mismatch
