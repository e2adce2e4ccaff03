"""What every distribution object shares: moments, and sampling through ``rvs``."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from mlroadmap.algorithms.stats._checks import rng


class Distribution:
    """A distribution with its parameters fixed, like a frozen ``scipy.stats`` distribution.

    Subclasses define ``mean``, ``var`` and ``_draw(generator, shape)``; ``std`` and ``rvs``
    follow from them.
    """

    def mean(self) -> float:
        raise NotImplementedError

    def var(self) -> float:
        raise NotImplementedError

    def std(self) -> float:
        return math.sqrt(self.var())

    def _draw(self, generator: np.random.Generator, shape: tuple[int, ...]) -> np.ndarray:
        raise NotImplementedError

    def rvs(self, size: int | tuple[int, ...] | None = None, random_state: Any = None) -> Any:
        """Random draws: one number when ``size`` is None, else an array of shape ``size``.

        ``random_state`` is None, an int seed or a ``numpy.random.Generator``; the same seed
        gives the same draws. (They are not scipy's draws: each class samples by its own
        method, named in its docstring.)
        """
        shape = () if size is None else tuple(np.atleast_1d(size).astype(int))
        if any(s < 0 for s in shape):
            raise ValueError(f"size must not be negative, got {size!r}.")
        draws = self._draw(rng(random_state), shape)
        return draws.item() if size is None else draws

    def __repr__(self) -> str:
        arguments = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({arguments})"


def as_points(x: Any) -> np.ndarray:
    """Where a pmf, pdf or cdf is evaluated: any shape, as floats (NaN stays NaN, as in scipy)."""
    return np.asarray(x, dtype=np.float64)


def result(values: np.ndarray, x: Any) -> Any:
    """A scalar for a scalar input, an array otherwise."""
    return float(values) if np.ndim(x) == 0 else values
