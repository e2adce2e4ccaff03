"""The gradient of the softmax cross-entropy, for multinomial logistic regression.

With k classes, a linear model gives each sample k scores Z = X @ W + b; softmax turns
each row into probabilities P, and the loss is the mean of -log P[i, y[i]], the
negative log-probability of the true class. The same gradient trains the last layer
of every neural-network classifier.

    X has shape (n, d); y has shape (n,) with integer labels in 0 .. k - 1;
    W has shape (d, k) and b has shape (k,). With

        Z = X @ W + b                                       (n, k)
        P[i, c] = exp(Z[i, c]) / sum over c' of exp(Z[i, c'])
        Y[i, c] = 1 if y[i] == c else 0                     (one-hot labels, (n, k))
        L = -(1/n) * sum over i of log P[i, y[i]]

    the gradient is

        dL/dW = (1/n) * X^T (P - Y)        (shape (d, k))
        dL/db = (1/n) * sum over i of (P - Y)[i]   (shape (k,))

    Return the tuple (dL/dW, dL/db).

The softmax couples the classes: raising one score lowers every other probability,
so the derivative of P[i, c] with respect to Z[i, c'] is P[i, c] * (delta(c, c') - P[i, c']),
a full k × k Jacobian per sample. Chained with the derivative of -log P[i, y[i]], it
simplifies to P - Y.

Edge cases that matter: scores in the hundreds (subtract each row's maximum before
np.exp); a class that no sample has (its column of Y is all 0); k = 2.
"""

import numpy as np


def softmax_gradient(
    X: np.ndarray, y: np.ndarray, W: np.ndarray, b: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    n, k = X.shape[0], W.shape[1]
    Z = X @ W + b
    E = np.exp(Z - Z.max(axis=1, keepdims=True))  # stable softmax
    P = E / E.sum(axis=1, keepdims=True)
    G = (P - np.eye(k)[y]) / n  # np.eye(k)[y] is the one-hot matrix Y
    return X.T @ G, G.sum(axis=0)
