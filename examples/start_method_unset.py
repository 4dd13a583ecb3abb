"""get_start_method(allow_none=True) says None until a method is fixed.

Asking without allow_none fixes the default, and set_start_method() then refuses.
"""

import argparse
import multiprocessing


def main() -> None:
    argparse.ArgumentParser(description=__doc__).parse_args()  # only --help
    default = multiprocessing.get_all_start_methods()[0]  # the platform's default
    print(f"this platform's default: {default!r}")
    unset = multiprocessing.get_start_method(allow_none=True)
    print(f"get_start_method(allow_none=True) -> {unset!r}")
    print(f"get_start_method() -> {multiprocessing.get_start_method()!r}")
    fixed = multiprocessing.get_start_method(allow_none=True)
    print(f"get_start_method(allow_none=True) -> {fixed!r} (now fixed)")
    try:
        multiprocessing.set_start_method("spawn")
    except RuntimeError as error:
        print(f"set_start_method('spawn') -> RuntimeError: {error}")
    else:
        print("set_start_method('spawn') -> accepted")


if __name__ == "__main__":
    main()
