"""The grounds a document states ("Căn cứ ...", "Thực hiện Quyết định số ...", "Triển khai
...") asked of it: the one of the kind asked, the list of those of a kind, read before what its
body cites; the issuer a symbol's code names. The documents are written here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.document_answers import ground_units
from qa_service.answer.own_document import _initials_of
from tests.qa_service.small_index import answerer_over

# A plan carrying out one decision; its body speaks of carrying out its tasks by a law
_PLAN = """| **ỦY BAN NHÂN DÂN** TỈNH LAM ĐIỀN | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
Số: 624/KH-UBND | *Lam Điền, ngày 19 tháng 11 năm 2025* |

**KẾ HOẠCH**

NÂNG CAO CHẤT LƯỢNG GIÁO DỤC MẦM NON Ở KHU CÔNG NGHIỆP TỈNH LAM ĐIỀN

Thực hiện Quyết định số 2270/QĐ-TTg ngày 14/10/2025 của Thủ tướng Chính phủ phê duyệt
Chương trình nâng cao chất lượng giáo dục mầm non, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực
hiện như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

Xây dựng và triển khai các nhiệm vụ, giải pháp của Chương trình trên địa bàn tỉnh.

**II. KINH PHÍ**

Việc lập và triển khai thực hiện kế hoạch tài chính cho các nhiệm vụ của Chương trình thực
hiện theo quy định của Luật Ngân sách nhà nước và Luật Đầu tư công.
"""

# A plan whose opening names a directive among other grounds; its body carries out another
_EMULATION = """| **ỦY BAN NHÂN DÂN** TỈNH LAM ĐIỀN | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
Số: 982/KH-UBND | *Lam Điền, ngày 20 tháng 11 năm 2025* |

**KẾ HOẠCH**

TỔ CHỨC ĐỢT THI ĐUA CHÀO MỪNG ĐẠI HỘI ĐẢNG BỘ TỈNH LAM ĐIỀN

Thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; Chỉ thị số 45-CT/TW
ngày 14 tháng 4 năm 2025 của Bộ Chính trị về đại hội đảng bộ các cấp; Quyết định số
2437/QĐ-TTg ngày 04 tháng 11 năm 2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai
đợt thi đua;

**I. NỘI DUNG**

Tổ chức quán triệt, triển khai thực hiện Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị
về công tác thi đua trong các cơ quan, đơn vị.
"""

# A decision whose grounds hold two circulars of one office and several laws, one line each
_DECISION = """| **ỦY BAN NHÂN DÂN** TỈNH LAM ĐIỀN | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
Số: 1949/QĐ-UBND | *Lam Điền, ngày 18 tháng 11 năm 2025* |

**QUYẾT ĐỊNH**

VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC TÀI NGUYÊN NƯỚC TỈNH LAM ĐIỀN

**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAM ĐIỀN**

*Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*

*Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15; Luật sửa đổi, bổ sung một
số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15;*

*Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31 tháng 10 năm 2017 của Bộ trưởng, Chủ nhiệm Văn
phòng Chính phủ hướng dẫn về nghiệp vụ kiểm soát thủ tục hành chính;*

*Căn cứ Thông tư số 03/2025/TT-VPCP ngày 15 tháng 9 năm 2025 của Bộ trưởng, Chủ nhiệm Văn
phòng Chính phủ hướng dẫn thi hành một số nội dung của Nghị định số 118/2025/NĐ-CP ngày 09
tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa;*

*Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 5546/TTr-SNNMT ngày
07 tháng 11 năm 2025.*

**QUYẾT ĐỊNH:**

**Điều 1.** Công bố kèm theo Quyết định này danh mục 24 thủ tục hành chính lĩnh vực tài nguyên
nước.

**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày ký.
"""

# A plan whose grounds paragraph runs on across several documents, one of them issuing a plan
# that carries out yet another resolution
_DIGITAL = """| **ỦY BAN NHÂN DÂN** THÀNH PHỐ LAM ĐIỀN | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
Số: 310/KH-UBND | *Lam Điền, ngày 24 tháng 11 năm 2025* |

**KẾ HOẠCH**

PHÁT TRIỂN HẠ TẦNG 5G TRONG CÁC KHU CÔNG NGHIỆP THÀNH PHỐ LAM ĐIỀN ĐẾN NĂM 2030

Triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát
triển khoa học, công nghệ; Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ ban hành
Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW; Quyết định số 912/QĐ-BKHCN ngày
18/5/2025 của Bộ Khoa học và Công nghệ ban hành Kế hoạch triển khai thực hiện Nghị quyết số
71/NQ-CP, Ủy ban nhân dân thành phố ban hành Kế hoạch như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

