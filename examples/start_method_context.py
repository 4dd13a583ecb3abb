"""Choose a start method: a context, or the global default set once.

Prints what each call did: a context leaves the global method alone; set it once.
"""

import argparse
import multiprocessing
from multiprocessing import get_start_method, set_start_method

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    method = parser.parse_args().start_method
    print(f"available here: {', '.join(START_METHODS)} (default: {START_METHODS[0]})")
    print(f"global method before any choice: {get_start_method(allow_none=True)}")

    # The recommended way: a context, local to the code that uses it.
    ctx = multiprocessing.get_context(method)
    print(f"get_context({method!r}) -> context for {ctx.get_start_method()!r}")
    print(f"global method is still: {get_start_method(allow_none=True)}")
    # The global way: once per program, inside the __main__ guard.
    set_start_method(method)
    print(f"set_start_method({method!r}) -> global method {get_start_method()!r}")
    # Any other method will do (Windows has only spawn: then the same one).
    other = next((name for name in START_METHODS if name != method), method)
    try:
        set_start_method(other)
    except RuntimeError as error:
        print(f"set_start_method({other!r}) again -> RuntimeError: {error}")
    set_start_method(other, force=True)
    now = get_start_method()
    print(f"set_start_method({other!r}, force=True) -> global method {now!r}")
    print(f"the context still says: {ctx.get_start_method()!r}")


if __name__ == "__main__":
    main()
