"""Tidy a text column: the penguins' species names.

The raw Palmer penguins table (``load_penguins(raw=True)``) names each species with its
common and scientific name, and not even consistently:

    "Adelie Penguin (Pygoscelis adeliae)"
    "Gentoo penguin (Pygoscelis papua)"
    "Chinstrap penguin (Pygoscelis antarctica)"

Turn such names into one short, consistent label per species: the first word,
with a capital first letter and the rest in lower case ("Adelie", "Gentoo",
"Chinstrap").

    names is a list of strings (or None where the value is missing).
    Return a list of the same length: the short label, or None where the input is None.

Edge cases that matter:
- Missing values stay missing (None); they must not become the text "None".
- Extra spaces around a name must not matter: "  gentoo penguin " gives "Gentoo".
"""


def short_species(names: list[str | None]) -> list[str | None]:
    return [None if name is None else name.split()[0].capitalize() for name in names]
