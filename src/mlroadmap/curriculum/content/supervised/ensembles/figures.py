"""Figures of the ensembles lesson, drawn from the breast cancer data."""

from __future__ import annotations

import numpy as np

from mlroadmap.datasets import load_breast_cancer


def figure_trees():
    import matplotlib.pyplot as plt
    from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
    from sklearn.model_selection import train_test_split
    from sklearn.tree import DecisionTreeClassifier

    cancer = load_breast_cancer()
    X_train, X_test, y_train, y_test = train_test_split(
        cancer.data, cancer.target, test_size=0.4, random_state=1, stratify=cancer.target
    )
    n_trees = np.arange(1, 201)
    forest = RandomForestClassifier(n_estimators=200, random_state=0).fit(X_train, y_train)
    per_tree = np.stack([tree.predict_proba(X_test) for tree in forest.estimators_])  # (T, n, 2)
    running_mean = np.cumsum(per_tree, axis=0) / n_trees[:, None, None]
    forest_acc = (running_mean.argmax(axis=2) == y_test).mean(axis=1)
    boosting = GradientBoostingClassifier(n_estimators=200, max_depth=2, random_state=0).fit(X_train, y_train)
    boosting_acc = [np.mean(p == y_test) for p in boosting.staged_predict(X_test)]
    tree_acc = DecisionTreeClassifier(random_state=0).fit(X_train, y_train).score(X_test, y_test)
    figure, ax = plt.subplots(figsize=(6.5, 3.8))
    ax.plot(n_trees, forest_acc, label="random forest (mean of the first T trees)")
    ax.plot(n_trees, boosting_acc, label="gradient boosting, depth-2 trees (first T stages)")
    ax.axhline(tree_acc, color="k", linestyle=":", label="one fully grown tree")
    ax.set(
        xscale="log",
        xlabel="number of trees T",
        ylabel="test accuracy",
        title="Breast cancer: 341 training and 228 test samples",
    )
    ax.legend(fontsize=8, loc="lower right")
    return figure
