"""A plan's "phương án phòng ngừa" is no "phường An Phong": typed with marks, "phương" is no
unit word, and the documents' lower-case "phương án phòng" is no place written after a unit.
Typed bare, a name no document is of yields to the place documents are of that opens it.
How often a thing is done ("bao lâu một lần", "bao nhiêu lần trong năm") is answered by a count
per period ("01 lần/ngày", "một lần/năm"), not by another duty's period."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over, places_read

PLAN = """**ỦY BAN NHÂN DÂN**
**TỈNH HÒA BÌNH**

Số: 41/KH-UBND

*Hòa Bình, ngày 18 tháng 11 năm 2025*

**KẾ HOẠCH**

Xây dựng cơ sở dữ liệu về đất đai

**1. Sở Nông nghiệp và Môi trường**

Lập kế hoạch sao lưu, phục hồi dữ liệu và tổ chức diễn tập phương án phòng ngừa, ứng phó sự cố
tối thiểu một lần/năm.

Báo cáo định kỳ 06 tháng/lần tình hình vận hành hệ thống về Ủy ban nhân dân tỉnh.

Trung tâm dữ liệu thực hiện sao lưu định kỳ (01 lần/ngày) cơ sở dữ liệu đất đai.

Xây dựng phương án phòng chống thiên tai, phương án phòng cháy và phương án phòng thủ dân sự.

**CHỦ TỊCH**

**Nguyễn Văn Ba**
"""

COMMUNE = (
    "Báo cáo của Ủy ban nhân dân tỉnh Hòa Bình gửi phường An Phong, đồng gửi xã Hòa Bình Xuân."
    "\n\nCó 900 hộ.\n"
)


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    docs = {"ke-hoach.md": PLAN, "an-phong.md": COMMUNE}
    opened = answerer_over(tmp_path_factory.mktemp("frequencies"), docs, lexical_only=True)
    yield opened
    opened.close()


def test_a_lower_case_phrase_after_a_folded_unit_word_is_no_place(answerer: Answerer) -> None:
    assert answerer.corpus.common_words("an phong") is True


def test_a_word_typed_with_other_marks_than_a_unit_is_no_unit(answerer: Answerer) -> None:
    question = "kế hoạch yêu cầu diễn tập phương án phòng ngừa bao nhiêu lần trong năm?"
    assert places_read(answerer, question) == []
    assert places_read(answerer, "báo cáo của phường An Phong có bao nhiêu hộ") == ["an phong"]


def test_a_longer_name_no_document_is_of_yields_to_the_place_it_opens_with(
    answerer: Answerer,
) -> None:
    # typed bare, "hoa binh xuan nay" is the province Hòa Bình before "xuân này"; after a unit
    # word, the commune some text mentions
    assert places_read(answerer, "hoa binh xuan nay co quan nao chu tri") == ["hoa binh"]
    assert places_read(answerer, "bao cao gui xa hoa binh xuan ngay nao") == ["hoa binh xuan"]


def test_how_many_times_a_year_is_answered_by_a_count_spelled_out(answerer: Answerer) -> None:
    result = answerer.ask(
        "Kế hoạch cơ sở dữ liệu đất đai tỉnh Hòa Bình yêu cầu diễn tập phương án phòng ngừa, "
        "ứng phó sự cố tối thiểu bao nhiêu lần trong năm?"
    )
    assert result.found and "một lần/năm" in (result.answer or "")


def test_how_often_is_answered_by_a_count_per_period(answerer: Answerer) -> None:
    result = answerer.ask(
        "Cơ sở dữ liệu đất đai tỉnh Hòa Bình được sao lưu định kỳ bao lâu một lần?"
    )
    assert result.found and "01 lần/ngày" in (result.answer or "")
