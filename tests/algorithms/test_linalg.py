"""mlroadmap.algorithms.linalg against numpy.linalg, scipy.linalg, scipy.spatial and scipy.sparse.

Random, singular (rank-deficient) and ill-conditioned (Hilbert) matrices, real data (wine,
diabetes, digits) and bad input. Factors that are unique (LU with partial pivoting, QR with
LAPACK's sign rule, Cholesky) are compared entry by entry; eigenvectors and singular
vectors are defined only up to sign (or a rotation, for repeated values), so they are
compared up to sign where the values are well separated and otherwise through
``A V = V diag(w)`` and orthonormality.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest
import scipy.linalg as sla
import scipy.sparse as sp
from scipy.spatial.distance import cdist as scipy_cdist
from scipy.spatial.distance import pdist as scipy_pdist

from mlroadmap.algorithms import linalg
from mlroadmap.algorithms.validation import ConvergenceWarning
from mlroadmap.datasets import load_diabetes, load_digits, load_wine

EPS = np.finfo(float).eps
RNG_SEEDS = [0, 1, 2]


def _rng(seed: int) -> np.random.Generator:
    return np.random.default_rng(seed)


def _rank_deficient(m: int, n: int, r: int, seed: int) -> np.ndarray:
    rng = _rng(seed)
    return rng.normal(size=(m, r)) @ rng.normal(size=(r, n))


def _symmetric(n: int, seed: int) -> np.ndarray:
    B = _rng(seed).normal(size=(n, n))
    return (B + B.T) / 2


WINE = load_wine().data
WINE_STD = (WINE - WINE.mean(axis=0)) / WINE.std(axis=0)
DIABETES = load_diabetes()
DIGITS = load_digits().data

MATRICES = {
    "random 6x6": _rng(0).normal(size=(6, 6)),
    "random 40x40": _rng(1).normal(size=(40, 40)),
    "tall 30x7": _rng(2).normal(size=(30, 7)),
    "wide 5x12": _rng(3).normal(size=(5, 12)),
    "rank 3 of 8x8": _rank_deficient(8, 8, 3, 4),
    "rank 2 of 10x6": _rank_deficient(10, 6, 2, 5),
    "zero column": np.c_[_rng(6).normal(size=(7, 2)), np.zeros(7), _rng(7).normal(size=(7, 2))],
    "hilbert 8": sla.hilbert(8),
    "one entry": np.array([[-3.5]]),
    "one row": _rng(8).normal(size=(1, 5)),
    "one column": _rng(9).normal(size=(6, 1)),
    "wine standardized": WINE_STD,
    "diabetes": DIABETES.data,
}
SQUARE = {k: v for k, v in MATRICES.items() if v.shape[0] == v.shape[1]}


def _close_up_to_sign(ours: np.ndarray, theirs: np.ndarray, atol: float) -> None:
    """Columns equal up to a sign each."""
    signs = np.sign(np.sum(ours * theirs, axis=0))
    signs[signs == 0] = 1.0
    np.testing.assert_allclose(ours * signs, theirs, atol=atol)


# ---------------------------------------------------------------- norms and rank


@pytest.mark.parametrize("ord", [None, 1, 2, 3, 0.5, -1, 0, np.inf, -np.inf])
def test_vector_norms_match_numpy(ord):
    for x in [_rng(10).normal(size=50), np.array([3.0, -4.0]), np.array([0.0, 2.0, 0.0, -1.0]), DIGITS[5]]:
        with np.errstate(divide="ignore"):  # NumPy's own 1 / 0 for negative orders
            expected = np.linalg.norm(x, ord)
        assert linalg.norm(x, ord) == pytest.approx(expected, rel=1e-13)


@pytest.mark.parametrize("ord", [None, "fro", "nuc", 1, -1, 2, -2, np.inf, -np.inf])
@pytest.mark.parametrize("name", ["random 6x6", "tall 30x7", "wide 5x12", "rank 3 of 8x8", "hilbert 8"])
def test_matrix_norms_match_numpy(ord, name):
    A = MATRICES[name]
    expected = np.linalg.norm(A, ord)
    assert linalg.norm(A, ord) == pytest.approx(expected, rel=1e-12, abs=1e-14 * np.linalg.norm(A, 2))


@pytest.mark.parametrize("ord", [None, 1, np.inf, 3])
@pytest.mark.parametrize("axis", [0, 1, -1])
def test_norms_along_an_axis_match_numpy(ord, axis):
    X = DIABETES.data
    np.testing.assert_allclose(linalg.norm(X, ord, axis=axis), np.linalg.norm(X, ord, axis=axis), rtol=1e-13)
    kept = linalg.norm(X, ord, axis=axis, keepdims=True)
    assert kept.shape == np.linalg.norm(X, ord, axis=axis, keepdims=True).shape


def test_norm_of_a_3d_array_without_ord_is_the_flat_two_norm_and_keepdims_works():
    X = _rng(11).normal(size=(3, 4, 5))
    assert linalg.norm(X) == pytest.approx(np.linalg.norm(X), rel=1e-14)
    assert np.shape(linalg.norm(MATRICES["random 6x6"], "fro", keepdims=True)) == (1, 1)


@pytest.mark.parametrize("name", MATRICES)
def test_matrix_rank_matches_numpy(name):
    assert linalg.matrix_rank(MATRICES[name]) == np.linalg.matrix_rank(MATRICES[name])


def test_matrix_rank_on_real_and_special_data():
    assert linalg.matrix_rank(DIGITS) == np.linalg.matrix_rank(DIGITS)  # constant-zero pixels
    assert linalg.matrix_rank(sla.hilbert(14)) == np.linalg.matrix_rank(sla.hilbert(14))  # below full
    assert linalg.matrix_rank(np.zeros((3, 4)) + 0.0 * np.eye(3, 4) + 1e-300) == 1
    H = sla.hilbert(8)
    for tol in [1e-3, 1e-8]:
        assert linalg.matrix_rank(H, tol) == np.linalg.matrix_rank(H, tol)
    assert linalg.matrix_rank(H, rtol=1e-6) == np.linalg.matrix_rank(H, rtol=1e-6)
    assert linalg.matrix_rank(np.array([0.0, 0.0])) == 0
    assert linalg.matrix_rank(np.array([0.0, 2.0])) == 1


# ---------------------------------------------------------------- LU, det, solve


RANK_DEFICIENT = ["rank 3 of 8x8", "rank 2 of 10x6"]


@pytest.mark.parametrize("name", [m for m in MATRICES if m not in RANK_DEFICIENT])
def test_lu_matches_scipy_factor_by_factor(name):
    A = MATRICES[name]
    P, L, U = linalg.lu(A)
    P2, L2, U2 = sla.lu(A)
    np.testing.assert_array_equal(P, P2)
    scale = np.abs(A).max()
    np.testing.assert_allclose(L, L2, atol=1e-12)
    np.testing.assert_allclose(U, U2, atol=1e-12 * scale)
    np.testing.assert_allclose(P @ L @ U, A, atol=1e-12 * scale)
    assert np.abs(L).max() <= 1.0  # partial pivoting bounds every multiplier
    PL, U3 = linalg.lu(A, permute_l=True)
    np.testing.assert_allclose(PL, sla.lu(A, permute_l=True)[0], atol=1e-12)
    np.testing.assert_array_equal(U3, U)


@pytest.mark.parametrize(("name", "rank"), [("rank 3 of 8x8", 3), ("rank 2 of 10x6", 2)])
def test_lu_of_rank_deficient_matrices_agrees_until_only_rounding_noise_is_left(name, rank):
    # After `rank` steps the remaining block is rounding noise, and which noise entry is the
    # largest (the next pivot) is an accident of the order of operations.
    A = MATRICES[name]
    P, L, U = linalg.lu(A)
    P2, L2, U2 = sla.lu(A)
    np.testing.assert_allclose(P @ L @ U, A, atol=1e-12 * np.abs(A).max())
    assert np.abs(L).max() <= 1.0
    np.testing.assert_allclose((P @ L)[:, :rank], (P2 @ L2)[:, :rank], atol=1e-12)
    np.testing.assert_allclose(U[:rank], U2[:rank], atol=1e-12 * np.abs(A).max())
    assert np.abs(U[rank:]).max() < 1e-12 * np.abs(A).max()


def test_lu_pivots_past_a_zero_and_handles_a_zero_column():
    A = np.array([[0.0, 1.0, 2.0], [0.0, 3.0, 4.0], [0.0, 5.0, 7.0]])  # first column all zero
    for ours, theirs in zip(linalg.lu(A), sla.lu(A), strict=True):
        np.testing.assert_allclose(ours, theirs, atol=1e-15)


@pytest.mark.parametrize("name", SQUARE)
def test_det_matches_numpy(name):
    A = SQUARE[name]
    expected = np.linalg.det(A)
    if abs(expected) < 1e-10 * np.abs(A).max() ** len(A):  # numerically singular: only "about 0"
        assert abs(linalg.det(A)) < 1e-10 * np.abs(A).max() ** len(A)
    else:
        assert linalg.det(A) == pytest.approx(expected, rel=1e-9)


def test_det_of_exactly_singular_permuted_and_ill_conditioned_matrices():
    assert linalg.det(np.array([[1.0, 2.0], [2.0, 4.0]])) == 0.0 == np.linalg.det([[1.0, 2.0], [2.0, 4.0]])
    assert linalg.det(np.array([[0.0, 1.0], [1.0, 0.0]])) == -1.0  # one swap: the sign flips
    assert linalg.det(np.eye(4)[[1, 2, 3, 0]]) == pytest.approx(np.linalg.det(np.eye(4)[[1, 2, 3, 0]]))
    H = sla.hilbert(6)  # det about 5.4e-18: relative accuracy still holds
    assert linalg.det(H) == pytest.approx(np.linalg.det(H), rel=1e-6)
    tiny_pivot = np.array([[1e-20, 1.0, 1.0], [1.0, 1.0, 2.0], [1.0, 2.0, 1.0]])
    assert linalg.det(tiny_pivot) == pytest.approx(np.linalg.det(tiny_pivot), rel=1e-12)


@pytest.mark.parametrize("seed", RNG_SEEDS)
def test_slogdet_matches_numpy_where_det_overflows(seed):
    A = 10.0 * _rng(seed).normal(size=(200, 200))  # |det| near 1e380: det itself overflows
    sign, logabs = linalg.slogdet(A)
    sign2, logabs2 = np.linalg.slogdet(A)
    assert sign == sign2
    assert logabs == pytest.approx(logabs2, rel=1e-12)
    assert linalg.slogdet(np.array([[1.0, 2.0], [2.0, 4.0]])) == (0.0, -np.inf)


@pytest.mark.parametrize("name", ["random 6x6", "random 40x40", "hilbert 8"])
def test_solve_matches_numpy(name):
    A = SQUARE[name]
    rng = _rng(12)
    b, B = rng.normal(size=len(A)), rng.normal(size=(len(A), 3))
    rtol = 1e-12 * np.linalg.cond(A)
    np.testing.assert_allclose(linalg.solve(A, b), np.linalg.solve(A, b), rtol=rtol)
    np.testing.assert_allclose(linalg.solve(A, B), np.linalg.solve(A, B), rtol=rtol)


def test_solve_normal_equations_of_real_data():
    X = np.c_[np.ones(len(DIABETES.data)), DIABETES.data]
    np.testing.assert_allclose(
        linalg.solve(X.T @ X, X.T @ DIABETES.target),
        np.linalg.solve(X.T @ X, X.T @ DIABETES.target),
        rtol=1e-9,
    )


@pytest.mark.parametrize("lower", [True, False])
@pytest.mark.parametrize("unit", [True, False])
def test_solve_triangular_matches_scipy(lower, unit):
    A = _rng(13).normal(size=(9, 9)) + 5 * np.eye(9)  # both triangles filled: only one may be read
    b = _rng(14).normal(size=(9, 2))
    np.testing.assert_allclose(
        linalg.solve_triangular(A, b, lower=lower, unit_diagonal=unit),
        sla.solve_triangular(A, b, lower=lower, unit_diagonal=unit),
        rtol=1e-11,
    )


def test_solve_refuses_a_singular_matrix():
    with pytest.raises(np.linalg.LinAlgError, match="Singular matrix"):
        linalg.solve(np.array([[1.0, 2.0], [2.0, 4.0]]), np.ones(2))
    with pytest.raises(np.linalg.LinAlgError):
        np.linalg.solve(np.array([[1.0, 2.0], [2.0, 4.0]]), np.ones(2))  # the same verdict as NumPy
    with pytest.raises(np.linalg.LinAlgError, match="singular matrix"):
        linalg.solve_triangular(np.array([[1.0, 2.0], [0.0, 0.0]]), np.ones(2))


# ---------------------------------------------------------------- QR


FULL_RANK = ["random 6x6", "random 40x40", "tall 30x7", "wide 5x12", "hilbert 8", "one entry", "one row",
             "one column", "wine standardized", "diabetes"]  # fmt: skip


@pytest.mark.parametrize("mode", ["reduced", "complete"])
@pytest.mark.parametrize("name", FULL_RANK)
def test_qr_matches_numpy_including_signs(name, mode):
    A = MATRICES[name]
    Q, R = linalg.qr(A, mode)
    Q2, R2 = np.linalg.qr(A, mode)
    assert Q.shape == Q2.shape and R.shape == R2.shape
    scale = np.abs(A).max()
    # complete mode: the columns past n span the complement of the column space; any
    # orthonormal basis of it is right, so only the first min(m, n) columns are compared.
    k = min(A.shape)
    np.testing.assert_allclose(Q[:, :k], Q2[:, :k], atol=1e-10)
    np.testing.assert_allclose(R, R2, atol=1e-10 * scale)
    np.testing.assert_allclose(linalg.qr(A, "r"), np.linalg.qr(A, "r"), atol=1e-10 * scale)


@pytest.mark.parametrize("mode", ["reduced", "complete"])
@pytest.mark.parametrize("name", ["rank 3 of 8x8", "rank 2 of 10x6", "zero column", "hilbert 8"])
def test_qr_of_singular_matrices_is_still_a_factorization(name, mode):
    A = MATRICES[name]
    Q, R = linalg.qr(A, mode)
    scale = np.abs(A).max()
    np.testing.assert_allclose(Q @ R, A, atol=1e-12 * scale)
    np.testing.assert_allclose(Q.T @ Q, np.eye(Q.shape[1]), atol=1e-12)
    np.testing.assert_array_equal(R, np.triu(R))
    np.testing.assert_allclose(
        np.abs(np.diag(R)), np.abs(np.diag(np.linalg.qr(A, mode)[1])), atol=1e-10 * scale
    )


def test_qr_leaves_a_triangular_column_alone_and_treats_a_zero_lead_as_positive():
    T = np.triu(_rng(15).normal(size=(4, 4)))  # nothing below the diagonal: LAPACK keeps T (and its signs)
    for ours, theirs in zip(linalg.qr(T), np.linalg.qr(T), strict=True):
        np.testing.assert_allclose(ours, theirs, atol=1e-14)
    Z = np.array([[0.0, 1.0], [3.0, 2.0], [4.0, -1.0]])  # x_1 = 0: sign(0) must count as +
    for ours, theirs in zip(linalg.qr(Z), np.linalg.qr(Z), strict=True):
        np.testing.assert_allclose(ours, theirs, atol=1e-14)


def test_householder_vector_reflects_onto_the_first_axis():
    x = _rng(16).normal(size=6)
    v, alpha = linalg.householder_vector(x)
    np.testing.assert_allclose(x - 2 * v * (v @ x), alpha * np.eye(6)[0], atol=1e-14)
    assert abs(alpha) == pytest.approx(np.linalg.norm(x)) and np.sign(alpha) == -np.sign(x[0])
    assert linalg.householder_vector(np.array([2.0, 0.0, 0.0])) is None


# ---------------------------------------------------------------- Cholesky


@pytest.mark.parametrize(
    "S",
    [
        _rng(17).normal(size=(8, 8)) @ _rng(17).normal(size=(8, 8)).T + 0.1 * np.eye(8),
        np.cov(WINE_STD, rowvar=False),
        sla.hilbert(7),
        np.array([[4.0]]),
    ],
    ids=["random SPD", "wine correlation", "hilbert 7", "1x1"],
)
def test_cholesky_matches_numpy(S):
    np.testing.assert_allclose(linalg.cholesky(S), np.linalg.cholesky(S), atol=1e-12 * np.abs(S).max())
    np.testing.assert_allclose(linalg.cholesky(S, upper=True), np.linalg.cholesky(S, upper=True), atol=1e-12)


def test_cholesky_reads_one_triangle_like_numpy():
    S = np.array([[4.0, 2.0, 0.4], [2.0, 5.0, 1.0], [0.4, 1.0, 3.0]])
    garbage_above = S + np.triu(np.full((3, 3), 7.0), 1)
    np.testing.assert_allclose(linalg.cholesky(garbage_above), np.linalg.cholesky(garbage_above))
    garbage_below = S + np.tril(np.full((3, 3), 7.0), -1)
    np.testing.assert_allclose(
        linalg.cholesky(garbage_below, upper=True), np.linalg.cholesky(garbage_below, upper=True)
    )


@pytest.mark.parametrize(
    "A", [np.array([[1.0, 2.0], [2.0, 1.0]]), np.array([[1.0, 2.0], [2.0, 4.0]]), -np.eye(3)],
    ids=["indefinite", "singular", "negative definite"],
)  # fmt: skip
def test_cholesky_refuses_what_is_not_positive_definite(A):
    with pytest.raises(np.linalg.LinAlgError, match="not positive definite"):
        linalg.cholesky(A)
    with pytest.raises(np.linalg.LinAlgError):
        np.linalg.cholesky(A)


# ---------------------------------------------------------------- eigenvalues


@pytest.mark.parametrize("seed", RNG_SEEDS)
def test_power_iteration_finds_the_dominant_eigenpair_of_symmetric_matrices(seed):
    S = _symmetric(12, seed)
    w, V = np.linalg.eigh(S)
    top = np.argmax(np.abs(w))
    eigenvalue, v = linalg.power_iteration(S, tol=1e-12, max_iter=20000)
    assert eigenvalue == pytest.approx(w[top], rel=1e-10)
    _close_up_to_sign(v[:, None], V[:, [top]], atol=1e-8)


def _with_eigenvalues(values: list[float], seed: int) -> np.ndarray:
    Q = np.linalg.qr(_rng(seed).normal(size=(len(values), len(values))))[0]
    return Q @ np.diag(values) @ Q.T


def test_power_iteration_keeps_the_sign_of_a_negative_eigenvalue():
    A = _with_eigenvalues([-9.0, 4.0, 2.0, 1.0, 0.5], 18)
    eigenvalue, v = linalg.power_iteration(A)
    assert eigenvalue == pytest.approx(-9.0, rel=1e-10)
    np.testing.assert_allclose(A @ v, eigenvalue * v, atol=1e-8)


def test_power_iteration_on_a_non_symmetric_matrix_and_real_data():
    A = _rng(19).uniform(size=(6, 6))  # positive entries: a real, simple dominant eigenvalue (Perron)
    w = np.linalg.eigvals(A)
    eigenvalue, v = linalg.power_iteration(A, np.ones(6))
    assert eigenvalue == pytest.approx(w[np.argmax(np.abs(w))].real, rel=1e-9)
    C = np.cov(WINE_STD, rowvar=False)  # the first principal component
    eigenvalue, v = linalg.power_iteration(C)
    w, V = np.linalg.eigh(C)
    assert eigenvalue == pytest.approx(w[-1], rel=1e-10)
    _close_up_to_sign(v[:, None], V[:, [-1]], atol=1e-6)


def test_power_iteration_warns_when_two_eigenvalues_tie_in_size():
    with pytest.warns(ConvergenceWarning, match="same magnitude"):
        linalg.power_iteration(np.diag([3.0, -3.0, 1.0]), np.array([1.0, 1.0, 1.0]), max_iter=50)


EIGH_CASES = {
    "random symmetric 1": _symmetric(1, 20),
    "random symmetric 2": _symmetric(2, 21),
    "random symmetric 9": _symmetric(9, 22),
    "random symmetric 60": _symmetric(60, 23),
    "identity 5 (one eigenvalue 5 times)": np.eye(5),
    "repeated eigenvalues": _with_eigenvalues([2.0, 2.0, 2.0, -1.0, 5.0, 5.0], 24),
    "already diagonal": np.diag([3.0, -1.0, 2.0, 0.0]),
    "tridiagonal -1 2 -1": 2 * np.eye(30) - np.eye(30, k=1) - np.eye(30, k=-1),
    "hilbert 10": sla.hilbert(10),
    "rank 2 of 8": _rank_deficient(8, 8, 2, 25) @ _rank_deficient(8, 8, 2, 25).T,
    "wine correlation": np.cov(WINE_STD, rowvar=False),
    "digits covariance (zero eigenvalues)": np.cov(DIGITS, rowvar=False),
    "zero matrix": np.zeros((3, 3)),
}


@pytest.mark.parametrize("name", EIGH_CASES)
def test_eigh_matches_numpy(name):
    S = EIGH_CASES[name]
    w, V = linalg.eigh(S)
    w2, V2 = np.linalg.eigh(S)
    scale = max(np.abs(w2).max(), 1.0)
    np.testing.assert_allclose(w, w2, atol=1e-12 * scale)
    np.testing.assert_allclose(S @ V, V * w, atol=1e-11 * scale)
    np.testing.assert_allclose(V.T @ V, np.eye(len(S)), atol=1e-12)
    gaps = np.diff(w2)
    separated = np.ones(len(w2), dtype=bool)  # eigenvectors are unique (up to sign) only there
    if len(w2) > 1:
        close = gaps < 1e-6 * scale
        separated[:-1] &= ~close
        separated[1:] &= ~close
    _close_up_to_sign(V[:, separated], V2[:, separated], atol=1e-7)
    np.testing.assert_allclose(linalg.eigvalsh(S), w2, atol=1e-12 * scale)


def test_eigh_reads_one_triangle_like_numpy():
    S = _symmetric(6, 26)
    for uplo in ("L", "U"):
        garbage = S + (np.triu(np.ones((6, 6)), 1) if uplo == "L" else np.tril(np.ones((6, 6)), -1))
        np.testing.assert_allclose(
            linalg.eigh(garbage, uplo)[0], np.linalg.eigh(garbage, uplo)[0], atol=1e-13
        )


def test_tridiagonalize_is_a_similarity():
    S = _symmetric(10, 27)
    d, e, Q = linalg.tridiagonalize(S)
    T = np.diag(d) + np.diag(e, 1) + np.diag(e, -1)
    np.testing.assert_allclose(Q @ T @ Q.T, S, atol=1e-13)
    np.testing.assert_allclose(Q.T @ Q, np.eye(10), atol=1e-14)
    np.testing.assert_allclose(np.linalg.eigvalsh(T), np.linalg.eigvalsh(S), atol=1e-13)


# ---------------------------------------------------------------- SVD


@pytest.mark.parametrize("full", [True, False])
@pytest.mark.parametrize("name", [*MATRICES, "digits"])
def test_svd_matches_numpy(name, full):
    # a full U of all 1797 digits costs seconds in both libraries: 150 rows do for full_matrices
    digits = DIGITS[:150] if full else DIGITS
    A = digits if name == "digits" else MATRICES[name]
    U, S, Vt = linalg.svd(A, full)
    U2, S2, Vt2 = np.linalg.svd(A, full)
    assert U.shape == U2.shape and S.shape == S2.shape and Vt.shape == Vt2.shape
    top = S2[0]
    np.testing.assert_allclose(S, S2, atol=1e-12 * max(A.shape) * top)
    k = len(S)
    np.testing.assert_allclose((U[:, :k] * S) @ Vt[:k], A, atol=1e-12 * max(A.shape) * top)
    np.testing.assert_allclose(U.T @ U, np.eye(U.shape[1]), atol=1e-12)
    np.testing.assert_allclose(Vt @ Vt.T, np.eye(Vt.shape[0]), atol=1e-12)
    gaps = np.abs(np.diff(S2))  # a singular pair is unique up to sign where its value is isolated
    separated = (1e-8 * top < S2) & np.r_[gaps > 1e-6 * top, True] & np.r_[True, gaps > 1e-6 * top]
    signs = np.sign(np.sum(U[:, :k][:, separated] * U2[:, :k][:, separated], axis=0))
    np.testing.assert_allclose(U[:, :k][:, separated] * signs, U2[:, :k][:, separated], atol=1e-7)
    np.testing.assert_allclose(Vt[:k][separated] * signs[:, None], Vt2[:k][separated], atol=1e-7)
    np.testing.assert_allclose(linalg.svd(A, compute_uv=False), S2, atol=1e-12 * max(A.shape) * top)


def test_svd_keeps_tiny_singular_values_of_an_ill_conditioned_matrix():
    # Hilbert 12 spans 16 orders of magnitude; the eigenvalues of H^T H would lose every
    # singular value below 1e-8. SciPy's Jacobi-free LAPACK has absolute accuracy eps * s_1,
    # so compare with it above that level.
    H = sla.hilbert(12)
    S = linalg.svd(H, compute_uv=False)
    S2 = sla.svdvals(H)
    big = S2 > 1e-13
    np.testing.assert_allclose(S[big], S2[big], rtol=1e-3)
    np.testing.assert_allclose(S, S2, atol=1e-14)


# ---------------------------------------------------------------- projections, least squares


@pytest.mark.parametrize("name", ["tall 30x7", "rank 2 of 10x6", "zero column", "wide 5x12", "diabetes"])
def test_project_matches_the_pseudoinverse(name):
    A = MATRICES[name]
    b = _rng(28).normal(size=(len(A), 2))
    P = linalg.project(A, b)
    np.testing.assert_allclose(P, A @ np.linalg.pinv(A) @ b, atol=1e-10)
    np.testing.assert_allclose(A.T @ (b - P), 0.0, atol=1e-10 * np.abs(A).max())  # residual ⟂ columns
    np.testing.assert_allclose(linalg.project(A, P), P, atol=1e-10)  # projecting twice changes nothing
    Q = sla.orth(A)
    np.testing.assert_allclose(linalg.project(A, b[:, 0]), Q @ (Q.T @ b[:, 0]), atol=1e-10)


@pytest.mark.parametrize("name", ["tall 30x7", "rank 2 of 10x6", "zero column", "wide 5x12", "hilbert 8"])
def test_orth_and_null_space_match_scipy(name):
    A = MATRICES[name]
    Q, Q2 = linalg.orth(A), sla.orth(A)
    assert Q.shape == Q2.shape
    np.testing.assert_allclose(Q @ Q.T, Q2 @ Q2.T, atol=1e-9)  # the same subspace
    N, N2 = linalg.null_space(A), sla.null_space(A)
    assert N.shape == N2.shape
    np.testing.assert_allclose(N @ N.T, N2 @ N2.T, atol=1e-8)
    np.testing.assert_allclose(A @ N, 0.0, atol=1e-10 * np.abs(A).max())


@pytest.mark.parametrize("name", ["tall 30x7", "one column", "random 6x6", "diabetes", "wine standardized"])
def test_lstsq_full_rank_matches_numpy(name):
    A = MATRICES[name]
    for b in [_rng(29).normal(size=len(A)), _rng(30).normal(size=(len(A), 3))]:
        x, residuals, rank, s = linalg.lstsq(A, b)
        x2, residuals2, rank2, s2 = np.linalg.lstsq(A, b)
        np.testing.assert_allclose(x, x2, rtol=1e-9, atol=1e-10)
        np.testing.assert_allclose(residuals, residuals2, rtol=1e-9)
        assert residuals.shape == residuals2.shape and rank == rank2
        np.testing.assert_allclose(s, s2, rtol=1e-10)


def test_lstsq_on_real_data_gives_numpys_regression():
    X = np.c_[np.ones(len(DIABETES.data)), DIABETES.data]
    x, residuals, _, _ = linalg.lstsq(X, DIABETES.target)
    x2, residuals2, _, _ = np.linalg.lstsq(X, DIABETES.target)
    np.testing.assert_allclose(x, x2, rtol=1e-9)
    np.testing.assert_allclose(residuals, residuals2, rtol=1e-10)


@pytest.mark.parametrize("name", ["rank 3 of 8x8", "rank 2 of 10x6", "zero column", "wide 5x12", "one row"])
def test_lstsq_rank_deficient_gives_numpys_minimum_norm_solution(name):
    A = MATRICES[name]
    b = _rng(31).normal(size=(len(A), 2))
    x, residuals, rank, s = linalg.lstsq(A, b)
    x2, residuals2, rank2, s2 = np.linalg.lstsq(A, b)
    assert rank == rank2 and residuals.shape == residuals2.shape == (0,)
    np.testing.assert_allclose(x, x2, atol=1e-9 * max(1.0, np.abs(x2).max()))
    np.testing.assert_allclose(s, s2, atol=1e-12 * s2[0])


# ---------------------------------------------------------------- distances


METRICS = ["euclidean", "sqeuclidean", "cityblock", "cosine"]


@pytest.mark.parametrize("metric", METRICS)
@pytest.mark.parametrize(
    "data",
    ["random", "digits (integers, duplicates)", "one row against many", "far from the origin", "wide blocks"],
)
def test_cdist_matches_scipy(metric, data):
    rng = _rng(32)
    XA, XB = {
        "random": (rng.normal(size=(40, 5)), rng.normal(size=(30, 5))),
        "digits (integers, duplicates)": (DIGITS[:300], DIGITS[200:500]),
        "one row against many": (rng.normal(size=(1, 3)), rng.normal(size=(25, 3))),
        "far from the origin": (1e6 + rng.normal(size=(30, 4)), 1e6 + rng.normal(size=(20, 4))),
        "wide blocks": (rng.normal(size=(7, 3)), rng.normal(size=(20000, 3))),  # > one block of rows
    }[data]
    ours, theirs = linalg.cdist(XA, XB, metric), scipy_cdist(XA, XB, metric)
    assert ours.shape == theirs.shape
    atol = 1e-12 if metric == "cosine" else 0.0
    np.testing.assert_allclose(ours, theirs, rtol=1e-9, atol=atol)


def test_cdist_gives_exact_zeros_for_identical_rows_and_never_nan():
    X = 100.0 + _rng(33).normal(size=(50, 8))
    D = linalg.cdist(X, X)
    np.testing.assert_array_equal(np.diag(D), 0.0)
    assert not np.isnan(D).any()
    np.testing.assert_array_equal(np.diag(linalg.cdist(X, X, "cityblock")), 0.0)


def test_cosine_of_a_zero_row_is_nan_as_in_scipy():
    XA = np.array([[0.0, 0.0], [1.0, 1.0]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ours = linalg.cdist(XA, XA, "cosine")
    np.testing.assert_allclose(ours, scipy_cdist(XA, XA, "cosine"), atol=1e-15)


@pytest.mark.parametrize("metric", METRICS)
def test_pdist_matches_scipy(metric):
    X = load_wine().data[:60]
    np.testing.assert_allclose(linalg.pdist(X, metric), scipy_pdist(X, metric), rtol=1e-9, atol=1e-13)


# ---------------------------------------------------------------- CSR


def _scipy_canonical(row, col, data, shape):
    S = sp.csr_matrix((data, (row, col)), shape=shape)
    S.sum_duplicates()
    S.sort_indices()
    return S


def _random_coo(seed, m, n, nnz, duplicates=True):
    rng = _rng(seed)
    row, col = rng.integers(0, m, nnz), rng.integers(0, n, nnz)
    if duplicates:
        row[: nnz // 4], col[: nnz // 4] = row[-(nnz // 4) :], col[-(nnz // 4) :]
    return row, col, rng.normal(size=nnz)


@pytest.mark.parametrize(
    ("m", "n", "nnz"),
    [(30, 20, 100), (200, 150, 3000), (1, 10, 4), (10, 1, 4), (50, 50, 8)],
)
def test_csr_from_coo_matches_scipy_layout_and_products(m, n, nnz):
    row, col, data = _random_coo(m * n + nnz, m, n, nnz)
    ours, theirs = linalg.CSRMatrix.from_coo(row, col, data, (m, n)), _scipy_canonical(row, col, data, (m, n))
    np.testing.assert_array_equal(ours.indptr, theirs.indptr)
    np.testing.assert_array_equal(ours.indices, theirs.indices)
    np.testing.assert_allclose(ours.data, theirs.data, rtol=1e-14)
    assert ours.nnz == theirs.nnz and ours.shape == theirs.shape
    np.testing.assert_allclose(ours.toarray(), theirs.toarray(), rtol=1e-14)
    x, X = _rng(34).normal(size=n), _rng(35).normal(size=(n, 3))
    np.testing.assert_allclose(ours @ x, theirs @ x, rtol=1e-12, atol=1e-13)
    np.testing.assert_allclose(ours @ X, theirs @ X, rtol=1e-12, atol=1e-13)
    np.testing.assert_allclose(ours.dot(np.arange(n)), theirs @ np.arange(n), rtol=1e-12, atol=1e-13)
    T, T2 = ours.T, theirs.T.tocsr()
    T2.sort_indices()
    np.testing.assert_array_equal(T.indptr, T2.indptr)
    np.testing.assert_array_equal(T.indices, T2.indices)
    np.testing.assert_allclose(T.data, T2.data, rtol=1e-14)
    assert T.shape == (n, m)
    np.testing.assert_allclose(
        T @ _rng(36).normal(size=m), T2 @ _rng(36).normal(size=m), rtol=1e-12, atol=1e-13
    )


def test_csr_with_empty_rows_at_the_start_middle_and_end():
    dense = np.zeros((7, 5))
    dense[1, [0, 3]] = [2.0, -1.0]
    dense[4, 4] = 5.0
    dense[5, [1, 2]] = [1.5, 3.0]
    ours, theirs = linalg.CSRMatrix.from_dense(dense), sp.csr_matrix(dense)
    np.testing.assert_array_equal(ours.indptr, theirs.indptr)
    x = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
    np.testing.assert_array_equal(ours @ x, theirs @ x)
    np.testing.assert_array_equal(ours.T.toarray(), dense.T)


def test_csr_with_no_entries_and_explicit_zeros():
    empty = linalg.CSRMatrix.from_coo([], [], [], (3, 4))
    np.testing.assert_array_equal(empty @ np.ones(4), np.zeros(3))
    assert empty.nnz == 0 and empty.T.shape == (4, 3)
    cancel = linalg.CSRMatrix.from_coo([0, 0, 1], [1, 1, 0], [2.0, -2.0, 1.0], (2, 2))  # sums to a stored 0
    theirs = _scipy_canonical([0, 0, 1], [1, 1, 0], [2.0, -2.0, 1.0], (2, 2))
    assert cancel.nnz == theirs.nnz == 2
    np.testing.assert_array_equal(cancel.toarray(), theirs.toarray())


def test_csr_product_on_skewed_row_lengths_and_immutability():
    # one row with 500 entries, many with 1 or 0: the jagged diagonals have very different lengths
    rng = _rng(37)
    row = np.r_[np.zeros(500, dtype=int), rng.integers(1, 300, 400)]
    col = np.r_[np.arange(500), rng.integers(0, 500, 400)]
    data = rng.normal(size=900)
    ours, theirs = (
        linalg.CSRMatrix.from_coo(row, col, data, (300, 500)),
        _scipy_canonical(row, col, data, (300, 500)),
    )
    x = rng.normal(size=500)
    np.testing.assert_allclose(ours @ x, theirs @ x, rtol=1e-13, atol=1e-14)
    np.testing.assert_allclose(ours.T @ (ours @ x), theirs.T @ (theirs @ x), rtol=1e-12, atol=1e-13)
    with pytest.raises(ValueError, match="read-only"):
        ours.data[0] = 1.0  # the matrix caches the plan of its product: it cannot change


def test_csr_from_its_three_arrays_matches_scipy():
    data, indices, indptr = [1.0, 2.0, 3.0, 4.0], [0, 2, 1, 2], [0, 2, 2, 4]
    ours, theirs = (
        linalg.CSRMatrix(data, indices, indptr, (3, 3)),
        sp.csr_matrix((data, indices, indptr), (3, 3)),
    )
    np.testing.assert_array_equal(ours.toarray(), theirs.toarray())
    np.testing.assert_array_equal(ours @ np.array([1, 2, 3]), theirs @ np.array([1, 2, 3]))


# ---------------------------------------------------------------- bad input


BAD_SQUARE = [
    ("NaN", np.array([[1.0, np.nan], [0.0, 1.0]]), ValueError, "NaN or infinity"),
    ("inf", np.array([[1.0, np.inf], [0.0, 1.0]]), ValueError, "NaN or infinity"),
    ("empty", np.zeros((0, 0)), ValueError, "empty"),
    ("1-D", np.ones(3), ValueError, "2-D"),
    ("3-D", np.ones((2, 2, 2)), ValueError, "2-D"),
    ("non-square", np.ones((2, 3)), np.linalg.LinAlgError, "square"),
    ("complex", np.eye(2) * 1j, ValueError, "complex"),
    ("text", np.array([["a", "b"], ["c", "d"]]), ValueError, "numbers"),
]
SQUARE_ONLY = [
    linalg.det,
    linalg.slogdet,
    linalg.cholesky,
    linalg.eigh,
    linalg.eigvalsh,
    linalg.power_iteration,
]


@pytest.mark.parametrize("function", SQUARE_ONLY, ids=lambda f: f.__name__)
@pytest.mark.parametrize(("case", "A", "error", "phrase"), BAD_SQUARE, ids=[b[0] for b in BAD_SQUARE])
def test_square_routines_refuse_bad_input(function, case, A, error, phrase):
    with pytest.raises(error, match=phrase):
        function(A)


@pytest.mark.parametrize("function", [linalg.lu, linalg.qr, linalg.svd, linalg.orth, linalg.null_space])
@pytest.mark.parametrize(("case", "A", "error", "phrase"), BAD_SQUARE[:5], ids=[b[0] for b in BAD_SQUARE[:5]])
def test_matrix_routines_refuse_bad_input(function, case, A, error, phrase):
    with pytest.raises(error, match=phrase):
        function(A)


def test_bad_parameters_and_shapes_are_refused():
    A = np.eye(3)
    with pytest.raises(ValueError, match="mode"):
        linalg.qr(A, "economic")
    with pytest.raises(ValueError, match="Invalid norm order"):
        linalg.norm(A, 3)
    with pytest.raises(ValueError, match="Invalid norm order"):
        linalg.norm(np.ones(3), "fro")
    with pytest.raises(ValueError, match="Improper number of dimensions"):
        linalg.norm(np.ones((2, 2, 2)), 2)
    with pytest.raises(ValueError, match="axis"):
        linalg.norm(A, axis=2)
    with pytest.raises(ValueError, match="row\\(s\\) but the matrix has 3"):
        linalg.solve(A, np.ones(4))
    with pytest.raises(ValueError, match="row\\(s\\) but the matrix has 3"):
        linalg.lstsq(A, np.ones(2))
    with pytest.raises(ValueError, match="UPLO"):
        linalg.eigh(A, "X")
    with pytest.raises(ValueError, match="zero vector"):
        linalg.power_iteration(A, np.zeros(3))
    with pytest.raises(ValueError, match="shape"):
        linalg.power_iteration(A, np.ones(2))
    with pytest.raises(ValueError, match="max_iter"):
        linalg.power_iteration(A, max_iter=0)
    with pytest.raises(ValueError, match="tol"):
        linalg.power_iteration(A, tol=-1.0)
    with pytest.raises(ValueError, match="Unknown metric"):
        linalg.cdist(A, A, "chebyshev")
    with pytest.raises(ValueError, match="same number of columns"):
        linalg.cdist(np.ones((2, 3)), np.ones((2, 4)))
    with pytest.raises(ValueError, match="NaN"):
        linalg.cdist(np.array([[np.nan, 1.0]]), np.ones((2, 2)))


def test_csr_refuses_inconsistent_arrays():
    with pytest.raises(ValueError, match="n_rows \\+ 1"):
        linalg.CSRMatrix([1.0], [0], [0, 1], (2, 2))
    with pytest.raises(ValueError, match="same length"):
        linalg.CSRMatrix([1.0, 2.0], [0], [0, 1, 1], (2, 2))
    with pytest.raises(ValueError, match="never decrease"):
        linalg.CSRMatrix([1.0, 2.0], [0, 1], [0, 2, 1, 2], (3, 2))
    with pytest.raises(ValueError, match="indices must lie"):
        linalg.CSRMatrix([1.0], [5], [0, 1, 1], (2, 2))
    with pytest.raises(ValueError, match="outside the shape"):
        linalg.CSRMatrix.from_coo([0, 3], [0, 0], [1.0, 2.0], (2, 2))
    with pytest.raises(ValueError, match="negative"):
        linalg.CSRMatrix.from_coo([0, -1], [0, 0], [1.0, 2.0], (2, 2))
    with pytest.raises(ValueError, match="one length"):
        linalg.CSRMatrix.from_coo([0, 1], [0], [1.0, 2.0])
    with pytest.raises(ValueError, match="first dimension must be 2"):
        linalg.CSRMatrix.from_dense(np.eye(2)) @ np.ones(3)
    with pytest.raises(ValueError, match="NaN"):
        linalg.CSRMatrix.from_coo([0], [0], [np.nan])
