"""The determinant by Gaussian elimination with partial pivoting (the LU factorization).

The determinant is the volume factor of a linear map: log |det Σ| is part of every
multivariate Gaussian log-likelihood, and normalizing flows add up log-determinants of
Jacobians. The cofactor expansion from school costs n! operations (25! is 1.5e25);
elimination costs about n³/3.

    A has shape (n, n). Return det(A) as a float.

Work on a float copy U of A and a sign s = 1. For each column k = 0, 1, ..., n - 1:

  1. Pivot: find the row p >= k with the largest |U[p, k]|. If even that is 0, the
     column has no pivot and det(A) = 0.
  2. Swap: if p != k, swap rows k and p of U. A swap flips the determinant: s = -s.
  3. Eliminate: from every row i > k subtract U[i, k] / U[k, k] times row k. This puts
     zeros below the pivot and leaves the determinant unchanged.

U ends upper triangular, and

    det(A) = s · U[0, 0] · U[1, 1] · ... · U[n - 1, n - 1]

Edge cases that matter: a 0 on the diagonal (as in [[0, 1], [1, 0]]) does not make det 0,
a swap fixes it; a singular matrix gives 0 (or about 1e-16 after rounding); a tiny pivot
such as 1e-17 must not be used when a larger one is below it; A may hold integers; n may
be 1.

Do not call np.linalg.det. A loop over k is fine; the elimination of all rows below the
pivot is one array operation (np.outer).
"""

import numpy as np


def det_lu(A: np.ndarray) -> float:
    # TODO: pivot, swap (flip the sign), eliminate; then multiply the diagonal.
    raise NotImplementedError("det_lu: replace this line with your code")
