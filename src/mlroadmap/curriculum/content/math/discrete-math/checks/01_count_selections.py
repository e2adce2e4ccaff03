"""Check of exercise 01: count_selections (the four formulas, exact ints)."""

import math

from mlroadmap.grading.spec import Case, Check, Mutant, Rule

KINDS = {
    (True, True): "ordered with repetition",
    (True, False): "ordered without repetition",
    (False, False): "unordered without repetition",
    (False, True): "unordered with repetition",
}


def cases() -> list[Case]:
    picks = [
        (5, 3, "5 items, pick 3"),
        (4, 0, "pick nothing"),
        (3, 5, "pick 5 from 3 (more than there are)"),
        (10, 10, "all 10"),
        (1, 4, "a single item, pick 4"),
        (0, 0, "no items, pick nothing"),
        (0, 2, "no items, pick 2"),
        (49, 6, "49 numbers, pick 6 (a lottery)"),
        (52, 5, "52 cards, a hand of 5"),
        (30, 20, "30 items, pick 20 (large exact ints)"),
    ]
    return [
        Case(f"{what}, {kind}", (n, k, ordered, repetition))
        for n, k, what in picks
        for (ordered, repetition), kind in KINDS.items()
    ]


def permutations_for_combinations(n: int, k: int, ordered: bool, repetition: bool) -> int:
    if repetition:
        return n**k if ordered else (math.comb(n + k - 1, k) if n > 0 else int(k == 0))
    return math.perm(n, k)  # the order counted even when it does not matter


def always_with_repetition(n: int, k: int, ordered: bool, repetition: bool) -> int:
    if ordered:
        return n**k
    if repetition:
        return math.comb(n + k - 1, k) if n > 0 else int(k == 0)
    return math.comb(n, k)


def stars_and_bars_off_by_one(n: int, k: int, ordered: bool, repetition: bool) -> int:
    if ordered:
        return n**k if repetition else math.perm(n, k)
    if repetition:
        return math.comb(n + k, k)
    return math.comb(n, k)


CHECK = Check(
    function="count_selections",
    cases=cases,
    rule=Rule(rtol=0.0, atol=0.0, dtype_kind=True),
    mutants=[
        Mutant(
            permutations_for_combinations,
            "You counted ordered picks where the order does not matter: each unordered selection of "
            "k items appears k! times among the permutations, so divide by k! (math.comb, not "
            "math.perm).",
        ),
        Mutant(
            always_with_repetition,
            "For ordered picks without repetition you used n ** k, which lets an item be picked "
            "again: each pick has one item fewer to choose from, n * (n - 1) * ... * (n - k + 1).",
        ),
        Mutant(
            stars_and_bars_off_by_one,
            "Your count with repetition is off by one: k items of n kinds are k stars separated by "
            "n - 1 bars, so there are comb(n + k - 1, k) of them, not comb(n + k, k).",
        ),
    ],
)
