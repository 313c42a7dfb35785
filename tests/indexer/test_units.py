"""Evidence units are made at index time, stored and read back unchanged."""

from __future__ import annotations

from indexer.pipeline import parse_document
from indexer.units import build_units, unit_from_row, unit_row
from tests.conftest import CORPUS


def test_units_survive_their_stored_form() -> None:
    path = CORPUS / "huong-tra_bao-cao-496-BC-UBND_cchc-quy-I-2023.txt"
    parsed = parse_document(path, "doc")
    units = build_units(
        "doc",
        parsed.source.text,
        parsed.meta.title or "",
        parsed.structure.sections,
        parsed.passages,
        0,
    )
    assert len(units) > 50
    assert {u.kind for u in units} == {"text", "row"}
    for unit in units:
        back = unit_from_row(unit.idx, "doc", unit_row(unit))
        assert back == unit
        assert back.bigrams == unit.bigrams and back.tbigrams == unit.tbigrams
        assert parsed.source.text[unit.start : unit.end].strip()  # a real slice of the text
