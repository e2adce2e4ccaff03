"""Check of exercise 03: cv_ridge_mse (k-fold MSE of standardized ridge, scaler fitted per fold)."""

import numpy as np

from mlroadmap.datasets import load_diabetes, load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _penguins():
    """Body mass from the three size measurements, complete rows only."""
    p = load_penguins()
    X = np.column_stack([p["bill_length_mm"], p["bill_depth_mm"], p["flipper_length_mm"]])
    y = p["body_mass_g"]
    keep = ~np.isnan(X).any(axis=1) & ~np.isnan(y)
    return X[keep], y[keep]


def cases() -> list[Case]:
    rng = np.random.default_rng(21)
    X = rng.normal(size=(40, 3)) * [1.0, 10.0, 100.0] + [0.0, 5.0, -50.0]
    y = X @ np.array([2.0, -0.3, 0.01]) + rng.normal(0, 0.5, size=40)
    drift = np.linspace(0, 3, 30)[:, None] + rng.normal(size=(30, 2))  # the features drift along the rows
    y_drift = drift @ np.array([1.0, -1.0]) + rng.normal(0, 0.2, size=30)
    X_const = np.column_stack([rng.normal(size=12), np.full(12, 4.0)])
    diabetes = load_diabetes()
    return [
        Case("40 samples, 3 features on very different scales, 5 folds, alpha 1, seed 21", (X, y, 1.0, 5)),
        Case("30 drifting samples, 4 folds (sizes 8, 8, 7, 7), alpha 0.5, seed 21", (drift, y_drift, 0.5, 4)),
        Case("12 samples, a constant feature, 3 folds, alpha 2", (X_const, X_const[:, 0] * 3 + 1, 2.0, 3)),
        Case("leave-one-out: 15 samples, 15 folds, alpha 1, seed 21", (X[:15], y[:15], 1.0, 15)),
        Case("diabetes, 5 folds, alpha 10", (diabetes.data, diabetes.target, 10.0, 5)),
        Case("diabetes, 10 folds, alpha 0.1", (diabetes.data, diabetes.target, 0.1, 10)),
        Case("penguins: body mass from bill and flipper sizes, 5 folds, alpha 1", (*_penguins(), 1.0, 5)),
    ]


def _folds(n, k):
    sizes = np.full(k, n // k)
    sizes[: n % k] += 1
    stops = np.cumsum(sizes)
    return zip(stops - sizes, stops, strict=True)


def _scale(X_fit):
    mu, sigma = X_fit.mean(axis=0), X_fit.std(axis=0)
    return mu, np.where(sigma == 0, 1.0, sigma)


def _cv(X, y, alpha, n_splits, *, leak=False, keep_test=False, penalize_intercept=False):
    n, d = X.shape
    errors = []
    for start, stop in _folds(n, n_splits):
        test = np.zeros(n, dtype=bool)
        test[start:stop] = True
        train = np.ones(n, dtype=bool) if keep_test else ~test
        mu, sigma = _scale(X if leak else X[train])
        Z_train, Z_test = (X[train] - mu) / sigma, (X[test] - mu) / sigma
        if penalize_intercept:
            A = np.column_stack([np.ones(len(Z_train)), Z_train])
            theta = np.linalg.solve(A.T @ A + alpha * np.eye(d + 1), A.T @ y[train])
            b, w = theta[0], theta[1:]
        else:
            b = y[train].mean()
            w = np.linalg.solve(Z_train.T @ Z_train + alpha * np.eye(d), Z_train.T @ (y[train] - b))
        errors.append(np.mean((Z_test @ w + b - y[test]) ** 2))
    return np.array(errors)


def scaler_on_all_data(X, y, alpha, n_splits):
    return _cv(X, y, alpha, n_splits, leak=True)


def test_fold_in_training(X, y, alpha, n_splits):
    return _cv(X, y, alpha, n_splits, keep_test=True)


def intercept_penalized(X, y, alpha, n_splits):
    return _cv(X, y, alpha, n_splits, penalize_intercept=True)


CHECK = Check(
    function="cv_ridge_mse",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-9),
    mutants=[
        Mutant(
            scaler_on_all_data,
            "You standardized with the mean and standard deviation of all of X before splitting: that "
            "leaks the test rows into the model; compute mu and sigma on each fold's training rows.",
        ),
        Mutant(
            test_fold_in_training,
            "You trained on every row, the test fold included: each fold's model must be fitted "
            "without the rows it is scored on, or the error is far too optimistic.",
        ),
        Mutant(
            intercept_penalized,
            "You penalized the intercept along with the weights: ridge shrinks the slopes only, so fit "
            "the intercept as the mean of y[T] and penalize w alone.",
        ),
    ],
)
