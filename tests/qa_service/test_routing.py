"""Intent routing and constraints: with or without diacritics, with abbreviations."""

from __future__ import annotations

import re

import pytest

from qa_service.answer.question import numbers_after_a_type
from qa_service.routing import (
    ASKS_THE_RELATING_DOCUMENT,
    HOW_MANY,
    accent_ratio,
    asks_a_related_document,
    bodies_offered,
    fold,
    names_an_event,
    period_pattern,
    route_question,
    tone_key,
)


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Quyết định nào ban hành Kế hoạch CCHC năm 2023 của thị xã Hương Trà?", "decision"),
        ("quyet dinh nao ban hanh ke hoach cchc nam 2023 cua thi xa huong tra", "decision"),
        ("QĐ nào ban hành KH CCHC năm 2023?", "decision"),
        ("Kế hoạch này được ban hành căn cứ văn bản nào?", "basis"),
        # a document about others in the plural, its own date asked: no list
        (
            "Quyết định về áp dụng và bãi bỏ các quyết định nhuận bút lĩnh vực báo chí của tỉnh "
            "Quảng Trị được ký ngày nào?",
            "date",
        ),
        ("Các quyết định nào bị bãi bỏ bởi QĐ 2744/QĐ-UBND?", "list"),
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
        # no question word: a value named, or a code asked, is the value asked
        ("phi cap ban sao trich luc khi thay doi thong tin", "figure"),
        ("Mức hỗ trợ giáo viên mầm non tư thục mỗi tháng", "figure"),
        ("Máy lọc nước X được xếp vào mã HS nào?", "figure"),
        ("Phí thẩm định thu như thế nào?", "general"),
        ("Kinh phí thực hiện kế hoạch được bố trí từ đâu?", "general"),
        ("Quy chế áp dụng từ lúc nào?", "effective"),
        ("quy dinh nay ap dung tu bao gio", "effective"),
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
        # "điểm" in a word ("trọng điểm", "thí điểm") or naming a site ("điểm cầu") is no score
        ("Có bao nhiêu dự án trọng điểm năm 2025?", "figure"),
        ("So xa thi diem mo hinh la bao nhieu?", "figure"),
        ("Hội nghị trực tuyến có bao nhiêu điểm cầu?", "figure"),
        ("bao nhiêu điểm sạt lở đã được xử lý", "figure"),
        ("Thương binh được cộng bao nhiêu điểm ưu tiên?", "score"),
        ("Trung tâm cần tổng điểm bao nhiêu để xếp loại tốt?", "score"),
        ("Ai ký báo cáo 496/BC-UBND?", "signer"),
        ("bao cao do ai ky", "signer"),
        ("Kế hoạch do ai ký ban hành?", "signer"),
        ("Người ký quyết định là ai?", "signer"),
        ("Nhiệm vụ rà soát TTHC do ai chủ trì thực hiện?", "agency"),  # a body, not a signer
        ("Việc số hóa hồ sơ do ai phụ trách?", "agency"),
        ("Báo cáo được ban hành ngày nào?", "date"),
        ("Những văn bản nào được viện dẫn trong báo cáo?", "list"),
        ("Quyết định căn cứ những văn bản nào?", "list"),
        ("liet ke cac ke hoach duoc nhac den", "list"),
        ("So sánh chỉ tiêu mức độ hài lòng qua các năm", "compare"),
        ("so sanh ty le ho so dung han giua hai huyen", "compare"),
        # two cases, which is higher; not a document setting a higher value, nor a threshold
        ("Trưởng ban Giám khảo hay Trưởng ban Tổ chức được chi cao hơn?", "compare"),
        ("Nhóm thủ tục A so với nhóm B, nhóm nào ngắn hơn, bao nhiêu ngày?", "compare"),
        ("Làm trực tuyến toàn trình thì phí rẻ hơn làm một phần không?", "compare"),
        ("Nghị quyết nào quy định mức tiền phạt cao hơn đối với vi phạm PCCC?", "decision"),
        ("Nhà máy có công suất lớn hơn bao nhiêu m3/ngày đêm?", "figure"),
        ("Trọng tâm cải cách hành chính 05 năm tới là gì?", "general"),
        # "số nào" asks a number, "sở nào" a department: typed with marks they differ
        ("Kế hoạch phát triển du lịch của tỉnh Lào Cai là số nào?", "decision"),
        ("Ở tỉnh Lào Cai, sở nào chủ trì phát triển du lịch?", "agency"),
        ("Vướng mắc về du lịch thì phản ánh về sở nào?", "agency"),
        ("vuong mac ve du lich thi phan anh ve so nao", "agency"),  # no marks: read as before
        # a body asked by its kind with qualifiers, by its role, or as where a dossier is lodged
        ("Tỉnh phải gửi báo cáo về cơ quan trung ương nào?", "agency"),
        ("Vụ Tổ chức cán bộ phối hợp với vụ nào để thẩm định hồ sơ?", "agency"),
        ("ho so xin cap giay phep nop truc tiep o dau?", "agency"),
        # where a report goes is a body; "về đầu tư" is a subject, not "về đâu"
        ("Sở VHTTDL báo cáo kết quả thực hiện về đâu?", "agency"),
        ("Báo cáo về đầu tư công năm 2024 của tỉnh Nghệ An đạt bao nhiêu?", "figure"),
        ("Đơn vị hành chính nào có diện tích lớn nhất?", "general"),
        # "biến động" as the case a body is asked for, not a change compared
        ("Khi giá thị trường biến động thì cơ quan nào tham mưu điều chỉnh khung giá?", "agency"),
        ("Giá đất biến động thế nào trong năm 2024?", "compare"),
        # a party, a level or a place asked right before its act is the body in charge; a
        # grade ("công trình cấp nào") or a case ("cấp nào thì phải") is not
        ("Bên nào thực hiện giải quyết các vấn đề về quốc phòng liên quan tôn giáo?", "agency"),
        ("Cấp nào quyết định đầu tư dự án nhóm C?", "agency"),
        ("Thẩm định báo cáo nghiên cứu khả thi do cấp nào thực hiện?", "agency"),
        ("noi nao tiep nhan ho so cong nhan ket qua tham do khoang san", "agency"),
        ("Công trình cấp nào thì phải thẩm định thiết kế?", "general"),
        # a body as the subject asked by "là gì"; the tasks it has are no body asked
        ("Cơ quan có thẩm quyền giải quyết thủ tục là gì?", "agency"),
        ("Sở Tài chính có trách nhiệm gì?", "general"),
        ("Đơn vị tính của số liệu này là gì?", "general"),
        # an ordinal asked at the end is a figure; "ngày nào" asked with it is the date
        ("NQ 45/2025/NQ-HĐND được thông qua tại kỳ họp thứ mấy?", "figure"),
        ("Nghị quyết 45/2025 được thông qua tại kỳ họp thứ mấy, ngày nào?", "date"),
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
    # a count of a period after a kind word is no document number; a number dated after it is
    assert route_question("Các sở báo cáo 6 tháng trước ngày nào?").doc_numbers == ()
    assert route_question("Quyết định 2533 ngày 20/11/2025 do ai ký?").doc_numbers == ("2533",)
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
        # "hạn" alone, a noun before the body and its act: a time limit
        ("QĐ 3565: hạn Sở KHCN trình CT UBND TP phê duyệt quy trình nội bộ?", "deadline"),
        ("han So Cong Thuong trinh quy trinh dien tu theo QD 2715?", "deadline"),
        ("han Cong Thuong tong hop bao cao 6 thang ve ke hoach xuat khau?", "deadline"),
        ("Chức năng, nhiệm vụ, quyền hạn Sở Nội vụ do văn bản nào quy định?", "decision"),
        ("Hạn mức hỗ trợ mỗi hộ là bao nhiêu?", "figure"),
        # the number of a document asked, whatever year its subject runs to
        ("KH 153 thực hiện chương trình MTQG đến 2030 của Bộ Công an số mấy?", "decision"),
        ("Mục tiêu đến năm 2030 của chương trình là bao nhiêu?", "target"),
        # the date of a document written in brackets after the one asked
        ("Tờ trình của Sở Tài chính (QĐ 98/2025/QĐ-UBND) ngày nào?", "date"),
        ("Chậm nhất bao lâu sau khi văn bản có hiệu lực phải cập nhật dữ liệu?", "deadline"),
        ("Quyết định 318 có hiệu lực từ ngày nào?", "effective"),
        # a code asked by the last words, whatever document the question opens with
        ("QĐ 4001/QĐ-BKHCN bãi bỏ TTHC cấp tỉnh thẩm định kết quả, mã số là gì?", "figure"),
        ("Quyết định 99 công bố thủ tục đăng ký nhiệm vụ có mã TTHC nào?", "figure"),
    ],
)
def test_what_is_asked_decides_the_intent(question: str, intent: str) -> None:
    assert route_question(question).intent == intent


