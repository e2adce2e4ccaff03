"""Find each point's precision beta by bisection, so that p(.|i) has a given perplexity.

A single width for every Gaussian would give points in dense regions dozens of close
neighbours and isolated points none. t-SNE instead tunes beta[i] for each point so
that its distribution p(.|i) has the same *perplexity*, a smooth "effective number
of neighbours" that the user chooses (scikit-learn's default is 30):

    perplexity(P_i) = exp(H_i),   H_i = -sum over j of p(j|i) log p(j|i)   (natural log)

With S_i = sum over k != i of exp(-beta[i] * D[i, k]), the entropy is also

    H_i = log S_i + beta[i] * sum over j of p(j|i) D[i, j]

H_i falls as beta[i] grows, so bisection finds it. Follow scikit-learn's search,
separately for every row (a loop over the rows is fine; vectorizing it is a bonus):

    beta = 1, lo = 0, hi = infinity
    repeat at most 100 times:
        compute p(.|i) and H_i for this beta (p(i|i) = 0, as in exercise 1)
        if |H_i - log(perplexity)| <= 1e-5: stop
        if H_i is too large (too flat): lo = beta, and beta = 2 beta if hi is infinite,
                                        else (beta + hi) / 2
        else (too peaked):              hi = beta, and beta = (beta + lo) / 2

    distances_sq  shape (n, n): squared Euclidean distances, zero diagonal.
    perplexity    a float with 1 < perplexity < n - 1 (the largest possible entropy is
                  log(n - 1), the uniform row).
    Return P of shape (n, n): row i is p(.|i) at the beta the search ended with.

Subtract each row's smallest off-diagonal distance before exponentiating, as in
exercise 1: neither p(.|i) nor H_i changes, and nothing underflows.
"""

import numpy as np


def perplexity_search(distances_sq: np.ndarray, perplexity: float) -> np.ndarray:
    n = len(distances_sq)
    off = ~np.eye(n, dtype=bool)
    D = distances_sq - np.where(off, distances_sq, np.inf).min(axis=1, keepdims=True)
    D = np.where(off, D, 0.0)  # shifted: the nearest neighbour of each row is at 0
    beta, lo, hi = np.ones(n), np.zeros(n), np.full(n, np.inf)
    for _ in range(100):  # all rows at once; a finished row keeps its beta
        E = np.where(off, np.exp(-beta[:, None] * D), 0.0)
        S = E.sum(axis=1)
        P = E / S[:, None]
        gap = np.log(S) + beta * (P * D).sum(axis=1) - np.log(perplexity)  # H_i - log(perplexity)
        flat, peaked = gap > 1e-5, gap < -1e-5
        if not (flat | peaked).any():
            break
        lo, hi = np.where(flat, beta, lo), np.where(peaked, beta, hi)
        beta = np.where(flat, np.where(np.isinf(hi), 2 * beta, (beta + hi) / 2), beta)
        beta = np.where(peaked, (beta + lo) / 2, beta)
    return P
