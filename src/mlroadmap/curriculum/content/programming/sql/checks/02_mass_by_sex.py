"""Check of exercise 02: count and mean mass per sex (GROUP BY, NULL groups, what to count)."""

from mlroadmap.datasets import load_penguin_tables
from mlroadmap.grading.spec import Case, Check, Mutant, Rule
from mlroadmap.grading.sql import query_function
from mlroadmap.grading.table import unordered


def cases() -> list[Case]:
    return [
        Case("all 344 penguins", (load_penguin_tables(),)),
        Case("Dream island only", (load_penguin_tables(islands=("Dream",)),)),
        Case("the 2007–08 season only", (load_penguin_tables(studies=("PAL0708",)),)),
    ]


CHECK = Check(
    function="query",
    cases=cases,
    rule=Rule(rtol=1e-9),
    view=unordered,
    mutants=[
        Mutant(
            query_function(
                "SELECT sex, COUNT(*) AS n, AVG(body_mass_g) AS mean_mass FROM penguins GROUP BY sex"
            ),
            "GROUP BY keeps NULL as a group of its own: filter the unrecorded sexes out with "
            "WHERE sex IS NOT NULL.",
        ),
        Mutant(
            query_function(
                "SELECT sex, COUNT(DISTINCT individual_id) AS n, AVG(body_mass_g) AS mean_mass "
                "FROM penguins WHERE sex IS NOT NULL GROUP BY sex"
            ),
            "individual_id repeats across seasons (there is an N1A1 in every study), so counting "
            "distinct ids undercounts: count the rows with COUNT(*).",
        ),
        Mutant(
            query_function(
                "SELECT sex, COUNT(*) AS n, AVG(body_mass_g) AS mean_mass "
                "FROM penguins WHERE sex != NULL GROUP BY sex"
            ),
            "A comparison with NULL is never true, so sex != NULL keeps no row at all: "
            "test for missing values with IS NULL or IS NOT NULL.",
        ),
    ],
)
