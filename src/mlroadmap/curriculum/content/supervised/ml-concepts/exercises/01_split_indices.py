"""Split the row indices 0, 1, ..., n - 1 into a training set and a test set, reproducibly.

A model is judged on data it never saw while fitting. Before anything else, you set
part of the samples aside as a test set, chosen at random (real files are often
sorted by class, date or patient) but reproducibly, so that a rerun gives the same split.

    n is the number of samples (n >= 2); test_size is a float with 0 < test_size < 1;
    seed is an int. Return a tuple (train_idx, test_idx) of two 1-D integer arrays:

        perm = np.random.default_rng(seed).permutation(n)
        n_test = ceil(test_size * n)      (rounded *up*, as scikit-learn does)
        test_idx = perm[:n_test]          the first n_test entries of the permutation
        train_idx = perm[n_test:]         all the others, in the order of perm

    Every index appears exactly once in the two arrays together.

Use exactly this convention (the same generator, the test set first) so that the
result can be checked: the same seed must give the same split as the reference.

Edge cases that matter: test_size * n may not be a whole number (10 samples with
test_size=0.25 give 3 test indices, not 2); a tiny test_size still gives one test index.
"""

import numpy as np


def split_indices(n: int, test_size: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    # TODO: shuffle the indices with the seeded generator, work out how many
    # go to the test set, and slice the permutation.
    raise NotImplementedError("split_indices: replace this line with your code")
