"""Check of exercise 04: boosting_stages (F0 = mean, F += nu * h, residuals y - F)."""

import numpy as np

from mlroadmap.datasets import load_diabetes
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def stump_predictions(X, r):
    """The best regression stump on the residuals r (least squares), predicted on X."""
    best = (np.inf, None)
    for j in range(X.shape[1]):
        order = np.argsort(X[:, j], kind="stable")
        xs, rs = X[order, j], r[order]
        n = len(r)
        left_sum = np.cumsum(rs)[:-1]
        n_left = np.arange(1, n)
        sse = -(left_sum**2) / n_left - (rs.sum() - left_sum) ** 2 / (n - n_left)
        sse[xs[1:] <= xs[:-1]] = np.inf
        i = int(np.argmin(sse))
        if sse[i] < best[0]:
            threshold = (xs[i] + xs[i + 1]) / 2
            left = X[:, j] <= threshold
            best = (sse[i], np.where(left, r[left].mean(), r[~left].mean()))
    return best[1]


def boosted_stumps(X, y, n_stages, learning_rate):
    F = np.full(len(y), y.mean())
    h = []
    for _ in range(n_stages):
        h.append(stump_predictions(X, y - F))
        F = F + learning_rate * h[-1]
    return np.array(h)


def cases() -> list[Case]:
    diabetes = load_diabetes()
    X, y = diabetes.data[:200], diabetes.target[:200]
    rng = np.random.default_rng(29)
    y_hand = np.array([1.0, 2.0, 3.0, 6.0])
    return [
        Case("by hand: one learner, nu = 0.5", (y_hand, np.array([[-2.0, -1.0, 0.0, 3.0]]), 0.5)),
        Case("no learner yet (M = 0): only the mean", (y_hand, np.zeros((0, 4)), 0.1)),
        Case(
            "two learners, nu = 1", (y_hand, np.array([[-2.0, -1.0, 0.0, 3.0], [0.5, 0.5, -0.5, -0.5]]), 1.0)
        ),
        Case(
            "diabetes, 200 patients, 6 stumps fitted to the residuals, nu = 0.1",
            (y, boosted_stumps(X, y, 6, 0.1), 0.1),
        ),
        Case(
            "random targets and learners, seed 29, nu = 0.3",
            (rng.normal(5.0, 2.0, size=12), rng.normal(size=(4, 12)), 0.3),
        ),
    ]


def no_learning_rate(y, weak_predictions, learning_rate):
    F = y.mean() + np.vstack([np.zeros((1, len(y))), np.cumsum(weak_predictions, axis=0)])
    return F, y - F[:-1]


def fitted_to_y(y, weak_predictions, learning_rate):
    F = y.mean() + np.vstack([np.zeros((1, len(y))), np.cumsum(learning_rate * weak_predictions, axis=0)])
    return F, np.tile(y, (len(weak_predictions), 1))


def starts_at_zero(y, weak_predictions, learning_rate):
    F = np.vstack([np.zeros((1, len(y))), np.cumsum(learning_rate * weak_predictions, axis=0)])
    return F, y - F[:-1]


def residual_sign(y, weak_predictions, learning_rate):
    F = y.mean() + np.vstack([np.zeros((1, len(y))), np.cumsum(learning_rate * weak_predictions, axis=0)])
    return F, F[:-1] - y


CHECK = Check(
    function="boosting_stages",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-9),
    mutants=[
        Mutant(
            no_learning_rate,
            "You added each learner's prediction in full: gradient boosting shrinks it first, "
            "F[m + 1] = F[m] + learning_rate * h_m.",
        ),
        Mutant(
            fitted_to_y,
            "Every learner was fitted to y itself: learner m is fitted to the residuals "
            "y - F[m] of the model so far, which is what makes boosting correct its own mistakes.",
        ),
        Mutant(
            starts_at_zero,
            "You started from F[0] = 0: the first prediction is the best constant for the "
            "squared error, the mean of y.",
        ),
        Mutant(
            residual_sign,
            "Your residuals have the wrong sign: the negative gradient of (y - F)^2 / 2 with "
            "respect to F is y - F.",
        ),
    ],
)
