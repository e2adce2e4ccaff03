"""K-fold splits of the sample indices, exactly as scikit-learn's KFold (no shuffling).

One train/test split gives one noisy score. K-fold cross-validation cuts the samples
into k consecutive blocks (folds); each block is the test set once while the other
k - 1 blocks train the model, so every sample is tested exactly once.

    n_samples is an int n >= 2, n_splits an int k with 2 <= k <= n.

    Fold sizes: every fold gets n // k samples, and the first n % k folds get one
    more, so the sizes differ by at most one and add up to n.
    Fold f's test indices are the next consecutive block of 0, 1, ..., n - 1; its
    training indices are all the other indices, in increasing order.

    Return a list of k pairs (train_indices, test_indices), fold 0 first; each is a
    1-D integer array.

Edge cases that matter: when k does not divide n, the extra samples go to the
*first* folds; no sample may be left out or tested twice; k = n is leave-one-out,
where each test set is a single sample.
"""

import numpy as np


def kfold_splits(n_samples: int, n_splits: int) -> list[tuple[np.ndarray, np.ndarray]]:
    # TODO: compute the fold sizes, then cut np.arange(n_samples) into consecutive test blocks.
    raise NotImplementedError("kfold_splits: replace this line with your code")
