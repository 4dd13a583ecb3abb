"""Share a dict, a list and a namespace through a manager process.

A ``Manager`` starts a server process that owns ordinary Python objects and
hands out proxies to them. Three children read a setting from a namespace and
write through the proxies; the parent then prints what arrived, and what did
not: a change made to a list *inside* the managed dict.
"""

import argparse
import multiprocessing
import sys

from mpguide.sharing import add_to_dict

WORDS = ["spawn", "fork", "forkserver"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--start-method",
        choices=multiprocessing.get_all_start_methods(),
        default="spawn",
        help="how to start child processes",
    )
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    # The with block starts the manager process and shuts it down at the end.
    with ctx.Manager() as manager:
        shared = manager.dict({"log": []})  # a proxy to a dict in the manager
        notes = manager.list()  # a proxy to a list in the manager
        settings = manager.Namespace(scale=10)  # attributes live in the manager
        children = [
            ctx.Process(target=add_to_dict, args=(shared, w, len(w), notes, settings))
            for w in WORDS
        ]
        for child in children:
            child.start()
        for child in children:
            child.join(timeout=60)
            if child.exitcode != 0:
                sys.exit(f"{child.name} failed: exit code {child.exitcode}")

        snapshot = shared.copy()  # a plain dict: one round trip, not one per key
        print("dict:", {key: snapshot[key] for key in sorted(snapshot) if key != "log"})
        print("nested list in the dict:", snapshot["log"])
        print("list proxy:", sorted(notes))

        # To change a nested value, read it, change it, and store it back.
        log = shared["log"]
        log.extend(sorted(notes))
        shared["log"] = log  # this assignment is what reaches the manager
        print("after storing it back:", shared["log"])


if __name__ == "__main__":
    main()
