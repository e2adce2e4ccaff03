"""Figures of the svm lesson, drawn from the iris data."""

from __future__ import annotations

import numpy as np

from mlroadmap.datasets import load_iris


def figure_margins():
    import matplotlib.pyplot as plt
    from sklearn.svm import SVC

    iris = load_iris()
    keep = iris.target < 2  # setosa against versicolor: separable on the sepal features
    X, y = iris.data[keep][:, :2], iris.target[keep]
    xx, yy = np.meshgrid(np.linspace(4.0, 7.2, 200), np.linspace(1.8, 4.6, 200))
    figure, axes = plt.subplots(1, 2, figsize=(11, 4.2), sharey=True)
    for ax, C in zip(axes, [1000.0, 0.1], strict=True):
        model = SVC(kernel="linear", C=C).fit(X, y)
        f = model.decision_function(np.column_stack([xx.ravel(), yy.ravel()])).reshape(xx.shape)
        ax.contour(xx, yy, f, levels=[-1, 0, 1], colors="k", linestyles=["--", "-", "--"], linewidths=1)
        for k, colour in [(0, "#4c72b0"), (1, "#dd8452")]:
            ax.scatter(*X[y == k].T, s=18, color=colour, label=iris.target_names[k])
        sv = model.support_vectors_
        ax.scatter(*sv.T, s=90, facecolors="none", edgecolors="k", linewidths=1.2, label="support vectors")
        width = 2 / np.linalg.norm(model.coef_)
        ax.set(
            title=f"C = {C:g}: {len(sv)} support vectors, margin width {width:.2f} cm",
            xlabel=iris.feature_names[0],
        )
    axes[0].set_ylabel(iris.feature_names[1])
    axes[0].legend(loc="upper left", fontsize=8)
    figure.tight_layout()
    return figure
