"""A server and a client talking through Listener and Client, on 127.0.0.1 only.

A child process serves on a port the system picks. The parent connects with a
wrong key and is turned away, then with the right one and exchanges messages.
"""

import argparse
import multiprocessing
import os
from multiprocessing.connection import Client

from mpguide.remote import serve_words

START_METHODS = multiprocessing.get_all_start_methods()
MESSAGES = ["hello server", "how many words are in this line", ""]
TIMEOUT = 30  # seconds; only a stuck server makes a wait this long


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start-method", choices=START_METHODS, default="spawn")
    ctx = multiprocessing.get_context(parser.parse_args().start_method)
    authkey = os.urandom(32)  # random, shared only with processes we start
    address_box = ctx.Queue()
    server = ctx.Process(target=serve_words, args=(authkey, address_box, 2))
    server.start()
    address = address_box.get(timeout=TIMEOUT)  # the port the system chose
    print(f"client: connecting to {address[0]}:{address[1]}")

    try:
        Client(address, authkey=os.urandom(32))  # a different random key
        raise SystemExit("client: a wrong key was accepted!")
    except multiprocessing.AuthenticationError as error:
        print(f"client: wrong key rejected: {error!r}")

    with Client(address, authkey=authkey) as connection:
        for message in MESSAGES:
            connection.send(message)
            if not connection.poll(TIMEOUT):  # recv() itself has no timeout
                raise SystemExit("client: no answer from the server")
            text, words = connection.recv()
            print(f"client: {text!r} has {words} words")
        connection.send(None)  # tells the server this client is done

    server.join(timeout=TIMEOUT)
    print(f"client: server exited with code {server.exitcode}")
    if server.exitcode != 0:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
