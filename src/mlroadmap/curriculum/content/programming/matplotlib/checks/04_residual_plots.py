"""Check of exercise 04: residual_plots (a 1×2 figure: predicted vs actual, residuals).

The cases are least-squares fits computed here with NumPy: a good linear model, a
single-feature model, and a straight line through a curved series (whose residuals
show the curve). The view keeps, per Axes in order, the scatter points as a set, whether
a reference line is drawn (the diagonal on the left, the zero line on the right: any
line whose points all lie on y = x, or all at y = 0), the axis labels and the title.
"""

import matplotlib
import numpy as np

from mlroadmap.datasets import load_co2, load_diabetes, load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule

matplotlib.use("Agg")

import matplotlib.pyplot as plt


def least_squares(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(y, the least-squares predictions of y from X with an intercept)."""
    design = np.column_stack([np.ones(len(y)), X])
    coefficients = np.linalg.lstsq(design, y, rcond=None)[0]
    return y, design @ coefficients


def cases() -> list[Case]:
    diabetes = load_diabetes()
    penguins = load_penguins()
    known = ~np.isnan(penguins["flipper_length_mm"]) & ~np.isnan(penguins["body_mass_g"])
    co2 = load_co2("MS", fill="linear")
    months = np.arange(len(co2.values), dtype=float)
    return [
        Case("diabetes progression from all 10 features", least_squares(diabetes.data, diabetes.target)),
        Case(
            "penguin body mass from flipper length",
            least_squares(penguins["flipper_length_mm"][known], penguins["body_mass_g"][known]),
        ),
        Case(
            "Mauna Loa CO2 from a straight line in time (the curve is missed)",
            least_squares(months, co2.values),
        ),
    ]


def _points(offsets: np.ndarray) -> np.ndarray:
    points = np.asarray(offsets, dtype=float).reshape(-1, 2)
    points = points[np.isfinite(points).all(axis=1)]
    return points[np.lexsort((points[:, 1], points[:, 0]))]


def _on(lines: list, rule) -> bool:
    return any(len(line["x"]) >= 2 and np.ptp(line["x"]) > 0 and rule(line["x"], line["y"]) for line in lines)


def view(description: dict) -> dict:
    left, right = description["axes"]
    panels = []
    for axes, reference, name in (
        (left, np.allclose, "diagonal y = x"),
        (right, lambda x, y: np.allclose(y, 0.0), "line at y = 0"),
    ):
        panels.append(
            {
                "points": _points(
                    np.concatenate([c["offsets"] for c in axes["scatter"]] or [np.empty((0, 2))])
                ),
                name: _on(axes["lines"], reference),
                "xlabel": axes["xlabel"],
                "ylabel": axes["ylabel"],
                "title": axes["title"],
            }
        )
    return {"left": panels[0], "right": panels[1]}


def _draw(y_true, y_pred, residual, against):
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    left.scatter(y_true, y_pred)
    left.axline((0, 0), (1, 1))
    left.set(xlabel="actual", ylabel="predicted", title="Predicted vs actual")
    right.scatter(against, residual)
    right.axhline(0)
    right.set(xlabel="predicted", ylabel="residual", title="Residuals")
    return fig


def sign_flipped(y_true: np.ndarray, y_pred: np.ndarray):
    return _draw(y_true, y_pred, y_pred - y_true, y_pred)


def against_actual(y_true: np.ndarray, y_pred: np.ndarray):
    return _draw(y_true, y_pred, y_true - y_pred, y_true)


def against_row(y_true: np.ndarray, y_pred: np.ndarray):
    return _draw(y_true, y_pred, y_true - y_pred, np.arange(len(y_true)))


def no_reference_lines(y_true: np.ndarray, y_pred: np.ndarray):
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    left.scatter(y_true, y_pred)
    left.set(xlabel="actual", ylabel="predicted", title="Predicted vs actual")
    right.scatter(y_pred, y_true - y_pred)
    right.set(xlabel="predicted", ylabel="residual", title="Residuals")
    return fig


CHECK = Check(
    function="residual_plots",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-9),
    view=view,
    mutants=[
        Mutant(
            sign_flipped,
            "A residual is actual minus predicted, y_true - y_pred: with the other sign, points "
            "above zero are the predictions that were too high instead of too low.",
        ),
        Mutant(
            against_actual,
            "Plot the residuals against the predictions, not against y_true: even for a sound "
            "least-squares fit the residuals are correlated with y_true (the largest targets are "
            "under-predicted), so that plot shows a slope that is no flaw of the model.",
        ),
        Mutant(
            against_row,
            "You plotted the residuals against the row number: the row order says nothing about "
            "the model, put the predictions y_pred on the horizontal axis.",
        ),
        Mutant(
            no_reference_lines,
            "Without the reference lines the eye has nothing to judge against: draw the diagonal "
            "y = x on the left (axline) and the zero line on the right (axhline(0)).",
        ),
    ],
)
