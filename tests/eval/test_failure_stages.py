"""eval.failure_stages over the session's corpus index: the gold evidence of a question the
answerer gets right is found at every stage; a gold quote from another document is absent."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from eval.failure_stages import Stages, _band, main, stages
from qa_service.answer import Answerer


@pytest.fixture(scope="module")
def answerer(corpus_index: Path) -> Iterator[Answerer]:
    opened = Answerer.open(corpus_index)
    yield opened
    opened.close()


def _by_name(answerer: Answerer) -> dict[str, str]:
    return {Path(r.meta.document).name: d for d, r in answerer.corpus.documents.items()}


def test_the_gold_evidence_of_a_decision_question_is_ranked(answerer: Answerer) -> None:
    item = json.loads(Path("eval/qa/questions.jsonl").read_text("utf-8").splitlines()[0])
    found = stages(answerer, item, _by_name(answerer))
    assert found.document == 0
    assert found.passage is not None and found.unit is not None


def test_a_document_not_in_the_index_is_absent_at_every_stage(answerer: Answerer) -> None:
    item = {
        "id": "x",
        "question": "Quyết định nào ban hành Kế hoạch CCHC năm 2023?",
        "evidence": {"document": "corpus/no-such-file.txt", "quote": "Quyết định"},
    }
    assert stages(answerer, item, _by_name(answerer)) == Stages("x", None, None, None)


def test_rank_bands() -> None:
    assert [_band(r) for r in (0, 1, 4, 5, 19, 20, None)] == [
        "1st", "2nd-5th", "2nd-5th", "6th-20th", "6th-20th", "later", "absent"
    ]  # fmt: skip


def test_a_missing_index_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main(["--index-dir", str(tmp_path / "none"), "--questions", "eval/qa/questions.jsonl"])
