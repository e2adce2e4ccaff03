r"""Input similarities of t-SNE: a Gaussian around every point, its width set by the perplexity.

Point :math:`i` picks neighbour :math:`j` with probability

.. math::

    p_{j|i} = \frac{\exp(-\beta_i d_{ij}^2)}{\sum_{k \ne i} \exp(-\beta_i d_{ik}^2)},

and the precision :math:`\beta_i = 1 / (2\sigma_i^2)` is chosen so that the distribution's
perplexity :math:`e^{H_i}` equals the one asked for, i.e. its entropy (in nats)

.. math::

    H_i = -\sum_j p_{j|i} \ln p_{j|i} = \ln \sum_k e^{-\beta_i d_{ik}^2} + \beta_i \sum_j d_{ij}^2 p_{j|i}

equals :math:`\ln(\text{perplexity})`. :math:`H_i` decreases as :math:`\beta_i` grows, so a
bisection finds it: double (or halve) :math:`\beta_i` until the target is bracketed, then
halve the bracket. The search runs for every point at once, one array expression per
step; points whose entropy is within ``1e-5`` of the target drop out (scikit-learn's
tolerance and 100-step limit).

The joint probabilities are the symmetrised conditionals,
:math:`p_{ij} = (p_{j|i} + p_{i|j}) / 2n`, normalised to sum to 1.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

MACHINE_EPSILON = np.finfo(np.float64).eps
ENTROPY_TOLERANCE = 1e-5
MAX_STEPS = 100
EMPTY_ROW_SUM = 1e-8  # a row whose similarities all underflow to 0 is divided by this instead


def conditional_probabilities(sq_distances: np.ndarray, perplexity: float) -> np.ndarray:
    r"""The :math:`p_{j|i}` for each row of ``sq_distances`` (shape ``(n, k)``: the squared
    distances from point :math:`i` to the :math:`k` points it may pick; itself excluded).

    Returns an ``(n, k)`` array whose rows sum to 1 and have the given perplexity.
    """
    n_samples = sq_distances.shape[0]
    target = np.log(perplexity)
    beta = np.ones(n_samples)
    beta_low = np.full(n_samples, -np.inf)
    beta_high = np.full(n_samples, np.inf)
    P = np.empty_like(sq_distances, dtype=np.float64)
    searching = np.arange(n_samples)  # the points whose entropy is not on target yet
    for _ in range(MAX_STEPS):
        D, b = sq_distances[searching], beta[searching]
        similarities = np.exp(-D * b[:, None])
        total = similarities.sum(axis=1)
        total[total == 0.0] = EMPTY_ROW_SUM
        similarities /= total[:, None]
        P[searching] = similarities
        entropy = np.log(total) + b * np.einsum("ij,ij->i", D, similarities)
        excess = entropy - target
        # Too much entropy: the Gaussian is too wide, raise beta; too little: lower it.
        too_wide = excess > 0.0
        low = np.where(too_wide, b, beta_low[searching])
        high = np.where(too_wide, beta_high[searching], b)
        beta[searching] = np.where(
            too_wide,
            np.where(np.isinf(high), b * 2.0, (b + high) / 2.0),
            np.where(np.isinf(low), b / 2.0, (b + low) / 2.0),
        )
        beta_low[searching], beta_high[searching] = low, high
        searching = searching[np.abs(excess) > ENTROPY_TOLERANCE]
        if searching.size == 0:
            break
    return P


def joint_probabilities(sq_distances: np.ndarray, perplexity: float) -> np.ndarray:
    r"""The dense ``(n, n)`` joint :math:`P` of exact t-SNE, from all pairwise squared distances.

    Every point may pick every other one. The diagonal is 0; every other entry is at least
    the machine epsilon, so that :math:`\log p_{ij}` is finite in the KL divergence.
    """
    n_samples = sq_distances.shape[0]
    off_diagonal = ~np.eye(n_samples, dtype=bool)
    conditional = np.zeros((n_samples, n_samples))
    conditional[off_diagonal] = conditional_probabilities(
        sq_distances[off_diagonal].reshape(n_samples, n_samples - 1), perplexity
    ).ravel()
    P = conditional + conditional.T
    P /= max(P.sum(), MACHINE_EPSILON)
    np.maximum(P, MACHINE_EPSILON, out=P)
    np.fill_diagonal(P, 0.0)
    return P


def joint_probabilities_nn(
    sq_distances: np.ndarray, neighbors: np.ndarray, perplexity: float
) -> sparse.csr_array:
    r"""The sparse joint :math:`P` of Barnes–Hut t-SNE, from each point's ``k`` nearest neighbours.

    ``sq_distances[i, m]`` is the squared distance from point ``i`` to its neighbour
    ``neighbors[i, m]``. A point picks only among its neighbours, so :math:`P` has at most
    :math:`2nk` non-zeros: a SciPy sparse matrix (CSR) holds it, and the transpose in the
    symmetrisation is SciPy's.
    """
    n_samples, n_neighbors = neighbors.shape
    conditional = sparse.csr_array(
        (
            conditional_probabilities(sq_distances, perplexity).ravel(),
            neighbors.ravel(),
            np.arange(0, n_samples * n_neighbors + 1, n_neighbors),
        ),
        shape=(n_samples, n_samples),
    )
    P = (conditional + conditional.T).tocsr()
    P.sort_indices()
    P /= max(P.sum(), MACHINE_EPSILON)
    return P
