"""Figures of the linear-algebra lesson: power iteration on wine, least squares on diabetes,
the singular values of the digits. Drawn with mlroadmap.algorithms.linalg, fixed seeds."""

from __future__ import annotations

import numpy as np

from mlroadmap.algorithms import linalg
from mlroadmap.datasets import load_diabetes, load_digits, load_wine


def figure_power_iteration():
    import matplotlib.pyplot as plt

    wine = load_wine().data
    C = np.corrcoef(wine, rowvar=False)
    w, V = linalg.eigh(C)  # ascending: the dominant pair is the last one
    top, second = w[-1], w[-2]
    v = np.ones(len(C)) / np.sqrt(len(C))
    steps = np.arange(36)
    value_error, angle = [], []
    for _ in steps:
        value_error.append(abs(v @ C @ v - top))
        u = V[:, -1]
        angle.append(np.linalg.norm(v - (v @ u) * u))  # sin of the angle between v and u
        w_next = C @ v
        v = w_next / np.linalg.norm(w_next)
    ratio = second / top
    angle, value_error = np.maximum(angle, 1e-17), np.maximum(value_error, 1e-17)  # 0 has no log
    figure, ax = plt.subplots(figsize=(7, 4))
    ax.semilogy(steps, angle, "o-", markersize=3, label="sin(angle between v and the eigenvector)")
    ax.semilogy(steps, value_error, "s-", markersize=3, label="|Rayleigh quotient - λ₁|")
    ax.semilogy(steps, angle[0] * ratio**steps, "--", color="gray", label=f"(λ₂/λ₁)^k = {ratio:.2f}^k")
    ax.semilogy(steps, value_error[0] * ratio ** (2 * steps), ":", color="gray", label=f"{ratio:.2f}^(2k)")
    ax.set(
        xlabel="step k",
        ylabel="error (log scale)",
        title=f"Power iteration on the wine correlation matrix (λ₁ = {top:.2f}, λ₂ = {second:.2f})",
        ylim=(1e-17, 10),  # the floor: errors below 1e-16 are rounding
    )
    ax.legend(fontsize=8)
    figure.tight_layout()
    return figure


def figure_least_squares():
    import matplotlib.pyplot as plt

    diabetes = load_diabetes()
    bmi = diabetes.data[:, diabetes.feature_names.index("bmi")]
    y = diabetes.target
    X = np.c_[np.ones_like(bmi), bmi]
    coef = linalg.lstsq(X, y)[0]
    fitted = linalg.project(X, y)  # the same points: the projection of y onto the columns of X
    rng = np.random.default_rng(0)
    shown = rng.choice(len(y), size=60, replace=False)
    figure, (left, right) = plt.subplots(1, 2, figsize=(11, 4))
    left.scatter(bmi, y, s=8, alpha=0.35, label="patients")
    grid = np.linspace(bmi.min(), bmi.max(), 2)
    left.plot(grid, coef[0] + coef[1] * grid, color="C3", label=f"y = {coef[0]:.0f} + {coef[1]:.0f} · bmi")
    left.vlines(
        bmi[shown], fitted[shown], y[shown], color="gray", linewidth=0.7, label="residuals (60 shown)"
    )
    left.set(
        xlabel="bmi (scaled as in scikit-learn)",
        ylabel="disease progression",
        title="Least squares on diabetes",
    )
    left.legend(fontsize=8)
    residual = y - fitted
    right.scatter(fitted, residual, s=8, alpha=0.5)
    right.axhline(0.0, color="black", linewidth=0.6)
    right.set(
        xlabel="fitted value (the projection Q Qᵀ y)",
        ylabel="residual y - ŷ",
        title="The residual is orthogonal to the columns: "
        f"Xᵀ(y - ŷ) = [{X[:, 0] @ residual:.0e}, {X[:, 1] @ residual:.0e}] ≈ 0",
    )
    figure.tight_layout()
    return figure


def figure_singular_values():
    import matplotlib.pyplot as plt

    digits = load_digits()
    X = digits.data
    mean = X.mean(axis=0)
    U, S, Vt = linalg.svd(X - mean, full_matrices=False)
    energy = np.cumsum(S**2) / np.sum(S**2)
    rank = linalg.matrix_rank(X - mean)
    figure = plt.figure(figsize=(11, 4))
    grid = figure.add_gridspec(2, 5)
    spectrum = figure.add_subplot(grid[:, :2])
    spectrum.semilogy(np.arange(1, len(S) + 1), np.maximum(S, 1e-16), "o-", markersize=3)
    spectrum.set(
        xlabel="k",
        ylabel="singular value σₖ (log scale)",
        title=f"Digits, centred: rank {rank} of 64 (3 pixels never change)",
    )
    twin = spectrum.twinx()
    twin.plot(np.arange(1, len(S) + 1), energy, color="C1")
    twin.set_ylabel("cumulative share of Σ σₖ² (orange)")
    twin.set_xlabel("k")  # hidden under the first axes' label, but says what the twin plots against
    twin.set_ylim(0, 1.02)
    index = 0  # the first image, a 0
    for position, k in enumerate([1, 2, 5, 10, 20, 64]):
        ax = figure.add_subplot(grid[position // 3, 2 + position % 3])
        approximation = mean + (U[index, :k] * S[:k]) @ Vt[:k]
        ax.imshow(approximation.reshape(8, 8), cmap="gray_r")
        ax.set_title(f"rank {k}: {energy[k - 1]:.0%} of Σσ²", fontsize=8)
        ax.set_xticks([])
        ax.set_yticks([])
    figure.suptitle("Right: the first digit rebuilt from its first k singular directions", fontsize=10)
    figure.tight_layout()
    return figure
