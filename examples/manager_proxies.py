"""Share a dict, a list and a namespace through a manager process.

A ``Manager`` starts a server process that owns ordinary Python objects and
hands out proxies to them. Three children read a setting from a namespace and
write through the proxies; the parent then reads what arrived, and what did
not: a change made to a list *inside* the managed dict.
"""

import multiprocessing

from mpguide.cli import example_parser
from mpguide.lifecycle import exit_if_any_failed, join_all
from mpguide.sharing import WAIT_SECONDS, add_to_dict

WORDS = ["spawn", "fork", "forkserver"]


def main() -> None:
    options = example_parser(__doc__).parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    # The with block starts the manager process and shuts it down at the end.
    with ctx.Manager() as manager:
        shared = manager.dict({"log": []})  # a proxy to a dict in the manager
        notes = manager.list()  # a proxy to a list in the manager
        settings = manager.Namespace(scale=10)  # attributes live in the manager
        children = [
            ctx.Process(
                target=add_to_dict, args=(shared, word, len(word), notes, settings)
            )
            for word in WORDS
        ]
        for child in children:
            child.start()
        join_all(children, timeout=WAIT_SECONDS)
        exit_if_any_failed(children)

        # copy() returns a plain dict: one round trip instead of one per key.
        snapshot = shared.copy()
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
