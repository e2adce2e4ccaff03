"""Check of exercise 05: regression_by_species (a regplot per species, Simpson's paradox).

The view keeps the points of each labelled scatter (as a set), the fitted lines as
(slope, intercept) pairs read off their drawn points and sorted (so neither their
order nor their length is graded, and a confidence band is ignored), the axis labels
and the legend entries.
"""

import matplotlib
import numpy as np
import pandas as pd

from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import seaborn as sns


def _penguins(island: str | None = None) -> pd.DataFrame:
    frame = pd.DataFrame(load_penguins())
    return frame if island is None else frame[frame["island"] == island].reset_index(drop=True)


def cases() -> list[Case]:
    return [
        Case(
            "all 344 penguins, bill length against bill depth (the trend reverses)",
            (_penguins(), "bill_length_mm", "bill_depth_mm"),
        ),
        Case(
            "all 344 penguins, flipper length against body mass",
            (_penguins(), "flipper_length_mm", "body_mass_g"),
        ),
        Case(
            "Dream island (Adelie and Chinstrap), bill depth against flipper length",
            (_penguins("Dream"), "bill_depth_mm", "flipper_length_mm"),
        ),
    ]


def _points(offsets: np.ndarray) -> np.ndarray:
    points = np.asarray(offsets, dtype=float).reshape(-1, 2)
    points = points[np.isfinite(points).all(axis=1)]
    return points[np.lexsort((points[:, 1], points[:, 0]))]


def _slope_intercept(x: np.ndarray, y: np.ndarray) -> list[float]:
    keep = np.isfinite(x) & np.isfinite(y)
    x, y = x[keep], y[keep]
    slope = float(np.sum((x - x.mean()) * (y - y.mean())) / np.sum((x - x.mean()) ** 2))
    return [slope, float(y.mean() - slope * x.mean())]


def view(description: dict) -> dict:
    (axes,) = description["axes"]
    groups: dict = {}
    for collection in axes["scatter"]:
        groups.setdefault(collection["label"], []).append(collection["offsets"])
    fits = [
        _slope_intercept(line["x"], line["y"])
        for line in axes["lines"]
        if line["linestyle"] != "" and len(set(line["x"][np.isfinite(line["x"])].tolist())) > 1
    ]
    return {
        "points by label": {label: _points(np.concatenate(parts)) for label, parts in groups.items()},
        "lines (slope, intercept)": np.array(sorted(fits)).reshape(-1, 2),
        "xlabel": axes["xlabel"],
        "ylabel": axes["ylabel"],
        "legend": sorted(axes["legend"] or []),  # no legend: no entries
    }


def one_line_for_all(penguins: pd.DataFrame, x: str, y: str):
    fig, ax = plt.subplots()
    for species, group in penguins.groupby("species"):
        ax.scatter(group[x], group[y], label=species)
    sns.regplot(data=penguins, x=x, y=y, ci=None, scatter=False, ax=ax)
    ax.legend()
    return fig


def swapped(penguins: pd.DataFrame, x: str, y: str):
    fig, ax = plt.subplots()
    for species, group in penguins.groupby("species"):
        sns.regplot(data=group, x=y, y=x, ci=None, label=species, ax=ax)
    ax.legend()
    return fig


def no_legend(penguins: pd.DataFrame, x: str, y: str):
    fig, ax = plt.subplots()
    for species, group in penguins.groupby("species"):
        sns.regplot(data=group, x=x, y=y, ci=None, label=species, ax=ax)
    return fig


CHECK = Check(
    function="regression_by_species",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-9),
    view=view,
    mutants=[
        Mutant(
            one_line_for_all,
            "You fitted one line to all penguins together. Across species the trend can even "
            "reverse (Simpson's paradox): fit one regplot per species, on that species' rows.",
        ),
        Mutant(
            swapped,
            "x and y are swapped: regressing x on y is a different line from regressing y on x, "
            "so pass x=x and y=y to regplot.",
        ),
        Mutant(
            no_legend,
            "regplot labels the points, but the labels only show up once you call ax.legend(): "
            "without a legend nobody can tell which line belongs to which species.",
        ),
    ],
)
