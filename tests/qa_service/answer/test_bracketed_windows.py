"""A clause window that opens a bracket and is cut inside it (at the dash of a name: "Vụ Kế
hoạch - Tài chính") reads on to the bracket's close, so the answer quotes the whole name
verbatim instead of one closed early by :func:`tidy`."""

from __future__ import annotations

from qa_service.answer.windows import MAX_ANSWER_CHARS, clause_window

TEXT = (
    "Trong quá trình thực hiện, nếu phát sinh vướng mắc đề nghị phản ánh kịp thời về Bộ Nội "
    "vụ (qua Vụ Kế hoạch - Tài chính) để nghiên cứu, hướng dẫn giải quyết./."
)
WEIGHTS = {"phản": 1.0, "ánh": 1.0, "vướng": 1.0, "mắc": 1.0}


def test_a_bracket_cut_at_a_dash_is_read_to_its_close() -> None:
    focus = (TEXT.index("Vụ Kế"), TEXT.index("Vụ Kế") + len("Vụ Kế hoạch"))
    a, b = clause_window(TEXT, focus, WEIGHTS, toned=True)
    assert TEXT[a:b].endswith("(qua Vụ Kế hoạch - Tài chính)")


def test_a_far_close_is_not_read() -> None:
    a, b = clause_window(TEXT, (TEXT.index("Vụ Kế"), TEXT.index("Vụ Kế") + 5), WEIGHTS, limit=60)
    assert b - a <= 60 and b - a <= MAX_ANSWER_CHARS


def test_a_window_without_an_open_bracket_is_unchanged() -> None:
    text = "Sở Tài chính chủ trì, phối hợp với Sở Nội vụ - Sở Tư pháp thẩm định hồ sơ."
    focus = (0, len("Sở Tài chính"))
    a, b = clause_window(text, focus, {"chủ": 1.0, "trì": 1.0}, toned=True)
    assert ")" not in text[a:b]


def test_a_bracket_cut_at_a_semicolon_stays_cut() -> None:
    text = (
        "Công bố kèm theo Quyết định này 08 thủ tục hành chính nội bộ (trong đó: 02 TTHC nội bộ "
        "cấp tỉnh; 06 TTHC nội bộ cấp xã) trong lĩnh vực đất đai."
    )
    focus = (text.index("02 TTHC"), text.index("02 TTHC") + 2)
    a, b = clause_window(text, focus, {"tthc": 1.0, "tinh": 1.0})
    assert "06 TTHC" not in text[a:b]
