"""The evidence-drop check deletes each chosen question's gold quote from a copy of its
document, one question per document, and leaves header facts and other files alone."""

from __future__ import annotations

from pathlib import Path

from eval.evidence_drop import plan_drops, write_copy

PLAN = "Số: 7/KH-UBND\n\nTỷ lệ hồ sơ đạt 85%.\n\nGiao Sở Nội vụ chủ trì.\n\nNguyễn Văn A\n"
OTHER = "Số: 8/QĐ-UBND\n\nmức phí 50.000 đồng; mức phí 50.000 đồng.\n"


def _question(qid: str, intent: str, quote: str, doc: str = "docs/plan.md") -> dict:
    return {
        "id": qid,
        "question": f"câu hỏi {qid}",
        "intent": intent,
        "answerable": True,
        "answer": quote.split()[-1],
        "evidence": {"document": doc, "quote": quote},
    }


def test_one_quote_per_document_is_deleted_in_a_copy(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "plan.md").write_text(PLAN, encoding="utf-8")
    (docs / "other.md").write_text(OTHER, encoding="utf-8")
    questions = [
        _question("q1", "figure", "Tỷ lệ hồ sơ đạt 85%"),
        _question("q2", "agency", "Giao Sở Nội vụ chủ trì"),
        # the signer is a header fact: never dropped
        _question("q3", "signer", "Nguyễn Văn A"),
        # a quote written twice cannot be deleted alone
        _question("q4", "figure", "mức phí 50.000 đồng", doc="docs/other.md"),
        {"id": "q5", "question": "?", "answerable": False, "answer": None, "evidence": None},
    ]
    drops = plan_drops(questions, docs, prefix="docs/", seed=1)
    assert [d.document for d in drops] == ["plan.md"]
    assert drops[0].id in {"q1", "q2"}

    out = tmp_path / "copy"
    write_copy(docs, drops, out)
    copied = (out / "plan.md").read_text(encoding="utf-8")
    assert drops[0].dropped not in copied
    assert copied == PLAN.replace(drops[0].dropped, "", 1)
    assert (out / "other.md").read_text(encoding="utf-8") == OTHER
    assert (docs / "plan.md").read_text(encoding="utf-8") == PLAN  # the original untouched
