r"""Lasso and ElasticNet: least squares with L1 (and L2) penalties, by coordinate descent.

scikit-learn's objective averages the squared error over the n samples:

.. math::

    \frac{1}{2n} \lVert y - Xw \rVert_2^2 + \alpha \rho \lVert w \rVert_1
    + \frac{\alpha (1 - \rho)}{2} \lVert w \rVert_2^2, \qquad \rho = \text{l1\_ratio}.

Multiplied by n it is the solver's :math:`P(w)` with :math:`\lambda_1 = n \alpha \rho`
and :math:`\lambda_2 = n \alpha (1 - \rho)` (see ``_coordinate_descent``). Lasso is ρ = 1.
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np

from mlroadmap.algorithms.base import BaseEstimator, RegressorMixin
from mlroadmap.algorithms.linear_model._base import LinearRegressorMixin, center_data
from mlroadmap.algorithms.linear_model._coordinate_descent import enet_coordinate_descent
from mlroadmap.algorithms.linear_model._params import check_interval, check_option
from mlroadmap.algorithms.validation import check_random_state, validate_data


class ElasticNet(LinearRegressorMixin, RegressorMixin, BaseEstimator):
    r"""Linear regression with a mix of L1 and L2 penalties, fitted by coordinate descent.

    Minimizes :math:`\frac{1}{2n}\lVert y - Xw\rVert^2 + \alpha\rho\lVert w\rVert_1
    + \frac{\alpha(1-\rho)}{2}\lVert w\rVert^2` with ρ = ``l1_ratio``; the intercept
    is fitted by centring and not penalized.

    ``tol``: a sweep whose largest coefficient change is at most ``tol`` times the largest
    coefficient triggers a duality-gap check; the fit stops when the gap (of the problem
    multiplied by n) is at most ``tol · ‖y − ȳ‖²``. ``dual_gap_`` reports the gap of the
    1/(2n)-scaled objective. ``precompute``: ``True`` precomputes the Gram matrix XᵀX
    and uses Gram updates (O(p) per coordinate, best when n_samples ≫ n_features),
    ``False`` keeps the residual (O(n) per coordinate, with the column norms
    precomputed). ``selection="random"`` draws each sweep's coordinates at random (with
    replacement) from ``random_state``. ``warm_start=True`` starts from the
    previous ``coef_``, the way to follow a regularization path cheaply.
    """

    def __init__(
        self,
        alpha: float = 1.0,
        *,
        l1_ratio: float = 0.5,
        fit_intercept: bool = True,
        precompute: bool = False,
        max_iter: int = 1000,
        tol: float = 1e-4,
        warm_start: bool = False,
        positive: bool = False,
        random_state: Any = None,
        selection: str = "cyclic",
    ) -> None:
        self.alpha = alpha
        self.l1_ratio = l1_ratio
        self.fit_intercept = fit_intercept
        self.precompute = precompute
        self.max_iter = max_iter
        self.tol = tol
        self.warm_start = warm_start
        self.positive = positive
        self.random_state = random_state
        self.selection = selection

    def _l1_ratio(self) -> float:
        check_interval(self, "l1_ratio", low=0.0, high=1.0, closed="both")
        return float(self.l1_ratio)

    def fit(self, X: Any, y: Any) -> ElasticNet:
        check_interval(self, "alpha", low=0.0)
        l1_ratio = self._l1_ratio()
        check_interval(self, "max_iter", low=1, integer=True)
        check_interval(self, "tol", low=0.0)
        check_option(self, "selection", ("cyclic", "random"))
        check_option(self, "precompute", (True, False))
        if self.alpha == 0:
            warnings.warn(
                "With alpha=0, coordinate descent converges poorly; use LinearRegression instead.",
                UserWarning,
                stacklevel=2,
            )
        X, y = validate_data(self, X, y, dtype=np.float64, y_numeric=True)
        y = y.astype(np.float64, copy=False)
        n_samples, n_features = X.shape
        Xc, yc, X_offset, y_offset = center_data(X, y, self.fit_intercept)

        previous = getattr(self, "coef_", None)
        if self.warm_start and previous is not None and previous.shape == (n_features,):
            w = np.array(previous, dtype=np.float64)
        else:
            w = np.zeros(n_features)
        random_order = None
        if self.selection == "random":
            rng = check_random_state(self.random_state)

            def random_order() -> np.ndarray:
                return rng.randint(0, n_features, size=n_features).tolist()

        self.coef_, gap, _, self.n_iter_ = enet_coordinate_descent(
            w,
            n_samples * self.alpha * l1_ratio,
            n_samples * self.alpha * (1.0 - l1_ratio),
            Xc,
            yc,
            max_iter=self.max_iter,
            tol=self.tol,
            use_gram=bool(self.precompute),
            positive=bool(self.positive),
            random_order=random_order,
        )
        self.dual_gap_ = gap / n_samples
        self._set_intercept(X_offset, y_offset)
        return self


class Lasso(ElasticNet):
    r"""Linear regression with an L1 penalty: the lasso.

    Minimizes :math:`\frac{1}{2n}\lVert y - Xw\rVert^2 + \alpha\lVert w\rVert_1`.

    ElasticNet with ``l1_ratio=1``; see :class:`ElasticNet` for the solver's parameters.
    The L1 penalty sets coefficients exactly to zero: every feature whose correlation
    with the residual stays below nα in absolute value is dropped.
    """

    def __init__(
        self,
        alpha: float = 1.0,
        *,
        fit_intercept: bool = True,
        precompute: bool = False,
        max_iter: int = 1000,
        tol: float = 1e-4,
        warm_start: bool = False,
        positive: bool = False,
        random_state: Any = None,
        selection: str = "cyclic",
    ) -> None:
        self.alpha = alpha
        self.fit_intercept = fit_intercept
        self.precompute = precompute
        self.max_iter = max_iter
        self.tol = tol
        self.warm_start = warm_start
        self.positive = positive
        self.random_state = random_state
        self.selection = selection

    def _l1_ratio(self) -> float:
        return 1.0
