"""Why a spawn pool cannot use a function defined in a notebook or REPL.

Two small programs run with ``python -c`` (like a notebook, it gives
``__main__`` no file): spawned workers cannot find a function defined there,
but find the same function imported from ``mpguide.recipes``.
"""

import argparse
import subprocess
import sys

DEFINED_HERE = """
import multiprocessing

def shout(word):
    return word.upper() + "!"

if __name__ == "__main__":
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        try:
            print(pool.map_async(shout, ["spawn", "fork"]).get(timeout=5))
        except multiprocessing.TimeoutError:
            print("no result after 5 s: the tasks died with their workers")
            raise SystemExit(1)
"""

IMPORTED = """
import multiprocessing

from mpguide.recipes import shout  # a module the workers can import

if __name__ == "__main__":
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        print(pool.map_async(shout, ["spawn", "fork"]).get(timeout=60))
"""


def main() -> None:
    argparse.ArgumentParser(description=__doc__).parse_args()
    programs = {
        "defined in the session": DEFINED_HERE,
        "imported from mpguide.recipes": IMPORTED,
    }
    for title, code in programs.items():
        command = [sys.executable, "-c", code]
        run = subprocess.run(  # check=False: the first program is meant to fail
            command, check=False, capture_output=True, text=True, timeout=60
        )
        print(f"--- shout {title} ---")
        print(run.stdout, end="")
        # Every worker that died printed the same error: show it once.
        errors = {line for line in run.stderr.splitlines() if "Error:" in line}
        for line in sorted(errors):
            print("worker error:", line)
        print("exit status", run.returncode)


if __name__ == "__main__":
    main()
