from example_cases import Case

# The script sizes its input by time (the chunksize=1 run takes about
# --seconds), so the item count varies with the machine and the start method:
# a power of two from 100 up. The pool has 2 workers, so map's default chunk
# size is ceil(items / 8) and one chunk a worker is items / 2. Whatever a round
# trip costs, the run takes a few seconds: far inside the runner's timeout.
CASES = [
    Case(
        stdout=(
            r"^\d+00 calls of square\(\) on 2 workers$",
            r"^map's default chunk size here: \d+; one chunk a worker: \d+$",
            r"^way +items/s +vs chunksize=1$",
            r"^map, chunksize=1 +[\d,]+ +1\.0$",
            r"^map, default +[\d,]+ +\d+\.\d$",
            r"^map, one chunk a worker +[\d,]+ +\d+\.\d$",
            r"^imap, default \(1\) +[\d,]+ +\d+\.\d$",
        ),
    ),
    Case(
        id="seconds",
        args=("--seconds", "0.01"),
        stdout=(r"^map, chunksize=1 +[\d,]+ +1\.0$",),
    ),
]
