"""Answer composition: verbatim quotes, the number check, abstention, on real and unseen documents.

The real-corpus tests use the session index of corpus/ (tests/conftest.py). The unseen-document
tests index a report written here (a district that is not in the corpus) with the hashing
embedder, so the answerer is shown to work on documents it was never tuned on.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from indexer.extract.citations import number_matches
from qa_service.answer import (
    MAX_ANSWER_CHARS,
    Answerer,
    AskResult,
    numbers_supported,
)
from qa_service.answer.extractors import ASKS_TWO_VALUES
from qa_service.answer.windows import clause_window
from qa_service.routing import route_question
from tests.conftest import shared_cache_dir
from tests.qa_service.small_index import real_embedder

NUMBER = re.compile(r"\d+(?:[.,/]\d+)*")


# ------------------------------------------------------------------ pure helpers


def test_numbers_supported_needs_every_number_as_written() -> None:
    quotes = ["đạt 32,6 % kế hoạch; hoàn thành 16/49 nhiệm vụ", "Quyết định số 1941/QĐ-UBND"]
    assert numbers_supported("hoàn thành 16/49 nhiệm vụ, đạt 32,6 %", quotes)
    assert numbers_supported("Quyết định số 1941/QĐ-UBND", quotes)
    assert not numbers_supported("hoàn thành 16/50 nhiệm vụ", quotes)
    assert not numbers_supported("đạt 32,7 %", quotes)
    assert not numbers_supported("1", quotes)  # "1" only inside 1941: not as written
    assert numbers_supported("không có số", [])


@pytest.mark.parametrize(
    ("question", "two"),
    [
        ("Phí thẩm định hồ sơ cấp mới và cấp lại lần lượt là bao nhiêu?", True),
        ("Hộ nghèo được hỗ trợ mấy triệu đồng, còn hộ cận nghèo được mấy triệu đồng?", True),
        ("thoi han cap phep nop truc tuyen thi bao lau, nop truc tiep thi bao lau", True),
        ("Thời hạn được giảm từ bao nhiêu ngày xuống bao nhiêu ngày?", True),
        ("Phí cấp phép là bao nhiêu đồng một hồ sơ?", False),
        ("Xe máy, máy móc của bộ máy xã được hỗ trợ bao nhiêu?", False),  # "máy" asks nothing
    ],
)
def test_two_values_asked(question: str, two: bool) -> None:
    assert (ASKS_TWO_VALUES.search(route_question(question).folded) is not None) is two


def test_clause_window_holds_the_focus_and_the_limit() -> None:
    text = (
        "Kết quả thực hiện số hóa hồ sơ của toàn huyện: tính đến ngày 28/8/2023, tỷ lệ số hóa "
        "hồ sơ khi tiếp nhận là 97,22%; tỷ lệ số hóa kết quả giải quyết TTHC là 95,27%."
    )
    focus = (text.index("97,22%"), text.index("97,22%") + 6)
    a, b = clause_window(text, focus, {"tiếp": 1.0, "nhận": 1.0})
    assert a <= focus[0] and focus[1] <= b and b - a <= MAX_ANSWER_CHARS
    assert "95,27%" not in text[a:b]  # never across ";"
    a, b = clause_window("x " * 400 + "42 hồ sơ " + "y " * 400, (800, 802), {}, limit=60)
    assert b - a <= 60


# ------------------------------------------------------------------ the real corpus


@pytest.fixture(scope="module")
def answerer(corpus_index: Path) -> Answerer:
    opened = Answerer.open(corpus_index)
    yield opened
    opened.close()


def _check_contract(answerer: Answerer, result: AskResult) -> None:
    for source in result.sources:
        assert answerer.texts[source.doc_id][source.start : source.end] == source.quote
    if result.found:
        assert result.answer and len(result.answer) <= MAX_ANSWER_CHARS
        assert numbers_supported(result.answer, [s.quote for s in result.sources])
    else:
        assert result.answer is None and result.confidence <= 0.3
    assert 0.0 <= result.confidence <= 1.0


MIXED = [
    "Quyết định nào ban hành Kế hoạch CCHC năm 2023 của thị xã Hương Trà?",
    "ty le so hoa ho so khi tiep nhan cua huyen binh giang",
    "Năm 2023 huyện Văn Quan xếp thứ mấy về chỉ số CCHC?",
    "Ai ký Quyết định 11671/QĐ-UBND?",
    "Báo cáo 96/BC-UBND được ban hành ngày nào?",
    "Những văn bản nào được viện dẫn trong báo cáo 96/BC-UBND?",
    "So sánh chỉ tiêu mức độ hài lòng của người dân qua các năm",
    "Đến năm 2025 bao nhiêu phần trăm TTHC được cung cấp dịch vụ công trực tuyến mức độ 4?",
    "Công tác tuyên truyền cải cách hành chính được thực hiện thế nào?",
    "Tỷ lệ hộ nghèo của huyện Hương Khê là bao nhiêu?",
    "Kế hoạch CCHC năm 2023 của huyện Kỳ Anh là quyết định nào?",
    "x",
]


@pytest.mark.parametrize("question", MIXED)
def test_every_result_keeps_the_contract(answerer: Answerer, question: str) -> None:
    _check_contract(answerer, answerer.ask(question))


def test_decision_answer_copies_the_number_and_the_first_source_supports_it(
    answerer: Answerer,
) -> None:
    result = answerer.ask("Quyết định nào ban hành Kế hoạch CCHC năm 2023 của thị xã Hương Trà?")
    assert result.found and result.intent == "decision"
    numbers = NUMBER.findall(result.answer)
    assert numbers and all(n in result.sources[0].quote for n in numbers)
    assert result.sources[0].document == "corpus/huong-tra_bao-cao-496-BC-UBND_cchc-quy-I-2023.txt"
    assert any(c.number in result.answer for c in result.citations)


def test_accents_and_abbreviations_do_not_change_the_answer(answerer: Answerer) -> None:
    pairs = [
        (
            "Tỷ lệ số hóa hồ sơ khi tiếp nhận của huyện Bình Giang là bao nhiêu?",
            "ty le so hoa ho so khi tiep nhan cua huyen binh giang la bao nhieu",
        ),
        (
            "Kế hoạch cải cách hành chính năm 2023 của huyện Bình Giang là văn bản nào?",
            "KH CCHC năm 2023 của huyện Bình Giang là văn bản nào?",
        ),
    ]
    for first, second in pairs:
        a, b = answerer.ask(first), answerer.ask(second)
        assert a.found and b.found
        assert NUMBER.findall(a.answer) == NUMBER.findall(b.answer)


@pytest.mark.parametrize(
    "question",
    [
        "Tỷ lệ hộ nghèo của huyện Hương Khê năm 2023 là bao nhiêu?",  # indicator not held
        "Quyết định nào ban hành Kế hoạch CCHC năm 2023 của huyện Kỳ Anh?",  # other district
        "Thị xã Hương Trà hoàn thành bao nhiêu nhiệm vụ CCHC trong quý III năm 2023?",  # period
        "Năm 2021 huyện Văn Quan xếp thứ mấy về chỉ số CCHC?",  # year
        "Ai ký quyết định 9999/QĐ-UBND?",  # document not in the corpus
        "ty le tiem chung cua huyen van quan nam 2024",  # indicator, no accents
    ],
)
def test_unsupported_questions_are_not_answered(answerer: Answerer, question: str) -> None:
    result = answerer.ask(question)
    assert not result.found and result.answer is None
    assert result.sources, "the closest sources are still returned"
    _check_contract(answerer, result)


def test_a_number_that_is_only_the_suffix_of_a_cited_one_abstains(answerer: Answerer) -> None:
    cited = answerer.ask("Quyết định 1941/QĐ-UBND ban hành ngày nào?")
    assert cited.found and "1941/QĐ-UBND" in cited.answer  # the longer number is in the corpus
    assert not any(number_matches("41/QĐ-UBND", r.citation.number) for r in answerer.citations)
    for question in (
        "Quyết định 41/QĐ-UBND ban hành ngày nào?",
        "Quyết định số 41/QĐ-UBND về việc gì?",
        "Kế hoạch ban hành kèm theo Quyết định 41/QĐ-UBND là kế hoạch nào?",
    ):
        result = answerer.ask(question)
        assert not result.found and result.answer is None, question
        _check_contract(answerer, result)


def test_document_date_is_the_indexed_date_quoted_from_its_date_line(answerer: Answerer) -> None:
    doc_id = "binh-giang-bao-cao-cchc-8-thang-2023"
    assert answerer.documents[doc_id].meta.date == "2023-08"  # the day is left blank
    result = answerer.ask(
        "Báo cáo kết quả cải cách hành chính 8 tháng đầu năm 2023 của huyện Bình Giang ban hành "
        "ngày nào?"
    )
    assert result.found and "tháng 8 năm 2023" in result.answer
    assert result.sources[0].doc_id == doc_id and result.answer in result.sources[0].quote
    _check_contract(answerer, result)


def test_a_document_named_by_its_period_and_place_gets_its_own_date(answerer: Answerer) -> None:
    # No number, few title words: the type word and "ban hành"/"ký" do not count against it.
    for question in (
        "Báo cáo quý I năm 2023 của thị xã Hương Trà ban hành ngày nào?",
        "Báo cáo quý I năm 2023 của thị xã Hương Trà được ký ngày nào?",
    ):
        result = answerer.ask(question)
        assert result.found and result.answer == "ngày 13 tháng 3 năm 2023", question
        assert result.sources[0].doc_id == "huong-tra-bao-cao-496-bc-ubnd-cchc-quy-i-2023"
        _check_contract(answerer, result)


def test_a_document_without_a_date_gets_no_other_date(
    answerer: Answerer, monkeypatch: pytest.MonkeyPatch
) -> None:
    undated = "van-quan-ke-hoach-khac-phuc-han-che-chi-so-cchc-2024"
    assert answerer.documents[undated].meta.date is None
    result = answerer.ask(
        "Kế hoạch khắc phục hạn chế chỉ số cải cách hành chính năm 2024 của huyện Văn Quan ban "
        "hành ngày nào?"
    )
    assert not result.found and result.answer is None
    # the same document with its date removed: its text holds other dates, none is the answer
    doc_id = "huong-khe-bao-cao-96-bc-ubnd-cchc-quy-i-2023"
    question = "Báo cáo 96/BC-UBND được ban hành ngày nào?"
    assert answerer.ask(question).found
    row = answerer.documents[doc_id]
    monkeypatch.setitem(answerer.documents, doc_id, replace(row, meta=replace(row.meta, date=None)))
    result = answerer.ask(question)
    assert not result.found and result.answer is None


def test_compare_needs_the_indicator_named_and_keeps_the_years(answerer: Answerer) -> None:
    vague = answerer.ask("So sánh tỷ lệ qua các năm")  # names no indicator
    assert vague.comparison is None
    _check_contract(answerer, vague)
    result = answerer.ask("So sánh tỷ lệ thủ tục hành chính trực tuyến qua các năm")
    assert result.found and result.comparison is not None
    labels = [part.split(":")[0] for part in result.answer.split("; ")]
    assert len(labels) >= 2 and len(set(labels)) == len(labels)  # never "X: 30%; X: 50%"
    assert all(re.search(r"(?:19|20)\d{2}$", label) for label in labels), labels
    _check_contract(answerer, result)  # the years are in the quotes too


class _BrokenRetriever:
    def search(self, query: str, k: int = 10, **kwargs: object) -> None:
        raise RuntimeError("index file is corrupt")


def test_a_retriever_error_is_not_swallowed(
    answerer: Answerer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(answerer, "retriever", _BrokenRetriever())
    with pytest.raises(RuntimeError, match="corrupt"):
        answerer.ask("Tỷ lệ hồ sơ giải quyết đúng hạn?")
    with pytest.raises(RuntimeError, match="corrupt"):  # the closest sources of "not found" too
        answerer.ask("Ai ký quyết định 9999/QĐ-UBND?")


def test_filters_restrict_the_documents(answerer: Answerer) -> None:
    doc_id = "van-quan-ke-hoach-khac-phuc-han-che-chi-so-cchc-2024"
    result = answerer.ask("Kế hoạch cải cách hành chính năm 2023?", filters={"doc_ids": [doc_id]})
    assert result.sources
    assert all(s.doc_id == doc_id for s in result.sources)


def test_top_k_bounds_the_sources(answerer: Answerer) -> None:
    assert 1 <= len(answerer.ask("Tỷ lệ hồ sơ giải quyết đúng hạn?", top_k=2).sources) <= 2


# ------------------------------------------------------------------ an unseen document

UNSEEN = """ỦY BAN NHÂN DÂN
HUYỆN THỬ NGHIỆM

