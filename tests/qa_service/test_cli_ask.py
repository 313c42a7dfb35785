"""``vnqa ask``: the answer then numbered sources; ``--json`` prints the /ask object."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from qa_service.api.schemas import AskResponse
from qa_service.cli import app

runner = CliRunner()
QUESTION = "Quyết định nào ban hành Kế hoạch CCHC năm 2023 của thị xã Hương Trà?"


def test_ask_prints_answer_and_numbered_sources(corpus_index: Path) -> None:
    result = runner.invoke(app, ["ask", QUESTION, "--index-dir", str(corpus_index), "--top-k", "2"])
    assert result.exit_code == 0, result.output
    assert "Trả lời:" in result.output and "1941/QĐ-UBND" in result.output
    assert "[1]" in result.output and "corpus/huong-tra" in result.output


def test_ask_json_is_the_api_object(corpus_index: Path) -> None:
    result = runner.invoke(app, ["ask", QUESTION, "--index-dir", str(corpus_index), "--json"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    AskResponse.model_validate(body)
    assert body["found"] and "1941/QĐ-UBND" in body["answer"]


def test_ask_not_found_and_errors(corpus_index: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["ask", "Tỷ lệ hộ nghèo của huyện Kỳ Anh?", "--index-dir", str(corpus_index)]
    )
    assert result.exit_code == 0 and "Không tìm thấy" in result.output
    assert runner.invoke(app, ["ask", "   ", "--index-dir", str(corpus_index)]).exit_code == 2
    missing = runner.invoke(app, ["ask", "Ai ký?", "--index-dir", str(tmp_path / "none")])
    assert missing.exit_code == 1
