"""Pass arguments to a child: args is a tuple, kwargs a dict.

The first child is given ``args=("firstone")``, a string rather than a tuple:
each character becomes an argument and the child dies with a TypeError. The
others show the fix, and keyword arguments.
"""

import argparse
import multiprocessing

from mpguide.processes import greet

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)

    children = {
        # Deliberately wrong: parentheses alone do not make a tuple.
        'args=("firstone")': ctx.Process(target=greet, args=("firstone")),
        'args=("firstone",)': ctx.Process(target=greet, args=("firstone",)),
        "with kwargs": ctx.Process(
            target=greet, args=("secondone",), kwargs={"punctuation": "?"}
        ),
    }
    for label, child in children.items():
        child.start()
        child.join(timeout=60)  # one at a time, so the output stays in order
        print(f"{label:<20} -> exitcode {child.exitcode}")


if __name__ == "__main__":
    main()
