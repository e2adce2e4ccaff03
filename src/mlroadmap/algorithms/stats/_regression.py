r"""Ordinary least squares with the inference that comes with it.

With the design matrix :math:`X` (n × p, a column of ones first for the intercept):

1. :math:`\beta = (X^T X)^{-1} X^T y`, computed from the QR decomposition :math:`X = Q R`
   as :math:`R \beta = Q^T y` (forming :math:`X^T X` squares the condition number).
2. Residuals :math:`e = y - X\beta`; the noise variance :math:`\sigma^2 = e^T e / (n - p)`,
   divided by the *residual degrees of freedom* n - p, not by n.
3. :math:`\mathrm{Cov}(\beta) = \sigma^2 (X^T X)^{-1} = \sigma^2 R^{-1} R^{-T}`; the standard errors are the
   square roots of its diagonal.
4. :math:`t_j = \beta_j / \mathrm{se}_j` with a Student's t p-value on n - p degrees of freedom.
5. :math:`R^2 = 1 - \mathrm{RSS} / \mathrm{TSS}` and the adjusted
   :math:`R^2_{adj} = 1 - (1 - R^2)(n - 1) / (n - p)`; the F statistic tests all slopes at once.

The attribute names are those of statsmodels' ``RegressionResults``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mlroadmap.algorithms.stats._checks import level, sample
from mlroadmap.algorithms.stats._hypothesis import _t_pvalue
from mlroadmap.algorithms.stats._sampling import f, t


@dataclass(frozen=True)
class OLSResults:
    params: np.ndarray
    bse: np.ndarray
    tvalues: np.ndarray
    pvalues: np.ndarray
    rsquared: float
    rsquared_adj: float
    fvalue: float
    f_pvalue: float
    scale: float
    """The estimated noise variance, RSS / df_resid."""
    resid: np.ndarray
    fittedvalues: np.ndarray
    nobs: int
    df_model: int
    df_resid: int
    normalized_cov_params: np.ndarray
    """(XᵀX)⁻¹: the covariance of the coefficients is this times ``scale``."""

    def cov_params(self) -> np.ndarray:
        """The estimated covariance matrix of the coefficients, σ² (XᵀX)⁻¹, shape (p, p)."""
        return self.scale * self.normalized_cov_params

    def conf_int(self, alpha: float = 0.05) -> np.ndarray:
        """Each coefficient's interval, ``params ± t_{1 - alpha/2, df_resid} · bse``, shape (p, 2)."""
        critical = float(t(self.df_resid).ppf(1.0 - level(alpha, "alpha") / 2.0))
        return np.column_stack([self.params - critical * self.bse, self.params + critical * self.bse])


def add_constant(X: np.ndarray) -> np.ndarray:
    """A column of ones in front of ``X``, as ``statsmodels.api.add_constant`` puts it."""
    return np.column_stack([np.ones(X.shape[0]), X])


def ols(X: object, y: object, add_intercept: bool = True) -> OLSResults:
    """Least squares of ``y`` (n,) on ``X`` (n, d), with an intercept first unless ``add_intercept=False``.

    The same numbers as ``statsmodels.api.OLS(y, sm.add_constant(X)).fit()``. Without an
    intercept, R² is computed around 0 (uncentred), as statsmodels does for a model with no
    constant column.
    """
    X = sample(X, "X")
    if X.ndim == 1:
        X = X[:, None]
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D (n samples, d features), got an array of shape {X.shape}.")
    y = sample(y, "y")
    if y.shape != (X.shape[0],):
        raise ValueError(f"y must be 1-D with one value per row of X ({X.shape[0]}), got shape {y.shape}.")
    design = add_constant(X) if add_intercept else X
    n, p = design.shape
    if n <= p:
        raise ValueError(f"OLS with {p} coefficients needs more than {p} observations, got {n}.")
    Q, R = np.linalg.qr(design)
    diagonal = np.abs(np.diag(R))
    if diagonal.min() <= 1e-10 * diagonal.max():
        raise ValueError(
            "the columns of X are linearly dependent (collinear): the coefficients are not unique."
        )
    params = np.linalg.solve(R, Q.T @ y)
    fitted = design @ params
    resid = y - fitted
    df_resid = n - p
    rss = float(resid @ resid)
    scale = rss / df_resid
    if scale == 0:
        raise ValueError("the model fits y exactly (no residual variance): standard errors are undefined.")
    R_inv = np.linalg.solve(R, np.eye(p))
    normalized_cov = R_inv @ R_inv.T  # (XᵀX)⁻¹ = R⁻¹ R⁻ᵀ
    bse = np.sqrt(scale * np.diag(normalized_cov))
    tvalues = params / bse
    pvalues = _t_pvalue(tvalues, np.full(p, float(df_resid)), "two-sided")
    has_constant = bool(add_intercept or (np.ptp(design, axis=0) == 0).any())
    k_constant = int(has_constant)
    tss = float(((y - y.mean()) ** 2).sum()) if has_constant else float(y @ y)
    rsquared = 1.0 - rss / tss
    rsquared_adj = 1.0 - (n - k_constant) / df_resid * (1.0 - rsquared)
    df_model = p - k_constant
    if df_model > 0:
        fvalue = ((tss - rss) / df_model) / scale
        f_pvalue = float(f(df_model, df_resid).sf(fvalue))
    else:
        fvalue, f_pvalue = float("nan"), float("nan")
    return OLSResults(
        params=params,
        bse=bse,
        tvalues=tvalues,
        pvalues=pvalues,
        rsquared=rsquared,
        rsquared_adj=rsquared_adj,
        fvalue=float(fvalue),
        f_pvalue=f_pvalue,
        scale=scale,
        resid=resid,
        fittedvalues=fitted,
        nobs=n,
        df_model=df_model,
        df_resid=df_resid,
        normalized_cov_params=normalized_cov,
    )
