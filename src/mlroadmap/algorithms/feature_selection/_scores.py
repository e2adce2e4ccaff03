"""Univariate scores: how strongly each feature, on its own, is related to the target.

Each function returns ``(scores, p_values)``, one of each per feature. The p-values are
the upper tails of the F and chi-squared distributions, taken from ``scipy.special``
(``fdtrc`` and ``chdtrc``): regularized incomplete beta and gamma functions are not
the lesson here, and SciPy's are accurate far into the tail.
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
from scipy import special

from mlroadmap.algorithms.validation import check_array, check_consistent_length, column_or_1d

BLOCK_FLOATS = 1 << 16  # 512 KB of float64 per block of rows in r_regression: stays in cache


def _check_X_y(X: Any, y: Any) -> tuple[np.ndarray, np.ndarray]:
    X = check_array(X, dtype=np.float64)
    y = column_or_1d(y)
    if y.dtype.kind == "f" and not np.isfinite(y).all():
        raise ValueError("Input y contains NaN." if np.isnan(y).any() else "Input y contains infinity.")
    check_consistent_length(X, y)
    return X, y


def _class_sums(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per class: the column sums of its rows (n_classes, n_features), its size; and each sample's class."""
    classes, label = np.unique(y, return_inverse=True)
    sums = np.stack([X[label == k].sum(axis=0) for k in range(classes.size)])
    return sums, np.bincount(label, minlength=classes.size).astype(np.float64), label


def f_classif(X: Any, y: Any) -> tuple[np.ndarray, np.ndarray]:
    r"""One-way ANOVA F statistic of each feature across the classes of ``y``.

    .. math:: F = \frac{SS_B / (K - 1)}{SS_W / (n - K)}, \quad
              SS_B = \sum_k n_k (\bar x_k - \bar x)^2, \quad
              SS_W = \sum_k \sum_{i \in k} (x_i - \bar x_k)^2

    Large F: the class means differ much more than the spread within a class. The
    p-value is :math:`P(F_{K-1, n-K} > F)`. A feature constant within every class has
    :math:`SS_W = 0`, hence F infinite (or NaN if it is constant overall), with a warning.
    """
    X, y = _check_X_y(X, y)
    class_sums, class_sizes, label = _class_sums(X, y)
    n_samples, n_classes = X.shape[0], class_sizes.size
    class_means = class_sums / class_sizes[:, np.newaxis]
    grand_mean = X.mean(axis=0)
    between = class_sizes @ (class_means - grand_mean) ** 2
    within = ((X - class_means[label]) ** 2).sum(axis=0)
    df_between, df_within = n_classes - 1, n_samples - n_classes
    mean_square_between, mean_square_within = between / df_between, within / df_within
    constant = np.flatnonzero(mean_square_within == 0)
    if constant.size and np.count_nonzero(mean_square_between) != mean_square_between.size:
        warnings.warn(f"Features {constant} are constant.", UserWarning, stacklevel=2)
    with np.errstate(divide="ignore", invalid="ignore"):
        f = mean_square_between / mean_square_within
    return f, special.fdtrc(df_between, df_within, f)


def r_regression(X: Any, y: Any, *, center: bool = True, force_finite: bool = True) -> np.ndarray:
    r"""Pearson correlation of each feature with ``y``:
    :math:`r = \frac{\sum (x_i - \bar x)(y_i - \bar y)}{\sqrt{\sum (x_i - \bar x)^2 \sum (y_i - \bar y)^2}}`.

    ``center=False`` uses raw moments (no mean subtracted). A constant feature or target
    gives 0/0; with ``force_finite`` that NaN becomes 0.

    The centred copy of ``X`` is never built whole: blocks of rows small enough to stay
    in the CPU cache are centred, and their products with ``y`` and with themselves summed
    by ``einsum`` (which needs no temporary square) and carried over. Memory traffic is
    one pass over ``X`` after the mean, instead of writing and re-reading a centred copy
    and its square. ``einsum`` also keeps these sums off BLAS, whose threads cost more
    than they save on a matrix-vector product.
    """
    X, y = _check_X_y(X, y)
    y = y.astype(np.float64)
    x_mean = X.mean(axis=0) if center else np.zeros(X.shape[1])
    if center:
        y = y - y.mean()
    cross, squares = np.zeros(X.shape[1]), np.zeros(X.shape[1])
    rows = max(1, BLOCK_FLOATS // max(1, X.shape[1]))
    for start in range(0, X.shape[0], rows):
        block = X[start : start + rows] - x_mean
        cross += np.einsum("i,ij->j", y[start : start + rows], block)
        squares += np.einsum("ij,ij->j", block, block)
    with np.errstate(divide="ignore", invalid="ignore"):
        r = cross / np.sqrt(squares) / np.sqrt(np.einsum("i,i->", y, y))
    if force_finite:
        r[np.isnan(r)] = 0.0
    return r


def f_regression(
    X: Any, y: Any, *, center: bool = True, force_finite: bool = True
) -> tuple[np.ndarray, np.ndarray]:
    r"""F statistic of the one-feature linear regression of ``y`` on each feature.

    .. math:: F = \frac{r^2}{1 - r^2}\,(n - 2)

    with :math:`r` the Pearson correlation (``r_regression``); the degrees of freedom are
    :math:`n - 2` (:math:`n - 1` with ``center=False``). The p-value is
    :math:`P(F_{1, n-2} > F)`. With ``force_finite``, a perfect correlation (F = inf) gets the
    largest float and p = 0, a constant feature or target (F = NaN) gets F = 0 and p = 1.
    """
    r = r_regression(X, y, center=center, force_finite=force_finite)
    dof = column_or_1d(y).size - (2 if center else 1)
    r_squared = r**2
    with np.errstate(divide="ignore", invalid="ignore"):
        f = r_squared / (1 - r_squared) * dof
        p = special.fdtrc(1, dof, f)
    if force_finite:
        f[np.isinf(f)] = np.finfo(f.dtype).max
        nan = np.isnan(f)
        f[nan], p[nan] = 0.0, 1.0
    return f, p


def chi2(X: Any, y: Any) -> tuple[np.ndarray, np.ndarray]:
    r"""Chi-squared statistic between each non-negative feature (counts, frequencies) and the class.

    The observed "count" of feature j in class k is :math:`O_{kj} = \sum_{i \in k} x_{ij}`; if the
    feature were independent of the class it would be :math:`E_{kj} = \frac{n_k}{n} \sum_i x_{ij}`.

    .. math:: \chi^2_j = \sum_k \frac{(O_{kj} - E_{kj})^2}{E_{kj}}

    with p-value :math:`P(\chi^2_{K-1} > \chi^2_j)`.
    """
    X, y = _check_X_y(X, y)
    if (X < 0).any():
        raise ValueError("Input X must be non-negative.")
    observed, class_sizes, _ = _class_sums(X, y)
    if class_sizes.size == 1:  # one class: scikit-learn's binarizer still makes two columns, one empty
        observed, class_sizes = np.vstack([observed, np.zeros_like(observed)]), np.append(class_sizes, 0.0)
    expected = np.outer(class_sizes / X.shape[0], X.sum(axis=0))
    with np.errstate(divide="ignore", invalid="ignore"):
        statistic = ((observed - expected) ** 2 / expected).sum(axis=0)
    return statistic, special.chdtrc(class_sizes.size - 1, statistic)
