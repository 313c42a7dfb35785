"""The extraction gold is well-formed, the scorer can fail, and the extractors meet the bar."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from eval.extraction_eval import bench_citations, evaluate

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "eval" / "gold"
CORPUS = REPO / "corpus"
PLAN = "huong-khe_quyet-dinh-11671-QD-UBND_ke-hoach-cchc-2021-2030.txt"


def _records(name: str) -> list[dict]:
    with (GOLD / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.mark.parametrize("name", ["citations.jsonl", "targets.jsonl"])
def test_every_gold_quote_is_an_exact_substring_of_its_file(name: str) -> None:
    records = _records(name)
    assert records
    for record in records:
        text = (REPO / record["file"]).read_text(encoding="utf-8")
        start = record["start"]
        assert text[start : start + len(record["quote"])] == record["quote"], record


def test_gold_fields() -> None:
    citations = _records("citations.jsonl")
    assert len({r["file"] for r in citations}) >= 3
    for r in citations:
        assert r["number"] and r["number"].strip() == r["number"]
        # a type code is one of the codes written in the number ("1941/QĐ-UBND" → "QĐ")
        assert r["type_code"] is None or r["type_code"] in re.split(r"[/-]", r["number"])
        assert r["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"])
    targets = _records("targets.jsonl")
    assert {Path(r["file"]).name for r in targets} == {
        PLAN,
        "van-quan_ke-hoach_khac-phuc-han-che-chi-so-cchc-2024.txt",
    }
    for r in targets:
        assert r["comparator"] in {">=", "=", "<=", "increase", "decrease"}
        assert isinstance(r["value"], int | float) and 1900 < r["year"] < 2100


def _write(tmp_path: Path, text: str, citations: list[dict], targets: list[dict]) -> Path:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "corpus" / "doc.txt").write_text(text, encoding="utf-8")
    for name, rows in (("citations.jsonl", citations), ("targets.jsonl", targets)):
        with (tmp_path / "gold" / name).open("w", encoding="utf-8") as handle:
            for row in rows:
                quote = row["quote"]
                row = {"file": "corpus/doc.txt", **row, "start": text.index(quote)}
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return tmp_path


def test_scorer_counts_wrong_dates_and_missing_targets(tmp_path: Path) -> None:
    text = (
        "KẾ HOẠCH\nCải cách hành chính\n\n"  # targets are read from plans
        "I. MỤC TIÊU\n- Căn cứ Quyết định số 12/QĐ-UBND ngày 1/2/2023 và Kế hoạch số 7/KH-UBND "
        "ngày 5/2/2023, phấn đấu 90% hồ sơ trực tuyến.\n"
    )
    citations = [
        {
            "number": "12/QĐ-UBND",
            "type_code": "QĐ",
            "date": "2023-02-01",
            "quote": "Quyết định số 12/QĐ-UBND",
        },
        {
            "number": "07/KH-UBND",
            "type_code": "KH",
            "date": "2023-02-06",  # wrong date
            "quote": "Kế hoạch số 7/KH-UBND",
        },
    ]
    targets = [
        {"value": 90, "year": None, "comparator": "=", "quote": "90%"},
        {"value": 50, "year": None, "comparator": "=", "quote": "hồ sơ"},  # not in the text
    ]
    root = _write(tmp_path, text, citations, targets)
    result = evaluate(root / "corpus", root / "gold")
    assert (result["citations"]["matched"], result["citations"]["predicted"]) == (1, 2)
    assert result["citation_precision"] == result["citation_recall"] == 0.5
    assert (result["target_precision"], result["target_recall"]) == (1.0, 0.5)


def test_extractors_reach_the_bar_on_the_corpus() -> None:
    result = evaluate(CORPUS, GOLD)
    assert result["citation_precision"] >= 0.95
    assert result["citation_recall"] >= 0.95
    assert result["target_precision"] >= 0.95
    assert result["target_recall"] >= 0.95


def test_bench_citations_counts(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("Căn cứ Luật số 47/2019/QH14 và Nghị định số 15/2020/NĐ-CP.", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("Không trích dẫn văn bản nào.", encoding="utf-8")
    result = bench_citations([a, b])
    assert (result["files"], result["mentions"]) == (2, 2)
    assert result["chars"] == len(a.read_text(encoding="utf-8")) + len(b.read_text("utf-8"))
    assert set(result) == {"files", "chars", "seconds", "chars_per_s", "mentions"}
