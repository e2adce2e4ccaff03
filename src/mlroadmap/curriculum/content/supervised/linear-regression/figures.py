"""Figures of the linear-regression lesson, drawn from the penguins and diabetes data."""

from __future__ import annotations

import numpy as np

from mlroadmap.datasets import load_diabetes, load_penguins


def _design(x: np.ndarray, degree: int) -> np.ndarray:
    return x[:, None] ** np.arange(degree + 1)[None, :]


def figure_penguin_fits():
    import matplotlib.pyplot as plt

    penguins = load_penguins()
    keep = ~np.isnan(penguins["flipper_length_mm"]) & ~np.isnan(penguins["body_mass_g"])
    x, y = penguins["flipper_length_mm"][keep], penguins["body_mass_g"][keep]
    z = (x - x.mean()) / x.std()  # powers of a standardized feature stay well conditioned
    grid = np.linspace(x.min(), x.max(), 200)
    grid_z = (grid - x.mean()) / x.std()

    figure, ax = plt.subplots(figsize=(6, 3.8))
    ax.scatter(x, y, s=8, color="grey", alpha=0.6, label="penguins")
    for degree, style in [(1, "-"), (3, "--")]:
        A = _design(z, degree)
        theta = np.linalg.solve(A.T @ A, A.T @ y)  # the normal equations
        mse = np.mean((A @ theta - y) ** 2)
        ax.plot(
            grid, _design(grid_z, degree) @ theta, style, lw=2, label=f"degree {degree}, MSE {mse:,.0f} g²"
        )
    ax.set(
        xlabel="flipper length (mm)",
        ylabel="body mass (g)",
        title="Least squares by the normal equations (342 penguins)",
    )
    ax.legend(fontsize=8)
    return figure


def figure_gradient_descent():
    import matplotlib.pyplot as plt

    diabetes = load_diabetes()
    X = (diabetes.data - diabetes.data.mean(axis=0)) / diabetes.data.std(axis=0)
    y = diabetes.target
    n = X.shape[0]
    A = np.column_stack([np.ones(n), X])
    best = np.mean((A @ np.linalg.solve(A.T @ A, A.T @ y) - y) ** 2)
    # the MSE's Hessian is (2/n) AᵀA; a step larger than 2 / (its largest eigenvalue) diverges
    critical = 2.0 / np.linalg.eigvalsh(2.0 / n * A.T @ A).max()

    figure, ax = plt.subplots(figsize=(6, 3.8))
    for fraction in [0.05, 0.5, 0.95, 1.02]:
        lr = fraction * critical
        w, b, losses = np.zeros(X.shape[1]), 0.0, []
        for _ in range(300):
            r = X @ w + b - y
            losses.append(np.mean(r**2))
            w, b = w - lr * (2.0 / n) * (X.T @ r), b - lr * (2.0 / n) * r.sum()
        ax.plot(losses, label=f"lr = {lr:.3f} ({fraction:g} × the limit)")
    ax.axhline(best, color="black", linestyle=":", label=f"normal equations: {best:,.0f}")
    ax.set(
        yscale="log",
        ylim=(best * 0.9, 3e4),
        xlabel="gradient-descent step",
        ylabel="training MSE (log scale)",
        title="Diabetes, 10 standardized features",
    )
    ax.legend(fontsize=8)
    return figure
