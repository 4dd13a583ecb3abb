"""The runner behind every executed output: mpdocs.runner."""

from __future__ import annotations

import multiprocessing
import re
from pathlib import Path

import pytest
from leaks import wait_for_pid_to_end

from mpdocs.runner import (
    ExampleFailed,
    ExampleRun,
    examples_dir,
    outputs_note,
    run_example,
    show_example,
)
from mpdocs.stamp import machine_stamp


def _write_example(root: Path, name: str, body: str) -> None:
    (root / "examples").mkdir(exist_ok=True)
    (root / "examples" / name).write_text(body, encoding="utf-8")


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project root with its own examples/ folder."""
    (tmp_path / "examples").mkdir()
    monkeypatch.setenv("MPGUIDE_ROOT", str(tmp_path))
    monkeypatch.delenv("MPGUIDE_EXECUTION_LOG", raising=False)
    return tmp_path


def test_examples_dir_defaults_to_the_checkout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MPGUIDE_ROOT", raising=False)
    assert (examples_dir() / "process_basics.py").is_file()


def test_missing_examples_folder_is_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MPGUIDE_ROOT", str(tmp_path))
    with pytest.raises(FileNotFoundError, match="no examples/ folder"):
        examples_dir()


def test_run_captures_streams_and_status(sandbox: Path) -> None:
    _write_example(
        sandbox,
        "noisy.py",
        "import sys\nprint('out', sys.argv[1:])\nprint('err', file=sys.stderr)\nsys.exit(3)\n",
    )
    run = run_example("noisy.py", "--start-method", "fork", "x y")
    assert run.returncode == 3
    assert run.stdout == "out ['--start-method', 'fork', 'x y']\n"
    assert run.stderr == "err\n"
    assert run.command == "python noisy.py --start-method fork 'x y'"
    assert run.start_method == "fork"


def test_start_method_with_equals_sign() -> None:
    run = ExampleRun("x.py", ("--start-method=spawn",), 0, "", "", 0.0, 1)
    assert run.start_method == "spawn"
    assert ExampleRun("x.py", (), 0, "", "", 0.0, 1).start_method is None


def test_run_rejects_bad_names_and_timeouts(sandbox: Path) -> None:
    with pytest.raises(ValueError, match="script name"):
        run_example("noisy")
    with pytest.raises(FileNotFoundError, match="no example script"):
        run_example("absent.py")
    with pytest.raises(ValueError, match="timeout must be > 0"):
        run_example("absent.py", timeout=0)


def test_timeout_kills_the_whole_process_group(sandbox: Path) -> None:
    # The script's own child would outlive a plain kill of the script.
    _write_example(
        sandbox,
        "stuck.py",
        "import subprocess, sys, threading\n"
        "child = subprocess.Popen(\n"
        "    [sys.executable, '-c', 'import threading; threading.Event().wait()'])\n"
        "print('started', child.pid, flush=True)\n"
        "threading.Event().wait()\n",
    )
    with pytest.raises(
        ExampleFailed, match=r"(?s)timed out after 2 s.*started"
    ) as failure:
        run_example("stuck.py", timeout=2)
    grandchild = int(re.search(r"started (\d+)", str(failure.value))[1])
    assert wait_for_pid_to_end(grandchild), f"grandchild {grandchild} survived"


def test_timeout_prints_every_process_stack_first(sandbox: Path) -> None:
    # A hang in CI must say where each process was waiting.
    _write_example(
        sandbox,
        "hangs.py",
        "import multiprocessing as mp, threading\n"
        "def wait_forever():\n"
        "    threading.Event().wait()\n"
        "if __name__ == '__main__':\n"
        "    child = mp.get_context('spawn').Process(target=wait_forever)\n"
        "    child.start()\n"
        "    print('child', child.pid, flush=True)\n"
        "    wait_forever()\n",
    )
    with pytest.raises(ExampleFailed) as failure:
        run_example("hangs.py", timeout=5)
    message = str(failure.value)
    stacks = message.partition("--- Python stacks at the timeout ---\n")[2]
    # The parent and the child each dumped a stack ending in wait_forever, in
    # a section of its own (nothing interleaved).
    sections = re.findall(r"^process (\d+):\n", stacks, re.MULTILINE)
    assert len(sections) >= 2, message
    assert stacks.count("in wait_forever") >= 2, message
    child = re.search(r"^child (\d+)$", message, re.MULTILINE)
    assert child, message
    assert child[1] in sections, message


def test_show_prints_transcript_and_stamp(
    sandbox: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write_example(
        sandbox, "hello.py", "import sys\nprint('hi')\nprint('warn', file=sys.stderr)\n"
    )
    show_example("hello.py", "--start-method", "spawn")
    out, err = capsys.readouterr()
    assert out.startswith(
        "$ python hello.py --start-method spawn\nhi\n[exit status 0 · "
    )
    assert out.rstrip().endswith("start method spawn]")
    assert err == "warn\n"


def test_show_raises_on_unexpected_status(sandbox: Path) -> None:
    _write_example(sandbox, "boom.py", "raise SystemExit('went wrong')\n")
    with pytest.raises(
        ExampleFailed, match=r"(?s)exited with status 1, expected 0.*went wrong"
    ):
        show_example("boom.py")
    run = show_example("boom.py", expect_returncode=1)
    assert run.returncode == 1


def test_runs_are_logged_when_asked(
    sandbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = sandbox / "runs.log"
    monkeypatch.setenv("MPGUIDE_EXECUTION_LOG", str(log))
    _write_example(sandbox, "quiet.py", "")
    run_example("quiet.py")
    run_example("quiet.py", "-v")
    assert log.read_text().splitlines() == [
        "python quiet.py",
        "python quiet.py -v",
    ]


def test_examples_import_the_checkout_package(sandbox: Path) -> None:
    # PYTHONPATH points at the project root, so the root's mpguide wins.
    (sandbox / "mpguide").mkdir()
    (sandbox / "mpguide" / "__init__.py").write_text("MARK = 'sandbox copy'\n")
    _write_example(sandbox, "which.py", "import mpguide\nprint(mpguide.MARK)\n")
    assert run_example("which.py").stdout == "sandbox copy\n"
    assert re.fullmatch(r"\d+", str(run_example("which.py").pid))


def test_stdout_is_line_buffered_in_children_too(sandbox: Path) -> None:
    # Whole lines, in print order, from every process: as in a terminal.
    _write_example(
        sandbox,
        "buffering.py",
        "import multiprocessing, sys\n"
        "if __name__ == '__main__':\n"
        "    print(sys.stdout.line_buffering, 'PYTHONUNBUFFERED' in __import__('os').environ)\n"
        "    ctx = multiprocessing.get_context('spawn')\n"
        "    with ctx.Pool(1) as pool:\n"
        "        print(pool.apply(eval, ('__import__(\"sys\").stdout.line_buffering',)))\n",
    )
    assert run_example("buffering.py").stdout == "True False\nTrue\n"


def test_results_come_from_the_json_option(sandbox: Path) -> None:
    _write_example(
        sandbox,
        "measures.py",
        "import json, sys\n"
        "print('measured', sys.argv[1:3])\n"
        "with open(sys.argv[-1], 'w') as f:\n"
        "    json.dump({'speedup': 1.5, 'workers': [1, 2]}, f)\n",
    )
    run = run_example("measures.py", "-x", "1", results=True)
    assert run.stdout == "measured ['-x', '1']\n"
    assert run.results == {"speedup": 1.5, "workers": [1, 2]}
    # The transcript shows what a reader types to see the same output.
    assert run.command == "python measures.py -x 1"


def test_no_results_unless_asked(sandbox: Path) -> None:
    _write_example(sandbox, "silent.py", "import sys\nprint(sys.argv[1:])\n")
    run = run_example("silent.py")
    assert run.results is None
    assert run.stdout == "[]\n"


def test_asking_for_results_an_example_never_writes_fails(sandbox: Path) -> None:
    _write_example(sandbox, "mute.py", "")
    with pytest.raises(ExampleFailed, match="wrote no results"):
        run_example("mute.py", results=True)


def test_chosen_environment_reaches_the_script_and_the_transcript(
    sandbox: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write_example(sandbox, "env.py", "import os\nprint(os.environ['CHOSEN'])\n")
    run = show_example("env.py", env={"CHOSEN": "two words"})
    assert run.stdout == "two words\n"
    assert run.command == "CHOSEN='two words' python env.py"
    assert capsys.readouterr().out.startswith("$ CHOSEN='two words' python env.py\n")


def test_semaphores_carry_the_run_id_in_every_process(sandbox: Path) -> None:
    # The leak check relies on this to tell this run's semaphores from others.
    _write_example(
        sandbox,
        "semaphores.py",
        "import multiprocessing as mp, os, sys\n"
        "def named():\n"
        "    return mp.get_context('spawn').Lock()._semlock.name\n"
        "if __name__ == '__main__':\n"
        "    print(named())\n"
        "    for method in mp.get_all_start_methods():\n"
        "        with mp.get_context(method).Pool(1) as pool:\n"
        "            print(pool.apply(named))\n",
    )
    run = run_example("semaphores.py")
    assert run.returncode == 0, run.stderr
    names = run.stdout.split()
    assert len(names) == 1 + len(multiprocessing.get_all_start_methods())
    assert all(name.startswith(f"/mp-{run.run_id}-") for name in names), names


def test_leak_check_catches_a_semaphore_left_behind(
    sandbox: Path, run_clean: object
) -> None:
    # A named semaphore created without multiprocessing's cleanup survives
    # the process; the leak check must see it (and only because of its name).
    _write_example(
        sandbox,
        "leaky.py",
        "import _multiprocessing, multiprocessing.process as p\n"
        "prefix = p.current_process()._config['semprefix']\n"
        "lock = _multiprocessing.SemLock(1, 1, 1, prefix + '-leak', False)\n"
        "print(prefix)\n",
    )
    with pytest.raises(AssertionError, match=r"leaky.py left in /dev/shm: \['sem\.mp-"):
        run_clean("leaky.py")  # type: ignore[operator]
    for leftover in Path("/dev/shm").glob("sem.mp-*-leak"):
        leftover.unlink()


def test_outputs_note_renders_as_markdown() -> None:
    note = outputs_note()
    assert note._repr_markdown_() == str(note)
    assert note.startswith("*Every output on this page was produced")
    assert machine_stamp() in note
