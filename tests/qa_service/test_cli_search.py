"""`vnqa search` on the real index of corpus/: verbatim passages, methods, filters, errors."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from qa_service.cli import app
from tests.conftest import CORPUS

runner = CliRunner()


def _search(corpus_index: Path, *args: str) -> dict:
    result = runner.invoke(app, ["search", *args, "--json", "--index-dir", str(corpus_index)])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _original(doc_id: str) -> str:
    """The corpus file of a doc_id (ids are the file names, slugged)."""
    for path in CORPUS.iterdir():
        slug = path.stem.lower().replace("_", "-")
        if slug == doc_id:
            return path.read_text("utf-8")
    raise AssertionError(f"no corpus file for {doc_id}")


def test_search_without_accents_returns_verbatim_passages(corpus_index: Path) -> None:
    data = _search(corpus_index, "ke hoach cai cach hanh chinh nam 2024", "-k", "5")
    assert data["method"] == "hybrid" and 1 <= len(data["hits"]) <= 5
    assert [h["rank"] for h in data["hits"]] == list(range(1, len(data["hits"]) + 1))
    for hit in data["hits"]:
        assert _original(hit["doc_id"])[hit["start"] : hit["end"]] == hit["quote"]
    assert "total" in data["timings_ms"]


def test_a_document_number_ranks_its_mention_first(corpus_index: Path) -> None:
    for method in ("bm25", "hybrid"):
        top = _search(corpus_index, "Quyết định 1941/QĐ-UBND", "--method", method)["hits"][0]
        assert "1941/QĐ-UBND" in top["quote"]


def test_filters_restrict_the_documents(corpus_index: Path) -> None:
    place = _search(corpus_index, "tỷ lệ hồ sơ đúng hạn", "--locality", "Hương Khê")["hits"]
    assert place and all(h["doc_id"].startswith("huong-khe") for h in place)
    plans = _search(corpus_index, "chỉ tiêu", "--type", "kế hoạch", "--method", "bm25")["hits"]
    assert plans and all(h["doc_id"].startswith("van-quan") for h in plans)
    doc = "huong-tra-bao-cao-496-bc-ubnd-cchc-quy-i-2023"
    assert {h["doc_id"] for h in _search(corpus_index, "đối thoại", "--doc", doc)["hits"]} == {doc}
    assert _search(corpus_index, "đối thoại", "--year", "1999")["hits"] == []
    result = runner.invoke(
        app, ["search", "đối thoại", "--year", "1999", "--index-dir", str(corpus_index)]
    )
    assert result.exit_code == 0 and "no passage matches these filters" in result.output


def test_rrf_fusion_and_bad_options(corpus_index: Path) -> None:
    rrf = _search(corpus_index, "đối thoại với người dân", "--fusion", "rrf", "-k", "3")
    assert len(rrf["hits"]) == 3
    for option, value in (("--method", "magic"), ("--fusion", "max")):
        result = runner.invoke(
            app, ["search", "x", option, value, "--index-dir", str(corpus_index)]
        )
        assert result.exit_code == 2 and option in result.output
