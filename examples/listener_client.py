"""A server and a client talking through Listener and Client, on 127.0.0.1 only.

A child process serves on a port the system picks; the parent sends it lines.
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
    with Client(address, authkey=authkey) as connection:
        for message in ["hello server", "how many words are in this line", ""]:
            connection.send(message)
            if not connection.poll(TIMEOUT):  # recv() itself has no timeout
                raise SystemExit("client: no answer from the server")
            text, words = connection.recv()
            print(f"client: {text!r} has {words} words")
        connection.send(None)  # tells the server this client is done
    server.join(timeout=TIMEOUT)
    if server.exitcode != 0:
        raise SystemExit(f"client: server exited with code {server.exitcode}")


if __name__ == "__main__":
    main()
