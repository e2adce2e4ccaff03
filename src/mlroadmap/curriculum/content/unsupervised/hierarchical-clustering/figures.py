"""Figures of the hierarchical-clustering lesson: penguins and two moons, with fixed seeds."""

from __future__ import annotations

import numpy as np

from mlroadmap.datasets import load_penguins

FEATURES = ("bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g")


def _penguins() -> tuple[np.ndarray, np.ndarray]:
    """The complete rows of the four measurements, standardized, and the species."""
    table = load_penguins()
    X = np.column_stack([table[f] for f in FEATURES])
    keep = ~np.isnan(X).any(axis=1)
    X = X[keep]
    return (X - X.mean(axis=0)) / X.std(axis=0), table["species"][keep]


def figure_dendrogram():
    import matplotlib.pyplot as plt
    from scipy.cluster.hierarchy import dendrogram, linkage

    X, species = _penguins()
    sample = np.sort(np.random.default_rng(0).choice(len(X), size=60, replace=False))
    Z = linkage(X[sample], method="ward")
    figure, ax = plt.subplots(figsize=(12, 4.8))
    cut = (Z[-3, 2] + Z[-2, 2]) / 2  # between the last two merges: three clusters below the line
    dendrogram(Z, ax=ax, labels=[s[:3] for s in species[sample]], color_threshold=cut, leaf_font_size=8)
    ax.axhline(cut, color="black", linestyle="--", linewidth=1)
    ax.text(ax.get_xlim()[1], cut, " cut: 3 clusters", va="bottom", ha="right", fontsize=9)
    ax.set(
        title="Ward linkage of 60 penguins (4 standardized measurements); leaves show the species",
        xlabel="penguin (Ade = Adelie, Chi = Chinstrap, Gen = Gentoo)",
        ylabel="merge distance (Ward)",
    )
    figure.tight_layout()
    return figure


def figure_linkages():
    import matplotlib.pyplot as plt
    from scipy.cluster.hierarchy import fcluster, linkage
    from sklearn.datasets import make_moons

    X, _ = _penguins()
    bills = X[:, [0, 2]]  # bill length and flipper length, standardized
    moons, _ = make_moons(n_samples=300, noise=0.06, random_state=0)
    methods = ("single", "complete", "average", "ward")
    figure, axes = plt.subplots(2, 4, figsize=(14, 6.6))
    for row, (data, k, name) in enumerate([(bills, 3, "penguins"), (moons, 2, "two moons")]):
        for ax, method in zip(axes[row], methods, strict=True):
            labels = fcluster(linkage(data, method=method), t=k, criterion="maxclust")
            ax.scatter(data[:, 0], data[:, 1], c=labels, cmap="viridis", s=8)
            ax.set(title=f"{name}: {method}, {k} clusters", xticks=[], yticks=[])
        axes[row, 0].set_ylabel("flipper length (std.)" if row == 0 else "y")
    for ax in axes[0]:
        ax.set_xlabel("bill length (std.)")
    figure.suptitle("The same merges, four ways to measure the distance between clusters")
    figure.tight_layout()
    return figure
