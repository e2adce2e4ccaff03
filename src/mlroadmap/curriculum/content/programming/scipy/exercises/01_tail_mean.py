"""Integrate with scipy.integrate.quad: the mean of a mixture above a threshold.

Many quantities in ML are integrals of a density: a probability, an expected loss,
a KL divergence, the expected value of a feature among the examples that pass a
filter. When no formula is at hand, scipy.integrate.quad computes them from the
density alone, also over an infinite interval.

    The penguins' flipper lengths are well described by a mixture of normal
    distributions, one per species. With K components,

        p(x) = sum over k of weights[k] * N(x; means[k], sds[k])

    where N(x; m, s) is the normal density with mean m and standard deviation s
    (scipy.stats.norm.pdf(x, m, s)), and the weights are positive and sum to 1.

    weights, means and sds are 1-D float arrays of length K; c is a float. Return
    the mean of X among the values above c, a float:

        E[X | X > c] = (integral from c to +inf of x p(x) dx) / (integral from c to +inf of p(x) dx)

    Compute both integrals with scipy.integrate.quad, with np.inf as the upper limit.

Edge cases that matter: a single component (K = 1); a threshold several standard
deviations below every mean (the result is then the mean of the whole mixture); a
threshold between the components, where the upper one takes over. The comparison uses a relative
tolerance of 1e-7, which quad reaches with its default settings here.
"""

# ruff: noqa: F401  (these imports are the ones you need)
import numpy as np
from scipy import integrate, stats


def tail_mean(weights: np.ndarray, means: np.ndarray, sds: np.ndarray, c: float) -> float:
    # TODO: write the mixture density as a function of one x, then integrate
    # x * density and density from c to np.inf with integrate.quad, and divide.
    raise NotImplementedError("tail_mean: replace this line with your code")
