"""Check of exercise 01: scatter_by_species (one labelled scatter per species, labels, legend).

The view keeps what a reviewer reads off the plot: the points of each labelled group
(as a set: sorted, NaN left out, since matplotlib draws neither order nor NaN), any
drawn line, the axis labels, the title and the legend entries. Markers-only lines
(ax.plot(x, y, "o")) count as scatter points: they look the same.
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
        Case(
            "all 344 penguins, bill length against bill depth",
            (_penguins(), "bill_length_mm", "bill_depth_mm"),
        ),
        Case(
            "all 344 penguins, flipper length against body mass",
            (_penguins(), "flipper_length_mm", "body_mass_g"),
        ),
        Case(
            "Biscoe island only (no Chinstrap there), bill length against flipper length",
            (_penguins("Biscoe"), "bill_length_mm", "flipper_length_mm"),
        ),
    ]


def _points(offsets: np.ndarray) -> np.ndarray:
    points = np.asarray(offsets, dtype=float).reshape(-1, 2)
    points = points[np.isfinite(points).all(axis=1)]
    return points[np.lexsort((points[:, 1], points[:, 0]))]


def view(description: dict) -> dict:
    (axes,) = description["axes"]
    groups: dict = {}
    for collection in axes["scatter"]:
        groups.setdefault(collection["label"], []).append(collection["offsets"])
    drawn = []
    for line in axes["lines"]:
        if line["linestyle"] == "" and line["marker"] != "":
            groups.setdefault(line["label"], []).append(np.column_stack([line["x"], line["y"]]))
        else:
            drawn.append({"label": line["label"], "x": line["x"], "y": line["y"]})
    return {
        "points by label": {label: _points(np.concatenate(parts)) for label, parts in groups.items()},
        "lines": drawn,
        "xlabel": axes["xlabel"],
        "ylabel": axes["ylabel"],
        "title": axes["title"],
        "legend": sorted(axes["legend"] or []),  # no legend: no entries
    }


def swapped_axes(penguins: pd.DataFrame, x: str, y: str):
    fig, ax = plt.subplots()
    for species, group in penguins.groupby("species"):
        ax.scatter(group[y], group[x], label=species)
    ax.set(xlabel=x, ylabel=y, title="Palmer penguins")
    ax.legend()
    return fig


def line_plot(penguins: pd.DataFrame, x: str, y: str):
    fig, ax = plt.subplots()
    for species, group in penguins.groupby("species"):
        ax.plot(group[x], group[y], label=species)
    ax.set(xlabel=x, ylabel=y, title="Palmer penguins")
    ax.legend()
    return fig


def one_group(penguins: pd.DataFrame, x: str, y: str):
    fig, ax = plt.subplots()
    ax.scatter(penguins[x], penguins[y], label="penguins")
    ax.set(xlabel=x, ylabel=y, title="Palmer penguins")
    ax.legend()
    return fig


def no_legend(penguins: pd.DataFrame, x: str, y: str):
    fig, ax = plt.subplots()
    for species, group in penguins.groupby("species"):
        ax.scatter(group[x], group[y], label=species)
    ax.set(xlabel=x, ylabel=y, title="Palmer penguins")
    return fig


def every_species(penguins: pd.DataFrame, x: str, y: str):
    fig, ax = plt.subplots()
    for species in ("Adelie", "Chinstrap", "Gentoo"):
        group = penguins[penguins["species"] == species]
        ax.scatter(group[x], group[y], label=species)
    ax.set(xlabel=x, ylabel=y, title="Palmer penguins")
    ax.legend()
    return fig


CHECK = Check(
    function="scatter_by_species",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-9),
    view=view,
    mutants=[
        Mutant(
            swapped_axes,
            "Your points have x and y exchanged: ax.scatter takes the horizontal values first, "
            "so column x goes first and column y second.",
        ),
        Mutant(
            line_plot,
            "ax.plot joins the points with a line in row order, which means nothing for different "
            "penguins: use ax.scatter (or markers only, ax.plot(x, y, 'o')).",
        ),
        Mutant(
            one_group,
            "You drew all penguins as one group: draw one ax.scatter per species, each labelled "
            "with its species, so the legend tells the clouds apart.",
        ),
        Mutant(
            no_legend,
            "Labels only show up once you call ax.legend(): without a legend the reader cannot "
            "tell which colour is which species.",
        ),
        Mutant(
            every_species,
            "You listed the three species by hand, so a species absent from the data still gets an "
            "empty scatter and a legend entry: take the species from the data with groupby.",
        ),
    ],
)
