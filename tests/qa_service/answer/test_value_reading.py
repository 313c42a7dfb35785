"""How a value is read from the structure of a statement: a number that ends a name is none, a
band asked in other words ("chưa đủ 2 năm" for "dưới 02 năm"), a bound of the value that is the
bound asked, a day asked of a row with a days column, a time stated in words, a fraction for a
share, the count of a group's heading row, a later part of a list for a total, the sentence of
a value right after the rule it is of."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from qa_service.answer import Answerer
from qa_service.answer.evidence import Candidate
from qa_service.answer.extractors import (
    Extracted,
    _asked_bands,
    _band_fit,
    _other_name,
    _total_fit,
    _values,
    extract,
    other_action,
    value_answer,
)
from qa_service.answer.question import analyse
from qa_service.answer.value_kind import (
    value_mismatch,
)
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 12/2025/NQ-HĐND

Thử Nghiệm, ngày 10 tháng 12 năm 2025

NGHỊ QUYẾT

Quy định chính sách hỗ trợ người làm việc tại hội và bồi thường nhà ở trong hành lang lưới điện

Điều 1. Chế độ trợ cấp

1. Được hưởng trợ cấp một lần, mức trợ cấp theo thời gian làm việc tại hội:

a) Đối với người làm việc tại hội từ 05 năm trở lên: mức trợ cấp một lần bằng 24 tháng tiền \
lương hiện hưởng.

b) Đối với người làm việc tại hội từ 02 năm đến dưới 05 năm: mức trợ cấp một lần bằng 20 \
tháng tiền lương hiện hưởng.

c) Đối với người làm việc tại hội dưới 02 năm: mức trợ cấp một lần bằng số tiền lương hiện \
hưởng nhân với số tháng làm việc thực tế tại hội (không vượt quá 15 tháng tiền lương hiện \
hưởng).

2. Thời điểm chi trả tiền lương dạy thêm giờ cho nhà giáo được thực hiện sau khi kết thúc năm \
học.

Điều 2. Bồi thường nhà ở

1. Nhà ở, công trình phục vụ sinh hoạt có một phần diện tích nằm trong hành lang bảo vệ an \
toàn đường dây dẫn điện áp cao trên không, được xây dựng trên đất đủ điều kiện bồi thường thì \
chủ sở hữu được bồi thường phần diện tích trong hành lang.

Mức bồi thường bằng 50% giá trị xây dựng mới của nhà ở, công trình;

2. Trường hợp nhà ở được xây dựng trên đất không đủ điều kiện bồi thường thì chủ sở hữu được \
hỗ trợ phần diện tích trong hành lang.

Mức hỗ trợ bằng 20% giá trị xây dựng mới của nhà ở, công trình;

Điều 3. Trách nhiệm thi hành

1. Sở Công Thương Thử Nghiệm có trách nhiệm:

a) Tổ chức triển khai thực hiện Nghị quyết này.

b) Tổ chức thực hiện việc tiếp nhận văn bản kê khai giá theo quy định tại khoản 5 Điều 28 \
Luật Giá.

2. Đơn vị cung cấp dịch vụ đăng kiểm có trách nhiệm kê khai, niêm yết, công khai thông tin về \
giá dịch vụ đăng kiểm tàu cá theo quy định pháp luật về giá.
"""

SCHEDULE = """BỘ Y TẾ

Số: 88/QĐ-BYT

Hà Nội, ngày 02 tháng 12 năm 2025

QUYẾT ĐỊNH

Về việc ban hành quy trình xét tặng giải thưởng Ngọc Lan Thử Nghiệm

|
**Bước**
|
**Nội dung công việc**
|
**Thời gian thực hiện**
|
|
1
|
Cá nhân đề nghị xét tặng giải thưởng gửi hồ sơ về đơn vị trực tiếp quản lý chậm nhất là \
ngày 15 tháng 8 của năm xét tặng.
|
15 ngày
|
|
2
|
Đơn vị trực tiếp quản lý gửi hồ sơ của cá nhân đề nghị xét tặng về Hội đồng cơ sở chậm nhất \
là ngày 30 tháng 9 của năm xét tặng.
|
45 ngày
|
"""

