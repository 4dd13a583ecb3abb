"""Kill a parent with SIGKILL and see which of its children live on.

A middle process starts a Process, a daemonic Process and a Pool of two, all
busy, and is killed. A roll call shows who runs on, and one signal to the
process group ends them; with --fixed, they end by themselves. POSIX only.
"""

import argparse
import multiprocessing
import os
import signal

from mpguide.lifetime import start_children

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    parser.add_argument("--fixed", action="store_true", help="children watch parent")
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    answers, roll_call = ctx.Queue(), ctx.Event()
    alive, held = ctx.Pipe(duplex=False)  # every child holds `held`
    middle = ctx.Process(
        target=start_children,
        args=(ctx, options.fixed, answers, held, roll_call),
    )
    middle.start()
    held.close()  # from now on only the middle process and its children hold it
    labels = dict(answers.get(timeout=60) for _ in range(4))  # {pid: label}
    for label in sorted(labels.values()):
        print("started:", label)
    middle.kill()  # SIGKILL: the middle process runs nothing more
    print("sent SIGKILL to the middle process")
    if not options.fixed:
        roll_call.set()  # every child that still runs answers
        replies = dict(answers.get(timeout=60) for _ in labels)  # {pid: reply}
        for pid, label in sorted(labels.items(), key=lambda item: item[1]):
            print(f"  {label}: {replies[pid]}")
        os.killpg(middle.pid, signal.SIGKILL)  # the cleanup: its whole group
    if not alive.poll(timeout=60):  # true at end-of-file: nobody holds `held`
        os.killpg(middle.pid, signal.SIGKILL)
        raise SystemExit("children still running after 60 s; killed them")
    print("every child has ended")
    middle.join(timeout=60)  # under fork, join() also waits for its children
    print(f"middle process: exit code {middle.exitcode}")


if __name__ == "__main__":
    main()
