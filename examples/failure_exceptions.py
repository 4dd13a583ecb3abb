"""How an exception in a worker reaches the parent, API by API.

A Process only reports exit code 1; Pool and ProcessPoolExecutor raise the worker's
exception again in the parent, with its traceback as text in ``__cause__``.
"""

import argparse
import multiprocessing
import traceback
from concurrent.futures import ProcessPoolExecutor

from mpguide.failures import parse_record

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)

    child = ctx.Process(target=parse_record, args=("seven",), name="parser")
    child.start()
    child.join(timeout=60)
    print(f"Process: exitcode {child.exitcode}, no exception in the parent")

    with ctx.Pool(2) as pool:
        try:
            pool.apply_async(parse_record, ("seven",)).get(timeout=60)
        except ValueError as error:
            print(f"Pool: {error!r}\n  __cause__: {type(error.__cause__)}")
            # The whole chain, as Python prints it when nothing catches it:
            print("".join(traceback.format_exception(error)), end="")
        pool.close()
        pool.join()

    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as executor:
        future = executor.submit(parse_record, "seven")
        try:
            future.result(timeout=60)
        except ValueError as error:
            print(f"Future: {error!r}\n  __cause__: {type(error.__cause__)}")
        # exception() hands the exception over without raising it:
        print("Future.exception():", repr(future.exception(timeout=60)))


if __name__ == "__main__":
    main()
