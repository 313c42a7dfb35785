"""The matching forms shared by the index and the questions (indexer/matching.py)."""

from __future__ import annotations

import pytest

from indexer.matching import fold, tone_key


@pytest.mark.parametrize(
    ("glued", "apart"),
    [
        ("Quy mô công suất từ 301MW trở lên", "Quy mô công suất từ 301 MW trở lên"),
        ("đường dây 220kV", "đường dây 220 kV"),
        ("diện tích 50ha", "diện tích 50 ha"),
    ],
)
def test_a_unit_glued_to_its_number_meets_the_unit_written_apart(glued: str, apart: str) -> None:
    assert fold(glued) == fold(apart)
    assert tone_key(glued) == tone_key(apart)


def test_codes_and_names_ending_in_letters_stay_whole() -> None:
    assert fold("mạng 5G") == "mang 5g"
    assert fold("Quyết định 12/2025/QĐ-UBND") == "quyet dinh 12/2025/qd-ubnd"
