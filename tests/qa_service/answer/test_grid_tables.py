"""A table of procedures whose cells run past the lines the index reads as one cell (the
places and bodies listed item by item): the index cuts the rows apart, the table read again
from the document's text answers by the row the question names (by name or code) and the
column it names by the header's words, with the item of a listing cell the question names, a
cell merged down the rows from the row above, and no answer for a procedure the table lacks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.evidence import Candidate
from qa_service.answer.extractors import record_name_fit
from qa_service.answer.grid_tables import (
    _asked_item,
    _named_column,
    _named_row,
    grid_tables,
    named_cell_answer,
)
from qa_service.answer.question import Question, analyse
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

_PLACES = """-
**Nơi tiếp nhận và trả kết quả:**
**+ **Trung tâm Phục vụ hành chính
công tỉnh; địa chỉ: số 2 phố Hoàng Văn Thụ, phường Đông Kinh,
tỉnh Thử Nghiệm;
+
Điểm tiếp nhận và trả kết quả TTHC phường Bắc Sơn; địa chỉ: Số 31, đường Lê Lợi,
phường Bắc Sơn, tỉnh Thử Nghiệm;
+
Trung tâm Phục vụ hành chính công cấp xã.
-
**Cơ quan thực hiện: **Sở Văn hóa, Thể thao và Du lịch tỉnh Thử Nghiệm.
-
**Cơ quan có thẩm quyền quyết định: **UBND tỉnh."""

PROCEDURES = f"""|
**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
|
Số: 1512/QĐ-UBND
|
*Thử Nghiệm, ngày 22 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH, BÃI BỎ TRONG LĨNH VỰC XUẤT BẢN
**Điều 1.** Công bố kèm theo Quyết định này danh mục 02 thủ tục hành chính mới ban hành và 02
thủ tục hành chính bị bãi bỏ.
**PHỤ LỤC**
|
**TT**
|
**Mã TTHC**
|
**Tên TTHC**
|
**Địa điểm/Cơ quan thực hiện**
|
**Thời hạn giải quyết**
|
**Phí, lệ phí**
|
|
1
|
1.014464.H05
|
Thủ
tục cấp giấy xác nhận đăng ký hoạt động in xuất bản phẩm
|
{_PLACES}
|
05
ngày làm việc kể từ khi nhận được hồ sơ đầy đủ.
|
Không
quy định.
|
|
2
|
1.014465.H05
|
Thủ
tục cấp lại giấy xác nhận đăng ký hoạt động in xuất bản phẩm
|
{_PLACES}
|
03
ngày làm việc kể từ khi nhận được hồ sơ đầy đủ.
|
0 đồng đối với cơ sở in của nhà nước; 200.000 đồng đối với cơ sở in tư nhân
đề nghị cấp lại do thay đổi địa chỉ
|
**2. Danh mục thủ tục hành chính bị bãi bỏ**
|
**STT**
|
**Mã TTHC**
|
**Tên TTHC bị bãi bỏ**
|
**Tên văn bản quy định việc bãi bỏ thủ tục hành chính**
|
**Lĩnh vực**
|
**Cơ quan thực hiện**
|
|
1
|
1.012508.H05
|
Cấp
giấy phép hoạt động in xuất bản phẩm
|
-
Luật Xuất bản số 19/2012/QH13;
-
Nghị định số 195/2013/NĐ-CP ngày 21/11/2013 của Chính phủ;
-
Nghị định số 150/2018/NĐ-CP ngày 07/11/2018 của Chính phủ;
-
Thông tư số 01/2020/TT-BTTTT ngày 07/02/2020 của Bộ Thông tin và Truyền thông;
-
Thông tư số 23/2023/TT-BTTTT ngày 31/12/2023 của Bộ Thông tin và Truyền thông.
|
Xuất bản, in và phát hành
|
Sở Thông tin và Truyền thông
|
|
2
|
1.012509.H05
|
Đổi
giấy phép hoạt động in xuất bản phẩm
|
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("grid-tables")
    opened = answerer_over(root, {"qd-1512.md": PROCEDURES}, lexical_only=True)
    yield opened
    opened.close()


def test_tables_are_read_whole_by_their_header(answerer: Answerer) -> None:
    corpus = answerer.corpus
    (doc_id,) = corpus.texts
    first, second = grid_tables(corpus, doc_id)
    assert first.header[3] == "dia diem/co quan thuc hien"
    assert [len(row.cells) for row in first.rows] == [6, 6]
    assert first.rows[1].cells[4].text == "03 ngày làm việc kể từ khi nhận được hồ sơ đầy đủ."
    # the second row of the second table is written short: its last cells are the row above's
    assert second.rows[1].cells[4].text == "Xuất bản, in và phát hành"


