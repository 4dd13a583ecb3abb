"""A task that computes in C code that releases the GIL.

The GIL page and the choosing page compare it with
:func:`~mpguide.workers.count_primes`, which computes in pure Python and holds
the GIL the whole time.
"""

import hashlib

_MIB = bytes(2**20)


def hash_zeros(megabytes: int) -> str:
    """SHA-256 of *megabytes* MiB of zero bytes, as a hex string.

    The data is fed to the hash 1 MiB at a time. :mod:`hashlib` releases the
    GIL while it hashes a buffer of more than 2047 bytes, so threads running
    this task keep several CPUs busy; only the short loop between two chunks
    needs the GIL. Only the small int travels to a worker process.

    >>> hash_zeros(0)[:16]
    'e3b0c44298fc1c14'
    >>> hash_zeros(2) == hashlib.sha256(bytes(2 * 2**20)).hexdigest()
    True
    """
    digest = hashlib.sha256()
    for _ in range(megabytes):
        digest.update(_MIB)
    return digest.hexdigest()
