"""Words that frame a question ("bắt đầu từ khi nào", "do cơ quan nào") are no subject words,
and a unit whose label names the kind of value asked ("Thời gian thực hiện: ...", "Cơ quan
thực hiện: ...") is favoured over sentences that only repeat the question's subject."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from indexer.store import IndexReader
from qa_service.answer import Answerer
from qa_service.routing import route_question

PLAN = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 31/KH-UBND

Thử Nghiệm, ngày 10 tháng 10 năm 2025

KẾ HOẠCH

Phát động phong trào thi đua xanh hóa công sở

I. MỤC ĐÍCH

Phong trào thi đua xanh hóa công sở nhằm khơi dậy tinh thần thi đua xanh hóa công sở trong \
cán bộ, công chức.

Các cơ quan hưởng ứng phong trào thi đua xanh hóa công sở bằng các việc làm cụ thể.

Tổng kết phong trào thi đua xanh hóa công sở được tổ chức trong toàn tỉnh.

II. NỘI DUNG

1. Đối tượng: các cơ quan, cán bộ, công chức.

2. Thời gian thực hiện: Từ tháng 11/2025 đến hết tháng 6/2026.

3. Cơ quan thực hiện: Sở Nội vụ tỉnh Thử Nghiệm.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    from indexer.pipeline import build_index

    root = tmp_path_factory.mktemp("frame")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "ke-hoach-31.md").write_text(PLAN, encoding="utf-8")
    build_index([corpus], root / "index", lexical_only=True, progress=False)
    opened = Answerer(IndexReader.open(root / "index"))  # lexical evidence only
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "frame"),
    [
        ("Phong trào xanh hóa công sở bắt đầu từ khi nào?", {"bắt", "đầu"}),
        ("phong trao xanh hoa cong so ket thuc vao ngay nao", {"ket", "thuc"}),
        ("Thủ tục này do cơ quan nào thực hiện?", {"do"}),
        ("Giải quyết thủ tục mất tổng cộng bao nhiêu ngày?", {"mất"}),
    ],
)
def test_frame_words_are_no_subject_words(question: str, frame: set[str]) -> None:
    assert not frame & set(route_question(question).terms)


@pytest.mark.parametrize(
    "question",
    [
        "Đầu tư công bắt đầu triển khai các dự án nào?",  # no time asked: "bắt đầu" is content
        "Thăm dò khoáng sản do ai cấp phép?",  # "dò" is no "do"
        "Lý do gì khiến dự án chậm tiến độ?",  # the "do" of "lý do" is content
    ],
)
def test_content_words_that_look_like_frame_words_stay(question: str) -> None:
    terms = set(route_question(question).terms)
    assert {"bắt", "đầu"} <= terms or {"thăm", "dò"} <= terms or {"lý", "do"} <= terms


def test_a_shortcomings_heading_is_no_time_label() -> None:
    # "Hạn chế, tồn tại:" opens many reports' sections; "Hạn nộp:" states a time
    from qa_service.answer.evidence import _KIND_LABEL

    assert not _KIND_LABEL["time"].match("2. han che, ton tai: mot so xa cham")
    assert _KIND_LABEL["time"].match("han nop: truoc ngay 15/4/2026")


@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("Phong trào thi đua xanh hóa công sở do cơ quan nào chủ trì?", "Cơ quan thực hiện"),
        ("phong trao thi dua xanh hoa cong so do co quan nao chu tri", "Cơ quan thực hiện"),
    ],
)
def test_label_of_the_kind_asked_weighs_more(answerer: Answerer, question: str, label: str) -> None:
    """Of two items holding the same words of the question, the one labelled with the kind
    of value asked comes first."""
    scored = answerer.trace(question).candidates
    labelled = next(c for c in scored if c.unit.text.startswith(label))
    other = next(c for c in scored if c.unit.text.startswith("Đối tượng"))
    assert labelled.evidence > other.evidence
