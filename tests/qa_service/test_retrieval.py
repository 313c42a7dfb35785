"""The Retriever: fusion, filters, exact number lookup, near-verbatim, embedder checks.

Unit tests run on a small index built here (indexer/schema.sql + the lexical and dense build
functions, a bag-of-syllables embedder); the last tests run on the five corpus documents indexed
by the real pipeline with the real embedder (session fixture ``corpus_index``).
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from indexer.analysis import plain_tokens
from indexer.dense import build_dense_index
from indexer.embedding_cache import text_hash
from indexer.extract.citations import number_key
from indexer.lexical import build_lexical_index
from qa_service.retrieval import (
    EmbedderMismatchError,
    Retriever,
    SearchFilters,
    rrf_fuse,
    zscore_fuse,
)

SCHEMA = Path(__file__).resolve().parents[2] / "indexer" / "schema.sql"


class BagOfSyllables:
    """A tiny deterministic embedder: hashed accent-free syllables, L2-normalized."""

    name = "test:bag-of-syllables"
    dim = 64

    def __init__(self) -> None:
        self.queries: list[str] = []

    def _vector(self, text: str) -> np.ndarray:
        vector = np.zeros(self.dim, dtype=np.float32)
        for token in plain_tokens(text):
            vector[zlib.crc32(token.encode()) % self.dim] += 1.0
        norm = np.linalg.norm(vector)
        return vector / norm if norm else vector

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return np.stack([self._vector(t) for t in texts]) if texts else np.zeros((0, self.dim))

    def embed_query(self, text: str) -> np.ndarray:
        self.queries.append(text)
        return self._vector(text)


DOCUMENTS = [
    # doc_id, doc_type, number, date, place, issuer
    ("kh-a", "kế hoạch", "214/KH-UBND", "2023-01-17", "Hương Khê", "UBND huyện Hương Khê"),
    ("bc-b", "báo cáo", "96/BC-UBND", "2023-03-14", "Hương Trà", "UBND thị xã Hương Trà"),
    ("bc-c", "báo cáo", None, "2022-08-01", "Bình Giang", "UBND huyện Bình Giang"),
]
PASSAGES = [
    # id, doc_id, text
    (1, "kh-a", "Số: 214/KH-UBND. Kế hoạch cải cách hành chính năm 2023 của huyện."),
    (2, "kh-a", "Mục tiêu: 95% hồ sơ thủ tục hành chính được giải quyết đúng hạn."),
    (3, "kh-a", "Triển khai dịch vụ công trực tuyến toàn trình cho người dân."),
    (4, "bc-b", "Báo cáo kết quả cải cách hành chính quý I năm 2023 của thị xã."),
    (5, "bc-b", "Thực hiện Kế hoạch số 214/KH-UBND, thị xã đã rà soát thủ tục hành chính."),
    (6, "bc-b", "Theo Nghị định 61/2018/NĐ-CP về cơ chế một cửa, một cửa liên thông."),
    (7, "bc-c", "UBND huyện tổ chức đối thoại với người dân về cải cách hành chính."),
    (8, "bc-c", "Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính."),
]
CITATIONS = [
    # doc_id, passage_id, number
    ("bc-b", 6, "61/2018/NĐ-CP"),
]


def build_small_index(version_dir: Path, embedder: BagOfSyllables) -> Path:
    version_dir.mkdir(parents=True)
    conn = sqlite3.connect(version_dir / "index.sqlite")
    conn.executescript(SCHEMA.read_text())
    for doc_id, doc_type, number, date, place, issuer in DOCUMENTS:
        text = "\n".join(t for _, d, t in PASSAGES if d == doc_id)
        conn.execute(
            "INSERT INTO documents (doc_id, path, document, sha256, format, text, page_starts, "
            "doc_type, number, date, place, issuer, recipients, warnings) "
            "VALUES (?, ?, ?, ?, 'txt', ?, '[0]', ?, ?, ?, ?, ?, '[]', '[]')",
            (
                doc_id,
                f"{doc_id}.txt",
                f"corpus/{doc_id}.txt",
                text_hash(text),
                text,
                doc_type,
                number,
                date,
                place,
                issuer,
            ),
        )
    for pid, doc_id, text in PASSAGES:
        conn.execute(
            "INSERT INTO passages (id, doc_id, section, section_path, kind, text, start, end, "
            "page, text_hash) VALUES (?, ?, 0, '', 'text', ?, 0, ?, 1, ?)",
            (pid, doc_id, text, len(text), text_hash(text)),
        )
    for doc_id, pid, number in CITATIONS:
        conn.execute(
            "INSERT INTO citations (doc_id, passage_id, key, number, start, end) "
            "VALUES (?, ?, ?, ?, 0, 1)",
            (doc_id, pid, number, number),
        )
    conn.commit()
    conn.close()
    ids = [pid for pid, _, _ in PASSAGES]
    texts = [text for _, _, text in PASSAGES]
    build_lexical_index(ids, texts, version_dir / "lexical")
    info = build_dense_index(
        ids, embedder.embed_passages(texts), version_dir / "dense.faiss", hnsw_threshold=1000
    )
    manifest = {
        "schema_version": 1,
        "embedder": {"name": embedder.name, "dim": embedder.dim, "normalized": True},
        "dense": info,
    }
    (version_dir / "manifest.json").write_text(json.dumps(manifest))
    return version_dir


@pytest.fixture(scope="module")
def small_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_small_index(tmp_path_factory.mktemp("retrieval") / "v1", BagOfSyllables())


@pytest.fixture
def retriever(small_index: Path) -> Retriever:
    with Retriever.open(small_index, embedder=BagOfSyllables()) as opened:
        yield opened


def ids(result: object) -> list[int]:
    return [hit.passage_id for hit in result.hits]  # type: ignore[attr-defined]


def test_rrf_fuse() -> None:
    fused = rrf_fuse([[(1, 9.0), (2, 5.0)], [(2, 0.9), (3, 0.8)]], k=60)
    assert fused[2] == pytest.approx(1 / 62 + 1 / 61)
    assert fused[1] == pytest.approx(1 / 61)
    assert fused[3] == pytest.approx(1 / 62)
    assert max(fused, key=fused.__getitem__) == 2
    weighted = rrf_fuse([[(1, 9.0)], [(2, 0.9)]], k=60, weights=(1.0, 0.5))
    assert weighted[1] == pytest.approx(1 / 61) and weighted[2] == pytest.approx(0.5 / 61)


def test_zscore_fuse_keeps_a_head_that_stands_out() -> None:
    # Passage 1 stands far ahead in the first list and is missing from the second, where the
    # scores are close together. Rank fusion puts 2 (2nd and 1st) first; score fusion keeps 1.
    lexical = [(1, 30.0)] + [(i, 10.0 - 0.2 * i) for i in range(2, 21)]
    dense = [(i, 0.80 - 0.002 * i) for i in range(2, 22)]
    rrf = rrf_fuse([lexical, dense])
    assert max(rrf, key=rrf.__getitem__) == 2
    fused = zscore_fuse([lexical, dense])
    assert sorted(fused, key=lambda p: -fused[p])[:3] == [1, 2, 3]
    # Missing from a list = that list's lowest normalized score; every id of both lists is kept.
    assert set(fused) == set(range(1, 22))
    assert fused[1] == pytest.approx(
        max(zscore_fuse([lexical]).values()) + min(zscore_fuse([dense]).values())
    )
    # One list alone keeps its order; an empty list is ignored; equal scores do not divide by 0.
    alone = zscore_fuse([lexical, []])
    assert sorted(alone, key=lambda p: -alone[p]) == [p for p, _ in lexical]
    assert zscore_fuse([[(7, 1.0), (8, 1.0)]]) == {7: 1.0, 8: 1.0}
    # A sole hit in one list still counts: 1 for being found, 0 for the others.
    dense3 = [(2, 0.9), (1, 0.5), (3, 0.4)]
    sole, dense_only = zscore_fuse([[(1, 5.0)], dense3]), zscore_fuse([dense3])
    assert sole[1] == pytest.approx(dense_only[1] + 1.0)
    assert sole[2] == pytest.approx(dense_only[2]) and sole[3] == pytest.approx(dense_only[3])
    weighted = zscore_fuse([lexical, dense], weights=(0.0, 1.0))
    assert max(weighted, key=weighted.__getitem__) in {2, 3}


def test_unknown_fusion_is_a_clear_error(retriever: Retriever) -> None:
    with pytest.raises(ValueError, match="unknown fusion 'max': use one of zscore, rrf"):
        retriever.search("đối thoại", fusion="max")


def test_methods_and_hit_fields(retriever: Retriever) -> None:
    for method in ("bm25", "dense", "hybrid"):
        result = retriever.search("đối thoại với người dân", k=3, method=method)
        assert result.method == method
        assert result.hits[0].passage_id == 7
        assert len(result.hits) <= 3
    hit = retriever.search("đối thoại với người dân", k=3).hits[0]
    assert hit.doc_id == "bc-c" and hit.lexical_rank == 1 and hit.dense_rank == 1
    assert hit.text == PASSAGES[6][2]
    with pytest.raises(ValueError, match="method"):
        retriever.search("x", method="tfidf")


def test_timings_per_stage(retriever: Retriever) -> None:
    timings = retriever.search("cải cách hành chính", k=3).timings_ms
    assert {"filters", "exact", "lexical", "embed_query", "dense", "fusion", "fetch", "total"} <= (
        set(timings)
    )
    assert all(value >= 0 for value in timings.values())
    assert "embed_query" not in retriever.search("cải cách", method="bm25").timings_ms


def test_query_without_accents_and_abbreviation(retriever: Retriever) -> None:
    assert ids(retriever.search("chi so hai long cua nguoi dan", k=1)) == [8]
    # "Ủy ban nhân dân" written out finds the passage that abbreviates it
    top = retriever.search("Ủy ban nhân dân huyện tổ chức đối thoại", k=1, method="bm25")
    assert ids(top) == [7]


def test_hybrid_leaves_accent_free_questions_to_the_lexical_list(small_index: Path) -> None:
    embedder = BagOfSyllables()
    with Retriever.open(small_index, embedder=embedder) as retriever:
        plain = retriever.search("chi so hai long cua nguoi dan", k=3)
        assert plain.lists == ("lexical",) and embedder.queries == []
        assert ids(plain)[0] == 8 and plain.hits[0].dense_rank is None
        accented = retriever.search("chỉ số hài lòng của người dân", k=3)
        assert accented.lists == ("lexical", "dense") and len(embedder.queries) == 1
        forced = retriever.search("chi so hai long", k=3, method="dense")
        assert forced.lists == ("dense",)


def test_query_embedded_meanwhile_gives_the_same_hits(
    small_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The query is embedded in the retriever's own thread while the lexical list is made;
    the hits are those of embedding it first, and closing stops that thread."""
    import threading

    from qa_service import retrieval

    queries = ["chỉ số hài lòng của người dân", "cải cách hành chính", "kế hoạch năm 2023"]
    with Retriever.open(small_index, embedder=BagOfSyllables()) as retriever:
        meanwhile = [retriever.search(q, k=5) for q in queries]
        assert any(t.name.startswith("vnqa-query-embed") for t in threading.enumerate())
        monkeypatch.setattr(retrieval, "OVERLAP_EMBEDDING", False)
        first = [retriever.search(q, k=5) for q in queries]
    assert [r.hits for r in meanwhile] == [r.hits for r in first]
    assert all(r.lists == ("lexical", "dense") for r in meanwhile)
    assert retriever._embedding_pool is None


