"""Check of exercise 03: year, month (1-12) and day of the year (1-366) from ISO dates."""

import numpy as np

from mlroadmap.datasets import load_penguins
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    return [
        Case("2007-11-27 (day 331) and New Year's Day", (["2007-11-27", "2009-01-01"],)),
        Case(
            "leap years: 2008-02-29 and 2008-12-31 (day 366)", (["2008-02-29", "2008-12-31", "2009-12-31"],)
        ),
        Case("the penguins' Date Egg column (344 dates)", (list(load_penguins(raw=True)["Date Egg"]),)),
    ]


def _days(dates):
    return np.array(dates, dtype="datetime64[D]")


def day_from_zero(dates):
    days = _days(dates)
    years = days.astype("datetime64[Y]")
    return np.column_stack(
        [
            years.astype(int) + 1970,
            days.astype("datetime64[M]").astype(int) % 12 + 1,
            (days - years).astype(int),
        ]
    )


def month_from_zero(dates):
    days = _days(dates)
    years = days.astype("datetime64[Y]")
    return np.column_stack(
        [
            years.astype(int) + 1970,
            days.astype("datetime64[M]").astype(int) % 12,
            (days - years).astype(int) + 1,
        ]
    )


def years_since_1970(dates):
    days = _days(dates)
    years = days.astype("datetime64[Y]")
    return np.column_stack(
        [years.astype(int), days.astype("datetime64[M]").astype(int) % 12 + 1, (days - years).astype(int) + 1]
    )


CHECK = Check(
    function="date_parts",
    cases=cases,
    rule=Rule(dtype_kind=True),
    mutants=[
        Mutant(day_from_zero, "Your day of the year starts at 0: January 1st is day 1, so add 1."),
        Mutant(month_from_zero, "Your months run from 0 to 11: add 1 so that January is 1."),
        Mutant(years_since_1970, "datetime64[Y] counts years since 1970: add 1970 to get the calendar year."),
    ],
)
