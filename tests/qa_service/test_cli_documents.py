"""`vnqa documents --json` and `vnqa show` on the real index of corpus/."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from qa_service.cli import app
from tests.indexer.test_structure import EXPECTED

runner = CliRunner()


def test_documents_json_lists_the_five_with_their_metadata(corpus_index: Path) -> None:
    result = runner.invoke(app, ["documents", "--json", "--index-dir", str(corpus_index)])
    assert result.exit_code == 0, result.output
    rows = {Path(r["path"]).name: r for r in json.loads(result.output)}
    assert set(rows) == set(EXPECTED)
    for name, (doc_type, number, date, issuer, signer, title) in EXPECTED.items():
        row = rows[name]
        assert row["path"] == f"corpus/{name}"
        assert (row["type"], row["number"], row["date"], row["issuer"], row["signer"]) == (
            doc_type,
            number,
            date,
            issuer,
            signer,
        )
        assert row["title"].startswith(title)
        assert row["passages"] > 10
    assert rows["binh-giang_bao-cao_cchc-8-thang-2023.txt"]["number"] is None


def test_show_prints_the_outline(corpus_index: Path) -> None:
    doc_id = "huong-khe-quyet-dinh-11671-qd-ubnd-ke-hoach-cchc-2021-2030"
    result = runner.invoke(app, ["show", doc_id, "--json", "--index-dir", str(corpus_index)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    headings = [item["heading"] for item in data["outline"]]
    assert any(h.startswith("Điều 1. Ban hành kèm theo Quyết định này") for h in headings)
    assert "III. NỘI DUNG, NHIỆM VỤ, MỤC TIÊU CỤ THỂ CỦA CẢI CÁCH HÀNH CHÍNH" in headings
    assert data["tables"][0]["rows"] == 33


def test_show_unknown_document_is_a_clear_error(corpus_index: Path) -> None:
    result = runner.invoke(app, ["show", "no-such-doc", "--index-dir", str(corpus_index)])
    assert result.exit_code == 1
    assert "no document 'no-such-doc'" in result.output


def test_documents_without_an_index(tmp_path: Path) -> None:
    result = runner.invoke(app, ["documents", "--index-dir", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "run `vnqa index`" in result.output


def test_an_index_of_an_older_schema_says_to_reindex(tmp_path: Path) -> None:
    from indexer.store import SCHEMA_VERSION

    version = tmp_path / "index" / "versions" / "v-old"
    version.mkdir(parents=True)
    (version / "index.sqlite").write_bytes(b"")
    (version / "manifest.json").write_text(json.dumps({"schema_version": SCHEMA_VERSION - 1}))
    (tmp_path / "index" / "CURRENT").write_text("v-old")
    for args in (["documents"], ["ask", "Ai ký?"]):
        result = runner.invoke(app, [*args, "--index-dir", str(tmp_path / "index")])
        assert result.exit_code == 1, result.output
        assert f"reads {SCHEMA_VERSION}: re-index with `vnqa index`" in " ".join(
            result.output.split()
        )
