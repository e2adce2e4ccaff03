"""Linear algebra from scratch: ``numpy.linalg``, ``scipy.linalg`` and ``scipy.sparse`` names.

Norms and rank, LU with partial pivoting (det, slogdet, solve), Householder QR, Cholesky,
power iteration and the symmetric QR algorithm (eigh), the SVD by one-sided Jacobi,
projections and least squares, pairwise distance matrices and a CSR sparse matrix. Each
routine reads like the linear-algebra lesson; the tests compare every one of them with
NumPy, SciPy and SciPy's sparse matrices. They are for learning: LAPACK is much faster.
"""

from mlroadmap.algorithms.linalg._cholesky import cholesky
from mlroadmap.algorithms.linalg._csr import CSRMatrix
from mlroadmap.algorithms.linalg._distances import cdist, pdist
from mlroadmap.algorithms.linalg._eigen import eigh, eigvalsh, power_iteration, tridiagonalize
from mlroadmap.algorithms.linalg._least_squares import lstsq, null_space, orth, project
from mlroadmap.algorithms.linalg._lu import det, lu, slogdet, solve
from mlroadmap.algorithms.linalg._norms import matrix_rank, norm
from mlroadmap.algorithms.linalg._qr import householder_vector, qr
from mlroadmap.algorithms.linalg._svd import svd
from mlroadmap.algorithms.linalg._triangular import solve_triangular
from mlroadmap.algorithms.linalg._validation import LinAlgError

__all__ = [
    "CSRMatrix",
    "LinAlgError",
    "cdist",
    "cholesky",
    "det",
    "eigh",
    "eigvalsh",
    "householder_vector",
    "lstsq",
    "lu",
    "matrix_rank",
    "norm",
    "null_space",
    "orth",
    "pdist",
    "power_iteration",
    "project",
    "qr",
    "slogdet",
    "solve",
    "solve_triangular",
    "svd",
    "tridiagonalize",
]
