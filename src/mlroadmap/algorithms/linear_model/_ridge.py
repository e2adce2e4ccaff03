r"""Ridge regression: :math:`\min_w \lVert y - Xw \rVert_2^2 + \alpha \lVert w \rVert_2^2`.

Three ways to the same closed form, on centred data (so the intercept is not penalized):

* primal, :math:`w = (X^\top X + \alpha I_p)^{-1} X^\top y`: a p×p system;
* dual (kernel), :math:`w = X^\top (X X^\top + \alpha I_n)^{-1} y`: an n×n system, the
  cheaper one when n_features ≫ n_samples. Both are the same matrix identity
  :math:`(X^\top X + \alpha I)^{-1} X^\top = X^\top (X X^\top + \alpha I)^{-1}`;
* SVD, :math:`w = V \operatorname{diag}\!\big(s / (s^2 + \alpha)\big) U^\top y`: shrinks
  each singular direction by :math:`s^2/(s^2+\alpha)`, and stays exact at α = 0 on a
  singular X (it is then the minimum-norm least-squares solution).

The systems are symmetric positive definite for α > 0, so they are solved by Cholesky
(``scipy.linalg.cho_factor``, LAPACK's ``potrf``), half the work of a general solve.
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
import scipy.linalg

from mlroadmap.algorithms.base import BaseEstimator, RegressorMixin
from mlroadmap.algorithms.linear_model._base import LinearRegressorMixin, center_data
from mlroadmap.algorithms.linear_model._params import check_interval, check_option
from mlroadmap.algorithms.validation import validate_data


def _cholesky_solve(A: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Solve the symmetric positive definite system ``A x = b`` (A is overwritten)."""
    factor = scipy.linalg.cho_factor(A, overwrite_a=True, check_finite=False)
    return scipy.linalg.cho_solve(factor, b, check_finite=False)


def ridge_primal(X: np.ndarray, y: np.ndarray, alpha: float) -> np.ndarray:
    r""":math:`(X^\top X + \alpha I)^{-1} X^\top y`, for n_samples ≥ n_features."""
    A = X.T @ X
    A.flat[:: A.shape[0] + 1] += alpha
    return _cholesky_solve(A, X.T @ y)


def ridge_dual(X: np.ndarray, y: np.ndarray, alpha: float) -> np.ndarray:
    r""":math:`X^\top (X X^\top + \alpha I)^{-1} y`: the dual coefficients, mapped back to w."""
    K = X @ X.T
    K.flat[:: K.shape[0] + 1] += alpha
    dual_coef = _cholesky_solve(K, y)
    return X.T @ dual_coef


def ridge_svd(X: np.ndarray, y: np.ndarray, alpha: float) -> np.ndarray:
    r""":math:`V \operatorname{diag}(s/(s^2+\alpha)) U^\top y`; directions with s ≈ 0 contribute 0."""
    U, s, Vt = scipy.linalg.svd(X, full_matrices=False, check_finite=False)
    kept = s > 1e-15  # numerically zero singular values (pinv's cut-off): no direction to shrink
    shrink = np.zeros_like(s)
    shrink[kept] = s[kept] / (s[kept] ** 2 + alpha)
    return Vt.T @ (shrink * (U.T @ y))


class Ridge(LinearRegressorMixin, RegressorMixin, BaseEstimator):
    r"""Least squares with an L2 penalty: :math:`\lVert y - Xw \rVert^2 + \alpha \lVert w \rVert^2`.

    ``alpha`` multiplies the *summed* squared error's penalty, as in scikit-learn (no
    1/n): doubling the data at fixed alpha weakens the penalty. The intercept is not
    penalized (it is fitted by centring).

    ``solver``: ``"auto"`` and ``"cholesky"`` solve the primal p×p system when
    n_samples ≥ n_features and the dual n×n system otherwise (as scikit-learn's
    "cholesky" does); ``"svd"`` uses the SVD. If Cholesky finds the system singular
    (only possible at α = 0), the SVD is used instead. ``solver_`` records the solver
    that produced ``coef_``.
    """

    def __init__(self, alpha: float = 1.0, *, fit_intercept: bool = True, solver: str = "auto") -> None:
        self.alpha = alpha
        self.fit_intercept = fit_intercept
        self.solver = solver

    def fit(self, X: Any, y: Any) -> Ridge:
        check_interval(self, "alpha", low=0.0)
        check_option(self, "solver", ("auto", "cholesky", "svd"))
        X, y = validate_data(self, X, y, dtype=np.float64, y_numeric=True)
        y = y.astype(np.float64, copy=False)
        Xc, yc, X_offset, y_offset = center_data(X, y, self.fit_intercept)
        alpha = float(self.alpha)
        self.solver_ = "svd" if self.solver == "svd" else "cholesky"
        if self.solver_ == "cholesky":
            solve = ridge_primal if X.shape[0] >= X.shape[1] else ridge_dual
            try:
                self.coef_ = solve(Xc, yc, alpha)
            except np.linalg.LinAlgError:
                warnings.warn(
                    "Singular matrix in the Cholesky solve (alpha=0 on collinear data); "
                    "using the SVD solution instead.",
                    stacklevel=2,
                )
                self.solver_ = "svd"
        if self.solver_ == "svd":
            self.coef_ = ridge_svd(Xc, yc, alpha)
        self.n_iter_ = None  # direct solvers: no iterations, as in scikit-learn
        self._set_intercept(X_offset, y_offset)
        return self
