"""Check of exercise 04: sorted categories, one 0/1 column each, missing -> a row of zeros."""

from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    raw = load_penguins(raw=True)
    return [
        Case("three values you can check by hand", (["Dream", "Biscoe", "Dream"],)),
        Case("the penguins' Island column", (list(raw["Island"]),)),
        Case("the penguins' Sex column (11 missing)", (list(raw["Sex"]),)),
        Case("missing values only at the start", ([None, None, "b", "a"],)),
    ]


def _encode(values, categories):
    import numpy as np

    index = {c: j for j, c in enumerate(categories)}
    matrix = np.zeros((len(values), len(categories)), dtype=int)
    rows = [i for i, v in enumerate(values) if v in index]
    matrix[rows, [index[values[i]] for i in rows]] = 1
    return matrix


def missing_as_category(values):
    filled = ["missing" if v is None else v for v in values]
    categories = sorted(set(filled))
    return categories, _encode(filled, categories)


def first_seen_order(values):
    categories = list(dict.fromkeys(v for v in values if v is not None))
    return categories, _encode(values, categories)


def transposed(values):
    categories = sorted({v for v in values if v is not None})
    return categories, _encode(values, categories).T


CHECK = Check(
    function="one_hot",
    cases=cases,
    rule=Rule(),
    mutants=[
        Mutant(
            missing_as_category,
            "You made the missing value a category of its own: a missing value "
            "gets a row of zeros, so no column claims to know it.",
        ),
        Mutant(
            first_seen_order,
            "Your categories are in the order they first appear: sort them, so the "
            "same data always gives the same columns.",
        ),
        Mutant(
            transposed,
            "Your matrix has one row per category: it must have one row per value and one "
            "column per category.",
        ),
    ],
)