Số: 45/BC-UBND

Thử Nghiệm, ngày 20 tháng 6 năm 2024

BÁO CÁO

Kết quả công tác cải cách hành chính 6 tháng đầu năm 2024

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

UBND huyện đã ban hành Quyết định số 77/QĐ-UBND ngày 15/01/2024 về việc ban hành Kế hoạch \
chuyển đổi số huyện Thử Nghiệm năm 2024. Kế hoạch đề ra 30 nhiệm vụ; đến nay đã hoàn thành \
21/30 nhiệm vụ, đạt 70%.

II. KẾT QUẢ THỰC HIỆN

1. Cải cách thủ tục hành chính

Bộ phận một cửa huyện tiếp nhận 2.450 hồ sơ, trong đó giải quyết trước và đúng hạn 2.401 \
hồ sơ, quá hạn 12 hồ sơ.

2. Chính quyền số

Tỷ lệ hồ sơ nộp trực tuyến đạt 64,5%. Năm 2024 huyện phấn đấu tỷ lệ hồ sơ trực tuyến \
toàn trình đạt từ 80% trở lên.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn Mẫu
"""


@pytest.fixture(scope="module")
def unseen(tmp_path_factory: pytest.TempPathFactory) -> Answerer:
    from indexer.pipeline import build_index

    root = tmp_path_factory.mktemp("unseen")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "thu-nghiem_bao-cao-45.txt").write_text(UNSEEN, encoding="utf-8")
    build_index(
        [corpus],
        root / "index",
        embedder=real_embedder(),
        cache_dir=shared_cache_dir(),
        progress=False,
    )
    opened = Answerer.open(root / "index", embedder=real_embedder())
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "intent", "key"),
    [
        ("Kế hoạch chuyển đổi số năm 2024 của huyện Thử Nghiệm được ban hành bằng quyết định nào?",
         "decision", "77/QĐ-UBND"),
        ("Huyện Thử Nghiệm đã hoàn thành bao nhiêu nhiệm vụ chuyển đổi số?", "figure", "21/30"),
        ("Bộ phận một cửa huyện tiếp nhận bao nhiêu hồ sơ?", "figure", "2.450"),
        ("so ho so qua han cua huyen thu nghiem", "figure", "12"),
        ("Tỷ lệ hồ sơ nộp trực tuyến của huyện Thử Nghiệm?", "figure", "64,5%"),
        ("Huyện Thử Nghiệm phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt bao nhiêu?", "target",
         "80%"),
        ("Ai ký báo cáo 45/BC-UBND?", "signer", "Lê Văn Mẫu"),
        ("Báo cáo 45/BC-UBND ban hành ngày nào?", "date", "20 tháng 6 năm 2024"),
    ],
)  # fmt: skip
def test_unseen_document_is_answered(
    unseen: Answerer, question: str, intent: str, key: str
) -> None:
    result = unseen.ask(question)
    assert result.intent == intent
    assert result.found, result
    assert key in result.answer
    _check_contract(unseen, result)


@pytest.mark.parametrize(
    "question",
    [
        "Huyện Thử Nghiệm tiếp nhận bao nhiêu hồ sơ trong quý III năm 2024?",
        "Tỷ lệ hộ nghèo của huyện Thử Nghiệm?",
        "Huyện Kỳ Anh tiếp nhận bao nhiêu hồ sơ?",
        "Ai ký báo cáo 9 tháng năm 2024 của huyện Thử Nghiệm?",
    ],
)
def test_unseen_document_abstains_outside_it(unseen: Answerer, question: str) -> None:
    result = unseen.ask(question)
    assert not result.found and result.answer is None
    _check_contract(unseen, result)


class _PlainRetriever:
    """A retriever's plain search only: the query embedded inside it, nothing done meanwhile."""

    def __init__(self, retriever: object) -> None:
        self._retriever = retriever

    def search(self, query: str, k: int = 10, *, method: str = "hybrid", filters=None):  # noqa: ANN001, ANN201
        return self._retriever.search(query, k, method=method, filters=filters)