def test_the_first_of_two_kind_words_is_the_kind_asked() -> None:
    route = route_question("Việc công bố dựa trên công văn hướng dẫn nào của Văn phòng Chính phủ?")
    assert route.doc_types == ("cong van",)


def test_a_quarterly_duty_is_a_period() -> None:
    route = route_question("Sở phải báo cáo UBND tỉnh hằng quý trước ngày nào?")
    assert route.periods == ("hang quy",)


@pytest.mark.parametrize(
    ("period", "written", "matches"),
    [
        ("1 thang", "muc ho tro 01 thang cho ho doc than", True),
        ("1 thang", "trong 11 thang", False),
        ("6 thang", "bao cao 6 thang dau nam", True),
        ("quy iv", "thoi gian thuc hien: quy 4 nam 2025", True),
        ("quy iv", "quy iv nam 2025", True),
        ("quy i", "quy ii nam 2025", False),
        # a quarterly duty: a quarter written, not the "quy" of "quy chế"
        ("hang quy", "bao cao dinh ky hang quy truoc ngay 20", True),
        ("hang quy", "bao cao quy i truoc ngay 20/3", True),
        ("hang quy", "quy che quan ly thu dien tu: bao cao dinh ky 06 thang, nam", False),
    ],
)
def test_a_period_as_documents_write_it(period: str, written: str, matches: bool) -> None:
    assert (re.search(period_pattern(period), written) is not None) is matches


