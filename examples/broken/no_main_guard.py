# DELIBERATELY BROKEN: this script has no `if __name__ == "__main__":` guard.
# docs/processes.md runs it to show what goes wrong; do not copy it.
import multiprocessing

from mpguide.workers import greet

print("top of the script, in process", multiprocessing.current_process().name)
ctx = multiprocessing.get_context("spawn")
child = ctx.Process(target=greet, args=("world",))
child.start()
child.join(timeout=60)
print("child exitcode:", child.exitcode)
