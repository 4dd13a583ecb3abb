"""Set up every interpreter that an example run starts (see mpdocs.runner).

``mpdocs.runner`` puts this folder on ``PYTHONPATH``, so Python imports this
module at start-up in the example and in every child it starts (spawn and
forkserver children are fresh interpreters; fork children inherit the result).

* stdout becomes line-buffered, as it is when a script writes to a terminal.
  Piped output would otherwise be block-buffered, and lines would arrive in
  the order processes exit rather than the order they were printed.
  Unbuffered output (``-u``) is no answer: ``print`` then writes the text and
  the newline separately, and lines from different processes can interleave.
* With ``MPGUIDE_RUN_ID`` set, multiprocessing names its semaphores
  ``/mp-<run id>-...`` instead of ``/mp-...``, so the test suite can tell the
  semaphores of one run from those of anything else on the machine. This sets
  a private multiprocessing setting (``_config["semprefix"]``, unchanged since
  Python 3.4); ``tests/build/test_runner.py`` checks that it still works.
* With ``MPGUIDE_LEAK_CHECK`` set to a folder as well (the test suite's
  leak check sets it; the docs build does not), every process of the run
  leaves an empty file named after its PID there, and shared memory blocks
  created without a name get ``psm_<run id>_...`` instead of ``psm_...``
  (a private function, ``shared_memory._make_filename``, unchanged since
  Python 3.8), so ``tests/reader/leaks.py`` can tell what this run left in
  ``/dev/shm`` from what other programs are doing there at the same time.
* With ``MPGUIDE_STACKS`` set to a folder, SIGUSR1 makes the process write
  every thread's Python stack to ``<folder>/<pid>.txt`` (a file per process,
  so that dumps taken at the same moment do not interleave). The runner sends
  it to the whole run before killing a run that timed out, so a hang in CI
  always shows where each process was waiting.
"""

import contextlib
import faulthandler
import io
import os
import signal
import sys
from pathlib import Path

_STACKS = Path(os.environ.get("MPGUIDE_STACKS") or ".")
_stack_fd = -1


def _dump_stacks_on_sigusr1() -> None:
    global _stack_fd  # noqa: PLW0603 - one file per process, replaced on fork
    if _stack_fd >= 0:
        os.close(_stack_fd)  # the parent's file, inherited through fork
    # A bare descriptor, open for the life of the process (faulthandler writes
    # to it from a signal handler); no file object, so no ResourceWarning.
    path = _STACKS / f"{os.getpid()}.txt"
    _stack_fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    faulthandler.register(signal.SIGUSR1, file=_stack_fd, all_threads=True)


if os.environ.get("MPGUIDE_STACKS") and hasattr(signal, "SIGUSR1"):
    _dump_stacks_on_sigusr1()
    # A forked child is a new process with its own file (spawn and forkserver
    # children run this module again).
    os.register_at_fork(after_in_child=_dump_stacks_on_sigusr1)

if isinstance(sys.stdout, io.TextIOWrapper):
    sys.stdout.reconfigure(line_buffering=True)

_run_id = os.environ.get("MPGUIDE_RUN_ID")
if _run_id:
    import multiprocessing.process

    process = multiprocessing.process.current_process()
    process._config["semprefix"] = f"/mp-{_run_id}"  # type: ignore[attr-defined]

_leak_check = os.environ.get("MPGUIDE_LEAK_CHECK")
if _run_id and _leak_check:
    _pids = Path(_leak_check)

    def _note_pid() -> None:
        # A child forked while its parent is at the open-files limit
        # (examples/pool_fd_limit.py) has no descriptor to spare: it goes
        # unrecorded rather than printing an error the example did not cause.
        with contextlib.suppress(OSError):
            (_pids / str(os.getpid())).touch()

    _note_pid()
    os.register_at_fork(after_in_child=_note_pid)

    import multiprocessing.shared_memory as _shm

    _random_name = getattr(_shm, "_make_filename", None)
    if callable(_random_name) and getattr(_shm, "_USE_POSIX", False):
        _prefix = f"/psm_{_run_id}_"

        def _run_name() -> str:
            random = str(_random_name())  # type: ignore[misc]  # callable, checked
            return _prefix + random.removeprefix("/psm_")

        _shm._make_filename = _run_name  # type: ignore[attr-defined]
