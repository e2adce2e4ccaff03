"""Check of exercise 05: mass_pivot (pivot_table: the aggregate, empty cells, margins over rows)."""

import pandas as pd

from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    df = pd.DataFrame(load_penguins())
    return [
        Case("all 344 penguins", (df,)),
        Case("the females", (df[df["sex"] == "female"],)),
        Case("the 2008 penguins", (df[df["year"] == 2008],)),
        Case("Adelie and Chinstrap only: no Gentoo row", (df[df["species"] != "Gentoo"],)),
        Case("Biscoe only: one island column", (df[df["island"] == "Biscoe"],)),
    ]


def _pivot(df: pd.DataFrame, **options) -> pd.DataFrame:
    return df.pivot_table(
        values="body_mass_g", index="species", columns="island", margins=True, margins_name="All", **options
    )


def summed(df: pd.DataFrame) -> pd.DataFrame:
    return _pivot(df, aggfunc="sum")


def zero_for_no_penguin(df: pd.DataFrame) -> pd.DataFrame:
    return _pivot(df, aggfunc="mean", fill_value=0)


def margins_as_mean_of_cells(df: pd.DataFrame) -> pd.DataFrame:
    cells = df.pivot_table(values="body_mass_g", index="species", columns="island", aggfunc="mean")
    table = cells.assign(All=cells.mean(axis=1))
    table.loc["All"] = table.mean(axis=0)
    return table


CHECK = Check(
    function="mass_pivot",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-9),
    mutants=[
        Mutant(
            summed,
            "Your cells add the masses up (the default of a spreadsheet's pivot table): the task asks "
            "for the mean, aggfunc='mean'.",
        ),
        Mutant(
            zero_for_no_penguin,
            "You put 0 where a species does not live on an island: no penguin is not a mass of 0 g, "
            "so leave those cells NaN (no fill_value).",
        ),
        Mutant(
            margins_as_mean_of_cells,
            "Your 'All' row and column average the cells (a mean of means), which gives a small group "
            "as much weight as a large one: the margins are the means over all the penguins, "
            "margins=True.",
        ),
    ],
)
