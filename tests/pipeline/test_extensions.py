"""The local Sphinx extensions' text transformations (docs/_ext)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "docs" / "_ext"))

from accessible_headings import add_levels
from executed_examples import (
    add_outputs_note,
    add_run_it_yourself,
    builder_key,
    code_cells,
    page_inputs,
    write_standalone_examples,
)
from version_badges import VERSION, version_spans

PAGE = """\
---
file_format: mystnb
---

(label)=
# Title

```{literalinclude} ../examples/demo.py
:language: python
```

Text.

```{literalinclude} ../examples/demo.py
:pyobject: main
:class: fragment
```

```{literalinclude} ../examples/original/old.py
```
"""


def test_a_page_that_measures_is_keyed_by_the_usable_cpus() -> None:
    assert builder_key(PAGE) == ""
    key = builder_key(PAGE + "```{builder-note} one-cpu One CPU\nText.\n```\n")
    assert key.startswith("# Measured with ")
    assert "usable CPU(s)" in key


def test_outputs_note_goes_right_under_the_title() -> None:
    text = add_outputs_note(PAGE)
    title_end = text.index("# Title\n") + len("# Title\n")
    assert text[title_end:].startswith(
        "\n```{code-cell} ipython3\n:tags: [remove-input]"
    )
    assert "outputs_note()" in text
    assert add_outputs_note("no title here\n") == "no title here\n"


def test_imports_and_download_follow_the_first_listing_of_each_example() -> None:
    text = add_run_it_yourself(PAGE)
    assert text.count("```{mpguide-imports} ../examples/demo.py\n```") == 1
    assert text.count("{mpguide-download}`demo.py`") == 1
    first_listing_end = text.index("```\n", text.index("demo.py")) + 4
    assert text[first_listing_end:].startswith(
        "\n```{mpguide-imports} ../examples/demo.py\n```\n\n{mpguide-download}"
    )
    assert "old.py" not in text.replace(
        "```{literalinclude} ../examples/original/old.py", ""
    )  # originals and broken scripts are not offered


NOTEBOOK = """\
---
file_format: mystnb
---

# Title

```{code-cell} ipython3
:tags: [remove-input]
from mpguide.alpha import hello
```

````{code-cell} ipython3
---
tags: [hide-output]
---
%matplotlib inline
from mpguide.beta import (
    hello,
)
import mpguide.gamma
````

Prose that says `from mpguide.delta import x` is not code.

```python
from mpguide.epsilon import shown_not_run
```
"""


def test_code_cells_are_found_with_either_option_style() -> None:
    cells = code_cells(NOTEBOOK)
    assert len(cells) == 2
    assert cells[0] == "from mpguide.alpha import hello\n"
    assert cells[1].startswith("%matplotlib inline\n")


def test_page_inputs_follow_examples_and_cells_through_imports(tmp_path: Path) -> None:
    package = tmp_path / "mpguide"
    package.mkdir()
    for name in ("__init__", "alpha", "beta", "gamma", "delta", "epsilon", "zeta"):
        (package / f"{name}.py").write_text("")
    (package / "beta.py").write_text("from mpguide.zeta import z\n")
    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "demo.py").write_text("from mpguide import epsilon\n")
    helpers = tmp_path / "docs" / "_ext" / "mpdocs"
    helpers.mkdir(parents=True)
    for name in ("__init__", "runner", "words", "unused"):
        (helpers / f"{name}.py").write_text("")
    (helpers / "__init__.py").write_text("from mpdocs.runner import show_example\n")
    page = (
        NOTEBOOK
        + "```{code-cell} ipython3\nfrom mpdocs.words import verdict\n```\n"
        + 'show_example("demo.py")\n'
    )
    examples, modules, used_helpers = page_inputs(page, tmp_path)
    # Editing the runner or a page's sentence logic re-runs the page too.
    assert [h.name for h in used_helpers] == ["__init__.py", "runner.py", "words.py"]
    assert examples == [tmp_path / "examples" / "demo.py"]
    assert [m.name for m in modules] == [
        "__init__.py",
        "alpha.py",
        "beta.py",
        "epsilon.py",
        "gamma.py",
        "zeta.py",
    ]


def test_page_inputs_include_the_data_files_its_helpers_name(tmp_path: Path) -> None:
    (tmp_path / "mpguide").mkdir()
    (tmp_path / "mpguide" / "__init__.py").write_text("")
    helpers = tmp_path / "docs" / "_ext" / "mpdocs"
    helpers.mkdir(parents=True)
    (helpers / "__init__.py").write_text("")
    (helpers / "quotes.py").write_text('FILE = "_data/recorded.json"\n')
    data = tmp_path / "docs" / "_data"
    data.mkdir()
    (data / "recorded.json").write_text("{}")
    (data / "other.json").write_text("{}")
    page = NOTEBOOK + "```{code-cell} ipython3\nfrom mpdocs.quotes import FILE\n```\n"
    _, _, used = page_inputs(page, tmp_path)
    # Re-recording the texts a page quotes re-runs that page, and only that one.
    assert [p.name for p in used] == ["__init__.py", "quotes.py", "recorded.json"]


def test_standalone_downloads_are_written_or_refused_by_name(tmp_path: Path) -> None:
    package = tmp_path / "mpguide"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "workers.py").write_text("def hello():\n    return 'hi'\n")
    (package / "cli.py").write_text("def example_parser():\n    pass\n")
    examples = tmp_path / "examples"
    examples.mkdir()
    (examples / "good.py").write_text(
        '"""Good."""\n\nfrom mpguide.workers import hello\n\nprint(hello())\n'
    )
    (examples / "bad.py").write_text("from mpguide.cli import example_parser\n")
    out = tmp_path / "html"
    problems = write_standalone_examples(tmp_path, out)
    assert len(problems) == 1
    assert "examples/bad.py" in problems[0]
    assert "mpguide.cli" in problems[0]
    assert "def hello():" in (out / "examples" / "good.py").read_text()
    assert not (out / "examples" / "bad.py").exists()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("since 3.8.", ["3.8"]),
        ("changed in 3.14, and", ["3.14"]),
        ("Python 3.13.0 built it", ["Python 3.13.0"]),
        ("3.10+ only", ["3.10+"]),
        ("a 3.15x speed-up", []),
        ("12.5% or 3.12%", []),
        ("version 13.13", []),
    ],
)
def test_version_mentions(text: str, found: list[str]) -> None:
    assert VERSION.findall(text) == found


def test_a_measured_ratio_is_no_version() -> None:
    text = "Since 3.12 the pool took 3.12\u00d7 (3.1\u20133.13 over 5 rounds) as long."
    assert [text[a:b] for a, b in version_spans(text)] == ["3.12"]


def test_heading_roles_get_a_level_once() -> None:
    html = '<p class="caption" role="heading"><span>Guides</span></p>'
    fixed = add_levels(html)
    assert (
        fixed
        == '<p class="caption" role="heading" aria-level="2"><span>Guides</span></p>'
    )
    assert add_levels(fixed) == fixed
