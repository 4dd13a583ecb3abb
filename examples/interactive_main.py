"""Why a spawn pool cannot use a function defined in a notebook or REPL.

The script runs two small programs with ``python -c``, which, like a notebook
or the interactive prompt, has no main module file. The first defines its
worker function in that session and maps it on a spawn pool: the workers
cannot find it. The second imports the same function from a module and works.
"""

import subprocess
import sys

from mpguide.cli import example_parser

DEFINED_HERE = """
import multiprocessing

def shout(word):
    return word.upper() + "!"

if __name__ == "__main__":
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        pending = pool.map_async(shout, ["spawn", "fork"])
        try:
            print(pending.get(timeout=5))
        except multiprocessing.TimeoutError:
            print("no result after 5 s: the tasks died with their workers")
            raise SystemExit(1)
"""

IMPORTED = """
import multiprocessing

from mpguide.recipes import shout  # lives in a module the workers can import

if __name__ == "__main__":
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        print(pool.map_async(shout, ["spawn", "fork"]).get(timeout=60))
"""


def run(title: str, code: str) -> int:
    """Run *code* with ``python -c``; print its output and the error it hit."""
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    print(f"--- {title} ---")
    print(done.stdout, end="")
    errors = [line for line in done.stderr.splitlines() if "Error:" in line]
    for line in sorted(set(errors)):  # each dead worker printed the same one
        print(f"worker error: {line}")
    print(f"exit status {done.returncode}")
    return done.returncode


def main() -> None:
    example_parser(__doc__, start_method=None).parse_args()
    broken = run("shout defined in the session", DEFINED_HERE)
    fixed = run("shout imported from mpguide.recipes", IMPORTED)
    if (broken, fixed) != (1, 0):
        sys.exit("unexpected outcome")


if __name__ == "__main__":
    main()
