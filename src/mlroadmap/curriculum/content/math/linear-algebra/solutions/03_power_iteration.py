"""The dominant eigenvalue and its eigenvector by power iteration.

PageRank, the first principal component of a data set and the spectral norm used by
spectral normalization in GANs are all found this way: multiply a vector by A again and
again, and it turns towards the eigenvector of the eigenvalue largest in size.

    A          (n, n)  a square matrix.
    v0         (n,)    the start vector: any nonzero vector, not necessarily of length 1.
    num_iters          how many steps to take (0 or more).

Start from v = v0 / ||v0||, then repeat num_iters times:

    w = A v
    v = w / ||w||

and return (eigenvalue, v): v with shape (n,) and length 1, and the Rayleigh quotient

    eigenvalue = (v · A v) / (v · v)

as a float (since ||v|| = 1, the division is by 1).

Edge cases that matter: num_iters = 0 returns v0 / ||v0|| and its Rayleigh quotient; the
eigenvalue largest in size may be negative (then v flips sign at every step, and the
eigenvalue keeps its minus sign); 200 steps with eigenvalues near 1000 (or near 0.001)
overflow to inf (or underflow to 0) unless v is normalized at every step.
"""

import numpy as np


def power_iteration(A: np.ndarray, v0: np.ndarray, num_iters: int) -> tuple[float, np.ndarray]:
    v = v0 / np.linalg.norm(v0)
    for _ in range(num_iters):
        w = A @ v
        v = w / np.linalg.norm(w)  # every step: the length stays 1, never inf or 0
    return float(v @ A @ v), v  # the Rayleigh quotient; v · v = 1
