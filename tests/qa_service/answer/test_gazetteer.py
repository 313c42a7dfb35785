"""Places a question names: known names used as places, not parts of other proper names."""

from __future__ import annotations

from qa_service.answer.gazetteer import build_gazetteer
from tests.qa_service.answer.document_rows import document_row


def _gazetteer():
    documents = {
        "hn": document_row("hn", "Hà Nội"),
        "hd": document_row("hd", None),
        "hue": document_row("hue", "Thành phố Huế"),
        "dl": document_row("dl", "Đắk Lắk"),
    }
    texts = {
        "hn": "Ủy ban nhân dân thành phố Hà Nội ban hành.",
        "hd": "Báo cáo của huyện Bình Giang, tỉnh Hải Dương, xã Hồng Hà và xã Kiến Thành.",
        "hue": "Thành phố Huế, ngày 18 tháng 11 năm 2025",
        "dl": "QUẢN LÝ CỦA TỈNH ĐẮK LẮK\nCăn cứ Luật; tỉnh Đắk Lắk\nCăn cứ Nghị định.",
    }
    return build_gazetteer(documents, texts)


def test_a_place_written_as_a_place_is_found() -> None:
    g = _gazetteer()
    assert g.places_in("Hà Nội ban hành nghị quyết nào?") == ["ha noi"]
    assert g.places_in("UBND tỉnh Hải Dương giao ai?") == ["hai duong"]
    assert g.places_in("ubnd ha noi ban hanh nghi quyet nao") == ["ha noi"]
    # acronyms in capitals do not make a writer who capitalizes names
    assert g.places_in("nq HDND ha noi ve bau cu DBQH khoa XVI") == ["ha noi"]


def test_names_inside_other_proper_names_are_not_places() -> None:
    g = _gazetteer()
    assert g.places_in("Phó Thủ tướng Trần Hồng Hà chỉ đạo gì?") == []
    # typed without accents the surname Trần reads "Tran", the tail of "thị trấn" only after
    # "thi": still a person's name
    assert g.places_in("PTTg Tran Hong Ha yeu cau gi?") == []
    assert g.places_in("Thi Tran Hong Ha co bao nhieu ho?") == ["hong ha"]
    assert g.places_in("Công ty Điện lực Jaks Hải Dương nộp thuế nào?") == []
    assert "kien thanh" in g.known_names
    assert g.places_in("Ý kiến thành viên về Hà Nội") == ["ha noi"]
    # a bracket or a list mark ends the name before it: the next capitalized words are a place
    assert g.places_in("Vốn cho đường ven biển Quảng Xương - Tĩnh Gia (Hải Dương) là gì?") == [
        "hai duong"
    ]
    assert g.places_in("Công văn gửi Thuế Đắk Lắk, Hà Nội về gì?") == ["ha noi"]


def test_words_of_mixed_case_are_no_name() -> None:
    # "Tiền lương" opens the question (its capital says nothing); "Kiến Thành" is a commune
    g = _gazetteer()
    assert g.places_in("Kiến thành lập khi nào?") == []
    assert g.places_in("Kiến Thành lập khi nào?") == ["kien thanh"]
    assert g.places_in("kien thanh lap khi nao") == ["kien thanh"]


def test_a_run_into_the_next_line_is_not_part_of_the_name() -> None:
    g = _gazetteer()
    assert "dak lak" in g.known_names
    assert not any(name.startswith("dak lak ") for name in g.known_names)
    assert g.places_in("Đắk Lắk căn cứ quyết định nào?") == ["dak lak"]


def test_a_place_line_with_its_unit_word_names_the_place() -> None:
    g = _gazetteer()
    assert "hue" in g.own["hue"] and "hue" in g.own["thanh pho hue"]


