r"""A confidence interval for a mean from Student's t.

:math:`\bar{x} \pm t_{1 - \alpha/2,\, n - 1} \cdot s / \sqrt{n}`, with :math:`s` the sample
standard deviation (``ddof=1``). Over many samples, a 95% interval covers the true mean
95% of the time; any one interval either covers it or does not.
"""

from __future__ import annotations

import math
from typing import Any, NamedTuple

from mlroadmap.algorithms.stats._checks import level, sample_1d
from mlroadmap.algorithms.stats._sampling import t


class ConfidenceInterval(NamedTuple):
    low: float
    high: float


def t_confidence_interval(x: Any, confidence: float = 0.95) -> ConfidenceInterval:
    """The t interval for the mean of ``x`` (1-D, at least 2 values).

    The same as ``scipy.stats.t.interval(confidence, n - 1, loc=x.mean(), scale=scipy.stats.sem(x))``
    and statsmodels' ``DescrStatsW(x).tconfint_mean(1 - confidence)``.
    """
    values = sample_1d(x, min_size=2)
    confidence = level(confidence, "confidence")
    n = values.size
    centre = values.mean()
    standard_error = math.sqrt(((values - centre) ** 2).sum() / (n - 1)) / math.sqrt(n)
    critical = float(t(n - 1).ppf(0.5 + confidence / 2))
    return ConfidenceInterval(
        float(centre - critical * standard_error), float(centre + critical * standard_error)
    )
