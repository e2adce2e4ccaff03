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
    if kernel == "linear":
        return X @ Z.T
    if kernel == "poly":
        return (gamma * (X @ Z.T) + coef0) ** degree
    if kernel == "rbf":
        return np.exp(-gamma * squared_euclidean_distances(X, Z))
    raise ValueError(f"The 'kernel' parameter must be one of {KERNELS}. Got {kernel!r} instead.")
