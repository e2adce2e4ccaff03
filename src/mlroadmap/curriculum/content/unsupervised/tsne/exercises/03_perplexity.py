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
    # TODO: for every row, bisect on beta until the entropy of p(.|i) is within 1e-5
    # of log(perplexity); return the probabilities of the last step.
    raise NotImplementedError("perplexity_search: replace this line with your code")
