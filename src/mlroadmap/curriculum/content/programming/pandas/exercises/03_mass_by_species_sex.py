"""Group and aggregate: body mass per species and sex, with named aggregations.

A summary per group (per class, per customer, per day) is how you look at data
before modelling, and how you build features such as "the user's mean basket".
groupby splits the rows, agg computes one value per group and column.

    df is the clean penguins table, as pd.DataFrame(load_penguins()) gives it
    (possibly only some of its rows). Group the penguins by species and sex, with
    the penguins whose sex is missing as a group of their own in each species.

    Return one row per group, with the index groupby gives: a MultiIndex
    (species, sex), sorted, the missing sex after "female" and "male". The columns,
    in this order:

        n           the number of penguins in the group, measured or not
        n_measured  how many of them have a known body_mass_g
        mean_mass   the mean of the known masses (NaN if there is none)
        sd_mass     their sample standard deviation, dividing by n_measured - 1
                    (pandas' default, ddof=1; NaN with fewer than two masses)

Edge cases that matter: a group where no mass is known (n = 1, n_measured = 0,
mean and standard deviation NaN); a species with no missing sex has no third
group; groups with a single known mass have sd_mass NaN.
"""

import pandas as pd


def mass_by_species_sex(df: pd.DataFrame) -> pd.DataFrame:
    # TODO: group by species and sex, keeping the missing sex as a group,
    # and compute the four columns with named aggregations.
    raise NotImplementedError("mass_by_species_sex: replace this line with your code")
