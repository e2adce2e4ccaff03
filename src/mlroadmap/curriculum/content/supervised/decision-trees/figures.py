"""Figures of the decision-trees lesson, drawn from the iris and breast cancer data."""

from __future__ import annotations

import numpy as np

from mlroadmap.datasets import load_breast_cancer, load_iris


def figure_regions():
    import matplotlib.pyplot as plt
    from matplotlib.colors import ListedColormap
    from sklearn.tree import DecisionTreeClassifier

    iris = load_iris()
    X, y = iris.data[:, :2], iris.target  # sepal length and width: the classes overlap
    xx, yy = np.meshgrid(np.linspace(4.0, 8.2, 300), np.linspace(1.8, 4.6, 300))
    grid = np.column_stack([xx.ravel(), yy.ravel()])
    colours = ListedColormap(["#4c72b0", "#dd8452", "#55a868"])
    figure, axes = plt.subplots(1, 3, figsize=(12, 3.8), sharey=True)
    for ax, depth in zip(axes, [1, 3, None], strict=True):
        tree = DecisionTreeClassifier(max_depth=depth, random_state=0).fit(X, y)
        ax.contourf(
            xx,
            yy,
            tree.predict(grid).reshape(xx.shape),
            alpha=0.25,
            cmap=colours,
            levels=[-0.5, 0.5, 1.5, 2.5],
        )
        for k, name in enumerate(iris.target_names):
            ax.scatter(*X[y == k].T, s=14, color=colours(k), edgecolor="k", linewidth=0.3, label=name)
        title = "no depth limit" if depth is None else f"max_depth={depth}"
        ax.set(
            title=f"{title}: {tree.get_n_leaves()} leaves, train acc {tree.score(X, y):.2f}",
            xlabel=iris.feature_names[0],
        )
    axes[0].set_ylabel(iris.feature_names[1])
    axes[0].legend(loc="upper left", fontsize=8)
    figure.tight_layout()
    return figure


def figure_depth():
    import matplotlib.pyplot as plt
    from sklearn.model_selection import train_test_split
    from sklearn.tree import DecisionTreeClassifier

    cancer = load_breast_cancer()
    X_train, X_test, y_train, y_test = train_test_split(
        cancer.data, cancer.target, test_size=0.3, random_state=0, stratify=cancer.target
    )
    depths = np.arange(1, 13)
    train, test = [], []
    for depth in depths:
        tree = DecisionTreeClassifier(max_depth=depth, random_state=0).fit(X_train, y_train)
        train.append(tree.score(X_train, y_train))
        test.append(tree.score(X_test, y_test))
    figure, ax = plt.subplots(figsize=(6, 3.5))
    ax.plot(depths, train, "o-", label="training set")
    ax.plot(depths, test, "s-", label="held-out test set (30 %)")
    ax.set(
        xlabel="max_depth",
        ylabel="accuracy",
        title="A deeper tree memorizes the training set (breast cancer)",
    )
    ax.legend()
    return figure
