"""The QA question sets: every gold quote is verbatim in its file, which holds the answer key."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.qa_eval import DEFAULT_QUESTIONS, answer_contains, load_questions
from qa_service.routing import INTENTS

REPO = Path(__file__).resolve().parents[2]
SETS = sorted(DEFAULT_QUESTIONS.parent.glob("*.jsonl"))


@pytest.mark.parametrize("path", SETS, ids=[p.name for p in SETS])
def test_gold_quotes_are_verbatim_and_the_answer_is_in_the_document(path: Path) -> None:
    questions = load_questions(path)
    assert questions
    assert len({q["id"] for q in questions}) == len(questions)
    for q in questions:
        assert q["intent"] in INTENTS, q["id"]
        if not q["answerable"]:
            assert q["answer"] is None and q["evidence"] is None, q["id"]
            continue
        text = (REPO / q["evidence"]["document"]).read_text(encoding="utf-8")
        assert q["evidence"]["quote"] in text, q["id"]
        assert q["answer"] in text.replace("**", ""), q["id"]  # the key is in the document


def test_answer_keys_match_whole_words_and_numbers() -> None:
    assert answer_contains("Quyết định số 1941/QĐ-UBND ngày 26/12/2022", "1941/QĐ-UBND")
    assert not answer_contains("Quyết định số 1941/QĐ-UBND", "41/QĐ-UBND")
    assert not answer_contains("tiếp nhận 1.038 hồ sơ", "38")
    assert answer_contains("đạt 30%", "30%")