@pytest.mark.parametrize(
    ("question", "related"),
    [
        # where something is written: a document the described one cites
        ("Ưu đãi này được nêu ở công văn nào của Thủ tướng?", True),
        ("Ý kiến thẩm định của Sở Tư pháp nằm ở báo cáo số mấy?", True),
        ("Hà Tĩnh công bố TTHC theo đề nghị tại văn bản số mấy của Sở Y tế?", True),
        ("Quyết định 2579 thay thế quyết định nào?", True),
        # an act the document asked for performs: that document itself may be the answer
        ("Đồng Nai công bố TTHC nội bộ lĩnh vực công tác dân tộc tại quyết định nào?", False),
        ("Hà Tĩnh bãi bỏ Quyết định 14/2025/QĐ-UBND tại quyết định nào?", False),
        ("TP.HCM thông qua phương án đơn giản hóa TTHC ở quyết định nào?", False),
        # a rule: the ruling document or one it cites
        ("Mức chi hỗ trợ công an xã được quy định ở nghị quyết nào?", False),
        # "năm", not "nằm"; "nếu", not "nêu"
        ("Kế hoạch năm 2025 tại quyết định nào?", False),
    ],
)
def test_a_document_at_which_something_stands(question: str, related: bool) -> None:
    route = route_question(question)
    assert route.intent == "decision"
    assert asks_a_related_document(route.folded) is related


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Nghị định 85/2024/NĐ-CP được dẫn chiếu trong những văn bản nào?", "citing"),
        ("Thông tư 28/2024/TT-BTC được căn cứ trong văn bản nào?", "citing"),
        ("Văn bản nào lấy Nghị định 60/2024/NĐ-CP làm căn cứ?", "citing"),
        ("Văn bản nào nhắc đến TT 28/2024?", "citing"),
        # a document of the kind asked that implements or quotes again a numbered one cites it
        ("Kế hoạch nào của các tỉnh triển khai QĐ 2437/QĐ-TTg về đợt thi đua?", "citing"),
        ("Công văn nào của Cục Thuế dẫn lại công văn 5106/CT-CS khi trả lời?", "citing"),
        ("Những văn bản nào có dẫn chiếu tới NĐ 289/2025/NĐ-CP?", "citing"),
        ("NĐ 85/2024/NĐ-CP được những văn bản nào trong bộ tài liệu lấy làm căn cứ?", "citing"),
        # the document cited named by its subject, its number in brackets
        ("van ban nao vien dan Chien luoc ha tang so (QD 1132/QĐ-TTg)", "citing"),
        # "dẫn lại công văn số mấy": the one document a letter relies on
        ("Khi trả lời bà Lan, Cục Thuế dẫn lại công văn số mấy?", "basis"),
        # no number named: the plan asked is described, not found by its citations
        ("Kế hoạch nào của tỉnh triển khai Nghị định về phòng thủ dân sự?", "decision"),
        ("Quyết định này được căn cứ vào văn bản nào?", "basis"),
        ("Quy định thi đua của tỉnh được ban hành trên cơ sở luật nào?", "basis"),
        ("Văn bản giao Sở Tài chính chủ trì quản lý giá là văn bản nào?", "decision"),
        ("Cho biết số và ngày của nghị quyết quy định mức chuẩn trợ giúp xã hội", "decision"),
        ("Theo kế hoạch nào, sở nào chủ trì?", "agency"),
    ],
)
def test_the_relation_of_the_document_asked_for(question: str, intent: str) -> None:
    assert route_question(question).intent == intent


