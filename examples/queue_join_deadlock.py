"""Join a child before reading the queue it filled, and see it hang.

A child puts a payload bigger than the pipe's buffer on a queue and returns.
Joining it first times out: the child cannot exit until someone reads. Reading
first, then joining, works. The hang is shown safely, with a timeout.
"""

import multiprocessing
import sys

from mpguide.cli import example_parser, non_negative_int
from mpguide.queues import WAIT_SECONDS, pipe_capacity, put_payload

HANG_SECONDS = 2.0


def main() -> None:
    parser = example_parser(__doc__)
    parser.add_argument(
        "--size", type=non_negative_int, default=1_000_000, help="payload size in bytes"
    )
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    capacity = pipe_capacity()
    print(f"pipe buffer: {capacity if capacity else 'unknown'} bytes")
    print(f"payload: {options.size} bytes")

    print("wrong order: join, then get")
    results = ctx.Queue()
    returned = ctx.Event()
    child = ctx.Process(target=put_payload, args=(results, options.size, returned))
    child.start()
    if not returned.wait(WAIT_SECONDS):
        sys.exit("the child never finished its function")
    print("  the child's function has returned")
    child.join(timeout=HANG_SECONDS)
    if child.is_alive():
        print(f"  after join(timeout={HANG_SECONDS:g}): still alive, exit code None")
        print("  -> it is stuck flushing the queue into a full pipe")
    else:
        print(f"  after join(timeout={HANG_SECONDS:g}): exited, code {child.exitcode}")
    data = results.get(timeout=WAIT_SECONDS)  # reading unblocks the child
    child.join(timeout=WAIT_SECONDS)
    print(f"  get() took {len(data)} bytes; then join(): exit code {child.exitcode}")
    if child.exitcode != 0:
        sys.exit(1)

    print("right order: get, then join")
    results = ctx.Queue()
    returned = ctx.Event()
    child = ctx.Process(target=put_payload, args=(results, options.size, returned))
    child.start()
    data = results.get(timeout=WAIT_SECONDS)
    child.join(timeout=WAIT_SECONDS)
    print(f"  get() took {len(data)} bytes; then join(): exit code {child.exitcode}")
    if child.exitcode != 0:
        sys.exit(1)


if __name__ == "__main__":
    main()
