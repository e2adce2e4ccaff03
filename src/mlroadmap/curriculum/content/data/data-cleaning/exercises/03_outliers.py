"""Flag outliers with Tukey's fences.

Before deciding what to do with extreme values (fix a unit error, drop a sensor glitch,
keep a genuine record), you have to find them. Tukey's rule needs no assumption about
the distribution: with q1 and q3 the 25th and 75th percentiles and IQR = q3 - q1, a
value is an outlier when

    x < q1 - k * IQR   or   x > q3 + k * IQR

    x has shape (n,), floats, possibly with NaN. k defaults to 1.5.
    Return a boolean array of shape (n,): True where x is an outlier.

Edge cases that matter:
- NaN is missing, not extreme: it is never an outlier, and it must not enter the
  percentiles (np.nanpercentile).
- A value exactly on a fence is not an outlier.
"""

import numpy as np


def tukey_outliers(x: np.ndarray, k: float = 1.5) -> np.ndarray:
    # TODO: compute q1, q3 and the fences, then compare x with them.
    raise NotImplementedError("tukey_outliers: replace this line with your code")
