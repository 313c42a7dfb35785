"""Cleaning keeps a map from every clean character back to the document text."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.cleaning import clean_text

WORDS = ["Ủy", "ban", "nhân", "dân", "huyện", "hoà", "hòa", "32,6%", "214/KH-UBND", "Điều", "1."]
MARKUP = ["**", "*", "<b>", "</b>", "<br>", "<sup>1</sup>", "\n## ", "\n", "\n\n", "  ", "\t"]


def _check_map(original: str) -> None:
    clean = clean_text(original)
    assert len(clean.starts) == len(clean.ends) == len(clean.text)
    assert all(a < b for a, b in zip(clean.starts, clean.ends, strict=True))
    assert list(clean.starts) == sorted(clean.starts)
    for i, char in enumerate(clean.text):
        source = original[clean.starts[i] : clean.ends[i]]
        if source == ">" and char == " ":
            continue  # the last character of a <br> tag stands for the line break
        if source in ("\n", "\r") and char == " ":
            continue  # a soft line break (a hard-wrapped line) reads as a space
        assert char in unicodedata.normalize("NFC", source), (char, source)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS + MARKUP), max_size=60))
def test_every_clean_character_maps_back(parts: list[str]) -> None:
    _check_map(" ".join(parts))


def test_markup_is_removed_and_spans_map_to_the_original() -> None:
    original = "## **I. MỤC TIÊU**\nĐạt <b>100%</b> hồ sơ<sup>2</sup>;<br>tăng ***6 bậc***.\n"
    clean = clean_text(original)
    assert clean.text == "I. MỤC TIÊU\nĐạt 100% hồ sơ; tăng 6 bậc.\n"
    start = clean.text.index("100%")
    s, e = clean.to_original(start, start + 4)
    assert original[s:e] == "100%"
    start = clean.text.index("hồ sơ; tăng")
    s, e = clean.to_original(start, start + len("hồ sơ; tăng"))
    assert original[s:e] == "hồ sơ<sup>2</sup>;<br>tăng"


def test_page_numbers_and_rules_are_debris() -> None:
    original = "Câu thứ nhất.\n- 2 -\nTrang 3/10\n---\nCâu thứ hai.\n"
    assert clean_text(original).text.split() == ["Câu", "thứ", "nhất.", "Câu", "thứ", "hai."]


def test_repeated_running_header_is_dropped_but_not_list_items() -> None:
    header = "BÁO CÁO CẢI CÁCH HÀNH CHÍNH QUÝ I"
    body = "\n".join(f"{header}\nĐoạn {i} nói về nội dung.\n- Lưu: VT." for i in range(4))
    text = clean_text(body).text
    # the first occurrence stays: it may be the document's own header that its pages repeat
    assert text.count(header) == 1
    assert text.count("- Lưu: VT.") == 4


def test_a_wrapped_line_repeated_in_forms_is_text_not_a_running_header() -> None:
    line = "Bộ Quốc phòng ban hành kèm theo Quyết định số 25/2016/QĐ-TTg"
    body = "\n\n".join(
        f"Mẫu {i}: Quy chế của Cảng {line}\nngày 27 tháng 6 năm 2016." for i in range(4)
    )
    text = clean_text(body).text
    assert text.count(f"{line} ngày 27 tháng 6 năm 2016.") == 4


def test_decomposed_text_is_composed_with_offsets() -> None:
    original = unicodedata.normalize("NFD", "Hòa giải ở cơ sở")
    clean = clean_text(original)
    assert clean.text == "Hòa giải ở cơ sở"
    s, e = clean.to_original(0, 3)
    assert unicodedata.normalize("NFC", original[s:e]) == "Hòa"


def test_headings_repeated_under_each_parent_are_kept() -> None:
    body = "\n".join(f"{i}. Mục tiêu {i}\n#### b) Đến năm 2030\n- Đạt 100%." for i in range(1, 5))
    assert clean_text(body).text.count("b) Đến năm 2030") == 4


def test_a_bare_number_is_a_page_number_only_between_blank_lines() -> None:
    text = clean_text("Câu một.\n\n12\n\nCâu hai.\nSố liệu\n45\nkhác\n").text
    assert "12" not in text
    assert "45" in text  # a value on its own line inside a block (a PDF table cell) stays
