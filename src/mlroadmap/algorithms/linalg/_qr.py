r"""QR factorization by Householder reflections, with LAPACK's sign conventions.

A Householder reflection :math:`H = I - 2 v v^T` (with :math:`\lVert v \rVert = 1`) mirrors
space in the plane orthogonal to :math:`v`. Choosing :math:`v` along
:math:`x - \alpha e_1` with :math:`\alpha = -\operatorname{sign}(x_1) \lVert x \rVert` sends
the column :math:`x` to :math:`\alpha e_1`: zeros below the diagonal. The sign is chosen so
that :math:`x_1 - \alpha` adds two numbers of the same sign, never cancelling. After
k = min(m, n) reflections :math:`H_{k-1} \cdots H_0 A = R`, so :math:`A = Q R` with
:math:`Q = H_0 H_1 \cdots H_{k-1}`.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from mlroadmap.algorithms.linalg._validation import as_matrix

MODES = ("reduced", "complete", "r")


def householder_vector(x: np.ndarray) -> tuple[np.ndarray, float] | None:
    """The unit ``v`` and the ``alpha`` with ``(I - 2 v v^T) x = alpha e_1``.

    None when the entries below the first are already 0: there is nothing to reflect, and
    (like LAPACK's larfg) the column is left as it is, sign included.
    """
    if not x[1:].any():
        return None
    alpha = -math.copysign(float(np.linalg.norm(x)), x[0])  # sign(0) counts as +
    v = x.copy()
    v[0] -= alpha  # x_1 + sign(x_1) ||x||: two terms of one sign, no cancellation
    return v / np.linalg.norm(v), alpha


def qr(a: Any, mode: str = "reduced") -> tuple[np.ndarray, np.ndarray] | np.ndarray:
    """``Q, R`` with ``a == Q @ R``, like ``numpy.linalg.qr`` (same modes, same signs).

    For an (m, n) matrix with k = min(m, n): ``"reduced"`` gives Q (m, k) with orthonormal
    columns and R (k, n); ``"complete"`` gives an orthogonal Q (m, m) and R (m, n);
    ``"r"`` gives R (k, n) alone. R's diagonal may be negative, exactly as NumPy's is.
    """
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}; got {mode!r}.")
    R = as_matrix(a, "a").copy()
    m, n = R.shape
    k = min(m, n)
    reflectors = []
    for j in range(min(m - 1, n)):
        reflection = householder_vector(R[j:, j])
        if reflection is None:
            continue
        v, alpha = reflection
        R[j:, j + 1 :] -= 2.0 * np.outer(v, v @ R[j:, j + 1 :])  # H R on the rows j, j+1, ...
        R[j, j], R[j + 1 :, j] = alpha, 0.0  # what H does to column j itself, exactly
        reflectors.append((j, v))
    if mode == "r":
        return np.triu(R[:k])
    Q = np.eye(m, m if mode == "complete" else k)
    for j, v in reversed(reflectors):  # Q = H_0 (H_1 (... (H_{k-1} I))), built from the right:
        Q[j:, j:] -= np.outer(v, 2.0 * (v @ Q[j:, j:]))  # rows j: of columns < j are still 0
    return Q, np.triu(R if mode == "complete" else R[:k])
