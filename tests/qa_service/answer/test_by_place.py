"""A value asked of two places ("... của Bắc Ninh và Đồng Nai"): found in each place's own
documents and joined place by place, each part quoted from its own plan."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qa_service.answer import Answerer
from tests.qa_service.small_index import answerer_over

PLAN = """**ỦY BAN NHÂN DÂN**
**TỈNH {upper}**

Số: {number}/KH-UBND

*{place}, ngày 18 tháng 11 năm 2025*

**KẾ HOẠCH**

PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TỈNH {upper} GIAI ĐOẠN 2026 - 2030

**I. MỤC TIÊU ĐẾN NĂM 2030**

- {share}

- Tỷ lệ doanh nghiệp vừa và nhỏ ứng dụng nền tảng số đạt {firms}.

**II. TỔ CHỨC THỰC HIỆN**

Sở Khoa học và Công nghệ chủ trì theo dõi, đôn đốc thực hiện Kế hoạch này.

**CHỦ TỊCH**

**{signer}**
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    docs = {
        "bac-ninh_kh-144.md": PLAN.format(
            upper="BẮC NINH",
            place="Bắc Ninh",
            number=144,
            share="Kinh tế số chiếm 45% GRDP tỉnh.",
            firms="60%",
            signer="Nguyễn Văn Một",
        ),
        "dong-nai_kh-179.md": PLAN.format(
            upper="ĐỒNG NAI",
            place="Đồng Nai",
            number=179,
            share="Kinh tế số chiếm tối thiểu 30% GRDP tỉnh.",
            firms="50%",
            signer="Trần Văn Hai",
        ),
    }
    opened = answerer_over(tmp_path_factory.mktemp("by-place"), docs, lexical_only=True)
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "question",
    [
        "So sánh mục tiêu kinh tế số chiếm bao nhiêu % GRDP đến năm 2030 giữa Bắc Ninh và Đồng Nai",
        "Kinh tế số chiếm bao nhiêu phần trăm GRDP đến 2030 theo kế hoạch của Bắc Ninh và Đồng "
        "Nai?",
    ],
)
def test_a_value_asked_of_two_places_is_answered_for_each(
    answerer: Answerer, question: str
) -> None:
    result = answerer.ask(question)
    assert result.found, question
    answer = result.answer or ""
    assert answer.index("Bắc Ninh") < answer.index("45%") < answer.index("Đồng Nai")
    assert answer.index("Đồng Nai") < answer.index("30%")
    quoted = " ".join(s.quote for s in result.sources)
    assert "45% GRDP" in quoted and "30% GRDP" in quoted


def test_a_value_asked_of_one_place_is_that_place_s(answerer: Answerer) -> None:
    result = answerer.ask("Tỷ lệ doanh nghiệp vừa và nhỏ ứng dụng nền tảng số của Đồng Nai?")
    assert result.found
    assert "50%" in (result.answer or "") and "Bắc Ninh" not in (result.answer or "")
