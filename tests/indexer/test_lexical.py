"""BM25 over the Vietnamese fields: accents, abbreviations, numbers, filters, reuse of analyses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.lexical import LexicalIndex, build_lexical_index, query_fields

PASSAGES = {
    11: "Ủy ban nhân dân huyện ban hành kế hoạch cải cách hành chính năm 2023.",
    12: "UBND thị xã tổ chức kiểm tra công tác CCHC tại các phòng, ban.",
    13: "Thực hiện Kế hoạch số 214/KH-UBND ngày 17/01/2023 về chuyển đổi số.",
    14: "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 32,6% trong quý I.",
    15: "Hội đồng nhân dân tỉnh thông qua nghị quyết về ngân sách nhà nước.",
    16: "Theo Nghị định 61/2018/NĐ-CP về thực hiện cơ chế một cửa, một cửa liên thông.",
    17: "Người dân đánh giá mức độ hài lòng đối với dịch vụ hành chính công.",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> LexicalIndex:
    directory = tmp_path_factory.mktemp("lexical")
    build_lexical_index(list(PASSAGES), list(PASSAGES.values()), directory)
    return LexicalIndex.load(directory)


def top(index: LexicalIndex, query: str, k: int = 3) -> list[int]:
    return [pid for pid, _ in index.search(query, k)]


def test_accented_query_finds_its_passage(index: LexicalIndex) -> None:
    assert top(index, "mức độ hài lòng của người dân")[0] == 17


def test_query_without_accents(index: LexicalIndex) -> None:
    assert top(index, "ke hoach cai cach hanh chinh")[0] == 11
    assert top(index, "ty le ho so giai quyet dung han")[0] == 14


def test_abbreviation_and_expansion_meet(index: LexicalIndex) -> None:
    # the query spells out what the passage abbreviates, and the other way round
    assert top(index, "kiểm tra công tác cải cách hành chính")[0] == 12
    assert top(index, "HĐND tỉnh thông qua nghị quyết")[0] == 15


def test_syllable_pairs_rank_the_phrase_above_scattered_syllables(tmp_path: Path) -> None:
    texts = [
        "Công tác cải cách được đẩy mạnh; hành chính công được chú trọng.",  # scattered
        "Đẩy mạnh cải cách hành chính trên địa bàn huyện.",  # the phrase
    ]
    build_lexical_index([1, 2], texts, tmp_path / "pairs")
    pairs = LexicalIndex.load(tmp_path / "pairs")
    assert [pid for pid, _ in pairs.search("cải cách hành chính", 2)][0] == 2
    assert [pid for pid, _ in pairs.search("cai cach hanh chinh", 2)][0] == 2


def test_document_number_and_its_parts(index: LexicalIndex) -> None:
    assert top(index, "214/KH-UBND")[0] == 13
    assert top(index, "kế hoạch 214")[0] == 13
    assert top(index, "32,6")[0] == 14
    assert top(index, "nghi dinh 61/2018/nd-cp")[0] == 16


def test_mentions_find_whole_numbers_and_short_forms(index: LexicalIndex) -> None:
    assert index.mentions("214/KH-UBND") == [13]
    assert index.mentions("214/kh-ubnd") == [13]
    assert index.mentions("61/2018") == [16]  # the short form of 61/2018/NĐ-CP
    assert index.mentions("214/KH") == [13]
    assert index.mentions("21/KH-UBND") == []
    assert index.mentions("61/201") == []  # a prefix that is not a whole part


def test_search_respects_k_allowed_ids_and_positive_scores(index: LexicalIndex) -> None:
    hits = index.search("hành chính", 2)
    assert len(hits) == 2
    assert hits[0][1] >= hits[1][1] > 0
    restricted = index.search("hành chính", 10, allowed_ids={12, 17, 999})
    assert {pid for pid, _ in restricted} <= {12, 17}
    assert index.search("hành chính", 10, allowed_ids=set()) == []
    assert index.search("xyzzy", 10) == []
    assert index.search("hành chính", 0) == []


def test_query_routing_by_accents() -> None:
    assert set(query_fields("ke hoach cai cach")) == {"plain", "plain_bigram"}
    assert set(query_fields("kế hoạch cải cách")) == {"syllable", "word", "bigram"}
    assert {"plain", "syllable"} <= set(query_fields("ke hoach cai cách"))


def test_empty_index(tmp_path: Path) -> None:
    build_lexical_index([], [], tmp_path / "empty")
    empty = LexicalIndex.load(tmp_path / "empty")
    assert len(empty) == 0
    assert empty.search("bất kỳ", 5) == []


def test_rebuild_reuses_previous_analyses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from indexer import analysis_pool

    calls: list[str] = []
    real = analysis_pool.analyze

    def counting(text: str, **kwargs: object) -> object:
        calls.append(text)
        return real(text, **kwargs)

    monkeypatch.setattr(analysis_pool, "analyze", counting)  # few texts: analysed in-process
    texts = list(PASSAGES.values())
    build_lexical_index(list(PASSAGES), texts, tmp_path / "v1")
    assert len(calls) == len(texts)
    calls.clear()
    changed = [*texts[:-1], "Một đoạn văn mới về chuyển đổi số."]
    build_lexical_index(list(PASSAGES), changed, tmp_path / "v2", previous=tmp_path / "v1")
    assert calls == ["Một đoạn văn mới về chuyển đổi số."]
    reloaded = LexicalIndex.load(tmp_path / "v2")
    assert {pid for pid, _ in reloaded.search("chuyển đổi số", 5)} == {13, 17}
    assert reloaded.search("hai long", 5) == []  # the replaced text is gone


def test_other_analyzer_version_asks_for_a_rebuild(tmp_path: Path) -> None:
    build_lexical_index([1], ["một đoạn"], tmp_path / "old")
    meta = json.loads((tmp_path / "old" / "meta.json").read_text())
    meta["analyzer_version"] = -1
    (tmp_path / "old" / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(ValueError, match="vnqa index --rebuild"):
        LexicalIndex.load(tmp_path / "old")
