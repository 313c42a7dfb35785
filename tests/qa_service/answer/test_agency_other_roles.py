"""A body named in another role than the one asked answers no "which body" question: one of
another kind than asked ("bộ nào": "Văn phòng Chính phủ nhận văn bản"), one listed to execute
the whole act ("... chịu trách nhiệm thi hành Quyết định này"), one named in a recital of the
act's grounds or as the issuer of an act cited, one a thing is sent to when the one doing the
act is asked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import (
    _executes_the_act_only,
    _names_issuers_only,
    _opens_with_asked_act,
    _receiver_for_agent,
    names_asked_kind,
)
from qa_service.answer.question import Question, analyse
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

DECISION = """ỦY BAN NHÂN DÂN
TỈNH THỬ NGHIỆM

Số: 88/2025/QĐ-UBND

Thử Nghiệm, ngày 10 tháng 11 năm 2025

QUYẾT ĐỊNH

Về quản lý hệ thống thư điện tử công vụ tỉnh Thử Nghiệm

Căn cứ Thông tư số 10/2025/TT-BNV ngày 19/6/2025 của Bộ trưởng Bộ Nội vụ hướng dẫn chức \
năng, nhiệm vụ, quyền hạn của Sở Nội vụ thuộc Ủy ban nhân dân tỉnh;

Điều 1. Trách nhiệm của các cơ quan

1. Sở Khoa học và Công nghệ tổng hợp dự toán kinh phí vận hành hệ thống thư điện tử công \
vụ, gửi Sở Tài chính để được hướng dẫn thực hiện.

2. Ngày 31 tháng 10 năm 2025, Văn phòng Chính phủ nhận văn bản của Hiệp hội Thư điện tử \
về khó khăn khi vận hành hệ thống thư điện tử công vụ.

Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính, Giám đốc Kho bạc Nhà \
nước khu vực I, Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm thi hành Quyết định này./.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("agency-other-roles")
    answerer = answerer_over(root, {"quyet-dinh-thu-dien-tu.md": DECISION}, lexical_only=True)
    yield answerer
    answerer.close()


def _question(answerer: Answerer, text: str) -> Question:
    return analyse(answerer.corpus, route_question(text), None)


def test_a_kind_asked_is_not_the_end_of_another_word(answerer: Answerer) -> None:
    # "cơ sở nào", "nhiệm vụ nào": no kind of body asked ("sở", "vụ")
    for question in ("Cơ sở nào được công nhận đạt chuẩn?", "Nhiệm vụ nào giao cho xã?"):
        assert names_asked_kind(_question(answerer, question), "Trường Mầm non Hoa Sen")
    assert not names_asked_kind(
        _question(answerer, "Sở nào chủ trì?"), "Trường Mầm non Hoa Sen chủ trì"
    )


def test_the_list_executing_the_act_is_given_no_task(answerer: Answerer) -> None:
    clause = (
        "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Kho bạc Nhà nước khu vực I chịu trách "
        "nhiệm thi hành Quyết định này./."
    )
    task = _question(answerer, "UBND tỉnh giao đơn vị nào hướng dẫn các xã thu thuế?")
    execution = _question(answerer, "Ai chịu trách nhiệm thi hành Quyết định 88/2025/QĐ-UBND?")
    assert _executes_the_act_only(task, clause)
    assert not _executes_the_act_only(execution, clause)
    assert not _executes_the_act_only(task, "Sở Tài chính hướng dẫn các xã thu thuế.")


def test_a_recital_names_issuers_not_bodies_given_a_task(answerer: Answerer) -> None:
    corpus = answerer.corpus
    recital = next(u for u in corpus.units if u.text.startswith("Căn cứ Thông tư"))
    whole = (0, len(recital.text))
    vetted = _question(answerer, "Cơ quan nào thẩm định dự thảo quyết định về thư điện tử?")
    own_act = _question(answerer, "Cơ quan nào hướng dẫn chức năng, nhiệm vụ của Sở Nội vụ?")
    assert _names_issuers_only(vetted, recital, None, whole)
    assert not _names_issuers_only(own_act, recital, None, whole)
    # in a unit of tasks, the issuer of an act it cites is no body given one
    task = next(u for u in corpus.units if u.text.startswith("Sở Khoa học"))
    cited = "Thực hiện Quyết định số 12/QĐ-UBND của UBND tỉnh, Sở Nội vụ chủ trì thẩm định."
    at = cited.index("UBND tỉnh")
    assert _names_issuers_only(vetted, task, cited, (at, at + len("UBND tỉnh")))
    at = cited.index("Sở Nội vụ")
    assert not _names_issuers_only(vetted, task, cited, (at, at + len("Sở Nội vụ")))


def test_a_receiver_does_not_do_the_act_asked(answerer: Answerer) -> None:
    text = "Sở Khoa học và Công nghệ tổng hợp dự toán kinh phí, gửi Sở Tài chính để hướng dẫn."
    at = text.index("Sở Tài chính")
    focus = (at, at + len("Sở Tài chính"))
    agent = _question(answerer, "Ai làm chủ đầu tư dự án nâng cấp hệ thống thư điện tử?")
    receiver = _question(answerer, "Dự toán kinh phí được gửi đến sở nào?")
    assert _receiver_for_agent(agent, text, focus)
    assert not _receiver_for_agent(receiver, text, focus)
    assert not _receiver_for_agent(agent, text, (0, len("Sở Khoa học và Công nghệ")))


def test_an_answer_opening_with_the_asked_act_names_its_objects(answerer: Answerer) -> None:
    asked = _question(
        answerer, "Cơ quan nào chịu trách nhiệm tham mưu UBND tỉnh theo dõi, đôn đốc thực hiện?"
    )
    assert _opens_with_asked_act(asked, "đôn đốc các sở, ban, ngành và Ủy ban nhân dân xã")
    assert not _opens_with_asked_act(asked, "Sở Nội vụ chịu trách nhiệm tham mưu")
    # the body doing the act, written after it
    assert not _opens_with_asked_act(asked, "đôn đốc thực hiện của Sở Nội vụ")
    # a body asked at the question's end is the agent of no act after it
    ended = _question(answerer, "Chi cục chịu sự hướng dẫn chuyên môn của cơ quan nào?")
    assert not _opens_with_asked_act(ended, "hướng dẫn chuyên môn của Cục Kiểm lâm")


def test_the_body_doing_the_act_still_answers(answerer: Answerer) -> None:
    # the unit also names the body the estimate is sent to: the one doing the act answers
    result = answerer.ask("Sở nào tổng hợp dự toán kinh phí vận hành hệ thống thư điện tử công vụ?")
    assert result.found and result.answer is not None
    assert "Sở Khoa học và Công nghệ" in result.answer
