"""The soft-margin SVM objective and its subgradient, for a linear SVM.

A linear SVM looks for the weights w and intercept b of the hyperplane w.x + b = 0
that separates two classes with the widest margin, paying C for every unit by which a
sample falls inside the margin or on the wrong side. Gradient-based SVM solvers
(Pegasos, SGDClassifier(loss="hinge")) need this objective and its subgradient.

    w has shape (d,), b is a float: the hyperplane.
    X has shape (n, d), y has shape (n,) with labels -1 or +1, C > 0 is a float.
    Return a tuple (J, grad_w, grad_b): a float, an array of shape (d,), a float, where

        m_i    = y_i * (X[i] . w + b)                (the functional margin)
        J      = 0.5 * ||w||^2 + C * sum_i max(0, 1 - m_i)
        grad_w = w - C * sum_{i: m_i < 1} y_i * X[i]
        grad_b =   - C * sum_{i: m_i < 1} y_i

    This is the scaling scikit-learn's SVC uses: C multiplies a *sum* of hinge losses,
    and the intercept b is not penalised.

The hinge loss has a kink at m_i = 1. Use the subgradient that counts only the samples
with m_i strictly below 1: a sample exactly on the margin contributes nothing.

No Python loops.
"""

import numpy as np


def hinge_objective(
    w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray, C: float
) -> tuple[float, np.ndarray, float]:
    # TODO: compute the margins, the hinge losses and the mask of samples with m_i < 1,
    # then J and the two parts of the subgradient.
    raise NotImplementedError("hinge_objective: replace this line with your code")
