"""Choose a start method: a context, or the global default set once.

The program asks for a context, sets the global start method, then tries to
set it again: the second call raises RuntimeError, which the program catches
and reports, before overriding it with ``force=True``. A context's method is
unaffected by any of this.
"""

import multiprocessing

from mpguide.cli import example_parser
from mpguide.start_methods import other_start_method


def main() -> None:
    options = example_parser(__doc__).parse_args()
    method = options.start_method
    available = multiprocessing.get_all_start_methods()
    print(f"available here: {', '.join(available)} (default: {available[0]})")
    print(
        f"global method before any choice: {multiprocessing.get_start_method(allow_none=True)}"
    )

    # The recommended way: a context, local to the code that uses it.
    ctx = multiprocessing.get_context(method)
    print(f"get_context({method!r}) -> context for {ctx.get_start_method()!r}")
    print(
        f"global method is still: {multiprocessing.get_start_method(allow_none=True)}"
    )

    # The global way: once per program, inside the __main__ guard.
    multiprocessing.set_start_method(method)
    print(
        f"set_start_method({method!r}) -> global method "
        f"{multiprocessing.get_start_method()!r}"
    )
    other = other_start_method(method)
    try:
        multiprocessing.set_start_method(other)
    except RuntimeError as error:
        print(f"set_start_method({other!r}) again -> RuntimeError: {error}")
    multiprocessing.set_start_method(other, force=True)
    print(
        f"set_start_method({other!r}, force=True) -> global method "
        f"{multiprocessing.get_start_method()!r}"
    )
    print(f"the context still says: {ctx.get_start_method()!r}")

    try:
        multiprocessing.get_context("threads")
    except ValueError as error:
        print(f"get_context('threads') -> ValueError: {error}")


if __name__ == "__main__":
    main()
