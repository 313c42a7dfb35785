"""Intent routing and constraints: with or without diacritics, with abbreviations."""

from __future__ import annotations

import pytest

from qa_service.routing import accent_ratio, fold, route_question, tone_key


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Quyết định nào ban hành Kế hoạch CCHC năm 2023 của thị xã Hương Trà?", "decision"),
        ("quyet dinh nao ban hanh ke hoach cchc nam 2023 cua thi xa huong tra", "decision"),
        ("QĐ nào ban hành KH CCHC năm 2023?", "decision"),
        ("Kế hoạch này được ban hành căn cứ văn bản nào?", "basis"),
        ("Quy định này bắt đầu có hiệu lực từ ngày nào?", "effective"),
        ("nghi quyet co hieu luc thi hanh khi nao", "effective"),
        ("Thời hạn giải quyết thủ tục cấp phép là bao lâu?", "deadline"),
        ("Chậm nhất ngày nào phải gửi báo cáo về Sở?", "deadline"),
        ("Cơ quan nào chủ trì tổ chức thực hiện kế hoạch?", "agency"),
        ("don vi nao chiu trach nhiem tham muu cho UBND tinh", "agency"),
        ("Những văn bản nào viện dẫn Nghị định 30/2020/NĐ-CP?", "citing"),
        ("Quyết định 25/2016/QĐ-TTg được văn bản nào trích dẫn?", "citing"),
        ("Những văn bản nào được viện dẫn trong báo cáo 96?", "list"),
        ("Kế hoạch CCHC năm 2024 của huyện là kế hoạch số bao nhiêu?", "decision"),
        ("Huyện đã hoàn thành bao nhiêu nhiệm vụ?", "figure"),
        ("Tỷ lệ hồ sơ giải quyết đúng hạn là bao nhiêu?", "figure"),
        ("ty le so hoa ho so la bao nhieu", "figure"),
        ("Có mấy xã đạt chuẩn?", "figure"),
        ("Số lượng phiếu khảo sát?", "figure"),
        ("Chỉ tiêu tỷ lệ hồ sơ trực tuyến năm 2025 là bao nhiêu?", "target"),
        ("Huyện phấn đấu đạt bao nhiêu điểm?", "target"),
        ("muc tieu den nam 2030 ve dich vu cong truc tuyen", "target"),
        ("Chỉ số CCHC năm 2023 đạt bao nhiêu điểm?", "score"),
        ("Năm 2023 huyện xếp thứ mấy?", "score"),
        ("huyen xep hang may", "score"),
        ("Có bao nhiêu hồ sơ tại thời điểm 31/12/2023?", "figure"),  # "thời điểm" is no score
        ("Ai ký báo cáo 496/BC-UBND?", "signer"),
        ("bao cao do ai ky", "signer"),
        ("Kế hoạch do ai ký ban hành?", "signer"),
        ("Người ký quyết định là ai?", "signer"),
        ("Nhiệm vụ rà soát TTHC do ai chủ trì thực hiện?", "agency"),  # a body, not a signer
        ("Việc số hóa hồ sơ do ai phụ trách?", "agency"),
        ("Báo cáo được ban hành ngày nào?", "date"),
        ("Đề án phải hoàn thành khi nào?", "date"),
        ("Những văn bản nào được viện dẫn trong báo cáo?", "list"),
        ("Quyết định căn cứ những văn bản nào?", "list"),
        ("liet ke cac ke hoach duoc nhac den", "list"),
        ("So sánh chỉ tiêu mức độ hài lòng qua các năm", "compare"),
        ("so sanh ty le ho so dung han giua hai huyen", "compare"),
        ("Trọng tâm cải cách hành chính 05 năm tới là gì?", "general"),
        # "số nào" asks a number, "sở nào" a department: typed with marks they differ
        ("Kế hoạch phát triển du lịch của tỉnh Lào Cai là số nào?", "decision"),
        ("Ở tỉnh Lào Cai, sở nào chủ trì phát triển du lịch?", "agency"),
        ("Vướng mắc về du lịch thì phản ánh về sở nào?", "agency"),
        ("vuong mac ve du lich thi phan anh ve so nao", "agency"),  # no marks: read as before
    ],
)
def test_intent(question: str, intent: str) -> None:
    assert route_question(question).intent == intent


def test_with_and_without_diacritics_route_alike() -> None:
    accented = route_question("Tỷ lệ số hóa hồ sơ của huyện Bình Giang là bao nhiêu?")
    plain = route_question("ty le so hoa ho so cua huyen binh giang la bao nhieu")
    assert accented.intent == plain.intent == "figure"
    assert accented.accented and not plain.accented
    assert [m.name for m in accented.localities] == [m.name for m in plain.localities]
    assert accented.localities[0].name == "binh giang"