def test_a_kind_asked_by_its_number_is_the_kind_asked() -> None:
    assert route_question("Đề nghị được nêu tại tờ trình số mấy?").doc_types == ("to trinh",)
    assert route_question("Kế hoạch này là kế hoạch số bao nhiêu?").doc_types == ("ke hoach",)
    # a question that opens with the kind and asks a number at its end
    opening = route_question("Tờ trình của Sở Y tế về giá dịch vụ khám bệnh số mấy?")
    assert opening.doc_types == ("to trinh",)
    assert route_question("cong van tra loi doanh nghiep ve hoan thue so nao").doc_types == (
        "cong van",
    )
    # a kind asked right before "số mấy" is the kind, not the one the question opens with
    kinds = route_question("Kế hoạch tuyên truyền được ban hành kèm theo quyết định số mấy?")
    assert kinds.doc_types == ("quyet dinh",)
    # "số hiệu (của) quyết định ...", "Số NQ của ...": the number of that kind is asked
    assert route_question("Số hiệu quyết định của tỉnh công bố 2 TTHC mới?").doc_types == (
        "quyet dinh",
    )
    assert route_question("Số NQ của UBTVQH sắp xếp cấp xã 2025?").doc_types == ("nghi quyet",)
    # a question that opens with a kind and its number names that document: the kind asked is
    # the one nearest before "số mấy"
    named = route_question("NQ 75/2025/NQ-HĐND của HN về phụ cấp căn cứ Luật Dân quân số mấy?")
    assert named.doc_types == ("luat",)
    assert route_question("QĐ 1509/QĐ-UBND của tỉnh X có số mấy?").doc_types == ()


def test_numbers_named_after_a_type_or_its_symbol_code() -> None:
    assert numbers_after_a_type("Văn bản nào viện dẫn NĐ 85/2024?") == [("nghi dinh", "85/2024")]
    assert numbers_after_a_type("KH 7360 dựa trên quyết định nào?") == [("ke hoach", "7360")]
    assert numbers_after_a_type("NĐ 85 năm 2024") == []  # "85 năm": a count of years


