"""What a named document does to others, read by the structure of its sentences: a decision
whose title lists new and amended procedures repealing some in an article of its own ("Quyết
định này bãi bỏ ..."), a letter reporting that a decree it cites was amended by another, a
heading amending "một số điều tại" an earlier circular (its parts acted on), the count of
procedures of the act asked among counts of other acts, the limit of a case of something
lacking; and a sum per head, no total. The documents are written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import _complete_case_for_lacking, _list_acts
from qa_service.answer.relations import asked_relation, mention_relations
from qa_service.answer.value_kind import (
    _rate_for_a_total,
)
from qa_service.answer.verify import (
    _procedures_of_another_status,
)
from qa_service.routing import fold, route_question
from tests.qa_service.small_index import answerer_over

DECISION = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 777/QĐ-UBND

*Thử Nghiệm, ngày 28 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

Về việc công bố danh mục thủ tục hành chính mới ban hành, được sửa đổi, bổ sung thuộc thẩm \
quyền giải quyết của Sở Văn hóa, Thể thao và Du lịch tỉnh Thử Nghiệm

**Điều 1.** Công bố kèm theo Quyết định này danh mục 02 thủ tục hành chính mới ban hành, \
danh mục 08 thủ tục hành chính được sửa đổi, bổ sung thuộc thẩm quyền giải quyết của Sở Văn \
hóa, Thể thao và Du lịch tỉnh Thử Nghiệm.

**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.

Quyết định này bãi bỏ danh mục 01 thủ tục hành chính có số thứ tự 10 tại mục A, Phụ lục ban \
hành kèm theo Quyết định số 530/QĐ-UBND ngày 16 tháng 5 năm 2023 về việc công bố danh mục \
thủ tục hành chính chuẩn hóa thuộc phạm vi quản lý của Sở Văn hóa, Thể thao và Du lịch tỉnh \
Thử Nghiệm.

**CHỦ TỊCH**

**Lê Văn Thử**
"""

LETTER = """BỘ TÀI CHÍNH
**CỤC THUẾ**

Số: 6161/CT-CS

*Hà Nội, ngày 20 tháng 11 năm 2025*

**Kính gửi:** Độc giả Trần Văn Nghiệm

Cục Thuế nhận được phản ánh của độc giả về tờ khai thuế sử dụng đất. Cục Thuế trả lời như sau:

Thông tin địa chính do cơ quan nông nghiệp và môi trường chuyển là căn cứ để cơ quan thuế xác \
định tiền sử dụng đất theo quy định tại điểm a khoản 3 Điều 44 Nghị định số 103/2024/NĐ-CP \
ngày 30/7/2024 của Chính phủ quy định về tiền sử dụng đất, tiền thuê đất (sửa đổi, bổ sung \
tại điểm b khoản 17 Điều 1 Nghị định số 291/2025/NĐ-CP ngày 06/11/2025 của Chính phủ).

**TL. CỤC TRƯỞNG**

**Phạm Thị Thuế**
"""


