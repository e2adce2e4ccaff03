"""Figures of the cross-validation lesson: a learning curve and a validation curve on real data."""

from __future__ import annotations

import numpy as np

from mlroadmap.datasets import load_breast_cancer, load_diabetes


def _band(ax, x, scores, label, style):
    mean, std = scores.mean(axis=1), scores.std(axis=1)
    ax.plot(x, mean, style, marker="o", ms=3, label=label)
    ax.fill_between(x, mean - std, mean + std, alpha=0.2)


def figure_learning_curve():
    import matplotlib.pyplot as plt
    from sklearn.linear_model import Ridge
    from sklearn.model_selection import KFold, learning_curve
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import PolynomialFeatures, StandardScaler

    diabetes = load_diabetes()
    cv = KFold(5, shuffle=True, random_state=0)
    figure, ax = plt.subplots(figsize=(6, 4))
    models = {
        "ridge, 10 features": make_pipeline(StandardScaler(), Ridge(alpha=1.0)),
        "ridge, 65 degree-2 features": make_pipeline(
            PolynomialFeatures(2), StandardScaler(), Ridge(alpha=1.0)
        ),
    }
    for (name, model), color in zip(models.items(), ["tab:blue", "tab:orange"], strict=True):
        sizes, train, val = learning_curve(
            model,
            diabetes.data,
            diabetes.target,
            train_sizes=np.linspace(0.1, 1.0, 8),
            cv=cv,
            scoring="neg_mean_squared_error",
        )
        ax.plot(sizes, -train.mean(axis=1), "--", color=color, label=f"{name}: training")
        ax.plot(sizes, -val.mean(axis=1), "-", marker="o", ms=3, color=color, label=f"{name}: validation")
        ax.fill_between(
            sizes,
            -val.mean(axis=1) - val.std(axis=1),
            -val.mean(axis=1) + val.std(axis=1),
            color=color,
            alpha=0.15,
        )
    ax.set(
        xlabel="training samples",
        ylabel="mean squared error (5-fold CV)",
        title="Learning curves on diabetes",
        ylim=(0, 6000),
    )
    ax.legend(fontsize=7)
    return figure


def _knn_accuracies(X_train, y_train, X_eval, y_eval, ks):
    """Accuracy of k-NN on 0/1 labels for every k, from one sorted distance table (ties go to 0)."""
    d = ((X_eval[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=-1)
    order = np.argsort(d, axis=1, kind="stable")
    votes = np.cumsum(y_train[order], axis=1)  # positives among the j + 1 nearest
    predicted = votes[:, ks - 1] * 2 > ks  # shape (n_eval, len(ks)); a training point is its own neighbour
    return (predicted == y_eval[:, None]).mean(axis=0)


def figure_validation_curve():
    import matplotlib.pyplot as plt

    cancer = load_breast_cancer()
    X, y = cancer.data, cancer.target
    ks = np.array([1, 2, 3, 5, 7, 10, 15, 20, 30, 50, 75, 100, 150])
    folds = np.random.default_rng(0).permutation(len(y)) % 5  # 5 shuffled folds, fixed seed
    train, val = [], []
    for f in range(5):
        fit, held = folds != f, folds == f
        mu, sigma = X[fit].mean(axis=0), X[fit].std(axis=0)  # scaled with the training fold only
        Z_fit, Z_held = (X[fit] - mu) / sigma, (X[held] - mu) / sigma
        train.append(_knn_accuracies(Z_fit, y[fit], Z_fit, y[fit], ks))
        val.append(_knn_accuracies(Z_fit, y[fit], Z_held, y[held], ks))
    train, val = np.array(train).T, np.array(val).T  # shape (len(ks), 5), as validation_curve returns

    figure, ax = plt.subplots(figsize=(6, 4))
    _band(ax, ks, train, "training accuracy", "--")
    _band(ax, ks, val, "validation accuracy (5-fold CV)", "-")
    best = ks[val.mean(axis=1).argmax()]
    ax.axvline(best, color="grey", ls=":", label=f"best k = {best}")
    ax.set(
        xscale="log",
        xlabel="k, the number of neighbours (log scale; small k = complex model)",
        ylabel="accuracy",
        title="Validation curve: k-NN on breast cancer",
    )
    ax.legend(fontsize=8)
    return figure
