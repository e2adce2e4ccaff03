"""The linear-algebra topic's solutions and check references against independent oracles.

Each exercise is graded against a reference (a function of mlroadmap.algorithms.linalg or
the solution file), so a wrong one would pass wrong learners and fail right ones. Here
every solution, and every check's reference, is compared with SciPy, NumPy's LAPACK
routines or a computation that shares none of its code, on the check's own cases and on
extra seeded data, under the exercise's own ``Rule``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
import scipy.linalg as sla
import scipy.sparse as sp
from scipy.spatial.distance import cdist as scipy_cdist

from conftest import topic_files
from mlroadmap.grading.compare import compare
from mlroadmap.grading.plain import plain
from mlroadmap.grading.spec import Case
from mlroadmap.grading.worker import call as _call

TOPIC = Path(__file__).parents[1] / "src/mlroadmap/curriculum/content/math/linear-algebra"


_check, _solution = topic_files(TOPIC)


def _agree(file: str, oracle: Any, extra: list[Case]) -> None:
    """The solution and the check's reference match ``oracle`` under the check's rule."""
    check, solution = _check(file), _solution(file)
    graders = [("solution", solution)] + ([("reference", check.reference)] if check.reference else [])
    for case in [*check.cases(), *extra]:
        expected = plain(oracle(*case.args))
        for who, function in graders:
            problem = compare(expected, plain(_call(function, case)), check.rule)
            assert problem is None, f"{file}, {who}, case '{case.name}': {problem}"


# ---------------------------------------------------------------- 01 distance matrix


def test_distance_matrix_matches_scipy_cdist() -> None:
    rng = np.random.default_rng(101)
    extra = [
        Case(
            f"random {n}×{d} against {m}×{d}, seed 101",
            (3 * rng.normal(size=(n, d)), 3 * rng.normal(size=(m, d))),
        )
        for n, m, d in [(1, 1, 1), (2, 9, 5), (40, 3, 2), (60, 60, 16)]
    ]
    X = rng.normal(size=(30, 4))
    extra.append(Case("one set against itself, seed 101", (X, X.copy())))
    _agree("01_distance_matrix.py", lambda X, Y: scipy_cdist(X.astype(float), Y.astype(float)), extra)


def test_distance_matrix_rule_accepts_the_broadcasting_method() -> None:
    """A learner who subtracts first (exact zeros, no cancellation) must pass too."""
    check, solution = _check("01_distance_matrix.py"), _solution("01_distance_matrix.py")
    for case in check.cases():
        X, Y = (np.asarray(a, dtype=float) for a in case.args)
        direct = np.sqrt(((X[:, None, :] - Y[None, :, :]) ** 2).sum(axis=-1))
        assert compare(direct, _call(solution, case), check.rule) is None, case.name
        assert compare(_call(check.reference, case), direct, check.rule) is None, case.name


# ---------------------------------------------------------------- 02 CSR matvec


def _scipy_matvec(data: np.ndarray, indices: np.ndarray, indptr: np.ndarray, x: np.ndarray) -> np.ndarray:
    A = sp.csr_matrix((data, indices, indptr), shape=(len(indptr) - 1, len(x)))
    return np.asarray(A @ x, dtype=float)


def test_csr_matvec_matches_scipy_sparse() -> None:
    rng = np.random.default_rng(202)
    extra = []
    for m, n, density in [(1, 1, 1.0), (5, 8, 0.2), (300, 100, 0.02), (40, 2000, 0.01)]:
        S = sp.random(m, n, density=density, format="csr", random_state=rng)
        extra.append(
            Case(
                f"scipy.sparse.random {m}×{n}, density {density}, seed 202",
                (S.data, S.indices, S.indptr, rng.normal(size=n)),
            )
        )
    dense = np.zeros((6, 4))
    dense[[2, 3], [1, 0]] = [4.0, -2.0]  # rows 0, 1, 4, 5 empty
    S = sp.csr_matrix(dense)
    extra.append(Case("only rows 2 and 3 filled", (S.data, S.indices, S.indptr, np.arange(1.0, 5.0))))
    _agree("02_csr_matvec.py", _scipy_matvec, extra)


# ---------------------------------------------------------------- 03 power iteration


def _power_by_matrix_power(A: np.ndarray, v0: np.ndarray, num_iters: int) -> list[Any]:
    """v = A^k v0 / ||A^k v0||, with A scaled by its spectral norm so that nothing overflows."""
    A = np.asarray(A, dtype=float)
    scaled = A / np.linalg.norm(A, 2)
    v = np.linalg.matrix_power(scaled, num_iters) @ np.asarray(v0, dtype=float)
    v = v / np.linalg.norm(v)
    return [float(v @ A @ v), v]


def test_power_iteration_matches_the_matrix_power_oracle() -> None:
    rng = np.random.default_rng(303)
    extra = []
    for n, k in [(2, 1), (5, 7), (8, 40), (12, 150)]:
        B = rng.normal(size=(n, n))
        extra.append(
            Case(f"random symmetric {n}×{n}, {k} steps, seed 303", ((B + B.T) / 2, rng.normal(size=n), k))
        )
    _agree("03_power_iteration.py", _power_by_matrix_power, extra)


@pytest.mark.parametrize("index", [0, 2, 3, 4, 5, 6, 8])
def test_power_iteration_converges_to_lapacks_dominant_eigenpair(index: int) -> None:
    """The converged cases of the check give numpy.linalg.eig's eigenvalue of largest size."""
    case = _check("03_power_iteration.py").cases()[index]
    A = case.args[0]
    eigenvalue, v = _call(_solution("03_power_iteration.py"), case)
    w, V = np.linalg.eig(A)
    top = np.argmax(np.abs(w))
    assert abs(w[top].imag) == 0.0
    assert eigenvalue == pytest.approx(w[top].real, rel=1e-9), case.name
    u = V[:, top].real / np.linalg.norm(V[:, top].real)
    assert abs(v @ u) == pytest.approx(1.0, abs=1e-8), case.name  # the same direction, up to sign
    assert np.linalg.norm(v) == pytest.approx(1.0, rel=1e-14)


