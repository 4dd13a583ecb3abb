from __future__ import annotations

import multiprocessing
import os
import platform

import pytest

from mpdocs.stamp import machine_stamp, usable_cpus


def test_usable_cpus_is_what_this_process_may_use() -> None:
    count = usable_cpus()
    assert 1 <= count <= (os.cpu_count() or count)
    if hasattr(os, "sched_getaffinity"):
        assert count == len(os.sched_getaffinity(0))


def test_stamp_names_python_platform_cpus() -> None:
    stamp = machine_stamp()
    assert stamp.startswith(
        f"{platform.python_implementation()} {platform.python_version()}"
    )
    assert f"{platform.system()} {platform.machine()}" in stamp
    cpus = usable_cpus()
    assert f"{cpus} usable CPU{'s' if cpus != 1 else ''}" in stamp
    assert "start method" not in stamp


@pytest.mark.parametrize("method", multiprocessing.get_all_start_methods())
def test_stamp_with_start_method(method: str) -> None:
    assert machine_stamp(method).endswith(f" · start method {method}")


def test_stamp_rejects_unknown_start_method() -> None:
    with pytest.raises(ValueError, match="unknown start method 'threads'"):
        machine_stamp("threads")


def test_stamp_says_cpu_in_the_singular_for_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mpdocs import stamp  # noqa: PLC0415 - the module, to patch it

    monkeypatch.setattr(stamp, "usable_cpus", lambda: 1)
    assert " · 1 usable CPU · " in stamp.machine_stamp("spawn")
