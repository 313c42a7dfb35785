"""Two cases whose values are items of one lettered list ("a) Trưởng ban ...: 561.600 đồng; ...
h) Tổ trưởng ...: 234.000 đồng"): each value from the item whose label names its case, though
other items' labels share most of its words ("Phó Đội trưởng" in "Đội trưởng")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.evidence import Candidate
from qa_service.answer.pipeline import _label_fit, _name_words
from tests.qa_service.small_index import answerer_over, assert_quotes_verbatim

ALLOWANCES = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 31/2025/QĐ-UBND

Thử Nghiệm, ngày 03 tháng 12 năm 2025

QUYẾT ĐỊNH

Quy định mức phụ cấp chức vụ của lực lượng bảo vệ dân phố

Điều 3. Mức phụ cấp chức vụ hằng tháng

1. Mức phụ cấp chức vụ hằng tháng như sau:

a) Trưởng ban, Phó Trưởng ban Ban bảo vệ dân phố cấp xã: 561.600 đồng;

b) Đội trưởng, Chính trị viên đội bảo vệ dân phố cơ động; Tổ trưởng tổ tuần tra thường \
trực: 514.800 đồng;

c) Phó Tổ trưởng, Chính trị viên phó tổ tuần tra; Phó Đội trưởng, Chính trị viên phó đội \
bảo vệ dân phố cơ động: 491.400 đồng;

d) Đội trưởng, Chính trị viên đội: 468.000 đồng;

đ) Khu phố trưởng: 280.800 đồng và hưởng thêm 100% phụ cấp của tổ trưởng khi kiêm nhiệm tổ \
trưởng, hoặc 100% phụ cấp của nhóm trưởng khi kiêm nhiệm nhóm trưởng.

Trường hợp khu phố chỉ có một tổ thì được hưởng thêm 100% phụ cấp của tổ trưởng;

e) Phó Đội trưởng, Chính trị viên phó đội: 351.000 đồng;

g) Nhóm trưởng; Tổ trưởng tổ tuần tra thường trực bán thời gian: 280.800 đồng;

h) Tổ trưởng, Thuyền trưởng, Khẩu đội trưởng: 234.000 đồng.

Điều 4. Hiệu lực thi hành

Quyết định này có hiệu lực từ ngày 15 tháng 12 năm 2025.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("listed")
    opened = answerer_over(root, {"quyet-dinh-31.md": ALLOWANCES}, lexical_only=True)
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "Phụ cấp chức vụ của Phó Đội trưởng hay Phó Tổ trưởng cao hơn, mức bao nhiêu?",
            "351.000",
            "491.400",
        ),
        (
            "Phụ cấp chức vụ của Nhóm trưởng hay Tổ trưởng cao hơn, mức bao nhiêu?",
            "280.800",
            "234.000",
        ),
    ],
)
def test_each_case_from_the_item_its_label_names(
    answerer: Answerer, question: str, first: str, second: str
) -> None:
    result = answerer.ask(question)
    assert result.found, question
    quotes = [s.quote for s in result.sources[:2]]
    assert any(first in q for q in quotes), (question, result.answer, quotes)
    assert any(second in q for q in quotes), (question, result.answer, quotes)
    assert first in (result.answer or "") and second in (result.answer or "")
    assert_quotes_verbatim(answerer, result)


def test_a_function_word_as_typed_is_left_out_of_a_name_not_its_marked_form() -> None:
    # "Hải" (a sea) names a rank; "hai" (two) is a function word
    assert "hai" in _name_words("Hải đội trưởng")
    assert "hai" not in _name_words("hai đội trưởng")


def test_the_label_naming_the_case_alone_fits_best(answerer: Answerer) -> None:
    corpus = answerer.corpus
    units = [corpus.units[i] for ids in corpus.doc_units.values() for i in ids]

    def item(marker: str) -> Candidate:
        unit = next(u for u in units if u.text.startswith(marker))
        value = unit.text.rindex(": ") + 2
        return Candidate(unit=unit, evidence=1.0, prior=0.0, focus=(value, value + 7))

    case = _name_words("Đội trưởng")
    # "d) Đội trưởng, Chính trị viên đội" names it in fewer words of other cases than "b)"
    # (its qualifiers) or "e) Phó Đội trưởng" (another rank)
    assert _label_fit(item("d)"), case) > _label_fit(item("b)"), case)
    assert _label_fit(item("d)"), case) > _label_fit(item("e)"), case)
    # a sentence of an item's own states no value after a label of its own
    aside = next(u for u in units if u.text.startswith("Trường hợp"))
    assert _label_fit(Candidate(unit=aside, evidence=1.0, prior=0.0, focus=(0, 9)), case) == (
        0.0,
        0.0,
    )
