"""The worker for the errata page: the 2016 post's pool task, importable."""


def square(x: int) -> int:
    """Return ``x * x``: the post's pool task, importable under every start method.

    >>> square(10)
    100
    """
    return x * x
