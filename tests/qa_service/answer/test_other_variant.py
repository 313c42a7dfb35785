"""A qualifier the question puts on its subject that the answering documents never write (the
public sector asked of a resolution on private schools, a re-issue asked of a fee table for
the first issue) makes them no answer."""

from __future__ import annotations

from qa_service.answer.verify import (
    _other_variant,
)

PRIVATE_SCHOOLS = (
    "ho tro giao vien mam non lam viec tai nha tre, lop mau giao dan lap, tu thuc o noi co "
    "nhieu lao dong: 800.000 dong/nguoi/thang"
)
FIRST_ISSUE = "muc thu phi tham dinh cap giay phep kinh doanh dich vu karaoke la 1.000.000 dong"


def test_public_sector_asked_of_private_schools_only() -> None:
    assert _other_variant(
        "giao vien mam non truong cong lap duoc ho tro bao nhieu", PRIVATE_SCHOOLS
    )
    # the sector the documents write, or none asked
    assert (
        _other_variant("giao vien mam non tu thuc duoc ho tro bao nhieu", PRIVATE_SCHOOLS) is None
    )
    assert _other_variant("giao vien mam non duoc ho tro bao nhieu", PRIVATE_SCHOOLS) is None
    # "ngoài công lập" is the private sector
    assert _other_variant("co so ngoai cong lap duoc ho tro bao nhieu", PRIVATE_SCHOOLS) is None
    assert _other_variant(
        "truong tu thuc duoc ho tro bao nhieu", "truong mam non cong lap duoc ho tro 1 trieu"
    )


def test_procedure_variant_the_documents_never_write() -> None:
    assert _other_variant("phi cap lai giay phep karaoke do bi mat la bao nhieu", FIRST_ISSUE)
    assert _other_variant("phi cap giay phep karaoke la bao nhieu", FIRST_ISSUE) is None
    assert (
        _other_variant("phi cap lai giay phep la bao nhieu", f"{FIRST_ISSUE}; cap lai: 500.000")
        is None
    )
