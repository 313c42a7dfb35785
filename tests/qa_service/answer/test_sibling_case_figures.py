"""Figure questions whose value is stated once per sibling case, read by structure: a document
defining several classes ("Thôn ... là thôn", "Xã ... là xã ...:") sets a rule per class, its
list items the values of the class their lead-in defines; a value labelled by its case ("cấp
tỉnh: 49 thủ tục, cấp xã: 33 thủ tục") is that case's; a share answers no "bao nhiêu người";
an acronym the question types in a procedure's name may be written out in the document."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from indexer.matching import fold
from qa_service.answer import Answerer
from qa_service.answer.extractors import (
    _case_for_the_ordinary,
    _class_heads,
    _heads_written,
)
from qa_service.answer.value_kind import (
    _unit_mismatch,
)
from qa_service.answer.verify import (
    SHARE_FOR_COUNT,
)
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

CLASSES = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 2708/QĐ-UBND

Thử Nghiệm, ngày 20 tháng 11 năm 2025

QUYẾT ĐỊNH

Về việc công bố thủ tục hành chính nội bộ lĩnh vực công tác dân tộc

**Điều 1.** Công bố kèm theo Quyết định này thủ tục hành chính nội bộ phân định vùng đồng bào
dân tộc thiểu số và miền núi giai đoạn 2026 - 2030.

**Nội dung cụ thể của thủ tục hành chính**

*(1) Tiêu chí xác định thôn,
xã vùng đồng bào dân tộc thiểu số*

- Thôn vùng đồng bào dân tộc
thiểu số là thôn có từ 15% người dân tộc thiểu số trở lên sinh sống ổn định
thành cộng đồng.

- Xã vùng đồng bào dân tộc thiểu
số là xã đáp ứng ít nhất 01 trong 02 tiêu chí sau đây:

+ Có từ 15% người dân tộc thiểu
số trở lên sinh sống ổn định;

+ Có từ 4.500 người dân tộc thiểu
số trở lên sinh sống ổn định.

*(2) Tiêu chí xác định thôn,
xã miền núi*

- Thôn miền núi là thôn đáp ứng
ít nhất 01 trong 02 tiêu chí sau đây:

+ Có ít nhất 2/3 diện tích tự
nhiên nằm ở độ cao từ 200 mét trở lên so với mực nước biển;

+ Có ít nhất 2/3 diện tích tự
nhiên có độ dốc địa hình từ 15% trở lên.

- Xã miền núi là xã đáp ứng ít
nhất 01 trong 02 tiêu chí sau đây:

+ Có ít nhất 2/3 diện tích tự
nhiên nằm ở độ cao từ 300 mét trở lên so với mực nước biển;

+ Có từ 2/3 số thôn trở lên là
thôn miền núi.

*(3) Phân định xã theo trình
độ phát triển*

- Tiêu chí phân định xã theo
trình độ phát triển:

+ Tỷ lệ hộ gia đình có hợp đồng
mua bán điện dưới 95%;

+ Có dưới 80% đường xã được nhựa hóa.

*(4) Tiêu chí phân định thôn
đặc biệt khó khăn*

Thôn đặc biệt khó khăn là thôn
vùng đồng bào dân tộc thiểu số và miền núi, có ít nhất 02 trong 03 tiêu chí sau
đây:

- Có dưới 60% đường thôn được cứng hóa.

- Tỷ lệ hộ gia đình có hợp đồng
mua bán điện dưới 90%.
"""

LISTED = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 4512/QĐ-UBND

Thử Nghiệm, ngày 02 tháng 12 năm 2025

QUYẾT ĐỊNH

Ban hành Danh mục thủ tục hành chính lĩnh vực giáo dục tiếp nhận không phụ thuộc vào địa
giới hành chính

**Điều 1.** Ban hành kèm theo Quyết định này Danh mục 82 thủ tục hành chính lĩnh vực giáo
dục và đào tạo thực hiện không phụ thuộc vào địa giới hành chính trên địa bàn tỉnh Thử
Nghiệm (cấp tỉnh: 49 thủ tục, cấp xã: 33 thủ tục).

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.
"""

PERMITS = """BỘ THỬ NGHIỆM

