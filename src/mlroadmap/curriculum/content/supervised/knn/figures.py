"""Figures of the knn lesson, drawn from the wine data."""

from __future__ import annotations

import numpy as np

from mlroadmap.datasets import load_wine


def _majority(labels: np.ndarray) -> np.ndarray:
    """The most frequent label of each row, ties to the smallest."""
    counts = (labels[:, :, None] == np.arange(labels.max() + 1)).sum(axis=1)
    return counts.argmax(axis=1)


def figure_accuracy_against_k():
    import matplotlib.pyplot as plt
    from sklearn.neighbors import NearestNeighbors

    wine = load_wine()
    X, y = wine.data, wine.target
    Z = (X - X.mean(axis=0)) / X.std(axis=0)
    ks = np.arange(1, 32, 2)
    figure, ax = plt.subplots(figsize=(6.5, 3.8))
    for data, label, marker in [(X, "raw features", "o-"), (Z, "standardized features", "s-")]:
        # kneighbors() without X leaves each wine out of its own neighbours: leave-one-out
        _, idx = NearestNeighbors(n_neighbors=ks.max()).fit(data).kneighbors()
        ax.plot(
            ks, [(_majority(y[idx[:, :k]]) == y).mean() for k in ks], marker, label=f"{label}, leave-one-out"
        )
    _, with_self = NearestNeighbors(n_neighbors=ks.max()).fit(Z).kneighbors(Z)  # each wine finds itself first
    ax.plot(
        ks,
        [(_majority(y[with_self[:, :k]]) == y).mean() for k in ks],
        "k:",
        label="standardized, point counted as its own neighbour",
    )
    ax.set(
        xlabel="k (number of neighbours)",
        ylabel="accuracy",
        ylim=(0.6, 1.01),
        title="k-NN on wine (178 samples, 13 features)",
    )
    ax.legend(fontsize=8, loc="lower right")
    return figure
