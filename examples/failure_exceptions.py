"""How an exception in a worker reaches the parent, API by API.

A Process only reports exit code 1 (the traceback goes to the child's stderr).
Pool and ProcessPoolExecutor raise the worker's exception again in the parent,
with the worker's traceback attached as text in ``__cause__``.
"""

import multiprocessing
import traceback
from concurrent.futures import ProcessPoolExecutor

from mpguide.cli import example_parser
from mpguide.failures import parse_record

RECORDS = ["1", "2", "seven", "4"]


def describe(error: BaseException) -> str:
    """One line: the exception, and the type of its __cause__."""
    cause = error.__cause__
    cause_type = f"{type(cause).__module__}.{type(cause).__qualname__}"
    return f"{type(error).__name__}: {error} (__cause__: {cause_type})"


def main() -> None:
    options = example_parser(__doc__).parse_args()
    ctx = multiprocessing.get_context(options.start_method)

    # 1. A bare Process: the parent learns only the exit code.
    child = ctx.Process(target=parse_record, args=("seven",), name="parser")
    child.start()
    child.join(timeout=60)
    if child.is_alive():  # never leave a stuck child behind
        child.kill()
        child.join()
    print(f"Process: exitcode {child.exitcode}, no exception in the parent")

    with ctx.Pool(2) as pool:
        # 2. apply_async().get() raises the worker's exception again.
        try:
            pool.apply_async(parse_record, ("seven",)).get(timeout=60)
        except ValueError as error:
            print("Pool.apply_async().get():", describe(error))
            # The whole chain, as Python would print it if nothing caught it:
            print("".join(traceback.format_exception(error)), end="")
        # 3. map() raises the first failure; the good results are lost.
        try:
            pool.map(parse_record, RECORDS)
        except ValueError as error:
            print("Pool.map():", describe(error))
        # Keep the good results: collect per item instead.
        pending = [pool.apply_async(parse_record, (r,)) for r in RECORDS]
        outcomes = []
        for record, result in zip(RECORDS, pending, strict=True):
            try:
                outcomes.append(result.get(timeout=60))
            except ValueError:
                outcomes.append(f"bad {record!r}")
        print("per-item results:", outcomes)
        pool.close()
        pool.join()

    # 4. ProcessPoolExecutor: the same idea with Future.result().
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as executor:
        future = executor.submit(parse_record, "seven")
        try:
            future.result(timeout=60)
        except ValueError as error:
            print("Future.result():", describe(error))
        print("Future.exception():", repr(future.exception(timeout=60)))


if __name__ == "__main__":
    main()
