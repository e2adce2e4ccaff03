r"""Kernels: inner products in a feature space, computed without going there.

- linear: :math:`K(x, z) = x \cdot z`
- poly:   :math:`K(x, z) = (\gamma\, x \cdot z + r)^d`  (``gamma``, ``coef0`` = r, ``degree`` = d)
- rbf:    :math:`K(x, z) = \exp(-\gamma \|x - z\|^2)`

``gamma="scale"`` is :math:`1 / (n_\text{features} \operatorname{Var}(X))` (the variance of
all entries of the training ``X``), ``"auto"`` is :math:`1 / n_\text{features}`, as in scikit-learn.
"""

from __future__ import annotations

import numbers

import numpy as np

from mlroadmap.algorithms.neighbors._distances import squared_euclidean_distances

KERNELS = ("linear", "poly", "rbf")


def resolve_gamma(gamma: str | float, X: np.ndarray) -> float:
    """The numeric ``gamma`` for training data ``X``."""
    if gamma == "scale":
        variance = X.var()
        return 1.0 / (X.shape[1] * variance) if variance != 0 else 1.0
    if gamma == "auto":
        return 1.0 / X.shape[1]
    if isinstance(gamma, numbers.Real) and not isinstance(gamma, bool) and gamma >= 0:
        return float(gamma)
    raise ValueError(f"The 'gamma' parameter must be 'scale', 'auto' or a float >= 0. Got {gamma!r} instead.")


def kernel_matrix(
    X: np.ndarray, Z: np.ndarray, kernel: str, *, gamma: float, degree: float, coef0: float
) -> np.ndarray:
    """The Gram matrix :math:`K_{ij} = K(x_i, z_j)`, shape ``(len(X), len(Z))``."""
    inner = kernel_argument(X, Z, kernel, gamma=gamma, coef0=coef0)
    return apply_kernel(inner, kernel, degree=degree, out=inner)


def kernel_argument(X: np.ndarray, Z: np.ndarray, kernel: str, *, gamma: float, coef0: float) -> np.ndarray:
    r"""What the kernel's function is applied to: :math:`x \cdot z` (linear),
    :math:`\gamma\, x \cdot z + r` (poly), :math:`-\gamma \|x - z\|^2` (rbf); one matrix product.

    Split from :func:`apply_kernel` so that a solver can compute this cheap part for all
    samples at once and the costly power or exponential only for the rows it visits.
    """
    if kernel == "linear":
        return X @ Z.T
    if kernel == "poly":
        inner = X @ Z.T
        inner *= gamma
        inner += coef0
        return inner
    if kernel == "rbf":
        inner = squared_euclidean_distances(X, Z)
        inner *= -gamma
        return inner
    raise ValueError(f"The 'kernel' parameter must be one of {KERNELS}. Got {kernel!r} instead.")


def apply_kernel(
    inner: np.ndarray, kernel: str, *, degree: float, out: np.ndarray | None = None
) -> np.ndarray:
    """The kernel values from :func:`kernel_argument`'s: unchanged, to the power ``degree``, or exp."""
    if kernel == "poly":
        return np.power(inner, degree, out=out)
    if kernel == "rbf":
        return np.exp(inner, out=out)
    if out is None or out is inner:
        return inner
    np.copyto(out, inner)
    return out
