r"""The exact t-SNE objective and gradient, every pair at once.

In the embedding, :math:`q_{ij} = w_{ij} / Z` with the Student-t similarity
:math:`w_{ij} = (1 + \|y_i - y_j\|^2/\alpha)^{-(\alpha+1)/2}` and :math:`Z = \sum_{k \ne l} w_{kl}`
(:math:`\alpha = \max(d - 1, 1)` degrees of freedom for a :math:`d`-dimensional embedding).
The cost is :math:`C = \mathrm{KL}(P\|Q) = \sum_{i \ne j} p_{ij} \ln(p_{ij}/q_{ij})` and

.. math::

    \frac{\partial C}{\partial y_i} = \frac{2(\alpha + 1)}{\alpha} \sum_j (p_{ij} - q_{ij})\,
    k_{ij}\,(y_i - y_j), \qquad k_{ij} = (1 + \|y_i - y_j\|^2/\alpha)^{-1}.

With :math:`W = (P - Q) \circ K` the sum over :math:`j` is one matrix product:
:math:`\sum_j W_{ij}(y_i - y_j) = y_i \sum_j W_{ij} - (W Y)_i`.
"""

from __future__ import annotations

import numpy as np

from mlroadmap.algorithms.manifold._barnes_hut import kernel

MACHINE_EPSILON = np.finfo(np.float64).eps


def kl_gradient_exact(
    Y: np.ndarray, P: np.ndarray, dof: float, compute_error: bool = True
) -> tuple[float, np.ndarray]:
    """KL divergence (NaN unless ``compute_error``) and its gradient at ``Y``, for the dense
    joint ``P`` (zero diagonal)."""
    # squared distances from one matrix product, |y_i|^2 + |y_j|^2 - 2 y_i . y_j: few passes
    # over the n x n arrays, which is what the time goes to (each array op is in place)
    norms = np.einsum("ij,ij->i", Y, Y)
    sq_dist = Y @ (-2.0 * Y.T)
    sq_dist += norms[:, None]
    sq_dist += norms[None, :]
    np.maximum(sq_dist, 0.0, out=sq_dist)
    k, w = kernel(sq_dist, dof)
    np.fill_diagonal(w, 0.0)
    Q = w / max(w.sum(), MACHINE_EPSILON)
    error = np.nan
    if compute_error:  # the diagonal adds 0 * log(eps / eps)
        ratio = np.maximum(P, MACHINE_EPSILON)
        ratio /= np.maximum(Q, MACHINE_EPSILON)
        error = float(np.vdot(P, np.log(ratio, out=ratio)))
    W = np.subtract(P, Q, out=Q)
    W *= k
    np.fill_diagonal(W, 0.0)
    gradient = Y * W.sum(axis=1)[:, None] - W @ Y
    gradient *= 2.0 * (dof + 1.0) / dof
    return error, gradient
