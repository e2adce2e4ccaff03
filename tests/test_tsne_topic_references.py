"""The tsne topic's solutions against scikit-learn's exact t-SNE internals.

Each solution is the grader's reference, so it is checked here against code that shares
none of it: a per-row ``scipy.special.softmax`` for the conditional probabilities,
scikit-learn's ``_binary_search_perplexity`` and ``_joint_probabilities`` (what
``TSNE(method="exact")`` runs) for the perplexity search and the symmetrization, and
``_kl_divergence`` (the exact method's objective) for the cost and its gradient. These are
private helpers, imported in the tests only, because they are the real computation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from scipy.spatial.distance import pdist, squareform
from scipy.special import softmax
from sklearn.manifold._t_sne import _joint_probabilities, _kl_divergence
from sklearn.manifold._utils import _binary_search_perplexity

from conftest import topic_files
from mlroadmap.datasets import load_digits, load_iris, load_wine
from mlroadmap.grading.compare import compare
from mlroadmap.grading.spec import Case, Rule

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/unsupervised/tsne"


_check, _solution = topic_files(TOPIC)


def _call(function: Any, case: Case) -> Any:
    args = [a.copy() if isinstance(a, np.ndarray) else a for a in case.args]
    return function(*args, **case.kwargs)


def _sq(X: np.ndarray) -> np.ndarray:
    return squareform(pdist(X, "sqeuclidean"))


def _standardized(X: np.ndarray) -> np.ndarray:
    return (X - X.mean(axis=0)) / X.std(axis=0)


# ---------------------------------------------------------------- conditional probabilities


def softmax_rows(distances_sq: np.ndarray, beta: np.ndarray) -> np.ndarray:
    """Row by row: scipy's softmax of -beta D over the other points, 0 on the diagonal."""
    n = len(distances_sq)
    out = np.zeros((n, n))
    for i in range(n):
        others = np.delete(np.arange(n), i)
        out[i, others] = softmax(-beta[i] * distances_sq[i, others])
    return out


def test_conditional_probabilities_match_scipy_softmax() -> None:
    check, solution = _check("01_conditional.py"), _solution("01_conditional.py")
    rng = np.random.default_rng(301)
    extra = [
        Case(f"random {n}×{d}, seed 301", (_sq(rng.normal(size=(n, d)) * 3), rng.uniform(0, 2, size=n)))
        for n, d in [(2, 1), (9, 2), (70, 6)]
    ]
    for case in [*check.cases(), *extra]:
        got = _call(solution, case)
        assert compare(softmax_rows(*case.args), got, check.rule) is None, case.name
        assert np.allclose(got.sum(axis=1), 1.0) and np.all(np.diag(got) == 0), case.name


# ---------------------------------------------------------------- perplexity search


def _sklearn_conditional(distances_sq: np.ndarray, perplexity: float) -> np.ndarray:
    return _binary_search_perplexity(distances_sq.astype(np.float32), perplexity, 0)


def test_perplexity_search_matches_sklearn_binary_search() -> None:
    check, solution = _check("03_perplexity.py"), _solution("03_perplexity.py")
    rng = np.random.default_rng(302)
    extra = [
        Case("digits 300, perplexity 50", (_sq(load_digits().data[300:600]), 50.0)),
        Case("random 80×10, perplexity 20, seed 302", (_sq(rng.normal(size=(80, 10))), 20.0)),
        Case("random 40×2 scaled by 100, perplexity 3, seed 302", (_sq(100 * rng.normal(size=(40, 2))), 3.0)),
    ]
    for case in [*check.cases(), *extra]:
        D, perplexity = case.args
        D32 = D.astype(np.float32).astype(np.float64)  # scikit-learn searches on float32 distances
        got = solution(D32, perplexity)
        assert compare(_sklearn_conditional(D, perplexity), got, check.rule) is None, case.name
        # and the perplexity it reaches is the one asked for
        entropy = -np.sum(np.where(got > 0, got * np.log(np.where(got > 0, got, 1.0)), 0.0), axis=1)
        assert np.allclose(np.exp(entropy), perplexity, rtol=1e-4), case.name


