from example_cases import Case

# Semaphores per object, from Lib/multiprocessing (3.10 to 3.13): a Lock is
# one; a Queue holds two Locks and a BoundedSemaphore; an Event holds a
# Condition (a Lock and three Semaphores) and a Semaphore.
COUNTS = (
    r"^/dev/shm: \d+ MiB, \d+ MiB free$",
    r"^SharedMemory\(1 MiB\): 0 MiB taken; once written, [1-9]\d* MiB$",
    r"^SharedMemory\(\d+ MiB\): 0 MiB taken$",
)


def named(count: int) -> tuple[str, ...]:
    return (
        rf"^Lock\(\):  semaphores 1, named {min(count, 1)}$",
        rf"^Queue\(\): semaphores 3, named {min(count, 3)}$",
        rf"^Event\(\): semaphores 5, named {min(count, 5)}$",
    )


CASES = [
    # fork removes a semaphore's name at once: no child needs to open it.
    Case(id="fork", start_methods=("fork",), stdout=(*COUNTS, *named(0))),
    Case(
        id="named", start_methods=("spawn", "forkserver"), stdout=(*COUNTS, *named(5))
    ),
]
