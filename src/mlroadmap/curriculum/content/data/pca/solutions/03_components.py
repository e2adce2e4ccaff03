"""The principal axes: the top k rows of Vt, with scikit-learn's signs.

With Xc = X - mean and its thin SVD Xc = U S Vt (np.linalg.svd(Xc,
full_matrices=False)), the principal axes are the *rows* of Vt, largest variance
first. Each row is a unit vector in feature space.

An axis has no preferred direction: if v is an axis, so is -v, and SVD routines may
return either. To get one answer, scikit-learn flips each axis so that its entry of
largest absolute value is positive (the first such entry if several tie).

    X has shape (n, d), n >= 2.
    k is an int with 1 <= k <= min(n - 1, d): beyond n - 1 the centred data have no
    variance left, and the remaining axes would be arbitrary.
    Return components, shape (k, d): row j is the j-th principal axis, with the sign
    rule applied.

Edge cases that matter: the columns may have means far from 0; n may be smaller than
d; k may be 1 or d.
"""

import numpy as np


def principal_components(X: np.ndarray, k: int) -> np.ndarray:
    _, _, Vt = np.linalg.svd(X - X.mean(axis=0), full_matrices=False)
    components = Vt[:k]
    biggest = components[np.arange(k), np.argmax(np.abs(components), axis=1)]
    return components * np.where(biggest < 0, -1.0, 1.0)[:, None]
