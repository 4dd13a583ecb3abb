"""What a timeout looks like in each waiting call.

Each call waits 0.2 s for something that takes longer. Some return a value
that says "not yet", others raise, and they raise different exceptions. None
of them stops the work it gave up on.
"""

import concurrent.futures
import multiprocessing
import queue
from concurrent.futures import ProcessPoolExecutor

from mpguide.cli import example_parser
from mpguide.workers import wait_for_io, wait_until_released

PATIENCE = 0.2  # seconds each call below is willing to wait
SLOW = 1.0  # seconds the simulated slow task takes


def main() -> None:
    options = example_parser(__doc__).parse_args()
    ctx = multiprocessing.get_context(options.start_method)

    # Process.join(timeout) returns None either way: ask is_alive()/exitcode.
    ready, release = ctx.Event(), ctx.Event()
    child = ctx.Process(target=wait_until_released, args=(ready, release))
    child.start()
    ready.wait(timeout=60)
    child.join(timeout=PATIENCE)
    print(
        f"Process.join: returned; is_alive() {child.is_alive()}, "
        f"exitcode {child.exitcode}"
    )
    release.set()
    child.join(timeout=60)
    print(f"  after release: exitcode {child.exitcode}")

    # Event.wait(timeout) and Queue.get(timeout): False, and queue.Empty.
    print("Event.wait:", ctx.Event().wait(timeout=PATIENCE))
    try:
        ctx.Queue().get(timeout=PATIENCE)
    except queue.Empty:
        print("Queue.get: raised queue.Empty")

    with ctx.Pool(1) as pool:
        slow = pool.apply_async(wait_for_io, (SLOW,))
        slow.wait(timeout=PATIENCE)
        print("AsyncResult.wait: returned; ready() is", slow.ready())
        try:
            slow.get(timeout=PATIENCE)
        except multiprocessing.TimeoutError:
            print("AsyncResult.get: raised multiprocessing.TimeoutError")
        print("  the task ran on:", slow.get(timeout=60))
        pool.close()
        pool.join()

    with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as executor:
        future = executor.submit(wait_for_io, SLOW)
        done, not_done = concurrent.futures.wait([future], timeout=PATIENCE)
        print(f"futures.wait: returned; {len(done)} done, {len(not_done)} not done")
        try:
            future.result(timeout=PATIENCE)
        except concurrent.futures.TimeoutError as error:
            print(
                f"Future.result: raised {type(error).__module__}."
                f"{type(error).__qualname__}"
            )
        print("  the task ran on:", future.result(timeout=60))

    print(
        "concurrent.futures.TimeoutError is TimeoutError:",
        concurrent.futures.TimeoutError is TimeoutError,
    )
    print(
        "multiprocessing.TimeoutError subclasses TimeoutError:",
        issubclass(multiprocessing.TimeoutError, TimeoutError),
    )


if __name__ == "__main__":
    main()
