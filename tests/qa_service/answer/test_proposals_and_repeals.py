"""Rules read in session 46, on documents written here:

- "Sở X đề nghị ... tại văn bản số mấy": the body opening the question acts by the document
  asked; a document another body issued (the decision answering the proposal) is not it, the
  proposal it cites is;
- "Bãi bỏ toàn bộ Quyết định số A ... ban hành Quy định X và Quyết định số B ... về sửa đổi
  ... A": "toàn bộ" between the verb and the document keeps A the one repealed, so "bãi bỏ
  quyết định nào ban hành Quy định X" is answered by A, not by B, cited on the title's next line;
- "thay cho QĐ 14/2025/QĐ-UBND bị bãi bỏ bởi QĐ 75/2025": a number with its year beside one
  written in full names the document of the collection that has it as its own, so the
  repealing decision is not the new one asked for; nor, asked of it with no relation, is a
  document it repeals ("Sau khi QĐ 81/2025 bãi bỏ QĐ 55/2014, ... áp dụng quyết định số mấy");
- a capitalized word standing alone ("Trạm Kiểm lâm Lìa") names what the document must write;
- "bao nhiêu năm" is not answered by months of another thing;
- "đến hết ngày nào" is answered by the day "đến hết ngày" leads, not another;
- "Đơn vị chịu trách nhiệm ..." heads a column of bodies;
- "A và B lần lượt": a value's case may be said after it ("Mức 10 lần mức chuẩn đối với đối
  tượng là B");
- "tỷ trọng" asks a share;
- a quoted name is written with its acronym spelled out ("thuốc BVTV" as "thuốc bảo vệ thực
  vật").
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

REPEAL = """|
**ỦY BAN NHÂN
DÂN **
TỈNH THỬ NGHIỆM
--------
|
Số:
91/2025/QĐ-UBND
|
*Thử Nghiệm, ngày
03 tháng 12 năm 2025*
|
**QUYẾT ĐỊNH**
BÃI BỎ TOÀN BỘ
QUYẾT ĐỊNH SỐ 12/2017/QĐ-UBND NGÀY 21/3/2017 CỦA ỦY BAN NHÂN DÂN TỈNH BAN HÀNH
QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ DU LỊCH VÀ
QUYẾT ĐỊNH SỐ 17/2021/QĐ-UBND NGÀY 15/6/2021 CỦA ỦY BAN NHÂN DÂN TỈNH VỀ SỬA
ĐỔI, BỔ SUNG QUYẾT ĐỊNH SỐ 12/2017/QĐ-UBND NGÀY 21/3/2017 CỦA ỦY BAN NHÂN DÂN
TỈNH
*Căn cứ Luật Tổ chức chính quyền địa phương
ngày 16/6/2025;*
*Theo đề nghị của Sở Du lịch tại Văn bản số 1702/TTr-SDL
ngày 06/11/2025; ý kiến thẩm định của Sở Tư pháp tại Báo cáo số 3301/BC-STP
ngày 07/11/2025.*
**Điều 1. Bãi bỏ toàn bộ các quyết định**
Bãi bỏ toàn bộ Quyết định số 12/2017/QĐ-UBND
ngày 21/3/2017 của Ủy ban nhân dân tỉnh ban hành Quy định chức năng, nhiệm vụ,
quyền hạn và cơ cấu tổ chức của Sở Du lịch và Quyết định số 17/2021/QĐ-UBND
ngày 15/6/2021 của Ủy ban nhân dân tỉnh về sửa đổi, bổ sung Quyết định số
12/2017/QĐ-UBND ngày 21/3/2017 của Ủy ban nhân dân tỉnh.
**Điều 2. Điều khoản thi hành**
1. Quyết định này có hiệu lực kể từ ngày ban
hành.
2. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám
đốc Sở Du lịch chịu trách nhiệm thi hành Quyết định này./.
**TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH**
Lê Văn Thử
"""


NEW_RULES = """**ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM**

Số: 75/2025/QĐ-UBND

