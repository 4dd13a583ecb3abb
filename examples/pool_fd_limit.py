"""A pool per request, kept, until the open-files limit: OSError: [Errno 24].

Lowers this process's limit on open files (RLIMIT_NOFILE) to 64, so the leak
hits it within a few requests instead of after days, then closes every pool
it kept. Linux and macOS; spawn and fork only (a fork server out of files stops).
"""

import argparse
import errno
import multiprocessing
import resource

from mpguide.tasks import square

START_METHODS = ["spawn", "fork"]
LIMIT = 64  # open files; `ulimit -n` often says 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    kept = []
    try:
        for request in range(1, 1000):
            pool = ctx.Pool(2)  # a pool per request, never closed: the leak
            kept.append(pool)
            pool.map(square, range(10))
            if request == 1:  # now, so helper processes keep the usual limit
                _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
                resource.setrlimit(resource.RLIMIT_NOFILE, (min(LIMIT, hard), hard))
    except OSError as error:
        if error.errno != errno.EMFILE:
            raise
        print(f"request {request}: {type(error).__name__}: {error}")
    finally:
        for pool in kept:  # what every request should have done
            pool.terminate()
            pool.join()
    print(f"{len(kept)} pools had used up {LIMIT} open files")


if __name__ == "__main__":
    main()
