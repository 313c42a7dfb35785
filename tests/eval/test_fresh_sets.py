"""The fresh question sets of sessions 41-44 (``eval/qa/fresh``): each written blind by a helper
over the 18 admin-docs files of its own draw (``draws.json``: the files, the seed of the draw,
the session, and whether the set was read to write rules, "studied", or kept unread as a
"check"). Verbatim quotes and answer keys: tests/eval/test_qa_eval.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FRESH = Path(__file__).resolve().parents[2] / "eval" / "qa" / "fresh"
DRAWS = json.loads((FRESH / "draws.json").read_text(encoding="utf-8"))


def _questions(name: str) -> list[dict]:
    return [json.loads(line) for line in (FRESH / name).read_text(encoding="utf-8").splitlines()]


def test_every_set_is_drawn_and_every_draw_has_its_set() -> None:
    listed = {draw["set"] for draw in DRAWS.values()}
    assert listed == {p.name for p in FRESH.glob("*.jsonl")}
    assert {draw["role"] for draw in DRAWS.values()} == {"studied", "check"}
    # the sets of one round (one seed) were drawn over different files
    rounds: dict[int, list[str]] = {}
    for draw in DRAWS.values():
        assert len(draw["files"]) == len(set(draw["files"])) == 18
        rounds.setdefault(draw["seed"], []).extend(draw["files"])
    for seed, files in rounds.items():
        assert len(files) == len(set(files)), seed


@pytest.mark.parametrize("letter", sorted(DRAWS))
def test_a_set_asks_about_the_files_of_its_draw(letter: str) -> None:
    draw = DRAWS[letter]
    items = _questions(draw["set"])
    assert len(items) == 75
    assert sum(not item["answerable"] for item in items) == 30
    assert all(item["id"].startswith(f"d{letter.lower()}") for item in items)
    for item in items:
        if item["answerable"]:
            assert item["evidence"]["document"] in draw["files"], item["id"]


def test_ids_are_unique_over_the_sets() -> None:
    ids = [item["id"] for draw in DRAWS.values() for item in _questions(draw["set"])]
    assert len(ids) == len(set(ids))
