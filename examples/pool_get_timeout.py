"""AsyncResult.get(timeout=...) on a slow task.

get(timeout=...) gives up on a slow task with multiprocessing.TimeoutError, which
is not the builtin TimeoutError; the task runs on.
"""

import argparse
import multiprocessing

from mpguide.tasks import wait_for_io

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)

    with ctx.Pool(processes=2) as pool:
        slow = pool.apply_async(wait_for_io, (1.5,))
        try:
            slow.get(timeout=0.2)
        except multiprocessing.TimeoutError:
            print("get(timeout=0.2): multiprocessing.TimeoutError;", end=" ")
            print("ready() is", slow.ready())
        print("get(timeout=30) later:", slow.get(timeout=30))
        pool.close()
        pool.join()

    builtin = issubclass(multiprocessing.TimeoutError, TimeoutError)
    print("multiprocessing.TimeoutError subclasses builtin TimeoutError:", builtin)


if __name__ == "__main__":
    main()
