"""A server and a client talking through Listener and Client, on 127.0.0.1 only.

A child process listens on a port the system picks and checks every client's
authentication key. The parent first connects with a wrong key and is turned
away, then connects with the right one and exchanges a few messages.
"""

import multiprocessing
import sys

from mpguide.cli import example_parser
from mpguide.remote import WAIT_SECONDS, connect, new_authkey, receive, serve_words

MESSAGES = ["hello server", "how many words are in this line", ""]


def main() -> None:
    options = example_parser(__doc__).parse_args()
    ctx = multiprocessing.get_context(options.start_method)
    authkey = new_authkey()  # random, shared only with processes we start
    address_box = ctx.Queue()
    server = ctx.Process(
        target=serve_words, args=(authkey, address_box, 2), name="server"
    )
    server.start()
    # Port 0 let the system choose; the server tells us what it got.
    address = address_box.get(timeout=WAIT_SECONDS)
    print(f"client: connecting to {address[0]}:{address[1]}")

    try:
        connect(address, new_authkey())  # a different random key
    except multiprocessing.AuthenticationError as error:
        print(f"client: wrong key rejected: {error!r}")
    else:
        sys.exit("client: a wrong key was accepted!")

    with connect(address, authkey) as connection:
        for message in MESSAGES:
            connection.send(message)
            text, words = receive(connection)
            print(f"client: {text!r} has {words} words")
        connection.send(None)  # tells the server this client is done

    server.join(timeout=WAIT_SECONDS)
    if server.exitcode != 0:
        sys.exit(f"client: server exited with code {server.exitcode}")
    print("client: server exited with code 0")


if __name__ == "__main__":
    main()
