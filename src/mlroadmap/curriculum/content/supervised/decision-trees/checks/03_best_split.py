"""Check of exercise 03: best_split (midpoint threshold, weighted Gini decrease)."""

import numpy as np

from mlroadmap.datasets import load_iris, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    iris, wine = load_iris(), load_wine()
    rng = np.random.default_rng(5)
    noisy_x = rng.normal(size=80)
    noisy_y = (noisy_x + rng.normal(scale=0.7, size=80) > 0.3).astype(int)
    rounded_x = np.round(rng.normal(size=50), 1)
    return [
        Case(
            "x = [1, 2, 3, 4], y = [0, 0, 1, 1]: expect (2.5, 0.5)",
            (np.array([1.0, 2.0, 3.0, 4.0]), np.array([0, 0, 1, 1])),
        ),
        Case(
            "unsorted x = [3, 1, 4, 2], y = [1, 0, 1, 0]",
            (np.array([3.0, 1.0, 4.0, 2.0]), np.array([1, 0, 1, 0])),
        ),
        Case(
            "repeated values x = [1, 2, 2, 3], y = [0, 0, 1, 1]",
            (np.array([1.0, 2.0, 2.0, 3.0]), np.array([0, 0, 1, 1])),
        ),
        Case(
            "a small node where the weights matter",
            (np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0]), np.array([0, 1, 0, 0, 0, 0, 1])),
        ),
        Case("a constant feature: expect (nan, 0.0)", (np.full(5, 2.0), np.array([0, 1, 0, 1, 1]))),
        Case("a pure node: expect the smallest midpoint", (np.array([4.0, 1.0, 3.0]), np.array([2, 2, 2]))),
        Case("two samples", (np.array([0.5, -0.5]), np.array([1, 0]))),
        Case("iris petal length (cm), 3 classes", (iris.data[:, 2], iris.target)),
        Case("iris sepal width (cm), many repeated values", (iris.data[:, 1], iris.target)),
        Case("wine proline, 3 classes", (wine.data[:, 12], wine.target)),
        Case("noisy threshold at 0.3, seed 5", (noisy_x, noisy_y)),
        Case("values rounded to 0.1, 4 classes, seed 5", (rounded_x, rng.integers(0, 4, size=50))),
    ]


def _scores(x: np.ndarray, y: np.ndarray):
    order = np.argsort(x, kind="stable")
    xs, ys = x[order], y[order]
    _, codes = np.unique(ys, return_inverse=True)
    onehot = (codes[:, None] == np.arange(codes.max() + 1)).astype(float)
    left = np.cumsum(onehot, axis=0)[:-1]
    total = onehot.sum(axis=0)
    n = len(y)
    n_left = np.arange(1, n, dtype=float)
    n_right = n - n_left
    g_left = 1.0 - ((left / n_left[:, None]) ** 2).sum(axis=1)
    g_right = 1.0 - (((total - left) / n_right[:, None]) ** 2).sum(axis=1)
    g_parent = 1.0 - ((total / n) ** 2).sum()
    return xs, g_parent, g_left, g_right, n_left, n_right, n


def _pick(xs, decrease, valid, at_value=False):
    if valid.size == 0:
        return float("nan"), 0.0
    best = valid[np.flatnonzero(decrease[valid] >= decrease[valid].max() - 1e-12)[0]]
    threshold = xs[best] if at_value else (xs[best] + xs[best + 1]) / 2
    return float(threshold), float(decrease[best])


def threshold_at_data_value(x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    xs, gp, gl, gr, nl, nr, n = _scores(x, y)
    return _pick(xs, gp - (nl * gl + nr * gr) / n, np.flatnonzero(xs[1:] > xs[:-1]), at_value=True)


def unweighted_children(x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    xs, gp, gl, gr, _, _, _ = _scores(x, y)
    return _pick(xs, gp - (gl + gr) / 2, np.flatnonzero(xs[1:] > xs[:-1]))


def between_equal_values(x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    xs, gp, gl, gr, nl, nr, n = _scores(x, y)
    return _pick(xs, gp - (nl * gl + nr * gr) / n, np.arange(n - 1))


CHECK = Check(
    function="best_split",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-12),
    mutants=[
        Mutant(
            threshold_at_data_value,
            "Your threshold is a data value (the last one sent left): CART puts it halfway between "
            "the two distinct neighbouring values, (xs[i] + xs[i + 1]) / 2, so that unseen values "
            "in the gap are split evenly.",
        ),
        Mutant(
            unweighted_children,
            "You averaged the two children's impurities equally: weight each child by its share of "
            "the samples, n_L / n and n_R / n, or a split that cuts off one sample looks as good "
            "as a balanced one.",
        ),
        Mutant(
            between_equal_values,
            "You also cut between equal values of x: no threshold can send one copy of a value "
            "left and the other right, so keep only the cuts where xs[i + 1] > xs[i].",
        ),
    ],
)
