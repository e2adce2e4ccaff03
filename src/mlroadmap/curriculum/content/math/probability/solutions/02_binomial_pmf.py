"""The binomial pmf: the chance of exactly k successes in n independent trials.

How many of 20 patients respond to a drug that works 30% of the time? How many of
1,000 emails will be spam? How many of 10 A/B-test visitors click? Whenever n
independent yes/no trials each succeed with the same probability p, the number of
successes X follows the binomial distribution:

    P(X = k) = C(n, k) * p**k * (1 - p)**(n - k)

    C(n, k) = n! / (k! (n - k)!) counts the orders in which k successes can fall
    among n trials; p**k (1 - p)**(n - k) is the probability of any one such order.

    k  an integer array of any shape, every value in 0, ..., n
    n  an int >= 0;  p  a float in [0, 1]
    Return a float array with the shape of k: P(X = k) for every entry.

Edge cases that matter: p = 0 and p = 1 (then 0**0 must count as 1, which NumPy
does); n = 0. `math.comb(n, k)` gives C(n, k) for one pair of Python ints.
"""

import math

import numpy as np


def binomial_pmf(k: np.ndarray, n: int, p: float) -> np.ndarray:
    orders = np.array([math.comb(n, int(j)) for j in k.ravel()], dtype=float).reshape(k.shape)
    return orders * p**k * (1.0 - p) ** (n - k)
