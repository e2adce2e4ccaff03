"""The raw Palmer penguins table split into the three tables a database would hold.

The LTER table has one row per adult penguin, but much of each row describes the
nest (two adults per nest per study season: island, species, clutch completion, the
date of the first egg) or the species (common and Latin name). Normalising it gives
real data for joins: ``species`` (3 rows), ``nests`` (172 rows), ``penguins`` (344
rows). Every value comes from the raw table; the test suite joins them back and
compares with it.
"""

from __future__ import annotations

import re

import numpy as np

from mlroadmap.datasets._bundled import load_penguins

Tables = dict[str, dict[str, np.ndarray]]


def load_penguin_tables(studies: tuple[str, ...] = (), islands: tuple[str, ...] = ()) -> Tables:
    """``{"species": {...}, "nests": {...}, "penguins": {...}}``, each a dict of columns.

    ``studies`` (e.g. ``("PAL0708",)``, one per breeding season 2007–08 to 2009–10)
    and ``islands`` keep only those nests and their penguins; the species table stays
    whole, so a species can have no nest left.

    - species: species_id, common_name ("Adelie Penguin"), latin_name ("Pygoscelis adeliae")
    - nests: study, nest ("N1"), island, species_id, clutch_completion ("Yes"/"No"), date_egg
    - penguins: sample_number, study, nest, individual_id ("N1A1"), sex ("MALE", "FEMALE"
      or None), bill_length_mm, bill_depth_mm, flipper_length_mm, body_mass_g (NaN where
      not measured)
    """
    raw = load_penguins(raw=True)
    names = sorted(set(raw["Species"]))
    parsed = [re.fullmatch(r"(.+?) \((.+)\)", name).groups() for name in names]  # type: ignore[union-attr]
    species_id = np.array([names.index(s) + 1 for s in raw["Species"]])
    nest = np.array([re.match(r"N\d+", i).group() for i in raw["Individual ID"]], dtype=object)  # type: ignore[union-attr]
    study = raw["studyName"]
    keys = [f"{s}/{n}" for s, n in zip(study, nest, strict=True)]
    first = np.sort(np.unique(keys, return_index=True)[1])  # each nest's first row, in table order
    tables = {
        "species": {
            "species_id": np.arange(1, len(names) + 1),
            "common_name": np.array([p[0] for p in parsed], dtype=object),
            "latin_name": np.array([p[1] for p in parsed], dtype=object),
        },
        "nests": {
            "study": study[first],
            "nest": nest[first],
            "island": raw["Island"][first],
            "species_id": species_id[first],
            "clutch_completion": raw["Clutch Completion"][first],
            "date_egg": raw["Date Egg"][first],
        },
        "penguins": {
            "sample_number": raw["Sample Number"].astype(int),
            "study": study,
            "nest": nest,
            "individual_id": raw["Individual ID"],
            "sex": raw["Sex"],
            "bill_length_mm": raw["Culmen Length (mm)"],
            "bill_depth_mm": raw["Culmen Depth (mm)"],
            "flipper_length_mm": raw["Flipper Length (mm)"],
            "body_mass_g": raw["Body Mass (g)"],
        },
    }
    nests, penguins = tables["nests"], tables["penguins"]
    keep = np.ones(len(nests["nest"]), dtype=bool)
    if studies:
        keep &= np.isin(nests["study"], studies)
    if islands:
        keep &= np.isin(nests["island"], islands)
    kept = {f"{s}/{n}" for s, n in zip(nests["study"][keep], nests["nest"][keep], strict=True)}
    rows = np.array([f"{s}/{n}" in kept for s, n in zip(penguins["study"], penguins["nest"], strict=True)])
    tables["nests"] = {name: column[keep] for name, column in nests.items()}
    tables["penguins"] = {name: column[rows] for name, column in penguins.items()}
    return tables