def test_years_ranges_periods_and_numbers() -> None:
    route = route_question(
        "Theo Quyết định 11671/QĐ-UBND giai đoạn 2021-2030, đến năm 2025 quý I đạt bao nhiêu?"
    )
    assert route.years == (2025,)
    assert route.ranges == ((2021, 2030),)
    assert route.periods == ("quy i",)
    assert route.doc_numbers == ("11671/QĐ-UBND",)
    assert route_question("Báo cáo số 96 ban hành ngày nào?").doc_numbers == ("96",)
    assert route_question("8 tháng đầu năm 2023").periods == ("8 thang",)
    assert route_question("quý I/2023").periods == ("quy i",)


def test_document_numbers_with_term_office_code_or_symbol_first() -> None:
    assert route_question("Luật số 48/2024/QH15 có hiệu lực khi nào?").doc_numbers == (
        "48/2024/QH15",
    )
    asked = route_question("Công văn 4814/CCTKV.05-TTKT3 gửi ngày nào?").doc_numbers
    assert asked == ("4814/CCTKV.05-TTKT3",)
    assert route_question("Thực hiện NQ 66-NQ/TW và 57-NQ/TW.").doc_numbers == (
        "66-NQ/TW",
        "57-NQ/TW",
    )


def test_localities_need_a_capitalized_name_when_accented() -> None:
    assert route_question("Văn bản nào của HĐND huyện phê duyệt giải thể?").localities == ()
    named = route_question("Quyết định nào của huyện Kỳ Anh?").localities
    assert [(m.unit, m.name, m.certain) for m in named] == [("huyen", "ky anh", True)]
    guessed = route_question("quyet dinh nao cua huyen ky anh nam 2023").localities
    assert [(m.name, m.certain) for m in guessed] == [("ky anh", False)]
    assert route_question("tinh den ngay 28/8/2023 ty le").localities == ()


def test_abbreviations_expand_both_ways_but_not_inside_numbers() -> None:
    assert fold("Kế hoạch CCHC của UBND") == "ke hoach cai cach hanh chinh cua uy ban nhan dan"
    assert fold("Quyết định 1941/QĐ-UBND") == "quyet dinh 1941/qd-ubnd"
    assert tone_key("TTHC") == "thủ tục hành chính"
    assert "cải cách hành chính" in route_question("Kế hoạch CCHC?").query
    assert "CCHC" in route_question("kế hoạch cải cách hành chính").query


def test_tone_placement_is_folded() -> None:
    assert tone_key("Hoà Bình") == tone_key("Hòa Bình")
    assert fold("thuỷ lợi") == fold("thủy lợi") == "thuy loi"


def test_terms_leave_out_function_words_localities_and_years() -> None:
    route = route_question("Tỷ lệ hồ sơ của huyện Bình Giang năm 2023 là bao nhiêu?")
    assert set(route.terms) == {"tỷ", "lệ", "hồ", "sơ"}
    assert route_question("quý I/2023 nhiệm vụ").terms == ("quý", "nhiệm", "vụ")


def test_accent_ratio() -> None:
    assert accent_ratio("ke hoach nam 2023") == 0.0
    assert accent_ratio("Kế hoạch năm") == 1.0


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Quyết định nào của Bộ trưởng đã ban hành tỷ lệ chi phí quản lý?", "decision"),
        ("Thông báo nào của Cục Hải quan xác định trước mã số cho bộ thẻ?", "decision"),
        ("Theo quyết định nào, tỷ lệ hồ sơ đúng hạn là bao nhiêu?", "figure"),
        ("Việc công bố TTHC dựa trên công văn hướng dẫn nào của VPCP?", "basis"),
        ("Thủ tục này giải quyết trong bao nhiêu ngày?", "deadline"),
        ("Chậm nhất bao lâu sau khi văn bản có hiệu lực phải cập nhật dữ liệu?", "deadline"),
        ("Quyết định 318 có hiệu lực từ ngày nào?", "effective"),
    ],
)
def test_what_is_asked_decides_the_intent(question: str, intent: str) -> None:
    assert route_question(question).intent == intent


def test_the_first_of_two_kind_words_is_the_kind_asked() -> None:
    route = route_question("Việc công bố dựa trên công văn hướng dẫn nào của Văn phòng Chính phủ?")
    assert route.doc_types == ("cong van",)


def test_a_month_is_no_term() -> None:
    # "tháng 11/2025" says when; as a word it would match "11/2025/QĐ-UBND"
    route = route_question("Bộ Nội vụ công bố tháng 11/2025 thủ tục nào?")
    assert "11/2025" not in route.terms and "công" in route.terms
    assert "11/2025" in route_question("Quyết định 11/2025 của tỉnh quy định gì?").terms
