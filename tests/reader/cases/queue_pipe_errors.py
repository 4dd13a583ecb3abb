from example_cases import Case

CASES = [
    Case(
        stdout=(
            r"^task-done-twice:\nValueError: task_done\(\) called too many times$",
            r"^get-from-empty:\n_queue\.Empty$",
            r"^put-into-full:\nqueue\.Full$",
            (
                r"^put-after-close:\nValueError: Queue <multiprocessing\.queues\.Queue "
                r"object at 0x[0-9a-f]+> is closed$"
            ),
            r"^recv-from-gone-sender:\nEOFError$",
            r"^send-on-closed:\nOSError: handle is closed$",
        ),
    ),
]
