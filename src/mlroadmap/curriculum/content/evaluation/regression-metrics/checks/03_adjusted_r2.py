"""Check of exercise 03: adjusted_r2 (1 - (1 - r2) (n - 1) / (n - p - 1))."""

import numpy as np

from mlroadmap.datasets import load_diabetes
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _diabetes_fits():
    """In-sample least squares on the first p features of diabetes, p = 1, 4 and 10."""
    d = load_diabetes()
    out = []
    for p in (1, 4, 10):
        A = np.column_stack([np.ones(len(d.target)), d.data[:, :p]])
        theta = np.linalg.lstsq(A, d.target, rcond=None)[0]
        out.append((p, d.target, A @ theta))
    return out


def cases() -> list[Case]:
    rng = np.random.default_rng(3)
    y = rng.normal(size=30)
    noise_pred = y + rng.normal(0, 1.0, size=30)
    y_hand, pred_hand = np.array([1.0, 3.0, 5.0, 7.0, 4.0, 6.0]), np.array([2.0, 3.0, 5.0, 6.0, 4.5, 5.0])
    return [
        Case("6 samples by hand, p = 2", (y_hand, pred_hand, 2)),
        Case("the same 6 samples, p = 0: adjusted R² equals R²", (y_hand, pred_hand, 0)),
        Case("the same 6 samples, p = 4: n - p - 1 = 1", (y_hand, pred_hand, 4)),
        Case(
            "constant y_true, imperfect predictions, p = 1",
            (np.full(5, 3.0), np.array([3.0, 2.0, 3.0, 4.0, 3.0]), 1),
        ),
        Case("constant y_true, perfect predictions, p = 2", (np.full(5, 3.0), np.full(5, 3.0), 2)),
        Case("30 samples, seed 3, p = 5", (y, noise_pred, 5)),
        *[
            Case(f"diabetes: least squares on the first {p} features, in sample", (yt, yp, p))
            for p, yt, yp in _diabetes_fits()
        ],
    ]


def _r2(y_true, y_pred):
    ss_res = np.sum((y_true - y_pred) ** 2)
    ss_tot = np.sum((y_true - y_true.mean()) ** 2)
    if ss_tot == 0:
        return 1.0 if ss_res == 0 else 0.0
    return float(1 - ss_res / ss_tot)


def intercept_not_counted(y_true, y_pred, n_features):
    n = len(y_true)
    return float(1 - (1 - _r2(y_true, y_pred)) * (n - 1) / (n - n_features))


def ratio_inverted(y_true, y_pred, n_features):
    n = len(y_true)
    return float(1 - (1 - _r2(y_true, y_pred)) * (n - n_features - 1) / (n - 1))


def penalty_on_r2(y_true, y_pred, n_features):
    n = len(y_true)
    return float(_r2(y_true, y_pred) * (n - 1) / (n - n_features - 1))


CHECK = Check(
    function="adjusted_r2",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            intercept_not_counted,
            "You divided by n - p: a model with p slopes also fits an intercept, so the residuals "
            "keep n - p - 1 degrees of freedom.",
        ),
        Mutant(
            ratio_inverted,
            "You inverted the ratio: the penalty multiplies 1 - R² by (n - 1) / (n - p - 1), which "
            "is at least 1, so the adjusted value is never above R².",
        ),
        Mutant(
            penalty_on_r2,
            "You scaled R² itself: the correction applies to the unexplained part, "
            "1 - (1 - R²) (n - 1) / (n - p - 1).",
        ),
    ],
)