def test_a_name_the_documents_mostly_write_as_common_words_needs_a_unit_when_uncased() -> None:
    g = _gazetteer()
    # "hồng hà" is a commune here; say the documents write "hong ha" mostly as other words
    common = {"hong ha"}.__contains__
    assert g.places_in("bao cao ve hong ha nam 2025", common) == []
    assert g.places_in("bao cao ve xa hong ha nam 2025", common) == ["hong ha"]
    assert g.places_in("bao cao ve hong ha nam 2025") == ["hong ha"]  # nothing says otherwise
    # capitalized, a name is a place whatever its words mean elsewhere
    assert g.places_in("Báo cáo về Hồng Hà năm 2025", common) == ["hong ha"]
    # a name the documents write as a place stays one, bare and uncased
    assert g.places_in("ubnd ha noi ban hanh nghi quyet nao", common) == ["ha noi"]


def test_a_question_opening_in_lower_case_names_places_in_lower_case() -> None:
    g = _gazetteer()
    # capitals on a title only ("Chu tich") do not make the writer one who capitalizes names
    asked = "ha noi uy quyen cho ai cong bo TTHC (QD cua Chu tich UBND thang 11/2025)"
    assert g.places_in(asked) == ["ha noi"]
    # a question opening with a capital is cased: a lower-case name is then no place
    assert g.places_in("Ai ký văn bản của Chủ tịch ha noi") == []


def test_a_one_word_place_some_document_is_of_is_mentioned_in_a_letter_to_it() -> None:
    documents = {
        "hue": document_row("hue", "Thành phố Huế"),
        "tax": document_row("tax", "Hà Nội", "Cục Thuế"),
        "other": document_row("other", "Hà Nội"),
    }
    texts = {
        "hue": "Thành phố Huế, ngày 18 tháng 11 năm 2025",
        "tax": "Kính gửi: Thuế thành phố Huế.\nĐề nghị Thuế thành phố Huế báo cáo.",
        "other": "Giao Sở Tài chính thành phố Triển khai thực hiện.",
    }
    g = build_gazetteer(documents, texts)
    assert g.mentioned.get("hue") == frozenset({"tax"})
    assert "trien" not in g.mentioned  # a capitalized word no document is of


def test_the_first_place_is_one_written_as_whole_words() -> None:
    gazetteer = _gazetteer()
    # "hà nội" inside no longer word; "huế" not found inside "thuế"
    assert gazetteer.first("cuc thue thanh pho ha noi") == "ha noi"
    assert gazetteer.first("cuc thue tinh") is None


def test_places_listed_after_a_unit_word_are_mentioned() -> None:
    """A dispatch to "các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai" (or "tỉnh Gia Lai và Đắk Lắk")
    mentions each place listed, not only one written right after the unit word; a listed run
    no document writes as a place is no place."""
    documents = {
        "kh": document_row("kh", "Khánh Hòa"),
        "dl": document_row("dl", "Đắk Lắk"),
        "gl": document_row("gl", "Gia Lai"),
        "cd": document_row("cd", "Hà Nội"),
        "cv": document_row("cv", "Hà Nội"),
        "sl": document_row("sl", "Hà Nội"),
    }
    texts = {
        "kh": "Ủy ban nhân dân tỉnh Khánh Hòa.",
        "dl": "Ủy ban nhân dân tỉnh Đắk Lắk.",
        "gl": "Ủy ban nhân dân tỉnh Gia Lai.",
        "cd": "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực\nthuộc Trung ương: Khánh Hòa,"
        " Đắk Lắk và Gia Lai tập trung ứng phó; Văn phòng Chính phủ theo dõi. Chủ tịch Ủy ban"
        " nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai chịu trách nhiệm.",
        "cv": "Gửi tỉnh Gia Lai và Đắk Lắk, Bộ Tài chính. Tỉnh Gia Lai và Đắk Lắk báo cáo.",
        # listed once among examples: a mention in passing
        "sl": "Phối hợp với UBND các tỉnh như: Đắk Lắk, Khánh Hòa cập nhật thông tin.",
    }
    g = build_gazetteer(documents, texts)
    assert "cd" in g.mentioned["khanh hoa"]
    assert "cd" in g.mentioned["dak lak"]
    assert "cd" in g.mentioned["gia lai"]
    assert "cv" in g.mentioned["dak lak"]
    assert not any("cd" in docs for name, docs in g.mentioned.items() if "chinh phu" in name)
    assert "bo tai" not in g.mentioned
    assert "sl" not in g.mentioned["khanh hoa"]
