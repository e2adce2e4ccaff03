"""Gini impurity of the labels that reach one node of a decision tree.

A classification tree (CART) chooses its splits so that the children are "purer" than
the parent. The Gini impurity measures how mixed a node is: the probability that two
labels drawn at random (with replacement) from the node disagree.

    y has shape (n,): the class labels of the n samples in the node (integers, n >= 1).
    Return one float:

        G = 1 - sum_k p_k ** 2

    where p_k = n_k / n is the *proportion* of samples of class k in the node and the
    sum runs over the classes present in y.

Edge cases that matter:
- A pure node (a single class) has G = 0.
- Labels need not be 0, 1, 2, ...: they may be any integers, such as [3, 7, 7] or
  negative numbers.
- With k equally frequent classes, G = 1 - 1/k, its largest value.

No Python loops: np.unique(y, return_counts=True) gives the counts of every class.
"""

import numpy as np


def gini(y: np.ndarray) -> float:
    # TODO: count each class, turn the counts into proportions, then apply the formula.
    raise NotImplementedError("gini: replace this line with your code")
