"""Check of exercise 04: mean_by_species_and_sex (barplot with x="species", hue="sex").

The view reads each bar as "<x tick label> / <hue level>": its category is the tick
nearest the bar's centre, its hue level the label of its bar container or, for
seaborn's unlabelled containers, the legend entry in the same position (seaborn draws
the levels in legend order). The order of the bars is not graded; their heights, the
axis labels, the title and the legend entries are.
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
        Case("all 344 penguins, flipper length", (_penguins(), "flipper_length_mm")),
        Case("all 344 penguins, body mass", (_penguins(), "body_mass_g")),
        Case("Biscoe island (Adelie and Gentoo), bill depth", (_penguins("Biscoe"), "bill_depth_mm")),
    ]


def view(description: dict) -> dict:
    (axes,) = description["axes"]
    legend = axes["legend"] or []
    ticks = np.asarray(axes["xticks"])
    heights = {}
    for i, container in enumerate(axes["containers"]):
        level = container["label"] or (legend[i] if i < len(legend) else None)
        for left, width, height in zip(container["x"], container["width"], container["height"], strict=True):
            tick = axes["xticklabels"][int(np.argmin(np.abs(ticks - (left + width / 2))))]
            heights[f"{tick} / {level}"] = height
    return {
        "bar heights": dict(sorted(heights.items())),
        "xlabel": axes["xlabel"],
        "ylabel": axes["ylabel"],
        "title": axes["title"],
        "legend": sorted(legend),
    }


def _barplot(penguins: pd.DataFrame, column: str, **options):
    fig, ax = plt.subplots()
    sns.barplot(data=penguins, y=column, errorbar=None, ax=ax, **options)
    ax.set_title(f"mean {column} by species and sex")
    return fig


def sums(penguins: pd.DataFrame, column: str):
    return _barplot(penguins, column, x="species", hue="sex", estimator="sum")


def swapped(penguins: pd.DataFrame, column: str):
    return _barplot(penguins, column, x="sex", hue="species")


def species_only(penguins: pd.DataFrame, column: str):
    return _barplot(penguins, column, x="species")


def medians(penguins: pd.DataFrame, column: str):
    return _barplot(penguins, column, x="species", hue="sex", estimator="median")


CHECK = Check(
    function="mean_by_species_and_sex",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    view=view,
    mutants=[
        Mutant(
            sums,
            'Your bars are sums (estimator="sum"), which grow with the number of penguins in a '
            "group: barplot's default estimator, the mean, is what compares groups of different sizes.",
        ),
        Mutant(
            swapped,
            'x and hue are swapped: the species go along the x axis (x="species") and the sexes '
            'side by side within each species (hue="sex").',
        ),
        Mutant(
            species_only,
            'You have one bar per species, averaging both sexes together: add hue="sex" for one '
            "bar per species and sex.",
        ),
        Mutant(
            medians,
            "These bars are medians: the task asks for means, barplot's default estimator.",
        ),
    ],
)
