"""QR factorization by Householder reflections.

Least squares without forming XᵀX (which squares the condition number), the QR algorithm
for eigenvalues and the orthogonal initialization of neural-network weights all start from
A = Q R, with Q's columns orthonormal and R upper triangular.

    A has shape (m, n); let k = min(m, n).
    Return (Q, R): Q with shape (m, k) and orthonormal columns, R with shape (k, n),
    upper triangular, and Q @ R == A. These are exactly numpy.linalg.qr(A), signs included.

A Householder reflection H = I - 2 v vᵀ (with ||v|| = 1) mirrors space; it is symmetric and
orthogonal (H H = I). Start from R = a float copy of A and Q = np.eye(m), and for each
column j = 0, 1, ..., k - 1:

  1. x = R[j:, j], the column from the diagonal down. If there is nothing below the
     diagonal (x[1:] is empty or all zeros), skip this column: it is already done.
  2. alpha = -sign(x[0]) · ||x||, where sign(0) counts as +1 (np.sign(0.0) is 0!).
     Choosing the sign opposite to x[0] means x[0] - alpha adds two numbers of the same
     sign: no cancellation.
  3. v = x - alpha e1 (a copy of x with alpha subtracted from its first entry), then
     v = v / ||v||. H sends x to alpha e1: zeros below the diagonal.
  4. Apply H to rows j: of R:     R[j:, :] = R[j:, :] - 2 v (vᵀ R[j:, :])
     and from the right to Q:     Q[:, j:] = Q[:, j:] - 2 (Q[:, j:] v) vᵀ
     (np.outer builds the two rank-1 matrices), so that Q = H_0 H_1 ... H_(k-1) at the end.

Return Q[:, :k] and R[:k], with the entries below R's diagonal set to exactly 0
(np.triu): rounding leaves values like 1e-16 there.

Edge cases that matter: m > n (tall), m < n (wide) and m = n; a column that is already 0
below the diagonal (an upper-triangular A, or a column of zeros) is skipped; x[0] may be 0.
"""

import numpy as np


def householder_qr(A: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    R = A.astype(float)
    m, n = R.shape
    k = min(m, n)
    Q = np.eye(m)
    for j in range(k):
        x = R[j:, j].copy()
        if not np.any(x[1:]):
            continue  # nothing below the diagonal to zero
        alpha = -np.linalg.norm(x) if x[0] >= 0 else np.linalg.norm(x)
        v = x
        v[0] -= alpha
        v /= np.linalg.norm(v)
        R[j:, :] -= 2.0 * np.outer(v, v @ R[j:, :])
        Q[:, j:] -= 2.0 * np.outer(Q[:, j:] @ v, v)
    return Q[:, :k], np.triu(R[:k])
