"""OLS regression analysis: coefficients and their standard errors.

A coefficient of 5.3 means little until you know how precise it is. The standard
errors, printed by statsmodels' summary() next to every coefficient, turn a fit into
evidence: t = coefficient / standard error, and |t| well above 2 says the effect is
unlikely to be noise.

    X  a float array of shape (n, d): n observations, d features (no intercept column)
    y  a float array of shape (n,)

    1. the design matrix A = [1 | X], shape (n, p) with p = d + 1 (a column of ones
       first, for the intercept)
    2. beta = (A^T A)^{-1} A^T y, shape (p,)         (np.linalg.lstsq or solve)
    3. residuals e = y - A @ beta; the noise variance sigma2 = e @ e / (n - p)
    4. the covariance of beta is sigma2 * (A^T A)^{-1}; the standard errors are the
       square roots of its diagonal, shape (p,)

    Return the tuple (beta, se): beta[0] is the intercept, beta[1:] the slopes.

Edge cases that matter: n = p + 1 (one residual degree of freedom); d = 1 (a line).
Divide by n - p, counting the intercept among the p coefficients: every estimated
coefficient uses up one degree of freedom of the residuals. You may assume A has full
column rank and the fit is not exact.
"""

import numpy as np


def ols_standard_errors(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    # TODO: add the intercept column, fit, estimate sigma² from the residuals,
    # then take the square roots of the diagonal of sigma² (AᵀA)⁻¹.
    raise NotImplementedError("ols_standard_errors: replace this line with your code")
