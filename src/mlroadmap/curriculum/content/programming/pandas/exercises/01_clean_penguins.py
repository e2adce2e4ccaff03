"""Clean the raw Palmer penguins table: names, types, and the rows you cannot use.

The table a field study exports is rarely the table a model wants. The raw LTER
export of the penguins has 17 columns with names such as "Culmen Length (mm)", the
dates as text, the species as "Adelie Penguin (Pygoscelis adeliae)", the sex in
capitals, and two penguins that were never measured.

    raw is that table as a DataFrame, as pd.DataFrame(load_penguins(raw=True)) gives it
    (possibly only some of its rows). Return a NEW DataFrame with exactly these ten
    columns, in this order:

        species            the first word of "Species": "Adelie", "Chinstrap" or "Gentoo"
        island             "Island", unchanged
        individual_id      "Individual ID", unchanged
        date_egg           "Date Egg" parsed into datetimes (dtype datetime64)
        bill_length_mm     "Culmen Length (mm)"
        bill_depth_mm      "Culmen Depth (mm)"
        flipper_length_mm  "Flipper Length (mm)"
        body_mass_g        "Body Mass (g)"
        sex                "Sex" in lower case: "male" or "female"; missing stays missing
        comments           "Comments", unchanged (missing for most penguins)

    Drop the rows whose body mass is missing, and only those: a penguin with an
    unknown sex or without a comment stays. Keep the remaining rows in their order
    and with their row labels from raw (do not reset the index).

Edge cases that matter: raw may hold a few rows only, or rows that are all
unmeasured (the result then has no rows but still the ten columns). Do not change
raw in place: it is the caller's table.
"""

import pandas as pd


def clean_penguins(raw: pd.DataFrame) -> pd.DataFrame:
    # TODO: select the ten columns and rename them, then fix species, date_egg and sex,
    # and drop the rows without a body mass. Build a new frame: leave raw as it is.
    raise NotImplementedError("clean_penguins: replace this line with your code")
