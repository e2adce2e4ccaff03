"""Check of exercise 01: density_by_species (histplot with hue, stat="density", common_norm=False).

The view keeps every bar of every histogram (left edge, width, bottom, height) as one
set, so the order in which the species are drawn does not matter, with the axis
labels and the legend entries.
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
        Case("all 344 penguins, flipper length, 12 bins", (_penguins(), "flipper_length_mm", 12)),
        Case("all 344 penguins, body mass, 20 bins", (_penguins(), "body_mass_g", 20)),
        Case(
            "Dream island (Adelie and Chinstrap), bill length, 10 bins",
            (_penguins("Dream"), "bill_length_mm", 10),
        ),
    ]


def view(description: dict) -> dict:
    (axes,) = description["axes"]
    parts = [np.column_stack([c["x"], c["width"], c["y"], c["height"]]) for c in axes["containers"]]
    bars = np.concatenate(parts) if parts else np.empty((0, 4))
    bars = bars[np.lexsort(bars.T[::-1])]  # one set of bars: sorted by left edge, then the rest
    return {
        "bars (left, width, bottom, height)": bars,
        "xlabel": axes["xlabel"],
        "ylabel": axes["ylabel"],
        "legend": sorted(axes["legend"] or []),  # no legend: no entries
    }


def _histplot(penguins: pd.DataFrame, column: str, bins: int, **options):
    fig, ax = plt.subplots()
    sns.histplot(data=penguins, x=column, hue="species", bins=bins, ax=ax, **options)
    return fig


def counts(penguins: pd.DataFrame, column: str, bins: int):
    return _histplot(penguins, column, bins)


def common_norm(penguins: pd.DataFrame, column: str, bins: int):
    return _histplot(penguins, column, bins, stat="density")


def probability(penguins: pd.DataFrame, column: str, bins: int):
    return _histplot(penguins, column, bins, stat="probability", common_norm=False)


def stacked(penguins: pd.DataFrame, column: str, bins: int):
    return _histplot(penguins, column, bins, stat="density", common_norm=False, multiple="stack")


CHECK = Check(
    function="density_by_species",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-12),
    view=view,
    mutants=[
        Mutant(
            counts,
            "These bars are counts (histplot's default stat): a species with more penguins looks "
            'taller everywhere. Use stat="density" so each histogram has area 1.',
        ),
        Mutant(
            common_norm,
            'With hue, stat="density" normalises all species together by default (common_norm=True), '
            "so each species' area is its share of the penguins: pass common_norm=False to give "
            "each species an area of 1.",
        ),
        Mutant(
            probability,
            'stat="probability" makes the bar heights of each species sum to 1; a density makes '
            'the areas (height times bin width) sum to 1: use stat="density".',
        ),
        Mutant(
            stacked,
            'multiple="stack" piles the species on top of each other, so only the bottom one can '
            'be read against the y axis: keep the default layering (multiple="layer").',
        ),
    ],
)
