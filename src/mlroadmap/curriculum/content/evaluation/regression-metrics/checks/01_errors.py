"""Check of exercise 01: regression_errors (MSE, RMSE and MAE, means over n)."""

import numpy as np

from mlroadmap.datasets import load_diabetes
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _diabetes_fit():
    """In-sample least-squares predictions of diabetes progression from all ten features."""
    d = load_diabetes()
    A = np.column_stack([np.ones(len(d.target)), d.data])
    theta = np.linalg.lstsq(A, d.target, rcond=None)[0]
    return d.target, A @ theta


def cases() -> list[Case]:
    rng = np.random.default_rng(1)
    y = rng.normal(50, 10, size=100)
    y_d, pred_d = _diabetes_fit()
    return [
        Case(
            "4 samples by hand: errors 1, -2, 0, 3: expect (3.5, 1.87083, 1.5)",
            (np.array([3.0, 5.0, 2.0, 7.0]), np.array([4.0, 3.0, 2.0, 10.0])),
        ),
        Case("perfect predictions: all zero", (np.array([1.5, -2.0, 3.0]), np.array([1.5, -2.0, 3.0]))),
        Case("one sample, error -4", (np.array([10.0]), np.array([6.0]))),
        Case("one huge error among small ones", (np.zeros(10), np.r_[np.full(9, 0.1), 20.0])),
        Case("100 samples, noise of spread 3, seed 1", (y, y + rng.normal(0, 3, size=100))),
        Case("diabetes: least squares on all ten features, in sample", (y_d, pred_d)),
    ]


def squared_mae(y_true, y_pred):
    mse = float(np.mean((y_pred - y_true) ** 2))
    return mse, float(np.sqrt(mse)), mse


def root_before_mean(y_true, y_pred):
    e = y_pred - y_true
    mae = float(np.mean(np.abs(e)))
    return float(np.mean(e**2)), float(np.mean(np.sqrt(e**2))), mae


def divided_by_n_minus_1(y_true, y_pred):
    e, d = y_pred - y_true, max(len(y_true) - 1, 1)
    mse = float(np.sum(e**2) / d)
    return mse, float(np.sqrt(mse)), float(np.sum(np.abs(e)) / d)


CHECK = Check(
    function="regression_errors",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            squared_mae,
            "Your MAE averages the squared errors (that is the MSE): the mean absolute error "
            "averages |y_pred - y_true|.",
        ),
        Mutant(
            root_before_mean,
            "You took the square root of each squared error before averaging, which gives the MAE "
            "again: RMSE is the square root of the mean, np.sqrt(mse).",
        ),
        Mutant(
            divided_by_n_minus_1,
            "You divided by n - 1: these are plain averages of the errors, so divide by n (np.mean).",
        ),
    ],
)
