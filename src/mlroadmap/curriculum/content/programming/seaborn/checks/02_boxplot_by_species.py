"""Check of exercise 02: boxplot_by_species (vertical boxes in alphabetical order, 1.5 IQR whiskers).

The view reads each box as a reviewer does: its category (the tick label nearest the
box), its median, quartiles, whisker ends and outliers, with the boxes' orientation,
the order of the categories, the axis labels and the title.
"""

import warnings

import matplotlib
import numpy as np
import pandas as pd

from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import seaborn as sns


def cases() -> list[Case]:
    penguins = pd.DataFrame(load_penguins())
    return [
        Case("all 344 penguins, body mass (two Chinstrap outliers)", (penguins, "body_mass_g")),
        Case("all 344 penguins, flipper length (two Adelie outliers)", (penguins, "flipper_length_mm")),
        Case("all 344 penguins, bill length (one Gentoo outlier)", (penguins, "bill_length_mm")),
    ]


def view(description: dict) -> dict:
    (axes,) = description["axes"]
    boxes = axes["boxes"]
    vertical = all(box["vertical"] for box in boxes)
    ticks, labels = (
        (axes["xticks"], axes["xticklabels"]) if vertical else (axes["yticks"], axes["yticklabels"])
    )
    summary = {}
    for box in boxes:
        label = labels[int(np.argmin(np.abs(np.asarray(ticks) - box["position"])))]
        summary[label] = {
            "median": box["median"],
            "Q1 and Q3": np.array([box["q1"], box["q3"]]),
            "whisker ends": np.array([box["whislo"], box["whishi"]]),
            "outliers": box["fliers"],
        }
    return {
        "vertical boxes": vertical,
        "boxes": summary,
        "categories from left to right": labels,
        "xlabel": axes["xlabel"],
        "ylabel": axes["ylabel"],
        "title": axes["title"],
    }


def _boxplot(penguins: pd.DataFrame, column: str, **options):
    fig, ax = plt.subplots()
    with warnings.catch_warnings():  # seaborn 0.13 passes vert= to matplotlib 3.11, which deprecates it
        warnings.filterwarnings("ignore", message="vert: bool")
        sns.boxplot(data=penguins, ax=ax, **options)
    ax.set_title(f"{column} by species")
    return fig


def _alphabetical(penguins: pd.DataFrame) -> list[str]:
    return sorted(penguins["species"].unique())


def min_max_whiskers(penguins: pd.DataFrame, column: str):
    order = _alphabetical(penguins)
    return _boxplot(penguins, column, x="species", y=column, order=order, whis=(0, 100))


def horizontal(penguins: pd.DataFrame, column: str):
    return _boxplot(penguins, column, x=column, y="species", order=_alphabetical(penguins))


def first_seen_order(penguins: pd.DataFrame, column: str):
    return _boxplot(penguins, column, x="species", y=column)


def one_box(penguins: pd.DataFrame, column: str):
    return _boxplot(penguins, column, y=column)


CHECK = Check(
    function="boxplot_by_species",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-9),
    view=view,
    mutants=[
        Mutant(
            min_max_whiskers,
            "Your whiskers reach the minimum and the maximum, which hides the outliers: box-plot "
            "whiskers stop at the furthest value within 1.5 IQR of the box (boxplot's default whis=1.5).",
        ),
        Mutant(
            horizontal,
            'Your boxes lie on their side: put the species on the x axis (x="species") and the '
            "measurement on the y axis (y=column).",
        ),
        Mutant(
            first_seen_order,
            "Without order=, seaborn puts the species in the order they first appear in the data "
            "(Adelie, Gentoo, Chinstrap): pass order=sorted(...) for alphabetical order.",
        ),
        Mutant(
            one_box,
            'You drew one box for all penguins: split them by species with x="species", one box per species.',
        ),
    ],
)
