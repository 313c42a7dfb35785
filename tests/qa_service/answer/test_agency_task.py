"""A body answers "which body does X to Y" only when its sentence says the act asked: one that
does the act to another thing ("thẩm định tài liệu" for "thẩm định chương trình") or says
nothing of the act answers another task."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_service.answer import Answerer
from qa_service.answer.extractors import _act_on_another_object
from qa_service.answer.question import Question, analyse
from qa_service.routing import route_question
from tests.qa_service.small_index import answerer_over

DECREE = """CHÍNH PHỦ

Số: 71/2025/NĐ-CP

Hà Nội, ngày 30 tháng 6 năm 2025

NGHỊ ĐỊNH

Về đào tạo, bồi dưỡng cán bộ, công chức thử nghiệm

Điều 19. Thẩm định, phê duyệt chương trình, tài liệu bồi dưỡng

1. Bộ Nội vụ thẩm định chương trình bồi dưỡng kiến thức quản lý nhà nước đối với công chức \
lãnh đạo, quản lý cấp phòng.

2. Bộ Quốc phòng chủ trì, phối hợp với Bộ Công an thẩm định chương trình bồi dưỡng kiến thức \
quốc phòng và an ninh.

3. Giám đốc Học viện Hành chính thử nghiệm thành lập Hội đồng và tổ chức thẩm định tài liệu \
bồi dưỡng được giao biên soạn.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answerer]:
    root: Path = tmp_path_factory.mktemp("agency-task")
    answerer = answerer_over(root, {"nghi-dinh-boi-duong.md": DECREE}, lexical_only=True)
    yield answerer
    answerer.close()


def test_the_body_that_does_the_act_to_the_thing_asked(answerer: Answerer) -> None:
    result = answerer.ask(
        "Theo Nghị định 71/2025/NĐ-CP, cơ quan nào thẩm định chương trình bồi dưỡng kiến thức "
        "quốc phòng và an ninh?"
    )
    assert result.found and result.answer is not None
    assert "Bộ Quốc phòng" in result.answer


def _question(answerer: Answerer, text: str) -> Question:
    return analyse(answerer.corpus, route_question(text), None)


def test_the_act_done_to_another_thing_is_another_task(answerer: Answerer) -> None:
    q = _question(
        answerer,
        "Theo Nghị định 71/2025/NĐ-CP, cơ quan nào chịu trách nhiệm thẩm định chương trình bồi "
        "dưỡng dành cho viên chức trong đơn vị sự nghiệp công lập?",
    )
    materials = (
        "Giám đốc Học viện Hành chính thử nghiệm, người đứng đầu các cơ sở đào tạo, bồi dưỡng "
        "thành lập Hội đồng và tổ chức thẩm định tài liệu bồi dưỡng được giao biên soạn."
    )
    programmes = (
        "Bộ Quốc phòng chủ trì, phối hợp với Bộ Công an thẩm định chương trình bồi dưỡng kiến "
        "thức quốc phòng và an ninh."
    )
    assert _act_on_another_object(q, materials)
    assert not _act_on_another_object(q, programmes)


def test_words_after_the_verbs_of_charge_are_the_act(answerer: Answerer) -> None:
    # "chủ trì" is charge; the act is "xử lý", its object "quyền lợi": a sentence that
    # "giải quyết quyền lợi" does not write the act, so says no other object of it
    q = _question(answerer, "Bộ nào chủ trì xử lý quyền lợi bảo hiểm thất nghiệp?")
    sentence = (
        "Bộ Nội vụ theo chức năng, nhiệm vụ được giao chủ trì, phối hợp với Bộ Tài chính chỉ "
        "đạo việc giải quyết quyền lợi về bảo hiểm thất nghiệp."
    )
    assert not _act_on_another_object(q, sentence)
    assert _act_on_another_object(q, "Bộ Y tế chủ trì xử lý hồ sơ khám bệnh, chữa bệnh.")
