"""Check of exercise 03: histograms_by_sex (two density histograms on shared bin edges).

The view keeps, for each labelled histogram (a bar container), its bars' left edges,
widths and heights, with the axis labels, the title and the legend. Bars of a
``histtype="step"`` outline are not bars, so the task asks for the default.
"""

import matplotlib
import numpy as np
import pandas as pd

from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule

matplotlib.use("Agg")

import matplotlib.pyplot as plt


def _penguins(island: str | None = None) -> pd.DataFrame:
    frame = pd.DataFrame(load_penguins())
    return frame if island is None else frame[frame["island"] == island].reset_index(drop=True)


def cases() -> list[Case]:
    return [
        Case("all 344 penguins, flipper length, 12 bins", (_penguins(), "flipper_length_mm", 12)),
        Case("all 344 penguins, body mass, 20 bins", (_penguins(), "body_mass_g", 20)),
        Case("Dream island only, bill depth, 8 bins", (_penguins("Dream"), "bill_depth_mm", 8)),
    ]


def view(description: dict) -> dict:
    (axes,) = description["axes"]
    histograms = sorted(axes["containers"], key=lambda bars: bars["label"] or "")
    return {
        "histograms": [
            {"label": h["label"], "left edges": h["x"], "widths": h["width"], "heights": h["height"]}
            for h in histograms
        ],
        "xlabel": axes["xlabel"],
        "ylabel": axes["ylabel"],
        "title": axes["title"],
        "legend": sorted(axes["legend"] or []),  # no legend: no entries
    }


def _draw(penguins: pd.DataFrame, column: str, shared_bins, density=True, legend=True):
    fig, ax = plt.subplots()
    for sex in ("female", "male"):
        values = penguins.loc[penguins["sex"] == sex, column].dropna()
        ax.hist(values, bins=shared_bins, density=density, alpha=0.5, label=sex)
    ax.set(xlabel=column, ylabel="density", title=f"{column} by sex")
    if legend:
        ax.legend()
    return fig


def _edges(penguins: pd.DataFrame, column: str, bins: int) -> np.ndarray:
    return np.histogram_bin_edges(penguins[column].dropna(), bins=bins)


def own_bins(penguins: pd.DataFrame, column: str, bins: int):
    return _draw(penguins, column, bins)


def counts(penguins: pd.DataFrame, column: str, bins: int):
    return _draw(penguins, column, _edges(penguins, column, bins), density=False)


def no_legend(penguins: pd.DataFrame, column: str, bins: int):
    return _draw(penguins, column, _edges(penguins, column, bins), legend=False)


def one_histogram(penguins: pd.DataFrame, column: str, bins: int):
    fig, ax = plt.subplots()
    known = penguins[penguins["sex"].notna()]
    ax.hist(known[column].dropna(), bins=_edges(penguins, column, bins), density=True, label="all")
    ax.set(xlabel=column, ylabel="density", title=f"{column} by sex")
    ax.legend()
    return fig


CHECK = Check(
    function="histograms_by_sex",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-9),
    view=view,
    mutants=[
        Mutant(
            own_bins,
            "With bins=bins, each ax.hist call picks its edges from its own group's range, so the "
            "bars of the two groups do not line up: compute the edges once from the whole column "
            "(np.histogram_bin_edges) and pass them to both calls.",
        ),
        Mutant(
            counts,
            "These are counts: with density=True each histogram has area 1, so a group with more "
            "penguins does not look taller everywhere.",
        ),
        Mutant(
            no_legend,
            "Labels only show up once you call ax.legend(): without a legend nobody can tell the "
            "two histograms apart.",
        ),
        Mutant(
            one_histogram,
            "You drew one histogram of all penguins: draw one per sex, each from the rows of that "
            "sex only, so the two distributions can be compared.",
        ),
    ],
)