*Thử Nghiệm, ngày 20 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Bãi bỏ Quyết định số 14/2025/QĐ-UBND ngày 01/3/2025 của Ủy ban nhân dân tỉnh ban hành Quy
định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Xây dựng**

**Điều 1.** Bãi bỏ toàn bộ Quyết định số 14/2025/QĐ-UBND ngày 01/3/2025 của Ủy ban nhân dân
tỉnh ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Xây dựng; và
bãi bỏ một phần Quyết định số 24/2019/QĐ-UBND ngày 02/5/2019 của Ủy ban nhân dân tỉnh sửa
đổi, bổ sung Quy định về quản lý và sử dụng tạm thời vỉa hè.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
Đỗ Văn Thử
"""

FORESTS = """**ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM**

Số: 39/2025/QĐ-UBND

*Thử Nghiệm, ngày 25 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Quy định chức năng, nhiệm vụ của Chi cục Kiểm lâm tỉnh Thử Nghiệm**

**Điều 3.** Các Trạm Kiểm lâm thuộc các Hạt Kiểm lâm:

a) Trạm Kiểm lâm Tân Ấp, Trạm Kiểm lâm Mai Hóa thuộc Hạt Kiểm lâm Tuyên Hóa;

b) Trạm Kiểm lâm Troóc, Trạm Kiểm lâm Khe Sến thuộc Hạt Kiểm lâm Phong Nha.

**Điều 4.** Thẻ kiểm lâm viên: hồ sơ gồm 02 ảnh màu (ảnh chụp trong thời gian không quá 06
tháng tính đến thời điểm nộp hồ sơ).

**Điều 5.** Mức phụ cấp của kiểm lâm viên:

đ) Mức phụ cấp trách nhiệm hàng tháng: Mức 0,5 lần mức chuẩn đối với đối tượng là kiểm lâm
viên trung cấp; Mức 0,7 lần mức chuẩn đối với đối tượng là kiểm lâm viên chính;

g) Kiểm lâm viên khi chết được hỗ trợ chi phí mai táng bằng 20 lần mức chuẩn.

**Điều 6.** Mục tiêu đến năm 2030: tỷ trọng diện tích rừng được bảo vệ đạt tối thiểu 30% diện
tích có rừng của tỉnh.

**Điều 8.** Các phương án bảo vệ rừng phải phù hợp với quy hoạch lâm nghiệp trong thời hạn 12
tháng kể từ ngày quy hoạch được phê duyệt.

**Điều 7.** Đối với các hồ sơ đề nghị cấp thẻ kiểm lâm viên phát sinh trước ngày 01/01/2026
thì thực hiện theo quy định cũ.

Đối với các hồ sơ phát sinh từ ngày 01/01/2026 đến hết ngày 04/01/2026 thì mức thu thực hiện
theo quy định cũ.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
Đỗ Văn Thử
"""

DELEGATION = """**ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM**

Số: 63/2025/QĐ-UBND

*Thử Nghiệm, ngày 18 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Phân cấp cho Sở Tư pháp tỉnh Thử Nghiệm có ý kiến về việc cho con nuôi nước ngoài**

**Điều 1.** Phân cấp cho Sở Tư pháp có ý kiến về việc cho trẻ em làm con nuôi nước ngoài.

**TM. ỦY BAN NHÂN DÂN**
**CHỦ TỊCH**
Đỗ Văn Thử
"""

STATISTICS = """**BỘ NỘI VỤ THỬ NGHIỆM**

Số: 1383/QĐ-BNV

*Hà Nội, ngày 24 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Ban hành Lịch phổ biến thông tin thống kê năm 2026 của Bộ Nội vụ**

**LỊCH PHỔ BIẾN THÔNG TIN THỐNG KÊ NĂM 2026**

| STT | Tên thông tin thống kê | Thời gian phổ biến | Đơn vị chịu trách nhiệm phổ biến |
|---|---|---|---|
| 1 | Số lượt người được hưởng trợ cấp ưu đãi người có công | Tháng 3/2026 | Cục Người có công |
| 2 | Số người lao động được giải quyết hưởng trợ cấp thất nghiệp | Tháng 6/2026 | Cục Việc làm |

