r"""t-distributed stochastic neighbour embedding (van der Maaten & Hinton, 2008).

t-SNE places the samples in a few dimensions so that who-is-near-whom survives. In the
input space each point spreads a Gaussian over the others, its width calibrated to the
*perplexity* (about how many neighbours it "sees"); the symmetrised similarities form the
joint distribution :math:`P`. In the embedding, similarities follow a heavy-tailed
Student-t kernel, :math:`Q`. Gradient descent moves the points to minimise
:math:`\mathrm{KL}(P\|Q)`.

The schedule is scikit-learn's (and the paper's): 250 steps with :math:`P` multiplied by
``early_exaggeration`` and momentum 0.5, so that clusters form and separate; then the rest
with the true :math:`P` and momentum 0.8. The gradient is computed exactly
(:math:`O(n^2)`, ``method="exact"``) or with the Barnes–Hut approximation over a quadtree
and a sparse :math:`P` restricted to :math:`3 \cdot \text{perplexity}` nearest neighbours
(:math:`O(n \log n)`, ``method="barnes_hut"``).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlroadmap.algorithms.base import BaseEstimator, TransformerMixin
from mlroadmap.algorithms.linear_model._params import check_interval, check_option
from mlroadmap.algorithms.manifold._barnes_hut import kl_gradient_bh
from mlroadmap.algorithms.manifold._exact import kl_gradient_exact
from mlroadmap.algorithms.manifold._neighbors import all_squared_distances, nearest_neighbors
from mlroadmap.algorithms.manifold._optimizer import gradient_descent
from mlroadmap.algorithms.manifold._perplexity import joint_probabilities, joint_probabilities_nn
from mlroadmap.algorithms.metrics._cluster import check_metric
from mlroadmap.algorithms.validation import check_array, check_random_state, validate_data

EXPLORATION_ITER = 250  # steps with early exaggeration
N_ITER_CHECK = 50  # steps between two evaluations of the cost
INIT_STD = 1e-4  # standard deviation of the initial embedding's first coordinate


class TSNE(TransformerMixin, BaseEstimator):
    r"""Embed the samples in ``n_components`` dimensions by t-SNE.

    Hyper-parameters and defaults are scikit-learn 1.9's. ``learning_rate="auto"`` is
    :math:`\max(n / \text{early\_exaggeration} / 4, 50)`. ``init="pca"`` starts from the
    first principal components, scaled so that the first has standard deviation
    ``1e-4``; ``init="random"`` draws :math:`\mathcal N(0, 10^{-8})` coordinates; an array
    is used as given. The Student-t kernel has :math:`\alpha = \max(\text{n\_components} - 1, 1)`
    degrees of freedom.

    ``metric`` is ``"euclidean"`` (squared, as in the paper), any other distance name or
    callable (its distances are squared, as in scikit-learn; ``metric_params`` are passed
    to it), or ``"precomputed"`` (``X`` is the distance matrix; then ``init`` cannot be
    ``"pca"``). ``n_jobs`` is the number of workers of the k-d tree search (low-dimensional
    Euclidean data only); ``verbose`` prints progress (2: every 50 steps).

    Like scikit-learn's, the estimator has ``fit`` and ``fit_transform`` but no
    ``transform``: t-SNE places the training points only, there is no map for new ones.

    Attributes: ``embedding_`` (n_samples, n_components), ``kl_divergence_`` (the cost at the
    end), ``n_iter_`` (index of the last step, scikit-learn's count), ``learning_rate_``,
    ``n_features_in_``.

    Two deliberate differences from scikit-learn 1.9: for ``n_components >= 3`` the gradient
    is the true derivative of the KL divergence (scikit-learn weights each pair by
    :math:`w_{ij}` where the derivative has :math:`k_{ij}`, the same only for
    :math:`\alpha = 1`); and ``max_iter=250`` stops after the exaggerated stage with its
    cost, where scikit-learn reports the largest float as ``kl_divergence_``.
    """

    def __init__(
        self,
        n_components: int = 2,
        *,
        perplexity: float = 30.0,
        early_exaggeration: float = 12.0,
        learning_rate: float | str = "auto",
        max_iter: int = 1000,
        n_iter_without_progress: int = 300,
        min_grad_norm: float = 1e-7,
        metric: Any = "euclidean",
        metric_params: dict | None = None,
        init: str | np.ndarray = "pca",
        verbose: int = 0,
        random_state: Any = None,
        method: str = "barnes_hut",
        angle: float = 0.5,
        n_jobs: int | None = None,
    ) -> None:
        self.n_components = n_components
        self.perplexity = perplexity
        self.early_exaggeration = early_exaggeration
        self.learning_rate = learning_rate
        self.max_iter = max_iter
        self.n_iter_without_progress = n_iter_without_progress
        self.min_grad_norm = min_grad_norm
        self.metric = metric
        self.metric_params = metric_params
        self.init = init
        self.verbose = verbose
        self.random_state = random_state
        self.method = method
        self.angle = angle
        self.n_jobs = n_jobs

    def _check_hyperparameters(self) -> None:
        check_interval(self, "n_components", low=1, integer=True)
        check_interval(self, "perplexity", low=0, closed="neither")
        check_interval(self, "early_exaggeration", low=1)
        if not (isinstance(self.learning_rate, str) and self.learning_rate == "auto"):
            check_interval(self, "learning_rate", low=0, closed="neither")
        check_interval(self, "max_iter", low=EXPLORATION_ITER, integer=True)
        check_interval(self, "n_iter_without_progress", low=-1, integer=True)
        check_interval(self, "min_grad_norm", low=0)
        check_metric(self.metric, "TSNE")
        if self.metric_params is not None and not isinstance(self.metric_params, dict):
            raise ValueError(
                "The 'metric_params' parameter of TSNE must be a dict or None. "
                f"Got {self.metric_params!r} instead."
            )
        if not isinstance(self.init, np.ndarray):
            check_option(self, "init", ("pca", "random"))
        check_option(self, "method", ("barnes_hut", "exact"))
        check_interval(self, "angle", low=0, high=1, closed="both")
        if self.n_jobs is not None:
            check_interval(self, "n_jobs", integer=True)
        if self.method == "barnes_hut" and self.n_components > 3:
            raise ValueError(
                "'n_components' should be inferior to 4 for the barnes_hut algorithm as it relies on "
                "quad-tree or oct-tree."
            )

    def fit(self, X: Any, y: Any = None) -> TSNE:
        """Embed ``X`` (stored in ``embedding_``). ``y`` is ignored."""
        self.fit_transform(X)
        return self

    def fit_transform(self, X: Any, y: Any = None) -> np.ndarray:
        """Embed ``X`` and return the embedding, shape ``(n_samples, n_components)``.

        With ``metric="precomputed"``, ``X`` is the square matrix of distances.
        """
        self._check_hyperparameters()
        X = validate_data(self, X, dtype=np.float64, ensure_min_samples=2)
        n_samples = X.shape[0]
        if self.perplexity >= n_samples:
            raise ValueError(f"perplexity ({self.perplexity}) must be less than n_samples ({n_samples})")
        if self.metric == "precomputed":
            if isinstance(self.init, str) and self.init == "pca":
                raise ValueError('The parameter init="pca" cannot be used with metric="precomputed".')
            if X.shape[0] != X.shape[1]:
                raise ValueError("X should be a square distance matrix")
            if (X < 0).any():
                raise ValueError(
                    "Negative values in data passed to TSNE.fit(). With metric='precomputed', "
                    "X should contain positive distances."
                )
        random_state = check_random_state(self.random_state)
        if self.learning_rate == "auto":
            self.learning_rate_ = max(n_samples / self.early_exaggeration / 4.0, 50.0)
        else:
            self.learning_rate_ = float(self.learning_rate)

        P = self._input_similarities(X)
        Y, self.kl_divergence_, self.n_iter_ = self._optimize(P, self._initial_embedding(X, random_state))
        self.embedding_ = Y
        return Y

    def _kl_gradient(self, Y: np.ndarray, P: Any, compute_error: bool) -> tuple[float, np.ndarray]:
        dof = max(self.n_components - 1, 1)
        if self.method == "exact":
            return kl_gradient_exact(Y, P, dof, compute_error)
        return kl_gradient_bh(Y, P, dof, self.angle, compute_error)

    def _input_similarities(self, X: np.ndarray) -> Any:
        """The joint probabilities :math:`P`: dense for exact, sparse (k neighbours) for Barnes–Hut."""
        if self.method == "exact":
            distances = all_squared_distances(X, self.metric, self.metric_params)
            if (distances < 0).any():
                raise ValueError("All distances should be positive, the metric given is not correct")
            return joint_probabilities(distances, self.perplexity)
        n_neighbors = min(X.shape[0] - 1, int(3.0 * self.perplexity + 1))
        if self.verbose:
            print(f"[t-SNE] Computing {n_neighbors} nearest neighbors...")
        distances, neighbors = nearest_neighbors(X, n_neighbors, self.metric, self.metric_params, self.n_jobs)
        return joint_probabilities_nn(distances, neighbors, self.perplexity)

    def _initial_embedding(self, X: np.ndarray, random_state: np.random.RandomState) -> np.ndarray:
        n_samples = X.shape[0]
        if isinstance(self.init, np.ndarray):
            init = check_array(self.init, input_name="init")
            if init.shape != (n_samples, self.n_components):
                raise ValueError(
                    f"init.shape={init.shape} but should be (n_samples, n_components)="
                    f"{(n_samples, self.n_components)}"
                )
            return init.copy()
        if self.init == "pca":
            from mlroadmap.algorithms.decomposition import PCA

            Y = PCA(n_components=self.n_components).fit_transform(X)
            spread = np.std(Y[:, 0])
            return Y * (INIT_STD / spread) if spread > 0 else Y
        return INIT_STD * random_state.standard_normal(size=(n_samples, self.n_components))

    def _optimize(self, P: Any, Y: np.ndarray) -> tuple[np.ndarray, float, int]:
        """The two stages: early exaggeration with momentum 0.5, then momentum 0.8."""
        settings = {
            "learning_rate": self.learning_rate_,
            "min_grad_norm": self.min_grad_norm,
            "n_iter_check": N_ITER_CHECK,
            "verbose": self.verbose,
        }
        exaggerated = P * self.early_exaggeration
        Y, kl, it = gradient_descent(
            lambda Y, compute_error: self._kl_gradient(Y, exaggerated, compute_error),
            Y,
            start=0,
            max_iter=EXPLORATION_ITER,
            momentum=0.5,
            n_iter_without_progress=EXPLORATION_ITER,
            **settings,
        )
        if self.verbose:
            print(f"[t-SNE] KL divergence after {it + 1} iterations with early exaggeration: {kl:f}")
        if it < EXPLORATION_ITER - 1 or self.max_iter > EXPLORATION_ITER:
            Y, kl, it = gradient_descent(
                lambda Y, compute_error: self._kl_gradient(Y, P, compute_error),
                Y,
                start=it + 1,
                max_iter=self.max_iter,
                momentum=0.8,
                n_iter_without_progress=self.n_iter_without_progress,
                **settings,
            )
        if self.verbose:
            print(f"[t-SNE] KL divergence after {it + 1} iterations: {kl:f}")
        return Y, kl, it

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.pairwise = self.metric == "precomputed"
        return tags
