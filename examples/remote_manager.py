"""Share a queue and a dict through a manager server on 127.0.0.1.

The parent starts a manager that serves a job queue and a results dict, on a
port the system picks and behind a random key. Two client processes connect
to it by address and key alone, take numbers from the queue and store their
squares in the dict.
"""

import multiprocessing
import sys

from mpguide.cli import example_parser
from mpguide.remote import (
    WAIT_SECONDS,
    JobServer,
    check_local_address,
    local_address,
    new_authkey,
    work_on_jobs,
)

JOBS = 20
CLIENTS = 2


def main() -> None:
    options = example_parser(__doc__).parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    authkey = new_authkey()
    # The with block starts the manager's server process and shuts it down.
    with JobServer(address=local_address(), authkey=authkey, ctx=ctx) as server:
        host, port = check_local_address(server.address)
        print(f"manager: serving on {host}:{port}")
        jobs = server.get_jobs()  # type: ignore[attr-defined]
        for number in range(JOBS):
            jobs.put(number)
        for _ in range(CLIENTS):
            jobs.put(None)  # one stop signal per client

        clients = [
            ctx.Process(target=work_on_jobs, args=((host, port), authkey, str(i)))
            for i in range(CLIENTS)
        ]
        for client in clients:
            client.start()
        for client in clients:
            client.join(timeout=WAIT_SECONDS)
            if client.is_alive():  # stuck: stop it rather than hang
                client.kill()
                client.join()
        if any(client.exitcode != 0 for client in clients):
            sys.exit(f"manager: a client failed: {[c.exitcode for c in clients]}")

        results = dict(server.get_results())  # type: ignore[attr-defined]
    print(f"manager: {len(results)} results, for example 7 -> {results[7]}")
    if results != {n: n * n for n in range(JOBS)}:
        sys.exit(f"manager: wrong results: {results}")
    print("manager: every square is right; server shut down")


if __name__ == "__main__":
    main()
