"""Citation extraction on sentences written for the tests (not copied from the corpus)."""

from __future__ import annotations

import pytest

from indexer.analysis import document_numbers
from indexer.extract.citations import (
    canonical_key,
    extract_citations,
    number_key,
    number_matches,
    symbol_parts,
)
from indexer.records import Citation
from qa_service.routing import route_question


def _one(text: str) -> Citation:
    (citation,) = extract_citations(text)
    return citation


def _quote(text: str, citation: Citation) -> str:
    return text[citation.start : citation.end]


def test_full_citation_with_issuer_and_subject() -> None:
    text = (
        "Căn cứ Quyết định số 2156/QĐ-UBND ngày 14 tháng 9 năm 2021 của Ủy ban nhân dân tỉnh "
        "Quảng Nam về việc phê duyệt Đề án phát triển du lịch cộng đồng; các sở triển khai."
    )
    c = _one(text)
    assert c.number == "2156/QĐ-UBND"
    assert (c.doc_type, c.type_code, c.issuer_code) == ("Quyết định", "QĐ", "UBND")
    assert (c.date, c.year) == ("2021-09-14", 2021)
    assert c.issuer == "Ủy ban nhân dân tỉnh Quảng Nam"
    assert c.subject == "về việc phê duyệt Đề án phát triển du lịch cộng đồng"
    assert _quote(text, c) == (
        "Quyết định số 2156/QĐ-UBND ngày 14 tháng 9 năm 2021 của Ủy ban nhân dân tỉnh Quảng Nam"
    )
    assert c.key == canonical_key("2156/QĐ-UBND", "QĐ")


@pytest.mark.parametrize(
    ("text", "number", "type_code", "doc_type"),
    [
        ("theo Kế hoạch số 87 / KH-UBND ngày 3/2/2022", "87/KH-UBND", "KH", "Kế hoạch"),
        ("tại Quyết định 512/QĐ- UBND của huyện", "512/QĐ-UBND", "QĐ", "Quyết định"),
        ("Công văn 1450/ UBND-VX về việc tiêm chủng", "1450/UBND-VX", None, "Công văn"),
        ("thực hiện Nghị định số 15/2020 NĐ-CP", "15/2020/NĐ-CP", "NĐ", "Nghị định"),
        ("Thông tư 05/2021/TT-BNV hướng dẫn", "05/2021/TT-BNV", "TT", "Thông tư"),
        ("văn bản số 77/SNN-KH ngày 2/6/2022", "77/SNN-KH", None, "Văn bản"),
        ("Đoàn kiểm tra số 845/QĐ-UBND đã làm việc", "845/QĐ-UBND", "QĐ", "Quyết định"),
        ("báo cáo theo Hướng dẫn 33/HD-SYT", "33/HD-SYT", "HD", "Hướng dẫn"),
        ("thông báo số 560/TB-VP ngày 1/8/2023", "560/TB-VP", "TB", "Thông báo"),
    ],
)
def test_spacing_hyphen_and_omitted_so_variants(
    text: str, number: str, type_code: str | None, doc_type: str
) -> None:
    c = _one(text)
    assert (c.number, c.type_code, c.doc_type) == (number, type_code, doc_type)
    assert text[c.start :].startswith(_quote(text, c))


def test_law_and_party_symbols() -> None:
    law = _one("Căn cứ Luật số 47/2019/QH14 ngày 25/11/2019;")
    assert (law.doc_type, law.type_code, law.issuer_code, law.year) == ("Luật", None, "QH14", 2019)
    party = _one("Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập")
    assert (party.number, party.type_code, party.issuer_code) == ("05-CT/TW", "CT", "TW")
    assert (party.issuer, party.date) == ("Bộ Chính trị", "2016-05-15")


def test_numbers_sharing_one_symbol_are_two_citations() -> None:
    text = "quán triệt Nghị quyết số 26, 27-NQ/TW ngày 19/5/2018 của Ban Chấp hành Trung ương"
    first, second = extract_citations(text)
    assert (first.number, second.number) == ("26-NQ/TW", "27-NQ/TW")
    assert first.date == second.date == "2018-05-19"
    assert (first.start, first.end) == (second.start, second.end)


def test_date_opening_the_clause_is_the_issuing_date() -> None:
    text = "Ngày 12/4/2022, Sở Y tế đã ban hành Hướng dẫn số 33/HD-SYT về phòng bệnh mùa hè."
    c = _one(text)
    assert (c.number, c.date) == ("33/HD-SYT", "2022-04-12")
    assert _quote(text, c) == "Hướng dẫn số 33/HD-SYT"


def test_laws_cited_by_name() -> None:
    text = (
        "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013; Luật Quy hoạch ngày 24/11/2017; "
        "theo quy định của Luật Phòng, chống ma túy và Luật Khoa học và Công nghệ."
    )
    found = extract_citations(text)
    assert [(c.number, c.date) for c in found] == [
        ("Luật Đất đai", "2013-11-29"),
        ("Luật Quy hoạch", "2017-11-24"),
        ("Luật Phòng, chống ma túy", None),
        ("Luật Khoa học và Công nghệ", None),
    ]
    assert all(c.doc_type == "Luật" and c.type_code is None for c in found)
    assert found[0].key == canonical_key("luật đất đai", None)


