"""Merge three tables: give every penguin its nest's island and its species' name.

Features rarely sit in one table. Labels live in one place, user attributes in
another, events in a third, and a join on the right keys brings them together.
A join on too few keys multiplies rows; an inner join silently loses them.

    penguins, nests and species are the three tables of load_penguin_tables(), each
    as a DataFrame (possibly only some of their rows):

        penguins  sample_number, study, nest, individual_id, sex, bill_length_mm,
                  bill_depth_mm, flipper_length_mm, body_mass_g   (one row per penguin)
        nests     study, nest, island, species_id, clutch_completion, date_egg
                  (one row per nest and season)
        species   species_id, common_name, latin_name             (one row per species)

    A nest is identified by its study (the season) AND its nest number: "N1" exists
    in every season. Return one row per penguin, in the order of penguins, with the
    row labels 0, 1, ..., n - 1 and exactly these columns, in this order:

        study, individual_id, island, common_name, body_mass_g

    island comes from the penguin's nest, common_name from the species of that nest.
    A penguin whose nest is not in nests keeps its row, with island and common_name
    missing.

Edge cases that matter: nests may hold only some islands' nests; the rows of
species may come in any order (species_id is a key, not a position).
"""

import pandas as pd


def penguin_sites(penguins: pd.DataFrame, nests: pd.DataFrame, species: pd.DataFrame) -> pd.DataFrame:
    sites = penguins.merge(nests, on=["study", "nest"], how="left", validate="many_to_one")
    sites = sites.merge(species, on="species_id", how="left", validate="many_to_one")
    return sites[["study", "individual_id", "island", "common_name", "body_mass_g"]]