PROCEDURE = """**ỦY BAN NHÂN DÂN**
**TỈNH THỬ NGHIỆM**

Số: 778/QĐ-UBND

*Thử Nghiệm, ngày 18 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

Công bố thủ tục hành chính nội bộ lĩnh vực phổ biến, giáo dục pháp luật

**I. Thủ tục công nhận tuyên truyền viên pháp luật cấp tỉnh**

1. Thành phần hồ sơ: Văn bản đề nghị công nhận tuyên truyền viên pháp luật cấp tỉnh.

Trường hợp văn bản đề nghị công nhận tuyên truyền viên pháp luật không có đủ thông tin theo \
quy định thì trong thời hạn 03 ngày làm việc kể từ ngày nhận được văn bản, Sở Tư pháp có văn \
bản đề nghị cơ quan, tổ chức liên quan bổ sung thông tin.

2. Thời hạn giải quyết:

Trong thời hạn 06 ngày làm việc kể từ ngày nhận được văn bản đề nghị công nhận tuyên truyền \
viên pháp luật có đầy đủ thông tin theo quy định, Chủ tịch Ủy ban nhân dân tỉnh xem xét, ra \
quyết định công nhận.

**CHỦ TỊCH**

**Lê Văn Thử**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("named-acts"),
        {
            "thu-nghiem_quyet-dinh-777.md": DECISION,
            "cuc-thue_cong-van-6161.md": LETTER,
            "thu-nghiem_quyet-dinh-778.md": PROCEDURE,
        },
    )
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the decision repeals procedures in an article of its own, whatever its title lists
        (
            "QĐ 777/QĐ-UBND tỉnh Thử Nghiệm bãi bỏ thủ tục số thứ tự 10 trong phụ lục của "
            "quyết định nào năm 2023?",
            "530/QĐ-UBND",
        ),
        # the decree the letter cites is the one amended, not the letter
        (
            "Theo công văn 6161/CT-CS của Cục Thuế, điểm a khoản 3 Điều 44 Nghị định "
            "103/2024/NĐ-CP đã được sửa đổi, bổ sung tại nghị định nào?",
            "291/2025/NĐ-CP",
        ),
        # "thiếu thông tin" is the case "không có đủ thông tin", not "có đầy đủ thông tin"
        (
            "Thủ tục công nhận tuyên truyền viên pháp luật cấp tỉnh Thử Nghiệm: văn bản đề nghị "
            "thiếu thông tin thì Sở Tư pháp phải đề nghị bổ sung trong thời hạn bao lâu?",
            "03 ngày làm việc",
        ),
        # of two counts, the one followed by the act asked
        (
            "Tỉnh Thử Nghiệm công bố bao nhiêu thủ tục hành chính được sửa đổi, bổ sung tại "
            "QĐ 777/QĐ-UBND?",
            "08",
        ),
    ],
)
def test_acts_of_named_documents_are_answered(
    answerer: Answerer, question: str, expected: str
) -> None:
    result = answerer.ask(question)
    assert result.found, question
    assert expected in (result.answer or ""), (question, result.answer)


def test_own_article_repealing_procedures_lets_the_title_be() -> None:
    title = "cong bo danh muc thu tuc hanh chinh moi ban hanh, duoc sua doi, bo sung"
    asked = "qd 777 bai bo thu tuc so thu tu 10 cua quyet dinh nao"
    assert _procedures_of_another_status(asked, title) is not None
    text = "quyet dinh nay bai bo danh muc 01 thu tuc hanh chinh co so thu tu 10 tai muc a"
    assert _procedures_of_another_status(asked, title, text) is None
    # another act of its own ("công bố") says nothing of repealing
    published = "cong bo kem theo quyet dinh nay danh muc 02 thu tuc hanh chinh moi ban hanh"
    assert _procedures_of_another_status(asked, title, published) is not None


def test_new_procedures_are_one_act_however_worded() -> None:
    assert _list_acts("danh muc 02 thu tuc hanh chinh moi ban hanh") == {"ban hanh moi"}
    assert _list_acts("thu tuc hanh chinh ban hanh moi") == {"ban hanh moi"}


def test_a_part_located_in_a_document_is_acted_on() -> None:
    # "Sửa đổi một số điều tại Thông tư X": the parts of X are amended, X does not amend
    assert mention_relations("Sửa đổi kỹ thuật một số điều tại ", "") == (("amend", "object"),)
    assert mention_relations("Sửa đổi, bổ sung một số điều tại ", "") == (("amend", "object"),)
    # passive: the document after "tại" is the amending one
    assert mention_relations("được sửa đổi, bổ sung tại ", "") == (("amend", "agent"),)


def test_a_date_of_issue_is_no_relation() -> None:
    assert asked_relation(fold("thong tu nao ban hanh thang 6/2025 quy dinh X")) is None
    assert asked_relation(fold("van ban nao ban hanh quy che X")) == ("issue", "agent")


def test_rate_for_a_total() -> None:
    asked = "tong kinh phi moi nam bo tri de ho tro la bao nhieu ty dong"
    assert _rate_for_a_total(asked, " dong/nguoi/thang.") == "nguoi"
    assert _rate_for_a_total(asked, " ty dong.") is None
    assert _rate_for_a_total("tong kinh phi moi nguoi la bao nhieu", " dong/nguoi") is None
    assert _rate_for_a_total("muc ho tro la bao nhieu", " dong/nguoi/thang") is None


def test_a_fee_reckoned_is_a_figure() -> None:
    question = "Lệ phí công nhận kết quả thăm dò khi tổng chi phí trên 20 tỷ đồng tính thế nào?"
    assert route_question(question).intent == "figure"


def test_a_complete_case_answers_no_lacking_one() -> None:
    asked = fold("Văn bản đề nghị thiếu thông tin thì xử lý trong bao lâu?")
    complete = "Trong thời hạn 06 ngày làm việc kể từ ngày nhận được văn bản có đầy đủ thông tin"
    assert _complete_case_for_lacking(asked, complete)
    lacking = "Trường hợp văn bản không có đủ thông tin thì trong thời hạn 03 ngày"
    assert not _complete_case_for_lacking(asked, lacking)
    assert not _complete_case_for_lacking(fold("Thời hạn tối thiểu là bao lâu?"), complete)
