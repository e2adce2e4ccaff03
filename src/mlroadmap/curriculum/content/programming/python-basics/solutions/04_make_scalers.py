"""Build one scaling function per feature with closures, and dodge late binding.

A feature pipeline learns each feature's mean and standard deviation on the
training data, then applies the same z-score to every new value it sees. A tidy
way to keep those numbers is a small function per feature that remembers them: a
closure.

    stats maps a feature name to its pair (mean, std), with std > 0.
    Return a dict mapping the same names to functions; the function for a feature
    takes one value x and returns

        (x - mean) / std

    with that feature's own mean and std.

    scalers = make_scalers({"mass": (4200.0, 800.0), "flipper": (200.0, 14.0)})
    scalers["mass"](5000.0)      -> 1.0
    scalers["flipper"](186.0)    -> -1.0

Edge cases that matter:
- Each function uses its own feature's numbers. Functions created in a loop see
  the loop variable as it is when they are *called*, not when they were created
  (late binding): make sure each one keeps its own values.
- The functions keep the numbers they were made with, even when the caller later
  changes or reuses the stats dict (as a fitted transformer would).
- Mind the parentheses: subtract first, then divide.
"""

from collections.abc import Callable


def _scaler(mean: float, std: float) -> Callable[[float], float]:
    def scale(x: float) -> float:
        return (x - mean) / std  # mean and std are this call's own: one pair per scaler

    return scale


def make_scalers(stats: dict[str, tuple[float, float]]) -> dict[str, Callable[[float], float]]:
    return {name: _scaler(mean, std) for name, (mean, std) in stats.items()}
