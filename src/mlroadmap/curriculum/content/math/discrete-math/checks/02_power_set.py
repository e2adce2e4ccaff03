"""Check of exercise 02: power_set (every subset once; compared as a set of sets)."""

import itertools
from typing import Any

import numpy as np

from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def as_set_of_sets(value: Any) -> Any:
    """Each subset's items sorted, then the subsets sorted: the order does not matter."""
    return sorted(sorted(subset) for subset in value)


def cases() -> list[Case]:
    rng = np.random.default_rng(9)
    shuffled = [int(v) for v in rng.permutation(50)[:7]]
    return [
        Case("no items: only the empty subset", ([],)),
        Case("one item: () and (7,)", ([7],)),
        Case("[1, 2, 3]: 8 subsets", ([1, 2, 3],)),
        Case("four feature names: 16 subsets", (["age", "bmi", "bp", "s5"],)),
        Case("seven numbers in no order, seed 9: 128 subsets", (shuffled,)),
        Case("ten numbers: 1024 subsets", (list(range(10)),)),
    ]


def without_empty_subset(items: list) -> list[tuple]:
    return [s for k in range(1, len(items) + 1) for s in itertools.combinations(items, k)]


def without_full_set(items: list) -> list[tuple]:
    return [s for k in range(len(items)) for s in itertools.combinations(items, k)]


def first_item_at_both_ends(items: list) -> list[tuple]:
    if not items:
        return [()]
    rest = first_item_at_both_ends(items[1:])
    front = [(items[0], *s) for s in rest]
    back = [(*s, items[0]) for s in rest if s]  # the same subsets again, in another order
    return rest + front + back


CHECK = Check(
    function="power_set",
    cases=cases,
    rule=Rule(rtol=0.0, atol=0.0),
    view=as_set_of_sets,
    mutants=[
        Mutant(
            without_empty_subset,
            "The empty subset is missing: () is a subset of every set, and it is also what the "
            "recursion returns for the empty list.",
        ),
        Mutant(
            without_full_set,
            "The full set is missing: subsets go up to size n inclusive, so a loop over sizes needs "
            "range(n + 1).",
        ),
        Mutant(
            first_item_at_both_ends,
            "Your list holds some subsets twice, in two orders such as (1, 2) and (2, 1): a subset "
            "has no order, so add items[0] in one place only and each subset appears once.",
        ),
    ],
)
