"""Evidence units are made at index time, stored and read back unchanged."""

from __future__ import annotations

from indexer.pipeline import parse_document
from indexer.units import TOKEN, build_units, shared_pairs, unit_from_row, unit_row
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
        assert back.token_runs == unit.token_runs and back.ttoken_runs == unit.ttoken_runs
        assert parsed.source.text[unit.start : unit.end].strip()  # a real slice of the text


def bigrams(keyed: str) -> frozenset[tuple[str, str]]:
    """Consecutive token pairs of a keyed text (what :func:`shared_pairs` counts against)."""
    tokens = TOKEN.findall(keyed)
    return frozenset(zip(tokens, tokens[1:], strict=False))


def test_shared_pairs_counts_the_word_pairs_of_text_and_context() -> None:
    path = CORPUS / "huong-tra_bao-cao-496-BC-UBND_cchc-quy-I-2023.txt"
    parsed = parse_document(path, "doc")
    units = build_units(
        "doc", parsed.source.text, parsed.meta.title or "", parsed.structure.sections,
        parsed.passages, 0,
    )  # fmt: skip
    probe = sorted(bigrams(units[10].folded) | bigrams(units[40].context_key))[:12]
    probe += [("ho", "so"), ("dung", "han"), ("khong", "co")]
    for unit in units:
        for toned, text, context in (
            (False, unit.folded, unit.context_key),
            (True, unit.toned, unit.context_toned),
        ):
            pairs = bigrams(text) | bigrams(context)
            asked = list(dict.fromkeys(probe if not toned else sorted(pairs)[:5] + probe[:3]))
            assert shared_pairs(unit, toned, asked) == len(set(asked) & pairs)


def test_a_period_inside_a_document_symbol_does_not_end_a_sentence() -> None:
    from indexer.units import _sentences

    line = (
        "Cục Thuế nhận được công văn số 4814/CCTKV.05-TTKT3 ngày 30/06/2025 của Chi cục. "
        "Câu sau nói việc khác."
    )
    pieces = [line[a:b] for a, b in _sentences(line)]
    assert pieces[0].startswith("Cục Thuế") and "4814/CCTKV.05-TTKT3 ngày 30/06/2025" in pieces[0]
    assert pieces[-1] == "Câu sau nói việc khác."
