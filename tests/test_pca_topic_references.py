"""The pca topic's solutions against scikit-learn's PCA.

Each solution is the grader's reference, so a wrong solution would pass wrong learners
and fail right ones. Here every solution is compared with ``sklearn.decomposition.PCA``
(``svd_solver="full"``, and ``"covariance_eigh"``, an eigendecomposition that shares
nothing with our SVD) on the check's own cases and on extra seeded data, under the
exercise's own ``Rule``: that also shows the tolerance accepts a different correct method.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sklearn.decomposition import PCA

from conftest import topic_files
from mlroadmap.datasets import load_breast_cancer, load_digits, load_iris, load_wine
from mlroadmap.grading.compare import compare
from mlroadmap.grading.spec import Case
from mlroadmap.grading.worker import call as _call

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/data/pca"
SOLVERS = ["full", "covariance_eigh"]


_check, _solution = topic_files(TOPIC)


def _extra(seed: int, with_k: bool) -> list[Case]:
    """Seeded data of several shapes and scales, with a k that leaves a clear gap."""
    rng = np.random.default_rng(seed)
    out = []
    for n, d in [(50, 4), (200, 12), (9, 15)]:
        mixing = rng.normal(size=(d, d)) * rng.uniform(0.1, 5.0, size=d)
        X = rng.normal(size=(n, d)) @ mixing + rng.uniform(-100, 100, size=d)
        out.append(Case(f"random {n}×{d}, seed {seed}", (X, min(3, n - 1, d)) if with_k else (X,)))
    cancer = load_breast_cancer().data
    out.append(
        Case("breast cancer standardized", ((cancer - cancer.mean(0)) / cancer.std(0), 4)[: 1 + with_k])
    )
    return out


def _no_input_changed(function: Any, case: Case) -> None:
    args = [a.copy() if isinstance(a, np.ndarray) else a for a in case.args]
    function(*args)
    for before, after in zip(case.args, args, strict=True):
        if isinstance(before, np.ndarray):
            np.testing.assert_array_equal(before, after, err_msg=f"{case.name}: an input was changed")


# ---------------------------------------------------------------- exercise 1


@pytest.mark.parametrize("solver", SOLVERS)
def test_explained_variance_matches_sklearn(solver: str) -> None:
    check, solution = _check("01_explained_variance.py"), _solution("01_explained_variance.py")
    for case in [*check.cases(), *_extra(101, with_k=False)]:
        (X,) = case.args
        pca = PCA(svd_solver=solver).fit(X)
        got = _call(solution, case)
        expected = [pca.explained_variance_, pca.explained_variance_ratio_]
        problem = compare(expected, list(got), check.rule)
        assert problem is None, f"{solver}, case '{case.name}': {problem}"
        _no_input_changed(solution, case)


def test_explained_variance_hand_case() -> None:
    cross = np.array([[2.0, 0.0], [0.0, 1.0], [-2.0, 0.0], [0.0, -1.0]])
    variance, ratio = _solution("01_explained_variance.py")(cross + 10.0)
    np.testing.assert_allclose(variance, [8 / 3, 2 / 3])
    np.testing.assert_allclose(ratio, [0.8, 0.2])


# ---------------------------------------------------------------- exercise 2


def _smallest_count_beyond(ratios: np.ndarray, fraction: float) -> int:
    """A plain loop: add ratios until the running total is strictly above the fraction."""
    total = 0.0
    for count, r in enumerate(ratios, start=1):
        total += float(r)
        if total > fraction:
            return count
    raise AssertionError("no count exceeds the fraction")


def test_choose_k_matches_a_plain_loop_on_the_check_cases() -> None:
    check, solution = _check("02_choose_k.py"), _solution("02_choose_k.py")
    for case in check.cases():
        problem = compare(_smallest_count_beyond(*case.args), _call(solution, case), check.rule)
        assert problem is None, f"case '{case.name}': {problem}"


@pytest.mark.parametrize(
    ("name", "X"),
    [
        ("iris", load_iris().data),
        ("wine", load_wine().data),
        ("breast cancer", load_breast_cancer().data),
        ("digits", load_digits().data),
        ("random 80×10", np.random.default_rng(102).normal(size=(80, 10)) * np.arange(1, 11)),
    ],
)
def test_choose_k_matches_sklearn_n_components_float(name: str, X: np.ndarray) -> None:
    solution = _solution("02_choose_k.py")
    ratios = PCA(svd_solver="full").fit(X).explained_variance_ratio_
    for fraction in [0.3, 0.5, 0.8, 0.9, 0.95, 0.99]:
        expected = PCA(n_components=fraction, svd_solver="full").fit(X).n_components_
        got = solution(ratios.copy(), fraction)
        assert type(got) is int and got == expected, f"{name}, fraction {fraction}: {got} != {expected}"


# ---------------------------------------------------------------- exercise 3


@pytest.mark.parametrize("solver", SOLVERS)
def test_components_match_sklearn_including_signs(solver: str) -> None:
    check, solution = _check("03_components.py"), _solution("03_components.py")
    for case in [*check.cases(), *_extra(103, with_k=True)]:
        X, k = case.args
        expected = PCA(n_components=k, svd_solver=solver).fit(X).components_
        got = _call(solution, case)
        problem = compare(expected, got, check.rule)
        assert problem is None, f"{solver}, case '{case.name}': {problem}"
        np.testing.assert_allclose(got @ got.T, np.eye(k), atol=1e-10, err_msg=case.name)
        _no_input_changed(solution, case)


def test_components_hand_case_points_against_the_falling_line() -> None:
    t = np.arange(-3.0, 4.0)
    got = _solution("03_components.py")(np.column_stack([t, -3.0 * t]), 1)
    np.testing.assert_allclose(got, [[-1 / np.sqrt(10), 3 / np.sqrt(10)]])


# ---------------------------------------------------------------- exercise 4


@pytest.mark.parametrize("solver", SOLVERS)
def test_reconstruct_matches_sklearn_inverse_transform(solver: str) -> None:
    check, solution = _check("04_reconstruct.py"), _solution("04_reconstruct.py")
    for case in [*check.cases(), *_extra(104, with_k=True)]:
        X, k = case.args
        pca = PCA(n_components=k, svd_solver=solver).fit(X)
        expected = pca.inverse_transform(pca.transform(X))
        problem = compare(expected, _call(solution, case), check.rule)
        assert problem is None, f"{solver}, case '{case.name}': {problem}"
        _no_input_changed(solution, case)


# ---------------------------------------------------------------- exercise 5


@pytest.mark.parametrize("solver", SOLVERS)
def test_whiten_matches_sklearn_whitened_transform(solver: str) -> None:
    check, solution = _check("05_whiten.py"), _solution("05_whiten.py")
    for case in [*check.cases(), *_extra(105, with_k=True)]:
        X, k = case.args
        expected = PCA(n_components=k, whiten=True, svd_solver=solver).fit(X).transform(X)
        got = _call(solution, case)
        problem = compare(expected, got, check.rule)
        assert problem is None, f"{solver}, case '{case.name}': {problem}"
        np.testing.assert_allclose(np.cov(got, rowvar=False), np.eye(k), atol=1e-9, err_msg=case.name)
        _no_input_changed(solution, case)
