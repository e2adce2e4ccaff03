"""Check of exercise 01: heavy males (WHERE with two conditions, an inclusive bound, text case)."""

from mlroadmap.datasets import load_penguin_tables
from mlroadmap.grading.spec import Case, Check, Mutant
from mlroadmap.grading.sql import query_function
from mlroadmap.grading.table import unordered


def cases() -> list[Case]:
    return [
        Case("all 344 penguins", (load_penguin_tables(),)),
        Case("the 2009–10 season only", (load_penguin_tables(studies=("PAL0910",)),)),
    ]


CHECK = Check(
    function="query",
    cases=cases,
    view=unordered,
    mutants=[
        Mutant(
            query_function(
                "SELECT individual_id, study, body_mass_g FROM penguins "
                "WHERE sex = 'MALE' AND body_mass_g > 5000"
            ),
            "'At least 5000 g' includes 5000 itself: use >=, not > (three males weigh exactly 5000 g).",
        ),
        Mutant(
            query_function(
                "SELECT individual_id, study, body_mass_g FROM penguins "
                "WHERE sex = 'male' AND body_mass_g >= 5000"
            ),
            "Text comparison in SQL is case-sensitive: the table stores 'MALE', so 'male' matches no row.",
        ),
        Mutant(
            query_function(
                "SELECT individual_id, study, body_mass_g FROM penguins WHERE body_mass_g >= 5000"
            ),
            "You kept every penguin of at least 5000 g, females too: the question asks for the males only.",
        ),
    ],
)
