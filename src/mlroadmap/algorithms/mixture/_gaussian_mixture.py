r"""Gaussian mixture models fitted by expectation–maximisation (EM).

The model says each sample comes from one of k Gaussians, picked with probability
:math:`\pi_k`:  :math:`p(x) = \sum_k \pi_k\, \mathcal N(x \mid \mu_k, \Sigma_k)`. EM
alternates two steps, and never lowers the average log-likelihood
:math:`\frac1n \sum_i \log p(x_i)`:

* **E-step**: the responsibilities :math:`r_{ik} = \pi_k \mathcal N(x_i \mid \mu_k, \Sigma_k) / p(x_i)`,
  the posterior probability that sample i came from component k, computed in log space
  (log-densities, then log-sum-exp) so tiny densities do not underflow;
* **M-step**: weighted maximum likelihood, :math:`\pi_k = N_k / n` with
  :math:`N_k = \sum_i r_{ik}`, and each mean and covariance from the samples weighted by
  :math:`r_{\cdot k}` (see :mod:`._gaussian`).

It stops when the average log-likelihood changes by less than ``tol``.
"""

from __future__ import annotations

import numbers
import warnings
from typing import Any, NamedTuple

import numpy as np

from mlroadmap.algorithms.base import BaseEstimator
from mlroadmap.algorithms.cluster import KMeans
from mlroadmap.algorithms.cluster._kmeans import kmeans_plusplus
from mlroadmap.algorithms.mixture._gaussian import (
    COVARIANCE_TYPES,
    covariances_from_cholesky,
    estimate_gaussian_parameters,
    log_gaussian_density,
    logsumexp_rows,
    precision_cholesky,
    precision_cholesky_from_precisions,
    precisions_from_cholesky,
)
from mlroadmap.algorithms.validation import (
    ConvergenceWarning,
    check_array,
    check_is_fitted,
    check_random_state,
    validate_data,
)

INIT_PARAMS = ("kmeans", "k-means++", "random", "random_from_data")


class Components(NamedTuple):
    """The fitted parameters of a mixture, as EM passes them from step to step."""

    weights: np.ndarray
    means: np.ndarray
    covariances: np.ndarray
    precisions_cholesky: np.ndarray


