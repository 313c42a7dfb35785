"""Looking up a document number: whole numbers and their parts, never a longer number."""

from __future__ import annotations

import pytest

from qa_service.citations import number_matches


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
    ],
)
def test_number_matches(query: str, number: str, expected: bool) -> None:
    assert number_matches(query, number) is expected
