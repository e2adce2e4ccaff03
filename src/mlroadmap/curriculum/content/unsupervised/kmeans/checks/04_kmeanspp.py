"""Check of exercise 04: kmeanspp_next (D² sampling driven by a given uniform draw u)."""

import numpy as np

from mlroadmap.datasets import load_iris, load_wine
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    line = np.array([[0.0], [1.0], [3.0]])  # from centre 0: D² = [0, 1, 9], cumulative [0, 1, 10]
    iris = load_iris().data
    wine = load_wine().data
    Z = (wine - wine.mean(axis=0)) / wine.std(axis=0)
    rng = np.random.default_rng(41)
    blobs = np.concatenate([rng.normal(loc, 0.5, size=(30, 2)) for loc in ([0, 0], [5, 0], [0, 5], [5, 5])])
    duplicates = np.array([[0.0, 0.0], [0.0, 0.0], [1.0, 0.0], [1.0, 0.0], [1.0, 0.0], [0.0, 2.0]])
    out = [
        Case("points 0, 1, 3 with centre 0, u = 0.05: u·10 = 0.5, expect 1", (line, line[:1], 0.05)),
        Case("points 0, 1, 3 with centre 0, u = 0.2: u·10 = 2, expect 2", (line, line[:1], 0.2)),
        Case("u = 0 and the first sample is a centre: expect 1, never a centre", (line, line[:1], 0.0)),
        Case("points 0, 1, 3 with centre 3, u = 0.5: D² = [9, 4, 0], expect 0", (line, line[2:], 0.5)),
        Case(
            "duplicate samples, centres (0, 0) and (0, 2), u = 0.5",
            (duplicates, np.array([[0.0, 0.0], [0.0, 2.0]]), 0.5),
        ),
    ]
    for u in (0.13, 0.42, 0.77):
        out.append(Case(f"iris, centre = sample 0, u = {u}", (iris, iris[[0]], u)))
    out += [
        Case("iris, centres = samples 0 and 100, u = 0.6", (iris, iris[[0, 100]], 0.6)),
        Case("wine standardized, centres = samples 5, 70 and 140, u = 0.31", (Z, Z[[5, 70, 140]], 0.31)),
        Case("four blobs, centres in two of them, u = 0.9, seed 41", (blobs, blobs[[3, 100]], 0.9)),
        Case("four blobs, one centre, u = 0.45, seed 41", (blobs, blobs[[70]], 0.45)),
    ]
    return out


def _d2(X, centres):
    return ((X[:, None, :] - centres[None, :, :]) ** 2).sum(axis=-1).min(axis=1)


def reaching_is_enough(X, centres, u):
    c = np.cumsum(_d2(X, centres))
    return int(np.searchsorted(c, u * c[-1], side="left"))


def uniform_choice(X, centres, u):
    return int(u * len(X))


def proportional_to_distance(X, centres, u):
    c = np.cumsum(np.sqrt(_d2(X, centres)))
    return int(np.searchsorted(c, u * c[-1], side="right"))


def farthest_point(X, centres, u):
    return int(np.argmax(_d2(X, centres)))


def last_centre_only(X, centres, u):
    c = np.cumsum(((X - centres[-1]) ** 2).sum(axis=1))
    return int(np.searchsorted(c, u * c[-1], side="right"))


CHECK = Check(
    function="kmeanspp_next",
    cases=cases,
    rule=Rule(rtol=0.0, atol=0.0, dtype_kind=True),
    mutants=[
        Mutant(
            reaching_is_enough,
            "You chose the first sample whose cumulative sum reaches u times the total (>=): with "
            "u = 0 that picks a sample with D² = 0, an existing centre. Use strictly greater.",
        ),
        Mutant(
            uniform_choice,
            "You chose the next centre uniformly (index u·n): k-means++ weights every sample by "
            "D², so far-away samples are more likely and existing centres are never chosen.",
        ),
        Mutant(
            proportional_to_distance,
            "You sampled in proportion to the distance D: k-means++ samples in proportion to the "
            "squared distance D², which is what gives its O(log k) guarantee.",
        ),
        Mutant(
            farthest_point,
            "You took the farthest sample: that is farthest-point seeding, which always picks "
            "outliers. k-means++ draws at random, with probability proportional to D².",
        ),
        Mutant(
            last_centre_only,
            "You measured D from the last centre only: D(x) is the distance to the *nearest* of "
            "all the centres chosen so far (take the minimum over them).",
        ),
    ],
)