def test_the_shortcuts_of_ask_change_no_answer(
    answerer: Answerer, corpus_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Preloading, embedding the query while the question is read, reading units meanwhile and
    skipping candidates that cannot rank first give the answers of the plain path."""
    from qa_service.answer import extractors

    questions = [*MIXED, "Thời hạn hoàn thành kế hoạch là khi nào?", "Cơ quan nào chủ trì?"]
    fast = Answerer.open(corpus_index, preload=True)
    try:
        fast_results = [fast.ask(q) for q in questions]
    finally:
        fast.close()
    monkeypatch.setattr(extractors, "_rank_bound", lambda *args: float("inf"))
    monkeypatch.setattr(answerer, "retriever", _PlainRetriever(answerer.retriever))
    for question, got in zip(questions, fast_results, strict=True):
        plain = answerer.ask(question)
        assert (got.answer, got.found, got.confidence) == (
            plain.answer,
            plain.found,
            plain.confidence,
        ), question
        assert got.sources == plain.sources, question
        assert got.citations == plain.citations, question


class _WarmFirstRetriever:
    """A retriever whose query embedding is done only once the work ``ask`` does meanwhile has
    run out: every evidence score and extraction made ahead of time is made."""

    def __init__(self, retriever: object) -> None:
        self._retriever = retriever

    def start_embedding(self, query: str, method: str = "hybrid"):  # noqa: ANN201
        return self._retriever.start_embedding(query, method)

    def search(self, query: str, k: int = 10, *, method: str = "hybrid", filters=None, **overlap):  # noqa: ANN001, ANN003, ANN201
        meanwhile = overlap.pop("while_embedding", None)
        if meanwhile is not None:
            meanwhile(lambda: False)
        return self._retriever.search(query, k, method=method, filters=filters, **overlap)

    def close(self) -> None:
        self._retriever.close()


def test_work_done_while_the_query_is_embedded_changes_no_answer(
    answerer: Answerer, corpus_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Evidence scored and answers extracted ahead of time (all of them: the model is slower
    than the work) give the answers of the plain path, which makes each when it needs it."""
    from qa_service.answer import extractors

    questions = [
        *MIXED,
        "Thời hạn hoàn thành kế hoạch là khi nào?",
        "Tỷ lệ hồ sơ giải quyết đúng hạn là bao nhiêu?",
        "Kế hoạch cải cách hành chính năm 2023 được ban hành theo quyết định nào?",
    ]
    ahead = Answerer.open(corpus_index, preload=True)
    made: list[int] = []
    warm_extractions = extractors.warm_extractions

    def counted(corpus, q, scores, intent, done):  # noqa: ANN001, ANN202
        warm_extractions(corpus, q, scores, intent, done)
        made.append(len(q.extracted))

    monkeypatch.setattr("qa_service.answer.pipeline.warm_extractions", counted)
    try:
        ahead.retriever = _WarmFirstRetriever(ahead.retriever)
        ahead_results = [ahead.ask(q) for q in questions]
    finally:
        ahead.close()
    assert made and any(made)  # extractions were made ahead
    monkeypatch.setattr(
        extractors,
        "_extract_once",
        lambda corpus, q, cand, intent: extractors.extract(corpus, q, cand, intent),
    )
    monkeypatch.setattr(answerer, "retriever", _PlainRetriever(answerer.retriever))
    for question, got in zip(questions, ahead_results, strict=True):
        plain = answerer.ask(question)
        assert (got.answer, got.found, got.confidence) == (
            plain.answer,
            plain.found,
            plain.confidence,
        ), question
        assert got.sources == plain.sources, question
        assert got.citations == plain.citations, question
