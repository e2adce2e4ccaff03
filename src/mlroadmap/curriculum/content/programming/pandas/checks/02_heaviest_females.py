"""Check of exercise 02: heaviest_females (boolean masks, isin, missing values, a stable top n)."""

import pandas as pd

from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant

_COLUMNS = ["species", "island", "body_mass_g"]


def cases() -> list[Case]:
    df = pd.DataFrame(load_penguins())
    return [
        Case("Torgersen, top 5: an unsexed penguin of 4250 g lives there", (df, ["Torgersen"], 5)),
        Case("Biscoe and Dream, top 10: ties at 5200 g and 5000 g", (df, ["Biscoe", "Dream"], 10)),
        Case("Dream, top 3", (df, ["Dream"], 3)),
        Case("all three islands, top 1", (df, ["Biscoe", "Dream", "Torgersen"], 1)),
        Case("Biscoe, top 500: fewer females than that", (df, ["Biscoe"], 500)),
        Case(
            "the 2009 penguins of Torgersen and Dream, top 8",
            (df[df["year"] == 2009], ["Torgersen", "Dream"], 8),
        ),
        Case("no island at all: no row", (df, [], 5)),
        Case("Anvers is the region, not an island: no row", (df, ["Anvers"], 3)),
    ]


def _top(chosen: pd.DataFrame, n: int) -> pd.DataFrame:
    return chosen.sort_values("body_mass_g", ascending=False, kind="stable").head(n)


def not_male(df: pd.DataFrame, islands: list[str], n: int) -> pd.DataFrame:
    return _top(df.loc[df["island"].isin(islands) & (df["sex"] != "male"), _COLUMNS], n)


def top_n_before_filtering(df: pd.DataFrame, islands: list[str], n: int) -> pd.DataFrame:
    heaviest = df.sort_values("body_mass_g", ascending=False, kind="stable").head(n)
    return heaviest.loc[heaviest["island"].isin(islands) & (heaviest["sex"] == "female"), _COLUMNS]


def lightest_first(df: pd.DataFrame, islands: list[str], n: int) -> pd.DataFrame:
    chosen = df.loc[df["island"].isin(islands) & (df["sex"] == "female"), _COLUMNS]
    return chosen.sort_values("body_mass_g", kind="stable").head(n)


CHECK = Check(
    function="heaviest_females",
    cases=cases,
    mutants=[
        Mutant(
            not_male,
            "You kept the penguins whose sex is missing: `sex != 'male'` is True for a missing value, "
            "because NaN is not equal to anything. Ask for what you want: `sex == 'female'`.",
        ),
        Mutant(
            top_n_before_filtering,
            "You took the n heaviest penguins first and filtered them afterwards, so most of them were "
            "dropped: filter first, then sort and take n.",
        ),
        Mutant(
            lightest_first,
            "Your rows run from the lightest up: sort_values sorts in ascending order unless you pass "
            "ascending=False.",
        ),
    ],
)