Phát triển hạ tầng 5G trong các khu công nghiệp, triển khai thực hiện Nghị quyết số 71/NQ-CP
ngày 01/4/2025 của Chính phủ.
"""

# A resolution whose grounds hold a law and an earlier resolution of its own council
_ALLOWANCE = """| **HỘI ĐỒNG NHÂN DÂN** TỈNH LAM ĐIỀN | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
Số: 75/2025/NQ-HĐND | *Lam Điền, ngày 27 tháng 11 năm 2025* |

**NGHỊ QUYẾT**

QUY ĐỊNH MỨC PHỤ CẤP NGÀY CÔNG DÂN QUÂN TỈNH LAM ĐIỀN

*Căn cứ Luật Dân quân tự vệ số 48/2019/QH14;*

*Căn cứ Nghị quyết số 61/2021/NQ-HĐND ngày 23 tháng 9 năm 2021 của Hội đồng nhân dân tỉnh Lam
Điền về chế độ của dân quân;*

**Điều 1.** Mức phụ cấp ngày công của dân quân là 250.000 đồng.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("grounds")
    documents = {
        "kh-624.md": _PLAN,
        "kh-982.md": _EMULATION,
        "qd-1949.md": _DECISION,
        "kh-310.md": _DIGITAL,
        "nq-75.md": _ALLOWANCE,
    }
    opened = answerer_over(root, documents, lexical_only=True)
    yield opened
    opened.close()


def test_what_a_plan_named_by_its_number_carries_out(answerer: Answerer) -> None:
    # the body's "triển khai ... theo quy định của Luật Ngân sách nhà nước" is no ground
    result = answerer.ask("KH 624/KH-UBND Lam Dien trien khai van ban nao?")
    assert result.found and "2270/QĐ-TTg" in (result.answer or "")


def test_the_directive_a_plan_states_it_carries_out(answerer: Answerer) -> None:
    # the directive its body carries out (41-CT/TW) is not the one its opening names
    result = answerer.ask("Kế hoạch 982/KH-UBND thực hiện chỉ thị nào?")
    assert result.found and "45-CT/TW" in (result.answer or "")
    assert "41-CT/TW" not in (result.answer or "")


def test_the_circular_whose_title_cites_the_decree_named(answerer: Answerer) -> None:
    result = answerer.ask(
        "QĐ 1949/QĐ-UBND tỉnh Lam Điền căn cứ thông tư nào của Văn phòng Chính phủ hướng dẫn"
        " thi hành Nghị định 118/2025/NĐ-CP?"
    )
    assert result.found and "03/2025/TT-VPCP" in (result.answer or "")


def test_every_law_of_the_grounds_listed(answerer: Answerer) -> None:
    # "luật" is the kind asked, not a word the subject of each law must write
    result = answerer.ask("Quyết định 1949/QĐ-UBND căn cứ những luật nào?")
    answer = result.answer or ""
    assert result.found
    assert all(n in answer for n in ("72/2025/QH15", "64/2025/QH15", "87/2025/QH15"))


def test_the_resolutions_a_plan_names_in_its_grounds(answerer: Answerer) -> None:
    result = answerer.ask("Kế hoạch 310/KH-UBND triển khai những nghị quyết nào?")
    answer = result.answer or ""
    assert result.found and "57-NQ/TW" in answer and "03/NQ-CP" in answer


def test_the_kind_of_the_document_named_is_not_the_kind_asked(answerer: Answerer) -> None:
    # it opens with "NQ 75/2025/NQ-HĐND": a law is asked, not a resolution it cites
    result = answerer.ask("NQ 75/2025/NQ-HĐND căn cứ Luật Dân quân tự vệ số mấy?")
    assert result.found and "48/2019/QH14" in (result.answer or "")


def test_the_grounds_stop_at_the_proposal_and_the_body(answerer: Answerer) -> None:
    doc_id = next(d for d, row in answerer.documents.items() if row.meta.number == "1949/QĐ-UBND")
    units = ground_units(answerer.corpus, doc_id)
    assert units and all(u.folded.startswith("can cu") for u in units)


@pytest.mark.parametrize(
    ("code", "name", "named"),
    [
        ("vpcp", "van phong chinh phu huong dan thi hanh", True),
        ("bnnmt", "bo nong nghiep va moi truong", True),
        ("btc", "bo tu phap", False),
        ("ct", "cuc thue", False),  # too short to be read as initials
    ],
)
def test_an_issuer_code_read_as_the_initials_of_a_body(code: str, name: str, named: bool) -> None:
    assert _initials_of(code, name) is named
