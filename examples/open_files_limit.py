"""Open pipes and never close them, until the system refuses: Errno 24.

The open-files limit is lowered to 64 first (as a small container might set
it), so that the leak hits it at once. POSIX only: Windows has no resource module.
"""

import argparse
import multiprocessing
import resource
import traceback


def main() -> None:
    argparse.ArgumentParser(description=__doc__).parse_args()  # only --help
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(64, hard), hard))
    pipes = []
    try:
        while True:
            pipes.append(multiprocessing.Pipe())  # the mistake: none is closed
    except OSError as error:
        print(f"after {len(pipes)} pipes:")
        print(*traceback.format_exception_only(error), sep="", end="")
    finally:
        for reader, writer in pipes:
            reader.close()
            writer.close()


if __name__ == "__main__":
    main()