# The question's structure names the answer's type, whatever its other words: a person asked and
# "ký"; a time asked of a document's own act or of an act to be done; a count asked by "mấy"; one
# document an agent relies on. Wordings of each class, with and without marks.
@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # a person asked (by "ai", "người / lãnh đạo / đồng chí nào", a position), then "ký"
        ("Đồng chí nào trong Ban Thường vụ đã ký chỉ thị 12?", "signer"),
        ("Phó Giám đốc nào của Sở Y tế ký công văn gửi các bệnh viện?", "signer"),
        ("lanh dao nao cua so tai chinh ky ke hoach 210", "signer"),
        ("Ai là người đứng tên ký thông báo kết luận của Chủ tịch tỉnh?", "signer"),
        ("Giám đốc ký KH 45/KH-SYT về tiêm chủng?", "signer"),  # a position, "ký", no question word
        # the capacity a signature states: "ký thay / thừa lệnh ai", "ký với chức vụ gì"
        ("Công văn 812/STC-QLG được ký thừa lệnh ai?", "signer"),
        ("QD 45/QD-UBND ky thay ai", "signer"),
        ("Ông Lê Văn Mẫu ký Quyết định 45/QĐ-UBND với chức vụ gì?", "signer"),
        ("ba Tran Thi Mau ky ke hoach 210 voi tu cach gi", "signer"),
        ("Ai chủ trì kỳ họp thứ mười của Hội đồng nhân dân tỉnh?", "agency"),  # "kỳ" is no "ký"
        ("Ai được giao tổng hợp kết quả rà soát gửi Sở Nội vụ?", "agency"),
        ("ai duoc uy ban tinh giao phoi hop kiem tra cac xa", "agency"),
        ("Ai được giao thay mặt Ủy ban ký hợp đồng thuê trụ sở?", "agency"),  # signing as a task
        # "đăng ký" registers; "ký xác nhận" on a record is a task the document gives
        ("Ai bố trí nơi tiếp nhận hồ sơ của Văn phòng đăng ký đất đai ở cấp xã?", "agency"),
        ("ai bo tri noi tiep nhan ho so cua van phong dang ky dat dai", "agency"),
        ("Ai ký xác nhận đính chính sai sót trên Giấy chứng nhận?", "agency"),
        # the date a document names for itself, asked as a noun
        ("Ngày ban hành Thông tư 12/2024/TT-BTC?", "date"),
        ("ngay ky nghi quyet 05/2023/NQ-HDND cua tinh", "date"),
        # a time asked of what dates the document: issued, signed, sent, answered
        ("Sở Xây dựng gửi tờ trình xin ý kiến về quy hoạch vào ngày nào?", "date"),
        ("Bộ Tài chính trả lời kiến nghị của doanh nghiệp vào thời điểm nào?", "date"),
        ("Công văn 118/SXD-QH vào ngày nào?", "date"),  # the document itself, no verb
        ("quyet dinh so 75/2024/QD-UBND ngay nao", "date"),
        # a letter a body has, or one that answers another ("phúc đáp"): the letter is dated
        ("Cục Thống kê có công văn phúc đáp Cục Thuế về mã ngành vào ngày nào?", "date"),
        ("Sở Xây dựng đã có văn bản gửi UBND tỉnh vào ngày nào?", "date"),
        ("UBND tinh hop phien thuong ky thong qua de an vao ngay nao", "date"),
        # a time asked of an act to be done, or that recurs: a deadline
        ("Đề án phải hoàn thành khi nào?", "deadline"),
        ("Khi nào huyện sơ kết việc thực hiện chương trình chuyển đổi số?", "deadline"),
        ("hoc bong duoc cap cho sinh vien vao thoi diem nao trong nam", "deadline"),
        ("Các phòng gửi số liệu thống kê về Văn phòng vào thời gian nào hằng quý?", "deadline"),
        ("Kế hoạch đặt mốc thời gian nào để hoàn tất việc bàn giao trụ sở?", "deadline"),
        ("Hạn nộp bản kê khai tài sản là ngày nào?", "deadline"),
        ("Hồ sơ được giải quyết trong tối đa mấy giờ?", "deadline"),
        ("Cơ sở dữ liệu dân cư phải được số hóa xong vào năm nào?", "date"),  # a task's year
        # the time an event takes place, no obligation said: a date, not a time limit
        ("Bộ trưởng làm việc với lãnh đạo tỉnh Bình Định vào ngày nào?", "date"),
        ("Hội nghị tổng kết công tác cải cách hành chính được tổ chức khi nào?", "date"),
        ("Tỉnh dự kiến tổ chức lễ khởi công cầu Cửa Hội vào ngày nào?", "date"),
        ("Đoàn công tác đến thăm, làm việc tại huyện vào những ngày nào?", "date"),
        # a visit of inspection, a ceremony of a state funeral
        ("Phó Thủ tướng đi kiểm tra dự án bệnh viện tại tỉnh vào ngày nào?", "date"),
        ("le truy dieu nguyen Chu tich nuoc duoc to chuc vao ngay nao", "date"),
        # a meeting named as the source of a task, or an obligation: a deadline still
        ("Theo kết luận tại hội nghị, khi nào huyện sơ kết chương trình?", "deadline"),
        ("Sở phải tổ chức hội nghị tập huấn vào thời gian nào?", "deadline"),
        # a count asked by "mấy" before any noun; "máy" of "máy móc" asks none
        ("Mỗi xã được cử tối đa mấy đại biểu dự hội nghị?", "figure"),
        ("tai khoan phai doi mat khau sau it nhat may thang", "figure"),
        ("Danh mục máy móc chuyên dùng của Sở gồm những gì?", "general"),
        # one document an agent relies on ("dựa trên", "dẫn", "viện dẫn" ... nào)
        ("Sở Tư pháp dẫn nghị định nào khi trả lời về phí công chứng?", "basis"),
        ("Cục Thuế viện dẫn thông tư nào để hướng dẫn hoàn thuế?", "basis"),
        ("Việc điều chỉnh giá đất dựa vào NĐ nào?", "basis"),
        ("quy trinh noi bo dua tren quyet dinh cong bo so may cua tinh", "basis"),
        ("Những văn bản nào được viện dẫn trong quyết định 12?", "list"),
        ("TT 10/2024/TT-BTC, được viện dẫn trong QĐ 4831, có hiệu lực từ ngày nào?", "effective"),
        # the number of a document asked as a noun
        ("Số quyết định của UBND tỉnh về giá đất năm 2025?", "decision"),
        # a document that ends another's force is asked, not when the force starts
        ("Thông tư nào của Bộ Y tế làm hết hiệu lực Thông tư 05/2019?", "decision"),
        # ... or the one a named document's force ended by, said after it
        ("QĐ 12/2020/QĐ-UBND về quản lý chợ hết hiệu lực theo quyết định nào?", "decision"),
        ("chi thi 05/2021 het hieu luc tai van ban so may", "decision"),
        # a number asked at the end, whatever words of time the subject holds
        (
            "Văn bản về cho thuê tài sản có thời hạn bị Nghị định 50/2025 bãi bỏ có số hiệu là gì?",
            "decision",
        ),
        ("quy che phoi hop co hieu luc den het nam 2025 co so hieu la gi", "decision"),
    ],
)
def test_the_structure_of_the_question_decides_the_intent(question: str, intent: str) -> None:
    assert route_question(question).intent == intent


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("Quyết định nào của UBND tỉnh Bình Sơn đã bãi bỏ Quyết định 14/2020/QĐ-UBND?", "bai bo"),
        ("Nghị quyết 05/2021/NQ-HĐND đã được sửa đổi bằng nghị quyết nào?", "sua doi"),
        ("Chỉ thị 03/CT-UBND được thay bằng chỉ thị nào?", "thay"),
        ("van ban nao cua bo tai chinh lam het hieu luc thong tu 40/2016", "lam het hieu luc"),
        ("Quyết định 09/2022/QĐ-UBND hết hiệu lực theo quyết định nào?", "het hieu luc"),
        # what the document asked for does first, the relation said of a numbered one at the end
        (
            "van ban nao cua UBND tinh X ban hanh quy che tiep nhan phan anh thay cho QD 17/2024?",
            "thay",
        ),
    ],
)
def test_the_relating_document_is_asked(question: str, verb: str) -> None:
    """The document asked for does the relation to the one named, its issuer named between."""
    relation = ASKS_THE_RELATING_DOCUMENT.search(route_question(question).folded)
    assert relation is not None
    assert (
        relation.group("verb")
        or relation.group("passive")
        or relation.group("ended")
        or relation.group("numbered")
    ) == verb


