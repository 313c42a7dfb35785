"""A which-document question that names the act first and asks the document it was done with
last ("Hà Tĩnh đã bãi bỏ quy định X bằng QĐ số mấy?"): the document asked for acts."""

from __future__ import annotations

import pytest

from qa_service.answer.relations import asked_relation, relation_fit
from qa_service.routing import fold


@pytest.mark.parametrize(
    ("question", "relation"),
    [
        (
            "Hà Tĩnh đã bãi bỏ quy định an toàn PCCC đối với nhà ở kết hợp kinh doanh bằng QĐ số"
            " mấy?",
            ("replace", "agent"),
        ),
        ("Đà Nẵng sửa đổi quy định về giá nước sạch bằng nghị quyết nào?", ("amend", "agent")),
        # "tại" said of another verb between: the document the procedures were published in
        ("Ba TTHC mới thay thế các thủ tục đã công bố tại quyết định nào?", None),
        # another document named between the act and the one asked: it is not the means
        ("UBND tỉnh bãi bỏ Quyết định 12/2020 theo đề nghị tại tờ trình nào?", None),
        # a passive verb describes what another act ("công bố") is done to
        (
            "UBND tỉnh công bố danh mục TTHC bị bãi bỏ của Sở Y tế bằng quyết định số mấy?",
            None,
        ),
        # no act named
        ("Hà Nội thu thuế nông nghiệp theo giá thóc của quyết định nào?", None),
    ],
)
def test_the_document_asked_as_the_means_of_an_act_acts(
    question: str, relation: tuple[str, str] | None
) -> None:
    assert asked_relation(fold(question)) == relation


def test_the_document_repealed_does_not_answer_for_the_one_repealing() -> None:
    asked = asked_relation(fold("Tỉnh đã bãi bỏ quy định X bằng quyết định số mấy?"))
    # "Bãi bỏ toàn bộ Quyết định số 02/2022 ...": the decision cited is the one repealed
    assert relation_fit(asked, (("replace", "object"),)) < 0
    assert relation_fit(asked, (("replace", "agent"),)) > 0
