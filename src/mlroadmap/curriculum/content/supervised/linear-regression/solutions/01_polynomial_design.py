"""The design matrix of polynomial regression: the powers of one feature.

Polynomial regression is linear regression on new features: with the columns
1, x, x², ..., x^degree, a *linear* model fits a curve. Building that matrix is
the whole trick (scikit-learn's PolynomialFeatures does it).

    x is a 1-D float array of length n (one feature); degree is an int >= 0.
    Return the float array V of shape (n, degree + 1) with

        V[i, p] = x[i] ** p      for p = 0, 1, ..., degree

    so the first column is all ones (x ** 0), the second is x itself, and the last
    is x ** degree: increasing powers from left to right.

Edge cases that matter: degree 0 gives a single column of ones; x ** 0 is 1 even
where x is 0; x may be negative (odd powers keep the sign); n may be 1.

No Python loop over the samples: broadcasting x against the powers does it at once.
"""

import numpy as np


def polynomial_design(x: np.ndarray, degree: int) -> np.ndarray:
    powers = np.arange(degree + 1)  # 0, 1, ..., degree: degree + 1 columns
    return x[:, None].astype(float) ** powers[None, :]  # (n, 1) ** (1, degree + 1)
