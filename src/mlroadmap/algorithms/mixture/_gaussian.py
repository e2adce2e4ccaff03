r"""The Gaussian pieces of a mixture: estimating each component from weighted samples (the
M-step) and evaluating every sample's log-density under every component (the E-step).

A component is a mean :math:`\mu_k` and a covariance :math:`\Sigma_k`, and everything is
computed through the Cholesky factor of the *precision* :math:`\Sigma_k^{-1} = U_k U_k^\top`
(``U_k`` upper triangular), never through an inverse or a determinant:

.. math::
    \log \mathcal N(x \mid \mu_k, \Sigma_k)
      = -\tfrac12 \big(d \log 2\pi + \|(x - \mu_k)^\top U_k\|^2\big) + \sum_j \log (U_k)_{jj},

because :math:`(x-\mu)^\top \Sigma^{-1} (x-\mu) = \|(x-\mu)^\top U\|^2` and
:math:`-\tfrac12 \log\det\Sigma = \log\det U = \sum_j \log U_{jj}`.

``covariance_type`` says how much each component may shape its covariance:

* ``"full"``: its own full matrix, shape (k, d, d);
* ``"tied"``: one full matrix shared by all components, shape (d, d);
* ``"diag"``: its own diagonal, shape (k, d) (axis-aligned ellipsoids);
* ``"spherical"``: its own single variance, shape (k,) (balls).

SciPy supplies the two LAPACK-level routines: ``cholesky`` and ``solve_triangular``, which
inverts a triangular factor by substitution in :math:`d^3/3` operations instead of a general
inverse's LU factorisation, and keeps the result exactly triangular.
"""

from __future__ import annotations

import numpy as np
from scipy.linalg import LinAlgError, cholesky, solve_triangular

COVARIANCE_TYPES = ("full", "tied", "diag", "spherical")

ILL_DEFINED = (
    "Fitting the mixture model failed because some components have ill-defined empirical covariance "
    "(for instance caused by singleton or collapsed samples). Try to decrease the number of components, "
    "increase reg_covar, or scale the input data."
)


