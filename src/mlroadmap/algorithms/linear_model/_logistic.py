r"""Logistic regression: binary (sigmoid) and multinomial (softmax), with an L2 penalty.

scikit-learn's objective, :math:`C \sum_i \ell_i(w) + \tfrac12 \lVert w \rVert^2` with the
intercept unpenalized, is minimized in its averaged form (``_logistic_loss``). Two solvers:

* ``"lbfgs"``: quasi-Newton from the loss and its analytic gradient, by
  ``scipy.optimize.minimize(method="L-BFGS-B")``: the limited-memory BFGS update and its
  Wolfe line search are a well-tested library routine, not the lesson here;
* ``"newton-cholesky"``: Newton's method (IRLS for the binary case) with the exact
  Hessian, solved by Cholesky, and a backtracking (Armijo) line search.
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
import scipy.optimize
from scipy.special import expit, log_expit, logsumexp

from mlroadmap.algorithms.base import BaseEstimator, ClassifierMixin
from mlroadmap.algorithms.linear_model._logistic_loss import (
    binomial_hessian,
    binomial_loss_gradient,
    multinomial_hessian,
    multinomial_loss_gradient,
)
from mlroadmap.algorithms.linear_model._params import check_interval, check_option
from mlroadmap.algorithms.validation import (
    ConvergenceWarning,
    check_classification_targets,
    check_is_fitted,
    validate_data,
)


def _lbfgs(loss_gradient, w0: np.ndarray, args: tuple, tol: float, max_iter: int) -> tuple[np.ndarray, int]:
    """L-BFGS until the largest gradient component is below ``tol`` (scikit-learn's settings:
    up to 50 line-search steps, and a relative-decrease tolerance of 64 machine epsilons)."""
    result = scipy.optimize.minimize(
        loss_gradient,
        w0,
        args=args,
        method="L-BFGS-B",
        jac=True,
        options={"maxiter": max_iter, "maxls": 50, "gtol": tol, "ftol": 64 * np.finfo(float).eps},
    )
    if result.status != 0:
        warnings.warn(
            f"lbfgs failed to converge after {result.nit} iteration(s) (status={result.status}): "
            f"{result.message}. Increase max_iter or scale the data.",
            ConvergenceWarning,
            stacklevel=4,
        )
    return result.x, int(result.nit)


def _newton(
    loss_gradient, hessian, w0: np.ndarray, args: tuple, *, tol: float, max_iter: int, null_direction
) -> tuple[np.ndarray, int]:
    r"""Newton's method: :math:`w \leftarrow w + t s` with :math:`H s = -g`, t halved until the
    loss decreases enough (Armijo).

    Stops after a step when both the largest component of the new gradient and half
    the squared Newton decrement of that step, :math:`\tfrac12 s^\top H s = \tfrac12 g^\top H^{-1} g`
    (the decrease the quadratic model predicted, Boyd & Vandenberghe §9.5.1), are at
    most ``tol``: scikit-learn's rule for "newton-cholesky", so both stop together.

    ``null_direction`` (or None) is a unit vector :math:`u` along which the loss is flat
    (shifting every class's intercept by the same amount leaves the softmax unchanged).
    The gradient is orthogonal to it, so solving :math:`(H + c\,u u^\top) s = -g` gives
    :math:`H s = -g` with :math:`u^\top s = 0`: a positive definite system for Cholesky.

    The loss evaluation that accepts a step also returns the probabilities at the new
    point, and the next Hessian is built from them: X is multiplied by the weights once
    per iteration, not twice. The factorization and solves are NumPy's, not SciPy's:
    each library ships its own OpenBLAS, and alternating between the two inside the loop
    makes their idle threads compete for the cores (three to seven times slower here).
    NumPy has no triangular solver; its general one costs O(d³), as the factorization
    does, far below the O(n d²) of forming H.
    """
    w = w0.copy()
    X, _, l2, penalized = args
    loss, gradient, proba = loss_gradient(w, *args, return_proba=True)
    for n_iter in range(1, max_iter + 1):
        H = hessian(proba, X, l2, penalized)  # from the probabilities the loss just computed
        if null_direction is not None:
            H += np.outer(null_direction, null_direction) * H.diagonal().mean()
        L = np.linalg.cholesky(H)  # H = L Lᵀ; fails unless H is positive definite
        step = -np.linalg.solve(L.T, np.linalg.solve(L, gradient))  # two triangular systems
        slope = float(gradient @ step)  # = -sᵀHs, minus the squared Newton decrement
        t = 1.0
        for _ in range(40):
            candidate = w + t * step
            new_loss, new_gradient, new_proba = loss_gradient(candidate, *args, return_proba=True)
            if new_loss <= loss + 1e-4 * t * slope:
                break
            t *= 0.5
        w, loss, gradient, proba = candidate, new_loss, new_gradient, new_proba
        if np.abs(gradient).max() <= tol and -0.5 * slope <= tol:
            return w, n_iter
    warnings.warn(
        f"newton-cholesky failed to converge after {max_iter} iteration(s): the largest gradient "
        f"component is {np.abs(gradient).max():.3e}, tol={tol:g}. Increase max_iter or scale the data.",
        ConvergenceWarning,
        stacklevel=4,
    )
    return w, max_iter


class LogisticRegression(ClassifierMixin, BaseEstimator):
    r"""Logistic regression with an L2 penalty: sigmoid for two classes, softmax for more.

    Minimizes :math:`C \sum_i \ell_i + \tfrac12 \lVert W \rVert^2` (the intercept is not
    penalized), where :math:`\ell_i` is the log-loss of sample i: the binomial loss on
    one weight vector for two classes (``classes_[1]`` is the positive class), the
    multinomial (softmax cross-entropy) loss on one weight vector per class for more.
    Smaller C means stronger regularization.

    ``tol``: the solver stops when the largest component of the averaged objective's
    gradient is at most ``tol`` (for ``"lbfgs"``, SciPy's projected-gradient test).
    ``warm_start=True`` starts from the previous fit's coefficients when their shape fits.

    Fitted attributes: ``classes_``, ``coef_`` (1 or K, n_features), ``intercept_``
    (1 or K,), ``n_iter_`` (1,), ``n_features_in_``.
    """

    def __init__(
        self,
        *,
        C: float = 1.0,
        tol: float = 1e-4,
        fit_intercept: bool = True,
        solver: str = "lbfgs",
        max_iter: int = 100,
        warm_start: bool = False,
    ) -> None:
        self.C = C
        self.tol = tol
        self.fit_intercept = fit_intercept
        self.solver = solver
        self.max_iter = max_iter
        self.warm_start = warm_start

    def fit(self, X: Any, y: Any) -> LogisticRegression:
        check_interval(self, "C", low=0.0, closed="neither")
        check_interval(self, "tol", low=0.0)
        check_interval(self, "max_iter", low=0, integer=True)
        check_option(self, "solver", ("lbfgs", "newton-cholesky"))
        X, y = validate_data(self, X, y, dtype=np.float64)
        check_classification_targets(y)
        self.classes_, y_index = np.unique(y, return_inverse=True)
        n_classes = len(self.classes_)
        if n_classes < 2:
            raise ValueError(
                "This solver needs samples of at least 2 classes in the data, but the data "
                f"contains only one class: {self.classes_[0]!r}"
            )
        n_samples, n_features = X.shape
        design = np.hstack([X, np.ones((n_samples, 1))]) if self.fit_intercept else X
        n_weights = design.shape[1]
        penalized = np.ones(n_weights)
        if self.fit_intercept:
            penalized[-1] = 0.0
        l2 = 1.0 / (self.C * n_samples)

        binary = n_classes == 2
        n_rows = 1 if binary else n_classes
        if binary:
            target = y_index.astype(np.float64)
            loss_gradient, hessian = binomial_loss_gradient, binomial_hessian
        else:
            target = np.eye(n_classes)[y_index]
            loss_gradient, hessian = multinomial_loss_gradient, multinomial_hessian

        w0 = np.zeros((n_rows, n_weights))
        previous = getattr(self, "coef_", None)
        if self.warm_start and previous is not None and previous.shape == (n_rows, n_features):
            w0[:, :n_features] = previous
            if self.fit_intercept:
                w0[:, -1] = self.intercept_
        w0 = w0.ravel()

        args = (design, target, l2, penalized)
        if self.solver == "lbfgs":
            w, n_iter = _lbfgs(loss_gradient, w0, args, self.tol, self.max_iter)
        else:
            null_direction = None
            if not binary and self.fit_intercept:
                null_direction = np.tile(1.0 - penalized, n_classes) / np.sqrt(n_classes)
            w, n_iter = _newton(
                loss_gradient,
                hessian,
                w0,
                args,
                tol=self.tol,
                max_iter=self.max_iter,
                null_direction=null_direction,
            )

        W = w.reshape(n_rows, n_weights)
        self.coef_ = W[:, :n_features].copy()
        self.intercept_ = W[:, -1].copy() if self.fit_intercept else np.zeros(n_rows)
        self.n_iter_ = np.array([n_iter], dtype=np.int32)
        return self

    def decision_function(self, X: Any) -> np.ndarray:
        """The linear scores :math:`XW^\\top + b`: shape (n,) for two classes, (n, K) for more."""
        check_is_fitted(self)
        X = validate_data(self, X, reset=False, dtype=np.float64)
        scores = X @ self.coef_.T + self.intercept_
        return scores.ravel() if scores.shape[1] == 1 else scores

    def predict(self, X: Any) -> np.ndarray:
        """The class with the highest score (for two classes: ``classes_[1]`` when the score is > 0)."""
        scores = self.decision_function(X)
        index = (scores > 0).astype(int) if scores.ndim == 1 else scores.argmax(axis=1)
        return self.classes_[index]

    def predict_proba(self, X: Any) -> np.ndarray:
        """Class probabilities, columns in the order of ``classes_``: sigmoid or softmax of the scores."""
        scores = self.decision_function(X)
        if scores.ndim == 1:
            positive = expit(scores)
            return np.column_stack([1.0 - positive, positive])
        return np.exp(scores - logsumexp(scores, axis=1, keepdims=True))

    def predict_log_proba(self, X: Any) -> np.ndarray:
        """Log-probabilities, computed stably (log-sigmoid, log-softmax) rather than as log(proba)."""
        scores = self.decision_function(X)
        if scores.ndim == 1:
            return np.column_stack([log_expit(-scores), log_expit(scores)])
        return scores - logsumexp(scores, axis=1, keepdims=True)
