"""Check of exercise 04: penguin_sites (merge on a two-column key, left vs inner, lookups by key)."""

import pandas as pd

from mlroadmap.datasets import load_penguin_tables
from mlroadmap.grading.spec import Case, Check, Mutant

_COLUMNS = ["study", "individual_id", "island", "common_name", "body_mass_g"]


def _frames(**filters) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    tables = load_penguin_tables(**filters)
    return tuple(pd.DataFrame(tables[name]) for name in ("penguins", "nests", "species"))


def cases() -> list[Case]:
    penguins, nests, species = _frames()
    season, season_nests, _ = _frames(studies=("PAL0809",))
    _, two_islands, _ = _frames(islands=("Biscoe", "Dream"))
    torgersen, torgersen_nests, _ = _frames(islands=("Torgersen",))
    return [
        Case("all 344 penguins, all 172 nests", (penguins, nests, species)),
        Case("the 2008–09 season", (season, season_nests, species)),
        Case(
            "all penguins, but only the Biscoe and Dream nests: the Torgersen penguins have no nest",
            (penguins, two_islands, species),
        ),
        Case(
            "Torgersen, with the species table in reverse order",
            (torgersen, torgersen_nests, species.iloc[::-1].reset_index(drop=True)),
        ),
    ]


def nest_number_only(penguins: pd.DataFrame, nests: pd.DataFrame, species: pd.DataFrame) -> pd.DataFrame:
    sites = penguins.merge(nests[["nest", "island", "species_id"]], on="nest", how="left")
    return sites.merge(species, on="species_id", how="left")[_COLUMNS]


def inner_join(penguins: pd.DataFrame, nests: pd.DataFrame, species: pd.DataFrame) -> pd.DataFrame:
    sites = penguins.merge(nests, on=["study", "nest"]).merge(species, on="species_id")
    return sites[_COLUMNS]


def map_by_position(penguins: pd.DataFrame, nests: pd.DataFrame, species: pd.DataFrame) -> pd.DataFrame:
    sites = penguins.merge(nests, on=["study", "nest"], how="left")
    sites["common_name"] = sites["species_id"].map(species["common_name"])
    return sites[_COLUMNS]


CHECK = Check(
    function="penguin_sites",
    cases=cases,
    mutants=[
        Mutant(
            nest_number_only,
            "You joined on the nest number alone, but N1 exists in every season, so each penguin met "
            "every season's nest of that number and rows multiplied: join on ['study', 'nest'] "
            "(validate='many_to_one' would have caught it).",
        ),
        Mutant(
            inner_join,
            "The penguins whose nest is not in nests have disappeared: merge is an inner join by "
            "default. Keep every penguin with how='left'.",
        ),
        Mutant(
            map_by_position,
            "Series.map with a Series looks each value up in that Series' index (0, 1, 2 here), not in "
            "its species_id column: use species.set_index('species_id')['common_name'], or merge on "
            "species_id.",
        ),
    ],
)