Số: 12/2025/TT-BTN

Hà Nội, ngày 30 tháng 6 năm 2025

THÔNG TƯ

Quy định việc cấp giấy phép lưu hành thiết bị

Điều 9. Hiệu lực của giấy phép lưu hành

1. Hiệu lực của giấy phép lưu hành thiết bị là 05 năm kể từ ngày cấp, trừ trường hợp quy
định tại khoản 2 Điều này.

2. Hiệu lực của giấy phép lưu hành thiết bị là 03 năm kể từ ngày cấp đối với các thiết bị có
yêu cầu theo dõi, bao gồm các trường hợp sau:

a) Máy bơm nhiệt, bình tích áp lần đầu được cấp giấy phép lưu hành tại Việt Nam;

b) Thiết bị có thay đổi cấu tạo so với thiết bị đã được cấp giấy phép.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("sibling_cases")
    opened = answerer_over(
        root,
        {
            "quyet-dinh-2708.md": CLASSES,
            "quyet-dinh-4512.md": LISTED,
            "thong-tu-12.md": PERMITS,
        },
        lexical_only=True,
    )
    yield opened
    opened.close()


def test_the_item_of_the_class_asked_holds_its_value(answerer: Answerer) -> None:
    # "Thôn ... là thôn có từ 15%" defines another class; "15%" is a share of the xã's people
    result = answerer.ask(
        "Theo TTHC nội bộ công tác dân tộc (QĐ 2708), xã phải có tối thiểu bao nhiêu người DTTS "
        "sinh sống ổn định mới được xác định là xã vùng đồng bào DTTS?"
    )
    assert result.found and "4.500" in (result.answer or ""), result
    assert_quotes_verbatim(answerer, result)


def test_the_list_whose_lead_in_defines_the_class_asked_holds_its_threshold(
    answerer: Answerer,
) -> None:
    result = answerer.ask(
        "QD 2708 tieu chi thon dac biet kho khan: ty le ho gia dinh co hop dong mua ban dien "
        "duoi bao nhieu %?"
    )
    assert result.found and "90%" in (result.answer or ""), result
    result = answerer.ask(
        "QĐ 2708: tỷ lệ hộ gia đình có hợp đồng mua bán điện trong tiêu chí phân định xã theo "
        "trình độ phát triển là dưới bao nhiêu %?"
    )
    assert result.found and "95%" in (result.answer or ""), result


def test_an_acronym_in_the_procedure_name_may_be_written_out(answerer: Answerer) -> None:
    result = answerer.ask(
        "Xã miền núi theo thủ tục phân định vùng DTTS&MN của tỉnh Thử Nghiệm: ít nhất 2/3 diện "
        "tích tự nhiên phải nằm ở độ cao từ bao nhiêu mét so với mực nước biển?"
    )
    assert result.found and "300 mét" in (result.answer or ""), result


def test_the_value_labelled_by_the_case_asked(answerer: Answerer) -> None:
    result = answerer.ask(
        "Danh mục TTHC giáo dục tiếp nhận không phụ thuộc địa giới hành chính của tỉnh Thử "
        "Nghiệm có bao nhiêu thủ tục cấp xã?"
    )
    assert result.found and "33 thủ tục" in (result.answer or ""), result
    assert "82" not in (result.answer or ""), result


def test_an_item_naming_the_case_takes_the_value_of_its_lead_in(answerer: Answerer) -> None:
    # "a) Máy bơm nhiệt ... lần đầu ..." states no value; the lead-in of its list does
    result = answerer.ask(
        "may bom nhiet lan dau duoc cap giay phep luu hanh thi giay phep co hieu luc bao lau?"
    )
    assert result.found and "03 năm" in (result.answer or ""), result
    assert_quotes_verbatim(answerer, result)
    assert any("Máy bơm nhiệt" in source.quote for source in result.sources), result.sources


