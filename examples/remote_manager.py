"""Share a queue and a dict through a manager server on 127.0.0.1.

Two client processes reach it by address and key alone and square the queued numbers.
"""

import argparse
import multiprocessing
import os

from mpguide.remote import JobServer, work_on_jobs

START_METHODS = multiprocessing.get_all_start_methods()
JOBS, CLIENTS = 20, 2
TIMEOUT = 60  # seconds; only a stuck client makes a wait this long


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    authkey = os.urandom(32)
    # Port 0: the system picks one. The with block starts and stops the server.
    with JobServer(address=("127.0.0.1", 0), authkey=authkey, ctx=ctx) as server:
        host, port = server.address
        print(f"manager: serving on {host}:{port}")
        jobs = server.get_jobs()
        for item in [*range(JOBS), *[None] * CLIENTS]:  # a stop signal per client
            jobs.put(item)
        clients = [
            ctx.Process(target=work_on_jobs, args=((host, port), authkey, str(n)))
            for n in range(CLIENTS)
        ]
        for client in clients:
            client.start()
        for client in clients:
            client.join(timeout=TIMEOUT)
        codes = [client.exitcode for client in clients]
        results = dict(server.get_results())
    print(f"manager: client exit codes {codes}, {len(results)} results")
    print(f"manager: for example 7 -> {results.get(7)}; server shut down")
    if codes != [0] * CLIENTS or results != {n: n * n for n in range(JOBS)}:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