def test_perplexity_search_check_cases_match_sklearn_without_rounding() -> None:
    """The grader's cases as they are (float64): still within the rule of scikit-learn's float32 run."""
    check, solution = _check("03_perplexity.py"), _solution("03_perplexity.py")
    for case in check.cases():
        problem = compare(_sklearn_conditional(*case.args), _call(solution, case), check.rule)
        assert problem is None, f"{case.name}: {problem}"


# ---------------------------------------------------------------- joint probabilities


@pytest.mark.parametrize(
    ("name", "X", "perplexity"),
    [
        ("iris", load_iris().data, 30.0),
        ("wine standardized", _standardized(load_wine().data), 10.0),
        ("digits 250", load_digits().data[:250], 40.0),
    ],
)
def test_joint_of_search_matches_sklearn_joint_probabilities(
    name: str, X: np.ndarray, perplexity: float
) -> None:
    search, joint = _solution("03_perplexity.py"), _solution("02_joint.py")
    D = _sq(X)
    expected = squareform(_joint_probabilities(D, perplexity, 0))
    got = joint(search(D.astype(np.float32).astype(np.float64), perplexity))
    np.fill_diagonal(expected, 0.0)
    assert compare(expected, got, Rule(rtol=1e-3, atol=1e-9)) is None, name


def test_joint_probabilities_match_pairwise_definition() -> None:
    check, solution = _check("02_joint.py"), _solution("02_joint.py")
    for case in check.cases():
        (C,) = case.args
        n = len(C)
        expected = np.array([[(C[i, j] + C[j, i]) / (2 * n) for j in range(n)] for i in range(n)])
        got = _call(solution, case)
        assert compare(expected, got, check.rule) is None, case.name
        assert np.allclose(got, got.T)


# ---------------------------------------------------------------- KL divergence and gradient


def test_kl_gradient_matches_sklearn_kl_divergence() -> None:
    check, solution = _check("04_kl_gradient.py"), _solution("04_kl_gradient.py")
    rng = np.random.default_rng(303)
    D = _sq(load_digits().data[:200])
    extra = [
        Case(
            "digits 200, perplexity 30, a random map, seed 303",
            (squareform(_joint_probabilities(D, 30.0, 0)), rng.normal(size=(200, 2))),
        ),
        Case(
            "iris, perplexity 20, a 1-d map, seed 303",
            (squareform(_joint_probabilities(_sq(load_iris().data), 20.0, 0)), rng.normal(size=(150, 1))),
        ),
    ]
    for case in [*check.cases(), *extra]:
        P, Y = case.args
        n, c = Y.shape
        kl, grad = _kl_divergence(Y.ravel().copy(), squareform(P, checks=False), 1, n, c)
        problem = compare([float(kl), grad.reshape(n, c)], list(_call(solution, case)), check.rule)
        assert problem is None, f"{case.name}: {problem}"


def test_kl_gradient_is_the_derivative_of_kl() -> None:
    """A central difference of the returned KL agrees with the returned gradient."""
    solution = _solution("04_kl_gradient.py")
    P = squareform(_joint_probabilities(_sq(load_iris().data[::5]), 8.0, 0))
    Y = np.random.default_rng(304).normal(size=(30, 2))
    _, grad = solution(P, Y)
    step = 1e-6
    numeric = np.zeros_like(Y)
    for index in np.ndindex(Y.shape):
        plus, minus = Y.copy(), Y.copy()
        plus[index] += step
        minus[index] -= step
        numeric[index] = (solution(P, plus)[0] - solution(P, minus)[0]) / (2 * step)
    assert np.allclose(grad, numeric, rtol=1e-5, atol=1e-8)
