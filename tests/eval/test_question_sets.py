"""The admin-docs question sets: each over the files of its own fixed-seed sample, and the
held-out samples share no file with any sample the answerer was developed on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.admin_samples import SAMPLES, admin_docs_dir, draw

REPO = Path(__file__).resolve().parents[2]
QA = REPO / "eval" / "qa"
ADMIN = admin_docs_dir()
SETS: dict[str, str | tuple[str, ...]] = {
    "admin-dev.jsonl": "qa-dev",
    "admin-heldout.jsonl": "qa-heldout",
    "admin-dev2.jsonl": "qa-dev2",
    "admin-heldout2.jsonl": "qa-heldout2",
    "admin-val-a.jsonl": "qa-val",
    "admin-val-b.jsonl": "qa-val",
    "admin-val2.jsonl": "qa-val2",
    # paraphrases of dev, dev2 and val-a questions, by a reader who saw no code
    "admin-para.jsonl": ("qa-dev", "qa-dev2", "qa-val"),
    # session 10: kinds weakest on the blind sets, by two readers who saw no code
    "admin-wild.jsonl": "qa-wild",
    # session 10: near misses with answerable twins, by a reader who saw no code
    "admin-miss.jsonl": "qa-miss",
    # session 11: the kinds weakest on the blind sets (agency, effective, deadline, figure), by
    # two readers who saw no code
    "admin-intents.jsonl": "qa-intents",
    # session 12: the weak kinds again (agency, comparison, figure, deadline, effective date,
    # near misses), by two readers who saw no code
    "admin-hard.jsonl": "qa-hard",
    # session 13: the kinds weakest on the blind sets (agency, figure, deadline, comparison,
    # which document), by two readers who saw no code
    "admin-fresh.jsonl": "qa-fresh",
    # session 13: a third blind set, by two readers who saw no code, scored once on the merged
    # answerer of the session and never read
    "admin-val3.jsonl": "qa-val3",
    # session 14: the kinds weakest on the blind sets (figure, agency, date, which document,
    # deadline), by two readers who saw no code
    "admin-fresh2.jsonl": "qa-fresh2",
    # session 14: a fourth blind set over the last files of no sample, by two readers who saw no
    # code, scored on the merged answerer of the session and never read
    "admin-val4.jsonl": "qa-val4",
    # session 15: a fifth studied set, by two readers who saw no code, over files of the
    # metadata and citation samples that no question set used
    "admin-fresh3.jsonl": "qa-fresh3",
    # session 16: a fifth blind set over the files of no question set, by two readers who saw
    # no code, scored on the merged answerer of the session and never read
    "admin-val5.jsonl": "qa-val5",
    # session 17: a sixth blind set over the files of no question set (but two read in session
    # 16), by two readers who saw no code, scored on the session's start and end, never read
    "admin-val6.jsonl": "qa-val6",
    # session 20: an eighth blind set over files that only blind samples hold, by two readers
    # who saw no code, scored on the session's start and end, never read
    "admin-val7.jsonl": "qa-val7",
    # session 21: a ninth blind set over other files that only blind samples hold, by two
    # readers who saw no code, scored on the session's start, then a merge gate in aggregate only
    "admin-val8.jsonl": "qa-val8",
}

needs_admin = pytest.mark.skipif(
    not ADMIN.is_dir(), reason=f"{ADMIN} not found: the admin-docs question sets need ../shared"
)


def _questions(name: str) -> list[dict]:
    return [json.loads(line) for line in (QA / name).read_text(encoding="utf-8").splitlines()]


@needs_admin
@pytest.mark.parametrize("name", sorted(SETS))
def test_questions_quote_the_files_of_their_own_sample(name: str) -> None:
    # well-formedness and verbatim quotes: tests/eval/test_qa_eval.py
    items = _questions(name)
    samples = SETS[name]
    files = {
        f for sample in ((samples,) if isinstance(samples, str) else samples) for f in draw(sample)
    }
    assert sum(not item["answerable"] for item in items) >= 10
    for item in items:
        if item["answerable"]:
            assert Path(item["evidence"]["document"]).name in files, item["id"]


@needs_admin
def test_a_held_out_sample_shares_no_file_with_the_samples_before_it() -> None:
    for held_out in ("qa-heldout", "qa-heldout2", "qa-val", "qa-val2", "qa-val3", "qa-val4"):
        before = SAMPLES[held_out].exclude
        assert {"qa-dev", "metadata", "citations"} <= set(before)
        shared = set(draw(held_out)) & {f for name in before for f in draw(name)}
        assert not shared, held_out
    assert "qa-dev2" in SAMPLES["qa-heldout2"].exclude
    # the last blind samples use files of the metadata and citation samples, of no question set
    names = list(SAMPLES)
    for blind in ("qa-val5", "qa-val6"):
        before = {n for n in names[: names.index(blind)] if n.startswith("qa-")}
        assert before <= set(SAMPLES[blind].exclude), blind
        assert not set(draw(blind)) & {f for name in before for f in draw(name)}, blind
    assert not set(draw("qa-val6")) & set(SAMPLES["qa-val6"].skip)
    # every file now belongs to a sample: qa-val7 draws from the files of blind samples only
    studied = {f for name in SAMPLES["qa-val7"].exclude for f in draw(name)}
    assert {"metadata", "citations", "qa-dev", "qa-fresh3"} <= set(SAMPLES["qa-val7"].exclude)
    assert not set(draw("qa-val7")) & (studied | set(SAMPLES["qa-val7"].skip))
    # qa-val8 draws from the same pool less qa-val7's files
    assert {*SAMPLES["qa-val7"].exclude, "qa-val7"} <= set(SAMPLES["qa-val8"].exclude)
    studied = {f for name in SAMPLES["qa-val8"].exclude for f in draw(name)}
    assert not set(draw("qa-val8")) & (studied | set(SAMPLES["qa-val8"].skip))


def test_the_uploads_set_asks_about_the_uploaded_files_only() -> None:
    # session 18: a seventh blind set, by two readers who saw no code, over the PDF and Word
    # files of ../shared/benchmarks/admin-files with a text layer, as the indexer reads them
    items = _questions("admin-uploads.jsonl")
    assert sum(not item["answerable"] for item in items) >= 10
    for item in items:
        if item["answerable"]:
            assert item["evidence"]["document"].startswith("admin-files/"), item["id"]
