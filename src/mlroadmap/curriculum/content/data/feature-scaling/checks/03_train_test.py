"""Check of exercise 03: standardize X_test with X_train's mean and population std."""

import numpy as np

from mlroadmap.datasets import load_breast_cancer
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _split(X: np.ndarray, seed: int) -> tuple[np.ndarray, np.ndarray]:
    order = np.random.default_rng(seed).permutation(len(X))
    cut = int(0.75 * len(X))
    return X[order[:cut]], X[order[cut:]]


def cases() -> list[Case]:
    cancer = load_breast_cancer().data
    rng = np.random.default_rng(5)
    train = rng.normal(10.0, 2.0, size=(30, 2))
    return [
        Case(
            "train [[0], [2], [4]] and test [[2], [6]], by hand",
            (np.array([[0.0], [2.0], [4.0]]), np.array([[2.0], [6.0]])),
        ),
        Case("breast cancer, a 75/25 split with seed 0", _split(cancer, 0)),
        Case("a test set from a shifted distribution, seed 5", (train, rng.normal(20.0, 5.0, size=(10, 2)))),
        Case("a test set of one sample", (train, train[:1] + 1.0)),
        Case("a constant training column", (np.array([[1.0, 3.0], [2.0, 3.0]]), np.array([[1.5, 4.0]]))),
    ]


def _standardize(X: np.ndarray, mu: np.ndarray, sigma: np.ndarray) -> np.ndarray:
    return (X - mu) / np.where(sigma == 0, 1.0, sigma)


def test_statistics(X_train, X_test):
    return _standardize(X_test, X_test.mean(axis=0), X_test.std(axis=0))


def pooled_statistics(X_train, X_test):
    both = np.vstack([X_train, X_test])
    return _standardize(X_test, both.mean(axis=0), both.std(axis=0))


def sample_std(X_train, X_test):
    sigma = X_train.std(axis=0, ddof=1) if len(X_train) > 1 else X_train.std(axis=0)
    return _standardize(X_test, X_train.mean(axis=0), sigma)


CHECK = Check(
    function="scale_test_set",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            test_statistics,
            "You standardized the test set with its own mean and standard deviation: "
            "the statistics must come from X_train only, as a fitted scaler's do.",
        ),
        Mutant(
            pooled_statistics,
            "You computed the statistics on training and test data together, which "
            "leaks information about the test set into the model: use X_train only.",
        ),
        Mutant(
            sample_std,
            "You divided by n - 1 (ddof=1): StandardScaler uses the population standard "
            "deviation, which divides by n.",
        ),
    ],
)
