"""Check of exercise 03: fit_co2_growth (nonlinear least squares with curve_fit)."""

import numpy as np
from scipy import optimize

from mlroadmap.datasets import load_co2
from mlroadmap.grading.spec import Case, Check, Mutant, Rule


def _decimal_years(dates: np.ndarray) -> np.ndarray:
    days = (dates - dates.astype("datetime64[Y]")).astype(float)
    year = dates.astype("datetime64[Y]").astype(int) + 1970
    length = np.where((year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0)), 366.0, 365.0)
    return year + days / length


def cases() -> list[Case]:
    months, monthly = load_co2("MS", fill="linear")
    t = _decimal_years(months)
    weeks, weekly = load_co2()
    seen = ~np.isnan(weekly)
    years = np.arange(1959, 2002)
    annual = np.array([monthly[(t >= year) & (t < year + 1)].mean() for year in years])
    exact_t = np.linspace(1960.0, 2000.0, 81)
    early, late = t < 1980, t >= 1980
    return [
        Case(
            "an exact curve, A = 40 and r = 0.015, no noise",
            (exact_t, 280.0 + 40.0 * np.exp(0.015 * (exact_t - 1958))),
        ),
        Case("the monthly means, 1958 to 2001", (t, monthly)),
        Case("the monthly means, 1958 to 1979", (t[early], monthly[early])),
        Case("the monthly means, 1980 to 2001", (t[late], monthly[late])),
        Case("the annual means, 1959 to 2001, dated mid-year", (years + 0.5, annual)),
        Case("the 2225 measured weeks", (_decimal_years(weeks[seen]), weekly[seen])),
    ]


def log_linear(t: np.ndarray, y: np.ndarray) -> np.ndarray:
    slope, intercept = np.polyfit(t - 1958.0, np.log(y - 280.0), 1)
    return np.array([np.exp(intercept), slope])


def no_baseline(t: np.ndarray, y: np.ndarray) -> np.ndarray:
    def model(t: np.ndarray, A: float, r: float) -> np.ndarray:
        return A * np.exp(r * (t - 1958.0))

    return optimize.curve_fit(model, t, y, p0=(300.0, 0.01))[0]


CHECK = Check(
    function="fit_co2_growth",
    cases=cases,
    rule=Rule(rtol=1e-4, atol=1e-9),
    mutants=[
        Mutant(
            log_linear,
            "You fitted a straight line to log(y - 280). That minimises the errors of the logarithm, "
            "which weighs the early, small excesses more: fit the model itself to y with curve_fit.",
        ),
        Mutant(
            no_baseline,
            "Your model has no 280 ppm baseline, A * exp(r * (t - 1958)), so the whole 315 ppm grows "
            "exponentially and r comes out far too small: only the excess over 280 ppm grows.",
        ),
    ],
)