def test_document_number_ranks_its_mentions_first(retriever: Retriever) -> None:
    result = retriever.search("thủ tục hành chính theo kế hoạch 214/KH-UBND", k=5)
    assert result.numbers == ("214/KH-UBND",)
    # the document's own number (passage 1) and the mention in another document (passage 5)
    assert set(ids(result)[:2]) == {1, 5}
    assert all(hit.exact for hit in result.hits[:2])
    assert not any(hit.exact for hit in result.hits[2:])


def test_short_number_and_typed_without_accents(retriever: Retriever) -> None:
    result = retriever.search("nghi dinh 61/2018 quy dinh gi", k=3)
    assert ids(result)[0] == 6 and result.hits[0].exact
    assert ids(retriever.search("so 96/BC-UBND", k=1)) == [4]  # the report's own number


def test_filters(retriever: Retriever) -> None:
    query = "cải cách hành chính"
    only_b = retriever.search(query, k=10, filters=SearchFilters(doc_ids=("bc-b",)))
    assert only_b.hits and {h.doc_id for h in only_b.hits} == {"bc-b"}
    reports = retriever.search(query, k=10, filters=SearchFilters(doc_type="Bao cao"))
    assert {h.doc_id for h in reports.hits} == {"bc-b", "bc-c"}
    y2022 = retriever.search(query, k=10, filters=SearchFilters(year=2022))
    assert {h.doc_id for h in y2022.hits} == {"bc-c"}
    place = retriever.search(query, k=10, filters=SearchFilters(locality="huong khe"))
    assert {h.doc_id for h in place.hits} == {"kh-a"}
    issuer = retriever.search(query, k=10, filters=SearchFilters(issuer="thị xã"))
    assert {h.doc_id for h in issuer.hits} == {"bc-b"}
    nothing = retriever.search(query, k=10, filters=SearchFilters(year=1999))
    assert nothing.hits == []
    # a filtered number lookup keeps only allowed mentions
    filtered = retriever.search("214/KH-UBND", k=3, filters=SearchFilters(doc_ids=("bc-b",)))
    assert ids(filtered)[0] == 5


