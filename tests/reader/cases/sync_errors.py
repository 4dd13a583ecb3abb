from example_cases import Case

CASES = [
    Case(
        stdout=(
            (
                r"^release-unlocked:\nValueError: semaphore or lock released too many "
                r"times$"
            ),
            (
                r"^release-others-rlock:\nAssertionError: attempt to release recursive "
                r"lock not owned by thread$"
            ),
            (
                r"^wait-without-lock:\nAssertionError: must acquire\(\) condition before "
                r"using wait\(\)$"
            ),
            r"^barrier-short-of-parties:\nthreading\.BrokenBarrierError$",
        ),
    ),
]
