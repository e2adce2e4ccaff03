r"""Bayesian inference for a probability: the conjugate update and a Metropolis–Hastings sampler.

**Conjugate update.** With a Beta(a, b) prior on a success probability :math:`\theta` and k
successes in n Bernoulli trials, the likelihood :math:`\theta^k (1 - \theta)^{n - k}` has the
prior's form, so the posterior is Beta(a + k, b + n - k): the prior counts like a
successes and b failures seen before the data (pseudo-counts).

**Metropolis–Hastings** draws from a density known only up to a constant,
:math:`\pi(\theta) \propto` prior × likelihood, which is all Bayes' theorem gives without the
evidence integral. From the current :math:`\theta`, propose :math:`\theta' = \theta + \varepsilon`,
:math:`\varepsilon \sim N(0, \text{step}^2)`, and accept it with probability
:math:`\min(1, \pi(\theta') / \pi(\theta))`; otherwise stay (and count the current value again).
The chain's values, after a burn-in, are draws from :math:`\pi`, correlated with each
other: for a given accuracy they need more samples than independent draws would.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, NamedTuple

import numpy as np

from mlroadmap.algorithms.stats._checks import count, positive, rng


class MetropolisResult(NamedTuple):
    samples: np.ndarray
    """Shape (n_samples,) for a scalar start, (n_samples, d) for a start of d values."""
    acceptance_rate: float


def beta_binomial_update(a: float, b: float, successes: int, trials: int) -> tuple[float, float]:
    """The posterior Beta(a + successes, b + trials - successes) after ``trials`` Bernoulli trials."""
    a, b = positive(a, "a"), positive(b, "b")
    trials = count(trials, "trials")
    successes = count(successes, "successes")
    if successes > trials:
        raise ValueError(f"successes ({successes}) cannot exceed trials ({trials}).")
    return a + successes, b + (trials - successes)


def metropolis_hastings(
    log_density: Callable[[Any], float],
    x0: Any,
    n_samples: int,
    step_size: float = 1.0,
    burn_in: int = 0,
    random_state: Any = None,
) -> MetropolisResult:
    """A random-walk Metropolis chain targeting ``exp(log_density)`` (normalized or not).

    ``log_density(x)`` returns the log of the target density up to a constant, and
    ``-inf`` outside its support (the chain never moves there). ``x0`` is the start (a
    number, or an array for a multivariate target) and must have a finite log density.
    The first ``burn_in`` steps are run and dropped; ``n_samples`` states are returned.
    The proposals and the uniforms are drawn up front; the loop over steps is the
    algorithm itself, each step depending on the one before.
    """
    n_samples = count(n_samples, "n_samples", minimum=1)
    burn_in = count(burn_in, "burn_in")
    step_size = positive(step_size, "step_size")
    current = np.array(x0, dtype=np.float64)
    if current.ndim > 1 or not np.isfinite(current).all():
        raise ValueError("x0 must be a finite number or a 1-D array of finite numbers.")
    current_log = float(log_density(current.item() if current.ndim == 0 else current.copy()))
    if not math.isfinite(current_log):
        raise ValueError("x0 must lie where log_density is finite (inside the support).")
    generator = rng(random_state)
    steps = n_samples + burn_in
    noise = step_size * generator.standard_normal((steps, *current.shape))
    log_uniforms = np.log(generator.random(steps))
    samples = np.empty((n_samples, *current.shape))
    accepted = 0
    for i in range(steps):
        proposal = current + noise[i]
        proposal_log = float(log_density(proposal.item() if proposal.ndim == 0 else proposal.copy()))
        if log_uniforms[i] < proposal_log - current_log:  # accept with probability min(1, ratio)
            current, current_log = proposal, proposal_log
            accepted += 1
        if i >= burn_in:
            samples[i - burn_in] = current
    return MetropolisResult(samples, accepted / steps)
