"""A partner's name read after "phối hợp với" keeps the "và" inside it."""

import pytest

from qa_service.answer.extractors import name_after


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("phối hợp với Sở Khoa học và Công nghệ và các đơn vị", "Sở Khoa học và Công nghệ"),
        ("phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức", "Sở Văn hóa, Thể thao và Du lịch"),
        ("phối hợp với Sở Tài chính và Sở Xây dựng thực hiện", "Sở Tài chính"),
        ("phối hợp với Văn phòng UBND tỉnh và Công an tỉnh triển khai", "Văn phòng UBND tỉnh"),
        (
            "phối hợp với Sở Nông nghiệp và Môi trường và UBND các xã",
            "Sở Nông nghiệp và Môi trường",
        ),
        ("phối hợp với Sở Nội vụ và các sở", "Sở Nội vụ"),
        # a lower-case syllable after a capitalized one, ending the clause, ends a word of the
        # name ("thanh" opens tasks too: "thanh tra")
        ("phối hợp với Báo và Phát thanh,\nTruyền hình Thái Nguyên tuyên truyền",
         "Báo và Phát thanh,\nTruyền hình Thái Nguyên"),
        ("phối hợp với Sở Tài chính ký, ban hành", "Sở Tài chính"),
    ],
)  # fmt: skip
def test_name_keeps_its_own_va(text: str, name: str) -> None:
    at = len("phối hợp với ")
    end = name_after(text, at)
    assert end is not None and text[at:end] == name