def test_a_relation_said_of_no_numbered_document_is_no_relating_document() -> None:
    folded = route_question("Văn bản nào ban hành quy chế thay cho quy chế cũ?").folded
    assert ASKS_THE_RELATING_DOCUMENT.search(folded) is None


def test_a_month_is_no_term() -> None:
    # "tháng 11/2025" says when; as a word it would match "11/2025/QĐ-UBND"
    route = route_question("Bộ Nội vụ công bố tháng 11/2025 thủ tục nào?")
    assert "11/2025" not in route.terms and "công" in route.terms
    assert "11/2025" in route_question("Quyết định 11/2025 của tỉnh quy định gì?").terms


# "ai" asked by what one does or the role one holds is an agent; "ký" said of one given the
# signing as a task ("giao ai ... ký") is a task too
@pytest.mark.parametrize(
    "question",
    [
        "Chính phủ giao ai thay mặt Chính phủ ký báo cáo gửi Quốc hội?",
        "UBND tỉnh ủy quyền cho ai ký hợp đồng thuê trụ sở?",
        "Khi có sự cố thì ai quyết định thành lập đoàn kiểm tra?",
        "Nghị quyết 12 về nhà ở xã hội: ai làm chủ đầu tư các công trình hạ tầng?",
        "QĐ 5/2025 về cấp nước: ai cấp giấy phép khai thác nước dưới đất?",
    ],
)
def test_an_agent_asked_by_its_act_or_role(question: str) -> None:
    assert route_question(question).intent == "agency"


