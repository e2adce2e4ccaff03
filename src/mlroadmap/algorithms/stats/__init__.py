"""Probability and statistics: ``scipy.stats``' names and conventions, from scratch.

- Distributions as frozen objects, ``norm(loc, scale).pdf(x)`` as in scipy:
  ``bernoulli``, ``binom``, ``poisson`` (``_discrete``), ``norm``, ``expon``, ``beta``
  (``_continuous``), and the distributions of test statistics ``t``, ``chi2``, ``f``
  (``_sampling``). Each has ``pmf``/``pdf``, ``cdf``, ``sf``, ``mean``, ``var``, ``std`` and
  ``rvs(size, random_state)``; the continuous ones also ``ppf`` and ``interval``.
- ``bayes``: posterior probabilities from a prior and likelihoods.
- Descriptive statistics: ``mean``, ``var``/``std`` with ``ddof``, ``sem``.
- Inference: ``t_confidence_interval``, ``ttest_1samp``, ``ttest_ind`` (Student and Welch),
  ``chisquare``, ``chi2_contingency`` (with Yates' correction), ``permutation_test``,
  ``bootstrap`` and ``percentile_interval``, ``power_by_simulation``.
- ``ols``: least squares with standard errors, t, p-values, R² and F (statsmodels' names).
- Bayesian: ``beta_binomial_update`` and ``metropolis_hastings``.
- ``bias_variance``: the decomposition of the expected test error, by simulation.

Special functions (``erfc``, ``betainc``, ``gammainc`` and their inverses) come from
``scipy.special``: they are tools here, not what is taught.
"""

from mlroadmap.algorithms.stats._base import Distribution
from mlroadmap.algorithms.stats._bayes import bayes
from mlroadmap.algorithms.stats._bayesian import MetropolisResult, beta_binomial_update, metropolis_hastings
from mlroadmap.algorithms.stats._bias_variance import BiasVariance, bias_variance, polynomial_fit_predict
from mlroadmap.algorithms.stats._continuous import beta, expon, norm
from mlroadmap.algorithms.stats._descriptive import mean, sem, std, var
from mlroadmap.algorithms.stats._discrete import bernoulli, binom, poisson
from mlroadmap.algorithms.stats._hypothesis import (
    Chi2ContingencyResult,
    ChisquareResult,
    TtestResult,
    chi2_contingency,
    chisquare,
    ttest_1samp,
    ttest_ind,
)
from mlroadmap.algorithms.stats._intervals import ConfidenceInterval, t_confidence_interval
from mlroadmap.algorithms.stats._power import power_by_simulation
from mlroadmap.algorithms.stats._regression import OLSResults, add_constant, ols
from mlroadmap.algorithms.stats._resampling import (
    BootstrapResult,
    PermutationTestResult,
    bootstrap,
    percentile_interval,
    permutation_test,
)
from mlroadmap.algorithms.stats._sampling import chi2, f, t

__all__ = [
    "BiasVariance",
    "BootstrapResult",
    "Chi2ContingencyResult",
    "ChisquareResult",
    "ConfidenceInterval",
    "Distribution",
    "MetropolisResult",
    "OLSResults",
    "PermutationTestResult",
    "TtestResult",
    "add_constant",
    "bayes",
    "bernoulli",
    "beta",
    "beta_binomial_update",
    "bias_variance",
    "binom",
    "bootstrap",
    "chi2",
    "chi2_contingency",
    "chisquare",
    "expon",
    "f",
    "mean",
    "metropolis_hastings",
    "norm",
    "ols",
    "percentile_interval",
    "permutation_test",
    "poisson",
    "polynomial_fit_predict",
    "power_by_simulation",
    "sem",
    "std",
    "t",
    "t_confidence_interval",
    "ttest_1samp",
    "ttest_ind",
    "var",
]
