"""Check of exercise 04: heavier than the species' mean (a correlated subquery through a join)."""

from mlroadmap.datasets import load_penguin_tables
from mlroadmap.grading.spec import Case, Check, Mutant
from mlroadmap.grading.sql import query_function
from mlroadmap.grading.table import unordered


def cases() -> list[Case]:
    return [
        Case("all 344 penguins", (load_penguin_tables(),)),
        Case("the 2009–10 season only", (load_penguin_tables(studies=("PAL0910",)),)),
    ]


_JOIN = "FROM penguins p JOIN nests n ON n.study = p.study AND n.nest = p.nest"

CHECK = Check(
    function="query",
    cases=cases,
    view=unordered,
    mutants=[
        Mutant(
            query_function(
                f"SELECT p.individual_id, p.study, p.body_mass_g {_JOIN} "
                "WHERE p.body_mass_g > (SELECT AVG(body_mass_g) FROM penguins)"
            ),
            "Your subquery averages every penguin: tie it to the outer row's species "
            "(WHERE n2.species_id = n.species_id) so each penguin meets its own species' mean.",
        ),
        Mutant(
            query_function(
                f"SELECT p.individual_id, p.study, p.body_mass_g {_JOIN} WHERE p.body_mass_g > ("
                "SELECT SUM(p2.body_mass_g) / COUNT(*) FROM penguins p2 "
                "JOIN nests n2 ON n2.study = p2.study AND n2.nest = p2.nest "
                "WHERE n2.species_id = n.species_id)"
            ),
            "SUM / COUNT(*) counts the unmeasured penguins in the denominator and lowers the mean: "
            "AVG leaves NULLs out.",
        ),
    ],
)
