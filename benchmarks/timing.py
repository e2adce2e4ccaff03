"""A shared way to time our code against the real library in the same run."""

from __future__ import annotations

import statistics
import time
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
