"""Several arguments per task: functools.partial, starmap, zip, a wrapper.

map calls the function with one item at a time; these pass the other arguments.
"""

import argparse
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from functools import partial

from mpguide.pickling import scale, scale_kw

START_METHODS = multiprocessing.get_all_start_methods()
XS = [1, 2, 3]  # the items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)

    triple = partial(scale, factor=3, offset=0.5)  # same keywords for every item
    with ctx.Pool(2) as pool:
        print("Pool.map + partial:    ", pool.map(triple, XS))
        print("Pool.starmap:          ", pool.starmap(scale, [(1, 10), (2, 20)]))
        keywords = [{"x": 1, "offset": 0.25}, {"x": 2, "factor": 5}]
        print("Pool.map + wrapper:    ", pool.map(scale_kw, keywords))
        result = pool.apply_async(scale, (2,), {"factor": 4, "offset": 1})
        print("Pool.apply_async kwds: ", result.get(timeout=60))
        try:  # partial binds keywords; a positional item may collide with them
            pool.map(partial(scale, x=10), [2, 3])
        except TypeError as error:
            print("partial(scale, x=10):  ", f"TypeError: {error}")

    with ProcessPoolExecutor(2, mp_context=ctx) as executor:
        print("Executor.map + partial:", list(executor.map(triple, XS, timeout=60)))
        zipped = executor.map(scale, XS, [10, 20, 30], timeout=60)
        print("Executor.map, 2 lists: ", list(zipped))


if __name__ == "__main__":
    main()
