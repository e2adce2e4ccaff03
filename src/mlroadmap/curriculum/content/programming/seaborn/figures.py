"""Figures of the seaborn lesson, drawn from the Palmer penguins."""

from __future__ import annotations

import warnings
from typing import Any


def _penguins() -> Any:
    import pandas as pd

    from mlroadmap.datasets import load_penguins

    return pd.DataFrame(load_penguins())


def figure_distributions() -> Any:
    import matplotlib.pyplot as plt
    import seaborn as sns

    penguins = _penguins()
    order = sorted(penguins["species"].unique())
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.8))
    sns.histplot(
        data=penguins,
        x="flipper_length_mm",
        hue="species",
        hue_order=order,
        bins=20,
        stat="density",
        common_norm=False,
        ax=left,
    )
    left.set_title('histplot(hue="species", stat="density", common_norm=False)', fontsize=9)
    with warnings.catch_warnings():  # seaborn 0.13 passes vert= to matplotlib 3.11
        warnings.filterwarnings("ignore", message="vert: bool")
        sns.boxplot(
            data=penguins, x="species", y="body_mass_g", order=order, hue="species", hue_order=order, ax=right
        )
    right.set_title('boxplot(x="species", y="body_mass_g")', fontsize=9)
    fig.tight_layout()
    return fig


def figure_simpson() -> Any:
    import matplotlib.pyplot as plt
    import seaborn as sns

    penguins = _penguins()
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.8), sharey=True)
    sns.regplot(data=penguins, x="bill_length_mm", y="bill_depth_mm", ci=None, color="grey", ax=left)
    left.set_title("one line for all penguins: slopes down")
    for species, group in penguins.groupby("species"):
        sns.regplot(data=group, x="bill_length_mm", y="bill_depth_mm", ci=None, label=species, ax=right)
    right.set_title("one line per species: each slopes up")
    right.legend()
    fig.tight_layout()
    return fig


def figure_correlations() -> Any:
    import matplotlib.pyplot as plt
    import seaborn as sns

    penguins = _penguins()
    fig, ax = plt.subplots(figsize=(6.4, 5))
    correlation = penguins.corr(numeric_only=True).drop(index="year", columns="year")
    sns.heatmap(correlation, annot=True, fmt=".2f", vmin=-1, vmax=1, cmap="vlag", ax=ax)
    ax.set_title("Pearson correlation of the penguin measurements")
    ax.collections[0].colorbar.ax.set_title("r")  # the colour bar is an Axes of its own
    fig.tight_layout()
    return fig
