"""A shared way to time our code against the real library in the same run."""

from __future__ import annotations

import statistics
import time
import tracemalloc
from collections.abc import Callable
from typing import Any


def best_time(function: Callable[[], Any], repeat: int = 7, min_seconds: float = 0.05) -> float:
    """Median seconds per call, looping small calls until one timing lasts ``min_seconds``."""
    number = 1
    while True:
        started = time.perf_counter()
        for _ in range(number):
            function()
        if time.perf_counter() - started >= min_seconds or number >= 1 << 16:
            break
        number *= 4
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        for _ in range(number):
            function()
        times.append((time.perf_counter() - started) / number)
    return statistics.median(times)


def compare(name: str, ours: Callable[[], Any], theirs: Callable[[], Any], target: float) -> float:
    """Print one row: our time, the library's, the ratio and whether it meets ``target``."""
    mine, reference = best_time(ours), best_time(theirs)
    ratio = mine / reference
    verdict = "OK" if ratio <= target else "OVER"
    print(
        f"{name:48} ours {mine * 1e3:9.3f} ms   lib {reference * 1e3:9.3f} ms   "
        f"ratio {ratio:6.2f}x   target <= {target:g}x {verdict}",
        flush=True,
    )
    return ratio


def peak_mib(function: Callable[[], Any]) -> float:
    """The most memory NumPy and Python held at once during one call, in MiB (tracemalloc
    sees every NumPy array; BLAS's internal scratch space is not counted, for either side)."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        function()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def compare_with_memory(name: str, ours: Callable[[], Any], theirs: Callable[[], Any], target: float) -> None:
    compare(name, ours, theirs, target)
    memory = f"ours {peak_mib(ours):7.1f} MiB   lib {peak_mib(theirs):7.1f} MiB"
    print(f"{'':48} peak memory: {memory}", flush=True)