def test_the_ordinary_case_is_the_rule_stated_for_no_case() -> None:
    class _Q:
        route = route_question("Giấy phép lưu hành thông thường có hiệu lực mấy năm?")

    def unit(text: str) -> SimpleNamespace:
        return SimpleNamespace(text=text, folded=fold(text), kind="text")

    general = (
        "Hiệu lực của giấy phép là 05 năm kể từ ngày cấp, trừ trường hợp quy định tại khoản 2."
    )
    special = "Hiệu lực của giấy phép là 03 năm kể từ ngày cấp đối với các sản phẩm mới."
    both = "Chậm nhất là 15 ngày hoặc chậm nhất là 30 ngày đối với trường hợp có 500 người."
    at = {t: t.index(v) for t, v in ((general, "05"), (special, "03"), (both, "15"))}
    # "trừ trường hợp" leaves the exception out of the general rule; "đối với" states a case
    assert not _case_for_the_ordinary(_Q(), unit(general), (at[general], at[general] + 2))  # type: ignore[arg-type]
    assert _case_for_the_ordinary(_Q(), unit(special), (at[special], at[special] + 2))  # type: ignore[arg-type]
    # the case after the next value is that value's
    assert not _case_for_the_ordinary(_Q(), unit(both), (at[both], at[both] + 2))  # type: ignore[arg-type]
    # a case named by the question's own words is the thing asked, no other case
    own = "Đối với giấy phép lưu hành, hiệu lực là 05 năm kể từ ngày cấp."
    assert not _case_for_the_ordinary(_Q(), unit(own), (own.index("05"), own.index("05") + 2))  # type: ignore[arg-type]
    # a thing named "thông thường" ("bệnh thông thường") is no ordinary case
    sick = unit("Tiền thuốc chữa bệnh thông thường đối với phạm nhân là 03 kg gạo.")
    assert not _case_for_the_ordinary(
        _Q(), sick, (sick.text.index("03"), sick.text.index("03") + 2)
    )  # type: ignore[arg-type]


def test_classes_defined_twice_or_more_are_siblings() -> None:
    assert _class_heads(CLASSES.replace("*", "")) == frozenset({"thôn", "xã"})
    # one class defined: a term explained, no rule per class
    assert _class_heads("- Thôn miền núi là thôn có độ cao từ 200 mét.\n") == frozenset()
    heads = frozenset({"thôn", "xã", "tỉnh"})
    # a level ("cấp xã"), a body ("UBND tỉnh") and a named place ("tỉnh Quảng Trị") name no class
    assert _heads_written("UBND tỉnh Quảng Trị giao cấp xã bao nhiêu thôn?", heads) == {"thôn"}


def test_a_share_answers_no_number_of_people() -> None:
    found = _unit_mismatch(("count", "nguoi"), "15%", " nguoi dan toc", "text", "")
    assert found is not None and found.startswith(SHARE_FOR_COUNT)
    assert _unit_mismatch(("count", "xa"), "100%", " so xa", "text", "") is None
    assert _unit_mismatch(("count", "nguoi"), "4.500", " nguoi dan toc", "text", "") is None
    # "cắt giảm bao nhiêu chi phí", "phải đạt bao nhiêu để ...": no things counted
    assert _unit_mismatch(("count", "chi"), "20%", " chi phi tuan thu", "text", "") is None
    assert _unit_mismatch(("count", "de"), "90%", " tro len", "text", "") is None


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # a coefficient asked: no designation's "số mấy"
        ("nhân viên thú y cấp xã có bằng đại học hưởng phụ cấp hệ số mấy?", "figure"),
        ("Quyết định giao chỉ tiêu là quyết định số mấy?", "decision"),
        # the one who chairs is named, the time of the meeting is asked
        (
            "Phiên họp lần thứ 21 Ban Chỉ đạo các dự án trọng điểm do Thủ tướng chủ trì diễn ra "
            "ngày nào?",
            "date",
        ),
        ("Cơ quan nào chủ trì tổ chức hội nghị?", "agency"),
        ("Sở Tài chính chủ trì thẩm định dự án nào?", "agency"),
    ],
)
def test_intent(question: str, intent: str) -> None:
    assert route_question(question).intent == intent
