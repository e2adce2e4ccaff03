"""Check of exercise 02: chi2_independence (pairs without None, crosstab, chi2_contingency without Yates)."""

import numpy as np
from scipy import stats

from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    clean, raw = load_penguins(), load_penguins(raw=True)
    mass = clean["body_mass_g"]
    weight = [None if np.isnan(m) else ("heavy" if m >= 4000 else "light") for m in mass]
    adelie = [i for i, s in enumerate(clean["species"]) if s == "Adelie"]
    return [
        Case(
            "a 2 × 2 table by hand: counts [[3, 1], [1, 3]]",
            (["x", "x", "x", "x", "y", "y", "y", "y"], ["u", "u", "u", "v", "u", "v", "v", "v"]),
        ),
        Case(
            "species × island: a 3 × 3 table with empty cells",
            (list(clean["species"]), list(clean["island"])),
        ),
        Case("sex × species: 11 sexes missing", (list(clean["sex"]), list(clean["species"]))),
        Case("island × sex: missing labels in the second list", (list(clean["island"]), list(clean["sex"]))),
        Case(
            "clutch completion × sex (raw table): a 2 × 2 table",
            (list(raw["Clutch Completion"]), list(raw["Sex"])),
        ),
        Case(
            "Adelie: heavy (>= 4000 g) or light × sex, missing in both lists",
            ([weight[i] for i in adelie], [clean["sex"][i] for i in adelie]),
        ),
    ]


def _pairs(a: list, b: list) -> tuple[np.ndarray, np.ndarray]:
    pairs = [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]
    first, second = zip(*pairs, strict=True)
    return np.array(first), np.array(second)


def _table(a: list, b: list) -> np.ndarray:
    return stats.contingency.crosstab(*_pairs(a, b)).count


def _result(test) -> tuple[float, float, int]:
    return float(test.statistic), float(test.pvalue), int(test.dof)


def yates_correction(a: list, b: list) -> tuple[float, float, int]:
    return _result(stats.chi2_contingency(_table(a, b)))


def proportions(a: list, b: list) -> tuple[float, float, int]:
    table = _table(a, b)
    return _result(stats.chi2_contingency(table / table.sum(), correction=False))


def missing_as_a_label(a: list, b: list) -> tuple[float, float, int]:
    table = stats.contingency.crosstab(np.array(a, dtype=str), np.array(b, dtype=str)).count
    return _result(stats.chi2_contingency(table, correction=False))


def goodness_of_fit(a: list, b: list) -> tuple[float, float, int]:
    counts = _table(a, b).ravel()
    test = stats.chisquare(counts)
    return float(test.statistic), float(test.pvalue), len(counts) - 1


CHECK = Check(
    function="chi2_independence",
    cases=cases,
    rule=Rule(rtol=1e-7, atol=1e-300),
    mutants=[
        Mutant(
            yates_correction,
            "On a 2 × 2 table, chi2_contingency applies Yates' continuity correction unless you pass "
            "correction=False, which shrinks the statistic: the task asks for Pearson's test without it.",
        ),
        Mutant(
            proportions,
            "You passed proportions instead of counts: the chi-square statistic grows with the number "
            "of examples, so it needs the raw counts of the contingency table.",
        ),
        Mutant(
            missing_as_a_label,
            "Your table has a row or column for the missing labels ('None'): leave out every pair in "
            "which a or b is None before counting.",
        ),
        Mutant(
            goodness_of_fit,
            "You ran chisquare on the flattened table, which tests whether all cells are equally "
            "likely, not whether a and b are independent: use chi2_contingency on the 2-D table.",
        ),
    ],
)
