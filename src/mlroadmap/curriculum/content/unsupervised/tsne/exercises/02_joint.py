"""t-SNE's joint probabilities: symmetrize the conditional p(j|i).

The conditional probabilities p(j|i) are not symmetric: an outlier i picks its
nearest neighbour j with a large p(j|i), but j hardly ever picks i. t-SNE replaces
them by one joint distribution over all pairs, which gives every point (the outliers
too) a fair share of the attraction:

    P_conditional  shape (n, n): P_conditional[i, j] = p(j|i), every row sums to 1,
                   zero diagonal.
    Return P of shape (n, n), symmetric, summing to 1 over all n * n entries:

        P[i, j] = (p(j|i) + p(i|j)) / (2 n)

Edge cases that matter:
- n = 1: a single point has nothing to pair with; its 1 × 1 matrix is [[0.]] in,
  and stays [[0.]] out.
- Do not change P_conditional in place: return a new array.
"""

import numpy as np


def joint_probabilities(P_conditional: np.ndarray) -> np.ndarray:
    # TODO: add the matrix to its transpose and divide by the right constant.
    raise NotImplementedError("joint_probabilities: replace this line with your code")
