"""Check of exercise 04: det_lu (elimination with partial pivoting, sign of the swaps)."""

import numpy as np

from mlroadmap.algorithms.linalg import det
from mlroadmap.datasets import load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    return [
        Case("2×2 by hand: 3·6 - 8·4, expect -14", (np.array([[3.0, 8.0], [4.0, 6.0]]),)),
        Case(
            "[[0, 1], [1, 0]]: a zero pivot that one swap fixes, expect -1",
            (np.array([[0.0, 1.0], [1.0, 0.0]]),),
        ),
        Case(
            "3×3 whose second pivot is 0 after the first elimination, expect -1",
            (np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 7.0], [1.0, 3.0, 2.0]]),),
        ),
        Case(
            "singular: the second row is twice the first, expect 0",
            (np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]]),),
        ),
        Case(
            "a tiny pivot 1e-17 with a larger one below it, expect about 2",
            (np.array([[1e-17, 1.0, 1.0], [1.0, 1.0, 2.0], [1.0, 2.0, 1.0]]),),
        ),
        Case("a cyclic permutation of 4 rows (3 swaps), expect -1", (np.eye(4)[[1, 2, 3, 0]],)),
        Case("1×1: [[-2.5]]", (np.array([[-2.5]]),)),
        Case(
            "integers in -5..5, 5×5, seed 1",
            (np.random.default_rng(1).integers(-5, 6, size=(5, 5)),),
        ),
        Case(
            "wine: the 13×13 correlation matrix, det about 4.7e-4",
            (np.corrcoef(load_wine().data, rowvar=False),),
        ),
        Case("random 8×8, seed 2", (np.random.default_rng(2).normal(size=(8, 8)),)),
    ]


def reference(A: np.ndarray) -> float:
    return det(A)


def no_sign(A: np.ndarray) -> float:
    U = A.astype(float)
    for k in range(len(U)):
        p = k + int(np.argmax(np.abs(U[k:, k])))
        if U[p, k] == 0.0:
            return 0.0
        U[[k, p]] = U[[p, k]]
        U[k + 1 :] -= np.outer(U[k + 1 :, k] / U[k, k], U[k])
    return float(np.prod(np.diag(U)))


def no_pivoting(A: np.ndarray) -> float:
    U = A.astype(float)
    with np.errstate(all="ignore"):
        for k in range(len(U)):
            U[k + 1 :] -= np.outer(U[k + 1 :, k] / U[k, k], U[k])
        return float(np.prod(np.diag(U)))


def zero_pivot_means_singular(A: np.ndarray) -> float:
    U = A.astype(float)
    for k in range(len(U)):
        if U[k, k] == 0.0:
            return 0.0
        U[k + 1 :] -= np.outer(U[k + 1 :, k] / U[k, k], U[k])
    return float(np.prod(np.diag(U)))


def swap_only_at_zero(A: np.ndarray) -> float:
    U = A.astype(float)
    sign = 1.0
    for k in range(len(U)):
        nonzero = np.flatnonzero(U[k:, k])
        if len(nonzero) == 0:
            return 0.0
        p = k + int(nonzero[0])  # the first usable row, not the largest
        if p != k:
            U[[k, p]] = U[[p, k]]
            sign = -sign
        U[k + 1 :] -= np.outer(U[k + 1 :, k] / U[k, k], U[k])
    return sign * float(np.prod(np.diag(U)))


def diagonal_of_a(A: np.ndarray) -> float:
    return float(np.prod(np.diag(A)))


CHECK = Check(
    function="det_lu",
    cases=cases,
    reference=reference,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            no_sign,
            "The size is right but the sign is not: every row swap multiplies the determinant "
            "by -1, so count the swaps and flip the sign each time.",
        ),
        Mutant(
            swap_only_at_zero,
            "You swapped rows only when the pivot was exactly 0. A tiny pivot is as bad: "
            "dividing by 1e-17 makes multipliers of 1e17 that swamp the other entries. "
            "Always take the row with the largest |U[p, k]|.",
        ),
        Mutant(
            no_pivoting,
            "You eliminated without pivoting: a 0 on the diagonal gives a division by zero (NaN), "
            "and a tiny one such as 1e-17 destroys the result. Swap in the row with the largest "
            "|U[p, k]| first.",
        ),
        Mutant(
            zero_pivot_means_singular,
            "You returned 0 as soon as a diagonal entry was 0: [[0, 1], [1, 0]] has determinant "
            "-1. Look below the diagonal for a nonzero pivot and swap it up.",
        ),
        Mutant(
            diagonal_of_a,
            "You multiplied the diagonal of A itself: that gives the determinant only of a "
            "triangular matrix. Eliminate first, then multiply the diagonal of U.",
        ),
    ],
)
