"""Check of exercise 01: clean_penguins (rename, parse dates, lower-case, drop the unmeasured rows)."""

import numpy as np
import pandas as pd

from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant

_COLUMNS = {
    "Species": "species",
    "Island": "island",
    "Individual ID": "individual_id",
    "Date Egg": "date_egg",
    "Culmen Length (mm)": "bill_length_mm",
    "Culmen Depth (mm)": "bill_depth_mm",
    "Flipper Length (mm)": "flipper_length_mm",
    "Body Mass (g)": "body_mass_g",
    "Sex": "sex",
    "Comments": "comments",
}


def cases() -> list[Case]:
    raw = pd.DataFrame(load_penguins(raw=True))
    unmeasured = raw["Body Mass (g)"].isna()
    return [
        Case("the whole raw table: 344 penguins, 2 never measured", (raw,)),
        Case("the first 12 rows (row 3 was never measured)", (raw.head(12),)),
        Case("the 2009–10 season (study PAL0910) with its row labels", (raw[raw["studyName"] == "PAL0910"],)),
        Case("the Chinstrap penguins: all measured", (raw[raw["Species"].str.startswith("Chinstrap")],)),
        Case("only the two unmeasured penguins: no row is left", (raw[unmeasured],)),
    ]


def _renamed(raw: pd.DataFrame) -> pd.DataFrame:
    clean = raw[list(_COLUMNS)].rename(columns=_COLUMNS)
    clean["species"] = clean["species"].str.split().str[0]
    clean["date_egg"] = pd.to_datetime(clean["date_egg"])
    clean["sex"] = clean["sex"].str.lower()
    return clean


def dropna_everywhere(raw: pd.DataFrame) -> pd.DataFrame:
    return _renamed(raw).dropna()


def compared_with_nan(raw: pd.DataFrame) -> pd.DataFrame:
    clean = _renamed(raw)
    return clean[clean["body_mass_g"] != np.nan]  # noqa: PLW0177 (the mistake itself)


def unknown_sex_dropped(raw: pd.DataFrame) -> pd.DataFrame:
    return _renamed(raw).dropna(subset=["body_mass_g", "sex"])


def dates_left_as_text(raw: pd.DataFrame) -> pd.DataFrame:
    clean = _renamed(raw)
    clean["date_egg"] = raw["Date Egg"]
    return clean.dropna(subset=["body_mass_g"])


CHECK = Check(
    function="clean_penguins",
    cases=cases,
    mutants=[
        Mutant(
            dropna_everywhere,
            "dropna() with no subset drops every row that has any missing value, and most penguins "
            "have no comment: drop only the rows without a body mass, with dropna(subset=['body_mass_g']).",
        ),
        Mutant(
            compared_with_nan,
            "The penguins without a body mass are still there. NaN equals nothing, not even itself, "
            "so a test such as `!= np.nan` is True on every row: use .notna() or dropna(subset=...).",
        ),
        Mutant(
            unknown_sex_dropped,
            "You also dropped the penguins whose sex is unknown: they were measured, so they stay, "
            "with sex missing. Only a missing body mass removes a row.",
        ),
        Mutant(
            dates_left_as_text,
            "date_egg is still text: parse it with pd.to_datetime, so that dates sort, subtract "
            "and resample as dates.",
        ),
    ],
)
