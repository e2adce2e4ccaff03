"""Kernel support vector classification: one SMO-trained binary machine per pair of classes."""

from __future__ import annotations

import numbers
from itertools import combinations
from typing import Any

import numpy as np

from mlroadmap.algorithms._blas import single_threaded_blas
from mlroadmap.algorithms.base import BaseEstimator, ClassifierMixin
from mlroadmap.algorithms.svm._kernels import (
    KERNELS,
    apply_kernel,
    kernel_argument,
    kernel_matrix,
    resolve_gamma,
)
from mlroadmap.algorithms.svm._smo import solve_dual
from mlroadmap.algorithms.validation import check_classification_targets, check_is_fitted, validate_data

GRAM_LIMIT = 4000  # up to this many samples the kernel's argument is computed once for all (128 MB)


def ovr_from_ovo(pair_decisions: np.ndarray, n_classes: int) -> np.ndarray:
    r"""One-vs-rest scores from the pairwise ones, as scikit-learn aggregates them.

    For the pair :math:`(a, b)` with decision :math:`f`, :math:`a` gets a vote if
    :math:`f \ge 0`, else :math:`b`; :math:`a` accumulates :math:`+f` and :math:`b` gets
    :math:`-f`. The score is votes plus the accumulated confidence :math:`s` squashed into
    :math:`(-1/3, 1/3)` by :math:`s / (3(|s| + 1))`: it breaks ties between equal votes
    and never overturns a difference of one vote.
    """
    votes = np.zeros((pair_decisions.shape[0], n_classes))
    confidence = np.zeros_like(votes)
    for column, (a, b) in enumerate(combinations(range(n_classes), 2)):
        decision = pair_decisions[:, column]
        votes[:, a] += decision >= 0
        votes[:, b] += decision < 0
        confidence[:, a] += decision
        confidence[:, b] -= decision
    return votes + confidence / (3 * (np.abs(confidence) + 1))


