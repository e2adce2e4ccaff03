"""Figures of the feature-engineering lesson, drawn from the Palmer penguins tables."""

from __future__ import annotations

import numpy as np

from mlroadmap.datasets import load_penguins


def figure_bins():
    import matplotlib.pyplot as plt

    mass = load_penguins()["body_mass_g"]
    mass = mass[~np.isnan(mass)]
    figure, axes = plt.subplots(1, 2, figsize=(9, 3.2), sharey=True)
    for ax, (title, edges) in zip(
        axes,
        [
            ("equal-width bins", np.linspace(mass.min(), mass.max(), 6)),
            ("quantile bins", np.percentile(mass, np.linspace(0, 100, 6))),
        ],
        strict=True,
    ):
        counts = np.histogram(mass, bins=edges)[0]
        ax.bar(edges[:-1], counts, width=np.diff(edges), align="edge", edgecolor="white")
        ax.set(title=f"{title}: counts per bin", xlabel="body mass (g)")
    axes[0].set_ylabel("penguins")
    return figure


def figure_lay_dates():
    import matplotlib.pyplot as plt

    days = np.array(list(load_penguins(raw=True)["Date Egg"]), dtype="datetime64[D]")
    years = days.astype("datetime64[Y]")
    day_of_year = (days - years).astype(int) + 1
    figure, ax = plt.subplots(figsize=(6, 3.2))
    for year in np.unique(years):
        ax.hist(
            day_of_year[years == year],
            bins=np.arange(300, 345, 2),
            alpha=0.6,
            label=str(year.astype(int) + 1970),
        )
    ax.set(
        xlabel="day of the year the first egg was laid",
        ylabel="clutches",
        title="Lay dates in the three study seasons",
    )
    ax.legend(title="season")
    return figure
