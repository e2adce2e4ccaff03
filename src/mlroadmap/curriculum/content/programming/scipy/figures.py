"""Figures of the SciPy lesson, computed with SciPy from the penguins and the Mauna Loa CO2 series."""

from __future__ import annotations

from typing import Any

import numpy as np


def _flipper_mixture() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    from mlroadmap.datasets import load_penguins

    penguins = load_penguins()
    flipper = penguins["flipper_length_mm"]
    groups = [
        flipper[(penguins["species"] == s) & ~np.isnan(flipper)] for s in ("Adelie", "Chinstrap", "Gentoo")
    ]
    counts = np.array([len(g) for g in groups], dtype=float)
    means = np.array([g.mean() for g in groups])
    sds = np.array([g.std(ddof=1) for g in groups])
    return counts / counts.sum(), means, sds, flipper[~np.isnan(flipper)]


def figure_tail_mean() -> Any:
    import matplotlib.pyplot as plt
    from scipy import integrate, stats

    weights, means, sds, flipper = _flipper_mixture()

    def density(x: float) -> float:
        return float(np.sum(weights * stats.norm.pdf(x, means, sds)))

    c = 210.0
    above = integrate.quad(lambda x: x * density(x), c, np.inf)[0]
    share = integrate.quad(density, c, np.inf)[0]
    grid = np.linspace(165.0, 240.0, 400)
    curve = (weights[:, None] * stats.norm.pdf(grid, means[:, None], sds[:, None])).sum(axis=0)
    fig, ax = plt.subplots(figsize=(6.6, 3.8))
    ax.hist(flipper, bins=30, density=True, color="0.8", label="342 penguins")
    for name, w, m, s in zip(("Adelie", "Chinstrap", "Gentoo"), weights, means, sds, strict=True):
        ax.plot(
            grid,
            w * stats.norm.pdf(grid, m, s),
            lw=1,
            ls="--",
            label=f"{name}: {w:.2f} × N({m:.0f}, {s:.1f})",
        )
    ax.plot(grid, curve, color="black", lw=2, label="mixture density p(x)")
    tail = grid >= c
    ax.fill_between(
        grid[tail], curve[tail], alpha=0.3, color="tab:red", label=f"P(X > {c:.0f}) = {share:.3f}"
    )
    ax.axvline(above / share, color="tab:red", lw=2, label=f"E[X | X > {c:.0f}] = {above / share:.1f} mm")
    ax.set(title="Two quad integrals over [210, inf)", xlabel="flipper length (mm)", ylabel="density")
    ax.legend(fontsize=7, loc="upper left")
    fig.tight_layout()
    return fig


def figure_co2_fit() -> Any:
    import matplotlib.pyplot as plt
    from scipy import optimize

    from mlroadmap.datasets import load_co2

    months, co2 = load_co2("MS", fill="linear")
    t = months.astype("datetime64[M]").astype(float) / 12 + 1970

    def model(t: np.ndarray, A: float, r: float) -> np.ndarray:
        return 280.0 + A * np.exp(r * (t - 1958.0))

    (A, r), _ = optimize.curve_fit(model, t, co2, p0=(30.0, 0.01))
    slope, intercept = np.polyfit(t - 1958.0, np.log(co2 - 280.0), 1)
    fitted, logged = model(t, A, r), model(t, np.exp(intercept), slope)
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(6.6, 5.0), sharex=True, height_ratios=(2, 1))
    top.plot(t, co2, color="0.6", lw=0.8, label="monthly means")
    top.plot(t, fitted, lw=2, label=f"curve_fit: 280 + {A:.1f} exp({r:.4f} (t − 1958))")
    top.plot(
        t, logged, lw=1.5, ls="--", label=f"line through log(y − 280): {np.exp(intercept):.1f}, {slope:.4f}"
    )
    top.set(title="Exponential growth of the CO2 excess", ylabel="CO2 (ppm)")
    top.legend(fontsize=8)
    year = np.ones(12) / 12
    for curve, style in ((fitted, "-"), (logged, "--")):
        bottom.plot(t[11:], np.convolve(co2 - curve, year, mode="valid"), ls=style)
    bottom.axhline(0.0, color="0.5", lw=0.8)
    bottom.set(title="data minus fit, 12-month mean", xlabel="year", ylabel="ppm")
    fig.tight_layout()
    return fig


def figure_knn_graph() -> Any:
    import matplotlib.pyplot as plt
    from scipy import sparse

    from mlroadmap.datasets import load_penguins

    penguins = load_penguins()
    X = np.column_stack([penguins["bill_length_mm"], penguins["bill_depth_mm"]])
    X = X[~np.isnan(X).any(axis=1)]
    X = (X - X.mean(axis=0)) / X.std(axis=0)
    d2 = ((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1)
    np.fill_diagonal(d2, np.inf)
    k = 5
    rows = np.repeat(np.arange(len(X)), k)
    cols = np.argsort(d2, axis=1, kind="stable")[:, :k].ravel()
    W = sparse.csr_array((np.ones(len(rows)), (rows, cols)), shape=(len(X), len(X)))
    fig, ax = plt.subplots(figsize=(5.2, 5.2))
    ax.spy(W, markersize=1.2)
    ax.set_title(
        f"5-NN graph of {len(X)} penguins: {W.nnz} stored of {len(X) ** 2} entries "
        f"({W.nnz / len(X) ** 2:.1%})",
        fontsize=9,
    )
    ax.set(xlabel="neighbour j (table order: Adelie, Gentoo, Chinstrap)", ylabel="penguin i")
    fig.tight_layout()
    return fig


def figure_gp_posterior() -> Any:
    import matplotlib.pyplot as plt
    from scipy import linalg

    from mlroadmap.datasets import load_co2

    months, co2 = load_co2("MS", fill="linear")
    t = months.astype("datetime64[M]").astype(float) / 12 + 1970
    train = (t >= 1990) & (t < 1994)
    x, y = t[train], co2[train]
    grid = np.linspace(1989.5, 1995.0, 300)
    fig, ax = plt.subplots(figsize=(6.6, 3.8))
    for length_scale, colour in ((0.15, "tab:blue"), (1.0, "tab:orange")):

        def kernel(a: np.ndarray, b: np.ndarray, length_scale: float = length_scale) -> np.ndarray:
            return 9.0 * np.exp(-((a[:, None] - b[None, :]) ** 2) / (2 * length_scale**2))

        L = linalg.cholesky(kernel(x, x) + 0.09 * np.eye(len(x)), lower=True)
        K_s = kernel(grid, x)
        mean = y.mean() + K_s @ linalg.cho_solve((L, True), y - y.mean())
        V = linalg.solve_triangular(L, K_s.T, lower=True)
        sd = np.sqrt(np.maximum(9.0 - (V**2).sum(axis=0), 0.0))
        ax.plot(grid, mean, color=colour, label=f"posterior mean, length scale {length_scale} year")
        ax.fill_between(grid, mean - 2 * sd, mean + 2 * sd, color=colour, alpha=0.2)
    ax.plot(x, y, "k.", ms=4, label="monthly CO2, 1990–1993")
    ax.set(
        title="Gaussian process posterior (± 2 sd) from one Cholesky factor",
        xlabel="year",
        ylabel="CO2 (ppm)",
    )
    ax.legend(fontsize=8, loc="upper left")
    fig.tight_layout()
    return fig
