"""Locks, conditions and barriers used the wrong way, and what Python says.

Each --what makes one mistake; the example prints the last lines of the
traceback Python would show.
"""

import argparse
import multiprocessing
import traceback

START_METHODS = multiprocessing.get_all_start_methods()


def release_unlocked(ctx) -> None:
    lock = ctx.Lock()
    with lock:
        pass  # the with block releases it...
    lock.release()  # the mistake: ...so this release has nothing to release


def release_others_rlock(ctx) -> None:
    ctx.RLock().release()  # the mistake: only the owner may release an RLock


def wait_without_lock(ctx) -> None:
    ready = ctx.Condition()
    ready.wait(timeout=1)  # the mistake: wait() inside `with ready:` only


def barrier_short_of_parties(ctx) -> None:
    everyone = ctx.Barrier(2, timeout=0.2)  # waits for two processes...
    everyone.wait()  # the mistake: ...but only one ever arrives


MISTAKES = {
    "release-unlocked": release_unlocked,
    "release-others-rlock": release_others_rlock,
    "wait-without-lock": wait_without_lock,
    "barrier-short-of-parties": barrier_short_of_parties,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--what", nargs="+", choices=MISTAKES, default=list(MISTAKES))
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    for what in options.what:
        print(f"{what}:")
        try:
            MISTAKES[what](ctx)
        except Exception as error:
            print(*traceback.format_exception_only(error), sep="", end="")


if __name__ == "__main__":
    main()
