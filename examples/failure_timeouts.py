"""What a timeout looks like when waiting on a process, an event or a queue.

Each call waits 0.2 s for something that does not come in time: Process.join returns
None either way, Event.wait returns False and Queue.get raises queue.Empty.
"""

import argparse
import multiprocessing
import queue

from mpguide.processes import wait_until_released

START_METHODS = multiprocessing.get_all_start_methods()
PATIENCE = 0.2  # seconds each call below is willing to wait


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)

    ready, release = ctx.Event(), ctx.Event()
    child = ctx.Process(target=wait_until_released, args=(ready, release))
    child.start()
    ready.wait(timeout=60)
    print("Process.join:", child.join(timeout=PATIENCE))
    print(f"  then is_alive() {child.is_alive()}, exitcode {child.exitcode}")
    release.set()  # the child was still waiting: let it end
    child.join(timeout=60)
    print(f"  after release: exitcode {child.exitcode}")

    print("Event.wait:", ctx.Event().wait(timeout=PATIENCE))
    try:
        ctx.Queue().get(timeout=PATIENCE)
    except queue.Empty:
        print("Queue.get: raised queue.Empty")


if __name__ == "__main__":
    main()
