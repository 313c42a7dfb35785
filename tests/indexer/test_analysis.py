"""Vietnamese analysis: syllables, words, accent-free tokens, codes, abbreviations."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.analysis import (
    accent_ratio,
    analyze,
    bigram_tokens,
    document_numbers,
    expand_abbreviations,
    plain_tokens,
    syllable_tokens,
    word_tokens,
)
from indexer.normalize import strip_diacritics


def test_accent_free_query_meets_accented_text() -> None:
    text = plain_tokens("Kế hoạch cải cách hành chính")
    query = plain_tokens("ke hoach cai cach hanh chinh", query=True)
    assert query == text == ["ke", "hoach", "cai", "cach", "hanh", "chinh"]
    assert plain_tokens("Đông Hà") == ["dong", "ha"]


def test_tone_placement_and_case_are_folded() -> None:
    assert syllable_tokens("Hoà bình") == syllable_tokens("hòa bình") == ["hòa", "bình"]
    assert syllable_tokens("THUỶ LỢI") == syllable_tokens("thủy lợi")


def test_document_numbers_dates_decimals_stay_whole_and_keep_their_parts() -> None:
    tokens = syllable_tokens("Kế hoạch số 214/KH-UBND ngày 17/01/2023, đạt 32,6%")
    for whole in ("214/kh-ubnd", "17/01/2023", "32,6"):
        assert whole in tokens
    for part in ("214", "kh", "ubnd", "17", "01", "2023", "32", "6"):
        assert part in tokens
    decree = syllable_tokens("Nghị định 130/2005/NĐ-CP")
    assert {"130/2005/nđ-cp", "130", "2005", "nđ", "cp"} <= set(decree)
    assert "130/2005/nd-cp" in plain_tokens("Nghị định 130/2005/NĐ-CP")


def test_words_glued_by_a_missing_space_are_not_one_token() -> None:
    tokens = syllable_tokens("hành chính.Tiếp theo")
    assert "chính.tiếp" not in tokens
    assert {"chính", "tiếp"} <= set(tokens)


def test_abbreviations_meet_their_expansions_both_ways() -> None:
    document = syllable_tokens("UBND huyện ban hành kế hoạch CCHC")
    assert {"ubnd", "ủy", "ban", "nhân", "dân", "cchc", "cải", "cách", "hành", "chính"} <= set(
        document
    )
    query = syllable_tokens("ubnd huyen", query=True)  # typed in lower case, no accents
    assert "ủy" in query and "nhân" in query
    # a numbered code expands its parts: "QĐ-UBND" → quyết định, ủy ban nhân dân
    assert {"quyết", "định"} <= set(syllable_tokens("Quyết định 1941/QĐ-UBND"[13:]))
    # the names of programmes and groups questions shorten: DTTS, MTQG, NOXH, ĐBQH
    shortened = syllable_tokens("xã vùng DTTS, Chương trình MTQG, giá thuê NOXH, bầu cử ĐBQH")
    assert {"thiểu", "số", "mục", "tiêu", "quốc", "gia", "nhà", "ở", "đại", "biểu"} <= set(
        shortened
    )


def test_two_letter_abbreviations_only_in_capitals() -> None:
    assert "thông" in syllable_tokens("theo TT 01")
    assert "thông" not in syllable_tokens("số tt 01")  # "tt" in a table header is "thứ tự"
    assert "thông" not in syllable_tokens("tt 01", query=True)


def test_word_field_joins_syllables_of_a_word() -> None:
    words = word_tokens("Kế hoạch cải cách hành chính năm 2023")
    assert {"kế_hoạch", "cải_cách", "hành_chính", "2023"} <= set(words)
    assert all(w == w.lower() for w in words)
    assert "." not in word_tokens("Hết.")


def test_bigrams_stay_inside_clauses_and_read_abbreviations_out() -> None:
    pairs = bigram_tokens("Kế hoạch CCHC, năm 2023")
    assert pairs == ["kế_hoạch", "hoạch_cải", "cải_cách", "cách_hành", "hành_chính", "năm_2023"]
    assert "chính_năm" not in pairs  # the comma ends the clause
    assert bigram_tokens("UBND tỉnh")[-1] == "dân_tỉnh"
    assert bigram_tokens("một") == []


def test_analyze_fields_are_consistent() -> None:
    analyzed = analyze("Báo cáo của UBND tỉnh về TTHC")
    assert analyzed.plain == tuple(plain_tokens("Báo cáo của UBND tỉnh về TTHC"))
    assert analyzed.plain_bigrams == tuple(
        strip_diacritics(pair) for pair in bigram_tokens("Báo cáo của UBND tỉnh về TTHC")
    )
    assert "thủ_tục" in analyzed.bigrams
    assert "thủ_tục" in analyzed.words or "thủ" in analyzed.words
    assert analyze("abc", words=False).words == ()


def test_document_numbers_in_queries() -> None:
    found = document_numbers("so 214/kh-ubnd và Nghị định 61/2018, Quyết định 1941/QĐ-UBND")
    assert [n for n, _, _ in found] == ["214/KH-UBND", "61/2018", "1941/QĐ-UBND"]
    text = "so 214/kh-ubnd"
    number, start, end = found[0]
    assert text[start:end].upper() == number
    # a month/year is not a document number; a blank number has nothing to find
    assert document_numbers("trong tháng 12/2018") == []
    assert document_numbers("Số: /BC-UBND") == []


def test_accent_ratio() -> None:
    assert accent_ratio("ke hoach cai cach") == 0.0
    assert accent_ratio("kế hoạch cải cách") == 1.0
    assert 0 < accent_ratio("ke hoach cải cách") < 1
    assert accent_ratio("2023") == 0.0


def test_expand_abbreviations_keeps_the_original_text() -> None:
    assert expand_abbreviations("UBND tỉnh") == "UBND (ủy ban nhân dân) tỉnh"
    assert expand_abbreviations("không viết tắt") == "không viết tắt"


VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
)
ALPHABET = VIETNAMESE + VIETNAMESE.upper() + "0123456789 /-,."


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_typing_without_accents_gives_the_same_plain_query_tokens(text: str) -> None:
    assert plain_tokens(strip_diacritics(text), query=True) == plain_tokens(text, query=True)
    assert [strip_diacritics(p) for p in bigram_tokens(strip_diacritics(text), query=True)] == [
        strip_diacritics(p) for p in bigram_tokens(text, query=True)
    ]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_tokens_are_never_empty_and_lower_case(text: str) -> None:
    for token in syllable_tokens(text):
        assert token and token == token.lower()


def test_first_concurrent_segmentations_all_succeed() -> None:
    """A fresh process whose first word segmentations come from several threads at once (a
    server's first concurrent queries): underthesea's lazy model load must not fail any."""
    import subprocess
    import sys

    script = (
        "from concurrent.futures import ThreadPoolExecutor\n"
        "from indexer.analysis import word_tokens\n"
        "texts = [f'Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì lần {i}' for i in range(16)]\n"
        "with ThreadPoolExecutor(16) as pool:\n"
        "    out = list(pool.map(word_tokens, texts))\n"
        "assert all('nội_vụ' in words for words in out), out\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
