"""Make stdout line-buffered, as it is when a script writes to a terminal.

``mpguide.examples`` puts this folder on ``PYTHONPATH`` when it runs an example,
so the example and every child it starts (spawn and forkserver children are
fresh interpreters) flush each line as it is printed. Piped output would
otherwise be block-buffered, and lines would arrive in the order processes
exit rather than the order they were printed. Unbuffered output (``-u``) is no
answer: ``print`` then writes the text and the newline separately, and lines
from different processes can interleave mid-line.
"""

import io
import sys

if isinstance(sys.stdout, io.TextIOWrapper):
    sys.stdout.reconfigure(line_buffering=True)
