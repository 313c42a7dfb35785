"""Places typed as civil servants type them: without accents or capitals, a name the documents
write as a proper name (listed after other provinces, with no unit word before it) is a place;
several provinces typed in a row without commas are each a place."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over, places_read

NOTICE = """**ỦY BAN NHÂN DÂN**
**TỈNH {upper}**

Số: {number}/TB-UBND

*{place}, ngày 18 tháng 11 năm 2025*

**THÔNG BÁO**

Về phòng chống bão số 13

Các địa phương Gia Lai, Đắk Lắk, Khánh Hòa và Lâm Đồng theo dõi sát diễn biến của bão.
Gia Lai, Khánh Hòa cần sơ tán dân; Đắk Lắk, Khánh Hòa chuẩn bị lực lượng.
Gửi tỉnh Khánh Hòa để phối hợp.
Mức chi hỗ trợ tiền lương cho lực lượng trực là 200.000 đồng/người/ngày; tiền lương
làm thêm giờ theo quy định; tiền lương tối thiểu vùng.

**CHỦ TỊCH**

**{signer}**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    docs = {
        "gia-lai.md": NOTICE.format(
            upper="GIA LAI", place="Gia Lai", number=11, signer="Nguyễn Văn Một"
        ),
        "dak-lak.md": NOTICE.format(
            upper="ĐẮK LẮK", place="Đắk Lắk", number=22, signer="Trần Văn Hai"
        ),
        "tien-luong.md": "Báo cáo của xã Tiền Lương, huyện Cẩm Khê.\n\nCó 900 hộ.",
    }
    opened = answerer_over(tmp_path_factory.mktemp("typed-bare"), docs, lexical_only=True)
    yield opened
    opened.close()


def test_a_name_written_capitalized_without_a_unit_word_is_a_place_when_typed_bare(
    answerer: Answerer,
) -> None:
    assert answerer.corpus.common_words("khanh hoa") is False
    assert places_read(answerer, "thong bao cua khanh hoa ve bao so 13") == ["khanh hoa"]


def test_words_written_in_lower_case_stay_common_words(answerer: Answerer) -> None:
    assert answerer.corpus.common_words("tien luong") is True
    assert places_read(answerer, "muc chi tien luong cho luc luong truc") == []


def test_provinces_typed_in_a_row_without_commas_are_each_a_place(answerer: Answerer) -> None:
    places = places_read(answerer, "Thông báo của Khánh Hòa Đắk Lắk Gia Lai về bão số 13")
    assert places == ["khanh hoa", "dak lak", "gia lai"]
