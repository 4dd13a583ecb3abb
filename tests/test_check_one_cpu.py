"""tools/check_one_cpu.py: the one-CPU build must say it had one CPU."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
_spec = importlib.util.spec_from_file_location(
    "check_one_cpu", ROOT / "tools" / "check_one_cpu.py"
)
assert _spec
assert _spec.loader
check_one_cpu = importlib.util.module_from_spec(_spec)
sys.modules["check_one_cpu"] = check_one_cpu
_spec.loader.exec_module(check_one_cpu)

Rules = check_one_cpu.Rules
RULES = Rules(
    stamp=r"\b1 usable CPU\b",
    pages={"gil": [r"\bbuilt on one usable CPU\b"]},
    forbid=[
        r"\bspeed-?ups? of (?:[^.]|\.\d){0,80}?\bon (?:[2-9]|\d{2,}) (?:usable )?CPUs\b"
    ],
)
ONE_CPU = (
    "<html><head><title>GIL</title><style>p {}</style></head><body>"
    "<p>Built by CPython 3.13.0 &middot; Linux &middot; 1 usable CPU.</p>"
    '<p><span class="pasted-text">This page was <strong>built on\n one usable'
    " CPU</strong></span>, so no parallel speed-up could be shown.</p>"
    "</body></html>"
)


def _tree(tmp_path: Path, page_html: str, prose: str = "Prose.\n") -> Path:
    (tmp_path / "html").mkdir(parents=True)
    (tmp_path / "html" / "gil.html").write_text(page_html, encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "gil_demo.py").write_text("print('hello')\n")
    (tmp_path / "docs" / "gil.md").write_text(
        "# GIL\n\n" + prose + "\n```{literalinclude} ../examples/gil_demo.py\n```\n"
        "\n```{code-cell} ipython3\n:tags: [remove-cell]\n"
        "text = 'built on one usable CPU'\n```\n",
        encoding="utf-8",
    )
    return tmp_path


def test_a_page_that_says_so_passes(tmp_path: Path) -> None:
    root = _tree(tmp_path, ONE_CPU)
    assert check_one_cpu.problems(root / "html", RULES, root) == []


def test_a_page_that_drops_its_one_cpu_wording_fails(tmp_path: Path) -> None:
    dropped = ONE_CPU.replace("built on\n one usable CPU", "built quickly")
    root = _tree(tmp_path, dropped)
    assert check_one_cpu.problems(root / "html", RULES, root) == [
        (
            "gil: built on one CPU, but says nothing matching "
            "'\\\\bbuilt on one usable CPU\\\\b'"
        )
    ]


def test_a_two_cpu_build_is_not_taken_for_a_one_cpu_one(tmp_path: Path) -> None:
    root = _tree(tmp_path, ONE_CPU.replace("1 usable CPU", "2 usable CPUs"))
    [problem] = check_one_cpu.problems(root / "html", RULES, root)
    assert problem.endswith("this HTML was not built with one usable CPU")


def test_a_speed_up_on_several_cpus_is_refused(tmp_path: Path) -> None:
    claim = ONE_CPU.replace(
        "</body>", "<p>Pools gave a speed-up of <b>1.9</b> on 2 CPUs.</p></body>"
    )
    root = _tree(tmp_path, claim)
    assert check_one_cpu.problems(root / "html", RULES, root) == [
        "gil: claims a parallel gain on one CPU: 'speed-up of 1.9 on 2 CPUs'"
    ]


def test_a_phrase_any_build_shows_is_refused(tmp_path: Path) -> None:
    # In the page's prose, the phrase would match on a build with 8 CPUs too.
    root = _tree(tmp_path, ONE_CPU, prose="Had it been built on one usable CPU...\n")
    [problem] = check_one_cpu.problems(root / "html", RULES, root)
    assert "in the page's prose or examples, so it proves nothing" in problem
    # Same for the output of an example the page shows.
    other = _tree(tmp_path / "other", ONE_CPU)
    (other / "examples" / "gil_demo.py").write_text(
        "print('built on one usable CPU')\n"
    )
    [problem] = check_one_cpu.problems(other / "html", RULES, other)
    assert "proves nothing" in problem


def test_a_missing_page_fails(tmp_path: Path) -> None:
    root = _tree(tmp_path, ONE_CPU)
    (root / "html" / "gil.html").unlink()
    [problem] = check_one_cpu.problems(root / "html", RULES, root)
    assert problem.startswith("gil: no ")


def test_the_project_config_loads_and_names_real_pages(tmp_path: Path) -> None:
    rules = Rules.load()
    assert rules.pages
    for page in rules.pages:
        assert (ROOT / "docs" / f"{page}.md").is_file(), page
    config = tmp_path / "rules.json"
    config.write_text(json.dumps({"stamp": "x", "pages": {"gil": ["y"]}}))
    assert Rules.load(config) == Rules("x", {"gil": ["y"]}, [])
    # The command line exits non-zero when a page fails.
    root = _tree(tmp_path / "cli", ONE_CPU.replace("1 usable CPU", "2 usable CPUs"))
    assert check_one_cpu.main([str(root / "html"), "--config", str(config)]) == 1
