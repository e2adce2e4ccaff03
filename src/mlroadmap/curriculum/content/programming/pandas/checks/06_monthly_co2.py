"""Check of exercise 06: monthly_co2 (resample by month, a trailing rolling mean, a 12-month lag)."""

import pandas as pd

from mlroadmap.datasets import load_co2
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def cases() -> list[Case]:
    dates, values = load_co2()
    weekly = pd.Series(values, index=pd.DatetimeIndex(dates), name="co2")
    return [
        Case("the whole series, March 1958 to December 2001", (weekly,)),
        Case("the 1960s", (weekly["1960":"1969"],)),
        Case("1963 to 1966: three months in a row without a measurement", (weekly["1963":"1966"],)),
        Case("mid-June 1984 to mid-February 1987", (weekly["1984-06-16":"1987-02-14"],)),
        Case("eight months of 1995: shorter than a year", (weekly["1995-03":"1995-10"],)),
        Case(
            "1990 to 1999 with the unmeasured weeks left out of the index", (weekly["1990":"1999"].dropna(),)
        ),
    ]


def _frame(co2: pd.Series, lag: int = 12) -> pd.DataFrame:
    return pd.DataFrame({"co2": co2, "trend": co2.rolling(12).mean(), "yoy": co2.diff(lag)})


def month_sums(weekly: pd.Series) -> pd.DataFrame:
    return _frame(weekly.resample("MS").sum())


def one_row_up(weekly: pd.Series) -> pd.DataFrame:
    return _frame(weekly.resample("MS").mean(), lag=1)


def month_end_labels(weekly: pd.Series) -> pd.DataFrame:
    return _frame(weekly.resample("ME").mean())


def empty_months_dropped(weekly: pd.Series) -> pd.DataFrame:
    return _frame(weekly.resample("MS").mean().dropna())


def partial_windows(weekly: pd.Series) -> pd.DataFrame:
    co2 = weekly.resample("MS").mean()
    return pd.DataFrame({"co2": co2, "trend": co2.rolling(12, min_periods=1).mean(), "yoy": co2.diff(12)})


def missing_weeks_as_zero(weekly: pd.Series) -> pd.DataFrame:
    return _frame(weekly.fillna(0.0).resample("MS").mean())


CHECK = Check(
    function="monthly_co2",
    cases=cases,
    rule=Rule(rtol=1e-9, atol=1e-9),
    mutants=[
        Mutant(
            month_sums,
            "Your co2 adds up the weeks of each month, so a five-week month weighs more: the monthly "
            "value is the mean, resample('MS').mean().",
        ),
        Mutant(
            one_row_up,
            "Your yoy compares each month with the month before it (one row up): a year earlier is "
            "12 rows up on a monthly index, diff(12) or co2 - co2.shift(12).",
        ),
        Mutant(
            month_end_labels,
            "Your months are labelled by their last day (resample('ME')): the task labels each month "
            "by its first day, resample('MS').",
        ),
        Mutant(
            empty_months_dropped,
            "You dropped the months without a measurement, so 12 rows up is no longer a year earlier "
            "and the 12-month windows span 13 months: keep those rows as NaN.",
        ),
        Mutant(
            partial_windows,
            "Your trend has values where fewer than 12 months are known (min_periods below 12): the "
            "task keeps those windows NaN, which is what rolling(12) does by default.",
        ),
        Mutant(
            missing_weeks_as_zero,
            "You filled the missing weeks with 0 before averaging, which drags those months towards 0 "
            "ppm: the mean skips NaN, so resample the series as it is.",
        ),
    ],
)
