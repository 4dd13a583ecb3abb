"""A change made inside a managed dict's value is lost, unless stored back.

Three children append to a list held in a managed dict; the parent prints it.
"""

import argparse
import multiprocessing

from mpguide.sharing import append_to_log

START_METHODS = multiprocessing.get_all_start_methods()
WORDS = ["spawn", "fork", "forkserver"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    with ctx.Manager() as manager:
        shared = manager.dict({"log": []})  # the list inside is a plain list
        children = [ctx.Process(target=append_to_log, args=(shared, w)) for w in WORDS]
        for child in children:
            child.start()
        for child in children:
            child.join(timeout=60)
            if child.exitcode != 0:
                raise SystemExit(f"{child.name} failed: exit code {child.exitcode}")
        print("nested list after the children:", shared["log"])

        # To change a nested value, read it, change it, and store it back.
        log = shared["log"]
        log.extend(WORDS)
        shared["log"] = log  # this assignment is what reaches the manager
        print("after storing it back:", shared["log"])


if __name__ == "__main__":
    main()
