"""Ingestion throughput on the 208-law corpus: read → clean → parse → passages (no embedding)."""

from __future__ import annotations

import resource
import time
from pathlib import Path

from indexer.pipeline import doc_id_for, parse_document

__all__ = ["run"]


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def run(law_dir: Path) -> dict[str, float]:
    files = sorted(law_dir.glob("*.txt"))
    if not files:
        raise FileNotFoundError(f"no .txt files in {law_dir}")
    parse_document(files[0], "warm-up")  # loads underthesea once, outside the timing
    rss_before = _peak_rss_mb()
    chars = passages = sections = tables = 0
    started = time.perf_counter()
    for path in files:
        parsed = parse_document(path, doc_id_for(path))
        chars += len(parsed.source.text)
        passages += len(parsed.passages)
        sections += len(parsed.structure.sections)
        tables += len(parsed.structure.tables)
    seconds = time.perf_counter() - started
    return {
        "files": len(files),
        "characters": chars,
        "passages": passages,
        "sections": sections,
        "tables": tables,
        "seconds": round(seconds, 2),
        "characters_per_s": round(chars / seconds),
        "passages_per_s": round(passages / seconds, 1),
        "peak_rss_mb": round(_peak_rss_mb(), 1),
        "peak_rss_before_mb": round(rss_before, 1),
    }
