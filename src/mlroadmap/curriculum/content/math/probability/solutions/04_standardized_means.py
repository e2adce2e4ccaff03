"""The central limit theorem: standardize the means of repeated experiments.

Every A/B test, every error bar and every "mean ± 2 standard errors" rests on one
fact: the mean of n independent draws from *any* distribution with mean mu and
standard deviation sigma has mean mu and standard deviation sigma / sqrt(n), and for
large n its distribution is close to normal. Standardized, the means should look
like draws from N(0, 1), whatever the distribution of a single draw.

    draws  a float array of shape (m, n): m experiments (rows), n draws in each
    mu     the mean of one draw (a float), sigma its standard deviation (a float > 0)

    For every experiment i, with mean_i the mean of row i:

        z_i = (mean_i - mu) / (sigma / sqrt(n))

    Return z, a float array of shape (m,).

Edge cases that matter: n = 1 (each z_i is then a single standardized draw); m = 1
(one experiment). mu and sigma are those of the distribution, given to you: do not
estimate them from the rows.
"""

import numpy as np


def standardized_means(draws: np.ndarray, mu: float, sigma: float) -> np.ndarray:
    n = draws.shape[1]
    return (draws.mean(axis=1) - mu) / (sigma / np.sqrt(n))
