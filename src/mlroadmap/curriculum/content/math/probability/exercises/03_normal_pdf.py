"""The normal density: the bell curve, written from its formula.

Measurement noise, the heights of penguins' flippers and, by the central limit
theorem, averages of almost anything are close to normal. Gaussian naive Bayes,
anomaly detection and the squared-error loss all rest on this density:

    f(x) = 1 / (sigma * sqrt(2 pi)) * exp(-(x - mu)**2 / (2 sigma**2))

    x      a float array of any shape (the points where the density is wanted)
    mu     the mean, a float
    sigma  the standard deviation, a float > 0 (not the variance sigma**2)
    Return a float array with the shape of x.

The factor 1 / (sigma sqrt(2 pi)) makes the area under the curve 1, so the peak is
*higher* than 1 when sigma < 0.4: a density is not a probability. Far from mu the
density underflows to exactly 0.0, which is fine.
"""

import numpy as np


def normal_pdf(x: np.ndarray, mu: float, sigma: float) -> np.ndarray:
    # TODO: the exponential of minus half the squared z-score, times the normalizing constant.
    raise NotImplementedError("normal_pdf: replace this line with your code")
