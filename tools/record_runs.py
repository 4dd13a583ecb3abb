"""Record the performance examples' results for the sentence modules' tests.

The pages word their timing claims with small modules in ``docs/_ext/mpdocs/``
(``choosing``, ``gil_text``, ``cpu_count_text``, ``start_text``, ``clusters``,
``proc_outcomes``); their tests in ``tests/`` load real runs recorded by this
tool from ``tests/recorded/<condition>/<example-stem>.json``. Each file holds what the
example wrote with ``--json`` (run through :func:`mpdocs.runner.run_example`
with the page's own arguments, exactly as the build runs it), the inputs the
page passes to its sentence module besides (the busy-CPU probe,
:func:`mpdocs.cpus.pool_busy_cpus`, and the usable CPUs), and the machine's
state: Python, usable CPUs and load averages before and after.

Conditions:

``quiet-2cpu``
    the machine as it is; record it when nothing else runs.
``busy-2cpu``
    the tool keeps one core busy with a spinning process (``taskset -c 1``)
    for the whole run, and always stops it.
``one-cpu``
    the tool runs itself again under ``taskset -c 0``: one usable CPU.

Run it in the docs environment (the Dask and joblib examples need their
extras), from the top of the clone::

    .nox/docs/bin/python tools/record_runs.py --condition quiet-2cpu
    .nox/docs/bin/python tools/record_runs.py --condition one-cpu --only gil_cpu_vs_io
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "recorded"
CONDITIONS = ("quiet-2cpu", "busy-2cpu", "one-cpu")
_PINNED = "MPGUIDE_RECORD_PINNED"  # set when the tool re-ran itself under taskset

#: The examples whose ``--json`` the tested sentence modules read, with the
#: arguments their pages pass to ``show_example`` (grep the pages to check).
EXAMPLES: dict[str, tuple[str, ...]] = {
    "first_pool.py": (),  # docs/tutorial.md
    "choose_model_cpu.py": ("--start-method", "spawn"),  # docs/choosing.md
    "choose_model_io.py": ("--start-method", "spawn"),  # docs/choosing.md
    "gil_cpu_vs_io.py": ("--start-method", "forkserver"),  # docs/gil.md
    "cpu_counts.py": ("--start-method", "spawn"),  # docs/cpu_count.md
    "cgroup_quota.py": (),  # docs/cpu_count.md
    "worker_scaling.py": ("--start-method", "spawn"),  # docs/cpu_count.md
    "start_method_costs.py": (),  # docs/start_methods.md
    "dask_local_cluster.py": ("--start-method", "spawn"),  # docs/beyond_one_machine.md
    "joblib_loky.py": (),  # docs/beyond_one_machine.md
    # From the chunking and bench branches (mpdocs.chunk_claims and
    # mpdocs.measuring_text read them); recorded once those are merged.
    "chunksize_sweep.py": ("--start-method", "spawn"),  # docs/chunking.md
    "chunksize_by_hand.py": ("--start-method", "spawn"),  # docs/chunking.md
    "chunksize_uneven.py": ("--start-method", "spawn"),  # docs/chunking.md
    "exitcode_cost.py": (),  # docs/start_methods.md
    "forkserver_round_trips.py": (),  # docs/start_methods.md
    "amdahl_curve.py": ("--start-method", "spawn"),  # docs/measuring.md
    "payload_cost.py": ("--start-method", "spawn"),  # docs/measuring.md
    "tiny_tasks_lose.py": ("--start-method", "spawn"),  # docs/measuring.md
    "big_arguments_lose.py": ("--start-method", "spawn"),  # docs/measuring.md
    # From the arrays page, merged into main after this table was started
    # (mpdocs.arrays_text reads them; they need the ``arrays`` extra).
    "shared_array_vs_pickle.py": (),  # docs/arrays.md
    "pandas_pickle_cost.py": (),  # docs/arrays.md
    "blas_oversubscription.py": (),  # docs/arrays.md
}

#: Examples whose page brackets the run with the busy-CPU probe: the probe's
#: start method, its workers (None: the usable CPUs) and ``limit``, as passed.
PROBES: dict[str, tuple[str, int | None, int]] = {
    "choose_model_cpu.py": ("spawn", None, 150_000),  # docs/choosing.md
    "gil_cpu_vs_io.py": ("forkserver", 2, 150_000),  # docs/gil.md
    "amdahl_curve.py": ("spawn", None, 100_000),  # docs/measuring.md
}


def _import_mpdocs() -> None:
    for path in (ROOT / "docs" / "_ext", ROOT):
        if str(path) not in sys.path:
            sys.path.insert(0, str(path))
    os.environ.setdefault("MPGUIDE_ROOT", str(ROOT))


@contextmanager
def competing_process(condition: str) -> Iterator[list[str]]:
    """For ``busy-2cpu``, a pure-Python loop spinning on core 1 meanwhile."""
    if condition != "busy-2cpu":
        yield []
        return
    command = ["taskset", "-c", "1", sys.executable, "-c", "while True: pass"]
    spinner = subprocess.Popen(command, stdin=subprocess.DEVNULL)
    try:
        yield command
    finally:
        spinner.kill()
        spinner.wait(timeout=30)


def record(name: str, condition: str, competitor: list[str]) -> dict[str, Any]:
    """Run one example as its page does and return the file's contents."""
    import multiprocessing  # noqa: PLC0415

    from mpdocs.cpus import pool_busy_cpus  # noqa: PLC0415
    from mpdocs.runner import run_example  # noqa: PLC0415
    from mpdocs.stamp import usable_cpus  # noqa: PLC0415

    usable = usable_cpus()
    probe = PROBES.get(name)
    probes: list[float] = []

    def take_probe() -> None:
        if probe:
            method, workers, limit = probe
            ctx = multiprocessing.get_context(method)
            probes.append(pool_busy_cpus(ctx, workers or usable, limit=limit))

    load_before = os.getloadavg()
    take_probe()
    run = run_example(name, *EXAMPLES[name], results=True)
    take_probe()
    load_after = os.getloadavg()
    if run.returncode != 0:
        raise SystemExit(f"{run.command} failed ({run.returncode}):\n{run.stderr}")
    inputs: dict[str, Any] = {"usable": usable}
    if probes:
        inputs["busy"] = min(probes)  # the page words its claims from the lower one
    return {
        "condition": condition,
        "example": name,
        "args": list(EXAMPLES[name]),
        "recorded": datetime.datetime.now(datetime.timezone.utc).isoformat(
            timespec="seconds"
        ),
        "python": platform.python_version(),
        "machine": {
            "installed_cpus": os.cpu_count(),
            "usable_cpus": usable,
            "affinity": sorted(os.sched_getaffinity(0)),
            "competing_process": " ".join(competitor) or None,
            "loadavg_before": [round(x, 2) for x in load_before],
            "loadavg_after": [round(x, 2) for x in load_after],
        },
        "probe": {"before": probes[0], "after": probes[1]} if probes else None,
        "inputs": inputs,
        "seconds": round(run.seconds, 3),
        "results": run.results,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--condition", choices=CONDITIONS, required=True)
    parser.add_argument(
        "--only",
        action="append",
        metavar="NAME",
        help="an example (stem or file name) to record; repeat for more",
    )
    options = parser.parse_args()
    names = list(EXAMPLES)
    if options.only:
        wanted = {n if n.endswith(".py") else f"{n}.py" for n in options.only}
        if unknown := wanted - set(EXAMPLES):
            raise SystemExit(f"not in EXAMPLES: {sorted(unknown)}")
        names = [n for n in names if n in wanted]
    if options.condition == "one-cpu" and not os.environ.get(_PINNED):
        if not shutil.which("taskset"):
            raise SystemExit("one-cpu needs taskset (util-linux)")
        os.environ[_PINNED] = "1"
        command = ["taskset", "-c", "0", sys.executable, *sys.argv]
        os.execvp(command[0], command)
    if options.condition != "one-cpu" and len(os.sched_getaffinity(0)) < 2:
        raise SystemExit(f"{options.condition} needs at least 2 usable CPUs")
    _import_mpdocs()
    folder = OUT / options.condition
    folder.mkdir(parents=True, exist_ok=True)
    missing = [n for n in names if not (ROOT / "examples" / n).is_file()]
    with competing_process(options.condition) as competitor:
        for name in names:
            if name in missing:
                print(f"SKIPPED examples/{name}: not in this checkout", flush=True)
                continue
            data = record(name, options.condition, competitor)
            path = folder / f"{Path(name).stem}.json"
            path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
            print(f"{path.relative_to(ROOT)}: {data['seconds']} s", flush=True)
            load = data["machine"]["loadavg_before"][0]
            if options.condition == "quiet-2cpu" and load > 1.0:
                print(f"  warning: load average {load} before it: not quiet")
    if missing:
        raise SystemExit(f"not recorded, no such example: {', '.join(missing)}")


if __name__ == "__main__":
    main()
