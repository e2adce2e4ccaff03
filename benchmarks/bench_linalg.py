"""Linear algebra against SciPy and LAPACK, same data, same run: ``python benchmarks/bench_linalg.py``.

Distance matrices and the CSR product have a target: at most 2x SciPy. The factorizations
and the eigenvalue and singular value solvers are teaching code (a Python loop over the
steps of each algorithm, where LAPACK runs blocked Fortran), so their ratio to LAPACK is
reported without a target.

On a machine shared with other work, run it with ``OPENBLAS_NUM_THREADS=1``: a threaded
BLAS that has to wait for busy cores makes LAPACK's times, not ours, swing by 10x.
"""

from __future__ import annotations

import numpy as np
import scipy.linalg as sla
import scipy.sparse as sp
from scipy.spatial.distance import cdist as scipy_cdist
from timing import best_time, compare

from mlroadmap.algorithms import linalg

TARGET = 2.0  # the target: distance matrices and CSR matvec
NO_TARGET = float("inf")  # the rest of the CSR class: reported, no target


def report(name: str, ours, theirs) -> float:
    """One row without a target: our time, LAPACK's and the ratio."""
    mine, reference = best_time(ours, repeat=3), best_time(theirs, repeat=3)
    ratio = mine / reference
    print(
        f"{name:48} ours {mine * 1e3:9.3f} ms   lib {reference * 1e3:9.3f} ms   "
        f"ratio {ratio:6.1f}x   (teaching code, no target)",
        flush=True,
    )
    return ratio


def main() -> None:
    rng = np.random.default_rng(0)
    XA, XB = rng.normal(size=(2000, 64)), rng.normal(size=(1500, 64))
    for metric in ("euclidean", "sqeuclidean", "cityblock", "cosine"):
        compare(
            f"cdist {metric} 2000x64 vs 1500x64",
            lambda metric=metric: linalg.cdist(XA, XB, metric),
            lambda metric=metric: scipy_cdist(XA, XB, metric),
            TARGET,
        )

    n = 100_000
    row, col = rng.integers(0, n, 1_000_000), rng.integers(0, n, 1_000_000)
    values = rng.normal(size=1_000_000)
    ours = linalg.CSRMatrix.from_coo(row, col, values, (n, n))
    theirs = sp.csr_matrix((values, (row, col)), shape=(n, n))
    theirs.sum_duplicates()
    x, X = rng.normal(size=n), rng.normal(size=(n, 8))
    compare(f"CSR matvec {n}x{n}, nnz {ours.nnz}", lambda: ours @ x, lambda: theirs @ x, TARGET)
    compare(f"CSR @ dense (n, 8), nnz {ours.nnz}", lambda: ours @ X, lambda: theirs @ X, NO_TARGET)
    compare(
        "CSR from_coo (1e6 triplets, duplicates summed)",
        lambda: linalg.CSRMatrix.from_coo(row, col, values, (n, n)),
        lambda: sp.csr_matrix((values, (row, col)), shape=(n, n)).sum_duplicates(),
        NO_TARGET,
    )

    def scipy_transpose():
        return theirs.T.tocsr()  # transposing a csr_matrix gives a csc_matrix: convert back

    compare("CSR transpose", lambda: ours.T, scipy_transpose, NO_TARGET)

    tall, square = rng.normal(size=(500, 200)), rng.normal(size=(300, 300))
    symmetric = (square + square.T) / 2
    report(
        "svd 500x200 (thin) vs numpy.linalg.svd",
        lambda: linalg.svd(tall, False),
        lambda: np.linalg.svd(tall, False),
    )
    report(
        "eigh 300x300 vs numpy.linalg.eigh", lambda: linalg.eigh(symmetric), lambda: np.linalg.eigh(symmetric)
    )
    report("qr 500x200 (reduced) vs numpy.linalg.qr", lambda: linalg.qr(tall), lambda: np.linalg.qr(tall))
    report("lu 300x300 vs scipy.linalg.lu", lambda: linalg.lu(square), lambda: sla.lu(square))
    report(
        "solve 300x300 vs numpy.linalg.solve",
        lambda: linalg.solve(square, x[:300]),
        lambda: np.linalg.solve(square, x[:300]),
    )
    report("cholesky 300x300 vs numpy.linalg.cholesky",
           lambda: linalg.cholesky(symmetric @ symmetric + np.eye(300)),
           lambda: np.linalg.cholesky(symmetric @ symmetric + np.eye(300)))  # fmt: skip


if __name__ == "__main__":
    main()
