"""One step of SMO: optimise two multipliers of the SVM dual, clipped to the box.

The SVM dual maximises W(alpha) = sum_i alpha_i - 1/2 sum_ij alpha_i alpha_j y_i y_j K[i, j]
subject to 0 <= alpha_i <= C and sum_i alpha_i y_i = 0. Sequential Minimal
Optimisation (Platt, 1998) repeatedly picks two multipliers alpha_i, alpha_j and
solves for them exactly, the others fixed. The equality constraint ties the two
together, so they move along a line, and the box cuts that line to a segment [L, H].

    alpha has shape (n,) (feasible), y has shape (n,) with labels -1 or +1,
    K has shape (n, n), C > 0, and i != j are two indices.
    Return the new alpha, shape (n,), a new array in which only entries i and j change:

    1. E_k = sum_l alpha_l y_l K[l, k] - y_k   for k = i, j  (the errors; the
       intercept would cancel in E_i - E_j, so leave it out).
    2. eta = K[i, i] + K[j, j] - 2 K[i, j]. If eta <= 0, return an unchanged copy.
    3. The unclipped optimum: a_j = alpha_j + y_j (E_i - E_j) / eta.
    4. The segment: if y_i != y_j, L = max(0, alpha_j - alpha_i), H = min(C, C + alpha_j - alpha_i);
       otherwise L = max(0, alpha_i + alpha_j - C), H = min(C, alpha_i + alpha_j).
       Clip a_j to [L, H].
    5. a_i = alpha_i + y_i y_j (alpha_j - a_j), which keeps sum_k alpha_k y_k unchanged.

Do not change the alpha you were given.
"""

import numpy as np


def smo_step(alpha: np.ndarray, y: np.ndarray, K: np.ndarray, C: float, i: int, j: int) -> np.ndarray:
    new = alpha.astype(float)
    eta = K[i, i] + K[j, j] - 2 * K[i, j]
    if eta <= 0:
        return new
    f = (alpha * y) @ K[:, [i, j]]
    E_i, E_j = f[0] - y[i], f[1] - y[j]
    if y[i] != y[j]:
        L, H = max(0.0, alpha[j] - alpha[i]), min(C, C + alpha[j] - alpha[i])
    else:
        L, H = max(0.0, alpha[i] + alpha[j] - C), min(C, alpha[i] + alpha[j])
    new[j] = np.clip(alpha[j] + y[j] * (E_i - E_j) / eta, L, H)
    new[i] = alpha[i] + y[i] * y[j] * (alpha[j] - new[j])
    return new
