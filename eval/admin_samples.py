"""Fixed-seed samples of ``../shared/benchmarks/admin-docs`` for gold annotation and questions.

Files are drawn, never picked by hand: each sample is ``random.Random(seed).sample`` over the
sorted file names listed in the folder's ``SOURCES.tsv``, excluding the files of the samples it
must not share files with. The held-out question set uses files of no other sample, so nothing
the answerer was developed on is in it.

``python -m eval.admin_samples [--shared ../shared]`` prints every sample.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

__all__ = ["SAMPLES", "Sample", "admin_docs_dir", "admin_files", "draw"]

_REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Sample:
    name: str
    size: int
    seed: int
    exclude: tuple[str, ...] = ()  # names of samples whose files this one must not use
    skip: tuple[str, ...] = ()  # files read during development, so no longer unseen


# Every sample drawn up to session 8's validation sample: a later sample excludes them all and
# the ones drawn after them.
_UP_TO_VAL = ("metadata", "citations", "qa-dev", "qa-heldout", "qa-dev2", "qa-heldout2", "qa-val")

SAMPLES: dict[str, Sample] = {
    s.name: s
    for s in (
        Sample("metadata", 60, 20261202),
        Sample("citations", 15, 20261203),
        Sample("qa-dev", 40, 20261204),
        Sample("qa-heldout", 15, 20261205, exclude=("metadata", "citations", "qa-dev")),
        # Session 7: a second development sample and a second held-out sample, over files of
        # no earlier sample, to measure and widen what the answerer does on unseen documents.
        Sample(
            "qa-dev2",
            26,
            20261206,
            exclude=("metadata", "citations", "qa-dev", "qa-heldout"),
        ),
        Sample(
            "qa-heldout2",
            16,
            20261207,
            exclude=("metadata", "citations", "qa-dev", "qa-heldout", "qa-dev2"),
        ),
        # Session 8: a validation sample, read blind like a held-out one; the answerer's changes
        # are judged on its aggregate figures only (its failures are not looked at one by one).
        Sample(
            "qa-val",
            24,
            20261208,
            exclude=("metadata", "citations", "qa-dev", "qa-heldout", "qa-dev2", "qa-heldout2"),
        ),
        # Session 9: a second validation sample, wholly blind: its set is scored in aggregate
        # on the code before the session's changes (first run) and after them, never read.
        Sample(
            "qa-val2",
            20,
            20261210,
            exclude=_UP_TO_VAL,
        ),
        # Session 10: a studied sample for questions of the kinds weakest on the blind sets
        # (which document, who cites it, figures, targets, agencies), first run before changes.
        Sample(
            "qa-wild",
            24,
            20261211,
            exclude=(*_UP_TO_VAL, "qa-val2"),
        ),
        # Session 10: near misses (questions the documents cannot answer) with answerable twins,
        # over files of no earlier sample, to see whether abstention carries to unread wording.
        Sample(
            "qa-miss",
            20,
            20261213,
            exclude=(*_UP_TO_VAL, "qa-val2", "qa-wild"),
        ),
        # Session 11: a studied sample for the kinds of question weakest on the blind sets after
        # session 10 (agency in charge, effective date, deadline, figure, comparison), written by
        # readers who saw no code, over files of no earlier sample; first run before changes.
        Sample(
            "qa-intents",
            24,
            20261215,
            exclude=(*_UP_TO_VAL, "qa-val2", "qa-wild", "qa-miss"),
        ),
        # Session 12: a second studied sample of the weak kinds (agency, comparison, figure,
        # deadline, effective date, near misses), by readers who saw no code, first run before
        # changes, over files of no earlier sample.
        Sample(
            "qa-hard",
            24,
            20261217,
            exclude=(*_UP_TO_VAL, "qa-val2", "qa-wild", "qa-miss", "qa-intents"),
        ),
        # Session 13: a third studied sample of the kinds weakest on the blind sets (agency in
        # charge, figure, deadline, comparison, which document), by readers who saw no code,
        # first run before changes, over files of no earlier sample.
        Sample(
            "qa-fresh",
            24,
            20261219,
            exclude=(*_UP_TO_VAL, "qa-val2", "qa-wild", "qa-miss", "qa-intents", "qa-hard"),
        ),
        # Session 13: a third blind sample, over files of no earlier sample, its questions by
        # readers who saw no code: scored in aggregate on session 13's merged answerer, never read.
        Sample(
            "qa-val3",
            20,
            20261221,
            exclude=(
                *_UP_TO_VAL,
                *("qa-val2", "qa-wild", "qa-miss", "qa-intents", "qa-hard", "qa-fresh"),
            ),
        ),
        # Session 14: a fourth studied sample of the kinds weakest on the blind sets (figure,
        # agency in charge, date, which document, deadline, comparison), by readers who saw no
        # code, first run before changes, over files of no earlier sample.
        Sample(
            "qa-fresh2",
            24,
            20261223,
            exclude=(
                *_UP_TO_VAL,
                *("qa-val2", "qa-wild", "qa-miss", "qa-intents", "qa-hard", "qa-fresh", "qa-val3"),
            ),
        ),
        # Session 14: a fourth blind sample, the files of no earlier sample, its questions by
        # readers who saw no code: scored in aggregate on session 14's merged answerer, never read.
        Sample(
            "qa-val4",
            11,
            20261225,
            exclude=(
                *_UP_TO_VAL,
                *("qa-val2", "qa-wild", "qa-miss", "qa-intents", "qa-hard", "qa-fresh", "qa-val3"),
                "qa-fresh2",
            ),
        ),
        # Session 15: a fifth studied sample, by readers who saw no code, first run before
        # changes. Every file is in some sample by now: it is drawn from the metadata and
        # citation samples' files that no question set uses.
        Sample(
            "qa-fresh3",
            24,
            20261227,
            exclude=(
                *_UP_TO_VAL[2:],
                *("qa-val2", "qa-wild", "qa-miss", "qa-intents", "qa-hard", "qa-fresh", "qa-val3"),
                *("qa-fresh2", "qa-val4"),
            ),
        ),
        # Session 16: a fifth blind sample, from the files of no question set (the metadata and
        # citation samples' files that qa-fresh3 did not draw), its questions by readers who saw
        # no code: scored in aggregate on the session's merged answerer, never read.
        Sample(
            "qa-val5",
            22,
            20261229,
            exclude=(
                *_UP_TO_VAL[2:],
                *("qa-val2", "qa-wild", "qa-miss", "qa-intents", "qa-hard", "qa-fresh", "qa-val3"),
                *("qa-fresh2", "qa-val4", "qa-fresh3"),
            ),
        ),
        # Session 17: a sixth blind sample, the files of no question set but two (the ones
        # read in session 16's review, asked about by hand, so no longer unseen), its questions
        # by readers who saw no code: first run on the session's starting code, never read.
        Sample(
            "qa-val6",
            17,
            20261231,
            exclude=(
                *_UP_TO_VAL[2:],
                *("qa-val2", "qa-wild", "qa-miss", "qa-intents", "qa-hard", "qa-fresh", "qa-val3"),
                *("qa-fresh2", "qa-val4", "qa-fresh3", "qa-val5"),
            ),
            skip=("1e6fb98e16a75e3d.md", "85ff77cbda28ffbb.md"),
        ),
        # Session 20: every file now belongs to a sample, so a seventh blind sample is drawn from
        # the files that only blind samples hold (no studied set and neither gold sample), for new
        # questions by readers who saw no code and no earlier question: first run on the
        # session's starting code, scored in aggregate only.
        Sample(
            "qa-val7",
            12,
            20261205,
            exclude=(
                *("metadata", "citations", "qa-dev", "qa-dev2", "qa-val", "qa-wild", "qa-miss"),
                *("qa-intents", "qa-hard", "qa-fresh", "qa-fresh2", "qa-fresh3"),
            ),
            skip=("1e6fb98e16a75e3d.md", "85ff77cbda28ffbb.md"),
        ),
        # Session 21: an eighth blind sample, drawn like qa-val7 from the files only blind samples
        # hold, less qa-val7's: new questions by readers who saw no code and no earlier question,
        # first run on the session's starting code, then a merge gate scored in aggregate only.
        Sample(
            "qa-val8",
            12,
            20261233,
            exclude=(
                *("metadata", "citations", "qa-dev", "qa-dev2", "qa-val", "qa-wild", "qa-miss"),
                *("qa-intents", "qa-hard", "qa-fresh", "qa-fresh2", "qa-fresh3", "qa-val7"),
            ),
            skip=("1e6fb98e16a75e3d.md", "85ff77cbda28ffbb.md"),
        ),
    )
}


def admin_docs_dir(shared: Path | None = None) -> Path:
    return (shared or _REPO.parent / "shared") / "benchmarks" / "admin-docs"


def admin_files(shared: Path | None = None) -> list[str]:
    """Sorted file names of admin-docs, as listed in its SOURCES.tsv."""
    with open(admin_docs_dir(shared) / "SOURCES.tsv", encoding="utf-8", newline="") as handle:
        return sorted(row["file"] for row in csv.DictReader(handle, delimiter="\t"))


def draw(name: str, shared: Path | None = None) -> list[str]:
    """The file names of sample ``name``, in drawing order."""
    return list(_drawn(name, shared))


# Cached: a sample excludes the samples before it, each of which excludes those before it, so
# that drawing the last one uncached draws the first ones tens of thousands of times.
@cache
def _drawn(name: str, shared: Path | None) -> tuple[str, ...]:
    sample = SAMPLES[name]
    excluded = {f for other in sample.exclude for f in _drawn(other, shared)} | set(sample.skip)
    pool = [f for f in admin_files(shared) if f not in excluded]
    return tuple(random.Random(sample.seed).sample(pool, sample.size))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.admin_samples", description=__doc__)
    parser.add_argument("--shared", type=Path, default=None)
    args = parser.parse_args(argv)
    for name in SAMPLES:
        sys.stdout.write(f"{name}: {' '.join(draw(name, args.shared))}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
