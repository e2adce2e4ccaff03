"""Figures of the data-structures lesson: membership tests, measured when the figure is drawn."""

from __future__ import annotations

import timeit


def _seconds_per_lookup(container: object, probes: int) -> float:
    """The best of five timings of ``-1 in container``: a value that is absent, the worst case."""
    timer = timeit.Timer("-1 in container", globals={"container": container})
    return min(timer.repeat(repeat=5, number=probes)) / probes


def figure_membership():
    import matplotlib.pyplot as plt

    sizes = [10, 30, 100, 300, 1_000, 3_000, 10_000, 30_000, 100_000]
    as_list, as_set = [], []
    for n in sizes:
        values = list(range(n))
        probes = max(5, 200_000 // n)  # about the same total work for every size
        as_list.append(_seconds_per_lookup(values, probes) * 1e9)
        as_set.append(_seconds_per_lookup(set(values), 2_000) * 1e9)

    figure, ax = plt.subplots(figsize=(7, 4.2))
    ax.loglog(sizes, as_list, "o-", label="x in a list: scans every item, O(n)")
    ax.loglog(sizes, as_set, "s-", label="x in a set: one hash lookup, O(1)")
    ax.set(
        xlabel="number of items n",
        ylabel="time per lookup (ns)",
        title="Looking up a missing value, measured on this machine",
    )
    ax.grid(True, which="major", alpha=0.3)
    ax.legend()
    figure.tight_layout()
    return figure
