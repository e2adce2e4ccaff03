"""Select rows and columns with .loc: the heaviest females on some islands.

Choosing the rows to train on, the columns to keep, or the examples to look at
first is boolean selection: a mask per condition, combined with & and |, passed to
.loc together with the column names.

    df is the clean penguins table, as pd.DataFrame(load_penguins()) gives it
    (possibly only some of its rows): columns species, island, bill_length_mm,
    bill_depth_mm, flipper_length_mm, body_mass_g, sex ("male", "female" or
    missing) and year. islands is a list of island names; n >= 1 is an int.

    Return the n heaviest female penguins living on one of the islands:

    - keep the rows whose island is in islands and whose sex is "female"
      (a penguin whose sex is missing is not a female);
    - sort them by body_mass_g from heaviest to lightest; penguins of equal mass
      stay in their order in df (a stable sort);
    - keep the first n of them, or all of them if there are fewer than n.

    The result has exactly the columns species, island and body_mass_g, in that
    order, and keeps the row labels of df (do not reset the index).

Edge cases that matter: an empty list of islands, or islands where no female
lives, give a result with no rows (and the three columns); n may exceed the
number of females; masses are multiples of 25 g, so ties are common.
"""

import pandas as pd


def heaviest_females(df: pd.DataFrame, islands: list[str], n: int) -> pd.DataFrame:
    # TODO: one boolean mask for the island, one for the sex, combined with &;
    # then .loc with the three columns, a stable sort by mass, and the first n rows.
    raise NotImplementedError("heaviest_females: replace this line with your code")
