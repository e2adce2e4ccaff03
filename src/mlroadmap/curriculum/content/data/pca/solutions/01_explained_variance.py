"""The variance along each principal axis, and the share of the total it explains.

PCA looks for the directions in which the data vary most. The singular value
decomposition of the *centred* data gives them at once: with Xc = X - mean (the
column means subtracted) and Xc = U S Vt, the variance of the data along axis k is

    explained_variance[k] = S[k] ** 2 / (n - 1)

(the sample variance, with n - 1 as np.var(..., ddof=1) and scikit-learn use), and
the share of the total variance it explains is

    explained_variance_ratio[k] = explained_variance[k] / sum of all explained_variance

    X has shape (n, d), n >= 2 samples in d features, not all rows equal.
    Return (explained_variance, explained_variance_ratio), two arrays of shape (r,)
    with r = min(n, d), largest variance first (np.linalg.svd already sorts S so).

Edge cases that matter: the columns may have means far from 0; d may be larger than
n (then the last variance is 0, because centring removes one dimension); the ratios
add up to 1.
"""

import numpy as np


def explained_variance(X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    S = np.linalg.svd(X - X.mean(axis=0), compute_uv=False)  # singular values, largest first
    variance = S**2 / (len(X) - 1)
    return variance, variance / variance.sum()
