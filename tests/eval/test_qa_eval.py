"""The QA question sets: every gold quote is verbatim in its file, which holds the answer key."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from eval.qa_eval import DEFAULT_QUESTIONS, answer_contains, load_questions
from indexer.readers import read_document
from qa_service.routing import INTENTS

REPO = Path(__file__).resolve().parents[2]
SHARED_BENCHMARKS = REPO.parent / "shared" / "benchmarks"
# (the fresh sets of sessions 41-42 too: eval/qa/fresh, see tests/eval/test_fresh_sets.py)
SETS = sorted(
    [*DEFAULT_QUESTIONS.parent.glob("*.jsonl"), *DEFAULT_QUESTIONS.parent.glob("fresh/*.jsonl")]
)


def _document(name: str) -> str:
    """The text of a gold document: corpus/… lives in the repository; admin-docs/… is read in
    place from ../shared, admin-files/… (PDF, Word) as the indexer reads it."""
    if name.startswith(("admin-docs/", "admin-files/")):
        if not SHARED_BENCHMARKS.is_dir():
            pytest.skip(f"{SHARED_BENCHMARKS} not found: the admin question sets need it")
        if name.startswith("admin-files/"):
            return _read_upload(SHARED_BENCHMARKS / name)
        return (SHARED_BENCHMARKS / name).read_text(encoding="utf-8")
    return (REPO / name).read_text(encoding="utf-8")


@functools.cache
def _read_upload(path: Path) -> str:
    return read_document(path).text


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
        text = _document(q["evidence"]["document"])
        assert q["evidence"]["quote"] in text, q["id"]
        if q["intent"] != "citing":  # the citing documents' numbers are in those documents
            # the key is in the document (emphasis markers aside: "ngày 16 tháng** 6* *năm"),
            # a date in any of its written forms
            assert answer_contains(text.replace("*", ""), q["answer"]), q["id"]


def test_answer_keys_match_whole_words_and_numbers() -> None:
    assert answer_contains("Quyết định số 1941/QĐ-UBND ngày 26/12/2022", "1941/QĐ-UBND")
    assert not answer_contains("Quyết định số 1941/QĐ-UBND", "41/QĐ-UBND")
    assert not answer_contains("tiếp nhận 1.038 hồ sơ", "38")
    assert answer_contains("đạt 30%", "30%")
    assert answer_contains("ban hành ngày 01 tháng 12 năm 2025", "1/12/2025")
    assert answer_contains("trước ngày 05/01/2026", "5/1/2026")
    assert not answer_contains("ngày 15/01/2026", "5/1/2026")
    assert answer_contains("80% năm 2025, 90% năm 2030", ["80%", "90%"])
    assert not answer_contains("80% năm 2025", ["80%", "90%"])
    # a day of a month as a full date writes it; a number with its leading zeros
    assert answer_contains("có hiệu lực kể từ ngày 05 tháng 12 năm 2025", "05 tháng 12")
    assert answer_contains("trước ngày 05/12/2025", "05 tháng 12")
    assert answer_contains("ngày 10/5/2025", "tháng 5/2025")
    assert not answer_contains("ngày 10/5/2025", "tháng 6/2025")
    assert not answer_contains("trước ngày 15/12/2025", "5 tháng 12")
    assert not answer_contains("có hiệu lực kể từ ngày 15 tháng 12 năm 2025", "05 tháng 12")
    assert answer_contains("Tiền thuê đất này được ổn định 05 năm", "5 năm")
    assert not answer_contains("được ổn định 15 năm", "5 năm")
    assert answer_contains("giảm 0,5%", "0,5%")
    assert not answer_contains("giảm 0,5%", "5%")
    # a key ending in a word ends at any mark; one ending in a number does not end at "/01"
    assert answer_contains("dưới 250 triệu đồng/01 đơn vị tài sản", "250 triệu đồng")
    assert not answer_contains("dưới 250/01 đơn vị", "250")
    # a number ends where no digit goes on: a unit may be glued to it
    assert answer_contains("trợ cấp ngày công lao động là 435.000đồng/người/ngày", "435.000")
    assert answer_contains("Trọng lượng: 27g (không bao gồm dây đeo)", "27")
    assert not answer_contains("trợ cấp 4.350.000đồng", "4.350")
    assert not answer_contains("theo Mẫu số 02a", "Mẫu số 02")
    assert not answer_contains("tuyến ĐT.741B", "ĐT.741")
    # an abbreviation stands for its words
    assert answer_contains("DANH MỤC ... BỊ BÃI BỎ (02 TTHC)", "02 thủ tục hành chính")
    assert not answer_contains("(03 TTHC)", "02 thủ tục hành chính")


def _source(doc_id: str, text: str, quote: str) -> dict:
    start = text.index(quote)
    return {"doc_id": doc_id, "start": start, "end": start + len(quote), "quote": quote}


def test_evidence_hit_takes_the_gold_quote_or_the_asked_document_number() -> None:
    from eval.qa_eval import _score

    text = "Số: 62/2025/QĐ-UBND\nĐiều 1. Ban hành.\n(Kèm theo Quyết định số 62/2025/QĐ-UBND)"
    item = {
        "id": "t",
        "question": "Quyết định nào?",
        "intent": "decision",
        "answerable": True,
        "answer": "62/2025/QĐ-UBND",
        "evidence": {"document": "x/doc.md", "quote": "(Kèm theo Quyết định số 62/2025/QĐ-UBND)"},
    }
    header = {"found": True, "answer": "Quyết định số 62/2025/QĐ-UBND", "intent": "decision",
              "sources": [_source("d", text, "Số: 62/2025/QĐ-UBND")]}  # fmt: skip
    row = _score(item, header, lambda _d: text, {"doc.md": "d"}, {})
    assert row["hit"] and not row["hit_strict"]
    other = dict(header, sources=[_source("d", text, "Điều 1. Ban hành.")])
    assert not _score(item, other, lambda _d: text, {"doc.md": "d"}, {})["hit"]
    figure = dict(item, answer="62")  # a figure is found in many places: the quote must match
    assert not _score(figure, header, lambda _d: text, {"doc.md": "d"}, {})["hit"]


def test_the_gold_quote_in_a_copy_of_the_gold_document_is_a_hit() -> None:
    from eval.qa_eval import _score

    gold_text = "Số: 110/2025/TT-BTC\nMức phí: 500.000 đồng/lần.\n"
    copy_text = "Circular No. 110/2025/TT-BTC\n" + gold_text
    texts = {"gold": gold_text, "copy": copy_text, "other": copy_text}
    item = {
        "id": "t",
        "question": "Mức phí?",
        "intent": "figure",
        "answerable": True,
        "answer": "500.000 đồng",
        "evidence": {"document": "x/gold.md", "quote": "Mức phí: 500.000 đồng/lần."},
    }
    by_name = {"gold.md": "gold"}
    numbers = {"gold": "110/2025/TT-BTC", "copy": "110/2025/TT-BTC", "other": "12/2025/TT-BTC"}

    def answered_from(doc_id: str) -> dict:
        source = _source(doc_id, texts[doc_id], "Mức phí: 500.000 đồng/lần.")
        return {"found": True, "answer": "500.000 đồng", "intent": "figure", "sources": [source]}

    row = _score(item, answered_from("copy"), texts.__getitem__, by_name, numbers)
    assert row["hit"] and not row["hit_strict"]
    # the same words in a document of another number are no copy of it
    assert not _score(item, answered_from("other"), texts.__getitem__, by_name, numbers)["hit"]
    # nor in one whose number is unknown
    assert not _score(item, answered_from("copy"), texts.__getitem__, by_name, {})["hit"]


def test_a_folder_holding_something_else_is_refused_not_overwritten(tmp_path: Path) -> None:
    from eval.qa_eval import _ensure_index

    index_dir = tmp_path / "index"
    index_dir.mkdir()
    kept = index_dir / "CURRENT"
    kept.write_text("v-being-built\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="holds no index that opens"):
        _ensure_index(index_dir)
    assert kept.read_text(encoding="utf-8") == "v-being-built\n"
