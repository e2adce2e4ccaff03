"""Figures of the pca lesson, drawn with mlroadmap's PCA from the digits and wine data."""

from __future__ import annotations

import numpy as np

from mlroadmap.algorithms.decomposition import PCA
from mlroadmap.datasets import load_digits, load_wine


def figure_scree():
    import matplotlib.pyplot as plt

    X = load_digits().data
    ratios = PCA().fit(X).explained_variance_ratio_
    cumulative = np.cumsum(ratios)
    shown = 40
    k = np.arange(1, shown + 1)
    figure, (left, right) = plt.subplots(1, 2, figsize=(11, 3.8))
    left.bar(k, ratios[:shown], color="tab:blue")
    left.set(
        xlabel="component k",
        ylabel="explained variance ratio",
        title="Digits: the variance each component explains",
    )
    right.plot(np.arange(1, len(ratios) + 1), cumulative, "o-", markersize=3)
    for fraction, colour in [(0.8, "tab:green"), (0.95, "tab:red")]:
        needed = int(np.searchsorted(cumulative, fraction, side="right")) + 1
        right.axhline(fraction, color=colour, linestyle=":", linewidth=1)
        right.axvline(needed, color=colour, linestyle=":", linewidth=1)
        right.annotate(
            f"{fraction:.0%}: {needed} components",
            (needed, fraction),
            xytext=(needed + 3, fraction - 0.12),
            color=colour,
            fontsize=9,
        )
    right.set(
        xlabel="number of components kept",
        ylabel="cumulative explained variance ratio",
        ylim=(0, 1.02),
        title="Digits: 64 pixels, far fewer directions",
    )
    figure.tight_layout()
    return figure


def figure_projection():
    import matplotlib.pyplot as plt

    wine = load_wine()
    X, y = wine.data, wine.target
    Z = (X - X.mean(axis=0)) / X.std(axis=0)
    figure, axes = plt.subplots(1, 2, figsize=(11, 4.2))
    for ax, data, what in [(axes[0], X, "raw features"), (axes[1], Z, "standardized features")]:
        pca = PCA(n_components=2).fit(data)
        scores = pca.transform(data)
        for label, marker in zip(range(3), "os^", strict=True):
            chosen = y == label
            ax.scatter(
                scores[chosen, 0],
                scores[chosen, 1],
                marker=marker,
                s=18,
                alpha=0.8,
                label=wine.target_names[label],
            )
        top = wine.feature_names[int(np.argmax(np.abs(pca.components_[0])))]
        ratio = pca.explained_variance_ratio_
        ax.set(
            xlabel=f"PC 1 ({ratio[0]:.1%} of the variance; largest weight: {top})",
            ylabel=f"PC 2 ({ratio[1]:.1%})",
            title=f"Wine on its first two axes, {what}",
        )
    axes[1].legend(title="cultivar", fontsize=8)
    figure.tight_layout()
    return figure


def figure_reconstructions():
    import matplotlib.pyplot as plt

    digits = load_digits()
    X = digits.data
    pca = PCA().fit(X)
    ks = [1, 2, 5, 10, 20, 40]
    samples = [0, 7, 13]  # a 0, a 7 and a 3
    figure, axes = plt.subplots(len(samples), len(ks) + 1, figsize=(10, 4.8))
    for row, index in enumerate(samples):
        x = X[index]
        for col, k in enumerate(ks):
            V_k = pca.components_[:k]
            x_hat = (x - pca.mean_) @ V_k.T @ V_k + pca.mean_
            ax = axes[row, col]
            ax.imshow(x_hat.reshape(8, 8), cmap="gray_r", vmin=0, vmax=16)
            kept = pca.explained_variance_ratio_[:k].sum()
            ax.set_title(f"k = {k} ({kept:.0%} var.)" if row == 0 else f"k = {k}", fontsize=8)
        axes[row, -1].imshow(x.reshape(8, 8), cmap="gray_r", vmin=0, vmax=16)
        axes[row, -1].set_title("original (64)", fontsize=8)
        axes[row, 0].set_ylabel(f"digit {digits.target[index]}")
    for ax in axes.ravel():
        ax.set_xticks([])
        ax.set_yticks([])
    figure.suptitle("Digits rebuilt from k principal components: X_hat = (x - m) V_kᵀ V_k + m")
    figure.tight_layout()
    return figure
