"""Send a lambda and a closure to a pool worker: pickled by cloudpickle.

The standard pickle refuses both; cloudpickle pickles their code, and the
worker rebuilds them with the standard pickle.loads.
"""

import argparse
import multiprocessing
import pickle

import cloudpickle

from mpguide.pickling import call_pickled

START_METHODS = multiprocessing.get_all_start_methods()


def make_adder(n):
    return lambda x: x + n  # a closure: it keeps n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    functions = {"lambda": lambda x: x * x, "closure": make_adder(10)}
    with ctx.Pool(1) as pool:
        for name, func in functions.items():
            try:
                pool.apply_async(func, (3,)).get(timeout=60)
            except (AttributeError, pickle.PicklingError) as error:
                print(f"{name:<8} standard pickle: {type(error).__name__}")
            payload = cloudpickle.dumps(func)
            result = pool.apply_async(call_pickled, (payload, 3)).get(timeout=60)
            print(f"{name:<8} cloudpickle:     {len(payload)} bytes, f(3) = {result}")


if __name__ == "__main__":
    main()
