"""The executed-docs pipeline, tested on a small copy of the real site.

Each test builds a throwaway project that uses the real ``docs/conf.py`` and
extensions, with two tiny pages that each run one example and a small
``mpguide`` of its own, and checks what was executed and what the HTML shows.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PAGE = """\
---
file_format: mystnb
kernelspec:
  name: python3
  display_name: Python 3
---

# Page {name}

```{{literalinclude}} ../examples/{name}.py
```

```{{code-cell}} ipython3
:tags: [remove-input]
from mpdocs import show_example

show_example("{name}.py")
```
"""

MODULE = '''\
"""{name} workers."""

#: What hello() says.
GREETING = "{name} says hello"


def hello() -> str:
    return GREETING
'''

INDEX = """\
# Test site

```{toctree}
one
two
```
"""


@dataclass
class Build:
    returncode: int
    log: str
    #: The command of each example run, as mpdocs.runner logged it.
    runs: list[str]

    @property
    def scripts(self) -> list[str]:
        """The file name of each script run, sorted (whatever its command)."""
        return sorted(
            Path(word).name
            for run in self.runs
            for word in shlex.split(run)
            if word.endswith(".py")
        )


class Site:
    """A copy of the real docs machinery with two pages, one example each.

    Its ``mpguide`` is a small package of its own: three modules, ``alpha``,
    ``beta`` and ``gamma``, each with a ``hello()`` worker.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        for folder in ("_ext", "_intersphinx", "_static"):
            shutil.copytree(ROOT / "docs" / folder, root / "docs" / folder)
        shutil.copy2(ROOT / "docs" / "conf.py", root / "docs" / "conf.py")
        # The project's metadata: an HTML build may package the site's mpguide.
        for name in ("pyproject.toml", "README.md", "LICENSE"):
            shutil.copy2(ROOT / name, root / name)
        (root / "docs" / "index.md").write_text(INDEX)
        for name in ("one", "two"):
            (root / "docs" / f"{name}.md").write_text(PAGE.format(name=name))
            self.write_example(name, f"print('{name} says hello')")
        self.write_module("__init__", '"""Workers for the test site."""')
        for name in ("alpha", "beta", "gamma"):
            self.write_module(name, MODULE.format(name=name))

    def write_example(self, name: str, body: str) -> None:
        path = self.root / "examples" / f"{name}.py"
        path.parent.mkdir(exist_ok=True)
        path.write_text(textwrap.dedent(body) + "\n")

    def write_module(self, name: str, body: str) -> None:
        path = self.root / "mpguide" / f"{name}.py"
        path.parent.mkdir(exist_ok=True)
        path.write_text(textwrap.dedent(body).lstrip() + "\n")

    def edit_module(self, name: str) -> None:
        path = self.root / "mpguide" / f"{name}.py"
        path.write_text(path.read_text() + "# an edit\n")

    def add_cell(self, page: str, code: str) -> None:
        path = self.root / "docs" / f"{page}.md"
        cell = f"\n```{{code-cell}} ipython3\n{code}\n```\n"
        path.write_text(path.read_text() + cell)

    def build(self, *extra: str) -> Build:
        out = self.root / "docs" / "_build"
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "sphinx",
                "-b",
                "html",
                "-n",
                "-W",
                "--keep-going",
                "-d",
                str(out / "doctrees"),
                *extra,
                str(self.root / "docs"),
                str(out / "html"),
            ],
            capture_output=True,
            text=True,
            timeout=600,
            # Notebook kernels import this site's mpguide, not the checkout's.
            env={**os.environ, "PYTHONPATH": str(self.root)},
            check=False,
        )
        log_file = out / "doctrees" / "mpguide-executions.log"
        runs = log_file.read_text().splitlines() if log_file.exists() else []
        return Build(result.returncode, result.stdout + result.stderr, runs)

    def html(self, page: str) -> str:
        return (self.root / "docs" / "_build" / "html" / f"{page}.html").read_text()


@pytest.fixture
def site(tmp_path: Path) -> Site:
    return Site(tmp_path)


def _built(build: Build) -> Build:
    assert build.returncode == 0, build.log
    return build


def test_pages_show_output_of_a_real_run(site: Site) -> None:
    build = _built(site.build())
    assert build.scripts == ["one.py", "two.py"]
    assert "mpguide: 2 example run(s) executed in this build" in build.log
    # The build says how long the notebooks took, and which were slowest.
    assert re.search(
        r"^notebook execution: [\d.]+ s over 2 pages; slowest: (one|two) [\d.]+ s, "
        r"(one|two) [\d.]+ s$",
        build.log,
        re.MULTILINE,
    ), build.log
    html = site.html("one")
    assert "one says hello" in html
    assert "[exit status 0 · " in html


def test_warm_rebuild_executes_nothing(site: Site) -> None:
    _built(site.build())
    again = _built(site.build())
    assert again.runs == [], again.log
    assert "mpguide: 0 example run(s) executed in this build" in again.log
    assert (
        "notebook execution: 0.0 s over 2 pages (2 from the cache or unchanged, "
        "counted as 0 s)"
    ) in again.log
    # Even a full re-read (-E) is served from the execution cache.
    fresh_env = _built(site.build("-E"))
    assert fresh_env.runs == [], fresh_env.log
    assert "notebook execution: 0.0 s over 2 pages (2 from the cache" in fresh_env.log
    assert "one says hello" in site.html("one")


