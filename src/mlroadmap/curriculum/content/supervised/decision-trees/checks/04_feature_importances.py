"""Check of exercise 04: feature_importances (mean decrease in impurity, normalised)."""

import numpy as np

from mlroadmap.datasets import load_iris, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _gini(counts: np.ndarray) -> float:
    return float(1.0 - ((counts / counts.sum()) ** 2).sum())


def _best(X: np.ndarray, codes: np.ndarray, k: int):
    """The (feature, threshold) with the largest weighted Gini decrease, or None."""
    n = len(codes)
    if n < 2:
        return None
    best = (1e-12, None, None)
    for j in range(X.shape[1]):
        order = np.argsort(X[:, j], kind="stable")
        xs = X[order, j]
        left = np.cumsum(np.eye(k)[codes[order]], axis=0)[:-1]
        right = left[-1] + np.eye(k)[codes[order[-1]]] - left
        n_left = np.arange(1, n)[:, None]
        weighted = n_left[:, 0] * (1 - ((left / n_left) ** 2).sum(1))
        weighted += (n - n_left[:, 0]) * (1 - ((right / (n - n_left)) ** 2).sum(1))
        decrease = _gini(left[-1] + np.eye(k)[codes[order[-1]]]) - weighted / n
        decrease[xs[1:] <= xs[:-1]] = -1.0
        i = int(np.argmax(decrease))
        if decrease[i] > best[0]:
            best = (decrease[i], j, (xs[i] + xs[i + 1]) / 2)
    return None if best[1] is None else best[1:]


def grow(X: np.ndarray, y: np.ndarray, max_depth: int):
    """A CART tree (Gini, nodes numbered depth first, left child first) as tree_ arrays."""
    _, codes = np.unique(y, return_inverse=True)
    k = codes.max() + 1
    nodes: list[list] = []  # [left, right, feature, impurity, n_samples]

    def add(rows: np.ndarray, depth: int) -> int:
        node = len(nodes)
        nodes.append([-1, -1, -2, _gini(np.bincount(codes[rows], minlength=k)), float(len(rows))])
        split = _best(X[rows], codes[rows], k) if depth < max_depth else None
        if split is not None:
            feature, threshold = split
            goes_left = X[rows, feature] <= threshold
            nodes[node][2] = feature
            nodes[node][0] = add(rows[goes_left], depth + 1)
            nodes[node][1] = add(rows[~goes_left], depth + 1)
        return node

    add(np.arange(len(y)), 0)
    left, right, feature, impurity, n_samples = zip(*nodes, strict=True)
    return (
        np.array(left),
        np.array(right),
        np.array(feature),
        np.array(impurity),
        np.array(n_samples),
        X.shape[1],
    )


def cases() -> list[Case]:
    iris, wine = load_iris(), load_wine()
    rng = np.random.default_rng(3)
    X_random = rng.normal(size=(60, 5))
    y_random = (X_random[:, 0] + 0.5 * X_random[:, 3] > 0).astype(int)
    by_hand = (
        np.array([1, -1, 3, -1, -1]),
        np.array([2, -1, 4, -1, -1]),
        np.array([0, -2, 1, -2, -2]),
        np.array([0.5, 0.0, 0.32, 0.0, 0.0]),
        np.array([10.0, 5.0, 5.0, 4.0, 1.0]),
        3,
    )
    return [
        Case("a root and two splits, 3 features (one never used)", by_hand),
        Case(
            "a tree that is only a root: expect zeros",
            (np.array([-1]), np.array([-1]), np.array([-2]), np.array([0.5]), np.array([8.0]), 2),
        ),
        Case(
            "a stump on feature 1 of 4: expect [0, 1, 0, 0]",
            (
                np.array([1, -1, -1]),
                np.array([2, -1, -1]),
                np.array([1, -2, -2]),
                np.array([0.48, 0.2, 0.0]),
                np.array([20.0, 12.0, 8.0]),
                4,
            ),
        ),
        Case("a depth-3 tree grown on iris", grow(iris.data, iris.target, 3)),
        Case("a depth-4 tree grown on wine", grow(wine.data, wine.target, 4)),
        Case("a full tree grown on random data, seed 3", grow(X_random, y_random, 20)),
    ]


def unweighted_by_samples(children_left, children_right, feature, impurity, n_samples, n_features):
    internal = np.flatnonzero(children_left != -1)
    left, right = children_left[internal], children_right[internal]
    n_t = n_samples[internal]
    decrease = (
        impurity[internal] - (n_samples[left] * impurity[left] + n_samples[right] * impurity[right]) / n_t
    )
    totals = np.bincount(feature[internal], weights=decrease, minlength=n_features)
    return totals / totals.sum() if totals.sum() > 0 else totals


def not_normalised(children_left, children_right, feature, impurity, n_samples, n_features):
    internal = np.flatnonzero(children_left != -1)
    weighted = n_samples * impurity
    left, right = children_left[internal], children_right[internal]
    decrease = weighted[internal] - weighted[left] - weighted[right]
    return np.bincount(feature[internal], weights=decrease, minlength=n_features) / n_samples[0]


def split_counts(children_left, children_right, feature, impurity, n_samples, n_features):
    internal = np.flatnonzero(children_left != -1)
    counts = np.bincount(feature[internal], minlength=n_features).astype(float)
    return counts / counts.sum() if counts.sum() > 0 else counts


CHECK = Check(
    function="feature_importances",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            unweighted_by_samples,
            "You added up each split's impurity decrease without weighting it by the number of "
            "samples N_t that reach the node: a split deep in the tree that sees 3 samples must "
            "count far less than the root's. Use N_t * G_t - N_L * G_L - N_R * G_R.",
        ),
        Mutant(
            not_normalised,
            "Your importances do not sum to 1: divide the per-feature totals by their sum "
            "(when it is positive).",
        ),
        Mutant(
            split_counts,
            "You counted how often each feature is used in a split: the importance weighs each "
            "split by how much it decreases the impurity, N_t * G_t - N_L * G_L - N_R * G_R.",
        ),
    ],
)
