"""Figures of the scikit-learn lesson, drawn with scikit-learn itself from real data sets."""

from __future__ import annotations

import numpy as np

from mlroadmap.datasets import load_diabetes, load_iris

NOISE_FEATURES = [10, 30, 100, 300, 1000, 3000, 10000]


def figure_leak():
    """Two iris species against columns of pure noise: select inside or outside the folds."""
    import matplotlib.pyplot as plt
    from sklearn.feature_selection import SelectKBest
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_score
    from sklearn.pipeline import make_pipeline

    iris = load_iris()
    y = iris.target[iris.target > 0]  # versicolor and virginica, 50 flowers each
    noise = np.random.default_rng(0).normal(size=(len(y), max(NOISE_FEATURES)))
    folds = StratifiedKFold(n_splits=5)
    inside, outside = [], []
    for p in NOISE_FEATURES:
        X = noise[:, :p]
        k = min(10, p)
        pipeline = make_pipeline(SelectKBest(k=k), LogisticRegression())
        inside.append(cross_val_score(pipeline, X, y, cv=folds).mean())
        selected = SelectKBest(k=k).fit_transform(X, y)  # chosen with every row's label: the leak
        outside.append(cross_val_score(LogisticRegression(), selected, y, cv=folds).mean())
    figure, ax = plt.subplots(figsize=(6.5, 3.8))
    ax.plot(NOISE_FEATURES, outside, "o-", color="tab:red", label="SelectKBest fitted on all rows, then CV")
    ax.plot(NOISE_FEATURES, inside, "o-", color="tab:blue", label="SelectKBest inside the pipeline")
    ax.axhline(0.5, color="gray", ls="--", lw=1, label="chance: the two species are 50 flowers each")
    ax.set_xscale("log")
    ax.set(
        xlabel="columns of pure noise to choose the 10 best from",
        ylabel="5-fold CV accuracy",
        title="Versicolor or virginica? Guessed from pure noise",
    )
    ax.legend(fontsize=8, loc="upper left")
    return figure


def figure_grid_search():
    """cv_results_ of ridge on diabetes with its degree-2 products: validation and training R²."""
    import matplotlib.pyplot as plt
    from sklearn.linear_model import Ridge
    from sklearn.model_selection import GridSearchCV, KFold
    from sklearn.preprocessing import PolynomialFeatures

    diabetes = load_diabetes()
    X = PolynomialFeatures(2, include_bias=False).fit_transform(diabetes.data)
    alphas = np.logspace(-4, 3, 29)
    search = GridSearchCV(Ridge(), {"alpha": alphas}, cv=KFold(n_splits=5), return_train_score=True)
    search.fit(X, diabetes.target)
    results = search.cv_results_
    mean, std = results["mean_test_score"], results["std_test_score"]
    figure, ax = plt.subplots(figsize=(6.5, 3.8))
    ax.plot(alphas, results["mean_train_score"], color="tab:gray", label="mean_train_score")
    ax.plot(alphas, mean, color="tab:blue", label="mean_test_score (the validation folds)")
    ax.fill_between(alphas, mean - std, mean + std, color="tab:blue", alpha=0.2, label="± std_test_score")
    best = search.best_params_["alpha"]
    ax.axvline(best, color="tab:red", ls="--", lw=1, label=f"best_params_: alpha = {best:.3g}")
    ax.set_xscale("log")
    ax.set(
        xlabel="alpha",
        ylabel="R²",
        title="GridSearchCV(Ridge()) on diabetes with its 55 products",
    )
    ax.legend(fontsize=8, loc="lower left")
    return figure