def test_editing_an_example_reruns_only_its_page(site: Site) -> None:
    _built(site.build())
    site.write_example("one", "print('one has changed')")
    build = _built(site.build())
    assert build.scripts == ["one.py"], build.log
    assert "one has changed" in site.html("one")
    assert "one says hello" not in site.html("one")
    assert "two says hello" in site.html("two")


def test_editing_a_module_reruns_only_the_pages_that_import_it(site: Site) -> None:
    # Page one's example imports alpha; page two's own code cell imports beta,
    # which imports helpers (a page may use more than workers); nothing
    # imports gamma.
    site.write_module(
        "beta",
        """
        from mpguide.helpers import shout


        def hello() -> str:
            return shout("beta says hello")
        """,
    )
    site.write_module(
        "helpers", "def shout(text: str) -> str:\n    return text.upper()"
    )
    site.write_example("one", "from mpguide.alpha import hello\n\nprint(hello())")
    site.add_cell("two", "from mpguide import beta\n\nprint(beta.hello())")
    _built(site.build())
    assert "alpha says hello" in site.html("one")
    assert "BETA SAYS HELLO" in site.html("two")

    one, two = ["one.py"], ["two.py"]
    for module, reruns in [
        ("alpha", one),
        ("beta", two),
        ("helpers", two),
        ("gamma", []),
        ("__init__", one + two),
    ]:
        site.edit_module(module)
        build = _built(site.build())
        assert build.scripts == reruns, (module, build.log)


def test_listing_shows_imported_source_and_links_a_standalone_copy(
    site: Site,
) -> None:
    site.write_example(
        "one",
        '''
        """Say hello from a worker."""

        from mpguide.alpha import hello


        def main() -> None:
            print(hello())


        if __name__ == "__main__":
            main()
        ''',
    )
    _built(site.build())
    html = site.html("one")
    details = html[html.index('<details class="mpguide-imports">') :]
    details = details[: details.index("</details>")]
    assert "<code>hello</code>" in details
    assert "mpguide/alpha.py: GREETING" in details
    assert "mpguide/alpha.py: hello" in details
    assert details.count('<div class="fragment highlight-python') == 2
    assert 'href="examples/one.py"' in html
    assert "<details" not in site.html("two")  # its example imports nothing

    copy = site.root / "docs" / "_build" / "html" / "examples" / "one.py"
    code = copy.read_text()
    assert "# Copied from mpguide/alpha.py" in code
    assert "\nfrom mpguide" not in code
    empty = site.root / "empty"
    empty.mkdir()
    result = subprocess.run(
        [sys.executable, "-I", "-S", str(copy)],
        cwd=empty,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stdout) == (0, "alpha says hello\n"), result


def test_failing_example_fails_the_build_with_its_traceback(site: Site) -> None:
    site.write_example(
        "two",
        """
        def divide():
            return 1 / 0

        divide()
        """,
    )
    build = site.build()
    assert build.returncode != 0
    assert "examples/two.py" in build.log
    assert "exited with status 1, expected 0" in build.log
    assert "Traceback (most recent call last)" in build.log
    assert "ZeroDivisionError: division by zero" in build.log


def test_hung_example_is_killed_and_fails_the_build(site: Site) -> None:
    site.write_example("one", "import threading\nthreading.Event().wait()")
    (site.root / "docs" / "one.md").write_text(
        PAGE.format(name="one").replace(
            'show_example("one.py")', 'show_example("one.py", timeout=3)'
        )
    )
    build = site.build()
    assert build.returncode != 0
    assert "examples/one.py timed out after 3 s and was killed" in build.log


def test_a_glued_sentence_fails_the_build_and_a_phrase_does_not(site: Site) -> None:
    site.add_cell(
        "one",
        ":tags: [remove-cell]\n"
        "from myst_nb import glue\n"
        "from mpdocs import Markdown\n"
        "glue('phrase', Markdown('1.9\\u00d7 (1.8\\u20132.0 over 5 rounds)'), display=False)",
    )
    (site.root / "docs" / "one.md").write_text(
        (site.root / "docs" / "one.md").read_text()
        + "\nThe pool ran {glue:md}`phrase`.\n"
    )
    _built(site.build())
    site.add_cell(
        "two",
        ":tags: [remove-cell]\n"
        "from myst_nb import glue\n"
        "from mpdocs import Markdown\n"
        "glue('sentence', Markdown('On this machine the pool ran faster than "
        "the loop, which shows that the workers really did run at the same "
        "time.'), display=False)",
    )
    build = site.build()
    assert build.returncode != 0
    assert "glued Markdown 'sentence' has 22 words, more than 20" in build.log
    assert "'phrase'" not in build.log


def test_a_builder_note_shows_only_on_its_builder(site: Site) -> None:
    site.add_cell(
        "one",
        ":tags: [remove-cell]\n"
        "from myst_nb import glue\n"
        "glue('builder', 'one-cpu', display=False)",
    )
    (site.root / "docs" / "one.md").write_text(
        (site.root / "docs" / "one.md").read_text()
        + "\n```{builder-note} one-cpu One CPU\nOnly one CPU here.\n```\n"
        + "\n```{builder-note} busy Busy\nA busy machine here.\n```\n"
    )
    (site.root / "docs" / "two.md").write_text(
        (site.root / "docs" / "two.md").read_text()
        + "\n```{builder-note} one-cpu One CPU\nNot executed, no note.\n```\n"
    )
    _built(site.build())
    one, two = site.html("one"), site.html("two")
    assert "Only one CPU here." in one
    assert "builder-one-cpu" in one
    assert "A busy machine here." not in one
    assert "Not executed, no note." not in two