def estimate_gaussian_parameters(
    X: np.ndarray, resp: np.ndarray, reg_covar: float, covariance_type: str
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    r"""The M-step: each component's soft count, mean and covariance from the responsibilities
    :math:`r_{ik}` (how much sample i belongs to component k).

    .. math::
        N_k = \sum_i r_{ik}, \qquad
        \mu_k = \frac1{N_k} \sum_i r_{ik}\, x_i, \qquad
        \Sigma_k = \frac1{N_k} \sum_i r_{ik} (x_i - \mu_k)(x_i - \mu_k)^\top + \lambda I

    where :math:`\lambda` is ``reg_covar``, which keeps every covariance positive definite.
    :math:`10\,\varepsilon` is added to each :math:`N_k` so an empty component divides by a
    tiny number instead of zero (scikit-learn does the same).
    """
    nk = resp.sum(axis=0) + 10 * np.finfo(resp.dtype).eps
    means = (resp.T @ X) / nk[:, None]
    n_features = X.shape[1]
    if covariance_type == "full":
        covariances = np.empty((len(nk), n_features, n_features))
        for k in range(len(nk)):
            centred = X - means[k]
            covariances[k] = (resp[:, k] * centred.T) @ centred / nk[k]
            covariances[k].flat[:: n_features + 1] += reg_covar
    elif covariance_type == "tied":
        # one covariance for all: (sum_i x_i x_i^T - sum_k N_k mu_k mu_k^T) / n
        covariances = (X.T @ X - (nk * means.T) @ means) / nk.sum()
        covariances.flat[:: n_features + 1] += reg_covar
    else:
        # E[x^2] - mu^2 per feature, for each component
        covariances = (resp.T @ (X * X)) / nk[:, None] - means**2 + reg_covar
        if covariance_type == "spherical":
            covariances = covariances.mean(axis=1)
    return nk, means, covariances


def precision_cholesky(covariances: np.ndarray, covariance_type: str) -> np.ndarray:
    r"""The upper-triangular :math:`U` with :math:`U U^\top = \Sigma^{-1}`.

    With :math:`\Sigma = L L^\top` (Cholesky, L lower), :math:`\Sigma^{-1} = L^{-\top} L^{-1}`,
    so :math:`U = L^{-\top}`. For diagonal and spherical covariances it is :math:`1/\sigma`.
    A covariance that is not positive definite raises a ValueError.
    """
    if covariance_type in ("full", "tied"):
        stack = covariances if covariance_type == "full" else covariances[None]
        identity = np.eye(stack.shape[-1])
        factors = np.empty_like(stack)
        for k, covariance in enumerate(stack):
            try:
                lower = cholesky(covariance, lower=True)
            except LinAlgError:
                raise ValueError(ILL_DEFINED) from None
            factors[k] = solve_triangular(lower, identity, lower=True).T
        return factors if covariance_type == "full" else factors[0]
    if np.any(covariances <= 0.0):
        raise ValueError(ILL_DEFINED)
    return 1.0 / np.sqrt(covariances)


def precision_cholesky_from_precisions(precisions: np.ndarray, covariance_type: str) -> np.ndarray:
    r"""The upper-triangular :math:`U` with :math:`U U^\top = P` for given precisions P.

    Cholesky gives a *lower* factor. Reversing the order of rows and columns (the exchange
    matrix J) turns it into an upper one: if :math:`J P J = L L^\top` then
    :math:`P = (J L J)(J L J)^\top`, and :math:`J L J` is upper triangular.
    """
    if covariance_type in ("full", "tied"):
        stack = precisions if covariance_type == "full" else precisions[None]
        factors = np.stack([cholesky(p[::-1, ::-1], lower=True)[::-1, ::-1] for p in stack])
        return factors if covariance_type == "full" else factors[0]
    return np.sqrt(precisions)


def precisions_from_cholesky(factors: np.ndarray, covariance_type: str) -> np.ndarray:
    r""":math:`P = U U^\top` (full, tied), or :math:`u^2` (diag, spherical)."""
    if covariance_type in ("full", "tied"):
        return factors @ np.swapaxes(factors, -1, -2)
    return factors**2


def covariances_from_cholesky(factors: np.ndarray, covariance_type: str) -> np.ndarray:
    r""":math:`\Sigma = P^{-1} = U^{-\top} U^{-1}` (full, tied), or :math:`1/u^2`."""
    if covariance_type in ("full", "tied"):
        stack = factors if covariance_type == "full" else factors[None]
        identity = np.eye(stack.shape[-1])
        inverses = np.stack([solve_triangular(u, identity, lower=False) for u in stack])
        covariances = np.swapaxes(inverses, -1, -2) @ inverses
        return covariances if covariance_type == "full" else covariances[0]
    return 1.0 / factors**2


def log_det_cholesky(factors: np.ndarray, covariance_type: str, n_features: int) -> np.ndarray | float:
    r""":math:`\log\det U = \sum_j \log U_{jj} = -\tfrac12 \log\det\Sigma`, per component."""
    if covariance_type == "full":
        return np.log(np.diagonal(factors, axis1=1, axis2=2)).sum(axis=1)
    if covariance_type == "tied":
        return float(np.log(np.diagonal(factors)).sum())
    if covariance_type == "diag":
        return np.log(factors).sum(axis=1)
    return n_features * np.log(factors)


def log_gaussian_density(
    X: np.ndarray, means: np.ndarray, factors: np.ndarray, covariance_type: str
) -> np.ndarray:
    r""":math:`\log \mathcal N(x_i \mid \mu_k, \Sigma_k)` for every sample and component,
    shape (n_samples, n_components), from the precision Cholesky factors.

    The squared Mahalanobis distance :math:`\|(x - \mu)^\top U\|^2` is computed one
    component at a time for full and tied covariances (a product ``X @ U`` per component);
    for diagonal ones (precisions :math:`p_k`) it expands into three matrix products over all
    components at once:
    :math:`\sum_j p_{kj}(x_j - \mu_{kj})^2 = p_k \cdot \mu_k^2 - 2\,x \cdot (p_k \mu_k) + x^2 \cdot p_k`.
    """
    n_samples, n_features = X.shape
    n_components = means.shape[0]
    if covariance_type in ("full", "tied"):
        mahalanobis = np.empty((n_samples, n_components))
        for k in range(n_components):
            factor = factors[k] if covariance_type == "full" else factors
            whitened = X @ factor - means[k] @ factor
            mahalanobis[:, k] = np.einsum("ij,ij->i", whitened, whitened)
    else:
        precisions = factors**2
        if covariance_type == "spherical":
            precisions = np.repeat(precisions[:, None], n_features, axis=1)
        mahalanobis = (
            (means**2 * precisions).sum(axis=1) - 2.0 * (X @ (means * precisions).T) + (X * X) @ precisions.T
        )
    log_det = log_det_cholesky(factors, covariance_type, n_features)
    return -0.5 * (n_features * np.log(2 * np.pi) + mahalanobis) + log_det


def logsumexp_rows(a: np.ndarray) -> np.ndarray:
    r""":math:`\log \sum_k e^{a_{ik}}` for each row, without overflow: subtract the row's
    maximum m first, :math:`m + \log \sum_k e^{a_{ik} - m}`, so the largest term is
    :math:`e^0 = 1`."""
    top = a.max(axis=1)
    top = np.where(np.isfinite(top), top, 0.0)
    with np.errstate(divide="ignore"):  # a row of -inf has log-sum -inf, as it should
        return top + np.log(np.exp(a - top[:, None]).sum(axis=1))
