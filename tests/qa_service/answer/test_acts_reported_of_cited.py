"""A document that reports or performs one act on another, while the question asks of an act
another cited document does: the letter that reports a decision amending a rule, the decision
repealing two amending decisions told apart by year, and an amending decision found for the
subject of the decision it amends. The documents are written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

# a tax office's letter reporting, in one sentence, a decision that amends an older rule
_LETTER = """|
**CỤC THUẾ**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 7123/CT-CS
|
*Hà Nội, ngày 03 tháng 12 năm 2025*
|
V/v đơn giá thuê đất tại tỉnh Lâm Hà
Kính gửi: Công ty Cổ phần Thương mại Sông Xanh
Ngày 12/3/2025, Thuế tỉnh Lâm Hà có Thông báo điều chỉnh đơn giá thuê đất của Công ty trên cơ sở
Quyết định số 09/2025/QĐ-UBND ngày 20/02/2025 về việc sửa đổi, bổ sung một số điều của Quy định
ban hành kèm theo Quyết định số 47/2019/QĐ-UBND ngày 30 tháng 12 năm 2019 của Ủy ban nhân dân
tỉnh về việc ban hành quy định giá các loại đất trên địa bàn tỉnh Lâm Hà 5 năm 2020-2024.
Cục Thuế trả lời để Công ty được biết./.
|
**TL. CỤC TRƯỞNG**
**Nguyễn Văn Bình**
"""

# a decision repealing a rule and the two decisions that amended it
_REPEAL = """|
**ỦY BAN NHÂN DÂN**
**THÀNH PHỐ BẮC GIANG SƠN**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 91/2025/QĐ-UBND
|
*Giang Sơn, ngày 20 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
Bãi bỏ các quyết định về quản lý chợ tạm trên địa bàn thành phố
**ỦY BAN NHÂN DÂN THÀNH PHỐ BẮC GIANG SƠN**
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
**Điều 1.** Bãi bỏ các quyết định sau:
1. Bãi bỏ toàn bộ Quyết định số 17/2018/QĐ-UBND ngày 04/6/2018 của UBND thành phố Sửa đổi, bổ
sung một số điều của Quy định về quản lý chợ tạm trên địa bàn thành phố Bắc Giang Sơn ban hành
kèm theo Quyết định số 40/2013/QĐ-UBND ngày 12/11/2013 của UBND thành phố.
2. Bãi bỏ toàn bộ Quyết định số 05/2022/QĐ-UBND ngày 15/3/2022 của UBND thành phố Sửa đổi, bổ
sung một số điều của Quy định ban hành kèm theo Quyết định số 40/2013/QĐ-UBND quy định về quản lý
chợ tạm trên địa bàn thành phố Bắc Giang Sơn.
**Điều 2.** Quyết định này có hiệu lực thi hành từ ngày 01 tháng 12 năm 2025.
|
**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
**Phạm Văn Long**
"""

# a decision amending the decision that issued a set of cost norms
_AMENDING = """|
**ỦY BAN NHÂN DÂN**
**TỈNH ĐÔNG LÂM**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 33/2025/QĐ-UBND
|
*Đông Lâm, ngày 10 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
SỬA ĐỔI, BỔ SUNG MỘT SỐ NỘI DUNG CỦA QUYẾT ĐỊNH SỐ 21/2023/QĐ-UBND NGÀY 14/8/2023 CỦA UBND
TỈNH ĐÔNG LÂM VỀ BAN HÀNH ĐỊNH MỨC KINH TẾ - KỸ THUẬT DỊCH VỤ CHĂM SÓC TRẺ EM MỒ CÔI
**ỦY BAN NHÂN DÂN TỈNH ĐÔNG LÂM**
*Căn cứ Quyết định số 21/2023/QĐ-UBND ngày 14 tháng 8 năm 2023 của UBND tỉnh Đông Lâm ban hành
Định mức kinh tế - kỹ thuật dịch vụ chăm sóc trẻ em mồ côi;*
*Ủy ban nhân dân tỉnh ban hành Quyết định sửa đổi, bổ sung một số nội dung của Quyết định số
21/2023/QĐ-UBND ngày 14/8/2023 của UBND tỉnh Đông Lâm về ban hành định mức kinh tế - kỹ thuật
dịch vụ chăm sóc trẻ em mồ côi.*
**Điều 1.** Sửa đổi đơn vị tính của dịch vụ chăm sóc tập trung từ "giờ/trẻ" thành "ngày/trẻ".
**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.
|
**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
**Lý Thị Hoa**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    documents = {"cv-7123.md": _LETTER, "qd-91.md": _REPEAL, "qd-33.md": _AMENDING}
    opened = answerer_over(tmp_path_factory.mktemp("reported-acts"), documents)
    yield opened
    opened.close()


def test_the_amending_decision_a_letter_reports_not_the_letter(answerer: Answerer) -> None:
    result = answerer.ask(
        "Quyết định nào sửa đổi, bổ sung quy định giá đất Lâm Hà ban hành kèm QĐ 47/2019?"
    )
    assert result.found
    assert "09/2025/QĐ-UBND" in (result.answer or "")


def test_of_two_amending_decisions_the_one_of_the_year_asked(answerer: Answerer) -> None:
    result = answerer.ask(
        "Văn bản nào sửa đổi bổ sung quy định quản lý chợ tạm Bắc Giang Sơn năm 2022?"
    )
    assert result.found
    assert "05/2022/QĐ-UBND" in (result.answer or "")


def test_the_decision_issuing_norms_its_amending_decision_cites(answerer: Answerer) -> None:
    result = answerer.ask(
        "Định mức kinh tế kỹ thuật dịch vụ chăm sóc trẻ em mồ côi của Đông Lâm được ban hành theo "
        "quyết định số mấy, ngày nào?"
    )
    assert result.found
    assert "21/2023/QĐ-UBND" in (result.answer or "")
