"""What it costs to move data to a worker, by payload size.

For bytes objects from 1 KiB to 64 MiB, the table shows the time to pickle and
unpickle them in this process, and the time to send them to a warm pool worker
that returns them unchanged: both ways through pickle and a pipe.
"""

import multiprocessing

from mpguide.cli import example_parser, positive_int
from mpguide.measuring import payload_sizes, pickle_seconds, round_trip_seconds
from mpguide.results import publish
from mpguide.workers import count_primes

KIB = 1024


def main() -> None:
    parser = example_parser(__doc__)
    parser.add_argument(
        "--largest",
        type=positive_int,
        default=64 * KIB * KIB,
        help="largest payload in bytes (default: 64 MiB)",
    )
    parser.add_argument(
        "--repeat",
        type=positive_int,
        default=5,
        help="timings per size, the median is kept (default: 5)",
    )
    options = parser.parse_args()
    ctx = multiprocessing.get_context(options.start_method)

    sizes = payload_sizes(KIB, options.largest)
    pickled, round_trip = [], []
    with ctx.Pool(1) as pool:
        # Warm-up: the worker has started before any clock runs.
        pool.apply_async(count_primes, (10,)).get(timeout=60)
        for size in sizes:
            pickled.append(pickle_seconds(size, repeat=options.repeat))
            round_trip.append(round_trip_seconds(pool, size, repeat=options.repeat))
        pool.close()
        pool.join()

    print(f"{'payload':>9}  {'pickle+unpickle':>15}  {'round trip':>10}  {'MB/s':>6}")
    for size, p, r in zip(sizes, pickled, round_trip, strict=True):
        # Both directions: the payload crosses the pipe twice.
        rate = 2 * size / r / 1e6
        label = (
            f"{size // KIB} KiB" if size < KIB * KIB else f"{size // KIB // KIB} MiB"
        )
        print(f"{label:>9}  {p * 1000:>12.3f} ms  {r * 1000:>7.3f} ms  {rate:>6.0f}")

    publish(
        {"sizes": sizes, "pickle_seconds": pickled, "round_trip_seconds": round_trip}
    )


if __name__ == "__main__":
    main()
