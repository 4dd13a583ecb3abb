from example_cases import Case

CASES = [
    Case(
        id="quick",
        args=("--tiny-tasks", "200", "--block-mib", "1", "--repeat", "1"),
        stdout=(
            r"^200 tiny tasks \(count_primes\(50\)\); \d+ blocks of 1 MiB",
            r"^tiny, loop\s+\d+\.\d{4}\s+1\.0x$",
            r"^tiny, pool, chunksize=1\s+\d+\.\d{4}\s+\d+\.\dx$",
            r"^tiny, pool, default chunksize\s+\d+\.\d{4}\s+\d+\.\dx$",
            r"^huge, loop\s+\d+\.\d{4}\s+1\.0x$",
            r"^huge, pool\s+\d+\.\d{4}\s+\d+\.\dx$",
        ),
    ),
]