**BỘ TRƯỞNG**
Phạm Thị Thử
"""

PESTICIDES = """**BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG THỬ NGHIỆM**

Số: 5042/QĐ-BNNMT

*Hà Nội, ngày 26 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

**Công bố thủ tục hành chính nội bộ lĩnh vực bảo vệ thực vật**

**Điều 1.** Công bố kèm theo Quyết định này thủ tục hành chính nội bộ lĩnh vực bảo vệ thực vật.

**DANH MỤC THỦ TỤC HÀNH CHÍNH NỘI BỘ**

| STT | Mã TTHC | Tên thủ tục hành chính | Lĩnh vực | Căn cứ pháp lý | Cơ quan thực hiện |
|---|---|---|---|---|---|
| 6 | 5.000123 | Quyết định xuất, cấp thuốc bảo vệ thực vật dự trữ quốc gia để kịp thời \
chống dịch | Bảo vệ thực vật | Luật Dự trữ quốc gia năm 2012 | Bộ Nông nghiệp và Môi trường |
| 7 | 5.000124 | Quyết định về số lượng, danh mục thuốc bảo vệ thực vật dự trữ quốc gia \
| Bảo vệ thực vật | Điều 20 Luật Bảo vệ và kiểm dịch thực vật năm 2013 | Thủ tướng Chính phủ |

**BỘ TRƯỞNG**
Lê Văn Thử
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("proposals-repeals"),
        {
            "bai-bo.md": REPEAL,
            "bai-bo-2.md": NEW_RULES,
            "kiem-lam.md": FORESTS,
            "thong-ke.md": STATISTICS,
            "phan-cap.md": DELEGATION,
            "thuoc.md": PESTICIDES,
        },
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_the_proposal_of_the_body_opening_the_question(answerer: Answerer) -> None:
    result = answerer.ask("Sở Du lịch tỉnh Thử Nghiệm đề nghị bãi bỏ tại văn bản số mấy?")
    assert result.found and "1702/TTr-SDL" in (result.answer or ""), result.answer
    assert "91/2025" not in (result.answer or "")
    # a body acted on ("được phân cấp") does not act by the document asked: the committee's is it
    delegated = answerer.ask(
        "Sở Tư pháp tỉnh Thử Nghiệm được phân cấp có ý kiến việc cho con nuôi nước ngoài tại quyết "
        "định nào?"
    )
    assert delegated.found and "63/2025/QĐ-UBND" in (delegated.answer or ""), delegated.answer


def test_the_decision_repealed_whole_is_the_one_described(answerer: Answerer) -> None:
    result = answerer.ask(
        "Quyết định 91/2025/QĐ-UBND bãi bỏ quyết định nào ban hành quy định chức năng của Sở "
        "Du lịch?"
    )
    assert result.found and "12/2017/QĐ-UBND" in (result.answer or ""), result.answer
    assert "17/2021" not in (result.answer or "")


def test_the_repealing_decision_named_is_not_the_new_one(answerer: Answerer) -> None:
    new = answerer.ask(
        "Tỉnh Thử Nghiệm ban hành QĐ số mấy quy định chức năng, nhiệm vụ mới của Sở Xây dựng "
        "thay cho QĐ 14/2025/QĐ-UBND bị bãi bỏ bởi QĐ 75/2025?"
    )
    assert not new.found, new.answer
    applied = answerer.ask(
        "Sau khi QĐ 75/2025/QĐ-UBND bãi bỏ QĐ 14/2025, tỉnh Thử Nghiệm áp dụng quyết định số "
        "mấy để quản lý sử dụng tạm thời vỉa hè?"
    )
    assert not applied.found, applied.answer
    repealed = answerer.ask("QĐ 75/2025/QĐ-UBND tỉnh Thử Nghiệm bãi bỏ một phần quyết định nào?")
    assert repealed.found and "24/2019" in (repealed.answer or ""), repealed.answer
    # the old one asked, no repeal stated of a document named: the one it repeals answers
    old = answerer.ask(
        "Quy định chức năng, nhiệm vụ của Sở Xây dựng tỉnh Thử Nghiệm cũ trước QĐ 75/2025/QĐ-UBND "
        "là quyết định số mấy?"
    )
    assert old.found and "14/2025/QĐ-UBND" in (old.answer or ""), old.answer


