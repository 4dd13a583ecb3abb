"""Why a spawn pool cannot use a function defined in a notebook or REPL.

Runs one program twice with ``python -c``, which gives ``__main__`` no file, like a
notebook: spawned workers cannot find ``shout`` defined in it, but can import it.
"""

import argparse
import subprocess
import sys

PROGRAM = """
import multiprocessing

{shout}

if __name__ == "__main__":
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        try:
            print(pool.map_async(shout, ["spawn", "fork"]).get(timeout=5))
        except multiprocessing.TimeoutError:
            print("no result after 5 s: the tasks died with their workers")
            raise SystemExit(1)
"""
SHOUT = {
    "defined in the session": 'def shout(word):\n    return word.upper() + "!"',
    "imported from mpguide.tasks": "from mpguide.tasks import shout",
}


def main() -> None:
    argparse.ArgumentParser(description=__doc__).parse_args()
    for title, shout in SHOUT.items():
        command = [sys.executable, "-c", PROGRAM.format(shout=shout)]
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
