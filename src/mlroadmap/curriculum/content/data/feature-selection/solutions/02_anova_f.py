"""Score each feature for classification with the one-way ANOVA F statistic.

A feature is useful for classification when its class means are far apart compared
with the spread inside each class. For one feature, with k classes, n samples, class
sizes n_c, class means m_c and overall mean m:

    between-class sum of squares  SSB = sum_c n_c * (m_c - m) ** 2
    within-class sum of squares   SSW = sum_c sum_{i in c} (x_i - m_c) ** 2

    F = (SSB / (k - 1)) / (SSW / (n - k))

    X has shape (n, d), y has shape (n,) with the class labels (any values).
    Return an array of shape (d,): the F statistic of every feature. (This is the first
    output of scikit-learn's f_classif.)

You may assume at least two classes and some spread within the classes.
Loop over the classes if you like (there are few), but not over the samples or the
features.
"""

import numpy as np


def anova_f(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    classes = np.unique(y)
    n, k = len(y), len(classes)
    grand_mean = X.mean(axis=0)
    ssb = np.zeros(X.shape[1])
    ssw = np.zeros(X.shape[1])
    for c in classes:
        members = X[y == c]
        class_mean = members.mean(axis=0)
        ssb += len(members) * (class_mean - grand_mean) ** 2
        ssw += ((members - class_mean) ** 2).sum(axis=0)
    return (ssb / (k - 1)) / (ssw / (n - k))
