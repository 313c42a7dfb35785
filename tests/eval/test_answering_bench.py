"""The answering benchmark over an index already built: opening time, warm latencies of the
answerer and of ``POST /ask``, and the dense coverage the app reports."""

from __future__ import annotations

from pathlib import Path

from eval.answering_bench import _measure_api


def test_an_index_given_is_measured_through_the_api(corpus_index: Path) -> None:
    questions = [
        "Quyết định nào ban hành kế hoạch CCHC năm 2023?",
        "Tỷ lệ hồ sơ giải quyết đúng hạn quý I là bao nhiêu?",
        "Ai ký kế hoạch cải cách hành chính năm 2023?",
        "Kế hoạch CCHC năm 2023 căn cứ quyết định nào?",
    ]
    figures = _measure_api(corpus_index, questions)
    assert figures["index"]["documents"] == 5
    embedding = figures["index"]["embedding"]
    assert embedding["embedded"] == embedding["total"] == figures["index"]["passages"]
    assert figures["api_ask_ms"]["questions"] == len(questions)
    assert 0 < figures["api_ask_ms"]["p50"] <= figures["api_ask_ms"]["p95"]
