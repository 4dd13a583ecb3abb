"""One bad input in a pool: map() loses every result, per-item keeps the rest.

Pool.map raises the first worker exception and drops the good results; submitting each
item and catching each failure keeps the good results and marks the bad ones.
"""

import argparse
import multiprocessing

from mpguide.failures import parse_record

START_METHODS = multiprocessing.get_all_start_methods()
RECORDS = ["1", "2", "seven", "4"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)

    with ctx.Pool(2) as pool:
        try:
            print("map:", pool.map_async(parse_record, RECORDS).get(timeout=60))
        except ValueError as error:
            print(f"map: {error!r}, no results")
        pending = [pool.apply_async(parse_record, (record,)) for record in RECORDS]
        outcomes = []
        for record, result in zip(RECORDS, pending, strict=True):
            try:
                outcomes.append(result.get(timeout=60))
            except ValueError:
                outcomes.append(f"bad {record!r}")
        print("per item:", outcomes)
        pool.close()
        pool.join()


if __name__ == "__main__":
    main()
