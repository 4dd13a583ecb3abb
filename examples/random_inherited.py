"""Children that inherit a seeded generator through fork draw the same numbers.

The parent seeds a random.Random instance and NumPy's global generator, then
three child processes each draw one number from them and from `random`.
"""

import argparse
import multiprocessing

from mpguide.worker_state import draw_once, seed_in_parent

START_METHODS = multiprocessing.get_all_start_methods()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)

    seed_in_parent(42)  # seeds both generators, in this process only
    queue = ctx.Queue()
    children = [ctx.Process(target=draw_once, args=(queue,)) for _ in range(3)]
    for child in children:
        child.start()
    draws = [queue.get(timeout=60) for _ in children]  # drain before join
    for child in children:
        child.join(timeout=60)
        if child.exitcode != 0:
            raise SystemExit(f"{child.name} exited with {child.exitcode}")

    for generator in draws[0]:
        values = [row[generator] for row in draws]
        same = len(set(values)) == 1
        verdict = "SAME in every child" if same else "not all the same"
        print(f"{generator:<23} {values}  {verdict}")


if __name__ == "__main__":
    main()
