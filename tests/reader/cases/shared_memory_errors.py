from example_cases import Case

CASES = [
    Case(
        start_methods=(),
        stdout=(
            (
                r"^attach-after-unlink:\nFileNotFoundError: \[Errno 2\] No such file or "
                r"directory: '/psm_\w+'$"
            ),
            (
                r"^create-existing:\nFileExistsError: \[Errno 17\] File exists: "
                r"'/psm_\w+'$"
            ),
            (
                r"^close-while-viewed:\nBufferError: cannot close exported pointers "
                r"exist$"
            ),
        ),
    ),
]