def test_the_column_the_question_names_of_the_row_it_names(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thời hạn giải quyết thủ tục cấp lại giấy xác nhận đăng ký hoạt động in xuất bản phẩm "
        "ở tỉnh Thử Nghiệm là bao lâu?"
    )
    assert result.found, result
    assert result.answer.startswith("03 ngày làm việc"), result.answer
    assert_quotes_verbatim(answerer, result)


def test_the_item_of_a_listing_cell_the_question_names(answerer: Answerer) -> None:
    result = answerer.ask(
        "Cơ quan thực hiện TTHC 1.014464.H05 theo QĐ 1512/QĐ-UBND là cơ quan nào?"
    )
    assert result.found, result
    assert "Sở Văn hóa, Thể thao và Du lịch" in result.answer, result.answer
    assert "UBND tỉnh" not in result.answer


def test_the_clause_of_a_cell_the_question_names(answerer: Answerer) -> None:
    result = answerer.ask(
        "Lệ phí cấp lại giấy xác nhận đăng ký hoạt động in xuất bản phẩm của cơ sở in tư nhân "
        "do thay đổi địa chỉ là bao nhiêu?"
    )
    assert result.found, result
    assert "200.000" in result.answer, result.answer


def test_a_cell_merged_down_the_rows(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thủ tục đổi giấy phép hoạt động in xuất bản phẩm bị bãi bỏ do cơ quan nào thực hiện?"
    )
    assert result.found, result
    assert "Sở Thông tin và Truyền thông" in result.answer, result.answer


def test_no_cell_for_a_procedure_the_table_lacks(answerer: Answerer) -> None:
    result = answerer.ask(
        "Thời hạn giải quyết thủ tục cấp giấy phép nhập khẩu xuất bản phẩm không kinh doanh "
        "theo QĐ 1512/QĐ-UBND là bao lâu?"
    )
    assert not result.found or not result.answer.startswith(("03 ngày", "05 ngày")), result


INTERNAL = """|
**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
|
Số: 2913/QĐ-UBND
|
**QUYẾT ĐỊNH**
VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH NỘI BỘ LĨNH VỰC MÔI TRƯỜNG
**PHỤ LỤC**
|
**STT**
|
**Tên thủ tục hành chính**
|
**Lĩnh vực**
|
**Cơ quan thực hiện**
|
|
1
|
Thủ tục xử lý sự cố chất thải cấp tỉnh
|
Môi trường
|
Sở Nông nghiệp và Môi trường
|
|
2
|
Thủ tục xử lý sự cố chất thải cấp xã
|
Như trên
|
Ủy ban nhân dân cấp xã
|
"""


@pytest.fixture(scope="module")
def internal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("grid-internal")
    opened = answerer_over(root, {"qd-2913.md": INTERNAL}, lexical_only=True)
    yield opened
    opened.close()


def test_a_ditto_cell_is_the_one_above(internal: Answerer) -> None:
    corpus = internal.corpus
    (doc_id,) = corpus.texts
    (table,) = grid_tables(corpus, doc_id)
    assert table.rows[1].cells[2].text == "Môi trường"


def test_a_header_written_with_its_value_scopes_the_question(internal: Answerer) -> None:
    # "lĩnh vực môi trường" says which procedures, it does not ask the field
    result = internal.ask(
        "TTHC nội bộ lĩnh vực môi trường: thủ tục xử lý sự cố chất thải cấp xã thì ai chịu "
        "trách nhiệm xử lý?"
    )
    assert result.answer != "Môi trường", result.answer


FEES = """|
**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
|
Số: 1949/QĐ-UBND
|
*Thử Nghiệm, ngày 18 tháng 11 năm 2025*
|
**QUYẾT ĐỊNH**
VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC HÓA CHẤT
**PHỤ LỤC**
|
**TT**
|
**Mã TTHC**
|
**Tên TTHC**
|
**Cơ quan thực hiện**
|
**Phí, lệ phí**
|
|
**I**
|
**THỦ TỤC HÀNH CHÍNH CẤP TỈNH**
|
|
1
|
2.000927.000 .00.00.H99
|
Sửa lỗi sai sót trong hợp đồng mua bán hóa chất
|
Sở Công Thương
|
Phí:
25.000 đồng/giao dịch
|
|
2
|
1.004122
|
Cấp giấy phép kho chứa hóa chất
|
Sở Công Thương
|
- Trường hợp nộp hồ sơ trực tiếp
hoặc qua bưu chính công ích: Theo Nghị quyết số 22/2025/NQ-HĐND ngày
10/11/2025 của HĐND tỉnh Thử Nghiệm;
- Trường hợp nộp hồ sơ qua dịch
vụ công trực tuyến: giảm 50 % mức phí, lệ phí theo Nghị quyết số 89/2022/NQ-HĐND.
|
|
**II**
|
**THỦ TỤC HÀNH CHÍNH CẤP XÃ**
|
|
1
|
2.000111
|
Công bố sự cố hóa chất cấp xã
|
UBND cấp xã
|
Không
|

**PHỤ LỤC II. MỨC THU PHÍ, LỆ PHÍ**
|
**TT**
|
**Tên TTHC**
|
**Mã TTHC**
|
**Mức thu phí, lệ phí theo Nghị quyết số 22/2025/NQ-HĐND (đối với trường hợp nộp hồ sơ
trực tiếp hoặc qua dịch vụ bưu chính công ích)**
(đơn vị tính: đồng).
|
**Mức thu phí, lệ phí theo Nghị quyết số 89/2022/NQ-HĐND (đối với trường hợp nộp hồ sơ
qua dịch vụ công trực tuyến)**
(đơn vị tính: đồng).
|
|
1
|
Cấp giấy phép kho chứa hóa chất
|
1.004122
|
1.400.000
|
700.000
|

**PHẦN II. NỘI DUNG CỤ THỂ**

**Công bố sự cố hóa chất cấp xã**

- Cơ quan trực tiếp thực hiện
giải quyết thủ tục hành chính: Ban Chỉ huy Phòng thủ dân sự cấp xã.

- Kết quả thực hiện: Thông báo công bố sự cố.
"""


