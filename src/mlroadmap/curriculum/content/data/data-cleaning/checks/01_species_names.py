"""Check of exercise 01: short, consistent species labels; None stays None."""

from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    raw = list(load_penguins(raw=True)["Species"])
    return [
        Case(
            "the three raw names",
            (
                [
                    "Adelie Penguin (Pygoscelis adeliae)",
                    "Gentoo penguin (Pygoscelis papua)",
                    "Chinstrap penguin (Pygoscelis antarctica)",
                ],
            ),
        ),
        Case("the raw Species column of all 344 penguins", (raw,)),
        Case(
            "shouting, whispering and stray spaces",
            (["ADELIE PENGUIN", "  gentoo penguin (Pygoscelis papua) ", "chinstrap"],),
        ),
        Case("missing values", (["Adelie Penguin (Pygoscelis adeliae)", None, "Gentoo penguin", None],)),
    ]


def common_name(names):
    return [None if n is None else n.split("(")[0].strip() for n in names]


def case_unchanged(names):
    return [None if n is None else n.split()[0] for n in names]


def none_as_text(names):
    return [str(n).split()[0].capitalize() for n in names]


CHECK = Check(
    function="short_species",
    cases=cases,
    rule=Rule(),
    mutants=[
        Mutant(
            common_name,
            'You kept the whole common name ("Adelie Penguin", "Gentoo penguin"): keep '
            "only the first word, so one species gets one label.",
        ),
        Mutant(
            case_unchanged,
            'You kept the first word\'s own capitalization, so "ADELIE" and "Adelie" '
            "would be two species: normalize it with .capitalize().",
        ),
        Mutant(
            none_as_text,
            'Missing values became the text "None", which a model would take for a real '
            "species: keep them as None.",
        ),
    ],
)
