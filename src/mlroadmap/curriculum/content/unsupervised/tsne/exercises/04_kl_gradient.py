"""t-SNE's cost and its gradient: Student-t similarities Q in the low-dimensional map.

In the map, t-SNE measures similarity with a Student-t kernel with one degree of
freedom, whose heavy tails let moderately distant points sit far apart:

    W[i, j] = 1 / (1 + ||y_i - y_j||^2)  for j != i,   W[i, i] = 0
    Q[i, j] = W[i, j] / sum over all k != l of W[k, l]

The cost is the Kullback-Leibler divergence of Q from the joint P, and its gradient
with respect to y_i is

    KL     = sum over pairs with P[i, j] > 0 of P[i, j] * log(P[i, j] / Q[i, j])
    grad_i = 4 * sum over j of (P[i, j] - Q[i, j]) * W[i, j] * (y_i - y_j)

    P  shape (n, n): the joint probabilities (symmetric, zero diagonal, summing to 1);
       some entries may be 0, and those pairs add nothing to KL.
    Y  shape (n, c): the current map, usually c = 2.
    Return (KL, grad): KL a float, grad an array of shape (n, c).

Gradient descent moves every y_i by -learning_rate * grad_i: pairs with P > Q
attract, pairs with P < Q repel. Do not change P or Y in place. No Python loops:
sum over j with a matrix product, using sum_j M[i, j] (y_i - y_j) =
M.sum(axis=1)[:, None] * Y - M @ Y.
"""

import numpy as np


def kl_gradient(P: np.ndarray, Y: np.ndarray) -> tuple[float, np.ndarray]:
    # TODO: build W and Q from the squared distances of the map, then the KL divergence
    # (over the pairs with P > 0) and the gradient.
    raise NotImplementedError("kl_gradient: replace this line with your code")
