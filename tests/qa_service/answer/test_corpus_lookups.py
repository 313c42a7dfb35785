"""The answerer's corpus lookups agree with their definitions (every stored row compared)."""

from __future__ import annotations

import bisect
from pathlib import Path

from indexer.extract.citations import number_matches
from indexer.store import IndexReader
from qa_service.answer.corpus import Corpus


def _citing_units_by_scan(corpus: Corpus, numbers: list[str]) -> set[int]:
    out: set[int] = set()
    for row in corpus.citations:
        c = row.citation
        if not any(number_matches(n, c.number) for n in numbers):
            continue
        ids = corpus.doc_units.get(row.doc_id, [])
        starts = corpus.doc_starts.get(row.doc_id, [])
        k = max(0, bisect.bisect_right(starts, c.start) - 1)
        while k < len(ids) and corpus.units.starts[ids[k]] < c.end:
            if corpus.units.ends[ids[k]] > c.start:
                out.add(ids[k])
            k += 1
    return out


def test_cited_numbers_are_found_as_a_scan_of_every_citation_finds_them(
    corpus_index: Path,
) -> None:
    corpus = Corpus(IndexReader.open(corpus_index))
    try:
        cited = sorted({row.citation.number for row in corpus.citations})
        assert len(cited) > 20
        heads = sorted({n.split("/")[0] for n in cited} | {n.split("-")[0] for n in cited})
        asked = [*cited, *heads, "0" + cited[0], cited[0].lower(), "99999/QĐ-UBND", "", "1"]
        for number in asked:
            expected = any(number_matches(number, row.citation.number) for row in corpus.citations)
            assert corpus.cited(number) == expected, number
            assert corpus.citing_units([number]) == _citing_units_by_scan(corpus, [number])
        pair = [cited[1], heads[0]]
        assert corpus.citing_units(pair) == _citing_units_by_scan(corpus, pair)
    finally:
        corpus.reader.close()


def test_documents_naming_a_place_are_the_same_when_asked_again(corpus_index: Path) -> None:
    corpus = Corpus(IndexReader.open(corpus_index))
    try:
        first = corpus.docs_naming("Hương Trà")
        assert first and first <= set(corpus.documents)
        first.clear()  # a caller's set is its own
        assert corpus.docs_naming("huong tra") == corpus.docs_naming("Hương Trà") != set()
        assert corpus.docs_naming("Không Có Nơi Này") == set()
    finally:
        corpus.reader.close()


def test_whole_words_finds_what_a_lookbehind_first_pattern_finds() -> None:
    import re

    from qa_service.answer.corpus import whole_words

    texts = [
        "ha noi",
        "tp ha noi, ngay",
        "xha noi ha noi1 ha noi",
        "1ha noi",
        "ha noix",
        "ha noi2",
        "ha ha noi",
        "an an an",
        "ban an an",
        "",
        "so 1941/qd-ubnd; 1941",
        "x.y (a+b) x.y",
    ]
    keys = ["ha noi", "an an", "an", "1941", "1941/qd-ubnd", "x.y", "(a+b)", "hue"]
    for key in keys:
        definition = re.compile(rf"(?<![a-z0-9]){re.escape(key)}(?![a-z0-9])")
        for text in texts:
            expected = [m.span() for m in definition.finditer(text)]
            assert [m.span() for m in whole_words(key).finditer(text)] == expected, (key, text)
