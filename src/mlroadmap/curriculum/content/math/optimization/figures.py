"""Figures of the optimization lesson: paths on Rosenbrock, loss curves on a logistic loss,
and a Lagrange multiplier on a minimum-variance mix of the iris measurements."""

from __future__ import annotations

import numpy as np

from mlroadmap.algorithms.optimize import (
    adam,
    gradient_descent,
    logistic_gradient,
    logistic_hessian,
    logistic_loss,
    minimize_equality_qp,
    momentum,
    newton,
    rosen,
    rosen_der,
    rosen_hess,
)
from mlroadmap.datasets import load_breast_cancer, load_iris

START = np.array([-1.2, 1.0])


def figure_paths():
    """Five optimizers from (-1.2, 1) on Rosenbrock's valley, with the same budget of steps."""
    import matplotlib.pyplot as plt

    budget = 2000
    runs = [
        ("gradient descent, lr = 1e-3", gradient_descent(rosen, START, rosen_der, lr=1e-3, max_iter=budget)),
        (
            "backtracking from lr = 1",
            gradient_descent(rosen, START, rosen_der, lr=1.0, line_search="backtracking", max_iter=budget),
        ),
        (
            "momentum, lr = 5e-4, beta = 0.9",
            momentum(rosen, START, rosen_der, lr=5e-4, beta=0.9, max_iter=budget),
        ),
        ("Adam, lr = 0.05", adam(rosen, START, rosen_der, lr=0.05, max_iter=budget)),
        ("Newton (damped)", newton(rosen, START, rosen_der, rosen_hess, max_iter=budget)),
    ]
    u, v = np.meshgrid(np.linspace(-2.0, 2.0, 300), np.linspace(-1.0, 3.0, 300))
    values = rosen(np.stack([u.ravel(), v.ravel()])).reshape(u.shape)
    figure, ax = plt.subplots(figsize=(8, 6))
    ax.contour(u, v, values, levels=np.logspace(-1, 3.5, 14), colors="0.55", linewidths=0.7)
    for (name, result), marker in zip(runs, ["o", "s", "^", "D", "*"], strict=True):
        path = result.path
        ax.plot(
            path[:, 0],
            path[:, 1],
            "-",
            linewidth=1.2,
            marker=marker,
            markevery=max(1, len(path) // 12),
            markersize=4,
            label=f"{name}: {result.nit} steps, f = {result.fun:.1e}",
        )
    ax.plot(1.0, 1.0, "k*", markersize=14)
    ax.plot(*START, "ko", markersize=6)
    ax.set(
        xlabel="x₀",
        ylabel="x₁",
        title=f"Rosenbrock from (-1.2, 1) to the minimum (1, 1), at most {budget} steps each",
    )
    ax.legend(fontsize=8, loc="upper left")
    figure.tight_layout()
    return figure


def _breast_cancer() -> tuple[np.ndarray, np.ndarray]:
    data = load_breast_cancer()
    X = (data.data - data.data.mean(axis=0)) / data.data.std(axis=0)
    return np.column_stack([X, np.ones(len(X))]), data.target.astype(float)


def figure_loss_curves():
    """Distance to the optimal loss, iteration by iteration, on the breast-cancer log-loss."""
    import matplotlib.pyplot as plt

    X, y = _breast_cancer()
    alpha = 1e-2

    def fun(w):
        return logistic_loss(w, X, y, alpha)

    def jac(w):
        return logistic_gradient(w, X, y, alpha)

    def hess(w):
        return logistic_hessian(w, X, y, alpha)

    w0 = np.zeros(X.shape[1])
    best = newton(fun, w0, jac, hess, tol=1e-13).fun
    runs = [
        ("gradient descent, lr = 1", gradient_descent(fun, w0, jac, lr=1.0, tol=1e-10, max_iter=400)),
        (
            "backtracking from lr = 10",
            gradient_descent(fun, w0, jac, lr=10.0, line_search="backtracking", tol=1e-10, max_iter=400),
        ),
        ("momentum, lr = 0.5, beta = 0.9", momentum(fun, w0, jac, lr=0.5, beta=0.9, tol=1e-10, max_iter=400)),
        ("Adam, lr = 0.05", adam(fun, w0, jac, lr=0.05, tol=1e-10, max_iter=400)),
        ("Newton", newton(fun, w0, jac, hess, tol=1e-10)),
    ]
    figure, ax = plt.subplots(figsize=(7.5, 4.5))
    for name, result in runs:
        gap = np.maximum(result.values - best, 1e-16)
        ax.semilogy(
            np.arange(len(gap)), gap, "-", marker="o" if len(gap) < 20 else None, markersize=4, label=name
        )
    ax.set(
        xlabel="iteration",
        ylabel="loss - optimal loss (log scale)",
        title="Breast cancer, L2-penalized log-loss (31 weights, alpha = 0.01)",
        ylim=(1e-15, 1.0),
    )
    ax.legend(fontsize=8)
    figure.tight_layout()
    return figure


def figure_lagrange():
    """The least-variance mix of two iris measurements whose weights sum to 1."""
    import matplotlib.pyplot as plt

    iris = load_iris()
    columns = [iris.feature_names.index(name) for name in ("sepal length (cm)", "petal width (cm)")]
    covariance = np.cov(iris.data[:, columns], rowvar=False)
    Q, c, A, b = 2 * covariance, np.zeros(2), np.ones((1, 2)), np.ones(1)
    x, lam = minimize_equality_qp(Q, c, A, b)
    u, v = np.meshgrid(np.linspace(-0.6, 1.6, 200), np.linspace(-0.6, 1.6, 200))
    points = np.stack([u.ravel(), v.ravel()])
    variance = (0.5 * np.einsum("ik,ij,jk->k", points, Q, points)).reshape(u.shape)
    figure, ax = plt.subplots(figsize=(6, 5.5))
    levels = ax.contour(u, v, variance, levels=np.linspace(0.02, 0.6, 10), cmap="viridis")
    ax.clabel(levels, levels.levels[::3], fontsize=7, fmt="%.2f")
    line = np.linspace(-0.6, 1.6, 2)
    ax.plot(line, 1 - line, "k-", linewidth=1.2, label="constraint w₁ + w₂ = 1")
    ax.plot(*x, "r*", markersize=14, label=f"minimum: w = ({x[0]:.2f}, {x[1]:.2f})")
    gradient = Q @ x + c
    scale = 0.35 / np.linalg.norm(gradient)
    ax.annotate(
        "", xy=x + scale * gradient, xytext=x, arrowprops={"arrowstyle": "->", "color": "tab:red", "lw": 4}
    )
    ax.annotate(
        "",
        xy=x - scale * lam[0] * A[0],
        xytext=x,
        arrowprops={"arrowstyle": "->", "color": "tab:blue", "lw": 1.5, "linestyle": "--"},
    )
    ax.plot([], [], color="tab:red", linewidth=4, label="∇f at the minimum")
    ax.plot([], [], "--", color="tab:blue", label=f"-λ × normal of the constraint (λ = {lam[0]:.3f})")
    ax.set(
        xlabel="weight of sepal length w₁",
        ylabel="weight of petal width w₂",
        title="Iris: the mix with the least variance\nwhose weights sum to 1",
        aspect="equal",
    )
    ax.legend(fontsize=8, loc="upper right")
    figure.tight_layout()
    return figure
