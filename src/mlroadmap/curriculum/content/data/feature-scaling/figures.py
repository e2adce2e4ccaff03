"""Figures of the feature-scaling lesson, drawn from the wine data."""

from __future__ import annotations

import numpy as np

from mlroadmap.datasets import load_wine


def figure_knn_accuracy():
    import matplotlib.pyplot as plt
    from sklearn.model_selection import cross_val_score
    from sklearn.neighbors import KNeighborsClassifier
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    wine = load_wine()
    ks = np.arange(1, 31, 2)
    raw = [cross_val_score(KNeighborsClassifier(k), wine.data, wine.target, cv=5).mean() for k in ks]
    scaled = [
        cross_val_score(
            make_pipeline(StandardScaler(), KNeighborsClassifier(k)), wine.data, wine.target, cv=5
        ).mean()
        for k in ks
    ]
    figure, ax = plt.subplots(figsize=(6, 3.5))
    ax.plot(ks, raw, "o-", label="raw features")
    ax.plot(ks, scaled, "s-", label="standardized (inside the pipeline)")
    ax.set(
        xlabel="k (number of neighbours)",
        ylabel="5-fold CV accuracy",
        ylim=(0.5, 1.0),
        title="k-NN on wine: scaling changes everything",
    )
    ax.legend()
    return figure


def figure_before_after():
    import matplotlib.pyplot as plt

    wine = load_wine()
    X = wine.data
    Z = (X - X.mean(axis=0)) / X.std(axis=0)
    figure, (left, right) = plt.subplots(1, 2, figsize=(9, 3.5))
    left.boxplot(X, orientation="horizontal")
    left.set(
        xscale="symlog",
        title="raw (log scale)",
        xlabel="value",
        yticks=range(1, 14),
        yticklabels=wine.feature_names,
    )
    right.boxplot(Z, orientation="horizontal")
    right.set(title="standardized", xlabel="z-score", yticks=range(1, 14), yticklabels=[])
    figure.tight_layout()
    return figure
