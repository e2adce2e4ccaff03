"""Whitened PCA scores: uncorrelated coordinates with unit variance.

The scores Z = (X - m) @ V_k.T on the top k axes are uncorrelated, but their
variances are the explained variances, from large to small. Whitening divides each
score column by its standard deviation, so every new coordinate has variance 1
(the covariance of the result is the identity matrix):

    explained_variance[j] = S[j] ** 2 / (n - 1)
    W[:, j] = Z[:, j] / sqrt(explained_variance[j])

with Xc = X - m = U S Vt, V_k the top k rows of Vt, and the axes signed as in
scikit-learn (each row of V_k flipped so that its entry of largest absolute value is
positive), since the sign of a score follows the sign of its axis.

    X has shape (n, d), n >= 2.
    k is an int with 1 <= k <= the rank of X - m, so no kept variance is 0.
    Return W, shape (n, k).

Edge cases that matter: the columns may have means far from 0 and very different
scales; np.cov(W, rowvar=False) of your result should be the k × k identity.
"""

import numpy as np


def pca_whiten(X: np.ndarray, k: int) -> np.ndarray:
    # TODO: compute the signed top k axes, the scores, and divide each score column by
    # its standard deviation sqrt(S[j] ** 2 / (n - 1)).
    raise NotImplementedError("pca_whiten: replace this line with your code")
