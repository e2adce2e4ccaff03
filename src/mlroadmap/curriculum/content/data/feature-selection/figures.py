"""Figures of the feature-selection lesson, drawn from wine and breast cancer."""

from __future__ import annotations

import numpy as np

from mlroadmap.datasets import load_breast_cancer, load_wine


def figure_f_scores():
    import matplotlib.pyplot as plt
    from sklearn.feature_selection import f_classif

    wine = load_wine()
    scores, _ = f_classif(wine.data, wine.target)
    order = np.argsort(scores)
    figure, ax = plt.subplots(figsize=(6, 4))
    ax.barh(np.array(wine.feature_names)[order], scores[order])
    ax.set(
        xlabel="ANOVA F (higher: class means further apart)",
        title="Wine: how well each feature separates the classes",
    )
    return figure


def figure_accuracy_vs_k():
    import matplotlib.pyplot as plt
    from sklearn.feature_selection import SelectKBest, f_classif
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_score
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    cancer = load_breast_cancer()
    ks = [1, 2, 3, 5, 8, 12, 20, 30]
    scores = [
        cross_val_score(
            make_pipeline(StandardScaler(), SelectKBest(f_classif, k=k), LogisticRegression(max_iter=1000)),
            cancer.data,
            cancer.target,
            cv=5,
        ).mean()
        for k in ks
    ]
    figure, ax = plt.subplots(figsize=(6, 3.5))
    ax.plot(ks, scores, "o-")
    ax.set(
        xlabel="features kept (k best by ANOVA F)",
        ylabel="5-fold CV accuracy",
        title="Breast cancer: a few features carry most of the signal",
    )
    return figure