class GaussianMixture(BaseEstimator):
    r"""A mixture of ``n_components`` Gaussians, fitted by EM.

    ``init_params`` chooses the starting responsibilities: ``"kmeans"`` (one-hot labels of a
    k-means run, scikit-learn's default), ``"k-means++"`` (one-hot at the k-means++ seeds),
    ``"random"`` (uniform random, normalised per sample) or ``"random_from_data"`` (one-hot
    at k distinct random samples). ``weights_init``, ``means_init`` and ``precisions_init``
    override the parameters that the first M-step would compute from those.

    The random draws are scikit-learn's, in its order, from ``check_random_state(random_state)``,
    and k-means is our own :class:`~mlroadmap.algorithms.cluster.KMeans` run exactly as
    scikit-learn runs its own (``n_init=1``, the same RandomState): the same seed gives the
    same starting point in both libraries.

    Fitted attributes: ``weights_`` (k,), ``means_`` (k, d), ``covariances_``,
    ``precisions_`` and ``precisions_cholesky_`` (shapes by ``covariance_type``, see
    :mod:`._gaussian`), ``converged_``, ``n_iter_``, ``lower_bound_`` (the average
    log-likelihood of the best run, as measured at its last E-step), ``lower_bounds_``
    (its history) and ``n_features_in_``.
    """

    def __init__(
        self,
        n_components: int = 1,
        *,
        covariance_type: str = "full",
        tol: float = 1e-3,
        reg_covar: float = 1e-6,
        max_iter: int = 100,
        n_init: int = 1,
        init_params: str = "kmeans",
        weights_init: Any = None,
        means_init: Any = None,
        precisions_init: Any = None,
        random_state: Any = None,
        warm_start: bool = False,
        verbose: int = 0,
        verbose_interval: int = 10,
    ) -> None:
        self.n_components = n_components
        self.covariance_type = covariance_type
        self.tol = tol
        self.reg_covar = reg_covar
        self.max_iter = max_iter
        self.n_init = n_init
        self.init_params = init_params
        self.weights_init = weights_init
        self.means_init = means_init
        self.precisions_init = precisions_init
        self.random_state = random_state
        self.warm_start = warm_start
        self.verbose = verbose
        self.verbose_interval = verbose_interval

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.estimator_type = "density_estimator"
        return tags

    # ----------------------------------------------------------------- validation

    def _check_hyperparameters(self) -> None:
        """scikit-learn's constraints on the hyper-parameters, checked in ``fit``, with its
        wording (it raises a subclass of ValueError; so do we)."""

        def require(name: str, ok: bool, allowed: str) -> None:
            if not ok:
                raise ValueError(
                    f"The {name!r} parameter of GaussianMixture must be {allowed}. "
                    f"Got {getattr(self, name)!r} instead."
                )

        def is_int(value: Any, low: int) -> bool:
            return isinstance(value, numbers.Integral) and not isinstance(value, bool) and value >= low

        def is_float(value: Any) -> bool:
            return isinstance(value, numbers.Real) and not isinstance(value, bool) and value >= 0.0

        for name, low in [("n_components", 1), ("max_iter", 0), ("n_init", 1), ("verbose_interval", 1)]:
            require(name, is_int(getattr(self, name), low), f"an int in the range [{low}, inf)")
        for name in ("tol", "reg_covar"):
            require(name, is_float(getattr(self, name)), "a float in the range [0.0, inf)")
        for name, options in [("covariance_type", COVARIANCE_TYPES), ("init_params", INIT_PARAMS)]:
            value = getattr(self, name)
            require(name, isinstance(value, str) and value in options, f"a str among {set(options)}")
        require("warm_start", isinstance(self.warm_start, bool | np.bool_), "an instance of 'bool'")
        verbose = self.verbose
        require("verbose", isinstance(verbose, numbers.Integral) and verbose >= 0, "an int >= 0 or a bool")

    def _checked_initial_parameters(
        self, n_features: int
    ) -> tuple[np.ndarray | None, np.ndarray | None, np.ndarray | None]:
        """``weights_init``, ``means_init`` and ``precisions_init`` as validated arrays (or None),
        with scikit-learn's messages. The hyper-parameters themselves are left untouched."""
        k = self.n_components
        weights = means = precisions = None
        if self.weights_init is not None:
            weights = check_array(self.weights_init, ensure_2d=False, dtype=np.float64)
            _check_shape(weights, (k,), "weights")
            if weights.min() < 0.0 or weights.max() > 1.0:
                raise ValueError(
                    "The parameter 'weights' should be in the range [0, 1], but got max value "
                    f"{weights.max():.5f}, min value {weights.min():.5f}"
                )
            if not np.isclose(abs(1.0 - weights.sum()), 0.0, rtol=0.0, atol=1e-8):
                raise ValueError(
                    "The parameter 'weights' should be normalized, but got "
                    f"sum(weights) = {weights.sum():.5f}"
                )
        if self.means_init is not None:
            means = check_array(self.means_init, ensure_2d=False, dtype=np.float64)
            _check_shape(means, (k, n_features), "means")
        if self.precisions_init is not None:
            kind = self.covariance_type
            name = f"{kind} precision"
            precisions = np.asarray(self.precisions_init, dtype=np.float64)
            if not np.isfinite(precisions).all():
                raise ValueError(f"Input {name} contains NaN or infinity.")
            shapes = {
                "full": (k, n_features, n_features),
                "tied": (n_features, n_features),
                "diag": (k, n_features),
                "spherical": (k,),
            }
            _check_shape(precisions, shapes[kind], name)
            if kind in ("diag", "spherical"):
                if np.any(precisions <= 0.0):
                    raise ValueError(f"'{name}' should be positive")
            else:
                for matrix in precisions if kind == "full" else [precisions]:
                    symmetric = np.allclose(matrix, matrix.T)
                    if not (symmetric and np.all(np.linalg.eigvalsh(matrix) > 0.0)):
                        raise ValueError(f"'{name}' should be symmetric, positive-definite")
        return weights, means, precisions

    # ----------------------------------------------------------------- EM

    def _initial_responsibilities(self, X: np.ndarray, rng: np.random.RandomState) -> np.ndarray:
        n_samples, k = X.shape[0], self.n_components
        if self.init_params == "kmeans":
            labels = KMeans(k, n_init=1, random_state=rng).fit(X).labels_
            return np.eye(k)[labels]
        if self.init_params == "random":
            resp = rng.uniform(size=(n_samples, k))
            return resp / resp.sum(axis=1)[:, None]
        if self.init_params == "random_from_data":
            chosen = rng.choice(n_samples, size=k, replace=False)
        else:  # "k-means++": the seeds are samples; find which (the first of equal rows will do)
            seeds = kmeans_plusplus(X, k, rng)
            chosen = np.array([np.equal(X, seed).all(axis=1).argmax() for seed in seeds])
        resp = np.zeros((n_samples, k))
        resp[chosen, np.arange(k)] = 1.0
        return resp

    def _initialize(
        self,
        X: np.ndarray,
        rng: np.random.RandomState,
        weights_init: np.ndarray | None,
        means_init: np.ndarray | None,
        precisions_init: np.ndarray | None,
    ) -> Components:
        """The starting parameters: an M-step on the initial responsibilities, with any
        given ``*_init`` taking the place of what it computed. When all three are given
        no responsibilities are needed, and no random numbers are drawn."""
        kind = self.covariance_type
        weights = means = covariances = None
        if weights_init is None or means_init is None or precisions_init is None:
            resp = self._initial_responsibilities(X, rng)
            nk, means, covariances = estimate_gaussian_parameters(X, resp, self.reg_covar, kind)
            weights = nk / X.shape[0]
        if weights_init is not None:
            weights = weights_init
        if means_init is not None:
            means = means_init
        if precisions_init is not None:
            factors = precision_cholesky_from_precisions(precisions_init, kind)
            covariances = covariances_from_cholesky(factors, kind)
        else:
            factors = precision_cholesky(covariances, kind)
        return Components(weights, means, covariances, factors)

    def _weighted_log_density(self, X: np.ndarray, params: Components) -> np.ndarray:
        r""":math:`\log \pi_k + \log \mathcal N(x_i \mid \mu_k, \Sigma_k)`, shape (n, k)."""
        log_density = log_gaussian_density(X, params.means, params.precisions_cholesky, self.covariance_type)
        with np.errstate(divide="ignore"):  # a component of weight 0 has log-weight -inf
            return log_density + np.log(params.weights)

    def _e_step(self, X: np.ndarray, params: Components) -> tuple[np.ndarray, np.ndarray]:
        r"""Per-sample log-likelihood :math:`\log p(x_i)` and log-responsibilities
        :math:`\log r_{ik} = \log \pi_k \mathcal N_k(x_i) - \log p(x_i)`."""
        weighted = self._weighted_log_density(X, params)
        log_likelihood = logsumexp_rows(weighted)
        with np.errstate(under="ignore"):
            return log_likelihood, weighted - log_likelihood[:, None]

    def _m_step(self, X: np.ndarray, log_resp: np.ndarray) -> Components:
        kind = self.covariance_type
        nk, means, covariances = estimate_gaussian_parameters(X, np.exp(log_resp), self.reg_covar, kind)
        return Components(nk / nk.sum(), means, covariances, precision_cholesky(covariances, kind))

    def fit(self, X: Any, y: Any = None) -> GaussianMixture:
        """Fit by EM, ``n_init`` times from different starts, keeping the run with the highest
        likelihood. With ``warm_start=True`` a refit starts from the previous solution."""
        self.fit_predict(X, y)
        return self

    def fit_predict(self, X: Any, y: Any = None) -> np.ndarray:
        """Fit, then return the most probable component of each training sample."""
        self._check_hyperparameters()
        X = validate_data(self, X, dtype=np.float64, ensure_min_samples=2)
        n_samples, n_features = X.shape
        if n_samples < self.n_components:
            raise ValueError(
                "Expected n_samples >= n_components "
                f"but got n_components = {self.n_components}, n_samples = {n_samples}"
            )
        initial = self._checked_initial_parameters(n_features)

        do_init = not (self.warm_start and hasattr(self, "converged_"))
        n_init = self.n_init if do_init else 1
        rng = check_random_state(self.random_state)
        params = None if do_init else self._fitted_components()
        best, best_lower_bound, best_n_iter, best_history, best_converged = None, -np.inf, 0, [], False
        for init in range(n_init):
            self._say(f"Initialization {init}")
            if do_init:
                params = self._initialize(X, rng, *initial)
            lower_bound = -np.inf if do_init else self.lower_bound_
            history: list[float] = []
            if self.max_iter == 0:
                best, best_n_iter = params, 0
                continue
            converged = False
            for n_iter in range(1, self.max_iter + 1):
                previous = lower_bound
                log_likelihood, log_resp = self._e_step(X, params)
                params = self._m_step(X, log_resp)
                lower_bound = float(log_likelihood.mean())  # of the parameters before this M-step
                history.append(lower_bound)
                change = lower_bound - previous
                if n_iter % self.verbose_interval == 0:
                    self._say(f"  Iteration {n_iter}", f"\t ll change {change:.5f}")
                if abs(change) < self.tol:
                    converged = True
                    break
            self._say(
                f"Initialization {'converged' if converged else 'did not converge'}.",
                f"\t lower bound {lower_bound:.5f}.",
            )
            if lower_bound > best_lower_bound or best_lower_bound == -np.inf:
                best, best_lower_bound, best_n_iter = params, lower_bound, n_iter
                best_history, best_converged = history, converged

        if not best_converged and self.max_iter > 0:
            warnings.warn(
                "Best performing initialization did not converge. Try different init parameters, "
                "or increase max_iter, tol, or check for degenerate data.",
                ConvergenceWarning,
                stacklevel=2,
            )
        self.weights_, self.means_, self.covariances_, self.precisions_cholesky_ = best
        self.precisions_ = precisions_from_cholesky(best.precisions_cholesky, self.covariance_type)
        self.converged_ = best_converged
        self.n_iter_ = best_n_iter
        self.lower_bound_ = best_lower_bound
        self.lower_bounds_ = best_history
        _, log_resp = self._e_step(X, best)
        return log_resp.argmax(axis=1)

    def _fitted_components(self) -> Components:
        return Components(self.weights_, self.means_, self.covariances_, self.precisions_cholesky_)

    def _say(self, message: str, detail: str = "") -> None:
        """scikit-learn's progress messages: ``verbose=1`` prints them, ``verbose>=2`` adds the
        log-likelihood (not scikit-learn's timings)."""
        if self.verbose >= 1:
            print(message + (detail if self.verbose >= 2 else ""))

    # ----------------------------------------------------------------- inference

    def _validated(self, X: Any) -> np.ndarray:
        check_is_fitted(self)
        return validate_data(self, X, dtype=np.float64, reset=False)

    def score_samples(self, X: Any) -> np.ndarray:
        r"""The log-likelihood :math:`\log p(x_i)` of each sample under the fitted mixture."""
        X = self._validated(X)
        return logsumexp_rows(self._weighted_log_density(X, self._fitted_components()))

    def score(self, X: Any, y: Any = None) -> float:
        """The average log-likelihood of the samples (higher is better)."""
        return float(np.mean(self.score_samples(X)))

    def predict_proba(self, X: Any) -> np.ndarray:
        """The responsibilities: the posterior probability of each component, shape (n, k)."""
        X = self._validated(X)
        return np.exp(self._e_step(X, self._fitted_components())[1])

    def predict(self, X: Any) -> np.ndarray:
        """The most probable component of each sample."""
        X = self._validated(X)
        return self._weighted_log_density(X, self._fitted_components()).argmax(axis=1)

    def _n_parameters(self) -> int:
        """Free parameters: k·d means, k − 1 weights (they sum to 1), and the covariances."""
        k, d = self.means_.shape
        covariance = {
            "full": k * d * (d + 1) / 2.0,
            "tied": d * (d + 1) / 2.0,
            "diag": k * d,
            "spherical": k,
        }[self.covariance_type]
        return int(covariance + k * d + k - 1)

    def bic(self, X: Any) -> float:
        r"""Bayesian information criterion, :math:`-2 \log L + p \log n` (lower is better)."""
        n_samples = np.shape(X)[0]
        return -2 * self.score(X) * n_samples + self._n_parameters() * np.log(n_samples)

    def aic(self, X: Any) -> float:
        r"""Akaike information criterion, :math:`-2 \log L + 2p` (lower is better)."""
        return -2 * self.score(X) * np.shape(X)[0] + 2 * self._n_parameters()

    def sample(self, n_samples: int = 1) -> tuple[np.ndarray, np.ndarray]:
        """Draw ``n_samples`` points from the fitted mixture: how many from each component
        (one multinomial draw), then each component's points; returns them grouped by
        component, with their component labels. Seeded by ``random_state``, drawn in
        scikit-learn's order."""
        check_is_fitted(self)
        if not isinstance(n_samples, numbers.Integral) or n_samples < 1:
            raise ValueError(
                f"Invalid value for 'n_samples': {n_samples} . The sampling requires at least one sample."
            )
        rng = check_random_state(self.random_state)
        counts = rng.multinomial(n_samples, self.weights_)
        n_features = self.means_.shape[1]
        kind = self.covariance_type
        if kind in ("full", "tied"):
            covariances = self.covariances_ if kind == "full" else [self.covariances_] * len(counts)
            parts = [
                rng.multivariate_normal(mean, covariance, int(count))
                for mean, covariance, count in zip(self.means_, covariances, counts, strict=True)
            ]
        else:
            parts = [
                mean + rng.standard_normal(size=(count, n_features)) * np.sqrt(covariance)
                for mean, covariance, count in zip(self.means_, self.covariances_, counts, strict=True)
            ]
        labels = np.repeat(np.arange(len(counts)), counts)
        return np.vstack(parts), labels


def _check_shape(array: np.ndarray, shape: tuple[int, ...], name: str) -> None:
    if array.shape != shape:
        raise ValueError(f"The parameter '{name}' should have the shape of {shape}, but got {array.shape}")
