"""The row-normalized confusion matrix: what happens to each true class.

Raw counts hide the small classes: 5 errors out of 10 samples look smaller than 20
errors out of 1000. Dividing each row by its sum turns counts into rates, so that
row i reads "of the samples truly in class i, which share went to each predicted
class". The diagonal is then the recall of each class.

    C is a (k, k) integer array of counts, rows = true class, columns = predicted.
    N[i, j] = C[i, j] / (sum over j' of C[i, j'])

    Return N, a (k, k) float array whose non-empty rows sum to 1.

Edge cases that matter: a row of zeros (a class with no true sample) stays a row of
zeros, as in scikit-learn, instead of 0 / 0 = NaN, and without a warning; the
division must go along the rows, so keep the row sums as a column of shape (k, 1).
"""

import numpy as np


def normalize_rows(C: np.ndarray) -> np.ndarray:
    # TODO: divide each row by its own sum (a (k, 1) column), leaving empty rows at 0.
    raise NotImplementedError("normalize_rows: replace this line with your code")
