"""A random forest's prediction: average the trees' class probabilities.

Each tree of a forest gives, for every sample, a vector of class probabilities (the
class fractions in the leaf the sample lands in). scikit-learn's RandomForestClassifier
averages these vectors over the trees and predicts the class with the largest mean
probability. This "soft vote" is not the same as counting each tree's predicted class:
a tree that is 51 % sure and a tree that is 100 % sure do not count the same.

    tree_probas has shape (T, n, K): tree t's probabilities for sample i.
    classes has shape (K,), integers: the class labels, in the order of the last axis.
    Return a tuple (proba, labels):

        proba   shape (n, K): the mean over the T trees.
        labels  shape (n,), integers: classes[k] for the k with the largest mean
                probability; among equal means, the first such k.

No Python loops.
"""

import numpy as np


def forest_predict(tree_probas: np.ndarray, classes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    # TODO: average over the trees, then turn each row's largest probability into a label.
    raise NotImplementedError("forest_predict: replace this line with your code")