def test_near_verbatim_query_goes_first(retriever: Retriever) -> None:
    quote = "chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính"
    result = retriever.search(quote, k=3)
    assert result.hits[0].passage_id == 8 and result.hits[0].fuzzy is not None
    short = retriever.search("hài lòng", k=3)
    assert all(hit.fuzzy is None for hit in short.hits)  # too short to be a quotation
    assert "fuzzy" not in retriever.search(quote, k=3, fuzzy=False).timings_ms


def test_another_embedder_is_a_clear_error(small_index: Path) -> None:
    class Other(BagOfSyllables):
        name = "st:some-other-model"

    with pytest.raises(EmbedderMismatchError, match="vnqa index --rebuild"):
        Retriever.open(small_index, embedder=Other())


# -- the five corpus documents, indexed by the pipeline with the real embedder -------------------
@pytest.fixture(scope="module")
def corpus_retriever(corpus_index: Path) -> Retriever:
    from indexer.store import current_version_dir

    version = current_version_dir(corpus_index)
    assert version is not None
    with Retriever.open(version) as opened:
        yield opened


@pytest.mark.slow
@pytest.mark.parametrize(
    "query, doc_prefix, snippet",
    [
        # typed without accents; the document abbreviates "thủ tục hành chính" as TTHC
        ("tong so thu tuc hanh chinh cap huyen la bao nhieu", "binh-giang", "293"),
        ("ty le so hoa ho so khi tiep nhan", "binh-giang", "97,22"),
        # an abbreviation-heavy question typed without accents
        ("UBND huyen Huong Khe cong bo bao nhieu DVC truc tuyen muc do 4", "huong-khe", "133"),
        # the question spells out CCHC, which the document abbreviates
        (
            "Hương Trà ban hành kế hoạch tuyên truyền về cải cách hành chính năm 2023",
            "huong-tra",
            "3958/KH-UBND",
        ),
    ],
)
def test_corpus_questions_find_their_passage(
    corpus_retriever: Retriever, query: str, doc_prefix: str, snippet: str
) -> None:
    result = corpus_retriever.search(query, k=3)
    assert any(hit.doc_id.startswith(doc_prefix) and snippet in hit.text for hit in result.hits), [
        (h.doc_id, h.text[:80]) for h in result.hits
    ]


@pytest.mark.slow
def test_corpus_accent_free_query_equals_accented(corpus_retriever: Retriever) -> None:
    accented = corpus_retriever.search(
        "kế hoạch khắc phục hạn chế chỉ số cải cách hành chính", k=3, method="bm25"
    )
    plain = corpus_retriever.search(
        "ke hoach khac phuc han che chi so cai cach hanh chinh", k=3, method="bm25"
    )
    assert accented.hits[0].doc_id.startswith("van-quan")
    assert accented.hits[0].passage_id in [hit.passage_id for hit in plain.hits]


@pytest.mark.slow
@pytest.mark.parametrize("number", ["1941/QĐ-UBND", "130/2005/NĐ-CP", "214/KH-UBND"])
def test_corpus_document_number_ranks_its_mention_first(
    corpus_retriever: Retriever, number: str
) -> None:
    from indexer.normalize import strip_diacritics

    for query in (f"văn bản số {number} quy định gì", strip_diacritics(f"so {number}")):
        result = corpus_retriever.search(query, k=5)
        top = result.hits[0]
        assert top.exact
        assert number_key(number) in number_key(top.text)
