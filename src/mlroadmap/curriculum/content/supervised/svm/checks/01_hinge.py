"""Check of exercise 01: hinge_objective (SVC's primal objective and its subgradient)."""

import numpy as np

from mlroadmap.datasets import load_iris
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    iris = load_iris()
    keep = iris.target > 0  # versicolor (-1) against virginica (+1), petal length and width
    X_iris = iris.data[keep][:, 2:]
    y_iris = np.where(iris.target[keep] == 2, 1.0, -1.0)
    rng = np.random.default_rng(21)
    X_random = rng.normal(size=(30, 4))
    y_random = np.where(X_random[:, 0] - X_random[:, 2] + rng.normal(scale=0.8, size=30) > 0, 1.0, -1.0)
    X3 = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, -1.0]])
    y3 = np.array([1.0, 1.0, -1.0])
    return [
        Case("w = 0, b = 0: every margin is 0", (np.zeros(2), 0.0, X3, y3, 1.0)),
        Case("by hand: one sample inside the margin", (np.array([0.5, 0.5]), 0.0, X3, y3, 2.0)),
        Case("two samples exactly on the margin (m = 1)", (np.array([1.0, 1.0]), 0.0, X3, y3, 1.0)),
        Case(
            "every sample outside the margin: only 0.5 * ||w||^2 is left",
            (np.array([3.0, 3.0]), 0.5, X3, y3, 1.0),
        ),
        Case("a misclassified sample, b = -0.4", (np.array([1.0, -2.0]), -0.4, X3, y3, 0.5)),
        Case(
            "iris versicolor vs virginica, w = [1, 2], b = -8, C = 0.5",
            (np.array([1.0, 2.0]), -8.0, X_iris, y_iris, 0.5),
        ),
        Case(
            "iris versicolor vs virginica, w = [2, 4], b = -17.5, C = 10",
            (np.array([2.0, 4.0]), -17.5, X_iris, y_iris, 10.0),
        ),
        Case("random 30×4, seed 21, C = 3", (rng.normal(size=4), 0.3, X_random, y_random, 3.0)),
    ]


def _parts(w, b, X, y):
    margins = y * (X @ w + b)
    return margins, margins < 1


def no_max(w, b, X, y, C):
    margins = y * (X @ w + b)
    J = 0.5 * w @ w + C * (1.0 - margins).sum()
    return float(J), w - C * (y @ X), float(-C * y.sum())


def no_half(w, b, X, y, C):
    margins, active = _parts(w, b, X, y)
    J = w @ w + C * np.maximum(0.0, 1.0 - margins).sum()
    return float(J), 2 * w - C * (y[active] @ X[active]), float(-C * y[active].sum())


def mean_of_hinges(w, b, X, y, C):
    margins, active = _parts(w, b, X, y)
    n = len(y)
    J = 0.5 * w @ w + C * np.maximum(0.0, 1.0 - margins).mean()
    return float(J), w - C * (y[active] @ X[active]) / n, float(-C * y[active].sum() / n)


def bias_penalised(w, b, X, y, C):
    margins, active = _parts(w, b, X, y)
    J = 0.5 * (w @ w + b * b) + C * np.maximum(0.0, 1.0 - margins).sum()
    return float(J), w - C * (y[active] @ X[active]), float(b - C * y[active].sum())


def margin_counts(w, b, X, y, C):
    margins = y * (X @ w + b)
    active = margins <= 1
    J = 0.5 * w @ w + C * np.maximum(0.0, 1.0 - margins).sum()
    return float(J), w - C * (y[active] @ X[active]), float(-C * y[active].sum())


CHECK = Check(
    function="hinge_objective",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-9),
    mutants=[
        Mutant(
            no_max,
            "You summed 1 - m_i over every sample: the hinge loss is max(0, 1 - m_i), so a "
            "sample beyond the margin (m_i > 1) costs nothing and adds nothing to the gradient.",
        ),
        Mutant(
            no_half,
            "Your regulariser is ||w||^2 (gradient 2w): the SVM objective uses 0.5 * ||w||^2, "
            "whose gradient is w. That factor changes what C means.",
        ),
        Mutant(
            mean_of_hinges,
            "You averaged the hinge losses: SVC's C multiplies their sum, not their mean, so "
            "do not divide by n.",
        ),
        Mutant(
            bias_penalised,
            "You penalised the intercept: the regulariser is 0.5 * ||w||^2 only, so b appears "
            "in J only through the margins and grad_b has no b term.",
        ),
        Mutant(
            margin_counts,
            "Samples exactly on the margin (m_i = 1) have zero hinge loss: count only m_i < 1 "
            "(strictly) in the subgradient.",
        ),
    ],
)
