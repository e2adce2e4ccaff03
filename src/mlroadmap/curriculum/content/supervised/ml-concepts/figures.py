"""Figures of the machine-learning concepts lesson, drawn from the diabetes data."""

from __future__ import annotations

import numpy as np

from mlroadmap.datasets import load_diabetes

N_TRAIN = 30
DEGREES = np.arange(0, 11)


def _bmi_split():
    """Standardized BMI against disease progression, 30 training samples (seed 0), the rest for testing."""
    diabetes = load_diabetes()
    x = diabetes.data[:, 2]
    x = (x - x.mean()) / x.std()
    perm = np.random.default_rng(0).permutation(x.size)
    train, test = perm[:N_TRAIN], perm[N_TRAIN:]
    return x[train], diabetes.target[train], x[test], diabetes.target[test]


def figure_error_vs_degree():
    import matplotlib.pyplot as plt

    x_train, y_train, x_test, y_test = _bmi_split()
    train_mse, test_mse = [], []
    for p in DEGREES:
        coef = np.polyfit(x_train, y_train, p)
        train_mse.append(np.mean((np.polyval(coef, x_train) - y_train) ** 2))
        test_mse.append(np.mean((np.polyval(coef, x_test) - y_test) ** 2))
    best = int(DEGREES[np.argmin(test_mse)])

    figure, (left, right) = plt.subplots(1, 2, figsize=(10, 3.8))
    left.plot(DEGREES, train_mse, "o-", label=f"training error ({N_TRAIN} samples)")
    left.plot(DEGREES, test_mse, "s-", label=f"test error ({x_test.size} samples)")
    left.axvline(best, color="grey", linestyle=":", label=f"lowest test error: degree {best}")
    left.set(
        yscale="log",
        xlabel="polynomial degree",
        ylabel="mean squared error (log scale)",
        title="Diabetes: progression from BMI",
    )
    left.legend(fontsize=8)

    grid = np.linspace(x_train.min(), x_train.max(), 300)
    right.scatter(x_test, y_test, s=8, color="lightgrey", label="test samples")
    right.scatter(x_train, y_train, s=18, color="black", label="training samples")
    for p, style in [(0, "--"), (1, "-"), (10, "-")]:
        right.plot(grid, np.polyval(np.polyfit(x_train, y_train, p), grid), style, label=f"degree {p}")
    right.set(
        ylim=(0, 380),
        xlabel="BMI (standardized)",
        ylabel="disease progression after one year",
        title="Underfit (0), good fit (1), overfit (10)",
    )
    right.legend(fontsize=8)
    figure.tight_layout()
    return figure
