"""Read the CPU quota that a Linux cgroup (a container, say) sets on this process.

Finds this process's cgroup in /proc/self/cgroup, reads its quota and every
ancestor's, and prints the tightest (there is none on macOS and Windows).
"""

import argparse
import json
from pathlib import Path

# A "0::/PATH" line is cgroup v2, "3:cpu,cpuacct:/PATH" is v1's cpu controller.
FILES = {
    "": "/sys/fs/cgroup/{}/cpu.max",
    "cpu": "/sys/fs/cgroup/cpu/{}/cpu.cfs_quota_us",
}


def quotas(cgroups=Path("/proc/self/cgroup")):
    """Yield (file, CPUs of time or None) from this process's cgroup up to the root."""
    for line in cgroups.read_text().splitlines() if cgroups.exists() else []:
        _, controllers, own = line.split(":", 2)
        kind = "cpu" if "cpu" in controllers.split(",") else controllers
        for folder in [Path(own), *Path(own).parents] if kind in FILES else []:
            file = Path(FILES[kind].format(folder.relative_to("/")))
            if file.exists():  # v2: "QUOTA PERIOD"; v1: QUOTA, and PERIOD beside it
                limit, *period = file.read_text().split()
                period = period or [file.with_name("cpu.cfs_period_us").read_text()]
                none = limit in ("max", "-1")  # no quota set here
                yield file, None if none else int(limit) / int(period[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    found = {str(file): quota for file, quota in quotas()}
    limits = {file: quota for file, quota in found.items() if quota is not None}
    source = min(limits, key=limits.__getitem__, default=None)  # the tightest
    print(f"cgroup CPU files read: {', '.join(found) or 'none'}")
    print(f"quota: {limits[source]:g} CPUs, in {source}" if source else "quota: none")
    if options.json:
        results = {"source": source, "quota": limits.get(source), "files": list(found)}
        Path(options.json).write_text(json.dumps(results))


if __name__ == "__main__":
    main()
