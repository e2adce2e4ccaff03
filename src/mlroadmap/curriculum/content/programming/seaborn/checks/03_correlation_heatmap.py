"""Check of exercise 03: correlation_heatmap (pairwise Pearson correlations, annotated).

The view reads the heatmap's Axes (the first one: a returned Figure also holds the
colour bar's Axes): the matrix the colour mesh shows (NaN where a cell is blank), the
tick labels of both axes, the annotations row by row, and the title.
"""

import matplotlib
import numpy as np
import pandas as pd

from mlroadmap.datasets import load_penguins, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import seaborn as sns


def cases() -> list[Case]:
    tidy = pd.DataFrame(load_penguins())
    raw = pd.DataFrame(load_penguins(raw=True))
    wine = load_wine()
    return [
        Case(
            "penguins: four measurements among text columns",
            (
                tidy[
                    [
                        "species",
                        "island",
                        "bill_length_mm",
                        "bill_depth_mm",
                        "flipper_length_mm",
                        "body_mass_g",
                        "sex",
                    ]
                ],
            ),
        ),
        Case(
            "raw penguins with blood isotopes, missing in different rows",
            (
                raw[
                    [
                        "Species",
                        "Culmen Length (mm)",
                        "Culmen Depth (mm)",
                        "Flipper Length (mm)",
                        "Body Mass (g)",
                        "Delta 15 N (o/oo)",
                        "Delta 13 C (o/oo)",
                    ]
                ],
            ),
        ),
        Case(
            "wine: six chemical measurements and the cultivar",
            (
                pd.DataFrame(wine.data[:, :6], columns=list(wine.feature_names[:6])).assign(
                    cultivar=[wine.target_names[t] for t in wine.target]
                ),
            ),
        ),
    ]


def view(description: dict) -> dict:
    axes = description["axes"][0]
    (mesh,) = axes["meshes"]
    annotations = sorted(axes["texts"], key=lambda t: (t["y"], t["x"]))
    return {
        "matrix": mesh["array"],
        "x tick labels": axes["xticklabels"],
        "y tick labels": axes["yticklabels"],
        "annotations": [t["text"] for t in annotations],
        "title": axes["title"],
    }


def _heatmap(matrix: pd.DataFrame, annotate: bool = True):
    fig, ax = plt.subplots()
    sns.heatmap(matrix, annot=annotate, fmt=".2f", vmin=-1, vmax=1, cmap="vlag", ax=ax)
    ax.set_title("Pearson correlation")
    return fig


def covariance(frame: pd.DataFrame):
    return _heatmap(frame.cov(numeric_only=True))


def spearman(frame: pd.DataFrame):
    return _heatmap(frame.corr(method="spearman", numeric_only=True))


def numpy_with_nan(frame: pd.DataFrame):
    numeric = frame.select_dtypes("number")
    with np.errstate(invalid="ignore", divide="ignore"):
        matrix = np.corrcoef(numeric.to_numpy(), rowvar=False)
    return _heatmap(pd.DataFrame(matrix, index=numeric.columns, columns=numeric.columns))


def complete_rows_only(frame: pd.DataFrame):
    return _heatmap(frame.dropna().corr(numeric_only=True))


def no_annotations(frame: pd.DataFrame):
    return _heatmap(frame.corr(numeric_only=True), annotate=False)


CHECK = Check(
    function="correlation_heatmap",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    view=view,
    mutants=[
        Mutant(
            covariance,
            "This is the covariance matrix: its values carry the columns' units and scales. "
            "Correlation divides each covariance by both standard deviations, giving values "
            "between -1 and 1 (DataFrame.corr).",
        ),
        Mutant(
            spearman,
            "These are Spearman rank correlations: the task asks for Pearson's linear correlation, "
            "DataFrame.corr's default method.",
        ),
        Mutant(
            numpy_with_nan,
            "np.corrcoef gives NaN for every pair that involves a column with a missing value, so "
            "those cells are blank: DataFrame.corr skips the missing values pair by pair.",
        ),
        Mutant(
            complete_rows_only,
            "You dropped every row with a missing value anywhere before correlating, which throws "
            "away data the other pairs could use: DataFrame.corr uses, for each pair, all rows "
            "where both columns are present.",
        ),
        Mutant(
            no_annotations,
            'The cells carry no numbers: pass annot=True (and fmt=".2f") so the exact '
            "correlations can be read.",
        ),
    ],
)
