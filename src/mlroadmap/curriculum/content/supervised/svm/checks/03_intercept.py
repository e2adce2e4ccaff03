"""Check of exercise 03: svm_intercept (the mean over free support vectors, 0 < alpha < C)."""

import numpy as np

from mlroadmap.datasets import load_breast_cancer, load_iris
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def solve_dual(K: np.ndarray, y: np.ndarray, C: float, tol: float = 1e-10) -> np.ndarray:
    """SMO with the maximal violating pair (libsvm's first-order working set selection)."""
    alpha = np.zeros(len(y))
    for _ in range(20000):
        score = y - (alpha * y) @ K  # -y_k * gradient_k of the dual objective
        up = ((y > 0) & (alpha < C)) | ((y < 0) & (alpha > 0))
        low = ((y > 0) & (alpha > 0)) | ((y < 0) & (alpha < C))
        i = np.flatnonzero(up)[np.argmax(score[up])]
        j = np.flatnonzero(low)[np.argmin(score[low])]
        if score[i] - score[j] < tol:
            break
        eta = max(K[i, i] + K[j, j] - 2 * K[i, j], 1e-12)
        # move along y_i * delta_i = -y_j * delta_j: alpha_i up by y_i t, alpha_j down by y_j t
        t = (score[i] - score[j]) / eta
        t = min(t, C - alpha[i] if y[i] > 0 else alpha[i], alpha[j] if y[j] > 0 else C - alpha[j])
        alpha[i] += y[i] * t
        alpha[j] -= y[j] * t
        alpha[np.abs(alpha) < 1e-12 * C] = 0.0  # land exactly on the bounds, as libsvm does
        alpha[np.abs(alpha - C) < 1e-12 * C] = C
    return alpha


def _case(name: str, X: np.ndarray, y: np.ndarray, K: np.ndarray, C: float) -> Case:
    alpha = solve_dual(K, y, C)
    first = np.argsort(alpha != C, kind="stable")  # bounded support vectors first
    return Case(name, (alpha[first], y[first], K[np.ix_(first, first)], C))


def _rbf(X: np.ndarray, gamma: float) -> np.ndarray:
    return np.exp(-gamma * ((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1))


def cases() -> list[Case]:
    iris = load_iris()
    keep = iris.target > 0
    X_iris, y_iris = iris.data[keep][:, 2:], np.where(iris.target[keep] == 2, 1.0, -1.0)
    cancer = load_breast_cancer()
    Xc = cancer.data[:80, [0, 1]]
    Xc = (Xc - Xc.mean(axis=0)) / Xc.std(axis=0)
    yc = np.where(cancer.target[:80] == 1, 1.0, -1.0)
    rng = np.random.default_rng(23)
    Xr = np.vstack([rng.normal(-0.7, 1.0, size=(20, 2)), rng.normal(0.7, 1.0, size=(20, 2))])
    yr = np.repeat([-1.0, 1.0], 20)
    x_hand = np.array([[-2.0], [-1.0], [1.0], [0.5], [2.0]])
    y_hand = np.array([-1.0, -1.0, 1.0, -1.0, 1.0])
    return [
        Case(
            "by hand: two points, x = -1 and 1, linear kernel: expect b = 0",
            (np.array([0.5, 0.5]), np.array([-1.0, 1.0]), np.array([[1.0, -1.0], [-1.0, 1.0]]), 10.0),
        ),
        _case(
            "1-D, one point on the wrong side, linear kernel, C = 1", x_hand, y_hand, x_hand @ x_hand.T, 1.0
        ),
        _case(
            "iris versicolor vs virginica, petal features, linear, C = 1",
            X_iris,
            y_iris,
            X_iris @ X_iris.T,
            1.0,
        ),
        _case(
            "iris versicolor vs virginica, RBF gamma = 0.5, C = 10", X_iris, y_iris, _rbf(X_iris, 0.5), 10.0
        ),
        _case(
            "breast cancer, 80 samples, 2 standardized features, RBF gamma = 1, C = 2",
            Xc,
            yc,
            _rbf(Xc, 1.0),
            2.0,
        ),
        _case(
            "overlapping blobs, seed 23, polynomial degree 2, C = 0.5", Xr, yr, (Xr @ Xr.T + 1.0) ** 2, 0.5
        ),
    ]


def first_support_vector(alpha, y, K, C):
    i = np.flatnonzero(alpha > 0)[0]
    return float(y[i] - (alpha * y) @ K[:, i])


def all_support_vectors(alpha, y, K, C):
    sv = alpha > 0
    return float(np.mean(y[sv] - ((alpha * y) @ K)[sv]))


def labels_dropped(alpha, y, K, C):
    free = (alpha > 0) & (alpha < C)
    return float(np.mean(y[free] - (alpha @ K)[free]))


def opposite_sign(alpha, y, K, C):
    free = (alpha > 0) & (alpha < C)
    return float(np.mean(((alpha * y) @ K)[free] - y[free]))


CHECK = Check(
    function="svm_intercept",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-9),
    mutants=[
        Mutant(
            first_support_vector,
            "You took the intercept from one support vector whose alpha equals C: such a sample "
            "may sit inside the margin, so y_i f(x_i) = 1 does not hold for it. Use only the free "
            "support vectors, 0 < alpha_i < C, and average them.",
        ),
        Mutant(
            all_support_vectors,
            "You averaged over every support vector (alpha > 0), including those with alpha = C, "
            "which need not lie on the margin: average over 0 < alpha_i < C only.",
        ),
        Mutant(
            labels_dropped,
            "Your sum leaves out the labels: the decision function is "
            "sum_j alpha_j y_j K[j, i] + b, so multiply alpha by y before the product with K.",
        ),
        Mutant(
            opposite_sign,
            "Your intercept has the wrong sign: from y_i (sum_j alpha_j y_j K[j, i] + b) = 1 and "
            "y_i^2 = 1 comes b = y_i - sum_j alpha_j y_j K[j, i].",
        ),
    ],
)
