"""The case a value is of, told by the structure that names it: a group row whose label lists
its members (named by any one member), labelled list items each of its own case (the item
whose case the question names, none for a case no item names), the count of the act asked
among counts of several acts, a value stated after an event for the state before it, and the
items of a table cell that state a value (none of them a total asked)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from indexer.units import Unit
from qa_service.answer import Answerer
from qa_service.answer.evidence import (
    Candidate,
    _listed_members,
    labels_sibling_case,
    row_label_share,
)
from qa_service.answer.extractors import (
    _list_acts,
    _other_side_of_event,
    _values,
    _values_of_other_list_act,
    one_step,
)
from qa_service.answer.grid_tables import named_cell_answer
from qa_service.answer.question import Question, analyse
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

# A decision amending a resettlement rule: a table of sums by area, each area's row listing
# the wards or communes it groups.
SUMS = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 41/2025/QĐ-UBND

Thử Nghiệm, ngày 20 tháng 11 năm 2025

QUYẾT ĐỊNH

Sửa đổi quy định về bồi thường, hỗ trợ khi Nhà nước thu hồi đất

**Điều 1.** Sửa đổi khoản 1 Điều 13 như sau:
“1. Số tiền hỗ trợ:

| Khu vực hành chính | Mức hỗ trợ (đồng) |
| Các phường: An Lạc, Bình Minh, Cửa Đông, Gia Lâm 1. | 400.000.000 |
| Các xã: Đông Hải, Tây Sơn, Nam Hòa, Bắc Lý. | 250.000.000 |

**Điều 2.** Quyết định này có hiệu lực kể từ ngày 01 tháng 12 năm 2025.
"""

# A decision announcing procedures, its counts in labelled list items, one of each case.
COUNTS = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 2771/QĐ-UBND

Thử Nghiệm, ngày 18 tháng 11 năm 2025

QUYẾT ĐỊNH

Về việc công bố danh mục thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực hộ tịch

**Điều 1.** Công bố kèm theo Quyết định này Danh mục thủ tục hành chính được sửa đổi, bổ sung
trong lĩnh vực hộ tịch, cụ thể:

- Danh mục thủ tục hành chính áp dụng chung: 05 TTHC.

- Danh mục thủ tục hành chính cấp xã: 07 TTHC.

**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày ký.
"""

# A resolution arranging communes: the count after the arrangement only.
ARRANGED = """ỦY BAN THƯỜNG VỤ QUỐC HỘI

Số: 1701/NQ-UBTVQH15

NGHỊ QUYẾT

Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Thử Nghiệm năm 2025

**Điều 1.** Sắp xếp các đơn vị hành chính cấp xã của tỉnh Thử Nghiệm như sau:

1. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của xã Ngọc An và xã Ngọc Bình thành xã
mới có tên gọi là xã Ngọc An.

2. Sau khi sắp xếp, tỉnh Thử Nghiệm có 95 đơn vị hành chính cấp xã, gồm 20 phường và 75 xã.

**Điều 2.** Nghị quyết này có hiệu lực thi hành từ ngày được thông qua.
"""

# A list of procedures whose time-limit cell lists several limits and a case with no limit.
LIMITS = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 2488/QĐ-UBND

Thử Nghiệm, ngày 19 tháng 11 năm 2025

QUYẾT ĐỊNH

Về việc công bố danh mục thủ tục hành chính mới ban hành lĩnh vực khoa học và công nghệ

**Điều 1.** Công bố kèm theo Quyết định này danh mục thủ tục hành chính mới ban hành.

**PHỤ LỤC**
|
**TT**
|
**Tên TTHC**
|
**Thời hạn giải quyết**
|
**Cơ quan thực hiện**
|
|
01
|
Thủ tục công nhận trung tâm ươm tạo công nghệ cấp tỉnh
|
- Trong thời hạn 05 ngày làm việc cơ quan có thẩm quyền trả lời về tính hợp lệ của hồ sơ.
- Trong thời hạn 15 ngày kể từ ngày nhận được hồ sơ hợp lệ, cơ quan có thẩm quyền ban hành
quyết định công nhận.
- Trong trường hợp cần thiết, cơ quan có thẩm quyền thành lập Hội đồng tư vấn công nhận.
|
Sở Khoa học và Công nghệ
|
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root = tmp_path_factory.mktemp("listed-groups")
    opened = answerer_over(
        root,
        {
            "quyet-dinh-41.md": SUMS,
            "quyet-dinh-2771.md": COUNTS,
            "nghi-quyet-1701.md": ARRANGED,
            "quyet-dinh-2488.md": LIMITS,
        },
        lexical_only=True,
    )
    yield opened
    opened.close()


def _question(answerer: Answerer, text: str) -> Question:
    return analyse(answerer.corpus, route_question(text), None)


def _unit(answerer: Answerer, words: str) -> Unit:
    corpus = answerer.corpus
    units = (corpus.units[i] for ids in corpus.doc_units.values() for i in ids)
    return next(unit for unit in units if words in unit.text)


def _candidates(answerer: Answerer, words: str) -> list[Candidate]:
    """A candidate of the first unit writing ``words``: its document's tables are read."""
    return [Candidate(_unit(answerer, words), 1.0, 0.0)]


