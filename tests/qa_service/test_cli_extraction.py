"""`vnqa citations`, `vnqa citations --conflicts`, `vnqa targets`, `vnqa compare` on the corpus."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from qa_service.cli import app
from tests.conftest import CORPUS

runner = CliRunner()


def _json(corpus_index: Path, *args: str):
    result = runner.invoke(app, [*args, "--json", "--index-dir", str(corpus_index)])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_citations_of_a_number_with_verbatim_quotes(corpus_index: Path) -> None:
    rows = _json(corpus_index, "citations", "1941/qđ-ubnd")
    assert len(rows) >= 3
    assert {r["cited_by"] for r in rows} == {"huong-tra-bao-cao-496-bc-ubnd-cchc-quy-i-2023"}
    original = (CORPUS / "huong-tra_bao-cao-496-BC-UBND_cchc-quy-I-2023.txt").read_text("utf-8")
    for r in rows:
        assert r["number"] == "1941/QĐ-UBND" and r["date"] == "2022-12-26"
        assert original[r["start"] : r["end"]] == r["quote"]
        assert "1941/QĐ-UBND" in r["quote"]


def test_conflicts_are_listed_with_both_quotes(corpus_index: Path) -> None:
    conflicts = _json(corpus_index, "citations", "--conflicts")
    kinds = {(c["kind"], c["key"]) for c in conflicts}
    assert any(kind == "type" and "214" in key for kind, key in kinds)  # KH written as QĐ
    dated = [c for c in conflicts if c["kind"] == "date"]
    assert dated
    for c in dated:
        a, b = c["mentions"]
        assert a["date"] != b["date"]
        assert a["quote"] and b["quote"]


def test_targets_by_year_keep_their_quotes(corpus_index: Path) -> None:
    rows = _json(corpus_index, "targets", "--year", "2025")
    assert rows and all(r["year"] == 2025 for r in rows)
    for r in rows:
        assert r["raw"].replace(" ", "") in r["quote"].replace(" ", "")
        original = (CORPUS / Path(r["document"]).name).read_text("utf-8")
        assert original[r["start"] : r["end"]] == r["quote"]
    # A target that is only a number ("100%") is quoted with its line, as GET /targets does.
    assert all(len(r["quote"]) > len(r["raw"]) for r in rows)


def test_compare_an_indicator_across_plans(corpus_index: Path) -> None:
    data = _json(corpus_index, "compare", "dịch vụ công trực tuyến")
    cells = [cell for row in data["rows"] for cell in row["cells"]]
    assert len({c["doc_id"] for c in cells}) >= 1
    assert all(c["quote"] for c in cells)


def test_unknown_indicator_is_a_clear_error(corpus_index: Path) -> None:
    result = runner.invoke(
        app, ["compare", "số lượng tàu vũ trụ", "--index-dir", str(corpus_index)]
    )
    assert result.exit_code == 1
    assert "no target matches" in result.output
