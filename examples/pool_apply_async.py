"""apply_async with callbacks, get(timeout) and a worker's exception.

Each task's result or error reaches the parent twice: through a callback run
in a thread of the parent, and through AsyncResult.get(). A slow task shows
get(timeout=...) giving up with multiprocessing.TimeoutError; a failing task
shows the worker's exception raised again in the parent; with --uncaught
the parent lets it propagate, to show the full two-part traceback.
"""

import multiprocessing

from mpguide.cli import example_parser
from mpguide.pools import square
from mpguide.workers import TaskFailed, raise_error, wait_for_io


def main() -> None:
    parser = example_parser(__doc__)
    parser.add_argument(
        "--uncaught", action="store_true", help="let the worker's error end the run"
    )
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    events: list[str] = []  # appended to by the callbacks, in the parent

    def on_result(value: object) -> None:
        events.append(f"callback: {value!r}")

    def on_error(error: BaseException) -> None:
        events.append(f"error_callback: {type(error).__name__}({error})")

    with ctx.Pool(processes=2) as pool:
        # 1. Callbacks: one task succeeds, one fails.
        ok = pool.apply_async(square, (7,), callback=on_result, error_callback=on_error)
        bad = pool.apply_async(
            raise_error, ("disk full",), callback=on_result, error_callback=on_error
        )
        ok.wait(timeout=30)
        bad.wait(timeout=30)
        # CPython runs a callback before it marks the result ready, so both
        # have run by now; they may have run in either order, hence sorted().
        print("\n".join(sorted(events)))

        # 2. get(timeout) on a task that takes longer than we are willing to wait.
        slow = pool.apply_async(wait_for_io, (1.5,))
        try:
            slow.get(timeout=0.2)
        except multiprocessing.TimeoutError:
            print("get(timeout=0.2): multiprocessing.TimeoutError;", end=" ")
            print("ready() is", slow.ready())
        print("get(timeout=30) later:", slow.get(timeout=30))

        # 3. The worker's exception is raised again by get() in the parent.
        if options.uncaught:
            bad.get(timeout=30)
        try:
            bad.get(timeout=30)
        except TaskFailed as error:
            remote = str(error.__cause__).strip().strip('"').strip().splitlines()
            print(f"get() raised {type(error).__name__}: {error}")
            print(f"  __cause__: {type(error.__cause__).__name__}, the worker's")
            print(f"  traceback as text; its last line: {remote[-1]}")

        # 4. The 2016 post's example, corrected: everything happens inside the
        # with block, because leaving it calls terminate().
        res = pool.apply_async(square, [10])
        print("square(10) =", res.get(timeout=30))
        pool.close()
        pool.join()

    builtin = issubclass(multiprocessing.TimeoutError, TimeoutError)
    print("multiprocessing.TimeoutError subclasses builtin TimeoutError:", builtin)


if __name__ == "__main__":
    main()
