"""Gold annotations of admin-docs (fixed-seed samples): well-formed, verbatim, and the parser and
citation extractor clear the bars of issue 10 on them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.admin_samples import admin_docs_dir, draw
from eval.extraction_eval import evaluate_admin_citations
from eval.metadata_eval import REQUIRED, evaluate

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "eval" / "gold"
ADMIN = admin_docs_dir()

needs_admin = pytest.mark.skipif(
    not ADMIN.is_dir(), reason=f"{ADMIN} not found: the admin-docs gold needs ../shared"
)


def _records(name: str) -> list[dict]:
    return [json.loads(line) for line in (GOLD / name).read_text(encoding="utf-8").splitlines()]


@needs_admin
def test_gold_files_are_the_drawn_samples() -> None:
    assert [r["file"] for r in _records("admin_metadata.jsonl")] == draw("metadata")
    assert {r["file"] for r in _records("admin_citations.jsonl")} <= set(draw("citations"))
    held_out = set(draw("qa-heldout"))
    assert not held_out & (set(draw("qa-dev")) | set(draw("metadata")) | set(draw("citations")))


@needs_admin
def test_citation_gold_quotes_are_verbatim_at_their_offsets() -> None:
    for record in _records("admin_citations.jsonl"):
        text = (ADMIN / record["file"]).read_text(encoding="utf-8")
        assert text[record["start"] : record["start"] + len(record["quote"])] == record["quote"]


@needs_admin
def test_metadata_accuracy_clears_the_bar() -> None:
    report = evaluate()
    for field in REQUIRED:
        assert report["accuracy"][field] >= 0.95, (field, report["errors"])


@needs_admin
def test_citation_precision_and_recall_clear_the_bar() -> None:
    report = evaluate_admin_citations(ADMIN, GOLD / "admin_citations.jsonl")
    assert report["number_precision"] >= 0.95
    assert report["number_recall"] >= 0.95
    assert report["number_date_recall"] >= 0.95
