"""What a child inherits from its parent, per start method.

main() changes a setting of this script, then a child reports the setting it sees.
"""

import argparse
import multiprocessing

START_METHODS = multiprocessing.get_all_start_methods()
# Module-level state, as a program's configuration often is.
CONFIG = {"setting": "set at import"}


def report_state(queue) -> None:
    """Runs in the child: send the setting this process sees."""
    queue.put(CONFIG["setting"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    method = parser.parse_args().start_method
    ctx = multiprocessing.get_context(method)

    CONFIG["setting"] = "changed by the parent"
    print(f"parent: setting is {CONFIG['setting']!r}")
    queue = ctx.Queue()
    child = ctx.Process(target=report_state, args=(queue,))
    child.start()
    seen = queue.get(timeout=60)  # drain the queue before join()
    child.join(timeout=60)
    if child.exitcode != 0:
        raise SystemExit(f"parent: the child failed (exit code {child.exitcode})")
    changed = seen == CONFIG["setting"]
    origin = "the parent's change" if changed else "the import-time value"
    print(f"{method} child: setting is {seen!r} ({origin})")


if __name__ == "__main__":
    main()
