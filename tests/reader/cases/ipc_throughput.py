from example_cases import Case

CASES = [
    Case(
        args=("--scale", "0.05", "--repeat", "1"),
        stdout=(
            r"^message   channel         msgs/s  vs Queue$",
            r"^int       Queue +[\d,]+ +1\.00x$",
            r"^int       SimpleQueue +[\d,]+ +\d+\.\d\dx$",
            r"^int       Pipe +[\d,]+ +\d+\.\d\dx$",
            r"^100 kB    Queue +[\d,]+ +1\.00x$",
            r"^100 kB    Pipe +[\d,]+ +\d+\.\d\dx$",
        ),
    ),
]
