"""Figures of the data-cleaning lesson, drawn from the raw Palmer penguins table."""

from __future__ import annotations

import numpy as np

from mlroadmap.datasets import load_penguins


def _missing(column: np.ndarray) -> int:
    if column.dtype.kind == "f":
        return int(np.isnan(column).sum())
    return sum(value is None for value in column)


def figure_missing():
    import matplotlib.pyplot as plt

    table = load_penguins(raw=True)
    names = list(table)
    counts = [_missing(table[name]) for name in names]
    figure, ax = plt.subplots(figsize=(7, 4))
    ax.barh(names, counts)
    ax.invert_yaxis()
    ax.set(
        xlabel=f"missing values (of {len(table['Species'])} penguins)",
        title="The raw penguins table: where the gaps are",
    )
    for y, count in enumerate(counts):
        ax.text(count + 2, y, str(count), va="center", fontsize=8)
    return figure


def figure_outliers():
    import matplotlib.pyplot as plt

    table = load_penguins(raw=True)
    species = np.array([s.split()[0] for s in table["Species"]])
    mass = table["Body Mass (g)"]
    figure, ax = plt.subplots(figsize=(6, 3.5))
    labels = sorted(set(species))
    groups = [mass[(species == s) & ~np.isnan(mass)] for s in labels]
    ax.boxplot(groups, whis=1.5)
    ax.set_xticks(range(1, len(labels) + 1), labels)
    ax.set(ylabel="body mass (g)", title="Body mass by species: whiskers at Tukey's fences (k = 1.5)")
    return figure