PROCEDURES = """ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM

Số: 1498/QĐ-UBND

Thử Nghiệm, ngày 05 tháng 12 năm 2025

QUYẾT ĐỊNH

Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực văn hóa và thể thao

Điều 1. Phê duyệt kèm theo Quyết định này 40 quy trình nội bộ giải quyết thủ tục hành chính.

|
**STT**
|
**Tên thủ tục hành chính**
|
**Thời hạn giải quyết**
|
|
**I**
|
**Lĩnh vực văn hóa cơ sở (08 TTHC)**
|
|
1
|
Thủ tục công nhận danh hiệu thôn văn hóa
|
05 ngày làm việc
|
|
**II**
|
**Lĩnh vực thể dục thể thao (32 TTHC)**
|
|
1
|
Thủ tục công nhận câu lạc bộ thể thao cơ sở
|
07 ngày làm việc
|
"""

REPEAL = """ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM

Số: 40/2025/QĐ-UBND

Thử Nghiệm, ngày 08 tháng 12 năm 2025

QUYẾT ĐỊNH

Bãi bỏ văn bản quy phạm pháp luật về nhuận bút

Điều 1. Bãi bỏ Quyết định số 35/2015/QĐ-UBND ngày 17/12/2015 của UBND tỉnh Thử Nghiệm về \
việc ban hành Quy định chế độ nhuận bút đối với tác phẩm báo chí trên địa bàn tỉnh.
"""

