"""Figures of the dbscan lesson, drawn with mlroadmap's DBSCAN and KMeans on two moons."""

from __future__ import annotations

import numpy as np

from mlroadmap.algorithms.cluster import DBSCAN, KMeans

EPS, MIN_SAMPLES = 0.2, 5


def _moons_with_noise() -> np.ndarray:
    from sklearn.datasets import make_moons

    X, _ = make_moons(n_samples=300, noise=0.07, random_state=0)
    scattered = np.random.default_rng(0).uniform([-1.5, -1.0], [2.5, 1.5], size=(20, 2))
    return np.vstack([X, scattered])


def _core_distances(X: np.ndarray, min_samples: int) -> np.ndarray:
    D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1))
    return np.sort(D, axis=1)[:, min_samples - 1]


def figure_moons():
    import matplotlib.pyplot as plt

    X = _moons_with_noise()
    km = KMeans(n_clusters=2, n_init=10, random_state=0).fit(X)
    db = DBSCAN(eps=EPS, min_samples=MIN_SAMPLES).fit(X)
    labels = db.labels_
    core = np.zeros(len(X), dtype=bool)
    core[db.core_sample_indices_] = True
    border = ~core & (labels >= 0)
    noise = labels == -1

    figure, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2), sharey=True)
    left.scatter(X[:, 0], X[:, 1], c=km.labels_, cmap="coolwarm", s=14)
    left.scatter(*km.cluster_centers_.T, marker="X", s=150, c="black", label="centres")
    left.set(xlabel="x₁", ylabel="x₂", title="k-means, k = 2: a straight border cuts both moons")
    left.legend(fontsize=8, loc="lower left")
    right.scatter(X[core, 0], X[core, 1], c=labels[core], cmap="coolwarm", vmin=0, vmax=1, s=22, label="core")
    right.scatter(
        X[border, 0], X[border, 1], c=labels[border], cmap="coolwarm", vmin=0, vmax=1, s=22, marker="D",
        edgecolor="black", linewidth=0.6, label="border",
    )  # fmt: skip
    right.scatter(X[noise, 0], X[noise, 1], c="black", marker="x", s=30, label="noise (-1)")
    n_clusters = labels.max() + 1
    right.set(
        xlabel="x₁",
        title=f"DBSCAN, eps = {EPS}, min_samples = {MIN_SAMPLES}: {n_clusters} clusters, {noise.sum()} noise",
    )
    right.legend(fontsize=8, loc="lower left")
    figure.tight_layout()
    return figure


def figure_k_distance():
    import matplotlib.pyplot as plt

    X = _moons_with_noise()
    ranked = np.sort(_core_distances(X, MIN_SAMPLES))[::-1]
    figure, (left, middle, right) = plt.subplots(1, 3, figsize=(13, 3.8))
    left.plot(np.arange(1, len(X) + 1), ranked, ".-", markersize=3)
    left.axhline(EPS, color="tab:red", linestyle=":", label=f"eps = {EPS}")
    left.set(
        xlabel="points, sorted by core distance",
        ylabel=f"distance to the {MIN_SAMPLES}th nearest point",
        title="Sorted k-distance curve: eps at the knee",
    )
    left.legend(fontsize=8)

    grid = np.linspace(0.04, 0.6, 29)
    runs = [DBSCAN(eps=e, min_samples=MIN_SAMPLES).fit(X).labels_ for e in grid]
    middle.plot(grid, [r.max() + 1 for r in runs], "o-", markersize=3)
    middle.set(
        xlabel="eps", ylabel="number of clusters", title=f"Clusters against eps (min_samples = {MIN_SAMPLES})"
    )
    right.plot(grid, [(r == -1).mean() for r in runs], "s-", color="tab:gray", markersize=3)
    right.set(xlabel="eps", ylabel="share of points labelled noise", title="Noise against eps")
    for ax in (middle, right):
        ax.axvline(EPS, color="tab:red", linestyle=":")
    figure.tight_layout()
    return figure
