r"""Gaussian naive Bayes: features independent given the class, each one normal.

.. math::

    \log p(x, c) = \log \pi_c - \tfrac12 \sum_k \left[\log(2\pi\sigma_{ck}^2)
    + \frac{(x_k - \theta_{ck})^2}{\sigma_{ck}^2}\right],
    \qquad
    P(c \mid x) = \frac{p(x, c)}{\sum_{c'} p(x, c')},

the normalization done in log space with log-sum-exp, since the joint likelihoods
underflow to 0 in floating point for points far from every class. Each variance gets
:math:`\epsilon = \text{var\_smoothing} \cdot \max_k \operatorname{Var}(X_{\cdot k})` added,
so a feature constant within a class does not make its density infinite.
"""

from __future__ import annotations

import numbers
from typing import Any

import numpy as np
from scipy.special import logsumexp

from mlroadmap.algorithms.base import BaseEstimator, ClassifierMixin
from mlroadmap.algorithms.validation import (
    check_classification_targets,
    check_consistent_length,
    check_is_fitted,
    check_sample_weight,
    validate_data,
)


class GaussianNB(ClassifierMixin, BaseEstimator):
    """Gaussian naive Bayes (see the module docstring for the model).

    ``theta_`` and ``var_`` (shape ``(n_classes, n_features)``) are the per-class (weighted)
    means and population variances, ``var_`` including ``epsilon_``; ``class_prior_`` is
    ``priors`` if given, else the class frequencies. ``partial_fit`` updates the statistics
    batch by batch with the pooled-variance formula (Chan, Golub and LeVeque); ``epsilon_``
    comes from the latest batch, as in scikit-learn, and ``var_`` is always the pooled
    variance plus the current ``epsilon_`` (scikit-learn subtracts the *new* epsilon from
    the old smoothed variances, leaving their difference in ``var_``). ``logsumexp`` comes from
    SciPy: the stable log-normalizer is the textbook one, and SciPy's is the reference.
    """

    def __init__(self, *, priors: Any = None, var_smoothing: float = 1e-9) -> None:
        self.priors = priors
        self.var_smoothing = var_smoothing

    def fit(self, X: Any, y: Any, sample_weight: Any = None) -> GaussianNB:
        X, y = validate_data(self, X, y, dtype=np.float64)
        check_classification_targets(y)
        for attribute in ("classes_", "theta_", "var_", "class_count_", "epsilon_"):
            self.__dict__.pop(attribute, None)
        return self._update(X, y, sample_weight, classes=np.unique(y))

    def partial_fit(self, X: Any, y: Any, classes: Any = None, sample_weight: Any = None) -> GaussianNB:
        """Update the fit with one more batch; ``classes`` (all of them) is required on the first call."""
        first = not hasattr(self, "classes_")
        X, y = validate_data(self, X, y, reset=first, dtype=np.float64)
        check_classification_targets(y)
        if first:
            if classes is None:
                raise ValueError("classes must be passed on the first call to partial_fit.")
            return self._update(X, y, sample_weight, classes=np.unique(classes))
        if classes is not None and not np.array_equal(np.unique(classes), self.classes_):
            raise ValueError(
                f"`classes={classes!r}` is not the same as on last call to partial_fit, "
                f"was: {self.classes_!r}"
            )
        return self._update(X, y, sample_weight, classes=None)

    def _update(
        self, X: np.ndarray, y: np.ndarray, sample_weight: Any, classes: np.ndarray | None
    ) -> GaussianNB:
        weights = check_sample_weight(sample_weight, X.shape[0], only_non_negative=True)
        check_consistent_length(X, y, weights)
        if not isinstance(self.var_smoothing, numbers.Real) or self.var_smoothing < 0:
            raise ValueError(
                f"The 'var_smoothing' parameter must be a float >= 0. Got {self.var_smoothing!r}."
            )
        if classes is None:  # a later batch: pool with the variances without their smoothing
            self.var_ -= self.epsilon_
        self.epsilon_ = self.var_smoothing * np.var(X, axis=0).max()
        if classes is not None:  # first batch: statistics start empty
            self.classes_ = classes
            n_classes, n_features = len(classes), X.shape[1]
            self.theta_ = np.zeros((n_classes, n_features))
            self.var_ = np.zeros((n_classes, n_features))
            self.class_count_ = np.zeros(n_classes)
            self._check_priors()
        unseen = np.setdiff1d(y, self.classes_)
        if unseen.size:
            raise ValueError(
                f"The target label(s) {unseen} in y do not exist in the initial classes {self.classes_}"
            )

        # Weighted batch statistics of every class at once, through a one-hot membership matrix.
        membership = (y[:, None] == self.classes_[None, :]) * weights[:, None]  # (n_samples, n_classes)
        batch_count = membership.sum(axis=0)
        seen = batch_count > 0
        safe_count = np.where(seen, batch_count, 1.0)[:, None]
        batch_mean = membership.T @ X / safe_count
        batch_var = (
            np.stack([w @ (X - mu) ** 2 for w, mu in zip(membership.T, batch_mean, strict=True)]) / safe_count
        )

        # Pool with the previous statistics: the combined mean is the weighted mean of means,
        # the combined sum of squares adds the spread between the two means.
        old_count = self.class_count_[:, None]
        new_count = old_count + batch_count[:, None]
        safe_new = np.where(new_count > 0, new_count, 1.0)
        mean = (old_count * self.theta_ + batch_count[:, None] * batch_mean) / safe_new
        sum_squares = (
            old_count * self.var_
            + batch_count[:, None] * batch_var
            + old_count * batch_count[:, None] / safe_new * (self.theta_ - batch_mean) ** 2
        )
        self.theta_ = np.where(seen[:, None], mean, self.theta_)
        self.var_ = np.where(seen[:, None], sum_squares / safe_new, self.var_) + self.epsilon_
        self.class_count_ = new_count[:, 0]
        if self.priors is None:
            self.class_prior_ = self.class_count_ / self.class_count_.sum()
        return self

    def _check_priors(self) -> None:
        if self.priors is None:
            return
        priors = np.asarray(self.priors, dtype=np.float64)
        if len(priors) != len(self.classes_):
            raise ValueError("Number of priors must match number of classes.")
        if not np.isclose(priors.sum(), 1.0):
            raise ValueError("The sum of the priors should be 1.")
        if (priors < 0).any():
            raise ValueError("Priors must be non-negative.")
        self.class_prior_ = priors

    def _joint_log_likelihood(self, X: np.ndarray) -> np.ndarray:
        """:math:`\\log p(x, c)` for every sample and class, shape ``(n_samples, n_classes)``."""
        log_normalizer = -0.5 * np.log(2.0 * np.pi * self.var_).sum(axis=1)
        squared_z = ((X[:, None, :] - self.theta_[None]) ** 2 / self.var_[None]).sum(axis=2)
        with np.errstate(divide="ignore"):  # a zero prior gives log 0 = -inf: that class is never chosen
            log_prior = np.log(self.class_prior_)
        return log_prior + log_normalizer - 0.5 * squared_z

    def predict_log_proba(self, X: Any) -> np.ndarray:
        """:math:`\\log P(c \\mid x)`, normalized with log-sum-exp."""
        check_is_fitted(self)
        X = validate_data(self, X, reset=False, dtype=np.float64)
        joint = self._joint_log_likelihood(X)
        return joint - logsumexp(joint, axis=1, keepdims=True)

    def predict_proba(self, X: Any) -> np.ndarray:
        """:math:`P(c \\mid x)`, shape ``(n_samples, n_classes)``."""
        return np.exp(self.predict_log_proba(X))

    def predict(self, X: Any) -> np.ndarray:
        """The class of largest posterior (the largest joint likelihood)."""
        check_is_fitted(self)
        X = validate_data(self, X, reset=False, dtype=np.float64)
        return self.classes_[np.argmax(self._joint_log_likelihood(X), axis=1)]
