"""A time index: weekly CO2 to monthly means, a 12-month trend and the yearly growth.

Sensor readings, sales and server metrics come with timestamps. With the dates as
the index, pandas can regroup them by calendar period, slide windows along them
and compare each value with the one a year before: the lag and rolling features
of every forecasting model.

    weekly is the Mauna Loa CO2 series in ppm: a Series with a DatetimeIndex (one
    Saturday per week, in increasing order) and NaN for the weeks without a
    measurement, as

        dates, values = load_co2()
        weekly = pd.Series(values, index=pd.DatetimeIndex(dates), name="co2")

    gives it (possibly only a slice of it, or with some weeks left out). Return a
    DataFrame with one row per calendar month from the month of the first week to
    the month of the last one, indexed by the first day of each month (what
    resample("MS") gives), and exactly these columns, in this order:

        co2    the mean of the month's measured weeks (NaN if it has none)
        trend  the mean of co2 over this month and the 11 months before it
               (NaN unless all 12 are known: the first 11 months are NaN)
        yoy    this month's co2 minus the co2 of the same month a year earlier,
               12 rows up (NaN when either is missing)

    A month without any measurement keeps its row, with co2 NaN.

Edge cases that matter: months with no measured week (five of them, in 1958 and
1964); a slice shorter than a year (trend and yoy all NaN); a slice that starts or
ends in the middle of a month; weeks missing from the index altogether.
"""

import pandas as pd


def monthly_co2(weekly: pd.Series) -> pd.DataFrame:
    co2 = weekly.resample("MS").mean()
    return pd.DataFrame({"co2": co2, "trend": co2.rolling(12).mean(), "yoy": co2.diff(12)})
