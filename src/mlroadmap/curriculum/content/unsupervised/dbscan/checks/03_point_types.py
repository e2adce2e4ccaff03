"""Check of exercise 03: point_types (core, border within eps of a core point, noise)."""

import numpy as np

from mlroadmap.datasets import load_iris, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant


def _moons(n: int, noise: float, seed: int) -> np.ndarray:
    """Two interleaved half circles, as sklearn.datasets.make_moons draws them."""
    rng = np.random.default_rng(seed)
    t = np.linspace(0, np.pi, n // 2)
    outer = np.column_stack([np.cos(t), np.sin(t)])
    inner = np.column_stack([1 - np.cos(t), 0.5 - np.sin(t)])
    return np.concatenate([outer, inner]) + rng.normal(0, noise, size=(2 * (n // 2), 2))


def cases() -> list[Case]:
    chain = np.array([[0.0], [0.5], [1.0], [1.5], [2.5], [3.5], [8.0]])
    wine = load_wine().data
    Z = (wine - wine.mean(axis=0)) / wine.std(axis=0)
    moons = _moons(200, 0.1, 73)
    return [
        Case(
            "points 0, 0.5, 1, 1.5, 2.5, 3.5, 8, eps = 1, min_samples = 4: "
            "3.5 is near the border point 2.5 only, so it is noise",
            (chain, 1.0, 4),
        ),
        Case(
            "a plus sign of 5 points, arms exactly eps = 1 from the centre, min_samples = 5",
            (np.array([[0.0, 0.0], [1.0, 0.0], [-1.0, 0.0], [0.0, 1.0], [0.0, -1.0], [3.0, 0.0]]), 1.0, 5),
        ),
        Case("min_samples = 1: every point is core", (chain, 0.3, 1)),
        Case("a tiny eps with min_samples = 2: every point is noise", (chain, 0.1, 2)),
        Case("iris, eps = 0.45, min_samples = 8", (load_iris().data, 0.45, 8)),
        Case("wine standardized, eps = 2.3, min_samples = 5", (Z, 2.3, 5)),
        Case("two moons of 100 points, noise 0.1, eps = 0.15, min_samples = 5, seed 73", (moons, 0.15, 5)),
    ]


def _near(X, eps):
    return ((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1) <= eps**2


def _types(core, border):
    return np.where(core, "core", np.where(border, "border", "noise"))


def no_border_points(X, eps, min_samples):
    core = _near(X, eps).sum(axis=1) >= min_samples
    return _types(core, np.zeros(len(X), dtype=bool))


def border_near_any_point(X, eps, min_samples):
    near = _near(X, eps)
    core = near.sum(axis=1) >= min_samples
    np.fill_diagonal(near, False)
    return _types(core, ~core & near.any(axis=1))


def itself_left_out(X, eps, min_samples):
    near = _near(X, eps)
    core = near.sum(axis=1) - 1 >= min_samples
    return _types(core, ~core & near[:, core].any(axis=1))


CHECK = Check(
    function="point_types",
    cases=cases,
    mutants=[
        Mutant(
            border_near_any_point,
            "You made every non-core point with a neighbour a border point: a border point must "
            "be within eps of a *core* point; a point near border points only is noise.",
        ),
        Mutant(
            no_border_points,
            "You called every non-core point noise: a non-core point within eps of a core point "
            "is a border point, and it belongs to that core point's cluster.",
        ),
        Mutant(
            itself_left_out,
            "Your core points need min_samples neighbours besides themselves: the point itself "
            "counts towards min_samples, as in scikit-learn (the off-by-one of many "
            "from-scratch DBSCANs).",
        ),
    ],
)
