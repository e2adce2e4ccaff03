"""Figures of the t-SNE lesson, drawn from the digits data with fixed seeds."""

from __future__ import annotations

import numpy as np

from mlroadmap.datasets import load_digits


def _scatter(ax, Y: np.ndarray, labels: np.ndarray, title: str) -> None:
    ax.scatter(Y[:, 0], Y[:, 1], c=labels, cmap="tab10", vmin=-0.5, vmax=9.5, s=6)
    for digit in range(10):  # write each digit at the middle of its points
        x, y = np.median(Y[labels == digit], axis=0)
        ax.text(x, y, str(digit), fontsize=13, weight="bold", ha="center", va="center")
    ax.set(title=title, xticks=[], yticks=[])


def figure_digits_map():
    import matplotlib.pyplot as plt
    from sklearn.decomposition import PCA
    from sklearn.manifold import TSNE

    digits = load_digits()
    X, y = digits.data[::2], digits.target[::2]  # 899 of the 1797 images, to draw in a few seconds
    figure, (left, right) = plt.subplots(1, 2, figsize=(11, 5))
    _scatter(left, PCA(n_components=2).fit_transform(X), y, "PCA: the two directions of largest variance")
    embedding = TSNE(perplexity=30, init="pca", max_iter=500, random_state=0).fit_transform(X)
    _scatter(right, embedding, y, "t-SNE, perplexity 30: neighbours stay neighbours")
    left.set_xlabel("first principal component")
    right.set_xlabel("t-SNE axis 1 (no meaning of its own)")
    figure.suptitle("899 handwritten digits (8×8 pixels = 64 dimensions) in 2-d, coloured by their label")
    figure.tight_layout()
    return figure


def figure_perplexity():
    import matplotlib.pyplot as plt
    from sklearn.manifold import TSNE

    digits = load_digits()
    X, y = digits.data[:500], digits.target[:500]
    figure, axes = plt.subplots(1, 3, figsize=(13, 4.4))
    for ax, perplexity in zip(axes, (5, 30, 50), strict=True):
        embedding = TSNE(perplexity=perplexity, init="pca", max_iter=500, random_state=0).fit_transform(X)
        _scatter(ax, embedding, y, f"perplexity {perplexity}")
    figure.suptitle("The same 500 digits at three perplexities (same seed)")
    figure.tight_layout()
    return figure
