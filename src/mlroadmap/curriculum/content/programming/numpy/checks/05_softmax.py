"""Check of exercise 05: softmax (row-wise, stable for large logits)."""

import numpy as np

from mlroadmap.grading.spec import Case, Check, Mutant, Rule

inf = np.inf


def cases() -> list[Case]:
    return [
        Case(
            "two rows by hand: expect [[0.25, 0.75], [2/3, 1/3]]",
            (np.array([[0.0, np.log(3.0)], [np.log(2.0), 0.0]]),),
        ),
        Case("equal logits: uniform rows", (np.array([[2.0, 2.0, 2.0], [-1.0, -1.0, -1.0]]),)),
        Case("large logits around 1000", (np.array([[1000.0, 1001.0, 1002.0], [999.0, 1000.0, 1000.0]]),)),
        Case(
            "very negative logits around -1000",
            (np.array([[-1000.0, -1001.0, -1002.0], [-1000.0, -1000.0, -999.0]]),),
        ),
        Case(
            "rows on very different scales",
            (np.array([[1000.0, 1001.0, 999.0], [0.0, 1.0, 2.0], [-500.0, -499.0, -501.0]]),),
        ),
        Case("masked (-inf) logits", (np.array([[1.0, -inf, 2.0], [-inf, 0.0, 0.0]]),)),
        Case("one class (k = 1): all ones", (np.array([[3.0], [-2.0], [1000.0]]),)),
        Case("one sample (n = 1), seed 3", (np.random.default_rng(3).normal(size=(1, 6)),)),
        Case("random 20×5 logits, seed 1", (3 * np.random.default_rng(1).normal(size=(20, 5)),)),
        Case(
            "random 64×10 logits, spread 10, seed 2", (10 * np.random.default_rng(2).normal(size=(64, 10)),)
        ),
    ]


def not_shifted(logits: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(logits)
        return e / e.sum(axis=1, keepdims=True)


def over_columns(logits: np.ndarray) -> np.ndarray:
    e = np.exp(logits - logits.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)


def whole_array_sum(logits: np.ndarray) -> np.ndarray:
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    return e / e.sum()


def whole_array_max(logits: np.ndarray) -> np.ndarray:
    e = np.exp(logits - logits.max())
    with np.errstate(invalid="ignore"):
        return e / e.sum(axis=1, keepdims=True)


CHECK = Check(
    function="softmax",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-12),
    mutants=[
        Mutant(
            not_shifted,
            "Your softmax overflows: exp(1000) is inf and inf / inf is NaN "
            "(and exp(-1000) is 0, so 0 / 0). Subtract each row's maximum before np.exp: "
            "the result is the same, but the largest exponent becomes exp(0) = 1.",
        ),
        Mutant(
            over_columns,
            "You normalised each column: the probabilities of one sample form a "
            "row, so take the max and the sum over axis=1 (with keepdims=True).",
        ),
        Mutant(
            whole_array_sum,
            "You divided by the sum over the whole array: each row must sum "
            "to 1, so sum over axis=1 with keepdims=True.",
        ),
        Mutant(
            whole_array_max,
            "You subtracted the largest logit of the whole array: a row far "
            "below it underflows to exp(-1000) = 0 and gives 0 / 0. Subtract each row's own "
            "maximum (axis=1, keepdims=True).",
        ),
    ],
)
