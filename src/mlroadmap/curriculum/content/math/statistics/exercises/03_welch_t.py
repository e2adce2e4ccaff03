"""Welch's two-sample t statistic and its degrees of freedom.

Do Adelie and Chinstrap penguins differ in body mass? Does the new model's latency
differ from the old one's? Welch's t-test compares two means without assuming the two
groups have the same spread, which is why it is the safe default (R's t.test uses it).

    a, b  1-D float arrays with n1 >= 2 and n2 >= 2 values
    v1 = s1**2 / n1 and v2 = s2**2 / n2, with s1**2, s2**2 the *sample* variances (ddof=1)

        t  = (mean(a) - mean(b)) / sqrt(v1 + v2)
        df = (v1 + v2)**2 / (v1**2 / (n1 - 1) + v2**2 / (n2 - 1))     (Welch–Satterthwaite)

    Return the tuple (t, df), two floats. df is usually not a whole number; it lies
    between min(n1, n2) - 1 and n1 + n2 - 2.

Edge cases that matter: groups of different sizes and spreads (where Welch and the
pooled Student test disagree most); n1 = n2 = 2. You may assume v1 + v2 > 0.
"""

import numpy as np


def welch_t(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    # TODO: each group's variance of the mean, then t and the Welch–Satterthwaite df.
    raise NotImplementedError("welch_t: replace this line with your code")