def test_a_group_label_lists_its_members() -> None:
    members = _listed_members("Các xã, đặc khu: Thống Nhất, Quảng La, Cô Tô.")
    assert members == ["Thống Nhất", "Quảng La", "Cô Tô"]
    assert _listed_members("Nhà ở, công trình phục vụ sinh hoạt") == []  # no colon: no list
    assert _listed_members("Tổng số: 5") == []  # one value, no members


def test_one_member_names_the_group_row(answerer: Answerer) -> None:
    q = _question(answerer, "Số tiền hỗ trợ đối với phường Cửa Đông là bao nhiêu đồng?")
    row = _unit(answerer, "Cửa Đông")
    assert row_label_share(q, row) == 1.0
    result = answerer.ask("Theo QĐ 41/2025, số tiền hỗ trợ đối với phường Gia Lâm 1 là bao nhiêu?")
    assert result.found, result
    assert "400.000.000" in result.answer and "250.000.000" not in result.answer


def test_the_labelled_item_of_the_case_asked(answerer: Answerer) -> None:
    commune = _question(answerer, "QĐ 2771 công bố bao nhiêu TTHC hộ tịch cấp xã được sửa đổi?")
    common = _unit(answerer, "áp dụng chung: 05")
    own = _unit(answerer, "cấp xã: 07")
    assert labels_sibling_case(answerer.corpus, commune, common)
    assert not labels_sibling_case(answerer.corpus, commune, own)
    result = answerer.ask("QĐ 2771 công bố bao nhiêu TTHC hộ tịch cấp xã được sửa đổi, bổ sung?")
    assert result.found, result
    assert "07" in result.answer and "05" not in result.answer


def test_an_item_of_which_the_question_names_nothing(answerer: Answerer) -> None:
    commune = _question(answerer, "QĐ 2771 công bố bao nhiêu TTHC hộ tịch cấp xã được sửa đổi?")
    province = _question(answerer, "QĐ 2771 công bố bao nhiêu TTHC hộ tịch cấp tỉnh được sửa đổi?")
    # "cấp xã" names the other item whole: the "áp dụng chung" item is of no case asked; a
    # word of its name ("cấp" of "cấp tỉnh") may be said of another case, which tells nothing
    assert labels_sibling_case(answerer.corpus, commune, _unit(answerer, "áp dụng chung: 05"))
    assert not labels_sibling_case(answerer.corpus, province, _unit(answerer, "áp dụng chung: 05"))
    # a question naming no case of the items reads them all, a comparison each of its cases
    for text in (
        "QĐ 2771 công bố bao nhiêu TTHC hộ tịch được sửa đổi?",
        "QĐ 2771: số TTHC cấp xã so với số TTHC áp dụng chung được sửa đổi?",
    ):
        q = _question(answerer, text)
        assert not labels_sibling_case(answerer.corpus, q, _unit(answerer, "cấp xã: 07"))


