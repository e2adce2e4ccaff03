"""Figures of the calculus lesson: the step-size trade-off, quadrature errors, a gradient field."""

from __future__ import annotations

import math

import numpy as np

from mlroadmap.algorithms.calculus import derivative, gradient, monte_carlo, simpson, trapezoid
from mlroadmap.datasets import load_breast_cancer

EPS = float(np.finfo(np.float64).eps)


def figure_step_size():
    """Error of forward and central differences of exp at x = 1 against the step h."""
    import matplotlib.pyplot as plt

    hs = np.logspace(-15, -0.5, 300)
    x = 1.0
    exact = math.exp(x)
    forward = np.array([abs(derivative(np.exp, x, h, "forward") - exact) for h in hs])
    central = np.array([abs(derivative(np.exp, x, h, "central") - exact) for h in hs])
    figure, ax = plt.subplots(figsize=(7, 4.5))
    ax.loglog(hs, forward, color="tab:orange", linewidth=1, label="forward difference")
    ax.loglog(hs, central, color="tab:blue", linewidth=1, label="central difference")
    ax.loglog(hs, hs / 2 * exact, "--", color="tab:orange", alpha=0.6, label="truncation h/2 · f''")
    ax.loglog(hs, hs**2 / 6 * exact, "--", color="tab:blue", alpha=0.6, label="truncation h²/6 · f'''")
    ax.loglog(hs, EPS * exact / hs, ":", color="black", alpha=0.7, label="rounding ε·|f|/h")
    for h, name, color in ((EPS**0.5, "ε^(1/2)", "tab:orange"), (EPS ** (1 / 3), "ε^(1/3)", "tab:blue")):
        ax.axvline(h, color=color, linewidth=0.8, alpha=0.5)
        ax.text(h * 1.3, 1e-15, name, color=color)
    ax.set(
        ylim=(1e-16, 10),
        xlabel="step h (log scale)",
        ylabel="|estimate - exp(1)| (log scale)",
        title="Derivative of exp at x = 1: too large a step truncates, too small a step rounds",
    )
    ax.legend(fontsize=8, loc="upper center")
    figure.tight_layout()
    return figure


def _density(x: np.ndarray) -> np.ndarray:
    return np.exp(-(x**2) / 2) / math.sqrt(2 * math.pi)


def figure_quadrature():
    """Error of the trapezoid rule, Simpson's rule and Monte Carlo for P(-1 < Z < 2)."""
    import matplotlib.pyplot as plt

    a, b = -1.0, 2.0
    exact = 0.5 * (math.erf(b / math.sqrt(2)) - math.erf(a / math.sqrt(2)))
    counts = np.unique(np.logspace(0.5, 4, 30).astype(int) // 2 * 2 + 1)  # odd counts for Simpson
    trap, simp = [], []
    for n in counts:
        x = np.linspace(a, b, n)
        trap.append(abs(trapezoid(_density(x), x) - exact))
        simp.append(abs(simpson(_density(x), x) - exact))
    mc_counts = np.unique(np.logspace(1, 6, 25).astype(int))
    mc = [monte_carlo(_density, a, b, int(n), rng=0) for n in mc_counts]
    figure, ax = plt.subplots(figsize=(7, 4.5))
    ax.loglog(counts, trap, "o-", markersize=3, label="trapezoid rule: error ∝ n⁻²")
    simp = np.array(simp)
    above = simp > 4 * EPS  # below that, rounding is all that is left
    ax.loglog(counts[above], simp[above], "s-", markersize=3, label="Simpson's rule: error ∝ n⁻⁴")
    ax.loglog(
        mc_counts, [abs(e - exact) for e, _ in mc], "^", markersize=4, label="Monte Carlo: actual error"
    )
    ax.loglog(
        mc_counts,
        [se for _, se in mc],
        "-",
        color="tab:green",
        label="Monte Carlo: standard error ∝ n^(-1/2)",
    )
    ax.axhline(EPS, color="black", linewidth=0.6, linestyle=":", label="rounding floor ε")
    ax.set(
        xlabel="number of evaluations of the density n (log scale)",
        ylabel="|estimate - exact| (log scale)",
        title="P(-1 < Z < 2) for a standard normal Z, three ways",
    )
    ax.legend(fontsize=8)
    figure.tight_layout()
    return figure


def figure_gradient_field():
    """Contours of the logistic loss over two weights, with numerical gradients as arrows."""
    import matplotlib.pyplot as plt

    data = load_breast_cancer()
    columns = [list(data.feature_names).index(name) for name in ("mean radius", "mean texture")]
    X = data.data[:, columns]
    X = (X - X.mean(axis=0)) / X.std(axis=0)
    y = data.target.astype(float)

    def loss(w: np.ndarray) -> float:
        z = X @ w
        return float(np.mean(np.logaddexp(0.0, z) - y * z))

    grid = np.linspace(-6.0, 2.0, 80)
    W1, W2 = np.meshgrid(grid, grid)
    values = np.array(
        [[loss(np.array([u, v])) for u, v in zip(r1, r2, strict=True)] for r1, r2 in zip(W1, W2, strict=True)]
    )
    arrows = np.linspace(-5.5, 1.5, 8)
    A1, A2 = np.meshgrid(arrows, arrows)
    G = np.array([gradient(loss, np.array([u, v])) for u, v in zip(A1.ravel(), A2.ravel(), strict=True)])
    figure, ax = plt.subplots(figsize=(6, 5.2))
    lowest = values.min()
    steps = lowest + np.geomspace(0.004, values.max() - lowest, 12)  # dense near the minimum
    levels = ax.contour(W1, W2, values, levels=steps, cmap="viridis")
    ax.clabel(levels, levels.levels[::2], fontsize=7, fmt="%.2f")
    best = np.unravel_index(np.argmin(values), values.shape)
    ax.plot(W1[best], W2[best], "k*", markersize=10, label="lowest loss on the grid")
    ax.legend(fontsize=8, loc="lower right")
    ax.quiver(A1.ravel(), A2.ravel(), -G[:, 0], -G[:, 1], color="tab:red", angles="xy", width=0.004)
    ax.set(
        xlabel="weight of mean radius (standardized)",
        ylabel="weight of mean texture (standardized)",
        title="Breast cancer log-loss: arrows are minus the gradient,\nat right angles to the contours",
        aspect="equal",
    )
    figure.tight_layout()
    return figure
