"""Check of exercise 03: mass_by_species_sex (groupby with missing keys, size vs count, ddof)."""

import pandas as pd

from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    df = pd.DataFrame(load_penguins())
    return [
        Case("all 344 penguins: 11 of unknown sex, 2 never weighed", (df,)),
        Case("Biscoe only", (df[df["island"] == "Biscoe"],)),
        Case("the 2007 penguins", (df[df["year"] == 2007],)),
        Case("Chinstrap only: every sex is known", (df[df["species"] == "Chinstrap"],)),
        Case("Dream only: one unsexed Adelie, so a group of one", (df[df["island"] == "Dream"],)),
        Case("the two penguins never weighed: groups without any mass", (df[df["body_mass_g"].isna()],)),
    ]


def _summary(groups) -> pd.DataFrame:
    return groups.agg(
        n=("body_mass_g", "size"),
        n_measured=("body_mass_g", "count"),
        mean_mass=("body_mass_g", "mean"),
        sd_mass=("body_mass_g", "std"),
    )


def missing_sex_dropped(df: pd.DataFrame) -> pd.DataFrame:
    return _summary(df.groupby(["species", "sex"]))


def count_for_n(df: pd.DataFrame) -> pd.DataFrame:
    return df.groupby(["species", "sex"], dropna=False).agg(
        n=("body_mass_g", "count"),
        n_measured=("body_mass_g", "count"),
        mean_mass=("body_mass_g", "mean"),
        sd_mass=("body_mass_g", "std"),
    )


def population_sd(df: pd.DataFrame) -> pd.DataFrame:
    return df.groupby(["species", "sex"], dropna=False).agg(
        n=("body_mass_g", "size"),
        n_measured=("body_mass_g", "count"),
        mean_mass=("body_mass_g", "mean"),
        sd_mass=("body_mass_g", lambda m: m.std(ddof=0)),
    )


def missing_mass_as_zero(df: pd.DataFrame) -> pd.DataFrame:
    return _summary(df.fillna({"body_mass_g": 0.0}).groupby(["species", "sex"], dropna=False))


CHECK = Check(
    function="mass_by_species_sex",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-9),
    mutants=[
        Mutant(
            missing_sex_dropped,
            "The penguins of unknown sex are missing: groupby leaves out the rows whose key is "
            "missing unless you pass dropna=False.",
        ),
        Mutant(
            count_for_n,
            "Your n counts only the penguins with a known mass: 'count' skips missing values, "
            "'size' counts the rows of the group.",
        ),
        Mutant(
            population_sd,
            "You divided by n_measured (ddof=0): pandas' .std() is the sample standard deviation, "
            "which divides by n_measured - 1.",
        ),
        Mutant(
            missing_mass_as_zero,
            "You filled the missing masses with 0 before aggregating, so they count as penguins of "
            "0 g and pull the means down: leave them missing, mean and std skip them.",
        ),
    ],
)
