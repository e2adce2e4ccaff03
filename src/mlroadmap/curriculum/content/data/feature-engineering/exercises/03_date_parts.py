"""Turn dates written as text into numeric features.

The raw penguins table records the day each clutch's first egg was laid as text,
"2007-11-27". As text it is useless to a model; as numbers it carries the year of the
study (colonies change between seasons) and the position in the season.

    dates is a list of n strings "YYYY-MM-DD". Return an integer array of shape (n, 3)
    whose columns are:

        0: the year (e.g. 2007)
        1: the month, 1 to 12
        2: the day of the year, 1 for January 1st (so 2007-11-27 gives 331)

Use NumPy's datetime64: np.array(dates, dtype="datetime64[D]") parses them all at once,
and converting to "datetime64[Y]" or "datetime64[M]" truncates to the year or month.
Leap years must come out right (2008-12-31 is day 366).

No Python loops over the dates.
"""

import numpy as np


def date_parts(dates: list[str]) -> np.ndarray:
    # TODO: parse the dates with datetime64, then take the year, the month and the day of the year.
    raise NotImplementedError("date_parts: replace this line with your code")
