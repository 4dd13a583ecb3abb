"""The local Sphinx extensions' text transformations (docs/_ext)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "docs" / "_ext"))

from accessible_headings import add_levels
from executed_examples import add_outputs_note, add_run_it_yourself
from version_badges import VERSION

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


def test_outputs_note_goes_right_under_the_title() -> None:
    text = add_outputs_note(PAGE)
    title_end = text.index("# Title\n") + len("# Title\n")
    assert text[title_end:].startswith(
        "\n```{code-cell} ipython3\n:tags: [remove-input]"
    )
    assert "outputs_note()" in text
    assert add_outputs_note("no title here\n") == "no title here\n"


def test_run_it_yourself_follows_the_first_listing_of_each_example() -> None:
    text = add_run_it_yourself(PAGE)
    assert text.count("{download}`Download demo.py <../examples/demo.py>`") == 1
    assert "run `python examples/demo.py`" in text
    first_listing_end = text.index("```\n", text.index("demo.py")) + 4
    assert text[first_listing_end:].startswith("\n{download}")
    assert "old.py <" not in text  # originals and broken scripts are not offered


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


def test_heading_roles_get_a_level_once() -> None:
    html = '<p class="caption" role="heading"><span>Guides</span></p>'
    fixed = add_levels(html)
    assert (
        fixed
        == '<p class="caption" role="heading" aria-level="2"><span>Guides</span></p>'
    )
    assert add_levels(fixed) == fixed
