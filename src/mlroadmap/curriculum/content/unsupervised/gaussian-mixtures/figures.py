"""Figures of the gaussian-mixtures lesson, drawn from the Palmer penguins with fixed seeds."""

from __future__ import annotations

import numpy as np

from mlroadmap.datasets import load_penguins


def _penguins(features: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    table = load_penguins()
    X = np.column_stack([table[f] for f in features])
    keep = ~np.isnan(X).any(axis=1)
    return X[keep], table["species"][keep]


def _ellipse(ax, mean: np.ndarray, cov: np.ndarray, color) -> None:
    """The 1- and 2-standard-deviation contours of a 2-d Gaussian."""
    from matplotlib.patches import Ellipse

    values, vectors = np.linalg.eigh(cov)
    angle = np.degrees(np.arctan2(vectors[1, 1], vectors[0, 1]))  # direction of the largest axis
    for k in (1, 2):
        width, height = 2 * k * np.sqrt(values[::-1])
        ax.add_patch(Ellipse(mean, width, height, angle=angle, fill=False, color=color, linewidth=1.5))


def _species_of(labels: np.ndarray, species: np.ndarray) -> np.ndarray:
    """For each cluster k, the index of the species it overlaps most (one-to-one), to colour it alike."""
    from scipy.optimize import linear_sum_assignment

    names = np.unique(species)
    overlap = np.array([[np.sum((labels == k) & (species == s)) for s in names] for k in range(len(names))])
    rows, cols = linear_sum_assignment(-overlap)
    return cols[np.argsort(rows)]


def figure_ellipses():
    import matplotlib.pyplot as plt
    from sklearn.cluster import KMeans
    from sklearn.mixture import GaussianMixture

    X, species = _penguins(("bill_length_mm", "bill_depth_mm"))
    kmeans = KMeans(n_clusters=3, n_init=10, random_state=0).fit(X)
    gmm = GaussianMixture(n_components=3, covariance_type="full", n_init=5, random_state=0).fit(X)
    colors = plt.get_cmap("tab10").colors
    figure, axes = plt.subplots(1, 3, figsize=(14, 4.5), sharex=True, sharey=True)
    for ax, name in zip(
        axes, ("species (the truth)", "k-means, k = 3", "Gaussian mixture, 3 full covariances"), strict=True
    ):
        ax.set(title=name, xlabel="bill length (mm)")
    for i, s in enumerate(np.unique(species)):
        axes[0].scatter(*X[species == s].T, s=8, color=colors[i], label=s)
    axes[0].legend(fontsize=8)
    axes[0].set_ylabel("bill depth (mm)")
    match = _species_of(kmeans.labels_, species)
    axes[1].scatter(*X.T, c=[colors[match[k]] for k in kmeans.labels_], s=8)
    axes[1].scatter(*kmeans.cluster_centers_.T, marker="x", color="black", s=60)
    proba = gmm.predict_proba(X)
    labels = proba.argmax(axis=1)
    match = _species_of(labels, species)
    faint = np.clip(proba.max(axis=1), 0.2, 1.0)  # uncertain points fade
    axes[2].scatter(*X.T, c=[colors[match[k]] for k in labels], s=8, alpha=faint)
    for k in range(3):
        _ellipse(axes[2], gmm.means_[k], gmm.covariances_[k], colors[match[k]])
    figure.suptitle("Penguin bills: k-means cuts round cells, a mixture fits a tilted ellipse per species")
    figure.tight_layout()
    return figure


def figure_bic():
    import matplotlib.pyplot as plt
    from sklearn.mixture import GaussianMixture

    X, _ = _penguins(("bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"))
    X = (X - X.mean(axis=0)) / X.std(axis=0)
    ks = np.arange(1, 9)
    figure, ax = plt.subplots(figsize=(7, 4.2))
    for covariance_type, marker in zip(("full", "tied", "diag", "spherical"), "osd^", strict=True):
        bic = [
            GaussianMixture(k, covariance_type=covariance_type, n_init=3, random_state=0).fit(X).bic(X)
            for k in ks
        ]
        ax.plot(ks, bic, marker + "-", label=covariance_type)
        best = int(np.argmin(bic))
        ax.plot(ks[best], bic[best], marker, color="black", markersize=11, fillstyle="none")
    ax.set(
        xlabel="number of components K",
        ylabel="BIC (lower is better)",
        title="BIC of Gaussian mixtures on 342 penguins (4 standardized measurements)",
    )
    ax.legend(title="covariance_type")
    return figure