# ---------------------------------------------------------------- 04 LU determinant


@pytest.mark.parametrize("oracle", [np.linalg.det, sla.det], ids=["numpy.linalg.det", "scipy.linalg.det"])
def test_lu_determinant_matches_lapack(oracle: Any) -> None:
    rng = np.random.default_rng(404)
    extra = [Case(f"random {n}×{n}, seed 404", (rng.normal(size=(n, n)),)) for n in (1, 2, 3, 6, 20)]
    extra.append(Case("random integers 7×7, seed 404", (rng.integers(-9, 10, size=(7, 7)),)))
    extra.append(Case("a rank-2 4×4 product", (rng.normal(size=(4, 2)) @ rng.normal(size=(2, 4)),)))
    _agree("04_lu_determinant.py", lambda A: float(oracle(np.asarray(A, dtype=float))), extra)


# ---------------------------------------------------------------- 05 Householder QR


def test_householder_qr_matches_numpy_qr_signs_included() -> None:
    rng = np.random.default_rng(505)
    extra = [
        Case(f"random {m}×{n}, seed 505", (rng.normal(size=(m, n)),))
        for m, n in [(1, 1), (1, 4), (4, 1), (7, 7), (30, 5), (5, 30)]
    ]
    extra.append(Case("Hilbert 6 (ill-conditioned)", (sla.hilbert(6),)))
    _agree("05_householder_qr.py", lambda A: list(np.linalg.qr(np.asarray(A, dtype=float))), extra)


def test_householder_qr_matches_scipy_economic_qr() -> None:
    check, solution = _check("05_householder_qr.py"), _solution("05_householder_qr.py")
    for case in check.cases():
        (A,) = case.args
        Q, R = sla.qr(np.asarray(A, dtype=float), mode="economic")
        assert compare(plain([Q, R]), plain(_call(solution, case)), check.rule) is None, case.name
