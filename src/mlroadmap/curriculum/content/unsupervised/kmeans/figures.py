"""Figures of the kmeans lesson, drawn with mlroadmap's KMeans on the iris data."""

from __future__ import annotations

import numpy as np

from mlroadmap.algorithms.cluster import KMeans
from mlroadmap.datasets import load_iris


def figure_clusters():
    import matplotlib.pyplot as plt

    iris = load_iris()
    X = iris.data[:, 2:]  # petal length and width, in cm
    centres = X[[0, 1, 2]].copy()  # a poor start: three setosa flowers
    trail = [centres]
    for _ in range(20):  # one Lloyd iteration per fit: assign, then move to the means
        step = KMeans(n_clusters=3, init=trail[-1], n_init=1, max_iter=1).fit(X)
        trail.append(step.cluster_centers_)
        if np.allclose(trail[-1], trail[-2]):
            break
    trail = np.array(trail)  # (steps, 3, 2)
    labels = step.predict(X)

    figure, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2), sharey=True)
    left.scatter(X[:, 0], X[:, 1], c=labels, cmap="viridis", s=16, alpha=0.7)
    for c in range(3):
        left.plot(trail[:, c, 0], trail[:, c, 1], "r.-", linewidth=1)
    left.scatter(
        trail[-1, :, 0], trail[-1, :, 1], marker="X", s=160, c="red", edgecolor="black", label="final centre"
    )
    left.scatter(
        trail[0, :, 0], trail[0, :, 1], marker="o", s=60, facecolor="none", edgecolor="red", label="start"
    )
    left.set(
        xlabel="petal length (cm)",
        ylabel="petal width (cm)",
        title=f"k-means, k = 3: the centres' path over {len(trail) - 1} iterations",
    )
    left.legend(fontsize=8, loc="upper left")
    for label, marker in zip(range(3), "os^", strict=True):
        chosen = iris.target == label
        right.scatter(
            X[chosen, 0], X[chosen, 1], marker=marker, s=16, alpha=0.7, label=iris.target_names[label]
        )
    right.set(xlabel="petal length (cm)", title="The true species, for comparison")
    right.legend(fontsize=8, loc="upper left")
    figure.tight_layout()
    return figure


def figure_elbow_silhouette():
    import matplotlib.pyplot as plt
    from sklearn.metrics import silhouette_score

    X = load_iris().data
    ks = np.arange(1, 11)
    models = [KMeans(n_clusters=k, n_init=10, random_state=0).fit(X) for k in ks]
    inertias = [m.inertia_ for m in models]
    silhouettes = [silhouette_score(X, m.labels_) for m in models[1:]]

    figure, (left, right) = plt.subplots(1, 2, figsize=(11, 3.8))
    left.plot(ks, inertias, "o-")
    left.annotate("the elbow", (3, inertias[2]), xytext=(4.5, inertias[1]), arrowprops={"arrowstyle": "->"})
    left.set(
        xlabel="number of clusters k", ylabel="inertia (sum of squared distances)", title="Iris: elbow curve"
    )
    right.plot(ks[1:], silhouettes, "s-", color="tab:green")
    best = int(ks[1:][np.argmax(silhouettes)])
    right.axvline(best, color="tab:green", linestyle=":")
    right.set(
        xlabel="number of clusters k",
        ylabel="mean silhouette",
        title=f"Iris: silhouette score (best at k = {best})",
    )
    figure.tight_layout()
    return figure
