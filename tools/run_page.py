"""Execute one page's code cells, as the docs build would, and show the result.

A quick check while editing a page: ``python tools/run_page.py docs/pools.md``
(in the docs environment, ``.nox/docs/bin/python``). It runs every code cell in
a fresh kernel from ``docs/``, with the build's helpers importable, prints each
cell's text output, and exits 1 on the first cell that raises. The real build
(``nox -s docs``) is still the judge: this skips Sphinx, glue and the cache.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import nbclient
from myst_nb.core.read import read_myst_markdown_notebook

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path, help="a MyST notebook page in docs/")
    parser.add_argument("--timeout", type=int, default=600, help="seconds per cell")
    options = parser.parse_args()
    notebook = read_myst_markdown_notebook(options.page.read_text(encoding="utf-8"))
    os.environ["MPGUIDE_ROOT"] = str(ROOT)
    os.environ["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(ROOT / "docs" / "_ext"), os.environ.get("PYTHONPATH")])
    )
    client = nbclient.NotebookClient(
        notebook,
        timeout=options.timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(ROOT / "docs")}},
    )
    start = time.perf_counter()
    try:
        client.execute()
    except nbclient.exceptions.CellExecutionError as error:
        print(error, file=sys.stderr)
        sys.exit(1)
    finally:
        for index, cell in enumerate(notebook.cells):
            if cell.cell_type != "code":
                continue
            print(f"--- cell {index} ---")
            for output in cell.get("outputs", []):
                text = output.get("text") or output.get("data", {}).get("text/plain")
                if text:
                    print(text.rstrip())
    print(f"ran {options.page} in {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
