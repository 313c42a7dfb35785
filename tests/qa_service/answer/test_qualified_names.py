"""A name the question shortens ("cảng Cam Ranh", "Trường Lê Quý Đôn") that the document writes
with a qualifier after its head noun ("Cảng quốc tế Cam Ranh", "Trường THPT chuyên Lê Quý
Đôn") is the document's; another proper name after the same head is not. The document is
written here, never seen in tuning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from qa_service.answer.gazetteer import plain
from qa_service.answer.verify import (
    _name_runs,
    _writes_name,
    _writes_qualified,
    _writes_subject,
)
from qa_service.routing import fold
from tests.qa_service.small_index import answerer_over

DECISION = """**THỦ TƯỚNG CHÍNH PHỦ**

Số: 57/2025/QĐ-TTg

*Hà Nội, ngày 10 tháng 10 năm 2025*

**QUYẾT ĐỊNH**

Sửa đổi, bổ sung một số điều của Quy chế quản lý hoạt động Cảng quốc tế Bích Ngọc

*Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;*

**Điều 1.** Sửa đổi, bổ sung một số điều của Quy chế quản lý hoạt động Cảng quốc tế Bích \
Ngọc ban hành kèm theo Quyết định số 12/2016/QĐ-TTg.

**Điều 2.** Quyết định này có hiệu lực thi hành từ ngày 01 tháng 12 năm 2025.

**KT. THỦ TƯỚNG**
**PHÓ THỦ TƯỚNG**

**Trần Văn Thử**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    opened = answerer_over(
        tmp_path_factory.mktemp("qualified-names"), {"ttg_quyet-dinh-57.md": DECISION}
    )
    yield opened
    opened.close()


def _folded(text: str) -> str:
    """A question folded as the answerer reads it (abbreviations read out)."""
    return plain(fold(text))


def test_a_name_written_with_a_qualifier_after_its_head() -> None:
    text = plain("Quy chế quản lý hoạt động Cảng quốc tế Cam Ranh - Bộ Quốc phòng")
    assert _writes_qualified(text, "cang", ("cam", "ranh"))
    # another proper name, or a longer one, after the same head is not it
    assert not _writes_qualified(text, "cang", ("cam", "lam"))
    assert not _writes_qualified(text, "cang", ("cam", "ranh", "nam"))
    # one word of a name tells nothing: any word may follow a qualifier
    assert not _writes_qualified(text, "cang", ("cam",))
    # three words between the head and the name are no qualifier of it
    far = plain("Trường trung học phổ thông chuyên Lê Quý Đôn")
    assert not _writes_qualified(far, "truong", ("le", "quy", "don"))
    near = plain("Trường THPT chuyên Lê Quý Đôn")
    assert _writes_qualified(near, "truong", ("le", "quy", "don"))
    # a mark between the head and the name parts them
    assert not _writes_qualified(plain("cảng, nhà ga Cam Ranh"), "cang", ("cam", "ranh"))


def test_a_subject_and_a_name_shortened_by_the_question() -> None:
    text = plain("Quy chế quản lý hoạt động Cảng quốc tế Cam Ranh - Bộ Quốc phòng")
    question = "Quyết định 38/2025/QĐ-TTg về cảng Cam Ranh có hiệu lực từ ngày nào?"
    runs = _name_runs(question)
    assert runs == [("cam", "ranh")]
    assert _writes_subject(text, "cang cam", _folded(question), runs)
    other = "Quyết định 38/2025/QĐ-TTg về cảng Cam Lâm có hiệu lực từ ngày nào?"
    assert not _writes_subject(text, "cang cam", _folded(other), _name_runs(other))
    # the head written with a capital opens the question's name ("Cảng Cam Ranh")
    typed = "Quy chế quản lý hoạt động của Cảng Cam Ranh ban hành kèm theo quyết định số mấy?"
    assert _writes_name(text, "cang cam", _name_runs(typed))
    assert not _writes_name(text, "cang cam", _name_runs(typed.replace("Ranh", "Lâm")))
    assert _writes_subject(text, "cang cam", _folded(typed), _name_runs(typed))


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("Quyết định về cảng Bích Ngọc của Thủ tướng có hiệu lực từ ngày nào?", True),
        ("Quyết định về Cảng Bích Ngọc của Thủ tướng có hiệu lực từ ngày nào?", True),
        # another port than the decision's: no answer
        ("Quyết định về cảng Bích Ngà của Thủ tướng có hiệu lực từ ngày nào?", False),
        ("Quyết định về cảng Bích Ngọc Nam của Thủ tướng có hiệu lực từ ngày nào?", False),
    ],
)
def test_the_decision_on_a_port_named_short(answerer: Answerer, question: str, found: bool) -> None:
    result = answerer.ask(question)
    assert result.found is found, (question, result.answer)
    if found:
        assert "01 tháng 12 năm 2025" in (result.answer or "")
