from example_cases import Case

# Each way is timed with timeit's autorange(): repeated maps until they take
# 0.2 s or more, so however much a round trip costs under a start method, the
# run takes a few seconds, far inside the runner's timeout. The pool has 2
# workers, so map's default chunk size for 4000 items is ceil(4000 / 8) = 500.
CASES = [
    Case(
        stdout=(
            r"^map and imap of square\(\) over 4000 items on 2 workers$",
            r"^way +items/s +vs chunksize=1$",
            r"^map, chunksize=1 +[\d,]+ +1\.0$",
            r"^map, default \(500\) +[\d,]+ +\d+\.\d$",
            r"^map, chunksize=2000 +[\d,]+ +\d+\.\d$",
            r"^imap, default \(1\) +[\d,]+ +\d+\.\d$",
        ),
    ),
]