def test_counts_of_newly_issued_procedures_are_of_their_own_act(answerer: Answerer) -> None:
    assert _list_acts("14 thu tuc hanh chinh moi ban hanh") == {"ban hanh moi"}
    q = _question(answerer, "Bãi bỏ bao nhiêu thủ tục hành chính khoa học và công nghệ?")
    text = (
        "1. Danh mục thủ tục hành chính: 14 thủ tục hành chính mới ban hành và 06 thủ tục hành "
        "chính bị bãi bỏ."
    )
    assert _values_of_other_list_act(q, text, _values(text)) == {0}


def test_a_value_after_an_event_is_not_the_one_before_it(answerer: Answerer) -> None:
    after = _unit(answerer, "Sau khi sắp xếp")
    before = _question(answerer, "Trước khi sắp xếp, tỉnh Thử Nghiệm có bao nhiêu đơn vị cấp xã?")
    since = _question(answerer, "Sau khi sắp xếp, tỉnh Thử Nghiệm có bao nhiêu đơn vị cấp xã?")
    dated = _question(answerer, "Trước ngày 30/9/2025 tỉnh Thử Nghiệm có bao nhiêu đơn vị cấp xã?")
    assert _other_side_of_event(before, after)
    assert not _other_side_of_event(since, after)
    assert not _other_side_of_event(dated, after)  # a day, no event
    result = answerer.ask(
        "Trước khi sắp xếp, tỉnh Thử Nghiệm có bao nhiêu đơn vị hành chính cấp xã?"
    )
    assert not result.found or "95" not in result.answer


def test_a_cell_item_without_a_value_answers_no_limit(answerer: Answerer) -> None:
    question = (
        "Thời hạn giải quyết thủ tục công nhận trung tâm ươm tạo công nghệ cấp tỉnh khi thành lập "
        "Hội đồng tư vấn là bao lâu?"
    )
    q = _question(answerer, question)
    cell = named_cell_answer(answerer.corpus, q, _candidates(answerer, "trung tâm ươm tạo"))
    assert cell is not None
    assert any(ch.isdigit() for ch in cell[0]), cell[0]


def test_a_total_asked_is_none_of_a_cell_s_limits(answerer: Answerer) -> None:
    q = _question(
        answerer,
        "Tổng thời gian giải quyết thủ tục công nhận trung tâm ươm tạo công nghệ cấp tỉnh?",
    )
    assert named_cell_answer(answerer.corpus, q, _candidates(answerer, "trung tâm ươm tạo")) is None


# A procedure's steps, each with its task, its doer and its time.
STEPS = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 1491/QĐ-UBND

Thử Nghiệm, ngày 18 tháng 11 năm 2025

QUYẾT ĐỊNH

Về việc phê duyệt quy trình nội bộ thủ tục công bố dự án đầu tư kinh doanh

**1. Thủ tục công bố dự án đầu tư kinh doanh do nhà đầu tư đề xuất**

| **Thứ tự** | **Nội dung công việc** | **Đơn vị thực hiện** | **Thời gian thực hiện** |
| **Bước 1** | Tiếp nhận hồ sơ | Công chức Sở Tài chính | 0,5 ngày |
| **Bước 2** | UBND tỉnh xem xét, phê duyệt thông tin dự án. | UBND tỉnh | 06 ngày |
| **Tổng thời gian giải quyết TTHC** | Không quá 28 ngày kể từ ngày tiếp nhận hồ sơ |
"""


def test_a_step_named_by_its_task(tmp_path: Path) -> None:
    answerer = answerer_over(tmp_path, {"quyet-dinh-1491.md": STEPS}, lexical_only=True)
    try:
        named = _question(
            answerer, "UBND tỉnh xem xét, phê duyệt thông tin dự án trong mấy ngày (QĐ 1491)?"
        )
        whole = _question(answerer, "Thủ tục công bố dự án đầu tư kinh doanh giải quyết mấy ngày?")
        step = _unit(answerer, "phê duyệt thông tin")
        assert not one_step(named, step)
        assert one_step(whole, step)  # the procedure's time asked: not one step's
        result = answerer.ask(
            "Theo QĐ 1491, UBND tỉnh xem xét, phê duyệt thông tin dự án trong mấy ngày?"
        )
        assert result.found, result
        assert "06 ngày" in result.answer
    finally:
        answerer.close()
