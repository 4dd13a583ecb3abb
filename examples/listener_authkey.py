"""A Listener turns away a Client that does not know its key.

A child process serves on 127.0.0.1; the parent connects with a key of its own.
"""

import argparse
import multiprocessing
import os
from multiprocessing.connection import Client

from mpguide.remote import serve_words

START_METHODS = multiprocessing.get_all_start_methods()
TIMEOUT = 30  # seconds; only a stuck server makes a wait this long


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    authkey = os.urandom(32)  # random, shared only with processes we start
    address_box = ctx.Queue()
    server = ctx.Process(target=serve_words, args=(authkey, address_box, 1))
    server.start()
    address = address_box.get(timeout=TIMEOUT)  # the port the system chose
    try:
        Client(address, authkey=os.urandom(32))  # a different random key
        raise SystemExit("client: a wrong key was accepted!")
    except multiprocessing.AuthenticationError as error:
        print(f"client: wrong key rejected: {error!r}")
    server.join(timeout=TIMEOUT)
    if server.exitcode != 0:
        raise SystemExit(f"client: server exited with code {server.exitcode}")


if __name__ == "__main__":
    main()
