"""Build, serve, test and lint mpguide: ``nox -l`` lists the sessions."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import nox

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = True

ROOT = Path(__file__).resolve().parent
PROJECT = nox.project.load_toml("pyproject.toml")
DOCS_PYTHON = "3.13"
SUPPORTED_PYTHONS = ("3.10", "3.11", "3.12", "3.13", "3.14")
# No CPython 3.14 build can be installed on the project's machines (see
# README): it is tested when present and otherwise reported as missing.
OPTIONAL_PYTHONS = {"3.14"}
PYENV_VERSIONS = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
SHIMS = ROOT / ".nox" / "_interpreters"


def _works(executable: str) -> bool:
    try:
        result = subprocess.run(
            [executable, "-c", "import sys; sys.exit(0)"],
            capture_output=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return result.returncode == 0


def _find_interpreter(version: str) -> str | None:
    """A working ``pythonX.Y``: from PATH, else from pyenv's versions folder.

    pyenv's shims on PATH exist for every version but fail for the ones not
    selected, so a name on PATH is trusted only after it runs.
    """
    on_path = shutil.which(f"python{version}")
    if on_path and _works(on_path):
        return on_path
    candidates = sorted(
        PYENV_VERSIONS.glob(f"{version}.*/bin/python{version}"),
        key=lambda p: [int(n) for n in p.parts[-3].split(".") if n.isdigit()],
    )
    for candidate in reversed(candidates):
        if _works(str(candidate)):
            return str(candidate)
    return None


def _expose_interpreters() -> list[str]:
    """Put every supported Python that exists on PATH as ``pythonX.Y``.

    Returns the versions sessions should run on; prints which were missing.
    """
    SHIMS.mkdir(parents=True, exist_ok=True)
    found, missing = [], []
    for version in SUPPORTED_PYTHONS:
        interpreter = _find_interpreter(version)
        if interpreter is None:
            missing.append(version)
            continue
        found.append(version)
        link = SHIMS / f"python{version}"
        if not link.exists() or link.resolve() != Path(interpreter).resolve():
            link.unlink(missing_ok=True)
            link.symlink_to(interpreter)
    os.environ["PATH"] = os.pathsep.join([str(SHIMS), os.environ.get("PATH", "")])
    if missing:
        print(
            f"nox: supported Pythons not found: {', '.join(missing)} "
            f"(found: {', '.join(found) or 'none'})",
            file=sys.stderr,
        )
    # Required versions stay in the list even when missing, so that nox skips
    # them loudly locally and fails in CI (where CI is set).
    return [v for v in SUPPORTED_PYTHONS if v in found or v not in OPTIONAL_PYTHONS]


TEST_PYTHONS = _expose_interpreters()


def _usable_cpus() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


#: Most example runs and browser tests wait on child processes, pipes and
#: pages rather than compute, so one test process more than there are CPUs
#: keeps them busy (the leak check tells apart what each test started). Add
#: "-n 0" after ``--`` to run them one at a time.
PARALLEL = ("--numprocesses", str(_usable_cpus() + 1))


def _install_project(session: nox.Session, *groups: str) -> None:
    session.install(*nox.project.dependency_groups(PROJECT, *groups))
    session.install("-e", ".")


@nox.session(python=TEST_PYTHONS, tags=["test"])
def tests(session: nox.Session) -> None:
    """Reader tests (mpguide, every example x start method) on one Python; build tests on the docs Python."""
    _install_project(session, "test")
    # The build's own code runs on the docs Python only (Sphinx needs 3.11+),
    # so its tests do too; a path after -- picks other folders.
    folders = ["tests/reader"]
    if session.python == DOCS_PYTHON:
        folders.append("tests/build")
    session.run("pytest", *PARALLEL, *(session.posargs or folders))


@nox.session(python=DOCS_PYTHON, tags=["test"])
def pipeline(session: nox.Session) -> None:
    """Tests of the executed-docs pipeline: caching, failures, RTD config."""
    _install_project(session, "pipeline")
    # Each test builds its own small site in its own folder: they run side by side.
    session.run("pytest", *PARALLEL, "tests/pipeline", *session.posargs)


@nox.session(python=DOCS_PYTHON, tags=["test"])
def doctest(session: nox.Session) -> None:
    """Doctests in mpguide/ and mpdocs; visible notebook cells and python blocks in docs/."""
    # mpdocs draws figures and glues values: it needs the docs' packages.
    _install_project(session, "doctest", "docs")
    session.run(
        "pytest",
        "-p",
        "no:cacheprovider",
        "--doctest-modules",
        "mpguide",
        "docs",
        *session.posargs,
    )


@nox.session(python=DOCS_PYTHON, tags=["test"])
def lint(session: nox.Session) -> None:
    """Ruff, mypy, spelling, Markdown, MyST syntax, toctree and example coverage."""
    _install_project(session, "lint", "docs")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")
    session.run("codespell")
    session.run("python", "tools/lint_docs.py")
    session.run(
        "pymarkdown",
        "--config",
        ".pymarkdown.json",
        "scan",
        "-r",
        "docs",
        "README.md",
        "CONTRIBUTING.md",
    )
    # Parse every page without executing it: MyST errors, orphan pages, bad refs.
    session.run(
        "sphinx-build",
        "-b",
        "dummy",
        "-q",
        "-n",
        "-W",
        "--keep-going",
        "-D",
        "nb_execution_mode=off",
        # Without execution there are no glued values or kernel lexers to find.
        "-D",
        "suppress_warnings=mystnb.glue,myst-nb.lexer",
        "docs",
        str(Path(session.create_tmp()) / "dummy"),
    )


def _sphinx_build(session: nox.Session, builder: str, *extra: str) -> None:
    session.run(
        "sphinx-build",
        "-b",
        builder,
        "-n",
        "-W",
        "--keep-going",
        *extra,
        "docs",
        f"docs/_build/{builder}",
    )


@nox.session(python=DOCS_PYTHON)
def docs(session: nox.Session) -> None:
    """Build the HTML site into docs/_build/html (warnings are errors)."""
    _install_project(session, "docs")
    _sphinx_build(session, "html", *session.posargs)


#: A busy loop for one CPU, given the PID of the process that starts it. It
#: stops by itself as soon as that process is gone (its parent is no longer
#: that PID), so even a killed nox leaves nothing spinning.
BUSY_LOOP = "import os, sys\nwhile os.getppid() == int(sys.argv[1]):\n    pass\n"


@nox.session(name="docs-busy", python=DOCS_PYTHON)
def docs_busy(session: nox.Session) -> None:
    """Build the site with every page executed while another program keeps CPU 1 busy.

    The build must pass on a shared builder: a competing process pinned to
    one of the CPUs, for the whole build. Options after ``--`` go to
    sphinx-build. The busy process is stopped when the build ends, however
    it ends.
    """
    _install_project(session, "docs")
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    if len(cpus) < 2 or not shutil.which("taskset"):
        session.error("docs-busy needs taskset and at least 2 usable CPUs")
    busy = subprocess.Popen(
        [
            "taskset",
            "-c",
            str(cpus[-1]),
            sys.executable,
            "-c",
            BUSY_LOOP,
            str(os.getpid()),
        ]
    )
    session.log(f"busy process {busy.pid} spinning on CPU {cpus[-1]}")
    try:
        _sphinx_build(
            session, "html", "-E", "-D", "nb_execution_mode=force", *session.posargs
        )
    finally:
        busy.kill()
        busy.wait(timeout=30)
        session.log(f"busy process {busy.pid} stopped")


@nox.session(python=DOCS_PYTHON)
def serve(session: nox.Session) -> None:
    """Serve the site with live reload; edits to examples/ and mpguide/ rebuild."""
    _install_project(session, "serve")
    session.run(
        "sphinx-autobuild",
        "-n",
        "--watch",
        "examples",
        "--watch",
        "mpguide",
        # The execution cache lives under docs/_build: writing it is no edit.
        "--ignore",
        "docs/_build",
        "docs",
        "docs/_build/html",
        *session.posargs,
    )


@nox.session(python=DOCS_PYTHON)
def bench(session: nox.Session) -> None:
    """Re-run the performance pages' examples; print their output and the targets.

    About a minute. Exits 1 only for a clear miss on a quiet machine (a busy one
    is reported, never failed), 3 when an example failed. Pass options after
    ``--``: ``nox -s bench -- --quick``, ``-- --only cpu`` or ``-- --all``.
    """
    session.install(".[cluster]")
    # The bench is a docs-side tool (docs/_ext/mpdocs/bench.py), not part of
    # the package readers install.
    env = {"PYTHONPATH": "docs/_ext"}
    session.run("python", "-m", "mpdocs.bench", *session.posargs, env=env)


def _ensure_chromium(session: nox.Session) -> None:
    """Install Debian's Chromium if it is missing and we may (root, apt-get)."""
    if Path("/usr/bin/chromium").exists() or os.environ.get("MPGUIDE_CHROMIUM"):
        return
    if shutil.which("apt-get") and os.geteuid() == 0:
        session.run("apt-get", "update", "-qq", external=True)
        session.run(
            "apt-get",
            "install",
            "-y",
            "-qq",
            "chromium",
            external=True,
            success_codes=[0, 100],
        )


@nox.session(python=DOCS_PYTHON, tags=["test"])
def site(session: nox.Session) -> None:
    """Build the site, then test it in Chromium: pages, a11y, copy-paste, search."""
    _install_project(session, "site")
    _ensure_chromium(session)
    _sphinx_build(session, "html")
    session.run("pytest", *PARALLEL, "tests/site", *session.posargs)


def _online(host: str = "docs.python.org") -> bool:
    try:
        socket.create_connection((host, 443), timeout=5).close()
    except OSError:
        return False
    return True


@nox.session(python=DOCS_PYTHON, tags=["test"])
def linkcheck(session: nox.Session) -> None:
    """Check internal links and anchors always; external links when online."""
    _install_project(session, "docs")
    _sphinx_build(session, "html")
    session.run("python", "tools/check_links.py", "docs/_build/html")
    if _online():
        _sphinx_build(session, "linkcheck")
    else:
        session.log("offline: external links not checked (docs.python.org unreachable)")
