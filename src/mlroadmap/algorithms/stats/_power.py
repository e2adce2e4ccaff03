r"""Type I errors, type II errors and power, by simulation.

Run the experiment many times on data where the truth is known: two normal groups
with standard deviation 1 whose means differ by ``effect_size`` (Cohen's d). The
fraction of experiments in which the t-test rejects at level :math:`\alpha` estimates its
**power**, :math:`1 - \beta`, the chance of detecting a real effect (missing it is a type II
error). With ``effect_size=0`` the same fraction estimates the **type I error rate**,
which should be :math:`\alpha`. The estimate is a proportion over ``n_simulations``
independent runs, so its standard error is :math:`\sqrt{p (1 - p) / \text{n\_simulations}}`.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mlroadmap.algorithms.stats._checks import alternative as check_alternative
from mlroadmap.algorithms.stats._checks import count, level, positive, real, rng
from mlroadmap.algorithms.stats._hypothesis import ttest_ind

_BATCH_VALUES = 1 << 20


def power_by_simulation(
    effect_size: float,
    nobs1: int,
    alpha: float = 0.05,
    ratio: float = 1.0,
    alternative: str = "two-sided",
    equal_var: bool = True,
    n_simulations: int = 10000,
    random_state: Any = None,
) -> float:
    """The fraction of simulated two-sample t-tests that reject the null hypothesis.

    Group 1 has ``nobs1`` values from N(effect_size, 1), group 2 has ``round(ratio * nobs1)``
    values from N(0, 1) (the parameters of statsmodels' ``TTestIndPower().power``, where
    ``alternative="larger"`` is scipy's ``"greater"``). The tests run along the rows of one
    matrix per batch of simulations.
    """
    effect_size = real(effect_size, "effect_size")
    n1 = count(nobs1, "nobs1", minimum=2)
    n2 = count(round(positive(ratio, "ratio") * n1), "the second group's size (ratio * nobs1)", minimum=2)
    alpha = level(alpha, "alpha")
    alternative = check_alternative(alternative)
    n_simulations = count(n_simulations, "n_simulations", minimum=1)
    generator, rejected, done = rng(random_state), 0, 0
    per_batch = max(1, _BATCH_VALUES // (n1 + n2))
    while done < n_simulations:
        size = min(per_batch, n_simulations - done)
        group1 = generator.normal(effect_size, 1.0, size=(size, n1))
        group2 = generator.normal(0.0, 1.0, size=(size, n2))
        result = ttest_ind(group1, group2, axis=1, equal_var=equal_var, alternative=alternative)
        rejected += int(np.count_nonzero(np.asarray(result.pvalue) < alpha))
        done += size
    return rejected / n_simulations
