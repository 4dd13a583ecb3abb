"""Tests for mpguide.measuring."""

import math
import multiprocessing
import pickle

import pytest

from mpguide.measuring import (
    SpeedupTiming,
    amdahl,
    amdahl_speedups,
    checksum,
    cpu_speedup,
    echo,
    payload_sizes,
    pickle_seconds,
    round_trip_seconds,
    split_serial,
)


@pytest.mark.parametrize(
    ("s", "n", "expected"),
    [(0.0, 1, 1.0), (0.0, 8, 8.0), (1.0, 8, 1.0), (0.5, 2, 4 / 3), (0.25, 4, 16 / 7)],
)
def test_amdahl_values(s, n, expected):
    assert math.isclose(amdahl(s, n), expected)


def test_amdahl_never_beats_workers_or_one_over_s():
    for s in (0.1, 0.3, 0.9):
        values = [amdahl(s, n) for n in range(1, 50)]
        assert values == sorted(values)
        assert all(v <= min(n, 1 / s) + 1e-9 for n, v in enumerate(values, start=1))


@pytest.mark.parametrize(
    ("args", "error"),
    [
        ((-0.1, 2), ValueError),
        ((1.5, 2), ValueError),
        (("0.5", 2), TypeError),
        ((True, 2), TypeError),
        ((0.5, 0), ValueError),
        ((0.5, 2.0), TypeError),
    ],
)
def test_amdahl_rejects_bad_arguments(args, error):
    with pytest.raises(error):
        amdahl(*args)


def test_split_serial():
    assert split_serial([1] * 8, 0.75) == ([1] * 6, [1] * 2)
    assert split_serial([1, 2], 1.0) == ([1, 2], [])
    with pytest.raises(ValueError, match="tasks"):
        split_serial([], 0.5)
    with pytest.raises(TypeError):
        split_serial([1.5], 0.5)  # type: ignore[list-item]


def test_speedup_timing_is_frozen():
    timing = SpeedupTiming(serial_seconds=4.0, parallel_seconds=2.0, workers=2)
    assert timing.speedup == 2.0
    with pytest.raises(AttributeError):
        timing.workers = 3  # type: ignore[misc]


@pytest.mark.parametrize("method", multiprocessing.get_all_start_methods())
def test_cpu_speedup_returns_a_plausible_timing(method):
    ctx = multiprocessing.get_context(method)
    timing = cpu_speedup(ctx, 2, [2000] * 4, repeat=1)
    assert isinstance(timing, SpeedupTiming)
    assert timing.workers == 2
    assert timing.serial_seconds > 0
    assert timing.parallel_seconds > 0


def test_amdahl_speedups_shares_the_serial_time():
    ctx = multiprocessing.get_context("spawn")
    timings = amdahl_speedups(ctx, 2, [2000] * 8, [0.0, 0.5, 1.0], repeat=1)
    assert sorted(timings) == [0.0, 0.5, 1.0]
    assert len({t.serial_seconds for t in timings.values()}) == 1


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"ctx": "spawn"}, TypeError),
        ({"workers": 0}, ValueError),
        ({"tasks": []}, ValueError),
        ({"tasks": [-1]}, ValueError),
        ({"repeat": 0}, ValueError),
        ({"timeout": 0}, ValueError),
    ],
)
def test_cpu_speedup_rejects_bad_arguments(kwargs, error):
    arguments = {
        "ctx": multiprocessing.get_context("spawn"),
        "workers": 2,
        "tasks": [100],
        "repeat": 1,
        "timeout": 10.0,
    }
    arguments.update(kwargs)
    ctx = arguments.pop("ctx")
    workers = arguments.pop("workers")
    tasks = arguments.pop("tasks")
    with pytest.raises(error):
        cpu_speedup(ctx, workers, tasks, **arguments)


def test_amdahl_speedups_rejects_bad_fractions():
    ctx = multiprocessing.get_context("spawn")
    with pytest.raises(ValueError, match="fractions"):
        amdahl_speedups(ctx, 2, [100], [])
    with pytest.raises(ValueError, match="serial_fraction"):
        amdahl_speedups(ctx, 2, [100], [2.0])


def test_payload_sizes():
    assert payload_sizes(1, 64) == [1, 4, 16, 64]
    assert payload_sizes(3, 3) == [3]
    assert payload_sizes(1, 10, factor=2) == [1, 2, 4, 8]
    with pytest.raises(ValueError, match="largest"):
        payload_sizes(10, 5)
    with pytest.raises(ValueError, match="factor"):
        payload_sizes(1, 5, factor=1)


def test_echo_and_checksum():
    assert echo(b"x") == b"x"
    assert checksum(b"") == 1
    assert pickle.loads(pickle.dumps(checksum)) is checksum
    with pytest.raises(TypeError):
        echo("x")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        checksum(bytearray(b"x"))  # type: ignore[arg-type]


def test_pickle_seconds():
    assert pickle_seconds(1000, repeat=1) >= 0
    with pytest.raises(ValueError, match="size"):
        pickle_seconds(0)


def test_round_trip_seconds():
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        assert round_trip_seconds(pool, 4096, repeat=2) > 0
        with pytest.raises(ValueError, match="size"):
            round_trip_seconds(pool, 0)
        pool.close()
        pool.join()
    with pytest.raises(TypeError, match="Pool"):
        round_trip_seconds("pool", 10)  # type: ignore[arg-type]
