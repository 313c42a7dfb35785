"""Citation graph and conflict detection: sentences written for the tests, plus one real report."""

from __future__ import annotations

from pathlib import Path

from indexer.cleaning import clean_text
from indexer.extract.citations import extract_citations
from indexer.extract.conflicts import citation_graph, find_conflicts, scoped_key

CORPUS = Path(__file__).resolve().parents[3] / "corpus"


def _mentions(**docs: str) -> list[tuple[str, object]]:
    return [(doc_id, c) for doc_id, text in docs.items() for c in extract_citations(text)]


def test_same_central_document_with_two_dates_across_documents() -> None:
    mentions = _mentions(
        a="Thực hiện Nghị định số 45/2019/NĐ-CP ngày 20/5/2019 của Chính phủ.",
        b="Căn cứ Nghị định số 45/2019/NĐ-CP ngày 25/5/2019 của Chính phủ.",
    )
    (conflict,) = find_conflicts(mentions)
    assert conflict.kind == "date"
    assert {conflict.first[0], conflict.second[0]} == {"a", "b"}
    assert {conflict.first[1].date, conflict.second[1].date} == {"2019-05-20", "2019-05-25"}


def test_local_numbers_are_compared_within_one_scope_only() -> None:
    mentions = _mentions(
        a="ban hành Kế hoạch số 12/KH-UBND ngày 3/1/2023 về phòng chống dịch",
        b="ban hành Kế hoạch số 12/KH-UBND ngày 9/1/2023 về phòng chống dịch",
    )
    assert find_conflicts(mentions) == []
    (conflict,) = find_conflicts(mentions, scopes={"a": "Tân Phú", "b": "Tân Phú"})
    assert conflict.kind == "date"


def test_type_word_and_symbol_disagree_inside_one_mention() -> None:
    mentions = _mentions(a="triển khai Quyết định số 318/KH-UBND ngày 2/3/2023 của UBND xã.")
    (conflict,) = find_conflicts(mentions)
    assert conflict.kind == "type"
    assert conflict.first == conflict.second
    assert "Quyết định" in conflict.message and "KH" in conflict.message


def test_same_number_written_as_kh_and_as_qd() -> None:
    mentions = _mentions(
        a=(
            "Kế hoạch số 318/KH-UBND ngày 2/3/2023 về chuyển đổi số; sau đó "
            "Quyết định số 318/QĐ-UBND ngày 2/3/2023 về chuyển đổi số."
        )
    )
    (conflict,) = find_conflicts(mentions)
    assert conflict.kind == "type"
    assert {conflict.first[1].number, conflict.second[1].number} == {
        "318/KH-UBND",
        "318/QĐ-UBND",
    }


def test_one_number_for_two_subjects() -> None:
    mentions = _mentions(
        a="Kế hoạch số 77/KH-UBND ngày 10/3/2023 về phòng, chống thiên tai năm 2023.",
        b="Kế hoạch số 77/KH-UBND ngày 10/3/2023 về tổ chức Hội khỏe Phù Đổng cấp huyện.",
        c="Kế hoạch số 77/KH-UBND ngày 10/3/2023 về việc phòng, chống thiên tai trên địa bàn.",
    )
    scopes = {"a": "Tân Phú", "b": "Tân Phú", "c": "Tân Phú"}
    (conflict,) = find_conflicts(mentions, scopes=scopes)
    assert conflict.kind == "subject"
    assert {conflict.first[0], conflict.second[0]} == {"a", "b"}


def test_citation_graph_groups_every_mention() -> None:
    mentions = _mentions(
        a="Căn cứ Nghị định số 61/2018/NĐ-CP; Kế hoạch số 5/KH-UBND ngày 1/2/2024.",
        b="theo Nghị định 61/2018/NĐ-CP ngày 23/4/2018 và Kế hoạch số 05/KH-UBND.",
    )
    graph = citation_graph(mentions)
    central = graph[mentions[0][1].key]
    assert [doc for doc, _ in central] == ["a", "b"]
    assert scoped_key("a", mentions[1][1]) != scoped_key("b", mentions[3][1])
    merged = citation_graph(mentions, scopes={"a": "X", "b": "X"})
    assert [doc for doc, _ in merged[scoped_key("a", mentions[1][1], {"a": "X"})]] == ["a", "b"]


def test_real_report_cites_a_plan_as_a_decision() -> None:
    path = CORPUS / "huong-khe_bao-cao-96-BC-UBND_cchc-quy-I-2023.txt"
    assert path.exists(), f"corpus document missing: {path}"
    original = path.read_text(encoding="utf-8")
    clean = clean_text(original)
    mentions = [("huong-khe-96", c) for c in extract_citations(clean.text)]
    conflicts = [c for c in find_conflicts(mentions) if c.kind == "type"]
    in_mention = [c for c in conflicts if c.first == c.second]
    assert [c.first[1].number for c in in_mention] == ["214/KH-UBND"]
    start, end = clean.to_original(in_mention[0].first[1].start, in_mention[0].first[1].end)
    assert original[start:end] == "Quyết định số 214/KH-UBND ngày 17/01/2023"
    across = [c for c in conflicts if c.first != c.second]
    assert {across[0].first[1].number, across[0].second[1].number} == {
        "214/KH-UBND",
        "214/QĐ-UBND",
    }
