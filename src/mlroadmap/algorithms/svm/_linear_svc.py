r"""Linear support vector classification in the primal, one class against the rest.

For labels :math:`s_i \in \{-1, +1\}` each binary machine minimizes the L2-regularized
squared hinge loss (scikit-learn's defaults, ``penalty="l2"``, ``loss="squared_hinge"``):

.. math::

    f(w) = \tfrac12 \|w\|^2 + C \sum_i \max(0,\, 1 - s_i\, w \cdot \tilde x_i)^2,
    \qquad
    \nabla f(w) = w - 2C \sum_i s_i \max(0,\, 1 - s_i\, w \cdot \tilde x_i)\, \tilde x_i,

where :math:`\tilde x = (x, \text{intercept\_scaling})` when ``fit_intercept``: as in
liblinear, the intercept is the weight of a constant feature and is regularized too.
:math:`f` is strictly convex and continuously differentiable (the squared hinge has no
kink), so a quasi-Newton method converges to its unique minimizer: we use SciPy's L-BFGS,
a well-tested implementation of exactly that, rather than re-deriving one here.
"""

from __future__ import annotations

import numbers
import warnings
from typing import Any

import numpy as np
from scipy.optimize import minimize

from mlroadmap.algorithms.base import BaseEstimator, ClassifierMixin
from mlroadmap.algorithms.validation import (
    ConvergenceWarning,
    check_classification_targets,
    check_is_fitted,
    validate_data,
)


def squared_hinge_objective(
    w: np.ndarray, X: np.ndarray, signs: np.ndarray, C: float
) -> tuple[float, np.ndarray]:
    """:math:`f(w)` and :math:`\\nabla f(w)` of the module docstring, for augmented ``X``."""
    slack = np.maximum(0.0, 1.0 - signs * (X @ w))
    value = 0.5 * w @ w + C * slack @ slack
    gradient = w - 2.0 * C * (X.T @ (signs * slack))
    return value, gradient


class LinearSVC(ClassifierMixin, BaseEstimator):
    """Linear SVM: :math:`f(x) = w \\cdot x + b`, fitted in the primal (see the module docstring).

    Two classes: one machine, positive for ``classes_[1]``. More: one machine per class
    against all others (``coef_`` has one row per class), prediction by the largest score.
    L-BFGS stops when the gradient's largest component falls below ``tol / 100`` times its
    value at :math:`w = 0`: quasi-Newton converges linearly, not quadratically like
    liblinear's trust-region Newton, and this margin lands at least as close to the optimum
    as liblinear at the same ``tol`` (checked on iris, wine, breast_cancer, digits).
    Only scikit-learn's default ``penalty="l2"``, ``loss="squared_hinge"``,
    ``multi_class="ovr"`` are implemented; no ``class_weight`` or ``sample_weight``.
    """

    def __init__(
        self,
        C: float = 1.0,
        *,
        tol: float = 1e-4,
        fit_intercept: bool = True,
        intercept_scaling: float = 1.0,
        max_iter: int = 1000,
    ) -> None:
        self.C = C
        self.tol = tol
        self.fit_intercept = fit_intercept
        self.intercept_scaling = intercept_scaling
        self.max_iter = max_iter

    def fit(self, X: Any, y: Any) -> LinearSVC:
        X, y = validate_data(self, X, y, dtype=np.float64)
        check_classification_targets(y)
        for name, value in (("C", self.C), ("tol", self.tol), ("intercept_scaling", self.intercept_scaling)):
            if not isinstance(value, numbers.Real) or value <= 0:
                raise ValueError(f"The {name!r} parameter must be a float > 0. Got {value!r} instead.")
        if not isinstance(self.max_iter, numbers.Integral) or self.max_iter < 1:
            raise ValueError(f"The 'max_iter' parameter must be an int >= 1. Got {self.max_iter!r} instead.")
        self.classes_, labels = np.unique(y, return_inverse=True)
        n_classes = len(self.classes_)
        if n_classes < 2:
            raise ValueError(
                "This solver needs samples of at least 2 classes in the data, but the data contains "
                f"only one class: {self.classes_[0]!r}"
            )
        augmented = (
            np.hstack((X, np.full((X.shape[0], 1), float(self.intercept_scaling))))
            if self.fit_intercept
            else X
        )
        positives = [1] if n_classes == 2 else range(n_classes)
        weights, n_iters = [], []
        for k in positives:
            signs = np.where(labels == k, 1.0, -1.0)
            w, n_iter = self._fit_binary(augmented, signs)
            weights.append(w)
            n_iters.append(n_iter)
        weights = np.array(weights)
        if self.fit_intercept:
            self.coef_, self.intercept_ = weights[:, :-1], self.intercept_scaling * weights[:, -1]
        else:
            self.coef_, self.intercept_ = weights, np.zeros(len(weights))
        self.n_iter_ = max(n_iters)
        return self

    def _fit_binary(self, X: np.ndarray, signs: np.ndarray) -> tuple[np.ndarray, int]:
        start = np.zeros(X.shape[1])
        C = float(self.C)
        initial_gradient = np.abs(squared_hinge_objective(start, X, signs, C)[1]).max()
        result = minimize(
            squared_hinge_objective,
            start,
            args=(X, signs, C),
            jac=True,
            method="L-BFGS-B",
            options={"maxiter": self.max_iter, "gtol": 1e-2 * self.tol * initial_gradient, "ftol": 0.0},
        )
        if result.nit >= self.max_iter:
            warnings.warn(
                "LinearSVC failed to converge, increase the number of iterations.",
                ConvergenceWarning,
                stacklevel=3,
            )
        return result.x, int(result.nit)

    def decision_function(self, X: Any) -> np.ndarray:
        """:math:`w \\cdot x + b` per machine; shape ``(n,)`` for two classes, else ``(n, n_classes)``."""
        check_is_fitted(self)
        X = validate_data(self, X, reset=False, dtype=np.float64)
        scores = X @ self.coef_.T + self.intercept_
        return scores[:, 0] if scores.shape[1] == 1 else scores

    def predict(self, X: Any) -> np.ndarray:
        """``classes_[1]`` where the score is positive (two classes), else the class of largest score."""
        scores = self.decision_function(X)
        if scores.ndim == 1:
            return self.classes_[(scores > 0).astype(np.intp)]
        return self.classes_[np.argmax(scores, axis=1)]
