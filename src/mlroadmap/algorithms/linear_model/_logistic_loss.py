r"""The penalized logistic losses, their gradients and Hessians, averaged over samples.

Notation: :math:`\tilde X = [X, 1]` when the intercept is fitted (its last weight is
the intercept), λ = 1/(C·n), and the penalty mask :math:`m` is 1 on the slopes and 0
on the intercept, so the intercept is never penalized.

Binomial, :math:`y_i \in \{0, 1\}`, :math:`z = \tilde X w`, :math:`p = \sigma(z)`:

.. math::

    L(w) = \frac1n \sum_i \big(\log(1 + e^{z_i}) - y_i z_i\big)
           + \frac\lambda2 \lVert m \odot w \rVert^2,
    \qquad \nabla L = \tfrac1n \tilde X^\top (p - y) + \lambda\, m \odot w,
    \qquad \nabla^2 L = \tfrac1n \tilde X^\top \operatorname{diag}(p(1-p)) \tilde X
                      + \lambda \operatorname{diag}(m).

Multinomial, K classes, one-hot :math:`Y`, :math:`W` of shape (K, d), :math:`Z = \tilde X W^\top`,
:math:`P = \operatorname{softmax}(Z)` row-wise:

.. math::

    L(W) = \frac1n \sum_i \big(\operatorname{logsumexp}(Z_i) - Z_{i, y_i}\big)
           + \frac\lambda2 \lVert W m \rVert_F^2,
    \qquad \nabla_W L = \tfrac1n (P - Y)^\top \tilde X + \lambda\, W \operatorname{diag}(m),

and the Hessian block of classes k, l is
:math:`\tfrac1n \tilde X^\top \operatorname{diag}\big(P_{:k}(\delta_{kl} - P_{:l})\big) \tilde X`.

:math:`C \sum_i \ell_i + \tfrac12\lVert w\rVert^2` (scikit-learn's stated objective) is
this L times C·n: the same minimizer, on a scale where the gradient tolerance does not
grow with n.
"""

from __future__ import annotations

import numpy as np
from scipy.special import expit


def binomial_loss_gradient(
    w: np.ndarray, X: np.ndarray, y: np.ndarray, l2: float, penalized: np.ndarray, return_proba: bool = False
) -> tuple:
    """(L(w), ∇L(w)) for the binomial loss; ``X`` includes the column of ones if any.

    With ``return_proba``, also p = σ(Xw), from which Newton's method builds the Hessian
    at the same point without a second pass over X.
    """
    z = X @ w
    n_samples = X.shape[0]
    masked = penalized * w
    loss = float(np.logaddexp(0.0, z).sum() - y @ z) / n_samples + 0.5 * l2 * float(masked @ masked)
    p = expit(z)
    gradient = X.T @ (p - y) / n_samples + l2 * masked
    return (loss, gradient, p) if return_proba else (loss, gradient)


def binomial_hessian(p: np.ndarray, X: np.ndarray, l2: float, penalized: np.ndarray) -> np.ndarray:
    """∇²L for the binomial loss at the point where σ(Xw) = ``p``: a weighted Gram matrix
    plus the ridge on the slopes."""
    hessian = X.T @ (X * (p * (1.0 - p) / X.shape[0])[:, None])
    hessian.flat[:: hessian.shape[0] + 1] += l2 * penalized
    return hessian


def _softmax(Z: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Row-wise softmax and log-normalizer logsumexp(Z_i), shifted by the row max so exp cannot overflow."""
    shift = Z.max(axis=1, keepdims=True)
    E = np.exp(Z - shift)
    total = E.sum(axis=1, keepdims=True)
    return E / total, (shift + np.log(total)).ravel()


def multinomial_loss_gradient(
    w: np.ndarray, X: np.ndarray, Y: np.ndarray, l2: float, penalized: np.ndarray, return_proba: bool = False
) -> tuple:
    """(L(W), ∇L(W)) for the multinomial loss, with ``w`` the flattened (K, d) matrix W
    (and P = softmax(XWᵀ) with ``return_proba``, for the Hessian at the same point)."""
    n_samples, n_weights = X.shape
    W = w.reshape(-1, n_weights)
    Z = X @ W.T
    P, log_normalizer = _softmax(Z)
    masked = W * penalized
    loss = float(log_normalizer.sum() - np.einsum("ik,ik->", Z, Y)) / n_samples
    loss += 0.5 * l2 * float(np.einsum("kj,kj->", masked, masked))
    gradient = ((P - Y).T @ X / n_samples + l2 * masked).ravel()
    return (loss, gradient, P) if return_proba else (loss, gradient)


def multinomial_hessian(P: np.ndarray, X: np.ndarray, l2: float, penalized: np.ndarray) -> np.ndarray:
    r"""∇²L for the multinomial loss at the point where softmax(XWᵀ) = ``P``, as a
    (K·d, K·d) matrix with rows ordered like ``w``.

    Block (k, l) is :math:`\tilde X^\top \operatorname{diag}(s) \tilde X / n` with
    :math:`s_i = P_{ik}(\delta_{kl} - P_{il})`, the covariance of the one-hot label under
    :math:`P_i`. Blocks (k, l) and (l, k) are equal, so only the K(K+1)/2 with k ≤ l are
    computed, each one product of X with a row-scaled copy of itself.
    """
    n_samples, n_weights = X.shape
    n_classes = P.shape[1]
    hessian = np.empty((n_classes * n_weights, n_classes * n_weights))
    for k in range(n_classes):
        rows = slice(k * n_weights, (k + 1) * n_weights)
        for other in range(k, n_classes):
            s = P[:, k] * (float(k == other) - P[:, other]) / n_samples
            block = X.T @ (X * s[:, None])
            columns = slice(other * n_weights, (other + 1) * n_weights)
            hessian[rows, columns] = block
            hessian[columns, rows] = block.T
    hessian.flat[:: hessian.shape[0] + 1] += l2 * np.tile(penalized, n_classes)
    return hessian
