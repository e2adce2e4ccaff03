"""Check of exercise 05: top 3 flippers per island (RANK over a partition, ties, ORDER BY)."""

from mlroadmap.datasets import load_penguin_tables
from mlroadmap.grading.spec import Case, Check, Mutant
from mlroadmap.grading.sql import query_function


def cases() -> list[Case]:
    return [
        Case("all 344 penguins", (load_penguin_tables(),)),
        Case("the 2007–08 season only", (load_penguin_tables(studies=("PAL0708",)),)),
    ]


def _ranked(rank: str, partition: str = "n.island") -> str:
    return (
        "SELECT island, individual_id, study, flipper_length_mm, flipper_rank FROM ("
        f"SELECT n.island, p.individual_id, p.study, p.flipper_length_mm, {rank} OVER "
        f"(PARTITION BY {partition} ORDER BY p.flipper_length_mm DESC) AS flipper_rank "
        "FROM penguins p JOIN nests n ON n.study = p.study AND n.nest = p.nest "
        "WHERE p.flipper_length_mm IS NOT NULL) WHERE flipper_rank <= 3 "
        "ORDER BY island, flipper_rank, study, individual_id"
    )


# No view: the exercise asks for an order, so the rows are compared in order.
CHECK = Check(
    function="query",
    cases=cases,
    mutants=[
        Mutant(
            query_function(_ranked("ROW_NUMBER()")),
            "ROW_NUMBER gives tied penguins different numbers and drops some of them: RANK lets ties share "
            "a rank.",
        ),
        Mutant(
            query_function(_ranked("DENSE_RANK()")),
            "DENSE_RANK does not skip after a tie (1, 2, 2, 3), so it keeps too many penguins: RANK skips "
            "(1, 2, 2, 4).",
        ),
        Mutant(
            query_function(_ranked("RANK()", partition="n.species_id")),
            "You ranked within each species: the question ranks within each island (PARTITION BY island).",
        ),
    ],
)