class SVC(ClassifierMixin, BaseEstimator):
    r"""C-support vector classification with a kernel, trained by SMO (see ``_smo``).

    The binary decision function is :math:`f(x) = \sum_{i \in SV} y_i \alpha_i K(x_i, x) + b`.
    More than two classes are handled one-vs-one, as libsvm does: one machine per pair
    :math:`(a, b)`, :math:`a < b`, trained on the samples of those two classes, with class
    :math:`a` as :math:`+1`; ``predict`` takes the class with most pairwise wins (ties:
    the first class), and ``decision_function`` returns those pairwise values
    (``decision_function_shape="ovo"``) or one score per class (``"ovr"``, the default,
    see :func:`ovr_from_ovo`).

    Fitted attributes have scikit-learn's layout: ``support_`` grouped by class, then by
    index; ``dual_coef_[r, s]`` is :math:`y_s \alpha_s` of support vector ``s`` in its machine
    against the ``r``-th other class; for two classes the signs of ``dual_coef_`` and
    ``intercept_`` are flipped so that a positive decision means ``classes_[1]``.
    Not implemented: ``shrinking``, ``probability``, ``class_weight``, ``sample_weight``
    (the solution does not depend on shrinking; the others change the problem).
    """

    def __init__(
        self,
        C: float = 1.0,
        *,
        kernel: str = "rbf",
        degree: int = 3,
        gamma: str | float = "scale",
        coef0: float = 0.0,
        tol: float = 1e-3,
        max_iter: int = -1,
        decision_function_shape: str = "ovr",
        break_ties: bool = False,
    ) -> None:
        self.C = C
        self.kernel = kernel
        self.degree = degree
        self.gamma = gamma
        self.coef0 = coef0
        self.tol = tol
        self.max_iter = max_iter
        self.decision_function_shape = decision_function_shape
        self.break_ties = break_ties

    def _kernel(self, X: np.ndarray, Z: np.ndarray) -> np.ndarray:
        return kernel_matrix(X, Z, self.kernel, gamma=self._gamma, degree=self.degree, coef0=self.coef0)

    def _check_hyperparameters(self) -> None:
        if not isinstance(self.C, numbers.Real) or self.C <= 0:
            raise ValueError(f"The 'C' parameter must be a float > 0. Got {self.C!r} instead.")
        if self.kernel not in KERNELS:
            raise ValueError(f"The 'kernel' parameter must be one of {KERNELS}. Got {self.kernel!r} instead.")
        if not isinstance(self.tol, numbers.Real) or self.tol <= 0:
            raise ValueError(f"The 'tol' parameter must be a float > 0. Got {self.tol!r} instead.")
        if not isinstance(self.max_iter, numbers.Integral) or (self.max_iter < 1 and self.max_iter != -1):
            raise ValueError(f"The 'max_iter' parameter must be -1 or an int >= 1. Got {self.max_iter!r}.")
        if self.decision_function_shape not in ("ovo", "ovr"):
            raise ValueError(
                "The 'decision_function_shape' parameter must be 'ovo' or 'ovr'. "
                f"Got {self.decision_function_shape!r} instead."
            )

    def fit(self, X: Any, y: Any) -> SVC:
        X, y = validate_data(self, X, y, dtype=np.float64)
        check_classification_targets(y)
        self._check_hyperparameters()
        self.classes_, labels = np.unique(y, return_inverse=True)
        n_classes = len(self.classes_)
        if n_classes < 2:
            raise ValueError(f"The number of classes has to be greater than one; got {n_classes} class")
        self._gamma = resolve_gamma(self.gamma, X)

        # One dual per pair of classes; alphas[c][a] holds y*alpha of class c's samples in
        # its machine against class a, a zero row where c == a.
        members = [np.flatnonzero(labels == c) for c in range(n_classes)]
        # The solver breaks ties by the first index where libsvm takes the last (see _smo):
        # each pair's samples are handed over in reverse order, so both choose alike. The
        # kernel's argument (a matrix product) is computed once for all samples, in reverse
        # class order, so that a pair's samples are two contiguous slices of it; see
        # _kernel_access for the rest.
        order = np.concatenate(members)[::-1]
        ends = np.cumsum([0] + [len(m) for m in members])
        n = X.shape[0]
        inner = None
        if n <= GRAM_LIMIT:
            with single_threaded_blas():  # libsvm computes its kernel on one thread too
                inner = kernel_argument(X[order], X[order], self.kernel, gamma=self._gamma, coef0=self.coef0)
        signed_alpha = [np.zeros((n_classes, len(m))) for m in members]
        intercepts, n_iters = [], []
        for a, b in combinations(range(n_classes), 2):
            rows = np.concatenate((members[a], members[b]))[::-1]
            signs = np.where(labels[rows] == a, 1.0, -1.0)
            of_a, of_b = slice(n - ends[a + 1], n - ends[a]), slice(n - ends[b + 1], n - ends[b])
            column, diagonal = self._kernel_access(X[rows], inner, of_b, of_a)
            alpha, rho, n_iter = solve_dual(
                column,
                diagonal,
                signs,
                C=float(self.C),
                tol=self.tol,
                max_iter=self.max_iter,
                cache_columns=inner is not None,
            )
            coefs = (signs * alpha)[::-1]  # back to the order of members[a], members[b]
            signed_alpha[a][b] = coefs[: len(members[a])]
            signed_alpha[b][a] = coefs[len(members[a]) :]
            intercepts.append(-rho)
            n_iters.append(n_iter)

        # A sample is a support vector if its multiplier is nonzero in any of its machines.
        is_support = [np.any(coefs != 0, axis=0) for coefs in signed_alpha]
        self.support_ = np.concatenate([m[s] for m, s in zip(members, is_support, strict=True)]).astype(
            np.int32
        )
        self.support_vectors_ = X[self.support_]
        self.n_support_ = np.array([s.sum() for s in is_support], dtype=np.int32)
        # Row r of dual_coef_ for a vector of class c: its machine against the r-th other class.
        self.dual_coef_ = np.hstack(
            [
                np.delete(coefs[:, s], c, axis=0)
                for c, (coefs, s) in enumerate(zip(signed_alpha, is_support, strict=True))
            ]
        )
        self.intercept_ = np.array(intercepts)
        if n_classes == 2:
            self.dual_coef_, self.intercept_ = -self.dual_coef_, -self.intercept_
        self.n_iter_ = np.array(n_iters, dtype=np.int32)
        self.fit_status_ = 0
        return self

    def _kernel_access(
        self, X: np.ndarray, inner: np.ndarray | None, first: slice, second: slice
    ) -> tuple[Any, np.ndarray]:
        """Kernel columns for SMO, and the kernel's diagonal, for the samples ``X``.

        With ``inner``, the kernel's argument for all samples, ``X`` are its rows ``first``
        then ``second``, and column t (a row: the kernel is symmetric) is finished (the power
        or exponential applied) when SMO asks for it, which keeps it (``cache_columns``):
        SMO visits a fraction of the samples (a ninth to a third on breast_cancer and
        digits), so most of the costly function is never evaluated. Without ``inner`` (too
        many samples to hold), columns are computed from ``X``, two per iteration.
        """
        if inner is None:
            diagonal = np.array([self._kernel(x[None], x[None])[0, 0] for x in X])
            return (lambda t: self._kernel(X, X[t : t + 1])[:, 0]), diagonal
        positions = np.r_[first, second]
        split = first.stop - first.start

        def column(t: int) -> np.ndarray:
            row, finished = inner[positions[t]], np.empty(positions.size)
            apply_kernel(row[first], self.kernel, degree=self.degree, out=finished[:split])
            apply_kernel(row[second], self.kernel, degree=self.degree, out=finished[split:])
            return finished

        return column, apply_kernel(inner[positions, positions], self.kernel, degree=self.degree)

    def _pair_decisions(self, X: np.ndarray) -> np.ndarray:
        """The pairwise decision values in libsvm's sign (positive: the first class of the pair)."""
        with single_threaded_blas():
            kernel = self._kernel(X, self.support_vectors_)
        bounds = np.concatenate(([0], np.cumsum(self.n_support_)))
        dual_coef, intercept = self.dual_coef_, self.intercept_
        if len(self.classes_) == 2:
            dual_coef, intercept = -dual_coef, -intercept
        decisions = np.empty((X.shape[0], len(intercept)))
        for column, (a, b) in enumerate(combinations(range(len(self.classes_)), 2)):
            of_a, of_b = slice(bounds[a], bounds[a + 1]), slice(bounds[b], bounds[b + 1])
            decisions[:, column] = (
                kernel[:, of_a] @ dual_coef[b - 1, of_a]
                + kernel[:, of_b] @ dual_coef[a, of_b]
                + intercept[column]
            )
        return decisions

    def decision_function(self, X: Any) -> np.ndarray:
        """Signed distances to the boundaries: shape ``(n,)`` for two classes (positive means
        ``classes_[1]``), else ``(n, n_classes)`` (``"ovr"``) or ``(n, n_pairs)`` (``"ovo"``)."""
        check_is_fitted(self)
        X = validate_data(self, X, reset=False, dtype=np.float64)
        decisions = self._pair_decisions(X)
        if len(self.classes_) == 2:
            return -decisions[:, 0]
        if self.decision_function_shape == "ovr":
            return ovr_from_ovo(decisions, len(self.classes_))
        return decisions

    def predict(self, X: Any) -> np.ndarray:
        """The class with most pairwise wins (libsvm's vote); with ``break_ties`` and ``"ovr"``,
        the largest one-vs-rest score."""
        check_is_fitted(self)
        X = validate_data(self, X, reset=False, dtype=np.float64)
        decisions = self._pair_decisions(X)
        n_classes = len(self.classes_)
        if self.break_ties and self.decision_function_shape == "ovr" and n_classes > 2:
            return self.classes_[np.argmax(ovr_from_ovo(decisions, n_classes), axis=1)]
        votes = np.zeros((X.shape[0], n_classes), dtype=np.intp)
        for column, (a, b) in enumerate(combinations(range(n_classes), 2)):
            wins = decisions[:, column] > 0
            votes[:, a] += wins
            votes[:, b] += ~wins
        return self.classes_[np.argmax(votes, axis=1)]

    @property
    def coef_(self) -> np.ndarray:
        """Primal weights of each pairwise machine, ``(n_pairs, n_features)``; linear kernel only."""
        if self.kernel != "linear":
            raise AttributeError("coef_ is only available when using a linear kernel")
        check_is_fitted(self)
        bounds = np.concatenate(([0], np.cumsum(self.n_support_)))
        rows = []
        for a, b in combinations(range(len(self.classes_)), 2):
            of_a, of_b = slice(bounds[a], bounds[a + 1]), slice(bounds[b], bounds[b + 1])
            rows.append(
                self.dual_coef_[b - 1, of_a] @ self.support_vectors_[of_a]
                + self.dual_coef_[a, of_b] @ self.support_vectors_[of_b]
            )
        return np.array(rows)
