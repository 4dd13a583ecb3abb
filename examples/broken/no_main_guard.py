"""DELIBERATELY BROKEN: a script with no ``if __name__ == "__main__":`` guard.

It starts a process at import time. Under spawn the child imports this file
again, reaches the same lines and refuses to start another process: the child
fails, and the parent, which never checks, carries on. Do not copy it.
"""

import multiprocessing

from mpguide.processes import greet

print("top of the script, in process", multiprocessing.current_process().name)
ctx = multiprocessing.get_context("spawn")
child = ctx.Process(target=greet, args=("world",))
child.start()
child.join(timeout=60)
print("child exitcode:", child.exitcode)
