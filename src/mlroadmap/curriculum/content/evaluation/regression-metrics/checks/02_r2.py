"""Check of exercise 02: r2 (1 - ss_res / ss_tot, scikit-learn's rule for a constant y_true)."""

import numpy as np

from mlroadmap.datasets import load_diabetes
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _diabetes_bmi():
    """Least squares on bmi alone, fitted on the first 300 patients, predicted on the other 142."""
    d = load_diabetes()
    x = d.data[:, list(d.feature_names).index("bmi")]
    A = np.column_stack([np.ones(len(x)), x])
    theta = np.linalg.lstsq(A[:300], d.target[:300], rcond=None)[0]
    return d.target[300:], A[300:] @ theta


def cases() -> list[Case]:
    rng = np.random.default_rng(2)
    y = rng.normal(0, 1, size=50)
    y_d, pred_d = _diabetes_bmi()
    return [
        Case(
            "4 samples by hand: ss_res 2, ss_tot 20: expect 0.9",
            (np.array([1.0, 3.0, 5.0, 7.0]), np.array([2.0, 3.0, 5.0, 6.0])),
        ),
        Case("always predicting the mean of y_true: expect 0", (np.array([1.0, 2.0, 6.0]), np.full(3, 3.0))),
        Case(
            "predictions worse than the mean: negative R²",
            (np.array([1.0, 2.0, 3.0, 4.0]), np.array([4.0, 1.0, 5.0, 0.0])),
        ),
        Case(
            "predictions off by a constant: the prediction's mean is not y_true's",
            (np.array([1.0, 2.0, 4.0, 7.0]), np.array([3.0, 4.0, 6.0, 9.0])),
        ),
        Case("constant y_true, perfect predictions: expect 1.0", (np.full(4, 2.5), np.full(4, 2.5))),
        Case(
            "constant y_true, imperfect predictions: expect 0.0",
            (np.full(4, 2.5), np.array([2.0, 2.5, 3.0, 2.5])),
        ),
        Case("50 samples, noisy shrunken predictions, seed 2", (y, 0.5 * y + rng.normal(0, 0.5, size=50))),
        Case("diabetes: bmi alone, 142 held-out patients", (y_d, pred_d)),
    ]


def _sklearn_edge(ss_res, ss_tot):
    if ss_tot == 0:
        return 1.0 if ss_res == 0 else 0.0
    return float(1 - ss_res / ss_tot)


def prediction_mean(y_true, y_pred):
    ss_res = np.sum((y_true - y_pred) ** 2)
    return _sklearn_edge(ss_res, np.sum((y_true - y_pred.mean()) ** 2))


def variance_with_n_minus_1(y_true, y_pred):
    ss_res = np.sum((y_true - y_pred) ** 2)
    ss_tot = np.sum((y_true - y_true.mean()) ** 2)
    if ss_tot == 0:
        return 1.0 if ss_res == 0 else 0.0
    return float(1 - (ss_res / len(y_true)) / (ss_tot / (len(y_true) - 1)))


def constant_not_handled(y_true, y_pred):
    ss_res = np.sum((y_true - y_pred) ** 2)
    ss_tot = np.sum((y_true - y_true.mean()) ** 2)
    with np.errstate(invalid="ignore", divide="ignore"):
        return float(1 - ss_res / np.float64(ss_tot))


def squared_correlation(y_true, y_pred):
    ss_res = np.sum((y_true - y_pred) ** 2)
    a, b = y_true - y_true.mean(), y_pred - y_pred.mean()
    denominator = np.sum(a**2) * np.sum(b**2)
    if denominator == 0:
        return _sklearn_edge(ss_res, np.sum(a**2))
    return float(np.sum(a * b) ** 2 / denominator)


CHECK = Check(
    function="r2",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            prediction_mean,
            "You measured ss_tot around the mean of the predictions: the baseline is the model that "
            "always predicts the mean of y_true, so use y_true.mean().",
        ),
        Mutant(
            variance_with_n_minus_1,
            "You divided ss_tot by n - 1 and ss_res by n: R² is the plain ratio 1 - ss_res / ss_tot, "
            "and any common divisor cancels only when it is the same.",
        ),
        Mutant(
            constant_not_handled,
            "A constant y_true gave NaN: ss_tot is 0 there, and scikit-learn returns 1.0 when the "
            "predictions are perfect and 0.0 otherwise.",
        ),
        Mutant(
            squared_correlation,
            "You computed the squared correlation of y_true and y_pred: it equals R² only for a "
            "least-squares fit on its own training data, and it ignores bias and scale errors.",
        ),
    ],
)