@pytest.mark.parametrize(
    "question",
    [
        "Quy chế quản lý chợ (được sửa đổi năm 2025) ban đầu được ban hành kèm theo QĐ nào?",
        "quy dinh ve phi ve sinh truoc day duoc ban hanh tai quyet dinh so may",
    ],
)
def test_the_original_document_is_one_the_found_one_cites(question: str) -> None:
    assert asks_a_related_document(route_question(question).folded)
    assert route_question(question).intent == "decision"


@pytest.mark.parametrize(
    ("question", "spelled"),
    [
        ("Văn bản gửi sau 16h thì cập nhật khi nào?", "sau 16 giờ thì"),
        ("hop luc 7h30 sang thu hai", "luc 7 gio 30 sang"),
    ],
)
def test_a_short_time_of_day_is_spelled_as_documents_write_it(question: str, spelled: str) -> None:
    route = route_question(question)
    assert spelled in route.question
    assert "16h" not in route.terms and "7h30" not in route.terms


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("Sở nào chủ trì cấp sổ đỏ cho tổ chức tôn giáo?", "cấp giấy chứng nhận quyền sử dụng đất"),
        ("doi bang lai xe mat bao lau", "doi giay phep lai xe mat"),
        # typed bare, "so do" is also "sơ đồ": left as typed
        ("so do to chuc cua so gom may phong", "so do to chuc"),
        ("Sơ đồ tổ chức của Sở gồm mấy phòng?", "Sơ đồ tổ chức"),
    ],
)  # fmt: skip
def test_a_word_people_use_is_written_as_documents_write_it(question: str, written: str) -> None:
    assert written in route_question(question).question


def test_a_number_with_h_inside_a_symbol_is_no_time() -> None:
    assert "12h/2025" in route_question("Quyết định 12h/2025 quy định gì?").question


@pytest.mark.parametrize(
    ("folded", "asks"),
    [
        ("tinh cong bo may thu tuc", True),  # "công bố mấy thủ tục", not "bộ máy", "máy thu"
        ("co may che do ho tro", True),  # "mấy chế độ", not "máy chế biến"
        ("bao nhieu ngay", True),
        ("nha may xu ly nuoc", False),
        ("kien toan bo may to chuc", False),
        ("trang bi may thu hoach", False),
    ],
)
def test_how_many_is_asked_not_a_machine(folded: str, asks: bool) -> None:
    assert (re.search(HOW_MANY, folded) is not None) is asks


@pytest.mark.parametrize(
    ("question", "event"),
    [
        ("UBND tỉnh họp phiên thường kỳ biểu quyết thông qua QĐ 88 vào ngày nào?", True),
        ("Hội nghị tổng kết được tổ chức khi nào?", True),
        ("Quyết định 88/2025/QĐ-UBND được ban hành ngày nào?", False),
        ("Theo kết luận tại hội nghị, khi nào huyện sơ kết chương trình?", False),
        # "họp" as the verb of a meeting's act; "hợp" of "tổng hợp" is none
        ("UBND tỉnh họp thông qua dự thảo Quy chế vào ngày nào?", True),
        ("Sở tổng hợp thông qua báo cáo vào ngày nào?", False),
        # a training's day; "ban hành kèm" names the regulation, not an issue date asked
        ("Sở tổ chức tập huấn theo quy chế ban hành kèm QĐ 211 vào ngày nào?", True),
        ("Sở tổ chức tập huấn, quy chế được ban hành ngày nào?", False),
    ],
)
def test_an_event_named(question: str, event: bool) -> None:
    assert names_an_event(fold(question)) is event


@pytest.mark.parametrize(
    "question",
    ["Đất phi nông nghiệp có phải nộp thuế không?", "Tổ chức phi lợi nhuận có được miễn không?"],
)
def test_phi_as_a_prefix_asks_no_fee(question: str) -> None:
    # "phi nông nghiệp", "phi lợi nhuận": a prefix, not "phí"; only a fee asked is an amount
    assert route_question(question).intent != "figure"
    assert route_question("Thủ tục cấp giấy phép có mất phí không?").intent == "figure"


@pytest.mark.parametrize(
    "question",
    [
        "Giấy phép có hiệu lực mấy năm?",
        "thoi han su dung dat la bao nhieu nam",
        "Chứng chỉ hành nghề có thời hạn bao nhiêu năm?",
        "cong chuc phai hoan thanh boi duong trong may thang sau khi bo nhiem",
    ],
)
def test_a_count_of_years_or_months_is_a_figure(question: str) -> None:
    # a length of time asked, not the date a force starts nor a time limit's day
    assert route_question(question).intent == "figure"


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Nghị quyết có hiệu lực từ ngày nào?", "effective"),
        ("Thời hạn giải quyết thủ tục là mấy ngày làm việc?", "deadline"),
        ("Báo cáo 6 tháng đầu năm gửi trước ngày nào?", "deadline"),
        ("Quyết định được ban hành vào năm nào?", "date"),
    ],
)
def test_days_dates_and_named_periods_are_no_count_of_years(question: str, intent: str) -> None:
    assert route_question(question).intent == intent


