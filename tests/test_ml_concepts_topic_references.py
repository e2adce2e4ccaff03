"""The ml-concepts topic's solutions against scikit-learn.

Each solution file is the grader's reference, so a wrong solution would pass wrong
learners and fail right ones. Here every solution is compared with scikit-learn
(train_test_split, PolynomialFeatures + LinearRegression, mean_squared_error) on the
check's own cases and on extra seeded data, using the exercise's own ``Rule``.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import PolynomialFeatures

from conftest import topic_files
from mlroadmap.datasets import load_diabetes
from mlroadmap.grading.compare import compare
from mlroadmap.grading.spec import Case
from mlroadmap.grading.worker import load_module as _load

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/supervised/ml-concepts"


_check, _solution = topic_files(TOPIC)


def _call(function: Any, case: Case) -> Any:
    args = [a.copy() if isinstance(a, np.ndarray | list) else a for a in case.args]
    return function(*args, **case.kwargs)


# ---------------------------------------------------------------- exercise 1: split_indices


class _NumpyWithLegacyGenerator:
    """NumPy, except that default_rng(seed) is RandomState(seed), the generator scikit-learn uses."""

    random = SimpleNamespace(default_rng=np.random.RandomState)

    def __getattr__(self, name: str) -> Any:
        return getattr(np, name)


SPLIT_EXTRA = [(5, 0.2, 0), (13, 0.3, 1), (100, 0.33, 2), (442, 0.25, 3), (1000, 0.07, 4), (3, 0.5, 9)]


def test_split_sizes_and_partition_match_train_test_split() -> None:
    check, split = _check("01_split_indices.py"), _solution("01_split_indices.py")
    for n, test_size, seed in [case.args for case in check.cases()] + SPLIT_EXTRA:
        train, test = split(n, test_size, seed)
        sk_train, sk_test = train_test_split(np.arange(n), test_size=test_size, random_state=seed)
        assert (len(train), len(test)) == (len(sk_train), len(sk_test)), (n, test_size)
        np.testing.assert_array_equal(np.sort(np.concatenate([train, test])), np.arange(n))
        assert train.dtype.kind == test.dtype.kind == "i"
        # the convention: the test set is the first part of default_rng(seed).permutation(n)
        perm = np.random.default_rng(seed).permutation(n)
        np.testing.assert_array_equal(np.concatenate([test, train]), perm)


def test_split_is_train_test_split_when_given_the_same_generator() -> None:
    """With scikit-learn's generator (RandomState) in place of default_rng, the indices are sklearn's."""
    module = _load(TOPIC / "solutions" / "01_split_indices.py")
    module.np = _NumpyWithLegacyGenerator()
    check = _check("01_split_indices.py")
    for n, test_size, seed in [case.args for case in check.cases()] + SPLIT_EXTRA:
        train, test = module.split_indices(n, test_size, seed)
        sk_train, sk_test = train_test_split(np.arange(n), test_size=test_size, random_state=seed)
        np.testing.assert_array_equal(train, sk_train, err_msg=f"{(n, test_size, seed)}")
        np.testing.assert_array_equal(test, sk_test, err_msg=f"{(n, test_size, seed)}")


# ---------------------------------------------------------------- exercises 2 and 3: polynomial fits


def _sklearn_mse(p: int, x_fit, y_fit, x_eval, y_eval) -> float:
    model = make_pipeline(PolynomialFeatures(p), LinearRegression()).fit(x_fit[:, None], y_fit)
    return mean_squared_error(y_eval, model.predict(x_eval[:, None]))


def _extra_sets(seed: int) -> list[tuple[np.ndarray, ...]]:
    rng = np.random.default_rng(seed)
    sets = []
    for n_train, n_test in [(8, 3), (25, 100), (70, 30)]:
        x = rng.uniform(-2.0, 2.0, size=n_train + n_test)
        y = 1.0 - x + 0.5 * x**3 + rng.normal(size=x.size)
        sets.append((x[:n_train], y[:n_train], x[n_train:], y[n_train:]))
    diabetes = load_diabetes()
    x = diabetes.data[:, 8]  # s5, another diabetes feature than the check's
    x = (x - x.mean()) / x.std()
    perm = rng.permutation(x.size)
    sets.append((x[perm[:50]], diabetes.target[perm[:50]], x[perm[50:]], diabetes.target[perm[50:]]))
    return sets


def test_polynomial_errors_match_sklearn_pipeline() -> None:
    check, solution = _check("02_polynomial_errors.py"), _solution("02_polynomial_errors.py")
    extra = [Case(f"extra set {i}, seed 606", (*data, 4)) for i, data in enumerate(_extra_sets(606))]
    extra.append(Case("extra set, degree 6", (*_extra_sets(607)[2], 6)))
    for case in [*check.cases(), *extra]:
        x_train, y_train, x_test, y_test, max_degree = case.args
        degrees = range(max_degree + 1)
        expected = [
            np.array([_sklearn_mse(p, x_train, y_train, x_train, y_train) for p in degrees]),
            np.array([_sklearn_mse(p, x_train, y_train, x_test, y_test) for p in degrees]),
        ]
        got = list(_call(solution, case))
        assert compare(expected, got, check.rule) is None, (
            f"{case.name}: {compare(expected, got, check.rule)}"
        )
        assert np.all(np.diff(got[0]) <= 1e-9 * got[0][:-1] + 1e-12), (
            "the training error cannot rise with the degree"
        )


def test_polynomial_errors_accept_the_normal_equations() -> None:
    """A learner solving (VᵀV) c = Vᵀy on the Vandermonde matrix must pass the check's rule."""
    check, solution = _check("02_polynomial_errors.py"), _solution("02_polynomial_errors.py")
    for case in check.cases():
        x_train, y_train, x_test, y_test, max_degree = case.args
        train, test = [], []
        for p in range(max_degree + 1):
            V = np.vander(x_train, p + 1, increasing=True)
            c = np.linalg.solve(V.T @ V, V.T @ y_train)
            train.append(np.mean((V @ c - y_train) ** 2))
            test.append(np.mean((np.vander(x_test, p + 1, increasing=True) @ c - y_test) ** 2))
        got = list(_call(solution, case))
        assert compare(got, [np.array(train), np.array(test)], check.rule) is None, case.name


@pytest.mark.parametrize("seed", [0, 1])
def test_best_degree_matches_sklearn_validation_errors(seed: int) -> None:
    check, solution = _check("03_best_degree.py"), _solution("03_best_degree.py")
    extra = [
        Case(f"extra set {i}, seed {seed}", (*data, degrees))
        for i, data in enumerate(_extra_sets(700 + seed))
        for degrees in ([0, 1, 2, 3, 4, 5], [5, 3, 1])
    ]
    for case in [*check.cases(), *extra]:
        x_train, y_train, x_val, y_val, degrees = case.args
        errors = [_sklearn_mse(p, x_train, y_train, x_val, y_val) for p in degrees]
        got = _call(solution, case)
        assert isinstance(got, int)
        assert got == degrees[int(np.argmin(errors))], case.name
