"""Stop a child from outside: terminate() and kill().

Each child waits for an event that never comes; the parent stops one with
terminate() and one with kill() and prints their exit codes.
"""

import argparse
import multiprocessing
import signal

from mpguide.processes import wait_until_released

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)

    for stop in ("terminate", "kill"):
        ready, never = ctx.Event(), ctx.Event()
        child = ctx.Process(
            target=wait_until_released, args=(ready, never), name=f"{stop}-me"
        )
        child.start()
        ready.wait(timeout=60)  # the child is running its target now
        getattr(child, stop)()  # child.terminate(), then child.kill()
        child.join(timeout=60)
        # A negative exit code is minus the number of the signal that ended it.
        name = signal.Signals(-child.exitcode).name
        print(f"{stop}(): {child.name} exitcode {child.exitcode} ({name})")


if __name__ == "__main__":
    main()
