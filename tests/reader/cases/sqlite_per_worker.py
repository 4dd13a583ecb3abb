import sys

from example_cases import Case

# A worker that ends normally runs multiprocessing's exit code (util._exit_function,
# which runs Finalize callbacks) under every start method. A spawn child then
# leaves through sys.exit(), which runs atexit handlers; fork and forkserver
# children leave through os._exit(), and run the atexit handlers registered in
# the child only since Python 3.13 (gh-83856). terminate() kills the workers
# still running, usually before any hook runs; but it first sends the stop
# message, and a worker that reads it in time exits normally (seen: 1 in 15
# forkserver runs on 3.13), so any count from 0 to 2 is right.
_NEW_ATEXIT = sys.version_info >= (3, 13)
_ATEXIT_CLOSES = {
    "fork": 2 if _NEW_ATEXIT else 0,
    "spawn": 2,
    "forkserver": 2 if _NEW_ATEXIT else 0,
}

CASES = [
    Case(
        id="Finalize-join",
        stdout=(r"^10 rows stored; Finalize closed 2 of 2 connections$",),
    ),
    Case(
        id="Finalize-terminate",
        args=("--end", "terminate"),
        stdout=(r"^10 rows stored; Finalize closed [012] of 2 connections$",),
    ),
    Case(
        id="atexit-terminate",
        args=("--hook", "atexit", "--end", "terminate"),
        stdout=(r"^10 rows stored; atexit closed [012] of 2 connections$",),
    ),
    *(
        Case(
            id=f"atexit-join-{method}",
            args=("--hook", "atexit"),
            start_methods=(method,),
            stdout=(rf"^10 rows stored; atexit closed {closes} of 2 connections$",),
        )
        for method, closes in _ATEXIT_CLOSES.items()
    ),
]
