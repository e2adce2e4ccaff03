"""Check of exercise 02: polynomial_errors (train and test MSE for degrees 0 .. max_degree)."""

import numpy as np

from mlroadmap.datasets import load_diabetes, load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _standardized(x: np.ndarray) -> np.ndarray:
    return (x - x.mean()) / x.std()


def _sine(seed: int, n_train: int, n_test: int) -> tuple[np.ndarray, ...]:
    rng = np.random.default_rng(seed)
    x = rng.uniform(-1.0, 1.0, size=n_train + n_test)
    y = np.sin(3.0 * x) + 0.3 * rng.normal(size=x.size)
    return x[:n_train], y[:n_train], x[n_train:], y[n_train:]


def _real(x: np.ndarray, y: np.ndarray, n_train: int, seed: int) -> tuple[np.ndarray, ...]:
    perm = np.random.default_rng(seed).permutation(x.size)
    x = _standardized(x)
    return x[perm[:n_train]], y[perm[:n_train]], x[perm[n_train:]], y[perm[n_train:]]


def cases() -> list[Case]:
    diabetes = load_diabetes()
    penguins = load_penguins()
    keep = ~np.isnan(penguins["flipper_length_mm"]) & ~np.isnan(penguins["body_mass_g"])
    flipper, mass = penguins["flipper_length_mm"][keep], penguins["body_mass_g"][keep] / 1000.0
    line = np.array([0.0, 1.0, 2.0, 3.0])
    return [
        Case(
            "4 training points on y = 2x + 1, tested at x = 4, 5; degrees 0 to 2",
            (line, 2 * line + 1, np.array([4.0, 5.0]), np.array([9.0, 12.0]), 2),
        ),
        Case("degree 0 only: the mean of y_train", (*_sine(4, 12, 5), 0)),
        Case("noisy sine, 20 training and 50 test points, degrees 0 to 8, seed 1", (*_sine(1, 20, 50), 8)),
        Case("noisy sine, 60 training and 15 test points, degrees 0 to 5, seed 2", (*_sine(2, 60, 15), 5)),
        Case(
            "diabetes: standardized BMI → disease progression, 30 training points, degrees 0 to 5, seed 0",
            (*_real(diabetes.data[:, 2], diabetes.target, 30, 0), 5),
        ),
        Case(
            "penguins: standardized flipper length → body mass (kg), 40 training points, degrees 0-4, seed 3",
            (*_real(flipper, mass, 40, 3), 4),
        ),
    ]


def _mse(coef: np.ndarray, x: np.ndarray, y: np.ndarray) -> float:
    return float(np.mean((np.polyval(coef, x) - y) ** 2))


def test_error_on_training_data(x_train, y_train, x_test, y_test, max_degree):
    fits = [np.polyfit(x_train, y_train, p) for p in range(max_degree + 1)]
    train = np.array([_mse(c, x_train, y_train) for c in fits])
    return train, train.copy()


def test_data_leaked_into_fit(x_train, y_train, x_test, y_test, max_degree):
    x_all, y_all = np.concatenate([x_train, x_test]), np.concatenate([y_train, y_test])
    fits = [np.polyfit(x_all, y_all, p) for p in range(max_degree + 1)]
    return (
        np.array([_mse(c, x_train, y_train) for c in fits]),
        np.array([_mse(c, x_test, y_test) for c in fits]),
    )


def degrees_from_one(x_train, y_train, x_test, y_test, max_degree):
    fits = [np.polyfit(x_train, y_train, p) for p in range(1, max_degree + 1)]
    return (
        np.array([_mse(c, x_train, y_train) for c in fits]),
        np.array([_mse(c, x_test, y_test) for c in fits]),
    )


CHECK = Check(
    function="polynomial_errors",
    cases=cases,
    rule=Rule(rtol=1e-6, atol=1e-9),
    mutants=[
        Mutant(
            test_error_on_training_data,
            "Your test errors are the training errors: evaluate each fitted polynomial on x_test "
            "and y_test, the data it was not fitted on.",
        ),
        Mutant(
            test_data_leaked_into_fit,
            "You fitted on the training and test data together, so the test set leaked into the fit: "
            "fit on x_train and y_train only, then evaluate on both sets.",
        ),
        Mutant(
            degrees_from_one,
            "You started at degree 1: degree 0 (a constant, the mean of y_train) comes first, so "
            "the arrays have max_degree + 1 entries.",
        ),
    ],
)
