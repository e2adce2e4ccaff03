"""Check of exercise 02: csr_matvec (y = A x from data, indices, indptr)."""

import numpy as np

from mlroadmap.algorithms.linalg import CSRMatrix
from mlroadmap.datasets import load_digits
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _csr(dense: np.ndarray, x: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    A = CSRMatrix.from_dense(dense)
    return A.data.astype(float), A.indices.copy(), A.indptr.copy(), x  # writable copies


def _sparse_random(seed: int, shape: tuple[int, int], density: float) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return np.where(rng.random(shape) < density, rng.normal(size=shape), 0.0)


def cases() -> list[Case]:
    int_ = np.int64
    digits = load_digits().data[:100]
    gaps = np.zeros((7, 5))
    gaps[1, [0, 3]], gaps[4, 4], gaps[5, [1, 2]] = [2.0, -1.0], 5.0, [1.5, 3.0]
    with_empty_rows = _sparse_random(2, (200, 300), 0.01)
    return [
        Case(
            "the example from the task: expect [3, 0, 3]",
            (np.array([1.0, 2.0, 3.0]), np.array([0, 2, 1]), np.array([0, 2, 2, 3]), np.ones(3)),
        ),
        Case(
            "empty rows first, in the middle and last (7×5)",
            _csr(gaps, np.array([1.0, 2.0, 3.0, 4.0, 5.0])),
        ),
        Case(
            "nothing stored at all (nnz = 0), 3×4: expect [0, 0, 0]",
            (np.zeros(0), np.zeros(0, dtype=int_), np.zeros(4, dtype=int_), np.array([1.0, 2.0, 3.0, 4.0])),
        ),
        Case(
            "one row",
            (np.array([2.0, -1.0]), np.array([1, 3]), np.array([0, 2]), np.array([5.0, 6.0, 7.0, 8.0])),
        ),
        Case("the 4×4 identity: expect x itself", _csr(np.eye(4), np.array([3.0, -1.0, 0.5, 2.0]))),
        Case(
            "digits: 100 images as a sparse 100×64 matrix (about half zeros), x = the mean image",
            _csr(digits, digits.mean(axis=0)),
        ),
        Case(
            "random 50×40 with 10 % stored values, seed 1",
            _csr(_sparse_random(1, (50, 40), 0.1), np.random.default_rng(11).normal(size=40)),
        ),
        Case(
            f"random 200×300 with 1 % stored values and {int((~with_empty_rows.any(axis=1)).sum())} "
            "empty rows, seed 2",
            _csr(with_empty_rows, np.random.default_rng(12).normal(size=300)),
        ),
    ]


def reference(data: np.ndarray, indices: np.ndarray, indptr: np.ndarray, x: np.ndarray) -> np.ndarray:
    return CSRMatrix(data, indices, indptr, (len(indptr) - 1, len(x))) @ x


def end_included(data: np.ndarray, indices: np.ndarray, indptr: np.ndarray, x: np.ndarray) -> np.ndarray:
    y = np.zeros(len(indptr) - 1)
    for i in range(len(y)):
        stored = slice(indptr[i], indptr[i + 1] + 1)
        y[i] = (data[stored] * x[indices[stored]]).sum()
    return y


def reduceat_on_every_row(
    data: np.ndarray, indices: np.ndarray, indptr: np.ndarray, x: np.ndarray
) -> np.ndarray:
    products = data * x[indices]
    if len(products) == 0:
        return np.zeros(len(indptr) - 1)
    return np.add.reduceat(products, np.minimum(indptr[:-1], len(products) - 1))


def columns_ignored(data: np.ndarray, indices: np.ndarray, indptr: np.ndarray, x: np.ndarray) -> np.ndarray:
    y = np.zeros(len(indptr) - 1)
    for i in range(len(y)):
        values = data[indptr[i] : indptr[i + 1]]
        y[i] = values @ x[: len(values)]
    return y


CHECK = Check(
    function="csr_matvec",
    cases=cases,
    reference=reference,
    rule=Rule(rtol=1e-10, atol=1e-12),
    mutants=[
        Mutant(
            end_included,
            "You read row i as data[indptr[i]:indptr[i + 1] + 1]: the slice end is already "
            "exclusive, so the extra + 1 adds the first value of the next row.",
        ),
        Mutant(
            reduceat_on_every_row,
            "An empty row got a value: np.add.reduceat(products, indptr[:-1]) returns the next "
            "row's first value for an empty segment instead of 0 (and fails on empty rows at the "
            "end). Reduce only at the rows that have values, or use np.bincount on row ids.",
        ),
        Mutant(
            columns_ignored,
            "You multiplied the t-th stored value of a row by x[t]: each value belongs to the "
            "column indices[k], so it multiplies x[indices[k]].",
        ),
    ],
)
