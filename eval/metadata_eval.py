"""Accuracy per metadata field on documents users bring: ``eval/gold/admin_metadata.jsonl``.

The gold holds 60 files of ``../shared/benchmarks/admin-docs`` drawn with a fixed seed
(:mod:`eval.admin_samples`), annotated by reading them: number, date, place, type, issuer, title,
signer and signer position (see the spec in ``eval/README.md``). Each field is compared in a
form that ignores what a reader would ignore:

- number: :func:`~indexer.extract.citations.number_key` (case, spaces, leading zeros);
- date: the ISO string ("2025-11-26", or "2025-11" for a blank day), null equal to null;
- position: the signer's own title ends the gold block ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH");
- type, place, signer: lower case, no diacritics, spaces collapsed;
- issuer: the same, with "UBND"/"HĐND"/"TP." written out ("UBND tỉnh X" = "Ủy ban nhân dân tỉnh X");
- title: rapidfuzz ratio ≥ 90 on that form.

``--files`` scores ``eval/gold/admin_files_metadata.jsonl`` instead: the 10 PDF and Word files
of ``../shared/benchmarks/admin-files`` as users upload them (signed, drafts, scans); a file the
reader refuses (a scan) counts as wrong on every field.

``python -m eval.metadata_eval [--shared ../shared] [--files] [--verbose]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from eval.admin_samples import admin_docs_dir
from indexer.extract.citations import number_key
from indexer.normalize import plain_key

__all__ = ["FIELDS", "admin_files_dir", "evaluate", "issuer_key", "main"]

_REPO = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = _REPO / "eval" / "gold" / "admin_metadata.jsonl"
FILES_GOLD = _REPO / "eval" / "gold" / "admin_files_metadata.jsonl"
_ABBREVIATIONS = (
    (r"\bubnd\b", "uy ban nhan dan"),
    (r"\bhdnd\b", "hoi dong nhan dan"),
    (r"\btp\.?\s", "thanh pho "),
)


def issuer_key(text: str | None) -> str | None:
    if text is None:
        return None
    key = plain_key(text)
    for pattern, expansion in _ABBREVIATIONS:
        key = re.sub(pattern, expansion, key)
    return " ".join(key.split())


def _plain(text: str | None) -> str | None:
    return None if text is None else plain_key(text)


def _position_equal(predicted: str | None, gold: str | None) -> bool:
    if predicted is None or gold is None:
        return predicted is gold
    return bool(plain_key(predicted)) and plain_key(gold).endswith(plain_key(predicted))


def _title_equal(predicted: str | None, gold: str | None) -> bool:
    from rapidfuzz import fuzz

    if predicted is None or gold is None:
        return predicted is gold
    return fuzz.ratio(plain_key(predicted), plain_key(gold)) >= 90


def _number(text: str | None) -> str | None:
    return None if text is None else number_key(text)


FIELDS: dict[str, tuple[str, Callable[[Any, Any], bool]]] = {
    # gold key → (DocumentMeta attribute, equality)
    "number": ("number", lambda p, g: _number(p) == _number(g)),
    "date": ("date", lambda p, g: p == g),
    "doc_type": ("doc_type", lambda p, g: _plain(p) == _plain(g)),
    "issuer": ("issuer", lambda p, g: issuer_key(p) == issuer_key(g)),
    "signer": ("signer", lambda p, g: _plain(p) == _plain(g)),
    # the gold holds the whole block ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH"), the parser the signer's own
    # title, which ends it
    "signer_position": ("signer_position", lambda p, g: _position_equal(p, g)),
    "place": ("place", lambda p, g: _plain(p) == _plain(g)),
    "title": ("title", _title_equal),
}
REQUIRED = ("number", "date", "issuer", "doc_type", "signer")  # the fields with a 0.95 bar


def admin_files_dir(shared: Path | None = None) -> Path:
    return admin_docs_dir(shared).parent / "admin-files"


def evaluate(
    gold_path: Path = DEFAULT_GOLD, shared: Path | None = None, docs: Path | None = None
) -> dict[str, Any]:
    from indexer.pipeline import parse_document
    from indexer.readers import UnreadableDocumentError

    docs = docs or admin_docs_dir(shared)
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line]
    correct = dict.fromkeys(FIELDS, 0)
    errors: list[dict[str, Any]] = []
    for record in gold:
        try:
            meta = parse_document(docs / record["file"], Path(record["file"]).stem).meta
        except UnreadableDocumentError as error:
            meta = None
            unreadable = f"unreadable: {error.reason}"
        for field, (attribute, equal) in FIELDS.items():
            predicted = getattr(meta, attribute) if meta else unreadable
            if meta and equal(predicted, record[field]):
                correct[field] += 1
            else:
                errors.append(
                    {
                        "file": record["file"],
                        "field": field,
                        "got": predicted,
                        "gold": record[field],
                    }
                )
    n = len(gold)
    return {
        "files": n,
        "accuracy": {field: round(correct[field] / n, 4) if n else 0.0 for field in FIELDS},
        "errors": errors,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.metadata_eval", description=__doc__)
    parser.add_argument("--shared", type=Path, default=None)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--files", action="store_true", help="the admin-files PDF/Word gold")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every error")
    args = parser.parse_args(argv)
    docs = admin_files_dir(args.shared) if args.files else admin_docs_dir(args.shared)
    gold = FILES_GOLD if args.files and args.gold == DEFAULT_GOLD else args.gold
    if not docs.is_dir():
        print(f"metadata: skipped, {docs} not found")
        return 0
    report = evaluate(gold, args.shared, docs)
    if args.verbose:
        for e in report["errors"]:
            print(f"  ✗ {e['file']} {e['field']}: got {e['got']!r}, gold {e['gold']!r}")
    print(f"metadata accuracy on {report['files']} {docs.name} files ({gold.relative_to(_REPO)})")
    for field, value in report["accuracy"].items():
        bar = "  (bar 0.95)" if field in REQUIRED else ""
        print(f"  {field:<16} {value:.3f}{bar}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
