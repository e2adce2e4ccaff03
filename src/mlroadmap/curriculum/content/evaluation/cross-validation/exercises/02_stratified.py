"""Stratified fold numbers, exactly as scikit-learn's StratifiedKFold(shuffle=False).

With an imbalanced target (say 5 % fraud) plain k-fold can leave a fold with almost
no positives, and its score is then meaningless. Stratified k-fold gives every fold
about the same share of each class. Follow these steps (they are scikit-learn's):

    1. Number the classes in the order in which they first appear in y:
       the label of y[0] is class 0, the next new label is class 1, and so on.
       Let count_c be the number of samples of class c.
    2. Decide how many samples of each class every fold gets. Line the samples up
       sorted by class number (count_0 zeros, then count_1 ones, ...) at positions
       0, 1, ..., n - 1, and deal them out like cards: position q goes to fold q % k.
       So fold f receives, from class c, as many samples as there are positions q
       with q % k == f inside class c's block [start_c, start_c + count_c), where
       start_c = count_0 + ... + count_{c-1}.
    3. Give the samples of each class, in their order in y, to the folds in blocks:
       the first quota(c, fold 0) samples of class c to fold 0, the next
       quota(c, fold 1) to fold 1, and so on.

    y is a 1-D array of labels (ints or strings) of length n; n_splits is k >= 2.
    Return folds, a 1-D integer array of length n: folds[i] is the fold in which
    sample i is a test sample. (Fold f's test set is np.flatnonzero(folds == f).)

Edge cases that matter: dealing continues across classes (class 1's dealing starts
where class 0's stopped), which keeps the fold sizes within one of each other; the
class order is the order of first appearance, not the sorted order of the labels;
a class smaller than k leaves some folds without it.
"""

import numpy as np


def stratified_fold_ids(y: np.ndarray, n_splits: int) -> np.ndarray:
    # TODO: number the classes by first appearance, compute each fold's quota per class, assign blocks.
    raise NotImplementedError("stratified_fold_ids: replace this line with your code")
