"""Share a dict, a list and a namespace through a manager process.

Three children write through proxies; the parent prints what the manager holds.
"""

import argparse
import multiprocessing

from mpguide.sharing import add_to_dict

START_METHODS = multiprocessing.get_all_start_methods()
WORDS = ["spawn", "fork", "forkserver"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    with ctx.Manager() as manager:  # starts the manager process; stops it at the end
        shared = manager.dict()  # a proxy to a dict in the manager
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
                raise SystemExit(f"{child.name} failed: exit code {child.exitcode}")
        snapshot = shared.copy()  # a plain dict: one round trip, not one per key
        print("dict:", dict(sorted(snapshot.items())))
        print("list:", sorted(notes))


if __name__ == "__main__":
    main()