def test_named_law_followed_by_its_number_is_one_citation() -> None:
    c = _one("áp dụng Luật Đầu tư công số 39/2019/QH14 cho dự án")
    assert (c.number, c.doc_type, c.subject) == ("39/2019/QH14", "Luật", "Luật Đầu tư công")


@pytest.mark.parametrize(
    "text",
    [
        "Số: 120/BC-UBND",
        "Luật này có hiệu lực từ ngày 01/7/2025.",
        "Văn phòng luật sư và Luật sư được cấp phép; luật pháp nghiêm minh.",
        "Hợp đồng theo Nghị định 68 và báo cáo số 420 của xã.",
        "hoàn thành 16/49 nhiệm vụ ngày 15/3/2023, áp dụng ISO 9001:2015",
        "ban hành công văn số hướng dẫn công tác thu chi",
    ],
)
def test_not_citations(text: str) -> None:
    assert extract_citations(text) == []


def test_canonical_key_ignores_case_spaces_diacritics_and_leading_zeros() -> None:
    assert canonical_key("05/KH-UBND", "KH") == canonical_key("5 / kh-ubnd", "KH")
    assert canonical_key("1941/QD-UBND", "QD") == canonical_key("1941/QĐ-UBND", "QĐ")
    assert canonical_key("05/KH-UBND", "KH") != canonical_key("05/QĐ-UBND", "QĐ")


@pytest.mark.parametrize(
    ("number", "parts"),
    [
        ("2623/UBND-NV", (None, "UBND", None)),
        ("61/2018/NĐ-CP", ("NĐ", "CP", 2018)),
        ("03-NQ/HU", ("NQ", "HU", None)),
        ("77/2015/QH13", (None, "QH13", 2015)),
        ("27/KH-TCT", ("KH", "TCT", None)),
    ],
)
def test_symbol_parts(number: str, parts: tuple) -> None:
    assert symbol_parts(number) == parts


def test_issuer_stops_at_the_subject() -> None:
    text = "Quyết định số 28/QĐ-TTg ngày 7/1/2020 của Thủ tướng Chính phủ phê duyệt Đề án X."
    c = _one(text)
    assert c.issuer == "Thủ tướng Chính phủ"
    assert c.subject == "phê duyệt Đề án X"


@pytest.mark.parametrize(
    ("query", "number", "expected"),
    [
        ("1941", "1941/QĐ-UBND", True),
        ("41", "1941/QĐ-UBND", False),
        ("1941/qđ", "1941/QĐ-UBND", True),
        ("1941 / QĐ-UBND", "1941/QĐ-UBND", True),
        ("1941/qd-ubnd", "1941/QĐ-UBND", True),
        ("1941/KH", "1941/QĐ-UBND", False),
        ("11", "110/KH-UBND", False),
        ("96", "496/BC-UBND", False),
        ("05", "5/KH-UBND", True),
        ("130/2005", "130/2005/NĐ-CP", True),
        ("130/2005/NĐ-CP", "130/2005/NĐ-CP", True),
        ("130/2005/NĐ", "130/2005/NĐ-CP", True),
        ("130/2006", "130/2005/NĐ-CP", False),
        ("01/KH-UBND", "1/KH-UBND", True),
        ("03", "03-NQ/HU", True),
        ("41/QĐ-UBND", "1941/QĐ-UBND", False),
        ("194", "1941/QĐ-UBND", False),
        ("1941/QĐ", "11941/QĐ-UBND", False),
    ],
)
def test_number_matches_whole_numbers_only(query: str, number: str, expected: bool) -> None:
    assert number_matches(query, number) is expected


def test_number_key() -> None:
    assert number_key("1941/qđ-ubnd") == number_key("1941 / QD-UBND") == "1941/QD-UBND"
    assert number_key("05/KH-UBND") == "5/KH-UBND"


def test_a_decimal_number_of_a_government_resolution() -> None:
    text = (
        "Căn cứ Nghị quyết số 66.7/2025/NQ-CP ngày 15 tháng 11 năm 2025 của Chính phủ quy định"
        " cắt giảm, đơn giản hóa thủ tục hành chính; chi 1.5 triệu đồng theo mục 2.3."
    )
    found = [(c.number, c.date) for c in extract_citations(text)]
    assert found == [("66.7/2025/NQ-CP", "2025-11-15")]
    assert [n for n, _, _ in document_numbers(text)] == ["66.7/2025/NQ-CP"]
    assert route_question("NQ 66.7/2025/NQ-CP ban hành ngày nào?").doc_numbers == (
        "66.7/2025/NQ-CP",
    )


@pytest.mark.parametrize(
    "number", ["977/CCTKV.XIV-NVDTPC.HL", "545/CCTKV.VIII-CNTK", "4814/CCTKV.05-TTKT3"]
)
def test_an_office_code_after_a_dot_belongs_to_the_symbol(number: str) -> None:
    text = f"Cục Thuế nhận được công văn số {number} ngày 20/10/2025 của Chi cục Thuế khu vực."
    citation = _one(text)
    assert citation.number == number and citation.date == "2025-10-20"
    assert route_question(f"Công văn nào trả lời công văn {number}?").doc_numbers == (number,)


def test_a_sentence_end_after_a_symbol_is_no_office_code() -> None:
    assert _one("Thực hiện Kế hoạch số 5/KH-UBND. Các sở triển khai.").number == "5/KH-UBND"
