"""Where the site's source and outputs came from: repository and commit.

Read the Docs says it in its build environment (``READTHEDOCS_GIT_CLONE_URL``,
``READTHEDOCS_GIT_COMMIT_HASH``, ``READTHEDOCS_GIT_IDENTIFIER``); a local
build asks ``git``. Either may know nothing (a tarball, no remote): then the
site simply links no repository.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

_SCP_LIKE = re.compile(r"^(?:[\w.-]+@)?(?P<host>[\w.-]+):(?P<path>[^/].*)$")


def browsable_url(clone_url: str) -> str | None:
    """The web address of a repository, from the URL ``git clone`` takes.

    >>> browsable_url("git@github.com:example/mpguide.git")
    'https://github.com/example/mpguide'
    >>> browsable_url("https://gitlab.com/example/mpguide.git/")
    'https://gitlab.com/example/mpguide'
    >>> browsable_url("/srv/git/mpguide") is None  # a local path: nothing to link
    True
    """
    url = clone_url.strip().rstrip("/")
    if not url.startswith(("https://", "http://")):
        match = _SCP_LIKE.match(url)
        if match is None or "/" in match["host"]:
            return None
        url = f"https://{match['host']}/{match['path']}"
    url = re.sub(r"^(https?://)[^@/]+@", r"\1", url)  # drop credentials
    return url.removesuffix(".git") or None


@dataclass(frozen=True)
class Provenance:
    repository: str | None  # web address, or None when unknown
    branch: str | None
    commit: str | None  # full hash
    dirty: bool  # a local build with uncommitted changes

    @property
    def commit_label(self) -> str | None:
        """Short hash, marked when the working tree had uncommitted edits."""
        if self.commit is None:
            return None
        return self.commit[:12] + (" plus uncommitted changes" if self.dirty else "")


def _git(root: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(
            ["git", *args],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return result.stdout.strip() if result.returncode == 0 else None


def provenance(root: Path, environ: dict[str, str] | None = None) -> Provenance:
    """Repository, branch and commit of the build, from Read the Docs or git."""
    env = os.environ if environ is None else environ
    if env.get("READTHEDOCS") == "True":
        clone = env.get("READTHEDOCS_GIT_CLONE_URL", "")
        return Provenance(
            repository=browsable_url(clone) if clone else None,
            branch=env.get("READTHEDOCS_GIT_IDENTIFIER") or None,
            commit=env.get("READTHEDOCS_GIT_COMMIT_HASH") or None,
            dirty=False,
        )
    remote = _git(root, "remote", "get-url", "origin")
    status = _git(root, "status", "--porcelain", "--untracked-files=no")
    return Provenance(
        repository=browsable_url(remote) if remote else None,
        branch=_git(root, "rev-parse", "--abbrev-ref", "HEAD"),
        commit=_git(root, "rev-parse", "HEAD"),
        dirty=bool(status),
    )
