"""How long it takes to start a process, per start method.

For each start method available here, the program starts a batch of children
that do nothing, joins them, and repeats; it prints the median time per child
and how many times slower each method is than the fastest.
"""

import multiprocessing

from mpguide.cli import example_parser, positive_int
from mpguide.results import publish
from mpguide.start_methods import seconds_per_start


def main() -> None:
    parser = example_parser(__doc__, start_method=None)
    parser.add_argument(
        "--processes",
        type=positive_int,
        default=20,
        help="children per batch (default: 20)",
    )
    parser.add_argument(
        "--repeat", type=positive_int, default=5, help="batches per method (default: 5)"
    )
    options = parser.parse_args()

    methods = multiprocessing.get_all_start_methods()
    print(
        f"{options.repeat} batches of {options.processes} trivial children "
        f"per method; default here: {methods[0]}"
    )
    seconds = {
        method: seconds_per_start(
            multiprocessing.get_context(method),
            processes=options.processes,
            repeat=options.repeat,
        )
        for method in methods
    }
    fastest = min(seconds.values())
    print(f"{'method':<12}{'ms per child':>14}{'vs fastest':>12}")
    for method, value in sorted(seconds.items(), key=lambda item: item[1]):
        print(f"{method:<12}{value * 1000:>14.2f}{value / fastest:>11.1f}x")
    publish(
        {
            "processes": options.processes,
            "repeat": options.repeat,
            "default": methods[0],
            "seconds_per_child": seconds,
        }
    )


if __name__ == "__main__":
    main()
