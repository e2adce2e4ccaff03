"""Check of exercise 05: householder_qr (reduced Q and R, NumPy's signs)."""

import numpy as np

from mlroadmap.algorithms.linalg import qr
from mlroadmap.datasets import load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    wine = load_wine().data
    rng = np.random.default_rng(7)
    return [
        Case("2×2 by hand: [[3, 1], [4, 2]], expect R[0, 0] = -5", (np.array([[3.0, 1.0], [4.0, 2.0]]),)),
        Case("tall 6×3, seed 1", (np.random.default_rng(1).normal(size=(6, 3)),)),
        Case("square 5×5, seed 2", (np.random.default_rng(2).normal(size=(5, 5)),)),
        Case("wide 3×5, seed 3", (np.random.default_rng(3).normal(size=(3, 5)),)),
        Case("x[0] = 0 in the first column", (np.array([[0.0, 1.0], [3.0, 2.0], [4.0, -1.0]]),)),
        Case(
            "already upper triangular: nothing to reflect, the signs stay",
            (np.array([[-2.0, 1.0, 3.0], [0.0, 4.0, -1.0], [0.0, 0.0, -3.0]]),),
        ),
        Case(
            "a column of zeros in the middle",
            (np.c_[rng.normal(size=(5, 1)), np.zeros(5), rng.normal(size=(5, 2))],),
        ),
        Case("one column (6×1), integers", (np.array([[1], [2], [0], [-2], [4], [1]]),)),
        Case(
            "wine: 178 samples × 13 standardized features",
            ((wine - wine.mean(axis=0)) / wine.std(axis=0),),
        ),
    ]


def reference(A: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return qr(A)


def _reflect(A: np.ndarray, alpha_of, normalize: bool = True, skip: bool = True, left_q: bool = False):
    R = A.astype(float)
    m, n = R.shape
    k = min(m, n)
    Q = np.eye(m)
    with np.errstate(all="ignore"):  # an unnormalized v overflows; a zero column gives 0 / 0
        for j in range(k):
            x = R[j:, j].copy()
            if skip and not np.any(x[1:]):
                continue
            v = x
            v[0] -= alpha_of(x)
            if normalize:
                v /= np.linalg.norm(v)
            R[j:, :] -= 2.0 * np.outer(v, v @ R[j:, :])
            if left_q:
                Q[j:, :] -= 2.0 * np.outer(v, v @ Q[j:, :])  # H Q: builds H_(k-1) ... H_0 = Q^T
            else:
                Q[:, j:] -= 2.0 * np.outer(Q[:, j:] @ v, v)
    return Q[:, :k], np.triu(R[:k])


def _alpha(x: np.ndarray) -> float:
    return -np.linalg.norm(x) if x[0] >= 0 else np.linalg.norm(x)


def reflected_to_plus_norm(A: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return _reflect(A, np.linalg.norm)


def numpy_sign(A: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return _reflect(A, lambda x: -np.sign(x[0]) * np.linalg.norm(x))


def v_not_normalized(A: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return _reflect(A, _alpha, normalize=False)


def q_transposed(A: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return _reflect(A, _alpha, left_q=True)


def nothing_skipped(A: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return _reflect(A, _alpha, skip=False)


CHECK = Check(
    function="householder_qr",
    cases=cases,
    reference=reference,
    rule=Rule(rtol=1e-7, atol=1e-9),
    mutants=[
        Mutant(
            reflected_to_plus_norm,
            "Your R has a positive diagonal: you reflected x onto +||x|| e1. When x[0] > 0 that "
            "makes v[0] = x[0] - ||x|| a difference of nearly equal numbers (cancellation); take "
            "alpha = -sign(x[0]) ||x||, as LAPACK and NumPy do.",
        ),
        Mutant(
            numpy_sign,
            "np.sign(0.0) is 0, so when x[0] = 0 your alpha was 0 and v = x: that reflection sends "
            "x to -x instead of onto e1. Count sign(0) as +1.",
        ),
        Mutant(
            v_not_normalized,
            "I - 2 v vᵀ is a reflection only when ||v|| = 1: divide v by its norm before using it.",
        ),
        Mutant(
            q_transposed,
            "Your Q is Qᵀ: you multiplied the reflections from the left (H Q), which builds "
            "H_(k-1) ... H_0. Apply each H to Q from the right, Q[:, j:] -= 2 (Q[:, j:] v) vᵀ.",
        ),
        Mutant(
            nothing_skipped,
            "You reflected a column with nothing below the diagonal (x[1:] empty or all zeros, "
            "as in the last column of a square matrix): that only flips the sign of its diagonal "
            "entry, and a column of zeros gives 0 / 0. Skip such a column.",
        ),
    ],
)
