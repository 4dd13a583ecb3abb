"""Read the CPU quota that a Linux cgroup (a container, say) sets on this process.

Prints the file it read and how many CPUs' worth of time the quota grants, or
that no cgroup CPU file was found (as on macOS and Windows).
"""

import argparse
import json
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", metavar="FILE", help="also write the numbers to FILE")
    options = parser.parse_args()
    v2 = Path("/sys/fs/cgroup/cpu.max")  # cgroup v2: "QUOTA PERIOD", "max" for none
    v1 = Path("/sys/fs/cgroup/cpu/cpu.cfs_quota_us")  # cgroup v1: -1 for none
    source = quota = None
    if v2.exists():
        source, (limit, period) = str(v2), v2.read_text().split()
        quota = None if limit == "max" else int(limit) / int(period)
    elif v1.exists():
        source, limit = str(v1), int(v1.read_text())
        period = int(v1.with_name("cpu.cfs_period_us").read_text())
        quota = None if limit == -1 else limit / period
    if source is None:
        print("no cgroup CPU files found: no quota this script can read")
    elif quota is None:
        print(f"{source}: no CPU quota")
    else:
        print(f"{source}: a quota of {quota:g} CPUs")
    if options.json:
        Path(options.json).write_text(json.dumps({"source": source, "quota": quota}))


if __name__ == "__main__":
    main()
