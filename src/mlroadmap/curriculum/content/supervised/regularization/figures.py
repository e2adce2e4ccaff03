"""Figures of the regularization lesson: coefficient paths on the diabetes data."""

from __future__ import annotations

import numpy as np

from mlroadmap.datasets import load_diabetes


def figure_paths():
    import matplotlib.pyplot as plt
    from sklearn.linear_model import Ridge, lasso_path

    diabetes = load_diabetes()
    X, y = diabetes.data, diabetes.target
    Xc, yc = X - X.mean(axis=0), y - y.mean()  # lasso_path fits no intercept: centre first

    ridge_alphas = np.logspace(-4, 2, 60)
    ridge_coefs = np.array([Ridge(alpha=a).fit(X, y).coef_ for a in ridge_alphas])
    lasso_alphas, lasso_coefs, _ = lasso_path(Xc, yc, alphas=np.logspace(-3.5, 1, 60))

    figure, (left, right) = plt.subplots(1, 2, figsize=(11, 4), sharey=True)
    for j, name in enumerate(diabetes.feature_names):
        (line,) = left.plot(ridge_alphas, ridge_coefs[:, j], label=name)
        right.plot(lasso_alphas, lasso_coefs[j], color=line.get_color())
    left.set(
        xscale="log",
        xlabel="Ridge alpha (log scale)",
        ylabel="coefficient",
        title="Ridge: every weight shrinks smoothly",
    )
    right.set(
        xscale="log",
        xlabel="Lasso alpha (log scale)",
        title="Lasso: weights drop to exactly 0, one by one",
    )
    for ax in (left, right):
        ax.axhline(0.0, color="black", linewidth=0.6)
        ax.invert_xaxis()  # strong penalty on the left, least squares on the right
    left.legend(fontsize=7, ncol=2, title="diabetes feature", title_fontsize=7)
    figure.tight_layout()
    return figure