SHARES = """HỘI ĐỒNG NHÂN DÂN TỈNH THỬ NGHIỆM

Số: 33/2025/NQ-HĐND

Thử Nghiệm, ngày 09 tháng 12 năm 2025

NGHỊ QUYẾT

Tỷ lệ vốn đối ứng thực hiện Chương trình giảm nghèo bền vững

Điều 1. Tỷ lệ vốn đối ứng của ngân sách địa phương (tỉnh, xã) theo Bảng sau:

|
**TT**
|
**Địa phương**
|
**Tỷ lệ vốn đối ứng ngân sách địa phương (%)**
|
**Ghi chú**
|
|
**Tỉnh**
|
**Xã**
|
|
|
|
1
|
Xã Sơn Thủy
|
80
|
20
|
Áp dụng trên địa bàn xã theo Nghị quyết số 1314/NQ-UBTVQH15 giai đoạn 2023 - 2025.
|
|
2
|
Phường Hòa Bình
|
35
|
65
|
Áp dụng trên địa bàn phường theo Nghị quyết số 1314/NQ-UBTVQH15 giai đoạn 2023 - 2025.
|
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("value-reading")
    opened = answerer_over(
        root,
        {
            "nghi-quyet-12.md": RESOLUTION,
            "quyet-dinh-88.md": SCHEDULE,
            "quyet-dinh-1498.md": PROCEDURES,
            "quyet-dinh-40.md": REPEAL,
            "nghi-quyet-33.md": SHARES,
        },
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_a_digit_that_ends_a_name_is_no_value() -> None:
    text = "Thực hiện vùng phát thải thấp tại Vành đai 1 và một số khu vực tại Vành đai 2 trở vào"
    assert _values(text) == []
    counted = "Khu vực đường Vành đai 3, gồm 36 phường, xã: 14 phường thuộc Vành đai 2"
    assert [v[2] for v in _values(counted)] == ["36", "14"]
    # a few things counted, or a share, are values still
    assert [v[2] for v in _values("tỉnh có 5 trạm")] == ["5"]
    assert [v[2] for v in _values("tại Hà Nội có 5 trạm")] == ["5"]


def test_the_number_of_an_address_is_no_value() -> None:
    text = (
        "Bộ phận Một cửa Sở Khoa học và Công nghệ (244 Điện Biên Phủ, Phường Xuân Hòa) và "
        "Trung tâm phục vụ hành chính công (Số 04 đường Nguyễn Tất Thành, Phường Bà Rịa) "
        "tiếp nhận 28 hồ sơ"
    )
    assert [v[2] for v in _values(text)] == ["28"]
    # a count of bodies is a value still
    assert [v[2] for v in _values("gồm 12 Sở, ngành và 3 huyện")] == ["12", "3"]


def test_a_band_asked_in_other_words() -> None:
    bands = _asked_bands("nguoi lam viec o hoi chua du 2 nam thi duoc tro cap may thang")
    assert bands == [("duoi", "2", "nam")]
    assert _band_fit(bands, "doi voi nguoi lam viec tai hoi duoi 02 nam: muc tro cap") > 0
    # another band of the same scale, naming none asked
    assert _band_fit(bands, "doi voi nguoi lam viec tai hoi tu 05 nam tro len: 24 thang") < 0
    assert _band_fit(bands, "tu 02 nam den duoi 05 nam") < 0


def test_the_band_asked_is_answered_with_its_bound(answerer: Answerer) -> None:
    result = answerer.ask(
        "Người làm việc ở hội chưa đủ 2 năm thì được trợ cấp một lần nhiều nhất mấy tháng lương?"
    )
    assert result.found, result
    assert "15 tháng" in result.answer
    assert_quotes_verbatim(answerer, result)


def test_the_bound_asked_is_no_other_action(answerer: Answerer) -> None:
    text = "nhân với số tháng làm việc thực tế tại hội (không vượt quá 15 tháng tiền lương)"
    at = text.index("15")
    most = analyse(
        answerer.corpus, route_question("được trợ cấp một lần nhiều nhất mấy tháng?"), None
    )
    assert not other_action(most, text, at)
    # no bound asked: the bound's words are no words of the question
    plain_q = analyse(answerer.corpus, route_question("được trợ cấp một lần mấy tháng?"), None)
    assert other_action(plain_q, text, at)


def test_a_day_asked_of_a_row_with_a_days_column(answerer: Answerer) -> None:
    result = answerer.ask(
        "Hạn cuối cá nhân nộp hồ sơ xét tặng giải thưởng Ngọc Lan Thử Nghiệm về đơn vị trực "
        "tiếp quản lý là ngày nào trong năm xét tặng?"
    )
    assert result.found, result
    assert "15 tháng 8" in result.answer
    assert_quotes_verbatim(answerer, result)


def test_stop_words_around_an_insertion_make_no_other_procedure(answerer: Answerer) -> None:
    q = analyse(
        answerer.corpus,
        route_question("hồ sơ về đơn vị trực tiếp quản lý là ngày nào?"),
        None,
    )
    assert not _other_name(q, "gửi hồ sơ về đơn vị trực tiếp quản lý chậm nhất là ngày 15")
    renamed = analyse(answerer.corpus, route_question("cấp giấy phép khoan mất mấy ngày?"), None)
    assert _other_name(renamed, "Cấp lại giấy phép khoan")


def test_the_paper_left_out_of_an_act_names_no_other_procedure(answerer: Answerer) -> None:
    # "cấp phép" is "cấp giấy phép" said short; "cấp lại" is another act
    q = analyse(
        answerer.corpus,
        route_question("mã TTHC cấp phép hoạt động dự báo khí tượng thủy văn là gì?"),
        None,
    )
    assert not _other_name(q, "Cấp giấy phép hoạt động dự báo khí tượng thủy văn")
    assert _other_name(q, "Cấp lại giấy phép hoạt động dự báo khí tượng thủy văn")


def test_a_time_stated_in_words(answerer: Answerer) -> None:
    result = answerer.ask("Tiền lương dạy thêm giờ của nhà giáo được chi trả vào thời điểm nào?")
    assert result.found, result
    assert "sau khi kết thúc năm học" in result.answer
    assert_quotes_verbatim(answerer, result)


def test_a_fraction_is_a_share(answerer: Answerer) -> None:
    q = analyse(
        answerer.corpus,
        route_question("Hội nghị phải có ít nhất bao nhiêu phần hộ gia đình tham dự?"),
        None,
    )
    q = replace(q, route=replace(q.route, intent="figure"))
    corpus = answerer.corpus
    doc_id = next(
        d for d in corpus.documents if corpus.documents[d].meta.number == "12/2025/NQ-HĐND"
    )
    unit = next(corpus.units[i] for i in corpus.doc_units[doc_id] if "50%" in corpus.units[i].text)
    text = unit.text
    fraction = replace(unit, text=text.replace("50%", "2/3"))
    at = fraction.text.index("2/3")
    candidate = Candidate(unit=fraction, evidence=1.0, prior=0.0, focus=(at, at + 3))
    assert value_mismatch(corpus, q, [candidate]) is None


def test_a_later_part_of_a_list_is_no_total() -> None:
    text = (
        "có 99 đơn vị hành chính cấp xã, gồm 66 xã và 33 phường; trong đó có 65 xã, 33 phường "
        "hình thành sau sắp xếp và 01 xã không thực hiện sắp xếp."
    )
    assert _total_fit(text, text.index("99"), text.index("99") + 2) > 0
    for part in ("33 phường;", "01 xã"):
        at = text.index(part)
        assert _total_fit(text, at, at + 2) < 0


def test_the_value_right_after_its_rule(answerer: Answerer) -> None:
    result = answerer.ask(
        "Nhà ở nằm trong hành lang an toàn lưới điện cao áp, xây trên đất đủ điều kiện bồi "
        "thường, thì chủ sở hữu được bao nhiêu phần trăm?"
    )
    assert result.found, result
    assert "50%" in result.answer
    assert_quotes_verbatim(answerer, result)


def test_the_count_of_a_groups_heading_row(answerer: Answerer) -> None:
    result = answerer.ask(
        "Lĩnh vực thể dục thể thao có bao nhiêu TTHC được phê duyệt quy trình nội bộ?"
    )
    assert result.found, result
    assert "32" in result.answer
    assert_quotes_verbatim(answerer, result)


def test_a_body_asked_comes_from_a_sentence_that_names_one(answerer: Answerer) -> None:
    corpus = answerer.corpus
    q = analyse(
        corpus,
        route_question("Nghị quyết giao đơn vị nào tiếp nhận văn bản kê khai giá dịch vụ?"),
        None,
    )
    doc_id = next(
        d for d in corpus.documents if corpus.documents[d].meta.number == "12/2025/NQ-HĐND"
    )
    units = [corpus.units[i] for i in corpus.doc_units[doc_id]]

    def extracted(written: str) -> Extracted | None:
        unit = next(u for u in units if u.text.startswith(written))
        return extract(corpus, q, Candidate(unit=unit, evidence=1.0, prior=0.0), "agency")

    named = extracted("b) Tổ chức thực hiện việc tiếp nhận")
    assert named is not None and "Sở Công Thương" in named[0]
    # a sentence naming no body is no answer to "which body": another unit answers, or none
    assert extracted("Đơn vị cung cấp dịch vụ") is None


def test_a_full_date_asked_is_no_year(answerer: Answerer) -> None:
    result = answerer.ask(
        "Quyết định số 35/2015 của UBND tỉnh Thử Nghiệm quy định chế độ nhuận bút cho tác phẩm "
        "báo chí được ký ngày tháng năm nào?"
    )
    assert result.found, result
    assert "17/12/2015" in result.answer
    assert_quotes_verbatim(answerer, result)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Theo Nghị quyết 33/2025 của Hội đồng nhân dân tỉnh Thử Nghiệm, ngân sách xã phải "
            "đối ứng bao nhiêu phần trăm đối với phường Hòa Bình?",
            "65",
        ),
        (
            "Ngân sách tỉnh đối ứng bao nhiêu phần trăm cho phường Hòa Bình theo Nghị quyết "
            "33/2025?",
            "35",
        ),
    ],
)
def test_the_column_the_question_names(answerer: Answerer, question: str, expected: str) -> None:
    corpus = answerer.corpus
    q = analyse(corpus, route_question(question), None)
    doc_id = next(
        d for d in corpus.documents if corpus.documents[d].meta.number == "33/2025/NQ-HĐND"
    )
    row = next(
        corpus.units[i] for i in corpus.doc_units[doc_id] if "Hòa Bình" in corpus.units[i].text
    )
    found = value_answer(corpus, q, row, "figure")
    assert found is not None
    a, b = found[1]
    assert row.text[a:b] == expected
