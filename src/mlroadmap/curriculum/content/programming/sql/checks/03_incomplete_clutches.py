"""Check of exercise 03: incomplete clutches per species (LEFT JOIN, counting matches, zero rows)."""

from mlroadmap.datasets import load_penguin_tables
from mlroadmap.grading.spec import Case, Check, Mutant
from mlroadmap.grading.sql import query_function
from mlroadmap.grading.table import unordered


def cases() -> list[Case]:
    return [
        Case("all 172 nests", (load_penguin_tables(),)),
        Case(
            "nests on Biscoe and Torgersen only (no Chinstrap nests there)",
            (load_penguin_tables(islands=("Biscoe", "Torgersen")),),
        ),
        Case("the 2008–09 season only", (load_penguin_tables(studies=("PAL0809",)),)),
    ]


CHECK = Check(
    function="query",
    cases=cases,
    view=unordered,
    mutants=[
        Mutant(
            query_function(
                "SELECT s.common_name, COUNT(*) AS incomplete FROM species s "
                "JOIN nests n ON n.species_id = s.species_id WHERE n.clutch_completion = 'No' "
                "GROUP BY s.species_id, s.common_name"
            ),
            "An inner JOIN drops a species that has no matching nest: use LEFT JOIN from species so it "
            "stays, with 0.",
        ),
        Mutant(
            query_function(
                "SELECT s.common_name, COUNT(*) AS incomplete FROM species s "
                "LEFT JOIN nests n ON n.species_id = s.species_id AND n.clutch_completion = 'No' "
                "GROUP BY s.species_id, s.common_name"
            ),
            "COUNT(*) counts the row a LEFT JOIN keeps for a species without nests, giving 1 instead of 0: "
            "count a column of the joined table, COUNT(n.nest), which is NULL there.",
        ),
        Mutant(
            query_function(
                "SELECT s.common_name, SUM(n.clutch_completion = 'No') AS incomplete FROM species s "
                "LEFT JOIN nests n ON n.species_id = s.species_id GROUP BY s.species_id, s.common_name"
            ),
            "SUM over a species without nests adds up nothing and gives NULL, not 0: count the matching "
            "nests with COUNT(n.nest), or wrap the sum in COALESCE(..., 0).",
        ),
    ],
)