def test_a_name_standing_alone_must_be_written(answerer: Answerer) -> None:
    absent = answerer.ask(
        "Theo QĐ 39/2025/QĐ-UBND tỉnh Thử Nghiệm, Trạm Kiểm lâm Lìa thuộc Hạt Kiểm lâm nào?"
    )
    assert not absent.found, absent.answer
    present = answerer.ask(
        "Theo QĐ 39/2025/QĐ-UBND tỉnh Thử Nghiệm, Trạm Kiểm lâm Troóc thuộc Hạt Kiểm lâm nào?"
    )
    assert present.found and "Phong Nha" in (present.answer or ""), present.answer


def test_years_asked_are_not_answered_by_months(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thẻ kiểm lâm viên cấp theo QĐ 39/2025/QĐ-UBND tỉnh Thử Nghiệm có thời hạn sử dụng bao "
        "nhiêu năm?"
    )
    assert not result.found, result.answer
    # twelve months are a year
    whole = answerer.ask(
        "Theo QĐ 39/2025/QĐ-UBND tỉnh Thử Nghiệm, phương án bảo vệ rừng phải phù hợp với quy "
        "hoạch lâm nghiệp trong thời hạn bao nhiêu năm kể từ ngày quy hoạch được phê duyệt?"
    )
    assert whole.found and "12 tháng" in (whole.answer or ""), whole.answer


def test_the_day_led_by_the_words_asked(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo QĐ 39/2025/QĐ-UBND tỉnh Thử Nghiệm, hồ sơ cấp thẻ kiểm lâm viên phát sinh đến hết "
        "ngày nào thì mức thu vẫn theo quy định cũ?"
    )
    assert result.found and "04/01/2026" in (result.answer or ""), result.answer


def test_a_column_of_bodies_responsible(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo Lịch phổ biến thông tin thống kê năm 2026 của Bộ Nội vụ (QĐ 1383/QĐ-BNV), đơn vị "
        "nào phổ biến số lượt người hưởng trợ cấp ưu đãi người có công?"
    )
    assert result.found and "Cục Người có công" in (result.answer or ""), result.answer


def test_two_cases_said_after_their_values(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo QĐ 39/2025/QĐ-UBND tỉnh Thử Nghiệm, mức phụ cấp trách nhiệm hàng tháng của kiểm "
        "lâm viên trung cấp và kiểm lâm viên chính lần lượt bằng bao nhiêu lần mức chuẩn?"
    )
    assert result.found, result.answer
    assert "0,5 lần" in (result.answer or "") and "0,7 lần" in (result.answer or "")
    assert "20 lần" not in (result.answer or "")


def test_a_weight_asked_is_a_share(answerer: Answerer) -> None:
    result = answerer.ask(
        "QĐ 39/2025/QĐ-UBND tỉnh Thử Nghiệm đặt mục tiêu đến 2030 tỷ trọng diện tích rừng được "
        "bảo vệ đạt tối thiểu bao nhiêu?"
    )
    assert result.found and "30%" in (result.answer or ""), result.answer


def test_a_quoted_name_with_its_acronym_spelled_out(answerer: Answerer) -> None:
    result = answerer.ask(
        'TTHC nội bộ "Quyết định về số lượng, danh mục thuốc BVTV dự trữ quốc gia" công bố tại '
        "QĐ 5042/QĐ-BNNMT do cấp nào quyết định?"
    )
    assert result.found and "Thủ tướng" in (result.answer or ""), result.answer