@pytest.fixture(scope="module")
def fees(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("grid-fees")
    opened = answerer_over(root, {"qd-1949.md": FEES}, lexical_only=True)
    yield opened
    opened.close()


def test_a_group_heading_row_is_no_record(fees: Answerer) -> None:
    corpus = fees.corpus
    (doc_id,) = corpus.texts
    table = grid_tables(corpus, doc_id)[0]
    assert [row.cells[2].text for row in table.rows] == [
        "Sửa lỗi sai sót trong hợp đồng mua bán hóa chất",
        "Cấp giấy phép kho chứa hóa chất",
        "Công bố sự cố hóa chất cấp xã",
    ]


def test_the_word_a_header_repeats_names_its_column(fees: Answerer) -> None:
    # "Phí, lệ phí": "phí" alone names the column; the code is written whole, the cell split it
    result = fees.ask("TTHC mã 2.000927.000.00.00.H99 thu phí bao nhiêu?")
    assert result.found, result
    assert "25.000 đồng/giao dịch" in result.answer, result.answer
    assert_quotes_verbatim(fees, result)


def test_a_clause_naming_the_text_that_sets_the_fee_is_no_fee(fees: Answerer) -> None:
    # "nộp trực tiếp" names the first clause ("lệ phí" names the column, not a clause); that
    # clause only cites the resolution setting the fee, whose figures the second table gives
    result = fees.ask("Lệ phí cấp giấy phép kho chứa hóa chất nộp trực tiếp là bao nhiêu?")
    assert result.found, result
    assert "1.400.000" in result.answer, result.answer
    assert_quotes_verbatim(fees, result)


def test_a_label_the_question_writes_more_fully_than_the_header(fees: Answerer) -> None:
    # "cơ quan trực tiếp thực hiện giải quyết": the document's label, not the column "Cơ quan
    # thực hiện"
    result = fees.ask(
        "Công bố sự cố hóa chất cấp xã thì cơ quan nào trực tiếp thực hiện giải quyết?"
    )
    assert result.found, result
    assert "Ban Chỉ huy Phòng thủ dân sự cấp xã" in result.answer, result.answer


def test_a_year_the_row_does_not_write(fees: Answerer) -> None:
    result = fees.ask("Phí sửa lỗi sai sót trong hợp đồng mua bán hóa chất năm 2019 là bao nhiêu?")
    assert not result.found or "25.000" not in result.answer, result.answer


def _question(answerer: Answerer, text: str) -> Question:
    return analyse(answerer.corpus, route_question(text), None)


def test_the_fee_column_named_by_its_repeated_word(fees: Answerer) -> None:
    corpus = fees.corpus
    (doc_id,) = corpus.texts
    table = grid_tables(corpus, doc_id)[0]
    q = _question(fees, "TTHC mã 2.000927.000.00.00.H99 thu phí bao nhiêu?")
    assert _named_column(q, table) == 4
    row = _named_row(q, table)
    assert row is not None and row.cells[2].text.startswith("Sửa lỗi sai sót")


def test_the_clause_of_the_filing_mode_asked_or_none_for_two(fees: Answerer) -> None:
    corpus = fees.corpus
    (doc_id,) = corpus.texts
    text = corpus.texts[doc_id]
    table = grid_tables(corpus, doc_id)[0]
    row = table.rows[1]
    q = _question(fees, "Lệ phí cấp giấy phép kho chứa hóa chất nộp trực tiếp là bao nhiêu?")
    item = _asked_item(q, text, row, row.cells[4], 2, table.header[4])
    assert item is not None and "nộp hồ sơ trực tiếp" in item.text, item
    both = _question(
        fees,
        "Lệ phí cấp giấy phép kho chứa hóa chất khi nộp trực tiếp và khi nộp qua dịch vụ công "
        "trực tuyến là bao nhiêu?",
    )
    assert _asked_item(both, text, row, row.cells[4], 2, table.header[4]) is None


CERTIFY = """|
**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**
|
Số: 3120/QĐ-UBND
|
**QUYẾT ĐỊNH**
VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC CHỨNG THỰC
**PHỤ LỤC**
|
**STT**
|
**Mã thủ tục hành chính**
|
**Tên thủ tục hành chính**
|
**Thời hạn giải quyết**
|
**Phí, lệ phí**
|
|
1
|
2.000815.H61
|
Chứng thực bản sao từ bản chính
giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp
|
Trong ngày làm việc.
|
Phí: 2.000 đồng/trang; từ trang thứ 3 trở lên thu 1.000 đồng/trang, tối đa
thu không quá 200.000 đồng/bản.
|
|
2
|
2.000884.H61
|
Chứng thực chữ ký trong các giấy
tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ)
|
Trong ngày làm việc.
|
Phí:
10.000 đồng/trường hợp
|
|
3
|
2.000843.H61
|
Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật của
Ủy ban nhân dân cấp xã
|
Trong ngày làm việc.
|
Phí:
15.000 đồng/trường hợp
|
"""


@pytest.fixture(scope="module")
def certify(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("grid-certify")
    opened = answerer_over(root, {"qd-3120.md": CERTIFY}, lexical_only=True)
    yield opened
    opened.close()


def test_a_procedure_named_by_the_head_of_its_name(certify: Answerer) -> None:
    # "chứng thực chữ ký" is the head of "Chứng thực chữ ký trong các giấy tờ, văn bản (...)",
    # not of "Chứng thực chữ ký người dịch mà ..."
    result = certify.ask("phí chứng thực chữ ký ở tỉnh Thử Nghiệm bao nhiêu tiền?")
    assert result.found, result
    assert "10.000 đồng" in result.answer, result.answer
    assert_quotes_verbatim(certify, result)


def test_a_name_is_written_by_its_head_or_its_opening_words(certify: Answerer) -> None:
    def fit(question: str, name: str) -> tuple[int, int] | None:
        return record_name_fit(_question(certify, question), name)

    copy = (
        "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền "
        "của Việt Nam cấp"
    )
    assert fit("Phí chứng thực bản sao từ bản chính là bao nhiêu?", copy) is not None
    assert fit("Phí chứng thực bản sao là bao nhiêu?", copy) is None  # two words: too few
    signature = "Thủ tục chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho ...)"
    translator = (
        "Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật của Ủy ban "
        "nhân dân cấp xã"
    )
    assert fit("phi chung thuc chu ky bao nhieu?", signature) is not None
    assert fit("phi chung thuc chu ky bao nhieu?", translator) is None
    # the opening words, then another variant's ("bằng xe ô tô" for "bằng đường thủy")
    tourist = (
        "Thủ tục cấp biển hiệu phương tiện vận tải khách du lịch bằng đường thủy nội địa "
        "(thẩm quyền của Sở Xây dựng)."
    )
    assert fit("Thủ tục cấp biển hiệu phương tiện vận tải khách du lịch là mấy ngày?", tourist)
    assert (
        fit("Thời hạn cấp biển hiệu phương tiện vận tải khách du lịch bằng xe ô tô?", tourist)
        is None
    )


def test_a_label_repeating_the_header_names_no_item(certify: Answerer) -> None:
    # "Phí: 2.000 đồng/trang; ... tối đa ... 200.000 đồng/bản" under "Phí, lệ phí": the item
    # the question's own words name ("tối đa"), not the one labelled by the header's word
    corpus = certify.corpus
    (doc_id,) = corpus.texts
    table = grid_tables(corpus, doc_id)[0]
    row = table.rows[0]
    q = _question(certify, "Phí chứng thực bản sao từ bản chính thu tối đa bao nhiêu một bản?")
    item = _asked_item(q, corpus.texts[doc_id], row, row.cells[4], 2, table.header[4])
    assert item is not None and "200.000" in item.text, item


def test_the_code_of_the_procedure_named(certify: Answerer) -> None:
    corpus = certify.corpus
    (doc_id,) = corpus.texts
    unit = corpus.units[corpus.doc_units[doc_id][0]]
    q = _question(certify, "Mã TTHC của thủ tục chứng thực chữ ký ở tỉnh Thử Nghiệm là gì?")
    found = named_cell_answer(corpus, q, [Candidate(unit, 1.0, 1.0)])
    assert found is not None and found[0] == "2.000884.H61", found
    assert_quotes_verbatim(certify, certify.ask(q.route.question))