@pytest.mark.parametrize(
    "question",
    [
        "Việc cấp giấy phép do UBND xã hay Sở Xây dựng thực hiện?",
        "ho so do uy ban nhan dan cap xa hay so tai chinh tiep nhan?",
        "cap huyen hay cap tinh phe duyet?",
    ],
)
def test_a_choice_between_two_bodies_for_an_act_asks_an_agency(question: str) -> None:
    assert route_question(question).intent == "agency"


def test_a_choice_without_bodies_is_no_agency() -> None:
    # two ways of lodging, no body: not an agent asked
    assert route_question("Nộp hồ sơ trực tuyến hay trực tiếp thì nhanh hơn?").intent != "agency"


@pytest.mark.parametrize(
    "question", ["dv nao thuc hien cap giay phep", "dv nào tiếp nhận hồ sơ", "cq nao cap phep"]
)
def test_a_body_kind_typed_as_initials_before_the_question_word(question: str) -> None:
    assert route_question(question).intent == "agency"
    # the folded question is left as typed: only the intent reads the initials
    assert "dv" in route_question(question).folded or "cq" in route_question(question).folded


def test_a_plan_whose_sum_is_asked_is_no_document_number() -> None:
    assert route_question("tong kinh phi thuc hien ke hoach la bao nhieu").intent == "figure"
    assert route_question("Kế hoạch CCHC năm 2024 là kế hoạch số mấy?").intent == "decision"


def test_the_bodies_a_choice_offers() -> None:
    offered = bodies_offered(fold("Việc cấp giấy phép do UBND xã hay Sở Xây dựng thực hiện?"))
    assert offered == ("uy ban nhan dan xa", "so xay dung")
    # the object of the act ("cấp giấy phép", "hồ sơ") is no body offered
    offered = bodies_offered(fold("cap giay phep do UBND xa hay So XD thuc hien?"))
    assert offered is not None and offered[0] == "uy ban nhan dan xa"
    assert bodies_offered(fold("Cơ quan nào cấp giấy phép?")) is None


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # a term the thing holds ("có thời hạn", "còn thời hạn") names the subject: the fee is asked
        ("Lệ phí cấp lại chứng chỉ còn thời hạn nhưng thay đổi thông tin là bao nhiêu?", "figure"),
        ("Mức phạt hành vi không chấp hành việc đình chỉ hoạt động có thời hạn", "figure"),
        # a time limit named stays one
        ("Thời hạn giải quyết thủ tục cấp giấy phép là bao lâu?", "deadline"),
        ("Giấy phép khai thác có thời hạn bao lâu?", "deadline"),
    ],
)
def test_a_term_held_is_no_time_limit(question: str, intent: str) -> None:
    assert route_question(question).intent == intent


@pytest.mark.parametrize(
    "question",
    [
        "Thông báo xác định trước mã số cho thiết bị định vị của Công ty A ngày nào?",
        "thong bao ket qua xac dinh truoc ma so cho bo the tro choi la ngay nao",
    ],
)
def test_a_question_opening_with_a_document_and_closing_on_the_day_asks_its_date(
    question: str,
) -> None:
    assert route_question(question).intent == "date"


def test_a_notice_given_in_advance_is_no_document() -> None:
    # "thông báo trước" is the act of notice: its time is still a time limit
    assert route_question("Thông báo trước cho người dân ngày nào?").intent == "deadline"
    # an obligation keeps a document's question a time limit
    assert route_question("Kế hoạch yêu cầu các sở nộp báo cáo ngày nào?").intent == "deadline"


def test_a_force_bounding_a_case_is_no_effective_date() -> None:
    question = "Định mức đã ban hành trước ngày Quyết định này có hiệu lực thì xử lý thế nào?"
    assert route_question(question).intent != "effective"
    assert route_question("Quyết định áp dụng từ ngày nào?").intent == "effective"
    assert route_question("Quyết định có hiệu lực từ ngày nào?").intent == "effective"
