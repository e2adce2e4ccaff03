"""Check of exercise 04: learning_curve_mse (ridge on the first m training indices of each fold)."""

import numpy as np

from mlroadmap.datasets import load_diabetes
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    rng = np.random.default_rng(31)
    X = rng.normal(size=(30, 2))
    y = X @ np.array([1.5, -2.0]) + rng.normal(0, 0.3, size=30)
    X_sorted = np.sort(rng.uniform(0, 10, size=(24, 1)), axis=0)  # sorted rows: the folds differ
    y_sorted = 0.5 * X_sorted[:, 0] ** 1.5 + rng.normal(0, 0.5, size=24)
    diabetes = load_diabetes()
    return [
        Case(
            "30 samples, 2 features, sizes 3, 10, 24, 5 folds, alpha 0.1, seed 31",
            (X, y, 0.1, np.array([3, 10, 24]), 5),
        ),
        Case(
            "24 sorted samples, sizes 2, 8, 16, 3 folds, alpha 1, seed 31",
            (X_sorted, y_sorted, 1.0, np.array([2, 8, 16]), 3),
        ),
        Case(
            "diabetes, sizes 20, 50, 100, 200, 353, 5 folds, alpha 1",
            (diabetes.data, diabetes.target, 1.0, np.array([20, 50, 100, 200, 353]), 5),
        ),
        Case(
            "diabetes, sizes 11, 30, 294, 3 folds, alpha 0.01",
            (diabetes.data, diabetes.target, 0.01, np.array([11, 30, 294]), 3),
        ),
    ]


def _ridge(X, y, alpha):
    x_bar, b_y = X.mean(axis=0), y.mean()
    Xc = X - x_bar
    w = np.linalg.solve(Xc.T @ Xc + alpha * np.eye(X.shape[1]), Xc.T @ (y - b_y))
    return w, b_y - x_bar @ w


def _curve(X, y, alpha, train_sizes, n_splits, *, pick, score_on_fold=False):
    n = len(y)
    sizes = np.full(n_splits, n // n_splits)
    sizes[: n % n_splits] += 1
    stops = np.cumsum(sizes)
    train_mse = np.empty((len(train_sizes), n_splits))
    val_mse = np.empty((len(train_sizes), n_splits))
    for f, (start, stop) in enumerate(zip(stops - sizes, stops, strict=True)):
        train, test = np.r_[0:start, stop:n], np.arange(start, stop)
        for j, m in enumerate(train_sizes):
            used = pick(train, int(m))
            w, b = _ridge(X[used], y[used], alpha)
            scored = train if score_on_fold else used
            train_mse[j, f] = np.mean((X[scored] @ w + b - y[scored]) ** 2)
            val_mse[j, f] = np.mean((X[test] @ w + b - y[test]) ** 2)
    return train_mse, val_mse


def train_error_on_whole_fold(X, y, alpha, train_sizes, n_splits):
    return _curve(X, y, alpha, train_sizes, n_splits, pick=lambda train, m: train[:m], score_on_fold=True)


def first_m_of_all_data(X, y, alpha, train_sizes, n_splits):
    return _curve(X, y, alpha, train_sizes, n_splits, pick=lambda train, m: np.arange(m))


def size_ignored(X, y, alpha, train_sizes, n_splits):
    return _curve(X, y, alpha, train_sizes, n_splits, pick=lambda train, m: train)


CHECK = Check(
    function="learning_curve_mse",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-9),
    mutants=[
        Mutant(
            train_error_on_whole_fold,
            "You measured the training error on the whole training fold: it belongs to the m samples "
            "the model was fitted on, X[T[:m]].",
        ),
        Mutant(
            first_m_of_all_data,
            "You took the first m samples of the whole data set, which can include the fold's test "
            "samples: take the first m of the fold's training indices, T[:m].",
        ),
        Mutant(
            size_ignored,
            "You fitted every point of the curve on the whole training fold: for size m, fit on the "
            "first m training indices only, so the curve shows the effect of more data.",
        ),
    ],
)
